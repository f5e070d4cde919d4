#!/usr/bin/env node
// End to end: each tutorial notebook (notebooks/*.ipynb, tslab kernel) and its Python version
// (notebooks/python/*.py built into a python3 notebook) executed through Jupyter, alternating,
// for a few rounds; medians of total time, kernel start to first result and the import cell.
// The tslab notebook runs twice a round: first with the kernel's cell cache emptied (every cell
// compiled, as the first time a notebook runs) and then again (its cells known).
// A failing notebook is reported with its cell and error, and the run carries on.
// Alone: node bench/notebooks.js [--rounds=N]
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { median } = require("./lib/timing");
const { watchDescendantRss } = require("./lib/rss-watch");
const { textTable, mdTable } = require("./lib/table");

const ROOT = path.resolve(__dirname, "..");
/** The kernel's compiled cells (src/kernel/cell-cache.ts), emptied before a first run. */
const CELL_CACHE = path.join(ROOT, "node_modules", ".cache", "tslab-sci", "cells");
const NOTEBOOKS = path.join(ROOT, "notebooks");

function sideSummary(results) {
  const ok = results.filter((r) => r.ok);
  const failed = results.find((r) => !r.ok);
  const pick = (f, from = ok) => {
    const xs = from.map((r) => f(r.timings || {})).filter((x) => typeof x === "number");
    return xs.length ? median(xs) : null;
  };
  return {
    runs: results.length,
    ok: ok.length,
    total_s: pick((t) => t.total_s),
    kernel_ready_s: pick((t) => t.kernel_ready_s, results),
    // These two come from the first code cell, which a run that fails later still measured.
    first_result_s: pick((t) => t.first_result_s, results),
    import_cell_s: pick((t) => (t.cells_s && t.cells_s[0] ? t.cells_s[0][1] : undefined), results),
    cells_s: pick((t) => (t.cells_s ? t.cells_s.reduce((s, c) => s + c[1], 0) : undefined)),
    kernel_peak_rss_mb: pick((t) => t.kernel_peak_rss_mb, results),
    code_cells_s: perCodeCell(results),
    failure: failed ? { cell: failed.cell, source: failed.source ?? null, ename: failed.ename, evalue: String(failed.evalue ?? "").slice(0, 300) } : null,
  };
}

/** Median time of the k-th code cell over the runs that got past it. */
function perCodeCell(results) {
  const by = [];
  for (const r of results) {
    const cells = (r.timings && r.timings.cells_s) || [];
    cells.forEach(([, secs], k) => (by[k] = by[k] || []).push(secs));
  }
  return by.map((xs) => median(xs));
}

/** First line of each code cell's source, in order. */
function codeCellHeads(file) {
  try {
    const nb = JSON.parse(fs.readFileSync(file, "utf8"));
    return nb.cells
      .filter((c) => c.cell_type === "code")
      .map((c) => ([].concat(c.source).join("").split("\n").find((l) => l.trim()) || "").trim().slice(0, 70));
  } catch {
    return [];
  }
}

/** The code cells where tslab spends most time, beside the same cell in Python. */
function slowestCells(ts, py, heads, count = 5) {
  const cells = ts.code_cells_s.map((secs, k) => ({ cell: k, source: heads[k] || "", ts_s: secs, py_s: py && py.code_cells_s[k] != null ? py.code_cells_s[k] : null }));
  return cells.sort((a, b) => b.ts_s - a.ts_s).slice(0, count);
}

/** Runs every notebook pair `rounds` times; returns one entry per notebook. */
function runNotebooks({ rounds = 3, log = console.log } = {}) {
  const { executeNotebook } = require("../scripts/notebooks/execute.js");
  const { buildNotebook } = require("../scripts/notebooks/build.js");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tslab-sci-bench-nb-"));
  const out = { ts: path.join(tmp, "ts"), py: path.join(tmp, "py"), src: path.join(tmp, "python") };
  fs.mkdirSync(out.src, { recursive: true });
  const pairs = fs
    .readdirSync(NOTEBOOKS)
    .filter((f) => f.endsWith(".ipynb"))
    .sort()
    .map((f) => {
      const base = f.replace(/\.ipynb$/, "");
      const pySrc = path.join(NOTEBOOKS, "python", `${base}.py`);
      let py = null;
      if (fs.existsSync(pySrc)) {
        py = path.join(out.src, `${base}.ipynb`);
        buildNotebook(pySrc, py, "python");
      }
      return { name: base, ts: path.join(NOTEBOOKS, f), py, results: { first: [], ts: [], py: [] } };
    });
  const rss = watchDescendantRss();
  const run = (file, dir, opts) => {
    if (rss) rss.reset();
    const result = executeNotebook(file, dir, opts);
    const peak = rss && rss.peakMB();
    if (peak) result.timings = { ...(result.timings || {}), kernel_peak_rss_mb: peak };
    return result;
  };
  for (let r = 0; r < rounds; r++) {
    for (const p of pairs) {
      fs.rmSync(CELL_CACHE, { recursive: true, force: true });
      const first = run(p.ts, out.ts, { html: false });
      p.results.first.push(first);
      const ts = run(p.ts, out.ts, { html: false });
      p.results.ts.push(ts);
      const secs = (x) => (x.ok ? x.timings.total_s.toFixed(1) + " s" : "FAILED");
      let line = `  ${p.name} round ${r + 1}: ts first ${secs(first)}, again ${secs(ts)}`;
      if (p.py) {
        const py = run(p.py, out.py, { html: false, cwd: NOTEBOOKS });
        p.results.py.push(py);
        line += `, py ${py.ok ? py.timings.total_s.toFixed(1) + " s" : "FAILED"}`;
      }
      log(line);
    }
  }
  if (rss) rss.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
  return pairs.map((p) => {
    const first = sideSummary(p.results.first);
    const ts = sideSummary(p.results.ts);
    const py = p.py ? sideSummary(p.results.py) : null;
    return { notebook: p.name, rounds, first, ts, py, slowest_cells: slowestCells(first, py, codeCellHeads(p.ts)) };
  });
}

const sec = (x) => (x == null ? "—" : `${x.toFixed(2)} s`);

function rows(list) {
  const out = [];
  for (const nb of list) {
    for (const [label, s] of [["tslab, first run", nb.first], ["tslab, run again", nb.ts], ["python3", nb.py]]) {
      if (!s) continue;
      const status = s.failure ? `FAILED ${s.runs - s.ok}/${s.runs}` : `ok ${s.ok}/${s.runs}`;
      out.push([nb.notebook, label, sec(s.total_s), sec(s.kernel_ready_s), sec(s.first_result_s), sec(s.import_cell_s), sec(s.cells_s), s.kernel_peak_rss_mb == null ? "—" : `${s.kernel_peak_rss_mb.toFixed(0)} MB`, status]);
    }
  }
  return out;
}

const HEADER = ["notebook", "kernel", "total", "kernel ready", "first result", "import cell", "all cells", "kernel peak RSS", "status"];

/** One line per failing notebook side: where it failed and with what. */
function failures(list) {
  const out = [];
  for (const nb of list) {
    for (const [label, s] of [["tslab, first run", nb.first], ["tslab, run again", nb.ts], ["python3", nb.py]]) {
      if (!s || !s.failure) continue;
      const f = s.failure;
      const where = f.cell == null ? "before any cell ran" : `cell ${f.cell}${f.source ? ` (${f.source})` : ""}`;
      out.push(`${nb.notebook} [${label}] failed at ${where}: ${f.ename}: ${f.evalue.split("\n").slice(0, 3).join(" ")}`);
    }
  }
  return out;
}

const CELL_HEADER = ["notebook", "code cell", "tslab", "python3", "source"];

function cellRows(list) {
  return list.flatMap((nb) => (nb.slowest_cells || []).map((c) => [nb.notebook, String(c.cell), sec(c.ts_s), sec(c.py_s), c.source]));
}

function notebooksText(list) {
  const fails = failures(list).map((f) => `  ${f}`);
  return [
    "Notebooks end to end (median over rounds)",
    textTable(HEADER, rows(list)),
    ...fails,
    "",
    "Slowest tslab code cells, first run (median; n-th code cell of both notebooks)",
    textTable(CELL_HEADER, cellRows(list)),
  ].join("\n");
}

function notebooksMarkdown(list) {
  const fails = failures(list).map((f) => `- ${f.replace(/\|/g, "\\|")}`);
  return [
    mdTable(HEADER, rows(list)),
    ...(fails.length ? ["", ...fails] : []),
    "",
    "Slowest tslab code cells in a first run (median; the n-th code cell of the TypeScript and Python notebooks):",
    "",
    mdTable(CELL_HEADER, cellRows(list).map((r) => [...r.slice(0, 4), "`" + r[4].replace(/`/g, "'") + "`"])),
  ].join("\n");
}

module.exports = { runNotebooks, notebooksText, notebooksMarkdown };

if (require.main === module) {
  const arg = process.argv.find((a) => a.startsWith("--rounds="));
  const rounds = arg ? Math.max(1, Number(arg.slice(9)) || 3) : 3;
  try {
    console.log(notebooksText(runNotebooks({ rounds })));
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
