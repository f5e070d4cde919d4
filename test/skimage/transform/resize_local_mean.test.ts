import { test } from "uvu";
import { skimage } from "../../../src";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";
import { expectSample, g } from "./_more";

const { transform, data } = skimage;
const small = fromGolden(g.small);
const small3 = fromGolden(g.small3);
const rgb = fromGolden(g.small_rgb);
const u8 = fromGolden(g.u8);
const rl = g.resize_local_mean;
const TOL = 1e-6;

test("resize_local_mean: down, up, grid_mode, dtypes, layouts", () => {
  const f = transform.resize_local_mean;
  expectArray(f(small, [5, 4]), rl.down, TOL, TOL, "down");
  expectArray(f(small, [20, 17]), rl.up, TOL, TOL, "up");
  expectArray(f(small, [5, 7], false), rl.nogrid, TOL, TOL, "grid_mode=False");
  expectArray(f(small, [20, 17], { grid_mode: false }), rl.nogrid_up, TOL, TOL, "grid_mode=False up");
  expectArray(f(u8, [5, 5]), rl.u8, TOL, TOL, "uint8");
  expectArray(f(u8, [5, 5], { preserve_range: true }), rl.u8_pr, TOL, TOL, "preserve_range");
  expectArray(f(small3, [3, 9, 2]), rl["3d"], TOL, TOL, "3-D");
  expectArray(f(small, [5, 4, 1]), rl["1d_extra"], TOL, TOL, "extra axis");
  expectArray(f(small.transpose(), [5, 4]), rl.T, TOL, TOL, "transposed");
  expectArray(f(small.astype("float32"), [5, 4]), rl.f32, 1e-6, 1e-6, "float32");
  expectSample(f(data.camera(), [100, 130]), rl.camera, TOL, "camera");
});

test("resize_local_mean: channels", () => {
  const f = transform.resize_local_mean;
  expectArray(f(rgb, [5, 4], { channel_axis: -1 }), rl.rgb, TOL, TOL, "channel_axis -1");
  expectArray(f(rgb, [5, 4, 3], { channel_axis: -1 }), rl.rgb_full, TOL, TOL, "with channels");
  expectArray(f(rgb.transpose(2, 0, 1), [5, 4], { channel_axis: 0 }), rl.rgb0, TOL, TOL, "channel_axis 0");
  throwsNamed(() => f(rgb, [5, 4, 2], { channel_axis: -1 }), "ValueError", /Cannot reshape along the channel_axis/);
  throwsNamed(() => f(small3, [5]), "ValueError", "output_shape length cannot be smaller than the image number of dimensions");
});

test.run();
