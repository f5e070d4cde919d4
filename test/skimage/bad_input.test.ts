/**
 * Bad input to skimage raises what scikit-image 0.19.3 raises (class and message), or returns
 * what it returns (NaN images, empty crops), and never changes the input arrays
 * (test/golden/skimage/bad_input.json from scripts/golden/skimage_bad_input.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { deflateSync } from "node:zlib";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { skimage } from "../../src";
import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";
import { loadGolden } from "../helpers/golden";
import { replayBadInput } from "./_bad_input";
import { IMAGES, fromGolden } from "./_helpers";

const { transform, filters, color, util, io } = skimage;
const g = loadGolden("skimage/bad_input");
const any = (f: unknown) => f as (...args: unknown[]) => unknown;

function arr(data: number[], shape: number[], dtype = "float64"): NDArray {
  return fromGolden({ dtype, shape, data });
}
const small = fromGolden(g.small);
const rgb = fromGolden(g.rgb);
const nan = fromGolden({ ...g.small, data: g.small.data.map((v: number, i: number) => (i === 9 ? NaN : v)) });
const zeros = (shape: number[], dtype = "float64") => arr(new Array(shape.reduce((a, b) => a * b, 1)).fill(0), shape, dtype);
const bools = util.img_as_bool(small);

test("bad arrays and options: scikit-image's exception or value", () => {
  const inputs = [small, rgb, nan, bools];
  const before = inputs.map((a) => Array.from(contiguousStorage(a)));
  const files = fileCasesIn();
  const n = replayBadInput("skimage/bad_input", { ...arrayCases(), ...files }, {
    // Pillow's and libjpeg/libpng's words for a damaged file differ; the class is the same
    classOnly: ["imread_truncated_png", "imread_truncated_jpeg"],
    paths: { "<tmp>": tmp },
  });
  assert.is(n, 97);
  // no input array changed
  inputs.forEach((a, i) => assert.equal(Array.from(contiguousStorage(a)), before[i], `input ${i} unchanged`));
});

function arrayCases(): Record<string, () => unknown> {
  return {
    resize_zero: () => transform.resize(small, [0, 5]),
    resize_zero_no_antialiasing: () => transform.resize(small, [0, 5], { anti_aliasing: false }),
    resize_negative: () => transform.resize(small, [-1, 5]),
    resize_short_shape: () => transform.resize(rgb, [3]),
    resize_order_6: () => transform.resize(small, [3, 3], { order: 6 }),
    resize_order_negative: () => transform.resize(small, [3, 3], { order: -1 }),
    resize_order_fraction: () => transform.resize(small, [3, 3], { order: 1.5 }),
    resize_bad_mode: () => transform.resize(small, [3, 3], { mode: "bogus" as never }),
    resize_bool_antialiasing: () => transform.resize(bools, [3, 3], { anti_aliasing: true }),
    resize_bool_order_1: () => transform.resize(bools, [3, 3], { order: 1 }),
    resize_sigma_negative: () => transform.resize(small, [3, 3], { anti_aliasing_sigma: -1 }),
    resize_sigma_length: () => transform.resize(small, [3, 3], { anti_aliasing_sigma: [1, 2, 3] }),
    resize_nan_shape: () => transform.resize(small, [NaN, 3]),
    resize_inf_shape: () => transform.resize(small, [Infinity, 3], { anti_aliasing: false }),
    resize_fraction_shape: () => transform.resize(small, [3.7, 3]),
    resize_nan_image: () => transform.resize(nan, [3, 4]),
    resize_empty_image: () => transform.resize(zeros([0, 4]), [3, 3]),
    rescale_zero: () => transform.rescale(small, 0),
    rescale_negative: () => transform.rescale(small, -1),
    rescale_length: () => transform.rescale(small, [1, 2, 3]),
    rescale_channel_axis: () => transform.rescale(rgb, 0.5, { channel_axis: 3 }),
    rescale_nan: () => transform.rescale(small, NaN),
    rotate_1d: () => transform.rotate(arr([0, 1, 2, 3, 4], [5]), 10),
    rotate_4d: () => transform.rotate(zeros([2, 2, 2, 2]), 10),
    rotate_empty: () => transform.rotate(zeros([0, 4]), 10),
    rotate_bad_mode: () => transform.rotate(small, 10, { mode: "bogus" as never }),
    rotate_center_length: () => transform.rotate(small, 10, { center: [1, 2, 3] }),
    rotate_nan_angle: () => transform.rotate(small, NaN),
    rotate_nan_image: () => transform.rotate(nan, 30),
    downscale_zero: () => transform.downscale_local_mean(small, [0, 2]),
    downscale_negative: () => transform.downscale_local_mean(small, [-1, 2]),
    downscale_length: () => transform.downscale_local_mean(small, [2, 2, 2]),
    downscale_fraction: () => transform.downscale_local_mean(small, [1.5, 2]),
    downscale_nan_image: () => transform.downscale_local_mean(nan, [2, 2]),
    gaussian_sigma_negative: () => filters.gaussian(small, -1),
    gaussian_sigma_length: () => filters.gaussian(small, [1, 2, 3]),
    gaussian_bad_mode: () => filters.gaussian(small, 1, { mode: "bogus" as never }),
    gaussian_channel_axis_wraps: () => filters.gaussian(small, 1, { channel_axis: 5 }),
    gaussian_int_output: () => filters.gaussian(small, 1, { output: zeros([5, 7], "int32") }),
    gaussian_nan_image: () => filters.gaussian(nan, 1),
    sobel_axis: () => filters.sobel(small, { axis: 2 }),
    sobel_negative_axis: () => filters.sobel(small, { axis: -1 }),
    sobel_mask_shape: () => filters.sobel(small, arr(new Array(9).fill(1), [3, 3], "bool")),
    sobel_bad_mode: () => filters.sobel(small, { mode: "bogus" as never }),
    sobel_mode_per_axis: () => filters.sobel(small, { mode: ["reflect", "constant"] as never }),
    otsu_empty: () => filters.threshold_otsu(zeros([0, 3])),
    otsu_nothing: () => filters.threshold_otsu(),
    otsu_nan_image: () => filters.threshold_otsu(nan),
    otsu_no_bins: () => filters.threshold_otsu(small, { nbins: 0 }),
    otsu_constant: () => filters.threshold_otsu(arr(new Array(9).fill(0.25), [3, 3])),
    rgb2gray_2d: () => color.rgb2gray(small),
    rgb2gray_rgba: () => color.rgb2gray(zeros([3, 3, 4])),
    rgb2gray_channel_axis: () => color.rgb2gray(rgb, { channel_axis: 5 }),
    rgb2gray_0d: () => color.rgb2gray(arr([3], [])),
    rgb2hsv_2d: () => color.rgb2hsv(small),
    rgb2hsv_pixel_channel_axis: () => color.rgb2hsv(arr([0.1, 0.2, 0.3], [3]), { channel_axis: 1 }),
    hsv2rgb_2d: () => color.hsv2rgb(small),
    rgb2hsv_nan: () => color.rgb2hsv(stack3(nan, small, small)),
    gray2rgb_channel_axis: () => color.gray2rgb(small, { channel_axis: 3 }),
    gray2rgba_alpha_shape: () => color.gray2rgba(small, zeros([2, 2])),
    rgba2rgb_3_channels: () => color.rgba2rgb(rgb),
    rgba2rgb_background_length: () => color.rgba2rgb(zeros([2, 2, 4]), [1, 1]),
    rgba2rgb_background_range: () => color.rgba2rgb(zeros([2, 2, 4]), [2, 1, 1]),
    img_as_ubyte_range: () => util.img_as_ubyte(scaled(small, 3)),
    img_as_ubyte_nan: () => util.img_as_ubyte(nan),
    img_as_int_inf: () => util.img_as_int(arr([0.5, Infinity], [2])),
    img_as_uint_nan: () => util.img_as_uint(nan),
    crop_length: () => util.crop(small, [1, 2, 3]),
    crop_too_much: () => util.crop(small, 10),
    crop_negative: () => util.crop(small, -1),
    crop_fraction: () => util.crop(small, 1.5),
    crop_order: () => util.crop(small, 1, { copy: true, order: "X" as "C" }),
    noise_mode: () => util.random_noise(small, { mode: "bogus" }),
    noise_keyword: () => util.random_noise(small, { mode: "poisson", mean: 0.1 }),
    noise_negative_var: () => util.random_noise(small, { var: -0.1 }),
    noise_local_vars: () => util.random_noise(small, { mode: "localvar", local_vars: zeros([5, 7]) }),
  };
}

/** np.dstack of three 2-D float64 arrays. */
function stack3(a: NDArray, b: NDArray, c: NDArray): NDArray {
  const [x, y, z] = [a, b, c].map((m) => contiguousStorage(m));
  const out = new Float64Array(x.length * 3);
  for (let i = 0; i < x.length; i++) {
    out[3 * i] = x[i];
    out[3 * i + 1] = y[i];
    out[3 * i + 2] = z[i];
  }
  return NDArray.fromStorage(out, [...a.shape, 3], a.dtype);
}

function scaled(a: NDArray, k: number): NDArray {
  return NDArray.fromStorage(Float64Array.from(contiguousStorage(a), (v) => v * k), a.shape.slice(), a.dtype);
}

/** A PNG chunk: length, type, body, CRC-32. */
function pngChunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** The files scripts/golden/skimage_bad_input.py writes, in a fresh folder. */
function writeFiles(dir: string): void {
  mkdirSync(join(dir, "adir"));
  writeFileSync(join(dir, "notimage.png"), "this is not an image");
  writeFileSync(join(dir, "empty.png"), "");
  for (const [name, src] of [["half.png", "rgb.png"], ["half.jpg", "rgb.jpg"]]) {
    const data = readFileSync(join(IMAGES, src));
    writeFileSync(join(dir, name), data.subarray(0, data.length >> 1));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30000, 0);
  ihdr.writeUInt32BE(30000, 4);
  ihdr[8] = 8;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  writeFileSync(join(dir, "bomb.png"), Buffer.concat([signature, pngChunk("IHDR", ihdr), pngChunk("IDAT", deflateSync(Buffer.alloc(30001))), pngChunk("IEND", Buffer.alloc(0))]));
}

function fileCases(dir: string): Record<string, () => unknown> {
  const at = (name: string) => join(dir, name);
  const u8 = zeros([4, 4], "uint8");
  return {
    imread_missing: () => io.imread(at("missing.png")),
    imread_directory: () => io.imread(at("adir")),
    imread_not_image: () => io.imread(at("notimage.png")),
    imread_empty_file: () => io.imread(at("empty.png")),
    imread_truncated_png: () => io.imread(at("half.png")),
    imread_truncated_jpeg: () => io.imread(at("half.jpg")),
    imread_bomb: () => io.imread(at("bomb.png")),
    imread_not_a_path: () => io.imread(5 as never),
    imsave_no_directory: () => io.imsave(at("nodir/x.png"), u8),
    imsave_bad_extension: () => io.imsave(at("x.xyz"), u8),
    imsave_5_channels: () => io.imsave(at("x.png"), zeros([4, 4, 5], "uint8")),
    imsave_2_channels: () => io.imsave(at("x.png"), zeros([4, 4, 2], "uint8")),
    imsave_1d: () => io.imsave(at("x.png"), zeros([4], "uint8")),
    imsave_all_nan: () => io.imsave(at("x.png"), arr(new Array(16).fill(NaN), [4, 4])),
    imsave_inf: () => io.imsave(at("x.png"), arr([0, Infinity], [1, 2])),
    imsave_constant_float: () => io.imsave(at("x.png"), arr(new Array(16).fill(3), [4, 4])),
    imsave_empty: () => io.imsave(at("x.png"), zeros([0, 4], "uint8")),
    imsave_empty_no_contrast_check: () => io.imsave(at("x.png"), zeros([0, 4], "uint8"), { check_contrast: false }),
    imsave_jpeg_quality: () => io.imsave(at("x.jpg"), u8, { quality: 0 }),
    image_collection_not_a_pattern: () => new io.ImageCollection(5 as never),
    image_collection_concatenate_empty: () => new io.ImageCollection(at("nothing*.png")).concatenate(),
  };
}

let tmp = "";
function fileCasesIn(): Record<string, () => unknown> {
  tmp = mkdtempSync(join(tmpdir(), "skimage-bad-"));
  writeFiles(tmp);
  return fileCases(tmp);
}

test.after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test.run();
