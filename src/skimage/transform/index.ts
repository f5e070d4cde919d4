/** `skimage.transform`: resizing, rescaling and rotation. */
export { resize, rescale } from "./resize";
export type { ResizeOptions, WarpMode } from "./resize";
export { downscale_local_mean } from "./downscale";
export { rotate } from "./rotate";
export type { RotateOptions } from "./rotate";
export { warp } from "./warp";
export type { WarpOptions } from "./warp";
export { ProjectiveTransform } from "./geometric/projective";
export { AffineTransform } from "./geometric/affine";
export { EuclideanTransform, SimilarityTransform } from "./geometric/euclidean";
export { estimate_transform, matrix_transform } from "./geometric/estimate";
export { hough_line, hough_line_peaks } from "./hough_line";
export type { HoughLineOptions, HoughLinePeaksOptions } from "./hough_line";
export { hough_circle, hough_circle_peaks } from "./hough_circle";
export type { HoughCircleOptions, HoughCirclePeaksOptions } from "./hough_circle";
export { integral_image, integrate } from "./integral";
export type { IntegralImageOptions } from "./integral";
