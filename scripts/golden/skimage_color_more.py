"""Golden fixtures for skimage.color XYZ, Lab, HED, YCbCr and label2rgb.
Run: /usr/bin/python3 scripts/golden/skimage_color_more.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import color, data  # noqa: E402

warnings.simplefilter("ignore")
SUB = (slice(None, None, 7), slice(None, None, 5))


def sample(a):
    return {"sub": a[SUB], "sum": float(np.sum(a, dtype=np.float64)), "shape": list(a.shape), "dtype": str(a.dtype)}


rng = np.random.RandomState(37)
rgb = rng.randint(0, 256, size=(7, 8, 3)).astype(np.uint8)
rgbf = rng.rand(5, 6, 3)
rgb32 = rgbf.astype(np.float32)
lab = np.stack([rng.rand(6, 5) * 100, rng.rand(6, 5) * 200 - 100, rng.rand(6, 5) * 200 - 100], axis=-1)
ast = data.astronaut()
out = {"versions": versions(), "rgb": rgb, "rgbf": rgbf, "lab": lab}
c = {}
for name in ["rgb2xyz", "rgb2lab", "rgb2hed", "rgb2ycbcr"]:
    fn = getattr(color, name)
    c[name] = {"u8": fn(rgb), "f": fn(rgbf), "f32": fn(rgb32), "axis0": fn(np.moveaxis(rgb, -1, 0), channel_axis=0), "ast": sample(fn(ast))}
xyz = color.rgb2xyz(rgbf)
hed = color.rgb2hed(rgbf)
c["xyz2rgb"] = {"f": color.xyz2rgb(xyz), "f32": color.xyz2rgb(xyz.astype(np.float32)), "axis0": color.xyz2rgb(np.moveaxis(xyz, -1, 0), channel_axis=0)}
c["hed2rgb"] = {"f": color.hed2rgb(hed), "f32": color.hed2rgb(hed.astype(np.float32))}
c["lab2rgb"] = {"f": color.lab2rgb(lab), "f32": color.lab2rgb(lab.astype(np.float32)), "D50_10": color.lab2rgb(lab, "d50", "10")}
c["rgb2lab_A_R"] = color.rgb2lab(rgbf, illuminant="A", observer="R")
c["rgb2lab_E"] = color.rgb2lab(rgb, "E", "2")
c["roundtrip"] = color.lab2rgb(color.rgb2lab(rgbf))
c["hed"] = hed
out["conv"] = c
labels = np.array([[0, 0, 1, 1, 2], [0, 3, 3, 2, 2], [5, 5, 3, 0, 1], [5, 12, 12, 0, 1]])
img = rng.randint(0, 256, size=(4, 5, 3)).astype(np.uint8)
gray = rng.rand(4, 5)
L = {}
L["labels"] = labels
L["img"] = img
L["gray"] = gray
L["plain"] = color.label2rgb(labels)
L["bg_none"] = color.label2rgb(labels, bg_label=-1)
L["image"] = color.label2rgb(labels, img)
L["gray"] = color.label2rgb(labels, gray, alpha=0.5, image_alpha=0.8)
L["colors"] = color.label2rgb(labels, img, colors=["teal", (0.2, 0.4, 0.6), "olive"], bg_label=3, bg_color="white", saturation=0.5)
L["bg_color_none"] = color.label2rgb(labels, img, bg_color=None)
L["negative"] = color.label2rgb(labels - 2, bg_label=-2)
L["avg"] = color.label2rgb(labels, img, kind="avg")
L["avg_f"] = color.label2rgb(labels, img / 255.0, kind="avg", bg_label=1, bg_color=(0.5, 0.5, 0.5))
L["axis0"] = color.label2rgb(labels, np.moveaxis(img, -1, 0), channel_axis=0)
L["gray_in"] = gray
out["label2rgb"] = L
m = {}
for name in ["rgb2yuv", "rgb2yiq", "rgb2ypbpr", "rgb2ydbdr"]:
    fn = getattr(color, name)
    back = getattr(color, name[4:] + "2rgb")
    m[name] = {"u8": fn(rgb), "f": fn(rgbf), "f32": fn(rgb32), "axis0": fn(np.moveaxis(rgb, -1, 0), channel_axis=0)}
    m[name[4:] + "2rgb"] = {"f": back(fn(rgbf)), "f32": back(fn(rgb32))}
ycc = color.rgb2ycbcr(rgbf)
m["ycbcr2rgb"] = {"f": color.ycbcr2rgb(ycc), "u8": color.ycbcr2rgb(rgb), "axis0": color.ycbcr2rgb(np.moveaxis(ycc, -1, 0), channel_axis=0)}
lch = color.lab2lch(lab)
lab4 = np.concatenate([lab, np.full(lab.shape[:2] + (1,), 0.5)], axis=-1)
m["lab2lch"] = {"f": lch, "f32": color.lab2lch(lab.astype(np.float32)), "four": color.lab2lch(lab4), "axis0": color.lab2lch(np.moveaxis(lab, -1, 0), channel_axis=0)}
m["lch2lab"] = {"f": color.lch2lab(lch), "f32": color.lch2lab(lch.astype(np.float32))}
out["matrix"] = m
dump("skimage_color/more", out)
