/**
 * `skimage.morphology.skeletonize` (2-D, Zhang's method), `thin` and `medial_axis` (0.19), with
 * scikit-image's lookup tables and visiting orders, so the skeletons are the same pixels.
 */
import { NDArray } from "../../np/ndarray";
import { bool, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PCG64 } from "../../np/random/generator/pcg64";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { featureTransform } from "../../scipy/ndimage/edt";
import { labelFlags } from "../../scipy/ndimage/label";
import { skeletonize_3d } from "./skeletonize_lee";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { ARRAY_OR_NONE } from "./_support";

const SKELETONIZE = signature("skimage.morphology.skeletonize(image, *, method=None)", {
  types: { image: "array_like", method: "str|None" },
  choices: { method: [null, "zhang", "lee"] },
});
const THIN = signature("skimage.morphology.thin(image, max_num_iter=None)", { types: { image: "array_like", max_num_iter: "int|None" } });
const MEDIAL_AXIS = signature("skimage.morphology.medial_axis(image, mask=None, return_distance=False, *, random_state=None)", {
  types: { image: "array_like", mask: ARRAY_OR_NONE, return_distance: "bool", random_state: check("int or None", (v) => v === null || Number.isInteger(v)) },
});

// Zhang-Suen removal table over the 8 neighbours (1: first pass, 2: second pass, 3: both)
const ZHANG = [
  0, 0, 0, 1, 0, 0, 1, 3, 0, 0, 3, 1, 1, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0, 3, 0, 3, 3,
  0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 3, 0, 2, 2,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 3, 0, 2, 0,
  0, 0, 3, 1, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
  3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  2, 3, 1, 3, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  2, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 1, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, 0,
];

/**
 * `skimage.morphology.skeletonize(image, *, method=None)`: one-pixel-wide skeleton of a 2-D
 * binary image (Zhang's two-pass thinning); bool. Values other than 0 and 1 are refused.
 * method='lee' (and any 3-D image) is skeletonize_3d: Lee's thinning, uint8.
 */
export function skeletonize(image: NDArrayLike, options?: { method?: "zhang" | "lee" | null }): NDArray;
export function skeletonize(...args: unknown[]): NDArray {
  const { image, method } = SKELETONIZE.bind(args);
  const img = asNDArray(image);
  if (img.ndim === 3 && method === "zhang") throw new ValueError('skeletonize method "zhang" only works for 2D images.');
  if (img.ndim === 3 || (img.ndim === 2 && method === "lee")) return skeletonize_3d(img);
  if (img.ndim !== 2) throw new ValueError(`skeletonize requires a 2D or 3D image as input, got ${img.ndim}D.`);
  const v = readFloat64(img);
  const [rows, cols] = img.shape;
  const R = rows + 2;
  const C = cols + 2;
  const skel = new Uint8Array(R * C);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      // astype(uint8) first, then only 0 and 1 are allowed
      const u = Math.trunc(v[r * cols + c]) & 255;
      if (u !== 0 && u !== 1) throw new ValueError("Image contains values other than 0 and 1");
      skel[(r + 1) * C + c + 1] = u;
    }
  }
  // the set pixels in raster order: a pass reads the image as it was at the pass's start, so
  // visiting only these (and dropping the removed ones after each pass) changes nothing
  const active = new Int32Array(rows * cols);
  let count = 0;
  for (let p = 0; p < skel.length; p++) if (skel[p]) active[count++] = p;
  const removedNow = new Int32Array(count);
  let removed = true;
  while (removed) {
    removed = false;
    for (let pass = 0; pass < 2; pass++) {
      const first = pass === 0;
      let nRemoved = 0;
      for (let k = 0; k < count; k++) {
        const p = active[k];
        const nb = ZHANG[skel[p - C - 1] + 2 * skel[p - C] + 4 * skel[p - C + 1] + 8 * skel[p + 1] + 16 * skel[p + C + 1] + 32 * skel[p + C] + 64 * skel[p + C - 1] + 128 * skel[p - 1]];
        if ((nb === 1 && first) || (nb === 2 && !first) || nb === 3) removedNow[nRemoved++] = p;
      }
      if (nRemoved === 0) continue;
      removed = true;
      for (let k = 0; k < nRemoved; k++) skel[removedNow[k]] = 0;
      let kept = 0;
      for (let k = 0; k < count; k++) if (skel[active[k]]) active[kept++] = active[k];
      count = kept;
    }
  }
  const out = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = skel[(r + 1) * C + c + 1];
  return NDArray.fromStorage(out, [rows, cols], bool);
}
pyfunction(SKELETONIZE, skeletonize);

/** scikit-image's thinning tables G123 and G123' (built from the conditions of Guo and Hall). */
function thinTables(): [Uint8Array, Uint8Array] {
  const bits = (n: number) => Array.from({ length: 9 }, (_, i) => ((n >> i) & 1) === 1);
  const g1 = (b: boolean[]) => {
    let s = 0;
    for (const i of [0, 2, 4, 6]) if (!b[i] && (b[i + 1] || b[(i + 2) % 8])) s++;
    return s === 1;
  };
  const g2 = (b: boolean[]) => {
    let n1 = 0;
    let n2 = 0;
    for (const k of [1, 3, 5, 7]) {
      if (b[k] || b[k - 1]) n1++;
      if (b[k] || b[(k + 1) % 8]) n2++;
    }
    const m = Math.min(n1, n2);
    return m === 2 || m === 3;
  };
  const g3 = (b: boolean[]) => !((b[1] || b[2] || !b[7]) && b[0]);
  const g3p = (b: boolean[]) => !((b[5] || b[6] || !b[3]) && b[4]);
  const a = new Uint8Array(256);
  const p = new Uint8Array(256);
  for (let n = 0; n < 256; n++) {
    const b = bits(n);
    const g12 = g1(b) && g2(b);
    a[n] = g12 && g3(b) ? 1 : 0;
    p[n] = g12 && g3p(b) ? 1 : 0;
  }
  return [a, p];
}

/**
 * `skimage.morphology.thin(image, max_num_iter=None)`: morphological thinning (Guo and Hall's
 * two subiterations) until nothing changes or max_num_iter rounds; bool.
 */
export function thin(image: NDArrayLike, ...rest: PyArgs<[max_num_iter: number | null, options: { max_num_iter?: number | null }], { max_num_iter?: number | null }>): NDArray;
export function thin(...args: unknown[]): NDArray {
  const { image, max_num_iter } = THIN.bind(args);
  const img = asNDArray(image);
  if (img.ndim !== 2) throw new ValueError(`The parameter \`image\` must be a 2-dimensional array`);
  const [rows, cols] = img.shape;
  const v = readFloat64(img);
  // the image inside a border of zeros (ndi.correlate's mode='constant')
  const w = cols + 2;
  const padded = new Uint8Array((rows + 2) * w);
  let after = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const on = v[r * cols + c] ? 1 : 0;
      padded[(r + 1) * w + c + 1] = on;
      after += on;
    }
  }
  const tables = thinTables();
  const maxIter = max_num_iter || Infinity;
  let iter = 0;
  let before = Infinity;
  const removed = new Int32Array(after);
  while (before !== after && iter < maxIter) {
    before = after;
    for (const lut of tables) {
      // the codes of ndi.correlate(skel, [[8, 4, 2], [16, 0, 1], [32, 64, 128]]) all read
      // before any removal; a removal only matters where a pixel is set
      let n = 0;
      for (let r = 1; r <= rows; r++) {
        for (let i = r * w + 1, end = r * w + cols; i <= end; i++) {
          if (padded[i] === 0) continue;
          const code = 8 * padded[i - w - 1] + 4 * padded[i - w] + 2 * padded[i - w + 1] + 16 * padded[i - 1] + padded[i + 1] +
            32 * padded[i + w - 1] + 64 * padded[i + w] + 128 * padded[i + w + 1];
          if (lut[code]) removed[n++] = i;
        }
      }
      for (let k = 0; k < n; k++) padded[removed[k]] = 0;
      after -= n;
    }
    iter++;
  }
  const skel = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) skel.set(padded.subarray((r + 1) * w + 1, (r + 1) * w + 1 + cols), r * cols);
  return NDArray.fromStorage(skel, [rows, cols], bool);
}
pyfunction(THIN, thin);

/**
 * The members' order by (distance, cornerness, tie) with one typed sort: the squared
 * distance is an integer (the distance its square root, so the same order), cornerness is
 * 0..9 and the ties a permutation, so each member's key is an exact unique integer that
 * gives its index back. Null when the keys would not be exact.
 */
function processingOrder(members: readonly number[], ft: ArrayLike<number>, cols: number, corner: Float64Array, tie: Int32Array): Int32Array | null {
  const n = members.length;
  const size = ft.length / 2;
  const keys = new Float64Array(n);
  const span = 10 * n;
  for (let k = 0; k < n; k++) {
    const p = members[k];
    const dr = ft[p] - Math.floor(p / cols);
    const dc = ft[size + p] - (p % cols);
    const d2 = dr * dr + dc * dc;
    if (!Number.isInteger(d2) || !(d2 * span < 2 ** 52)) return null;
    keys[k] = d2 * span + corner[k] * n + tie[k];
  }
  keys.sort();
  const byTie = new Int32Array(n);
  for (let k = 0; k < n; k++) byTie[tie[k]] = k;
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) order[j] = byTie[keys[j] % n];
  return order;
}

/** The 3x3 pattern of a 9-bit index, row-major (bit k is element k). */
function patternOf(index: number): Uint8Array {
  return Uint8Array.from({ length: 9 }, (_, k) => (index >> k) & 1);
}

let medialTable: Uint8Array | null = null;

/** Removable centre pixels: their removal changes the 8-connected component count, or fewer than 3 pixels are set. */
function removalTable(): Uint8Array {
  if (medialTable) return medialTable;
  const eight = new Uint8Array(9).fill(1);
  const count = (p: Uint8Array) => labelFlags(p, [3, 3], eight, [3, 3]).count;
  const t = new Uint8Array(512);
  for (let index = 0; index < 512; index++) {
    const centre = (index & 16) !== 0;
    const p = patternOf(index);
    const changes = count(p) !== count(patternOf(index & ~16));
    const few = p.reduce((s, x) => s + x, 0) < 3;
    t[index] = centre && (changes || few) ? 1 : 0;
  }
  return (medialTable = t);
}

/** numpy Generator(PCG64(seed)).permutation(n): Fisher-Yates with masked 32-bit draws. */
function permutation(n: number, seed: number | null): Int32Array {
  const bg = new PCG64(seed ?? undefined);
  const a = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i >= 1; i--) {
    let mask = i;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    let j: number;
    do j = (bg.next32() & mask) >>> 0;
    while (j > i);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/** Keyword arguments of medial_axis. */
export interface MedialAxisOptions {
  mask?: NDArrayLike | null;
  return_distance?: boolean;
  /** Seed of the tie-breaking permutation (numpy's default_rng). */
  random_state?: number | null;
}

/**
 * `skimage.morphology.medial_axis(image, mask=None, return_distance=False, *,
 * random_state=None)`: the medial axis (bool) by thinning in order of distance to the
 * background, then cornerness, then a random tie-break; with return_distance, also the
 * distance transform.
 */
export function medial_axis(image: NDArrayLike, ...rest: PyArgs<[mask: NDArrayLike | null, return_distance: boolean, options: MedialAxisOptions], MedialAxisOptions>): NDArray | [NDArray, NDArray];
export function medial_axis(...args: unknown[]): NDArray | [NDArray, NDArray] {
  const { image, mask, return_distance, random_state } = MEDIAL_AXIS.bind(args);
  const img = asNDArray(image);
  const [rows, cols] = img.shape;
  const iv = readFloat64(img);
  const fg = new Uint8Array(iv.length);
  for (let i = 0; i < iv.length; i++) fg[i] = iv[i] ? 1 : 0;
  const mv = mask === null ? null : readFloat64(asNDArray(mask, "mask"));
  if (mv) for (let i = 0; i < fg.length; i++) if (!mv[i]) fg[i] = 0;
  const shape = [rows, cols];
  const ft = featureTransform(fg, shape, null);
  const dist = new Float64Array(fg.length);
  const size = fg.length;
  for (let i = 0; i < size; i++) {
    const dr = ft[i] - Math.floor(i / cols);
    const dc = ft[size + i] - (i % cols);
    dist[i] = Math.sqrt(dr * dr + dc * dc);
  }
  // cornerness: 9 minus the set pixels of the 3x3 pattern (outside counts as unset)
  const at = (r: number, c: number) => (r >= 0 && r < rows && c >= 0 && c < cols ? fg[r * cols + c] : 0);
  const members: number[] = [];
  for (let i = 0; i < size; i++) if (fg[i]) members.push(i);
  const corner = new Float64Array(members.length);
  members.forEach((p, k) => {
    const r = Math.floor(p / cols);
    const c = p % cols;
    let s = 0;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) s += at(r + dr, c + dc);
    corner[k] = 9 - s;
  });
  const tie = permutation(members.length, random_state);
  const order = processingOrder(members, ft, cols, corner, tie) ??
    Array.from(members.keys()).sort((a, b) => dist[members[a]] - dist[members[b]] || corner[a] - corner[b] || tie[a] - tie[b]);
  const table = removalTable();
  const result = fg.slice();
  for (const k of order) {
    const p = members[k];
    const r = Math.floor(p / cols);
    const c = p % cols;
    let acc = 16;
    const get = (rr: number, cc: number) => result[rr * cols + cc];
    if (r > 0) {
      if (c > 0 && get(r - 1, c - 1)) acc += 1;
      if (get(r - 1, c)) acc += 2;
      if (c < cols - 1 && get(r - 1, c + 1)) acc += 4;
    }
    if (c > 0 && get(r, c - 1)) acc += 8;
    if (c < cols - 1 && get(r, c + 1)) acc += 32;
    if (r < rows - 1) {
      if (c > 0 && get(r + 1, c - 1)) acc += 64;
      if (get(r + 1, c)) acc += 128;
      if (c < cols - 1 && get(r + 1, c + 1)) acc += 256;
    }
    result[p] = table[acc];
  }
  if (mv) for (let i = 0; i < size; i++) if (!mv[i]) result[i] = iv[i] ? 1 : 0;
  const out = NDArray.fromStorage(result, [rows, cols], bool);
  return return_distance ? [out, NDArray.fromStorage(dist, [rows, cols], float64)] : out;
}
pyfunction(MEDIAL_AXIS, medial_axis);
