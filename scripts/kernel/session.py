"""Drives the tslab-sci kernel over Jupyter's messaging protocol, for the tests.

Usage: python3 session.py < request.json
request: {"cwd": DIR, "steps": [STEP, ...]} where a STEP is one of
  {"run_all": [{"code": C, "stop_on_error": B}, ...]}  every request sent at once (Run All)
  {"execute": C, "stop_on_error": B, "interrupt_when": FILE}  one request; one SIGINT once the
      cell has created FILE (so the signal lands while the cell runs, never between cells)
  {"inspect": C, "cursor_pos": N} | {"complete": C, "cursor_pos": N} | {"is_complete": C}
  {"kernel_info": true}
Prints one JSON object: {"results": [...], "invalid": [problems]}. An execute result is
{"reply": content, "outputs": [{"msg_type", "content"}]}, outputs in arrival order; every
message is checked against the messaging spec (jupyter_kernel_test's schemas).
"""
import json
import os
import sys
import time
from queue import Empty

from jupyter_client.manager import start_new_kernel
from jupyter_kernel_test.msgspec_v5 import validate_message

# No step of the tests takes long; a silent kernel this long has hung or died.
TIMEOUT = 90
invalid = []


def check(msg, msg_type=None, parent_id=None):
    # ipykernel answers an aborted request with status 'aborted'; the schemas predate it.
    if msg["msg_type"] == "execute_reply" and msg["content"].get("status") == "aborted":
        return
    try:
        validate_message(msg, msg_type, parent_id)
    except Exception as err:  # noqa: BLE001 - reported, not raised
        invalid.append(f"{msg['msg_type']}: {err}")


def collect(kc, msg_ids):
    """Replies and iopub outputs of the given requests, until each is idle."""
    pending = set(msg_ids)
    outputs = {m: [] for m in msg_ids}
    replies = {}
    while pending:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        parent = msg["parent_header"].get("msg_id")
        if parent not in outputs:
            continue
        check(msg, msg["msg_type"], parent)
        if msg["msg_type"] == "status":
            if msg["content"]["execution_state"] == "idle":
                pending.discard(parent)
            continue
        if msg["msg_type"] != "execute_input":
            outputs[parent].append({"msg_type": msg["msg_type"], "content": msg["content"]})
    while len(replies) < len(msg_ids):
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        parent = reply["parent_header"].get("msg_id")
        if parent in outputs:
            check(reply, "execute_reply", parent)
            replies[parent] = reply["content"]
    return [{"reply": replies[m], "outputs": outputs[m]} for m in msg_ids]


def shell_request(kc, send, msg_type):
    msg_id = send()
    while True:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            check(reply, msg_type, msg_id)
            return reply["content"]


def run_step(km, kc, step):
    if "run_all" in step:
        ids = [kc.execute(c["code"], stop_on_error=c.get("stop_on_error", True)) for c in step["run_all"]]
        return collect(kc, ids)
    if "execute" in step:
        msg_id = kc.execute(step["execute"], stop_on_error=step.get("stop_on_error", True))
        if "interrupt_when" not in step:
            return collect(kc, [msg_id])[0]
        # Node's SIGINT watchdog is only safe while the cell's script runs: a signal that lands
        # between scripts can end the process or stall the next request. So: exactly one signal,
        # once the cell says (by creating the file) that its loop has started.
        marker = step["interrupt_when"]
        deadline = time.monotonic() + TIMEOUT
        while not os.path.exists(marker):
            if time.monotonic() > deadline:
                raise Empty
            time.sleep(0.05)
        km.interrupt_kernel()
        return collect(kc, [msg_id])[0]
    if "inspect" in step:
        return shell_request(kc, lambda: kc.inspect(step["inspect"], step["cursor_pos"]), "inspect_reply")
    if "complete" in step:
        return shell_request(kc, lambda: kc.complete(step["complete"], step["cursor_pos"]), "complete_reply")
    if "is_complete" in step:
        return shell_request(kc, lambda: kc.is_complete(step["is_complete"]), "is_complete_reply")
    if "kernel_info" in step:
        return shell_request(kc, kc.kernel_info, "kernel_info_reply")
    raise ValueError(f"unknown step {step}")


def main():
    request = json.load(sys.stdin)
    km, kc = start_new_kernel(kernel_name="tslab-sci", cwd=request.get("cwd"))
    try:
        # start_new_kernel's readiness probes leave kernel_info replies and statuses behind.
        for get_msg in (kc.get_shell_msg, kc.get_iopub_msg):
            try:
                while True:
                    get_msg(timeout=0.2)
            except Empty:
                pass
        results = []
        for i, step in enumerate(request["steps"]):
            try:
                results.append(run_step(km, kc, step))
            except Empty:
                alive = "alive" if km.is_alive() else "dead"
                raise SystemExit(f"step {i} {json.dumps(step)[:200]}: no answer in {TIMEOUT} s; the kernel is {alive}")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    print(json.dumps({"results": results, "invalid": invalid}))


if __name__ == "__main__":
    main()
