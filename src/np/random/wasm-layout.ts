/**
 * The memory map of the generator's WebAssembly instance (two 64 KiB pages): the state words
 * and their tempered copy, the work and output area, the logarithm tables and the list of
 * values left for JavaScript to finish.
 */

/** The 624 state words (int32 bit patterns). */
export const KEY_BYTE = 0;
/** The tempered outputs of the 624 state words, valid since the last twist or load. */
export const TEMPERED_BYTE = 4096;
/** Byte offset of the work and output area. */
export const OUT_BYTE = 8192;
const WORK_BYTES = 49152;
/** Capacity of the output area of `fill`, in doubles. */
export const OUT_CAPACITY = 4096;
/** Capacity of `gauss`, in accepted pairs: an [x1, x2, r2] triple each while drawing. */
export const GAUSS_CAPACITY = WORK_BYTES / 24;
/** The four 128-entry tables of the exact logarithm: 1/c, log(c), and 1/c's Veltkamp halves. */
export const INVC_BYTE = OUT_BYTE + WORK_BYTES;
export const LOGC_BYTE = INVC_BYTE + 8 * 128;
export const INVC_HI_BYTE = LOGC_BYTE + 8 * 128;
export const INVC_LO_BYTE = INVC_HI_BYTE + 8 * 128;
/** Pair numbers (int32) whose logarithm JavaScript finishes, one per pair at most. */
export const FIX_BYTE = INVC_LO_BYTE + 8 * 128;
/** How many pair numbers the last `gauss` call listed at FIX_BYTE (one int32). */
export const FIX_COUNT_BYTE = FIX_BYTE + 4 * GAUSS_CAPACITY;
/** Memory size in 64 KiB pages. */
export const PAGES = 2;

if (8 * OUT_CAPACITY > WORK_BYTES || FIX_COUNT_BYTE + 4 > PAGES * 65536) throw new Error("generator kernel layout exceeds its memory");
