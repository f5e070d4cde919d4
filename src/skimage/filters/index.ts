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
