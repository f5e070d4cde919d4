// plt cases: building a figure and plt.show() to files (Vega-Lite spec + PNG), outside a
// notebook, against matplotlib's Agg savefig(format="png") of the same figure.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { need, member, Missing } = require("../lib/library");

const BENSON = path.resolve(__dirname, "..", "..", "notebooks", "benson.JPG");
const SEED = 2020;

/** The directory plt.show() writes into (run.js points TSLAB_SCI_FIGURES_DIR at it). */
function figuresDir() {
  const dir = process.env.TSLAB_SCI_FIGURES_DIR;
  if (!dir) throw new Error("TSLAB_SCI_FIGURES_DIR is not set");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs fn with stdout silenced: show() prints the paths it wrote, once per call. */
function quiet(fn) {
  const write = process.stdout.write;
  const log = console.log;
  process.stdout.write = () => true;
  console.log = () => {};
  try {
    return fn();
  } finally {
    process.stdout.write = write;
    console.log = log;
  }
}

/** The axes of plt.subplots as a flat JS array (an array, nested arrays, or something with ravel()). */
function axesList(axes) {
  if (Array.isArray(axes)) return axes.flat(Infinity);
  if (axes && typeof axes.ravel === "function") return axesList(axes.ravel());
  if (axes && typeof axes.tolist === "function") return axesList(axes.tolist());
  throw new Error(`plt.subplots returned axes of an unexpected kind (${typeof axes})`);
}

/** Modification times of the PNGs in dir (show() reuses names: figure-N.png). */
function pngTimes(dir) {
  const out = new Map();
  for (const f of fs.readdirSync(dir)) if (f.endsWith(".png")) out.set(f, fs.statSync(path.join(dir, f)).mtimeMs);
  return out;
}

/** After one show(): did a new or rewritten PNG land in the figures directory? */
function pngCheck(dir, before) {
  const fresh = [...pngTimes(dir)].filter(([f, t]) => !before.has(f) || t > before.get(f)).map(([f]) => f);
  if (!fresh.length) return { png: false, shape: [], samples: [] };
  const head = fs.readFileSync(path.join(dir, fresh[fresh.length - 1])).subarray(0, 8);
  return { png: head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), shape: [], samples: [] };
}

function withPngCheck(run) {
  return {
    run: () => quiet(run),
    check: () => {
      const dir = figuresDir();
      const before = pngTimes(dir);
      quiet(run);
      return pngCheck(dir, before);
    },
  };
}

/**
 * A case timing plt.figure(), one drawing call and plt.show(): `setup(need)` makes the data
 * (untimed) and returns the drawing call.
 */
function oneFigure(name, label, seconds, params, setup) {
  return {
    name,
    label,
    goal: { absolute: seconds },
    params,
    ts: () => {
      figuresDir();
      const figure = need("plt.figure");
      const show = need("plt.show");
      const draw = setup(need);
      return withPngCheck(() => {
        figure();
        draw();
        show();
      });
    },
    peers: {},
  };
}

module.exports = [
  {
    name: "plt_subplots_imshow",
    label: "subplots 1x3 imshow gray + show()",
    goal: { absolute: 0.3 },
    params: { path: BENSON },
    ts: () => {
      figuresDir();
      const plt = { subplots: need("plt.subplots"), show: need("plt.show") };
      const tight = need("plt.tight_layout");
      const imread = need("skimage.io.imread");
      const rgb2gray = need("skimage.color.rgb2gray");
      const resize = need("skimage.transform.resize");
      const image = rgb2gray(imread(BENSON));
      const small = [Math.floor(image.shape[0] / 4), Math.floor(image.shape[1] / 4)];
      let rescaled;
      try {
        rescaled = need("skimage.transform.rescale")(image, 0.25);
      } catch (err) {
        if (!(err instanceof Missing)) throw err;
        rescaled = resize(image, small, { anti_aliasing: true }); // same size as rescale's
      }
      const resized = resize(image, small);
      const images = [image, rescaled, resized];
      const titles = ["Original image", "Rescaled image", "Resized image"];
      return withPngCheck(() => {
        const [, axes] = plt.subplots({ nrows: 1, ncols: 3 });
        const ax = axesList(axes);
        for (let i = 0; i < 3; i++) {
          member(ax[i], "imshow", "Axes.imshow")(images[i], { cmap: "gray" });
          member(ax[i], "set_title", "Axes.set_title")(titles[i]);
        }
        member(ax[0], "set_xlim", "Axes.set_xlim")(0, 512);
        member(ax[0], "set_ylim", "Axes.set_ylim")(512, 0);
        tight();
        plt.show();
      });
    },
    peers: {},
  },
  {
    name: "plt_scatter",
    label: "scatter 1000 points + show() (PNG)",
    goal: { absolute: 0.2 },
    params: { n: 1000, seed: SEED },
    ts: () => {
      figuresDir();
      const figure = need("plt.figure");
      const scatter = need("plt.scatter");
      const show = need("plt.show");
      const rs = new (need("np.random.RandomState"))(SEED);
      const x = rs.randn(1000);
      const y = rs.randn(1000);
      return withPngCheck(() => {
        figure();
        scatter(x, y);
        show();
      });
    },
    peers: {},
  },
  oneFigure("plt_line_1e5", "plot 1e5-point line + show() (PNG)", 0.3, { n: 100000 }, (need) => {
    const x = need("np.linspace")(0, 100, 100000);
    const y = need("np.sin")(x);
    return () => need("plt.plot")(x, y);
  }),
  oneFigure("plt_scatter_1e4", "scatter 1e4 points + show() (PNG)", 0.3, { n: 10000, seed: SEED }, (need) => {
    const rs = new (need("np.random.RandomState"))(SEED);
    const x = rs.randn(10000);
    const y = rs.randn(10000);
    return () => need("plt.scatter")(x, y);
  }),
  oneFigure("plt_hist_1e6", "hist of 1e6 values + show() (PNG)", 0.2, { n: 1000000, seed: SEED }, (need) => {
    const x = new (need("np.random.RandomState"))(SEED).randn(1000000);
    return () => need("plt.hist")(x, 50);
  }),
  oneFigure("sns_heatmap_annot", "sns.heatmap 10x10 annot=True + show() (PNG)", 0.2, { n: 10, seed: SEED }, (need) => {
    const data = new (need("np.random.RandomState"))(SEED).rand(10, 10);
    return () => need("sns.heatmap")(data, { annot: true });
  }),
];
