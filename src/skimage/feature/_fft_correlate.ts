/**
 * Valid-mode 2-D correlation by FFT, for match_template's large templates where a direct sum
 * would cost image x template multiplications (scikit-image correlates by FFT too, through
 * scipy.signal.fftconvolve's real transforms). The image is cut into overlapping square tiles
 * of a power-of-two side (overlap-save), which np.fft's radix-4 plans handle fastest. Each
 * tile is transformed as real data: two rows share one complex row transform and their half
 * spectra are separated, so the column transforms run over T / 2 + 1 columns only; the
 * inverse puts two rows' Hermitian spectra into one complex transform again.
 */
import { planFor, type FftPlan } from "../../np/fft/plan";
import { releaseScratch, uninitFloat64 } from "../_internal/scratch";

/**
 * out[y, x] = sum over (u, v) of img[y + offY + u, x + offX + v] * tpl[u, v] for an oh x ow
 * output (img is H x W, zero outside), into out.
 */
export function fftCorrelate2d(img: Float64Array, H: number, W: number, tpl: Float64Array, th: number, tw: number, oh: number, ow: number, offY: number, offX: number, out: Float64Array): void {
  if (oh <= 0 || ow <= 0) return;
  const T = tileSide(th, tw, oh, ow);
  const fft = new RealTileFft(T);
  const validY = T - th + 1;
  const validX = T - tw + 1;
  // the template flipped (correlation as convolution), transformed once
  const flipped = new Float64Array(th * tw);
  for (let u = 0; u < th; u++) for (let v = 0; v < tw; v++) flipped[(th - 1 - u) * tw + (tw - 1 - v)] = tpl[u * tw + v];
  const kernel = uninitFloat64(fft.spec.length);
  fft.forward(flipped, th, tw, 0, 0);
  kernel.set(fft.spec);
  const scale = 1 / (T * T);
  const spec = fft.spec;
  for (let y0 = 0; y0 < oh; y0 += validY) {
    const ny = Math.min(validY, oh - y0);
    for (let x0 = 0; x0 < ow; x0 += validX) {
      const nx = Math.min(validX, ow - x0);
      fft.forward(img, H, W, y0 + offY, x0 + offX);
      for (let i = 0; i < spec.length; i += 2) {
        const ar = spec[i], ai = spec[i + 1], br = kernel[i], bi = kernel[i + 1];
        spec[i] = ar * br - ai * bi;
        spec[i + 1] = ar * bi + ai * br;
      }
      fft.inverse(th - 1, ny, (r, row) => {
        const to = (y0 + r - (th - 1)) * ow + x0;
        for (let c = 0; c < nx; c++) out[to + c] = row[2 * (tw - 1 + c)] * scale;
      });
    }
  }
  fft.release();
  releaseScratch(kernel);
}

/** Transform work (row and column FFTs x T log T) of `tiles` tiles of side T, the template's included. */
function transformCost(T: number, tiles: number, th: number, rowsOut: number): number {
  const columns = T / 2 + 1;
  const perTile = T / 2 + 2 * columns + Math.ceil(rowsOut / 2);
  return (tiles * perTile + Math.ceil(th / 2) + columns) * T * Math.log2(T);
}

/** The power-of-two tile side with the least transform work for this output. */
function tileSide(th: number, tw: number, oh: number, ow: number): number {
  let best = 0;
  let bestCost = Infinity;
  let T = 4;
  while (T < th || T < tw) T *= 2;
  const largest = Math.max(oh + th - 1, ow + tw - 1);
  for (; ; T *= 2) {
    const validY = T - th + 1;
    const tiles = Math.ceil(oh / validY) * Math.ceil(ow / (T - tw + 1));
    const cost = transformCost(T, tiles, th, Math.min(validY, oh));
    if (cost < bestCost) {
      bestCost = cost;
      best = T;
    }
    if (T >= largest) break;
  }
  return best;
}

/**
 * 2-D transforms of real T x T tiles. `spec` holds a tile's spectrum as T / 2 + 1 rows (the
 * non-negative frequencies along x) of T complex values (all frequencies along y).
 */
class RealTileFft {
  readonly spec: Float64Array;
  private readonly plan: FftPlan;
  private readonly columns: number;
  /** the row spectra, T rows of T / 2 + 1 pairs */
  private readonly half: Float64Array;
  private readonly pack: Float64Array;
  private readonly res: Float64Array;
  /** a zero half spectrum, the partner of an unpaired last row */
  private readonly zeroRow: Float64Array;

  constructor(private readonly T: number) {
    this.plan = planFor(T);
    this.columns = T / 2 + 1;
    // every element is written before it is read
    this.spec = uninitFloat64(2 * this.columns * T);
    this.half = uninitFloat64(2 * T * this.columns);
    this.pack = new Float64Array(2 * T);
    this.res = new Float64Array(2 * T);
    this.zeroRow = new Float64Array(2 * this.columns);
  }

  /** spec = the spectrum of the T x T block of src (H x W, zero outside) at (r0, c0). */
  forward(src: Float64Array, H: number, W: number, r0: number, c0: number): void {
    const { T, columns, half, pack, res, plan } = this;
    const rows = Math.max(0, Math.min(T, H - r0));
    const cols = Math.max(0, Math.min(T, W - c0));
    const cw = 2 * columns;
    half.fill(0, 2 * Math.ceil(rows / 2) * cw);
    for (let r = 0; r < rows; r += 2) {
      // row r in the real parts, row r + 1 in the imaginary parts
      if (cols < T) pack.fill(0);
      const a = (r0 + r) * W + c0;
      for (let c = 0; c < cols; c++) pack[2 * c] = src[a + c];
      if (r + 1 < rows) {
        const b = a + W;
        for (let c = 0; c < cols; c++) pack[2 * c + 1] = src[b + c];
      } else {
        for (let c = 0; c < cols; c++) pack[2 * c + 1] = 0;
      }
      plan.run(pack, 0, res, 0, false);
      // X_a[k] = (Z[k] + conj Z[-k]) / 2, X_b[k] = (Z[k] - conj Z[-k]) / 2i
      const ha = r * cw;
      const hb = ha + cw;
      const second = r + 1 < rows;
      for (let k = 0; k < columns; k++) {
        const j = k === 0 ? 0 : T - k;
        const zr = res[2 * k], zi = res[2 * k + 1], wr = res[2 * j], wi = res[2 * j + 1];
        half[ha + 2 * k] = (zr + wr) / 2;
        half[ha + 2 * k + 1] = (zi - wi) / 2;
        half[hb + 2 * k] = second ? (zi + wi) / 2 : 0;
        half[hb + 2 * k + 1] = second ? (wr - zr) / 2 : 0;
      }
    }
    transposePairs(half, T, columns, this.spec, 0, columns);
    for (let k = 0; k < columns; k++) this.rowFft(this.spec, k, false);
  }

  /**
   * The inverse of spec (unnormalised), calling `emit(r, row)` for rows first .. first + count
   * - 1 with the row's values in row[2 c].
   */
  inverse(first: number, count: number, emit: (r: number, row: Float64Array) => void): void {
    const { T, columns, half, pack, res, plan } = this;
    for (let k = 0; k < columns; k++) this.rowFft(this.spec, k, true);
    const last = first + count;
    transposePairs(this.spec, columns, T, half, first, last);
    const cw = 2 * columns;
    const h = T / 2;
    for (let r = first; r < last; r += 2) {
      // Z = A + i B over all frequencies, A and B Hermitian; the imaginary parts at 0 and
      // T / 2 do not count, as in a complex-to-real transform
      const ha = r * cw;
      const paired = r + 1 < last;
      const B = paired ? half : this.zeroRow;
      const hb = paired ? ha + cw : 0;
      pack[0] = half[ha];
      pack[1] = B[hb];
      pack[T] = half[ha + T];
      pack[T + 1] = B[hb + T];
      for (let k = 1; k < h; k++) {
        const ar = half[ha + 2 * k], ai = half[ha + 2 * k + 1];
        const br = B[hb + 2 * k], bi = B[hb + 2 * k + 1];
        pack[2 * k] = ar - bi;
        pack[2 * k + 1] = ai + br;
        pack[2 * (T - k)] = ar + bi;
        pack[2 * (T - k) + 1] = br - ai;
      }
      plan.run(pack, 0, res, 0, true);
      emit(r, res);
      if (paired) {
        // row r + 1 is in the imaginary parts: shift them into the even slots
        for (let c = 0; c < T; c++) pack[2 * c] = res[2 * c + 1];
        emit(r + 1, pack);
      }
    }
  }

  /** Gives the large buffers back: the object is unusable afterwards. */
  release(): void {
    releaseScratch(this.spec, this.half);
  }

  private rowFft(grid: Float64Array, k: number, inverse: boolean): void {
    const at = 2 * k * this.T;
    this.plan.run(grid, k * this.T, this.res, 0, inverse);
    grid.set(this.res, at);
  }
}

/**
 * dst[c, r] = src[r, c] for the columns c in [from, to) of src (rows x cols complex pairs);
 * dst has rows columns. Blocked, so both sides stay in cache.
 */
function transposePairs(src: Float64Array, rows: number, cols: number, dst: Float64Array, from: number, to: number): void {
  const B = 16;
  for (let r0 = 0; r0 < rows; r0 += B) {
    const r1 = Math.min(rows, r0 + B);
    for (let c0 = from; c0 < to; c0 += B) {
      const c1 = Math.min(to, c0 + B);
      for (let c = c0; c < c1; c++) {
        let j = 2 * (c * rows + r0);
        for (let r = r0; r < r1; r++, j += 2) {
          const i = 2 * (r * cols + c);
          dst[j] = src[i];
          dst[j + 1] = src[i + 1];
        }
      }
    }
  }
}
