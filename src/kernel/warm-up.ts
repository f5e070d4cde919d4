/**
 * The library made ready while the kernel waits for its first cell: its modules loaded, as
 * `import { np } from "tslab-sci"` would, so that first import answers at once, and the figure
 * renderer's thread started, so the first figure does not wait for vega and sharp to load. It
 * runs after the kernel's first idle status (its answer to kernel_info has gone out), so the
 * kernel is reported ready as early as before; a cell sent meanwhile simply waits for it.
 *
 * The compiler is prepared too (the library's declarations parsed into its program). Without a
 * cell cache that happens at once, since every cell will need it. With one, a notebook run again
 * may never need it, so it is prepared only once the kernel has been idle for a while: a person
 * typing a new cell finds it ready, and Run All of known cells does not pay for it.
 */
import * as path from "node:path";
import { createRequire } from "node:module";
import type { CellConverters } from "./converters";
import type { SciServer } from "./server";

/** The cell whose compilation parses the library's declarations. */
const IMPORT_CELL = 'import * as tslab_sci_warm_up from "tslab-sci";';

/** How long the kernel must have been idle before a cached kernel prepares its compiler. */
export const COMPILER_IDLE_MS = 2000;

/** Warms the library up once the server first reports itself idle, and the compiler as described above. */
export function warmUpWhenIdle(server: SciServer, converters: CellConverters, rootDir: string): void {
  const publishStatus = server.publishStatus.bind(server);
  let libraryDone = false;
  let compilerDone = false;
  let timer: NodeJS.Timeout | undefined;
  const compileNow = () => {
    compilerDone = true;
    warmUpCompiler(converters, rootDir);
  };
  server.publishStatus = (state, parent) => {
    publishStatus(state, parent);
    clearTimeout(timer);
    if (state !== "idle") return;
    if (!libraryDone) {
      libraryDone = true;
      const compileAtOnce = converters.compilerReady;
      setImmediate(() => {
        warmUpLibrary(rootDir);
        if (compileAtOnce && !compilerDone) compileNow();
      });
    }
    // a cell that missed the cache has created the compiler already
    if (!compilerDone && !converters.compilerReady) timer = setTimeout(compileNow, COMPILER_IDLE_MS).unref();
  };
}

/** Where cells' imports of the library resolve from `rootDir`, or undefined when they do not. */
function libraryEntry(rootDir: string): { entry: string; cellRequire: NodeRequire } | undefined {
  const cellRequire = createRequire(path.join(rootDir, "src.js")); // as tslab's executor resolves
  try {
    return { entry: cellRequire.resolve("tslab-sci"), cellRequire };
  } catch {
    return undefined; // a notebook folder without the library: nothing to prepare
  }
}

/** Starts the figure renderer's thread and loads the library from where the cells' imports resolve. */
export function warmUpLibrary(rootDir: string): void {
  const found = libraryEntry(rootDir);
  if (!found) return;
  try {
    // the figure renderer's thread first: it loads vega and sharp on another core meanwhile
    const render = path.join(path.dirname(found.entry), "display", "render.js");
    (found.cellRequire(render) as { startRenderer?: () => void }).startRenderer?.();
    found.cellRequire(found.entry);
  } catch {
    // the first real import or figure reports whatever is wrong, in its cell
  }
}

/** Compiles an import of the library, which parses its declarations into the compiler's program. */
export function warmUpCompiler(converters: CellConverters, rootDir: string): void {
  if (!libraryEntry(rootDir)) return;
  try {
    converters.compileOnly(IMPORT_CELL);
  } catch {
    // the first real import reports whatever is wrong, in its cell
  }
}

/** Both warm-ups at once. */
export function warmUp(converters: CellConverters, rootDir: string): void {
  warmUpLibrary(rootDir);
  warmUpCompiler(converters, rootDir);
}
