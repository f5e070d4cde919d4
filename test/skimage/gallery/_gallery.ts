/**
 * Runs a port of one of scikit-image 0.19's gallery examples and compares it with the run of the
 * Python example (scripts/golden/skimage_gallery.py): the values it computes (integers, labels,
 * bools and dtypes exact, floats within 1e-6) and the figures it draws, read through the artist
 * API (axes count, titles, labels, image arrays, colormaps and limits, line data, patch and
 * collection counts, texts).
 */
import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { contiguousStorage } from "../../../src/np/contiguous";
import { openFigures } from "../../../src/plt/state";
import type { Figure } from "../../../src/plt";
import { GOLDEN_DIR } from "../../helpers/golden";

const DIR = join(GOLDEN_DIR, "skimage_gallery");
/** scikit-image's float outputs: 1e-6, relative above 1, absolute below. */
export const FLOAT_TOL = 1e-6;

interface GalleryArray {
  dtype: string;
  shape: number[];
  data?: unknown[];
  gz?: string;
  stats?: [number, number, number];
  step?: number;
  sample_dtype?: string;
}

const READERS: Record<string, (b: ArrayBuffer) => ArrayLike<number>> = {
  bool: (b) => new Uint8Array(b), uint8: (b) => new Uint8Array(b), int8: (b) => new Int8Array(b),
  uint16: (b) => new Uint16Array(b), int16: (b) => new Int16Array(b),
  uint32: (b) => new Uint32Array(b), int32: (b) => new Int32Array(b),
  float32: (b) => new Float32Array(b), float64: (b) => new Float64Array(b),
  int64: (b) => Array.from(new BigInt64Array(b), Number), uint64: (b) => Array.from(new BigUint64Array(b), Number),
};

function scalar(v: unknown): unknown {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  return v;
}

/** The stored values of an array: all of them, or every `step`-th for a large float array. */
function storedValues(g: GalleryArray): ArrayLike<number> {
  if (g.data) return g.data.map((v) => Number(scalar(typeof v === "boolean" ? Number(v) : v)));
  const buf = gunzipSync(readFileSync(join(DIR, g.gz!)));
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer;
  return READERS[g.sample_dtype ?? g.dtype](ab);
}

export interface Example {
  values: Record<string, unknown>;
  figures: FigureSummary[];
}
interface AxesSummary {
  title: string; xlabel: string; ylabel: string; n_patches: number; n_collections: number; texts: string[];
  images: { array: { __ndarray__: GalleryArray }; cmap: string; clim: [number, number] }[];
  lines: { xdata: { __ndarray__: GalleryArray }; ydata: { __ndarray__: GalleryArray } }[];
}
interface FigureSummary { n_axes: number; suptitle: string; axes: AxesSummary[] }

export function loadExample(name: string): Example {
  return JSON.parse(readFileSync(join(DIR, name + ".json"), "utf8"));
}

function isGalleryArray(v: unknown): v is { __ndarray__: GalleryArray } {
  return v !== null && typeof v === "object" && "__ndarray__" in (v as object);
}

function closeFloat(a: number, e: number): boolean {
  if (Number.isNaN(e)) return Number.isNaN(a);
  if (!Number.isFinite(e)) return a === e;
  return Math.abs(a - e) <= FLOAT_TOL * Math.max(1, Math.abs(e));
}

const INTEGER = /^(bool|u?int\d+)$/;

/** Compares an array-like with a stored array; pushes mismatches as readable lines. */
function compareArray(actual: unknown, g: GalleryArray, path: string, out: string[], dtypes: boolean): void {
  const arr = actual instanceof NDArray ? actual : null;
  if (!arr) {
    out.push(`${path}: expected an array (${g.dtype}${JSON.stringify(g.shape)}), got ${typeof actual}`);
    return;
  }
  if (dtypes && arr.dtype.name !== g.dtype) out.push(`${path}: dtype ${arr.dtype.name} != ${g.dtype}`);
  if (JSON.stringify(arr.shape) !== JSON.stringify(g.shape)) {
    out.push(`${path}: shape ${JSON.stringify(arr.shape)} != ${JSON.stringify(g.shape)}`);
    return;
  }
  const data = contiguousStorage(arr) as ArrayLike<number>;
  const want = storedValues(g);
  const step = g.step ?? 1;
  const exact = INTEGER.test(g.dtype);
  let bad = 0;
  let first = "";
  for (let i = 0, j = 0; j < want.length; i += step, j++) {
    const a = Number(data[i]);
    const e = Number(want[j]);
    if (exact ? a !== e : !closeFloat(a, e)) {
      if (bad++ === 0) first = `flat[${i}] ${a} != ${e}`;
    }
  }
  if (bad) out.push(`${path}: ${bad} of ${want.length} elements differ, first ${first}`);
  if (g.stats) {
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const [s, lo, hi] = g.stats;
    if (Math.abs(sum - s) > FLOAT_TOL * Math.max(1, Math.abs(s)) * 10) out.push(`${path}: sum ${sum} != ${s}`);
    if (!closeFloat(min, lo) || !closeFloat(max, hi)) out.push(`${path}: range [${min}, ${max}] != [${lo}, ${hi}]`);
  }
}

/** Compares any value the example computed with its stored counterpart. */
export function compare(actual: unknown, expected: unknown, path: string, out: string[] = [], dtypes = true): string[] {
  if (isGalleryArray(expected)) compareArray(actual, expected.__ndarray__, path, out, dtypes);
  else if (Array.isArray(expected)) {
    const list = actual instanceof NDArray ? actual.tolist() : actual;
    if (!Array.isArray(list) || list.length !== expected.length) {
      out.push(`${path}: length ${Array.isArray(list) ? list.length : typeof list} != ${expected.length}`);
    } else expected.forEach((e, i) => compare(list[i], e, `${path}[${i}]`, out, dtypes));
  } else if (expected !== null && typeof expected === "object") {
    for (const [k, e] of Object.entries(expected)) {
      const a = actual instanceof Map ? actual.get(k) : (actual as Record<string, unknown>)?.[k];
      compare(a, e, `${path}.${k}`, out, dtypes);
    }
  } else if (typeof expected === "number" || expected === "nan" || expected === "inf" || expected === "-inf") {
    const e = Number(scalar(expected));
    const a = actual instanceof NDArray && actual.ndim === 0 ? actual.item() : actual;
    if (typeof a !== "number" || !closeFloat(a, e)) out.push(`${path}: ${String(a)} != ${e}`);
  } else if (typeof expected === "boolean") {
    const a = actual instanceof NDArray && actual.ndim === 0 ? Boolean(actual.item()) : actual;
    if (a !== expected) out.push(`${path}: ${String(a)} != ${expected}`);
  } else if (actual !== expected) out.push(`${path}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
  return out;
}

/** Mismatches between the open figures and the example's figures. */
export function compareFigures(figs: Figure[], expected: FigureSummary[]): string[] {
  const out: string[] = [];
  if (figs.length !== expected.length) out.push(`figures: ${figs.length} != ${expected.length}`);
  expected.forEach((fe, f) => {
    const fig = figs[f];
    if (!fig) return;
    const axes = fig.axes;
    if (axes.length !== fe.n_axes) out.push(`fig${f}: ${axes.length} axes != ${fe.n_axes}`);
    fe.axes.forEach((ae, i) => {
      const ax = axes[i];
      if (!ax) return;
      const p = `fig${f}.ax${i}`;
      compare(ax.get_title(), ae.title, `${p}.title`, out);
      compare(ax.get_xlabel(), ae.xlabel, `${p}.xlabel`, out);
      compare(ax.get_ylabel(), ae.ylabel, `${p}.ylabel`, out);
      const images = ax.get_images();
      if (images.length !== ae.images.length) out.push(`${p}: ${images.length} images != ${ae.images.length}`);
      ae.images.forEach((ie, k) => {
        const im = images[k];
        if (!im) return;
        compare(im.get_array(), ie.array, `${p}.image${k}.array`, out, false);
        // RGB(A) images use neither colormap nor limits
        if (ie.array.__ndarray__.shape.length === 3) return;
        compare(im.get_cmap().name, ie.cmap, `${p}.image${k}.cmap`, out);
        compare(im.get_clim().map(Number), ie.clim.map(Number), `${p}.image${k}.clim`, out);
      });
      const lines = ax.get_lines();
      if (lines.length !== ae.lines.length) out.push(`${p}: ${lines.length} lines != ${ae.lines.length}`);
      ae.lines.forEach((le, k) => {
        const ln = lines[k];
        if (!ln) return;
        compare(asFloat(ln.get_xdata()), le.xdata, `${p}.line${k}.xdata`, out, false);
        compare(asFloat(ln.get_ydata()), le.ydata, `${p}.line${k}.ydata`, out, false);
      });
      if (ax.patches.length !== ae.n_patches) out.push(`${p}: ${ax.patches.length} patches != ${ae.n_patches}`);
      if (ax.collections.length !== ae.n_collections) out.push(`${p}: ${ax.collections.length} collections != ${ae.n_collections}`);
      compare(ax.texts.map((t) => t.get_text()), ae.texts, `${p}.texts`, out);
    });
  });
  return out;
}

function asFloat(v: unknown): NDArray {
  return np.asarray(v as number[], "float64");
}

export interface GalleryOptions {
  /** Figure mismatches the port shows because plt lacks a call (each documented in the test). */
  figureGaps?: string[];
  /** Value mismatches known and documented in the test (a substring of each line). */
  valueGaps?: string[];
}

/**
 * Stands in for `plt.show()` in a port: a notebook displays the open figures and closes them; here
 * each is compiled to its Vega-Lite spec (what the notebook would show) and kept for comparison,
 * without rendering its PNG.
 */
export type Show = () => void;

/**
 * Declares the uvu test for one example: runs `body` (the port, cell by cell) on fresh figures,
 * then compares the values it returns (keyed as scripts/golden/skimage_gallery.py's CHECKS) and
 * the figures it showed or left open with the Python run.
 */
export function galleryTest(name: string, body: (show: Show) => Record<string, unknown>, opts: GalleryOptions = {}): void {
  test(name, () => {
    plt.close("all");
    const ex = loadExample(name);
    const shown: Figure[] = [];
    const show: Show = () => {
      for (const fig of openFigures()) {
        fig.toSpec();
        shown.push(fig);
        plt.close(fig);
      }
    };
    try {
      const values = body(show);
      shown.push(...openFigures());
      const missing = Object.keys(ex.values).filter((k) => !(k in values));
      assert.equal(missing, [], `${name}: values not returned by the port`);
      const valueDiffs = compare(values, ex.values, name).filter((d) => !(opts.valueGaps ?? []).some((g) => d.includes(g)));
      assert.equal(valueDiffs, [], `${name}: values`);
      const figDiffs = compareFigures(shown, ex.figures).filter((d) => !(opts.figureGaps ?? []).some((g) => d.includes(g)));
      assert.equal(figDiffs, [], `${name}: figures`);
    } finally {
      plt.close("all");
    }
  });
}
