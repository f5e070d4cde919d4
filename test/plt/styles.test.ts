/**
 * rc settings and styles against Debian's matplotlib (scripts/golden/plt_styles.py): the rc values
 * style.use leaves for the keys plt draws with, style.available, rcParams' key and value checks
 * with matplotlib's errors, rc() with its aliases, rc_context and style.context restoring every
 * setting, and a styled figure's spec.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { loadGolden } from "../helpers/golden";
import { toCss } from "../../src/plt/colors";

type Json = Record<string, any>;
const fx = loadGolden<Json>("plt_layout/styles");
const rc = plt.rcParams as unknown as Record<string, unknown>;


for (const s of fx.styles) {
  test(`style.use("${s.style}")`, () => {
    plt.rcdefaults();
    plt.style.use(s.style);
    for (const k of fx.keys) {
      // colors compared as CSS hex ("white" is matplotlib's #ffffff)
      const v = rc[k];
      assert.equal(typeof v === "string" && k.endsWith("color") ? toCss(v) : v, s.rc[k], k);
    }
    plt.rcdefaults();
  });
}

test("style.available lists matplotlib's styles", () => {
  assert.equal([...plt.style.available], fx.available);
});

for (const e of fx.errors) {
  test(e.label, () => {
    const calls: Record<string, () => void> = {
      "rcParams unknown key": () => { rc["foo.bar"] = 1; },
      "rcParams bad float": () => { rc["font.size"] = "abc"; },
      "rcParams bad bool": () => { rc["axes.grid"] = "maybe"; },
      "rcParams bad color": () => { rc["axes.facecolor"] = "notacolor"; },
      "rc unknown name": () => plt.rc("lines", { linewidthx: 2 }),
      "style unknown": () => plt.style.use("foo"),
    };
    assert.throws(calls[e.label], (err: Error) => err.name === e.error && err.message === e.message);
    plt.rcdefaults();
  });
}

test("rcParams converts as matplotlib's validators do; reading an unknown key is KeyError", () => {
  rc["font.size"] = "14";
  rc["axes.grid"] = "yes";
  assert.equal([rc["font.size"], rc["axes.grid"]], [14, true]);
  assert.throws(() => rc["foo.bar"], (e: Error) => e.name === "KeyError" && e.message === "'foo.bar'");
  assert.is(rc["contour.negative_linestyle"], "dashed");
  plt.rcdefaults();
});

test("rc with groups and aliases; rc_context and style.context restore the settings", () => {
  plt.rc("lines", { lw: 3, c: "r" });
  assert.equal([rc["lines.linewidth"], rc["lines.color"]], [3, "r"]);
  plt.rc(["xtick", "ytick"], { color: "g" });
  assert.equal([rc["xtick.color"], rc["ytick.color"]], ["g", "g"]);
  plt.rcdefaults();
  const inside = plt.rc_context({ "font.size": 20, "axes.facecolor": "k" }, () => [rc["font.size"], rc["axes.facecolor"]]);
  assert.equal(inside, [20, "k"]);
  assert.equal([rc["font.size"], rc["axes.facecolor"]], [10, "white"]);
  assert.throws(() => plt.rc_context({ "font.size": 5 }, () => { throw new Error("x"); }));
  assert.is(rc["font.size"], 10);
  const face = plt.style.context("ggplot", () => rc["axes.facecolor"]);
  assert.equal([face, rc["axes.facecolor"]], ["#e5e5e5", "white"]);
  rc["font.size"] = 30;
  assert.is(plt.style.context("dark_background", true, () => rc["font.size"]), 10);
  assert.is(rc["font.size"], 30);
  plt.rcdefaults();
});

test("a styled figure: the view, the grid and the color cycle in the spec", () => {
  plt.close("all");
  plt.style.use("ggplot");
  const [fig, ax] = plt.subplots();
  const [line] = ax.plot([1, 2, 3]);
  const spec = fig.toSpec() as Json;
  assert.is(spec.config.view.fill, "#e5e5e5");
  assert.is(spec.layer[0].encoding.x.axis.grid, true);
  assert.is(spec.config.axis.gridColor, "#ffffff");
  assert.is(line.get_color(), "#e24a33");
  plt.style.use("dark_background");
  const [fig2] = plt.subplots();
  const spec2 = fig2.toSpec() as Json;
  assert.equal([spec2.background, spec2.config.view.fill, spec2.config.title.color], ["#000000", "#000000", "#ffffff"]);
  plt.style.use("default");
  assert.is(rc["axes.facecolor"], "white");
  plt.close("all");
});

test("grid line style / width / alpha, the frame width and label sizes from rc", () => {
  plt.close("all");
  const k = 100 / 72;
  const spec = plt.rc_context({ "grid.linestyle": "--", "grid.linewidth": 2, "grid.alpha": 0.5, "axes.linewidth": 3, "xtick.labelsize": "small", "axes.labelsize": 14 }, () => {
    const [fig, ax] = plt.subplots();
    ax.plot([1, 2]);
    return fig.toSpec() as Json;
  });
  const axis = spec.config.axis;
  assert.equal(axis.gridDash.map((v: number) => +v.toFixed(9)), [3.7 * 2 * k, 1.6 * 2 * k].map((v) => +v.toFixed(9)));
  assert.equal([axis.gridOpacity, +axis.gridWidth.toFixed(9), +spec.config.view.strokeWidth.toFixed(9)], [0.5, +(2 * k).toFixed(9), +(3 * k).toFixed(9)]);
  assert.equal([+axis.labelFontSize.toFixed(9), +axis.titleFontSize.toFixed(9)], [+(0.833 * 10 * k).toFixed(9), +(14 * k).toFixed(9)]);
  plt.close("all");
});

test.run();
