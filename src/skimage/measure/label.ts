/** `skimage.measure.label` (0.19). */
import { NDArray } from "../../np/ndarray";
import { bool, int32, int64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { labelFlags } from "../../scipy/ndimage/label";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { interiorMask, inside, nextCoord, offsetsOf } from "../../scipy/ndimage/_neighbours";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

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
export function label(label_image: NDArrayLike, ...rest: PyArgs<[background: number | null, return_num: boolean, connectivity: number | null, options: LabelOptions], LabelOptions>): NDArray | [NDArray, number];
export function label(...args: unknown[]): NDArray | [NDArray, number] {
  const { label_image, background, return_num, connectivity } = LABEL.bind(args);
  const img = asNDArray(label_image, "label_image");
  const ndim = img.ndim;
  const conn = connectivity ?? ndim;
  if (!(conn >= 1 && conn <= ndim)) throw new ValueError(`Connectivity for ${ndim}D image should be in [1, ..., ${ndim}]. Got ${conn}.`);
  const s = binaryStructure(ndim, conn);
  const values = readFloat64(img);
  let labels: Int32Array;
  let count: number;
  if (img.dtype === bool) {
    const flags = Uint8Array.from(values, (v) => (background === 1 ? (v ? 0 : 1) : v ? 1 : 0));
    ({ labels, count } = labelFlags(flags, img.shape, s.data as Uint8Array, s.shape));
  } else {
    ({ labels, count } = labelValues(values, img.shape, background ?? 0, s.data as Uint8Array, s.shape));
  }
  const out = img.dtype === bool ? NDArray.fromStorage(labels, img.shape.slice(), int32) : NDArray.fromStorage(Float64Array.from(labels), img.shape.slice(), int64);
  return return_num ? [out, count] : out;
}
pyfunction(LABEL, label);

/** Connected regions of equal value (not background), labelled by first pixel in C order. */
function labelValues(values: Float64Array, shape: readonly number[], background: number, on: Uint8Array, sshape: readonly number[]): { labels: Int32Array; count: number } {
  const n = values.length;
  const half = on.slice();
  for (let i = half.length >> 1; i < half.length; i++) half[i] = 0;
  const o = offsetsOf(half, sshape, new Array<number>(shape.length).fill(0), shape);
  const parent = new Int32Array(n);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r];
    while (parent[x] !== r) {
      const nx = parent[x];
      parent[x] = r;
      x = nx;
    }
    return r;
  };
  const interior = interiorMask(shape, o);
  const coord = new Int32Array(shape.length);
  for (let i = 0; i < n; i++, nextCoord(coord, shape)) {
    parent[i] = i;
    const v = values[i];
    if (v === background) continue;
    for (let k = 0; k < o.count; k++) {
      if (!interior[i] && !inside(coord, o, k, shape)) continue;
      const j = i + o.flat[k];
      if (values[j] !== v) continue;
      const a = find(i);
      const b = find(j);
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
  }
  const labels = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (values[i] === background) continue;
    const r = find(i);
    labels[i] = r === i ? ++count : labels[r];
  }
  return { labels, count };
}
