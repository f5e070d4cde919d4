/** scikit-image's morphology module (0.19): footprints, grey and binary morphology, cleaning, hulls, skeletons. */
export { square, rectangle, diamond, disk, ellipse, cube, octahedron, ball, octagon, star } from "./footprints";
export { erosion, dilation, opening, closing, white_tophat, black_tophat } from "./gray";
export { binary_erosion, binary_dilation, binary_opening, binary_closing } from "./binary";
export { remove_small_objects, remove_small_holes } from "./misc";
export { convex_hull_image, convex_hull_object } from "./convex_hull";
export { reconstruction } from "./reconstruction";
export { flood, flood_fill } from "./flood";
export { local_maxima, local_minima, h_maxima, h_minima } from "./extrema";
export { area_opening, area_closing } from "./area";
export { skeletonize, thin, medial_axis } from "./skeletonize";
// skimage.morphology.label is skimage.measure.label
export { label } from "../measure/label";
export { skeletonize_3d } from "./skeletonize_lee";
