import * as path from "node:path";

/** Where the kernel keeps its caches: inside the package's own node_modules, never in the user's folders. */
export const KERNEL_CACHE_DIR = path.resolve(__dirname, "..", "..", "node_modules", ".cache", "tslab-sci");
