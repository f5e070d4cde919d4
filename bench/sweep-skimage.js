#!/usr/bin/env node
// Times every public scikit-image and scipy.ndimage function that takes an image, on 512x512
// inputs with default arguments, against the same call in Debian's python3 (scikit-image 0.19,
// SciPy 1.10), in CPU time of each process; prints and writes the ratio table (bench/results/sweep-skimage.md and .json).
// Not part of `npm run bench` (a full sweep takes several minutes).
// Usage: node bench/sweep-skimage.js [--only=filters.*,ndi.gaussian_filter] [--seconds=0.3]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const readline = require("node:readline");
const { spawn } = require("node:child_process");
const library = require("./lib/library");
const { summarize, compare } = require("./lib/check");
const { median } = require("./lib/timing");

const PYTHON = process.env.BENCH_PYTHON || "/usr/bin/python3";
// SWEEP_DIST: another build of the package to time (an older commit's dist/, for a before/after table)
const DIST = process.env.SWEEP_DIST ? require(path.resolve(process.env.SWEEP_DIST)) : null;

function need(dotted) {
  if (!DIST) return library.need(dotted);
  let value = DIST;
  for (const part of dotted.split(".")) value = value == null ? undefined : value[part];
  if (value === undefined) throw new Error(`missing: ${dotted}`);
  return value;
}

/**
 * Seconds of CPU this process spent (user + system, all its threads, the garbage collector's
 * included): on a shared machine wall time mostly measures the other processes.
 */
function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** The inputs, built as bench/python/sweep.py builds them. */
function inputs() {
  const sk = need("skimage");
  const nd = need("scipy.ndimage");
  const camera = sk.data.camera();
  const camf = sk.util.img_as_float(camera);
  const mask = camera.gt(100);
  const rgb = sk.data.astronaut();
  const rgbf = sk.util.img_as_float(rgb);
  const blobs = sk.data.binary_blobs(512, { seed: 1 });
  return {
    camera, camf, mask, rgb, rgbf, blobs,
    dist: nd.distance_transform_edt(blobs),
    labels: sk.measure.label(mask),
    blob_labels: sk.measure.label(blobs),
    camf2: camf.get("::-1").copy(),
    edges: sk.feature.canny(camf),
    lab: sk.color.rgb2lab(rgbf),
    tmpl: camera.get("200:240", "200:240").copy(),
    ii: sk.transform.integral_image(camf),
    rgba: sk.color.gray2rgba(camf),
  };
}

/**
 * One function: `name` ("filters.sobel" in skimage, "ndi.x" in scipy.ndimage), the Python
 * argument text, and the JS arguments (by default the Python text's input names).
 */
const c = (name, py, js) => ({ name, py, js: js || ((I) => py.split(", ").map((k) => I[k])) });

const CASES = [
  c("data.binary_blobs", "512, seed=1", () => [512, { seed: 1 }]),
  c("data.shepp_logan_phantom", ""  , () => []),
  c("data.checkerboard", "", () => []),
  c("util.img_as_float", "camera"),
  c("util.img_as_ubyte", "camf"),
  c("util.img_as_uint", "camf"),
  c("util.img_as_int", "camf"),
  c("util.img_as_bool", "camf"),
  c("util.img_as_float32", "camera"),
  c("util.crop", "camf, 10, copy=True", (I) => [I.camf, 10, { copy: true }]),
  c("util.invert", "camera"),
  c("util.montage", "np.stack([camf[:256, :256]] * 4)", (I) => [need("np").stack([0, 1, 2, 3].map(() => I.camf.get(":256", ":256")))]),
  c("util.compare_images", "camf, camf2"),
  c("util.random_noise", "camf, seed=0", (I) => [I.camf, { seed: 0 }]),
  c("color.rgb2gray", "rgb"),
  c("color.gray2rgb", "camf"),
  c("color.gray2rgba", "camf"),
  c("color.rgba2rgb", "rgba"),
  c("color.rgb2hsv", "rgb"),
  c("color.hsv2rgb", "rgbf"),
  c("color.rgb2xyz", "rgb"),
  c("color.xyz2rgb", "rgbf"),
  c("color.rgb2lab", "rgb"),
  c("color.lab2rgb", "lab"),
  c("color.rgb2hed", "rgb"),
  c("color.hed2rgb", "rgbf"),
  c("color.rgb2ycbcr", "rgb"),
  c("color.ycbcr2rgb", "rgbf"),
  c("color.rgb2yuv", "rgb"),
  c("color.yuv2rgb", "rgbf"),
  c("color.rgb2yiq", "rgb"),
  c("color.yiq2rgb", "rgbf"),
  c("color.rgb2ypbpr", "rgb"),
  c("color.ypbpr2rgb", "rgbf"),
  c("color.rgb2ydbdr", "rgb"),
  c("color.ydbdr2rgb", "rgbf"),
  c("color.lab2lch", "lab"),
  c("color.lch2lab", "lab"),
  c("color.label2rgb", "labels"),
  c("color.label2rgb", "labels, camf", null),
  c("transform.resize", "camf, (256, 256)", (I) => [I.camf, [256, 256]]),
  c("transform.rescale", "camf, 0.5", (I) => [I.camf, 0.5]),
  c("transform.downscale_local_mean", "camf, (2, 2)", (I) => [I.camf, [2, 2]]),
  c("transform.resize_local_mean", "camf, (256, 256)", (I) => [I.camf, [256, 256]]),
  c("transform.rotate", "camf, 30", (I) => [I.camf, 30]),
  c("transform.warp", "camf, transform.AffineTransform(rotation=0.2)", (I) => [I.camf, new (need("skimage.transform.AffineTransform"))({ rotation: 0.2 })]),
  c("transform.swirl", "camf"),
  c("transform.hough_line", "edges"),
  c("transform.hough_circle", "edges, np.arange(20, 40, 4)", (I) => [I.edges, need("np").arange(20, 40, 4)]),
  c("transform.integral_image", "camf"),
  c("transform.pyramid_reduce", "camf"),
  c("transform.pyramid_expand", "camf[:256, :256]", (I) => [I.camf.get(":256", ":256")]),
  c("transform.radon", "camf[::4, ::4]", (I) => [I.camf.get("::4", "::4")]),
  c("filters.gaussian", "camf"),
  c("filters.sobel", "camf"),
  c("filters.sobel_h", "camf"),
  c("filters.scharr", "camf"),
  c("filters.prewitt", "camf"),
  c("filters.roberts", "camf"),
  c("filters.farid", "camf"),
  c("filters.laplace", "camf"),
  c("filters.median", "camera"),
  c("filters.unsharp_mask", "camf"),
  c("filters.difference_of_gaussians", "camf, 1", (I) => [I.camf, 1]),
  c("filters.meijering", "camf"),
  c("filters.sato", "camf"),
  c("filters.frangi", "camf"),
  c("filters.hessian", "camf"),
  c("filters.rank_order", "camera"),
  c("filters.threshold_otsu", "camera"),
  c("filters.threshold_yen", "camera"),
  c("filters.threshold_isodata", "camera"),
  c("filters.threshold_mean", "camera"),
  c("filters.threshold_triangle", "camera"),
  c("filters.threshold_minimum", "camera"),
  c("filters.threshold_li", "camera"),
  c("filters.threshold_multiotsu", "camera"),
  c("filters.threshold_local", "camf, 35", (I) => [I.camf, 35]),
  c("filters.threshold_niblack", "camf"),
  c("filters.threshold_sauvola", "camf"),
  c("filters.correlate_sparse", "camf, np.ones((3, 3)) / 9", (I) => [I.camf, need("np").ones([3, 3]).div(9)]),
  c("filters.apply_hysteresis_threshold", "camf, 0.3, 0.6", (I) => [I.camf, 0.3, 0.6]),
  c("exposure.histogram", "camera"),
  c("exposure.cumulative_distribution", "camera"),
  c("exposure.equalize_hist", "camera"),
  c("exposure.equalize_adapthist", "camera"),
  c("exposure.rescale_intensity", "camf"),
  c("exposure.adjust_gamma", "camf, 2", (I) => [I.camf, 2]),
  c("exposure.adjust_log", "camf"),
  c("exposure.adjust_sigmoid", "camf"),
  c("exposure.is_low_contrast", "camera"),
  c("exposure.match_histograms", "camf, camf2"),
  c("metrics.mean_squared_error", "camf, camf2"),
  c("metrics.normalized_root_mse", "camf, camf2"),
  c("metrics.peak_signal_noise_ratio", "camf, camf2"),
  c("metrics.structural_similarity", "camf, camf2"),
  c("metrics.normalized_mutual_information", "camf, camf2"),
  c("metrics.hausdorff_distance", "edges, edges[::-1]", (I) => [I.edges, I.edges.get("::-1")]),
  c("morphology.erosion", "camera"),
  c("morphology.dilation", "camera"),
  c("morphology.opening", "camera"),
  c("morphology.closing", "camera"),
  c("morphology.white_tophat", "camera"),
  c("morphology.black_tophat", "camera"),
  c("morphology.binary_erosion", "mask"),
  c("morphology.binary_dilation", "mask"),
  c("morphology.binary_opening", "mask"),
  c("morphology.binary_closing", "mask"),
  c("morphology.remove_small_objects", "mask"),
  c("morphology.remove_small_holes", "mask"),
  c("morphology.convex_hull_image", "blobs[:128, :128]", (I) => [I.blobs.get(":128", ":128")]),
  c("morphology.convex_hull_object", "blobs"),
  c("morphology.reconstruction", "np.minimum(camf, 0.5), camf", (I) => [need("np").minimum(I.camf, 0.5), I.camf]),
  c("morphology.flood", "camera, (100, 100), tolerance=10", (I) => [I.camera, [100, 100], { tolerance: 10 }]),
  c("morphology.flood_fill", "camera, (100, 100), 0, tolerance=10", (I) => [I.camera, [100, 100], 0, { tolerance: 10 }]),
  c("morphology.local_maxima", "camera"),
  c("morphology.local_minima", "camera"),
  c("morphology.h_maxima", "camera, 20", (I) => [I.camera, 20]),
  c("morphology.h_minima", "camera, 20", (I) => [I.camera, 20]),
  c("morphology.area_opening", "camera"),
  c("morphology.area_closing", "camera"),
  c("morphology.skeletonize", "blobs"),
  c("morphology.thin", "blobs"),
  c("morphology.medial_axis", "blobs"),
  c("morphology.label", "mask"),
  c("segmentation.watershed", "-dist, measure.label(morphology.local_maxima(dist))", (I) => [need("np").negative(I.dist), need("skimage.measure.label")(need("skimage.morphology.local_maxima")(I.dist))]),
  c("segmentation.watershed", "camf"),
  c("segmentation.clear_border", "labels"),
  c("segmentation.find_boundaries", "labels"),
  c("segmentation.mark_boundaries", "camf, labels"),
  c("segmentation.expand_labels", "blob_labels"),
  c("segmentation.felzenszwalb", "camf"),
  c("segmentation.slic", "rgb"),
  c("segmentation.quickshift", "rgb[::2, ::2]", (I) => [I.rgb.get("::2", "::2")]),
  c("segmentation.relabel_sequential", "labels"),
  c("segmentation.join_segmentations", "labels, blob_labels"),
  c("segmentation.random_walker", "camf[::4, ::4], (camf[::4, ::4] > 0.8) + 2 * (camf[::4, ::4] < 0.1)", (I) => {
    const small = I.camf.get("::4", "::4");
    return [small, small.gt(0.8).astype("int64").add(small.lt(0.1).astype("int64").mul(2))];
  }),
  c("feature.peak_local_max", "dist"),
  c("feature.canny", "camf"),
  c("feature.structure_tensor", "camf"),
  c("feature.corner_harris", "camf"),
  c("feature.corner_shi_tomasi", "camf"),
  c("feature.corner_peaks", "feature.corner_harris(camf)", (I) => [need("skimage.feature.corner_harris")(I.camf)]),
  c("feature.local_binary_pattern", "camera, 8, 1", (I) => [I.camera, 8, 1]),
  c("feature.local_binary_pattern", "camera, 24, 3, 'uniform'", (I) => [I.camera, 24, 3, "uniform"]),
  c("feature.multiblock_lbp", "ii, 100, 100, 9, 9", (I) => [I.ii, 100, 100, 9, 9]),
  c("feature.match_template", "camera, tmpl"),
  c("feature.hog", "camf"),
  c("feature.blob_log", "camf[::2, ::2]", (I) => [I.camf.get("::2", "::2")]),
  c("feature.blob_dog", "camf"),
  c("feature.blob_doh", "camf"),
  c("measure.label", "mask"),
  c("measure.regionprops", "labels"),
  c("measure.regionprops_table", "labels"),
  c("measure.find_contours", "camf, 0.5", (I) => [I.camf, 0.5]),
  c("measure.perimeter", "mask"),
  c("measure.perimeter_crofton", "mask"),
  c("measure.euler_number", "mask"),
  c("measure.moments", "camf"),
  c("measure.moments_central", "camf"),
  c("measure.centroid", "camf"),
  c("measure.inertia_tensor", "camf"),
  c("measure.inertia_tensor_eigvals", "camf"),
  c("measure.block_reduce", "camf"),
  c("measure.shannon_entropy", "camera"),
  c("measure.profile_line", "camf, (0, 0), (511, 400)", (I) => [I.camf, [0, 0], [511, 400]]),
  c("restoration.denoise_tv_chambolle", "camf"),
  c("restoration.estimate_sigma", "camf"),
  c("restoration.richardson_lucy", "camf, np.ones((5, 5)) / 25", (I) => [I.camf, need("np").ones([5, 5]).div(25)]),
  c("restoration.denoise_bilateral", "camf"),
  c("restoration.denoise_nl_means", "camf"),
  c("ndi.gaussian_filter", "camf, 3", (I) => [I.camf, 3]),
  c("ndi.gaussian_filter1d", "camf, 3", (I) => [I.camf, 3]),
  c("ndi.gaussian_laplace", "camf, 3", (I) => [I.camf, 3]),
  c("ndi.gaussian_gradient_magnitude", "camf, 3", (I) => [I.camf, 3]),
  c("ndi.uniform_filter", "camf"),
  c("ndi.uniform_filter1d", "camf, 5", (I) => [I.camf, 5]),
  c("ndi.minimum_filter", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.maximum_filter", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.minimum_filter1d", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.maximum_filter1d", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.median_filter", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.rank_filter", "camera, 3, 5", (I) => [I.camera, 3, 5]),
  c("ndi.percentile_filter", "camera, 20, 5", (I) => [I.camera, 20, 5]),
  c("ndi.correlate", "camf, np.ones((5, 5))", (I) => [I.camf, need("np").ones([5, 5])]),
  c("ndi.convolve", "camf, np.ones((5, 5))", (I) => [I.camf, need("np").ones([5, 5])]),
  c("ndi.correlate1d", "camf, [1, 2, 1]", (I) => [I.camf, [1, 2, 1]]),
  c("ndi.convolve1d", "camf, [1, 2, 1]", (I) => [I.camf, [1, 2, 1]]),
  c("ndi.sobel", "camf"),
  c("ndi.prewitt", "camf"),
  c("ndi.laplace", "camf"),
  c("ndi.grey_erosion", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.grey_dilation", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.grey_opening", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.grey_closing", "camera, 5", (I) => [I.camera, 5]),
  c("ndi.binary_erosion", "mask"),
  c("ndi.binary_dilation", "mask"),
  c("ndi.binary_opening", "mask"),
  c("ndi.binary_closing", "mask"),
  c("ndi.binary_fill_holes", "mask"),
  c("ndi.label", "mask"),
  c("ndi.find_objects", "labels"),
  c("ndi.sum_labels", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.mean", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.maximum", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.minimum", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.variance", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.standard_deviation", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.median", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.center_of_mass", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.minimum_position", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.maximum_position", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.extrema", "camf, labels, np.arange(1, 50)", (I) => [I.camf, I.labels, need("np").arange(1, 50)]),
  c("ndi.distance_transform_edt", "mask"),
  c("ndi.map_coordinates", "camf, np.indices((512, 512)) * 0.9", (I) => [I.camf, need("np").indices([512, 512]).mul(0.9)]),
  c("ndi.affine_transform", "camf, [[0.9, 0.1], [-0.1, 0.9]]", (I) => [I.camf, [[0.9, 0.1], [-0.1, 0.9]]]),
  c("ndi.shift", "camf, (3.5, -2.25)", (I) => [I.camf, [3.5, -2.25]]),
  c("ndi.zoom", "camf, 0.5", (I) => [I.camf, 0.5]),
  c("ndi.rotate", "camf, 30", (I) => [I.camf, 30]),
  c("ndi.spline_filter", "camf"),
];

/** A JS name's function: "ndi.x" in scipy.ndimage, "mod.x" in skimage. */
function resolve(name) {
  return name.startsWith("ndi.") ? need("scipy." + name.replace("ndi.", "ndimage.")) : need("skimage." + name);
}

const pyExpr = (k) => `${k.name}(${k.py})`;

class Worker {
  constructor() {
    this.proc = spawn(PYTHON, [path.join(__dirname, "python", "sweep.py")], {
      stdio: ["pipe", "pipe", "inherit"],
      cwd: path.join(__dirname, "python"),
      env: { ...process.env, PYTHONPATH: path.join(__dirname, "python") },
    });
    this.pending = [];
    // NaN and infinities are not JSON: they arrive as Python spells them
    const parse = (l) => JSON.parse(l.replace(/\b(-?Infinity|NaN)\b/g, "null"));
    readline.createInterface({ input: this.proc.stdout }).on("line", (l) => this.pending.shift()(parse(l)));
  }
  request(obj) {
    return new Promise((resolve) => {
      this.pending.push(resolve);
      this.proc.stdin.write(JSON.stringify(obj) + "\n");
    });
  }
  stop() {
    this.proc.stdin.end(JSON.stringify({ cmd: "quit" }) + "\n");
  }
}

/** The first NDArray of a result (an array, a tuple of arrays), or null. */
function firstArray(r) {
  const NDArray = need("np.NDArray");
  if (r instanceof NDArray) return r;
  if (Array.isArray(r) && r[0] instanceof NDArray) return r[0];
  return null;
}

function jsChecksum(r) {
  if (typeof r === "number" || typeof r === "boolean") return summarize([Number(r)], [], null);
  const a = firstArray(r);
  if (!a) return null;
  return summarize(Array.from(a.ravel().tolist(), Number), a.shape, String(a.dtype));
}

async function timeCase(k, worker, seconds) {
  const row = { name: k.name, args: k.py };
  let fn;
  try {
    const f = resolve(k.name);
    const args = k.js(INPUTS);
    fn = () => f(...args);
  } catch (err) {
    row.error = `ts: ${err.message.split("\n")[0]}`;
    return row;
  }
  const label = `${k.name}(${k.py})`;
  const setup = await worker.request({ cmd: "setup", name: label, expr: pyExpr(k) });
  if (setup.error) {
    row.error = `py: ${setup.error}`;
    return row;
  }
  let tsSum;
  try {
    tsSum = jsChecksum(fn());
  } catch (err) {
    row.error = `ts: ${err.message.split("\n")[0]}`.slice(0, 160);
    return row;
  }
  const pySum = await worker.request({ cmd: "check", name: label });
  if (tsSum && !pySum.error) row.check = compare(tsSum, pySum, { tol: 1e-6, dtype: false }).text;
  // warm up (first calls compile code and fault in memory), then batches of about 10 ms
  const t0 = cpuSeconds();
  let calls = 0;
  while (calls < 2 || (cpuSeconds() - t0 < 0.05 && calls < 200)) {
    fn();
    calls++;
  }
  const perCall = (cpuSeconds() - t0) / calls;
  const number = Math.max(1, Math.min(1000, Math.round(0.01 / perCall)));
  const ts = [];
  const py = [];
  let spentTs = 0;
  let spentPy = 0;
  while (ts.length < 3 || ((spentTs < seconds || spentPy < seconds) && ts.length < 25)) {
    const b0 = cpuSeconds();
    for (let i = 0; i < number; i++) fn();
    const t = cpuSeconds() - b0;
    ts.push(t / number);
    spentTs += t;
    const p = await worker.request({ cmd: "time", name: label, number });
    py.push(p.seconds / number);
    spentPy += p.seconds;
    await new Promise((r) => setTimeout(r, 5));
  }
  row.ts = median(ts);
  row.py = median(py);
  row.ratio = row.ts / row.py;
  return row;
}

let INPUTS;

function selected(only, name) {
  if (!only) return true;
  return only.some((w) => (w.endsWith("*") ? name.startsWith(w.slice(0, -1)) : w === name));
}

async function main() {
  const opt = { only: null, seconds: 0.3 };
  for (const a of process.argv.slice(2)) {
    if (a.startsWith("--only=")) opt.only = a.slice(7).split(",");
    else if (a.startsWith("--seconds=")) opt.seconds = Number(a.slice(10));
    else throw new Error(`unknown option ${a}`);
  }
  INPUTS = inputs();
  const worker = new Worker();
  const rows = [];
  for (const k of CASES) {
    if (!selected(opt.only, k.name)) continue;
    const row = await timeCase(k, worker, opt.seconds);
    rows.push(row);
    const ms = (s) => (s * 1e3).toFixed(2);
    console.log(
      row.error
        ? `${k.name}(${k.py}): ${row.error}`
        : `${k.name}(${k.py})\t${ms(row.ts)}\t${ms(row.py)}\t${row.ratio.toFixed(2)}x\t${row.check ?? ""}`,
    );
  }
  worker.stop();
  const table = [
    "| function | arguments | tslab-sci ms | Python ms | ratio | check |",
    "|---|---|---:|---:|---:|---|",
    ...rows.map((r) =>
      r.error
        ? `| ${r.name} | ${r.args} | | | | ${r.error.replace(/\|/g, "/")} |`
        : `| ${r.name} | ${r.args} | ${(r.ts * 1e3).toFixed(2)} | ${(r.py * 1e3).toFixed(2)} | ${r.ratio.toFixed(2)} | ${r.check ?? ""} |`,
    ),
  ].join("\n");
  const dir = path.join(__dirname, "results");
  fs.mkdirSync(dir, { recursive: true });
  const base = opt.only ? "sweep-skimage-partial" : "sweep-skimage";
  fs.writeFileSync(path.join(dir, base + ".md"), table + "\n");
  fs.writeFileSync(path.join(dir, base + ".json"), JSON.stringify(rows, null, 1) + "\n");
  console.log(`\nwrote bench/results/${base}.md`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
