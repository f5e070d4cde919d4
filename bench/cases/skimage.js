// scikit-image cases on the tutorial's photo (notebooks/benson.JPG, 1024x809 RGB).
"use strict";
const path = require("node:path");
const { need } = require("../lib/library");

const BENSON = path.resolve(__dirname, "..", "..", "notebooks", "benson.JPG");
const params = { path: BENSON };

function tsGray() {
  const imread = need("skimage.io.imread");
  const rgb2gray = need("skimage.color.rgb2gray");
  return rgb2gray(imread(BENSON));
}

/** The photo as a float32 tensor in [0, 1] (tfjs decodes no JPEG in plain Node: numjs reads it). */
function tfImage(tf, all) {
  if (!all.numjs) throw new Error("needs numjs to decode the JPEG");
  const img = all.numjs.images.read(BENSON);
  const data = Float32Array.from(img.flatten().tolist(), (v) => v / 255);
  return tf.tensor3d(data, img.shape);
}

function tfGray(tf, all) {
  const rgb = tfImage(tf, all);
  // skimage's weights (ITU-R 709), so the checksum is comparable.
  const w = tf.tensor1d([0.2125, 0.7154, 0.0721]);
  return tf.tidy(() => tf.sum(tf.mul(rgb, w), 2));
}

const tfDispose = (r) => r.dispose();

/** The gallery's watershed inputs: blobs, their distance transform, markers at its peaks. */
function blobsMarkers() {
  const np = need("np");
  const blobs = need("skimage.data.binary_blobs")(512, { seed: 1 });
  const distance = need("scipy.ndimage.distance_transform_edt")(blobs);
  const coords = need("skimage.feature.peak_local_max")(distance, { footprint: np.ones([3, 3]), labels: blobs });
  const peaks = np.zeros(distance.shape, { dtype: "bool" });
  for (const [r, c] of coords.tolist()) peaks.set([r, c], true);
  const [markers] = need("scipy.ndimage.label")(peaks);
  return { blobs, distance, markers };
}

module.exports = [
  {
    name: "imread",
    label: "io.imread benson.JPG",
    goal: { ratio: 0.7 },
    params,
    tol: 0,
    ts: () => {
      const imread = need("skimage.io.imread");
      return () => imread(BENSON);
    },
    peers: {
      numjs: (nj) => ({ run: () => nj.images.read(BENSON) }),
    },
  },
  {
    name: "rgb2gray",
    label: "color.rgb2gray",
    goal: { ratio: 1 },
    params,
    ts: () => {
      const imread = need("skimage.io.imread");
      const rgb2gray = need("skimage.color.rgb2gray");
      const img = imread(BENSON);
      return () => rgb2gray(img);
    },
    peers: {
      numjs: (nj) => {
        const img = nj.images.read(BENSON);
        return { run: () => nj.images.rgb2gray(img), nocheck: "uint8 output, other weights" };
      },
      tfjs: (tf, _p, all) => {
        const rgb = tfImage(tf, all);
        return { run: () => tf.image.rgbToGrayscale(rgb), dispose: tfDispose, nocheck: "ITU-R 601 weights" };
      },
    },
  },
  {
    name: "resize",
    label: "transform.resize 1/4, anti_aliasing",
    goal: { ratio: 1 },
    params,
    tol: 1e-6,
    ts: () => {
      const resize = need("skimage.transform.resize");
      const gray = tsGray();
      const shape = [Math.floor(gray.shape[0] / 4), Math.floor(gray.shape[1] / 4)];
      return () => resize(gray, shape, { anti_aliasing: true });
    },
    peers: {
      numjs: (nj) => {
        const gray = nj.images.rgb2gray(nj.images.read(BENSON));
        const [h, w] = gray.shape;
        return { run: () => nj.images.resize(gray, Math.floor(h / 4), Math.floor(w / 4)), nocheck: "uint8, no anti-aliasing" };
      },
      tfjs: (tf, _p, all) => {
        const gray = tfGray(tf, all).expandDims(2);
        const [h, w] = gray.shape;
        return {
          run: () => tf.tidy(() => tf.image.resizeBilinear(gray, [Math.floor(h / 4), Math.floor(w / 4)]).squeeze([2])),
          dispose: tfDispose,
          nocheck: "no anti-aliasing",
        };
      },
    },
  },
  {
    name: "rotate",
    label: "transform.rotate 30°, order 3 (camera 512x512)",
    goal: { ratio: 1 },
    params: {},
    tol: 1e-9,
    ts: () => {
      const rotate = need("skimage.transform.rotate");
      const camera = need("skimage.data.camera")();
      return () => rotate(camera, 30, { order: 3 });
    },
  },
  {
    name: "downscale_local_mean",
    label: "transform.downscale_local_mean 2x2",
    goal: { ratio: 1 },
    params,
    tol: 1e-9,
    ts: () => {
      const downscale = need("skimage.transform.downscale_local_mean");
      const gray = tsGray();
      return () => downscale(gray, [2, 2]);
    },
    peers: {
      tfjs: (tf, _p, all) => {
        const gray = tfGray(tf, all).expandDims(0).expandDims(3);
        return {
          run: () => tf.tidy(() => tf.avgPool(gray, 2, 2, "same").squeeze([0, 3])),
          dispose: tfDispose,
          nocheck: "edge blocks average without the zero padding",
        };
      },
    },
  },
  {
    name: "equalize_adapthist",
    label: "exposure.equalize_adapthist (camera 512x512)",
    goal: { ratio: 1.5 },
    params: {},
    tol: 1e-6,
    ts: () => {
      const equalize = need("skimage.exposure.equalize_adapthist");
      const camera = need("skimage.data.camera")();
      return () => equalize(camera);
    },
  },
  {
    name: "median_5x5",
    label: "filters.median 5x5 (camera 512x512)",
    goal: { ratio: 1.5 },
    params: {},
    tol: 0,
    ts: () => {
      const median = need("skimage.filters.median");
      const ones = need("np.ones");
      const camera = need("skimage.data.camera")();
      const footprint = ones([5, 5]);
      return () => median(camera, footprint);
    },
  },
  {
    name: "denoise_tv_chambolle",
    label: "restoration.denoise_tv_chambolle (camera 512x512 float)",
    goal: { ratio: 1.5 },
    params: {},
    tol: 1e-6,
    ts: () => {
      const denoise = need("skimage.restoration.denoise_tv_chambolle");
      const img = need("skimage.util.img_as_float")(need("skimage.data.camera")());
      return () => denoise(img, 0.1);
    },
  },
  ...[1, 2, 3].map((sigma) => ({
    name: `canny_sigma${sigma}`,
    label: `feature.canny sigma ${sigma} (camera 512x512)`,
    goal: { ratio: 1.5 },
    params: { sigma },
    tol: 0,
    ts: () => {
      const canny = need("skimage.feature.canny");
      const camera = need("skimage.data.camera")();
      return () => canny(camera, sigma);
    },
  })),
  {
    name: "watershed",
    label: "segmentation.watershed of -distance, peak_local_max markers (binary_blobs 512)",
    goal: { ratio: 1.5 },
    params: {},
    tol: 0,
    ts: () => {
      const watershed = need("skimage.segmentation.watershed");
      const { blobs, distance, markers } = blobsMarkers();
      const neg = distance.neg();
      return () => watershed(neg, markers, { mask: blobs });
    },
  },
];
