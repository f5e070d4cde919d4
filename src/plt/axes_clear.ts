/**
 * Axes.cla / clear (back to a fresh axes, keeping its place, sharing and colorbar) and
 * Axes.remove (out of its figure).
 */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import { mplsig } from "./pysig";
import { forgetContainers } from "./artist_lists";
import { forgetUnits } from "./categories";
import { forgetPending } from "./axes_autoscale";

const CLA = mplsig("matplotlib.axes.Axes.cla()");
const CLEAR = mplsig("matplotlib.axes.Axes.clear()");
const REMOVE = mplsig("matplotlib.axes.Axes.remove()");

declare module "./axes" {
  interface Axes {
    /** `Axes.cla()`: clears the axes: artists, titles, labels, limits, scales, ticks, legend, margins and the property cycle. */
    cla(): void;
    /** `Axes.clear()`: as cla(). */
    clear(): void;
    /** `Axes.remove()`: takes the axes out of its figure. */
    remove(): void;
  }
}

/** What survives cla: the axes' place, figure, twin / shared links, label and colorbar. */
const KEPT = new Set(["figure", "position", "colorbarMapping", "_twin", "_sharedFrom", "_sharedArtists", "_label", "artists", "_scales"]);

/** Resets ax as matplotlib's cla does; a shared axis keeps the limits and scale it shares. */
export function clearAxes(ax: Axes): void {
  forgetPending(ax);
  const fresh = new Axes(ax.figure, ax.position) as unknown as Record<string, unknown>;
  const target = ax as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    if (KEPT.has(key) || key in fresh) continue;
    const d = Object.getOwnPropertyDescriptor(target, key);
    if (d !== undefined && d.get === undefined) delete target[key];
  }
  for (const key of Object.keys(fresh)) {
    if (KEPT.has(key)) continue;
    const d = Object.getOwnPropertyDescriptor(target, key);
    if (d !== undefined && d.get !== undefined) continue;
    target[key] = fresh[key];
  }
  for (const which of ["x", "y"] as const) {
    if (ax._sharedFrom?.[which] === undefined && ax._twin?.shared !== which) ax._scales[which] = "linear";
  }
  ax.artists.splice(0, ax.artists.length);
  forgetContainers(ax);
  forgetUnits(ax);
}

const P = Axes.prototype;
P.cla = function cla(this: Axes): void {
  if (arguments.length > 0) CLA.bind(arguments);
  clearAxes(this);
};
P.clear = function clear(this: Axes): void {
  if (arguments.length > 0) CLEAR.bind(arguments);
  clearAxes(this);
};
P.remove = function remove(this: Axes): void {
  if (arguments.length > 0) REMOVE.bind(arguments);
  removeAxes(this);
};

/** Takes ax out of its figure (Axes.remove, Figure.delaxes). */
export function removeAxes(ax: Axes): void {
  const i = ax.figure.axes.indexOf(ax);
  if (i >= 0) ax.figure.axes.splice(i, 1);
}

pyfunction(CLA, P.cla);
pyfunction(CLEAR, P.clear);
pyfunction(REMOVE, P.remove);
