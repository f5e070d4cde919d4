/**
 * The Mersenne Twister in WebAssembly (the listings the kernel in wasm.ts is assembled from).
 * After each twist the whole block of 624 words is tempered at once into TEMPERED_BYTE, four
 * words per SIMD instruction; draws then only read tempered words. Function REFILL (twist and
 * temper) and TEMPER (temper only, run when a generator's state has just been loaded) come
 * first in the module; the drawing functions call them.
 */
import {
  Code, br, brIf, block, call, end, f64c, get, i32, ifThen, load, loadV, i32x4, loop, op, set, splat, store, storeF64, storeV,
} from "./wasm-ops";
import { OUT_BYTE, TEMPERED_BYTE } from "./wasm-layout";

/** Function indices of the module's first two functions. */
export const REFILL = 0;
export const TEMPER = 1;

const N = 624;
const M = 397;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df | 0;
const TEMPER_B = 0x9d2c5680 | 0;
const TEMPER_C = 0xefc60000 | 0;

/**
 * key[i] = key[partner] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A), y = (key[i] & UPPER) | (key[i + 1] & LOWER),
 * for the word at byte address local 0; local 1 is scratch.
 */
function twistStep(nextAddr: Code, partnerAddr: Code): Code {
  return [
    ...get(0), // address for the store
    ...get(0), ...load(0), ...i32(UPPER), ...op.and,
    ...nextAddr, ...load(0), ...i32(LOWER), ...op.and,
    ...op.or, ...set(1),
    ...partnerAddr, ...load(0),
    ...get(1), ...i32(1), ...op.shrU, ...op.xor,
    ...i32(0), ...get(1), ...i32(1), ...op.and, ...op.sub, ...i32(MATRIX_A), ...op.and, ...op.xor,
    ...store(0),
  ];
}

/**
 * twistStep for the four words from byte address local 0 at once (local 2 is an i32x4).
 * Valid where none of the four reads a word the same step writes: the next words are read
 * before they are written, and partners lie at least M - 3 words away.
 */
function twistStep4(partnerAddr: Code): Code {
  return [
    ...get(0),
    ...get(0), ...loadV(0), ...splat(UPPER), ...i32x4.and,
    ...get(0), ...loadV(4), ...splat(LOWER), ...i32x4.and,
    ...i32x4.or, ...set(2),
    ...partnerAddr, ...loadV(0),
    ...get(2), ...i32(1), ...i32x4.shrU, ...i32x4.xor,
    // -(y & 1) & MATRIX_A: the low bit spread over the word, then masked
    ...get(2), ...i32(31), ...i32x4.shl, ...i32(31), ...i32x4.shrS, ...splat(MATRIX_A), ...i32x4.and, ...i32x4.xor,
    ...storeV(0),
  ];
}

const advance = (bytes: number): Code => [...get(0), ...i32(bytes), ...op.add, ...set(0)];

/** refill(): the twist, then TEMPER. Locals 0 = p (byte address), 1 = y, 2 = y (i32x4). */
export const REFILL_BODY: Code = [
  // words 0 .. 223, four at a time (partners i + M, not yet rewritten)
  ...i32(0), ...set(0),
  ...loop,
  ...twistStep4([...get(0), ...i32(4 * M), ...op.add]),
  ...advance(16),
  ...get(0), ...i32(4 * 224), ...op.ltU, ...brIf(0),
  ...end,
  // words 224 .. 226 one by one: a group of four would reach the partner past the end
  ...twistStep([...get(0), ...i32(4), ...op.add], [...get(0), ...i32(4 * M), ...op.add]), ...advance(4),
  ...twistStep([...get(0), ...i32(4), ...op.add], [...get(0), ...i32(4 * M), ...op.add]), ...advance(4),
  ...twistStep([...get(0), ...i32(4), ...op.add], [...get(0), ...i32(4 * M), ...op.add]), ...advance(4),
  // words 227 .. 622, four at a time (partners i + M - N, already rewritten)
  ...loop,
  ...twistStep4([...get(0), ...i32(4 * (N - M)), ...op.sub]),
  ...advance(16),
  ...get(0), ...i32(4 * (N - 1)), ...op.ltU, ...brIf(0),
  ...end,
  // the last word wraps around to key[0]
  ...twistStep(i32(0), i32(4 * (M - 1))),
  ...call(TEMPER),
];

/** temper(): TEMPERED[i] = temper(key[i]) for all 624 words, four at a time. Locals 0 = p, 1 = y (i32x4). */
export const TEMPER_BODY: Code = [
  ...i32(0), ...set(0),
  ...loop,
  ...get(0),
  ...get(0), ...loadV(0), ...set(1),
  // y ^= y >>> 11; y ^= (y << 7) & B; y ^= (y << 15) & C; y ^= y >>> 18
  ...get(1), ...get(1), ...i32(11), ...i32x4.shrU, ...i32x4.xor, ...set(1),
  ...get(1), ...get(1), ...i32(7), ...i32x4.shl, ...splat(TEMPER_B), ...i32x4.and, ...i32x4.xor, ...set(1),
  ...get(1), ...get(1), ...i32(15), ...i32x4.shl, ...splat(TEMPER_C), ...i32x4.and, ...i32x4.xor, ...set(1),
  ...get(1), ...get(1), ...i32(18), ...i32x4.shrU, ...i32x4.xor,
  ...storeV(TEMPERED_BYTE),
  ...advance(16),
  ...get(0), ...i32(4 * N), ...op.ltU, ...brIf(0),
  ...end,
];

/**
 * The next tempered word into local `dst`. Locals of every function that draws words:
 * 0 = pos (state index), 5 and 6 = the two words of a double.
 */
function nextWord(dst: number): Code {
  return [
    ...get(0), ...i32(N), ...op.eq, ...ifThen, ...call(REFILL), ...i32(0), ...set(0), ...end,
    ...get(0), ...i32(4), ...op.mul, ...load(TEMPERED_BYTE), ...set(dst),
    ...get(0), ...i32(1), ...op.add, ...set(0),
  ];
}

/** Draws the next two tempered words into locals 5 and 6. */
const DRAW_TWO_WORDS: Code = [...nextWord(5), ...nextWord(6)];

/** The double `((a >>> 5) * 2^26 + (b >>> 6)) / 2^53` of the words in locals 5 and 6, on the stack. */
const DOUBLE_OF_WORDS: Code = [
  ...get(5), ...i32(5), ...op.shrU, ...op.f64fromU32, ...f64c(67108864), ...op.f64mul,
  ...get(6), ...i32(6), ...op.shrU, ...op.f64fromU32, ...op.f64add,
  ...f64c(1.1102230246251565e-16), ...op.f64mul,
];

/** One double in [0, 1) from the next two tempered words, on the stack. */
export const NEXT_DOUBLE: Code = [...DRAW_TWO_WORDS, ...DOUBLE_OF_WORDS];

/** fill(pos, n) -> pos: locals 0 = pos, 1 = n, 2 = out address, 3 = end address, 5 = a, 6 = b. */
export const FILL_BODY: Code = [
  ...call(TEMPER),
  ...i32(OUT_BYTE), ...set(2),
  ...get(1), ...i32(8), ...op.mul, ...i32(OUT_BYTE), ...op.add, ...set(3),
  ...block,
  ...loop,
  ...get(2), ...get(3), ...op.geU, ...brIf(1),
  ...DRAW_TWO_WORDS,
  ...get(2),
  ...DOUBLE_OF_WORDS,
  ...storeF64(0),
  ...get(2), ...i32(8), ...op.add, ...set(2),
  ...br(0),
  ...end,
  ...end,
  ...get(0),
];
