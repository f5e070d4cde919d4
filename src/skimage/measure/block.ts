/** `skimage.measure.block_reduce` (0.19). */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { DType, bool, float64, int64, uint64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { pairwiseSum } from "../_internal/correlate";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

/** The reductions block_reduce takes, by NumPy's name (or a function of the block's values). */
export type BlockFunc = "sum" | "mean" | "median" | "max" | "min" | "prod" | ((values: Float64Array) => number);

const BLOCK_REDUCE = signature("skimage.measure.block_reduce(image, block_size=2, func=numpy.sum, cval=0, func_kwargs=None)", {
  types: { image: "array_like", block_size: check("int or tuple of ints", (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger))), func: "str|callable", cval: "float" },
  choices: {},
  defaults: { func: "sum" },
  unsupported: ["func_kwargs"],
});

/** Keyword arguments of block_reduce. */
export interface BlockReduceOptions {
  block_size?: number | readonly number[];
  /** 'sum' (default), 'mean', 'median', 'max', 'min', 'prod', or a function of one block's values. */
  func?: BlockFunc;
  /** Value padding the image to whole blocks. */
  cval?: number;
  func_kwargs?: null;
}

/** The result dtype NumPy's reduction gives for an input dtype. */
function resultType(func: BlockFunc, dt: DType): DType {
  if (typeof func === "function" || func === "mean" || func === "median") return func === "mean" || func === "median" ? (dt.kind === "f" ? dt : float64) : float64;
  if (func === "max" || func === "min") return dt;
  // sum / prod: small ints widen to the platform integer
  if (dt === bool || dt.kind === "i") return dt.itemsize === 8 || dt === bool || dt.kind === "i" ? int64 : dt;
  if (dt.kind === "u") return uint64;
  return dt;
}

/**
 * `skimage.measure.block_reduce(image, block_size=2, func=numpy.sum, cval=0, func_kwargs=None)`:
 * down-samples by applying `func` to each block (the image padded with cval to whole blocks).
 * `func` is named as a string ('sum', 'mean', 'median', 'max', 'min', 'prod') or a function.
 */
export function block_reduce(image: NDArrayLike, ...rest: PyArgs<[block_size: number | readonly number[], func: BlockFunc, cval: number, func_kwargs: null, options: BlockReduceOptions], BlockReduceOptions>): NDArray;
export function block_reduce(...args: unknown[]): NDArray {
  const { image, block_size, func, cval } = BLOCK_REDUCE.bind(args);
  const img = asNDArray(image);
  const ndim = img.ndim;
  const size: number[] = typeof block_size === "number" ? new Array(ndim).fill(block_size) : block_size.slice();
  if (size.length !== ndim) throw new ValueError("`block_size` must be a scalar or have the same length as `image.shape`");
  if (size.some((b) => b < 1)) throw new ValueError("Down-sampling factors must be >= 1. Use `skimage.transform.resize` to up-sample an image.");
  if (typeof func === "string" && !["sum", "mean", "median", "max", "min", "prod"].includes(func)) throw new ValueError(`func must be one of 'sum', 'mean', 'median', 'max', 'min', 'prod' or a function, got '${func}'`);
  const outShape = img.shape.map((d, a) => Math.ceil(d / size[a]));
  const v = readFloat64(img);
  const blockLen = size.reduce((a, b) => a * b, 1);
  const outSize = outShape.reduce((a, b) => a * b, 1);
  const dt = resultType(func, img.dtype);
  if (ndim === 2 && (func === "sum" || func === "mean") && blockLen < 8 && dt === float64) {
    const sums = smallBlockSums2d(v, img.shape[0], img.shape[1], size[0], size[1], cval, outShape[1], outSize);
    if (func === "mean") for (let o = 0; o < outSize; o++) sums[o] /= blockLen;
    return NDArray.fromStorage(sums, outShape, float64);
  }
  const out = new Float64Array(outSize);
  const block = new Float64Array(blockLen);
  const strides: number[] = [];
  let step = 1;
  for (let a = ndim - 1; a >= 0; a--) {
    strides[a] = step;
    step *= img.shape[a];
  }
  const oi = new Array<number>(ndim).fill(0);
  const bi = new Array<number>(ndim).fill(0);
  for (let o = 0; o < outSize; o++) {
    bi.fill(0);
    for (let k = 0; k < blockLen; k++) {
      let inside = true;
      let p = 0;
      for (let a = 0; a < ndim; a++) {
        const c = oi[a] * size[a] + bi[a];
        if (c >= img.shape[a]) inside = false;
        p += c * strides[a];
      }
      block[k] = inside ? v[p] : cval;
      for (let a = ndim - 1; a >= 0; a--) {
        if (++bi[a] < size[a]) break;
        bi[a] = 0;
      }
    }
    out[o] = reduce(func, block);
    for (let a = ndim - 1; a >= 0; a--) {
      if (++oi[a] < outShape[a]) break;
      oi[a] = 0;
    }
  }
  const storage = new dt.storage(outSize);
  storage.set(dt.kind === "f" ? out : out.map(Math.trunc));
  return NDArray.fromStorage(storage, outShape, dt);
}
pyfunction(BLOCK_REDUCE, block_reduce);

/**
 * Sums of by x bx blocks of a 2-D image (cval past its edges), each added one value at a time
 * in the block's row order from 0, as pairwiseSum adds fewer than 8 values.
 */
function smallBlockSums2d(v: Float64Array, h: number, w: number, by: number, bx: number, cval: number, outW: number, outSize: number): Float64Array {
  const out = uninitStorage(Float64Array, outSize) as Float64Array;
  for (let o = 0; o < outSize; o++) {
    const r0 = Math.floor(o / outW) * by;
    const c0 = (o % outW) * bx;
    let s = 0;
    for (let r = r0; r < r0 + by; r++) {
      for (let c = c0; c < c0 + bx; c++) s += r < h && c < w ? v[r * w + c] : cval;
    }
    out[o] = s;
  }
  return out;
}

function reduce(func: BlockFunc, b: Float64Array): number {
  if (typeof func === "function") return func(b.slice());
  switch (func) {
    case "sum":
      return pairwiseSum(b, 0, b.length);
    case "mean":
      return pairwiseSum(b, 0, b.length) / b.length;
    case "max":
      return b.reduce((a, x) => (x > a || Number.isNaN(x) ? x : a), -Infinity);
    case "min":
      return b.reduce((a, x) => (x < a || Number.isNaN(x) ? x : a), Infinity);
    case "prod":
      return b.reduce((a, x) => a * x, 1);
    default: {
      const s = b.slice().sort();
      const n = s.length;
      return n % 2 ? s[n >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
  }
}
