/**
 * `skimage.morphology.skeletonize_3d` (scikit-image 0.19): Lee, Kashyap and Chu's thinning of 2-D
 * and 3-D binary images (skeletonize(method='lee')). Border points of each of the six directions
 * that are simple, not end points and keep the Euler characteristic are collected, then removed
 * one by one if still simple, until no direction removes any.
 */
import { NDArray } from "../../np/ndarray";
import { uint8 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { img_as_ubyte } from "../util/dtype";

const SKELETONIZE_3D = signature("skimage.morphology.skeletonize_3d(image)", { types: { image: "array_like" } });

/** The change of the Euler characteristic per octant configuration (Lee et al., Table 2, δG26), odd entries. */
const EULER_ODD = [1, -1, -1, 1, -3, -1, -1, 1, -1, 1, 1, -1, 3, 1, 1, -1, -3, -1, 3, 1, 1, -1, 3, 1, -1, 1, 1, -1, 3, 1, 1, -1,
  -3, 3, -1, 1, 1, 3, -1, 1, -1, 1, 1, -1, 3, 1, 1, -1, 1, 3, 3, 1, 5, 3, 3, 1, -1, 1, 1, -1, 3, 1, 1, -1, -7, -1, -1, 1, -3,
  -1, -1, 1, -1, 1, 1, -1, 3, 1, 1, -1, -3, -1, 3, 1, 1, -1, 3, 1, -1, 1, 1, -1, 3, 1, 1, -1, -3, 3, -1, 1, 1, 3, -1, 1, -1, 1,
  1, -1, 3, 1, 1, -1, 1, 3, 3, 1, 5, 3, 3, 1, -1, 1, 1, -1, 3, 1, 1, -1];
const EULER_LUT = new Int8Array(256);
EULER_ODD.forEach((v, i) => (EULER_LUT[2 * i + 1] = v));

/** The seven neighbours of each octant, in the bit order of the Euler table (bit 7 - j). */
const OCTANT_NEIGHBOURS = [
  [2, 1, 11, 10, 5, 4, 14], [0, 9, 3, 12, 1, 10, 4], [8, 7, 17, 16, 5, 4, 14], [6, 15, 7, 16, 3, 12, 4],
  [20, 23, 19, 22, 11, 14, 10], [18, 21, 9, 12, 19, 22, 10], [26, 23, 17, 14, 25, 22, 16], [24, 25, 15, 16, 21, 22, 12],
];

/** Octree labelling: per octant (1-8), its cube cells and the octants each set cell spreads to. */
const OCTREE: [number[], number[][]][] = [
  [[0, 1, 3, 4, 9, 10, 12], [[], [2], [3], [2, 3, 4], [5], [2, 5, 6], [3, 5, 7]]],
  [[1, 4, 10, 2, 5, 11, 13], [[1], [1, 3, 4], [1, 5, 6], [], [4], [6], [4, 6, 8]]],
  [[3, 4, 12, 6, 7, 14, 15], [[1], [1, 2, 4], [1, 5, 7], [], [4], [7], [4, 7, 8]]],
  [[4, 5, 13, 7, 15, 8, 16], [[1, 2, 3], [2], [2, 6, 8], [3], [3, 7, 8], [], [8]]],
  [[9, 10, 12, 17, 18, 20, 21], [[1], [1, 2, 6], [1, 3, 7], [], [6], [7], [6, 7, 8]]],
  [[10, 11, 13, 18, 21, 19, 22], [[1, 2, 5], [2], [2, 4, 8], [5], [5, 7, 8], [], [8]]],
  [[12, 14, 15, 20, 21, 23, 24], [[1, 3, 5], [3], [3, 4, 8], [5], [5, 6, 8], [], [8]]],
  [[13, 15, 16, 21, 22, 24, 25], [[2, 4, 6], [3, 4, 7], [4], [5, 6, 7], [6], [7], []]],
];

/** The octant whose labelling starts from each of the 26 cube cells. */
const START_OCTANT = [1, 1, 2, 1, 1, 2, 3, 3, 4, 1, 1, 2, 1, 2, 3, 3, 4, 5, 5, 6, 5, 5, 6, 7, 7, 8];

function octreeLabel(octant: number, label: number, cube: Uint8Array): void {
  const [cells, spread] = OCTREE[octant - 1];
  for (let k = 0; k < 7; k++) {
    const idx = cells[k];
    if (cube[idx] !== 1) continue;
    cube[idx] = label;
    for (const o of spread[k]) octreeLabel(o, label, cube);
  }
}

/** True when removing the centre keeps the 26-neighbourhood's object in one piece. */
function isSimple(neighbours: Uint8Array, cube: Uint8Array): boolean {
  for (let i = 0; i < 13; i++) cube[i] = neighbours[i];
  for (let i = 14; i < 27; i++) cube[i - 1] = neighbours[i];
  let label = 2;
  for (let i = 0; i < 26; i++) {
    if (cube[i] !== 1) continue;
    octreeLabel(START_OCTANT[i], label, cube);
    label++;
    if (label - 2 >= 2) return false;
  }
  return true;
}

function isEulerInvariant(neighbours: Uint8Array): boolean {
  let euler = 0;
  for (const cells of OCTANT_NEIGHBOURS) {
    let n = 1;
    for (let j = 0; j < 7; j++) if (neighbours[cells[j]] === 1) n |= 1 << (7 - j);
    euler += EULER_LUT[n];
  }
  return euler === 0;
}

function isEndpoint(neighbours: Uint8Array): boolean {
  let s = 0;
  for (let j = 0; j < 27; j++) s += neighbours[j];
  return s === 2;
}

/** The thinning itself, on a zero-padded (P, R, C) 0/1 volume, in place. */
function thin3d(img: Uint8Array, P: number, R: number, C: number): void {
  const sp = R * C;
  // neighbourhood order: p-1..p+1 outermost, then c-1..c+1, then r-1..r+1 innermost
  const offsets = new Int32Array(27);
  let k = 0;
  for (let dp = -1; dp <= 1; dp++) for (let dc = -1; dc <= 1; dc++) for (let dr = -1; dr <= 1; dr++) offsets[k++] = dp * sp + dr * C + dc;
  const neighbours = new Uint8Array(27);
  const cube = new Uint8Array(26);
  const gather = (at: number) => {
    for (let j = 0; j < 27; j++) neighbours[j] = img[at + offsets[j]];
  };
  // borders W, E, S, N, U, B: the neighbour that must be background for a border point
  const borderOffsets = [-C, C, 1, -1, sp, -sp];
  const numBorders = P === 3 ? 4 : 6;
  const candidates: number[] = [];
  let unchanged = 0;
  while (unchanged < numBorders) {
    unchanged = 0;
    for (let j = 0; j < numBorders; j++) {
      const off = borderOffsets[j];
      candidates.length = 0;
      for (let p = 1; p < P - 1; p++) {
        for (let r = 1; r < R - 1; r++) {
          for (let c = 1; c < C - 1; c++) {
            const at = p * sp + r * C + c;
            if (img[at] !== 1 || img[at + off] !== 0) continue;
            gather(at);
            if (isEndpoint(neighbours) || !isEulerInvariant(neighbours) || !isSimple(neighbours, cube)) continue;
            candidates.push(at);
          }
        }
      }
      let noChange = true;
      for (const at of candidates) {
        gather(at);
        if (isSimple(neighbours, cube)) {
          img[at] = 0;
          noChange = false;
        }
      }
      if (noChange) unchanged++;
    }
  }
}

/**
 * `skimage.morphology.skeletonize_3d(image)`: the skeleton of a 2-D or 3-D binary image by Lee's
 * thinning, as uint8 with the input's (img_as_ubyte) maximum where the skeleton is (bool input:
 * 255).
 */
export function skeletonize_3d(image: NDArrayLike): NDArray;
export function skeletonize_3d(...args: unknown[]): NDArray {
  const { image } = SKELETONIZE_3D.bind(args);
  const img = asNDArray(image as NDArrayLike);
  if (img.ndim < 2 || img.ndim > 3) {
    throw new ValueError(`skeletonize_3d can only handle 2D or 3D images; got image.ndim = ${img.ndim} instead.`);
  }
  const values = readFloat64(img_as_ubyte(img));
  const [p0, r0, c0] = img.ndim === 2 ? [1, img.shape[0], img.shape[1]] : img.shape;
  const [P, R, C] = [p0 + 2, r0 + 2, c0 + 2];
  const vol = new Uint8Array(P * R * C);
  let maxval = 0;
  for (let p = 0; p < p0; p++) {
    for (let r = 0; r < r0; r++) {
      for (let c = 0; c < c0; c++) {
        const v = values[(p * r0 + r) * c0 + c];
        if (v > maxval) maxval = v;
        vol[((p + 1) * R + r + 1) * C + c + 1] = v !== 0 ? 1 : 0;
      }
    }
  }
  thin3d(vol, P, R, C);
  const out = new Uint8Array(p0 * r0 * c0);
  for (let p = 0; p < p0; p++) {
    for (let r = 0; r < r0; r++) {
      for (let c = 0; c < c0; c++) out[(p * r0 + r) * c0 + c] = vol[((p + 1) * R + r + 1) * C + c + 1] * maxval;
    }
  }
  return NDArray.fromStorage(out, img.shape.slice(), uint8);
}
pyfunction(SKELETONIZE_3D, skeletonize_3d);
