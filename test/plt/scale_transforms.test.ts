/**
 * The symlog and logit transforms against matplotlib 3.6's SymmetricalLogTransform and
 * LogitTransform (values printed by Debian's matplotlib), and the artists of a symlog / logit
 * axes drawn at their transformed coordinates.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { logitTransform, symlogTransform } from "../../src/plt/scale_transforms";
import { near } from "./model";

type Json = Record<string, any>;

const V = [-50, -0.3, -0.01, -0.004, 0, 0.005, 0.01, 2, 700];

test("symlog: SymmetricalLogTransform(10, 0.01, 1) and (2, 1, 0.5), and back", () => {
  const t = symlogTransform({ name: "symlog", base: 10, linthresh: 0.01, linscale: 1, subs: null });
  near(V.map(t.forward), [-0.0481008111544713, -0.025882323658307737, -0.011111111111111112, -0.0044444444444444444, 0, 0.005555555555555556, 0.011111111111111112, 0.03412141106775093, 0.059562091511253676], 1e-12, "base 10");
  near(V.map((v) => t.inverse(t.forward(v))), [-49.999999999999936, -0.3000000000000001, -0.01, -0.004, 0, 0.005, 0.01, 2.000000000000002, 700.0000000000001], 1e-12, "inverse");
  const t2 = symlogTransform({ name: "symlog", base: 2, linthresh: 1, linscale: 0.5, subs: null });
  near(V.map(t2.forward), [-6.643856189774724, -0.3, -0.01, -0.004, 0, 0.005, 0.01, 2, 10.451211111832329], 1e-12, "base 2");
});

test("logit: LogitTransform masked and clipped, LogisticTransform", () => {
  const p = [0, 0.001, 0.3, 0.5, 0.9, 1];
  const mask = logitTransform({ name: "logit", nonpositive: "mask", one_half: "", use_overline: false });
  const clip = logitTransform({ name: "logit", nonpositive: "clip", one_half: "", use_overline: false });
  assert.equal(p.map(mask.forward).slice(0, 1), [-Infinity]);
  assert.equal(p.map(mask.forward).slice(5), [Infinity]);
  assert.ok(Number.isNaN(mask.forward(1.5)) && Number.isNaN(mask.forward(-0.5)));
  near(p.slice(1, 5).map(mask.forward), [-2.9995654882259823, -0.3679767852945944, 0, 0.954242509439325], 1e-12, "mask");
  near(p.map(clip.forward), [-1000, -2.9995654882259823, -0.3679767852945944, 0, 0.954242509439325, 1000], 1e-12, "clip");
  near([-3, 0, 2.5].map(mask.inverse), [0.000999000999000999, 0.5, 0.9968476908167399], 1e-12, "logistic");
});

test("on a symlog y axis bars, fills, points, axhlines and texts sit at their transformed coordinates", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.bar([1, 2], [700, -50]);
  ax.fill_between([0, 3], [-0.3, 2], [0.005, 700], { alpha: 0.2 });
  ax.scatter([1.5], [-0.004]);
  ax.axhline(0.01, { color: "r" });
  ax.text(1, 2, "two");
  ax.set_yscale("symlog", { linthresh: 0.01 });
  const t = symlogTransform({ name: "symlog", base: 10, linthresh: 0.01, linscale: 1, subs: null });
  const layers = (fig.toSpec() as Json).layer as Json[];
  const rows = (type: string) => layers.find((l) => l.mark?.type === type)!.data.values as Json[];
  near(rows("rect").flatMap((r) => [r.y, r.y2]), [0, 700, 0, -50].map(t.forward), 1e-12, "bars");
  near(rows("area").flatMap((r) => [r.y, r.y2]), [-0.3, 0.005, 2, 700].map(t.forward), 1e-12, "fill");
  near(rows("point").map((r) => r.y), [t.forward(-0.004)], 1e-12, "scatter");
  near(rows("rule").map((r) => r.y), [t.forward(0.01)], 1e-12, "axhline");
  near(rows("text").map((r) => r.y), [t.forward(2)], 1e-12, "text");
  // the view: a linear Vega scale over the transformed limits
  const [lo, hi] = ax.get_ylim();
  near(layers[0].encoding.y.scale.domain, [t.forward(lo), t.forward(hi)], 1e-12, "domain");
  plt.close("all");
});

test("contour lines on a symlog y axis follow the transform", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  const cs = ax.contour([0, 1, 2], [-100, 0, 100], [[0, 1, 2], [1, 2, 3], [2, 3, 4]], [2]);
  ax.set_yscale("symlog");
  const t = symlogTransform({ name: "symlog", base: 10, linthresh: 2, linscale: 1, subs: null });
  const seg = cs.allsegs[0][0].tolist() as number[][];
  const layer = ((fig.toSpec() as Json).layer as Json[]).find((l) => l.mark?.type === "line" && l.encoding.detail?.field === "p")!;
  const rows = layer.data.values as Json[];
  near(rows.map((r) => r.x), seg.map((v) => v[0]), 1e-12, "x");
  near(rows.map((r) => r.y), seg.map((v) => t.forward(v[1])), 1e-12, "y");
  plt.close("all");
});

test.run();
