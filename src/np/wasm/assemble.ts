/**
 * A minimal WebAssembly binary writer for the np kernels: LEB128 numbers, sections, and the
 * few scalar and SIMD (f64x2) instructions the kernels use. Modules are assembled from these
 * listings when first needed; nothing is downloaded or precompiled.
 */

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (32-bit). */
export function sleb(n: number): number[] {
  const out: number[] = [];
  n |= 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

/** A length-prefixed UTF-8/ASCII name. */
export function name(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

/** A module section: its id, byte length and body. */
export function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

/** A length-prefixed vector of encoded items. */
export function vec(items: number[][]): number[] {
  const out = uleb(items.length);
  for (const item of items) out.push(...item);
  return out;
}

/** Value types. */
export const T = { i32: 0x7f, f64: 0x7c, v128: 0x7b } as const;

const simd = (op: number, ...rest: number[]) => [0xfd, ...uleb(op), ...rest];

/** Instruction encoders (memarg alignments are the natural ones). */
export const I = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  tee: (i: number) => [0x22, ...uleb(i)],
  i32: (v: number) => [0x41, ...sleb(v)],
  add: [0x6a],
  sub: [0x6b],
  mul: [0x6c],
  ltU: [0x49],
  gtU: [0x4b],
  /** select(a, b, cond): a when cond is not zero */
  select: [0x1b],
  eqz: [0x45],
  /** `block` / `loop` with no result; close with `end`. */
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  /** `if` with no result, on the i32 popped; optional `else`, then `end`. */
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  /** i32.and */
  and: [0x71],
  or: [0x72],
  shl: [0x74],
  shrU: [0x76],
  /** i32.load8_u: one byte, zero-extended. */
  load8u: (offset: number) => [0x2d, 0, ...uleb(offset)],
  /** i32.load16_u: two bytes, little-endian, zero-extended (any alignment). */
  load16u: (offset: number) => [0x2f, 0, ...uleb(offset)],
  call: (fn: number) => [0x10, ...uleb(fn)],
  ret: [0x0f],
  f64: (v: number) => [0x44, ...Array.from(new Uint8Array(Float64Array.of(v).buffer))],
  f64add: [0xa0],
  f64sub: [0xa1],
  f64mul: [0xa2],
  f64div: [0xa3],
  f64abs: [0x99],
  f64eq: [0x61],
  f64ne: [0x62],
  f64gt: [0x64],
  /** i32.eq, i32.ne */
  eq: [0x46],
  ne: [0x47],
  f64x2splat: simd(0x14),
  lane: (l: number) => simd(0x21, l),
  i32load: (offset: number) => [0x28, 2, ...uleb(offset)],
  f64load: (offset: number) => [0x2b, 3, ...uleb(offset)],
  f64store: (offset: number) => [0x39, 3, ...uleb(offset)],
  i32store: (offset: number) => [0x36, 2, ...uleb(offset)],
  v128load: (offset: number) => simd(0x00, 4, ...uleb(offset)),
  v128store: (offset: number) => simd(0x0b, 4, ...uleb(offset)),
  splat64: (offset: number) => simd(0x0a, 3, ...uleb(offset)),
  /** v128.load64_zero: one double into lane 0, lane 1 zeroed. */
  load64zero: (offset: number) => simd(0x5d, 3, ...uleb(offset)),
  /** v128.load64_lane: one double into lane `l` of the vector below the address. */
  load64lane: (offset: number, l: number) => simd(0x57, 3, ...uleb(offset), l),
  /** v128.const of two doubles. */
  v128f64: (a: number, b: number) => simd(0x0c, ...new Uint8Array(Float64Array.of(a, b).buffer)),
  /** v128.const with the 64-bit pattern hi:lo (two 32-bit words) in both lanes. */
  v128i64: (hi: number, lo: number) => simd(0x0c, ...new Uint8Array(Uint32Array.of(lo, hi, lo, hi).buffer)),
  /** i8x16.shuffle with the 16 byte indices into the pair of vectors below. */
  shuffle: (lanes: readonly number[]) => simd(0x0d, ...lanes),
  v128and: simd(0x4e),
  v128andnot: simd(0x4f),
  v128or: simd(0x50),
  v128xor: simd(0x51),
  bitselect: simd(0x52),
  anyTrue: simd(0x53),
  f64x2eq: simd(0x47),
  f64x2ne: simd(0x48),
  i64x2eq: simd(0xd6),
  i64x2ltS: simd(0xd8),
  i64x2add: simd(0xce),
  f64x2abs: simd(0xec),
  f64x2pmin: simd(0xf6),
  f64x2pmax: simd(0xf7),
  f64x2add: simd(0xf0),
  f64x2sub: simd(0xf1),
  f64x2mul: simd(0xf2),
  f64x2div: simd(0xf3),
  f64x2floor: simd(0x75),
  f64x2lt: simd(0x49),
  f64x2le: simd(0x4b),
  f64x2neg: simd(0xed),
  /** f64x2.replace_lane: the f64 on top into lane `l` of the vector below it. */
  f64x2replaceLane: (l: number) => simd(0x22, l),
  i32x4extractLane: (l: number) => simd(0x1b, l),
  i64x2shl: simd(0xcb),
  i64x2shrS: simd(0xcc),
  i64x2shrU: simd(0xcd),
  i64x2sub: simd(0xd1),
  i64x2allTrue: simd(0xc3),
  /** f64x2.relaxed_madd: a * b + c of the three vectors below, fused where the CPU can (relaxed-simd.ts). */
  f64x2relaxedMadd: simd(0x107),
};

/** One exported function: parameter types, extra locals (type and count), body instructions. */
export interface WasmFunction {
  name: string;
  params: number[];
  /** Result types (none when omitted). */
  results?: number[];
  locals: [type: number, count: number][];
  body: number[][];
}

/**
 * The bytes of a module with the functions and either its own exported memory ("memory",
 * `pages` initial) or, given `{ sharedMaxPages }`, an imported shared memory env.memory.
 */
export function assemble(pages: number | { sharedMaxPages: number }, fns: readonly WasmFunction[]): Uint8Array {
  const types = fns.map((f) => [0x60, ...vec(f.params.map((p) => [p])), ...vec((f.results ?? []).map((r) => [r]))]);
  const imported = typeof pages !== "number";
  const exports = fns.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]);
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...(imported ? section(2, vec([[...name("env"), ...name("memory"), 0x02, 0x03, 0x00, ...uleb(pages.sharedMaxPages)]])) : []),
    ...section(3, vec(fns.map((_, i) => uleb(i)))),
    ...(imported ? [] : section(5, vec([[0x00, ...uleb(pages)]]))),
    ...section(7, vec(imported ? exports : [[...name("memory"), 0x02, 0], ...exports])),
    ...section(10, vec(fns.map((f) => {
      const body = [...vec(f.locals.map(([t, n]) => [...uleb(n), t])), ...f.body.flat(), 0x0b];
      return [...uleb(body.length), ...body];
    }))),
  ];
  return Uint8Array.from(bytes);
}

/** The part of the WebAssembly API used here (typed locally: the project's lib has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

/** The module compiled from `bytes`, or null where WebAssembly (or an instruction it uses) is missing. */
export function compileModule(bytes: Uint8Array): object | null {
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) return null;
  try {
    return new wasm.Module(bytes);
  } catch {
    return null;
  }
}

/** The exports of a fresh instance of `module` (from compileModule) that imports nothing. */
export function newInstance(module: object): Record<string, unknown> {
  return new (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly.Instance(module, {}).exports;
}

/** The compiled module of `fns` over an imported shared memory, or null where WebAssembly or its SIMD is missing. */
export function compileForHeap(fns: readonly WasmFunction[]): object | null {
  return compileModule(assemble({ sharedMaxPages: 65536 }, fns));
}

/** The exports of `module` (from compileForHeap) over `memory`, the shared heap. */
export function instanceOnHeap(module: object, memory: object): Record<string, unknown> | null {
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  try {
    return new wasm.Instance(module, { env: { memory } }).exports;
  } catch {
    return null;
  }
}

/**
 * The exports of a module of `fns` over `memory` (the shared heap), or null where WebAssembly,
 * its SIMD or shared memory is missing.
 */
export function instantiateOnHeap(fns: readonly WasmFunction[], memory: object | null): Record<string, unknown> | null {
  const module = memory === null ? null : compileForHeap(fns);
  return module === null || memory === null ? null : instanceOnHeap(module, memory);
}
