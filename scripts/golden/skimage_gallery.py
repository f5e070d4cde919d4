"""References for scikit-image 0.19's gallery examples, run with Debian's /usr/bin/python3.

Each example's code (scikit-image v0.19.3 doc/examples, comments dropped; applications/
plot_thresholding as plot_thresholding_app; np.object written
`object` as NumPy 1.24 requires; unseeded random draws given seed 0) lives in
scripts/golden/skimage_gallery/<example>.py. This script runs it with matplotlib's Agg backend and
writes test/golden/skimage_gallery/<example>.json: the values named in CHECKS (expressions
evaluated in the example's namespace) and a summary of every figure it drew, read through
matplotlib's artist API.

Arrays up to INLINE elements are written inline; larger ones as gzip-compressed little-endian
files beside the JSON (floats larger than FLOAT_LIMIT as a strided sample plus sum/min/max).
Usage: /usr/bin/python3 scripts/golden/skimage_gallery.py [example ...]
"""
import gzip
import os
import sys
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import _scalar  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, "skimage_gallery")
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "test", "golden", "skimage_gallery"))
INLINE = 2048
FLOAT_LIMIT = 1 << 14
SAMPLES = 4099

# example -> {key: expression evaluated in the example's namespace after it ran}
CHECKS = {
    "plot_canny": {k: k for k in ("image", "edges1", "edges2")},
    "plot_contours": {"r": "r", "contours": "contours"},
    "plot_convex_hull": {k: k for k in ("image", "chull", "chull_diff")},
    "plot_unsharp_mask": {k: k for k in ("result_1", "result_2", "result_3")},
    "plot_hysteresis": {k: k for k in ("edges", "lowt", "hight", "hyst")},
    "plot_multiotsu": {k: k for k in ("thresholds", "regions")},
    "plot_label": {
        "thresh": "thresh", "bw": "bw", "cleared": "cleared", "label_image": "label_image",
        "image_label_overlay": "image_label_overlay",
        "bboxes": "[r.bbox for r in regionprops(label_image) if r.area >= 100]",
    },
    "plot_expand_labels": {k: k for k in ("edges", "markers", "ws", "seg1", "expanded", "color1", "color2")},
    "plot_watershed": {k: k for k in ("image", "distance", "coords", "mask", "markers", "labels")},
    "plot_corner": {k: k for k in ("image", "coords", "coords_subpix")},
    "plot_template": {k: k for k in ("coin", "result", "x", "y")},
    "plot_tophat": {k: k for k in ("image", "footprint", "res")},
    "plot_peak_local_max": {k: k for k in ("im", "image_max", "coordinates")},
    "plot_compact_watershed": {k: k for k in ("edges", "seeds", "w0", "w1")},
    "plot_camera_numpy": {"camera": "camera", "mask": "mask"},
    "plot_edge_filter": {
        k: k for k in ("edge_roberts", "edge_sobel", "edge_scharr", "edge_prewitt",
                       "diff_scharr_prewitt", "diff_scharr_sobel", "max_diff", "true_angle", "angle_farid",
                       "angle_sobel", "angle_scharr", "angle_prewitt", "diff_farid", "diff_sobel", "diff_scharr",
                       "diff_prewitt")
    },
    "plot_thresholding": {"binary": "binary", "thresh": "thresh"},
    "plot_niblack_sauvola": {k: k for k in ("binary_global", "thresh_niblack", "thresh_sauvola", "binary_niblack", "binary_sauvola")},
    "plot_equalize": {k: k for k in ("img", "img_rescale", "img_eq", "img_adapteq", "p2", "p98")},
    "plot_log_gamma": {k: k for k in ("gamma_corrected", "logarithmic_corrected")},
    "plot_skeleton": {k: k for k in ("image", "skeleton", "skeleton_lee", "blobs", "thinned", "thinned_partial", "skel", "distance", "dist_on_skel")},
    "plot_join_segmentations": {k: k for k in ("edges", "markers", "seg1", "seg2", "segj")},
    "plot_segmentations": {k: k for k in ("segments_fz", "segments_slic", "segments_quick", "gradient", "segments_watershed")},
    "plot_regionprops": {
        "image": "image", "label_img": "label_img",
        "regions": "[(p.centroid, p.orientation, p.axis_minor_length, p.axis_major_length, p.bbox) for p in regions]",
        "props": "[(p.label, p.area, p.eccentricity, p.perimeter, p.intensity_mean) for p in props]",
        "labels": "labels",
        "hoverinfos": "hoverinfos",
    },
    "plot_coins_segmentation": {k: k for k in ("edges", "fill_coins", "coins_cleaned", "elevation_map", "markers", "segmentation_coins", "labeled_coins")},
    "plot_morphology": {k: k for k in ("orig_phantom", "footprint", "eroded", "dilated", "opened", "closed", "w_tophat", "b_tophat", "sk")},
    "plot_blob": {k: k for k in ("blobs_log", "blobs_dog", "blobs_doh")},
    "plot_hog": {k: k for k in ("fd", "hog_image", "hog_image_rescaled")},
    "plot_entropy": {k: k for k in ("noise", "image", "entr_img")},
    "plot_dog": {k: k for k in ("image", "filtered_image", "wimage")},
    "plot_histogram_matching": {"matched": "matched"},
    "plot_regional_maxima": {k: k for k in ("image", "dilated", "hdome")},
    "plot_extrema": {k: k for k in ("img", "local_maxima", "label_maxima", "overlay", "h_maxima", "label_h_maxima", "overlay_h")},
    "plot_floodfill": {k: k for k in ("cameraman", "light_coat", "mask", "mask_postprocessed", "filled_checkers")},
    "plot_ridge_filter": {},
    "plot_random_walker_segmentation": {k: k for k in ("data", "markers", "labels")},
    "plot_adapt_rgb": {"each": "sobel_each(image)", "hsv": "sobel_hsv(image)", "gray": "sobel_gray(image)"},
    "plot_mask_slic": {k: k for k in ("lum", "mask", "slic", "m_slic")},
    "plot_line_hough_transform": {
        "h": "h", "theta": "theta", "d": "d", "bounds": "bounds", "peaks": "hough_line_peaks(h, theta, d)",
        "edges": "edges", "lines": "lines",
    },
    "plot_thresholding_app": {k: k for k in ("thresh", "binary", "thresh_min", "binary_min", "global_thresh", "local_thresh", "binary_local", "local_otsu", "threshold_global_otsu", "global_otsu")},
}


class Writer:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def array(self, a, sampled=False):
        """sampled: every step-th element of any large array (figure images repeat the values)."""
        a = np.ascontiguousarray(a)
        if a.dtype.kind == "O":
            return [self.encode(v) for v in a.tolist()]
        out = {"dtype": str(a.dtype), "shape": list(a.shape)}
        if a.size <= INLINE:
            out["data"] = [_scalar(v) for v in a.ravel().tolist()]
            return {"__ndarray__": out}
        flat = a.ravel()
        if a.dtype == bool:  # some scikit-image outputs hold bytes other than 0/1
            flat = flat != 0
        if (a.dtype.kind == "f" and a.size > FLOAT_LIMIT) or sampled:
            step = -(-a.size // SAMPLES)
            if a.dtype.kind == "f":
                out["stats"] = [_scalar(flat.astype(np.float64).sum()), _scalar(flat.min()), _scalar(flat.max())]
            out["step"] = step
            flat = flat[::step].astype(np.float64)
            out["sample_dtype"] = "float64"
        self.count += 1
        fname = f"{self.name}.{self.count}.bin.gz"
        with gzip.open(os.path.join(OUT, fname), "wb", compresslevel=9, ) as f:
            f.write(flat.astype(flat.dtype.newbyteorder("<"), copy=False).tobytes())
        out["gz"] = fname
        return {"__ndarray__": out}

    def encode(self, v):
        if isinstance(v, np.ndarray):
            return self.array(v)
        if isinstance(v, dict):
            return {str(k): self.encode(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [self.encode(x) for x in v]
        if isinstance(v, (np.generic, int, float, bool)):
            return _scalar(v)
        if v is None or isinstance(v, str):
            return v
        raise TypeError(f"cannot encode {type(v)}")


def figure_summary(w, fig):
    axes = []
    for ax in fig.axes:
        images = []
        for im in ax.get_images():
            arr = np.asarray(im.get_array())
            images.append({"array": w.array(arr, sampled=True), "cmap": im.get_cmap().name, "clim": list(im.get_clim())})
        lines = [{"xdata": w.array(np.asarray(ln.get_xdata(), dtype=float), sampled=True),
                  "ydata": w.array(np.asarray(ln.get_ydata(), dtype=float), sampled=True)} for ln in ax.get_lines()]
        axes.append({
            "title": ax.get_title(), "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
            "images": images, "lines": lines, "n_patches": len(ax.patches),
            "n_collections": len(ax.collections), "texts": [t.get_text() for t in ax.texts],
        })
    return {"n_axes": len(fig.axes), "suptitle": fig._suptitle.get_text() if fig._suptitle else "", "axes": axes}


def run(name):
    src_path = os.path.join(SOURCES, name + ".py")
    ns = {"__name__": "__main__"}
    plt.close("all")
    matplotlib.rcdefaults()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(compile(open(src_path).read(), src_path, "exec"), ns)
    w = Writer(name)
    values = {key: w.encode(eval(expr, ns)) for key, expr in CHECKS.get(name, {}).items()}
    figures = [figure_summary(w, plt.figure(n)) for n in plt.get_fignums()]
    plt.close("all")
    import json
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump({"values": values, "figures": figures}, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print(f"wrote {name}", file=sys.stderr)


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or sorted(n[:-3] for n in os.listdir(SOURCES) if n.endswith(".py")):
        run(name)


if __name__ == "__main__":
    main(sys.argv[1:])
