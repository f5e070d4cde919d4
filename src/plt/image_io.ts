/**
 * plt.imread / plt.imsave on the project's image codecs: imread returns a PNG as float32 in
 * [0, 1] (16-bit ones divided by 65535) and other formats as their uint8 arrays, as matplotlib
 * does through Pillow; imsave colormaps 2-D data (vmin / vmax / cmap / origin) or writes RGB(A)
 * data, always as an RGBA PNG.
 */
import { openSync, readSync, closeSync } from "node:fs";
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { NDArray } from "../np/ndarray";
import { float32, uint8 } from "../np/dtype";
import { readImageFile } from "../skimage/io/imread";
import { imsave as writeImage } from "../skimage/io/imsave";
import type { Colormap } from "./colormaps";
import type { NDArrayLike } from "./data";
import { directColor, mapScalar, storageOf } from "./image";
import { mplsig } from "./pysig";
import { rcParams } from "./rcparams";
import { resolveCmap } from "./cmap_arg";

const IMREAD = mplsig("matplotlib.pyplot.imread(fname, format=None)", { types: { fname: "str" }, unsupported: ["format"] });
const IMSAVE = mplsig("matplotlib.pyplot.imsave(fname, arr, vmin=None, vmax=None, cmap=None, format=None, origin=None, dpi=100, *, metadata=None, pil_kwargs=None)", {
  types: { fname: "str", vmin: "float|None", vmax: "float|None", format: "str|None", origin: "str|None" },
  inList: { origin: [null, "upper", "lower"] },
  // dpi and metadata only fill PNG text / physical-size chunks plt's writer does not emit
  unsupported: ["dpi", "metadata", "pil_kwargs"],
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(path: string): boolean {
  const head = Buffer.alloc(8);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  return PNG_SIGNATURE.every((b, i) => head[i] === b);
}

/** `plt.imread(fname, format=None)`: an image file as an array: PNG as float32 in [0, 1], other formats as uint8. */
export function imread(fname: string, format?: null): NDArray;
export function imread(): NDArray {
  const { fname } = IMREAD.bind(arguments);
  const img = readImageFile(fname);
  if (!isPng(fname)) return img;
  const scale = img.dtype.name === "uint16" ? 65535 : 255;
  const src = img.astype("float64").data as Float64Array;
  const out = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[i] / scale;
  return NDArray.fromStorage(out, img.shape.slice(), float32);
}

/** Options of `plt.imsave`. */
export interface ImsaveOptions {
  vmin?: number | null;
  vmax?: number | null;
  cmap?: string | Colormap | null;
  format?: "png" | null;
  origin?: "upper" | "lower" | null;
  dpi?: number;
  metadata?: null;
  pil_kwargs?: null;
}

/**
 * `plt.imsave(fname, arr, vmin=None, vmax=None, cmap=None, format=None, origin=None, dpi=100, *, metadata=None, pil_kwargs=None)`:
 * writes an array as an RGBA PNG: 2-D data through the colormap (limits default to the data's range), RGB(A) data as is.
 */
export function imsave(fname: string, arr: NDArrayLike, options?: ImsaveOptions): void;
export function imsave(): void {
  const b = IMSAVE.bind(arguments);
  const format = b.format ?? (/\.([^./\\]+)$/.exec(b.fname)?.[1] ?? "png").toLowerCase();
  if (format !== "png") throw new NotImplementedError(`imsave() format '${format}' is not supported yet (PNG only)`);
  const { values, shape, integer } = storageOf(b.arr);
  const [height, width] = shape;
  let rgba: Uint8Array;
  if (shape.length === 2) {
    rgba = mapScalar(values, height, width, { cmap: resolveCmap(b.cmap, "cmap"), vmin: b.vmin, vmax: b.vmax }, String(rcParams["image.cmap"])).rgba;
  } else if (shape.length === 3 && (shape[2] === 3 || shape[2] === 4)) {
    rgba = directColor(values, height, width, shape[2], integer).rgba;
  } else {
    throw new ValueError(`Third dimension must be 3 or 4`);
  }
  if ((b.origin ?? rcParams["image.origin"]) === "lower") {
    const row = width * 4;
    const flipped = new Uint8Array(rgba.length);
    for (let y = 0; y < height; y++) flipped.set(rgba.subarray(y * row, (y + 1) * row), (height - 1 - y) * row);
    rgba = flipped;
  }
  writeImage(b.fname, NDArray.fromStorage(rgba, [height, width, 4], uint8), { check_contrast: false });
}

pyfunction(IMREAD, imread);
pyfunction(IMSAVE, imsave);
