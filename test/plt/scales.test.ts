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

type Json = Record<string, any>;

const SUPERSCRIPT_LABEL = /^\$\\mathdefault\{10\^\{(-?\d+)\}\}\$$/;


testCases("plt/scales", (ax, fig, e, label) => {
  assert.equal([ax.get_xscale(), ax.get_yscale()], e.scales);
  near(ax.get_xlim(), e.xlim, 1e-12, `${label} xlim`);
  near(ax.get_ylim(), e.ylim, 1e-12, `${label} ylim`);
  const spec = fig.toSpec() as Json;
  (["x", "y"] as const).forEach((which, w) => {
    const enc = spec.layer[0].encoding[which];
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
  assert.throws(() => ax.set_yscale("symlog"), (e: Error) => e.name === "NotImplementedError" && e.message === "set_yscale() value='symlog' is not supported yet");
  assert.throws(() => (ax.set_xscale as any)("log", { base: 2 }), (e: Error) => e.name === "NotImplementedError");
  plt.close("all");
});

test.run();
