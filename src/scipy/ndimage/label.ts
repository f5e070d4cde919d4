/** `scipy.ndimage.label` and `find_objects` (SciPy 1.10). */
import { NDArray } from "../../np/ndarray";
import { int32 } from "../../np/dtype";
import { Slice } from "../../np/indexing/parse";
import { RuntimeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { interiorMask, inside, nextCoord, offsetsOf } from "./_neighbours";
import { ARRAY_OR_NONE, NDArrayLike, OUTPUT, Output, deliver, inputArray, valuesOf } from "./_support";
import { flagsOf, structureOf } from "./structure";

const LABEL = signature("scipy.ndimage.label(input, structure=None, output=None)", {
  types: { input: "array_like", structure: ARRAY_OR_NONE, output: OUTPUT },
});
const FIND_OBJECTS = signature("scipy.ndimage.find_objects(input, max_label=0)", {
  types: { input: "array_like", max_label: "int" },
});

/** Keyword arguments of label. */
export interface LabelOptions {
  structure?: NDArrayLike | null;
  output?: Output;
}

/**
 * `scipy.ndimage.label(input, structure=None, output=None)`: numbers the connected groups of
 * nonzero pixels 1, 2, ... in the order their first pixel comes in C order; `structure` (3 x
 * ... x 3, symmetric; default faces only) says which neighbours connect. Returns
 * `[labels (int32), num_features]` (only num_features when `output` is an array).
 */
export function label(input: NDArrayLike, ...rest: PyArgs<[structure: NDArrayLike | null, output: null, options: LabelOptions & { output?: null }], LabelOptions & { output?: null }>): [NDArray, number];
export function label(input: NDArrayLike, ...rest: PyArgs<[structure: NDArrayLike | null, output: Output, options: LabelOptions], LabelOptions>): [NDArray, number] | number;
export function label(...args: unknown[]): [NDArray, number] | number {
  const { input, structure, output } = LABEL.bind(args);
  const img = inputArray(input);
  const rank = img.ndim;
  const s = structureOf(structure, rank);
  if (s.shape.some((d) => d !== 3)) throw new ValueError("structure dimensions must be equal to 3");
  for (let i = 0; i < s.on.length; i++) {
    if (s.on[i] !== s.on[s.on.length - 1 - i]) throw new RuntimeError("structure must be symmetric");
  }
  const { labels, count } = labelFlags(flagsOf(img), img.shape, s.on, s.shape);
  const result = deliver(Float64Array.from(labels), img.shape, output ?? int32, img);
  // as scipy: an output array is filled and only the count returned
  return output instanceof NDArray ? count : [result, count];
}
pyfunction(LABEL, label);

/**
 * Connected components of `flags` under the structure's neighbours: union-find over the
 * neighbours that come earlier in C order, then labels by first pixel.
 */
export function labelFlags(flags: Uint8Array, shape: readonly number[], on: Uint8Array, sshape: readonly number[]): { labels: Int32Array; count: number } {
  const n = flags.length;
  const rank = shape.length;
  // the structure's elements before its centre (in C order) are the already-visited neighbours
  const half = on.slice();
  for (let i = half.length >> 1; i < half.length; i++) half[i] = 0;
  const o = offsetsOf(half, sshape, new Array<number>(rank).fill(0), shape);
  const parent = new Int32Array(n).fill(-1);
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
  const coord = new Int32Array(rank);
  for (let i = 0; i < n; i++, nextCoord(coord, shape)) {
    if (!flags[i]) continue;
    parent[i] = i;
    for (let k = 0; k < o.count; k++) {
      if (!interior[i] && !inside(coord, o, k, shape)) continue;
      const j = i + o.flat[k];
      if (!flags[j]) continue;
      const a = find(i);
      const b = find(j);
      // the root is always the earliest pixel of the group
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
  }
  const labels = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!flags[i]) continue;
    const r = find(i);
    labels[i] = r === i ? ++count : labels[r];
  }
  return { labels, count };
}

/** Keyword arguments of find_objects. */
export interface FindObjectsOptions {
  max_label?: number;
}

/**
 * `scipy.ndimage.find_objects(input, max_label=0)`: for labels 1..max (max_label, or the
 * largest label), the bounding box as one Slice per axis (`a.get(...box)` crops it), or null
 * for a label that does not occur.
 */
export function find_objects(input: NDArrayLike, ...rest: PyArgs<[max_label: number, options: FindObjectsOptions], FindObjectsOptions>): (Slice[] | null)[];
export function find_objects(...args: unknown[]): (Slice[] | null)[] {
  const { input, max_label } = FIND_OBJECTS.bind(args);
  const img = inputArray(input);
  const values = valuesOf(img);
  const rank = img.ndim;
  let max = max_label;
  if (max < 1) for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  const lo: number[][] = [];
  const hi: number[][] = [];
  const coord = new Int32Array(rank);
  for (let i = 0; i < values.length; i++, nextCoord(coord, img.shape)) {
    const v = values[i];
    if (v < 1 || v > max) continue;
    if (lo[v] === undefined) {
      lo[v] = Array.from(coord);
      hi[v] = Array.from(coord, (c) => c + 1);
      continue;
    }
    for (let a = 0; a < rank; a++) {
      if (coord[a] < lo[v][a]) lo[v][a] = coord[a];
      if (coord[a] + 1 > hi[v][a]) hi[v][a] = coord[a] + 1;
    }
  }
  const out: (Slice[] | null)[] = [];
  for (let v = 1; v <= max; v++) out.push(lo[v] === undefined ? null : lo[v].map((l, a) => new Slice(l, hi[v][a], null)));
  return out;
}
pyfunction(FIND_OBJECTS, find_objects);
