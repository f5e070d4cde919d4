/**
 * Long lines thinned as matplotlib's path simplification thins them: per half-pixel column of
 * the plot area the first, lowest, highest and last points are kept in order, so the stroke
 * covers the same pixels; short lines, markers and log axes keep every point.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt } from "../../src";
import { viewsOf } from "./model";

type Json = Record<string, any>;

function strokeValues(): Json[] {
  const spec = plt.gcf().toSpec() as Json;
  return viewsOf(spec)[0].layer.find((l: Json) => l.mark.type === "line").data.values;
}

test("a 1e5-point line keeps each half-pixel column's first, extreme and last points, in order", () => {
  plt.close("all");
  const n = 100000;
  const x = np.linspace(0, 100, n);
  const y = np.sin(np.multiply(x, 7.3));
  plt.plot(x, y);
  const kept = strokeValues();
  const width = 496; // the default axes' width in CSS px
  const columns = width * 2;
  assert.ok(kept.length <= 4 * columns && kept.length >= columns, `${kept.length} points`);
  // order kept, ends kept
  for (let i = 1; i < kept.length; i++) assert.ok(kept[i].i > kept[i - 1].i);
  assert.is(kept[0].i, 0);
  assert.is(kept[kept.length - 1].i, n - 1);
  // per column, the extremes of every point are among the kept ones
  const [x0, x1] = plt.gca().get_xlim();
  const col = (v: number) => Math.floor(((v - x0) * columns) / (x1 - x0));
  const xs = x.tolist() as number[];
  const ys = y.tolist() as number[];
  const full = new Map<number, [number, number]>();
  xs.forEach((v, i) => {
    const c = col(v);
    const m = full.get(c) ?? [Infinity, -Infinity];
    full.set(c, [Math.min(m[0], ys[i]), Math.max(m[1], ys[i])]);
  });
  const seen = new Map<number, [number, number]>();
  for (const p of kept) {
    const c = col(p.x);
    const m = seen.get(c) ?? [Infinity, -Infinity];
    seen.set(c, [Math.min(m[0], p.y), Math.max(m[1], p.y)]);
  }
  assert.equal([...seen.entries()].sort((a, b) => a[0] - b[0]), [...full.entries()].sort((a, b) => a[0] - b[0]));
  plt.close("all");
});

test("short lines, marked lines and log axes keep every point", () => {
  plt.close("all");
  plt.plot(np.arange(3000));
  assert.is(strokeValues().length, 3000);
  plt.close("all");
  plt.plot(np.arange(10000), { marker: "." });
  assert.is(strokeValues().length, 10000);
  plt.close("all");
  plt.plot(np.arange(1, 10001));
  plt.yscale("log");
  assert.is(strokeValues().length, 10000);
  plt.close("all");
});

test.run();
