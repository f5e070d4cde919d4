/**
 * Options of the skimage functions, by position and by keyword, against scikit-image 0.19.3
 * (test/golden/skimage/options.json from scripts/golden/skimage_options.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";
import { NotImplementedError } from "../../src/errors";
import { loadGolden } from "../helpers/golden";
import { expectArray, fromGolden } from "./_helpers";
import { join } from "node:path";

const { util, data } = skimage;
const g = loadGolden("skimage/options");

test("crop(copy=True, order=...) lays the copy out as NumPy does", () => {
  const base = NDArray.fromStorage(Int16Array.from({ length: 60 }, (_, i) => i), [4, 5, 3], fromGolden(g.crop.c_C.out).dtype);
  const layouts: Record<string, NDArray> = {
    c: base,
    // np.asfortranarray(base): the same values, F-ordered
    f: (() => {
      const t = contiguousStorage(base.transpose()).slice();
      return new NDArray(t, [4, 5, 3], [1, 4, 20], 0, base.dtype);
    })(),
    t: base.transpose(2, 0, 1),
  };
  for (const [name, arr] of Object.entries(layouts)) {
    for (const order of ["C", "F", "A", "K"] as const) {
      const key = `${name}_${order}`;
      const c = util.crop(arr, 1, true, order);
      assert.equal(c.strides.slice(), g.crop[key].strides, `${key}: strides`);
      expectArray(c, g.crop[key].out, 0, 0, key);
      // by keyword too
      assert.equal(util.crop(arr, 1, { copy: true, order }).strides.slice(), g.crop[key].strides, `${key}: strides by keyword`);
    }
  }
  // as in Python, order matters (and is checked) only for a copy
  assert.equal(util.crop(base, 1, { order: "X" as "C" }).shape, [2, 3, 1]);
  assert.throws(() => util.crop(base, 1, { copy: true, order: "X" as "C" }), (e: Error) => e.name === "ValueError" && e.message === "order must be one of 'C', 'F', 'A', or 'K' (got 'X')");
});

test("dtype_limits(clip_negative) and the img_as_* force_copy, by position or keyword", () => {
  const i16 = util.img_as_int([[0.5, -0.5]]);
  assert.equal(util.dtype_limits(i16, true), g.dtype_limits.int16);
  assert.equal(util.dtype_limits([0.5], { clip_negative: true }), g.dtype_limits.float);
  const f = util.img_as_float([[0.5, 0.25]]);
  assert.is(util.img_as_float(f), f);
  const copied = util.img_as_float(f, true);
  assert.is.not(copied, f);
  assert.equal(copied.tolist(), f.tolist());
  assert.is.not(util.img_as_float(f, { force_copy: true }), f);
  assert.is(util.img_as_float({ image: f } as never), f);
});

test("the sample images take no arguments", () => {
  assert.equal(data.camera().shape, [512, 512]);
  assert.throws(() => (data.camera as (...a: unknown[]) => unknown)(1), (e: Error) => e.name === "TypeError" && e.message === "camera() takes 0 positional arguments but 1 was given");
  assert.throws(() => (data.coins as (...a: unknown[]) => unknown)({ x: 1 }), (e: Error) => e.name === "TypeError" && e.message === "coins() got an unexpected keyword argument 'x'");
});

test("io: plugin is NotImplementedError, quality is the one plugin argument", () => {
  assert.throws(() => skimage.io.imread("x.png", { plugin: "pil" as never }), (e: Error) => e instanceof NotImplementedError && e.message === "imread() plugin='pil' is not supported yet");
  assert.throws(() => skimage.io.imread("x.png", { format: "png" } as never), (e: Error) => e.name === "TypeError" && e.message === "imread() got an unexpected keyword argument 'format'");
  assert.throws(() => skimage.io.imsave("x.png", [[1]], { plugin: "pil" as never }), (e: Error) => e instanceof NotImplementedError);
});

test("color: alpha and background by position, channel_axis by keyword only", () => {
  // np.linspace(0, 1, 24).reshape(4, 6): i * (1 / 23)
  const ramp = NDArray.fromStorage(Float64Array.from({ length: 24 }, (_, i) => i * (1 / 23)), [4, 6], fromGolden(g.small).dtype);
  expectArray(skimage.color.gray2rgba(ramp, 0.25), g.gray2rgba_alpha, 1e-15, 1e-15, "gray2rgba alpha");
  expectArray(skimage.color.gray2rgba(ramp, { alpha: 0.25 }), g.gray2rgba_alpha, 1e-15, 1e-15, "gray2rgba alpha by keyword");
  const rgba = fromGolden(g.rgba);
  expectArray(skimage.color.rgba2rgb(rgba, [0.2, 0.4, 0.6]), g.rgba2rgb_background, 1e-15, 1e-15, "rgba2rgb background");
  assert.throws(() => (skimage.color.rgb2gray as (...a: unknown[]) => unknown)(rgba, -1), (e: Error) => e.name === "TypeError" && e.message === "rgb2gray() takes 1 positional argument but 2 were given");
  const planes = skimage.color.rgb2hsv(fromGolden(g.rgb).transpose(2, 0, 1), { channel_axis: 0 });
  expectArray(planes.transpose(1, 2, 0), { ...g.rgb, data: Array.from(contiguousStorage(skimage.color.rgb2hsv(fromGolden(g.rgb)))), dtype: "float64" }, 0, 0, "rgb2hsv channel_axis=0");
});

test("transform: clip, the deprecated multichannel, downscale's cval, by position and keyword", () => {
  const { transform } = skimage;
  const small = fromGolden(g.small);
  expectArray(transform.resize(small, [9, 11], 3, "reflect", 0, false, false, false), g.resize_noclip, 1e-6, 1e-12, "resize clip=False");
  expectArray(transform.resize(small, [9, 11], { order: 3, clip: false, anti_aliasing: false }), g.resize_noclip, 1e-6, 1e-12, "resize clip=False by keyword");
  expectArray(transform.resize(small, [9, 11], { order: 3, anti_aliasing: false }), g.resize_clip, 1e-6, 1e-12, "resize clip=True");
  const rgb = fromGolden(g.rgb);
  expectArray(transform.rescale(rgb, 0.5, { multichannel: true }), g.rescale_multichannel, 1e-6, 1e-12, "rescale multichannel");
  expectArray(transform.rescale(rgb, 0.5, null, "reflect", 0, true, false, true), g.rescale_multichannel, 1e-6, 1e-12, "rescale multichannel by position");
  expectArray(transform.rescale(rgb, 0.5, { channel_axis: -1 }), g.rescale_multichannel, 1e-6, 1e-12, "rescale channel_axis");
  expectArray(transform.downscale_local_mean(small, [2, 3], { cval: 0.5 }), g.downscale_cval, 1e-12, 0, "downscale cval");
  expectArray(transform.downscale_local_mean(small, [2, 3], 0.5, false), g.downscale_cval_clip, 1e-12, 0, "downscale cval, clip by position");
  assert.throws(() => transform.resize(small, [3, 3], { order: 5 }), (e: Error) => e instanceof NotImplementedError && e.message === "resize() order=5 is not supported yet");
});

test("filters: truncate, multichannel, output, mask, cval, hist", () => {
  const { filters } = skimage;
  const small = fromGolden(g.small);
  const rgb = fromGolden(g.rgb);
  expectArray(filters.gaussian(small, 1.5, { truncate: 1.0 }), g.gaussian_truncate, 1e-6, 1e-12, "gaussian truncate");
  expectArray(filters.gaussian(small, 1.5, null, "nearest", 0, null, false, 1.0), g.gaussian_truncate, 1e-6, 1e-12, "gaussian truncate by position");
  expectArray(filters.gaussian(rgb, 1.0, { multichannel: true }), g.gaussian_multichannel, 1e-6, 1e-12, "gaussian multichannel");
  // multichannel=False leaves channel_axis None: an (M, N, 3) image is still taken as RGB, with a warning
  expectArray(filters.gaussian(rgb, 1.0, { multichannel: false }), g.gaussian_multichannel_false, 1e-6, 1e-12, "gaussian multichannel=False");
  const out = NDArray.fromStorage(new Float64Array(35), [5, 7], small.dtype);
  const returned = filters.gaussian(small, 1.5, out, { truncate: 1.0 });
  assert.is(returned, out);
  expectArray(out, g.gaussian_truncate, 1e-6, 1e-12, "gaussian output");
  // a strided (transposed) output receives the same values
  const strided = NDArray.fromStorage(new Float64Array(35), [7, 5], small.dtype).transpose();
  assert.is(filters.gaussian(small, 1.5, { output: strided, truncate: 1.0 }), strided);
  expectArray(strided, g.gaussian_truncate, 1e-6, 1e-12, "gaussian strided output");
  // a strided (negative-step) input gives the same result as its contiguous copy
  const flipped = fromGolden({ ...g.small, data: g.small.data.slice().reverse() }).get("::-1", "::-1") as NDArray;
  expectArray(filters.gaussian(flipped, 1.5, { truncate: 1.0 }), g.gaussian_truncate, 1e-6, 1e-12, "gaussian of a negative-step view");
  const mask = NDArray.fromStorage(Uint8Array.from({ length: 35 }, (_, i) => (i < 3 ? 0 : 1)), [5, 7], fromGolden({ dtype: "bool", shape: [1], data: [1] }).dtype);
  expectArray(filters.sobel(small, mask), g.sobel_mask, 1e-6, 1e-12, "sobel mask");
  expectArray(filters.sobel(small, { mode: "constant", cval: 0.7 }), g.sobel_cval, 1e-6, 1e-12, "sobel cval (unused in 0.19.3)");
  const counts = fromGolden({ dtype: "int64", shape: [8], data: [5, 1, 0, 2, 9, 4, 0, 3] });
  assert.is(filters.threshold_otsu({ hist: counts }), g.otsu_hist_counts);
  assert.is(filters.threshold_otsu(null, 256, { hist: [counts, [0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6, 0.7000000000000001, 0.8]] }), g.otsu_hist_pair);
  const ramp = NDArray.fromStorage(Float64Array.from({ length: 24 }, (_, i) => i * (1 / 23)), [4, 6], small.dtype);
  assert.is(filters.threshold_otsu(ramp, { hist: [counts, [0, 2, 4, 6, 8, 10, 12, 14]] }), g.otsu_image_and_hist);
});

test("the other conversions' channel_axis, rescale's resize options, random_noise by position", () => {
  const { color, transform } = skimage;
  const small = fromGolden(g.small);
  const chw = (a: NDArray) => a.transpose(2, 0, 1);
  expectArray(color.gray2rgb(small, { channel_axis: 0 }), g.gray2rgb_axis0, 0, 0, "gray2rgb channel_axis=0");
  expectArray(color.gray2rgba(small, 0.5, { channel_axis: 0 }), g.gray2rgba_axis0, 0, 0, "gray2rgba channel_axis=0");
  expectArray(color.rgba2rgb(chw(fromGolden(g.rgba)), [0.2, 0.4, 0.6], { channel_axis: 0 }), g.rgba2rgb_axis0, 1e-15, 1e-15, "rgba2rgb channel_axis=0");
  expectArray(color.hsv2rgb(chw(fromGolden(g.rgb)), { channel_axis: 0 }), g.hsv2rgb_axis0, 1e-15, 1e-15, "hsv2rgb channel_axis=0");
  expectArray(transform.rescale(small, 0.6, 3, "edge", 0.2, false, true, { anti_aliasing: true, anti_aliasing_sigma: 0.7 }), g.rescale_options, 1e-6, 1e-12, "rescale options");
  expectArray(util.random_noise(small, "gaussian", 3, false, { mean: 0.2, var: 0.3 }), g.noise_unclipped, 1e-12, 1e-15, "random_noise unclipped");
});

test("force_copy of every img_as_* returns a new array of the same values", () => {
  const f64 = util.img_as_float64([[0.5, -0.25]]);
  const cases: [(image: NDArray, ...rest: unknown[]) => NDArray, NDArray][] = [
    [util.img_as_float, f64], [util.img_as_float64, f64], [util.img_as_float32, util.img_as_float32(f64)],
    [util.img_as_ubyte, util.img_as_ubyte([[0.5, 0.25]])], [util.img_as_uint, util.img_as_uint([[0.5, 0.25]])],
    [util.img_as_int, util.img_as_int(f64)], [util.img_as_bool, util.img_as_bool(f64)],
  ];
  for (const [fn, same] of cases) {
    assert.is(fn(same), same, `${fn.name}: no copy`);
    const copy = fn(same, { force_copy: true });
    assert.is.not(copy, same, `${fn.name}: copy`);
    assert.equal(copy.tolist(), same.tolist());
    assert.is(copy.dtype, same.dtype);
  }
});

test("ImageCollection: load_func, conserve_memory and reload", () => {
  const { io } = skimage;
  const loads: string[] = [];
  const load_func = (path: string) => {
    loads.push(path);
    return util.img_as_float([[loads.length]]);
  };
  const pattern = join(__dirname, "*.test.ts");
  const keep = new io.ImageCollection(pattern, { conserve_memory: false, load_func });
  const n = keep.length;
  assert.ok(n > 3);
  keep.get(0);
  keep.get(1);
  keep.get(0);
  assert.is(loads.length, 2, "every image kept");
  keep.reload(0);
  keep.get(0);
  keep.get(1);
  assert.is(loads.length, 3, "reload(0) forgets image 0 only");
  keep.reload();
  keep.get(1);
  assert.is(loads.length, 4, "reload() forgets all");
  loads.length = 0;
  const lean = new io.ImageCollection(pattern, true, load_func);
  lean.get(0);
  lean.get(1);
  lean.get(0);
  assert.is(loads.length, 3, "conserve_memory keeps the last image only");
  assert.equal(io.imread_collection(pattern, { conserve_memory: false }).files, keep.files);
});

test.run();
