/**
 * tslab-sci: the Python teaching stack for tslab notebooks.
 *
 * ```ts
 * import { np, skimage, plt, sns, sklearn, natsort, glob } from "tslab-sci";
 * ```
 *
 * np loads with the package; every other namespace loads on first use, as Python imports a
 * module only when asked, so a notebook pays only for the libraries it uses.
 */
import type * as SkimageModule from "./skimage";
import type * as PltModule from "./plt";
import type * as SnsModule from "./sns";
import type * as SklearnModule from "./sklearn";
import type * as NatsortModule from "./natsort";
import type * as GlobModule from "./glob";
import type * as ScipyModule from "./scipy";

export * as np from "./np";
// Teaches NDArray the display protocols of the Deno and IJavascript kernels.
import "./display/ndarray";

export { ValueError, IndexError, AxisError, PyTypeError } from "./errors";

export declare const skimage: typeof SkimageModule;
export declare const plt: typeof PltModule;
export declare const sns: typeof SnsModule;
export declare const sklearn: typeof SklearnModule;
export declare const natsort: typeof NatsortModule;
export declare const glob: typeof GlobModule;
export declare const scipy: typeof ScipyModule;

/** Each lazy namespace: its module, required on first access. */
const LAZY: Record<string, () => unknown> = {
  skimage: () => require("./skimage"),
  plt: () => require("./plt"),
  sns: () => require("./sns"),
  sklearn: () => require("./sklearn"),
  natsort: () => require("./natsort"),
  glob: () => require("./glob"),
  scipy: () => require("./scipy"),
};
for (const [name, load] of Object.entries(LAZY)) {
  Object.defineProperty(exports, name, { enumerable: true, configurable: true, get: load });
}
