/**
 * Walks a namespace object and lists every public function, class and class method without a
 * declared Python signature (or whose signature names another Python function).
 */
import { Signature, signatureOf } from "../../src/signature";

/**
 * A module namespace (`export * as x`): tagged Module natively; once transpiled, an object whose
 * exports are getters (plain data objects such as natsort's `ns` have none).
 */
function isNamespace(value: unknown): value is object {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  if (Object.prototype.toString.call(value) === "[object Module]") return true;
  const descriptors = Object.values(Object.getOwnPropertyDescriptors(value));
  return descriptors.length > 0 && descriptors.every((d) => d.get !== undefined);
}

function isClass(fn: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

const JS_PROTOCOL = new Set(["toString", "toJSON", "valueOf"]);

/** JavaScript method names that stand for a Python dunder (`coll.get(n)` is `coll[n]`). */
const DUNDER: Record<string, string> = { get: "__getitem__" };

/** Public methods of a class: own prototype functions whose names do not start with "_". */
function publicMethods(cls: Function): [string, Function][] {
  const out: [string, Function][] = [];
  for (const name of Object.getOwnPropertyNames(cls.prototype)) {
    // JavaScript protocol methods stand for Python dunders (__str__, __repr__)
    if (name === "constructor" || name.startsWith("_") || JS_PROTOCOL.has(name)) continue;
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, name)!;
    if (typeof desc.value === "function") out.push([name, desc.value]);
  }
  return out;
}

/**
 * "path: problem" for each public function of `ns` (recursing into sub-namespaces) that has no
 * signature, or whose signature's last name differs from the exported name.
 */
export function unsignedFunctions(ns: object, path: string, seen = new Set<object>()): string[] {
  if (seen.has(ns)) return [];
  seen.add(ns);
  const problems: string[] = [];
  const checkFn = (where: string, name: string, fn: Function) => {
    const sig = signatureOf(fn);
    if (sig === undefined) problems.push(`${where}: no signature`);
    else if (!sig.qualname.endsWith(`.${DUNDER[name] ?? name}`) && sig.qualname !== name) problems.push(`${where}: declared as ${sig.qualname}`);
  };
  for (const [name, value] of Object.entries(ns)) {
    if (name.startsWith("_")) continue;
    const where = `${path}.${name}`;
    if (typeof value === "function") {
      checkFn(where, name, value);
      if (isClass(value)) for (const [m, fn] of publicMethods(value)) checkFn(`${where}.${m}`, m, fn);
    } else if (isNamespace(value)) {
      problems.push(...unsignedFunctions(value, where, seen));
    }
  }
  return problems;
}

/** How many public functions `unsignedFunctions` looked at (so a test sees the walk found them). */
export function countFunctions(ns: object, seen = new Set<object>()): number {
  if (seen.has(ns)) return 0;
  seen.add(ns);
  let n = 0;
  for (const [name, value] of Object.entries(ns)) {
    if (name.startsWith("_")) continue;
    if (typeof value === "function") n += 1 + (isClass(value) ? publicMethods(value).length : 0);
    else if (isNamespace(value)) n += countFunctions(value, seen);
  }
  return n;
}

/** The signatures of every public function and method of `ns` (recursing into sub-namespaces). */
export function signaturesIn(ns: object, seen = new Set<object>()): Signature[] {
  if (seen.has(ns)) return [];
  seen.add(ns);
  const out: Signature[] = [];
  const add = (fn: Function) => {
    const sig = signatureOf(fn);
    if (sig !== undefined) out.push(sig);
  };
  for (const [name, value] of Object.entries(ns)) {
    if (name.startsWith("_")) continue;
    if (typeof value === "function") {
      add(value);
      if (isClass(value)) for (const [, fn] of publicMethods(value)) add(fn);
    } else if (isNamespace(value)) {
      out.push(...signaturesIn(value, seen));
    }
  }
  return out;
}

/**
 * "qualname(param)" for each declared parameter that is neither NotImplementedError
 * (`unsupported`) nor listed in `tested` (qualname -> parameters a fixture test exercises).
 */
export function untestedParameters(signatures: readonly Signature[], tested: Readonly<Record<string, readonly string[]>>): string[] {
  const out: string[] = [];
  for (const sig of signatures) {
    const listed = tested[sig.qualname] ?? [];
    for (const p of sig.params) if (!p.unsupported && !listed.includes(p.name)) out.push(`${sig.qualname}(${p.name})`);
  }
  return out;
}
