/**
 * A Python signature declared once, and the binder that turns a JavaScript call into Python's
 * named arguments: positional where Python allows, or in one trailing options object with the
 * Python keyword names. Everything Python would refuse is refused with Python's TypeError
 * text; a declared parameter this library does not support yet is NotImplementedError.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { Check, isPlainObject, pyTypeName, toCheck } from "./checks";
import { Param, parseSignature } from "./parse";

/** What a declaration says beyond the Python signature text. */
export interface SignatureSpec {
  /** What each parameter accepts; a parameter without an entry accepts anything. */
  readonly types?: Readonly<Record<string, string | Check | readonly (string | Check)[]>>;
  /** The values a string-valued parameter may take (anything else is ValueError). */
  readonly choices?: Readonly<Record<string, readonly unknown[]>>;
  /** Parameters not supported yet: any value but the default is NotImplementedError. */
  readonly unsupported?: readonly string[];
  /** JavaScript values of defaults that are not Python literals (`dtype=float`). */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Other names the same function is exported under (`amax` for `max`, `mul` for `multiply`). */
  readonly aliases?: readonly string[];
  /**
   * The function this one hands its arguments to unchanged (pyplot's `plt.hist` is
   * `plt.gca().hist`): a parameter both declare is tested through either.
   */
  readonly wraps?: Signature;
}

interface BoundParam extends Param {
  readonly index: number;
  readonly check: Check | null;
  readonly choices: readonly unknown[] | null;
  readonly unsupported: boolean;
  readonly acceptsMapping: boolean;
}

/** The named arguments of one call: every parameter, defaults filled in. */
export type Bound = Record<string, any>;

const ALL: Signature[] = [];

/** When the test suite asks, the `qualname:param` of every parameter a call gave a value other than its default. */
let optionUses: Set<string> | null = null;

/** Starts recording which parameters calls give (the suite checks every option is exercised). */
export function recordOptionUses(into: Set<string>): void {
  optionUses = into;
}

/** Every signature declared so far (for the tests that walk the public API). */
export function allSignatures(): readonly Signature[] {
  return ALL;
}

function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  return q.length === 1 ? q[0] : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}

export class Signature {
  readonly qualname: string;
  /** `linspace()`, as Python names the function in its messages. */
  readonly callName: string;
  readonly params: readonly BoundParam[];
  readonly aliases: readonly string[];
  /** Set once, where the declaration is made (pyplot wrappers name their Axes method). */
  wraps: Signature | null;
  private readonly byName = new Map<string, BoundParam>();
  private readonly positionalCount: number;
  private readonly varargs: BoundParam | null;

  constructor(text: string, spec: SignatureSpec = {}) {
    const parsed = parseSignature(text, spec.defaults);
    this.qualname = parsed.qualname;
    this.callName = `${parsed.qualname.slice(parsed.qualname.lastIndexOf(".") + 1)}()`;
    this.aliases = spec.aliases ?? [];
    this.wraps = spec.wraps ?? null;
    const unsupported = new Set(spec.unsupported ?? []);
    this.params = parsed.params.map((p, index) => {
      const t = spec.types?.[p.name];
      const checkOf = t === undefined ? null : toCheck(t);
      const acceptsMapping = checkOf === null || checkOf.test({});
      return { ...p, index, check: checkOf, choices: spec.choices?.[p.name] ?? null, unsupported: unsupported.delete(p.name), acceptsMapping };
    });
    for (const name of [...Object.keys(spec.types ?? {}), ...Object.keys(spec.choices ?? {}), ...unsupported]) {
      if (!this.params.some((p) => p.name === name)) throw new SyntaxError(`${this.qualname} declares no parameter '${name}'`);
    }
    for (const p of this.params) this.byName.set(p.name, p);
    this.varargs = this.params.find((p) => p.kind === "varargs") ?? null;
    this.positionalCount = this.params.filter((p) => p.kind === "positional" || p.kind === "either").length;
    ALL.push(this);
  }

  /** The parameter called `name`, if declared. */
  param(name: string): BoundParam | undefined {
    return this.byName.get(name);
  }

  /**
   * Binds a call's arguments (`arguments` or a rest array). `undefined` counts as not given.
   * A trailing plain object is the keyword arguments, unless the parameter at its place
   * accepts a mapping and the object has a key that names no parameter.
   */
  bind(args: ArrayLike<unknown>): Bound {
    let n = args.length;
    while (n > 0 && args[n - 1] === undefined) n--;
    let keywords: Record<string, unknown> | null = null;
    if (n > 0 && isPlainObject(args[n - 1]) && !this.isMappingArgument(n - 1, args[n - 1] as Record<string, unknown>)) {
      keywords = args[n - 1] as Record<string, unknown>;
      n--;
    }
    const values: unknown[] = new Array(this.params.length);
    const extra: unknown[] = [];
    if (n > this.positionalCount) {
      if (!this.varargs) throw this.tooMany(n);
      for (let i = this.positionalCount; i < n; i++) extra.push(args[i]);
    }
    // Python puts positional parameters first, so the i-th positional argument is params[i].
    for (let i = 0; i < Math.min(n, this.positionalCount); i++) values[i] = args[i];
    if (this.varargs) values[this.varargs.index] = extra;
    if (keywords) this.bindKeywords(keywords, values);
    return this.finish(values);
  }

  /** Throws NotImplementedError for a value of `name` this library does not handle yet. */
  notSupported(name: string, value: unknown): never {
    throw new NotImplementedError(`${this.callName} ${name}=${describe(value)} is not supported yet`);
  }

  /** Throws ValueError naming a bad value of `name`. */
  badValue(name: string, value: unknown, expected: string): never {
    throw new ValueError(`${this.callName} ${name} must be ${expected}, got ${describe(value)}`);
  }

  private isMappingArgument(i: number, value: Record<string, unknown>): boolean {
    if (i >= this.positionalCount && !this.varargs) return false;
    const p = i < this.positionalCount ? this.params[i] : this.varargs!;
    if (!p.acceptsMapping || p.check === null) return false;
    return Object.keys(value).some((k) => !this.byName.has(k));
  }

  private bindKeywords(keywords: Record<string, unknown>, values: unknown[]): void {
    const positionalOnly: string[] = [];
    for (const key of Object.keys(keywords)) {
      const value = keywords[key];
      const p = this.byName.get(key);
      if (p === undefined || p.kind === "varargs") {
        throw new PyTypeError(`${this.callName} got an unexpected keyword argument '${key}'`);
      }
      if (p.kind === "positional") {
        positionalOnly.push(key);
        continue;
      }
      if (value === undefined) continue;
      if (values[p.index] !== undefined) throw new PyTypeError(`${this.callName} got multiple values for argument '${key}'`);
      values[p.index] = value;
    }
    if (positionalOnly.length) {
      throw new PyTypeError(`${this.callName} got some positional-only arguments passed as keyword arguments: '${positionalOnly.join(", ")}'`);
    }
  }

  private finish(values: unknown[]): Bound {
    const bound: Bound = {};
    let missing: string[] | null = null;
    let missingKeyword: string[] | null = null;
    for (const p of this.params) {
      let v = values[p.index];
      if (v === undefined) {
        if (!p.hasDefault) {
          if (p.kind === "keyword") (missingKeyword ??= []).push(p.name);
          else (missing ??= []).push(p.name);
          continue;
        }
        v = p.default;
      } else {
        this.validate(p, v);
        if (optionUses !== null && !sameDefault(v, p.default)) optionUses.add(`${this.qualname}:${p.name}`);
      }
      bound[p.name] = v;
    }
    if (missing) {
      throw new PyTypeError(`${this.callName} missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${quoteList(missing)}`);
    }
    if (missingKeyword) {
      throw new PyTypeError(`${this.callName} missing ${missingKeyword.length} required keyword-only argument${missingKeyword.length > 1 ? "s" : ""}: ${quoteList(missingKeyword)}`);
    }
    return bound;
  }

  private validate(p: BoundParam, v: unknown): void {
    if (p.kind === "varargs") {
      if (p.check) for (const item of v as unknown[]) if (!p.check.test(item)) this.wrongType(p, item);
      return;
    }
    if (p.check !== null && !p.check.test(v)) this.wrongType(p, v);
    if (p.choices !== null && !p.choices.includes(v)) {
      throw new ValueError(`${this.callName} ${p.name} must be one of ${p.choices.map(describe).join(", ")}; got ${describe(v)}`);
    }
    if (p.unsupported && !sameDefault(v, p.default)) this.notSupported(p.name, v);
  }

  private wrongType(p: BoundParam, v: unknown): never {
    throw new PyTypeError(`${this.callName} argument '${p.name}' must be ${p.check!.expected}, not ${pyTypeName(v)}`);
  }

  private tooMany(given: number): PyTypeError {
    const required = this.params.filter((p) => (p.kind === "positional" || p.kind === "either") && !p.hasDefault).length;
    const takes = required === this.positionalCount ? `${required}` : `from ${required} to ${this.positionalCount}`;
    const plural = this.positionalCount === 1 && required === 1 ? "argument" : "arguments";
    return new PyTypeError(`${this.callName} takes ${takes} positional ${plural} but ${given} ${given === 1 ? "was" : "were"} given`);
  }
}

function sameDefault(v: unknown, d: unknown): boolean {
  if (v === d) return true;
  return Array.isArray(v) && Array.isArray(d) && v.length === d.length && v.every((x, i) => x === d[i]);
}

/** A value as Python would print it in a message. */
function describe(v: unknown): string {
  if (typeof v === "string") return `'${v}'`;
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (Array.isArray(v)) return `[${v.map(describe).join(", ")}]`;
  return String(v);
}

/** Declares a Python signature: `signature("numpy.linspace(start, stop, num=50, ...)", { types })`. */
export function signature(text: string, spec?: SignatureSpec): Signature {
  return new Signature(text, spec);
}
