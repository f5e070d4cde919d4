/**
 * A team of threads that run functions of WebAssembly modules over the shared heap, for the
 * kernels whose work splits into independent parts (rows of a matrix product, stretches of an
 * elementwise operation). The calling thread claims parts along with the helpers and blocks
 * until all are done, so callers stay synchronous as in NumPy; a helper that is slow (its core
 * busy with something else) simply takes fewer parts. Helper threads start on first use and
 * join once they are ready; until then the calling thread runs every part. Which thread
 * computes a part never changes its values.
 *
 * The number of threads follows OMP_NUM_THREADS when set (as OpenBLAS does), else the cores,
 * at most four.
 */
import * as os from "node:os";
import { Worker } from "node:worker_threads";
import { WasmFunction, compileForHeap, instanceOnHeap } from "../wasm/assemble";
import { heapMemory } from "../heap/heap";
import { CLAIM_SOURCE, CONTROL_BYTES, MAX_ARGS, MAX_PARTS, SPIN_MS, TABLE_BYTE_OFFSET, TAG_MASK, WORD, WORKER_SOURCE } from "./worker-source";

const MAX_THREADS = 4;

type Call = (...args: number[]) => void;

export interface HeapTeam {
  /** The functions on the calling thread, by name (for calls that are not split). */
  readonly kernels: Record<string, Call>;
  /** Threads a call can use now: the calling one plus the helpers that are ready. */
  size(): number;
  /**
   * Runs `fn` once per part (argument list), the parts shared out between the threads as each
   * becomes free, the calling thread among them; returns when all are done. Parts must not
   * write the same memory.
   */
  run(fn: string, parts: readonly (readonly number[])[]): void;
}

/**
 * Parts per thread when a kernel splits its work: several, so that a thread whose core is busy
 * with something else takes fewer of them while the others take more.
 */
export const PARTS_PER_THREAD = 4;

/**
 * 0..count in ranges of about equal length, each starting at a multiple of `align`:
 * `perThread` of them per thread, or one range for one thread (which the calling thread then
 * runs directly, without the helpers).
 */
export function threadShares(count: number, threads: number, align: number, perThread = PARTS_PER_THREAD): [number, number][] {
  if (threads <= 1) return [[0, count]];
  const units = Math.ceil(count / align);
  const k = threads > 1 ? Math.max(1, Math.min(threads * perThread, units, MAX_PARTS)) : 1;
  return Array.from({ length: k }, (_, t) => [
    Math.floor((units * t) / k) * align,
    Math.min(count, Math.floor((units * (t + 1)) / k) * align),
  ]);
}

/** Threads wanted in all: OMP_NUM_THREADS, else the number of cores, capped at four. */
export function threadsWanted(): number {
  const env = Number.parseInt(process.env.OMP_NUM_THREADS ?? "", 10);
  if (Number.isFinite(env) && env >= 1) return Math.min(env, MAX_THREADS);
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, MAX_THREADS));
}

type Claim = (words: Int32Array, table: Float64Array, fns: Call[], tag: number) => void;
/** The claiming loop of the helpers, compiled here from the same text for the calling thread. */
const claim = new Function(`return (${CLAIM_SOURCE});`)() as Claim;

class Team implements HeapTeam {
  private readonly control = new SharedArrayBuffer(CONTROL_BYTES);
  private readonly words = new Int32Array(this.control, 0, TABLE_BYTE_OFFSET / 4);
  private readonly table = new Float64Array(this.control, TABLE_BYTE_OFFSET, MAX_PARTS * MAX_ARGS);
  private readonly fns: Call[];
  private helpers = 0;
  /** Helpers seen ready: one of them at 0 again has ended. */
  private readonly seenReady: boolean[] = [];
  private started = false;

  constructor(
    private readonly modules: object[],
    private readonly memory: object,
    private readonly names: string[],
    readonly kernels: Record<string, Call>,
  ) {
    this.fns = names.map((n) => kernels[n]);
  }

  private start(): void {
    this.started = true;
    const { control, words } = this;
    for (let slot = 0; slot < threadsWanted() - 1; slot++) {
      try {
        const worker = new Worker(WORKER_SOURCE, {
          eval: true,
          execArgv: [],
          workerData: { memory: this.memory, modules: this.modules, control, slot, names: this.names },
        });
        worker.on("error", () => Atomics.store(words, WORD.ready + slot, 0)); // a thread that failed to start is never used
        worker.unref();
      } catch {
        break;
      }
      this.helpers++;
    }
  }

  size(): number {
    if (!this.started) this.start();
    let n = 1;
    for (let slot = 0; slot < this.helpers; slot++) {
      if (Atomics.load(this.words, WORD.ready + slot) === 1) {
        this.seenReady[slot] = true;
        n++;
      }
    }
    return n;
  }

  /** Whether a helper that was ready has ended since. */
  private helperEnded(): boolean {
    return this.seenReady.some((seen, slot) => seen && Atomics.load(this.words, WORD.ready + slot) === 0);
  }

  run(fn: string, parts: readonly (readonly number[])[]): void {
    const index = this.names.indexOf(fn);
    if (index < 0 || parts.length > MAX_PARTS) throw new Error(`heap team cannot run ${fn} in ${parts.length} parts`);
    if (parts.length === 1) {
      this.kernels[fn](...parts[0]);
      return;
    }
    if (!this.started) this.start();
    const { words, table } = this;
    table.fill(0, 0, parts.length * MAX_ARGS);
    parts.forEach((p, i) => table.set(p, i * MAX_ARGS));
    words[WORD.fn] = index;
    words[WORD.count] = parts.length;
    words[WORD.done] = 0;
    words[WORD.failed] = 0;
    const job = words[WORD.job] + 1;
    const tag = job & TAG_MASK;
    Atomics.store(words, WORD.ticket, tag << 16);
    Atomics.store(words, WORD.job, job);
    Atomics.notify(words, WORD.job);
    claim(words, table, this.fns, tag);
    // the parts the helpers claimed: they are still writing the heap. Their last ones usually
    // end within a moment, sooner than a sleeping thread would be woken
    for (const until = performance.now() + SPIN_MS; Atomics.load(words, WORD.done) !== parts.length && performance.now() < until;);
    for (let done = Atomics.load(words, WORD.done); done !== parts.length; done = Atomics.load(words, WORD.done)) {
      const waited = Atomics.wait(words, WORD.done, done, 1000);
      if (waited === "timed-out" && Atomics.load(words, WORD.done) === done && this.helperEnded()) {
        throw new Error(`${fn}: a helper thread has ended`);
      }
    }
    if (words[WORD.failed] === 1) throw new Error(`${fn} failed on the heap threads`);
  }
}

/**
 * A team for modules of the function sets (names unique across them), or null where
 * WebAssembly, SIMD or the shared heap is missing.
 */
export function heapTeam(sets: readonly (readonly WasmFunction[])[]): HeapTeam | null {
  const memory = heapMemory();
  if (memory === null) return null;
  const modules: object[] = [];
  const kernels: Record<string, Call> = {};
  for (const fns of sets) {
    const module = compileForHeap(fns);
    const own = module === null ? null : instanceOnHeap(module, memory);
    if (module === null || own === null) return null;
    modules.push(module);
    for (const f of fns) {
      if (f.name in kernels) throw new Error(`heap team: two functions named ${f.name}`);
      kernels[f.name] = own[f.name] as Call;
    }
  }
  return new Team(modules, memory, Object.keys(kernels), kernels);
}
