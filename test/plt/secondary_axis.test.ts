/**
 * Axes.secondary_xaxis / secondary_yaxis against matplotlib 3.6 (scripts/golden/plt_secondary.py),
 * compared as the tutorial cells are (structure.ts): boxes, and per secondary axis its place,
 * limits, ticks, tick labels and label.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt } from "../../src";
import { loadGolden } from "../helpers/golden";
import { compareFigure } from "./tutorials/structure";

type Json = Record<string, any>;

const CASES: Record<string, () => void> = {
  right_celsius: () => {
    const [, ax] = plt.subplots() as any;
    ax.plot([0, 10, 20, 30], [32, 50, 68, 86]);
    ax.set_ylabel("Fahrenheit");
    const sec = ax.secondary_yaxis("right", { functions: [(f: any) => np.multiply(np.subtract(f, 32), 5 / 9), (c: any) => np.add(np.multiply(c, 9 / 5), 32)] });
    sec.set_ylabel("Celsius");
  },
  middle_identity: () => {
    const [, ax] = plt.subplots({ layout: "constrained" }) as any;
    ax.plot(np.linspace(-3, 3, 50), np.linspace(0, 1, 50));
    ax.secondary_xaxis(0.5);
    ax.secondary_yaxis("left", { functions: [(y: any) => np.multiply(100, y), (p: any) => np.divide(p, 100)] });
  },
  bottom_milli: () => {
    const [, ax] = plt.subplots({ figsize: [5, 3], layout: "constrained" }) as any;
    ax.plot([1, 2, 3, 4], [0, 1, 0, 1]);
    const sec = ax.secondary_xaxis("bottom", { functions: [(x: any) => np.multiply(x, 1000), (m: any) => np.divide(m, 1000)] });
    sec.set_xlabel("milli");
  },
};

for (const c of loadGolden<Json[]>("plt_secondary/cases")) {
  test(`${c.cell}: place, limits, ticks and labels as matplotlib's`, async () => {
    plt.close("all");
    plt.rcdefaults();
    CASES[c.cell]();
    await compareFigure(plt.gcf(), c.figure, c.cell);
    plt.close("all");
  });
}

test("bad secondary axes raise matplotlib's errors", () => {
  plt.close("all");
  const ax = plt.gca() as any;
  assert.throws(() => ax.secondary_xaxis("left"), /secondary_xaxis location must be either a float or "top"\/"bottom"/);
  assert.throws(() => ax.secondary_yaxis("top"), /secondary_yaxis location must be either a float or "left"\/"right"/);
  assert.throws(() => ax.secondary_xaxis("top", { functions: [np.rad2deg] }), /functions argument of secondary axes must be a two-tuple of callable functions/);
  assert.throws(() => ax.secondary_xaxis("top", { alpha: 0.5 }), /keyword argument 'alpha' is not supported yet/);
  assert.throws(() => ax.secondary_xaxis("top").set_xlabel("x", { labelpad: 3 }), /labelpad=3 is not supported yet/);
  plt.close("all");
});

test.run();
