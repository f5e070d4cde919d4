/**
 * `skimage.measure` image moments (0.19): moments, moments_central, moments_normalized,
 * moments_hu, centroid, inertia_tensor, inertia_tensor_eigvals.
 */
import { NDArray } from "../../np/ndarray";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { jacobiEigenvalues } from "../_internal/jacobi";
import { rowMomentsSimd } from "../_internal/simd_row_moments";

const CENTER = check("a sequence of floats or None", (v) => v === null || Array.isArray(v) || v instanceof NDArray);
const MOMENTS = signature("skimage.measure.moments(image, order=3)", { types: { image: "array_like", order: "int" } });
// scikit-image 0.19 also takes **kwargs and ignores them; here an unknown keyword is a TypeError
const MOMENTS_CENTRAL = signature("skimage.measure.moments_central(image, center=None, order=3)", {
  types: { image: "array_like", center: CENTER, order: "int" },
});
const MOMENTS_NORMALIZED = signature("skimage.measure.moments_normalized(mu, order=3)", { types: { mu: "array_like", order: "int" } });
const MOMENTS_HU = signature("skimage.measure.moments_hu(nu)", { types: { nu: "array_like" } });
const MOMENTS_COORDS = signature("skimage.measure.moments_coords(coords, order=3)", { types: { coords: "array_like", order: "int" } });
const MOMENTS_COORDS_CENTRAL = signature("skimage.measure.moments_coords_central(coords, center=None, order=3)", { types: { coords: "array_like", center: CENTER, order: "int" } });
const CENTROID = signature("skimage.measure.centroid(image)", { types: { image: "array_like" } });
const INERTIA_TENSOR = signature("skimage.measure.inertia_tensor(image, mu=None)", { types: { image: "array_like", mu: [CENTER, "array_like"] } });
const INERTIA_TENSOR_EIGVALS = signature("skimage.measure.inertia_tensor_eigvals(image, mu=None, T=None)", { types: { image: "array_like", mu: [CENTER, "array_like"], T: [CENTER, "array_like"] } });

/** float32 stays float32, everything else computes in float64 (_supported_float_type). */
function floatTypeOf(img: NDArray) {
  return img.dtype === float32 ? float32 : float64;
}

/**
 * Central moments of `values` (C order, `shape`) about `center`, orders 0..order per axis: the
 * image is contracted one axis at a time against the powers of (index - center), as
 * scikit-image's successive np.dot do.
 */
export function centralMoments(values: Float64Array, shape: readonly number[], center: readonly number[], order: number, single = false): Float64Array {
  const ndim = shape.length;
  const k = order + 1;
  if (ndim === 2 && !single && k <= 4) return planeMoments(values, shape[0], shape[1], center, k);
  const round = single ? Math.fround : (x: number) => x;
  // calc has shape (k,)*dim + shape[dim:]; contract axis `dim` of the remaining input axes
  let calc = values;
  let rest = shape.slice();
  let done = 0;
  for (let dim = 0; dim < ndim; dim++) {
    const n = rest[0];
    const tail = rest.slice(1).reduce((a, b) => a * b, 1);
    const lead = k ** done;
    const powers = new Float64Array(n * k);
    for (let i = 0; i < n; i++) {
      const d = round(i - center[dim]);
      for (let p = 0; p < k; p++) powers[i * k + p] = round(Math.pow(d, p));
    }
    const out = new Float64Array(lead * k * tail);
    // rows of the input streamed in order into k accumulator rows: each sum still adds its
    // terms in index order, as a loop over i innermost would
    for (let l = 0; l < lead; l++) {
      for (let i = 0; i < n; i++) {
        const row = (l * n + i) * tail;
        for (let p = 0; p < k; p++) {
          const w = powers[i * k + p];
          const acc = (l * k + p) * tail;
          for (let t = 0; t < tail; t++) out[acc + t] += calc[row + t] * w;
        }
      }
    }
    if (single) for (let j = 0; j < out.length; j++) out[j] = round(out[j]);
    calc = out;
    rest = rest.slice(1);
    done++;
  }
  return calc;
}

/**
 * centralMoments of a float64 image for orders up to 3: each row's column moments in one pass
 * (four running sums), then the rows' weighted sums. The terms are added in another order
 * than scikit-image's matrix products, so results agree to rounding.
 */
function planeMoments(values: Float64Array, h: number, w: number, center: readonly number[], k: number): Float64Array {
  const dc = new Float64Array(w);
  for (let c = 0; c < w; c++) dc[c] = c - center[1];
  const rowMoments = new Float64Array(4 * h);
  if (k <= 2 && rowMomentsSimd(values, w, h, dc, rowMoments)) {
    // the kernel writes the pairs side by side: spread them to the stride of four
    for (let r = h - 1; r >= 0; r--) {
      rowMoments[4 * r + 1] = rowMoments[2 * r + 1];
      rowMoments[4 * r] = rowMoments[2 * r];
    }
  } else {
    for (let r = 0; r < h; r++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      const row = r * w;
      for (let c = 0; c < w; c++) {
        const v = values[row + c];
        const e = dc[c];
        // v e^q by repeated products, one load per pixel besides v
        const t1 = v * e;
        const t2 = t1 * e;
        s0 += v;
        s1 += t1;
        s2 += t2;
        s3 += t2 * e;
      }
      rowMoments[4 * r] = s0;
      rowMoments[4 * r + 1] = s1;
      rowMoments[4 * r + 2] = s2;
      rowMoments[4 * r + 3] = s3;
    }
  }
  const out = new Float64Array(k * k);
  for (let r = 0; r < h; r++) {
    const d = r - center[0];
    for (let p = 0; p < k; p++) {
      // d^p: the products below the cube are exact roundings already
      const weight = p === 0 ? 1 : p === 1 ? d : p === 2 ? d * d : Math.pow(d, p);
      for (let q = 0; q < k; q++) out[p * k + q] += weight * rowMoments[4 * r + q];
    }
  }
  return out;
}

/** `skimage.measure.moments(image, order=3)`: raw moments M[p, q, ...] = sum image * r^p c^q ... */
export function moments(image: NDArrayLike, ...rest: PyArgs<[order: number, options: { order?: number }], { order?: number }>): NDArray;
export function moments(...args: unknown[]): NDArray {
  const { image, order } = MOMENTS.bind(args);
  const img = asNDArray(image);
  const dt = floatTypeOf(img);
  const m = centralMoments(readFloat64(img), img.shape, new Array(img.ndim).fill(0), order, dt === float32);
  return NDArray.fromStorage(dt === float32 ? new Float32Array(m) : m, new Array(img.ndim).fill(order + 1), dt);
}
pyfunction(MOMENTS, moments);

/** The centroid: first-order moments over the zeroth. */
export function centroidOf(values: Float64Array, shape: readonly number[]): number[] {
  const ndim = shape.length;
  const M = centralMoments(values, shape, new Array(ndim).fill(0), 1);
  const out: number[] = [];
  for (let a = 0; a < ndim; a++) {
    let idx = 0;
    for (let b = 0; b < ndim; b++) idx = idx * 2 + (a === b ? 1 : 0);
    out.push(M[idx] / M[0]);
  }
  return out;
}

/** Keyword arguments of moments_central. */
export interface MomentsCentralOptions {
  center?: readonly number[] | NDArray | null;
  order?: number;
}

/**
 * `skimage.measure.moments_central(image, center=None, order=3, **kwargs)`: moments about
 * `center` (default: the centroid).
 */
export function moments_central(image: NDArrayLike, ...rest: PyArgs<[center: readonly number[] | NDArray | null, order: number, options: MomentsCentralOptions], MomentsCentralOptions>): NDArray;
export function moments_central(...args: unknown[]): NDArray {
  const { image, center, order } = MOMENTS_CENTRAL.bind(args);
  const img = asNDArray(image);
  const values = readFloat64(img);
  const c = center === null ? centroidOf(values, img.shape) : center instanceof NDArray ? Array.from(readFloat64(center)) : (center as number[]);
  const dt = floatTypeOf(img);
  const m = centralMoments(values, img.shape, c, order, dt === float32);
  return NDArray.fromStorage(dt === float32 ? new Float32Array(m) : m, new Array(img.ndim).fill(order + 1), dt);
}
pyfunction(MOMENTS_CENTRAL, moments_central);

/** Normalized moments of central moments `mu` (shape (k,)*ndim). */
export function normalizedMoments(mu: Float64Array, ndim: number, k: number, order: number): Float64Array {
  const nu = new Float64Array(mu.length);
  const mu0 = mu[0];
  const idx = new Array<number>(ndim).fill(0);
  for (let i = 0; i < mu.length; i++) {
    const s = idx.reduce((a, b) => a + b, 0);
    const inRange = idx.every((p) => p <= order);
    if (inRange) nu[i] = s < 2 ? NaN : mu[i] / Math.pow(mu0, s / ndim + 1);
    for (let a = ndim - 1; a >= 0; a--) {
      if (++idx[a] < k) break;
      idx[a] = 0;
    }
  }
  return nu;
}

/** `skimage.measure.moments_normalized(mu, order=3)`: scale-invariant moments (NaN for orders below 2). */
export function moments_normalized(mu: NDArrayLike, ...rest: PyArgs<[order: number, options: { order?: number }], { order?: number }>): NDArray;
export function moments_normalized(...args: unknown[]): NDArray {
  const { mu, order } = MOMENTS_NORMALIZED.bind(args);
  const m = asNDArray(mu, "mu");
  if (m.shape.some((d) => d <= order)) throw new ValueError("Shape of image moments must be >= `order`");
  const nu = normalizedMoments(readFloat64(m), m.ndim, m.shape[0], order);
  const dt = m.dtype === float32 ? float32 : float64;
  return NDArray.fromStorage(dt === float32 ? new Float32Array(nu) : nu, m.shape.slice(), dt);
}
pyfunction(MOMENTS_NORMALIZED, moments_normalized);

/** Hu's seven invariants from normalized moments (k x k, k >= 4), in scikit-image's order of operations. */
export function huMoments(nu: Float64Array, k: number): Float64Array {
  const at = (p: number, q: number) => nu[p * k + q];
  const hu = new Float64Array(7);
  let t0 = at(3, 0) + at(1, 2);
  let t1 = at(2, 1) + at(0, 3);
  let q0 = t0 * t0;
  let q1 = t1 * t1;
  const n4 = 4 * at(1, 1);
  const s = at(2, 0) + at(0, 2);
  const d = at(2, 0) - at(0, 2);
  hu[0] = s;
  hu[1] = d * d + n4 * at(1, 1);
  hu[3] = q0 + q1;
  hu[5] = d * (q0 - q1) + n4 * t0 * t1;
  t0 *= q0 - 3 * q1;
  t1 *= 3 * q0 - q1;
  q0 = at(3, 0) - 3 * at(1, 2);
  q1 = 3 * at(2, 1) - at(0, 3);
  hu[2] = q0 * q0 + q1 * q1;
  hu[4] = q0 * t0 + q1 * t1;
  hu[6] = q1 * t0 - q0 * t1;
  return hu;
}

/** `skimage.measure.moments_hu(nu)`: Hu's seven rotation-invariant moments of 2-D normalized moments. */
export function moments_hu(nu: NDArrayLike): NDArray;
export function moments_hu(...args: unknown[]): NDArray {
  const { nu } = MOMENTS_HU.bind(args);
  const n = asNDArray(nu, "nu");
  if (n.ndim !== 2 || n.shape[0] < 4 || n.shape[1] < 4) throw new ValueError("nu must be a 2-D array of normalized moments of order >= 3");
  const single = n.dtype === float32;
  const values = readFloat64(n);
  const hu = huMoments(values, n.shape[1]);
  return NDArray.fromStorage(single ? new Float32Array(hu) : hu, [7], single ? float32 : float64);
}
pyfunction(MOMENTS_HU, moments_hu);

/** `skimage.measure.centroid(image)`: the intensity-weighted mean position, one value per axis. */
export function centroid(image: NDArrayLike): NDArray;
export function centroid(...args: unknown[]): NDArray {
  const { image } = CENTROID.bind(args);
  const img = asNDArray(image);
  return NDArray.fromStorage(Float64Array.from(centroidOf(readFloat64(img), img.shape)), [img.ndim], float64);
}
pyfunction(CENTROID, centroid);

/** The inertia tensor from central moments mu ((k,)*ndim, k >= 3). */
export function inertiaTensor(mu: Float64Array, ndim: number, k: number): Float64Array {
  const at = (idx: number[]) => mu[idx.reduce((a, b) => a * k + b, 0)];
  const mu0 = at(new Array(ndim).fill(0));
  const T = new Float64Array(ndim * ndim);
  const corners = Array.from({ length: ndim }, (_, a) => at(Array.from({ length: ndim }, (_, b) => (a === b ? 2 : 0))));
  let sum = 0;
  for (const c of corners) sum += c;
  for (let a = 0; a < ndim; a++) T[a * ndim + a] = (sum - corners[a]) / mu0;
  for (let a = 0; a < ndim; a++) {
    for (let b = a + 1; b < ndim; b++) {
      const v = -at(Array.from({ length: ndim }, (_, c) => (c === a || c === b ? 1 : 0))) / mu0;
      T[a * ndim + b] = v;
      T[b * ndim + a] = v;
    }
  }
  return T;
}

/** Eigenvalues of a symmetric matrix, descending, clipped at 0 (cyclic Jacobi; closed form for 2 x 2). */
export function symmetricEigvals(T: Float64Array, n: number): number[] {
  let vals: number[];
  if (n === 1) vals = [T[0]];
  else if (n === 2) {
    const a = T[0];
    const b = T[1];
    const c = T[3];
    const mid = (a + c) / 2;
    const r = Math.hypot((a - c) / 2, b);
    vals = [mid - r, mid + r];
  } else {
    vals = jacobiEigenvalues(Float64Array.from(T), n, 100, 1e-300);
  }
  return vals.map((v) => (v < 0 ? 0 : v)).sort((x, y) => y - x);
}

/** `skimage.measure.inertia_tensor(image, mu=None)`: the inertia tensor (ndim x ndim) from second-order central moments. */
export function inertia_tensor(image: NDArrayLike, ...rest: PyArgs<[mu: NDArrayLike | null, options: { mu?: NDArrayLike | null }], { mu?: NDArrayLike | null }>): NDArray;
export function inertia_tensor(...args: unknown[]): NDArray {
  const { image, mu } = INERTIA_TENSOR.bind(args);
  const img = asNDArray(image);
  const m = mu === null ? null : asNDArray(mu, "mu");
  const values = m ? readFloat64(m) : centralMoments(readFloat64(img), img.shape, centroidOf(readFloat64(img), img.shape), 2);
  const k = m ? m.shape[0] : 3;
  return NDArray.fromStorage(inertiaTensor(values, img.ndim, k), [img.ndim, img.ndim], float64);
}
pyfunction(INERTIA_TENSOR, inertia_tensor);

/** `skimage.measure.inertia_tensor_eigvals(image, mu=None, T=None)`: the tensor's eigenvalues, descending (a list). */
export function inertia_tensor_eigvals(image: NDArrayLike, ...rest: PyArgs<[mu: NDArrayLike | null, T: NDArrayLike | null, options: { mu?: NDArrayLike | null; T?: NDArrayLike | null }], { mu?: NDArrayLike | null; T?: NDArrayLike | null }>): number[];
export function inertia_tensor_eigvals(...args: unknown[]): number[] {
  const { image, mu, T } = INERTIA_TENSOR_EIGVALS.bind(args);
  const img = asNDArray(image);
  let t: Float64Array;
  if (T !== null) t = readFloat64(asNDArray(T, "T"));
  else t = readFloat64(inertia_tensor(img, mu));
  return symmetricEigvals(t, img.ndim);
}
pyfunction(INERTIA_TENSOR_EIGVALS, inertia_tensor_eigvals);

/** Moments of a point set (N, ndim) about `center` (default: the points' mean). */
function coordMoments(coords: NDArrayLike, center: unknown, order: number): NDArray {
  const c = asNDArray(coords, "coords");
  if (c.ndim !== 2) throw new ValueError("The parameter `image` must be a 2-dimensional array");
  const [n, ndim] = c.shape;
  const v = readFloat64(c);
  let ctr: number[];
  if (center === null || center === undefined) {
    ctr = Array.from({ length: ndim }, (_, a) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += v[i * ndim + a];
      return s / n;
    });
  } else {
    ctr = typeof center === "number" ? new Array(ndim).fill(center) : center instanceof NDArray ? Array.from(readFloat64(center)) : (center as number[]);
  }
  const k = order + 1;
  const out = new Float64Array(k ** ndim);
  const powers = new Float64Array(ndim * k);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < ndim; a++) {
      const d = v[i * ndim + a] - ctr[a];
      for (let p = 0; p < k; p++) powers[a * k + p] = Math.pow(d, p);
    }
    const idx = new Array<number>(ndim).fill(0);
    for (let j = 0; j < out.length; j++) {
      let t = 1;
      for (let a = 0; a < ndim; a++) t *= powers[a * k + idx[a]];
      out[j] += t;
      for (let a = ndim - 1; a >= 0; a--) {
        if (++idx[a] < k) break;
        idx[a] = 0;
      }
    }
  }
  return NDArray.fromStorage(out, new Array(ndim).fill(k), float64);
}

/** `skimage.measure.moments_coords(coords, order=3)`: raw moments of a set of points (N, ndim). */
export function moments_coords(coords: NDArrayLike, ...rest: PyArgs<[order: number, options: { order?: number }], { order?: number }>): NDArray;
export function moments_coords(...args: unknown[]): NDArray {
  const { coords, order } = MOMENTS_COORDS.bind(args);
  return coordMoments(coords, 0, order);
}
pyfunction(MOMENTS_COORDS, moments_coords);

/** `skimage.measure.moments_coords_central(coords, center=None, order=3)`: central moments of a set of points (N, ndim). */
export function moments_coords_central(coords: NDArrayLike, ...rest: PyArgs<[center: readonly number[] | NDArray | null, order: number, options: { center?: readonly number[] | NDArray | null; order?: number }], { center?: readonly number[] | NDArray | null; order?: number }>): NDArray;
export function moments_coords_central(...args: unknown[]): NDArray {
  const { coords, center, order } = MOMENTS_COORDS_CENTRAL.bind(args);
  return coordMoments(coords, center, order);
}
pyfunction(MOMENTS_COORDS_CENTRAL, moments_coords_central);
