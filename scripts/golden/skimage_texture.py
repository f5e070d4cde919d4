"""Fixtures for skimage.feature's texture and matching functions (local_binary_pattern,
multiblock_lbp, match_template) from Debian's scikit-image 0.19.

Run: /usr/bin/python3 scripts/golden/skimage_texture.py
"""
import os
import sys

import numpy as np
from skimage import data, feature, transform

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    camera = data.camera()[::8, ::8]
    rng = np.random.RandomState(1)
    small = rng.randint(0, 4, (9, 10)).astype(np.uint8)
    lbp = {}
    for method in ["default", "ror", "uniform", "nri_uniform", "var"]:
        lbp[method] = feature.local_binary_pattern(camera, 8, 1, method)
        lbp[method + "_16_2"] = feature.local_binary_pattern(camera, 16, 2.5, method=method)
    lbp["small_ror"] = feature.local_binary_pattern(small, 4, 1, "ror")
    lbp["small_uniform"] = feature.local_binary_pattern(small, 6, 1.5, "uniform")
    lbp["upper"] = feature.local_binary_pattern(small, 8, 1, "VAR")

    ii = transform.integral_image(rng.rand(12, 12))
    mb = [feature.multiblock_lbp(ii, r, c, w, h) for (r, c, w, h) in
          [(0, 0, 1, 1), (0, 0, 3, 3), (1, 2, 2, 3), (2, 1, 3, 2)]]
    ii_int = transform.integral_image(small.astype(np.int64))
    mb_int = [feature.multiblock_lbp(ii_int, 0, 0, 2, 2), feature.multiblock_lbp(ii_int, 1, 1, 1, 2)]

    coins = data.coins()
    coin = coins[170:220, 75:130]
    image3 = rng.rand(10, 11, 12)
    tpl3 = image3[2:5, 3:7, 4:6].copy()
    mt = {
        "coins": feature.match_template(coins[::2, ::2], coin[::2, ::2]),
        "coins_pad": feature.match_template(coins[::2, ::2], coin[::2, ::2], pad_input=True),
        "coins_reflect": feature.match_template(coins[::3, ::3], coin[::3, ::3], True, "reflect"),
        "coins_cval": feature.match_template(coins[::3, ::3], coin[::3, ::3], pad_input=True, constant_values=100),
        "edge": feature.match_template(small.astype(float), small[2:5, 3:6].astype(float), mode="edge"),
        "float32": feature.match_template(small.astype(np.float32), small[2:5, 3:6]),
        "volume": feature.match_template(image3, tpl3),
    }
    f32 = rng.rand(12, 12).astype(np.float32)
    draw = {
        "input32": f32,
        "gray": feature.draw_multiblock_lbp(small, 0, 0, 3, 3),
        "code": feature.draw_multiblock_lbp(camera, 10, 5, 6, 4, lbp_code=0b10110010, alpha=0.3),
        "colors": feature.draw_multiblock_lbp(data.astronaut()[::16, ::16], 1, 2, 5, 5, 0b01011100,
                                              (1, 0, 0), (0, 1, 0), 0.75),
        "float32": feature.draw_multiblock_lbp(f32, 0, 0, 4, 4, lbp_code=165),
    }
    out = {"versions": versions(), "draw_multiblock_lbp": draw, "small": small, "ii": ii, "ii_int": ii_int, "image3": image3,
           "lbp": lbp, "multiblock_lbp": mb, "multiblock_lbp_int": mb_int, "match_template": mt}
    dump("skimage_feature/texture", out)


if __name__ == "__main__":
    main()
