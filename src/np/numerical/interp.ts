/**
 * np.interp (piecewise-linear, with left/right fill values and periodic abscissae) and
 * np.trapz (the trapezoidal rule along an axis, step or sample points).
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { ValueError } from "../../errors";
import { float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { add, divide, multiply } from "../ufuncs/binary";
import { diff } from "./differences";
import { alongAxis } from "./axis-view";
import { normalizeAxis } from "../shape";

const INTERP = signature("numpy.interp(x, xp, fp, left=None, right=None, period=None)", {
  types: { left: ["float", "None"], right: ["float", "None"], period: ["float", "None"] },
});
const TRAPZ = signature("numpy.trapz(y, x=None, dx=1.0, axis=-1)", { types: { dx: "float", axis: "int" } });

/** Keywords of np.interp. */
export interface InterpOptions {
  x?: ArrayLike;
  xp?: ArrayLike;
  fp?: ArrayLike;
  left?: number | null;
  right?: number | null;
  period?: number | null;
}

function floats(a: ArrayLike): Float64Array {
  return Float64Array.from(contiguousStorage(astype(asarray(a), float64)) as Float64Array);
}

/** Python's float modulo (the result has the divisor's sign). */
function pyMod(x: number, p: number): number {
  const r = x % p;
  return r !== 0 && r < 0 !== p < 0 ? r + p : r;
}

/** The last j with xp[j] <= x (xp increasing; x inside [xp[0], xp[last])). */
function bracket(xp: Float64Array, x: number): number {
  let lo = 0;
  let hi = xp.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xp[mid] <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** `numpy.interp(x, xp, fp, left=None, right=None, period=None)`: one-dimensional linear interpolation of (xp, fp) at x, as float64. */
export function interp(x: ArrayLike, xp: ArrayLike, fp: ArrayLike, ...rest: PyArgs<[left: number | null, right: number | null, period: number | null, options: InterpOptions], InterpOptions>): NDArray;
export function interp(...args: unknown[]): NDArray {
  const b = INTERP.bind(args);
  const xa = asarray(b.x);
  const xpa = asarray(b.xp);
  const fpa = asarray(b.fp);
  if (xpa.ndim !== 1 || fpa.ndim !== 1) throw new ValueError("object too deep for desired array");
  if (xpa.size !== fpa.size) throw new ValueError("fp and xp are not of the same length.");
  if (xpa.size === 0) throw new ValueError("array of sample points is empty");
  let xs = floats(xa);
  let xp = floats(xpa);
  let fp = floats(fpa);
  let left: number | null = b.left;
  let right: number | null = b.right;
  if (b.period !== null) {
    if (b.period === 0) throw new ValueError("period must be a non-zero value");
    const period = Math.abs(b.period);
    left = right = null;
    xs = xs.map((v) => pyMod(v, period));
    const order = Array.from(xp, (v, i) => [pyMod(v, period), i] as const).sort((p, q) => p[0] - q[0]);
    const k = order.length;
    const px = new Float64Array(k + 2);
    const pf = new Float64Array(k + 2);
    order.forEach(([v, i], j) => {
      px[j + 1] = v;
      pf[j + 1] = fp[i];
    });
    px[0] = px[k] - period;
    pf[0] = pf[k];
    px[k + 1] = px[1] + period;
    pf[k + 1] = pf[1];
    xp = px;
    fp = pf;
  }
  const n = xp.length;
  const lo = left ?? fp[0];
  const hi = right ?? fp[n - 1];
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (v !== v) out[i] = v;
    else if (v < xp[0]) out[i] = lo;
    else if (v > xp[n - 1]) out[i] = hi;
    else if (v === xp[n - 1]) out[i] = fp[n - 1];
    else {
      const j = bracket(xp, v);
      if (xp[j] === v) {
        out[i] = fp[j]; // exact hits skip a possibly non-finite slope
        continue;
      }
      const slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
      let r = slope * (v - xp[j]) + fp[j];
      // NumPy's fallbacks where the slope is infinite or NaN
      if (r !== r) {
        r = slope * (v - xp[j + 1]) + fp[j + 1];
        if (r !== r && fp[j] === fp[j + 1]) r = fp[j];
      }
      out[i] = r;
    }
  }
  return NDArray.fromStorage(out, xa.shape, float64);
}
pyfunction(INTERP, interp);

/** Keywords of np.trapz. */
export interface TrapzOptions {
  y?: ArrayLike;
  x?: ArrayLike | null;
  dx?: number;
  axis?: number;
}

/** `numpy.trapz(y, x=None, dx=1.0, axis=-1)`: the integral of y along axis by the trapezoidal rule (sample points x or step dx). */
export function trapz(y: ArrayLike, ...rest: PyArgs<[x: ArrayLike | null, dx: number, axis: number, options: TrapzOptions], TrapzOptions>): NDArray | number;
export function trapz(...args: unknown[]): NDArray | number {
  const b = TRAPZ.bind(args);
  const ya = asarray(b.y);
  const axis = normalizeAxis(b.axis, ya.ndim);
  let d: NDArray | number = b.dx;
  if (b.x !== null) {
    const xa = asarray(b.x);
    if (xa.ndim === 1) {
      const shape = new Array(ya.ndim).fill(1);
      shape[axis] = xa.shape[0] - 1;
      d = diff(xa).reshape(shape);
    } else {
      d = diff(xa, { axis });
    }
  }
  const mids = divide(multiply(d, add(alongAxis(ya, axis, "1:"), alongAxis(ya, axis, ":-1"))), 2.0);
  const r = add.reduce(mids, axis);
  return r.ndim === 0 ? (r.item() as number) : r;
}
pyfunction(TRAPZ, trapz);
