/** scikit-image's measure module (0.19): labelling, region properties, contours, moments. */
export { label } from "./label";
export { regionprops, RegionProperties } from "./regionprops";
export { regionprops_table } from "./regionprops_table";
export { find_contours } from "./find_contours";
export { perimeter, perimeter_crofton, euler_number } from "./perimeter";
export { moments, moments_central, moments_normalized, moments_hu, moments_coords, moments_coords_central, centroid, inertia_tensor, inertia_tensor_eigvals } from "./moments";
export { block_reduce } from "./block";
export { shannon_entropy } from "./entropy";
export { profile_line } from "./profile";
export { points_in_poly, grid_points_in_poly } from "./pnpoly";
export { approximate_polygon, subdivide_polygon } from "./polygon";
