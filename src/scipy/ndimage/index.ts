/**
 * scipy.ndimage for TypeScript (SciPy 1.10): `import { scipy } from "tslab-sci";
 * scipy.ndimage.gaussian_filter(image, 3)`.
 */
export { gaussian_filter } from "./gaussian";
export { uniform_filter } from "./uniform";
export { minimum_filter, maximum_filter, median_filter } from "./rank";
export { correlate, convolve } from "./correlate";
export { sobel, laplace } from "./derivatives";
