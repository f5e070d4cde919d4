/**
 * NumPy's assert_array_compare: the shape check, NaN and infinity positions that must agree,
 * the elementwise comparison, and on failure the "Mismatched elements" report with the
 * largest absolute and relative differences.
 */
import { AssertionError } from "../../errors";
import { DType, bool, float64, resultTypeOf } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { broadcast_to } from "../manipulate";
import { broadcastShapes, sameShape } from "../shape";
import { array2string } from "../format/repr";
import { buildErrMsg, pyG } from "./messages";

/** How one assertion compares and reports. */
export interface CompareSpec {
  /** Elementwise test over the values left after NaN/inf positions are set aside. */
  compare: (x: Float64Array, y: Float64Array) => boolean[];
  header: string;
  errMsg: string;
  verbose: boolean;
  precision?: number;
  equalNan?: boolean;
  equalInf?: boolean;
  strict?: boolean;
}

function shapeTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

function values(a: NDArray, shape: readonly number[]): Float64Array {
  return Float64Array.from(contiguousStorage(astype(broadcast_to(a, shape), float64)) as Float64Array);
}

/** A number printed as NumPy prints a 0-d array of dtype dt. */
function scalarText(v: number, dt: DType): string {
  const storage = new dt.storage(1);
  storage[0] = v;
  return array2string(NDArray.fromStorage(storage, [], dt), 75, " ", "");
}

/** Raises AssertionError when x and y fail the comparison, with NumPy's message. */
export function assertArrayCompare(xIn: ArrayLike, yIn: ArrayLike, spec: CompareSpec): void {
  const x = asarray(xIn);
  const y = asarray(yIn);
  const precision = spec.precision ?? 6;
  const fail = (errMsg: string): never => {
    throw new AssertionError(buildErrMsg([x, y], errMsg, spec.header, spec.verbose, ["x", "y"], precision));
  };
  const cond = spec.strict ? sameShape(x.shape, y.shape) && x.dtype === y.dtype : x.ndim === 0 || y.ndim === 0 || sameShape(x.shape, y.shape);
  if (!cond) {
    fail(spec.errMsg + (sameShape(x.shape, y.shape)
      ? `\n(dtypes ${x.dtype.name}, ${y.dtype.name} mismatch)`
      : `\n(shapes ${shapeTuple(x.shape)}, ${shapeTuple(y.shape)} mismatch)`));
  }
  const shape = broadcastShapes([x.shape, y.shape]);
  const xs = values(x, shape);
  const ys = values(y, shape);
  const n = xs.length;
  // positions set aside (NaN in both, +inf in both, -inf in both); a 0-d operand flags all or nothing
  const flagged = new Uint8Array(n);
  const checks: [string, (v: number) => boolean][] = [];
  if (spec.equalNan ?? true) checks.push(["nan", (v) => v !== v]);
  if (spec.equalInf ?? true) checks.push(["+inf", (v) => v === Infinity], ["-inf", (v) => v === -Infinity]);
  for (const [name, test] of checks) {
    for (let i = 0; i < n; i++) {
      const p = test(xs[i]);
      if (p !== test(ys[i])) fail(spec.errMsg + `\nx and y ${name} location mismatch:`);
      if (p) flagged[i] = 1;
    }
  }
  const scalarFlags = x.ndim === 0 || y.ndim === 0;
  if (scalarFlags && n > 0 && flagged[0] === 1) return;
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (scalarFlags || flagged[i] === 0) keep.push(i);
  if (keep.length === 0) return;
  const kx = Float64Array.from(keep, (i) => xs[i]);
  const ky = Float64Array.from(keep, (i) => ys[i]);
  const ok = spec.compare(kx, ky);
  const mismatched = ok.filter((v) => !v).length;
  if (mismatched === 0) return;
  const total = scalarFlags ? ok.length : n;
  const remarks = [`Mismatched elements: ${mismatched} / ${total} (${pyG((100 * mismatched) / total, 3)}%)`];
  if (!(x.dtype === bool && y.dtype === bool)) {
    const diffType = resultTypeOf([{ dtype: x.dtype, scalar: false, value: 0 }, { dtype: y.dtype, scalar: false, value: 0 }]);
    let maxAbs = -Infinity;
    let maxRel = -Infinity;
    let anyNonzero = false;
    for (let i = 0; i < kx.length; i++) {
      const e = Math.abs(kx[i] - ky[i]);
      maxAbs = e !== e || maxAbs !== maxAbs ? NaN : Math.max(maxAbs, e);
      if (ky[i] !== 0) {
        anyNonzero = true;
        const r = e / Math.abs(ky[i]);
        maxRel = r !== r || maxRel !== maxRel ? NaN : Math.max(maxRel, r);
      }
    }
    const relType = diffType.kind === "f" ? diffType : float64;
    remarks.push(`Max absolute difference: ${scalarText(maxAbs, diffType)}`);
    remarks.push(`Max relative difference: ${scalarText(anyNonzero ? maxRel : Infinity, relType)}`);
  }
  fail(spec.errMsg + "\n" + remarks.join("\n"));
}
