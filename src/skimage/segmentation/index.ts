/** scikit-image's segmentation module: watershed, borders and boundaries of label images. */
export { watershed } from "./watershed";
export { clear_border } from "./clear_border";
export { find_boundaries, mark_boundaries } from "./boundaries";
export { expand_labels } from "./expand_labels";
export { felzenszwalb } from "./felzenszwalb";
export type { FelzenszwalbOptions } from "./felzenszwalb";
export { slic } from "./slic";
export type { SlicOptions } from "./slic";
export { quickshift } from "./quickshift";
export type { QuickshiftOptions } from "./quickshift";
export { relabel_sequential, join_segmentations } from "./join";
export type { RelabelSequentialOptions } from "./join";
export { random_walker } from "./random_walker";
export type { RandomWalkerOptions } from "./random_walker";
// scikit-image exposes flood and flood_fill in segmentation too (the same functions)
export { flood, flood_fill } from "../morphology/flood";
