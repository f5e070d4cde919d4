/**
 * plt.colors' norms against matplotlib 3.6 (scripts/golden/plt_norms.py): forward and inverse
 * values, autoscaled limits, BoundaryNorm's indices, and the colours imshow, scatter,
 * pcolormesh and contourf draw through a norm.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt } from "../../src";
import { loadGolden } from "../helpers/golden";
import { near } from "./model";
import { cmapHex } from "../../src/plt/colormaps";

type Json = Record<string, any>;
const G = loadGolden<Json>("plt_norms/norms");
const X: number[] = Array.from(G.x.data as number[]);
const { colors } = plt;

const MAKE: Record<string, () => any> = {
  Normalize: () => new colors.Normalize(),
  Normalize_limits: () => new colors.Normalize(-1, 2),
  Normalize_clip: () => new colors.Normalize({ vmin: -1, vmax: 2, clip: true }),
  LogNorm: () => new colors.LogNorm(),
  LogNorm_limits: () => new colors.LogNorm({ vmin: 0.01, vmax: 100 }),
  LogNorm_clip: () => new colors.LogNorm(0.1, 10, { clip: true }),
  CenteredNorm: () => new colors.CenteredNorm(),
  CenteredNorm_halfrange: () => new colors.CenteredNorm({ vcenter: 1, halfrange: 2, clip: true }),
  SymLogNorm: () => new colors.SymLogNorm(0.5),
  SymLogNorm_opts: () => new colors.SymLogNorm({ linthresh: 0.1, linscale: 2, vmin: -5, vmax: 20, clip: true, base: 2 }),
  TwoSlopeNorm: () => new colors.TwoSlopeNorm(0.0),
  TwoSlopeNorm_limits: () => new colors.TwoSlopeNorm({ vcenter: 1, vmin: -2, vmax: 5 }),
  PowerNorm: () => new colors.PowerNorm(0.5),
  PowerNorm_clip: () => new colors.PowerNorm({ gamma: 2, vmin: 0, vmax: 5, clip: true }),
};

for (const [name, make] of Object.entries(MAKE)) {
  test(`${name}: norm(x), its limits and inverse as matplotlib's`, () => {
    const e = G.norms[name];
    const n = make();
    const y = n.__call__(np.array(X));
    const ys = y.tolist() as number[];
    // infinities (TwoSlopeNorm outside its limits) compare as themselves
    near(ys.map((v, i) => (v === e.forward.data[i] ? 0 : v)), e.forward.data.map((v: number, i: number) => (v === ys[i] ? 0 : v)), 1e-12, `${name} forward`);
    near([n.vmin, n.vmax], [e.vmin, e.vmax], 1e-12, `${name} limits`);
    near(n.inverse(np.array([0, 0.25, 0.5, 0.75, 1])).tolist(), e.inverse.data, 1e-12, `${name} inverse`);
  });
}

test("BoundaryNorm: colormap indices (extend, clip) as matplotlib's", () => {
  const x = X.slice(0, -1);
  near(new colors.BoundaryNorm([-1, 0, 0.5, 2, 10], 256).__call__(x).tolist(), G.norms.BoundaryNorm.forward.data, 0, "plain");
  near(new colors.BoundaryNorm({ boundaries: [-1, 0, 0.5, 2, 10], ncolors: 6, extend: "both" }).__call__(x).tolist(), G.norms.BoundaryNorm_extend.forward.data, 0, "extend");
  near(new colors.BoundaryNorm([-1, 0, 0.5, 2, 10], 4, { clip: true }).__call__(x).tolist(), G.norms.BoundaryNorm_clip.forward.data, 0, "clip");
  assert.is(new colors.BoundaryNorm([0, 1, 2], 4).__call__(1.5), 3);
});

test("a scalar stays a scalar; Normalize's methods", () => {
  const n = new colors.Normalize(0, 4);
  assert.is(n.__call__(1), 0.25);
  assert.is(n.inverse(0.5), 2);
  assert.is(n.__call__(6, true), 1);
  assert.ok(n.scaled());
  const m = new colors.Normalize();
  assert.not.ok(m.scaled());
  m.autoscale([3, -1, 7]);
  assert.equal([m.vmin, m.vmax], [-1, 7]);
  m.vmax = null;
  m.autoscale_None([0, 10]);
  assert.equal([m.vmin, m.vmax], [-1, 10]);
  const c = new colors.CenteredNorm(2);
  c.autoscale_None([0, 5]);
  assert.equal([c.vmin, c.vmax, c.halfrange], [-1, 5, 3]);
  assert.is(plt.Normalize, colors.Normalize);
});

test("bad norms raise matplotlib's errors", () => {
  assert.throws(() => new colors.Normalize(2, 1).__call__(1), /minvalue must be less than or equal to maxvalue/);
  assert.throws(() => new colors.LogNorm(-1, 1).__call__(1), /Invalid vmin or vmax/);
  assert.throws(() => new colors.Normalize().inverse(0.5), /Not invertible until both vmin and vmax are set/);
  assert.throws(() => new colors.TwoSlopeNorm(0, 1, 2), /vmin, vcenter, and vmax must be in ascending order/);
  assert.throws(() => new colors.BoundaryNorm([1], 4), /at least 2 boundaries/);
  assert.throws(() => new colors.BoundaryNorm([0, 1, 2], 2, { extend: "both" }), /There are 4 color bins including extensions, but ncolors = 2/);
  assert.throws(() => new colors.BoundaryNorm([0, 1, 2], 4, true, { extend: "min" }), /'clip=True' is not compatible with 'extend'/);
  assert.throws(() => new colors.BoundaryNorm([0, 1, 2], 4).inverse(0.5), /BoundaryNorm is not invertible/);
  assert.throws(() => new colors.SymLogNorm(-1), /'linthresh' must be positive/);
  assert.throws(() => plt.imshow([[1, 2]], { norm: new colors.LogNorm(), vmin: 1 }), /Passing a Normalize instance simultaneously with vmin\/vmax is not supported/);
  assert.throws(() => plt.imshow([[1, 2]], { norm: 3 as any }), /'norm' must be an instance of matplotlib.colors.Normalize, str or None, not a number/);
  assert.throws(() => plt.contourf([[1, 2], [3, 4]], { norm: new colors.LogNorm() }), /LogNorm.*not supported yet/);
  plt.close("all");
});

test("imshow, scatter, pcolormesh and contourf draw through the norm as matplotlib does", () => {
  const d = G.drawn;
  const hexes = (c: any) => (Array.isArray(c) ? c : [c]);
  const [, ax] = plt.subplots() as any;
  const v = [0.02, 0.5, 3.0, 80.0, 500.0];
  const sc = ax.scatter(np.arange(5), np.arange(5), { c: v, norm: new colors.LogNorm() });
  assert.equal(hexes(sc.artist.color), d.scatter_lognorm);
  const sc2 = ax.scatter(np.arange(5), np.arange(5), { c: v, cmap: "RdBu_r", norm: new colors.TwoSlopeNorm(1.0) });
  assert.equal(hexes(sc2.artist.color), d.scatter_twoslope);
  const C = [[0.02, 0.5], [3.0, 80.0]];
  const pc = ax.pcolormesh(C, { norm: new colors.BoundaryNorm([0, 1, 10, 100], 256) });
  assert.equal(pc.artist.colors, d.pcolormesh_boundary);
  const im = ax.imshow(C, { norm: new colors.LogNorm({ vmin: 0.01, vmax: 100 }) });
  near(im.get_clim(), d.imshow_lognorm.clim, 1e-12, "imshow clim");
  const norm = im.artist.mapping.norm;
  const cmap = im.get_cmap();
  assert.equal(C.flat().map((x) => cmapHex(cmap, norm._position(x))), d.imshow_lognorm.colors);
  const Z = np.outer(np.linspace(-1, 1, 20), np.linspace(1, 3, 20));
  const cs = ax.contourf(Z, { norm: new colors.TwoSlopeNorm(0.5) });
  near(cs.levels.tolist(), d.contourf_twoslope.levels, 1e-12, "contourf levels");
  assert.equal(cs.artist.layers.map((l: any) => l.color), d.contourf_twoslope.colors);
  const lines = plt.contour(Z, { norm: new colors.TwoSlopeNorm(0.5) }) as any;
  assert.equal(lines.artist.layers.map((l: any) => l.color), d.contour_twoslope);
  plt.close("all");
});

test.run();
