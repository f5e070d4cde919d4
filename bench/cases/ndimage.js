// scipy.ndimage and skimage.measure cases on the camera image (512x512).
"use strict";
const { need } = require("../lib/library");

function camera() {
  return need("skimage.data.camera")();
}

module.exports = [
  {
    name: "distance_transform_edt",
    label: "ndimage.distance_transform_edt (camera > 100)",
    goal: { ratio: 1.5 },
    params: {},
    tol: 1e-12,
    ts: () => {
      const edt = need("scipy.ndimage.distance_transform_edt");
      const mask = camera().gt(100);
      return () => edt(mask);
    },
  },
  {
    name: "gaussian_filter",
    label: "ndimage.gaussian_filter sigma 3 (camera, float64)",
    goal: { ratio: 1.5 },
    params: {},
    tol: 1e-12,
    ts: () => {
      const gaussian = need("scipy.ndimage.gaussian_filter");
      const img = need("skimage.util.img_as_float")(camera());
      return () => gaussian(img, 3);
    },
  },
  {
    name: "label_regionprops",
    label: "measure.label + regionprops area, centroid, bbox (camera > 100)",
    goal: { ratio: 1.5 },
    params: {},
    tol: 1e-12,
    ts: () => {
      const label = need("skimage.measure.label");
      const regionprops = need("skimage.measure.regionprops");
      const np = need("np");
      const mask = camera().gt(100);
      // one row per region: area, centroid row and column, bbox
      return () => np.array(regionprops(label(mask)).map((r) => [r.area, ...r.centroid, ...r.bbox]));
    },
  },
];
