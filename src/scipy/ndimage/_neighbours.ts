/**
 * Neighbourhoods on C-ordered grids: a structuring element's set elements as coordinate
 * offsets from its centre (shape // 2 + origin), and the test of whether a pixel plus an offset
 * stays inside the array.
 */
import { stridesOf } from "./_support";

/** Set elements of a structure as per-axis offsets (flat: k-th element's axis-a offset at k*rank+a) and flat offsets. */
export interface Offsets {
  rank: number;
  count: number;
  /** Per-axis offsets, element-major. */
  delta: Int32Array;
  /** The same offsets as flat steps in an array of `shape`. */
  flat: Int32Array;
}

/** The offsets of the set elements of `on` (shape `sshape`, centre sshape//2 + origin) in an array of `shape`. */
export function offsetsOf(on: ArrayLike<number>, sshape: readonly number[], origins: readonly number[], shape: readonly number[]): Offsets {
  const rank = sshape.length;
  const strides = stridesOf(shape);
  let count = 0;
  for (let i = 0; i < on.length; i++) if (on[i]) count++;
  const delta = new Int32Array(count * rank);
  const flat = new Int32Array(count);
  const idx = new Array<number>(rank).fill(0);
  let j = 0;
  for (let i = 0; i < on.length; i++) {
    if (on[i]) {
      let f = 0;
      for (let a = 0; a < rank; a++) {
        const d = idx[a] - ((sshape[a] >> 1) + origins[a]);
        delta[j * rank + a] = d;
        f += d * strides[a];
      }
      flat[j++] = f;
    }
    for (let a = rank - 1; a >= 0; a--) {
      if (++idx[a] < sshape[a]) break;
      idx[a] = 0;
    }
  }
  return { rank, count, delta, flat };
}

/** Walks a C-ordered shape: coords are updated in place, returning the flat index order. */
export function nextCoord(coord: Int32Array, shape: readonly number[]): void {
  for (let a = shape.length - 1; a >= 0; a--) {
    if (++coord[a] < shape[a]) return;
    coord[a] = 0;
  }
}

/** Is coord + offsets[k] inside shape? */
export function inside(coord: Int32Array, o: Offsets, k: number, shape: readonly number[]): boolean {
  const base = k * o.rank;
  for (let a = 0; a < o.rank; a++) {
    const c = coord[a] + o.delta[base + a];
    if (c < 0 || c >= shape[a]) return false;
  }
  return true;
}

/**
 * For each pixel, whether every offset stays inside (1) — the interior where the flat offsets
 * can be used without coordinate checks.
 */
export function interiorMask(shape: readonly number[], o: Offsets): Uint8Array {
  const rank = shape.length;
  const lo = new Array<number>(rank).fill(0);
  const hi = new Array<number>(rank).fill(0);
  for (let k = 0; k < o.count; k++) {
    for (let a = 0; a < rank; a++) {
      const d = o.delta[k * rank + a];
      if (d < lo[a]) lo[a] = d;
      if (d > hi[a]) hi[a] = d;
    }
  }
  const n = shape.reduce((x, y) => x * y, 1);
  const mask = new Uint8Array(n);
  const coord = new Int32Array(rank);
  for (let i = 0; i < n; i++) {
    let ok = 1;
    for (let a = 0; a < rank; a++) {
      if (coord[a] + lo[a] < 0 || coord[a] + hi[a] >= shape[a]) {
        ok = 0;
        break;
      }
    }
    mask[i] = ok;
    nextCoord(coord, shape);
  }
  return mask;
}
