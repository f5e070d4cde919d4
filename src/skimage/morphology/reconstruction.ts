/**
 * `skimage.morphology.reconstruction` (0.19): grey-level reconstruction by dilation or
 * erosion. The result is unique, so it is computed by Vincent's hybrid algorithm (a raster and
 * an anti-raster sweep, then a FIFO propagation) rather than scikit-image's sorted-pixel loop.
 */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { ARRAY_OR_NONE } from "./_support";

const RECONSTRUCTION = signature("skimage.morphology.reconstruction(seed, mask, method='dilation', footprint=None, offset=None)", {
  types: { seed: "array_like", mask: "array_like", method: "str", footprint: ARRAY_OR_NONE, offset: check("a sequence of ints or None", (v) => v === null || Array.isArray(v) || v instanceof NDArray) },
});

/** Keyword arguments of reconstruction. */
export interface ReconstructionOptions {
  method?: "dilation" | "erosion";
  footprint?: NDArrayLike | null;
  /** The footprint's centre (default: its middle; dimensions must then be odd). */
  offset?: readonly number[] | NDArray | null;
}

/**
 * `skimage.morphology.reconstruction(seed, mask, method='dilation', footprint=None,
 * offset=None)`: dilates `seed` under `mask` (or erodes it above `mask`) until it stops
 * changing; float64 result. The footprint defaults to the full 3 x ... x 3 block.
 */
export function reconstruction(seed: NDArrayLike, mask: NDArrayLike, ...rest: PyArgs<[method: "dilation" | "erosion", footprint: NDArrayLike | null, offset: readonly number[] | NDArray | null, options: ReconstructionOptions], ReconstructionOptions>): NDArray;
export function reconstruction(...args: unknown[]): NDArray {
  const { seed, mask, method, footprint, offset } = RECONSTRUCTION.bind(args);
  const s = asNDArray(seed, "seed");
  const m = asNDArray(mask, "mask");
  if (s.shape.length !== m.shape.length || s.shape.some((d, k) => d !== m.shape[k])) throw new ValueError("seed and mask must have the same shape");
  const out = reconstructValues(readFloat64(s), readFloat64(m), s.shape, method, footprint, offset);
  return NDArray.fromStorage(out, s.shape.slice(), float64);
}
pyfunction(RECONSTRUCTION, reconstruction);

/** reconstruction on float64 values in C order. */
export function reconstructValues(
  seed: Float64Array, mask: Float64Array, shape: readonly number[], method: string, footprint: unknown, offset: unknown,
): Float64Array {
  const ndim = shape.length;
  if (method === "dilation") {
    for (let i = 0; i < seed.length; i++) {
      if (seed[i] > mask[i]) throw new ValueError("Intensity of seed image must be less than that of the mask image for reconstruction by dilation.");
    }
  } else if (method === "erosion") {
    for (let i = 0; i < seed.length; i++) {
      if (seed[i] < mask[i]) throw new ValueError("Intensity of seed image must be greater than that of the mask image for reconstruction by erosion.");
    }
  } else {
    throw new ValueError(`Reconstruction method can be one of 'erosion' or 'dilation'. Got '${method}'.`);
  }
  let fshape: number[];
  let on: Float64Array;
  if (footprint === null || footprint === undefined) {
    fshape = new Array<number>(ndim).fill(3);
    on = new Float64Array(3 ** ndim).fill(1);
  } else {
    const fp = asNDArray(footprint as NDArray, "footprint");
    fshape = fp.shape.slice();
    on = readFloat64(fp);
  }
  let centre: number[];
  if (offset === null || offset === undefined) {
    if (!fshape.every((d) => d % 2 === 1)) throw new ValueError("Footprint dimensions must all be odd");
    centre = fshape.map((d) => d >> 1);
  } else {
    centre = offset instanceof NDArray ? Array.from(readFloat64(offset)) : (offset as number[]);
    // scikit-image compares the offset array's ndim (1) with the footprint's
    if (fshape.length !== 1 || centre.length !== 1) throw new ValueError("Offset and footprint ndims must be equal.");
    if (!centre.every((o, k) => o >= 0 && o < fshape[k])) throw new ValueError("Offset must be included inside footprint");
  }
  // values flow from x to x + d for every footprint offset d (centre excluded)
  const deltas: number[][] = [];
  const idx = new Array<number>(ndim).fill(0);
  for (let i = 0; i < on.length; i++) {
    const d = idx.map((v, k) => v - centre[k]);
    if (on[i] && d.some((x) => x !== 0)) deltas.push(d);
    for (let a = ndim - 1; a >= 0; a--) {
      if (++idx[a] < fshape[a]) break;
      idx[a] = 0;
    }
  }
  const sign = method === "dilation" ? 1 : -1;
  const J = Float64Array.from(seed, (v) => sign * v);
  const I = Float64Array.from(mask, (v) => sign * v);
  dilateUnder(J, I, shape, deltas);
  if (sign < 0) for (let i = 0; i < J.length; i++) J[i] = -J[i];
  return J;
}

/**
 * In place: J becomes the reconstruction by dilation of J under I, values flowing along
 * +deltas. Both are padded by the footprint's reach with -Infinity, which never rises and never
 * feeds a pixel, so the sweeps and the propagation read neighbours without bounds tests.
 */
function dilateUnder(J: Float64Array, I: Float64Array, shape: readonly number[], deltas: number[][]): void {
  const n = J.length;
  const ndim = shape.length;
  if (n === 0 || ndim === 0) return;
  const reach = shape.map((_, a) => deltas.reduce((m, d) => Math.max(m, Math.abs(d[a])), 0));
  const pshape = shape.map((d, a) => d + 2 * reach[a]);
  const pstrides: number[] = [];
  let step = 1;
  for (let a = ndim - 1; a >= 0; a--) {
    pstrides[a] = step;
    step *= pshape[a];
  }
  const total = step;
  const pj = new Float64Array(total).fill(-Infinity);
  const pi = new Float64Array(total).fill(-Infinity);
  const cols = shape[ndim - 1];
  const rows = n / cols;
  const starts = new Int32Array(rows);
  const idx = new Array<number>(Math.max(ndim - 1, 0)).fill(0);
  for (let r = 0; r < rows; r++) {
    let p = reach[ndim - 1];
    for (let a = 0; a < ndim - 1; a++) p += (idx[a] + reach[a]) * pstrides[a];
    starts[r] = p;
    pj.set(J.subarray(r * cols, r * cols + cols), p);
    pi.set(I.subarray(r * cols, r * cols + cols), p);
    for (let a = ndim - 2; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  const flat = Int32Array.from(deltas, (d) => d.reduce((acc, v, a) => acc + v * pstrides[a], 0));
  // pixel x reads its sources x - d: the raster sweep those before x (d > 0), the anti-raster those after
  const fwd = Int32Array.from(flat.filter((f) => f > 0));
  const bwd = Int32Array.from(flat.filter((f) => f < 0));
  for (let r = 0; r < rows; r++) {
    for (let x = starts[r], end = x + cols; x < end; x++) {
      let m = pj[x];
      for (let k = 0; k < fwd.length; k++) {
        const v = pj[x - fwd[k]];
        if (v > m) m = v;
      }
      pj[x] = m < pi[x] ? m : pi[x];
    }
  }
  let queue = new Int32Array(1024);
  let tail = 0;
  const push = (x: number) => {
    if (tail === queue.length) {
      const bigger = new Int32Array(queue.length * 2);
      bigger.set(queue);
      queue = bigger;
    }
    queue[tail++] = x;
  };
  for (let r = rows - 1; r >= 0; r--) {
    for (let x = starts[r] + cols - 1; x >= starts[r]; x--) {
      let m = pj[x];
      for (let k = 0; k < bwd.length; k++) {
        const v = pj[x - bwd[k]];
        if (v > m) m = v;
      }
      pj[x] = m < pi[x] ? m : pi[x];
      // x feeds x + d: queue x when a pixel it feeds (already swept: d > 0) could still rise
      for (let k = 0; k < fwd.length; k++) {
        const y = x + fwd[k];
        if (pj[y] < pj[x] && pj[y] < pi[y]) {
          push(x);
          break;
        }
      }
    }
  }
  for (let h = 0; h < tail; h++) {
    const x = queue[h];
    for (let k = 0; k < flat.length; k++) {
      const y = x + flat[k];
      if (pj[y] < pj[x] && pi[y] !== pj[y]) {
        pj[y] = pj[x] < pi[y] ? pj[x] : pi[y];
        push(y);
      }
    }
  }
  for (let r = 0; r < rows; r++) J.set(pj.subarray(starts[r], starts[r] + cols), r * cols);
}
