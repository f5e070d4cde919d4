/**
 * seaborn's heatmap, declared with seaborn 0.12's signature: a 2-D array (nested lists, NDArray
 * or a record of columns) drawn as cells of one data unit (cell (i, j) spans [j, j+1] x [i, i+1],
 * y inverted, tick labels at the cell centres), seaborn's colormap limits (robust percentiles,
 * center), annotations in dark or light text by the cell's relative luminance, and a colorbar.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import type { AxesImage } from "../plt/imshow";
import { Colormap, lutIndex } from "../plt/colormaps";
import { rgbFloats } from "./desaturate";
import { anyCmap } from "./cmaps";
import { readArray, NDArrayLike } from "../plt/data";
import { mplsig } from "../plt/pysig";
import { rcParams } from "../plt/rcparams";
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { nanpercentile } from "../np/statistics/nan-order";
import { formatSpec } from "./pyformat";
import type { DataTable } from "./relational";

/** Tick labels: "auto" (thinned to fit), true/false, every n-th, or the labels themselves. */
export type HeatmapTicklabels = "auto" | boolean | number | readonly (string | number)[];

/** Options of `sns.heatmap`. */
export interface HeatmapOptions {
  data?: DataTable | NDArrayLike;
  vmin?: number | null;
  vmax?: number | null;
  cmap?: string | Colormap | readonly string[] | null;
  center?: number | null;
  robust?: boolean;
  annot?: boolean | NDArrayLike | null;
  fmt?: string;
  /** Text keywords of the annotations (fontsize, color, fontweight, ...). */
  annot_kws?: Record<string, unknown> | null;
  linewidths?: number;
  linecolor?: string;
  cbar?: boolean;
  /** Colorbar keywords: `label`. */
  cbar_kws?: { label?: string } | null;
  cbar_ax?: null;
  square?: boolean;
  xticklabels?: HeatmapTicklabels;
  yticklabels?: HeatmapTicklabels;
  mask?: NDArrayLike | readonly (readonly boolean[])[] | null;
  ax?: Axes | null;
}

const HEATMAP = mplsig(
  "seaborn.heatmap(data, *, vmin=None, vmax=None, cmap=None, center=None, robust=False, annot=None, fmt='.2g', " +
    "annot_kws=None, linewidths=0, linecolor='white', cbar=True, cbar_kws=None, cbar_ax=None, square=False, " +
    "xticklabels='auto', yticklabels='auto', mask=None, ax=None)",
  {
    types: { vmin: "float|None", vmax: "float|None", center: "float|None", robust: "bool", fmt: "str", linewidths: "float", cbar: "bool", square: "bool" },
    unsupported: ["cbar_ax"],
  },
);

/** A matrix as row-major float64 values with its row and column labels. */
interface Matrix {
  values: Float64Array;
  rows: number;
  cols: number;
  integer: boolean;
  columns: string[];
}

function isTable(d: unknown): d is DataTable {
  return typeof d === "object" && d !== null && !Array.isArray(d) && !ArrayBuffer.isView(d) && !(d instanceof NDArray);
}

function readMatrix(data: unknown): Matrix {
  if (isTable(data)) {
    const names = Object.keys(data);
    const cols = names.map((k) => readArray(data[k] as NDArrayLike, k).values);
    const rows = cols.length === 0 ? 0 : cols[0].length;
    if (cols.some((c) => c.length !== rows)) throw new ValueError("All arrays must be of the same length");
    const values = new Float64Array(rows * names.length);
    cols.forEach((c, j) => c.forEach((v, i) => (values[i * names.length + j] = v)));
    const integer = names.every((k) => { const c = data[k]; return c instanceof NDArray ? c.dtype.kind !== "f" : Array.from(c as ArrayLike<number>).every(Number.isInteger); });
    return { values, rows, cols: names.length, integer, columns: names };
  }
  const { values, shape } = readArray(data as NDArrayLike, "data");
  if (shape.length !== 2) throw new ValueError(`Must pass 2-d input. shape=(${shape.join(", ")}${shape.length === 1 ? "," : ""})`);
  const integer = data instanceof NDArray ? data.dtype.kind !== "f" : Array.from(values).every(Number.isInteger);
  return { values: Float64Array.from(values), rows: shape[0], cols: shape[1], integer, columns: Array.from({ length: shape[1] }, (_, j) => String(j)) };
}

/** seaborn's colormap: the one named or given, a list of colors as a ListedColormap, default rocket (icefire with center). */
function cmapOf(cmap: unknown, center: number | null): Colormap {
  if (cmap == null) return anyCmap(center == null ? "rocket" : "icefire");
  if (Array.isArray(cmap)) {
    if (cmap.length === 0) throw new ValueError("a ListedColormap needs at least one color");
    const lut = new Uint8Array(cmap.length * 3);
    const up = new Uint8Array(cmap.length * 3);
    cmap.forEach((c, i) => {
      rgbFloats(c).forEach((v, k) => {
        lut[i * 3 + k] = Math.trunc(v * 255);
        up[i * 3 + k] = Math.round(v * 255) - Math.trunc(v * 255);
      });
    });
    return new Colormap("from_list", lut, cmap.length, up);
  }
  return anyCmap(cmap as string | Colormap);
}

/** seaborn's centred colormap: the part of the cmap that [vmin, vmax] covers when centred. */
function centred(cmap: Colormap, vmin: number, vmax: number, center: number): Colormap {
  const vrange = Math.max(vmax - center, center - vmin);
  const lo = center - vrange;
  const cmin = (vmin - lo) / (2 * vrange);
  const cmax = (vmax - lo) / (2 * vrange);
  const lut = new Uint8Array(256 * 3);
  const up = new Uint8Array(256 * 3);
  for (let i = 0; i < 256; i++) {
    // np.linspace(cmin, cmax, 256)
    const t = i === 255 ? cmax : cmin + (i * (cmax - cmin)) / 255;
    const k = lutIndex(t, cmap.N);
    lut.set(cmap.lut.subarray(k * 3, k * 3 + 3), i * 3);
    up.set(cmap.roundUp.subarray(k * 3, k * 3 + 3), i * 3);
  }
  return new Colormap(cmap.name, lut, 256, up);
}

/**
 * WCAG relative luminance of a lut entry (seaborn's relative_luminance). The table holds
 * truncated bytes and whether the float rounds up, so each channel is known to a quarter of a
 * byte: the middle of that range is used.
 */
function luminance(cmap: Colormap, k: number): number {
  const w = [0.2126, 0.7152, 0.0722];
  let lum = 0;
  for (let c = 0; c < 3; c++) {
    const v = (cmap.lut[k * 3 + c] + 0.25 + 0.5 * cmap.roundUp[k * 3 + c]) / 255;
    lum += w[c] * (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  }
  return lum;
}

/** seaborn's _skip_ticks: every n-th label at the cell centres. */
function skipTicks(labels: string[], every: number): [number[], string[]] {
  if (every === 0) return [[], []];
  const ticks: number[] = [];
  const kept: string[] = [];
  for (let i = 0; i < labels.length; i += every) {
    ticks.push(i + 0.5);
    kept.push(labels[i]);
  }
  return [ticks, kept];
}

/** Ticks and labels of one axis from the xticklabels / yticklabels parameter. */
/** matplotlib's named font sizes relative to font.size. */
const FONT_SCALINGS: Record<string, number> = { "xx-small": 0.579, "x-small": 0.694, small: 0.833, medium: 1, large: 1.2, "x-large": 1.44, "xx-large": 1.728, larger: 1.2, smaller: 0.833 };

/** The tick label font size in points. */
function tickFontsize(axis: "x" | "y"): number {
  const size = rcParams[`${axis}tick.labelsize`] ?? "medium";
  return typeof size === "number" ? size : Number(rcParams["font.size"]) * (FONT_SCALINGS[String(size)] ?? 1);
}

/** A label's advance in ems, estimated from DejaVu Sans' widths (digits .64, capitals .7, others .6, space .32). */
function labelEms(label: string): number {
  let ems = 0;
  for (const ch of label) ems += /[0-9]/.test(ch) ? 0.636 : /[A-Z]/.test(ch) ? 0.7 : ch === " " ? 0.318 : 0.6;
  return ems;
}

/** Whether neighbouring labels along an axis of `lengthInches` over [0, n] would overlap (seaborn rotates them then). */
function labelsOverlap(ticks: number[], labels: string[], n: number, lengthInches: number, fontsize: number): boolean {
  const perUnit = (lengthInches * 72) / n;
  for (let i = 1; i < ticks.length; i++) {
    const half = ((labelEms(labels[i - 1]) + labelEms(labels[i])) * fontsize) / 2;
    if ((ticks[i] - ticks[i - 1]) * perUnit < half) return true;
  }
  return false;
}

function ticksOf(param: HeatmapTicklabels, defaults: string[], sizeInches: number, axis: "x" | "y"): [number[], string[]] {
  if (param === "auto") {
    if (defaults.length === 0) return [[], []];
    // seaborn's _auto_ticks: as many labels as fit at the tick label font size
    const fontsize = tickFontsize(axis);
    const maxTicks = Math.floor(sizeInches / (fontsize / 72));
    if (maxTicks < 1) return [[], []];
    return skipTicks(defaults, Math.floor(defaults.length / maxTicks) + 1);
  }
  if (typeof param === "boolean") return skipTicks(defaults, param ? 1 : 0);
  if (typeof param === "number") {
    if (!Number.isInteger(param) || param < 0) throw new ValueError(`xticklabels/yticklabels must be 'auto', a bool, a non-negative int or a list of labels, not ${param}`);
    return skipTicks(defaults, param);
  }
  if (typeof param === "string") throw new ValueError(`xticklabels/yticklabels must be 'auto', a bool, an int or a list of labels, not '${param}'`);
  return skipTicks(param.map(String), 1);
}

/**
 * `sns.heatmap(data, *, vmin=None, vmax=None, cmap=None, center=None, robust=False, annot=None,
 * fmt='.2g', annot_kws=None, linewidths=0, linecolor='white', cbar=True, cbar_kws=None,
 * cbar_ax=None, square=False, xticklabels='auto', yticklabels='auto', mask=None, ax=None,
 * **kwargs)`: returns the Axes. Masked and NaN cells are left empty; pcolormesh keywords
 * (**kwargs) are not taken yet.
 */
export function heatmap(data: DataTable | NDArrayLike, options?: HeatmapOptions): Axes;
export function heatmap(): Axes {
  const b = HEATMAP.bind(arguments);
  const ax: Axes = b.ax ?? gca();
  const m = readMatrix(b.data);
  const n = m.rows * m.cols;
  const plot = Float64Array.from(m.values);
  if (b.mask != null) {
    const mask = readArray(b.mask as NDArrayLike, "mask");
    if (mask.values.length !== n || mask.shape[0] !== m.rows) throw new ValueError("Mask must have the same shape as data.");
    for (let i = 0; i < n; i++) if (mask.values[i]) plot[i] = NaN;
  }
  // seaborn's _determine_cmap_params over the unmasked values
  let vmin: number = b.vmin ?? NaN;
  let vmax: number = b.vmax ?? NaN;
  const calc = NDArray.fromStorage(plot, [n], float64);
  if (b.vmin == null) vmin = b.robust ? (nanpercentile(calc, 2) as number) : Math.min(...Array.from(plot).filter((v) => v === v));
  if (b.vmax == null) vmax = b.robust ? (nanpercentile(calc, 98) as number) : Math.max(...Array.from(plot).filter((v) => v === v));
  let cmap = cmapOf(b.cmap, b.center);
  if (b.center != null) cmap = centred(cmap, vmin, vmax, b.center);

  const image: AxesImage = ax.imshow(NDArray.fromStorage(plot, [m.rows, m.cols], float64), {
    cmap, vmin, vmax, interpolation: "nearest", aspect: b.square ? "equal" : "auto", extent: [0, m.cols, m.rows, 0],
  });
  if (b.linewidths > 0) {
    const edges = (k: number) => Array.from({ length: k + 1 }, (_, i) => i);
    ax.hlines(edges(m.rows), 0, m.cols, b.linecolor, "solid", "", { linewidth: b.linewidths });
    ax.vlines(edges(m.cols), 0, m.rows, b.linecolor, "solid", "", { linewidth: b.linewidths });
  }
  ax.set_xlim(0, m.cols);
  ax.set_ylim(m.rows, 0);
  if (b.cbar) {
    const kws = b.cbar_kws ?? {};
    const unknown = Object.keys(kws).filter((k) => k !== "label");
    if (unknown.length > 0) throw new NotImplementedError(`heatmap() cbar_kws '${unknown[0]}' is not supported yet`);
    ax.figure.colorbar(image, { ax, label: kws.label ?? "" });
  }
  const { width, height } = ax.figure.axesPixelSize(ax.position, ax);
  const dpi = ax.figure.dpi;
  const [xticks, xlabels] = ticksOf(b.xticklabels, m.columns, width / dpi, "x");
  const [yticks, ylabels] = ticksOf(b.yticklabels, Array.from({ length: m.rows }, (_, i) => String(i)), height / dpi, "y");
  // y labels are vertical; either axis's labels turn when they would overlap (by estimated widths)
  const xOverlap = labelsOverlap(xticks, xlabels, m.cols, width / dpi, tickFontsize("x"));
  const yOverlap = labelsOverlap(yticks, ylabels, m.rows, height / dpi, tickFontsize("y"));
  ax.set_xticks(xticks, xlabels, xOverlap ? { rotation: 90 } : {});
  ax.set_yticks(yticks, ylabels, { rotation: yOverlap ? 0 : 90 });

  if (b.annot != null && b.annot !== false) {
    let annot = m.values;
    let integer = m.integer;
    if (b.annot !== true) {
      const a = readArray(b.annot as NDArrayLike, "annot");
      if (a.values.length !== n || a.shape[0] !== m.rows) throw new ValueError("`data` and `annot` must have same shape.");
      annot = Float64Array.from(a.values);
      integer = b.annot instanceof NDArray ? b.annot.dtype.kind !== "f" : annot.every(Number.isInteger);
    }
    const span = vmax - vmin;
    for (let i = 0; i < m.rows; i++) {
      for (let j = 0; j < m.cols; j++) {
        const v = plot[i * m.cols + j];
        if (v !== v) continue;
        const k = lutIndex(span === 0 ? 0 : (v - vmin) / span, cmap.N);
        const color = luminance(cmap, k) > 0.408 ? "#262626" : "#ffffff";
        ax.text(j + 0.5, i + 0.5, formatSpec(annot[i * m.cols + j], b.fmt, integer), null, { color, ha: "center", va: "center", ...(b.annot_kws ?? {}) });
      }
    }
  }
  ax.grid(false);
  return ax;
}
pyfunction(HEATMAP, heatmap);
