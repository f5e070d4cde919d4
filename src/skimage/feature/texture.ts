/** `skimage.feature.local_binary_pattern` and `multiblock_lbp` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { KeyError } from "../_internal/errors";
import { gray2rgb } from "../color/gray";
import { img_as_float } from "../util/dtype";

const LBP = signature("skimage.feature.local_binary_pattern(image, P, R, method='default')", {
  types: { image: "array_like", P: "int", R: "float", method: "str" },
});
const MULTIBLOCK_LBP = signature("skimage.feature.multiblock_lbp(int_image, r, c, width, height)", {
  types: { int_image: "array_like", r: "int", c: "int", width: "int", height: "int" },
});

type LbpMethod = "default" | "ror" | "uniform" | "nri_uniform" | "var";
const METHODS: readonly string[] = ["default", "ror", "uniform", "nri_uniform", "var"];

/** Keyword arguments of local_binary_pattern. */
export interface LocalBinaryPatternOptions {
  method?: LbpMethod;
}

/** NumPy's round(x, 5): x * 1e5 rounded half to even, divided back. */
function round5(x: number): number {
  const y = x * 1e5;
  let r = Math.round(y);
  if (r - y === 0.5 && r % 2 !== 0) r -= 1;
  return r / 1e5;
}

/** A pixel, 0 outside the image (scikit-image's 'C' mode, cval 0). */
function pixel(img: Float64Array, rows: number, cols: number, y: number, x: number): number {
  return y < 0 || y >= rows || x < 0 || x >= cols ? 0 : img[y * cols + x];
}

/** Bilinear sample with 0 outside the image. */
function bilinear(img: Float64Array, rows: number, cols: number, r: number, c: number): number {
  const minr = Math.floor(r);
  const minc = Math.floor(c);
  const maxr = Math.ceil(r);
  const maxc = Math.ceil(c);
  const dr = r - minr;
  const dc = c - minc;
  const top = (1 - dc) * pixel(img, rows, cols, minr, minc) + dc * pixel(img, rows, cols, minr, maxc);
  const bottom = (1 - dc) * pixel(img, rows, cols, maxr, minc) + dc * pixel(img, rows, cols, maxr, maxc);
  return (1 - dr) * top + dr * bottom;
}

/**
 * For positions k + offset[i] along an axis of length n (k < n, i < P; entry k * P + i): the
 * floor, the ceiling and the fraction as bilinear() computes them, and whether every sample
 * of position k falls inside the axis.
 */
function axisTable(offset: Float64Array, n: number): { lo: Int32Array; hi: Int32Array; frac: Float64Array; inside: Uint8Array } {
  const P = offset.length;
  const lo = new Int32Array(n * P);
  const hi = new Int32Array(n * P);
  const frac = new Float64Array(n * P);
  const inside = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    let ok = 1;
    for (let i = 0; i < P; i++) {
      const x = k + offset[i];
      const f = Math.floor(x);
      const c = Math.ceil(x);
      lo[k * P + i] = f;
      hi[k * P + i] = c;
      frac[k * P + i] = x - f;
      if (f < 0 || c >= n) ok = 0;
    }
    inside[k] = ok;
  }
  return { lo, hi, frac, inside };
}

/** One pixel's code from its P thresholded neighbours (and their values, for 'var'). */
function code(bits: Uint8Array, texture: Float64Array, P: number, method: LbpMethod): number {
  if (method === "var") {
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < P; i++) {
      sum += texture[i];
      sq += texture[i] * texture[i];
    }
    const v = (sq - (sum * sum) / P) / P;
    return v !== 0 ? v : NaN;
  }
  if (method === "uniform" || method === "nri_uniform") {
    let changes = 0;
    for (let i = 0; i < P - 1; i++) if (bits[i] !== bits[i + 1]) changes++;
    if (method === "uniform") {
      if (changes > 2) return P + 1;
      let ones = 0;
      for (let i = 0; i < P; i++) ones += bits[i];
      return ones;
    }
    if (changes > 2) return P * (P - 1) + 2;
    let ones = 0;
    let firstOne = -1;
    let firstZero = -1;
    for (let i = 0; i < P; i++) {
      if (bits[i]) {
        ones++;
        if (firstOne === -1) firstOne = i;
      } else if (firstZero === -1) {
        firstZero = i;
      }
    }
    if (ones === 0) return 0;
    if (ones === P) return P * (P - 1) + 1;
    const rot = firstOne === 0 ? ones - firstZero : P - firstOne;
    return 1 + (ones - 1) * P + rot;
  }
  let lbp = 0;
  // powers of two by doubling: exact, and no Math.pow per bit
  for (let i = 0, weight = 1; i < P; i++, weight *= 2) if (bits[i]) lbp += weight;
  if (method === "ror") {
    let v = lbp;
    for (let i = 1; i < P; i++) {
      v = (v >>> 1) | ((v & 1) << (P - 1));
      if (v < lbp) lbp = v;
    }
  }
  return lbp;
}

/**
 * `skimage.feature.local_binary_pattern(image, P, R, method='default')`: each pixel's
 * pattern of P neighbours on a circle of radius R (bilinear samples, 0 outside the image),
 * as float64 codes. Methods: 'default', 'ror' (rotation invariant), 'uniform',
 * 'nri_uniform', 'var' (neighbour variance, NaN where it is 0).
 */
export function local_binary_pattern(image: NDArrayLike, P: number, R: number, ...rest: PyArgs<[method: LbpMethod, options: LocalBinaryPatternOptions], LocalBinaryPatternOptions>): NDArray;
export function local_binary_pattern(...args: unknown[]): NDArray {
  const b = LBP.bind(args);
  const img = asNDArray(b.image);
  if (img.size === 0) throw new ValueError("The parameter `image` cannot be an empty array");
  if (img.ndim !== 2) throw new ValueError("The parameter `image` must be a 2-dimensional array");
  const method = String(b.method).toLowerCase() as LbpMethod;
  if (!METHODS.includes(method)) throw new KeyError(`'${b.method}'`);
  const P: number = b.P;
  // scikit-image declares R a C float
  const R = Math.fround(b.R);
  const rp = new Float64Array(P);
  const cp = new Float64Array(P);
  for (let i = 0; i < P; i++) {
    const angle = (2 * Math.PI * i) / P;
    rp[i] = round5(-R * Math.sin(angle));
    cp[i] = round5(R * Math.cos(angle));
  }
  const [rows, cols] = img.shape;
  const values = readFloat64(img);
  const out = new Float64Array(rows * cols);
  const texture = new Float64Array(P);
  const bits = new Uint8Array(P);
  // Sample positions split by axis: column c + cp[i] depends on the column only, row r + rp[i]
  // on the row only, so floor, ceil and fraction are tabled once (the same sums and roundings
  // as a per-pixel bilinear call).
  const col = axisTable(cp, cols);
  const row = axisTable(rp, rows);
  for (let r = 0; r < rows; r++) {
    const rb = r * P;
    for (let c = 0; c < cols; c++) {
      const center = values[r * cols + c];
      const cb = c * P;
      if (row.inside[r] && col.inside[c]) {
        for (let i = 0; i < P; i++) {
          const top = row.lo[rb + i] * cols, bottom = row.hi[rb + i] * cols;
          const left = col.lo[cb + i], right = col.hi[cb + i];
          const dr = row.frac[rb + i], dc = col.frac[cb + i];
          const t = (1 - dc) * values[top + left] + dc * values[top + right];
          const u = (1 - dc) * values[bottom + left] + dc * values[bottom + right];
          const v = (1 - dr) * t + dr * u;
          texture[i] = v;
          bits[i] = v - center >= 0 ? 1 : 0;
        }
      } else {
        for (let i = 0; i < P; i++) {
          texture[i] = bilinear(values, rows, cols, r + rp[i], c + cp[i]);
          bits[i] = texture[i] - center >= 0 ? 1 : 0;
        }
      }
      out[r * cols + c] = code(bits, texture, P, method);
    }
  }
  return NDArray.fromStorage(out, [rows, cols], float64);
}
pyfunction(LBP, local_binary_pattern);

/** Sum of a float32 integral image over [r0, r1] x [c0, c1] (inclusive), in float32 steps. */
function integrate32(ii: Float32Array, cols: number, r0: number, c0: number, r1: number, c1: number): number {
  const f = Math.fround;
  let s = ii[r1 * cols + c1];
  if (r0 >= 1 && c0 >= 1) s = f(s + ii[(r0 - 1) * cols + c0 - 1]);
  if (r0 >= 1) s = f(s - ii[(r0 - 1) * cols + c1]);
  if (c0 >= 1) s = f(s - ii[r1 * cols + c0 - 1]);
  return s;
}

const RING_R = [-1, -1, -1, 0, 1, 1, 1, 0];
const RING_C = [-1, 0, 1, 1, 1, 0, -1, -1];

/**
 * `skimage.feature.multiblock_lbp(int_image, r, c, width, height)`: the 8-bit multi-block LBP
 * code of the 3x3 grid of (height, width) blocks whose top-left block starts at (r, c), read
 * from an integral image; bit 7 is the top-left block, clockwise.
 */
export function multiblock_lbp(int_image: NDArrayLike, r: number, c: number, width: number, height: number): number;
export function multiblock_lbp(...args: unknown[]): number {
  const b = MULTIBLOCK_LBP.bind(args);
  const img = asNDArray(b.int_image, "int_image");
  const cr = b.r + b.height;
  const cc = b.c + b.width;
  const block = blockCorners(img, b.r, b.c, b.width, b.height);
  if (block !== null) return lbpFromCorners(block);
  // scikit-image reads the integral image as float32
  const ii = Float32Array.from(readFloat64(img));
  const cols = img.shape[1];
  // the central sum is held in a C float
  const center = integrate32(ii, cols, cr, cc, cr + b.height - 1, cc + b.width - 1);
  let lbp = 0;
  for (let k = 0; k < 8; k++) {
    const rr = cr + RING_R[k] * b.height;
    const c2 = cc + RING_C[k] * b.width;
    const v = integrate32(ii, cols, rr, c2, rr + b.height - 1, c2 + b.width - 1);
    if (v >= center) lbp |= 1 << (7 - k);
  }
  return lbp;
}
pyfunction(MULTIBLOCK_LBP, multiblock_lbp);

/**
 * The 4x4 lattice of integral-image values, as float32, around the 3x3 blocks (row -1 and
 * column -1 of the lattice at index 0): read in place from a real 2-D array when every corner
 * lies inside it, else null.
 */
function blockCorners(img: NDArray, r: number, c: number, width: number, height: number): Float32Array | null {
  if (img.ndim !== 2 || img.dtype.kind === "c") return null;
  const [rows, cols] = img.shape;
  if (r < 1 || c < 1 || r - 1 + 3 * height >= rows || c - 1 + 3 * width >= cols) return null;
  const [s0, s1] = img.strides;
  const data = img.data as ArrayLike<number>;
  const out = new Float32Array(16);
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) out[4 * i + j] = Number(data[img.offset + (r - 1 + i * height) * s0 + (c - 1 + j * width) * s1]);
  }
  return out;
}

/** The code from the corner lattice of blockCorners, with integrate32's float32 sums. */
function lbpFromCorners(q: Float32Array): number {
  const f = Math.fround;
  const sum = (i: number, j: number) => f(f(f(q[4 * (i + 1) + j + 1] + q[4 * i + j]) - q[4 * i + j + 1]) - q[4 * (i + 1) + j]);
  const center = sum(1, 1);
  let lbp = 0;
  for (let k = 0; k < 8; k++) if (sum(1 + RING_R[k], 1 + RING_C[k]) >= center) lbp |= 1 << (7 - k);
  return lbp;
}

const DRAW_MULTIBLOCK_LBP = signature(
  "skimage.feature.draw_multiblock_lbp(image, r, c, width, height, lbp_code=0, color_greater_block=(1, 1, 1), color_less_block=(0, 0.69, 0.96), alpha=0.5)",
  {
    types: {
      image: "array_like", r: "int", c: "int", width: "int", height: "int", lbp_code: "int", color_greater_block: "sequence",
      color_less_block: "sequence", alpha: "float",
    },
  },
);

/** Keyword arguments of draw_multiblock_lbp. */
export interface DrawMultiblockLbpOptions {
  lbp_code?: number;
  color_greater_block?: readonly number[];
  color_less_block?: readonly number[];
  alpha?: number;
}

/**
 * `skimage.feature.draw_multiblock_lbp(image, r, c, width, height, lbp_code=0,
 * color_greater_block=(1, 1, 1), color_less_block=(0, 0.69, 0.96), alpha=0.5)`: the image as
 * float RGB with the 8 blocks around the centre block tinted by `alpha`: blocks whose bit of
 * `lbp_code` is set in color_greater_block, the others in color_less_block.
 */
export function draw_multiblock_lbp(image: NDArrayLike, r: number, c: number, width: number, height: number, ...rest: PyArgs<[
  lbp_code: number, color_greater_block: readonly number[], color_less_block: readonly number[], alpha: number, options: DrawMultiblockLbpOptions,
], DrawMultiblockLbpOptions>): NDArray;
export function draw_multiblock_lbp(...args: unknown[]): NDArray {
  const b = DRAW_MULTIBLOCK_LBP.bind(args);
  let img = asNDArray(b.image);
  if (img.ndim < 3) img = gray2rgb(img);
  const out = img_as_float(img, { force_copy: true });
  const single = out.dtype.name === "float32";
  const [rows, cols, channels] = out.shape;
  const data = out.data as Float32Array | Float64Array;
  const alpha: number = b.alpha;
  const keep = single ? Math.fround(1 - alpha) : 1 - alpha;
  const cr = b.r + b.height;
  const cc = b.c + b.width;
  for (let k = 0; k < 8; k++) {
    const color = (b.lbp_code & (1 << (7 - k))) !== 0 ? b.color_greater_block : b.color_less_block;
    const r0 = cr + RING_R[k] * b.height;
    const c0 = cc + RING_C[k] * b.width;
    for (let y = Math.max(r0, 0); y < Math.min(r0 + b.height, rows); y++) {
      for (let x = Math.max(c0, 0); x < Math.min(c0 + b.width, cols); x++) {
        for (let ch = 0; ch < channels; ch++) {
          const i = (y * cols + x) * channels + ch;
          const scaled = single ? Math.fround(keep * data[i]) : keep * data[i];
          data[i] = scaled + alpha * Number(color[ch]);
        }
      }
    }
  }
  return out;
}
pyfunction(DRAW_MULTIBLOCK_LBP, draw_multiblock_lbp);
