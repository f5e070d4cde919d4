/**
 * Fixed ticks against matplotlib: each case of test/golden/plt/ticks_fixed.json
 * (scripts/golden/plt_ticks.py, Debian's matplotlib) replays set_xticks / set_yticks /
 * set_xticklabels / pyplot's xticks / yticks and compares the limits (widened to the ticks),
 * the tick locations, the labels in view and their rotation, size and color, or the error.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { Axes } from "../../src/plt";
import { tickDecimals } from "../../src/plt/ticks";
import { cssRgba, near } from "./model";
import { testCases } from "./replay";

type Json = Record<string, any>;



testCases("plt/ticks_fixed", (ax, fig, e, label) => {
  near(ax.get_xlim(), e.xlim, 1e-12, `${label} xlim`);
  near(ax.get_ylim(), e.ylim, 1e-12, `${label} ylim`);
  const spec = fig.toSpec() as Json;
  (["x", "y"] as const).forEach((which, w) => {
    const fixed = which === "x" ? ax._xticks : ax._yticks;
    const want: Json[] = e[`${which}labels`];
    const axis = spec.layer[0].encoding[which].axis;
    if (e.fixed[w]) {
      near(which === "x" ? ax.get_xticks() : ax.get_yticks(), e[`${which}ticks`], 1e-12, `${label} ${which}ticks`);
      near(axis.values, want.map((q) => q.v), 1e-12, `${label} ${which} drawn ticks`);
      const locs = fixed!.locs!;
      const decimals = tickDecimals(axis.values);
      const texts = (axis.values as number[]).map((v) => (fixed!.labels ? fixed!.labels[locs.findIndex((l) => Math.abs(l - v) < 1e-9)] : v.toFixed(decimals)));
      assert.equal(texts, want.map((q) => q.text), `${label} ${which} labels`);
    }
    const st = fixed?.style ?? {};
    assert.is(st.rotation ?? 0, want[0].rotation, `${label} ${which} rotation`);
    assert.is(st.fontsize ?? 10 * (st.fontscale ?? 1), want[0].size, `${label} ${which} size`);
    near(cssRgba(st.color ?? "black", undefined), want[0].color, 0.002, `${label} ${which} color`);
    if (st.rotation) assert.is(axis.labelAngle, 360 - st.rotation, `${label} drawn angle`);
    const marks = ax._tickMarks[which];
    const q = e.marks[w];
    near(cssRgba(marks.color ?? "black", undefined), q.color, 0.002, `${label} ${which} tick color`);
    assert.is(marks.length ?? 3.5, q.length, `${label} ${which} tick length`);
    assert.is(marks.width ?? 0.8, q.width, `${label} ${which} tick width`);
    if (marks.length !== undefined) near([axis.tickSize], [(marks.length * 100) / 72], 1e-12, `${label} drawn tick size`);
  });
  plt.close("all");
});

test("drawn fixed labels: a label expression by location; pyplot's xticks returns [locs, labels]", () => {
  plt.close("all");
  plt.plot([0, 4], [0, 1]);
  const [locs, labels] = plt.xticks([0, 2, 4], ["a", "b", "c"], { rotation: 45 });
  assert.equal(locs, [0, 2, 4]);
  assert.equal(labels, ["a", "b", "c"]);
  const axis = (plt.gcf().toSpec() as Json).layer[0].encoding.x.axis;
  assert.is(axis.labelExpr, `abs(datum.value - 0) < 1e-9 ? "a" : abs(datum.value - 2) < 1e-9 ? "b" : abs(datum.value - 4) < 1e-9 ? "c" : ''`);
  assert.throws(() => plt.gca().set_xticks([1, 2], { rotation: 45 }), (err: Error) => err.name === "ValueError" && err.message.startsWith("Incorrect use of keyword argument 'rotation'"));
  assert.throws(() => plt.yticks(null, ["a"]), (err: Error) => err.name === "TypeError" && err.message === "yticks(): Parameter 'labels' can't be set without setting 'ticks'");
  plt.close("all");
});

test.run();
