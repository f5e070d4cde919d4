/**
 * The loops of scikit-image's `_slic.pyx` on float64 values: k-means in (z, y, x, colour)
 * space restricted to 2-step windows around each centre, then the connectivity clean-up.
 */

import { filledFloat64, releaseScratch, uninitFloat64 } from "../_internal/scratch";
import { assignWindowSimd, heapAddresses } from "./_slic_simd";

/** A (depth, height, width, channels) image flattened in C order. */
export interface Volume {
  values: Float64Array;
  depth: number;
  height: number;
  width: number;
  channels: number;
}

export interface SlicParams {
  /** cluster centres: rows of (z, y, x, colour...) */
  segments: Float64Array;
  nSegments: number;
  /** the grid steps regular_grid gives for nSegments on (depth, height, width) */
  gridSteps: readonly [number, number, number];
  step: number;
  maxNumIter: number;
  spacing: readonly [number, number, number];
  slicZero: boolean;
  startLabel: number;
  ignoreColor: boolean;
  mask: Uint8Array | null;
}

/**
 * The window of the centre at `row` of `segments`: 2 grid steps each side, clipped to the
 * volume, into `w` as [zMin, zMax, yMin, yMax, xMin, xMax]; false for an emptied cluster's NaN
 * centre, whose window is empty, as the C casts make it.
 */
function centreWindow(segments: Float64Array, row: number, steps: readonly [number, number, number], depth: number, height: number, width: number, w: Int32Array): boolean {
  const cz = segments[row];
  const cy = segments[row + 1];
  const cx = segments[row + 2];
  if (cz !== cz || cy !== cy || cx !== cx) return false;
  const [stepZ, stepY, stepX] = steps;
  w[0] = Math.trunc(Math.max(cz - 2 * stepZ, 0));
  w[1] = Math.trunc(Math.min(cz + 2 * stepZ + 1, depth));
  w[2] = Math.trunc(Math.max(cy - 2 * stepY, 0));
  w[3] = Math.trunc(Math.min(cy + 2 * stepY + 1, height));
  w[4] = Math.trunc(Math.max(cx - 2 * stepX, 0));
  w[5] = Math.trunc(Math.min(cx + 2 * stepX + 1, width));
  return true;
}

/** One SLIC run (updates `segments` in place); labels as a flat Float64Array. */
export function slicIterate(img: Volume, p: SlicParams): Float64Array {
  const { depth, height, width, channels, values } = img;
  const { segments, nSegments, mask, startLabel, ignoreColor, slicZero } = p;
  const nFeatures = 3 + channels;
  const [sz, sy, sx] = p.spacing;
  const win = new Int32Array(6);
  const n = depth * height * width;
  const maskLabel = startLabel - 1;
  // in the shared heap, where the SIMD assignment reads and writes them
  const nearest = filledFloat64(n, maskLabel);
  const distance = uninitFloat64(n);
  const counts = new Float64Array(nSegments);
  const maxDistColor = new Float64Array(nSegments).fill(1);
  // Cython takes `step` as a C float: the square is a float product
  const stepF = Math.fround(p.step);
  const spatialWeight = 1.0 / Math.fround(stepF * stepF);
  for (let it = 0; it < p.maxNumIter; it++) {
    let change = false;
    distance.fill(Number.MAX_VALUE);
    const rgbOnly = mask === null && !ignoreColor && !slicZero && channels === 3;
    if (rgbOnly) change = assignRgb(img, p, nearest, distance, spatialWeight);
    for (let k = 0; k < (rgbOnly ? 0 : nSegments); k++) {
      const row = k * nFeatures;
      if (!centreWindow(segments, row, p.gridSteps, depth, height, width, win)) continue;
      const cz = segments[row], cy = segments[row + 1], cx = segments[row + 2];
      const [zMin, zMax, yMin, yMax, xMin, xMax] = win;
      for (let z = zMin; z < zMax; z++) {
        let dz = sz * (cz - z);
        dz *= dz;
        for (let y = yMin; y < yMax; y++) {
          let dy = sy * (cy - y);
          dy *= dy;
          const base = (z * height + y) * width;
          for (let x = xMin; x < xMax; x++) {
            const i = base + x;
            if (mask !== null && mask[i] === 0) continue;
            let dx = sx * (cx - x);
            dx *= dx;
            let dist = (dz + dy + dx) * spatialWeight;
            if (!ignoreColor) {
              let color = 0;
              const pix = i * channels;
              for (let c = 3; c < nFeatures; c++) {
                const t = values[pix + c - 3] - segments[row + c];
                color += t * t;
              }
              if (slicZero) color /= maxDistColor[k];
              dist += color;
            }
            if (distance[i] > dist) {
              nearest[i] = k + startLabel;
              distance[i] = dist;
              change = true;
            }
          }
        }
      }
    }
    if (!change) break;
    counts.fill(0);
    segments.fill(0);
    if (rgbOnly) sumRgb(img, nearest, startLabel, segments, counts);
    else {
      for (let i = 0, z = 0; z < depth; z++) {
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++, i++) {
            if (mask !== null && (mask[i] === 0 || nearest[i] === maskLabel)) continue;
            const k = nearest[i] - startLabel;
            const row = k * nFeatures;
            counts[k] += 1;
            segments[row] += z;
            segments[row + 1] += y;
            segments[row + 2] += x;
            for (let c = 3; c < nFeatures; c++) segments[row + c] += values[i * channels + c - 3];
          }
        }
      }
    }
    for (let k = 0; k < nSegments; k++) for (let c = 0; c < nFeatures; c++) segments[k * nFeatures + c] /= counts[k];
    if (slicZero) {
      for (let i = 0; i < n; i++) {
        if (mask !== null && (mask[i] === 0 || nearest[i] === maskLabel)) continue;
        const k = nearest[i] - startLabel;
        let color = 0;
        for (let c = 3; c < nFeatures; c++) {
          const t = values[i * channels + c - 3] - segments[k * nFeatures + c];
          color += t * t;
        }
        if (maxDistColor[k] < color) maxDistColor[k] = color;
      }
    }
  }
  releaseScratch(distance);
  return nearest;
}

/**
 * The assignment step for three colour channels without mask or SLIC-zero (the usual RGB
 * call), row by row: each image row visits the centres whose window covers it, in centre
 * order, so every pixel sees the same comparisons in the same order as in the centre-major
 * loop while the row's values and distances stay in cache. With the arrays in the shared
 * heap it runs on WebAssembly SIMD instead (_slic_simd.ts, the same results). Returns whether
 * any pixel changed its segment.
 */
function assignRgb(img: Volume, p: SlicParams, nearest: Float64Array, distance: Float64Array, spatialWeight: number): boolean {
  const simd = assignWindowSimd();
  const addresses = simd === null ? null : heapAddresses(img.values, distance, nearest);
  if (simd !== null && addresses !== null) return assignRgbSimd(img, p, spatialWeight, simd, addresses);
  const { depth, height, width, values } = img;
  const { segments, startLabel } = p;
  const [sz, sy, sx] = p.spacing;
  const { start, list, xMin, xMax } = windowRows(p, depth, height, width);
  let change = false;
  for (let z = 0, row = 0; z < depth; z++) {
    for (let y = 0; y < height; y++, row++) {
      const base = row * width;
      for (let e = start[row]; e < start[row + 1]; e++) {
        const k = list[e];
        const at = k * 6;
        const cx = segments[at + 2];
        const c0 = segments[at + 3];
        const c1 = segments[at + 4];
        const c2 = segments[at + 5];
        const label = k + startLabel;
        let dz = sz * (segments[at] - z);
        dz *= dz;
        let dy = sy * (segments[at + 1] - y);
        dy *= dy;
        const dzy = dz + dy;
        for (let x = xMin[k], i = base + x; x < xMax[k]; x++, i++) {
          let dx = sx * (cx - x);
          dx *= dx;
          const spatial = (dzy + dx) * spatialWeight;
          const t0 = values[3 * i] - c0;
          const t1 = values[3 * i + 1] - c1;
          const t2 = values[3 * i + 2] - c2;
          const dist = spatial + (t0 * t0 + t1 * t1 + t2 * t2);
          if (distance[i] > dist) {
            nearest[i] = label;
            distance[i] = dist;
            change = true;
          }
        }
      }
    }
  }
  return change;
}

/** assignRgb centre by centre, each plane of a window in one SIMD call (addresses: values, distance, nearest). */
function assignRgbSimd(img: Volume, p: SlicParams, spatialWeight: number, simd: NonNullable<ReturnType<typeof assignWindowSimd>>, addresses: number[]): boolean {
  const { depth, height, width } = img;
  const { segments, nSegments, startLabel } = p;
  const [sz, sy, sx] = p.spacing;
  const win = new Int32Array(6);
  const [valuesAt, distanceAt, nearestAt] = addresses;
  let change = false;
  for (let k = 0; k < nSegments; k++) {
    const row = k * 6;
    if (!centreWindow(segments, row, p.gridSteps, depth, height, width, win)) continue;
    const cz = segments[row], cy = segments[row + 1], cx = segments[row + 2];
    const [zMin, zMax, yMin, yMax, xMin, xMax] = win;
    if (yMax <= yMin || xMax <= xMin) continue;
    for (let z = zMin; z < zMax; z++) {
      let dz = sz * (cz - z);
      dz *= dz;
      const i0 = (z * height + yMin) * width + xMin;
      const changed = simd(valuesAt + 24 * i0, distanceAt + 8 * i0, nearestAt + 8 * i0, yMax - yMin, xMax - xMin, 8 * width,
        xMin, cy, yMin, sy, dz, cx, sx, spatialWeight, segments[row + 3], segments[row + 4], segments[row + 5], k + startLabel);
      if (changed) change = true;
    }
  }
  return change;
}

/**
 * The centres' windows (2 grid steps each side, clipped; empty for an emptied centre's NaN):
 * their column ranges, and for each (z, y) row the centres whose window covers it, in
 * centre order (list[start[row] .. start[row + 1])).
 */
function windowRows(p: SlicParams, depth: number, height: number, width: number): { start: Int32Array; list: Int32Array; xMin: Int32Array; xMax: Int32Array } {
  const { segments, nSegments } = p;
  const nFeatures = segments.length / nSegments;
  const win = new Int32Array(6);
  const rows = depth * height;
  const xMin = new Int32Array(nSegments);
  const xMax = new Int32Array(nSegments);
  const zr = new Int32Array(2 * nSegments);
  const yr = new Int32Array(2 * nSegments);
  const start = new Int32Array(rows + 1);
  for (let k = 0; k < nSegments; k++) {
    if (!centreWindow(segments, k * nFeatures, p.gridSteps, depth, height, width, win)) continue;
    [zr[2 * k], zr[2 * k + 1], yr[2 * k], yr[2 * k + 1], xMin[k], xMax[k]] = win;
    for (let z = zr[2 * k]; z < zr[2 * k + 1]; z++) for (let y = yr[2 * k]; y < yr[2 * k + 1]; y++) start[z * height + y + 1]++;
  }
  for (let r = 0; r < rows; r++) start[r + 1] += start[r];
  const list = new Int32Array(start[rows]);
  const fill = start.slice(0, rows);
  for (let k = 0; k < nSegments; k++) {
    for (let z = zr[2 * k]; z < zr[2 * k + 1]; z++) for (let y = yr[2 * k]; y < yr[2 * k + 1]; y++) list[fill[z * height + y]++] = k;
  }
  return { start, list, xMin, xMax };
}

/**
 * The centre sums of the update step for three channels without mask (the general loop's
 * order). A run of pixels in one segment adds into locals, the same additions in the same
 * order as adding into the table pixel by pixel.
 */
function sumRgb(img: Volume, nearest: Float64Array, startLabel: number, segments: Float64Array, counts: Float64Array): void {
  const { depth, height, width, values } = img;
  for (let i = 0, z = 0; z < depth; z++) {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; ) {
        const label = nearest[i];
        const k = label - startLabel;
        const row = k * 6;
        let count = counts[k];
        let sz = segments[row];
        let sy = segments[row + 1];
        let sx = segments[row + 2];
        let s0 = segments[row + 3];
        let s1 = segments[row + 4];
        let s2 = segments[row + 5];
        do {
          count += 1;
          sz += z;
          sy += y;
          sx += x;
          s0 += values[3 * i];
          s1 += values[3 * i + 1];
          s2 += values[3 * i + 2];
          x++;
          i++;
        } while (x < width && nearest[i] === label);
        counts[k] = count;
        segments[row] = sz;
        segments[row + 1] = sy;
        segments[row + 2] = sx;
        segments[row + 3] = s0;
        segments[row + 4] = s1;
        segments[row + 5] = s2;
      }
    }
  }
}

/**
 * scikit-image's `_enforce_label_connectivity_cython`: relabels 6-connected pieces in raster
 * order; a piece smaller than minSize joins the last labelled neighbour its search met.
 * The search stops growing at maxSize pixels, as scikit-image's preallocated queue does.
 * Neighbours are visited in its order: x + 1, x - 1, y + 1, y - 1, z + 1, z - 1.
 */
export function enforceConnectivity(segments: Float64Array, depth: number, height: number, width: number, minSize: number, maxSize: number, startLabel: number): Float64Array {
  const maskLabel = startLabel - 1;
  const out = new Float64Array(segments.length).fill(maskLabel);
  const queue = new Int32Array(Math.max(maxSize, 1));
  const plane = height * width;
  let newLabel = startLabel;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] === maskLabel || out[i] > maskLabel) continue;
    let adjacent = newLabel;
    const label = segments[i];
    out[i] = newLabel;
    let size = 1;
    let visited = 0;
    queue[0] = i;
    // one neighbour j: joins the piece, or may be the piece's adjacent label; false once full
    const visit = (j: number): boolean => {
      const o = out[j];
      if (segments[j] === label && o === maskLabel) {
        out[j] = newLabel;
        queue[size++] = j;
        return size < maxSize;
      }
      if (o > maskLabel && o !== newLabel) adjacent = o;
      return true;
    };
    while (visited < size && size < maxSize) {
      const p = queue[visited];
      const z = Math.floor(p / plane);
      const y = Math.floor((p - z * plane) / width);
      const x = p - z * plane - y * width;
      // stops at the first neighbour that fills the queue
      void ((x + 1 >= width || visit(p + 1)) &&
        (x - 1 < 0 || visit(p - 1)) &&
        (y + 1 >= height || visit(p + width)) &&
        (y - 1 < 0 || visit(p - width)) &&
        (z + 1 >= depth || visit(p + plane)) &&
        (z - 1 < 0 || visit(p - plane)));
      visited++;
    }
    if (size < minSize) {
      for (let q = 0; q < size; q++) out[queue[q]] = adjacent;
    } else {
      newLabel++;
    }
  }
  return out;
}
