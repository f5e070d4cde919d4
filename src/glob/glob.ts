/**
 * Python's glob.glob (3.11) on POSIX: the same matching rules and the same path spelling
 * ("*JPG" gives bare names, "dir/*.png" gives "dir/a.png", "./x/*" keeps the "./"). The walk
 * follows Python's glob module step by step; each name is matched with fnmatch (on picomatch).
 * Directories are listed in the operating system's own order (what Python's os.scandir
 * returns, not sorted), so results come in the order Python would give on the same
 * directory; sort them (or natsort them) when order matters.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pyfunction, signature } from "../signature";
import { filter } from "./fnmatch";

/** Keyword arguments of glob.glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False). */
export interface GlobOptions {
  pathname?: string;
  /** Directory the pattern is relative to; results stay relative to it. */
  root_dir?: string | null;
  /** Let "**" match any files and zero or more directories. */
  recursive?: boolean;
  /** Let wildcards match names starting with ".". */
  include_hidden?: boolean;
  /** A directory file descriptor: not supported (Node has no openat); only None. */
  dir_fd?: null;
}

const GLOB_SPEC = {
  types: { pathname: "str", root_dir: "str|None", recursive: "bool", include_hidden: "bool" },
  unsupported: ["dir_fd"],
} as const;
const GLOB = signature("glob.glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False)", GLOB_SPEC);
const IGLOB = signature("glob.iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False)", GLOB_SPEC);
const ESCAPE = signature("glob.escape(pathname)", { types: { pathname: "str" } });
const HAS_MAGIC = signature("glob.has_magic(s)", { types: { s: "str" } });

const MAGIC = /[*?[]/;

function hasMagic(s: string): boolean {
  return MAGIC.test(s);
}

function isHidden(p: string): boolean {
  return p[0] === ".";
}

function isRecursive(p: string): boolean {
  return p === "**";
}

/** os.path.split. */
function split(p: string): [string, string] {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
  return [head, tail];
}

/** os.path.join for two parts. */
function join(a: string, b: string): string {
  if (b.startsWith("/")) return b;
  if (a === "" || a.endsWith("/")) return a + b;
  return a + "/" + b;
}

/** glob's _join: joins only when both parts are non-empty. */
function join2(a: string, b: string): string {
  if (!a || !b) return a || b;
  return join(a, b);
}

function lexists(p: string): boolean {
  return fs.lstatSync(p, { throwIfNoEntry: false }) !== undefined;
}

function isdir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Names in a directory, in the OS's listing order; only directories when dironly. */
function listdir(dirname: string, dironly: boolean): string[] {
  const dir = dirname || ".";
  let handle: fs.Dir;
  try {
    handle = fs.opendirSync(dir);
  } catch {
    return [];
  }
  const names: string[] = [];
  try {
    for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
      if (!dironly) names.push(entry.name);
      else if (entry.isDirectory() || (entry.isSymbolicLink() && isdir(path.join(dir, entry.name)))) names.push(entry.name);
    }
  } catch {
    // an unreadable directory lists as empty, as in Python
  } finally {
    handle.closeSync();
  }
  return names;
}

function* glob1(dirname: string, pattern: string, dironly: boolean, hidden: boolean): Generator<string, void, undefined> {
  let names = listdir(dirname, dironly);
  // Python's rule, not picomatch's dot option: "[.]x" matches no hidden name either
  if (hidden || !isHidden(pattern)) names = names.filter((x) => hidden || !isHidden(x));
  yield* filter(names, pattern);
}

function* glob0(dirname: string, basename: string): Generator<string, void, undefined> {
  if (basename) {
    if (lexists(join2(dirname, basename))) yield basename;
  } else if (isdir(dirname)) {
    yield basename;
  }
}

function* rlistdir(dirname: string, dironly: boolean, hidden: boolean): Generator<string, void, undefined> {
  for (const x of listdir(dirname, dironly)) {
    if (hidden || !isHidden(x)) {
      yield x;
      const p = dirname ? join(dirname, x) : x;
      for (const y of rlistdir(p, dironly, hidden)) yield join(x, y);
    }
  }
}

function* glob2(dirname: string, dironly: boolean, hidden: boolean): Generator<string, void, undefined> {
  yield "";
  yield* rlistdir(dirname, dironly, hidden);
}

function* iglobInner(pathname: string, rootDir: string, recursive: boolean, dironly: boolean, hidden: boolean): Generator<string, void, undefined> {
  const [dirname, basename] = split(pathname);
  if (!hasMagic(pathname)) {
    if (basename) {
      if (lexists(join2(rootDir, pathname))) yield pathname;
    } else if (isdir(join2(rootDir, dirname))) {
      yield pathname;
    }
    return;
  }
  if (!dirname) {
    if (recursive && isRecursive(basename)) yield* glob2(rootDir, dironly, hidden);
    else yield* glob1(rootDir, basename, dironly, hidden);
    return;
  }
  const dirs = dirname !== pathname && hasMagic(dirname) ? iglobInner(dirname, rootDir, recursive, true, hidden) : [dirname];
  for (const d of dirs) {
    const inDir = join2(rootDir, d);
    let names: Iterable<string>;
    if (hasMagic(basename)) {
      names = recursive && isRecursive(basename) ? glob2(inDir, dironly, hidden) : glob1(inDir, basename, dironly, hidden);
    } else {
      names = glob0(inDir, basename);
    }
    for (const name of names) yield join(d, name);
  }
}

/**
 * `glob.iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False)`:
 * a lazy iterator over the matching paths.
 */
export function iglob(pathname: string, options?: GlobOptions): Generator<string, void, undefined>;
export function iglob(...args: unknown[]): Generator<string, void, undefined> {
  // bound before the first next(), so a bad call fails where it is made
  const { pathname, root_dir, recursive, include_hidden } = IGLOB.bind(args);
  return iglobBound(pathname, root_dir ?? "", recursive, include_hidden);
}
pyfunction(IGLOB, iglob);

function* iglobBound(pathname: string, rootDir: string, recursive: boolean, hidden: boolean): Generator<string, void, undefined> {
  const it = iglobInner(pathname, rootDir, recursive, false, hidden);
  if (!pathname || (recursive && isRecursive(pathname.slice(0, 2)))) {
    const first = it.next();
    if (first.done) return;
    if (first.value) yield first.value; // the empty match of "**" itself is skipped
  }
  yield* it;
}

/**
 * `glob.glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False)`: the paths
 * matching a shell pattern, spelled relative to the current directory (or root_dir) as
 * the pattern spells them. "*", "?" and "[seq]" do not match a leading "." unless the
 * pattern component starts with "." or include_hidden is set; "**" spans directories only
 * with recursive: true. Order is the directory listing order, as in Python (unsorted).
 */
export function glob(pathname: string, options?: GlobOptions): string[];
export function glob(...args: unknown[]): string[] {
  const { pathname, root_dir, recursive, include_hidden } = GLOB.bind(args);
  return Array.from(iglobBound(pathname, root_dir ?? "", recursive, include_hidden));
}
pyfunction(GLOB, glob);

/** `glob.escape(pathname)`: escapes "*", "?" and "[" so they match literally. */
export function escape(pathname: string): string {
  if (arguments.length !== 1 || typeof pathname !== "string") pathname = ESCAPE.bind(arguments).pathname;
  return pathname.replace(/([*?[])/g, "[$1]");
}
pyfunction(ESCAPE, escape);

/** `glob.has_magic(s)`: does the string contain a wildcard? */
export function has_magic(s: string): boolean {
  if (arguments.length !== 1 || typeof s !== "string") s = HAS_MAGIC.bind(arguments).s;
  return hasMagic(s);
}
pyfunction(HAS_MAGIC, has_magic);
