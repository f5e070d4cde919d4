/**
 * Synchronous calls into a worker thread, for the libraries that are async (sharp, vega) behind
 * functions that are synchronous in Python (imread, plt.show). Blocks through synckit; the
 * thread starts on the first call. Works from src/ under tsx (a .ts worker, given tsx's hooks)
 * and from the compiled dist/ (a .js worker).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** A synchronous call into a worker; `start()` starts its thread ahead of the first call. */
export interface SyncWorkerFn<Request, Reply> {
  (request: Request): Reply;
  start(): void;
}

/** A function that runs `<dir>/<name>.ts|.js` in a worker and waits for its answer. */
export function syncWorker<Request, Reply>(dir: string, name: string, timeoutMs: number): SyncWorkerFn<Request, Reply> {
  let call: ((request: Request) => Reply) | undefined;
  const start = (): ((request: Request) => Reply) => {
    if (call === undefined) {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const { createSyncFn } = require("synckit") as typeof import("synckit");
      if (__filename.endsWith(".ts")) {
        const cjs = require.resolve("tsx/cjs");
        const esm = pathToFileURL(require.resolve("tsx/esm")).href;
        call = createSyncFn(join(dir, `${name}.ts`), {
          tsRunner: "tsx",
          execArgv: ["--require", cjs, "--import", esm],
          timeout: timeoutMs,
        }) as unknown as (request: Request) => Reply;
      } else {
        call = createSyncFn(join(dir, `${name}.js`), { timeout: timeoutMs }) as unknown as (request: Request) => Reply;
      }
    }
    return call;
  };
  return Object.assign((request: Request) => start()(request), { start: () => void start() });
}
