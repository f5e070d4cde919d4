/**
 * Bounded integers the way NumPy's Generator draws them from PCG64: Lemire's multiply-shift
 * with rejection (32-bit draws for ranges below 2^32, 64-bit above; 8- and 16-bit slices of a
 * buffered 32-bit draw for the small dtypes; single bits for bool), and the masked
 * `random_interval` behind shuffles.
 */
import type { PCG64 } from "./pcg64";
import { mask32 } from "../bounded";

const TWO_32 = 4294967296;
const MASK64 = (1n << 64n) - 1n;

/** The next 64-bit output as [high word, low word] numbers. */
function next64(bg: PCG64): [number, number] {
  bg.next64();
  return [bg.word[1], bg.word[0] >>> 0];
}

/** Lemire on a 32-bit draw: an integer in [0, rng] for rng < 2^32 - 1. */
export function lemire32(bg: PCG64, rng: number): number {
  const excl = rng + 1;
  for (let first = true; ; first = false) {
    const x = bg.next32() >>> 0;
    // the 64-bit product x * excl from 16-bit halves of x (exact in doubles)
    const p1 = (x & 0xffff) * excl;
    const p2 = (x >>> 16) * excl;
    const t = p1 + (p2 % 65536) * 65536;
    const leftover = t % TWO_32;
    const high = Math.floor(p2 / 65536) + Math.floor(t / TWO_32);
    if (leftover >= excl && first) return high;
    if (leftover >= (TWO_32 - excl) % excl) return high;
  }
}

/** Lemire on a 64-bit draw: an integer in [0, rng] for 2^32 <= rng < 2^64 - 1 (exact below 2^53). */
export function lemire64(bg: PCG64, rng: number): number {
  const excl = BigInt(rng) + 1n;
  const threshold = ((MASK64 + 1n) - excl) % excl;
  for (let first = true; ; first = false) {
    const [hi, lo] = next64(bg);
    const m = ((BigInt(hi) << 32n) | BigInt(lo)) * excl;
    const leftover = m & MASK64;
    if ((first && leftover >= excl) || leftover >= threshold) return Number(m >> 64n);
  }
}

/** NumPy's `random_bounded_uint64` for one value (off + [0, rng]), unmasked. */
export function boundedUint64(bg: PCG64, off: number, rng: number): number {
  if (rng === 0) return off;
  if (rng < 0xffffffff) return off + lemire32(bg, rng);
  if (rng === 0xffffffff) return off + (bg.next32() >>> 0);
  return off + lemire64(bg, rng);
}

/** The buffered 8- and 16-bit slices and single bits of 32-bit draws (`bcnt` / `buf` in NumPy). */
export class SmallDraws {
  private buf = 0;
  private left = 0;
  constructor(private readonly bg: PCG64) {}

  /** The next `bits` (8 or 16) low bits, refilling from a 32-bit draw when used up. */
  next(bits: 8 | 16): number {
    if (this.left === 0) {
      this.buf = this.bg.next32() >>> 0;
      this.left = 32 / bits - 1;
    } else {
      this.buf >>>= bits;
      this.left--;
    }
    return bits === 8 ? this.buf & 0xff : this.buf & 0xffff;
  }

  /** The next single bit. */
  bit(): number {
    if (this.left === 0) {
      this.buf = this.bg.next32() >>> 0;
      this.left = 31;
    } else {
      this.buf >>>= 1;
      this.left--;
    }
    return this.buf & 1;
  }

  /** Lemire on 8- or 16-bit slices: an integer in [0, rng] (rng below the slice's maximum). */
  lemire(bits: 8 | 16, rng: number): number {
    const excl = rng + 1;
    const span = bits === 8 ? 256 : 65536;
    for (let first = true; ; first = false) {
      const m = this.next(bits) * excl;
      const leftover = m % span;
      if ((first && leftover >= excl) || leftover >= (span - excl) % excl) return Math.floor(m / span);
    }
  }
}

/** NumPy's `random_interval` on PCG64: masked rejection, 32-bit draws below 2^32. */
export function pcgInterval(bg: PCG64, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = mask32(max);
    let v: number;
    do v = ((bg.next32() & mask) >>> 0); while (v > max);
    return v;
  }
  const maskHi = mask32(Math.floor(max / TWO_32));
  let v: number;
  do {
    const [hi, lo] = next64(bg);
    v = ((hi & maskHi) >>> 0) * TWO_32 + lo;
  } while (v > max);
  return v;
}
