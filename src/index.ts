/**
 * tslab-sci: the Python teaching stack for tslab notebooks.
 *
 * ```ts
 * import { np, skimage, plt, sns, sklearn, natsort, glob } from "tslab-sci";
 * ```
 */
export * as np from "./np";
export * as skimage from "./skimage";
export * as plt from "./plt";
export * as sns from "./sns";
export * as sklearn from "./sklearn";
export * as natsort from "./natsort";
export * as glob from "./glob";
// Teaches NDArray the display protocols of the Deno and IJavascript kernels.
import "./display/ndarray";

export { ValueError, IndexError, AxisError, PyTypeError } from "./errors";
export * as scipy from "./scipy";
