import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { util } = skimage;
const g = loadGolden("skimage_util/more");
const a = np.arange(24).reshape(4, 6);
const b3 = np.arange(48).reshape(4, 6, 2).astype("float32");

test("view_as_blocks and view_as_windows are views with scikit-image's layout", () => {
  expectArray(util.view_as_blocks(a, [2, 3]).copy(), g.blocks, 0, 0, "blocks");
  expectArray(util.view_as_blocks(b3, [2, 2, 1]).copy(), g.blocks3, 0, 0, "blocks3");
  expectArray(util.view_as_blocks(a.transpose(), [3, 2]).copy(), g.blocks_T, 0, 0, "blocks of a transposed view");
  expectArray(util.view_as_windows(a, [2, 3]).copy(), g.windows, 0, 0, "windows");
  expectArray(util.view_as_windows(a, 3, 2).copy(), g.windows_step, 0, 0, "windows step");
  expectArray(util.view_as_windows(b3, [2, 2, 2], { step: [1, 3, 1] }).copy(), g.windows_steps, 0, 0, "windows steps");
  expectArray(util.view_as_windows(a.get("::-1", "::2"), [2, 2]).copy(), g.windows_rev, 0, 0, "windows of a reversed view");
  const v = util.view_as_blocks(a, [2, 3]);
  assert.is(v.data, a.data, "shares memory");
  throwsNamed(() => util.view_as_blocks(a, [3, 3]), "ValueError", "'block_shape' is not compatible with 'arr_in'");
  throwsNamed(() => util.view_as_windows(a, [5, 2]), "ValueError", "`window_shape` is too large");
});

test("montage matches (fill, grid, padding, rescale, channels)", () => {
  const m = g.montage;
  const stack = fromGolden(g.stack);
  const before = stack.copy();
  expectArray(util.montage(stack), m.u8, 0, 0, "u8");
  expectArray(util.montage(stack, 7, { grid_shape: [2, 3], padding_width: 1 }), m.grid_pad, 0, 0, "grid pad");
  expectArray(util.montage(stack, { rescale_intensity: true }), m.rescale, 0, 0, "rescale");
  expectArray(stack, { dtype: "uint8", shape: before.shape.slice(), data: Array.from(before.data) }, 0, 0, "input unchanged");
  expectArray(util.montage(fromGolden(g.fstack), { padding_width: 2 }), m.f, 1e-15, 0, "float");
  const rgb = fromGolden(g.rgbstack);
  expectArray(util.montage(rgb, { channel_axis: -1 }), m.rgb, 0, 0, "rgb");
  expectArray(util.montage(rgb, [255, 0, 10], { channel_axis: 3, padding_width: 1 }), m.rgb_fill, 0, 0, "rgb fill");
  expectArray(util.montage(rgb.transpose(0, 3, 1, 2), { channel_axis: 1 }), m.rgb_axis1, 0, 0, "rgb axis 1");
});

test("regular_grid matches", () => {
  const cases: [number[], number][] = [[[10, 20], 8], [[3, 20, 40], 10], [[7, 5], 100], [[6, 6], 4], [[100, 3], 9], [[512, 512], 1000]];
  for (const [shape, n] of cases) {
    const got = util.regular_grid(shape, n).map((s) => [s.start, s.stop, s.step]);
    assert.equal(got, g.regular_grid[`(${shape.join(", ")})_${n}`], `${shape} ${n}`);
  }
});

test("unique_rows keeps scikit-image's byte order", () => {
  const rows = fromGolden(g.unique_rows_in);
  expectArray(util.unique_rows(rows), g.unique_rows, 0, 0, "int64");
  expectArray(util.unique_rows(rows.astype("uint8")), g.unique_rows_u8, 0, 0, "uint8");
  expectArray(util.unique_rows(fromGolden(g.unique_rows_f_in)), g.unique_rows_f, 0, 0, "float");
  throwsNamed(() => util.unique_rows(np.arange(3)), "ValueError", "unique_rows() only makes sense for 2D arrays, got 1d");
});

test("compare_images: diff, blend, checkerboard", () => {
  const c1 = fromGolden(g.compare_in.c1);
  const c2 = fromGolden(g.compare_in.c2);
  const w = g.compare;
  expectArray(util.compare_images(c1, c2), w.diff, 1e-15, 0, "diff");
  expectArray(util.compare_images(c1, c2, "blend"), w.blend, 1e-15, 0, "blend");
  expectArray(util.compare_images(c1, c2, { method: "checkerboard" }), w.checker, 0, 0, "checkerboard");
  expectArray(util.compare_images(c2, c1, "checkerboard", { n_tiles: [3, 4] }), w.checker_3x4, 0, 0, "checkerboard 3x4");
  expectArray(util.compare_images(c2.astype("float32"), c2.mul(c2).astype("float32"), "blend"), w.f32, 1e-7, 0, "float32");
  throwsNamed(() => util.compare_images(c1, c2.get(":5")), "ValueError", "Images must have the same shape.");
});

test.run();
