#!/usr/bin/env node
/**
 * The kernel's entry point: installs the code cache (code-cache.ts) before anything large is
 * loaded, then starts the kernel (start.ts).
 * Usage: node dist/kernel/main.js --config-path CONNECTION_FILE
 * TSLAB_SCI_CODE_CACHE=off starts without the code cache (to time a cold start);
 * TSLAB_SCI_CELL_CACHE=off compiles every cell (see cell-cache.ts).
 */
import * as path from "node:path";
import { CodeCache } from "./code-cache";
import { KERNEL_CACHE_DIR } from "./cache-dir";
import { COLLECTOR_FLAGS, RELAXED_SIMD_FLAG, setV8Flag } from "../np/v8-flags";
import type { SciServer } from "./server";

/** Where the code cache lives. */
export const CODE_CACHE_FILE = path.join(KERNEL_CACHE_DIR, "kernel-code-cache.bin");

/** The folders whose modules the cache holds: this package's compiled code, tslab and its TypeScript. */
function cachedFolders(): string[] {
  const tslab = path.dirname(require.resolve("tslab/package.json"));
  const typescript = path.dirname(require.resolve("@tslab/typescript-for-tslab/package.json", { paths: [tslab] }));
  return [path.resolve(__dirname, ".."), tslab, typescript];
}

/** How long the kernel must have been idle before modules compiled without the cache are written to it. */
const WRITE_AFTER_IDLE_MS = 1500;

/** The connection file named by `--config-path FILE` (or given alone). */
export function connectionFile(argv: string[]): string {
  const at = argv.indexOf("--config-path");
  const file = at >= 0 ? argv[at + 1] : argv.find((a) => !a.startsWith("-"));
  if (!file) throw new Error("usage: main.js --config-path CONNECTION_FILE");
  return file;
}

/** Writes the cache once the kernel has been idle a while (never during a cell), and at exit. */
function writeWhenIdle(server: SciServer, cache: CodeCache): void {
  let timer: NodeJS.Timeout | undefined;
  const publishStatus = server.publishStatus.bind(server);
  server.publishStatus = (state, parent) => {
    clearTimeout(timer);
    if (state === "idle" && cache.pending > 0) timer = setTimeout(() => cache.write(), WRITE_AFTER_IDLE_MS).unref();
    publishStatus(state, parent);
  };
  process.on("exit", () => cache.write());
}

if (require.main === module) {
  const cache = process.env.TSLAB_SCI_CODE_CACHE === "off" ? undefined : new CodeCache(CODE_CACHE_FILE, cachedFolders());
  // the library's flags first: V8 refuses code cached under other flags
  for (const flag of [...COLLECTOR_FLAGS, RELAXED_SIMD_FLAG]) setV8Flag(flag);
  cache?.install();
  const { startKernel } = require("./start") as typeof import("./start");
  startKernel(connectionFile(process.argv.slice(2))).then(
    (server) => cache && writeWhenIdle(server, cache),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
