/**
 * pyplot.subplot_mosaic: subplots laid out by a picture of labels, `"AB;CC"` or
 * `[["A", "B"], ["C", "C"]]`; a label repeated over a rectangle spans it, the empty sentinel
 * ('.') leaves a cell empty. Returns the figure and a record from label to Axes.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import { figure, type FigureOptions } from "./pyplot";
import type { Figure } from "./figure";
import { mplsig } from "./pysig";
import "./mosaic_layout";

const SUBPLOT_MOSAIC = mplsig(
  "matplotlib.pyplot.subplot_mosaic(mosaic, *, sharex=False, sharey=False, width_ratios=None, height_ratios=None, empty_sentinel='.', " +
    "subplot_kw=None, gridspec_kw=None, num=None, figsize=None, dpi=None, facecolor=None, tight_layout=None, layout=None)",
  {
    types: { sharex: "bool", sharey: "bool", empty_sentinel: "str", figsize: "sequence|None", dpi: "float|None" },
    unsupported: ["sharex", "sharey", "width_ratios", "height_ratios", "subplot_kw", "gridspec_kw"],
  },
);

/** Options of `subplot_mosaic`: its own keywords and the figure's. */
export interface SubplotMosaicOptions extends Pick<FigureOptions, "num" | "figsize" | "dpi" | "facecolor" | "tight_layout" | "layout"> {
  sharex?: boolean;
  sharey?: boolean;
  width_ratios?: null;
  height_ratios?: null;
  /** The label of an empty cell (default "."). */
  empty_sentinel?: string;
  subplot_kw?: null;
  gridspec_kw?: null;
}

function pyList(row: readonly string[]): string {
  return `[${row.map((v) => `'${v}'`).join(", ")}]`;
}

/** The mosaic as rows of labels (a string's rows split on ";" or new lines, blank lines dropped). */
function rowsOf(mosaic: unknown): string[][] {
  if (typeof mosaic === "string") {
    const lines = mosaic.includes(";") ? mosaic.split(";") : mosaic.split("\n");
    return lines.map((l) => l.trim()).filter((l) => l !== "").map((l) => [...l]);
  }
  if (!Array.isArray(mosaic)) throw new PyTypeError("subplot_mosaic() mosaic must be a string or a list of lists of labels");
  return mosaic.map((row) => {
    if (!Array.isArray(row)) throw new ValueError("List mosaic specification must be 2D");
    return row.map((v) => {
      if (Array.isArray(v)) throw new NotImplementedError("subplot_mosaic(): nested mosaics are not supported yet");
      return String(v);
    });
  });
}

function numpyRepr(rows: string[][]): string {
  const width = Math.max(...rows.flat().map((v) => v.length + 2));
  const body = rows.map((r) => `[${r.map((v) => `'${v}'`.padEnd(width)).join(", ")}]`).join(",\n       ");
  return `array([${body}], dtype=object)`;
}

/**
 * `plt.subplot_mosaic(mosaic, *, sharex=False, sharey=False, width_ratios=None, height_ratios=None,
 * empty_sentinel='.', subplot_kw=None, gridspec_kw=None, **fig_kw)`: a figure and its labelled subplots.
 */
export function subplot_mosaic(mosaic: string | readonly (readonly string[])[], options?: SubplotMosaicOptions): [Figure, Record<string, Axes>];
export function subplot_mosaic(): [Figure, Record<string, Axes>] {
  const b = SUBPLOT_MOSAIC.bind(arguments);
  const rows = rowsOf(b.mosaic);
  const ncols = rows[0]?.length ?? 0;
  rows.forEach((r, k) => {
    if (r.length !== ncols) {
      throw new ValueError(`All of the rows must be the same length, however the first row (${pyList(rows[0])}) has length ${ncols} and row ${k} (${pyList(r)}) has length ${r.length}.`);
    }
  });
  const labels: string[] = [];
  for (const r of rows) for (const v of r) if (v !== b.empty_sentinel && !labels.includes(v)) labels.push(v);
  const fig = figure({ num: b.num, figsize: b.figsize, dpi: b.dpi, facecolor: b.facecolor, tight_layout: b.tight_layout, layout: b.layout });
  const out: Record<string, Axes> = {};
  for (const label of labels) {
    let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
    rows.forEach((r, i) => r.forEach((v, j) => {
      if (v !== label) return;
      r0 = Math.min(r0, i); r1 = Math.max(r1, i); c0 = Math.min(c0, j); c1 = Math.max(c1, j);
    }));
    for (let i = r0; i <= r1; i++) {
      for (let j = c0; j <= c1; j++) {
        if (rows[i][j] !== label) {
          throw new ValueError(`While trying to layout\n${numpyRepr(rows)}\nwe found that the label '${label}' specifies a non-rectangular or non-contiguous area.`);
        }
      }
    }
    const ax = new Axes(fig, { nrows: rows.length, ncols, row: r0, col: c0, rowspan: r1 - r0 + 1, colspan: c1 - c0 + 1 });
    fig.axes.push(ax);
    out[label] = ax;
  }
  return [fig, out];
}

pyfunction(SUBPLOT_MOSAIC, subplot_mosaic);
