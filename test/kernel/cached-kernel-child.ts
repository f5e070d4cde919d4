/**
 * A kernel's converters answering every cell from a filled cell cache, in a process of its own
 * (the unit-test process has long loaded TypeScript): prints what each cell shows and whether
 * TypeScript was loaded.
 */
import * as path from "node:path";
import { CellCache } from "../../src/kernel/cell-cache";
import { createCellConverters } from "../../src/kernel/converters";
import { codeMetadata } from "../../src/kernel/tslab";
import { CACHED_CELLS } from "./cached-cells";

const ROOT = path.resolve(__dirname, "..", "..");
const converters = createCellConverters(false, new CellCache(process.env.TSLAB_SCI_TEST_CELLS!, "f", ROOT));
let decl = "";
const shown: boolean[] = [];
for (const src of CACHED_CELLS) {
  codeMetadata(src); // tslab's executor reads each cell's tags first
  const result = converters.node.convert(decl, src);
  shown.push(result.lastExpressionVar !== undefined);
  decl = result.declOutput ?? decl;
}
const typescriptLoaded = Object.keys(require.cache).some((file) => file.endsWith(path.join("lib", "typescript.js")));
console.log(JSON.stringify({ shown, compilerReady: converters.compilerReady, typescriptLoaded }));
