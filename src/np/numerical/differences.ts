/**
 * Differences: np.diff (n-th discrete difference with prepend/append), np.ediff1d and
 * np.gradient (second-order central differences, first- or second-order edges, uniform or
 * coordinate spacing per axis), following NumPy's formulas.
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { PyTypeError, ValueError } from "../../errors";
import { can_cast } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { concatenate, broadcast_to } from "../manipulate";
import { not_equal, subtract } from "../ufuncs/binary";
import { AXIS } from "../params";
import { normalizeAxes, normalizeAxis } from "../shape";
import { alongAxis, floatResult, fromRowsLast, rowsLast } from "./axis-view";

const NO_VALUE: unique symbol = Symbol("<no value>");

const DIFF = signature("numpy.diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>)", {
  types: { n: "int", axis: "int" },
  defaults: { prepend: NO_VALUE, append: NO_VALUE },
});
const EDIFF1D = signature("numpy.ediff1d(ary, to_end=None, to_begin=None)");
const GRADIENT = signature("numpy.gradient(f, *varargs, axis=None, edge_order=1)", { types: { axis: AXIS, edge_order: "int" } });

/** Keywords of np.diff. */
export interface DiffOptions {
  a?: ArrayLike;
  n?: number;
  axis?: number;
  prepend?: ArrayLike;
  append?: ArrayLike;
}

/** prepend/append as NumPy widens them: a scalar becomes a length-1 slab along the axis. */
function slab(v: ArrayLike, a: NDArray, axis: number): NDArray {
  const arr = asarray(v);
  if (arr.ndim > 0) return arr;
  const shape = a.shape.slice();
  shape[axis] = 1;
  return broadcast_to(arr, shape);
}

/** `numpy.diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>)`: out[i] = a[i+1] - a[i] along axis, n times (bool: a[i+1] != a[i]). */
export function diff(a: ArrayLike, ...rest: PyArgs<[n: number, axis: number, prepend: ArrayLike, append: ArrayLike, options: DiffOptions], DiffOptions>): NDArray;
export function diff(...args: unknown[]): NDArray {
  const b = DIFF.bind(args);
  const n: number = b.n;
  if (n === 0) return asarray(b.a);
  if (n < 0) throw new ValueError(`order must be non-negative but got ${n}`);
  let a = asarray(b.a);
  if (a.ndim === 0) throw new ValueError("diff requires input that is at least one dimensional");
  const axis = normalizeAxis(b.axis, a.ndim);
  const parts: NDArray[] = [];
  if (b.prepend !== NO_VALUE) parts.push(slab(b.prepend, a, axis));
  parts.push(a);
  if (b.append !== NO_VALUE) parts.push(slab(b.append, a, axis));
  if (parts.length > 1) a = concatenate(parts, axis);
  const op = a.dtype.kind === "b" ? not_equal : subtract;
  for (let k = 0; k < n; k++) a = op(alongAxis(a, axis, "1:"), alongAxis(a, axis, ":-1"));
  return a;
}
pyfunction(DIFF, diff);

/** `numpy.ediff1d(ary, to_end=None, to_begin=None)`: differences of the flattened array, with values before and after. */
export function ediff1d(ary: ArrayLike, ...rest: PyArgs<[to_end: ArrayLike | null, to_begin: ArrayLike | null, options: { ary?: ArrayLike; to_end?: ArrayLike | null; to_begin?: ArrayLike | null }], { ary?: ArrayLike; to_end?: ArrayLike | null; to_begin?: ArrayLike | null }>): NDArray;
export function ediff1d(...args: unknown[]): NDArray {
  const b = EDIFF1D.bind(args);
  const flat = asarray(b.ary).reshape(-1);
  const d = subtract(flat.get("1:"), flat.get(":-1"));
  const edge = (v: ArrayLike | null, name: string): NDArray | null => {
    if (v === null) return null;
    const e = asarray(v);
    if (!can_cast(e.dtype, flat.dtype, "same_kind")) throw new PyTypeError(`dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
    return astype(e.reshape(-1), flat.dtype);
  };
  const begin = edge(b.to_begin, "to_begin");
  const end = edge(b.to_end, "to_end");
  if (begin === null && end === null) return d;
  return concatenate([begin, d, end].filter((x): x is NDArray => x !== null));
}
pyfunction(EDIFF1D, ediff1d);

/** Keywords of np.gradient. */
export interface GradientOptions {
  axis?: number | readonly number[] | null;
  edge_order?: 1 | 2;
}

/** One axis's spacing: a scalar step, or the differences of coordinates (uniform ones collapse to a step). */
function spacingOf(v: ArrayLike, length: number): number | Float64Array {
  const arr = asarray(v);
  if (arr.ndim === 0) return Number(arr.item());
  if (arr.ndim !== 1) throw new ValueError("distances must be either scalars or 1d");
  if (arr.size !== length) throw new ValueError("when 1d, distances must match the length of the corresponding dimension");
  const x = Float64Array.from(astype(arr, "float64").tolist() as number[]);
  const dx = new Float64Array(x.length - 1);
  for (let i = 0; i < dx.length; i++) dx[i] = x[i + 1] - x[i];
  return dx.every((v) => v === dx[0]) ? dx[0] : dx;
}

/** The gradient of rows of length n (axis last) with spacing h. */
function gradientRows(f: Float64Array, n: number, h: number | Float64Array, edgeOrder: number): Float64Array {
  const g = new Float64Array(f.length);
  const uniform = typeof h === "number";
  for (let r = 0; r < f.length; r += n) {
    for (let i = 1; i < n - 1; i++) {
      if (uniform) {
        g[r + i] = (f[r + i + 1] - f[r + i - 1]) / (2 * h);
      } else {
        const d1 = h[i - 1];
        const d2 = h[i];
        const a = -d2 / (d1 * (d1 + d2));
        const b = (d2 - d1) / (d1 * d2);
        const c = d1 / (d2 * (d1 + d2));
        g[r + i] = a * f[r + i - 1] + b * f[r + i] + c * f[r + i + 1];
      }
    }
    const first = r;
    const last = r + n - 1;
    if (edgeOrder === 1) {
      g[first] = (f[first + 1] - f[first]) / (uniform ? h : h[0]);
      g[last] = (f[last] - f[last - 1]) / (uniform ? h : h[n - 2]);
    } else if (uniform) {
      g[first] = (-1.5 / h) * f[first] + (2 / h) * f[first + 1] + (-0.5 / h) * f[first + 2];
      g[last] = (0.5 / h) * f[last - 2] + (-2 / h) * f[last - 1] + (1.5 / h) * f[last];
    } else {
      let d1 = h[0];
      let d2 = h[1];
      g[first] = (-(2 * d1 + d2) / (d1 * (d1 + d2))) * f[first] + ((d1 + d2) / (d1 * d2)) * f[first + 1] + (-d1 / (d2 * (d1 + d2))) * f[first + 2];
      d1 = h[n - 3];
      d2 = h[n - 2];
      g[last] = (d2 / (d1 * (d1 + d2))) * f[last - 2] + (-(d2 + d1) / (d1 * d2)) * f[last - 1] + ((2 * d2 + d1) / (d2 * (d1 + d2))) * f[last];
    }
  }
  return g;
}

/**
 * `numpy.gradient(f, *varargs, axis=None, edge_order=1)`: central differences inside,
 * one-sided differences (first or second order) at the edges; varargs give one spacing for
 * every axis or one per axis (a step, or coordinates). One array for one axis, else a list.
 */
export function gradient(f: ArrayLike, ...varargs: (ArrayLike | GradientOptions)[]): NDArray | NDArray[];
export function gradient(...args: unknown[]): NDArray | NDArray[] {
  const b = GRADIENT.bind(args);
  const a = asarray(b.f);
  const axes = normalizeAxes(b.axis, a.ndim);
  const edgeOrder: number = b.edge_order;
  if (edgeOrder !== 1 && edgeOrder !== 2) throw new ValueError("'edge_order' greater than 2 not supported");
  const varargs = b.varargs as ArrayLike[];
  if (varargs.length !== 0 && varargs.length !== 1 && varargs.length !== axes.length) throw new PyTypeError("invalid number of arguments");
  const dt = floatResult(a.dtype);
  const out = axes.map((axis, k) => {
    const n = a.shape[axis];
    if (n < edgeOrder + 1) {
      throw new ValueError("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
    }
    const h = varargs.length === 0 ? 1 : spacingOf(varargs.length === 1 ? varargs[0] : varargs[k], n);
    const { data, shape } = rowsLast(a, axis);
    return fromRowsLast(gradientRows(data, n, h, edgeOrder), shape, axis, dt);
  });
  return out.length === 1 ? out[0] : out;
}
pyfunction(GRADIENT, gradient);
