/**
 * How heap blocks come back: each array's block is registered with a FinalizationRegistry and
 * released when the array is collected. V8 does not see the shared memory, so it would not
 * collect on its account; this asks for collections itself, through Node's gc hook:
 * - after the current task, once the heap is half full;
 * - at once, when the heap is full inside one long synchronous loop (where finalizers could
 *   not run): a full collection, then the registry's cleanupSome() releases the dead arrays'
 *   blocks on the spot. Cheap collections (a small JavaScript heap) may take a tenth of the
 *   time; dear ones (a notebook kernel's large heap) a hundredth, so there arrays mostly fall
 *   back to ordinary ArrayBuffers instead.
 * Without the hooks the heap simply fills and arrays fall back.
 */
interface Hooks {
  gc: () => void;
  FinalizationRegistry: FinalizationRegistryConstructor;
}

export interface Block {
  at: number;
  bytes: number;
}

interface Registry {
  register(target: object, held: Block, token: object): void;
  unregister(token: object): boolean;
  cleanupSome?: () => void;
}

let hooks: Hooks | null | undefined;

/** gc and a FinalizationRegistry with cleanupSome, from a context made after the flags are set. */
function getHooks(): Hooks | null {
  if (hooks !== undefined) return hooks;
  try {
    const v8 = require("node:v8") as typeof import("node:v8");
    v8.setFlagsFromString("--expose-gc");
    v8.setFlagsFromString("--harmony-weak-refs-with-cleanup-some");
    hooks = require("node:vm").runInNewContext("({ gc, FinalizationRegistry })") as Hooks;
  } catch {
    hooks = null;
  }
  return hooks;
}

/** A registry that calls `release` with the block of each collected array. */
export function blockRegistry(release: (b: Block) => void): Registry {
  const Ctor = getHooks()?.FinalizationRegistry ?? FinalizationRegistry;
  return new Ctor<Block>(release) as unknown as Registry;
}

let collectScheduled = false;

/** A full collection once the current task ends. */
export function collectSoon(): void {
  const gc = getHooks()?.gc;
  if (collectScheduled || gc === undefined) return;
  collectScheduled = true;
  setImmediate(() => {
    collectScheduled = false;
    gc();
  }).unref();
}

/**
 * A collection that took at most this long counts as cheap: reclaiming the heap then beats
 * spilling the next arrays into fresh memory (8 MB of fresh pages costs about a millisecond).
 */
const CHEAP_MS = 10;
/** Cheap collections may take a tenth of the time, dear ones (a large heap) a hundredth. */
const CHEAP_SHARE = 1 / 10;
const DEAR_SHARE = 1 / 100;
let lastEnd = 0;
let lastCost = 0;

/**
 * A full collection now, with the registry's releases run at once; false when it is not
 * possible or would cost too large a share of the time.
 */
export function reclaimNow(registry: Registry): boolean {
  const gc = getHooks()?.gc;
  if (gc === undefined || typeof registry.cleanupSome !== "function") return false;
  const start = performance.now();
  const share = lastCost <= CHEAP_MS ? CHEAP_SHARE : DEAR_SHARE;
  if (lastCost > 0 && start - lastEnd < lastCost / share) return false;
  gc();
  registry.cleanupSome();
  lastEnd = performance.now();
  lastCost = lastEnd - start;
  return true;
}
