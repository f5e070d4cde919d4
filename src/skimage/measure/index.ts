/** scikit-image's measure module (0.19): labelling, region properties, contours, moments. */
export { label } from "./label";
export { regionprops, RegionProperties } from "./regionprops";
export { regionprops_table } from "./regionprops_table";
export { find_contours } from "./find_contours";
export { perimeter, perimeter_crofton, euler_number } from "./perimeter";
export { moments, moments_central, moments_normalized, moments_hu, centroid, inertia_tensor, inertia_tensor_eigvals } from "./moments";
export { block_reduce } from "./block";
export { shannon_entropy } from "./entropy";
export { profile_line } from "./profile";
