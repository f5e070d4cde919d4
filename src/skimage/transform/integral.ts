/** `skimage.transform.integral_image` and `integrate` (0.19): summed-area tables. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, DTypeLike, dtype as toDType, float64, int64, uint64 } from "../../np/dtype";
import { DTYPE } from "../../np/params";
import { IndexError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";

const INTEGRAL_IMAGE = signature("skimage.transform.integral_image(image, *, dtype=None)", {
  types: { image: IMAGE, dtype: DTYPE },
});

/** Keyword arguments of integral_image. */
export interface IntegralImageOptions {
  dtype?: DTypeLike | null;
}

/** NumPy's cumsum result type without a dtype: floats at least float64, integers widened to 64 bits. */
function defaultType(dt: DType): DType {
  if (dt.kind === "f") return float64;
  if (dt.kind === "u") return uint64;
  return int64;
}

/**
 * `skimage.transform.integral_image(image, *, dtype=None)`: cumulative sums along every axis
 * in turn, so out[i, j] = image[:i+1, :j+1].sum(). Float images sum in float64, integers in
 * int64 (uint64 for unsigned); a given `dtype` is the accumulator (each partial sum is stored
 * in it, as NumPy's cumsum does).
 */
export function integral_image(image: NDArrayLike, ...rest: PyArgs<[options: IntegralImageOptions], IntegralImageOptions>): NDArray;
export function integral_image(...args: unknown[]): NDArray {
  const b = INTEGRAL_IMAGE.bind(args);
  const img = asNDArray(b.image as NDArrayLike);
  const dt = b.dtype === null ? defaultType(img.dtype) : toDType(b.dtype as DTypeLike);
  const src = contiguousStorage(img);
  const out = new dt.storage(src.length);
  out.set(src);
  const shape = img.shape;
  let inner = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const n = shape[axis];
    const block = n * inner;
    for (let base = 0; base < out.length; base += block) {
      for (let k = base + inner; k < base + block; k++) out[k] = out[k] + out[k - inner];
    }
    inner *= n;
  }
  return NDArray.fromStorage(out, shape.slice(), dt);
}
pyfunction(INTEGRAL_IMAGE, integral_image);

const INTEGRATE = signature("skimage.transform.integrate(ii, start, end)", {
  types: { ii: IMAGE, start: "sequence", end: "sequence" },
});

/**
 * `skimage.transform.integrate(ii, start, end)`: the sums of the image over the boxes from
 * `start` to `end` (inclusive, negative indices count from the end), read from its integral
 * image `ii`. `start` and `end` are one corner ([row, col, ...]) or a list of corners; returns
 * a float64 array with one sum per box.
 */
export function integrate(ii: NDArrayLike, start: readonly number[] | readonly (readonly number[])[], end: readonly number[] | readonly (readonly number[])[]): NDArray;
export function integrate(...args: unknown[]): NDArray {
  const b = INTEGRATE.bind(args);
  const table = asNDArray(b.ii as NDArrayLike, "ii");
  const starts = corners(b.start as never);
  const ends = corners(b.end as never);
  const shape = table.shape;
  const nd = shape.length;
  const fix = (c: number[]): number[] => c.map((v, k) => (v < 0 ? v + shape[k] : v));
  const s0 = starts.map(fix);
  const e0 = ends.map(fix);
  const rows = Math.max(s0.length, e0.length);
  for (let r = 0; r < rows; r++) {
    const s = s0[s0.length === 1 ? 0 : r];
    const e = e0[e0.length === 1 ? 0 : r];
    if (e.some((v, k) => v - s[k] < 0)) throw new IndexError("end coordinates must be greater or equal to start");
  }
  const data = contiguousStorage(table);
  const strides = new Array<number>(nd);
  for (let k = nd - 1, st = 1; k >= 0; k--) {
    strides[k] = st;
    st *= shape[k];
  }
  const out = new Float64Array(rows);
  for (let perm = 0; perm < 1 << nd; perm++) {
    // bit k (from the most significant, as Python's bin() string) set: start - 1 on axis k
    const use = Array.from({ length: nd }, (_, k) => ((perm >> (nd - 1 - k)) & 1) === 1);
    const sign = use.filter(Boolean).length % 2 === 0 ? 1 : -1;
    for (let r = 0; r < rows; r++) {
      const s = s0[s0.length === 1 ? 0 : r];
      const e = e0[e0.length === 1 ? 0 : r];
      if (use.some((u, k) => u && s[k] - 1 < 0)) continue;
      let at = 0;
      for (let k = 0; k < nd; k++) {
        let c = use[k] ? s[k] - 1 : e[k];
        if (c < 0) c += shape[k];
        at += c * strides[k];
      }
      out[r] += sign * data[at];
    }
  }
  return NDArray.fromStorage(out, [rows], float64);
}
pyfunction(INTEGRATE, integrate);

/** One corner or a list of corners, as rows of integers. */
function corners(c: readonly number[] | readonly (readonly number[])[]): number[][] {
  if (c.length > 0 && Array.isArray(c[0])) return (c as readonly (readonly number[])[]).map((row) => row.slice());
  return [(c as readonly number[]).slice()];
}
