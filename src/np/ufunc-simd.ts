/**
 * The WebAssembly SIMD route of float64 add/subtract/multiply/divide: taken when the output
 * lives in the shared heap and each input does too, or is small and contiguous enough to be
 * copied into a scratch block for the call (a row broadcast against a matrix, say).
 */
import { Storage, float64, DType } from "./dtype";
import { NDArray } from "./ndarray";
import { BinaryKernel } from "./kernels";
import { isCContiguous } from "./contiguous";
import { heapAddress, heapScratch } from "./heap/heap";
import { ElementwiseKernels, Form, SimdOp, elementwiseKernels } from "./wasm/elementwise";
import { Plane } from "./iterate";

type VV = ElementwiseKernels["add_vv"];
type VS = ElementwiseKernels["add_vs"];
type Rows = ElementwiseKernels["add_rows_vv"];

/** The operation's kernels and, per operand, the heap byte address its storage index 0 corresponds to. */
export interface SimdPlan {
  vv: VV;
  vs: VS;
  sv: VS;
  rows: Record<Form, Rows>;
  o: number;
  a: number;
  b: number;
}

/** Where `x.data[0]` is (or would be) in the heap; -1 when the operand can't be reached there. */
function heapBase(x: NDArray, slot: 0 | 1): number {
  const d = x.data;
  if (!(d instanceof Float64Array)) return -1;
  const at = heapAddress(d);
  if (at >= 0) return at;
  if (!isCContiguous(x)) return -1;
  const scratch = heapScratch(slot, x.size);
  if (scratch === null) return -1;
  scratch.set(d.subarray(x.offset, x.offset + x.size));
  return scratch.byteOffset - 8 * x.offset;
}

/** The SIMD plan for `target = a op b` (b null: a Python number), or null for the JavaScript loop. */
export function simdPlan(op: SimdOp | undefined, loop: DType, target: NDArray, a: NDArray, b: NDArray | null): SimdPlan | null {
  if (op === undefined || loop !== float64 || !(target.data instanceof Float64Array)) return null;
  const o = heapAddress(target.data);
  if (o < 0) return null;
  const k = elementwiseKernels();
  if (k === null) return null;
  const aAt = heapBase(a, 0);
  const bAt = b === null ? 0 : heapBase(b, 1);
  return aAt < 0 || bAt < 0 ? null : {
    vv: k[`${op}_vv`],
    vs: k[`${op}_vs`],
    sv: k[`${op}_sv`],
    rows: { vv: k[`${op}_rows_vv`], vs: k[`${op}_rows_vs`], sv: k[`${op}_rows_sv`] },
    o,
    a: aAt,
    b: bAt,
  };
}

const NO_ROW_STEPS = [0, 0, 0];

/**
 * One run of `o = a op b`: SIMD when the output is contiguous and each input is contiguous or
 * one repeated element, else the JavaScript kernel.
 */
export function runSimdBinary(
  p: SimdPlan, kernel: BinaryKernel, o: Storage, a: Storage, b: Storage,
  pos: number[], steps: number[], n: number,
): void {
  if (!runSimdPlane(p, { rows: 1, n, steps, rowSteps: NO_ROW_STEPS }, pos)) {
    kernel(o, pos[0], steps[0], a, pos[1], steps[1], b, pos[2], steps[2], n);
  }
}

/**
 * `o = a op b` over a plane of runs in one call, when the output's runs are contiguous and
 * back to back and each input steps by 1 or 0 within a run; false otherwise. `pos` holds the
 * operands' buffer positions of the first element.
 */
export function runSimdPlane(p: SimdPlan, plane: Plane, pos: readonly number[]): boolean {
  const { rows, n, steps, rowSteps } = plane;
  if (steps[0] !== 1 || (rows > 1 && rowSteps[0] !== n)) return false;
  const o = p.o + 8 * pos[0];
  const [a, b] = [p.a + 8 * pos[1], p.b + 8 * pos[2]];
  const [ar, br] = [8 * rowSteps[1], 8 * rowSteps[2]];
  if (steps[1] === 1 && steps[2] === 1) p.rows.vv(o, a, ar, b, br, rows, n);
  else if (steps[1] === 1 && steps[2] === 0) p.rows.vs(o, a, ar, b, br, rows, n);
  else if (steps[1] === 0 && steps[2] === 1) p.rows.sv(o, b, br, a, ar, rows, n);
  else return false;
  return true;
}
