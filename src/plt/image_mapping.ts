/**
 * AxesImage.set_cmap / set_clim: an image's colormap and limits changed after imshow, the
 * picture redrawn from the same call (and a colorbar showing the image's old mapping follows).
 */
import type { Bound } from "../signature";
import { pyfunction } from "../signature";
import { AxesImage, imageArtist } from "./imshow";
import type { Axes } from "./axes";
import type { Colormap } from "./colormaps";
import type { ScalarMapping } from "./artists";
import { mplsig } from "./pysig";
import { resolveCmap } from "./cmap_arg";
import { Normalize } from "./norms";

const SET_CMAP = mplsig("matplotlib.image.AxesImage.set_cmap(cmap)");
const SET_CLIM = mplsig("matplotlib.image.AxesImage.set_clim(vmin=None, vmax=None)", { types: { vmin: "float|sequence|None", vmax: "float|None" } });

declare module "./imshow" {
  interface AxesImage {
    /** `AxesImage.set_cmap(cmap)`: draws the image through another colormap (a name or a Colormap). */
    set_cmap(cmap: string | Colormap): void;
    /** `AxesImage.set_clim(vmin=None, vmax=None)`: the colormap's limits; None keeps a limit, `set_clim([lo, hi])` sets both. */
    set_clim(vmin?: number | readonly [number, number] | null | { vmin?: number | null; vmax?: number | null }, vmax?: number | null): void;
    /** @internal The bound imshow call the image was drawn from. */
    _imshowCall?: Bound;
  }
}

/** Redraws the image from its imshow call with some arguments changed. */
function redraw(image: AxesImage, changes: Record<string, unknown>): void {
  const call = image._imshowCall;
  if (call === undefined) return;
  const ax = image.axes as unknown as Axes;
  const before = image.artist.mapping;
  const next = { ...call, ...changes };
  const { artist } = imageArtist(next, ax.drawnPixelSize());
  image._imshowCall = next;
  image.artist.url = artist.url;
  image.artist.mapping = artist.mapping;
  if (before === undefined || artist.mapping === undefined) return;
  for (const other of ax.figure.axes) {
    const bar = other.colorbarMapping;
    // the bar of this image (by its source when known, else by the mapping it showed) follows
    const source = (bar as { source?: object } | null)?.source;
    if (bar !== null && (source !== undefined ? source === image.artist : sameMapping(bar, before))) other.colorbarMapping = { ...bar, ...artist.mapping };
  }
}

function sameMapping(a: ScalarMapping, b: ScalarMapping): boolean {
  return a.cmap === b.cmap && a.vmin === b.vmin && a.vmax === b.vmax;
}

/** The image's cmap changed (AxesImage.set_cmap, pyplot's colormap functions). */
export function setImageCmap(image: AxesImage, cmap: unknown): void {
  redraw(image, { cmap: resolveCmap(cmap, "cmap") });
}

/** The image's limits changed; None keeps the current one. */
export function setImageClim(image: AxesImage, vmin: unknown, vmax: unknown): void {
  if (vmax == null && vmin != null && typeof vmin === "object") [vmin, vmax] = vmin as [number, number];
  const m = image.artist.mapping;
  const norm = image._imshowCall?.norm;
  if (norm instanceof Normalize) {
    // an image drawn through a norm object: set_clim sets the norm's limits
    if (vmin != null) norm.vmin = Number(vmin);
    if (vmax != null) norm.vmax = Number(vmax);
    redraw(image, {});
    return;
  }
  redraw(image, { vmin: vmin ?? m?.vmin ?? null, vmax: vmax ?? m?.vmax ?? null, clim: null });
}

const P = AxesImage.prototype;
P.set_cmap = function set_cmap(this: AxesImage): void {
  setImageCmap(this, SET_CMAP.bind(arguments).cmap);
};
P.set_clim = function set_clim(this: AxesImage): void {
  const b = SET_CLIM.bind(arguments);
  setImageClim(this, b.vmin, b.vmax);
};
pyfunction(SET_CMAP, P.set_cmap);
pyfunction(SET_CLIM, P.set_clim);
