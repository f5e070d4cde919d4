/**
 * blob_doh's helpers: the integral image (cumulative sums down the rows, then along them) and
 * scikit-image's box-filter approximation of the Hessian determinant at one sigma.
 */
import { uninitFloat64 } from "../_internal/scratch";

/** Cumulative sums along axis 0 then axis 1, as transform.integral_image computes them. */
export function integralImage(values: Float64Array, rows: number, cols: number): Float64Array {
  const out = uninitFloat64(values.length);
  out.set(values);
  for (let r = 1; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] += out[(r - 1) * cols + c];
  for (let r = 0; r < rows; r++) for (let c = 1; c < cols; c++) out[r * cols + c] += out[r * cols + c - 1];
  return out;
}

/** Box sum from (r, c) clipped into the image to (r + rl, c + cl) from there, clipped; negatives read as 0. */
function clip(x: number, hi: number): number {
  return x > hi ? hi : x < 0 ? 0 : x;
}

function integ(img: Float64Array, rows: number, cols: number, r: number, c: number, rl: number, cl: number): number {
  const r1 = clip(r, rows - 1);
  const c1 = clip(c, cols - 1);
  const r2 = clip(r1 + rl, rows - 1);
  const c2 = clip(c1 + cl, cols - 1);
  const ans = img[r1 * cols + c1] + img[r2 * cols + c2] - img[r1 * cols + c2] - img[r2 * cols + c1];
  return ans > 0 ? ans : 0;
}

/** integ() for a box whose corners all lie inside: `a` is the flat index of its first corner. */
function box(img: Float64Array, cols: number, a: number, rl: number, cl: number): number {
  const b = a + rl * cols;
  const ans = img[a] + img[b + cl] - img[a + cl] - img[b];
  return ans > 0 ? ans : 0;
}

/** _hessian_matrix_det(img, sigma) on an integral image. */
export function hessianDeterminant(img: Float64Array, rows: number, cols: number, sigma: number): Float64Array {
  const size = Math.trunc(3 * sigma);
  const s2 = Math.floor((size - 1) / 2);
  const s3 = Math.floor(size / 3);
  const w = size;
  const wi = 1.0 / size / size;
  const half = Math.floor(s3 / 2);
  const out = uninitFloat64(rows * cols);
  // rows and columns where no box corner needs clipping: the same sums without the clips
  const lo = Math.max(s3, s2, half, s3 - 1, 0);
  const hi = Math.max(s3 + 1, w - s2, s3 - half, s3);
  // each box's first corner at a fixed offset from the pixel's flat index
  const at = (y: number, x: number): number => y * cols + x;
  const oTl = at(-s3, -s3);
  const oBr = at(1, 1);
  const oBl = at(-s3, 1);
  const oTr = at(1, -s3);
  const oMidX = at(1 - s3, -s2);
  const oSideX = at(1 - s3, -half);
  const oMidY = at(-s2, 1 - s3);
  const oSideY = at(-half, 1 - s3);
  for (let r = lo; r + hi <= rows - 1; r++) {
    for (let c = lo, p = r * cols + lo; c + hi <= cols - 1; c++, p++) {
      const tl = box(img, cols, p + oTl, s3, s3);
      const br = box(img, cols, p + oBr, s3, s3);
      const bl = box(img, cols, p + oBl, s3, s3);
      const tr = box(img, cols, p + oTr, s3, s3);
      let dxy = bl + tr - tl - br;
      dxy = -dxy * wi;
      let mid = box(img, cols, p + oMidX, 2 * s3 - 1, w);
      let side = box(img, cols, p + oSideX, 2 * s3 - 1, s3);
      let dxx = mid - 3 * side;
      dxx = -dxx * wi;
      mid = box(img, cols, p + oMidY, w, 2 * s3 - 1);
      side = box(img, cols, p + oSideY, s3, 2 * s3 - 1);
      let dyy = mid - 3 * side;
      dyy = -dyy * wi;
      out[p] = dxx * dyy - 0.81 * (dxy * dxy);
    }
  }
  for (let r = 0; r < rows; r++) {
    const interiorRow = r >= lo && r + hi <= rows - 1;
    for (let c = 0; c < cols; c++) {
      if (interiorRow && c >= lo && c + hi <= cols - 1) continue;
      const tl = integ(img, rows, cols, r - s3, c - s3, s3, s3);
      const br = integ(img, rows, cols, r + 1, c + 1, s3, s3);
      const bl = integ(img, rows, cols, r - s3, c + 1, s3, s3);
      const tr = integ(img, rows, cols, r + 1, c - s3, s3, s3);
      let dxy = bl + tr - tl - br;
      dxy = -dxy * wi;
      let mid = integ(img, rows, cols, r - s3 + 1, c - s2, 2 * s3 - 1, w);
      let side = integ(img, rows, cols, r - s3 + 1, c - half, 2 * s3 - 1, s3);
      let dxx = mid - 3 * side;
      dxx = -dxx * wi;
      mid = integ(img, rows, cols, r - s2, c - s3 + 1, w, 2 * s3 - 1);
      side = integ(img, rows, cols, r - half, c - s3 + 1, s3, 2 * s3 - 1);
      let dyy = mid - 3 * side;
      dyy = -dyy * wi;
      out[r * cols + c] = dxx * dyy - 0.81 * (dxy * dxy);
    }
  }
  return out;
}
