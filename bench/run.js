#!/usr/bin/env node
// `npm run bench`: every case on tslab-sci (compiled dist/), NumPy/scikit-image/scikit-learn/
// matplotlib in a long-lived Python worker, and the JS peers; then peak memory and the
// notebooks end to end. Writes bench/results/latest.json and latest.md.
// Options: --only=name,prefix*,...  --no-notebooks  --no-memory  --no-peers  --rounds=N (notebook rounds)
// Env: BENCH_SECONDS (time per case per side, default 0.4), BENCH_PYTHON (default /usr/bin/python3).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

// show() outside a notebook writes here; set before the package is loaded.
const OWN_FIGURES_DIR = !process.env.TSLAB_SCI_FIGURES_DIR;
if (OWN_FIGURES_DIR) process.env.TSLAB_SCI_FIGURES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "tslab-sci-bench-fig-"));

const { PythonWorker } = require("./lib/python");
const { loadPeers, flatten, PEER_NAMES } = require("./lib/peers");
const { timeSides, jsBatch, errorText } = require("./lib/timing");
const { summarize, compare } = require("./lib/check");
const { flatOf } = require("./lib/library");
const { casesText, casesMarkdown, verdict, fmtTime } = require("./lib/table");
const { machineInfo, machineMarkdown, busyNote } = require("./lib/machine");

const RESULTS = path.join(__dirname, "results");
const CASES = [
  ...require("./cases/np"),
  ...require("./cases/random"),
  ...require("./cases/skimage"),
  ...require("./cases/plt"),
  ...require("./cases/linalg"),
  ...require("./cases/ndimage"),
  ...require("./cases/small"),
];

/** Whether --only names the case: exactly, or by a prefix written with a trailing "*". */
function selected(only, name) {
  for (const want of only) if (want.endsWith("*") ? name.startsWith(want.slice(0, -1)) : want === name) return true;
  return false;
}

function parseArgs(argv) {
  const opt = { only: null, notebooks: true, memory: true, peers: true, rounds: 3 };
  for (const a of argv) {
    if (a.startsWith("--only=")) opt.only = new Set(a.slice(7).split(","));
    else if (a === "--no-notebooks") opt.notebooks = false;
    else if (a === "--no-memory") opt.memory = false;
    else if (a === "--no-peers") opt.peers = false;
    else if (a.startsWith("--rounds=")) opt.rounds = Math.max(1, Number(a.slice(9)) || 3);
    else throw new Error(`unknown option ${a}`);
  }
  return opt;
}

/** Normalises a case's setup result to { run, check() -> checksum }. */
function jsSide(setup, toFlat) {
  const s = typeof setup === "function" ? { run: setup } : setup;
  const check = () => {
    if (s.check) return s.check();
    const r = s.run();
    const { flat, shape, dtype } = toFlat(r);
    const sum = summarize(flat, shape, dtype);
    if (s.dispose) s.dispose(r);
    return sum;
  };
  return { ...s, checkOnce: check };
}

async function runCase(c, worker, pyOk, peers) {
  const row = { name: c.name, label: c.label, goal: c.goal, peers: {} };
  const sides = [];
  let tsSum = null;
  try {
    const s = jsSide(c.ts(c.params), flatOf);
    tsSum = s.checkOnce(); // doubles as the warm-up
    sides.push({ key: "ts", batch: jsBatch(s.run) });
  } catch (err) {
    row.ts = { error: errorText(err) };
  }
  let pySum = null;
  if (pyOk) {
    const r = await worker.request({ cmd: "setup", case: c.name, params: c.params });
    if (r.error) row.py = { error: `error: ${r.error}`.slice(0, 160) };
    else {
      pySum = await worker.request({ cmd: "check", case: c.name });
      sides.push({
        key: "py",
        batch: async (number) => {
          const t = await worker.request({ cmd: "time", case: c.name, number });
          if (t.error) throw new Error(t.error);
          return t.seconds;
        },
      });
    }
  }
  const peerChecks = {};
  for (const name of PEER_NAMES) {
    if (!c.peers || !c.peers[name] || !peers[name]) continue;
    try {
      const s = jsSide(c.peers[name](peers[name], c.params, peers), flatten[name]);
      const sum = s.checkOnce();
      peerChecks[name] = s.nocheck
        ? { nocheck: s.nocheck }
        : { check: compare(sum, pySum, { tol: Math.max(c.tol ?? 1e-9, name === "tfjs" ? 1e-5 : 1e-9), dtype: false }) };
      sides.push({ key: name, batch: jsBatch(s.run, s.dispose) });
    } catch (err) {
      row.peers[name] = { error: errorText(err) };
    }
  }
  const times = await timeSides(sides);
  if (times.ts) row.ts = times.ts;
  if (times.py) row.py = times.py;
  for (const name of Object.keys(peerChecks)) row.peers[name] = { ...times[name], ...peerChecks[name] };
  if (tsSum && pySum) row.check = compare(tsSum, pySum, { tol: c.tol ?? 1e-9 });
  else if (tsSum && tsSum.png !== undefined) row.check = { ok: tsSum.png, text: tsSum.png ? "png ok" : "no png written" };
  row.tsChecksum = tsSum;
  row.pyChecksum = pySum;
  return row;
}

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  const worker = new PythonWorker();
  const pyInfo = await worker.start();
  const pyOk = !!(pyInfo && pyInfo.numpy);
  const { peers, notes: peerNotes } = opt.peers ? await loadPeers() : { peers: {}, notes: {} };
  const machine = machineInfo(pyInfo);
  const notes = [];
  if (!pyOk) {
    const why = worker.dead || (pyInfo && pyInfo.numpy_error) || "no reply from the Python worker";
    notes.push(`No usable NumPy (${why}): the tslab-sci column is shown alone.`);
  }
  for (const [p, why] of Object.entries(peerNotes)) notes.push(`${p} did not load: ${why}`);
  console.log(`tslab-sci bench on ${machine.cpu} (${machine.cores} cores), node ${machine.node}, numpy ${machine.numpy ?? "absent"}`);

  const rows = [];
  for (const c of CASES) {
    if (opt.only && !selected(opt.only, c.name)) continue;
    const row = await runCase(c, worker, pyOk, peers);
    rows.push(row);
    const { ratio } = verdict(row);
    const ts = row.ts && row.ts.median != null ? fmtTime(row.ts.median) : row.ts && row.ts.error;
    const py = row.py && row.py.median != null ? fmtTime(row.py.median) : (row.py && row.py.error) || "—";
    console.log(`  ${c.name}: ts ${ts}, py ${py}${ratio != null ? `, ${ratio.toFixed(2)}x` : ""}`);
  }
  await worker.stop();
  if (OWN_FIGURES_DIR) fs.rmSync(process.env.TSLAB_SCI_FIGURES_DIR, { recursive: true, force: true });
  console.log("\n" + casesText(rows, { python: pyOk }));

  let memory = null;
  if (opt.memory && !opt.only) {
    try {
      memory = require("./cases/memory").runMemory();
      console.log("\n" + require("./cases/memory").memoryText(memory));
    } catch (err) {
      notes.push(`Memory comparison failed: ${err.message.split("\n")[0]}`);
    }
  }
  let notebooks = null;
  if (opt.notebooks && !opt.only) {
    try {
      notebooks = require("./notebooks").runNotebooks({ rounds: opt.rounds });
      console.log("\n" + require("./notebooks").notebooksText(notebooks));
    } catch (err) {
      notes.push(`Notebooks not run: ${err.message.split("\n").slice(0, 3).join(" ")}`);
    }
  }

  machine.load_average_end = os.loadavg().map((x) => Number(x.toFixed(2)));
  const busy = busyNote(machine);
  if (busy) notes.push(busy);
  fs.mkdirSync(RESULTS, { recursive: true });
  const result = { machine, notes, cases: rows, memory, notebooks };
  // A partial run (--only) must not replace the full report.
  const base = opt.only ? "partial" : "latest";
  fs.writeFileSync(path.join(RESULTS, `${base}.json`), JSON.stringify(result, null, 1) + "\n");
  const md = [
    "# tslab-sci bench",
    "",
    machineMarkdown(machine),
    "",
    ...notes.map((n) => `> ${n}`),
    "",
    "## Cases (median per call)",
    "",
    casesMarkdown(rows, { python: pyOk }),
    "",
    "`≠`: the peer's result differs from Python's; `*`: not comparable (see bench/README.md); `js loop`: a hand-written Float64Array loop, the floor for pure JS; tfjs runs in float32.",
  ];
  if (memory) md.push("", "## Peak memory", "", require("./cases/memory").memoryMarkdown(memory));
  if (notebooks) md.push("", "## Notebooks end to end", "", require("./notebooks").notebooksMarkdown(notebooks));
  fs.writeFileSync(path.join(RESULTS, `${base}.md`), md.join("\n") + "\n");
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`\nwrote ${path.relative(process.cwd(), path.join(RESULTS, base + ".md"))} and ${base}.json`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
