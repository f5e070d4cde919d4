/** `skimage.segmentation.random_walker` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { bool, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, warn } from "../_internal/arrays";
import { multichannelToAxis } from "../_internal/multichannel";
import { img_as_float } from "../util/dtype";
import { channelsLast } from "./_channels_last";
import { buildSystem } from "./_random_walker_system";
import { conjugateGradient } from "./_conjugate_gradient";
import { BandedCholesky } from "./_banded_cholesky";

const RANDOM_WALKER = signature(
  "skimage.segmentation.random_walker(data, labels, beta=130, mode='cg_j', tol=0.001, copy=True, multichannel=False, return_full_prob=False, spacing=None, *, prob_tol=0.001, channel_axis=None)",
  {
    types: {
      data: "array_like", labels: "array_like", beta: "float", mode: "str|None", tol: "float", copy: "bool", multichannel: "bool",
      return_full_prob: "bool", spacing: "sequence|None", prob_tol: "float", channel_axis: "int|None",
    },
  },
);

type Mode = "cg" | "cg_j" | "cg_mg" | "bf";

/** Keyword arguments of random_walker. */
export interface RandomWalkerOptions {
  beta?: number;
  mode?: Mode | null;
  tol?: number;
  copy?: boolean;
  /** deprecated: use channel_axis */
  multichannel?: boolean;
  return_full_prob?: boolean;
  spacing?: readonly number[] | null;
  prob_tol?: number;
  channel_axis?: number | null;
}

/**
 * scipy.ndimage.binary_propagation(seed, mask=allowed) with the cross-shaped structure: every
 * allowed pixel reachable from a seed pixel through allowed 4- (6-) neighbours.
 */
function propagate(seed: (i: number) => boolean, allowed: (i: number) => boolean, shape: readonly number[]): Uint8Array {
  const n = shape.reduce((p, q) => p * q, 1);
  const reached = new Uint8Array(n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (seed(i) && allowed(i)) { reached[i] = 1; queue.push(i); }
  const strides = shape.map((_, d) => shape.slice(d + 1).reduce((p, q) => p * q, 1));
  for (let h = 0; h < queue.length; h++) {
    const p = queue[h];
    for (let d = 0; d < shape.length; d++) {
      const coord = Math.floor(p / strides[d]) % shape[d];
      for (const step of [-1, 1]) {
        if (coord + step < 0 || coord + step >= shape[d]) continue;
        const q = p + step * strides[d];
        if (!reached[q] && allowed(q)) { reached[q] = 1; queue.push(q); }
      }
    }
  }
  return reached;
}

/**
 * `skimage.segmentation.random_walker(data, labels, beta=130, mode='cg_j', tol=0.001,
 * copy=True, multichannel=False, return_full_prob=False, spacing=None, *, prob_tol=0.001,
 * channel_axis=None)`: labels each unlabelled (0) pixel with the seed a random walker
 * starting there most likely reaches first, edges weighted by exp(-beta g^2 / (10 std)).
 * Seeds are renumbered 1..n in increasing order, as scikit-image does. Modes 'cg' and
 * 'cg_j' run SciPy's conjugate gradient (plain / Jacobi) to `tol`; 'bf' solves the system
 * directly (a banded Cholesky factorisation here, where SciPy uses SuperLU); 'cg_mg' needs pyamg, which Debian's
 * scikit-image lacks, so it warns and runs 'cg_j' as scikit-image then does. Negative labels
 * mark inactive pixels (kept, renumbered -k..-1 as scikit-image does); unlabelled pixels no
 * seed can reach stay 0. (A seed pixel whose every neighbour is inactive makes scikit-image
 * 0.19 misnumber its graph, shifting every later pixel; here the graph stays right, so that
 * one case differs from scikit-image.)
 */
export function random_walker(data: NDArrayLike, labels: NDArrayLike, ...rest: PyArgs<[
  beta: number, mode: Mode | null, tol: number, copy: boolean, multichannel: boolean, return_full_prob: boolean, spacing: readonly number[] | null, options: RandomWalkerOptions,
], RandomWalkerOptions>): NDArray;
export function random_walker(...args: unknown[]): NDArray {
  const b = RANDOM_WALKER.bind(args);
  const channelAxis = multichannelToAxis(args, b, 6, "random_walker");
  let mode = b.mode as Mode | null;
  if (mode !== null && !["cg_mg", "cg", "bf", "cg_j"].includes(mode)) {
    throw new ValueError(`${mode} is not a valid mode. Valid modes are 'cg_mg', 'cg', 'cg_j', 'bf', and None`);
  }
  const lab = asNDArray(b.labels, "labels");
  let spacing: number[];
  if (b.spacing === null) spacing = [1, 1, 1];
  else if (b.spacing.length === lab.ndim) spacing = b.spacing.length === 2 ? [...b.spacing, 1] : Array.from(b.spacing as number[]);
  else throw new ValueError("Input argument `spacing` incorrect, should be an iterable with one number per spatial dimension.");
  const raw = asNDArray(b.data, "data");
  const multichannel = channelAxis !== null;
  const sameShape = (a: readonly number[], c: readonly number[]) => a.length === c.length && a.every((s, i) => s === c[i]);
  let image = img_as_float(raw);
  let values: Float64Array;
  let channels = 1;
  if (!multichannel) {
    if (raw.ndim !== 2 && raw.ndim !== 3) throw new ValueError("For non-multichannel input, data must be of dimension 2 or 3.");
    if (!sameShape(raw.shape, lab.shape)) throw new ValueError("Incompatible data and labels shapes.");
    values = readFloat64(image);
  } else {
    if (raw.ndim !== 3 && raw.ndim !== 4) throw new ValueError("For multichannel input, data must have 3 or 4 dimensions.");
    const moved = channelsLast(image, channelAxis);
    if (!sameShape(moved.spatial, lab.shape)) throw new ValueError("Incompatible data and labels shapes.");
    values = moved.values;
    channels = moved.channels;
  }
  const shape = lab.shape.slice();
  const dims = shape.length === 2 ? [shape[0], shape[1], 1] : shape;
  const input = readFloat64(lab);
  const distinct = Array.from(new Set(input)).sort((p, q) => p - q);
  if (!distinct.includes(0)) {
    warn("Random walker only segments unlabeled areas, where labels == 0. No zero valued areas in labels were found. Returning provided labels.", "UserWarning");
    if (b.return_full_prob) {
      const positive = distinct.filter((v) => v > 0);
      const out = new Uint8Array(input.length * positive.length);
      for (let i = 0; i < input.length; i++) positive.forEach((v, k) => { out[i * positive.length + k] = input[i] === v ? 1 : 0; });
      return NDArray.fromStorage(out, [...dims, positive.length], bool);
    }
    return b.copy ? lab.copy() : lab;
  }
  // seeds that touch no unlabelled pixel, then unlabelled pixels that no seed reaches
  const n = input.length;
  const fill = propagate((i) => input[i] === 0, (i) => input[i] >= 0, shape);
  const seedReach = new Uint8Array(n);
  let anyIsolatedSeed = false;
  for (let i = 0; i < n; i++) {
    seedReach[i] = input[i] > 0 && fill[i] ? 1 : 0;
    if (input[i] > 0 && !fill[i]) anyIsolatedSeed = true;
  }
  let active: Uint8Array | null = null;
  const isolated = new Uint8Array(n);
  if (distinct[0] < 0 || anyIsolatedSeed) {
    const reached = propagate((i) => seedReach[i] === 1, (i) => input[i] >= 0, shape);
    let allIsolated = true;
    for (let i = 0; i < n; i++) {
      if (input[i] !== 0) continue;
      isolated[i] = reached[i] ? 0 : 1;
      if (!isolated[i]) allIsolated = false;
    }
    if (allIsolated) {
      warn("All unlabeled pixels are isolated, they could not be determined by the random walker algorithm.", "UserWarning");
      const target = b.copy ? lab.copy() : lab;
      const flat = readFloat64(target).slice();
      for (let i = 0; i < n; i++) if (isolated[i]) flat[i] = -1;
      const out = new lab.dtype.storage(n);
      out.set(flat);
      if (!b.copy) lab.set("...", NDArray.fromStorage(out, shape, lab.dtype));
      return b.copy ? NDArray.fromStorage(out, shape, lab.dtype) : lab;
    }
    active = new Uint8Array(n);
    for (let i = 0; i < n; i++) active[i] = input[i] >= 0 && !isolated[i] ? 1 : 0;
    // scikit-image marks them -1 in the labels it was given when copy is false
    if (!b.copy) {
      const marked = readFloat64(lab).slice();
      for (let i = 0; i < n; i++) if (isolated[i]) marked[i] = -1;
      const data = new lab.dtype.storage(n);
      data.set(marked);
      lab.set("...", NDArray.fromStorage(data, shape, lab.dtype));
    }
  }
  // labels renumbered by rank around 0: negatives below, seeds 1..nlabels
  const zeroAt = distinct.indexOf(0);
  const rank = new Map<number, number>();
  distinct.forEach((v, i) => rank.set(v, i - zeroAt));
  const relabeled = input.map((v) => rank.get(v)!);
  const nlabels = distinct.length - 1 - zeroAt;
  if (mode === null) mode = "cg_j";
  if (mode === "cg_mg") {
    warn('"cg_mg" not available, it requires pyamg to be installed. The "cg_j" mode will be used instead.', "UserWarning");
    mode = "cg_j";
  }
  if (mode === "cg") {
    warn('"cg" mode may be slow because UMFPACK is not available. Consider building Scipy with UMFPACK or use a preconditioned version of CG ("cg_j" or "cg_mg" modes).', "UserWarning");
  }
  const system = buildSystem(values, dims, channels, relabeled, nlabels, spacing, b.beta, multichannel, active);
  let solutions: { x: Float64Array; converged: boolean }[];
  if (mode === "bf") {
    const factor = new BandedCholesky(system);
    solutions = system.rhs.map((rhs) => ({ x: factor.solve(rhs), converged: true }));
  } else {
    solutions = system.rhs.map((rhs) => conjugateGradient(system, rhs, b.tol, mode !== "cg"));
  }
  if (solutions.some((s) => !s.converged)) {
    warn("Conjugate gradient convergence to tolerance not achieved. Consider decreasing beta to improve system conditionning.", "UserWarning");
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of solutions) for (const v of s.x) { if (v < lo) lo = v; if (v > hi) hi = v; }
  if (lo < -b.prob_tol || hi > 1 + b.prob_tol) {
    warn("The probability range is outside [0, 1] given the tolerance `prob_tol`. Consider decreasing `beta` and/or decreasing `tol`.", "UserWarning");
  }
  // unlabelled pixels the walk reaches: isolated ones stay 0
  const solved = (i: number) => relabeled[i] === 0 && !isolated[i];
  if (b.return_full_prob) {
    const out = new Float64Array(nlabels * n);
    for (let l = 0; l < nlabels; l++) {
      for (let i = 0, u = 0; i < n; i++) {
        if (solved(i)) out[l * n + i] = solutions[l].x[u++];
        else if (relabeled[i] === l + 1) out[l * n + i] = 1;
      }
    }
    return NDArray.fromStorage(out, [nlabels, ...shape], float64);
  }
  const out = new lab.dtype.storage(n);
  for (let i = 0, u = 0; i < n; i++) {
    if (!solved(i)) {
      out[i] = relabeled[i];
      continue;
    }
    let best = 0;
    for (let l = 1; l < nlabels; l++) if (solutions[l].x[u] > solutions[best].x[u]) best = l;
    out[i] = best + 1;
    u++;
  }
  return NDArray.fromStorage(out, shape, lab.dtype);
}
pyfunction(RANDOM_WALKER, random_walker);
