/**
 * Neighbour-pattern histograms of 2-D binary images, computed in one pass instead of through a
 * padded copy and a convolution: the 2x2 configuration codes of euler_number and
 * perimeter_crofton, and the 3x3 border codes of perimeter.
 */
import { contiguousStorage } from "../../np/contiguous";
import { NDArray } from "../../np/ndarray";

/**
 * The image > 0 with two zero rows and columns before it and one after, so every padded
 * position's 2x2 window (itself, left, up, up-left) is inside the array.
 */
function shiftedMask(img: NDArray): { q: Uint8Array; stride: number } {
  const [h, w] = img.shape;
  const v = contiguousStorage(img);
  const stride = w + 3;
  const q = new Uint8Array((h + 3) * stride);
  for (let r = 0; r < h; r++) {
    const from = r * w;
    const to = (r + 2) * stride + 2;
    for (let c = 0; c < w; c++) q[to + c] = v[from + c] > 0 ? 1 : 0;
  }
  return { q, stride };
}

/**
 * np.bincount of convolve(pad(image > 0, 1), [[0, 0, 0], [0, 1, 4], [0, 2, 8]]) (mode
 * 'constant'): 16 counts of the codes P + 4 P_left + 2 P_up + 8 P_upleft.
 */
export function configHistogram2d(img: NDArray): number[] {
  const [h, w] = img.shape;
  const { q, stride } = shiftedMask(img);
  const counts = new Float64Array(16);
  for (let r = 0; r < h + 2; r++) {
    const row = (r + 1) * stride + 1;
    for (let c = 0; c < w + 2; c++) {
      const i = row + c;
      counts[q[i] + 4 * q[i - 1] + 2 * q[i - stride] + 8 * q[i - stride - 1]]++;
    }
  }
  return Array.from(counts);
}

/**
 * perimeter's code histogram of a 0/1 image: border = image and not its erosion (4- or
 * 8-neighbourhood, zeros outside), then convolve(border, [[10, 2, 10], [2, 1, 2], [10, 2, 10]])
 * (zeros outside), counted in 50 bins.
 */
export function borderCodeHistogram(mask: ArrayLike<number>, h: number, w: number, eightNeighbours: boolean): number[] {
  // one zero ring around the image keeps every 3x3 window inside
  const stride = w + 2;
  const m = new Uint8Array((h + 2) * stride);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) m[(r + 1) * stride + c + 1] = mask[r * w + c] ? 1 : 0;
  const border = new Uint8Array(m.length);
  for (let r = 1; r <= h; r++) {
    for (let c = 1; c <= w; c++) {
      const i = r * stride + c;
      if (!m[i]) continue;
      let inside = m[i - 1] & m[i + 1] & m[i - stride] & m[i + stride];
      if (eightNeighbours) inside &= m[i - stride - 1] & m[i - stride + 1] & m[i + stride - 1] & m[i + stride + 1];
      border[i] = inside ? 0 : 1;
    }
  }
  const counts = new Float64Array(50);
  for (let r = 1; r <= h; r++) {
    for (let c = 1; c <= w; c++) {
      const i = r * stride + c;
      const edges = border[i - 1] + border[i + 1] + border[i - stride] + border[i + stride];
      const corners = border[i - stride - 1] + border[i - stride + 1] + border[i + stride - 1] + border[i + stride + 1];
      counts[border[i] + 2 * edges + 10 * corners]++;
    }
  }
  return Array.from(counts);
}
