import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { skimage } from "../../src";
import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";
import { loadGolden } from "../helpers/golden";
import { runOwnProcess } from "../helpers/own-process";
import { IMAGES, expectArray, fromGolden, meanOf, throwsNamed } from "./_helpers";

const { io } = skimage;
const g = loadGolden("skimage/io");
const tmp = mkdtempSync(join(tmpdir(), "skimage-io-"));

for (const name of ["rgb.png", "gray.png", "rgba.png", "la.png", "palette.png", "palette_t.png", "gray16.png",
  "rgb.tif", "anim.gif", "bw.png"]) {
  test(`imread(${name}) is pixel-identical to scikit-image`, () => {
    expectArray(io.imread(join(IMAGES, name)), g[name], 0, 0, name);
  });
}

for (const name of ["rgb.jpg", "gray.jpg"]) {
  test(`imread(${name}) matches scikit-image within JPEG decoder rounding`, () => {
    const img = io.imread(join(IMAGES, name));
    const want = g[name];
    assert.equal(img.shape.slice(), want.shape);
    assert.is(img.dtype.name, "uint8");
    const got = contiguousStorage(img);
    let diff = 0;
    for (let i = 0; i < got.length; i++) diff += Math.abs(got[i] - want.data[i]);
    assert.ok(diff / got.length <= 0.5, `mean abs difference ${diff / got.length}`);
  });
}

test("imread of a (1024, 809, 3) JPEG photo", () => {
  const img = io.imread(join(IMAGES, "photo.jpg"));
  assert.equal(img.shape.slice(), g["photo.jpg"].shape);
  assert.ok(Math.abs(meanOf(img) - g["photo.jpg"].mean) < 0.05, `mean ${meanOf(img)} vs ${g["photo.jpg"].mean}`);
});

test("a large JPEG is decoded into the array heap, the samples sharp returns", () => {
  const { inHeap, sameBytes } = runOwnProcess<{ inHeap: boolean; sameBytes: boolean }>(join(__dirname, "io-heap-child.ts"));
  assert.ok(inHeap, "the samples live in the heap");
  assert.ok(sameBytes, "same bytes");
});

test("imread of WebP decodes the lossless image exactly", () => {
  expectArray(io.imread(join(IMAGES, "rgb.webp")), g["rgb.png"], 0, 0, "rgb.webp");
});

test("imread as_gray matches scikit-image (RGB and RGBA)", () => {
  expectArray(io.imread(join(IMAGES, "rgb.png"), { as_gray: true }), g.as_gray_rgb, 1e-12, 1e-15);
  expectArray(io.imread(join(IMAGES, "rgba.png"), { as_gray: true }), g.as_gray_rgba, 1e-12, 1e-15);
  expectArray(io.imread(join(IMAGES, "gray.png"), { as_gray: true }), g["gray.png"], 0, 0);
});

test("imread errors name the path", () => {
  const missing = join(tmp, "nope.png");
  throwsNamed(() => io.imread(missing), "FileNotFoundError", `No such file: '${missing}'`);
  // imageio: no reader for a directory or for bytes that are no image; a truncated file fails in Pillow
  const noFormat = "Could not find a format to read the specified file in mode 'i'";
  throwsNamed(() => io.imread(tmp), "ValueError", noFormat);
  const junk = join(tmp, "junk.png");
  writeFileSync(junk, "this is not an image");
  throwsNamed(() => io.imread(junk), "ValueError", noFormat);
  const truncated = join(tmp, "truncated.jpg");
  const jpg = readFileSync(join(IMAGES, "rgb.jpg"));
  writeFileSync(truncated, jpg.subarray(0, jpg.length >> 1));
  throwsNamed(() => io.imread(truncated), "ValueError", new RegExp(`^Could not load '${truncated}' \nReason: `));
  const truncatedPng = join(tmp, "truncated.png");
  const png = readFileSync(join(IMAGES, "rgb.png"));
  writeFileSync(truncatedPng, png.subarray(0, png.length >> 1));
  throwsNamed(() => io.imread(truncatedPng), "ValueError", new RegExp(`^Could not load '${truncatedPng}' \nReason: `));
});

function chunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const tb = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(tb));
  return Buffer.concat([len, tb, crc]);
}

test("imread refuses an image over the pixel limit (decompression bomb)", () => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30000, 0);
  ihdr.writeUInt32BE(30000, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // gray
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.alloc(30001))), chunk("IEND", Buffer.alloc(0)),
  ]);
  const bomb = join(tmp, "bomb.png");
  writeFileSync(bomb, png);
  // Pillow's DecompressionBombError, with its message
  throwsNamed(() => io.imread(bomb), "DecompressionBombError", "Image size (900000000 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack.");
});

test("imsave then imread round-trips PNG (gray, RGB, RGBA, 16-bit gray) exactly", () => {
  for (const name of ["gray.png", "rgb.png", "rgba.png", "gray16.png"]) {
    const img = fromGolden(g[name]);
    const out = join(tmp, "rt-" + name);
    io.imsave(out, img);
    expectArray(io.imread(out), g[name], 0, 0, name);
  }
});

test("imsave JPEG, TIFF and WebP round-trip", () => {
  const img = fromGolden(g["rgb.png"]);
  io.imsave(join(tmp, "a.tif"), img);
  expectArray(io.imread(join(tmp, "a.tif")), g["rgb.png"], 0, 0, "tif");
  io.imsave(join(tmp, "a.jpg"), img, { quality: 95 });
  const back = contiguousStorage(io.imread(join(tmp, "a.jpg")));
  let diff = 0;
  for (let i = 0; i < back.length; i++) diff += Math.abs(back[i] - g["rgb.png"].data[i]);
  assert.ok(diff / back.length < 4, `jpeg mean abs error ${diff / back.length}`);
  io.imsave(join(tmp, "a.webp"), img);
  assert.equal(io.imread(join(tmp, "a.webp")).shape.slice(), [64, 80, 3]);
});

test("imsave converts floats and bools as scikit-image (imageio) does", () => {
  const f = new Float64Array([0, 0.25, 0.5, 1, 0.999, 0.0019]);
  const float64 = skimage.util.img_as_float([0.5]).dtype;
  io.imsave(join(tmp, "f.png"), NDArray.fromStorage(f, [2, 3], float64), { check_contrast: false });
  expectArray(io.imread(join(tmp, "f.png")), g.imsave.float01, 0, 0, "float01");
  io.imsave(join(tmp, "m.png"), [[-3, 0, 7.5], [100, 2, 1]], { check_contrast: false });
  expectArray(io.imread(join(tmp, "m.png")), g.imsave.float_minmax, 0, 0, "float_minmax");
  io.imsave(join(tmp, "b.png"), [[true, false], [false, true]], { check_contrast: false });
  expectArray(io.imread(join(tmp, "b.png")), g.imsave.bool, 0, 0, "bool");
});

test("imsave rejects unknown extensions and bad shapes", () => {
  throwsNamed(() => io.imsave(join(tmp, "x.xyz"), [[1, 2]]), "ValueError", "Could not find a format to write the specified file in mode 'i'");
  throwsNamed(() => io.imsave(join(tmp, "x.png"), [1, 2, 3]), "ValueError", /^Image must be 2D \(grayscale, RGB, or RGBA\)\. Got an array of shape \(3,\)$/);
});

test("imread_collection: natural order, lazy, indexable, iterable", () => {
  const dir = mkdtempSync(join(tmpdir(), "skimage-coll-"));
  for (const n of [10, 2, 1]) copyFileSync(join(IMAGES, "gray.png"), join(dir, `img${n}.png`));
  copyFileSync(join(IMAGES, "rgb.png"), join(dir, "img3.png"));
  const coll = io.imread_collection(join(dir, "*.png"));
  assert.equal(coll.files, [1, 2, 3, 10].map((n) => join(dir, `img${n}.png`)));
  assert.is(coll.length, 4);
  assert.equal(coll.get(2).shape.slice(), [64, 80, 3]);
  assert.equal(coll.get(-1).shape.slice(), [48, 60]);
  assert.equal([...coll].map((im) => im.ndim), [2, 2, 3, 2]);
  throwsNamed(() => coll.get(4), "IndexError", "There are only 4 images in the collection");
  throwsNamed(() => coll.concatenate(), "ValueError", "Image dimensions must agree.");
});

test.run();
