import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";
import { heapArray } from "../../src/np/heap/heap";
import { fma } from "../../src/np/random/fma";
import { fma32 } from "../../src/skimage/color/gray-float";
import { GRAY_WEIGHTS } from "../../src/skimage/color/gray-rounding";
import { grayFromUint8 } from "../../src/skimage/color/gray-uint8";
import { GoldenArray, loadGolden } from "../helpers/golden";
import { IMAGES, fromGolden } from "./_helpers";
import { runOwnTests } from "../helpers/own-process";
import { join } from "node:path";

const { color, io } = skimage;
const g = loadGolden("skimage/gray");
// The fixtures come from OpenBLAS on two threads, which splits rows of 3072 pixels or more.
process.env.OPENBLAS_NUM_THREADS = "2";

/** Same dtype, shape and bits (so -0 and 0 differ, and NaN equals NaN). */
function expectBits(actual: NDArray, expected: GoldenArray, what: string): void {
  assert.is(actual.dtype.name, expected.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), expected.shape, `${what}: shape`);
  const data = contiguousStorage(actual);
  let bad = 0;
  let first = -1;
  for (let i = 0; i < data.length; i++) {
    if (!Object.is(data[i], expected.data[i])) {
      bad++;
      if (first < 0) first = i;
    }
  }
  assert.is(bad, 0, `${what}: ${bad} values differ, the first at ${first} (${data[first]} vs ${expected.data[first]})`);
}

/** A C-contiguous copy with the last axis moved first: (h, w, 3) -> (3, h, w). */
function channelsFirst(a: NDArray): NDArray {
  return a.transpose([2, 0, 1]).copy();
}

test("uint8: channel last, channel first, flipped and strided views", () => {
  const u8 = fromGolden(g.u8);
  expectBits(color.rgb2gray(u8), g.u8_hwc, "hwc");
  expectBits(color.rgb2gray(channelsFirst(u8), { channel_axis: 0 }), g.u8_chw, "chw");
  expectBits(color.rgb2gray(u8.get(":", "::-1")), g.u8_flipped, "flipped");
  expectBits(color.rgb2gray(u8.get("::2", "::3")), g.u8_step, "step");
});

for (const name of ["f64", "f32"]) {
  test(`${name}: every row-length tail, both channel layouts`, () => {
    const f = fromGolden(g[name]);
    for (let w = 1; w <= 17; w++) {
      const part = f.get(":", `:${w}`).copy();
      expectBits(color.rgb2gray(part), g[`${name}_w${w}`], `hwc w=${w}`);
      expectBits(color.rgb2gray(channelsFirst(part), { channel_axis: 0 }), g[`${name}_chw_w${w}`], `chw w=${w}`);
    }
  });

  test(`${name}: strided, flipped and flat inputs`, () => {
    const f = fromGolden(g[name]);
    expectBits(color.rgb2gray(f), g[`${name}_hwc`], "hwc");
    expectBits(color.rgb2gray(f.get(":", "::2")), g[`${name}_step`], "step");
    expectBits(color.rgb2gray(f.get(":", "::-1")), g[`${name}_flipped`], "flipped");
    expectBits(color.rgb2gray(f.reshape(-1, 3)), g[`${name}_flat`], "flat");
  });

  test(`${name}: rows long enough for OpenBLAS to split between threads`, () => {
    const wide = fromGolden(g[`${name}_wide`]);
    expectBits(color.rgb2gray(wide), g[`${name}_wide_hwc`], "hwc");
    expectBits(color.rgb2gray(channelsFirst(wide), { channel_axis: 0 }), g[`${name}_wide_chw`], "chw");
  });
}

test("float64 inf, nan, signed zeros and huge values", () => {
  const special = fromGolden(g.special);
  expectBits(color.rgb2gray(special.reshape(1, -1, 3)), g.special_gray, "special");
  // enough rows for the SIMD kernel, which takes the large arrays
  const rows = 1100;
  const one = contiguousStorage(special);
  const data = new Float64Array(rows * one.length);
  for (let r = 0; r < rows; r++) data.set(one, r * one.length);
  const tiled = NDArray.fromStorage(data, [rows, one.length / 3, 3], special.dtype);
  const want = g.special_gray as GoldenArray;
  const wantTiled = { dtype: want.dtype, shape: [rows, want.shape[1]], data: Array.from({ length: rows }, () => want.data).flat() };
  expectBits(color.rgb2gray(tiled), wantTiled, "special, tiled");
});

test("uint8 photo: scikit-image's bits", () => {
  const gray = color.rgb2gray(io.imread(`${IMAGES}/photo.jpg`));
  const d = contiguousStorage(gray);
  const words = new Uint32Array(d.buffer, d.byteOffset, d.length * 2);
  let sum = 0;
  for (let i = 0; i < words.length; i++) sum = (sum + words[i]) % 2 ** 32;
  assert.is(sum, g.photo_gray_bits);
});

test("arrays outside the heap give the same bits, a scratch slice at a time", () => {
  runOwnTests(join(__dirname, "color-gray-exact-heap.ts"));
});

test("uint8 kernel: all 2^24 pixels equal the emulated fused multiply-adds", () => {
  const [wr, wg, wb] = GRAY_WEIGHTS;
  const n = 1 << 24;
  const src = heapArray(Uint8Array, 3 * n) ?? new Uint8Array(3 * n);
  for (let i = 0; i < n; i++) {
    src[3 * i] = i >>> 16;
    src[3 * i + 1] = (i >>> 8) & 255;
    src[3 * i + 2] = i & 255;
  }
  const out = heapArray(Float64Array, n) ?? new Float64Array(n);
  grayFromUint8(src, out);
  const s = 1 / 255;
  const inner = new Float64Array(65536);
  for (let rg = 0; rg < 65536; rg++) inner[rg] = fma((rg >>> 8) * s, wr, (rg & 255) * s * wg);
  let bad = 0;
  for (let i = 0; i < n; i++) if (out[i] !== fma((i & 255) * s, wb, inner[i >>> 8])) bad++;
  assert.is(bad, 0);
});

test("fma32 rounds once, where the double sum lands halfway between two floats", () => {
  const a = Math.fround(1 + 2 ** -12);
  // a * a = 1 + 2^-11 + 2^-24: exactly halfway, so ties go to the even float
  assert.is(fma32(a, a, 0), Math.fround(1 + 2 ** -11));
  // a tail far below the double's last bit still decides the direction
  assert.is(fma32(a, a, Math.fround(2 ** -80)), Math.fround(1 + 2 ** -11 + 2 ** -23));
  assert.is(fma32(a, a, Math.fround(-(2 ** -80))), Math.fround(1 + 2 ** -11));
});

test.run();
