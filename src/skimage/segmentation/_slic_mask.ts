/**
 * slic's seeds inside a mask, as scikit-image places them: points drawn with
 * RandomState(123) (sorted), refined by five rounds of scipy's kmeans2 on a denser draw; the
 * step is the mean distance, per axis, from each centre to its nearest other centre.
 */
import { NDArray } from "../../np/ndarray";
import { RandomState } from "../../np/random/RandomState";
import { readFloat64 } from "../_internal/arrays";

/** Sorted draw of k indices out of n without replacement (RandomState.choice). */
function sortedChoice(rs: RandomState, n: number, k: number): Float64Array {
  const picked = readFloat64(rs.choice(n, k, false) as NDArray).slice();
  return picked.sort();
}

/** scipy.cluster.vq.kmeans2(data, init, iter) on 3-D points: Lloyd rounds, empty clusters kept. */
function kmeans2(data: Float64Array, codebook: Float64Array, iterations: number): Float64Array {
  const nObs = data.length / 3;
  const nCodes = codebook.length / 3;
  let book = codebook.slice();
  const label = new Int32Array(nObs);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < nObs; i++) {
      let best = Infinity;
      let arg = 0;
      for (let j = 0; j < nCodes; j++) {
        let d = 0;
        for (let f = 0; f < 3; f++) {
          const t = book[3 * j + f] - data[3 * i + f];
          d += t * t;
        }
        if (d < best) {
          best = d;
          arg = j;
        }
      }
      label[i] = arg;
    }
    const sums = new Float64Array(book.length);
    const counts = new Float64Array(nCodes);
    for (let i = 0; i < nObs; i++) {
      const j = label[i];
      counts[j]++;
      for (let f = 0; f < 3; f++) sums[3 * j + f] += data[3 * i + f];
    }
    for (let j = 0; j < nCodes; j++) {
      if (counts[j] === 0) for (let f = 0; f < 3; f++) sums[3 * j + f] = book[3 * j + f];
      else for (let f = 0; f < 3; f++) sums[3 * j + f] /= counts[j];
    }
    book = sums;
  }
  return book;
}

export function maskCentroids(mask: Uint8Array, dims: readonly number[], nCentroids: number, ndimSpatial: number): { centroids: Float64Array; steps: number[] } {
  const [, height, width] = dims;
  const coords: number[] = [];
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] === 0) continue;
    const x = i % width;
    const y = Math.trunc(i / width) % height;
    const z = Math.trunc(i / (width * height));
    coords.push(z, y, x);
  }
  const n = coords.length / 3;
  const rs = new RandomState(123);
  const idx = sortedChoice(rs, n, Math.min(nCentroids, n));
  const nDense = Math.trunc(10 ** ndimSpatial * nCentroids);
  const dense = n > nDense ? sortedChoice(rs, n, nDense) : null;
  const gather = (rows: Float64Array | null): Float64Array => {
    if (rows === null) return Float64Array.from(coords);
    const out = new Float64Array(rows.length * 3);
    rows.forEach((r, k) => { for (let f = 0; f < 3; f++) out[3 * k + f] = coords[3 * r + f]; });
    return out;
  };
  const centroids = kmeans2(gather(dense), gather(idx), 5);
  const k = centroids.length / 3;
  // nearest other centre (pdist's Euclidean distance; argmin keeps the first)
  const steps = [0, 0, 0];
  for (let a = 0; a < k; a++) {
    let best = Infinity;
    let arg = 0;
    for (let b = 0; b < k; b++) {
      if (a === b) continue;
      let d = 0;
      for (let f = 0; f < 3; f++) {
        const t = centroids[3 * a + f] - centroids[3 * b + f];
        d += t * t;
      }
      d = Math.sqrt(d);
      if (d < best) {
        best = d;
        arg = b;
      }
    }
    for (let f = 0; f < 3; f++) steps[f] += Math.abs(centroids[3 * a + f] - centroids[3 * arg + f]);
  }
  return { centroids, steps: steps.map((s) => s / k) };
}
