/**
 * scipy.ndimage for TypeScript (SciPy 1.10): `import { scipy } from "tslab-sci";
 * scipy.ndimage.gaussian_filter(image, 3)`.
 */
export { gaussian_filter } from "./gaussian";
export { uniform_filter } from "./uniform";
export { minimum_filter, maximum_filter, median_filter, rank_filter, percentile_filter, generic_filter } from "./rank";
export { correlate, convolve } from "./correlate";
export { sobel, laplace } from "./derivatives";
export { generate_binary_structure } from "./structure";
export { binary_erosion, binary_dilation, binary_opening, binary_closing, binary_fill_holes } from "./binary";
export { label, find_objects } from "./label";
export { sum, sum_labels, mean, maximum, minimum, center_of_mass, variance, standard_deviation, median, minimum_position, maximum_position, extrema } from "./measurements";
export { distance_transform_edt } from "./edt";
export { map_coordinates, affine_transform, shift, zoom, rotate, spline_filter } from "./interpolation";
export { gaussian_filter1d, uniform_filter1d, minimum_filter1d, maximum_filter1d, correlate1d, convolve1d, prewitt, gaussian_laplace, gaussian_gradient_magnitude } from "./filters1d";
export { grey_erosion, grey_dilation, grey_opening, grey_closing } from "./grey";
