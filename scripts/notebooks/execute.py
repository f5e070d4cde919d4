"""Executes one notebook through Jupyter (nbclient) and writes it, executed, plus an HTML export.

Usage: python3 execute.py NOTEBOOK OUT_DIR [--timeout S] [--no-html] [--cwd DIR]
Prints one JSON line on stdout: {"ok", "notebook", "cell", "ename", "evalue", "timings"}.
Cells tagged `raises-exception` may fail (nbclient's own rule); any other failing cell stops
the run and is named in the result.
"""
import argparse
import json
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


# Debian's nbconvert links these as file:///usr/share/javascript/..., which only that machine
# has; exported pages link nbconvert's upstream pinned copies instead, so math renders anywhere.
PINNED_URLS = {
    "mathjax_url": "https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/MathJax.js?config=TeX-AMS_CHTML-full,Safe",
    "require_js_url": "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js",
    "jquery_url": "https://cdnjs.cloudflare.com/ajax/libs/jquery/2.0.3/jquery.min.js",
}


def first_line(source):
    lines = [l for l in source.splitlines() if l.strip()]
    return lines[0][:120] if lines else ""


def describe_failure(cell, err):
    """ename/evalue of a failed cell: its error output, else the stderr it printed."""
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return out.get("ename", "Error"), out.get("evalue", "")
    stderr = "".join(o.get("text", "") for o in cell.get("outputs", [])
                     if o.get("output_type") == "stream" and o.get("name") == "stderr")
    stderr = stderr.strip()
    named = re.match(r"(\w+): (.*)", stderr)
    if named:
        return named.group(1), named.group(2)
    if stderr:
        return "Error", stderr[:2000]
    return type(err).__name__, str(err)[:2000]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("notebook")
    ap.add_argument("out_dir")
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--no-html", action="store_true")
    ap.add_argument("--cwd", help="working directory of the kernel (default: the notebook's folder)")
    args = ap.parse_args()

    path = os.path.abspath(args.notebook)
    nb = nbformat.read(path, as_version=4)
    kernel = nb.metadata.get("kernelspec", {}).get("name", "tslab-sci")
    client = NotebookClient(nb, timeout=args.timeout, kernel_name=kernel,
                            resources={"metadata": {"path": args.cwd or os.path.dirname(path)}})
    result = {"ok": True, "notebook": path, "kernel": kernel}
    timings = {}
    t_launch = time.perf_counter()
    try:
        with client.setup_kernel():
            msg_id = client.kc.kernel_info()
            info = client.wait_for_reply(msg_id)
            if info is not None and "language_info" in info["content"]:
                nb.metadata["language_info"] = info["content"]["language_info"]
            timings["kernel_ready_s"] = time.perf_counter() - t_launch
            cell_seconds = []
            for index, cell in enumerate(nb.cells):
                t_cell = time.perf_counter()
                try:
                    client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
                except CellExecutionError as err:
                    ename, evalue = describe_failure(cell, err)
                    result.update(ok=False, cell=index, source=first_line(cell.source),
                                  ename=ename, evalue=evalue)
                    break
                if cell.cell_type == "code":
                    elapsed = time.perf_counter() - t_cell
                    cell_seconds.append([index, elapsed])
                    if "first_result_s" not in timings:
                        timings["first_result_s"] = time.perf_counter() - t_launch
                        timings["first_cell_s"] = elapsed
            timings["cells_s"] = cell_seconds
    except Exception as err:  # kernel died, timeout, no such kernel ...
        result.update(ok=False, cell=None, ename=type(err).__name__, evalue=str(err)[:2000])
    timings["total_s"] = time.perf_counter() - t_launch
    result["timings"] = timings

    os.makedirs(args.out_dir, exist_ok=True)
    base = os.path.splitext(os.path.basename(path))[0]
    out_nb = os.path.join(args.out_dir, base + ".ipynb")
    nbformat.write(nb, out_nb)
    result["executed"] = out_nb
    if not args.no_html:
        from nbconvert import HTMLExporter
        exporter = HTMLExporter(**PINNED_URLS)
        # The page title is the notebook's name (resources' metadata name), not "Notebook".
        html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": base}})
        out_html = os.path.join(args.out_dir, base + ".html")
        with open(out_html, "w", encoding="utf-8") as f:
            f.write(html)
        result["html"] = out_html
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
