import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray } from "../_helpers";

const { window } = skimage.filters;
const g = loadGolden("skimage_filters/window");

test("window: hann, hamming, blackman, boxcar in 1-D to 3-D", () => {
  expectArray(window("hann", [64, 64]), g.hann_64x64, 1e-12, 1e-15, "hann");
  expectArray(window("hamming", 17), g.hamming_17, 1e-12, 1e-15, "hamming, int shape");
  expectArray(window("blackman", [9, 12, 7]), g.blackman_9x12x7, 1e-12, 1e-15, "blackman 3-D");
  expectArray(window("boxcar", [5, 6]), g.boxcar_5x6, 1e-12, 1e-15, "boxcar");
  expectArray(window("hann", [1, 4]), g.hann_1x4, 1e-12, 1e-15, "length-1 axis");
  expectArray(window("hann", [30, 41]), g.hann_30x41, 1e-12, 1e-15, "unequal sides");
});

test("window: unsupported types and options, bad shapes", () => {
  assert.throws(() => window("kaiser", [4, 4]), (e: Error) => e.name === "NotImplementedError");
  assert.throws(() => window("hann", [4, 4], { warp_kwargs: { order: 3 } }), (e: Error) => e.name === "NotImplementedError" && /warp_kwargs/.test(e.message));
  assert.throws(() => window("hann", [4, -1]), /invalid shape/);
});

test.run();
