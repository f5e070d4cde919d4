/**
 * Large arrays live in one shared WebAssembly memory, where the SIMD kernels read and write
 * them in place (sums without a copy, SIMD arithmetic). A block is given back when its
 * TypedArray is garbage-collected and is reused by the next array, so steady work touches no
 * fresh pages, as NumPy's malloc reuses freed memory; collector.ts decides when to collect.
 * When the heap is full all the same, arrays fall back to ordinary ArrayBuffers. Shared
 * memory keeps earlier buffers valid when it grows, so views made before a growth stay usable.
 */
import * as os from "node:os";
import { FreeList } from "./free-list";
import { blockRegistry, collectSoon, reclaimNow } from "./collector";

const PAGE = 65536;
/** Smaller arrays stay on V8's own heap, which is cheaper for them. */
export const HEAP_MIN_BYTES = 1 << 16;
/**
 * The most the shared memory may hold (512 MB, less with under 8 GB of memory); beyond it
 * arrays fall back to ordinary ArrayBuffers. Pages once used stay with the process, so this
 * also bounds what the heap adds to its size. 512 MB holds a burst of about sixty 8 MB
 * temporaries, made before any collection can run.
 */
const LIMIT = Math.max(64 * PAGE, Math.min(2 ** 29, Math.floor(os.totalmem() / 16 / PAGE) * PAGE));
/** Growth step: at least this much, so buffers (one per growth) stay few. */
const MIN_GROWTH = 256 * PAGE;

interface WasmMemory {
  buffer: SharedArrayBuffer;
  grow(pages: number): number;
}

interface Heap {
  memory: WasmMemory;
  /** Every buffer the memory has had (one per growth); views over any of them are heap views. */
  buffers: Set<SharedArrayBuffer>;
  current: SharedArrayBuffer;
  blocks: FreeList;
}

let heap: Heap | null | undefined;
const registry = blockRegistry((b) => heap?.blocks.release(b.at, b.bytes));

function open(): Heap | null {
  if (heap !== undefined) return heap;
  try {
    const Memory = (globalThis as unknown as { WebAssembly: { Memory: new (d: object) => WasmMemory } }).WebAssembly.Memory;
    const memory = new Memory({ initial: 0, maximum: LIMIT / PAGE, shared: true });
    heap = { memory, buffers: new Set([memory.buffer]), current: memory.buffer, blocks: new FreeList(LIMIT) };
  } catch {
    heap = null; // no shared WebAssembly memory here: ordinary ArrayBuffers only
  }
  return heap;
}

/** The shared memory, created on first use; null where the platform has none. */
export function heapMemory(): WasmMemory | null {
  return open()?.memory ?? null;
}

function ensureSize(h: Heap, end: number): boolean {
  const have = h.current.byteLength;
  if (end <= have) return true;
  const want = Math.min(LIMIT, Math.max(end, have + MIN_GROWTH, have * 2));
  try {
    h.memory.grow(Math.ceil((want - have) / PAGE));
  } catch {
    return false;
  }
  h.current = h.memory.buffer;
  h.buffers.add(h.current);
  return true;
}

/** The byte address of `bytes` bytes in the shared memory, or -1 when there is no room. */
function take(h: Heap, bytes: number): number {
  const at = h.blocks.allocate(bytes);
  if (at < 0) return -1;
  if (!ensureSize(h, h.blocks.top)) {
    h.blocks.release(at, bytes);
    return -1;
  }
  return at;
}

/**
 * A TypedArray of `n` elements of `ctor` in the shared memory, contents unspecified, or null
 * when it is too small to belong there or the memory is full.
 */
export function heapArray<T extends { BYTES_PER_ELEMENT: number }>(
  ctor: (new (buffer: SharedArrayBuffer, byteOffset: number, length: number) => T) & { BYTES_PER_ELEMENT: number },
  n: number,
): T | null {
  const bytes = n * ctor.BYTES_PER_ELEMENT;
  if (!(bytes >= HEAP_MIN_BYTES) || bytes > LIMIT) return null;
  const h = open();
  if (h === null) return null;
  let at = take(h, bytes);
  if (at < 0 && reclaimNow(registry, heapBytesInUse)) at = take(h, bytes);
  if (h.blocks.used > LIMIT / 2) collectSoon(registry);
  if (at < 0) return null;
  const view = new ctor(h.current, at, n) as T & object;
  registry.register(view, { at, bytes }, view);
  return view;
}

/**
 * Gives a heap array's block back at once, for a kernel's private workspace that nothing else
 * can see: the next array reuses its warm pages instead of waiting for a collection. The
 * array must not be used afterwards.
 */
export function releaseHeapArray(view: { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }): void {
  if (heap && heapAddress(view) >= 0 && registry.unregister(view)) heap.blocks.release(view.byteOffset, view.byteLength);
}

/** The byte address of a view's first element when it lives in the shared memory, else -1. */
export function heapAddress(view: { buffer: ArrayBufferLike; byteOffset: number }): number {
  return heap && heap.buffers.has(view.buffer as SharedArrayBuffer) ? view.byteOffset : -1;
}

/**
 * heapAddress for a kernel that copies an operand outside the heap through a scratch block: a
 * view of up to 64 bytes counts as outside. V8 may keep so small an array's elements inside
 * the object, and asking it for its buffer would move them out, a copy on every call.
 */
export function largeHeapAddress(view: { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }): number {
  return view.byteLength <= 64 ? -1 : heapAddress(view);
}

/** The most the shared memory may hold (for tests and measurements). */
export function heapLimitBytes(): number {
  return LIMIT;
}

/** Bytes of the shared memory in use by live arrays (for tests and measurements). */
export function heapBytesInUse(): number {
  return heap ? heap.blocks.used : 0;
}

/** Parents of heap subarrays: a subarray keeps its parent (the registered view) alive. */
const parents = new WeakMap<object, object>();

/**
 * `view.subarray(start, end)` that keeps `view` alive as long as the subarray is: the heap
 * gives a block back when its own view is collected, whoever else still looks at the memory.
 */
export function subarrayOf<T extends { subarray(start: number, end: number): T; buffer: ArrayBufferLike; byteOffset: number }>(
  view: T,
  start: number,
  end: number,
): T {
  const sub = view.subarray(start, end);
  if (heapAddress(view) >= 0) parents.set(sub as T & object, parents.get(view as T & object) ?? (view as T & object));
  return sub;
}

/**
 * The byte address of a block of `bytes` in the shared memory that is never given back, for a
 * kernel's constant tables and result words; -1 where there is no heap or no room.
 */
export function heapStaticBlock(bytes: number): number {
  const h = open();
  return h === null ? -1 : take(h, bytes);
}

/** Two scratch blocks, one per operand, for small arrays a SIMD kernel reads for one call. */
const SCRATCH_BYTES = HEAP_MIN_BYTES;
const scratch: (Float64Array | null)[] = [null, null];

/**
 * A heap Float64Array of `n` (at most 8192) elements to copy a small operand into for the
 * duration of one call, or null; slot 0 and 1 are separate.
 */
export function heapScratch(slot: 0 | 1, n: number): Float64Array | null {
  if (8 * n > SCRATCH_BYTES) return null;
  let block = scratch[slot];
  if (block === null) {
    const h = open();
    if (h === null) return null;
    const at = take(h, SCRATCH_BYTES);
    if (at < 0) return null;
    block = scratch[slot] = new Float64Array(h.current, at, SCRATCH_BYTES / 8);
  }
  return block.subarray(0, n);
}
