import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { closeTo, loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { filters, data } = skimage;
const { rank } = filters;
const g = loadGolden("skimage_filters/more");
const u8 = fromGolden(g.u8);
const f64 = fromGolden(g.f64);
const f32 = fromGolden(g.f32);
const vol = fromGolden(g.vol);
const mask = fromGolden(g.mask);
const rgb = fromGolden(g.rgb);
const u16 = fromGolden(g.u16);
const camera = data.camera();
const coins = data.coins();
const TOL = 1e-6;

function expectSample(actual: NDArray, want: any, rel = TOL, what = "sample"): void {
  assert.is(actual.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), want.shape, `${what}: shape`);
  expectArray(actual.get("::7", "::5").copy(), want.sub, rel, rel, what);
  let s = 0;
  for (let i = 0; i < actual.size; i++) s += actual.data[i];
  assert.ok(closeTo(s, want.sum, 1e-9, 1e-6), `${what}: sum ${s} vs ${want.sum}`);
}

test("scharr and prewitt: magnitude, axes, modes, mask, 3-D, float32", () => {
  for (const name of ["scharr", "prewitt"] as const) {
    const fn = filters[name];
    const w = g.edges[name];
    expectArray(fn(u8), w.u8, 1e-12, 1e-14, `${name} u8`);
    expectArray(fn(f64), w.f64, 1e-12, 1e-14, `${name} f64`);
    expectArray(fn(f32), w.f32, TOL, TOL, `${name} f32`);
    expectArray(fn(vol), w.vol, 1e-12, 1e-14, `${name} vol`);
    expectArray(fn(f64, { axis: 0 }), w.axis0, 1e-12, 1e-14, `${name} axis0`);
    expectArray(fn(f64, { axis: 1, mode: "nearest" }), w.axis1_nearest, 1e-12, 1e-14, `${name} axis1`);
    expectArray(fn(vol, { axis: [0, 2], mode: "constant" }), w.axes_constant, 1e-12, 1e-14, `${name} axes`);
    expectArray(fn(u8, mask), w.mask, 1e-12, 1e-14, `${name} mask`);
    expectArray(fn(u8.transpose()), w.T, 1e-12, 1e-14, `${name} T`);
    expectSample(fn(camera), w.camera, 1e-12, `${name} camera`);
  }
  throwsNamed(() => filters.scharr(f64, { cval: 1 }), "NotImplementedError", /cval=1 is not supported yet/);
});

test("_h/_v, roberts and farid filters match", () => {
  for (const name of ["sobel_h", "sobel_v", "scharr_h", "scharr_v", "prewitt_h", "prewitt_v", "roberts", "roberts_pos_diag", "roberts_neg_diag", "farid", "farid_h", "farid_v"] as const) {
    const fn = filters[name] as (img: NDArray, opts?: { mask?: NDArray }) => NDArray;
    const w = g.edges[name];
    expectArray(fn(u8), w.u8, 1e-12, 1e-14, `${name} u8`);
    expectArray(fn(f64), w.f64, 1e-12, 1e-14, `${name} f64`);
    expectArray(fn(f32), w.f32, TOL, TOL, `${name} f32`);
    expectArray(fn(u8, { mask }), w.mask, 1e-12, 1e-14, `${name} mask`);
    expectArray(fn(u8.transpose().get("::-1")), w.T, 1e-12, 1e-14, `${name} T`);
    expectSample(fn(camera), w.camera, 1e-12, `${name} camera`);
  }
  throwsNamed(() => filters.sobel_h(vol), "ValueError", "The parameter `image` must be a 2-dimensional array");
});

test("laplace matches (ksize has no effect, as in scikit-image)", () => {
  const w = g.edges.laplace;
  expectArray(filters.laplace(u8), w.u8, 1e-12, 1e-14, "u8");
  expectArray(filters.laplace(f64), w.f64, 1e-12, 1e-14, "f64");
  expectArray(filters.laplace(f32), w.f32, TOL, TOL, "f32");
  expectArray(filters.laplace(vol), w.vol, 1e-12, 1e-14, "vol");
  expectArray(filters.laplace(f64, 5), w.ksize5, 1e-12, 1e-14, "ksize5");
  expectArray(filters.laplace(u8, { mask }), w.mask, 1e-12, 1e-14, "mask");
  expectArray(filters.laplace(u8.transpose().get("::-1")), w.T, 1e-12, 1e-14, "T");
  expectSample(filters.laplace(camera), w.camera, 1e-12, "camera");
});

test("median: footprints, modes, 3-D, behavior='rank'", () => {
  const m = g.median;
  expectArray(filters.median(u8), m.u8, 0, 0, "u8");
  expectArray(filters.median(f64), m.f64, 0, 0, "f64");
  expectArray(filters.median(f32, np.ones([3, 5])), m.f32, 0, 0, "f32");
  expectArray(filters.median(u8, [[0, 1, 0], [1, 1, 1], [0, 1, 0]], { mode: "reflect" }), m.disk, 0, 0, "cross");
  expectArray(filters.median(f64, np.ones([4, 2]), { mode: "constant", cval: 0.3 }), m.even, 0, 0, "even");
  expectArray(filters.median(u8, np.ones([5, 5]), { mode: "wrap" }), m.wrap, 0, 0, "wrap");
  expectArray(filters.median(u8.transpose(), np.ones([3, 3]), { mode: "mirror" }), m.mirror, 0, 0, "mirror");
  expectArray(filters.median(vol), m.vol, 0, 0, "vol");
  expectArray(filters.median(u8, np.ones([3, 3]), { behavior: "rank" }), m.rank, 0, 0, "rank");
  expectSample(filters.median(camera, np.ones([5, 5])), m.camera5, 0, "camera 5x5");
  throwsNamed(() => filters.median(u8, null, np.zeros([2, 2]) as never), "NotImplementedError", /out=[\s\S]* is not supported yet/);
});

test("rank.mean / median / minimum / maximum match", () => {
  const fp = np.array([[0, 1, 1, 0], [1, 1, 1, 1], [0, 1, 1, 0]], { dtype: "uint8" });
  const disk2 = np.array([[0, 0, 1, 0, 0], [0, 1, 1, 1, 0], [1, 1, 1, 1, 1], [0, 1, 1, 1, 0], [0, 0, 1, 0, 0]], { dtype: "uint8" });
  for (const name of ["mean", "median", "minimum", "maximum"] as const) {
    const fn = rank[name] as (img: NDArray, fp: NDArray, ...rest: unknown[]) => NDArray;
    const w = g.rank[name];
    expectArray(fn(u8, disk2), w.disk, 0, 0, `${name} disk`);
    expectArray(fn(u8, np.ones([3, 3], { dtype: "uint8" })), w.box, 0, 0, `${name} box`);
    expectArray(fn(u8, fp), w.odd, 0, 0, `${name} even-sided footprint`);
    expectArray(fn(u8, disk2, { mask }), w.mask, 0, 0, `${name} mask`);
    expectArray(fn(u8, disk2, { shift_x: true, shift_y: -1 }), w.shift, 0, 0, `${name} shift`);
    expectArray(fn(u16, disk2), w.u16, 0, 0, `${name} u16`);
    expectArray(fn(f64, disk2), w.f64, 0, 0, `${name} f64`);
    expectArray(fn(u8.transpose(), disk2), w.T, 0, 0, `${name} T`);
    expectSample(fn(camera, disk2), w.camera, 0, `${name} camera`);
  }
  expectArray(rank.median(u8), g.rank.median_default, 0, 0, "median default footprint");
});

test("the other rank filters match (autolevel ... majority)", () => {
  const fp = np.array([[0, 1, 1, 0], [1, 1, 1, 1], [0, 1, 1, 0]], { dtype: "uint8" });
  const disk2 = np.array([[0, 0, 1, 0, 0], [0, 1, 1, 1, 0], [1, 1, 1, 1, 1], [0, 1, 1, 1, 0], [0, 0, 1, 0, 0]], { dtype: "uint8" });
  for (const [name, w] of Object.entries<any>(g.rank2)) {
    const fn = (rank as any)[name] as (img: NDArray, fp: NDArray, ...rest: unknown[]) => NDArray;
    const tol = name === "entropy" ? 1e-12 : 0;
    expectArray(fn(u8, disk2), w.disk, tol, 0, `${name} disk`);
    expectArray(fn(u8, fp), w.odd, tol, 0, `${name} even-sided footprint`);
    expectArray(fn(u8, disk2, { mask }), w.mask, tol, 0, `${name} mask`);
    expectArray(fn(u8, disk2, { shift_x: true, shift_y: -1 }), w.shift, tol, 0, `${name} shift`);
    expectArray(fn(u16, disk2), w.u16, tol, 0, `${name} u16`);
    expectSample(fn(camera, disk2), w.camera, tol, `${name} camera`);
  }
});

test("unsharp_mask matches (clipping, preserve_range, channels)", () => {
  const u = g.unsharp;
  expectArray(filters.unsharp_mask(u8), u.u8, 1e-12, 1e-14, "u8");
  expectArray(filters.unsharp_mask(f64, { radius: 2, amount: 1.5 }), u.f64, 1e-12, 1e-14, "f64");
  expectArray(filters.unsharp_mask(f32, 0.5, 3), u.f32, TOL, TOL, "f32");
  expectArray(filters.unsharp_mask(f64.mul(2).sub(1), 1.0, 2.0), u.neg, 1e-12, 1e-14, "negative");
  expectArray(filters.unsharp_mask(u8, 1.5, 0.7, { preserve_range: true }), u.preserve, 1e-12, 1e-12, "preserve");
  expectArray(filters.unsharp_mask(rgb, 2, 1, { channel_axis: 2 }), u.rgb, 1e-12, 1e-14, "rgb");
  expectArray(filters.unsharp_mask(rgb, 2, 1, { channel_axis: -1 }), u.rgb, 1e-12, 1e-14, "rgb, axis -1 as axis 2");
  expectArray(filters.unsharp_mask(rgb.transpose(2, 0, 1), 2, 1, { channel_axis: 0 }), u.rgb_axis0, 1e-12, 1e-14, "rgb axis 0");
  expectArray(filters.unsharp_mask(rgb, 1.2), u.rgb_nochannel, 1e-12, 1e-14, "rgb as 2D+RGB");
  expectSample(filters.unsharp_mask(camera, 3, 2), u.camera, 1e-12, "camera");
});

test("difference_of_gaussians matches", () => {
  const d = g.dog;
  expectArray(filters.difference_of_gaussians(u8, 1), d.u8, 1e-10, 1e-13, "u8");
  expectArray(filters.difference_of_gaussians(f64, 1.5, 3), d.f64, 1e-10, 1e-13, "f64");
  expectArray(filters.difference_of_gaussians(f32, 0.7), d.f32, TOL, TOL, "f32");
  expectArray(filters.difference_of_gaussians(f64, [1, 2], [2, 4], { mode: "reflect" }), d.axes, 1e-10, 1e-13, "axes");
  expectArray(filters.difference_of_gaussians(f64, 1, { mode: "constant", cval: 0.5, truncate: 2.0 }), d.const, 1e-10, 1e-13, "constant");
  expectArray(filters.difference_of_gaussians(rgb, 1, 2, { channel_axis: -1 }), d.rgb, 1e-10, 1e-13, "rgb");
  expectArray(filters.difference_of_gaussians(vol, 0.8), d.vol, 1e-10, 1e-13, "vol");
  expectSample(filters.difference_of_gaussians(coins, 2, 6), d.coins, 1e-9, "coins");
  throwsNamed(() => filters.difference_of_gaussians(f64, 2, 1), "ValueError", /high_sigma must be equal to or larger than/);
});

test.run();
