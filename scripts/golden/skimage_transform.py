"""Golden fixtures for skimage transform and filters. Run: /usr/bin/python3 scripts/golden/skimage_transform.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import color, data, filters, transform  # noqa: E402

warnings.simplefilter("ignore")


def transform_fixtures():
    coins = data.coins()[:96, :128]
    ast = data.astronaut()[:64, :80]
    rng = np.random.default_rng(3)
    small = rng.random((13, 17))
    out = {"coins": coins, "ast": ast, "small": small, "resize": {}, "rescale": {}, "downscale": {}}
    cases = []
    for mode in ["reflect", "constant", "edge", "symmetric", "wrap"]:
        for order in [0, 1, 2, 3]:
            cases.append((f"small_{mode}_{order}_down", "small", (6, 8), dict(order=order, mode=mode)))
            cases.append((f"small_{mode}_{order}_up", "small", (29, 23), dict(order=order, mode=mode)))
    cases += [
        ("coins_quarter", "coins", (24, 32), {}),
        ("coins_noaa", "coins", (24, 32), dict(anti_aliasing=False)),
        ("coins_up3", "coins", (150, 200), dict(order=3)),
        ("coins_sigma", "coins", (40, 50), dict(anti_aliasing_sigma=1.5)),
        ("coins_preserve", "coins", (40, 50), dict(preserve_range=True)),
        ("coins_cval", "coins", (120, 140), dict(mode="constant", cval=2.0, order=1)),
        ("coins_order0", "coins", (37, 41), dict(order=0)),
        # uint8 order 0 keeps scipy's uint8 Gaussian: truncated after each axis, so one ulp in
        # a kernel weight moves a pixel by a grey level (sigma 0.5 shows it)
        ("coins_order0_half", "coins", (48, 38), dict(order=0)),
        ("ast_order0", "ast", (32, 27), dict(order=0)),
        ("ast_half", "ast", (32, 40), {}),
        ("ast_mixed", "ast", (100, 30), {}),
        ("ast_3d", "ast", (32, 40, 2), {}),
    ]
    srcs = {"coins": coins, "ast": ast, "small": small}
    for name, src, shape, kw in cases:
        out["resize"][name] = {"shape": list(shape), "kw": kw, "out": transform.resize(srcs[src], shape, **kw), "src": src}
    out["rescale"]["coins_025"] = transform.rescale(coins, 0.25)
    out["rescale"]["coins_xy"] = transform.rescale(coins, (0.5, 0.3))
    out["rescale"]["ast_ch"] = transform.rescale(ast, 0.5, channel_axis=-1)
    out["downscale"]["coins_3_4"] = transform.downscale_local_mean(coins, (3, 5))
    out["downscale"]["ast_2_2_1"] = transform.downscale_local_mean(ast, (2, 3, 1))
    out["downscale"]["small_cval"] = transform.downscale_local_mean(small, (4, 4), cval=1.5)
    # The tutorial's pipeline on a (1024, 809) gray image
    photo = color.rgb2gray(transform.resize(data.coffee(), (1024, 809), anti_aliasing=False))
    q1 = transform.rescale(photo, 0.25)
    q2 = transform.resize(photo, (photo.shape[0] // 4, photo.shape[1] // 4))
    out["tutorial"] = {"rescale_shape": list(q1.shape), "rescale_mean": float(q1.mean()), "rescale_crop": q1[100:140, 80:120],
                       "resize_shape": list(q2.shape), "resize_mean": float(q2.mean()), "resize_crop": q2[100:140, 80:120]}
    dump("skimage/transform", out)


def filters_fixtures():
    coins = data.coins()[:96, :128]
    ast = data.astronaut()[:64, :80]
    rng = np.random.default_rng(4)
    small = rng.random((13, 17))
    out = {
        "gaussian_coins": filters.gaussian(coins, sigma=2),
        "gaussian_small_modes": {m: filters.gaussian(small, sigma=1.3, mode=m, cval=0.3) for m in ["reflect", "mirror", "nearest", "constant", "wrap"]},
        "gaussian_small_xy": filters.gaussian(small, sigma=(0.5, 3), truncate=2.0),
        "gaussian_preserve": filters.gaussian(coins, sigma=1, preserve_range=True),
        "gaussian_ast": filters.gaussian(ast, sigma=1.5, channel_axis=-1),
        "sobel_coins": filters.sobel(coins),
        "sobel_small": filters.sobel(small),
        "sobel_axis0": filters.sobel(small, axis=0),
        "sobel_axis1_nearest": filters.sobel(small, axis=1, mode="nearest"),
        "otsu_camera": float(filters.threshold_otsu(data.camera())),
        "otsu_coins": float(filters.threshold_otsu(data.coins())),
        "otsu_small": float(filters.threshold_otsu(small)),
        "otsu_small_64": float(filters.threshold_otsu(small, nbins=64)),
        "small": small,
    }
    dump("skimage/filters", out)


if __name__ == "__main__":
    print(versions(), file=sys.stderr)
    transform_fixtures()
    filters_fixtures()
