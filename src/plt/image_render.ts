/**
 * imshow's pixels on the output grid: 2-D data is resampled first and colormapped after (as
 * matplotlib's default interpolation_stage='data' does), RGB(A) data is resampled per channel.
 */
import { PyTypeError } from "../errors";
import type { NDArrayLike } from "./data";
import { directColor, mapScalar, MapOptions, normLimits, RgbaImage, storageOf } from "./image";
import { chooseKernel, Kernel, resample } from "./resample";

/** The data of an image: 2-D values to colormap, or RGBA bytes. */
type Source =
  | { kind: "scalar"; values: Float64Array; width: number; height: number }
  | { kind: "rgba"; rgba: Uint8Array; width: number; height: number };

function sourceOf(X: NDArrayLike): Source {
  const { values, shape, integer } = storageOf(X);
  const [height, width] = shape;
  if (shape.length === 2 || (shape.length === 3 && shape[2] === 1)) {
    return { kind: "scalar", values: values instanceof Float64Array ? values : Float64Array.from(values), width, height };
  }
  if (shape.length === 3 && (shape[2] === 3 || shape[2] === 4)) {
    return { kind: "rgba", rgba: directColor(values, height, width, shape[2], integer).rgba, width, height };
  }
  throw new PyTypeError(`Invalid shape (${shape.join(", ")}${shape.length === 1 ? "," : ""}) for image data`);
}

function resampleRgba(rgba: Uint8Array, w: number, h: number, outW: number, outH: number, kernel: Kernel): Uint8Array {
  const n = w * h;
  let opaque = true;
  for (let i = 3; i < rgba.length && opaque; i += 4) opaque = rgba[i] === 255;
  const m = outW * outH;
  const bytes = new Uint8Array(m * 4);
  if (!opaque) {
    const out = resample(rgba, 4, w, h, outW, outH, kernel);
    for (let i = 0; i < out.length; i++) bytes[i] = Math.round(out[i]); // Uint8Array clamps
    return bytes;
  }
  // an opaque image: three channels to resample, alpha stays 255
  const rgb = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) {
    rgb[i * 3] = rgba[i * 4];
    rgb[i * 3 + 1] = rgba[i * 4 + 1];
    rgb[i * 3 + 2] = rgba[i * 4 + 2];
  }
  const out = resample(rgb, 3, w, h, outW, outH, kernel);
  for (let i = 0; i < m; i++) {
    bytes[i * 4] = Math.round(out[i * 3]);
    bytes[i * 4 + 1] = Math.round(out[i * 3 + 1]);
    bytes[i * 4 + 2] = Math.round(out[i * 3 + 2]);
    bytes[i * 4 + 3] = 255;
  }
  return bytes;
}

/**
 * The image's RGBA pixels resampled to `outW` x `outH` with the kernel matplotlib picks for
 * `interpolation` when the image is shown `dispW` x `dispH` device pixels large.
 */
export function renderImage(X: NDArrayLike, map: MapOptions, defaultCmap: string, interpolation: string, outW: number, outH: number, dispW = outW, dispH = outH): RgbaImage & { srcWidth: number; srcHeight: number } {
  const src = sourceOf(X);
  const { width, height } = src;
  if (width === 0 || height === 0) throw new PyTypeError(`Invalid shape (${height}, ${width}) for image data`);
  const kernel = chooseKernel(interpolation, width, height, dispW, dispH);
  if (src.kind === "scalar") {
    const limits = normLimits(src.values, map);
    const plane = outW === width && outH === height && kernel === "nearest" ? src.values : resample(src.values, 1, width, height, outW, outH, kernel);
    return { ...mapScalar(plane, outH, outW, map, defaultCmap, limits), srcWidth: width, srcHeight: height };
  }
  const rgba = outW === width && outH === height && kernel === "nearest" ? src.rgba : resampleRgba(src.rgba, width, height, outW, outH, kernel);
  return { rgba, width: outW, height: outH, srcWidth: width, srcHeight: height };
}
