/**
 * Image dtype conversions with scikit-image 0.19's exact scaling and rounding
 * (skimage.util.dtype: img_as_float, img_as_float32, img_as_ubyte, img_as_uint, img_as_int,
 * img_as_bool, dtype_limits).
 */
import { uninitStorage } from "../../np/alloc";
import { scaleBytesSimd, scaleBytesToFloat32Simd } from "../_internal/simd_bytes";
import { floatToIntSimd, greaterThanSimd } from "../_internal/simd_float_to_int";
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, Storage, bool, float32, float64, int16, uint16, uint8 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { IMAGE, plainCall } from "../_internal/bind";
import { PyArgs, Signature, pyfunction, signature } from "../../signature";

const INT_RANGES: Record<string, [number, number]> = {
  int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647],
  int64: [-9223372036854775808, 9223372036854775807],
  uint8: [0, 255], uint16: [0, 65535], uint32: [0, 4294967295], uint64: [0, 18446744073709551615],
};

function range(dt: DType): [number, number] {
  if (dt.kind === "b") return [0, 1];
  if (dt.kind === "f") return [-1, 1];
  return INT_RANGES[dt.name];
}

const DTYPE_LIMITS = signature("skimage.util.dtype_limits(image, clip_negative=False)", {
  types: { image: IMAGE, clip_negative: "bool" },
});

/**
 * `skimage.util.dtype_limits(image, clip_negative=False)`: the (min, max) intensity range of
 * the image's dtype: [-1, 1] for floats, the integer limits for integers, [0, 1] for bool
 * (Python's (False, True)).
 */
export function dtype_limits(
  image: NDArrayLike, ...rest: PyArgs<[clip_negative: boolean, options: { image?: NDArrayLike; clip_negative?: boolean }], { image?: NDArrayLike; clip_negative?: boolean }>
): [number, number];
export function dtype_limits(): [number, number] {
  let image = arguments[0] as NDArrayLike;
  let clipNegative = false;
  if (!plainCall(arguments, 1)) ({ image, clip_negative: clipNegative } = DTYPE_LIMITS.bind(arguments));
  const [lo, hi] = range(asNDArray(image).dtype);
  return [clipNegative ? 0 : lo, hi];
}
pyfunction(DTYPE_LIMITS, dtype_limits);

/** Integer part of value / 2**shift, floored (np.floor_divide on integers). */
function floorDiv(v: number, divisor: number): number {
  return Math.floor(v / divisor);
}

function maxOf(src: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < src.length; i++) if (src[i] > m) m = src[i];
  return m;
}

/** scikit-image's `_scale`: integers from n to m bits, as values (the result dtype is the caller's). */
function scaleBits(src: ArrayLike<number>, n: number, m: number, fromName: string): Float64Array {
  const out = new Float64Array(src.length);
  if (n > m) {
    const max = maxOf(src);
    if (max < 2 ** m) {
      const mnew = Math.ceil(m / 2) * 2;
      const name = mnew > m ? `int${mnew}` : `uint${mnew}`;
      warn(`Downcasting ${fromName} to ${name} without scaling because max value ${max} fits in ${name}`);
      for (let i = 0; i < src.length; i++) out[i] = src[i];
      return out;
    }
    const d = 2 ** (n - m);
    for (let i = 0; i < src.length; i++) out[i] = floorDiv(src[i], d);
    return out;
  }
  if (n === m) {
    for (let i = 0; i < src.length; i++) out[i] = src[i];
    return out;
  }
  if (m % n === 0) {
    const f = Math.floor((2 ** m - 1) / (2 ** n - 1));
    for (let i = 0; i < src.length; i++) out[i] = src[i] * f;
    return out;
  }
  const o = (Math.floor(m / n) + 1) * n;
  const f = Math.floor((2 ** o - 1) / (2 ** n - 1));
  const d = 2 ** (o - m);
  for (let i = 0; i < src.length; i++) out[i] = floorDiv(src[i] * f, d);
  return out;
}

/** Round half to even, as np.rint. */
/** out[i] = src[i] * f, four per step (V8 runs the plain loop about a third slower). */
function scaleUint8(src: Uint8Array, f: number, out: Float64Array): void {
  const n = src.length;
  let i = scaleBytesSimd(src, out, f) ? n - (n % 16) : 0;
  for (; i + 3 < n; i += 4) {
    out[i] = src[i] * f;
    out[i + 1] = src[i + 1] * f;
    out[i + 2] = src[i + 2] * f;
    out[i + 3] = src[i + 3] * f;
  }
  for (; i < n; i++) out[i] = src[i] * f;
}

function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Adding and subtracting 1.5 * 2**52 rounds a double of magnitude below 2**51 to an integer,
 * half to even, as np.rint (the sum has no bits left for a fraction).
 */
const ROUNDER = 6755399441055744;

/**
 * out[i] = clip(rint(src[i] * mul - sub), min, max): float64 to integers (unsigned: mul the
 * maximum, sub 0; signed: mul half the span, sub 0.5). Returns the input's (min, max, any NaN)
 * for the range check.
 */
function floatToInt(src: Float64Array, out: Storage, mul: number, sub: number, min: number, max: number): [number, number, boolean] {
  let lo = Infinity;
  let hi = -Infinity;
  let nan = false;
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (v !== v) nan = true;
    const x = v * mul - sub;
    const r = x < 2251799813685248 && x > -2251799813685248 ? x + ROUNDER - ROUNDER : rint(x);
    out[i] = r < min ? min : r > max ? max : r;
  }
  return [lo, hi, nan];
}

/** out[i] = src[i] > thr (float64 to bool). */
function greaterThan(src: Float64Array, thr: number, out: Uint8Array): void {
  if (greaterThanSimd(src, out, thr)) return;
  for (let i = 0; i < src.length; i++) out[i] = src[i] > thr ? 1 : 0;
}

/** scikit-image's `_convert(image, dtype, force_copy)`. */
export function convert(image: NDArray, out: DType, force_copy = false): NDArray {
  const inDt = image.dtype;
  const shape = image.shape.slice();
  if (inDt === out) return force_copy ? copyOf(image) : image;
  const src = contiguousStorage(image);
  const n = src.length;
  const result = uninitStorage(out.storage, n);
  if (out.kind === "b") {
    // image > dtype_in(range_max / 2): the threshold is cast to the input type first.
    const half = range(inDt)[1] / 2;
    const thr = inDt.kind === "f" ? (inDt === float32 ? Math.fround(half) : half) : Math.trunc(half);
    if (src instanceof Float64Array) greaterThan(src, thr, result as Uint8Array);
    else for (let i = 0; i < n; i++) result[i] = src[i] > thr ? 1 : 0;
    return NDArray.fromStorage(result, shape, bool);
  }
  if (inDt.kind === "b") {
    const mult = out.kind === "f" ? 1 : range(out)[1];
    for (let i = 0; i < n; i++) result[i] = src[i] ? mult : 0;
    return NDArray.fromStorage(result, shape, out);
  }
  if (inDt.kind === "f") {
    if (out.kind === "f") {
      result.set(src);
      return NDArray.fromStorage(result, shape, out);
    }
    const [omin, omax] = range(out);
    if (src instanceof Float64Array) {
      // one pass: the range check looks at what the loop read
      const uint = out.kind === "u";
      const [mul, sub] = uint ? [omax, 0] : [(omax - omin) / 2, 0.5];
      const small = result instanceof Uint8Array || result instanceof Uint16Array || result instanceof Int16Array;
      const simd = small ? floatToIntSimd(src, result, mul, sub, omin, omax) : null;
      const [lo, hi, nan] = simd !== null ? [simd[0], simd[1], false] : floatToInt(src, result, mul, sub, omin, omax);
      if (!nan && n > 0 && (lo < -1 || hi > 1)) throw new ValueError("Images of type float must be between -1 and 1.");
      return NDArray.fromStorage(result, shape, out);
    }
    let lo = Infinity;
    let hi = -Infinity;
    let nan = false;
    for (let i = 0; i < n; i++) {
      const v = src[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      if (v !== v) nan = true;
    }
    if (!nan && n > 0 && (lo < -1 || hi > 1)) throw new ValueError("Images of type float must be between -1 and 1.");
    // Computed in the input's float type unless the output needs more bits.
    const single = inDt === float32 && out.itemsize <= 4;
    const r = single ? Math.fround : (x: number) => x;
    if (out.kind === "u") {
      for (let i = 0; i < n; i++) {
        const v = rint(r(src[i] * omax));
        result[i] = v < omin ? omin : v > omax ? omax : v;
      }
    } else {
      const scale = r((omax - omin) / 2);
      for (let i = 0; i < n; i++) {
        const v = rint(r(r(src[i] * scale) - 0.5));
        result[i] = v < omin ? omin : v > omax ? omax : v;
      }
    }
    return NDArray.fromStorage(result, shape, out);
  }
  const [imin, imax] = range(inDt);
  if (out.kind === "f") {
    // Computed in float32 when the output is float32 and the input fits, else float64.
    const single = out === float32 && inDt.itemsize <= 4;
    if (single && src instanceof Uint8Array && result instanceof Float32Array) {
      // the store rounds the product to float32, as Math.fround would (SIMD: a float32 product)
      const f = Math.fround(1 / imax);
      const head = scaleBytesToFloat32Simd(src, result, f) ? n - (n % 16) : 0;
      for (let i = head; i < n; i++) result[i] = src[i] * f;
    } else if (single) {
      const f = Math.fround(1 / imax);
      for (let i = 0; i < n; i++) {
        const v = Math.fround(src[i] * f);
        result[i] = inDt.kind === "i" && v < -1 ? -1 : v;
      }
    } else if (src instanceof Uint8Array && result instanceof Float64Array) {
      // photos: a loop of its own stays monomorphic (the generic one sees every storage type)
      scaleUint8(src, 1 / imax, result);
    } else {
      const f = 1 / imax;
      for (let i = 0; i < n; i++) {
        const v = src[i] * f;
        result[i] = inDt.kind === "i" && v < -1 ? -1 : v;
      }
    }
    return NDArray.fromStorage(result, shape, out);
  }
  const bitsIn = 8 * inDt.itemsize;
  const bitsOut = 8 * out.itemsize;
  const [omin] = range(out);
  let values: Float64Array;
  if (inDt.kind === "u") {
    values = scaleBits(src, bitsIn, out.kind === "i" ? bitsOut - 1 : bitsOut, inDt.name);
  } else if (out.kind === "u") {
    values = scaleBits(src, bitsIn - 1, bitsOut, inDt.name);
    for (let i = 0; i < n; i++) if (values[i] < 0) values[i] = 0;
  } else if (inDt.itemsize > out.itemsize) {
    values = scaleBits(src, bitsIn - 1, bitsOut - 1, inDt.name);
  } else {
    const shifted = new Float64Array(n);
    for (let i = 0; i < n; i++) shifted[i] = src[i] - imin;
    values = scaleBits(shifted, bitsIn, bitsOut, inDt.name);
    for (let i = 0; i < n; i++) values[i] += omin;
  }
  result.set(values);
  return NDArray.fromStorage(result, shape, out);
}

function copyOf(a: NDArray): NDArray {
  const src = contiguousStorage(a);
  const data = uninitStorage(a.dtype.storage, src.length);
  data.set(src);
  return NDArray.fromStorage(data, a.shape.slice(), a.dtype);
}

/** Keyword arguments of the img_as_* conversions. */
export interface ForceCopyOptions {
  image?: NDArrayLike;
  /** Return a new array even when the input already has the wanted dtype. */
  force_copy?: boolean;
}

type ForceCopyArgs = PyArgs<[force_copy: boolean, options: ForceCopyOptions], ForceCopyOptions>;

function conversionSignature(name: string): Signature {
  return signature(`skimage.util.${name}(image, force_copy=False)`, { types: { image: IMAGE, force_copy: "bool" } });
}

/** The (image, force_copy) of a conversion call, binding only when more than the image was given. */
function imageAndCopy(sig: Signature, args: ArrayLike<unknown>): [NDArray, boolean] {
  if (plainCall(args, 1)) return [asNDArray(args[0] as NDArrayLike), false];
  const { image, force_copy } = sig.bind(args);
  return [asNDArray(image), Boolean(force_copy)];
}

const IMG_AS_FLOAT = conversionSignature("img_as_float");
/**
 * `skimage.util.img_as_float(image, force_copy=False)`: floats stay as they are (float32
 * stays float32); integers scale to [0, 1] (unsigned) or [-1, 1] (signed) as float64.
 */
export function img_as_float(image: NDArrayLike, ...rest: ForceCopyArgs): NDArray;
export function img_as_float(): NDArray {
  const [a, forceCopy] = imageAndCopy(IMG_AS_FLOAT, arguments);
  if (a.dtype.kind === "f") return forceCopy ? copyOf(a) : a;
  return convert(a, float64, forceCopy);
}
pyfunction(IMG_AS_FLOAT, img_as_float);

const IMG_AS_FLOAT64 = conversionSignature("img_as_float64");
/** `skimage.util.img_as_float64(image, force_copy=False)`: as img_as_float, always float64. */
export function img_as_float64(image: NDArrayLike, ...rest: ForceCopyArgs): NDArray;
export function img_as_float64(): NDArray {
  const [a, forceCopy] = imageAndCopy(IMG_AS_FLOAT64, arguments);
  return convert(a, float64, forceCopy);
}
pyfunction(IMG_AS_FLOAT64, img_as_float64);

const IMG_AS_FLOAT32 = conversionSignature("img_as_float32");
/** `skimage.util.img_as_float32(image, force_copy=False)`: to float32, scaled as img_as_float. */
export function img_as_float32(image: NDArrayLike, ...rest: ForceCopyArgs): NDArray;
export function img_as_float32(): NDArray {
  const [a, forceCopy] = imageAndCopy(IMG_AS_FLOAT32, arguments);
  return convert(a, float32, forceCopy);
}
pyfunction(IMG_AS_FLOAT32, img_as_float32);

const IMG_AS_UBYTE = conversionSignature("img_as_ubyte");
/**
 * `skimage.util.img_as_ubyte(image, force_copy=False)`: to uint8 in [0, 255]. Floats must lie
 * in [-1, 1] (ValueError otherwise); negative values clip to 0; rounding is to nearest.
 */
export function img_as_ubyte(image: NDArrayLike, ...rest: ForceCopyArgs): NDArray;
export function img_as_ubyte(): NDArray {
  const [a, forceCopy] = imageAndCopy(IMG_AS_UBYTE, arguments);
  return convert(a, uint8, forceCopy);
}
pyfunction(IMG_AS_UBYTE, img_as_ubyte);

const IMG_AS_UINT = conversionSignature("img_as_uint");
/** `skimage.util.img_as_uint(image, force_copy=False)`: to uint16 in [0, 65535]. */
export function img_as_uint(image: NDArrayLike, ...rest: ForceCopyArgs): NDArray;
export function img_as_uint(): NDArray {
  const [a, forceCopy] = imageAndCopy(IMG_AS_UINT, arguments);
  return convert(a, uint16, forceCopy);
}
pyfunction(IMG_AS_UINT, img_as_uint);

const IMG_AS_INT = conversionSignature("img_as_int");
/** `skimage.util.img_as_int(image, force_copy=False)`: to int16 in [-32768, 32767]. */
export function img_as_int(image: NDArrayLike, ...rest: ForceCopyArgs): NDArray;
export function img_as_int(): NDArray {
  const [a, forceCopy] = imageAndCopy(IMG_AS_INT, arguments);
  return convert(a, int16, forceCopy);
}
pyfunction(IMG_AS_INT, img_as_int);

const IMG_AS_BOOL = conversionSignature("img_as_bool");
/** `skimage.util.img_as_bool(image, force_copy=False)`: True where the value exceeds half the dtype's maximum. */
export function img_as_bool(image: NDArrayLike, ...rest: ForceCopyArgs): NDArray;
export function img_as_bool(): NDArray {
  const [a, forceCopy] = imageAndCopy(IMG_AS_BOOL, arguments);
  return convert(a, bool, forceCopy);
}
pyfunction(IMG_AS_BOOL, img_as_bool);
