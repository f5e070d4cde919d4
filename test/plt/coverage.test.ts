/**
 * Every declared parameter of plt's and sns's signatures is either exercised by a call whose
 * result is checked against matplotlib / seaborn (the fixture cases replayed here, and the calls
 * of EXERCISED, each checked in the test file named next to it) or refused (declared
 * unsupported: NotImplementedError). Nothing is accepted and ignored.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import { MplSignature } from "../../src/plt/pysig";
import { allSignatures } from "../../src/signature";
import { Axes } from "../../src/plt/axes";
import { Figure } from "../../src/plt/figure";
import { signatureOf } from "../../src/signature";
import { loadGolden } from "../helpers/golden";
import { replaySnsFixtures } from "../sns/replay";
import { replayApiCalls } from "./api_replay";

type Json = Record<string, any>;
const given = new Map<string, Set<string>>();

function record(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // refusals are checked in the fixture tests; only successful binds count here
  }
}

function decode(v: unknown): unknown {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (Array.isArray(v)) return v.map(decode);
  return v;
}

/** Calls checked in other test files (named), for parameters the fixtures do not reach. */
const EXERCISED: [string, () => unknown][] = [
  ["pyplot.test.ts figure", () => plt.figure(3, [4, 2], 50, { facecolor: "0.9", clear: true, tight_layout: true, layout: "tight" })],
  ["pyplot.test.ts subplots", () => plt.subplots(2, 3, { squeeze: false, num: 5, figsize: [6, 4], dpi: 80, facecolor: "w", clear: true, tight_layout: true, layout: "none" })],
  ["pyplot.test.ts subplot", () => plt.subplot(212, { title: "t", xlabel: "x", ylabel: "y", xlim: [0, 2], ylim: [0, 1] })],
  ["pyplot.test.ts add_subplot", () => plt.figure().add_subplot(2, 1, 1, { title: "t", xlabel: "x", ylabel: "y", xlim: [0, 2], ylim: [0, 1] })],
  ["pyplot.test.ts suptitle", () => plt.figure().suptitle("S", { fontsize: 20, size: null, color: "r", c: null, fontweight: "bold", weight: null })],
  ["pyplot.test.ts colorbar", () => {
    const fig = plt.figure();
    const ax = fig.gca();
    const im = ax.imshow([[1, 2]]);
    fig.colorbar(im, null, ax, true, { label: "units" });
    plt.colorbar({ mappable: im, ax, label: "u", use_gridspec: true });
  }],
  ["pyplot.test.ts savefig", () => {
    plt.figure().savefig("/dev/null/never.json", { transparent: true, dpi: 50, facecolor: "k", bbox_inches: "tight" });
  }],
  ["pyplot.test.ts set_size_inches", () => plt.figure().set_size_inches(4, 3, true)],
  ["pyplot.test.ts set_size_inches by name", () => plt.figure().set_size_inches({ w: 4, h: 3, forward: false })],
  ["no figure to show: nothing happens, as in matplotlib's inline backend", () => {
    plt.close("all");
    plt.show({ block: false });
  }],
  ["decor.test.ts legend", () => {
    const [, ax] = plt.subplots();
    const a = ax.plot([1, 2], { label: "a" });
    ax.legend({ handles: [a], labels: ["x"], ncols: 2, ncol: 1, fontsize: 20, title: "T", title_fontsize: "small", frameon: false, loc: "upper left" });
  }],
  ["decor.test.ts xlabel / ylabel styles", () => {
    const [, ax] = plt.subplots();
    ax.set_ylabel("y", { c: "r", fontweight: "bold", size: 9, loc: "top" });
    ax.set_xlabel("x", { fontsize: 9, fontweight: "bold" });
  }],
  ["texts.test.ts text's fontdict", () => plt.text(0.5, 3, "plain", { fontdict: { fontsize: 16, color: "r" }, color: "b" })],
  ["pyplot.test.ts sca", () => plt.sca(plt.subplots()[1])],
  ["interpolation.test.ts vmin / vmax / clim / interpolation_stage (pixels) and imshow's label / zorder (decor.test.ts)", () => {
    const [, ax] = plt.subplots();
    ax.imshow([[1, 2]], { vmin: 0, vmax: 3, interpolation_stage: "data", label: "img", zorder: 3 });
    ax.imshow([[1, 2]], { clim: [0, 3] });
  }],
  ["sns/options.test.ts set_theme / set", () => {
    sns.set_theme({ context: "talk", style: "white", palette: "muted", font_scale: 1.5, color_codes: true });
    sns.set({ context: "paper", style: "ticks", palette: "deep", font_scale: 1, color_codes: false });
  }],
  ["sns/options.test.ts set_palette", () => sns.set_palette("muted", 4, { color_codes: true })],
  ["sns/options.test.ts set_color_codes", () => sns.set_color_codes("muted")],
  ["sns/sns.test.ts axes_style", () => sns.axes_style("white")],
  ["styles.test.ts rc and rc_context", () => {
    plt.rc("lines", { lw: 2 });
    plt.rc_context({ "font.size": 12 }, () => 0);
    plt.rcdefaults();
  }],
  ["mosaic.test.ts figure keywords", () => plt.subplot_mosaic("A", { num: 7, dpi: 50, facecolor: "0.9", tight_layout: true, layout: "tight", empty_sentinel: "x", figsize: [4, 3] })],
  ["twins.test.ts pyplot twiny(ax)", () => plt.twiny(plt.subplots()[1])],
  ["twins.test.ts pyplot twinx(ax)", () => plt.twinx(plt.subplots()[1])],
  ["scatter_data.test.ts scatter data=", () => plt.scatter("a", "b", { data: { a: [1, 2], b: [3, 4] } })],
  ["subplots_adjust.test.ts plt.subplots_adjust", () => {
    plt.subplots(2, 2);
    plt.subplots_adjust({ left: 0.2, bottom: 0.15, right: 0.95, top: 0.85, wspace: 0.5, hspace: 0.1 });
  }],
  ["subplots_adjust.test.ts Figure.subplots_adjust", () => plt.subplots(3, 1)[0].subplots_adjust(0.25, 0.05, 0.9, 0.95, 0.3, 0.6)],
  ["mesh.test.ts plt.matshow fignum", () => plt.matshow([[1, 2], [3, 4]], 0)],
  ["mesh.test.ts matshow forwards imshow's keywords", () => {
    const kw = { cmap: "gray", aspect: "auto", interpolation: "bilinear", alpha: 0.5, vmin: 0, vmax: 9, origin: "lower", extent: [0, 2, 0, 2], clim: [1, 5], label: "m", zorder: 3 } as const;
    plt.subplots()[1].matshow([[1, 2], [3, 4]], kw);
    plt.matshow([[1, 2], [3, 4]], kw);
  }],
  ["mesh.test.ts pcolormesh aliases and label", () => plt.pcolormesh([[1, 2]], { ec: "k", lw: 2, label: "mesh" })],
  ["clabel.test.ts clabel", () => {
    const [, ax] = plt.subplots();
    const cs = ax.contour([[0, 1, 2], [1, 3, 1], [2, 1, 0]]);
    ax.clabel(cs, [1.5], { fontsize: 8, inline: false, inline_spacing: 3, fmt: "%1.1f", colors: "k", rightside_up: false, zorder: 5 });
  }],
  ["image_io.test.ts imsave", () => {
    const path = require("node:path").join(require("node:os").tmpdir(), `plt-coverage-${process.pid}.png`);
    plt.imsave(path, [[0, 1], [2, 3]], { cmap: "gray", vmin: 1, vmax: 4, origin: "lower", format: "png" });
    plt.imread(path);
    require("node:fs").rmSync(path, { force: true });
  }],
  ["norms.test.ts norms and norm=", () => {
    new plt.colors.Normalize({ vmin: -1, vmax: 2, clip: true });
    const im = plt.imshow([[1, 2]], { norm: new plt.colors.LogNorm() });
    plt.gca().imshow([[1, 2]], { norm: new plt.colors.LogNorm() });
    plt.gca().pcolormesh([[1, 2]], { norm: new plt.colors.Normalize() });
    plt.pcolormesh([[1, 2]], { norm: new plt.colors.Normalize() });
    plt.gca().contour([[1, 2], [3, 4]], { norm: new plt.colors.Normalize() });
    plt.gca().contourf([[1, 2], [3, 4]], { norm: new plt.colors.Normalize() });
    plt.contour([[1, 2], [3, 4]], { norm: new plt.colors.Normalize() });
    plt.contourf([[1, 2], [3, 4]], { norm: new plt.colors.Normalize() });
    return im;
  }],
  ["secondary_axis.test.ts secondary axes", () => {
    const ax = plt.figure().gca();
    ax.secondary_xaxis("top", { functions: [(x) => x, (x) => x] });
    ax.secondary_yaxis("right", { functions: [(x) => x, (x) => x] });
  }],
  ["colorbar.test.ts colorbar keywords", () => {
    const fig = plt.figure();
    const im = fig.gca().imshow([[1, 2]]);
    fig.colorbar(im, { location: "left", extend: "min", ticks: [1, 2] });
    fig.colorbar(im, { orientation: "horizontal" });
    plt.colorbar({ location: "top", extend: "both", ticks: [1] });
    plt.colorbar({ orientation: "horizontal" });
  }],
];

/** Fixture files replayed by test/plt/api_replay.ts. */
const API_FIXTURES = ["plt/axes_api", "plt/colormap_setters", "plt/plot_types"];

/** Fixture files of test/golden whose cases are Axes calls ({ calls: [name, args, kwargs][] }). */
const CALL_FIXTURES = ["plt_contour/contour"];

/** Parameters whose only effect is outside a notebook's picture, with the reason. */
const NO_EFFECT: Record<string, string> = {
  "matplotlib.figure.Figure.show: warn": "matplotlib warns only on a non-GUI backend; plt always displays the figure",
};

test("every declared parameter is exercised against a reference or refused", () => {
  MplSignature.recorder = (sig, names) => {
    const set = given.get(sig.callName) ?? new Set<string>();
    names.forEach((n) => set.add(n));
    given.set(sig.callName, set);
  };
  try {
    for (const c of [...loadGolden<{ calls: [string, unknown[], Json][] }[]>("plt/options"), ...loadGolden<{ calls: [string, unknown[], Json][] }[]>("plt/areas"), ...loadGolden<{ calls: [string, unknown[], Json][] }[]>("plt/texts"), ...loadGolden<{ calls: [string, unknown[], Json][] }[]>("plt/axes_view"), ...loadGolden<{ calls: [string, unknown[], Json][] }[]>("plt/errorbars")]) {
      plt.close("all");
      const [, ax] = plt.subplots();
      record(() => {
        for (const [name, args, kwargs] of c.calls) (ax as any)[name](...(decode(args) as unknown[]), ...(Object.keys(kwargs).length ? [kwargs] : []));
      });
    }
    const replayed = ["plt/ticks_fixed", "plt/scales", "plt/artists", "plt/categorical", "plt/pie", "plt/boxplot", "plt/violin", "plt/stackplot"];
    for (const c of replayed.flatMap((name) => loadGolden<{ calls: [string, unknown[], Json][] }[]>(name))) {
      plt.close("all");
      const [, ax] = plt.subplots();
      record(() => {
        for (const [name, args, kwargs] of c.calls) {
          const target: any = name.startsWith("plt.") ? plt : ax;
          target[name.split(".").pop()!](...args, ...(Object.keys(kwargs).length ? [kwargs] : []));
        }
      });
    }
    for (const c of loadGolden<{ function: string; args: unknown[]; kwargs: Json }[]>("plt/bad_input")) {
      plt.close("all");
      plt.figure();
      record(() => (plt as any)[c.function](...(decode(c.args) as unknown[]), ...(Object.keys(c.kwargs).length ? [c.kwargs] : [])));
    }
    for (const c of loadGolden<{ cases: { function: string; kwargs: Json }[] }>("sns/options").cases) {
      plt.close("all");
      const [, ax] = plt.subplots();
      const kwargs = ["histplot", "scatterplot", "lineplot"].includes(c.function) ? { ...c.kwargs, ax } : c.kwargs;
      record(() => (sns as any)[c.function](kwargs));
    }
    for (const name of CALL_FIXTURES) {
      for (const c of loadGolden<{ calls: [string, unknown[], Json][] }[]>(name)) {
        plt.close("all");
        const [, ax] = plt.subplots();
        record(() => {
          for (const [method, args, kwargs] of c.calls) (ax as any)[method](...args, ...(Object.keys(kwargs).length ? [kwargs] : []));
        });
      }
    }
    for (const c of loadGolden<{ args: unknown[]; kwargs: Json }[]>("plt_mesh/pcolormesh")) {
      plt.close("all");
      record(() => plt.subplots()[1].pcolormesh(...(c.args as [never]), c.kwargs));
    }
    for (const c of loadGolden<{ A: number[][]; kwargs: Json; pyplot: boolean }[]>("plt_mesh/matshow")) {
      plt.close("all");
      record(() => (c.pyplot ? plt.matshow(c.A, c.kwargs) : plt.subplots()[1].matshow(c.A, c.kwargs)));
    }
    replaySnsFixtures(record);
    for (const name of API_FIXTURES) replayApiCalls(name, record);
    for (const [, fn] of EXERCISED) {
      plt.close("all");
      record(fn);
    }
  } finally {
    MplSignature.recorder = null;
    plt.close("all");
    plt.rcdefaults();
    sns.set_color_codes("reset");
  }
  const publicSigs = new Set<unknown>();
  for (const ns of [plt, sns] as Json[]) for (const k of Object.keys(ns)) if (signatureOf(ns[k])) publicSigs.add(signatureOf(ns[k]));
  for (const proto of [Axes.prototype, Figure.prototype] as Json[]) {
    for (const k of Object.getOwnPropertyNames(proto)) {
      const value = Object.getOwnPropertyDescriptor(proto, k)?.value;
      if (signatureOf(value)) publicSigs.add(signatureOf(value));
    }
  }
  const missing: string[] = [];
  for (const sig of allSignatures()) {
    if (!publicSigs.has(sig) || !(sig instanceof MplSignature)) continue;
    const seen = given.get((sig.original ?? sig).callName) ?? new Set<string>();
    for (const p of sig.params) {
      if (p.kind === "varargs" || p.unsupported) continue;
      const key: string = `${sig.qualname}: ${p.name}`;
      if (!seen.has(p.name) && !(key in NO_EFFECT)) missing.push(key);
    }
  }
  assert.equal(missing, []);
});

test.run();
