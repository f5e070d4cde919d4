"""Golden fixtures for skimage.transform.rotate. Run: /usr/bin/python3 scripts/golden/skimage_rotate.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, transform  # noqa: E402

warnings.simplefilter("ignore")


def rotate_fixtures():
    coins = data.coins()[:40, :56]
    ast = data.astronaut()[100:130, 200:236]
    rng = np.random.default_rng(5)
    small = rng.random((9, 12))
    srcs = {"coins": coins, "ast": ast, "small": small}
    cases = [("coins_30", "coins", 30, {}), ("coins_90", "coins", 90, {}), ("coins_m45_resize", "coins", -45, dict(resize=True)),
             ("coins_center", "coins", 20, dict(center=(5, 10))), ("coins_preserve", "coins", 15, dict(preserve_range=True)),
             ("ast_25", "ast", 25, {}), ("ast_resize", "ast", 60, dict(resize=True)),
             ("coins_cval", "coins", 33, dict(cval=0.5)), ("small_cval_out", "small", 50, dict(cval=3.0)),
             ("small_noclip", "small", 50, dict(cval=3.0, clip=False))]
    for mode in ["constant", "edge", "symmetric", "reflect", "wrap"]:
        cases.append((f"small_{mode}", "small", 37, dict(mode=mode)))
        cases.append((f"small_{mode}_resize", "small", 123, dict(mode=mode, resize=True)))
    out = {"srcs": srcs, "cases": {}}
    for name, src, angle, kw in cases:
        out["cases"][name] = {"src": src, "angle": angle, "kw": kw, "out": transform.rotate(srcs[src], angle, **kw)}
    dump("skimage/rotate", out)



def rotate_order_fixtures():
    """Orders 0 and 2 (via map_coordinates) and 3 (skimage's bicubic), bool and integer inputs."""
    coins = data.coins()[:40, :56]
    ast = data.astronaut()[100:130, 200:236]
    rng = np.random.default_rng(7)
    small = rng.random((9, 12))
    odd = rng.random((7, 10)) * 4 - 2
    mask = data.coins()[60:90, 100:125] > 120
    i16 = (rng.random((8, 11)) * 2000 - 1000).astype(np.int16)
    f32 = rng.random((10, 9)).astype(np.float32)
    srcs = {"coins": coins, "ast": ast, "small": small, "odd": odd, "mask": mask, "i16": i16, "f32": f32}
    cases = []
    for order in (0, 2, 3):
        o = dict(order=order)
        cases += [(f"o{order}_coins_30", "coins", 30, o), (f"o{order}_coins_90", "coins", 90, o),
                  (f"o{order}_coins_180", "coins", 180, o),
                  (f"o{order}_coins_m45_resize", "coins", -45, dict(o, resize=True)),
                  (f"o{order}_coins_center", "coins", 20, dict(o, center=(5, 10))),
                  (f"o{order}_coins_preserve", "coins", 15, dict(o, preserve_range=True)),
                  (f"o{order}_ast_25", "ast", 25, o), (f"o{order}_ast_resize", "ast", 60, dict(o, resize=True)),
                  (f"o{order}_coins_cval", "coins", 33, dict(o, cval=0.5)),
                  (f"o{order}_small_cval_out", "small", 50, dict(o, cval=3.0)),
                  (f"o{order}_small_noclip", "small", 50, dict(o, cval=3.0, clip=False)),
                  (f"o{order}_odd_noclip", "odd", 17, dict(o, clip=False, mode="edge")),
                  (f"o{order}_odd_clip", "odd", 17, dict(o, mode="edge")),
                  (f"o{order}_f32", "f32", 41, o), (f"o{order}_f32_resize", "f32", 200, dict(o, resize=True))]
        for mode in ["constant", "edge", "symmetric", "reflect", "wrap"]:
            cases.append((f"o{order}_small_{mode}", "small", 37, dict(o, mode=mode)))
            cases.append((f"o{order}_small_{mode}_resize", "small", 123, dict(o, mode=mode, resize=True)))
            cases.append((f"o{order}_odd_{mode}_big", "odd", 251, dict(o, mode=mode, resize=True, center=(-3, 12))))
    cases += [("mask_default", "mask", 30, {}), ("mask_resize", "mask", -70, dict(resize=True)),
              ("mask_cval1", "mask", 30, dict(cval=1)), ("mask_cval07", "mask", 30, dict(cval=0.7)),
              ("mask_wrap", "mask", 77, dict(mode="wrap")), ("mask_symmetric", "mask", 77, dict(mode="symmetric")),
              ("o0_coins_cval_big", "coins", 33, dict(order=0, cval=300.7)),
              ("o0_coins_cval_neg", "coins", 33, dict(order=0, cval=-3)),
              ("o0_coins_cval_frac", "coins", 33, dict(order=0, cval=3.4)),
              ("o0_i16_cval", "i16", 33, dict(order=0, cval=-2.6)),
              ("o0_i16_cval_big", "i16", 33, dict(order=0, cval=-2000.4)),
              ("o0_i16_reflect", "i16", 133, dict(order=0, mode="reflect", resize=True)),
              ("o1_f32", "f32", 41, dict(order=1)), ("o1_f32_resize", "f32", 200, dict(order=1, resize=True)),
              ("o1_f32_wrap_cval", "f32", 63, dict(order=1, mode="wrap")),
              ("o3_f32_symmetric", "f32", 63, dict(order=3, mode="symmetric", resize=True)),
              ("o3_f32_cval", "f32", 63, dict(order=3, cval=0.3, clip=False))]
    out = {"srcs": srcs, "cases": {}}
    for name, src, angle, kw in cases:
        out["cases"][name] = {"src": src, "angle": angle, "kw": kw, "out": transform.rotate(srcs[src], angle, **kw)}
    dump("skimage/rotate_orders", out)


if __name__ == "__main__":
    print(versions(), file=sys.stderr)
    rotate_fixtures()
    rotate_order_fixtures()
