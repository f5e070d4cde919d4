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

/** The strings a line's data was given as (Line2D.get_xdata returns them). */
export function originalData(line: object): OriginalData | undefined {
  return ORIGINAL.get(line);
}

/**
 * plot's positional arguments with categories converted: each [x], y, [fmt] group, as plot
 * reads them. Returns the arguments and, per group, the strings given.
 */
export function plotUnits(ax: Axes, args: unknown[]): { args: unknown[]; groups: OriginalData[] } | null {
  if (!args.some(isCategoricalArray)) return null;
  const out = args.slice();
  const groups: OriginalData[] = [];
  let i = 0;
  while (i < out.length) {
    const a0 = out[i];
    if (typeof a0 === "string" || (a0 !== null && typeof a0 === "object" && !Array.isArray(a0) && !ArrayBuffer.isView(a0) && !("shape" in a0))) break;
    const a1 = out[i + 1];
    const pair = a1 !== undefined && typeof a1 !== "string" && (Array.isArray(a1) || ArrayBuffer.isView(a1) || (typeof a1 === "object" && a1 !== null && "shape" in a1));
    const group: OriginalData = {};
    if (pair) {
      if (isCategoricalArray(a0)) {
        group.x = (a0 as string[]).map(String);
        out[i] = toUnits(ax, "x", a0 as string[]);
      }
      if (isCategoricalArray(a1)) {
        group.y = (a1 as string[]).map(String);
        out[i + 1] = toUnits(ax, "y", a1 as string[]);
      }
      i += 2;
    } else {
      if (isCategoricalArray(a0)) {
        group.y = (a0 as string[]).map(String);
        out[i] = toUnits(ax, "y", a0 as string[]);
      }
      i += 1;
    }
    if (typeof out[i] === "string") i++;
    groups.push(group);
  }
  return { args: out, groups };
}

function isCategoricalArray(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && typeof v[0] === "string";
}

/** Remembers the strings each line's data was given as (one line per plot group). */
export function rememberOriginals(lines: readonly LineArtist[], groups: readonly OriginalData[]): void {
  if (lines.length !== groups.length) return;
  lines.forEach((l, k) => {
    if (groups[k].x !== undefined || groups[k].y !== undefined) ORIGINAL.set(l, groups[k]);
  });
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
