/**
 * The figures whose specs are snapshot-tested here and rendered in Chromium by test/render.
 * Each builder starts from matplotlib's defaults and returns the figure it drew.
 */
import { plt, sns } from "../../src";
import { NDArray } from "../../src/np/ndarray";
import { float64, uint8 } from "../../src/np/dtype";
import type { Figure } from "../../src/plt";

function ramp(h: number, w: number): NDArray {
  const d = new Float64Array(h * w);
  for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) d[i * w + j] = Math.sin(i / 3) * Math.cos(j / 4) + i / h;
  return NDArray.fromStorage(d, [h, w], float64);
}

/** Deterministic pseudo-random numbers (a small LCG) so the snapshots never change. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function normals(n: number, seed: number): number[] {
  const r = lcg(seed);
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r()));
}

/** Expected marks per figure: Vega mark type -> number of items drawn (checked in Chromium). */
export interface FigureCase {
  build: () => Figure;
  marks: Record<string, number>;
}

function reset(): void {
  plt.close("all");
  plt.rcdefaults();
  sns.set_color_codes("reset");
}

export const FIGURES: Record<string, FigureCase> = {
  tutorial_subplots: {
    marks: { image: 3 },
    build: () => {
      reset();
      plt.rcParams["font.size"] = 10;
      const [fig, axes] = plt.subplots({ nrows: 1, ncols: 3 });
      const ax = axes.ravel();
      ax[0].imshow(ramp(40, 32), { cmap: "gray" });
      ax[0].set_title("Original image");
      ax[1].imshow(ramp(10, 8), { cmap: "gray" });
      ax[1].set_title("Rescaled image");
      ax[2].imshow(ramp(10, 8), { cmap: "gray" });
      ax[2].set_title("Resized image");
      ax[0].set_xlim(0, 20);
      ax[0].set_ylim(20, 0);
      plt.tight_layout();
      return fig;
    },
  },
  imshow_rgb_title: {
    marks: { image: 1 },
    build: () => {
      reset();
      plt.rcParams["font.size"] = 16;
      const fig = plt.figure();
      plt.title("Zhang Family: Benson, Max, and Snow");
      const px = new Uint8Array(4 * 5 * 3);
      for (let i = 0; i < px.length; i++) px[i] = (i * 37) % 256;
      plt.imshow(NDArray.fromStorage(px, [4, 5, 3], uint8));
      return fig;
    },
  },
  plot_styles: {
    marks: { line: 3, symbol: 1 },
    build: () => {
      reset();
      const fig = plt.figure();
      const x = Array.from({ length: 20 }, (_, i) => i / 2);
      plt.plot(x.map((v) => Math.sin(v)));
      plt.plot(x, x.map((v) => Math.cos(v)), "r--", { label: "cos" });
      plt.plot(x, x.map((v) => v / 10), "o", { label: "points" });
      plt.plot(x, x.map((v) => -v / 10), "g-", { linewidth: 3, label: "line" });
      plt.legend();
      plt.grid(true);
      plt.xlabel("iteration");
      plt.ylabel("cost");
      plt.title("Cost during training");
      return fig;
    },
  },
  scatter_colorbar: {
    marks: { symbol: 1, image: 1, rect: 1, rule: 1, text: 2 },
    build: () => {
      reset();
      const fig = plt.figure({ figsize: [5, 4] });
      const xs = normals(50, 1);
      const ys = normals(50, 2);
      const sc = plt.scatter(xs, ys, { c: ys, s: 20, marker: "s", cmap: "plasma" });
      plt.colorbar(sc, { label: "y value" });
      return fig;
    },
  },
  hist_bar_grid: {
    marks: { rect: 3, rule: 2, text: 1 },
    build: () => {
      reset();
      const [fig, axes] = plt.subplots({ nrows: 2, ncols: 2, figsize: [8, 6] });
      const data = normals(200, 3);
      axes[0][0].hist(data);
      axes[0][1].hist(data, { bins: 5, range: [-1, 1], density: true, color: "C2" });
      axes.get(1, 0).bar([1, 2, 3], [3, 1, 2], { color: "tab:orange" });
      axes.get(1, 1).axhline(0.5, { color: "k", linestyle: "--" });
      axes.get(1, 1).axvline(0.25, { color: "m" });
      fig.suptitle("Histograms and bars");
      return fig;
    },
  },
  imshow_axis_off: {
    marks: { image: 1 },
    build: () => {
      reset();
      const fig = plt.figure();
      plt.imshow(ramp(12, 20), { vmin: 0, vmax: 1, origin: "lower" });
      plt.axis("off");
      return fig;
    },
  },
  sns_scatter_binary_hue: {
    marks: { symbol: 1 },
    build: () => {
      reset();
      sns.set_style("white");
      const x = normals(40, 4);
      const y = normals(40, 5);
      const ax = sns.scatterplot({ x, y, hue: x.map((v) => (v > 0 ? 1 : 0)) });
      return ax.figure;
    },
  },
  sns_scatter_continuous_hue: {
    marks: { symbol: 1 },
    build: () => {
      reset();
      sns.set_style("darkgrid");
      const x = normals(40, 6);
      const y = normals(40, 7);
      const ax = sns.scatterplot({ x, y, hue: y.map((v) => 1 / (1 + Math.exp(-v))) });
      return ax.figure;
    },
  },
  sns_scatter_size_style: {
    marks: { symbol: 1 },
    build: () => {
      reset();
      sns.set_style("ticks");
      const x = normals(30, 9);
      const y = normals(30, 10);
      const data = { x, y, kind: x.map((v) => (v > 0.3 ? "big" : v > -0.3 ? "mid" : "small")), weight: y.map((v) => Math.round(Math.abs(v) * 10)) };
      const ax = sns.scatterplot({ data, x: "x", y: "y", style: "kind", size: "weight", hue: "kind" });
      return ax.figure;
    },
  },
  sns_line_hist: {
    marks: { line: 2, rect: 1 },
    build: () => {
      reset();
      sns.set_theme({ style: "whitegrid" });
      const [fig, axes] = plt.subplots({ nrows: 1, ncols: 2 });
      const t = Array.from({ length: 30 }, (_, i) => i % 10);
      sns.lineplot({ data: { t, v: t.map((v, i) => v * v + (i % 3)), g: t.map((_, i) => (i < 15 ? "a" : "b")) }, x: "t", y: "v", hue: "g", errorbar: null, ax: axes[0] });
      sns.histplot({ x: normals(100, 8), ax: axes[1] });
      return fig;
    },
  },
  api_plot_types: {
    marks: { rect: 2, area: 3, image: 2, text: 3, line: 1, symbol: 1 },
    build: () => {
      reset();
      const [fig, axes] = plt.subplots({ nrows: 2, ncols: 3 });
      const ax = axes.ravel();
      ax[0].hist2d(normals(200, 11), normals(200, 12), { bins: 8 });
      ax[1].broken_barh([[1, 2], [5, 1.5]], [3, 0.8], { facecolors: "tab:orange" });
      ax[1].broken_barh([[2, 3]], [1, 0.8]);
      ax[2].spy([[1, 0, 0, 2], [0, 0, 3, 0], [0.05, 0, 0, -1]]);
      ax[3].bar_label(ax[3].bar([1, 2, 3], [3, -1, 2.5]));
      ax[4].imshow(ramp(10, 8)).set_cmap("hot");
      ax[4].images[0].set_clim(0, 1);
      ax[5].semilogy([1, 2, 3, 4], [1, 10, 100, 1000], "o-");
      return fig;
    },
  },
};
