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
import { lazyModule } from "./lazy-module";
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

export const skimage: typeof SkimageModule = lazyModule(() => require("./skimage"));
export const plt: typeof PltModule = lazyModule(() => require("./plt"));
export const sns: typeof SnsModule = lazyModule(() => require("./sns"));
export const sklearn: typeof SklearnModule = lazyModule(() => require("./sklearn"));
export const natsort: typeof NatsortModule = lazyModule(() => require("./natsort"));
export const glob: typeof GlobModule = lazyModule(() => require("./glob"));
export const scipy: typeof ScipyModule = lazyModule(() => require("./scipy"));
