/**
 * scikit-image for TypeScript: `const { data, io, util, color, transform, filters } = skimage`.
 */
export * as data from "./data";
export * as io from "./io";
export * as util from "./util";
export * as color from "./color";
export * as transform from "./transform";
export * as filters from "./filters";
export * as exposure from "./exposure";
export * as metrics from "./metrics";
export * as draw from "./draw";
export * as morphology from "./morphology";
export * as segmentation from "./segmentation";
export * as feature from "./feature";
export * as measure from "./measure";
export * as restoration from "./restoration";
