/** The interpolation functions of scipy.ndimage (their option cases have a test file of their own). */
export const INTERPOLATION = /\.(affine_transform|map_coordinates|rotate|shift|spline_filter|zoom)$/;
