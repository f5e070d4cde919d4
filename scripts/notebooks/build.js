#!/usr/bin/env node
// Builds notebooks/*.ipynb from their readable sources in notebooks/src/*.ts (percent format:
// `// %%` starts a code cell, `// %% [markdown]` a markdown cell whose lines start with `// `,
// `// %% tags=raises-exception` tags a cell). Outputs of an existing notebook are kept when its
// cell source is unchanged, so a rebuild does not throw away executed results.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const SRC = path.join(ROOT, "notebooks", "src");
const LANGUAGES = {
  typescript: { comment: "//", kernelspec: { display_name: "TypeScript (tslab-sci)", language: "typescript", name: "tslab-sci" } },
  python: { comment: "#", kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
};

function parseCells(text, comment = "//") {
  const marker = new RegExp(`^${comment.replace(/\//g, "\\/")} %%(.*)$`);
  const markdownPrefix = new RegExp(`^${comment.replace(/\//g, "\\/")} ?`);
  const cells = [];
  let current = null;
  for (const line of text.replace(/\r\n/g, "\n").split("\n")) {
    const m = marker.exec(line);
    if (m) {
      const header = m[1].trim();
      const tags = /tags=([\w,-]+)/.exec(header)?.[1].split(",") ?? [];
      current = { type: header.startsWith("[markdown]") ? "markdown" : "code", tags, lines: [] };
      cells.push(current);
    } else if (current) {
      current.lines.push(current.type === "markdown" ? line.replace(markdownPrefix, "") : line);
    }
  }
  return cells.map((c) => {
    while (c.lines.length && c.lines[c.lines.length - 1].trim() === "") c.lines.pop();
    while (c.lines.length && c.lines[0].trim() === "") c.lines.shift();
    return { ...c, source: c.lines.join("\n") };
  });
}

function toSourceArray(source) {
  const parts = source.split("\n");
  return parts.map((p, i) => (i < parts.length - 1 ? p + "\n" : p)).filter((p) => p !== "");
}

/** Writes outFile from a percent-format source in the given language ("typescript" | "python"). */
function buildNotebook(srcFile, outFile, language = "typescript") {
  const lang = LANGUAGES[language];
  const old = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, "utf8")) : null;
  const previous = new Map((old?.cells ?? []).map((c) => [[c.cell_type, [].concat(c.source).join("")].join("\0"), c]));
  const cells = parseCells(fs.readFileSync(srcFile, "utf8"), lang.comment).map((c, i) => {
    const kept = previous.get([c.type, c.source].join("\0"));
    const metadata = c.tags.length ? { tags: c.tags } : {};
    const base = { cell_type: c.type, id: `c${String(i).padStart(3, "0")}`, metadata, source: toSourceArray(c.source) };
    if (c.type === "markdown") return base;
    return { ...base, execution_count: kept?.execution_count ?? null, outputs: kept?.outputs ?? [] };
  });
  const nb = {
    cells,
    metadata: {
      kernelspec: lang.kernelspec,
      language_info: old?.metadata?.language_info ?? { name: language },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  fs.writeFileSync(outFile, JSON.stringify(nb, null, 1) + "\n");
}

function main() {
  for (const f of fs.readdirSync(SRC).filter((f) => f.endsWith(".ts")).sort()) {
    const out = path.join(ROOT, "notebooks", f.replace(/\.ts$/, ".ipynb"));
    buildNotebook(path.join(SRC, f), out);
    console.log(`built ${path.relative(ROOT, out)}`);
  }
}

module.exports = { parseCells, buildNotebook };
if (require.main === module) main();
