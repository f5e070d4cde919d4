/**
 * rgb2gray of uint8 RGB pixels (channel last, contiguous), bit-identical to scikit-image on
 * NumPy with OpenBLAS: each output is fma(b, wb, fma(r, wr, g * wg)) of the img_as_float values
 * x * (1/255), as OpenBLAS's gemv kernel computes `rgb @ [wr, wg, wb]` (see gray-rounding.ts).
 *
 * uint8 inputs make this cheap: the inner fma depends on (r, g) only, so it is a table of 65536
 * doubles; the outer one adds the exact product b * wb, tabulated as a double-double (ph, pl),
 * to it with one correctly rounded three-term sum. s + e = inner + ph exactly (two-sum), and
 * s + (e + pl) rounds correctly unless s + fl(e + pl) falls exactly halfway between two
 * doubles, which needs fl(e + pl) to be a power of two or three times one: those rare pixels
 * are nudged toward the exact value. Checked against the plain emulated fma on all 2^24 inputs
 * (test/skimage/color-gray-exact.test.ts).
 */
import { fma } from "../../np/random/fma";
import { heapAddress, heapArray, heapMemory, heapScratch } from "../../np/heap/heap";
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { GRAY_WEIGHTS } from "./gray-rounding";

const [WR, WG, WB] = GRAY_WEIGHTS;
/** img_as_float of uint8: x * (1 / 255), one rounding. */
const SCALE = 1 / 255;

/**
 * The tables: INNER (65536 doubles, by g << 8 | r: the two bytes read as one little-endian
 * 16-bit number), then PH and PL (256 doubles each, by b): b * wb = PH[b] + PL[b] exactly.
 */
interface Tables {
  data: Float64Array;
  inner: Float64Array;
  productHi: Float64Array;
  productLo: Float64Array;
}

const INNER_LENGTH = 65536;
let tables: Tables | undefined;

function grayTables(): Tables {
  if (tables !== undefined) return tables;
  const n = INNER_LENGTH + 512;
  // In the shared heap when it exists, so that the SIMD kernel reads them in place; kept for good.
  const data = heapArray(Float64Array, n) ?? new Float64Array(n);
  const inner = data.subarray(0, INNER_LENGTH);
  for (let r = 0; r < 256; r++) {
    const rw = r * SCALE;
    for (let g = 0; g < 256; g++) inner[(g << 8) | r] = fma(rw, WR, g * SCALE * WG);
  }
  const productHi = data.subarray(INNER_LENGTH, INNER_LENGTH + 256);
  const productLo = data.subarray(INNER_LENGTH + 256, n);
  for (let b = 0; b < 256; b++) {
    const x = b * SCALE;
    productHi[b] = x * WB;
    productLo[b] = fma(x, WB, -productHi[b]);
  }
  tables = { data, inner, productHi, productLo };
  return tables;
}

/** out[o] for pixel bytes (r, g, b): plain JavaScript, the slow exact fma where a tie is possible. */
function grayPixel(t: Tables, r: number, g: number, b: number): number {
  const inner = t.inner[(g << 8) | r];
  const ph = t.productHi[b];
  const pl = t.productLo[b];
  const s = inner + ph;
  const z = s - inner;
  const e = inner - (s - z) + (ph - z);
  const sum = e + pl;
  const w = sum - e;
  const err = e - (sum - w) + (pl - w);
  return err === 0 ? s + sum : fma(b * SCALE, WB, inner);
}

/**
 * gray(src, out, pairs, tables): 2 * pairs pixels from byte address src (3 bytes each) to
 * doubles at out; tables is the byte address of the Tables block.
 */
function pairKernel(): WasmFunction {
  const [src, out, pairs, tab] = [0, 1, 2, 3];
  const [p, o, end, inner, productHiAt, p0, p1] = [4, 5, 6, 7, 8, 9, 10];
  const [iv, ph, pl, s, z, e, t, r, cond, w, te] = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
  // constants kept in locals: set once, not rebuilt every step
  const [zero, lowBits, nudge, sign] = [22, 23, 24, 25];
  const innerAddr = (k: number) => [I.get(p), I.load16u(k), I.i32(3), I.shl, I.get(inner), I.add];
  const productAddr = (k: number) => [I.get(p), I.load8u(k + 2), I.i32(3), I.shl, I.get(productHiAt), I.add];
  const body: number[][] = [
    I.get(src), I.set(p), I.get(out), I.set(o),
    I.get(src), I.get(pairs), I.i32(6), I.mul, I.add, I.set(end),
    I.get(tab), I.set(inner), I.get(tab), I.i32(8 * INNER_LENGTH), I.add, I.set(productHiAt),
    I.v128f64(0, 0), I.set(zero), I.v128i64(0x0007ffff, 0xffffffff), I.set(lowBits),
    I.v128f64(2 ** -30, 2 ** -30), I.set(nudge), I.v128i64(0x80000000, 0), I.set(sign),
    I.block, I.loop, I.get(p), I.get(end), I.ltU, I.eqz, I.brIf(1),
    // the inner fma of both pixels, and b's product (PL sits 2048 bytes after PH)
    ...innerAddr(0), I.load64zero(0), I.set(iv),
    ...innerAddr(3), I.get(iv), I.load64lane(0, 1), I.set(iv),
    ...productAddr(0), I.tee(p0), I.load64zero(0), I.set(ph), I.get(p0), I.load64zero(2048), I.set(pl),
    ...productAddr(3), I.tee(p1), I.get(ph), I.load64lane(0, 1), I.set(ph), I.get(p1), I.get(pl), I.load64lane(2048, 1), I.set(pl),
    // s + e = inner + ph exactly (both >= 0: the larger first, Fast2Sum); t = fl(e + pl); r = fl(s + t)
    I.get(iv), I.get(ph), I.f64x2pmax, I.set(z),
    I.get(iv), I.get(ph), I.f64x2add, I.set(s),
    I.get(iv), I.get(ph), I.f64x2pmin, I.get(s), I.get(z), I.f64x2sub, I.f64x2sub, I.set(e),
    I.get(e), I.get(pl), I.f64x2add, I.set(t),
    I.get(s), I.get(t), I.f64x2add, I.set(r),
    // a possible tie: t nonzero with no mantissa bits below the top one (2^k or 3 * 2^k)
    I.get(t), I.get(lowBits), I.v128and, I.get(zero), I.i64x2eq,
    I.get(t), I.get(zero), I.f64x2eq, I.v128andnot, I.set(cond),
    I.get(cond), I.anyTrue, I.if,
    // nudge t by |t| * 2^-30 toward the exact e + pl, where that sum was inexact
    I.get(t), I.get(e), I.f64x2sub, I.set(w),
    I.get(e), I.get(t), I.get(w), I.f64x2sub, I.f64x2sub, I.get(pl), I.get(w), I.f64x2sub, I.f64x2add, I.set(te),
    I.get(te), I.get(t), I.f64x2abs, I.get(nudge), I.f64x2mul, I.get(sign), I.bitselect,
    I.get(cond), I.get(te), I.get(zero), I.f64x2ne, I.v128and, I.v128and,
    I.get(t), I.f64x2add, I.get(s), I.f64x2add, I.set(r),
    I.end,
    I.get(o), I.get(r), I.v128store(0),
    I.get(p), I.i32(6), I.add, I.set(p), I.get(o), I.i32(16), I.add, I.set(o),
    I.br(0), I.end, I.end,
  ];
  return { name: "gray", params: [T.i32, T.i32, T.i32, T.i32], locals: [[T.i32, 7], [T.v128, 15]], body };
}

type PairKernel = (src: number, out: number, pairs: number, tables: number) => void;
let kernel: PairKernel | null | undefined;

function simdKernel(): PairKernel | null {
  if (kernel === undefined) kernel = (instantiateOnHeap([pairKernel()], heapMemory())?.gray as PairKernel | undefined) ?? null;
  return kernel;
}

/** Pixels per step through the scratch blocks (one double out each). */
const SCRATCH_PIXELS = 8192;

/**
 * out[i] = gray value of the pixel src[3i], src[3i+1], src[3i+2] for every i < out.length.
 * Runs on WebAssembly SIMD; arrays outside the shared heap pass through its scratch blocks a
 * slice at a time.
 */
export function grayFromUint8(src: Uint8Array, out: Float64Array): void {
  const t = grayTables();
  const n = out.length;
  let done = 0;
  const tablesAt = heapAddress(t.data);
  const run = tablesAt >= 0 && n >= 2 ? simdKernel() : null;
  if (run !== null) {
    const srcAt = heapAddress(src);
    const outAt = heapAddress(out);
    const pairs = n & ~1;
    for (; done < pairs; ) {
      const c = srcAt >= 0 && outAt >= 0 ? pairs : Math.min(SCRATCH_PIXELS, pairs - done);
      let from = srcAt + 3 * done;
      if (srcAt < 0) {
        const block = heapScratch(0, Math.ceil((3 * c) / 8));
        if (block === null) break;
        const bytes = new Uint8Array(block.buffer, block.byteOffset, 3 * c);
        bytes.set(src.subarray(3 * done, 3 * (done + c)));
        from = block.byteOffset;
      }
      const gray = outAt < 0 ? heapScratch(1, c) : null;
      if (outAt < 0 && gray === null) break;
      run(from, gray === null ? outAt + 8 * done : heapAddress(gray), c >> 1, tablesAt);
      if (gray !== null) out.set(gray, done);
      done += c;
    }
  }
  for (let o = done, p = 3 * done; o < n; o++, p += 3) out[o] = grayPixel(t, src[p], src[p + 1], src[p + 2]);
}
