/**
 * Colorbars against matplotlib 3.6 (scripts/golden/plt_colorbar.py), compared as the tutorial
 * cells are (structure.ts): every box (colorbars included), the bars' limits, ticks and labels.
 * Covers location, orientation, extend (given, and from a contour set or a BoundaryNorm),
 * ticks, a label, LogNorm / PowerNorm / TwoSlopeNorm bars, with and without layout="constrained".
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt } from "../../src";
import { loadGolden } from "../helpers/golden";
import { compareFigure } from "./tutorials/structure";
import { Colorbar } from "../../src/plt/colorbar";

type Json = Record<string, any>;
const { colors } = plt;
const IMG = np.add.outer(np.linspace(0, 1, 20), np.linspace(0, 2, 30));
const C = np.add.outer(np.arange(6.0), np.arange(8.0));
const [X, Y] = np.meshgrid(np.linspace(-2, 2, 40), np.linspace(-2, 2, 40));
const Z = np.subtract(np.multiply(np.exp(np.subtract(np.negative(np.power(X, 2)), np.power(Y, 2))), 3), 1);

const CASES: Record<string, () => void> = {
  left_image: () => {
    plt.imshow(IMG);
    plt.colorbar({ location: "left" });
  },
  top_extend_min: () => {
    plt.imshow(IMG, { cmap: "gray" });
    plt.colorbar({ location: "top", extend: "min" });
  },
  horizontal_ticks: () => {
    const [fig, ax] = plt.subplots() as any;
    const pc = ax.pcolormesh(C);
    fig.colorbar(pc, { orientation: "horizontal", extend: "max", ticks: [1, 4, 9] });
  },
  constrained_bottom: () => {
    const [fig, ax] = plt.subplots({ figsize: [5, 4], layout: "constrained" }) as any;
    const sc = ax.scatter(np.arange(10), np.arange(10), { c: np.power(np.arange(10), 2) });
    fig.colorbar(sc, { location: "bottom", label: "squares" });
  },
  constrained_left_top: () => {
    const [fig, axs] = plt.subplots(1, 2, { figsize: [7, 3], layout: "constrained" }) as any;
    let pc = axs[0].pcolormesh(C, { cmap: "viridis" });
    fig.colorbar(pc, { ax: axs[0], location: "left" });
    pc = axs[1].pcolormesh(C, { norm: new colors.LogNorm({ vmin: 1, vmax: 100 }) });
    fig.colorbar(pc, { ax: axs[1], location: "top" });
  },
  contour_extend: () => {
    const [fig, ax] = plt.subplots() as any;
    const cs = ax.contourf(X, Y, Z, { levels: [-0.5, 0, 0.5, 1, 1.5], extend: "both" });
    fig.colorbar(cs);
  },
  boundary_norm: () => {
    const [fig, ax] = plt.subplots() as any;
    const pc = ax.pcolormesh(C, { norm: new colors.BoundaryNorm([0, 2, 4, 6, 8, 10, 12], 256, { extend: "both" }) });
    fig.colorbar(pc);
  },
  pyplot_norms: () => {
    plt.subplot(121);
    plt.pcolormesh(C, { norm: new colors.PowerNorm(0.5) });
    plt.colorbar({ orientation: "vertical" });
    plt.subplot(122);
    plt.contourf(X, Y, Z, { norm: new colors.TwoSlopeNorm(0) });
    plt.colorbar();
  },
};

for (const c of loadGolden<Json[]>("plt_colorbar/cases")) {
  test(`${c.cell}: boxes, limits and ticks as matplotlib's`, async () => {
    plt.close("all");
    plt.rcdefaults();
    CASES[c.cell]();
    await compareFigure(plt.gcf(), c.figure, c.cell);
    plt.close("all");
  });
}

test("colorbar() returns the Colorbar: orientation, extend, limits, set_label", () => {
  plt.close("all");
  plt.imshow([[1, 2], [3, 4]]);
  const cb = plt.colorbar({ orientation: "horizontal", extend: "max" });
  assert.ok(cb instanceof Colorbar);
  assert.is(cb.orientation, "horizontal");
  assert.is(cb.extend, "max");
  assert.equal([cb.vmin, cb.vmax], [1, 4]);
  cb.set_label("counts");
  assert.is((plt.gca() as any).colorbarMapping.label, "counts");
  assert.is(String(plt.gcf()), "<Figure size 640x480 with 2 Axes>");
  plt.close("all");
});

test("bad colorbar keywords raise matplotlib's errors", () => {
  plt.close("all");
  plt.imshow([[1, 2]]);
  assert.throws(() => plt.colorbar({ location: "top", orientation: "vertical" }), /location and orientation are mutually exclusive/);
  assert.throws(() => plt.colorbar({ orientation: "diagonal" as any }), /'diagonal' is not a valid value for orientation; supported values are None, 'vertical', 'horizontal'/);
  assert.throws(() => plt.colorbar({ extend: "up" as any }), /'up' is not a valid value for extend; supported values are 'neither', 'both', 'min', 'max'/);
  assert.throws(() => plt.colorbar({ location: "middle" as any }), /'middle' is not a valid value for location; supported values are 'left', 'right', 'top', 'bottom'/);
  plt.close("all");
});

test("set_clim on an image drawn through a norm sets the norm's limits; its colorbar follows", () => {
  plt.close("all");
  const im: any = plt.imshow([[1, 10], [100, 1000]], { norm: new colors.LogNorm() });
  plt.colorbar();
  im.set_clim(10, 100);
  assert.equal(im.get_clim(), [10, 100]);
  assert.equal([(plt.gca() as any).colorbarMapping.vmin, (plt.gca() as any).colorbarMapping.vmax], [10, 100]);
  plt.close("all");
});

test.run();
