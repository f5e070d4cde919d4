/**
 * subplots_adjust (pyplot and Figure) against Debian's matplotlib: the Axes boxes it lays out
 * (test/golden/plt_layout/subplots_adjust.json, from scripts/golden/plt_subplots_adjust.py),
 * the values it refuses, and constrained layout's refusal.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { ValueError } from "../../src/errors";
import { loadGolden } from "../helpers/golden";

const G = loadGolden<{ cases: Record<string, number[][]>; errors: Record<string, string> }>("plt_layout/subplots_adjust");

function assertBoxes(fig: InstanceType<typeof plt.Figure>, want: number[][], what: string): void {
  assert.is(fig.axes.length, want.length, `${what}: axes`);
  fig.axes.forEach((ax, i) => {
    const got = fig.axesBox(ax);
    for (let k = 0; k < 4; k++) assert.ok(Math.abs(got[k] - want[i][k]) < 1e-9, `${what}: axes ${i} edge ${k} is ${got[k]}, matplotlib ${want[i][k]}`);
  });
}

test.after.each(() => plt.close("all"));

test("plt.subplots_adjust moves the current figure's grid as matplotlib does", () => {
  const [fig] = plt.subplots(2, 2);
  plt.subplots_adjust({ left: 0.2, bottom: 0.15, right: 0.95, top: 0.85, wspace: 0.5, hspace: 0.1 });
  assertBoxes(fig, G.cases.plt_2x2, "plt_2x2");
});

test("Figure.subplots_adjust keeps what an earlier call set; positional values in matplotlib's order", () => {
  const [fig] = plt.subplots(1, 3, { figsize: [8, 3] });
  fig.subplots_adjust({ bottom: 0.3 });
  fig.subplots_adjust({ top: 0.7, wspace: 0.05 });
  assertBoxes(fig, G.cases.fig_1x3_twice, "fig_1x3_twice");
  const [fig3] = plt.subplots(3, 1);
  fig3.subplots_adjust(0.25, 0.05, 0.9, 0.95, 0.3, 0.6);
  assertBoxes(fig3, G.cases.positional_3x1, "positional_3x1");
});

test("left >= right and bottom >= top are refused with matplotlib's messages, nothing changed", () => {
  const [fig] = plt.subplots(1, 2);
  const before = fig.axes.map((ax) => fig.axesBox(ax));
  assert.throws(() => fig.subplots_adjust({ left: 0.8, right: 0.3 }), (e: Error) => e instanceof ValueError && e.message === G.errors.left_right);
  assert.throws(() => fig.subplots_adjust({ bottom: 0.95 }), (e: Error) => e instanceof ValueError && e.message === G.errors.bottom_top);
  assert.equal(fig.axes.map((ax) => fig.axesBox(ax)), before);
});

test("a constrained-layout figure ignores subplots_adjust with matplotlib's warning", () => {
  const [fig] = plt.subplots(1, 2, { layout: "constrained" });
  const before = fig.axes.map((ax) => fig.axesBox(ax));
  const warnings: string[] = [];
  const listener = (w: Error) => warnings.push(w.message);
  process.on("warning", listener);
  const emit = process.emitWarning;
  process.emitWarning = ((message: string) => warnings.push(String(message))) as typeof process.emitWarning;
  try {
    fig.subplots_adjust({ left: 0.3 });
  } finally {
    process.emitWarning = emit;
    process.off("warning", listener);
  }
  assert.equal(warnings, ["This figure was using a layout engine that is incompatible with subplots_adjust and/or tight_layout; not calling subplots_adjust."]);
  assert.equal(fig.axes.map((ax) => fig.axesBox(ax)), before);
});

test.run();
