/** The names of scikit-image 0.19's region properties, and the older names that stand for them. */

/** The properties that need an intensity image. */
export const INTENSITY_PROPS = ["image_intensity", "intensity_max", "intensity_mean", "intensity_min", "moments_weighted", "moments_weighted_central", "centroid_weighted", "centroid_weighted_local", "moments_weighted_hu", "moments_weighted_normalized"];

/** The 0.19 property names. */
export const PROP_NAMES = [
  "area", "area_bbox", "area_convex", "area_filled", "axis_major_length", "axis_minor_length", "bbox", "centroid", "centroid_local",
  "centroid_weighted", "centroid_weighted_local", "coords", "eccentricity", "equivalent_diameter_area", "euler_number", "extent",
  "feret_diameter_max", "image", "image_convex", "image_filled", "image_intensity", "inertia_tensor", "inertia_tensor_eigvals",
  "intensity_max", "intensity_mean", "intensity_min", "label", "moments", "moments_central", "moments_hu", "moments_normalized",
  "moments_weighted", "moments_weighted_central", "moments_weighted_hu", "moments_weighted_normalized", "orientation", "perimeter",
  "perimeter_crofton", "slice", "solidity",
];

/** Older names (and CamelCase ones) and the 0.19 names they stand for. */
export const OLD_NAMES: Record<string, string> = {
  Area: "area", BoundingBox: "bbox", BoundingBoxArea: "area_bbox", bbox_area: "area_bbox", CentralMoments: "moments_central",
  Centroid: "centroid", ConvexArea: "area_convex", convex_area: "area_convex", ConvexImage: "image_convex", convex_image: "image_convex",
  Coordinates: "coords", Eccentricity: "eccentricity", EquivDiameter: "equivalent_diameter_area", equivalent_diameter: "equivalent_diameter_area",
  EulerNumber: "euler_number", Extent: "extent", FeretDiameter: "feret_diameter_max", FeretDiameterMax: "feret_diameter_max",
  FilledArea: "area_filled", filled_area: "area_filled", FilledImage: "image_filled", filled_image: "image_filled", HuMoments: "moments_hu",
  Image: "image", InertiaTensor: "inertia_tensor", InertiaTensorEigvals: "inertia_tensor_eigvals", IntensityImage: "image_intensity",
  intensity_image: "image_intensity", Label: "label", LocalCentroid: "centroid_local", local_centroid: "centroid_local",
  MajorAxisLength: "axis_major_length", major_axis_length: "axis_major_length", MaxIntensity: "intensity_max", max_intensity: "intensity_max",
  MeanIntensity: "intensity_mean", mean_intensity: "intensity_mean", MinIntensity: "intensity_min", min_intensity: "intensity_min",
  MinorAxisLength: "axis_minor_length", minor_axis_length: "axis_minor_length", Moments: "moments", NormalizedMoments: "moments_normalized",
  Orientation: "orientation", Perimeter: "perimeter", CroftonPerimeter: "perimeter_crofton", Slice: "slice", Solidity: "solidity", WeightedCentralMoments: "moments_weighted_central",
  weighted_moments_central: "moments_weighted_central", WeightedCentroid: "centroid_weighted", weighted_centroid: "centroid_weighted",
  WeightedHuMoments: "moments_weighted_hu", weighted_moments_hu: "moments_weighted_hu", WeightedLocalCentroid: "centroid_weighted_local",
  weighted_local_centroid: "centroid_weighted_local", WeightedMoments: "moments_weighted", weighted_moments: "moments_weighted",
  WeightedNormalizedMoments: "moments_weighted_normalized", weighted_moments_normalized: "moments_weighted_normalized",
};
