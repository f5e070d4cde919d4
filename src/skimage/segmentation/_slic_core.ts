/**
 * The loops of scikit-image's `_slic.pyx` on float64 values: k-means in (z, y, x, colour)
 * space restricted to 2-step windows around each centre, then the connectivity clean-up.
 */

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

/** One SLIC run (updates `segments` in place); labels as a flat Float64Array. */
export function slicIterate(img: Volume, p: SlicParams): Float64Array {
  const { depth, height, width, channels, values } = img;
  const { segments, nSegments, mask, startLabel, ignoreColor, slicZero } = p;
  const nFeatures = 3 + channels;
  const [stepZ, stepY, stepX] = p.gridSteps;
  const [sz, sy, sx] = p.spacing;
  const n = depth * height * width;
  const maskLabel = startLabel - 1;
  const nearest = new Float64Array(n).fill(maskLabel);
  const distance = new Float64Array(n);
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
      const cz = segments[row];
      const cy = segments[row + 1];
      const cx = segments[row + 2];
      // an emptied cluster's NaN centre gives an empty window, as the C casts do
      if (cz !== cz || cy !== cy || cx !== cx) continue;
      const zMin = Math.trunc(Math.max(cz - 2 * stepZ, 0));
      const zMax = Math.trunc(Math.min(cz + 2 * stepZ + 1, depth));
      const yMin = Math.trunc(Math.max(cy - 2 * stepY, 0));
      const yMax = Math.trunc(Math.min(cy + 2 * stepY + 1, height));
      const xMin = Math.trunc(Math.max(cx - 2 * stepX, 0));
      const xMax = Math.trunc(Math.min(cx + 2 * stepX + 1, width));
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
  return nearest;
}

/**
 * The assignment step for three colour channels without mask or SLIC-zero (the usual RGB
 * call): the same sums in the same order as the general loop, with the centre's features
 * held in locals. Returns whether any pixel changed its segment.
 */
function assignRgb(img: Volume, p: SlicParams, nearest: Float64Array, distance: Float64Array, spatialWeight: number): boolean {
  const { depth, height, width, values } = img;
  const { segments, nSegments, startLabel } = p;
  const [stepZ, stepY, stepX] = p.gridSteps;
  const [sz, sy, sx] = p.spacing;
  let change = false;
  for (let k = 0; k < nSegments; k++) {
    const row = k * 6;
    const cz = segments[row];
    const cy = segments[row + 1];
    const cx = segments[row + 2];
    if (cz !== cz || cy !== cy || cx !== cx) continue;
    const c0 = segments[row + 3];
    const c1 = segments[row + 4];
    const c2 = segments[row + 5];
    const label = k + startLabel;
    const zMin = Math.trunc(Math.max(cz - 2 * stepZ, 0));
    const zMax = Math.trunc(Math.min(cz + 2 * stepZ + 1, depth));
    const yMin = Math.trunc(Math.max(cy - 2 * stepY, 0));
    const yMax = Math.trunc(Math.min(cy + 2 * stepY + 1, height));
    const xMin = Math.trunc(Math.max(cx - 2 * stepX, 0));
    const xMax = Math.trunc(Math.min(cx + 2 * stepX + 1, width));
    for (let z = zMin; z < zMax; z++) {
      let dz = sz * (cz - z);
      dz *= dz;
      for (let y = yMin; y < yMax; y++) {
        let dy = sy * (cy - y);
        dy *= dy;
        const dzy = dz + dy;
        const base = (z * height + y) * width;
        for (let x = xMin, i = base + xMin; x < xMax; x++, i++) {
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

/** The centre sums of the update step for three channels without mask (the general loop's order). */
function sumRgb(img: Volume, nearest: Float64Array, startLabel: number, segments: Float64Array, counts: Float64Array): void {
  const { depth, height, width, values } = img;
  for (let i = 0, z = 0; z < depth; z++) {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++, i++) {
        const k = nearest[i] - startLabel;
        const row = k * 6;
        counts[k] += 1;
        segments[row] += z;
        segments[row + 1] += y;
        segments[row + 2] += x;
        segments[row + 3] += values[3 * i];
        segments[row + 4] += values[3 * i + 1];
        segments[row + 5] += values[3 * i + 2];
      }
    }
  }
}

const DZ = [0, 0, 0, 0, 1, -1];
const DY = [0, 0, 1, -1, 0, 0];
const DX = [1, -1, 0, 0, 0, 0];

/**
 * scikit-image's `_enforce_label_connectivity_cython`: relabels 6-connected pieces in raster
 * order; a piece smaller than minSize joins the last labelled neighbour its search met.
 * The search stops growing at maxSize pixels, as scikit-image's preallocated queue does.
 */
export function enforceConnectivity(segments: Float64Array, depth: number, height: number, width: number, minSize: number, maxSize: number, startLabel: number): Float64Array {
  const maskLabel = startLabel - 1;
  const out = new Float64Array(segments.length).fill(maskLabel);
  const queue = new Int32Array(Math.max(maxSize, 1) * 3);
  let newLabel = startLabel;
  for (let z = 0; z < depth; z++) {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (z * height + y) * width + x;
        if (segments[i] === maskLabel || out[i] > maskLabel) continue;
        let adjacent = newLabel;
        const label = segments[i];
        out[i] = newLabel;
        let size = 1;
        let visited = 0;
        queue[0] = z;
        queue[1] = y;
        queue[2] = x;
        while (visited < size && size < maxSize) {
          for (let d = 0; d < 6; d++) {
            const zz = queue[3 * visited] + DZ[d];
            const yy = queue[3 * visited + 1] + DY[d];
            const xx = queue[3 * visited + 2] + DX[d];
            if (xx < 0 || xx >= width || yy < 0 || yy >= height || zz < 0 || zz >= depth) continue;
            const j = (zz * height + yy) * width + xx;
            if (segments[j] === label && out[j] === maskLabel) {
              out[j] = newLabel;
              queue[3 * size] = zz;
              queue[3 * size + 1] = yy;
              queue[3 * size + 2] = xx;
              size++;
              if (size >= maxSize) break;
            } else if (out[j] > maskLabel && out[j] !== newLabel) {
              adjacent = out[j];
            }
          }
          visited++;
        }
        if (size < minSize) {
          for (let q = 0; q < size; q++) out[(queue[3 * q] * height + queue[3 * q + 1]) * width + queue[3 * q + 2]] = adjacent;
        } else {
          newLabel++;
        }
      }
    }
  }
  return out;
}
