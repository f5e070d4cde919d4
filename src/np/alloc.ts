/**
 * Storage for results whose every element the caller writes before anyone reads it (ufunc
 * outputs, copies). Large arrays go to the shared WebAssembly heap (heap/heap.ts), where SIMD
 * kernels work on them in place; when it is full they are taken uninitialised from Node's
 * allocator, which skips the zero fill a zeroed TypedArray costs.
 */
import { constants } from "node:buffer";
import { DType, Storage, StorageConstructor } from "./dtype";
import { heapArray } from "./heap/heap";
import { MemoryError, ValueError } from "../errors";

/** Up to this many bytes V8 keeps a TypedArray's elements in the object itself, which is cheapest. */
const IN_OBJECT_BYTES = 64;

/**
 * Small arrays are carved out of slabs, ArrayBuffers shared by many arrays: an ArrayBuffer of
 * its own costs a small array more than its loop does (a backing store for V8 to allocate,
 * account and sweep, and collections brought on by them). A slab lives as long as any array
 * carved from it; slabs are 16 times the largest array they take, so a small array that lives
 * on among dying temporaries keeps at most that much memory with it. Slabs are not zeroed
 * (Node's allocator reuses freed memory); zeroedStorage clears what it carves.
 */
class Slabs {
  private buffer: ArrayBuffer = new ArrayBuffer(0);
  private used = 0;

  constructor(readonly maxBytes: number) {}

  carve(ctor: StorageConstructor, n: number, bytes: number): Storage {
    const size = (bytes + 7) & ~7;
    if (this.used + size > this.buffer.byteLength) {
      this.buffer = slabBuffer(16 * this.maxBytes);
      this.used = 0;
    }
    const view = new ctor(this.buffer, this.used, n);
    this.used += size;
    return view;
  }
}

/** An ArrayBuffer of `bytes` with unspecified contents. */
function slabBuffer(bytes: number): ArrayBuffer {
  const buf = Buffer.allocUnsafeSlow(bytes);
  return buf.byteOffset === 0 && buf.buffer.byteLength === bytes ? (buf.buffer as ArrayBuffer) : new ArrayBuffer(bytes);
}

const TINY = new Slabs(1024);
const SMALL = new Slabs(8192);

/** A TypedArray of `n` elements of `ctor` carved from a slab (contents unspecified), or null when it is not small. */
function carved(ctor: StorageConstructor, n: number): Storage | null {
  const bytes = n * ctor.BYTES_PER_ELEMENT;
  if (bytes <= IN_OBJECT_BYTES || bytes > SMALL.maxBytes) return null;
  return (bytes <= TINY.maxBytes ? TINY : SMALL).carve(ctor, n, bytes);
}

/** A TypedArray of `n` elements of `ctor` with unspecified contents: write all of them. */
export function uninitStorage(ctor: StorageConstructor, n: number): Storage {
  const bytes = n * ctor.BYTES_PER_ELEMENT;
  if (bytes <= SMALL.maxBytes) return carved(ctor, n) ?? new ctor(n);
  const shared = heapArray(ctor, n);
  if (shared !== null) return shared;
  // Node's Buffers stop at 4 GiB; larger arrays are zero-filled TypedArrays, as np.zeros makes
  if (bytes > constants.MAX_LENGTH) return new ctor(n);
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
  const small = carved(ctor, n);
  if (small !== null) return small.fill(0);
  const shared = heapArray(ctor, n); // null for small arrays
  return shared !== null ? shared.fill(0) : new ctor(n);
}

const UNITS = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

/** NumPy's size text in allocation errors: "7.28 TiB", "728. TiB", "16.0 GiB". */
function sizeText(bytes: number): string {
  let unit = Math.floor(Math.max(Math.floor(Math.log2(bytes)), 1) / 10);
  let units = bytes / 2 ** (unit * 10);
  if (Math.round(units) === 1024) {
    unit++;
    units /= 1024;
  }
  if (unit >= UNITS.length) {
    units *= 2 ** ((unit - UNITS.length + 1) * 10);
    unit = UNITS.length - 1;
  }
  if (unit === 0) return `${units.toFixed(0)} bytes`;
  if (Math.round(units) < 1000) {
    const text = units.toPrecision(3);
    return `${text.includes(".") ? text : text + "."} ${UNITS[unit]}`;
  }
  return `${units.toFixed(0)}. ${UNITS[unit]}`;
}

/**
 * Runs `make` (which allocates an array of `shape` and `dt`), turning a failed allocation into
 * NumPy's errors: ValueError when the byte count exceeds what an address can hold,
 * MemoryError "Unable to allocate 7.28 TiB for an array with shape ..." otherwise.
 */
export function allocating<T>(shape: readonly number[], dt: DType, make: () => T): T {
  let size = 1;
  for (const d of shape) size *= d;
  const bytes = size * dt.itemsize;
  if (bytes >= 2 ** 63) {
    throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
  }
  try {
    return make();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
    throw new MemoryError(`Unable to allocate ${sizeText(bytes)} for an array with shape ${shapeText} and data type ${dt.name}`);
  }
}
