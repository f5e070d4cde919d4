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

/** Starts the kernel on the connection file; resolves once its sockets are bound. */
export async function startKernel(configPath: string): Promise<SciServer> {
  installPythonPrint();
  const converters = createCellConverters();
  void converters.node; // compile the TypeScript program now, not on the first cell
  const cellConsole = new CellConsole();
  const executor = createExecutor(process.cwd(), converters, cellConsole);
  const handler = new SciHandler(executor, false);
  const server = new SciServer(handler, configPath, new CellRunner(executor, converters, cellConsole, handler));
  // A synchronous loop is stopped by vm's breakOnSigint; an awaited promise by interrupt().
  process.on("SIGINT", () => executor.interrupt());
  process.on("uncaughtException", (err) => console.error("Uncaught", err));
  process.on("unhandledRejection", (reason) => console.error("Unhandled promise rejection:", reason));
  await server.init();
  warmUpWhenIdle(server, converters, process.cwd());
  return server;
}
