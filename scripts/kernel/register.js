#!/usr/bin/env node
// Registers the project's kernel (src/kernel: the pinned tslab, extended) in a project-local
// kernelspec folder (.jupyter/kernels/tslab-sci)
// and never in the user's global Jupyter folders: Jupyter finds it through JUPYTER_PATH, which
// `npm run notebooks`, `npm run lab` and the tests set. Pass --print-env to print the export line.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const JUPYTER_DIR = path.join(ROOT, ".jupyter");
const KERNEL_NAME = "tslab-sci";

function kernelEntry() {
  const entry = path.join(ROOT, "dist", "kernel", "main.js");
  if (!fs.existsSync(path.join(ROOT, "node_modules", "tslab"))) {
    throw new Error("tslab is not installed: run `npm ci` first.");
  }
  if (!fs.existsSync(entry)) {
    throw new Error(`the kernel is not built (${entry} is missing): run \`npm run build\` first.`);
  }
  return entry;
}

/** Writes the kernelspec and returns the environment that makes Jupyter see it. */
function registerKernel() {
  const dir = path.join(JUPYTER_DIR, "kernels", KERNEL_NAME);
  fs.mkdirSync(dir, { recursive: true });
  const spec = {
    // The node that runs this script runs the kernel: no reliance on PATH inside Jupyter.
    argv: [process.execPath, kernelEntry(), "--config-path", "{connection_file}"],
    display_name: "TypeScript (tslab-sci)",
    // glibc gives each thread that allocates (libvips', the worker threads') an arena of its
    // own, which keeps freed memory: two arenas cut a notebook's peak memory by 70-120 MB.
    env: { MALLOC_ARENA_MAX: "2" },
    language: "typescript",
  };
  fs.writeFileSync(path.join(dir, "kernel.json"), JSON.stringify(spec, null, 2) + "\n");
  return jupyterEnv();
}

/** process.env with the project's kernelspec folder first on JUPYTER_PATH. */
function jupyterEnv(base = process.env) {
  const rest = base.JUPYTER_PATH ? [base.JUPYTER_PATH] : [];
  return { ...base, JUPYTER_PATH: [JUPYTER_DIR, ...rest].join(path.delimiter) };
}

module.exports = { registerKernel, jupyterEnv, KERNEL_NAME, JUPYTER_DIR, ROOT };

if (require.main === module) {
  registerKernel();
  console.log(`Registered kernel '${KERNEL_NAME}' in ${path.join(JUPYTER_DIR, "kernels", KERNEL_NAME)}`);
  console.log(`To use it from your own Jupyter: export JUPYTER_PATH=${JUPYTER_DIR}`);
}
