/** `skimage.metrics`: image comparison measures. */
export { mean_squared_error, normalized_root_mse, peak_signal_noise_ratio } from "./simple_metrics";
export { structural_similarity } from "./structural_similarity";
export type { StructuralSimilarityOptions } from "./structural_similarity";
export { normalized_mutual_information } from "./normalized_mutual_information";
export { hausdorff_distance } from "./set_metrics";
