/** The PNG encoder decoded by sharp (libvips), and the image resampling around it. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import sharp from "sharp";
import { encodePng } from "../../src/plt/png";

async function decode(png: Buffer): Promise<{ data: number[]; channels: number; width: number; height: number }> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data: Array.from(data), channels: info.channels, width: info.width, height: info.height };
}

test("RGBA with transparency round-trips through libvips", async () => {
  const w = 7;
  const h = 5;
  const px = new Uint8Array(w * h * 4);
  for (let i = 0; i < px.length; i++) px[i] = (i * 53 + 11) % 256;
  const out = await decode(encodePng(px, w, h, 4));
  assert.equal([out.width, out.height, out.channels], [w, h, 4]);
  assert.equal(out.data, Array.from(px));
});

test("opaque RGBA is written as RGB", async () => {
  const px = new Uint8Array([10, 20, 30, 255, 40, 50, 60, 255, 70, 80, 90, 255]);
  const out = await decode(encodePng(px, 3, 1, 4));
  assert.is(out.channels, 3);
  assert.equal(out.data, [10, 20, 30, 40, 50, 60, 70, 80, 90]);
});

test("opaque gray RGBA is written as a grayscale PNG", async () => {
  const px = new Uint8Array([10, 10, 10, 255, 200, 200, 200, 255]);
  const png = encodePng(px, 2, 1, 4);
  assert.is(png[25], 0, "color type 0");
  assert.is((await sharp(png).metadata()).channels, 1);
  const gray = await sharp(png).toColourspace("b-w").raw().toBuffer();
  assert.equal(Array.from(gray), [10, 200]);
});

test.run();
