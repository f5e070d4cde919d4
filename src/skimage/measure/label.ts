/** `skimage.measure.label` (0.19). */
import { NDArray } from "../../np/ndarray";
import { bool, int32, int64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { labelComponents } from "../../scipy/ndimage/label";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { NDArrayLike, asNDArray, readStorage } from "../_internal/arrays";

const LABEL = signature("skimage.measure.label(label_image, background=None, return_num=False, connectivity=None)", {
  types: { label_image: "array_like", background: "float|None", return_num: "bool", connectivity: "int|None" },
});

/** Keyword arguments of label. */
export interface LabelOptions {
  /** The value that is not labelled (default 0). */
  background?: number | null;
  /** Also return the number of labels. */
  return_num?: boolean;
  /** Neighbours at squared distance <= connectivity (1..ndim, default ndim). */
  connectivity?: number | null;
}

/**
 * `skimage.measure.label(label_image, background=None, return_num=False, connectivity=None)`:
 * numbers the connected regions of equal value (other than `background`) 1, 2, ... in the
 * order their first pixel comes in C order. A bool image goes through scipy.ndimage.label
 * (int32 labels); other integer images give int64 labels.
 */
export function label(label_image: NDArrayLike, ...rest: PyArgs<[background: number | null, return_num: false, connectivity: number | null, options: LabelOptions & { return_num?: false }], LabelOptions & { return_num?: false }>): NDArray;
export function label(label_image: NDArrayLike, ...rest: PyArgs<[background: number | null, return_num: true, connectivity: number | null, options: LabelOptions & { return_num: true }], LabelOptions & { return_num: true }>): [NDArray, number];
export function label(label_image: NDArrayLike, ...rest: PyArgs<[background: number | null, return_num: boolean, connectivity: number | null, options: LabelOptions], LabelOptions>): NDArray | [NDArray, number];
export function label(...args: unknown[]): NDArray | [NDArray, number] {
  const { label_image, background, return_num, connectivity } = LABEL.bind(args);
  const img = asNDArray(label_image, "label_image");
  const ndim = img.ndim;
  const conn = connectivity ?? ndim;
  if (!(conn >= 1 && conn <= ndim)) throw new ValueError(`Connectivity for ${ndim}D image should be in [1, ..., ${ndim}]. Got ${conn}.`);
  const s = binaryStructure(ndim, conn);
  let labels: Int32Array;
  let count: number;
  if (img.dtype === bool) {
    // scipy.ndimage.label of the image (inverted when the background is 1)
    // bool values are 0 and 1: label the 1s (the 0s when the background is 1)
    ({ labels, count } = labelComponents(readStorage(img), img.shape, s.data as Uint8Array, s.shape, background === 1 ? 1 : 0));
  } else {
    ({ labels, count } = labelComponents(readStorage(img), img.shape, s.data as Uint8Array, s.shape, background ?? 0));
  }
  let out: NDArray;
  if (img.dtype === bool) {
    out = NDArray.fromStorage(labels, img.shape.slice(), int32);
  } else {
    const wide = new Float64Array(labels.length);
    for (let i = 0; i < labels.length; i++) wide[i] = labels[i];
    out = NDArray.fromStorage(wide, img.shape.slice(), int64);
  }
  return return_num ? [out, count] : out;
}
pyfunction(LABEL, label);
