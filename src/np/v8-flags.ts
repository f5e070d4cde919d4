/**
 * The V8 flags the library sets while it runs: a full collection on demand and
 * FinalizationRegistry.cleanupSome (np/heap/collector.ts), and WebAssembly's relaxed SIMD for
 * fused multiply-adds (np/wasm/relaxed-simd.ts). The kernel sets them all before it loads any
 * code, since V8 refuses code cached under a different set of flags.
 */
export const COLLECTOR_FLAGS = ["--expose-gc", "--harmony-weak-refs-with-cleanup-some"];
export const RELAXED_SIMD_FLAG = "--experimental-wasm-relaxed-simd";

/** Sets one flag; false when this Node has no such flag or refuses flags. */
export function setV8Flag(flag: string): boolean {
  try {
    (require("node:v8") as typeof import("node:v8")).setFlagsFromString(flag);
    return true;
  } catch {
    return false;
  }
}
