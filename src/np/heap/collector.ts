/**
 * How heap blocks come back: each array's block is registered with a FinalizationRegistry and
 * released when the array is collected. V8 does not see the shared memory, so it would not
 * collect on its account; this asks for collections itself, through Node's gc hook:
 * - after the current task, once the heap is half full;
 * - at once, when the heap is full inside one long synchronous loop (where finalizers could
 *   not run): a full collection, then the registry's cleanupSome() releases the dead arrays'
 *   blocks on the spot. A collection that frees many temporaries pays for itself even in a
 *   notebook kernel's large JavaScript heap (tens of milliseconds for hundreds of MB that
 *   would otherwise spill); while they free little (the arrays are alive), collections are
 *   rationed and arrays fall back to ordinary ArrayBuffers instead.
 * Without the hooks the heap simply fills and arrays fall back.
 */
import { COLLECTOR_FLAGS, setV8Flag } from "../v8-flags";
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
    for (const flag of COLLECTOR_FLAGS) setV8Flag(flag);
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

/** A full collection once the current task ends, releasing the dead arrays' blocks at once. */
export function collectSoon(registry: Registry): void {
  const gc = getHooks()?.gc;
  if (collectScheduled || gc === undefined) return;
  collectScheduled = true;
  setImmediate(() => {
    collectScheduled = false;
    gc();
    registry.cleanupSome?.();
  }).unref();
}

/**
 * What an array that misses the heap costs, per MB: fresh zeroed pages (measured 1 to 3 ms
 * for 8 MB) and the JavaScript loop instead of SIMD; this is the low end.
 */
const FALLBACK_MS_PER_MB = 1 / 8;
/** A collection that took at most this long counts as cheap (a small JavaScript heap). */
const CHEAP_MS = 10;
/**
 * When the last collection freed less than spilling would have cost, collections are rationed:
 * cheap ones may take a tenth of the time, dear ones (a large heap) a hundredth.
 */
const CHEAP_SHARE = 1 / 10;
const DEAR_SHARE = 1 / 100;
let lastEnd = 0;
let lastCost = 0;
let lastPaid = true;

/**
 * A full collection now, with the registry's releases run at once; false when it is not
 * possible, or when the last one freed too little to pay for itself and this one would cost
 * too large a share of the time. `inUse` gives the heap's bytes in use.
 */
export function reclaimNow(registry: Registry, inUse: () => number): boolean {
  const gc = getHooks()?.gc;
  if (gc === undefined || typeof registry.cleanupSome !== "function") return false;
  const start = performance.now();
  const share = lastCost <= CHEAP_MS ? CHEAP_SHARE : DEAR_SHARE;
  if (!lastPaid && start - lastEnd < lastCost / share) return false;
  const before = inUse();
  gc();
  registry.cleanupSome();
  lastEnd = performance.now();
  lastCost = lastEnd - start;
  lastPaid = ((before - inUse()) / 2 ** 20) * FALLBACK_MS_PER_MB >= lastCost;
  return true;
}
