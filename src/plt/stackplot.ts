/**
 * Axes.stackplot: the layers' cumulative sums above a baseline (zero, sym, wiggle,
 * weighted_wiggle, as matplotlib.stackplot computes them), one fill_between per layer in the
 * next line colors.
 */
import type { Axes } from "./axes";
import type { FillArtist } from "./artists";
import { mplsig, notInList } from "./pysig";
import { readArray, read1d, type NDArrayLike } from "./data";
import { toCss, type ColorLike } from "./colors";
import { withRepr } from "./pyobjects";
import { childrenOf } from "./artist_lists";
import type { PolyCollection } from "./artist_api";
import { ValueError } from "../errors";
import { NDArray } from "../np/ndarray";

export const STACKPLOT = mplsig(
  "matplotlib.axes.Axes.stackplot(x, *args, labels=(), colors=None, baseline='zero', data=None, alpha=None, edgecolor=None, ec=None, linewidth=None, lw=None, zorder=None)",
  { types: { alpha: "float|None", linewidth: "float|None", lw: "float|None", zorder: "float|None" }, unsupported: ["data"] },
);

/** Options of `Axes.stackplot`: the layers' labels and colors, the baseline, and PolyCollection keywords. */
export interface StackplotOptions {
  labels?: readonly string[];
  colors?: readonly ColorLike[] | null;
  baseline?: "zero" | "sym" | "wiggle" | "weighted_wiggle";
  data?: null;
  alpha?: number | null;
  edgecolor?: ColorLike | null;
  ec?: ColorLike | null;
  linewidth?: number | null;
  lw?: number | null;
  zorder?: number | null;
}

/** Whether NumPy would stack the layers as integers (every layer an integer array or a list of integers). */
function integerLayers(args: readonly unknown[]): boolean {
  const ints = (v: unknown): boolean => Array.isArray(v) ? v.every(ints) : typeof v === "number" ? Number.isInteger(v) : false;
  return args.every((a) => (a instanceof NDArray ? a.dtype.name.includes("int") : ints(a)));
}

/** The rows of y: each positional argument a 1-D layer, or a 2-D one holding several. */
function layers(args: readonly unknown[]): Float64Array[] {
  const rows: Float64Array[] = [];
  for (const a of args) {
    const { values, shape } = readArray(a as NDArrayLike, "y");
    if (shape.length <= 1) rows.push(values);
    else for (let i = 0; i < shape[0]; i++) rows.push(values.slice(i * shape[1], (i + 1) * shape[1]));
  }
  return rows;
}

/** The baseline and the stacked tops of each layer (matplotlib's first_line and stack). */
export function stackLayers(y: Float64Array[], baseline: string, integer = false): { first: Float64Array; stack: Float64Array[] } {
  const m = y.length;
  const n = m > 0 ? y[0].length : 0;
  const stack: Float64Array[] = [];
  let acc = new Float64Array(n);
  for (const row of y) {
    acc = acc.map((v, j) => v + row[j]);
    stack.push(acc);
  }
  const total = new Float64Array(n);
  for (const row of y) for (let j = 0; j < n; j++) total[j] += row[j];
  let first = new Float64Array(n);
  if (baseline === "sym") first = total.map((t) => -t * 0.5);
  else if (baseline === "wiggle") {
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) first[j] += y[i][j] * (m - 0.5 - i);
    first = first.map((v) => v / -m);
  } else if (baseline === "weighted_wiggle") {
    // NumPy keeps integer layers' inverse totals in an integer array: 1 / t truncates
    const inv = total.map((t) => (t > 0 ? (integer ? Math.trunc(1 / t) : 1 / t) : 0));
    const centerSum = new Float64Array(n);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        const increase = j === 0 ? y[i][0] : y[i][j] - y[i][j - 1];
        const below = total[j] - stack[i][j] + 0.5 * y[i][j];
        const moveUp = j === 0 ? 0.5 : below * inv[j];
        centerSum[j] += (moveUp - 0.5) * increase;
      }
    }
    let c = 0;
    first = centerSum.map((v, j) => (c += v) - 0.5 * total[j]);
  }
  if (baseline !== "zero") for (const row of stack) for (let j = 0; j < n; j++) row[j] += first[j];
  return { first, stack };
}

/** stackplot(x, *args, ...) on `ax`: one PolyCollection per layer. */
export function drawStackplot(ax: Axes, args: ArrayLike<unknown>): PolyCollection[] {
  const b = STACKPLOT.bind(args);
  const baselines = ["zero", "sym", "wiggle", "weighted_wiggle"];
  const x = read1d(b.x, "x");
  const y = layers(b.args);
  if (y.some((row) => row.length !== x.length)) throw new ValueError(`x and y must have the same length, got ${x.length} and ${y[0]?.length}`);
  if (!baselines.includes(b.baseline)) throw notInList("baseline", b.baseline, baselines);
  const { first, stack } = stackLayers(y, b.baseline, integerLayers(b.args));
  const given = b.colors == null ? null : Array.from(b.colors as ColorLike[], (c) => toCss(c, "color", "rgba"));
  const labels = Array.from((b.labels ?? []) as unknown[], String);
  const style: Record<string, unknown> = {};
  for (const k of ["alpha", "edgecolor", "ec", "linewidth", "lw", "zorder"]) if (b[k] != null) style[k] = b[k];
  const fills: FillArtist[] = [];
  const fillBetween = ax.fill_between as unknown as (...a: unknown[]) => FillArtist;
  for (let i = 0; i < y.length; i++) {
    const face = given ? given[i % given.length] : ax.nextColor();
    const opts: Record<string, unknown> = { ...style, facecolor: face };
    if (i < labels.length) opts.label = labels[i];
    fills.push(fillBetween.call(ax, x, i === 0 ? first : stack[i - 1], stack[i], opts));
  }
  if (fills.length > 0) fills[0].stickyY = [0];
  const { collections } = childrenOf(ax);
  const out = fills.map((f) => collections.find((c) => c.artist === f) as PolyCollection);
  return withRepr(out, () => `[${out.map(() => "<matplotlib.collections.PolyCollection object>").join(", ")}]`, ax.figure);
}
