/**
 * The WebAssembly SIMD route of float64 add/subtract/multiply/divide: taken when the output
 * lives in the shared heap and each input does too, or is small and contiguous enough to be
 * copied into a scratch block for the call (a row broadcast against a matrix, say), or is a
 * Python number. Large operations are split between the heap threads: every element is the
 * same single IEEE operation whichever thread computes it.
 */
import { Storage, float64, DType } from "./dtype";
import { NDArray } from "./ndarray";
import { BinaryKernel } from "./kernels";
import { isCContiguous } from "./contiguous";
import { heapScratch, largeHeapAddress } from "./heap/heap";
import { Form, SimdOp } from "./wasm/elementwise";
import { HeapTeam, threadShares } from "./threads/team";
import { sharedTeam } from "./threads/shared-team";
import { Plane } from "./iterate";

/**
 * Operations over at least this many elements use every heap thread: waking a helper costs
 * tens of microseconds, a quarter of what one thread spends on this many.
 */
const THREAD_MIN_ELEMENTS = 1 << 18;

/** The operation's kernels and, per operand, the heap byte address its storage index 0 corresponds to. */
export interface SimdPlan {
  team: HeapTeam;
  /** Kernel names by operand form (`{op}_rows_{form}`). */
  rows: Record<Form, string>;
  o: number;
  a: number;
  b: number;
}

/** Where `x.data[0]` is (or would be) in the heap; -1 when the operand can't be reached there. */
function heapBase(x: NDArray | number, slot: 0 | 1): number {
  if (typeof x === "number") {
    const cell = heapScratch(slot, 1);
    if (cell === null) return -1;
    cell[0] = x;
    return cell.byteOffset;
  }
  const d = x.data;
  if (!(d instanceof Float64Array)) return -1;
  const at = largeHeapAddress(d);
  if (at >= 0) return at;
  if (!isCContiguous(x)) return -1;
  const scratch = heapScratch(slot, x.size);
  if (scratch === null) return -1;
  scratch.set(d.subarray(x.offset, x.offset + x.size));
  return scratch.byteOffset - 8 * x.offset;
}

/**
 * The SIMD plan for `target = a op b` (either input may be a Python number, which sits at
 * position 0 of its scratch cell), or null for the JavaScript loop.
 */
export function simdPlan(op: SimdOp | undefined, loop: DType, target: NDArray, a: NDArray | number, b: NDArray | number): SimdPlan | null {
  if (op === undefined || loop !== float64 || !(target.data instanceof Float64Array)) return null;
  const o = largeHeapAddress(target.data);
  if (o < 0) return null;
  const team = sharedTeam();
  if (team === null) return null;
  const aAt = heapBase(a, 0);
  const bAt = heapBase(b, 1);
  return aAt < 0 || bAt < 0 ? null : {
    team,
    rows: { vv: `${op}_rows_vv`, vs: `${op}_rows_vs`, sv: `${op}_rows_sv` },
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
  let form: Form;
  if (steps[1] === 1 && steps[2] === 1) form = "vv";
  else if (steps[1] === 1 && steps[2] === 0) form = "vs";
  else if (steps[1] === 0 && steps[2] === 1) form = "sv";
  else return false;
  const o = p.o + 8 * pos[0];
  const a = p.a + 8 * pos[1];
  const b = p.b + 8 * pos[2];
  const [ar, br] = [8 * rowSteps[1], 8 * rowSteps[2]];
  // the kernels take the array operand first: x runs along the row, y runs (vv) or is one element
  const [x, xs, y, ys] = form === "sv" ? [b, br, a, ar] : [a, ar, b, br];
  const threads = rows * n >= THREAD_MIN_ELEMENTS ? p.team.size() : 1;
  const name = p.rows[form];
  if (rows > 1) {
    p.team.run(name, threadShares(rows, threads, 1).map(([r0, r1]) => [o + 8 * n * r0, x + xs * r0, xs, y + ys * r0, ys, r1 - r0, n]));
  } else {
    const yStep = form === "vv" ? 8 : 0;
    p.team.run(name, threadShares(n, threads, 4).map(([i0, i1]) => [o + 8 * i0, x + 8 * i0, 0, y + yStep * i0, 0, 1, i1 - i0]));
  }
  return true;
}
