"""Golden fixtures for skimage.filters ridge filters and util.invert.
Run: /usr/bin/python3 scripts/golden/skimage_ridges.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, filters, util  # noqa: E402

warnings.simplefilter("ignore")
SUB = (slice(None, None, 7), slice(None, None, 5))


def sample(a):
    return {"sub": a[SUB], "sum": float(np.sum(a, dtype=np.float64)), "shape": list(a.shape), "dtype": str(a.dtype)}


rng = np.random.RandomState(29)
u8 = rng.randint(0, 256, size=(14, 15)).astype(np.uint8)
f64 = rng.rand(13, 12)
f32 = rng.rand(11, 10).astype(np.float32)
vol = rng.rand(6, 7, 8)
crop = data.camera()[100:300, 150:350]
out = {"versions": versions(), "u8": u8, "f64": f64, "f32": f32, "vol": vol}
r = {}
r["meijering_u8"] = filters.meijering(u8)
r["meijering_f64"] = filters.meijering(f64, sigmas=[1, 2], black_ridges=False)
r["meijering_f32"] = filters.meijering(f32, sigmas=1.5, alpha=0.3)
r["meijering_vol"] = filters.meijering(vol, sigmas=[1])
r["meijering_T"] = filters.meijering(f64.T[::-1], sigmas=[1, 3], mode="nearest")
r["sato_u8"] = filters.sato(u8)
r["sato_f64"] = filters.sato(f64, sigmas=[1, 2], black_ridges=False, mode="constant", cval=0.2)
r["sato_f32"] = filters.sato(f32, sigmas=[1])
r["sato_vol"] = filters.sato(vol, sigmas=[1, 2])
r["frangi_u8"] = filters.frangi(u8)
r["frangi_f64"] = filters.frangi(f64, sigmas=[0.5, 1, 2], alpha=0.4, beta=0.7, gamma=0.5, black_ridges=False)
r["frangi_f32"] = filters.frangi(f32, sigmas=[1, 2], gamma=0.3)
r["frangi_vol"] = filters.frangi(vol, sigmas=[1], gamma=0.5)
r["frangi_scale_range"] = filters.frangi(f64, scale_range=(1, 4), scale_step=1.5, gamma=0.5)
r["hessian_f64"] = filters.hessian(f64, sigmas=[1, 2], gamma=0.5)
r["hessian_u8"] = filters.hessian(u8)
r["meijering_camera"] = sample(filters.meijering(crop))
r["sato_camera"] = sample(filters.sato(crop))
r["frangi_camera"] = sample(filters.frangi(crop))
out["ridges"] = r
i8 = rng.randint(-128, 128, size=(3, 4)).astype(np.int8)
out["invert"] = {"u8": util.invert(u8), "i8_in": i8, "i8": util.invert(i8), "f64": util.invert(f64), "f64_signed": util.invert(f64, signed_float=True),
                 "bool": util.invert(u8 > 100), "u16": util.invert(u8.astype(np.uint16) * 100)}
ro_in = np.array([[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8]], dtype=np.int16)
out["rank_order"] = {"in": ro_in, "int": filters.rank_order(ro_in), "float": filters.rank_order(f64[:4, :5].round(1)), "f_in": f64[:4, :5].round(1)}
dump("skimage_filters/ridges", out)
