/**
 * A V8 code cache for the CommonJS modules the kernel itself loads: the TypeScript compiler (9 MB
 * of JavaScript), tslab and this library. Other modules (those cells require) compile as usual:
 * code compiled here has no dynamic import(), which these three do not use. A module whose file is unchanged is compiled from the
 * code V8 produced in an earlier kernel, which includes the functions that kernel ran, so
 * kernel start and the first import skip most of their compiling. Node 20 has no module
 * compile cache of its own (module.enableCompileCache came with Node 22).
 *
 * The cache is one file, written when the kernel has been idle for a while or exits, and only
 * when modules were compiled without it. Anything unexpected (unwritable folder, a corrupt or
 * stale file, code V8 rejects) falls back to Node's own compile: the cache only ever saves time.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

// Node's Module class, with the internals a compile hook needs (they have been stable since Node 12).
const Module: any = require("node:module");

/** One module's code as V8 serialised it, valid while its file keeps this stamp. */
interface Entry {
  stamp: string;
  data: Buffer;
}

/** Modules worth caching: small files compile in microseconds, and reading their cache costs as much. */
const MIN_SOURCE_LENGTH = 2048;

export class CodeCache {
  private readonly entries = new Map<string, Entry>();
  /** Scripts compiled here whose code the next write stores, by file. */
  private readonly fresh = new Map<string, { script: vm.Script; stamp: string }>();
  private originalCompile: ((content: string, filename: string) => unknown) | undefined;

  /** `folders`: the modules under them are cached. */
  constructor(readonly file: string, private readonly folders: string[]) {
    this.entries = readEntries(file);
  }

  /** Compiles every later CommonJS module through the cache. */
  install(): void {
    if (this.originalCompile) return;
    const original = (this.originalCompile = Module.prototype._compile);
    const cache = this;
    Module.prototype._compile = function (this: any, content: string, filename: string) {
      if (!cache.covers(filename, content)) return original.call(this, content, filename);
      let compiled: Function;
      try {
        compiled = cache.compile(content, filename);
      } catch {
        return original.call(this, content, filename);
      }
      const dirname = path.dirname(filename);
      return compiled.call(this.exports, this.exports, requireFor(this), this, filename, dirname);
    };
  }

  /** Restores Node's own compile. */
  uninstall(): void {
    if (this.originalCompile) Module.prototype._compile = this.originalCompile;
    this.originalCompile = undefined;
  }

  /** How many modules the next write would add or renew. */
  get pending(): number {
    return this.fresh.size;
  }

  /** Writes the cache if modules were compiled without it; never throws. */
  write(): void {
    if (this.fresh.size === 0) return;
    try {
      for (const [filename, { script, stamp }] of this.fresh) this.entries.set(filename, { stamp, data: script.createCachedData() });
      this.fresh.clear();
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      // a new name, then rename: two kernels writing at once leave one whole file
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, serialise(this.entries));
      fs.renameSync(temp, this.file);
    } catch {
      // an unwritable folder only costs the next kernel its compile time
    }
  }

  private covers(filename: string, content: string): boolean {
    if (content.length < MIN_SOURCE_LENGTH || !filename.endsWith(".js")) return false;
    return this.folders.some((folder) => filename.startsWith(folder + path.sep));
  }

  /** The module's wrapper function, compiled from cached code when there is valid code. */
  private compile(content: string, filename: string): Function {
    const stamp = stampOf(filename, content);
    const entry = this.entries.get(filename);
    const cachedData = entry && entry.stamp === stamp ? entry.data : undefined;
    const script = new vm.Script(wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) this.fresh.set(filename, { script, stamp });
    return script.runInThisContext({ displayErrors: true });
  }
}

/** Node's CommonJS wrapper; a leading `#!` line becomes a comment so line numbers stay. */
function wrap(content: string): string {
  const body = content.startsWith("#!") ? "//" + content : content;
  return Module.wrap(body);
}

/** The `require` a module's code sees, as Node builds it. */
function requireFor(mod: any): NodeRequire {
  const req: any = (id: string) => mod.require(id);
  req.resolve = (request: string, options?: { paths?: string[] }) => Module._resolveFilename(request, mod, false, options);
  req.resolve.paths = (request: string) => Module._resolveLookupPaths(request, mod);
  req.main = require.main;
  req.extensions = Module._extensions;
  req.cache = Module._cache;
  return req;
}

/**
 * What must match for cached code to be used: the file as it was (size and time of change; a
 * rebuild or reinstall renews both) and the Node that compiled it. V8 checks its own flags.
 */
function stampOf(filename: string, content: string): string {
  const { mtimeMs, size } = fs.statSync(filename);
  return `${process.version} ${size} ${mtimeMs} ${content.length}`;
}

// The file: a count, then per module its name, stamp and code, each length-prefixed.
function serialise(entries: Map<string, Entry>): Buffer {
  const parts: Buffer[] = [u32(entries.size)];
  for (const [filename, { stamp, data }] of entries) {
    for (const part of [Buffer.from(filename), Buffer.from(stamp), data]) parts.push(u32(part.length), part);
  }
  return Buffer.concat(parts);
}

function readEntries(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return entries;
  }
  try {
    let at = 0;
    const next = (): Buffer => {
      const length = bytes.readUInt32LE(at);
      const part = bytes.subarray(at + 4, at + 4 + length);
      if (part.length !== length) throw new RangeError("truncated code cache");
      at += 4 + length;
      return part;
    };
    const count = bytes.readUInt32LE(0);
    at = 4;
    for (let i = 0; i < count; i++) {
      const filename = next().toString();
      const stamp = next().toString();
      entries.set(filename, { stamp, data: next() });
    }
  } catch {
    entries.clear(); // a damaged file is ignored and replaced by the next write
  }
  return entries;
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}
