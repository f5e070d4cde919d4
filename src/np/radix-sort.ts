/**
 * In-place ascending sort of float64 values (float64, int64 and uint64 storage) in NumPy's
 * order: every NaN after +inf. Large arrays take an LSD radix sort on the IEEE bit patterns
 * (six passes of at most 11 bits, skipping the digits every key shares), which is several
 * times faster than a comparison sort in JavaScript; small ones the engine's numeric sort,
 * which orders the same way. -0 sorts before +0 in both (NumPy leaves their order to its
 * algorithm).
 */
import { uninitStorage } from "./alloc";

/** Below this length the built-in typed-array sort is faster than the radix passes. */
const RADIX_MIN = 2048;
const DIGITS = 6;
const BUCKETS = 2048;
/** Each 32-bit half splits into digits of 11, 11 and 10 bits. */
const SHIFTS = [0, 11, 22];
const MASKS = [2047, 2047, 1023];

/** Sorts `data` in place (NaN last). */
export function sortFloat64(data: Float64Array): void {
  const n = data.length;
  if (n < RADIX_MIN) {
    data.sort();
    return;
  }
  const scratch = uninitStorage(Float64Array, n) as Float64Array;
  const a = new Uint32Array(data.buffer, data.byteOffset, 2 * n);
  const b = new Uint32Array(scratch.buffer, scratch.byteOffset, 2 * n);
  const hist = toKeys(a);
  let src = a;
  let dst = b;
  for (let p = 0; p < DIGITS; p++) {
    const off = p * BUCKETS;
    const mask = MASKS[p % 3];
    if (!startOffsets(hist, off, mask + 1, n)) continue;
    if (p < 3) scatterByLow(src, dst, hist, off, SHIFTS[p], mask);
    else scatterByHigh(src, dst, hist, off, SHIFTS[p - 3], mask);
    const t = src;
    src = dst;
    dst = t;
  }
  fromKeys(src, a);
}

/**
 * Rewrites each value (low word, high word) as an unsigned key that orders as the numbers do:
 * positives get the sign bit set, negatives are inverted, every NaN becomes the largest key.
 * Returns the histograms of all six digits.
 */
function toKeys(a: Uint32Array): Int32Array {
  const hist = new Int32Array(DIGITS * BUCKETS);
  const n2 = a.length;
  for (let i = 0; i < n2; i += 2) {
    let lo = a[i];
    let hi = a[i + 1];
    if ((hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) !== 0 || lo !== 0)) {
      lo = -1;
      hi = -1;
    } else {
      const negative = hi >> 31;
      hi ^= negative | 0x80000000;
      lo ^= negative;
    }
    a[i] = lo;
    a[i + 1] = hi;
    hist[lo & 2047]++;
    hist[2048 + ((lo >>> 11) & 2047)]++;
    hist[4096 + (lo >>> 22)]++;
    hist[6144 + (hi & 2047)]++;
    hist[8192 + ((hi >>> 11) & 2047)]++;
    hist[10240 + (hi >>> 22)]++;
  }
  return hist;
}

/** Keys back to values, written into `out`. */
function fromKeys(src: Uint32Array, out: Uint32Array): void {
  const n2 = src.length;
  for (let i = 0; i < n2; i += 2) {
    const hi = src[i + 1];
    const negative = ~(hi >> 31);
    out[i] = src[i] ^ negative;
    out[i + 1] = hi ^ (negative | 0x80000000);
  }
}

/** Turns one digit's counts into start offsets; false when every key has the same digit (no pass needed). */
function startOffsets(hist: Int32Array, off: number, size: number, n: number): boolean {
  for (let d = 0; d < size; d++) {
    const c = hist[off + d];
    if (c === n) return false;
    if (c !== 0) break;
  }
  let sum = 0;
  for (let d = 0; d < size; d++) {
    const c = hist[off + d];
    hist[off + d] = sum;
    sum += c;
  }
  return true;
}

function scatterByLow(src: Uint32Array, dst: Uint32Array, hist: Int32Array, off: number, shift: number, mask: number): void {
  const n2 = src.length;
  for (let i = 0; i < n2; i += 2) {
    const lo = src[i];
    const j = hist[off + ((lo >>> shift) & mask)]++ << 1;
    dst[j] = lo;
    dst[j + 1] = src[i + 1];
  }
}

function scatterByHigh(src: Uint32Array, dst: Uint32Array, hist: Int32Array, off: number, shift: number, mask: number): void {
  const n2 = src.length;
  for (let i = 0; i < n2; i += 2) {
    const hi = src[i + 1];
    const j = hist[off + ((hi >>> shift) & mask)]++ << 1;
    dst[j] = src[i];
    dst[j + 1] = hi;
  }
}
