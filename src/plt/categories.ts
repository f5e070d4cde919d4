/**
 * String categories on an axis, as matplotlib's StrCategoryConverter handles them: each new
 * string gets the next unit (0, 1, 2, ... in first-seen order, kept per axis across calls), the
 * axis ticks every unit and labels it with its string.
 */
import type { Axes } from "./axes";
import type { LineArtist } from "./artists";
import type { OriginalData } from "./line2d";
import { fixedOf } from "./axes_ticks";

const UNITS = new WeakMap<Axes, { x?: Map<string, number>; y?: Map<string, number> }>();
const ORIGINAL = new WeakMap<object, OriginalData>();

/** A string or a list whose first element is a string: categorical data. */
export function isCategorical(v: unknown): v is string | readonly string[] {
  return typeof v === "string" || (Array.isArray(v) && v.length > 0 && typeof v[0] === "string");
}

/** The axis' units (null while the axis has no category). */
export function categoryUnits(ax: Axes, axis: "x" | "y"): Map<string, number> | null {
  return UNITS.get(ax)?.[axis] ?? null;
}

/** Maps strings to the axis' units, adding new ones, and ticks the axis at every unit. */
export function toUnits(ax: Axes, axis: "x" | "y", v: string | readonly string[]): number | number[] {
  let entry = UNITS.get(ax);
  if (entry === undefined) UNITS.set(ax, (entry = {}));
  const units = entry[axis] ?? (entry[axis] = new Map());
  const one = (s: unknown): number => {
    const key = String(s);
    let u = units.get(key);
    if (u === undefined) units.set(key, (u = units.size));
    return u;
  };
  const out = typeof v === "string" ? one(v) : v.map(one);
  const fixed = fixedOf(ax, axis);
  fixed.locs = [...units.values()];
  fixed.labels = [...units.keys()];
  return out;
}

/** An argument converted when it holds categories. */
export function convert(ax: Axes, axis: "x" | "y", v: unknown): unknown {
  return isCategorical(v) ? toUnits(ax, axis, v) : v;
}

/** The data a line was given as (Line2D.get_xdata returns it as matplotlib keeps it). */
export function originalData(line: object): OriginalData | undefined {
  return ORIGINAL.get(line);
}

function isData(v: unknown): boolean {
  return Array.isArray(v) || ArrayBuffer.isView(v) || (typeof v === "object" && v !== null && "shape" in v);
}

/**
 * plot's positional arguments with categories converted, and per [x], y, [fmt] group (as plot
 * reads them) the data it was given (x null: plot(y) numbers the points).
 */
export function plotArgs(ax: Axes, args: unknown[]): { args: unknown[]; groups: OriginalData[] } {
  let out = args;
  const groups: OriginalData[] = [];
  let i = 0;
  while (i < args.length && isData(args[i])) {
    const pair = isData(args[i + 1]);
    const group: OriginalData = { x: pair ? args[i] : null, y: pair ? args[i + 1] : args[i] };
    for (const [k, axis] of (pair ? [[i, "x"], [i + 1, "y"]] : [[i, "y"]]) as [number, "x" | "y"][]) {
      if (!isCategoricalArray(args[k])) continue;
      if (out === args) out = args.slice();
      out[k] = toUnits(ax, axis, args[k] as string[]);
    }
    i += pair ? 2 : 1;
    if (typeof args[i] === "string") i++;
    groups.push(group);
  }
  return { args: out, groups };
}

function isCategoricalArray(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && typeof v[0] === "string";
}

/** Remembers the data each line was given as (one line per plot group; a 2-D y's columns are not tracked). */
export function rememberOriginals(lines: readonly LineArtist[], groups: readonly OriginalData[]): void {
  if (lines.length !== groups.length) return;
  lines.forEach((l, k) => ORIGINAL.set(l, groups[k]));
}

/** (x, y, ...) call arguments with categorical x / y converted (scatter, bar). */
export function xyUnits(ax: Axes, args: ArrayLike<unknown>, both = true): ArrayLike<unknown> {
  const x = args[0];
  const y = args[1];
  const cx = isCategorical(x);
  const cy = both && isCategorical(y);
  if (!cx && !cy) return args;
  const out = Array.prototype.slice.call(args);
  if (cx) out[0] = toUnits(ax, "x", x as string[]);
  if (cy) out[1] = toUnits(ax, "y", y as string[]);
  return out;
}

/** Remembers the data one line was given as. */
export function rememberData(line: LineArtist, data: OriginalData): void {
  ORIGINAL.set(line, data);
}

/** Forgets the axes' categories (Axes.cla resets each axis' units). */
export function forgetUnits(ax: Axes): void {
  UNITS.delete(ax);
}
