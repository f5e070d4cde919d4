/**
 * The generator's WebAssembly kernel, assembled from the listings in wasm-mt.ts (twist,
 * doubles) and wasm-gauss.ts (legacy Gaussians). One instance is shared by all generators,
 * which load their 624 state words at KEY_BYTE before a fill and store them back after;
 * results are written to the output area (memory map in wasm-layout.ts).
 */
import { compileModule, name, newInstance, section, uleb, vec } from "../wasm/assemble";
import { FILL_BODY, REFILL_BODY, TEMPER_BODY } from "./wasm-mt";
import { GAUSS, PAIR_FUNCTION, writeLogTables } from "./wasm-gauss";
import { FIX_BYTE, FIX_COUNT_BYTE, GAUSS_CAPACITY, KEY_BYTE, OUT_BYTE, OUT_CAPACITY, PAGES } from "./wasm-layout";
import { Code, I32, V128, end } from "./wasm-ops";

export { GAUSS_CAPACITY, OUT_CAPACITY } from "./wasm-layout";

/** The compiled kernel of one generator. */
export interface MTKernel {
  /** The 624 state words (a view on the instance's memory). */
  key: Int32Array;
  /** Writes n (<= OUT_CAPACITY) doubles to `out` starting at state index pos; returns the new pos. */
  fill(pos: number, n: number): number;
  /**
   * Draws pairs of doubles from state index pos until nPairs (<= GAUSS_CAPACITY) pass the
   * polar method's test, and writes each accepted pair's two normals to out[2k], out[2k + 1];
   * returns the new pos. Pairs whose logarithm needs the exact slow path hold x1, x2 instead
   * and are listed in `fixes` (fixCount() of them).
   */
  gauss(pos: number, nPairs: number): number;
  /** Number of pairs the last `gauss` call left in `fixes`. */
  fixCount(): number;
  /** Pair numbers left by `gauss` (a view on the instance's memory). */
  fixes: Int32Array;
  /** The output area (a view on the instance's memory). */
  out: Float64Array;
}

function body(locals: [number, number][], code: Code): number[] {
  const b = [...vec(locals.map(([n, t]) => [...uleb(n), t])), ...code, ...end];
  return [...uleb(b.length), ...b];
}

function assemble(): Uint8Array {
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // types: () -> (), (i32, i32) -> i32, (i32) -> ()
    ...section(1, vec([[0x60, 0, 0], [0x60, 2, I32, I32, 1, I32], [0x60, 1, I32, 0]])),
    // functions: refill and temper (wasm-mt.ts's REFILL and TEMPER), fill, gauss, pair (wasm-gauss.ts's PAIR)
    ...section(3, vec([[0], [0], [1], [1], [2]])),
    ...section(5, vec([[0x00, PAGES]])),
    ...section(7, vec([[...name("fill"), 0x00, 2], [...name("gauss"), 0x00, 3], [...name("mem"), 0x02, 0]])),
    ...section(10, vec([
      body([[2, I32], [1, V128]], REFILL_BODY),
      body([[1, I32], [1, V128]], TEMPER_BODY),
      body([[5, I32]], FILL_BODY),
      body(GAUSS.locals, GAUSS.body),
      body(PAIR_FUNCTION.locals, PAIR_FUNCTION.body),
    ])),
  ];
  return new Uint8Array(bytes);
}

let compiled: object | null | undefined;

/** A fresh kernel instance, or null where WebAssembly or its SIMD is unavailable. */
export function createKernel(): MTKernel | null {
  if (compiled === undefined) compiled = compileModule(assemble());
  if (compiled === null) return null;
  const api = newInstance(compiled) as {
    fill: (pos: number, n: number) => number;
    gauss: (pos: number, nPairs: number) => number;
    mem: { buffer: ArrayBuffer };
  };
  const memory = api.mem.buffer;
  writeLogTables(memory);
  const count = new Int32Array(memory, FIX_COUNT_BYTE, 1);
  return {
    key: new Int32Array(memory, KEY_BYTE, 624),
    fill: api.fill,
    gauss: api.gauss,
    fixCount: () => count[0],
    fixes: new Int32Array(memory, FIX_BYTE, GAUSS_CAPACITY),
    out: new Float64Array(memory, OUT_BYTE, OUT_CAPACITY),
  };
}
