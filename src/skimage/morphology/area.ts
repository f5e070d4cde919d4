/**
 * `skimage.morphology.area_opening` and `area_closing` (0.19) on scikit-image's max-tree: pixels
 * joined from the highest value down (union-find), canonical nodes, areas summed up the tree,
 * then every node smaller than the threshold takes its parent's value.
 */
import { NDArray } from "../../np/ndarray";
import { PyArgs, pyfunction, signature } from "../../signature";
import { castValues } from "../../scipy/ndimage/_support";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

const TYPES = { image: "array_like", area_threshold: "float", connectivity: "int" } as const;
const AREA_OPENING = signature("skimage.morphology.area_opening(image, area_threshold=64, connectivity=1, parent=None, tree_traverser=None)", { types: TYPES, unsupported: ["parent", "tree_traverser"] });
const AREA_CLOSING = signature("skimage.morphology.area_closing(image, area_threshold=64, connectivity=1, parent=None, tree_traverser=None)", { types: TYPES, unsupported: ["parent", "tree_traverser"] });

/** Keyword arguments of area_opening and area_closing. */
export interface AreaOptions {
  area_threshold?: number;
  connectivity?: number;
  parent?: null;
  tree_traverser?: null;
}

type AreaArgs = PyArgs<[area_threshold: number, connectivity: number, parent: null, tree_traverser: null, options: AreaOptions], AreaOptions>;

/** Area filter of float64 values (the max-tree's direct filter); returns the output values. */
function areaFilter(values: Float64Array, shape: readonly number[], threshold: number, connectivity: number): Float64Array {
  const n = values.length;
  const out = values.slice();
  if (n === 0) return out;
  const ndim = shape.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const s = binaryStructure(ndim, connectivity);
  const deltas: number[][] = [];
  for (let i = 0; i < s.data.length; i++) {
    if (!s.data[i]) continue;
    const d: number[] = [];
    let rem = i;
    for (let a = ndim - 1; a >= 0; a--) {
      d[a] = (rem % 3) - 1;
      rem = Math.floor(rem / 3);
    }
    if (d.some((x) => x !== 0)) deltas.push(d);
  }
  const strides: number[] = [];
  let step = 1;
  for (let a = ndim - 1; a >= 0; a--) {
    strides[a] = step;
    step *= shape[a];
  }
  const flat = deltas.map((d) => d.reduce((acc, v, a) => acc + v * strides[a], 0));
  const parent = new Float64Array(n).fill(-1);
  const zpar = new Float64Array(n).fill(-1);
  const coord = new Int32Array(ndim);
  const find = (x: number): number => {
    let r = x;
    while (zpar[r] !== r) r = zpar[r];
    while (zpar[x] !== r) {
      const nx = zpar[x];
      zpar[x] = r;
      x = nx;
    }
    return r;
  };
  for (let k = n - 1; k >= 0; k--) {
    const p = order[k];
    parent[p] = p;
    zpar[p] = p;
    let rem = p;
    for (let a = ndim - 1; a >= 0; a--) {
      coord[a] = rem % shape[a];
      rem = Math.floor(rem / shape[a]);
    }
    for (let j = 0; j < flat.length; j++) {
      let ok = true;
      for (let a = 0; a < ndim && ok; a++) {
        const c = coord[a] + deltas[j][a];
        if (c < 0 || c >= shape[a]) ok = false;
      }
      if (!ok) continue;
      const q = p + flat[j];
      if (parent[q] < 0) continue;
      const root = find(q);
      if (root !== p) {
        zpar[root] = p;
        parent[root] = p;
      }
    }
  }
  // canonize: a node whose parent has the same value points to that parent's parent
  for (const p of order) {
    const q = parent[p];
    if (values[q] === values[parent[q]]) parent[p] = parent[q];
  }
  const root = order[0];
  const area = new Float64Array(n).fill(1);
  for (let k = n - 1; k >= 0; k--) {
    const p = order[k];
    if (p === root) continue;
    area[parent[p]] += area[p];
  }
  out[root] = area[root] < threshold ? 0 : values[root];
  for (const p of order) {
    if (p === root) continue;
    const q = parent[p];
    if (values[p] === values[q] || area[p] < threshold) out[p] = out[q];
    else out[p] = values[p];
  }
  return out;
}

/**
 * `skimage.morphology.area_opening(image, area_threshold=64, connectivity=1, parent=None,
 * tree_traverser=None)`: removes the bright structures of fewer than area_threshold pixels
 * (each lowered to the level where it joins a large enough region); same dtype.
 */
export function area_opening(image: NDArrayLike, ...rest: AreaArgs): NDArray;
export function area_opening(...args: unknown[]): NDArray {
  const { image, area_threshold, connectivity } = AREA_OPENING.bind(args);
  const img = asNDArray(image);
  const out = areaFilter(readFloat64(img), img.shape, area_threshold, connectivity);
  return NDArray.fromStorage(castValues(out, img.dtype), img.shape.slice(), img.dtype);
}
pyfunction(AREA_OPENING, area_opening);

/**
 * `skimage.morphology.area_closing(image, area_threshold=64, connectivity=1, parent=None,
 * tree_traverser=None)`: removes the dark structures of fewer than area_threshold pixels
 * (area opening of max - image).
 */
export function area_closing(image: NDArrayLike, ...rest: AreaArgs): NDArray;
export function area_closing(...args: unknown[]): NDArray {
  const { image, area_threshold, connectivity } = AREA_CLOSING.bind(args);
  const img = asNDArray(image);
  const v = readFloat64(img);
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) if (v[i] > max) max = v[i];
  const inv = castValues(Float64Array.from(v, (x) => max - x), img.dtype);
  const filtered = areaFilter(Float64Array.from(inv), img.shape, area_threshold, connectivity);
  const back = castValues(Float64Array.from(castValues(filtered, img.dtype), (x) => max - x), img.dtype);
  return NDArray.fromStorage(back, img.shape.slice(), img.dtype);
}
pyfunction(AREA_CLOSING, area_closing);
