/** Photos in a spec become JPEG data URLs; small images stay PNG; the input is not changed. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { withJpegPhotos, PHOTO_BYTES } from "../../src/display/photos";

const pngUrl = (bytes: number) => "data:image/png;base64," + Buffer.alloc(bytes, 7).toString("base64");

test("a large PNG URL is re-encoded, a small one is kept, other values untouched", async () => {
  const big = pngUrl(PHOTO_BYTES + 3);
  const small = pngUrl(1000);
  const spec = { layer: [{ data: { values: [{ url: big }] }, mark: "image" }, { data: { values: [{ url: small }] } }], width: 496 };
  const seen: number[] = [];
  const { spec: out, photos } = await withJpegPhotos(spec, async (png) => {
    seen.push(png.length);
    return Buffer.from([0xff, 0xd8, 0xff]);
  });
  assert.is(photos, 1);
  assert.equal(seen, [PHOTO_BYTES + 3]);
  assert.equal(out, { layer: [{ data: { values: [{ url: "data:image/jpeg;base64,/9j/" }] }, mark: "image" }, { data: { values: [{ url: small }] } }], width: 496 });
  assert.is((spec.layer[0].data.values[0] as { url: string }).url, big);
});

test("a large RGBA PNG (marks drawn over the axes, such as a big scatter) stays PNG", async () => {
  // PNG signature, IHDR length and type, width, height, bit depth 8, color type 6 (RGBA)
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 3, 0xe0, 0, 0, 2, 0xe2, 8, 6]);
  const url = "data:image/png;base64," + Buffer.concat([head, Buffer.alloc(PHOTO_BYTES, 7)]).toString("base64");
  const { photos } = await withJpegPhotos({ data: { values: [{ url }] } }, async () => Buffer.from([0xff, 0xd8, 0xff]));
  assert.is(photos, 0);
});

test.run();
