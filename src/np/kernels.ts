/**
 * Loop kernels generated per operation and storage type: each kernel is compiled once (on
 * first use) from an expression over `x` (and `y`, `z`), so every loop reads and writes one
 * TypedArray type only and has no per-element call. Kernels get a buffer start and a step
 * per operand and an element count.
 */
import { Storage } from "./dtype";
import { KERNEL_MATH } from "./ufuncs/kernel-math";

/**
 * out[i] = f(a[i]) over a run. Kernels writing float64 return true when every element they
 * wrote is finite (the check rides along the loop: it saves NumPy's warning check a second
 * pass); other kernels return false.
 */
export type UnaryKernel = (o: Storage, op: number, os: number, a: Storage, ap: number, as: number, n: number) => boolean;
/** out[i] = f(a[i], b[i]) over a run; the return value as UnaryKernel's. */
export type BinaryKernel = (
  o: Storage, op: number, os: number, a: Storage, ap: number, as: number, b: Storage, bp: number, bs: number, n: number,
) => boolean;
/** out[i] = f(a[i], b[i], c[i]) over a run. */
export type TernaryKernel = (
  o: Storage, op: number, os: number, a: Storage, ap: number, as: number, b: Storage, bp: number, bs: number,
  c: Storage, cp: number, cs: number, n: number,
) => void;

/** Python's float modulo (result takes the divisor's sign), as NumPy's npy_divmod. */
function pymod(x: number, y: number): number {
  if (y === 0) return NaN;
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

/** Python's float floor division, as NumPy's npy_divmod. */
function pyfloordiv(x: number, y: number): number {
  if (y === 0) return x / y;
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && y < 0 !== mod < 0) {
    mod += y;
    div -= 1;
  }
  if (div !== 0) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
    return floordiv;
  }
  return x / y < 0 ? -0 : 0;
}

/** Integer power by squaring with 32-bit wrap-around (NumPy's int power). */
function ipow32(base: number, exp: number): number {
  let result = 1;
  let b = base | 0;
  let e = exp;
  while (e > 0) {
    if (e & 1) result = Math.imul(result, b);
    b = Math.imul(b, b);
    e = Math.floor(e / 2);
  }
  return result;
}

/**
 * Integer power for int64/uint64 storage by squaring: in doubles while every step stays exact
 * (below 2^53), else again in 64-bit integers wrapping as NumPy's loop does.
 */
function ipow(base: number, exp: number, unsigned: boolean): number {
  let result = 1;
  let b = base;
  let e = exp;
  while (e > 0) {
    if (e % 2 === 1) result *= b;
    e = Math.floor(e / 2);
    if (e > 0) b *= b;
    if (Math.abs(result) > 2 ** 53 || Math.abs(b) > 2 ** 53) return ipowWrapped(base, exp, unsigned);
  }
  return result;
}

function ipowWrapped(base: number, exp: number, unsigned: boolean): number {
  const wrap = unsigned ? (v: bigint) => BigInt.asUintN(64, v) : (v: bigint) => BigInt.asIntN(64, v);
  let result = 1n;
  let b = wrap(BigInt(base));
  let e = exp;
  while (e > 0) {
    if (e % 2 === 1) result = wrap(result * b);
    b = wrap(b * b);
    e = Math.floor(e / 2);
  }
  return Number(result);
}

function ipow64(base: number, exp: number): number {
  return ipow(base, exp, false);
}

function ipowu64(base: number, exp: number): number {
  return ipow(base, exp, true);
}

/** C's pow: 1 ** y and (-1) ** ±inf are 1 (JavaScript's Math.pow gives NaN). */
function cpow(x: number, y: number): number {
  if (x === 1 || (x === -1 && (y === Infinity || y === -Infinity))) return 1;
  return Math.pow(x, y);
}

/** Round half to even, as np.rint. */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** np.sign: -1, 0, 1 (NaN stays NaN). */
function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x;
}

const HELPERS = { pymod, pyfloordiv, ipow32, ipow64, ipowu64, cpow, rint, sign, ...KERNEL_MATH };
const HELPER_NAMES = Object.keys(HELPERS);
const HELPER_VALUES = HELPER_NAMES.map((k) => HELPERS[k as keyof typeof HELPERS]);

const cache = new Map<string, unknown>();

/** The cached kernel for `key`, compiled from `body()` (called only on a miss). */
function compile<T>(key: string, params: string[], body: () => string): T {
  let fn = cache.get(key) as T | undefined;
  if (fn === undefined) {
    const factory = new Function(...HELPER_NAMES, `"use strict"; return function kernel(${params.join(", ")}) {\n${body()}\n};`);
    fn = factory(...HELPER_VALUES) as T;
    cache.set(key, fn);
  }
  return fn;
}

function storageName(s: Storage): string {
  return s.constructor.name;
}

/** A kernel already made, with the storage constructors it was made for. */
interface Made {
  c0: Function;
  c1: Function | null;
  c2: Function | null;
  c3: Function | null;
  fn: unknown;
}

/** Kernels by family and expression, found per call without building a key text. */
const MADE: Record<"u" | "b" | "t" | "f" | "p", Map<string, Made[]>> = { u: new Map(), b: new Map(), t: new Map(), f: new Map(), p: new Map() };

/** The kernel of `family` for `expr` over these storages, made by `make` on first use. */
function made<T>(family: keyof typeof MADE, expr: string, make: () => T, s0: Storage, s1: Storage | null = null, s2: Storage | null = null, s3: Storage | null = null): T {
  const c0 = s0.constructor, c1 = s1?.constructor ?? null, c2 = s2?.constructor ?? null, c3 = s3?.constructor ?? null;
  let list = MADE[family].get(expr);
  if (list === undefined) MADE[family].set(expr, (list = []));
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    if (m.c0 === c0 && m.c1 === c1 && m.c2 === c2 && m.c3 === c3) return m.fn as T;
  }
  const fn = make();
  list.push({ c0, c1, c2, c3, fn });
  return fn;
}

/**
 * A contiguous loop unrolled by 4 (V8 runs it about twice as fast as the plain loop).
 * `reads(k)` declares x/y for element offset k; pointers advance by 4 per step. With `check`,
 * each of four accumulators s0..s3 adds r * 0 of its elements' results: NaN once any is NaN or
 * infinite.
 */
function unrolled(reads: (k: string) => string, pointers: string[], expr: string, base: "op" | "i", check: boolean): string {
  const at = (k: number) => (k === 0 ? "" : ` + ${k}`);
  const store = (target: string, k: number) => (check ? `const r = ${expr}; ${target} = r; s${k} += r * 0;` : `${target} = ${expr};`);
  const body = [0, 1, 2, 3].map((k) => `{ ${reads(at(k))} ${store(`o[${base}${at(k)}]`, k)} }`).join("\n      ");
  if (base === "i") {
    return `
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      ${body}
    }
    for (; i < n; i++) { ${reads("")} ${store("o[i]", 0)} }`;
  }
  const step = pointers.map((p) => `${p} += 4`).join(", ");
  const one = pointers.map((p) => `${p}++`).join(", ");
  return `
    const end = op + n - 3;
    for (; op < end; ${step}) {
      ${body}
    }
    for (const stop = end + 3; op < stop; ${one}) { ${reads("")} ${store("o[op]", 0)} }`;
}

/** Whether kernels writing `o` check their results' finiteness (float64 output only). */
const checks = (o: Storage): boolean => o instanceof Float64Array;
/** The kernel's answer: every result finite (false when not checked). */
const answer = (check: boolean): string => (check ? "return s0 + s1 + s2 + s3 === 0;" : "return false;");
const accumulators = (check: boolean): string => (check ? "let s0 = 0, s1 = 0, s2 = 0, s3 = 0;" : "");

/** The kernel computing `expr` (over `x`) for these storage types. */
export function unaryKernel(expr: string, o: Storage, a: Storage): UnaryKernel {
  return made("u", expr, () => makeUnary(expr, o, a), o, a);
}

function makeUnary(expr: string, o: Storage, a: Storage): UnaryKernel {
  const check = checks(o);
  const key = `u|${expr}|${storageName(o)}|${storageName(a)}`;
  const one = check ? `const r = ${expr}; o[op] = r; s0 += r * 0;` : `o[op] = ${expr};`;
  return compile<UnaryKernel>(key, ["o", "op", "os", "a", "ap", "as", "n"], () => `
  ${accumulators(check)}
  if (os === 1 && as === 1) {
    if (op === 0 && ap === 0) {${unrolled((k) => `const x = a[i${k}];`, [], expr, "i", check)}
      ${answer(check)}
    }${unrolled((k) => `const x = a[ap${k}];`, ["op", "ap"], expr, "op", check)}
    ${answer(check)}
  }
  for (let i = 0; i < n; i++) { const x = a[ap]; ${one} op += os; ap += as; }
  ${answer(check)}`);
}

/** The kernel computing `expr` (over `x`, `y`) for these storage types. */
export function binaryKernel(expr: string, o: Storage, a: Storage, b: Storage): BinaryKernel {
  return made("b", expr, () => makeBinary(expr, o, a, b), o, a, b);
}

function makeBinary(expr: string, o: Storage, a: Storage, b: Storage): BinaryKernel {
  const check = checks(o);
  const key = `b|${expr}|${storageName(o)}|${storageName(a)}|${storageName(b)}`;
  const one = (target: string, k: number) => (check ? `const r = ${expr}; ${target} = r; s${k} += r * 0;` : `${target} = ${expr};`);
  return compile<BinaryKernel>(key, ["o", "op", "os", "a", "ap", "as", "b", "bp", "bs", "n"], () => `
  ${accumulators(check)}
  if (os === 1 && as === 1) {
    if (bs === 1) {
      if (op === 0 && ap === 0 && bp === 0) {${unrolled((k) => `const x = a[i${k}], y = b[i${k}];`, [], expr, "i", check)}
        ${answer(check)}
      }${unrolled((k) => `const x = a[ap${k}], y = b[bp${k}];`, ["op", "ap", "bp"], expr, "op", check)}
      ${answer(check)}
    }
    if (bs === 0) {
      const y = b[bp];${unrolled((k) => `const x = a[ap${k}];`, ["op", "ap"], expr, "op", check)}
      ${answer(check)}
    }
  }
  if (os === 1 && as === 0 && bs === 1) {
    const x = a[ap];${unrolled((k) => `const y = b[bp${k}];`, ["op", "bp"], expr, "op", check)}
    ${answer(check)}
  }
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    { const x = a[ap], y = b[bp]; ${one("o[op]", 0)} }
    { const x = a[ap + as], y = b[bp + bs]; ${one("o[op + os]", 1)} }
    { const x = a[ap + 2 * as], y = b[bp + 2 * bs]; ${one("o[op + 2 * os]", 2)} }
    { const x = a[ap + 3 * as], y = b[bp + 3 * bs]; ${one("o[op + 3 * os]", 3)} }
    op += 4 * os; ap += 4 * as; bp += 4 * bs;
  }
  for (; i < n; i++) { const x = a[ap], y = b[bp]; ${one("o[op]", 0)} op += os; ap += as; bp += bs; }
  ${answer(check)}`);
}

/** The kernel computing `expr` (over `x`, `y`, `z`) for these storage types. */
export function ternaryKernel(expr: string, o: Storage, a: Storage, b: Storage, c: Storage): TernaryKernel {
  return made("t", expr, () => makeTernary(expr, o, a, b, c), o, a, b, c);
}

function makeTernary(expr: string, o: Storage, a: Storage, b: Storage, c: Storage): TernaryKernel {
  const key = `t|${expr}|${storageName(o)}|${storageName(a)}|${storageName(b)}|${storageName(c)}`;
  return compile<TernaryKernel>(key, ["o", "op", "os", "a", "ap", "as", "b", "bp", "bs", "c", "cp", "cs", "n"], () => `
  for (let i = 0; i < n; i++) { const x = a[ap], y = b[bp], z = c[cp]; o[op] = ${expr}; op += os; ap += as; bp += bs; cp += cs; }`);
}

/** A reduction over a run into one accumulator: `acc = expr` with `acc` and `x`. */
export type FoldKernel = (init: number, a: Storage, ap: number, as: number, n: number) => number;

/** The sequential fold kernel for `expr` over this storage type. */
export function foldKernel(expr: string, a: Storage): FoldKernel {
  return made("f", expr, () => makeFold(expr, a), a);
}

function makeFold(expr: string, a: Storage): FoldKernel {
  const key = `f|${expr}|${storageName(a)}`;
  return compile<FoldKernel>(key, ["acc", "a", "ap", "as", "n"], () => `
  for (let i = 0; i < n; i++) { const x = a[ap]; acc = ${expr}; ap += as; }
  return acc;`);
}

/**
 * NumPy's pairwise summation (blocks of 128 summed with 8 accumulators, halves recursively),
 * so float sums match NumPy's to the last bits. `f32` rounds every addition to float32.
 */
export type PairwiseKernel = (a: Storage, ap: number, as: number, n: number) => number;

/** The pairwise-sum kernel for this storage type (`f32`: float32 accumulators). */
export function pairwiseKernel(a: Storage, f32: boolean): PairwiseKernel {
  return made("p", f32 ? "f32" : "f64", () => makePairwise(a, f32), a);
}

function makePairwise(a: Storage, f32: boolean): PairwiseKernel {
  const key = `p|${f32}|${storageName(a)}`;
  const R = f32 ? (e: string) => `Math.fround(${e})` : (e: string) => `(${e})`;
  return compile<PairwiseKernel>(key, ["a", "ap", "as", "n"], () => `
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = ${R("res + a[ap + i * as]")};
    return res;
  }
  if (n <= 128) {
    let r0, r1, r2, r3, r4, r5, r6, r7;
    let i = 8;
    if (as === 1) {
      r0 = ${R("a[ap]")}; r1 = ${R("a[ap + 1]")}; r2 = ${R("a[ap + 2]")}; r3 = ${R("a[ap + 3]")};
      r4 = ${R("a[ap + 4]")}; r5 = ${R("a[ap + 5]")}; r6 = ${R("a[ap + 6]")}; r7 = ${R("a[ap + 7]")};
      for (; i < n - (n % 8); i += 8) {
        const p = ap + i;
        r0 = ${R("r0 + a[p]")}; r1 = ${R("r1 + a[p + 1]")}; r2 = ${R("r2 + a[p + 2]")}; r3 = ${R("r3 + a[p + 3]")};
        r4 = ${R("r4 + a[p + 4]")}; r5 = ${R("r5 + a[p + 5]")}; r6 = ${R("r6 + a[p + 6]")}; r7 = ${R("r7 + a[p + 7]")};
      }
    } else {
      r0 = ${R("a[ap]")}; r1 = ${R("a[ap + as]")}; r2 = ${R("a[ap + 2 * as]")}; r3 = ${R("a[ap + 3 * as]")};
      r4 = ${R("a[ap + 4 * as]")}; r5 = ${R("a[ap + 5 * as]")}; r6 = ${R("a[ap + 6 * as]")}; r7 = ${R("a[ap + 7 * as]")};
      for (; i < n - (n % 8); i += 8) {
        const p = ap + i * as;
        r0 = ${R("r0 + a[p]")}; r1 = ${R("r1 + a[p + as]")}; r2 = ${R("r2 + a[p + 2 * as]")}; r3 = ${R("r3 + a[p + 3 * as]")};
        r4 = ${R("r4 + a[p + 4 * as]")}; r5 = ${R("r5 + a[p + 5 * as]")}; r6 = ${R("r6 + a[p + 6 * as]")}; r7 = ${R("r7 + a[p + 7 * as]")};
      }
    }
    let res = ${R(`${R(`${R("r0 + r1")} + ${R("r2 + r3")}`)} + ${R(`${R("r4 + r5")} + ${R("r6 + r7")}`)}`)};
    for (; i < n; i++) res = ${R("res + a[ap + i * as]")};
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return ${R("kernel(a, ap, as, n2) + kernel(a, ap + n2 * as, as, n - n2)")};`);
}
