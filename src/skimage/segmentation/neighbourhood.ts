/**
 * The neighbourhood of scikit-image's watershed: a connectivity (an int, or a footprint array
 * with an unambiguous centre) as flat offsets in the image padded by the centre's offset on
 * every side, nearest first (scikit-image sorts them by distance from the centre).
 */
import { NDArray } from "../../np/ndarray";
import { ValueError } from "../../errors";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { asNDArray, readFloat64 } from "../_internal/arrays";

/** A footprint as flags in C order, with its shape and centre. */
export interface Footprint {
  readonly shape: readonly number[];
  readonly on: Uint8Array;
  readonly center: readonly number[];
}

/** _validate_connectivity: the footprint of an int connectivity, or of a footprint array. */
export function connectivityFootprint(connectivity: number | NDArray | unknown, ndim: number, offset: readonly number[] | null): Footprint {
  let fp: NDArray;
  if (typeof connectivity === "number" || connectivity === null) {
    fp = binaryStructure(ndim, (connectivity as number | null) ?? 1);
  } else {
    fp = asNDArray(connectivity as NDArray, "connectivity");
    if (fp.ndim !== ndim) throw new ValueError("Connectivity dimension must be same as image");
  }
  const shape = fp.shape.slice();
  let center: number[];
  if (offset === null) {
    if (shape.some((d) => d % 2 === 0)) throw new ValueError("Connectivity array must have an unambiguous center");
    center = shape.map((d) => d >> 1);
  } else {
    if (offset.length !== ndim) throw new ValueError("Connectivity offset must be an array with the same number of elements as the image has dimensions");
    center = offset.slice();
  }
  const on = Uint8Array.from(readFloat64(fp), (v) => (v ? 1 : 0));
  return { shape, on, center };
}

/**
 * _offsets_to_raveled_neighbors: flat offsets of the footprint's elements in an array of
 * `shape`, sorted by distance from the centre (ties in C order), duplicates dropped when the
 * array is smaller than the footprint, and the nearest (the centre itself) left out.
 */
export function raveledNeighbors(shape: readonly number[], fp: Footprint): Int32Array {
  const ndim = shape.length;
  const factors = new Array<number>(ndim).fill(1);
  for (let a = ndim - 2; a >= 0; a--) factors[a] = factors[a + 1] * shape[a + 1];
  const entries: { offset: number; distance: number }[] = [];
  const idx = new Array<number>(ndim).fill(0);
  for (let i = 0; i < fp.on.length; i++) {
    if (fp.on[i]) {
      let offset = 0;
      let sq = 0;
      for (let a = 0; a < ndim; a++) {
        const d = idx[a] - fp.center[a];
        offset += d * factors[a];
        sq += d * d;
      }
      entries.push({ offset, distance: Math.sqrt(sq) });
    }
    for (let a = ndim - 1; a >= 0; a--) {
      if (++idx[a] < fp.shape[a]) break;
      idx[a] = 0;
    }
  }
  // Array.prototype.sort is stable: equal distances keep C order, as NumPy's small sorts do.
  entries.sort((p, q) => p.distance - q.distance);
  let offsets = entries.map((e) => e.offset);
  if (shape.some((d, a) => d < fp.shape[a])) offsets = offsets.filter((o, k) => offsets.indexOf(o) === k);
  return Int32Array.from(offsets.slice(1));
}
