/**
 * imshow: its signature and artist. The data is resampled to the pixels it is drawn on with
 * matplotlib's interpolation (image_render.ts), colormapped, and encoded as a PNG data URL.
 */
import type { Normalize } from "./norms";
import { normArg } from "./norm_arg";
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import type { Bound } from "../signature";
import type { ImageArtist } from "./artists";
import type { NDArrayLike } from "./data";
import type { Colormap } from "./colormaps";
import { renderImage } from "./image_render";
import { NDArray } from "../np/ndarray";
import { pngDataUrl } from "./png";
import { rcParams } from "./rcparams";
import { resolveCmap } from "./cmap_arg";
import { checkAlpha } from "./colors";
import { AXES_IMAGE, mplsig, notInList } from "./pysig";

/** matplotlib's interpolation names (`_interpd_` and "antialiased" / "none"). */
export const INTERPOLATIONS = [
  "antialiased", "none", "nearest", "bilinear", "bicubic", "spline16", "spline36", "hanning", "hamming", "hermite",
  "kaiser", "quadric", "catrom", "gaussian", "bessel", "mitchell", "sinc", "lanczos", "blackman",
];

/** The interpolations plt resamples with. */
const DRAWN = ["antialiased", "none", "nearest", "bilinear", "bicubic"];

export const IMSHOW = mplsig(
  "matplotlib.axes.Axes.imshow(X, cmap=None, norm=None, *, aspect=None, interpolation=None, alpha=None, vmin=None, " +
    "vmax=None, origin=None, extent=None, interpolation_stage=None, filternorm=True, filterrad=4.0, resample=None, url=None, " +
    "data=None, clim=None, label=None, zorder=None)",
  {
    types: { aspect: "str|float|None", interpolation: "str|None", alpha: "float|array_like|None", vmin: "float|None", vmax: "float|None", origin: "str|None", extent: "sequence|None", interpolation_stage: "str|None", filternorm: "bool", filterrad: "float", resample: "bool|None", clim: "sequence|None", zorder: "float|None" },
    inList: { interpolation_stage: [null, "data", "rgba"] },
    inListName: { interpolation_stage: "s" },
    unsupported: ["filternorm", "filterrad", "resample", "url", "data"],
    kwargs: AXES_IMAGE,
  },
);

/** Options of `imshow`: matplotlib's parameters and the AxesImage keywords plt draws. */
export interface ImshowOptions {
  X?: NDArrayLike;
  cmap?: string | Colormap | null;
  /** A norm object (plt.colors.LogNorm() ...) mapping the data onto the colormap. */
  norm?: Normalize | null;
  /** "equal" (default) keeps pixels square; "auto" fills the axes; a number is the y/x unit ratio. */
  aspect?: "equal" | "auto" | number | null;
  /** How the image is resampled to the screen: "antialiased" (default), "nearest", "bilinear", ... */
  interpolation?: string | null;
  alpha?: number | null;
  vmin?: number | null;
  vmax?: number | null;
  origin?: "upper" | "lower" | null;
  /** (left, right, bottom, top) in data coordinates. */
  extent?: readonly [number, number, number, number] | null;
  interpolation_stage?: "data" | "rgba" | null;
  filternorm?: boolean;
  filterrad?: number;
  resample?: boolean | null;
  url?: string | null;
  data?: null;
  /** (vmin, vmax), as AxesImage.set_clim takes them. */
  clim?: readonly [number, number] | null;
  label?: string | null;
  zorder?: number | null;
}

/** What imshow returns (matplotlib's AxesImage): the artist and its axes, for colorbar. */
export class AxesImage {
  /** @internal */
  constructor(
    readonly artist: ImageArtist,
    readonly axes: { colorbarMapping: unknown },
  ) {}
}

function flipRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(rgba.length);
  const row = width * 4;
  for (let y = 0; y < height; y++) out.set(rgba.subarray(y * row, (y + 1) * row), (height - 1 - y) * row);
  return out;
}

/** The aspect an imshow call asks for: "equal", "auto" or a y/x unit ratio. */
export function imageAspect(b: Bound): "equal" | "auto" | number {
  const aspect = b.aspect ?? rcParams["image.aspect"] ?? "equal";
  if (aspect === "equal" || aspect === "auto") return aspect;
  const v = Number(aspect);
  if (typeof aspect === "string" && !Number.isFinite(v)) throw new ValueError(`could not convert string to float: '${aspect}'`);
  if (!(v > 0) || !Number.isFinite(v)) throw new ValueError("aspect must be finite and positive ");
  return v;
}

/** The shape of imshow's X (an NDArray or nested lists). */
function shapeOf(X: unknown): number[] {
  if (X instanceof NDArray) return X.shape.slice();
  const shape: number[] = [];
  let v: unknown = X;
  while (Array.isArray(v) || ArrayBuffer.isView(v)) {
    shape.push((v as ArrayLike<unknown>).length);
    v = (v as ArrayLike<unknown>)[0];
  }
  return shape;
}

/** Builds the image artist for a bound imshow call drawn in an axes about `drawn` px large. */
export function imageArtist(b: Bound, drawn: { width: number; height: number }): { artist: ImageArtist; origin: "upper" | "lower"; aspect: "equal" | "auto" | number } {
  if (b.alpha != null && typeof b.alpha !== "number") IMSHOW.notSupported("alpha", "an array");
  const origin = b.origin ?? rcParams["image.origin"] ?? "upper";
  if (origin !== "upper" && origin !== "lower") throw notInList("origin", origin, ["upper", "lower"]);
  const interpolation = b.interpolation ?? rcParams["image.interpolation"] ?? "antialiased";
  if (!INTERPOLATIONS.includes(interpolation)) throw notInList("interpolation", interpolation, INTERPOLATIONS);
  if (!DRAWN.includes(interpolation)) throw new NotImplementedError(`imshow() interpolation='${interpolation}' is not supported yet`);
  if (b.interpolation_stage === "rgba") IMSHOW.notSupported("interpolation_stage", "rgba");
  let vmin = b.vmin;
  let vmax = b.vmax;
  if (b.clim != null) {
    // AxesImage.set(clim=...) runs after vmin/vmax: it wins
    if (b.clim.length !== 2) throw new ValueError("not enough values to unpack (expected 2, got " + b.clim.length + ")");
    [vmin, vmax] = b.clim;
  }
  const cmap = resolveCmap(b.cmap, "cmap");
  const shape = shapeOf(b.X);
  const [height, width] = shape;
  if (shape.length < 2 || shape.length > 3 || (shape.length === 3 && ![1, 3, 4].includes(shape[2]))) {
    throw new PyTypeError(`Invalid shape (${shape.join(", ")}${shape.length === 1 ? "," : ""}) for image data`);
  }
  if (width === 0 || height === 0) throw new ValueError(`Invalid shape (${height}, ${width}) for image data`);
  // The size it is drawn at: the axes cell, shrunk to the image's aspect when pixels are square.
  let drawnW = Math.max(1, drawn.width);
  let drawnH = Math.max(1, drawn.height);
  const aspect = imageAspect(b);
  if (aspect !== "auto") {
    const a = aspect === "equal" ? 1 : aspect;
    const scale = Math.min(drawnW / width, drawnH / (height * a));
    drawnW = width * scale;
    drawnH = height * a * scale;
  }
  // matplotlib resamples to the device pixels the image covers and picks "antialiased"'s
  // kernel there; plt resamples to twice as many (the retina PNG) with that kernel
  const dispW = Math.ceil(drawnW);
  const dispH = Math.ceil(drawnH);
  const img = renderImage(b.X, { cmap, vmin, vmax, norm: normArg(b.norm, vmin, vmax) }, rcParams["image.cmap"], interpolation, Math.max(1, Math.round(2 * drawnW)), Math.max(1, Math.round(2 * drawnH)), dispW, dispH);
  let rgba = img.rgba;
  if (origin === "lower") rgba = flipRows(rgba, img.width, img.height);
  if (b.extent != null && b.extent.length !== 4) {
    throw new ValueError(`${b.extent.length < 4 ? "not enough" : "too many"} values to unpack (expected 4${b.extent.length < 4 ? `, got ${b.extent.length}` : ""})`);
  }
  const extent: [number, number, number, number] = b.extent != null
    ? [b.extent[0], b.extent[1], b.extent[2], b.extent[3]]
    : origin === "upper" ? [-0.5, width - 0.5, height - 0.5, -0.5] : [-0.5, width - 0.5, -0.5, height - 0.5];
  const artist: ImageArtist = {
    kind: "image",
    url: pngDataUrl(rgba, img.width, img.height, 4),
    extent,
    alpha: b.alpha == null ? undefined : checkAlpha(b.alpha),
    mapping: img.mapped,
  };
  if (b.zorder != null) artist.zorder = b.zorder;
  if (b.label != null) artist.label = String(b.label);
  return { artist, origin, aspect };
}
