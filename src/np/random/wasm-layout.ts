/**
 * The memory map of the generator's WebAssembly instance (two 64 KiB pages): the state words
 * and their tempered copy, the output area, the accepted polar pairs, the logarithm tables
 * and the list of pairs left for JavaScript to finish.
 */

/** The 624 state words (int32 bit patterns). */
export const KEY_BYTE = 0;
/** The tempered outputs of the 624 state words, valid since the last twist or load. */
export const TEMPERED_BYTE = 4096;
/** Byte offset of the output area (doubles). */
export const OUT_BYTE = 8192;
/** Capacity of the output area, in doubles. */
export const OUT_CAPACITY = 4096;
/** Capacity of `gauss`, in accepted pairs (two normals each). */
export const GAUSS_CAPACITY = OUT_CAPACITY / 2;
/** The accepted pairs' x1, x2 and r2 = x1^2 + x2^2, one array of GAUSS_CAPACITY doubles each. */
export const X1_BYTE = OUT_BYTE + 8 * OUT_CAPACITY;
export const X2_BYTE = X1_BYTE + 8 * GAUSS_CAPACITY;
export const R2_BYTE = X2_BYTE + 8 * GAUSS_CAPACITY;
/**
 * The exact logarithm's table, 128 entries of 32 bytes: 1/c's Veltkamp halves, then 1/c and
 * log(c) (byte offsets within an entry: the LOG_ENTRY fields), so that one 16-byte load fetches
 * two of an entry's values.
 */
export const LOG_TABLE_BYTE = R2_BYTE + 8 * GAUSS_CAPACITY;
export const LOG_ENTRY = { invcHi: 0, invcLo: 8, invc: 16, logc: 24 } as const;
/** Constants of the SIMD code, each in both lanes of a 16-byte slot (loading one is cheaper than building it). */
export const VCONST_BYTE = LOG_TABLE_BYTE + 32 * 128;
export const VCONST_SLOTS = 16;
/** Pair numbers (int32) whose logarithm JavaScript finishes, one per pair at most. */
export const FIX_BYTE = VCONST_BYTE + 16 * VCONST_SLOTS;
/** How many pair numbers the last `gauss` call listed at FIX_BYTE (one int32). */
export const FIX_COUNT_BYTE = FIX_BYTE + 4 * GAUSS_CAPACITY;
/** Memory size in 64 KiB pages. */
export const PAGES = 2;

if (FIX_COUNT_BYTE + 4 > PAGES * 65536) throw new Error("generator kernel layout exceeds its memory");
