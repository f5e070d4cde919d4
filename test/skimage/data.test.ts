import { createHash } from "node:crypto";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { loadGolden } from "../helpers/golden";
import { expectArray, meanOf } from "./_helpers";
import { runOwnProcess } from "../helpers/own-process";
import { NDArray } from "../../src/np/ndarray";

const { data } = skimage;
const golden = loadGolden("skimage/data");

const IMAGES = [
  "camera", "astronaut", "chelsea", "coffee", "coins", "cat", "brick", "cell", "clock", "grass", "gravel", "horse",
  "hubble_deep_field", "immunohistochemistry", "microaneurysms", "retina", "rocket", "text",
] as const;

for (const name of IMAGES) {
  test(`data.${name}() matches scikit-image's shape, dtype, mean and every byte`, () => {
    const img = data[name]();
    const g = golden[name];
    assert.equal(img.shape.slice(), g.shape);
    assert.is(img.dtype.name, g.dtype);
    assert.is(meanOf(img), g.mean);
    const bytes = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
    assert.is(createHash("sha256").update(bytes).digest("hex"), g.sha256);
    // a 10x12 crop, where the fixture took it
    const [r0, c0] = g.crop_at;
    const rowLen = img.shape[1] * (img.shape[2] ?? 1);
    const ch = img.shape[2] ?? 1;
    const crop = new Uint8Array(10 * 12 * ch);
    for (let r = 0; r < 10; r++) crop.set(img.data.subarray((r0 + r) * rowLen + c0 * ch, (r0 + r) * rowLen + (c0 + 12) * ch), r * 12 * ch);
    expectArray(NDArray.fromStorage(crop, g.crop.shape, img.dtype), g.crop, 0, 0, name);
  });
}

test("data.camera().mean() is the current scikit-image value", () => {
  assert.is(meanOf(data.camera()), 129.06072616577148);
});

test("data returns a fresh copy each call", () => {
  const a = data.camera();
  a.data[0] = 255 - a.data[0];
  const b = data.camera();
  assert.is.not(a.data[0], b.data[0]);
  assert.is.not(a.data, b.data);
});

test("sample images come back as fresh arrays in the array heap", () => {
  const child = runOwnProcess<{ inHeap: boolean; fresh: boolean; sameValues: boolean }>(require("node:path").join(__dirname, "data-heap-child.ts"));
  assert.equal(child, { inHeap: true, fresh: true, sameValues: true });
});

test.run();
