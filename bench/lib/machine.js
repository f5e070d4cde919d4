// The machine a result was measured on.
"use strict";
const fs = require("node:fs");
const os = require("node:os");

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1].trim();
  } catch {
    // not Linux: fall through to os.cpus()
  }
  return (os.cpus()[0] && os.cpus()[0].model) || "unknown CPU";
}

/** Threads tslab-sci's matrix product uses here (dist/ must be built). */
function tsThreads() {
  try {
    return require("../../dist/np/threads/team").threadsWanted();
  } catch {
    return null;
  }
}

function machineInfo(pyInfo) {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    python: pyInfo ? pyInfo.python : null,
    numpy: pyInfo ? pyInfo.numpy : null,
    skimage: pyInfo ? pyInfo.skimage : null,
    sklearn: pyInfo ? pyInfo.sklearn : null,
    matplotlib: pyInfo ? pyInfo.matplotlib : null,
    blas: pyInfo && pyInfo.blas ? pyInfo.blas.join(", ") : null,
    ts_threads: tsThreads(),
    date: new Date().toISOString(),
    load_average_start: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

function machineMarkdown(m) {
  return [
    `- CPU: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB`,
    `- Node ${m.node}; Python ${m.python ?? "—"}: numpy ${m.numpy ?? "—"}, scikit-image ${m.skimage ?? "—"}, scikit-learn ${m.sklearn ?? "—"}, matplotlib ${m.matplotlib ?? "—"}`,
    `- NumPy's BLAS: ${m.blas ?? "unknown"}; tslab-sci's matmul and large float64 arithmetic: ${m.ts_threads ?? "?"} thread(s), everything else one`,
    `- Date: ${m.date}; load average (1 min) ${m.load_average_start[0]} at the start, ${m.load_average_end ? m.load_average_end[0] : "—"} at the end`,
  ].join("\n");
}

/** A note when other processes were competing for the cores (the figures are then noisy). */
function busyNote(m) {
  const worst = Math.max(m.load_average_start[0], m.load_average_end ? m.load_average_end[0] : 0);
  return worst > m.cores * 0.75 ? `The machine was busy (load average ${worst} on ${m.cores} cores): times are noisy, compare ratios from a quiet run.` : null;
}

module.exports = { machineInfo, machineMarkdown, busyNote };
