/** `skimage.io.imread`: synchronous image decoding through sharp (in a worker thread). */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { NDArray } from "../../np/ndarray";
import { uint16, uint8 } from "../../np/dtype";
import { FileNotFoundError, OSError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { rgb2gray, rgba2rgb } from "../color/gray";
import { decodeSync } from "./codec";
import { BOMB_PREFIX } from "./bomb";

/** Pillow's refusal of an image over its pixel limit. */
export class DecompressionBombError extends Error {
  override name = "DecompressionBombError";
}

/** A path as Python prints it in a message: 'name'. */
export function quotePath(path: string): string {
  return `'${path}'`;
}

/** imageio's refusal of a file no plugin can read (a directory, an empty file, not an image). */
const NO_FORMAT = "Could not find a format to read the specified file in mode 'i'";

/** imageio's refusal of a `uri` that is not a path. */
export function badUri(uri: unknown): OSError {
  const text = Array.isArray(uri) ? `[${uri.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ")}]` : uri === null || uri === undefined ? "None" : String(uri);
  return new OSError(`Cannot understand given URI: ${text.slice(0, 60)}.`);
}

/** Checks that `path` names a readable regular file, with imageio's error types and wording. */
export function checkReadable(path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // imageio names the file by its absolute path
    if (code === "ENOENT" || code === "ENOTDIR") throw new FileNotFoundError(`No such file: ${quotePath(resolve(path))}`);
    throw new OSError(`Cannot read ${quotePath(path)}: ${(err as Error).message}`);
  }
  if (stats.isDirectory() || stats.size === 0) throw new ValueError(NO_FORMAT);
}

/** Decodes a file to an NDArray exactly as stored (uint8/uint16; (H,W), (H,W,3) or (H,W,4)). */
export function readImageFile(path: string): NDArray {
  if (typeof path !== "string") throw badUri(path);
  if (path === "") throw new ValueError(NO_FORMAT);
  checkReadable(path);
  let decoded;
  try {
    decoded = decodeSync(path);
  } catch (err) {
    const reason = (err as Error).message;
    if (reason.startsWith(BOMB_PREFIX)) throw new DecompressionBombError(reason.slice(BOMB_PREFIX.length));
    if (/unsupported image format/.test(reason)) throw new ValueError(NO_FORMAT);
    // Pillow's reason is "image file is truncated" or a decoder error; sharp's names the decoder
    throw new ValueError(`Could not load ${quotePath(path)} \nReason: "${reason.split("\n")[0]}"`);
  }
  const { pixels, height, width, channels } = decoded;
  const shape = channels === 1 ? [height, width] : [height, width, channels];
  return NDArray.fromStorage(pixels, shape, pixels instanceof Uint16Array ? uint16 : uint8);
}

/** Keyword arguments of imread. */
export interface ImreadOptions {
  fname?: string;
  /** Colour images become float64 luminance (RGBA blended onto white first). */
  as_gray?: boolean;
  /** Only None: the decoder is sharp (imageio's plugins are not available). */
  plugin?: null;
}

const IMREAD = signature("skimage.io.imread(fname, as_gray=False, plugin=None)", {
  types: { as_gray: "bool" },
  unsupported: ["plugin"],
});

/**
 * `skimage.io.imread(fname, as_gray=False, plugin=None, **plugin_args)`: loads an image file
 * as an array, synchronously. JPEG, PNG (8/16-bit, gray, palette, alpha), WebP, TIFF, GIF
 * (first frame), AVIF. Returns uint8 or uint16 arrays shaped (H, W), (H, W, 3) or (H, W, 4)
 * as scikit-image's imageio plugin does: palette images, GIFs and gray+alpha come back as RGBA;
 * EXIF orientation is not applied. With `as_gray`, colour images become float64 luminance
 * (RGBA is blended onto white first); gray images are returned unchanged.
 * As imageio: FileNotFoundError for a missing file; ValueError for a directory, an empty or
 * non-image file, and a truncated or corrupt one; DecompressionBombError over Pillow's pixel
 * limit; OSError for a fname that is not a path. `plugin` and plugin arguments are not supported.
 */
export function imread(fname: string, ...rest: PyArgs<[as_gray: boolean, plugin: null, options: ImreadOptions], ImreadOptions>): NDArray;
export function imread(...args: unknown[]): NDArray {
  const { fname, as_gray } = args.length === 1 && typeof args[0] === "string" ? { fname: args[0], as_gray: false } : IMREAD.bind(args);
  let img = readImageFile(fname);
  if (as_gray && img.ndim > 2) {
    if (img.shape[2] === 4) img = rgba2rgb(img);
    img = rgb2gray(img);
  }
  return img;
}
pyfunction(IMREAD, imread);

