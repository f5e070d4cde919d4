/**
 * `np.random.PCG64`: the 128-bit permuted congruential generator behind NumPy's default
 * Generator. The state advances as state = state * M + inc (mod 2^128) with
 * M = 0x2360ed051fc65da44385df649fccf645, and each 64-bit output is the XSL-RR permutation of
 * the new state: (high ^ low) rotated right by the state's top 6 bits.
 * The 128-bit arithmetic runs on six 24-bit limbs held in plain numbers (limb products and
 * their sums stay below 2^53, carries are taken with Math.floor), so no BigInt is used after
 * seeding.
 */
import { EntropyLike, SeedSequence } from "./seed-sequence";
import { PCG64_METHOD, PCG64_SIG } from "../signatures";
import { isPlainObject, pyfunction } from "../../../signature";
import { KERNEL_MIN, PcgKernel, kernelFill, pcgKernel } from "./pcg64-kernel";

const MASK128 = (1n << 128n) - 1n;
const MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;

/** A 128-bit BigInt as six limbs of 24 bits (the last holds 8), least significant first. */
function toLimbs(v: bigint): number[] {
  const out: number[] = [];
  for (let k = 0; k < 6; k++) out.push(Number((v >> BigInt(24 * k)) & 0xffffffn));
  return out;
}

function fromLimbs(l: readonly number[]): bigint {
  let v = 0n;
  for (let k = 5; k >= 0; k--) v = (v << 24n) | BigInt(l[k]);
  return v;
}

const [M0, M1, M2, M3, M4, M5] = toLimbs(MULTIPLIER);
const TWO_POW_24 = 16777216;
const TWO_POW_M24 = 1 / TWO_POW_24;
const TWO_POW_21 = 2097152;
const TWO_POW_M53 = 1 / 9007199254740992;

/** The state as NumPy's `PCG64().state` reports it. */
export interface PCG64State {
  bit_generator: "PCG64";
  state: { state: bigint; inc: bigint };
  has_uint32: number;
  uinteger: number;
}

/** Seeds PCG64 accepts: anything SeedSequence takes, or a SeedSequence. */
export type PCG64Seed = EntropyLike | SeedSequence | null | undefined;

/**
 * `np.random.PCG64(seed=None)`: the bit generator, seeded through SeedSequence exactly as
 * NumPy does (four 64-bit words: the initial state and the stream increment).
 */
export class PCG64 {
  /** The SeedSequence the state came from. */
  readonly seed_seq: SeedSequence;
  /** State limbs 0-5 (24 bits each, least significant first), then the increment's limbs. */
  private readonly limbs = new Float64Array(12);
  /** The last 64-bit output as unsigned 32-bit halves: [low, high]. */
  readonly word = new Uint32Array(2);
  private hasUint32 = false;
  private uinteger = 0;

  constructor(seed?: PCG64Seed | { seed?: PCG64Seed }) {
    if (arguments.length > 1 || isPlainObject(seed)) seed = PCG64_SIG.bind(arguments).seed;
    this.seed_seq = seed instanceof SeedSequence ? seed : new SeedSequence(seed as EntropyLike | null | undefined);
    const w = this.seed_seq.generateWords(8);
    const word64 = (k: number) => (BigInt(w[2 * k + 1]) << 32n) | BigInt(w[2 * k]);
    const initState = (word64(0) << 64n) | word64(1);
    const initSeq = (word64(2) << 64n) | word64(3);
    // pcg64_srandom: inc = 2 * initseq + 1; state = 0; step; state += initstate; step.
    const inc = ((initSeq << 1n) | 1n) & MASK128;
    let state = inc;
    state = (state + initState) & MASK128;
    state = (state * MULTIPLIER + inc) & MASK128;
    this.setState(state, inc);
  }

  private setState(state: bigint, inc: bigint): void {
    this.limbs.set(toLimbs(state), 0);
    this.limbs.set(toLimbs(inc), 6);
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** `PCG64.state`: the 128-bit state and increment (as BigInt) and the 32-bit buffer. */
  get state(): PCG64State {
    return {
      bit_generator: "PCG64",
      state: {
        state: fromLimbs(Array.from(this.limbs.subarray(0, 6))),
        inc: fromLimbs(Array.from(this.limbs.subarray(6, 12))),
      },
      has_uint32: this.hasUint32 ? 1 : 0,
      uinteger: this.uinteger,
    };
  }

  set state(value: PCG64State) {
    this.setState(BigInt(value.state.state) & MASK128, BigInt(value.state.inc) & MASK128);
    this.hasUint32 = value.has_uint32 !== 0;
    this.uinteger = value.uinteger >>> 0;
  }

  /** @internal Advances the state and leaves the 64-bit output in `word` ([low, high] 32-bit halves). */
  next64(): void {
    const L = this.limbs;
    const s0 = L[0], s1 = L[1], s2 = L[2], s3 = L[3], s4 = L[4], s5 = L[5];
    let t = s0 * M0 + L[6];
    let q = Math.floor(t * TWO_POW_M24);
    const n0 = t - q * TWO_POW_24;
    t = q + s0 * M1 + s1 * M0 + L[7];
    q = Math.floor(t * TWO_POW_M24);
    const n1 = t - q * TWO_POW_24;
    t = q + s0 * M2 + s1 * M1 + s2 * M0 + L[8];
    q = Math.floor(t * TWO_POW_M24);
    const n2 = t - q * TWO_POW_24;
    t = q + s0 * M3 + s1 * M2 + s2 * M1 + s3 * M0 + L[9];
    q = Math.floor(t * TWO_POW_M24);
    const n3 = t - q * TWO_POW_24;
    t = q + s0 * M4 + s1 * M3 + s2 * M2 + s3 * M1 + s4 * M0 + L[10];
    q = Math.floor(t * TWO_POW_M24);
    const n4 = t - q * TWO_POW_24;
    t = q + s0 * M5 + s1 * M4 + s2 * M3 + s3 * M2 + s4 * M1 + s5 * M0 + L[11];
    const n5 = t - Math.floor(t * 0.00390625) * 256;
    L[0] = n0; L[1] = n1; L[2] = n2; L[3] = n3; L[4] = n4; L[5] = n5;
    // The four 32-bit words of the new state, then XSL-RR: xor the 64-bit halves and rotate
    // right by the state's top 6 bits.
    const w0 = n0 | ((n1 & 0xff) << 24);
    const w1 = (n1 >>> 8) | ((n2 & 0xffff) << 16);
    const w2 = (n2 >>> 16) | (n3 << 8);
    const w3 = n4 | (n5 << 24);
    const xlo = w0 ^ w2;
    const xhi = w1 ^ w3;
    // Branch-free 64-bit rotation: swap the halves when bit 5 of the count is set, then
    // rotate both by the low 5 bits ((x << (31 - r)) << 1 is x << (32 - r), and 0 for r = 0).
    const rot = n5 >>> 2;
    const swap = -(rot >>> 5) | 0;
    const d = (xlo ^ xhi) & swap;
    const a = xlo ^ d;
    const b = xhi ^ d;
    const r = rot & 31;
    const W = this.word;
    W[0] = (a >>> r) | ((b << (31 - r)) << 1);
    W[1] = (b >>> r) | ((a << (31 - r)) << 1);
  }

  /** @internal A double uniform on [0, 1): the top 53 bits of the next output times 2^-53. */
  nextDouble(): number {
    this.next64();
    return (this.word[1] * TWO_POW_21 + (this.word[0] >>> 11)) * TWO_POW_M53;
  }

  /** @internal Fills `out` with nextDouble() values. */
  fillDoubles(out: Float64Array): void {
    const kernel = this.enterKernel(out.length);
    if (kernel !== null) {
      kernelFill(out, kernel.doubles, Number);
      this.leaveKernel(kernel);
      return;
    }
    const W = this.word;
    for (let i = 0; i < out.length; i++) {
      this.next64();
      out[i] = (W[1] * TWO_POW_21 + (W[0] >>> 11)) * TWO_POW_M53;
    }
  }

  /**
   * @internal The WebAssembly kernel loaded with this stream's state, for a fill of `draws`
   * values (null for short fills, where the call costs more than it saves, or where
   * WebAssembly is unavailable); draw from it, then hand the state back with leaveKernel.
   */
  enterKernel(draws: number): PcgKernel | null {
    const kernel = draws >= KERNEL_MIN ? pcgKernel() : null;
    if (kernel === null) return null;
    const L = this.limbs;
    const w = kernel.state;
    for (let k = 0; k < 12; k += 6) {
      const j = k === 0 ? 0 : 4;
      w[j] = L[k] | ((L[k + 1] & 0xff) << 24);
      w[j + 1] = (L[k + 1] >>> 8) | ((L[k + 2] & 0xffff) << 16);
      w[j + 2] = (L[k + 2] >>> 16) | (L[k + 3] << 8);
      w[j + 3] = L[k + 4] | (L[k + 5] << 24);
    }
    kernel.buffer[0] = this.hasUint32 ? 1 : 0;
    kernel.buffer[1] = this.uinteger;
    return kernel;
  }

  /** @internal Takes the state back from the kernel after draws made through enterKernel. */
  leaveKernel(kernel: PcgKernel): void {
    const L = this.limbs;
    const w = kernel.state;
    L[0] = w[0] & 0xffffff;
    L[1] = (w[0] >>> 24) | ((w[1] & 0xffff) << 8);
    L[2] = (w[1] >>> 16) | ((w[2] & 0xff) << 16);
    L[3] = w[2] >>> 8;
    L[4] = w[3] & 0xffffff;
    L[5] = w[3] >>> 24;
    this.hasUint32 = kernel.buffer[0] !== 0;
    this.uinteger = kernel.buffer[1];
  }

  /** @internal Fills `out` with off + Lemire integers in [0, rng] on 32-bit draws (0 < rng < 2^32), as lemire32 draws them. */
  fillBounded32(out: Float64Array, off: number, rng: number): boolean {
    const kernel = this.enterKernel(out.length);
    if (kernel === null) return false;
    kernel.setBounds(off, rng);
    kernelFill(out, kernel.bounded, Number);
    this.leaveKernel(kernel);
    return true;
  }

  /** @internal The next 32-bit output: the low half of a 64-bit draw, its high half kept for the next call. */
  next32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.next64();
    this.hasUint32 = true;
    this.uinteger = this.word[1];
    return this.word[0];
  }

  /** @internal Fills `out` with nextFloat() values. */
  fillFloats(out: Float32Array): void {
    const kernel = this.enterKernel(out.length);
    if (kernel === null) {
      for (let i = 0; i < out.length; i++) out[i] = this.nextFloat();
      return;
    }
    kernelFill(out, kernel.floats, Number);
    this.leaveKernel(kernel);
  }

  /** @internal A float32-precision uniform on [0, 1): (next32 >> 8) * 2^-24. */
  nextFloat(): number {
    return (this.next32() >>> 8) * TWO_POW_M24;
  }

  /**
   * `PCG64.advance(delta)`: jumps the state as if `delta` outputs had been drawn
   * (state' = M^delta * state + inc * (M^delta - 1) / (M - 1), by square-and-multiply).
   */
  advance(delta: number | bigint): this {
    if (arguments.length !== 1 || (typeof delta !== "bigint" && !Number.isInteger(delta))) delta = PCG64_METHOD.advance.bind(arguments).delta;
    let d = BigInt(delta) & MASK128;
    const st = this.state.state;
    let accMult = 1n, accPlus = 0n, curMult = MULTIPLIER, curPlus = st.inc;
    while (d > 0n) {
      if (d & 1n) {
        accMult = (accMult * curMult) & MASK128;
        accPlus = (accPlus * curMult + curPlus) & MASK128;
      }
      curPlus = ((curMult + 1n) * curPlus) & MASK128;
      curMult = (curMult * curMult) & MASK128;
      d >>= 1n;
    }
    this.setState((accMult * st.state + accPlus) & MASK128, st.inc);
    return this;
  }

  /** `PCG64.random_raw(size=None)`-like access: the next 64-bit output as a BigInt. */
  random_raw(): bigint {
    if (arguments.length > 0) PCG64_METHOD.random_raw.bind(arguments);
    this.next64();
    return (BigInt(this.word[1]) << 32n) | BigInt(this.word[0]);
  }

  toString(): string {
    return "PCG64";
  }
}

pyfunction(PCG64_SIG, PCG64);
pyfunction(PCG64_METHOD.advance, PCG64.prototype.advance);
pyfunction(PCG64_METHOD.random_raw, PCG64.prototype.random_raw);
