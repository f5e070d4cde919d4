/**
 * A team of threads that run functions of WebAssembly modules over the shared heap, for the
 * kernels whose work splits into independent parts (rows of a matrix product, stretches of an
 * elementwise operation). The calling
 * thread takes part 0 and blocks until the others are done, so callers stay synchronous as in
 * NumPy. Helper threads start on first use and join once they are ready; until then a call
 * simply runs on fewer threads. Which thread computes a part never changes its values.
 *
 * The number of threads follows OMP_NUM_THREADS when set (as OpenBLAS does), else the cores,
 * at most four.
 */
import * as os from "node:os";
import { Worker } from "node:worker_threads";
import { WasmFunction, compileForHeap, instanceOnHeap } from "../wasm/assemble";
import { heapMemory } from "../heap/heap";
import { ARGS_BYTE_OFFSET, MAX_ARGS, SLOT_BYTES, WORD, WORKER_SOURCE } from "./worker-source";

const MAX_THREADS = 4;

type Call = (...args: number[]) => void;

interface Helper {
  words: Int32Array;
  args: Float64Array;
}

export interface HeapTeam {
  /** The functions on the calling thread, by name (for calls that are not split). */
  readonly kernels: Record<string, Call>;
  /** Threads a call can use now: the calling one plus the helpers that are ready. */
  size(): number;
  /** Runs `fn` with `parts[t]` on thread t (0 is the calling thread); returns when all are done. */
  run(fn: string, parts: readonly (readonly number[])[]): void;
}

/** Threads wanted in all: OMP_NUM_THREADS, else the number of cores, capped at four. */
export function threadsWanted(): number {
  const env = Number.parseInt(process.env.OMP_NUM_THREADS ?? "", 10);
  if (Number.isFinite(env) && env >= 1) return Math.min(env, MAX_THREADS);
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, MAX_THREADS));
}

class Team implements HeapTeam {
  private helpers: Helper[] = [];
  private started = false;

  constructor(
    private readonly modules: object[],
    private readonly memory: object,
    private readonly names: string[],
    readonly kernels: Record<string, Call>,
  ) {}

  private start(): void {
    this.started = true;
    const count = threadsWanted() - 1;
    if (count <= 0) return;
    const control = new SharedArrayBuffer(count * SLOT_BYTES);
    for (let slot = 0; slot < count; slot++) {
      const words = new Int32Array(control, slot * SLOT_BYTES, 8);
      try {
        const worker = new Worker(WORKER_SOURCE, {
          eval: true,
          execArgv: [],
          workerData: { memory: this.memory, modules: this.modules, control, slot, names: this.names },
        });
        worker.on("error", () => Atomics.store(words, WORD.ready, 0)); // a thread that failed to start is never used
        worker.unref();
      } catch {
        break;
      }
      this.helpers.push({ words, args: new Float64Array(control, slot * SLOT_BYTES + ARGS_BYTE_OFFSET, MAX_ARGS) });
    }
  }

  size(): number {
    if (!this.started) this.start();
    let n = 1;
    while (n - 1 < this.helpers.length && Atomics.load(this.helpers[n - 1].words, WORD.ready) === 1) n++;
    return n;
  }

  run(fn: string, parts: readonly (readonly number[])[]): void {
    const index = this.names.indexOf(fn);
    if (index < 0 || (parts.length > 1 && parts.length > this.size())) throw new Error(`heap team cannot run ${fn} on ${parts.length} threads`);
    const busy = this.helpers.slice(0, parts.length - 1);
    const jobs = busy.map((h, t) => {
      h.words[WORD.fn] = index;
      h.args.fill(0);
      h.args.set(parts[t + 1]);
      const job = Atomics.add(h.words, WORD.job, 1) + 1;
      Atomics.notify(h.words, WORD.job);
      return job;
    });
    let failure: unknown = null;
    try {
      this.kernels[fn](...parts[0]);
    } catch (e) {
      failure = e;
    }
    // wait for every helper even when this thread failed: they are still writing the heap
    busy.forEach((h, t) => {
      for (let done = Atomics.load(h.words, WORD.finished); done !== jobs[t]; done = Atomics.load(h.words, WORD.finished)) {
        if (Atomics.load(h.words, WORD.ready) === 0) {
          failure ??= new Error(`${fn}: a helper thread has ended`);
          return;
        }
        Atomics.wait(h.words, WORD.finished, done, 1000);
      }
      if (h.words[WORD.failed] === 1 && failure === null) failure = new Error(`${fn} failed on a helper thread`);
    });
    if (failure !== null) throw failure;
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
