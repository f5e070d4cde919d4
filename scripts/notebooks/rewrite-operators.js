#!/usr/bin/env node
// Rewrites a notebook's cells from Python's operators into method form, for plain TypeScript
// projects and kernels other than tslab-sci: `a - b` becomes `a.sub(b)`, `2 - a`
// `np.subtract(2, a)`, `w -= g` `w.isub(g)`. The notebook's cells are type-checked in order
// (as the kernel does) to tell operators on arrays from operators on numbers.
// Usage: node scripts/notebooks/rewrite-operators.js NOTEBOOK.ipynb [OUT.ipynb]
//        (without OUT the notebook is rewritten in place; needs `npm run build`).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

function main(argv) {
  const [input, output = input] = argv;
  if (!input) {
    console.error("usage: rewrite-operators.js NOTEBOOK.ipynb [OUT.ipynb]");
    return 2;
  }
  const { methodForm } = require(path.join(__dirname, "..", "..", "dist", "kernel", "operators", "method-form.js"));
  const notebook = JSON.parse(fs.readFileSync(input, "utf8"));
  const code = notebook.cells.filter((c) => c.cell_type === "code");
  const sources = code.map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source));
  const rewritten = methodForm(sources, path.dirname(path.resolve(input)));
  let changed = 0;
  code.forEach((cell, i) => {
    if (rewritten[i] === sources[i]) return;
    changed++;
    const lines = rewritten[i].split("\n");
    cell.source = lines.map((l, k) => (k < lines.length - 1 ? l + "\n" : l)).filter((l) => l !== "");
  });
  fs.writeFileSync(output, JSON.stringify(notebook, null, 1) + "\n");
  console.log(`${path.basename(output)}: ${changed} of ${code.length} code cells rewritten into method form`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
module.exports = { main };
