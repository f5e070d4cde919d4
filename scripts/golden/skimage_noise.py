"""Golden fixtures for skimage.util.random_noise (scikit-image 0.19.3, NumPy 1.24).

Run: /usr/bin/python3 scripts/golden/skimage_noise.py  -> test/golden/skimage/noise.json
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, util  # noqa: E402

src_rng = np.random.default_rng(2024)
images = {
    "float": src_rng.random((9, 11)),
    "signed": src_rng.random((7, 8)) * 2 - 1,
    "single": src_rng.random((6, 5)).astype(np.float32),
    "camera": data.camera()[200:248, 260:316].copy(),
    # large enough for the noise to be drawn in place in the shared heap
    "camera_large": data.camera()[:96, :96].copy(),
    "rgb": data.astronaut()[100:116, 120:140].copy(),
    "int16": (src_rng.random((5, 6)) * 2000 - 1000).astype(np.int16),
}
local_vars = src_rng.random((9, 11)) * 0.05 + 0.001

cases = [
    ("float", {"mode": "gaussian", "seed": 0}),
    ("float", {"mode": "gaussian", "seed": 42, "mean": 0.1, "var": 0.05}),
    ("float", {"mode": "gaussian", "seed": 1, "var": 0.003, "clip": False}),
    ("float", {"mode": "localvar", "seed": 12345}),
    ("float", {"mode": "localvar", "seed": 7, "local_vars": "lv"}),
    ("float", {"mode": "poisson", "seed": 3}),
    ("float", {"mode": "salt", "seed": 4}),
    ("float", {"mode": "pepper", "seed": 5, "amount": 0.3}),
    ("float", {"mode": "s&p", "seed": 6, "amount": 0.4, "salt_vs_pepper": 0.7}),
    ("float", {"mode": "s&p", "seed": 6, "amount": 1.0, "salt_vs_pepper": 0.25}),
    ("float", {"mode": "speckle", "seed": 8}),
    ("float", {"mode": "speckle", "seed": 2**32 + 5, "mean": -0.2, "var": 0.2, "clip": False}),
    ("signed", {"mode": "gaussian", "seed": 9}),
    ("signed", {"mode": "poisson", "seed": 10}),
    ("signed", {"mode": "poisson", "seed": 10, "clip": False}),
    ("signed", {"mode": "s&p", "seed": 11, "amount": 0.5}),
    ("signed", {"mode": "pepper", "seed": 12, "amount": 0.5}),
    ("single", {"mode": "gaussian", "seed": 13}),
    ("single", {"mode": "s&p", "seed": 14, "amount": 0.5}),
    ("single", {"mode": "poisson", "seed": 15}),
    ("camera", {"mode": "gaussian", "seed": 0}),
    ("camera", {"mode": "localvar", "seed": 1}),
    ("camera", {"mode": "poisson", "seed": 2}),
    ("camera", {"mode": "salt", "seed": 3}),
    ("camera", {"mode": "pepper", "seed": 4}),
    ("camera", {"mode": "s&p", "seed": 5, "amount": 0.2}),
    ("camera", {"mode": "speckle", "seed": 6, "var": 0.04}),
    ("camera_large", {"mode": "gaussian", "seed": 0}),
    ("camera_large", {"mode": "gaussian", "seed": 31, "mean": -0.05, "var": 0.03, "clip": False}),
    ("camera_large", {"mode": "speckle", "seed": 32}),
    ("rgb", {"mode": "poisson", "seed": 42}),
    ("rgb", {"mode": "gaussian", "seed": 42, "var": 0.02}),
    ("int16", {"mode": "poisson", "seed": 16}),
    ("int16", {"mode": "s&p", "seed": 17, "amount": 0.5}),
]

out_cases = []
for name, kw in cases:
    call = dict(kw)
    if call.get("local_vars") == "lv":
        call["local_vars"] = local_vars
    out = util.random_noise(images[name], **call)
    out_cases.append({"image": name, "options": kw, "out": out})

errors = {}
for label, fn in [
    ("bad_keyword", lambda: util.random_noise(images["float"], mode="gaussian", amount=0.1)),
    ("bad_keyword_poisson", lambda: util.random_noise(images["float"], mode="poisson", var=0.1)),
    ("bad_local_vars", lambda: util.random_noise(images["float"], mode="localvar", local_vars=np.zeros((9, 11)))),
]:
    try:
        fn()
        errors[label] = None
    except ValueError as e:
        errors[label] = str(e)

dump("skimage/noise", {"versions": versions(), "images": images, "local_vars": local_vars, "cases": out_cases, "errors": errors})
