/**
 * WebAssembly's relaxed SIMD, for its fused multiply-add (f64x2.relaxed_madd): one rounding
 * per multiply-add, as the FMA instructions of OpenBLAS's kernels, and fewer instructions in
 * the matrix product's inner loop. Node 20's V8 compiles it only behind a flag, which this
 * sets before trying; newer ones have it on. "Relaxed" means the CPU decides whether the
 * operation is fused, so this also tells which it is here.
 */
import { I, T, assemble, compileModule, newInstance } from "./assemble";
import { RELAXED_SIMD_FLAG, setV8Flag } from "../v8-flags";

/** madd(a, b, c) = lane 0 of f64x2.relaxed_madd over splats. */
function probeBytes(): Uint8Array {
  const body = [
    I.get(0), I.f64x2splat, I.get(1), I.f64x2splat, I.get(2), I.f64x2splat,
    I.f64x2relaxedMadd, I.lane(0),
  ];
  return assemble(0, [{ name: "madd", params: [T.f64, T.f64, T.f64], results: [T.f64], locals: [], body }]);
}

function compileProbe(): ((a: number, b: number, c: number) => number) | null {
  const module = compileModule(probeBytes());
  return module === null ? null : (newInstance(module).madd as (a: number, b: number, c: number) => number);
}

let fused: boolean | undefined;

/**
 * True when f64x2.relaxed_madd compiles here and rounds once (a true fused multiply-add);
 * kernels then use it, else a multiply and an add.
 */
export function fusedMultiplyAdd(): boolean {
  if (fused !== undefined) return fused;
  let madd = compileProbe();
  if (madd === null) {
    setV8Flag(RELAXED_SIMD_FLAG); // where the flag does not exist it stays unavailable
    madd = compileProbe();
  }
  // 0.1 * 10 is 1 + 2^-54 before rounding: only a fused operation keeps that last bit
  fused = madd !== null && madd(0.1, 10, -1) !== 0;
  return fused;
}
