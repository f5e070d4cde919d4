/**
 * The tslab-sci Jupyter kernel: the pinned tslab's converter, executor and ZeroMQ server,
 * extended with IPython's display and error rules (see server.ts, cell.ts, handler.ts).
 * main.ts starts it.
 */
import { createExecutor } from "./tslab";
import { createCellConverters } from "./converters";
import { CellConsole, CellRunner } from "./cell";
import { SciHandler } from "./handler";
import { SciServer } from "./server";
import { installPythonPrint } from "./print-str";
import { warmUpWhenIdle } from "./warm-up";
import { CellCache, environmentFingerprint } from "./cell-cache";
import { KERNEL_CACHE_DIR } from "./cache-dir";
import * as path from "node:path";

/** Starts the kernel on the connection file; resolves once its sockets are bound. */
export async function startKernel(configPath: string): Promise<SciServer> {
  installPythonPrint();
  const rootDir = process.cwd();
  const cache = process.env.TSLAB_SCI_CELL_CACHE === "off" ? undefined : new CellCache(path.join(KERNEL_CACHE_DIR, "cells"), environmentFingerprint(rootDir), rootDir);
  const converters = createCellConverters(false, cache);
  // without a cell cache every cell needs the compiler: build its program now, not on the first cell
  if (!cache) void converters.node;
  const cellConsole = new CellConsole();
  const executor = createExecutor(rootDir, converters, cellConsole);
  const handler = new SciHandler(executor, false);
  const server = new SciServer(handler, configPath, new CellRunner(executor, converters, cellConsole, handler));
  // A synchronous loop is stopped by vm's breakOnSigint; an awaited promise by interrupt().
  process.on("SIGINT", () => executor.interrupt());
  process.on("uncaughtException", (err) => console.error("Uncaught", err));
  process.on("unhandledRejection", (reason) => console.error("Unhandled promise rejection:", reason));
  await server.init();
  warmUpWhenIdle(server, converters, rootDir);
  return server;
}
