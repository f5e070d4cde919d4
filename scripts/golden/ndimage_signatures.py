"""The Python signatures of the scipy.ndimage, skimage.morphology and skimage.measure functions
this library declares: parameter names, kinds and defaults as inspect sees them.
Run: /usr/bin/python3 scripts/golden/ndimage_signatures.py"""
import inspect
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump  # noqa: E402

import scipy.ndimage  # noqa: E402
import skimage.measure  # noqa: E402
import skimage.morphology  # noqa: E402
import skimage.morphology.footprints  # noqa: E402

NAMES = {
    "scipy.ndimage": ["gaussian_filter", "uniform_filter", "median_filter", "maximum_filter", "minimum_filter", "convolve", "correlate",
                      "sobel", "laplace", "generate_binary_structure", "label", "find_objects", "binary_erosion", "binary_dilation",
                      "binary_opening", "binary_closing", "binary_fill_holes", "distance_transform_edt", "center_of_mass", "sum",
                      "sum_labels", "mean", "maximum", "minimum", "zoom", "rotate", "shift", "affine_transform", "map_coordinates",
                      "spline_filter", "gaussian_filter1d", "uniform_filter1d", "minimum_filter1d", "maximum_filter1d",
                      "correlate1d", "convolve1d", "prewitt", "gaussian_laplace", "gaussian_gradient_magnitude", "grey_erosion",
                      "grey_dilation", "grey_opening", "grey_closing", "variance", "standard_deviation", "median", "rank_filter", "percentile_filter",
                      "minimum_position", "maximum_position", "extrema", "generic_filter"],
    "skimage.morphology": ["disk", "square", "rectangle", "diamond", "star", "octagon", "ball", "cube", "octahedron", "erosion",
                           "dilation", "opening", "closing", "white_tophat", "black_tophat", "binary_erosion", "binary_dilation",
                           "binary_opening", "binary_closing", "remove_small_objects", "remove_small_holes", "skeletonize", "thin",
                           "medial_axis", "convex_hull_image", "reconstruction", "area_opening", "area_closing", "flood", "flood_fill",
                           "h_maxima", "local_maxima", "local_minima", "h_minima", "convex_hull_object", "label"],
    "skimage.morphology.footprints": ["ellipse"],
    "skimage.measure": ["label", "regionprops", "regionprops_table", "find_contours", "perimeter", "perimeter_crofton", "euler_number",
                        "moments", "moments_central", "moments_normalized", "moments_hu", "centroid", "inertia_tensor",
                        "inertia_tensor_eigvals", "block_reduce", "shannon_entropy", "profile_line", "points_in_poly",
                        "grid_points_in_poly", "moments_coords", "moments_coords_central", "approximate_polygon",
                        "subdivide_polygon"],
}
KIND = {inspect.Parameter.POSITIONAL_ONLY: "positional", inspect.Parameter.POSITIONAL_OR_KEYWORD: "either",
        inspect.Parameter.VAR_POSITIONAL: "varargs", inspect.Parameter.KEYWORD_ONLY: "keyword", inspect.Parameter.VAR_KEYWORD: "varkw"}
out = {}
for mod, names in NAMES.items():
    m = sys.modules[mod]
    for name in names:
        sig = inspect.signature(getattr(m, name))
        params = []
        for p in sig.parameters.values():
            d = p.default
            default = None if d is inspect.Parameter.empty else (repr(d) if not isinstance(d, (int, float, str, bool, type(None), tuple)) else d)
            params.append({"name": p.name, "kind": KIND[p.kind], "has_default": d is not inspect.Parameter.empty, "default": default})
        out[f"{mod}.{name}"] = params
dump("ndimage/signatures", out)
