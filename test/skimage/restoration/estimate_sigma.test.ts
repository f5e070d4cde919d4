import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { closeTo, loadGolden } from "../../helpers/golden";
import { fromGolden } from "../_helpers";
import { noisy } from "./_fixtures";

const { restoration, data } = skimage;
const g = loadGolden("skimage_restoration/restoration");
const es = g.estimate_sigma;
const small = fromGolden(g.small);
const small3 = fromGolden(g.small3);
const rgb = fromGolden(g.small_rgb);
const u8 = fromGolden(g.u8);

function near(actual: number | number[], want: number | number[], what: string): void {
  const a = typeof actual === "number" ? [actual] : actual;
  const w = typeof want === "number" ? [want] : want;
  assert.is(Array.isArray(actual), Array.isArray(want), `${what}: list or number`);
  assert.is(a.length, w.length, `${what}: length`);
  a.forEach((v, i) => assert.ok(closeTo(v, w[i], 1e-9), `${what}[${i}]: ${v} vs ${w[i]}`));
}

test("estimate_sigma: 1-D to 3-D, odd sizes, integer and strided input", () => {
  near(restoration.estimate_sigma(small), es.small, "small");
  near(restoration.estimate_sigma(small.get(":", ":10")), es.small_odd, "odd width");
  near(restoration.estimate_sigma(small3), es.small3, "3-D");
  near(restoration.estimate_sigma(u8), es.u8, "uint8");
  near(restoration.estimate_sigma(small.get(0)), es.oned, "1-D");
  near(restoration.estimate_sigma(small.transpose()), es.small_T, "transposed");
});

test("estimate_sigma: channels, averaging, deprecated multichannel", () => {
  near(restoration.estimate_sigma(rgb, { channel_axis: -1 }), es.rgb, "per channel");
  near(restoration.estimate_sigma(rgb, { average_sigmas: true, channel_axis: -1 }), es.rgb_avg, "averaged");
  near(restoration.estimate_sigma(rgb, true, true), es.rgb_multi, "multichannel");
  near(restoration.estimate_sigma(rgb.transpose(2, 0, 1), { channel_axis: 0 }), es.rgb_ch0, "channel_axis 0");
});

test("estimate_sigma: sample images", () => {
  const camera = data.camera();
  near(restoration.estimate_sigma(noisy(camera, 0, 0.2)), es.camera, "noisy camera");
  near(restoration.estimate_sigma(camera), es.camera_clean, "camera");
  const ast = noisy(data.astronaut().get("100:228", "150:278").copy(), 1, 0.2);
  near(restoration.estimate_sigma(ast, { channel_axis: -1 }), es.astronaut, "astronaut");
});

test.run();
