/**
 * pyplot's current image and colormap functions: gci / sci, set_cmap, clim, and the named
 * colormap setters (gray(), viridis(), ...), each of which sets rcParams["image.cmap"] and the
 * current image's colormap. The current image is the one sci() named, or else (as pyplot's
 * drawing functions make each new image, mesh or scatter current) the last mappable added to
 * the current axes, then to the axes before it.
 */
import { NotImplementedError, PyTypeError, RuntimeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import type { Axes } from "./axes";
import type { Colormap } from "./colormaps";
import { AxesImage } from "./imshow";
import { PathCollection } from "./scatter";
import { childrenOf } from "./artist_lists";
import { mplsig } from "./pysig";
import { gca, gcf } from "./pyplot";
import { rcParams } from "./rcparams";
import { resolveCmap } from "./cmap_arg";
import { setImageCmap, setImageClim } from "./image_mapping";
import { extraMappable, type Mappable } from "./current_image";

const GCI = mplsig("matplotlib.pyplot.gci()");
const SCI = mplsig("matplotlib.pyplot.sci(im)");
const SET_CMAP = mplsig("matplotlib.pyplot.set_cmap(cmap)");
const CLIM = mplsig("matplotlib.pyplot.clim(vmin=None, vmax=None)", { types: { vmin: "float|sequence|None", vmax: "float|None" } });


/** The image sci() named per axes, with the number of artists the axes had then. */
const CHOSEN = new WeakMap<Axes, { mappable: Mappable; artists: number }>();
const MAPPED_KINDS = new Set(["image", "scatter", "mesh", "contour"]);

function mappablesOf(ax: Axes): Map<object, Mappable> {
  const out = new Map<object, Mappable>();
  const lists = childrenOf(ax);
  for (const m of [...lists.images, ...lists.collections]) if (m instanceof AxesImage || m instanceof PathCollection) out.set(m.artist, m);
  return out;
}

/** The axes' current image: sci's choice unless a mappable was added since, else the last mappable added. */
function currentOf(ax: Axes): Mappable | null {
  const chosen = CHOSEN.get(ax);
  const known = mappablesOf(ax);
  for (let i = ax.artists.length - 1; i >= 0; i--) {
    const a = ax.artists[i];
    if (chosen !== undefined && i < chosen.artists) break;
    if (!MAPPED_KINDS.has(a.kind)) continue;
    const m = known.get(a) ?? extraMappable(a);
    if (m !== undefined) return m;
  }
  return chosen !== undefined && ax.artists.includes(chosen.mappable.artist as never) ? chosen.mappable : null;
}

/** `plt.gci()`: the current image (AxesImage, or a collection such as scatter's), or null (None). */
export function gci(): AxesImage | PathCollection | Mappable | null {
  if (arguments.length > 0) GCI.bind(arguments);
  const fig = gcf();
  if (fig.axes.length === 0) return null;
  const ax = fig.gca();
  const own = currentOf(ax);
  if (own !== null) return own;
  for (const other of [...fig.axes].reverse()) {
    const m = currentOf(other);
    if (m !== null) return m;
  }
  return null;
}

/** `plt.sci(im)`: makes im (an image or collection of the current axes) the current image. */
export function sci(im: AxesImage | PathCollection | Mappable): void;
export function sci(): void {
  const { im } = SCI.bind(arguments) as { im: Mappable };
  if (im === null || typeof im !== "object" || !("artist" in im)) {
    throw new PyTypeError(`'im' must be an instance of matplotlib.contour.ContourSet, matplotlib.collections.Collection or matplotlib.image.AxesImage, not a ${im === null ? "None" : typeof im}`);
  }
  const ax = gca();
  if (!ax.artists.includes(im.artist as never)) throw new ValueError("Argument must be an image, collection, or ContourSet in this Axes");
  CHOSEN.set(ax, { mappable: im, artists: ax.artists.length });
}

/** `plt.set_cmap(cmap)`: the default colormap (rcParams["image.cmap"]) and the current image's. */
export function set_cmap(cmap: string | Colormap): void;
export function set_cmap(): void {
  const { cmap } = SET_CMAP.bind(arguments);
  applyCmap(cmap);
}

function applyCmap(name: unknown): void {
  const cmap = resolveCmap(name, "name");
  rcParams["image.cmap"] = cmap.name;
  const im = gci();
  if (im === null) return;
  if (!(im instanceof AxesImage)) throw new NotImplementedError(`set_cmap() on the current ${im.constructor.name} is not supported yet (only images)`);
  setImageCmap(im, cmap);
}

/** `plt.clim(vmin=None, vmax=None)`: the current image's colormap limits (None keeps a limit). */
export function clim(vmin?: number | readonly [number, number] | null | { vmin?: number | null; vmax?: number | null }, vmax?: number | null): void;
export function clim(): void {
  const b = CLIM.bind(arguments);
  const im = gci();
  if (im === null) throw new RuntimeError("You must first define an image, e.g., with imshow");
  if (!(im instanceof AxesImage)) throw new NotImplementedError(`clim() on the current ${im.constructor.name} is not supported yet (only images)`);
  setImageClim(im, b.vmin, b.vmax);
}

function setter(name: string): () => void {
  const sig = mplsig(`matplotlib.pyplot.${name}()`);
  const fn = {
    [name](): void {
      if (arguments.length > 0) sig.bind(arguments);
      applyCmap(name);
    },
  }[name];
  return pyfunction(sig, fn);
}

/** `plt.autumn()`: sets the colormap to 'autumn' (the default and the current image's). */
export const autumn = setter("autumn");
/** `plt.bone()`: sets the colormap to 'bone'. */
export const bone = setter("bone");
/** `plt.cool()`: sets the colormap to 'cool'. */
export const cool = setter("cool");
/** `plt.copper()`: sets the colormap to 'copper'. */
export const copper = setter("copper");
/** `plt.flag()`: sets the colormap to 'flag'. */
export const flag = setter("flag");
/** `plt.gray()`: sets the colormap to 'gray'. */
export const gray = setter("gray");
/** `plt.hot()`: sets the colormap to 'hot'. */
export const hot = setter("hot");
/** `plt.hsv()`: sets the colormap to 'hsv'. */
export const hsv = setter("hsv");
/** `plt.inferno()`: sets the colormap to 'inferno'. */
export const inferno = setter("inferno");
/** `plt.jet()`: sets the colormap to 'jet'. */
export const jet = setter("jet");
/** `plt.magma()`: sets the colormap to 'magma'. */
export const magma = setter("magma");
/** `plt.nipy_spectral()`: sets the colormap to 'nipy_spectral'. */
export const nipy_spectral = setter("nipy_spectral");
/** `plt.pink()`: sets the colormap to 'pink'. */
export const pink = setter("pink");
/** `plt.plasma()`: sets the colormap to 'plasma'. */
export const plasma = setter("plasma");
/** `plt.prism()`: sets the colormap to 'prism'. */
export const prism = setter("prism");
/** `plt.spring()`: sets the colormap to 'spring'. */
export const spring = setter("spring");
/** `plt.summer()`: sets the colormap to 'summer'. */
export const summer = setter("summer");
/** `plt.viridis()`: sets the colormap to 'viridis'. */
export const viridis = setter("viridis");
/** `plt.winter()`: sets the colormap to 'winter'. */
export const winter = setter("winter");

pyfunction(GCI, gci);
pyfunction(SCI, sci);
pyfunction(SET_CMAP, set_cmap);
pyfunction(CLIM, clim);
