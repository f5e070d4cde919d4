/** `scipy.ndimage.label` and `find_objects` (SciPy 1.10). */
import { NDArray } from "../../np/ndarray";
import { int32 } from "../../np/dtype";
import { Slice } from "../../np/indexing/parse";
import { RuntimeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { interiorMask, inside, nextCoord, offsetsOf } from "./_neighbours";
import { ARRAY_OR_NONE, NDArrayLike, OUTPUT, Output, deliver, inputArray } from "./_support";
import { readStorage } from "../../skimage/_internal/arrays";
import { flagsOf, structureOf } from "./structure";
import { findRoot, labelRuns2d, union } from "./_label_runs";

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
  const result = output === null ? NDArray.fromStorage(labels, img.shape.slice(), int32) : deliver(Float64Array.from(labels), img.shape, output, img);
  // as scipy: an output array is filled and only the count returned
  return output instanceof NDArray ? count : [result, count];
}
pyfunction(LABEL, label);

/**
 * Connected components of `flags` under the structure's neighbours: union-find over the
 * neighbours that come earlier in C order, then labels by first pixel.
 */
export function labelFlags(flags: Uint8Array, shape: readonly number[], on: Uint8Array, sshape: readonly number[]): { labels: Int32Array; count: number } {
  return labelComponents(flags, shape, on, sshape, 0);
}

/**
 * Connected regions of equal value other than `background`, connected through the structure's
 * neighbours, labelled 1, 2, ... by their first pixel in C order.
 */
export function labelComponents(
  values: ArrayLike<number>, shape: readonly number[], on: Uint8Array, sshape: readonly number[], background: number,
): { labels: Int32Array; count: number } {
  const n = values.length;
  const rank = shape.length;
  // the structure's elements before its centre (in C order) are the already-visited neighbours
  const half = on.slice();
  for (let i = half.length >> 1; i < half.length; i++) half[i] = 0;
  const o = offsetsOf(half, sshape, new Array<number>(rank).fill(0), shape);
  const cols2 = rank === 2 ? shape[1] : 0;
  const eight = rank === 2 && on.length === 9 && on.every((x) => x === 1);
  const four = rank === 2 && on.length === 9 && on.every((x, k) => x === (k % 2 === 1 || k === 4 ? 1 : 0));
  if ((eight || four) && cols2 > 0) return labelRuns2d(values, shape[0], cols2, background, eight);
  const parent = new Int32Array(n);
  if (rank <= 2) {
    // rows and columns: a neighbour (dr, dc) exists when c + dc stays inside the row
    const cols = rank === 0 ? 1 : shape[rank - 1];
    const rows = cols === 0 ? 0 : n / cols;
    const dr = new Int32Array(o.count);
    const dc = new Int32Array(o.count);
    for (let k = 0; k < o.count; k++) {
      dr[k] = rank === 2 ? o.delta[k * rank] : 0;
      dc[k] = rank >= 1 ? o.delta[k * rank + rank - 1] : 0;
    }
    const count = o.count;
    const flat = o.flat;
    for (let r = 0, i = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++, i++) {
        const v = values[i];
        parent[i] = i;
        if (v === background) continue;
        // the first matching neighbour hands its root to i; later ones are unions
        let joined = false;
        const edge = r === 0 || c === 0 || c === cols - 1;
        for (let k = 0; k < count; k++) {
          if (edge) {
            const cc = c + dc[k];
            if (r + dr[k] < 0 || cc < 0 || cc >= cols) continue;
          }
          const j = i + flat[k];
          if (values[j] !== v) continue;
          if (!joined) {
            parent[i] = findRoot(parent, j);
            joined = true;
          } else {
            union(parent, i, j);
          }
        }
      }
    }
  } else {
    const interior = interiorMask(shape, o);
    const coord = new Int32Array(rank);
    for (let i = 0; i < n; i++, nextCoord(coord, shape)) {
      parent[i] = i;
      const v = values[i];
      if (v === background) continue;
      for (let k = 0; k < o.count; k++) {
        if (!interior[i] && !inside(coord, o, k, shape)) continue;
        const j = i + o.flat[k];
        if (values[j] === v) union(parent, i, j);
      }
    }
  }
  // a parent always comes earlier than its child, so its label is known by then
  const labels = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (values[i] === background) continue;
    const p = parent[i];
    labels[i] = p === i ? ++count : labels[p];
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
  const values = readStorage(img);
  const rank = img.ndim;
  let max = max_label;
  if (max < 1) for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  // per label: [lo_0, ..., lo_{rank-1}, hi_0, ...], lo = Infinity while unseen
  const box = new Float64Array((max + 1) * 2 * rank);
  for (let v = 0; v <= max; v++) box.fill(Infinity, v * 2 * rank, v * 2 * rank + rank);
  const cols = rank === 0 ? 1 : img.shape[rank - 1];
  if (rank === 2) {
    // rows and columns directly: box = [row lo, col lo, row hi, col hi]
    for (let r = 0, i = 0; i < values.length; r++) {
      for (let c = 0; c < cols; c++, i++) {
        const v = values[i];
        if (!(v >= 1 && v <= max)) continue;
        const b = v * 4;
        if (r < box[b]) box[b] = r;
        if (c < box[b + 1]) box[b + 1] = c;
        if (r + 1 > box[b + 2]) box[b + 2] = r + 1;
        if (c + 1 > box[b + 3]) box[b + 3] = c + 1;
      }
    }
  } else {
    const coord = new Int32Array(rank);
    for (let i = 0; i < values.length; i += cols) {
      for (let c = 0; c < cols; c++) {
        const v = values[i + c];
        if (!(v >= 1 && v <= max)) continue;
        const b = v * 2 * rank;
        if (rank > 0) coord[rank - 1] = c;
        for (let a = 0; a < rank; a++) {
          if (coord[a] < box[b + a]) box[b + a] = coord[a];
          if (coord[a] + 1 > box[b + rank + a]) box[b + rank + a] = coord[a] + 1;
        }
      }
      // next row: advance the coordinates before the last axis
      for (let a = rank - 2; a >= 0; a--) {
        if (++coord[a] < img.shape[a]) break;
        coord[a] = 0;
      }
    }
  }
  const out: (Slice[] | null)[] = [];
  for (let v = 1; v <= max; v++) {
    const b = v * 2 * rank;
    if (box[b] === Infinity || rank === 0) out.push(rank === 0 && box[b] !== Infinity ? [] : null);
    else out.push(Array.from({ length: rank }, (_, a) => new Slice(box[b + a], box[b + rank + a], null)));
  }
  return out;
}
pyfunction(FIND_OBJECTS, find_objects);
