/**
 * Line2D's setters on what plot / step / axhline / axvline return (and errorbar's and stem's
 * lines), against matplotlib: each
 * case of test/golden/plt/line2d_setters.json (scripts/golden/plt_line2d_setters.py) draws, calls
 * the setters on the returned lines and compares every line's properties, that the returned
 * objects are ax.lines', the limits (set_data leaves them until relim) and the drawn spec.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { Line2D } from "../../src/plt";
import { loadGolden } from "../helpers/golden";
import { withAlpha } from "../../src/plt/colors";
import { near } from "./model";

type Json = Record<string, any>;

interface Case {
  label: string;
  draw: [string, unknown[], Json];
  setters: [number, string, unknown[]][];
  relim: boolean;
  expected: Json;
}

function hex(color: string): string {
  const h = (v: number) => Math.round(v * 255).toString(16).padStart(2, "0");
  return "#" + withAlpha(color, 1).map(h).join("");
}

function rgbaHex(c: readonly number[]): string {
  return "#" + c.map((v) => Math.round(v * 255).toString(16).padStart(2, "0")).join("");
}

const list = (a: unknown): number[] => (a as { tolist(): number[] }).tolist();

function facts(l: Line2D): Json {
  return {
    xdata: list(l.get_xdata({ orig: false })), ydata: list(l.get_ydata({ orig: false })),
    color: hex(l.get_color()), linestyle: l.get_linestyle(), linewidth: l.get_linewidth(), marker: l.get_marker(),
    markersize: l.get_markersize(), alpha: l.get_alpha(), label: l.get_label(), visible: l.get_visible(), zorder: l.get_zorder(),
    markerfacecolor: rgbaHex(l.get_markerfacecolor()), markeredgecolor: rgbaHex(l.get_markeredgecolor()), markeredgewidth: l.get_markeredgewidth(),
  };
}

for (const c of loadGolden<Case[]>("plt/line2d_setters")) {
  test(c.label, () => {
    plt.close("all");
    const [fig, ax] = plt.subplots();
    const [name, args, kwargs] = c.draw;
    const call = Object.keys(kwargs).length > 0 ? [...args, kwargs] : args;
    const ret = (ax as any)[name](...call);
    // errorbar: [data_line, caplines, barlinecols]; stem: [markerline, stemlines, baseline]
    const lines: Line2D[] = name === "errorbar" ? [ret[0], ...ret[1]] : name === "stem" ? [ret[0], ret[2]] : Array.isArray(ret) ? ret : [ret];
    const e = c.expected;
    try {
      for (const [i, setter, sargs] of c.setters) (lines[i] as any)[setter](...sargs);
    } catch (err) {
      if (e.error === undefined) throw err;
      assert.is((err as Error).name, e.error);
      assert.is((err as Error).message, e.message);
      return;
    }
    assert.is(e.error, undefined, "matplotlib raised");
    assert.equal(lines.map((l, k) => l === ax.lines[k]), e.same);
    e.lines.forEach((want: Json, k: number) => assert.equal(facts(ax.lines[k]), want, `${c.label} line ${k}`));
    near(ax.get_xlim(), e.xlim, 1e-12, "xlim");
    near(ax.get_ylim(), e.ylim, 1e-12, "ylim");
    const spec = JSON.stringify(fig.toSpec());
    // what is drawn follows the setters: a hidden line is not in the spec, a restyled one is
    for (const want of e.lines as Json[]) {
      const color = want.color.slice(0, 7);
      assert.is(spec.includes(`"${color}"`), want.visible, `${c.label}: ${color} drawn`);
    }
    if (e.relim) {
      ax.relim();
      ax.autoscale_view();
      near(ax.get_xlim(), e.relim.xlim, 1e-12, "xlim after relim");
      near(ax.get_ylim(), e.relim.ylim, 1e-12, "ylim after relim");
    }
    plt.close("all");
  });
}

test("a restyled plot line is drawn with its new dashes, width and marker", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  const [l] = ax.plot([1, 2, 3], { color: "blue", linewidth: 3, linestyle: "--" });
  l.set_linestyle(":");
  l.set_linewidth(2);
  l.set_marker("s");
  const layers = (fig.toSpec() as Json).layer as Json[];
  const line = layers.find((x) => x.mark?.type === "line")!;
  const k = fig.dpi / 72;
  // matplotlib's dotted pattern at 2 pt: (1, 1.65) x width
  near(line.mark.strokeDash, [2 * k, 1.65 * 2 * k], 1e-12, "dots");
  assert.is(line.mark.strokeWidth, 2 * k);
  assert.ok(layers.some((x) => x.mark?.type === "point" && x.mark.shape === "square"), "square markers");
  plt.close("all");
});

test.run();
