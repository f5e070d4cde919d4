/**
 * `np.random.SeedSequence`: NumPy's entropy mixer that turns a user seed (an int of any size
 * or a list of ints) into well-spread state words for a bit generator. The arithmetic is on
 * uint32 words, as NumPy's: a pool of 4 words is filled by hashing the entropy words, every
 * pool word is mixed into every other, and `generate_state` hashes the pool into output words.
 */
import { randomFillSync } from "node:crypto";
import { PyTypeError, ValueError } from "../../../errors";
import { NDArray } from "../../ndarray";
import { contiguousStorage } from "../../contiguous";
import { uint32 } from "../../dtype";
import { GENERATE_STATE, SEED_SEQUENCE } from "../signatures";
import { isPlainObject, pyfunction } from "../../../signature";

const DEFAULT_POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;

/** What SeedSequence accepts as entropy: a non-negative int (number or bigint) or a list of them. */
export type EntropyLike = number | bigint | readonly (number | bigint)[] | NDArray;

/** A non-negative integer as little-endian uint32 words (0 gives one zero word). */
function intWords(v: number | bigint): number[] {
  if (typeof v === "number") {
    if (!Number.isInteger(v)) throw new PyTypeError(`SeedSequence expects int or sequence of ints for entropy not ${v}`);
    if (!Number.isSafeInteger(v) && v > 0) v = BigInt(v);
  }
  let big = BigInt(v);
  if (big < 0n) throw new ValueError("expected non-negative integer");
  const words: number[] = [];
  do {
    words.push(Number(big & 0xffffffffn));
    big >>= 32n;
  } while (big > 0n);
  return words;
}

/** NumPy's `_coerce_to_uint32_array`: an int or a sequence of ints as uint32 words. */
function entropyWords(entropy: EntropyLike): number[] {
  if (typeof entropy === "number" || typeof entropy === "bigint") return intWords(entropy);
  const items: ArrayLike<number | bigint> = entropy instanceof NDArray ? contiguousStorage(entropy) : entropy;
  const words: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (typeof v === "number" && v >= 0 && v <= 0xffffffff && Number.isInteger(v)) words.push(v);
    else words.push(...intWords(v));
  }
  return words;
}

/**
 * `np.random.SeedSequence(entropy=None)`: mixes the entropy into a pool of four uint32 words.
 * Without entropy, 128 bits are drawn from the operating system (readable as `.entropy`).
 */
export class SeedSequence {
  /** The entropy as given (or drawn). */
  readonly entropy: number | bigint | readonly (number | bigint)[] | NDArray;
  /** The mixed pool (uint32 words). */
  readonly pool: Uint32Array;
  /** The number of uint32 words in the pool (NumPy's default 4). */
  readonly pool_size: number = DEFAULT_POOL_SIZE;
  /** The spawn key: extra entropy words that tell children of one seed apart. */
  readonly spawn_key: readonly number[] = [];

  constructor(entropy?: EntropyLike | null | { entropy?: EntropyLike | null; spawn_key?: readonly number[]; pool_size?: number }, options?: { spawn_key?: readonly number[]; pool_size?: number }) {
    if (arguments.length > 1 || isPlainObject(entropy)) {
      const b = SEED_SEQUENCE.bind(arguments);
      entropy = b.entropy;
      this.spawn_key = Array.from(b.spawn_key as readonly number[]);
      this.pool_size = b.pool_size;
      if (this.pool_size < DEFAULT_POOL_SIZE) throw new ValueError("The size of the entropy pool should be at least 4");
    }
    if (entropy === undefined || entropy === null) {
      const bytes = new Uint32Array(4);
      randomFillSync(bytes);
      let big = 0n;
      for (let k = 3; k >= 0; k--) big = (big << 32n) | BigInt(bytes[k]);
      entropy = big;
    }
    this.entropy = entropy as EntropyLike;
    this.pool = mixEntropy(this.assembledEntropy(entropy as EntropyLike), this.pool_size);
  }

  /** NumPy's `get_assembled_entropy`: the entropy words, padded to the pool size when a spawn key follows. */
  private assembledEntropy(entropy: EntropyLike): number[] {
    const run = entropyWords(entropy);
    if (this.spawn_key.length === 0) return run;
    while (run.length < this.pool_size) run.push(0);
    return [...run, ...entropyWords(this.spawn_key)];
  }

  /**
   * `SeedSequence.generate_state(n_words, dtype=np.uint32)`: n_words uint32 words of state
   * derived from the pool (64-bit words are pairs of these, low word first).
   */
  generate_state(n_words: number, ...rest: [dtype?: "uint32", options?: { dtype?: "uint32" }] | [options?: { n_words?: number; dtype?: "uint32" }]): NDArray;
  generate_state(n_words: number): NDArray {
    if (arguments.length !== 1 || isPlainObject(n_words)) n_words = GENERATE_STATE.bind(arguments).n_words;
    if (!Number.isInteger(n_words) || n_words < 0) throw new ValueError("n_words must be a non-negative integer");
    return NDArray.fromStorage(this.generateWords(n_words), [n_words], uint32);
  }

  /** The generate_state words as a Uint32Array. */
  generateWords(nWords: number): Uint32Array {
    const out = new Uint32Array(nWords);
    let hashConst = INIT_B;
    for (let i = 0; i < nWords; i++) {
      let v = this.pool[i % this.pool_size];
      v = (v ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      v = Math.imul(v, hashConst) >>> 0;
      v = (v ^ (v >>> XSHIFT)) >>> 0;
      out[i] = v;
    }
    return out;
  }

  toString(): string {
    return `SeedSequence(\n    entropy=${String(this.entropy)},\n)`;
  }
}

/** Fills the pool from the entropy words with NumPy's hashmix / mix schedule. */
function mixEntropy(entropy: readonly number[], poolSize: number): Uint32Array {
  const pool = new Uint32Array(poolSize);
  let hashConst = INIT_A;
  const hashmix = (value: number): number => {
    value = (value ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_A) >>> 0;
    value = Math.imul(value, hashConst) >>> 0;
    return (value ^ (value >>> XSHIFT)) >>> 0;
  };
  const mix = (x: number, y: number): number => {
    const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
    return (r ^ (r >>> XSHIFT)) >>> 0;
  };
  for (let i = 0; i < poolSize; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0);
  for (let src = 0; src < poolSize; src++) {
    for (let dst = 0; dst < poolSize; dst++) {
      if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src]));
    }
  }
  for (let src = poolSize; src < entropy.length; src++) {
    for (let dst = 0; dst < poolSize; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src]));
  }
  return pool;
}

pyfunction(SEED_SEQUENCE, SeedSequence);
pyfunction(GENERATE_STATE, SeedSequence.prototype.generate_state);
