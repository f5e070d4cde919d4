/**
 * np.prod of complex arrays with every keyword: one axis, several or none (axis=()), keepdims,
 * a complex dtype (the elements cast first), out (written and returned), initial (the starting
 * value) and where (masked-out elements count as 1). A real dtype is the real reduction of the
 * cast elements (stats.ts).
 */
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { DType } from "../dtype";
import { normalizeAxes } from "../shape";
import { masked, toOut } from "../reduce/masked";
import { Complex } from "./scalar";
import { rowProduct } from "./reduce";

/** The keywords as prod's signature bound them (<no value> defaults are symbols). */
export interface ComplexProdOptions {
  axis?: number | readonly number[] | null;
  keepdims?: unknown;
  out?: NDArray | null;
  initial?: unknown;
  where?: unknown;
}

const given = (v: unknown) => v !== undefined && v !== null && typeof v !== "symbol";

/** The starting value: 1, or `initial` (a number, boolean or complex scalar). */
function startOf(initial: unknown): [number, number] {
  if (!given(initial)) return [1, 0];
  if (initial instanceof Complex) return [initial.re, initial.im];
  const z = asarray(initial as ArrayLike);
  const v = z.dtype.kind === "c" ? (z.item() as unknown as Complex) : null;
  return v === null ? [Number(z.item()), 0] : [v.re, v.im];
}

/** The product of the complex array `a` (already of the result dtype `dt`) as np.prod computes it. */
export function complexProduct(a: NDArray, dt: DType, opts: ComplexProdOptions | undefined): NDArray | Complex {
  const axisArg = opts?.axis ?? null;
  const keepdims = opts?.keepdims === true;
  const arr = given(opts?.where) && opts?.where !== true ? masked(a, opts?.where as ArrayLike, 1) : a;
  const axes = normalizeAxes(axisArg, arr.ndim);
  const rest = arr.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  // the reduced axes last, in C order: rows of k values
  const moved = astype(arr.transpose([...rest, ...axes]), dt);
  const k = axes.reduce((p, ax) => p * arr.shape[ax], 1);
  const kept = rest.map((i) => arr.shape[i]);
  const rows = kept.reduce((p, d) => p * d, 1);
  const [sr, si] = startOf(opts?.initial);
  const out = new dt.storage(rows);
  for (let r = 0; r < rows; r++) [out[2 * r], out[2 * r + 1]] = rowProduct(moved.data, r * k, k, sr, si);
  const shape = keepdims ? arr.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : kept;
  const result = NDArray.fromStorage(out, shape, dt);
  if (given(opts?.out)) return toOut(result, opts?.out) as NDArray;
  return shape.length === 0 ? new Complex(out[0], out[1], dt) : result;
}
