/**
 * The non-local means loops of scikit-image 0.19 (its compiled _nl_means_denoising), on
 * C-ordered float64 data laid out (spatial..., channels): the patch-by-patch "slow" mode and
 * the "fast" mode that sums patch distances from an integral image per shift. Loop orders,
 * the 5.0 distance cut-off and the approximate exponential are scikit-image's, so weights
 * agree with it.
 */
import { extendIndex } from "../_internal/boundary";
import { filledFloat64, releaseScratch, uninitFloat64 } from "../_internal/scratch";
import { accumulateGreyRowSimd } from "./_nl_means_simd";

const DISTANCE_CUTOFF = 5.0;

const expBits = new Float64Array(1);
const expWords = new Int32Array(expBits.buffer);
/** 2^20 / ln 2 and 1023 * 2^20 - 60801: Schraudolph's exponential, the high word of a double. */
const EXP_A = 1512775.3951951856938;
const EXP_BC = 1072632447;

/** 2^(e - 1023) for every biased exponent e of a normal double. */
const POW2 = Float64Array.from({ length: 2047 }, (_, e) => 2 ** (e - 1023));
const MANTISSA_UNIT = 2 ** -20;

/**
 * scikit-image's _fast_exp: a double whose high 32 bits are trunc(EXP_A y) + EXP_BC, low bits
 * 0. Built arithmetically (2^(e-1023) * (1 + m 2^-20), exact for a normal double) rather than
 * through two 32-bit stores and a 64-bit load, which the CPU cannot forward.
 */
export function fastExp(y: number): number {
  const word = Math.trunc(EXP_A * y) + EXP_BC;
  const e = word >> 20;
  if (e >= 1 && e <= 2046) return POW2[e] * (1 + (word & 0xfffff) * MANTISSA_UNIT);
  expWords[0] = 0;
  expWords[1] = word;
  return expBits[0];
}

/** The image padded by `pad` on every spatial side, np.pad's 'reflect' (no edge repeat). */
function padReflect(img: Float64Array, spatial: readonly number[], nch: number, pad: number): { data: Float64Array; shape: number[] } {
  const shape = spatial.map((n) => n + 2 * pad);
  let size = nch;
  for (const n of shape) size *= n;
  const data = uninitFloat64(size);
  const nd = spatial.length;
  const src = new Array<number>(nd);
  const idx = new Array<number>(nd).fill(0);
  for (let o = 0; o < size; o += nch) {
    let s = 0;
    for (let k = 0; k < nd; k++) {
      src[k] = extendIndex(idx[k] - pad, spatial[k], "mirror");
      s = s * spatial[k] + src[k];
    }
    s *= nch;
    for (let c = 0; c < nch; c++) data[o + c] = img[s + c];
    for (let k = nd - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
  return { data, shape };
}

/** Crops `pad` from every spatial side of a padded (spatial..., nch) array. */
function crop(data: Float64Array, shape: readonly number[], nch: number, pad: number): Float64Array {
  const inner = shape.map((n) => n - 2 * pad);
  let size = nch;
  for (const n of inner) size *= n;
  const out = new Float64Array(size);
  const nd = shape.length;
  const idx = new Array<number>(nd).fill(0);
  for (let o = 0; o < size; o += nch) {
    let s = 0;
    for (let k = 0; k < nd; k++) s = s * shape[k] + idx[k] + pad;
    s *= nch;
    for (let c = 0; c < nch; c++) out[o + c] = data[s + c];
    for (let k = nd - 1; k >= 0; k--) {
      if (++idx[k] < inner[k]) break;
      idx[k] = 0;
    }
  }
  return out;
}

/** Fast mode, 2-D: one integral image of squared differences per shift (t_row, t_col >= 0). */
export function fastNlMeans2d(img: Float64Array, rows: number, cols: number, nch: number, s: number, d: number, h: number, variance: number): Float64Array {
  if (s % 2 === 0) s += 1;
  const offset = s >> 1;
  const pad = offset + d + 1;
  const { data: padded, shape } = padReflect(img, [rows, cols], nch, pad);
  const [nRow, nCol] = shape;
  const weights = filledFloat64(nRow * nCol);
  const integral = filledFloat64(nRow * nCol);
  const result = filledFloat64(nRow * nCol * nch);
  // SIMD adds a masked-off weight as 0 where the scalar loop skips it: the same only for finite values
  const simd = nch === 1 && allFinite(padded);
  const h2s2 = nch * h * h * s * s;
  const varDiff = nch * (2 * variance);
  for (let tRow = -d; tRow <= d; tRow++) {
    const rowStart = Math.max(offset, offset - tRow);
    const rowEnd = Math.min(nRow - offset, nRow - offset - tRow);
    for (let tCol = 0; tCol <= d; tCol++) {
      const alpha = tCol === 0 ? 0.5 : 1;
      // integral image of the squared difference with the shifted image
      const iStart = Math.max(1, -tRow);
      const iEnd = Math.min(nRow, nRow - tRow);
      const shift = (tRow * nCol + tCol) * nch;
      if (nch === 1) {
        // each integral row just before the first patch row that needs it: the rows in use stay in cache
        let done = iStart;
        for (let row = rowStart; row < rowEnd; row++) {
          const need = Math.min(row + offset + 1, iEnd);
          if (need > done) {
            integralGrey(padded, integral, nCol, done, need, tCol, shift, varDiff);
            done = need;
          }
          accumulateGreyRow(padded, integral, weights, result, nCol, row, offset, tRow, tCol, alpha, h2s2, simd);
        }
        if (done < iEnd) integralGrey(padded, integral, nCol, done, iEnd, tCol, shift, varDiff);
        continue;
      }
      integralColour(padded, integral, nCol, nch, iStart, iEnd, tCol, shift, varDiff);
      for (let row = rowStart; row < rowEnd; row++) {
        const up = (row - offset) * nCol;
        const down = (row + offset) * nCol;
        for (let col = offset; col < nCol - offset - tCol; col++) {
          const raw = integral[down + col + offset] + integral[up + col - offset] - integral[up + col + offset] - integral[down + col - offset];
          const distance = Math.max(raw, 0) / h2s2;
          if (distance > DISTANCE_CUTOFF) continue;
          const weight = alpha * fastExp(-distance);
          const k = row * nCol + col;
          const k2 = (row + tRow) * nCol + col + tCol;
          weights[k] += weight;
          weights[k2] += weight;
          if (nch === 1) {
            result[k] += weight * padded[k2];
            result[k2] += weight * padded[k];
          } else {
            for (let c = 0; c < nch; c++) {
              result[k * nch + c] += weight * padded[k2 * nch + c];
              result[k2 * nch + c] += weight * padded[k * nch + c];
            }
          }
        }
      }
    }
  }
  for (let row = pad; row < nRow - pad; row++) {
    for (let col = pad; col < nCol - pad; col++) {
      const k = row * nCol + col;
      for (let c = 0; c < nch; c++) result[k * nch + c] /= weights[k];
    }
  }
  const out = crop(result, shape, nch, pad);
  releaseScratch(padded, weights, integral, result);
  return out;
}

function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

/** fastNlMeans2d's weighted sums for one patch row and one shift, grey images. */
function accumulateGreyRow(
  padded: Float64Array, integral: Float64Array, weights: Float64Array, result: Float64Array,
  nCol: number, row: number, offset: number, tRow: number, tCol: number, alpha: number, h2s2: number, simd: boolean,
): void {
  const up = (row - offset) * nCol;
  const down = (row + offset) * nCol;
  const base = row * nCol;
  const base2 = (row + tRow) * nCol + tCol;
  const colEnd = nCol - offset - tCol;
  const done = simd ? accumulateGreyRowSimd(padded, integral, weights, result, up, down, base, base2, offset, colEnd - offset, offset, alpha, h2s2) : 0;
  for (let col = offset + done; col < colEnd; col++) {
    const raw = integral[down + col + offset] + integral[up + col - offset] - integral[up + col + offset] - integral[down + col - offset];
    const distance = Math.max(raw, 0) / h2s2;
    if (distance > DISTANCE_CUTOFF) continue;
    const weight = alpha * fastExp(-distance);
    const k = base + col;
    const k2 = base2 + col;
    weights[k] += weight;
    weights[k2] += weight;
    result[k] += weight * padded[k2];
    result[k2] += weight * padded[k];
  }
}

/** The integral image of (padded - padded shifted)^2 - varDiff over rows [iStart, iEnd), grey images. */
function integralGrey(padded: Float64Array, integral: Float64Array, nCol: number, iStart: number, iEnd: number, tCol: number, shift: number, varDiff: number): void {
  for (let row = iStart; row < iEnd; row++) {
    let k = row * nCol + 1;
    // the running value stays in a register: reading it back would wait on the store
    let left = integral[k - 1];
    for (let col = 1; col < nCol - tCol; col++, k++) {
      const t = padded[k] - padded[k + shift];
      left = t * t - varDiff + integral[k - nCol] + left - integral[k - nCol - 1];
      integral[k] = left;
    }
  }
}

/** integralGrey for nch channels (squared differences summed over the channels). */
function integralColour(
  padded: Float64Array, integral: Float64Array, nCol: number, nch: number, iStart: number, iEnd: number, tCol: number, shift: number, varDiff: number,
): void {
  for (let row = iStart; row < iEnd; row++) {
    for (let col = 1; col < nCol - tCol; col++) {
      const p = (row * nCol + col) * nch;
      let dist = 0;
      for (let c = 0; c < nch; c++) {
        const t = padded[p + c] - padded[p + shift + c];
        dist += t * t;
      }
      dist -= varDiff;
      const k = row * nCol + col;
      integral[k] = dist + integral[k - nCol] + integral[k - 1] - integral[k - nCol - 1];
    }
  }
}

/** Fast mode, 3-D: as fastNlMeans2d with shifts over planes, rows and (non-negative) columns. */
export function fastNlMeans3d(
  img: Float64Array, pln: number, rows: number, cols: number, nch: number, s: number, d: number, h: number, variance: number,
): Float64Array {
  if (s % 2 === 0) s += 1;
  const offset = s >> 1;
  const pad = offset + d + 1;
  const { data: padded, shape } = padReflect(img, [pln, rows, cols], nch, pad);
  const [nPln, nRow, nCol] = shape;
  const plane = nRow * nCol;
  const weights = new Float64Array(nPln * plane);
  const integral = new Float64Array(nPln * plane);
  const result = new Float64Array(nPln * plane * nch);
  const norm = nch * h * h * s * s * s;
  const varDiff = nch * (2 * variance);
  const at = (p: number, r: number, c: number): number => integral[p * plane + r * nCol + c];
  for (let tPln = -d; tPln <= d; tPln++) {
    const plnMin = Math.max(offset, offset - tPln);
    const plnMax = Math.min(nPln - offset, nPln - offset - tPln);
    for (let tRow = -d; tRow <= d; tRow++) {
      const rowMin = Math.max(offset, offset - tRow);
      const rowMax = Math.min(nRow - offset, nRow - offset - tRow);
      for (let tCol = 0; tCol <= d; tCol++) {
        const alpha = tCol === 0 ? 0.5 : 1;
        const shift = tPln * plane + tRow * nCol + tCol;
        for (let p = Math.max(1, -tPln); p < Math.min(nPln, nPln - tPln); p++) {
          for (let r = Math.max(1, -tRow); r < Math.min(nRow, nRow - tRow); r++) {
            for (let c = 1; c < nCol - tCol; c++) {
              const k = p * plane + r * nCol + c;
              let dist = 0;
              for (let ch = 0; ch < nch; ch++) {
                const t = padded[k * nch + ch] - padded[(k + shift) * nch + ch];
                dist += t * t;
              }
              dist -= varDiff;
              integral[k] = dist + integral[k - plane] + integral[k - nCol] + integral[k - 1] + integral[k - plane - nCol - 1]
                - integral[k - plane - nCol] - integral[k - nCol - 1] - integral[k - plane - 1];
            }
          }
        }
        for (let p = plnMin; p < plnMax; p++) {
          for (let r = rowMin; r < rowMax; r++) {
            for (let c = offset; c < nCol - offset - tCol; c++) {
              const o = offset;
              const raw = at(p + o, r + o, c + o) - at(p - o, r - o, c - o) + at(p - o, r - o, c + o) + at(p - o, r + o, c - o)
                + at(p + o, r - o, c - o) - at(p - o, r + o, c + o) - at(p + o, r - o, c + o) - at(p + o, r + o, c - o);
              const distance = Math.max(raw, 0) / norm;
              if (distance > DISTANCE_CUTOFF) continue;
              const weight = alpha * fastExp(-distance);
              const k = p * plane + r * nCol + c;
              const k2 = k + shift;
              weights[k] += weight;
              weights[k2] += weight;
              for (let ch = 0; ch < nch; ch++) {
                result[k * nch + ch] += weight * padded[k2 * nch + ch];
                result[k2 * nch + ch] += weight * padded[k * nch + ch];
              }
            }
          }
        }
      }
    }
  }
  for (let p = offset; p < nPln - offset; p++) {
    for (let r = offset; r < nRow - offset; r++) {
      for (let c = offset; c < nCol - offset; c++) {
        const k = p * plane + r * nCol + c;
        for (let ch = 0; ch < nch; ch++) result[k * nch + ch] /= weights[k];
      }
    }
  }
  return crop(result, shape, nch, pad);
}

/** Gaussian patch weights exp(-|x|^2 / (2 A^2)), A = (s - 1) / 4, normalised to sum 1 / (nch h^2). */
function patchWeights(s: number, ndim: number, nch: number, h: number): Float64Array {
  const offset = s >> 1;
  const a = (s - 1) / 4;
  const w = new Float64Array(s ** ndim);
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    let r2 = 0;
    for (let k = 0, rest = i; k < ndim; k++, rest = Math.floor(rest / s)) {
      const x = (rest % s) - offset;
      r2 += x * x;
    }
    w[i] = Math.exp(-r2 / (2 * a * a));
    sum += w[i];
  }
  const scale = 1 / (nch * sum * h * h);
  for (let i = 0; i < w.length; i++) w[i] *= scale;
  return w;
}

/** Slow mode, 2-D: every patch in the search window compared pixel by pixel (rows cut off early). */
export function slowNlMeans2d(img: Float64Array, rows: number, cols: number, nch: number, s: number, d: number, h: number, variance: number): Float64Array {
  if (s % 2 === 0) s += 1;
  const offset = s >> 1;
  const { data: padded, shape } = padReflect(img, [rows, cols], nch, offset);
  const pCols = shape[1];
  const w = patchWeights(s, 2, nch, h);
  const var2 = 2 * variance;
  const out = new Float64Array(rows * cols * nch);
  const values = new Float64Array(nch);
  for (let row = 0; row < rows; row++) {
    const iStart = row - Math.min(d, row);
    const iEnd = row + Math.min(d + 1, rows - row);
    for (let col = 0; col < cols; col++) {
      values.fill(0);
      let weightSum = 0;
      const jStart = col - Math.min(d, col);
      const jEnd = col + Math.min(d + 1, cols - col);
      for (let i = iStart; i < iEnd; i++) {
        for (let j = jStart; j < jEnd; j++) {
          let distance = 0;
          let weight = -1;
          for (let a = 0; a < s && weight < 0; a++) {
            if (distance > DISTANCE_CUTOFF) weight = 0;
            else {
              const p1 = ((row + a) * pCols + col) * nch;
              const p2 = ((i + a) * pCols + j) * nch;
              for (let b = 0; b < s; b++) {
                const wt = w[a * s + b];
                for (let c = 0; c < nch; c++) {
                  const t = padded[p1 + b * nch + c] - padded[p2 + b * nch + c];
                  distance += wt * (t * t - var2);
                }
              }
            }
          }
          if (weight < 0) weight = fastExp(-Math.max(0, distance));
          weightSum += weight;
          const centre = ((i + offset) * pCols + j + offset) * nch;
          for (let c = 0; c < nch; c++) values[c] += weight * padded[centre + c];
        }
      }
      const o = (row * cols + col) * nch;
      for (let c = 0; c < nch; c++) out[o + c] = values[c] / weightSum;
    }
  }
  return out;
}

/** Slow mode, 3-D grey images. */
export function slowNlMeans3d(img: Float64Array, pln: number, rows: number, cols: number, s: number, d: number, h: number, variance: number): Float64Array {
  if (s % 2 === 0) s += 1;
  const offset = s >> 1;
  const { data: padded, shape } = padReflect(img, [pln, rows, cols], 1, offset);
  const [, pRows, pCols] = shape;
  const pPlane = pRows * pCols;
  const w = patchWeights(s, 3, 1, h);
  const var2 = 2 * variance;
  const out = new Float64Array(pln * rows * cols);
  for (let p = 0; p < pln; p++) {
    const iStart = p - Math.min(d, p);
    const iEnd = p + Math.min(d + 1, pln - p);
    for (let row = 0; row < rows; row++) {
      const jStart = row - Math.min(d, row);
      const jEnd = row + Math.min(d + 1, rows - row);
      for (let col = 0; col < cols; col++) {
        const kStart = col - Math.min(d, col);
        const kEnd = col + Math.min(d + 1, cols - col);
        let value = 0;
        let weightSum = 0;
        for (let i = iStart; i < iEnd; i++) {
          for (let j = jStart; j < jEnd; j++) {
            for (let k = kStart; k < kEnd; k++) {
              let distance = 0;
              let weight = -1;
              for (let a = 0; a < s && weight < 0; a++) {
                if (distance > DISTANCE_CUTOFF) weight = 0;
                else {
                  for (let b = 0; b < s; b++) {
                    const q1 = (p + a) * pPlane + (row + b) * pCols + col;
                    const q2 = (i + a) * pPlane + (j + b) * pCols + k;
                    for (let c = 0; c < s; c++) {
                      const t = padded[q1 + c] - padded[q2 + c];
                      distance += w[(a * s + b) * s + c] * (t * t - var2);
                    }
                  }
                }
              }
              if (weight < 0) weight = fastExp(-Math.max(0, distance));
              weightSum += weight;
              value += weight * padded[(i + offset) * pPlane + (j + offset) * pCols + k + offset];
            }
          }
        }
        out[(p * rows + row) * cols + col] = value / weightSum;
      }
    }
  }
  return out;
}
