/**
 * Valid-mode 2-D correlation by FFT, for match_template's large templates where a direct sum
 * would cost image x template multiplications (scikit-image correlates by FFT too, through
 * scipy.signal.fftconvolve). The image is cut into overlapping square tiles of a power-of-two
 * side (overlap-save), which the radix-4 transforms handle fastest; two real tiles share one
 * complex transform (one in the real part, one in the imaginary part), and since the template
 * spectrum multiplies both, the inverse transform gives the two results in the same parts.
 */
import { planFor, type FftPlan } from "../../np/fft/plan";

/**
 * out[y, x] = sum over (u, v) of img[y + off + u, x + off + v] * tpl[u, v] for an oh x ow
 * output (img is H x W, zero outside).
 */
export function fftCorrelate2d(img: Float64Array, H: number, W: number, tpl: Float64Array, th: number, tw: number, oh: number, ow: number, off: number): Float64Array {
  const out = new Float64Array(oh * ow);
  if (oh <= 0 || ow <= 0) return out;
  const T = tileSide(th, tw, oh, ow);
  const plan = planFor(T);
  const validY = T - th + 1;
  const validX = T - tw + 1;
  const grid = new Float64Array(2 * T * T);
  const work = new Float64Array(2 * T * T);
  const row = new Float64Array(2 * T);
  // the template flipped (correlation as convolution), transformed once; kept transposed, as
  // the tiles' spectra are
  const kernel = new Float64Array(2 * T * T);
  for (let u = 0; u < th; u++) for (let v = 0; v < tw; v++) kernel[2 * ((th - 1 - u) * T + (tw - 1 - v))] = tpl[u * tw + v];
  forward(kernel, work, T, th, plan, row);
  kernel.set(work);
  const tiles: number[] = [];
  for (let y0 = 0; y0 < oh; y0 += validY) for (let x0 = 0; x0 < ow; x0 += validX) tiles.push(y0, x0);
  const scale = 1 / (T * T);
  for (let t = 0; t < tiles.length; t += 4) {
    const pair = t + 2 < tiles.length;
    grid.fill(0);
    let rows = loadTile(img, H, W, tiles[t] + off, tiles[t + 1] + off, grid, T, 0);
    if (pair) rows = Math.max(rows, loadTile(img, H, W, tiles[t + 2] + off, tiles[t + 3] + off, grid, T, 1));
    forward(grid, work, T, rows, plan, row);
    for (let i = 0; i < work.length; i += 2) {
      const ar = work[i], ai = work[i + 1], br = kernel[i], bi = kernel[i + 1];
      work[i] = ar * br - ai * bi;
      work[i + 1] = ar * bi + ai * br;
    }
    // inverse: the columns (rows of the transposed spectrum), then only the rows read out
    for (let r = 0; r < T; r++) rowFft(work, r, T, plan, row, true);
    transpose(work, grid, T);
    const needed = Math.min(validY, oh - tiles[t]);
    for (let r = 0; r < needed; r++) rowFft(grid, th - 1 + r, T, plan, row, true);
    for (let part = 0; part < (pair ? 2 : 1); part++) {
      const y0 = tiles[t + 2 * part];
      const x0 = tiles[t + 2 * part + 1];
      const ny = Math.min(validY, oh - y0);
      const nx = Math.min(validX, ow - x0);
      for (let r = 0; r < ny; r++) {
        const from = 2 * ((th - 1 + r) * T + tw - 1) + part;
        const to = (y0 + r) * ow + x0;
        for (let c = 0; c < nx; c++) out[to + c] = grid[from + 2 * c] * scale;
      }
    }
  }
  return out;
}

/**
 * The power-of-two tile side with the least transform work for this output: tiles x side^2
 * x log2(side), each tile giving side - template + 1 outputs along each axis.
 */
function tileSide(th: number, tw: number, oh: number, ow: number): number {
  let best = 0;
  let bestCost = Infinity;
  let T = 2;
  while (T < th || T < tw) T *= 2;
  const largest = Math.max(oh + th - 1, ow + tw - 1);
  for (; ; T *= 2) {
    const tiles = Math.ceil(oh / (T - th + 1)) * Math.ceil(ow / (T - tw + 1));
    const cost = Math.ceil(tiles / 2) * T * T * Math.log2(T);
    if (cost < bestCost) {
      bestCost = cost;
      best = T;
    }
    if (T >= largest) break;
  }
  return best;
}

/** Copies the T x T image block at (r0, c0) (zero outside the image) into the real (part 0) or imaginary (part 1) parts; returns the rows it filled. */
function loadTile(img: Float64Array, H: number, W: number, r0: number, c0: number, grid: Float64Array, T: number, part: number): number {
  const rows = Math.max(0, Math.min(T, H - r0));
  const cols = Math.max(0, Math.min(T, W - c0));
  for (let r = 0; r < rows; r++) {
    const from = (r0 + r) * W + c0;
    const to = 2 * r * T + part;
    for (let c = 0; c < cols; c++) grid[to + 2 * c] = img[from + c];
  }
  return rows;
}

/** 2-D forward FFT of `grid` (only its first `rows` rows non-zero) into `out`, transposed. */
function forward(grid: Float64Array, out: Float64Array, T: number, rows: number, plan: FftPlan, row: Float64Array): void {
  for (let r = 0; r < rows; r++) rowFft(grid, r, T, plan, row, false);
  transpose(grid, out, T);
  for (let r = 0; r < T; r++) rowFft(out, r, T, plan, row, false);
}

/** FFT of row r of a T x T grid of (re, im) pairs, in place. */
function rowFft(grid: Float64Array, r: number, T: number, plan: FftPlan, row: Float64Array, inverse: boolean): void {
  plan.run(grid, r * T, row, 0, inverse);
  grid.set(row, 2 * r * T);
}

/** dst = src transposed, for T x T grids of (re, im) pairs, in cache-sized blocks. */
function transpose(src: Float64Array, dst: Float64Array, T: number): void {
  const B = 16;
  for (let r0 = 0; r0 < T; r0 += B) {
    for (let c0 = 0; c0 < T; c0 += B) {
      const r1 = Math.min(T, r0 + B);
      const c1 = Math.min(T, c0 + B);
      for (let r = r0; r < r1; r++) {
        for (let c = c0; c < c1; c++) {
          const i = 2 * (r * T + c);
          const j = 2 * (c * T + r);
          dst[j] = src[i];
          dst[j + 1] = src[i + 1];
        }
      }
    }
  }
}
