/**
 * seaborn 0.12's regplot: the data as a scatter (alpha 0.8, edge width lines.markeredgewidth),
 * the least-squares fit (a line, in log x, or a polynomial) on 100 points over the data range
 * (or the axes' x limits when truncate=False), and its bootstrap confidence band drawn with
 * fill_between at alpha 0.15, all in one color (the next of the line cycle by default).
 */
import { ValueError } from "../errors";
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import { mplsig } from "../plt/pysig";
import { rcParams } from "../plt/rcparams";
import { toCss } from "../plt/colors";
import type { LineArtist } from "../plt/artists";
import { NDArray } from "../np/ndarray";
import { contiguousStorage } from "../np/contiguous";
import { linspace } from "../np/create-ranges";
import { _rand } from "../np/random/legacy";
import { CategoricalData, columnsOf, variableOf } from "./categorical_data";
import type { Estimator, Seed } from "./estimate";
import { binPredictor, estimateData } from "./regression_estimates";
import { regressionBand } from "./regression_fit";

type Props = Record<string, unknown>;

/** The regression options regplot and lmplot share. */
export interface RegressionOptions {
  /** regplot: a statistic of the y values at each distinct x, drawn instead of the points. */
  x_estimator?: Estimator | null;
  /** regplot: bin centres (or how many, at evenly spaced percentiles) x is rounded to; implies the mean estimator. */
  x_bins?: number | readonly number[] | null;
  /** regplot: the estimates' interval: "ci" (the `ci` level), a level, "sd", or null. */
  x_ci?: "ci" | "sd" | number | null;
  scatter?: boolean;
  fit_reg?: boolean;
  /** Confidence level of the bootstrap band (null: no band). */
  ci?: number | null;
  n_boot?: number;
  units?: null;
  seed?: Seed;
  order?: number;
  logistic?: false;
  lowess?: false;
  robust?: false;
  logx?: boolean;
  x_partial?: null;
  y_partial?: null;
  truncate?: boolean;
  /** Uniform jitter added to the scattered x (or y) values, from NumPy's global random state. */
  x_jitter?: number | null;
  y_jitter?: number | null;
  scatter_kws?: Props | null;
  line_kws?: Props | null;
}

/** Options of `sns.regplot`. */
export interface RegplotOptions extends RegressionOptions {
  data?: CategoricalData | null;
  x?: string | readonly number[] | NDArray | null;
  y?: string | readonly number[] | NDArray | null;
  dropna?: boolean;
  label?: string | null;
  color?: string | null;
  marker?: string;
  ax?: Axes | null;
}

export const REGPLOT_TEXT =
  "x_estimator=None, x_bins=None, x_ci='ci', scatter=True, fit_reg=True, ci=95, n_boot=1000, units=None, seed=None, order=1, " +
  "logistic=False, lowess=False, robust=False, logx=False, x_partial=None, y_partial=None, truncate=True";
export const REGRESSION_TYPES = {
  scatter: "bool", fit_reg: "bool", ci: "float|None", n_boot: "int", order: "int", logistic: "bool", lowess: "bool", robust: "bool", logx: "bool",
  truncate: "bool", x_jitter: "float|None", y_jitter: "float|None", scatter_kws: "mapping|None", line_kws: "mapping|None",
} as const;
/** Parameters that need statsmodels, units or estimates of binned x: refused when given. */
/** lmplot's facets draw no binned estimates yet. */
export const ESTIMATE_PARAMETERS = ["x_estimator", "x_bins", "x_ci"];
export const REGRESSION_UNSUPPORTED = ["units", "logistic", "lowess", "robust", "x_partial", "y_partial"];

const REGPLOT = mplsig(
  `seaborn.regplot(data=None, *, x=None, y=None, ${REGPLOT_TEXT}, dropna=True, x_jitter=None, y_jitter=None, label=None, ` +
    "color=None, marker='o', scatter_kws=None, line_kws=None, ax=None)",
  { types: { ...REGRESSION_TYPES, dropna: "bool", label: "str|None", marker: "str" }, unsupported: REGRESSION_UNSUPPORTED },
);

/** The numeric x and y of a regression plot (rows with a NaN dropped when `dropna`), with their names. */
export function regressionData(data: unknown, xArg: unknown, yArg: unknown, dropna: boolean): { x: Float64Array; y: Float64Array; xname: string | null; yname: string | null } {
  if ((typeof xArg === "string" || typeof yArg === "string") && data == null) throw new ValueError("Must pass `data` if using named variables.");
  const columns = columnsOf(data);
  const xv = variableOf(xArg, columns);
  const yv = variableOf(yArg, columns);
  if (xv === null || yv === null || xv.kind !== "numeric" || yv.kind !== "numeric") throw new ValueError("regplot needs numeric x and y");
  let x = xv.values;
  let y = yv.values;
  if (x.length !== y.length) throw new ValueError("x and y must have the same length");
  if (dropna) {
    const keep = Array.from(x, (v, i) => v === v && y[i] === y[i]);
    x = x.filter((_, i) => keep[i]);
    y = y.filter((_, i) => keep[i]);
  }
  return { x, y, xname: xv.name, yname: yv.name };
}

/** Draws seaborn's regression plot on `ax` (regplot's body, also each facet of lmplot, which gives the x view). */
export function drawRegression(ax: Axes, b: Record<string, any>, d: { x: Float64Array; y: Float64Array; xname: string | null; yname: string | null }, viewX?: [number, number]): void {
  if ([b.order > 1, b.logistic, b.robust, b.lowess, b.logx].filter(Boolean).length > 1) throw new ValueError("Mutually exclusive regression options.");
  const fitReg = b.fit_reg && d.x.length > 1;
  const scatterKws: Props = { ...(b.scatter_kws ?? {}), marker: b.marker };
  const lineKws: Props = { ...(b.line_kws ?? {}) };
  if (b.label != null) (b.scatter ? scatterKws : lineKws).label = b.label;
  const color = toCss(b.color ?? ax.nextColor());
  scatterKws.color ??= color;
  lineKws.color ??= color;
  const estimator: Estimator | null = b.x_estimator ?? (b.x_bins != null ? "mean" : null);
  if (b.scatter && estimator !== null) {
    // one point per distinct (binned) x with its interval (seaborn's estimate_data)
    const xd = b.x_bins != null ? binPredictor(d.x, b.x_bins) : d.x;
    const xCi = b.x_ci === "ci" ? b.ci : b.x_ci;
    const { xs, ys, cis } = estimateData(xd, d.y, estimator, xCi, b.n_boot, b.seed);
    const ciKws = { color: scatterKws.color as string, ...(scatterKws.alpha != null ? { alpha: scatterKws.alpha as number } : {}), linewidth: Number(rcParams["lines.linewidth"]) * 1.75 };
    if (cis.some((c) => c !== null)) xs.forEach((x, k) => ax.plot([x, x], cis[k] as [number, number], ciKws));
    scatterKws.s ??= 50;
    ax.scatter(xs, ys, scatterKws);
  } else if (b.scatter) {
    const lineMarkers = ["1", "2", "3", "4", "+", "x", "|", "_"];
    scatterKws.linewidths ??= Number(rcParams[lineMarkers.includes(scatterKws.marker as string) ? "lines.linewidth" : "lines.markeredgewidth"]);
    scatterKws.alpha ??= 0.8;
    const jitter = (v: Float64Array, j: number | null) => {
      if (j == null) return v;
      const move = contiguousStorage(_rand.uniform(-j, j, v.length) as NDArray);
      return Float64Array.from(v, (u, k) => u + move[k]);
    };
    const xs = jitter(d.x, b.x_jitter);
    const ys = jitter(d.y, b.y_jitter);
    ax.scatter(xs, ys, scatterKws);
  }
  if (fitReg) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of d.x) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
    // truncate=False: the grid spans the x view (lmplot's, set from all its data beforehand)
    const [g0, g1] = b.truncate ? [lo, hi] : viewX ?? ax.get_xlim();
    const grid = contiguousStorage(linspace(g0, g1, 100)) as Float64Array;
    const { yhat, band } = regressionBand(d.x, d.y, grid, b.order, b.logx, b.ci, b.n_boot, b.seed);
    const lw = lineKws.lw ?? Number(rcParams["lines.linewidth"]) * 1.5;
    delete lineKws.lw;
    lineKws.linewidth ??= lw;
    const line = ax.plot(grid, yhat, lineKws)[0].artist as LineArtist;
    // no margins past the grid's ends (seaborn sets the line's sticky edges)
    if (!b.truncate) line.stickyX = [grid[0], grid[grid.length - 1]];
    if (band !== null) ax.fill_between(grid, band[0], band[1], { facecolor: lineKws.color as string, alpha: 0.15 });
  }
  if (d.xname !== null) ax.set_xlabel(d.xname);
  if (d.yname !== null) ax.set_ylabel(d.yname);
}

/**
 * `sns.regplot(data=None, *, x=None, y=None, x_estimator=None, x_bins=None, x_ci='ci',
 * scatter=True, fit_reg=True, ci=95, n_boot=1000, units=None, seed=None, order=1,
 * logistic=False, lowess=False, robust=False, logx=False, x_partial=None, y_partial=None,
 * truncate=True, dropna=True, x_jitter=None, y_jitter=None, label=None, color=None,
 * marker='o', scatter_kws=None, line_kws=None, ax=None)`: returns the Axes.
 */
export function regplot(data?: CategoricalData | RegplotOptions | null, options?: RegplotOptions): Axes;
export function regplot(): Axes {
  const b = REGPLOT.bind(arguments);
  const d = regressionData(b.data, b.x, b.y, b.dropna);
  const ax: Axes = b.ax ?? gca();
  drawRegression(ax, b, d);
  return ax;
}
pyfunction(REGPLOT, regplot);
