/**
 * The library made ready while the kernel waits for its first cell: its declarations parsed
 * into the compiler's program and its modules loaded, as `import { np } from "tslab-sci"`
 * would, so that first import answers at once; and the figure renderer's thread started, so
 * the first figure does not wait for vega and sharp to load. It runs after the kernel's first idle status
 * (its answer to kernel_info has gone out), so the kernel is reported ready as early as before;
 * a cell sent meanwhile simply waits for it, as it would have waited for its own import.
 */
import * as path from "node:path";
import { createRequire } from "node:module";
import type { CellConverters } from "./converters";
import type { SciServer } from "./server";

/** The cell whose compilation parses the library's declarations. */
const IMPORT_CELL = 'import * as tslab_sci_warm_up from "tslab-sci";';

/** Warms the library up once the server first reports itself idle. */
export function warmUpWhenIdle(server: SciServer, converters: CellConverters, rootDir: string): void {
  const publishStatus = server.publishStatus.bind(server);
  let started = false;
  server.publishStatus = (state, parent) => {
    publishStatus(state, parent);
    if (state !== "idle" || started) return;
    started = true;
    setImmediate(() => warmUp(converters, rootDir));
  };
}

/** Compiles an import of the library and loads it from where the cells' imports resolve. */
export function warmUp(converters: CellConverters, rootDir: string): void {
  const cellRequire = createRequire(path.join(rootDir, "src.js")); // as tslab's executor resolves
  let entry: string;
  try {
    entry = cellRequire.resolve("tslab-sci");
  } catch {
    return; // a notebook folder without the library: nothing to prepare
  }
  try {
    // the figure renderer's thread first: it loads vega and sharp on another core meanwhile
    const render = path.join(path.dirname(entry), "display", "render.js");
    (cellRequire(render) as { startRenderer?: () => void }).startRenderer?.();
    converters.node.convert("", IMPORT_CELL);
    cellRequire(entry);
  } catch {
    // the first real import or figure reports whatever is wrong, in its cell
  }
}
