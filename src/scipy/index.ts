/** SciPy for TypeScript: the `scipy.ndimage` namespace (`import { scipy } from "tslab-sci"`). */
export * as ndimage from "./ndimage";
