/**
 * Large arrays for a kernel's results and intermediates, taken from the shared heap
 * (np/heap): fresh zeroed pages cost about as much as a light pass over them, and the heap
 * hands back warm memory. Intermediates nothing else sees are given back as soon as the kernel
 * is done with them, so the next one reuses the same pages.
 */
import { uninitStorage } from "../../np/alloc";
import { releaseHeapArray } from "../../np/heap/heap";

/** A Float64Array of n elements with unspecified contents: the caller writes every element. */
export function uninitFloat64(n: number): Float64Array {
  return uninitStorage(Float64Array, n) as Float64Array;
}

/** A Float64Array of n elements filled with `value`. */
export function filledFloat64(n: number, value = 0): Float64Array {
  return uninitFloat64(n).fill(value);
}

/** Gives intermediates back to the heap: none of them may be used afterwards. */
export function releaseScratch(...arrays: { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }[]): void {
  for (const a of arrays) releaseHeapArray(a);
}
