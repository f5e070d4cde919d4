"""Talks to the tslab kernel the way JupyterLab does, for tests and measurements.

Usage: python3 probe.py CWD < request.json
request: {"cells": ["code", ...], "inspect": [["code", cursor_pos], ...], "complete": [...]}
Prints JSON: {"cells": [{"status", "stdout", "stderr", "displays", "seconds"}],
"inspect": [text or null], "kernel_start_s", "first_result_s"}.
"""
import json
import sys
import time

from jupyter_client.manager import start_new_kernel


def run_cell(kc, code, timeout=120):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    out = {"stdout": "", "stderr": "", "displays": [], "status": None}
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream":
            out[content["name"]] += content["text"]
        elif kind in ("display_data", "execute_result"):
            out["displays"].append({"data": content["data"], "metadata": content.get("metadata", {})})
        elif kind == "error":
            out["stderr"] += f"{content['ename']}: {content['evalue']}\n"
        elif kind == "status" and content["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    out["status"] = reply["content"]["status"]
    out["seconds"] = time.perf_counter() - t0
    return out


def main():
    cwd = sys.argv[1]
    request = json.load(sys.stdin)
    t0 = time.perf_counter()
    km, kc = start_new_kernel(kernel_name="tslab-sci", cwd=cwd)
    result = {"kernel_start_s": time.perf_counter() - t0, "cells": [], "inspect": []}
    try:
        for code in request.get("cells", []):
            result["cells"].append(run_cell(kc, code))
            if "first_result_s" not in result:
                result["first_result_s"] = time.perf_counter() - t0
            time.sleep(0.3)  # tslab drops requests within 200 ms of a failed cell
        for code, pos in request.get("inspect", []):
            reply = kc.inspect(code, pos, reply=True, timeout=60)["content"]
            result["inspect"].append(reply.get("data", {}).get("text/plain") if reply.get("found") else None)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
