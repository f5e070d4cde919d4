/** `skimage.io.imsave`: synchronous image encoding through sharp (in a worker thread). */
import { statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { uint8 } from "../../np/dtype";
import { FileNotFoundError, IndexError, OSError, ValueError } from "../../errors";
import { NDArrayLike, asNDArray, shapeStr, warn } from "../_internal/arrays";
import { rgb2gray, rgba2rgb } from "../color/gray";
import { dtype_limits } from "../util/dtype";
import { encodeSync } from "./codec";
import type { EncodeRequest } from "./worker";
import { badUri, quotePath } from "./imread";
import { PyArgs, pyfunction, signature } from "../../signature";
import { IMAGE } from "../_internal/bind";

/** Keyword arguments of imsave. */
export interface ImsaveOptions {
  fname?: string;
  arr?: NDArrayLike;
  /** Only None: the encoder is sharp (imageio's plugins are not available). */
  plugin?: null;
  /** Warn "<fname> is a low contrast image" as scikit-image does (default true). */
  check_contrast?: boolean;
  /** JPEG (default 75), WebP (80) and AVIF quality, 1-100: one of imageio's plugin arguments. */
  quality?: number | null;
}

// Of the plugin arguments (Python's **plugin_args) only `quality` is provided
const IMSAVE = signature("skimage.io.imsave(fname, arr, plugin=None, check_contrast=True, *, quality=None)", {
  types: { arr: IMAGE, check_contrast: "bool", quality: "int|None" },
  unsupported: ["plugin"],
});

const FORMATS: Record<string, EncodeRequest["format"]> = {
  ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".jpe": "jpeg", ".webp": "webp",
  ".tif": "tiff", ".tiff": "tiff", ".gif": "gif", ".avif": "avif",
};

/** np.percentile with linear interpolation, over a sorted copy. */
function percentiles(values: Float64Array, qs: number[]): number[] {
  const sorted = values.slice().sort();
  const n = sorted.length;
  return qs.map((q) => {
    const pos = (q / 100) * (n - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  });
}

/** `skimage.exposure.is_low_contrast` with its defaults (fraction 0.05, percentiles 1 and 99). */
function isLowContrast(image: NDArray): boolean {
  let img = image;
  if (img.ndim === 3 && (img.shape[2] === 3 || img.shape[2] === 4)) {
    if (img.shape[2] === 4) img = rgba2rgb(img);
    img = rgb2gray(img);
  }
  if (img.size === 0) return true;
  const [dmin, dmax] = dtype_limits(img);
  const values = new Float64Array(contiguousStorage(img));
  const [lo, hi] = percentiles(values, [1, 99]);
  return (hi - lo) / (dmax - dmin) < 0.05;
}

/** imageio's `image_as_uint`: the samples as uint8 (or uint16 where the format keeps them). */
function asUint(a: NDArray, bits: 8 | 16): Uint8Array | Uint16Array {
  const src = contiguousStorage(a);
  const n = src.length;
  const out = bits === 8 ? new Uint8Array(n) : new Uint16Array(n);
  const name = a.dtype.name;
  const target = bits === 8 ? "uint8" : "uint16";
  if (name === target) {
    out.set(src);
    return out;
  }
  const top = 2 ** bits - 1;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = src[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const lossy = (detail: string) =>
    warn(`Lossy conversion from ${name} to ${target}. ${detail} Convert image to ${target} prior to saving to suppress this warning.`);
  // np.nanmin / np.nanmax: all-NaN images have no range
  if (a.dtype.kind === "f" && lo <= hi && lo >= 0 && hi <= 1) {
    lossy("Range [0, 1].");
    for (let i = 0; i < n; i++) out[i] = Math.trunc(src[i] * top + 0.499999999);
    return out;
  }
  if (name === "uint16" || name === "uint32" || name === "uint64") {
    const shift = (name === "uint16" ? 16 : name === "uint32" ? 32 : 64) - bits;
    lossy(`Losing ${shift} bits of resolution.`);
    const d = 2 ** shift;
    for (let i = 0; i < n; i++) out[i] = Math.floor(src[i] / d);
    return out;
  }
  if (!Number.isFinite(lo)) throw new ValueError("Minimum image value is not finite");
  if (!Number.isFinite(hi)) throw new ValueError("Maximum image value is not finite");
  if (hi === lo) throw new ValueError("Max value == min value, ambiguous given dtype");
  lossy(`Range [${lo}, ${hi}].`);
  for (let i = 0; i < n; i++) out[i] = Math.trunc(((src[i] - lo) / (hi - lo)) * top + 0.499999999);
  return out;
}

/**
 * `skimage.io.imsave(fname, arr, plugin=None, check_contrast=True, **plugin_args)`: writes an image file,
 * synchronously; the format comes from the extension (.png, .jpg/.jpeg, .webp, .tif/.tiff,
 * .gif, .avif). Booleans are saved as 0/255; other dtypes are converted as imageio does (floats
 * in [0, 1] scaled to 255, otherwise min-max scaled, with a lossy-conversion warning). uint16
 * is kept for gray PNG and for TIFF. `quality` (1-100) applies to JPEG (default 75), WebP (80)
 * and AVIF. Warns "<fname> is a low contrast image" as scikit-image does.
 */
export function imsave(fname: string, arr: NDArrayLike, ...rest: PyArgs<[plugin: null, check_contrast: boolean, options: ImsaveOptions], ImsaveOptions>): void;
export function imsave(...args: unknown[]): void {
  const { fname, arr, check_contrast, quality } = IMSAVE.bind(args) as { fname: string; arr: NDArrayLike; check_contrast: boolean; quality: number | null };
  const options = { check_contrast, quality: quality ?? undefined };
  if (typeof fname !== "string") throw badUri(fname);
  const format = FORMATS[extname(fname).toLowerCase()];
  if (format === undefined) throw new ValueError("Could not find a format to write the specified file in mode 'i'");
  let image = asNDArray(arr, "arr");
  const channels = image.ndim === 2 ? 1 : image.ndim === 3 ? image.shape[2] : 0;
  // imageio's Pillow writer: gray (2-D), RGB or RGBA
  if (channels !== 1 && channels !== 3 && channels !== 4) {
    throw new ValueError(`Image must be 2D (grayscale, RGB, or RGBA). Got an array of shape ${shapeStr(image.shape)}`);
  }
  if (image.size === 0) {
    // what NumPy says on the way: a percentile of nothing (the contrast check), or its maximum
    if (check_contrast) throw new IndexError("cannot do a non-empty take from an empty axes.");
    throw new ValueError("zero-size array to reduction operation maximum which has no identity");
  }
  if (options.quality !== undefined && !(options.quality >= 1 && options.quality <= 100)) {
    if (format === "jpeg") throw new ValueError(`JPEG quality should be between 1 and 100. Got ${options.quality}`);
    throw new ValueError(`quality must be between 1 and 100, got ${options.quality}`);
  }
  if (image.dtype.kind === "b") {
    warn(`${fname} is a boolean image: setting True to 255 and False to 0. To silence this warning, please convert the image using img_as_ubyte.`);
    const src = contiguousStorage(image);
    const out = new Uint8Array(src.length);
    for (let i = 0; i < src.length; i++) out[i] = src[i] ? 255 : 0;
    image = NDArray.fromStorage(out, image.shape.slice(), uint8);
  }
  if (options.check_contrast !== false && isLowContrast(image)) warn(`${fname} is a low contrast image`);
  const keep16 = image.dtype.name === "uint16" && (format === "tiff" || (format === "png" && channels === 1));
  const pixels = asUint(image, keep16 ? 16 : 8);
  const dir = resolve(dirname(fname) || ".");
  try {
    statSync(dir);
  } catch {
    throw new FileNotFoundError(`The directory ${quotePath(dir)} does not exist`);
  }
  try {
    encodeSync({ path: fname, format, pixels, height: image.shape[0], width: image.shape[1], channels, quality: options.quality });
  } catch (err) {
    throw new OSError(`Cannot write image file ${quotePath(fname)}: ${(err as Error).message}`);
  }
}
pyfunction(IMSAVE, imsave);
