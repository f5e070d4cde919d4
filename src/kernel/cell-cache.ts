/**
 * Compiled cells kept on disk, as Python keeps .pyc files. A cell's conversion (its JavaScript,
 * its declarations for the cells after it, its diagnostics) is a function of the declarations of
 * the variables before it, its own source, and the declarations it can import. When all three
 * are unchanged, the kernel reuses the earlier conversion and skips the TypeScript compiler,
 * which builds a new type checker for every cell: tens of milliseconds and megabytes of garbage
 * a cell. A notebook run again (Restart & Run All) whose cells are all known never loads the
 * compiler at all.
 *
 * What a cell can import is pinned by the fingerprint (the versions of TypeScript, tslab, this
 * package and @types/node, Node's major version, which sets tslab's target, and the folder,
 * which sets module resolution); a cell that imports anything else (a relative module, another
 * package), or follows declarations that do, is never cached: those declarations could change
 * unseen. Anything unexpected
 * (unwritable folder, a damaged entry) means a fresh compile: the cache only ever saves time.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ConvertResult } from "./tslab";

/** Entries kept at most; beyond that the least recently used are removed. */
const MAX_ENTRIES = 4000;

/** Module specifiers a cached cell may import: this package and Node's built-in modules. */
const FIXED_MODULE = /^(tslab-sci(\/.*)?|node:.+|fs|path|os|util|crypto|zlib|url|events|stream|child_process|assert|buffer|process|readline|worker_threads|perf_hooks|v8|vm|http|https|net|timers)$/;

/**
 * What brings declarations into a cell: `from "x"`, `import("x")`, `import "x"`,
 * `import x = require("x")` and triple-slash references. A plain `require("x")` call does not
 * (its type is Node's `any`).
 */
const MODULE_REFERENCE = /\bfrom\s*(["'])(.*?)\1|\bimport\s*\(\s*(["'])(.*?)\3|\bimport\s*(["'])(.*?)\5|\bimport\s+[\w$]+\s*=\s*require\s*\(\s*(["'])(.*?)\7|\/\/\/\s*<reference/g;

/** This package's compiled files: declarations may name them by a path relative to the notebook. */
const PACKAGE_DIST = path.resolve(__dirname, "..", "..", "dist");

/**
 * True when every module `src` names (from a notebook in `rootDir`) is one the fingerprint pins:
 * this package, by name or by a path into its files, and Node's built-in modules.
 */
export function cacheable(src: string, rootDir: string): boolean {
  for (const m of src.matchAll(MODULE_REFERENCE)) {
    const spec = m[2] ?? m[4] ?? m[6] ?? m[8];
    if (spec === undefined) return false;
    if (FIXED_MODULE.test(spec)) continue;
    if (!spec.startsWith(".") || !path.resolve(rootDir, spec).startsWith(PACKAGE_DIST + path.sep)) return false;
  }
  return true;
}

/** The version of a package as resolved from `fromDir`, or "-" when it is not found. */
function versionOf(name: string, fromDir: string): string {
  try {
    const file = require.resolve(`${name}/package.json`, { paths: [fromDir, __dirname] });
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { version?: string }).version ?? "-";
  } catch {
    return "-";
  }
}

/** What besides a cell's source and the declarations before it decides its conversion. */
export function environmentFingerprint(rootDir: string): string {
  const tslab = path.dirname(require.resolve("tslab/package.json"));
  const self = path.resolve(__dirname, "..", "..");
  const own = (() => {
    try {
      const st = fs.statSync(path.join(self, "dist", "index.d.ts"));
      return `${st.size}:${st.mtimeMs}`; // a rebuilt checkout changes its declarations under the same version
    } catch {
      return "-";
    }
  })();
  return [
    versionOf("@tslab/typescript-for-tslab", tslab),
    versionOf("tslab", rootDir),
    versionOf("tslab-sci", rootDir),
    own,
    versionOf("@types/node", rootDir),
    process.versions.node.split(".")[0],
    path.resolve(rootDir),
  ].join("|");
}

export class CellCache {
  private pruned = false;

  /** `rootDir`: the notebook's folder, from which relative module paths resolve. */
  constructor(readonly dir: string, private readonly fingerprint: string, private readonly rootDir: string) {}

  private cacheable(prevDecl: string, src: string): boolean {
    return cacheable(src, this.rootDir) && cacheable(prevDecl, this.rootDir);
  }

  private fileFor(prevDecl: string, src: string): string {
    const key = crypto.createHash("sha256").update(this.fingerprint).update("\0").update(prevDecl).update("\0").update(src).digest("hex");
    return path.join(this.dir, `${key}.json`);
  }

  /** The conversion stored for this cell after these declarations, if any. */
  get(prevDecl: string, src: string): ConvertResult | undefined {
    if (!this.cacheable(prevDecl, src)) return undefined;
    const file = this.fileFor(prevDecl, src);
    let result: ConvertResult;
    try {
      result = JSON.parse(fs.readFileSync(file, "utf8")) as ConvertResult;
    } catch {
      return undefined;
    }
    if (!result || !Array.isArray(result.diagnostics)) return undefined;
    try {
      const now = new Date();
      fs.utimesSync(file, now, now); // recently used: kept when the folder is pruned
    } catch {
      // read-only folder: still a hit
    }
    return result;
  }

  /** Stores a conversion; one that brought other files' JavaScript along is not stored. */
  put(prevDecl: string, src: string, result: ConvertResult): void {
    if (!this.cacheable(prevDecl, src) || (result.sideOutputs && result.sideOutputs.length > 0)) return;
    const file = this.fileFor(prevDecl, src);
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(result));
      fs.renameSync(temp, file); // whole or absent, for a kernel reading at the same time
    } catch {
      return;
    }
    if (!this.pruned) {
      this.pruned = true;
      this.prune();
    }
  }

  /** Keeps the most recently used MAX_ENTRIES entries. */
  private prune(): void {
    try {
      const names = fs.readdirSync(this.dir).filter((n) => n.endsWith(".json"));
      if (names.length <= MAX_ENTRIES) return;
      const dated = names.map((n) => ({ n, t: fs.statSync(path.join(this.dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
      for (const { n } of dated.slice(0, names.length - MAX_ENTRIES / 2)) fs.rmSync(path.join(this.dir, n), { force: true });
    } catch {
      // another kernel pruning at the same time
    }
  }
}
