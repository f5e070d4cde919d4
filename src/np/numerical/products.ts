/**
 * Vector and tensor products: np.cross (2- and 3-vectors along any axes), np.kron and
 * np.tensordot, built on the ufuncs and np.dot.
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { multiply, subtract } from "../ufuncs/binary";
import { stack } from "../manipulate";
import { dot } from "../linalg";
import { ascontiguousarray } from "../contiguous";
import { normalizeAxis, shapeSize } from "../shape";

const CROSS = signature("numpy.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)", {
  types: { axisa: "int", axisb: "int", axisc: "int", axis: ["int", "None"] },
});
const KRON = signature("numpy.kron(a, b)");
const TENSORDOT = signature("numpy.tensordot(a, b, axes=2)");

/** Keywords of np.cross. */
export interface CrossOptions {
  a?: ArrayLike;
  b?: ArrayLike;
  axisa?: number;
  axisb?: number;
  axisc?: number;
  axis?: number | null;
}

/** `a` with `axis` moved last. */
function axisLast(a: NDArray, axis: number): NDArray {
  const ax = normalizeAxis(axis, a.ndim);
  const perm = Array.from({ length: a.ndim }, (_, i) => i).filter((i) => i !== ax);
  return a.transpose([...perm, ax]);
}

/** `numpy.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)`: cross products of 2- or 3-vectors (2 x 2 gives the z component only). */
export function cross(a: ArrayLike, b: ArrayLike, ...rest: PyArgs<[axisa: number, axisb: number, axisc: number, axis: number | null, options: CrossOptions], CrossOptions>): NDArray;
export function cross(...args: unknown[]): NDArray {
  const bound = CROSS.bind(args);
  let { axisa, axisb, axisc } = bound;
  if (bound.axis !== null) axisa = axisb = axisc = bound.axis;
  const x = axisLast(asarray(bound.a), axisa);
  const y = axisLast(asarray(bound.b), axisb);
  const m = x.shape[x.ndim - 1];
  const n = y.shape[y.ndim - 1];
  if ((m !== 2 && m !== 3) || (n !== 2 && n !== 3)) {
    throw new ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  }
  const c = (v: NDArray, i: number) => v.get("...", i);
  const [a0, a1] = [c(x, 0), c(x, 1)];
  const [b0, b1] = [c(y, 0), c(y, 1)];
  const z = subtract(multiply(a0, b1), multiply(a1, b0));
  if (m === 2 && n === 2) return z;
  // a missing third component is zero
  const cx = m === 3 && n === 3 ? subtract(multiply(a1, c(y, 2)), multiply(c(x, 2), b1))
    : m === 3 ? multiply(c(x, 2), b1).negative()
    : multiply(a1, c(y, 2));
  const cy = m === 3 && n === 3 ? subtract(multiply(c(x, 2), b0), multiply(a0, c(y, 2)))
    : m === 3 ? multiply(c(x, 2), b0)
    : multiply(a0, c(y, 2)).negative();
  const out = stack([cx, cy, z], -1);
  const ax = normalizeAxis(axisc, out.ndim);
  const perm = Array.from({ length: out.ndim - 1 }, (_, i) => i);
  perm.splice(ax, 0, out.ndim - 1);
  return ascontiguousarray(out.transpose(perm));
}
pyfunction(CROSS, cross);

/** `numpy.kron(a, b)`: the Kronecker product, blocks a[i, j] * b. */
export function kron(a: ArrayLike, b: ArrayLike): NDArray;
export function kron(...args: unknown[]): NDArray {
  const bound = KRON.bind(args);
  const x = asarray(bound.a);
  const y = asarray(bound.b);
  const nd = Math.max(x.ndim, y.ndim);
  const xs = [...new Array(nd - x.ndim).fill(1), ...x.shape];
  const ys = [...new Array(nd - y.ndim).fill(1), ...y.shape];
  // interleave the axes: x as (x0, 1, x1, 1, ...), y as (1, y0, 1, y1, ...)
  const wideX = x.reshape(xs.flatMap((s) => [s, 1]));
  const wideY = y.reshape(ys.flatMap((s) => [1, s]));
  return multiply(wideX, wideY).reshape(xs.map((s, i) => s * ys[i]));
}
pyfunction(KRON, kron);

/** `numpy.tensordot(a, b, axes=2)`: sums a * b over the last `axes` axes of a and the first of b, or over the axes pairs given. */
export function tensordot(a: ArrayLike, b: ArrayLike, ...rest: PyArgs<[axes: number | readonly [number | readonly number[], number | readonly number[]], options: { a?: ArrayLike; b?: ArrayLike; axes?: number | readonly [number | readonly number[], number | readonly number[]] }], { a?: ArrayLike; b?: ArrayLike; axes?: number | readonly [number | readonly number[], number | readonly number[]] }>): NDArray;
export function tensordot(...args: unknown[]): NDArray {
  const bound = TENSORDOT.bind(args);
  const x = asarray(bound.a);
  const y = asarray(bound.b);
  let axesA: number[];
  let axesB: number[];
  if (typeof bound.axes === "number") {
    const k = bound.axes;
    axesA = Array.from({ length: k }, (_, i) => x.ndim - k + i);
    axesB = Array.from({ length: k }, (_, i) => i);
  } else {
    const [pa, pb] = bound.axes as [number | number[], number | number[]];
    axesA = typeof pa === "number" ? [pa] : [...pa];
    axesB = typeof pb === "number" ? [pb] : [...pb];
  }
  if (axesA.length !== axesB.length) throw new ValueError("shape-mismatch for sum");
  axesA = axesA.map((v) => (v < 0 ? v + x.ndim : v));
  axesB = axesB.map((v) => (v < 0 ? v + y.ndim : v));
  for (let i = 0; i < axesA.length; i++) if (x.shape[axesA[i]] !== y.shape[axesB[i]]) throw new ValueError("shape-mismatch for sum");
  const freeA = Array.from({ length: x.ndim }, (_, i) => i).filter((i) => !axesA.includes(i));
  const freeB = Array.from({ length: y.ndim }, (_, i) => i).filter((i) => !axesB.includes(i));
  const summed = shapeSize(axesA.map((i) => x.shape[i]));
  const left = x.transpose([...freeA, ...axesA]).reshape([shapeSize(freeA.map((i) => x.shape[i])), summed]);
  const right = y.transpose([...axesB, ...freeB]).reshape([summed, shapeSize(freeB.map((i) => y.shape[i]))]);
  return dot(left, right).reshape([...freeA.map((i) => x.shape[i]), ...freeB.map((i) => y.shape[i])]);
}
pyfunction(TENSORDOT, tensordot);
