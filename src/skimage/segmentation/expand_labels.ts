/** `skimage.segmentation.expand_labels` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { bool } from "../../np/dtype";
import { PyArgs, pyfunction, signature } from "../../signature";
import { distance_transform_edt } from "../../scipy/ndimage/edt";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

const EXPAND_LABELS = signature("skimage.segmentation.expand_labels(label_image, distance=1)", {
  types: { label_image: "array_like", distance: "float" },
});

/**
 * `skimage.segmentation.expand_labels(label_image, distance=1)`: grows every label into the
 * background by up to `distance` pixels (Euclidean), each background pixel taking the label of
 * its nearest labelled pixel, so labels never overlap.
 */
export function expand_labels(label_image: NDArrayLike, ...rest: PyArgs<[distance: number, options: { distance?: number }], { distance?: number }>): NDArray;
export function expand_labels(...args: unknown[]): NDArray {
  const { label_image, distance } = EXPAND_LABELS.bind(args);
  const labels = asNDArray(label_image, "label_image");
  const values = readFloat64(labels);
  const isZero = uninitStorage(Uint8Array, values.length);
  for (let i = 0; i < values.length; i++) isZero[i] = values[i] === 0 ? 1 : 0;
  const background = NDArray.fromStorage(isZero, labels.shape.slice(), bool);
  const [distances, indices] = distance_transform_edt(background, { return_indices: true }) as [NDArray, NDArray];
  const d = readFloat64(distances);
  const nearest = readFloat64(indices);
  const n = values.length;
  const ndim = labels.ndim;
  const strides = new Array<number>(ndim).fill(1);
  for (let a = ndim - 2; a >= 0; a--) strides[a] = strides[a + 1] * labels.shape[a + 1];
  const out = new labels.dtype.storage(n);
  for (let i = 0; i < n; i++) {
    if (!(d[i] <= distance)) continue;
    let at = 0;
    for (let a = 0; a < ndim; a++) at += nearest[a * n + i] * strides[a];
    out[i] = values[at];
  }
  return NDArray.fromStorage(out, labels.shape.slice(), labels.dtype);
}
pyfunction(EXPAND_LABELS, expand_labels);
