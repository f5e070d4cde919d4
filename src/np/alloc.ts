/**
 * Storage for results whose every element the caller writes before anyone reads it (ufunc
 * outputs, copies). Large arrays go to the shared WebAssembly heap (heap/heap.ts), where SIMD
 * kernels work on them in place; when it is full they are taken uninitialised from Node's
 * allocator, which skips the zero fill a zeroed TypedArray costs.
 */
import { DType, Storage, StorageConstructor } from "./dtype";
import { heapArray } from "./heap/heap";

/** Below this many bytes V8 keeps TypedArrays on its own heap, which is cheaper still. */
const MIN_UNINIT_BYTES = 512;

/** A TypedArray of `n` elements of `ctor` with unspecified contents: write all of them. */
export function uninitStorage(ctor: StorageConstructor, n: number): Storage {
  const bytes = n * ctor.BYTES_PER_ELEMENT;
  if (bytes < MIN_UNINIT_BYTES) return new ctor(n);
  const shared = heapArray(ctor, n);
  if (shared !== null) return shared;
  const buf = Buffer.allocUnsafeSlow(bytes);
  if (buf.byteOffset !== 0 || buf.buffer.byteLength !== bytes) return new ctor(n);
  return new ctor(buf.buffer as ArrayBuffer, 0, n);
}

/** Uninitialised storage for `n` elements of a dtype (see uninitStorage). */
export function uninitData(dt: DType, n: number): Storage {
  return uninitStorage(dt.storage, n);
}

/** A zero-filled TypedArray of `n` elements of `ctor`: in the shared heap when large. */
export function zeroedStorage(ctor: StorageConstructor, n: number): Storage {
  const shared = heapArray(ctor, n); // null for small arrays
  return shared !== null ? shared.fill(0) : new ctor(n);
}
