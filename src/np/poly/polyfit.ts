/** np.polyfit: least-squares polynomial fit, NumPy's column scaling and lstsq, with its full/cov outputs. */
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { float32 } from "../dtype";
import { divide, multiply } from "../ufuncs/binary";
import { asFloat } from "./coeffs";
import { sqrt } from "../ufuncs/unary";
import { sum } from "../reduce/stats";
import { vander } from "../creation/triangles";
import { lstsq } from "../linalg/lstsq";
import { inv } from "../linalg/solve";
import { dot, outer } from "../linalg";
import { newaxis } from "../indexing/parse";
import { PyArgs, pyfunction, signature } from "../../signature";

/** Keyword arguments of np.polyfit. */
export interface PolyfitOptions {
  x?: ArrayLike;
  y?: ArrayLike;
  deg?: number;
  rcond?: number | null;
  full?: boolean;
  w?: ArrayLike | null;
  cov?: boolean | "unscaled";
}

const POLYFIT = signature("numpy.polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)", {
  types: { deg: "int", rcond: "float|None", full: "bool", cov: ["bool", "str"] },
});

/**
 * `numpy.polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)`: the coefficients
 * (highest power first) of the degree-`deg` polynomial that fits y(x) in the least-squares
 * sense, one column per column of a 2-D y. `full` returns `[p, residuals, rank,
 * singular_values, rcond]`; `cov` returns `[p, V]` with the covariance matrix (scaled by
 * the residuals unless `cov` is "unscaled"); `w` weights each point (1/sigma).
 */
export function polyfit(x: ArrayLike, y: ArrayLike, deg: number, ...rest: PyArgs<[rcond: number | null, full: boolean, w: ArrayLike | null, cov: boolean | "unscaled", options: PolyfitOptions], PolyfitOptions>): NDArray | NDArray[] | [NDArray, NDArray, number, NDArray, number];
export function polyfit(...args: unknown[]): NDArray | NDArray[] | [NDArray, NDArray, number, NDArray, number] {
  const b = POLYFIT.bind(args);
  const deg: number = b.deg;
  const order = deg + 1;
  const x = asFloat(asarray(b.x as ArrayLike));
  let y = asFloat(asarray(b.y as ArrayLike));
  if (deg < 0) throw new ValueError("expected deg >= 0");
  if (x.ndim !== 1) throw new PyTypeError("expected 1D vector for x");
  if (x.size === 0) throw new PyTypeError("expected non-empty vector for x");
  if (y.ndim < 1 || y.ndim > 2) throw new PyTypeError("expected 1D or 2D array for y");
  if (x.shape[0] !== y.shape[0]) throw new PyTypeError("expected x and y to have same length");
  const rcond: number = b.rcond ?? x.size * (x.dtype === float32 ? 2 ** -23 : 2 ** -52);
  let lhs = vander(x, order);
  if (b.w !== null) {
    const w = asFloat(asarray(b.w as ArrayLike));
    if (w.ndim !== 1) throw new PyTypeError("expected a 1-d array for weights");
    if (w.shape[0] !== y.shape[0]) throw new PyTypeError("expected w and y to have the same length");
    const column = w.get(":", newaxis);
    lhs = multiply(lhs, column);
    y = multiply(y, y.ndim === 2 ? column : w);
  }
  const scale = sqrt(sum(multiply(lhs, lhs), 0) as NDArray);
  lhs = divide(lhs, scale);
  const [c0, resids, rank, s] = lstsq(lhs, y, rcond);
  const c = divide(c0.T, scale).T;
  if (rank !== order && !b.full) process.emitWarning("Polyfit may be poorly conditioned", { type: "RankWarning" });
  if (b.full) return [c, resids, rank, s, rcond];
  if (b.cov) {
    const base = divide(inv(dot(lhs.T, lhs)), outer(scale, scale));
    let fac: ArrayLike = 1;
    if (b.cov !== "unscaled") {
      if (x.size <= order) throw new ValueError("the number of data points must exceed order to scale the covariance matrix");
      fac = divide(resids, x.size - order);
    }
    return [c, y.ndim === 1 ? multiply(base, fac) : multiply(base.get(":", ":", newaxis), fac)];
  }
  return c;
}

pyfunction(POLYFIT, polyfit);
