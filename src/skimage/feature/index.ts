/** scikit-image's feature module: peaks, corners and edges. */
export { peak_local_max } from "./peak";
export { canny } from "./canny";
export { structure_tensor, corner_harris, corner_shi_tomasi, corner_peaks } from "./corner";
export { local_binary_pattern, multiblock_lbp } from "./texture";
export type { LocalBinaryPatternOptions } from "./texture";
export { match_template } from "./template";
export type { MatchTemplateOptions } from "./template";
export { hog } from "./hog";
export type { HogOptions } from "./hog";
export { blob_log, blob_dog, blob_doh } from "./blob";
export type { BlobLogOptions, BlobDogOptions, BlobDohOptions } from "./blob";
export { draw_multiblock_lbp } from "./texture";
export type { DrawMultiblockLbpOptions } from "./texture";
export { corner_subpix } from "./corner_subpix";
export type { CornerSubpixOptions } from "./corner_subpix";
