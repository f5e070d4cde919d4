/**
 * Log axes against matplotlib: each case of test/golden/plt/scales.json
 * (scripts/golden/plt_scales.py, Debian's matplotlib) replays set_xscale / set_yscale / pyplot's
 * xscale / yscale and compares the scales, the limits (margins in decades, nonpositive data left
 * out), the major ticks drawn in view and their 10^k labels, or the error.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { testCases } from "./replay";
import { plt } from "../../src";
import type { Axes } from "../../src/plt";
import { decadeLabel } from "../../src/plt/axes_scale";
import { near } from "./model";
import { axisTransform } from "../../src/plt/scale_transforms";
import { drawnLabel } from "../../src/plt/scale_ticks";

type Json = Record<string, any>;

const SUPERSCRIPT_LABEL = /^\$\\mathdefault\{10\^\{(-?\d+)\}\}\$$/;


/** A label as drawn: matplotlib's mathtext written out (10⁻², 1/2, 1 − 10⁻¹). */
function drawn(axis: Json, v: number): string {
  return String(new Function("datum", "abs", `return ${axis.labelExpr}`)({ value: v }, Math.abs));
}

/**
 * A symlog / logit axis: a linear Vega-Lite scale over the transformed limits, the major ticks
 * in view at matplotlib's (transformed) with its labels, get_xticks / get_xticklabels equal to
 * matplotlib's whole lists, and the minor tick marks at matplotlib's.
 */
function checkScaled(ax: Axes, spec: Json, which: "x" | "y", e: Json, label: string): void {
  const enc = spec.layer[0].encoding[which];
  const t = axisTransform(ax._scales, which)!;
  const lim = which === "x" ? e.xlim : e.ylim;
  assert.is(enc.scale.type, undefined, `${label} linear Vega scale`);
  near([...enc.scale.domain].sort((p: number, q: number) => p - q), lim.map(t.forward).sort((p: number, q: number) => p - q), 1e-9, `${label} ${which} domain`);
  const locs: number[] = e[`${which}locs`];
  const labels: string[] = e[`${which}labels`];
  near(which === "x" ? ax.get_xticks() : ax.get_yticks(), locs, 1e-12, `${label} get_${which}ticks`);
  const texts = (which === "x" ? ax.get_xticklabels() : ax.get_yticklabels()).map((x) => x.get_text());
  assert.equal(texts, labels, `${label} get_${which}ticklabels`);
  const [lo, hi] = [Math.min(...lim), Math.max(...lim)];
  const inView = locs.map((_, i) => i).filter((i) => locs[i] >= lo - (hi - lo) * 1e-10 && locs[i] <= hi + (hi - lo) * 1e-10);
  near(enc.axis.values, inView.map((i) => t.forward(locs[i])), 1e-9, `${label} ${which} tick positions`);
  assert.equal((enc.axis.values as number[]).map((v) => drawn(enc.axis, v)), inView.map((i) => drawnLabel(labels[i])), `${label} ${which} drawn labels`);
  const minor = (spec.layer as Json[]).find((l) => l.mark?.type === "rule" && l.mark.clip === false && l.encoding[which]?.field === which && l.encoding[which === "x" ? "y" : "x"]?.value !== undefined);
  const drawnMinor = minor ? (minor.data.values as Json[]).map((r) => r[which]) : [];
  near(drawnMinor, (e[`${which}minor`] as number[]).map(t.forward), 1e-9, `${label} ${which} minor ticks`);
  // the few minor ticks logit's minor formatter labels
  const minorText = (spec.layer as Json[]).find((l) => l.mark?.type === "text" && l.encoding.text?.field === "t" && l.encoding[which]?.field === which);
  const wantLabels = (e[`${which}minorlabels`] as string[]).map((text, i) => ({ text, at: t.forward(e[`${which}minor`][i]) })).filter((q) => q.text !== "");
  const rows = minorText ? (minorText.data.values as Json[]) : [];
  near(rows.map((r) => r[which]), wantLabels.map((q) => q.at), 1e-9, `${label} ${which} minor label positions`);
  assert.equal(rows.map((r) => r.t), wantLabels.map((q) => drawnLabel(q.text)), `${label} ${which} minor labels`);
}

testCases("plt/scales", (ax, fig, e, label) => {
  assert.equal([ax.get_xscale(), ax.get_yscale()], e.scales);
  near(ax.get_xlim(), e.xlim, 1e-12, `${label} xlim`);
  near(ax.get_ylim(), e.ylim, 1e-12, `${label} ylim`);
  const spec = fig.toSpec() as Json;
  (["x", "y"] as const).forEach((which, w) => {
    const enc = spec.layer[0].encoding[which];
    if (e.scales[w] === "symlog" || e.scales[w] === "logit") {
      checkScaled(ax, spec, which, e, label);
      return;
    }
    const want: Json[] = e[`${which}ticks`];
    near(enc.axis.values, want.map((q) => q.v), 1e-12, `${label} ${which} ticks`);
    if (e.scales[w] !== "log") {
      assert.is(enc.scale.type, undefined);
      return;
    }
    assert.is(enc.scale.type, "log");
    near(which === "x" ? ax.get_xticks() : ax.get_yticks(), want.map((q) => q.v), 1e-12, `${label} get_${which}ticks`);
    const labels = (enc.axis.values as number[]).map(decadeLabel);
    assert.equal(labels, want.map((q) => decadeLabel(10 ** Number(SUPERSCRIPT_LABEL.exec(q.text)![1]))), `${label} ${which} labels`);
    assert.ok(String(enc.axis.labelExpr).includes(JSON.stringify(labels[0])), `${label} label expression`);
  });
  plt.close("all");
});

test("10^k labels use superscript digits; scales matplotlib has but plt does not draw are refused", () => {
  assert.is(decadeLabel(0.01), "10⁻²");
  assert.is(decadeLabel(1e5), "10⁵");
  plt.close("all");
  const [, ax] = plt.subplots();
  assert.throws(() => (ax.set_yscale as any)("asinh"), (e: Error) => e.name === "NotImplementedError" && e.message === "set_yscale() value='asinh' is not supported yet");
  assert.throws(() => (ax.set_xscale as any)("log", { base: 2 }), (e: Error) => e.name === "NotImplementedError");
  plt.close("all");
});

test("a symlog scale set on one of two axes sharing y is the other's too, linthresh and all", () => {
  plt.close("all");
  // matplotlib 3.6: fig, (a, b) = plt.subplots(1, 2); b.sharey(a); a.plot([0, 1, 2], [-3, 0, 40]); b.plot([0, 1], [0.5, 8]);
  // b.set_yscale('symlog', linthresh=0.1) -> a: 'symlog', ylim (-6.19714172228282, 82.62855629710424), ticks and labels below
  const [, axs] = plt.subplots(1, 2) as any;
  const [a, b] = [axs.get(0), axs.get(1)];
  b.sharey(a);
  a.plot([0, 1, 2], [-3, 0, 40]);
  b.plot([0, 1], [0.5, 8]);
  b.set_yscale("symlog", { linthresh: 0.1 });
  assert.is(a.get_yscale(), "symlog");
  near(a.get_ylim(), [-6.19714172228282, 82.62855629710424], 1e-12, "ylim");
  near(a.get_yticks(), [-1, -0.1, 0, 0.1, 1, 10], 1e-12, "ticks");
  assert.equal(a.get_yticklabels().map((t: any) => t.get_text()), ["$\\mathdefault{-10^{0}}$", "$\\mathdefault{-10^{-1}}$", "$\\mathdefault{0}$", "$\\mathdefault{10^{-1}}$", "$\\mathdefault{10^{0}}$", "$\\mathdefault{10^{1}}$"]);
  plt.close("all");
});

test("an empty logit axis spans matplotlib's (1e-7, 1 - 1e-7) with margins; limits at 0 and 1 still draw", () => {
  plt.close("all");
  // matplotlib 3.6: fig, ax = plt.subplots(); ax.set_yscale('logit'); ax.get_ylim() -> (1.9952624945845213e-08, 0.9999999800473751)
  const [fig, ax] = plt.subplots();
  ax.set_yscale("logit");
  near(ax.get_ylim(), [1.9952624945845213e-8, 0.9999999800473751], 1e-12, "empty");
  // set_ylim(0, 1) before the scale: matplotlib keeps (0, 1); the drawn view stops at logit(1e-7) = -7 and 7
  ax.set_yscale("linear");
  ax.set_ylim(0, 1);
  ax.set_yscale("logit");
  const domain = (fig.toSpec() as Json).layer[0].encoding.y.scale.domain;
  near(domain, [-6.999999956570204, 6.999999956570214], 1e-9, "drawn domain");
  plt.close("all");
});

test("pyplot's yticks() on a logit axis: the locator's ticks and LogitFormatter's labels", () => {
  plt.close("all");
  // matplotlib 3.6: plt.plot([0, 1, 2], [0.02, 0.5, 0.97]); plt.yscale('logit'); plt.yticks()
  plt.plot([0, 1, 2], [0.02, 0.5, 0.97]);
  plt.yscale("logit");
  const [locs, labels] = plt.yticks();
  near(locs, [0.01, 0.1, 0.5, 0.9, 0.99], 1e-12, "locs");
  assert.equal(labels, ["$\\mathdefault{10^{-2}}$", "$\\mathdefault{10^{-1}}$", "$\\mathdefault{\\frac{1}{2}}$", "$\\mathdefault{1-10^{-1}}$", "$\\mathdefault{1-10^{-2}}$"]);
  plt.close("all");
});

test("get_data_ratio measures a symlog / logit axis in its transformed coordinates", () => {
  plt.close("all");
  // matplotlib 3.6: ax.plot([0, 1, 2], [-50, 0, 700]); ax.set_yscale('symlog', linthresh=0.5) -> 1.842087564475115
  const [, a] = plt.subplots();
  a.plot([0, 1, 2], [-50, 0, 700]);
  a.set_yscale("symlog", { linthresh: 0.5 });
  near([a.get_data_ratio()], [1.842087564475115], 1e-12, "symlog");
  // ax.plot([0, 1, 2], [0.01, 0.5, 0.999]); ax.set_yscale('logit') -> 2.497600341411737
  const [, b] = plt.subplots();
  b.plot([0, 1, 2], [0.01, 0.5, 0.999]);
  b.set_yscale("logit");
  near([b.get_data_ratio()], [2.497600341411737], 1e-12, "logit");
  plt.close("all");
});

test.run();
