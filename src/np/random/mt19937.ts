/**
 * The Mersenne Twister MT19937 as NumPy's legacy RandomState drives it: seeding by a 32-bit
 * integer (Knuth's linear recurrence) or by an array of 32-bit words (init_by_array), the
 * tempered 32-bit output, and the 53-bit double built from two draws.
 */

import { log, logBelowOne } from "./log";
import { GAUSS_CAPACITY, MTKernel, OUT_CAPACITY, createKernel } from "./wasm";

/** Module-local binding: hot loops should not go through the import on every call. */
const logFn = log;

export const STATE_LEN = 624;
const M = 397;
// Constants as int32 bit patterns so that V8 keeps the bit operations on small integers.
const MATRIX_A = 0x9908b0df | 0;
const UPPER_MASK = 0x80000000 | 0;
const LOWER_MASK = 0x7fffffff;
const TEMPER_B = 0x9d2c5680 | 0;
const TEMPER_C = 0xefc60000 | 0;

/** Regenerates all 624 state words in place (the "twist"). */
function twist(key: Int32Array): void {
  let y: number;
  let i = 0;
  for (; i < STATE_LEN - M; i++) {
    y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
    key[i] = key[i + M] ^ ((y >> 1) & 0x7fffffff) ^ (-(y & 1) & MATRIX_A);
  }
  for (; i < STATE_LEN - 1; i++) {
    y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
    key[i] = key[i + M - STATE_LEN] ^ ((y >> 1) & 0x7fffffff) ^ (-(y & 1) & MATRIX_A);
  }
  y = (key[STATE_LEN - 1] & UPPER_MASK) | (key[0] & LOWER_MASK);
  key[STATE_LEN - 1] = key[M - 1] ^ ((y >> 1) & 0x7fffffff) ^ (-(y & 1) & MATRIX_A);
}

/** Fills shorter than this stay in JavaScript (copying the state in and out costs more). */
const WASM_MIN_FILL = 256;

let kernelCache: MTKernel | null | undefined;
/** The WebAssembly kernel shared by all generators (null where WebAssembly is unavailable). */
function sharedKernel(): MTKernel | null {
  if (kernelCache === undefined) kernelCache = createKernel();
  return kernelCache;
}

/**
 * Finishes the pairs the kernel's `gauss` listed (their slots hold x1, x2): the normals
 * f * x2, f * x1 with f = sqrt(-2 log(r2) / r2) and the exact logarithm.
 */
function finishListedPairs(kernel: MTKernel): void {
  const t = kernel.out;
  const fixes = kernel.fixes;
  const count = kernel.fixCount();
  for (let q = 0; q < count; q++) {
    const k = 2 * fixes[q];
    const x1 = t[k];
    const x2 = t[k + 1];
    const r2 = x1 * x1 + x2 * x2;
    const f = Math.sqrt((-2.0 * logBelowOne(r2)) / r2);
    t[k] = f * x2;
    t[k + 1] = f * x1;
  }
}

/** The generator state plus the cached second Gaussian of the polar method. */
export class MT19937 {
  /** The 624 state words (bit patterns of the uint32 words, kept as int32 for speed). */
  readonly key = new Int32Array(STATE_LEN);
  /** Whether long fills may run in the shared WebAssembly kernel (results are identical). */
  private readonly useWasm: boolean;

  /** @param useWasm run long fills in WebAssembly when available (the results are identical). */
  constructor(useWasm = true) {
    this.useWasm = useWasm;
  }
  /** Index of the next word to temper; STATE_LEN means "twist first". */
  pos = STATE_LEN;
  /** True when `gauss` holds the cached second value of the last polar-method pair. */
  hasGauss = false;
  gauss = 0;

  /** Seeds from one 32-bit integer (NumPy's `mt19937_seed`, used by `RandomState(int)`). */
  seedInt(seed: number): void {
    const key = this.key;
    let s = seed >>> 0;
    for (let i = 0; i < STATE_LEN; i++) {
      key[i] = s;
      s = (Math.imul(1812433253, (s ^ (s >>> 30)) >>> 0) + i + 1) >>> 0;
    }
    this.pos = STATE_LEN;
    this.hasGauss = false;
    this.gauss = 0;
  }

  /** Seeds from an array of 32-bit words (Matsumoto and Nishimura's `init_by_array`). */
  seedArray(words: ArrayLike<number>): void {
    const mt = this.key;
    this.seedInt(19650218);
    const n = words.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(STATE_LEN, n); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) >>> 0) + (words[j] >>> 0) + j;
      i++;
      j++;
      if (i >= STATE_LEN) {
        mt[0] = mt[STATE_LEN - 1];
        i = 1;
      }
      if (j >= n) j = 0;
    }
    for (let k = STATE_LEN - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) >>> 0) - i;
      i++;
      if (i >= STATE_LEN) {
        mt[0] = mt[STATE_LEN - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.pos = STATE_LEN;
    this.hasGauss = false;
    this.gauss = 0;
  }

  /** Regenerates all 624 words (the "twist"). */
  twist(): void {
    twist(this.key);
    this.pos = 0;
  }

  /** The next tempered 32-bit output, as a non-negative number. */
  nextUint32(): number {
    if (this.pos === STATE_LEN) this.twist();
    let y = this.key[this.pos++];
    y ^= (y >> 11) & 0x1fffff;
    y ^= (y << 7) & TEMPER_B;
    y ^= (y << 15) & TEMPER_C;
    y ^= (y >> 18) & 0x3fff;
    return y >>> 0;
  }

  /** A double in [0, 1) from 53 random bits: `((a >> 5) * 2^26 + (b >> 6)) / 2^53`. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) * 1.1102230246251565e-16; // / 2^53, exact
  }

  /** Fills out[start, end) with `nextDouble()` values (a tight loop over the state). */
  fillDoubles(out: Float64Array, start = 0, end = out.length): void {
    const kernel = this.useWasm && end - start >= WASM_MIN_FILL ? sharedKernel() : null;
    if (kernel) {
      // one kernel serves every generator: load this state, fill, store the state back
      kernel.key.set(this.key);
      for (let i = start; i < end; ) {
        const n = Math.min(OUT_CAPACITY, end - i);
        this.pos = kernel.fill(this.pos, n);
        out.set(n === OUT_CAPACITY ? kernel.out : kernel.out.subarray(0, n), i);
        i += n;
      }
      this.key.set(kernel.key);
      return;
    }
    const key = this.key;
    let pos = this.pos;
    for (let i = start; i < end; i++) {
      if (pos === STATE_LEN) {
        twist(key);
        pos = 0;
      }
      let a = key[pos++];
      a ^= (a >> 11) & 0x1fffff;
      a ^= (a << 7) & TEMPER_B;
      a ^= (a << 15) & TEMPER_C;
      a ^= (a >> 18) & 0x3fff;
      if (pos === STATE_LEN) {
        twist(key);
        pos = 0;
      }
      let b = key[pos++];
      b ^= (b >> 11) & 0x1fffff;
      b ^= (b << 7) & TEMPER_B;
      b ^= (b << 15) & TEMPER_C;
      b ^= (b >> 18) & 0x3fff;
      out[i] = ((a >>> 5) * 67108864 + (b >>> 6)) * 1.1102230246251565e-16; // / 2^53, exact
    }
    this.pos = pos;
  }

  /**
   * The legacy standard normal (Marsaglia's polar method): each accepted pair gives two
   * values, the second cached for the next call.
   */
  nextGauss(): number {
    if (this.hasGauss) {
      const cached = this.gauss;
      this.hasGauss = false;
      this.gauss = 0;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2.0 * this.nextDouble() - 1.0;
      x2 = 2.0 * this.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    const f = Math.sqrt((-2.0 * log(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /**
   * Fills out[start, end) with `nextGauss()` values. Long fills run the rejection loop in the
   * WebAssembly kernel, which stops after exactly the accepted pairs still needed. Otherwise
   * uniform doubles are generated in chunks no larger than the pairs still needed will
   * certainly consume (each pair takes at least two). Either way the generator never runs
   * ahead of NumPy's.
   */
  fillGauss(out: Float64Array, start = 0, end = out.length): void {
    let i = start;
    if (i < end && this.hasGauss) {
      out[i++] = this.gauss;
      this.hasGauss = false;
      this.gauss = 0;
    }
    const kernel = this.useWasm && end - i >= WASM_MIN_FILL ? sharedKernel() : null;
    if (kernel) {
      // The kernel draws exactly the pairs accepted pairs need, so the stream stays NumPy's.
      kernel.key.set(this.key);
      const t = kernel.out;
      while (i < end) {
        const nPairs = Math.min(GAUSS_CAPACITY, Math.ceil((end - i) / 2));
        this.pos = kernel.gauss(this.pos, nPairs);
        finishListedPairs(kernel);
        const n = 2 * nPairs;
        if (n <= end - i) {
          out.set(n === OUT_CAPACITY ? t : t.subarray(0, n), i);
          i += n;
        } else {
          // one value short of the pair: its second value is cached, as NumPy caches it
          out.set(t.subarray(0, n - 1), i);
          i += n - 1;
          this.gauss = t[n - 1];
          this.hasGauss = true;
        }
      }
      this.key.set(kernel.key);
      return;
    }
    const scratch = this.scratch;
    let avail = 0;
    let at = 0;
    while (i < end) {
      if (avail - at < 2) {
        const pairs = Math.ceil((end - i) / 2);
        avail = Math.min(scratch.length, 2 * pairs);
        this.fillDoubles(scratch, 0, avail);
        at = 0;
      }
      const x1 = 2.0 * scratch[at] - 1.0;
      const x2 = 2.0 * scratch[at + 1] - 1.0;
      at += 2;
      const r2 = x1 * x1 + x2 * x2;
      if (r2 >= 1.0 || r2 === 0.0) continue;
      const f = Math.sqrt((-2.0 * logFn(r2)) / r2);
      out[i++] = f * x2;
      if (i < end) {
        out[i++] = f * x1;
      } else {
        this.gauss = f * x1;
        this.hasGauss = true;
      }
    }
  }

  private readonly scratch = new Float64Array(2048);

  /** The next 64-bit output as a number, `hi * 2^32 + lo` (exact only below 2^53). */
  nextUint64(): number {
    const hi = this.nextUint32();
    const lo = this.nextUint32();
    return hi * 4294967296 + lo;
  }
}
