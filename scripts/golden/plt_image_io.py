"""Golden fixtures for plt.imread / plt.imsave: small PNG (gray, RGB, RGBA, palette, 16-bit)
and JPEG files written with Pillow (test/golden/plt/image_io/*), what matplotlib's imread
returns for each (dtype, shape, values), and what matplotlib's imread reads back from files
matplotlib's imsave wrote (2-D data through cmap / vmin / vmax / origin, RGB floats, RGBA
bytes). Writes test/golden/plt/image_io.json. Run with /usr/bin/python3."""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from golden_io import ROOT, dump  # noqa: E402

DIR = os.path.join(ROOT, "plt", "image_io")
os.makedirs(DIR, exist_ok=True)
g = (np.arange(12, dtype=np.uint8).reshape(3, 4) * 21)
rgb = np.stack([g, 255 - g, g // 2], axis=-1)
rgba = np.concatenate([rgb, np.full((3, 4, 1), 128, np.uint8)], axis=-1)
FILES = {
    "gray.png": Image.fromarray(g, "L"),
    "rgb.png": Image.fromarray(rgb, "RGB"),
    "rgba.png": Image.fromarray(rgba, "RGBA"),
    "palette.png": Image.fromarray(rgb, "RGB").quantize(4),
    "gray16.png": Image.fromarray((g.astype(np.uint16) * 257), "I;16"),
    "rgb.jpg": Image.fromarray(rgb, "RGB"),
}
reads = []
for name, im in FILES.items():
    path = os.path.join(DIR, name)
    im.save(path, **({"quality": 95} if name.endswith(".jpg") else {}))
    a = plt.imread(path)
    reads.append({"file": name, "dtype": str(a.dtype), "shape": list(a.shape), "values": a.astype(np.float64).ravel().tolist() if not name.endswith(".jpg") else None})

D = [[0.0, 1.0, 2.0], [3.0, 4.0, 8.0]]
SAVES = [
    ("2-D default", D, {}),
    ("2-D cmap limits", D, {"cmap": "gray", "vmin": 1, "vmax": 4}),
    ("2-D origin lower", D, {"origin": "lower", "cmap": "hot"}),
    ("2-D format", D, {"format": "png", "cmap": "viridis"}),
    ("RGB floats", (np.arange(18).reshape(2, 3, 3) / 17.0).tolist(), {}),
]
saves = []
with tempfile.TemporaryDirectory() as tmp:
    for label, arr, kwargs in SAVES:
        path = os.path.join(tmp, "out.png")
        plt.imsave(path, np.asarray(arr), **kwargs)
        back = plt.imread(path)
        saves.append({"label": label, "arr": arr, "kwargs": kwargs, "shape": list(back.shape), "values": back.astype(np.float64).ravel().tolist()})
dump("plt/image_io", {"reads": reads, "saves": saves})
