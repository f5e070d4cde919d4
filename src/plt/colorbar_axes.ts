/**
 * A colorbar as matplotlib draws it: an axes of its own whose long axis spans the norm's limits
 * (log for LogNorm), ticked by the norm's locator (a contour set's or BoundaryNorm's levels
 * through FixedLocator(nbins=10)) or the ticks given, the short axis bare, filled with the
 * colormap; extensions are triangles past the ends, 5% of the bar's length each.
 */
import { Axes } from "./axes";
import type { ImageArtist } from "./artists";
import { lutIndex } from "./colormaps";
import { pngDataUrl } from "./png";
import { BarMapping, colorbarSettings, ColorbarSettings } from "./colorbar";

/** Default length of an extension, as a fraction of the bar's interior (extendfrac=None). */
export const EXTEND_FRAC = 0.05;

/** The extension fractions at the low and high ends. */
export function extensionFractions(extend: string): [number, number] {
  return [extend === "both" || extend === "min" ? EXTEND_FRAC : 0, extend === "both" || extend === "max" ? EXTEND_FRAC : 0];
}

/** The data range the bar spans: the levels' of a contour set, else the norm's limits. */
export function barLimits(m: BarMapping): [number, number] {
  if (m.levels && m.levels.length > 1) return [m.levels[0], m.levels[m.levels.length - 1]];
  return [m.vmin, m.vmax];
}

/** matplotlib's FixedLocator(locs, nbins).tick_values: every step-th loc, the phase nearest zero. */
export function fixedLocatorTicks(locs: readonly number[], nbins: number): number[] {
  const step = Math.max(Math.ceil(locs.length / nbins), 1);
  const every = (start: number) => locs.filter((_, i) => i >= start && (i - start) % step === 0);
  const nearest = (t: number[]) => Math.min(...t.map(Math.abs));
  let ticks = every(0);
  for (let i = 1; i < step; i++) {
    const other = every(i);
    if (nearest(other) < nearest(ticks)) ticks = other;
  }
  return ticks;
}

/** The ticks the bar's locator gives when none were passed (null: the long axis' own locator). */
function locatorTicks(m: BarMapping): number[] | null {
  if (m.levels) return fixedLocatorTicks(m.levels, 10);
  const bounds = (m.norm as { boundaries?: Float64Array } | undefined)?.boundaries;
  return bounds ? fixedLocatorTicks(Array.from(bounds), 10) : null;
}

/** Piecewise-linear interpolation of x over increasing xs onto ys, extrapolating the end pieces. */
function interp(x: number, xs: readonly number[], ys: readonly number[]): number {
  let j = 0;
  while (j < xs.length - 2 && x > xs[j + 1]) j++;
  const t = xs[j + 1] === xs[j] ? 0 : (x - xs[j]) / (xs[j + 1] - xs[j]);
  return ys[j] + t * (ys[j + 1] - ys[j]);
}

/**
 * Where a value falls along the bar (0 at its low end, 1 at its high end) and back: matplotlib's
 * colorbar scale. Boundaries (a contour set's levels, BoundaryNorm's) are evenly spaced
 * (spacing='uniform'); another norm scales the axis by itself (log for LogNorm); plain limits linearly.
 */
export function barScale(m: BarMapping): { fraction: (v: number) => number; value: (f: number) => number } {
  const bounds = m.levels && m.levels.length > 1 ? m.levels : (m.norm as { boundaries?: Float64Array } | undefined)?.boundaries;
  if (bounds) {
    const b = Array.from(bounds);
    const even = b.map((_, i) => i / (b.length - 1));
    return { fraction: (v) => interp(v, b, even), value: (f) => interp(f, even, b) };
  }
  const norm = m.norm;
  if (norm) return { fraction: (v) => norm._forward(v), value: (f) => norm._inverse(f) };
  const span = m.vmax - m.vmin;
  return { fraction: (v) => (span === 0 ? 0 : (v - m.vmin) / span), value: (f) => m.vmin + f * span };
}

/** A data value as a position on the colormap, through the mapping's norm or its limits (a contour band: its mid value's). */
function positionOf(m: BarMapping): (v: number) => number {
  const span = m.vmax - m.vmin;
  const pos = (v: number) => (m.norm ? m.norm._position(v) : span === 0 ? 0 : (v - m.vmin) / span);
  if (!(m.levels && m.levels.length > 1)) return pos;
  const L = m.levels;
  return (v) => {
    let j = 0;
    while (j < L.length - 2 && v >= L[j + 1]) j++;
    return pos((L[j] + L[j + 1]) / 2);
  };
}

/** The bar's colours as an image artist over [0, 1] x [lo, hi] (or its transpose), one pixel per colormap entry. */
function gradient(m: BarMapping, s: ColorbarSettings, lo: number, hi: number): ImageArtist {
  const n = Math.max(2, m.cmap.N);
  const pos = positionOf(m);
  const { value } = barScale(m);
  const rgba = new Uint8Array(n * 4);
  const vertical = s.orientation === "vertical";
  for (let i = 0; i < n; i++) {
    const k = lutIndex(pos(value((i + 0.5) / n)), m.cmap.N);
    // a vertical bar's first row is its top
    const o = (vertical ? n - 1 - i : i) * 4;
    if (k < 0) continue;
    rgba[o] = m.cmap.lut[k * 3];
    rgba[o + 1] = m.cmap.lut[k * 3 + 1];
    rgba[o + 2] = m.cmap.lut[k * 3 + 2];
    rgba[o + 3] = 255;
  }
  const url = vertical ? pngDataUrl(rgba, 1, n, 4) : pngDataUrl(rgba, n, 1, 4);
  return { kind: "image", url, extent: vertical ? [0, 1, lo, hi] : [lo, hi, 0, 1] };
}

/** The colorbar beside `parent` as an Axes (not part of the figure's list) ready to compile. */
export function barAxes(parent: Axes): Axes {
  const m = parent.colorbarMapping as BarMapping;
  const s = colorbarSettings(parent);
  const cax = new Axes(parent.figure, parent.position);
  const [lo, hi] = barLimits(m);
  const log = m.norm?._scale() === "log";
  const vertical = s.orientation === "vertical";
  const ticks = s.ticks ?? locatorTicks(m);
  if (vertical) {
    if (log) cax.set_yscale("log");
    cax.set_xlim(0, 1);
    cax.set_ylim(lo, hi);
    cax.set_xticks([]);
    if (ticks) cax.set_yticks(ticks);
    if (m.label !== "") cax.set_ylabel(m.label);
  } else {
    if (log) cax.set_xscale("log");
    cax.set_xlim(lo, hi);
    cax.set_ylim(0, 1);
    cax.set_yticks([]);
    if (ticks) cax.set_xticks(ticks);
    if (m.label !== "") cax.set_xlabel(m.label);
  }
  cax.artists.push(gradient(m, s, lo, hi));
  return cax;
}

/** The extension triangles: where each one's base and tip fall along the bar (fractions), and whether it shows the under colour. */
export function extensionEnds(parent: Axes): { base: number; tip: number; under: boolean }[] {
  const [fLo, fHi] = extensionFractions(colorbarSettings(parent).extend);
  const out: { base: number; tip: number; under: boolean }[] = [];
  if (fLo > 0) out.push({ base: 0, tip: -fLo, under: true });
  if (fHi > 0) out.push({ base: 1, tip: 1 + fHi, under: false });
  return out;
}
