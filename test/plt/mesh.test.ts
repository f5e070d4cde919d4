/**
 * pcolormesh and matshow against Debian's matplotlib (scripts/golden/plt_mesh.py): the mesh's
 * cell corners, face and edge colors, widths, zorder, norm and limits; matshow's limits,
 * integer ticks, aspect, image settings and pyplot's figure size (figaspect).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { MeshArtist } from "../../src/plt/mesh";
import type { ImageArtist } from "../../src/plt/artists";
import { withAlpha } from "../../src/plt/colors";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;

function near(a: number, b: number, tol: number, what: string): void {
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
}

function rgba(css: string, alpha = 1): number[] {
  if (css === "transparent") return [0, 0, 0, 0];
  const c = withAlpha(css, 1);
  return [c[0], c[1], c[2], alpha];
}

for (const c of loadGolden<Json[]>("plt_mesh/pcolormesh")) {
  test(`pcolormesh ${c.label}`, () => {
    plt.close("all");
    const [, ax] = plt.subplots();
    const call = () => (ax.pcolormesh as (...a: unknown[]) => { artist: MeshArtist })(...c.args, ...(Object.keys(c.kwargs).length ? [c.kwargs] : []));
    const e = c.expected;
    if (e.error) {
      assert.throws(call, (err: Error) => err.name === e.error && err.message === e.message);
      return;
    }
    const a = call().artist;
    const coords = e.coords as number[][][];
    assert.is(a.ny + 1, coords.length);
    assert.is(a.nx + 1, coords[0].length);
    coords.forEach((row, r) => row.forEach(([x, y], k) => {
      near(a.x[r * (a.nx + 1) + k], x, 1e-12, "x");
      near(a.y[r * (a.nx + 1) + k], y, 1e-12, "y");
    }));
    (e.fc as number[][]).forEach((want, k) => rgba(a.colors[k], a.alpha ?? 1).forEach((v, i) => near(v, want[i], 1 / 255 + 1e-9, `fc ${k}`)));
    if ((e.ec as number[][]).length === 0) assert.is(a.edgecolor, undefined);
    else if (c.kwargs.edgecolors === "face") assert.is(a.edgecolor, "face");
    else rgba(a.edgecolor!).forEach((v, i) => near(v, e.ec[0][i], 1e-9, "ec"));
    near(a.linewidth, e.lw[0], 1e-12, "lw");
    assert.is(a.zorder, e.zorder);
    near(a.mapping.vmin, e.norm[0], 1e-12, "vmin");
    near(a.mapping.vmax, e.norm[1], 1e-12, "vmax");
    ax.get_xlim().forEach((v, k) => near(v, e.xlim[k], 1e-12, "xlim"));
    ax.get_ylim().forEach((v, k) => near(v, e.ylim[k], 1e-12, "ylim"));
    plt.close("all");
  });
}

test("pcolormesh: gouraud shading is refused, a curvilinear mesh draws filled quads", () => {
  plt.close("all");
  const [, ax] = plt.subplots();
  assert.throws(() => ax.pcolormesh([[1, 2], [3, 4]], { shading: "gouraud" }), (e: Error) => e.name === "NotImplementedError");
  ax.pcolormesh([[0, 1, 2], [0.5, 1.5, 2.5]], [[0, 0, 0], [1, 1, 1]], [[1, 2]]);
  const layer = (plt.gcf().toSpec() as Json).layer[0];
  assert.is(layer.mark.type, "line");
  assert.is(layer.data.values.length, 8);
  plt.close("all");
});

for (const c of loadGolden<Json[]>("plt_mesh/matshow")) {
  test(c.label, () => {
    plt.close("all");
    const { fignum, ...kw } = c.kwargs;
    let ax;
    if (c.pyplot) {
      if (fignum === 0) plt.subplots();
      plt.matshow(c.A, fignum, kw);
      ax = plt.gca();
    } else {
      [, ax] = plt.subplots();
      ax.matshow(c.A, kw);
    }
    const e = c.expected;
    assert.equal(ax.get_xlim(), e.xlim);
    assert.equal(ax.get_ylim(), e.ylim);
    assert.equal(ax.get_xticks(), e.xticks);
    assert.equal(ax.get_yticks(), e.yticks);
    assert.is(ax.get_aspect(), e.aspect);
    ax.figure.get_size_inches().forEach((v, k) => near(v, e.figsize[k], 1e-12, "figsize"));
    const im = ax.artists[0] as ImageArtist;
    assert.equal([im.mapping!.vmin, im.mapping!.vmax], e.clim);
    assert.is(im.mapping!.cmap.name, e.cmap);
    assert.is(ax.figure.axes.length, e.naxes);
    // the x axis is drawn on top
    assert.is(((ax.figure.toSpec() as Json).layer[0].encoding.x.axis as Json).orient, "top");
    plt.close("all");
  });
}

test("matshow forwards imshow's keywords (checked against matplotlib in imshow's tests)", () => {
  const kw = { cmap: "gray", aspect: "auto", interpolation: "bilinear", alpha: 0.5, vmin: 0, vmax: 9, origin: "lower", extent: [0, 2, 0, 2], clim: [1, 5], label: "m", zorder: 3 } as const;
  plt.close("all");
  const [, a1] = plt.subplots();
  a1.matshow([[1, 2], [3, 4]], kw);
  const [, a2] = plt.subplots();
  a2.imshow([[1, 2], [3, 4]], kw);
  // the pixels are resampled to the axes' size: compare everything else (and keep diffs small)
  const strip = (a: unknown) => JSON.stringify({ ...(a as object), url: undefined });
  assert.ok(strip(a1.artists[0]) === strip(a2.artists[0]));
  assert.ok((a1.artists[0] as ImageArtist).url === (a2.artists[0] as ImageArtist).url);
  assert.equal([a1.get_xlim(), a1.get_ylim(), a1.get_aspect()], [a2.get_xlim(), a2.get_ylim(), a2.get_aspect()]);
  const im = plt.matshow([[1, 2], [3, 4]], kw);
  assert.ok(strip(im.artist) === strip(a2.artists[0]));
  plt.close("all");
});

test("pcolormesh's edge and width aliases and its label", () => {
  plt.close("all");
  const m = plt.pcolormesh([[1, 2]], { ec: "k", lw: 2, label: "mesh" });
  assert.equal([m.artist.edgecolor, m.artist.linewidth, m.artist.label], ["#000000", 2, "mesh"]);
  assert.throws(() => plt.pcolormesh([[1, 2]], { ec: "k", edgecolor: "r" }), (e: Error) => e.name === "TypeError");
  plt.close("all");
});

test("pyplot's pcolormesh and its colorbar", () => {
  plt.close("all");
  const m = plt.pcolormesh([[1, 2], [3, 4]], { cmap: "gray" });
  plt.colorbar();
  assert.is(plt.gca().colorbarMapping?.cmap.name, "gray");
  assert.is(m.artist.colors.length, 4);
  plt.close("all");
});

test.run();
