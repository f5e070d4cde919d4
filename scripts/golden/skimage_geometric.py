"""Fixtures for skimage.transform's geometric transforms and warp (scikit-image 0.19).

Run: /usr/bin/python3 scripts/golden/skimage_geometric.py
"""
import os
import sys
import warnings

import numpy as np
from skimage import data, transform as tf

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import digest, dump, versions  # noqa: E402


def main():
    warnings.simplefilter("ignore")
    rng = np.random.RandomState(9)
    src = rng.rand(12, 2) * 100
    true = tf.AffineTransform(scale=(1.3, 0.8), rotation=0.4, shear=0.2, translation=(5, -3))
    dst = true(src) + rng.randn(12, 2) * 0.5
    proj = tf.ProjectiveTransform(np.array([[1.1, 0.1, 3], [0.05, 0.9, -2], [1e-3, 2e-3, 1]]))
    dst_proj = proj(src) + rng.randn(12, 2) * 0.2
    weights = rng.rand(12) + 0.1
    sim = tf.SimilarityTransform(scale=1.5, rotation=-0.3, translation=(10, 4))
    dst_sim = sim(src) + rng.randn(12, 2) * 0.3
    euc = tf.EuclideanTransform(rotation=0.7, translation=(-4, 8))
    src3 = rng.rand(10, 3)
    dst3 = src3 @ np.array([[1, 0.1, 0], [0, 1.2, 0.1], [0.1, 0, 0.9]]) + 0.5

    out = {"versions": versions(), "src": src, "dst": dst, "dst_proj": dst_proj, "dst_sim": dst_sim, "weights": weights, "src3": src3, "dst3": dst3}
    est = {}
    for kind, target in [("euclidean", dst_sim), ("similarity", dst_sim), ("affine", dst), ("projective", dst_proj)]:
        t = tf.estimate_transform(kind, src, target)
        est[kind] = {"params": t.params, "residuals": t.residuals(src, target)}
    est["affine_weighted"] = {"params": tf.estimate_transform("affine", src, dst, weights=weights).params}
    est["projective_weighted"] = {"params": tf.estimate_transform("projective", src, dst_proj, weights=weights).params}
    est["affine3d"] = {"params": tf.estimate_transform("affine", src3, dst3).params}
    out["estimate"] = est
    out["construct"] = {
        "affine": true.params, "affine_scalar": tf.AffineTransform(scale=2, rotation=0.1).params,
        "similarity": sim.params, "euclidean": euc.params,
        "affine_props": [list(true.scale), true.rotation, true.shear, list(true.translation)],
        "similarity_scale": sim.scale, "euclidean_props": [euc.rotation, list(euc.translation)],
        "call": true(src[:4]), "inverse": true.inverse(src[:4]), "proj_call": proj(src[:4]),
        "sum": (true + sim).params, "sum_type": type(true + sim).__name__, "sum_same": type(sim + sim).__name__,
        "sum_inverse": (true + sim.inverse).params,
        "matrix_transform": tf.matrix_transform(src[:3], proj.params),
        "str": str(tf.AffineTransform(scale=2)),
    }
    camera = data.camera()
    rot = tf.AffineTransform(rotation=0.2, translation=(40, -30), scale=1.1)
    small = camera[::16, ::16]
    astro = data.astronaut()[::16, ::16]
    w = {}
    for order in [0, 1, 2, 3]:
        w[f"camera_{order}"] = digest(tf.warp(camera, rot, order=order))
        w[f"small_{order}"] = tf.warp(small, rot, order=order)
    w["small_inverse"] = tf.warp(small, rot.inverse)
    w["small_matrix"] = tf.warp(small, rot.params, output_shape=(20, 25))
    w["small_proj"] = tf.warp(small, proj, order=1)
    w["small_proj0"] = tf.warp(small, proj, order=0)
    w["small_edge"] = tf.warp(small, rot, mode="edge", order=3)
    w["small_wrap"] = tf.warp(small, rot, mode="wrap")
    w["small_cval"] = tf.warp(small, rot, cval=0.5, clip=False)
    w["small_range"] = tf.warp(small, rot, preserve_range=True)
    w["astro"] = tf.warp(astro, rot, order=3)
    out["warp"] = w
    out["small"] = small
    out["astro"] = astro
    dump("skimage_geometric/geometric", out)


if __name__ == "__main__":
    main()
