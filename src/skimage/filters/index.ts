/** `skimage.filters`: smoothing, edges and thresholds. */
export { gaussian } from "./gaussian";
export type { GaussianOptions } from "./gaussian";
export { sobel } from "./edges";
export { threshold_otsu } from "./thresholding";
export { threshold_yen, threshold_isodata, threshold_mean, threshold_triangle, threshold_minimum } from "./thresholds";
export type { HistThresholdOptions, IsodataOptions, MinimumOptions } from "./thresholds";
export { threshold_li } from "./threshold_li";
export type { ThresholdLiOptions } from "./threshold_li";
export { threshold_multiotsu } from "./multiotsu";
export type { MultiotsuOptions } from "./multiotsu";
export { threshold_local, threshold_niblack, threshold_sauvola } from "./threshold_local";
export type { ThresholdLocalOptions, SauvolaOptions } from "./threshold_local";
export { correlate_sparse } from "./sparse";
export { apply_hysteresis_threshold } from "./hysteresis";
export {
  sobel_h, sobel_v, scharr, scharr_h, scharr_v, prewitt, prewitt_h, prewitt_v, roberts, roberts_pos_diag, roberts_neg_diag,
  farid, farid_h, farid_v, laplace,
} from "./edge_filters";
export type { EdgeOptions } from "./edge_filters";
export { median } from "./median";
export type { MedianOptions } from "./median";
export * as rank from "./rank";
export { unsharp_mask } from "./unsharp_mask";
export type { UnsharpMaskOptions } from "./unsharp_mask";
export { difference_of_gaussians } from "./difference_of_gaussians";
export type { DifferenceOfGaussiansOptions } from "./difference_of_gaussians";
export { meijering, sato, frangi, hessian } from "./ridges";
export type { RidgeOptions, FrangiOptions } from "./ridges";
export { rank_order } from "./rank_order";
export { try_all_threshold } from "./try_all_threshold";
export type { TryAllThresholdOptions } from "./try_all_threshold";
export { window } from "./window";
export type { WindowOptions } from "./window";
