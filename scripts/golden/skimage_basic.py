"""Golden fixtures for skimage data, io, util and color. Run: /usr/bin/python3 scripts/golden/skimage_basic.py"""
import hashlib
import os
import sys
import warnings

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions, ROOT  # noqa: E402

from skimage import color, data, io, util  # noqa: E402

warnings.simplefilter("ignore")
IMAGES = os.path.join(ROOT, "skimage", "images")


def make_images():
    os.makedirs(IMAGES, exist_ok=True)
    ast = data.astronaut()[100:164, 200:280]
    gray = data.camera()[200:248, 100:160]
    Image.fromarray(ast).save(os.path.join(IMAGES, "rgb.png"))
    Image.fromarray(gray).save(os.path.join(IMAGES, "gray.png"))
    alpha = (np.arange(64 * 80).reshape(64, 80) % 256).astype(np.uint8)
    Image.fromarray(np.dstack([ast, alpha])).save(os.path.join(IMAGES, "rgba.png"))
    Image.fromarray(np.dstack([gray, 255 - gray])).save(os.path.join(IMAGES, "la.png"))
    Image.fromarray(ast).convert("P", palette=Image.ADAPTIVE, colors=16).save(os.path.join(IMAGES, "palette.png"))
    p = Image.fromarray(ast).convert("P", palette=Image.ADAPTIVE, colors=16)
    p.save(os.path.join(IMAGES, "palette_t.png"), transparency=0)
    g16 = (gray.astype(np.uint16) * 257 + np.arange(48 * 60).reshape(48, 60).astype(np.uint16) % 200).astype(np.uint16)
    Image.fromarray(g16).save(os.path.join(IMAGES, "gray16.png"))
    Image.fromarray(ast).save(os.path.join(IMAGES, "rgb.jpg"), quality=90)
    Image.fromarray(gray).save(os.path.join(IMAGES, "gray.jpg"), quality=90)
    Image.fromarray(ast).save(os.path.join(IMAGES, "rgb.webp"), lossless=True)
    Image.fromarray(ast).save(os.path.join(IMAGES, "rgb.tif"))
    Image.fromarray(ast).convert("P", palette=Image.ADAPTIVE, colors=32).save(
        os.path.join(IMAGES, "anim.gif"), save_all=True, append_images=[Image.fromarray(255 - ast).convert("P")])
    Image.fromarray(gray).convert("1").save(os.path.join(IMAGES, "bw.png"))
    # A photo the size of the tutorial's (1024, 809, 3) JPEG.
    photo = Image.fromarray(data.coffee()).resize((809, 1024), Image.BICUBIC)
    photo.save(os.path.join(IMAGES, "photo.jpg"), quality=90)


def io_fixtures():
    out = {}
    for name in ["rgb.png", "gray.png", "rgba.png", "la.png", "palette.png", "palette_t.png", "gray16.png",
                 "rgb.jpg", "gray.jpg", "rgb.tif", "anim.gif", "bw.png"]:
        out[name] = io.imread(os.path.join(IMAGES, name))
    photo = io.imread(os.path.join(IMAGES, "photo.jpg"))
    out["photo.jpg"] = {"shape": list(photo.shape), "mean": float(photo.mean()),
                        "crop": photo[500:540, 400:440]}
    out["as_gray_rgb"] = io.imread(os.path.join(IMAGES, "rgb.png"), as_gray=True)
    out["as_gray_rgba"] = io.imread(os.path.join(IMAGES, "rgba.png"), as_gray=True)
    saved = {}
    for key, arr in [("float01", np.array([0, 0.25, 0.5, 1, 0.999, 0.0019]).reshape(2, 3)),
                     ("float_minmax", np.array([[-3, 0, 7.5], [100, 2, 1]])),
                     ("bool", np.array([[True, False], [False, True]]))]:
        path = os.path.join("/tmp", "skimage_golden_" + key + ".png")
        io.imsave(path, arr, check_contrast=False)
        saved[key] = io.imread(path)
    out["imsave"] = saved
    dump("skimage/io", out)


DATA_IMAGES = ["camera", "astronaut", "chelsea", "coffee", "coins", "cat", "brick", "cell", "clock", "grass",
               "gravel", "horse", "hubble_deep_field", "immunohistochemistry", "microaneurysms", "retina",
               "rocket", "text"]


def data_fixtures():
    out = {}
    for name in DATA_IMAGES:
        img = getattr(data, name)()
        # a 10x12 crop at (100, 200), moved inside small images
        r, c = min(100, img.shape[0] - 10), min(200, img.shape[1] - 12)
        out[name] = {"shape": list(img.shape), "dtype": str(img.dtype), "mean": float(img.mean()),
                     "sha256": hashlib.sha256(np.ascontiguousarray(img).tobytes()).hexdigest(),
                     "crop_at": [r, c], "crop": img[r:r + 10, c:c + 12]}
    dump("skimage/data", out)


def util_fixtures():
    rng = np.random.default_rng(1)
    inputs = {
        "uint8": np.arange(256, dtype=np.uint8),
        "uint16": np.concatenate([np.arange(0, 65536, 97), [65535]]).astype(np.uint16),
        "int16": np.concatenate([np.arange(-32768, 32768, 101), [32767]]).astype(np.int16),
        "int8": np.arange(-128, 128, dtype=np.int8),
        "int32": np.array([-2147483648, -70000, -1, 0, 1, 255, 70000, 2147483647], dtype=np.int32),
        "float64": np.concatenate([np.linspace(-1, 1, 801), rng.uniform(-1, 1, 200), [0.5 / 255, 1.5 / 255, 2.5 / 255]]),
        "float32": np.concatenate([np.linspace(-1, 1, 801), rng.uniform(-1, 1, 200)]).astype(np.float32),
        "bool": np.array([True, False, True, True, False]),
    }
    out = {"inputs": inputs, "outputs": {}}
    for name, arr in inputs.items():
        res = {}
        for fn in ["img_as_float", "img_as_float32", "img_as_ubyte", "img_as_uint", "img_as_int", "img_as_bool"]:
            try:
                res[fn] = getattr(util, fn)(arr)
            except ValueError as e:
                res[fn] = {"error": str(e)}
        res["dtype_limits"] = list(util.dtype_limits(arr))
        out["outputs"][name] = res
    out["uint16_small_to_ubyte"] = util.img_as_ubyte(np.array([0, 7, 200], dtype=np.uint16))
    try:
        util.img_as_ubyte(np.array([0.0, 1.5]))
    except ValueError as e:
        out["float_range_error"] = str(e)
    dump("skimage/util_dtype", out)


def color_fixtures():
    ast = data.astronaut()[200:240, 180:230]
    rgba = io.imread(os.path.join(IMAGES, "rgba.png"))
    hsv = color.rgb2hsv(ast)
    out = {
        "ast": ast,
        "rgb2gray": color.rgb2gray(ast),
        "rgb2gray_f32": color.rgb2gray(ast.astype(np.float32) / 255),
        "rgb2gray_chw": color.rgb2gray(np.moveaxis(ast, -1, 0), channel_axis=0),
        "rgba": rgba,
        "rgba2rgb": color.rgba2rgb(rgba),
        "rgba2rgb_bg": color.rgba2rgb(rgba, background=(0, 0.5, 1)),
        "rgb2hsv": hsv,
        "hsv2rgb": color.hsv2rgb(hsv),
        "gray2rgb": color.gray2rgb(data.camera()[:5, :6]),
        "rgb2hsv_pixel": color.rgb2hsv(np.array([0.2, 0.4, 0.1])),
        "camera_gray_mean": float(color.rgb2gray(data.astronaut()).mean()),
    }
    dump("skimage/color", out)


if __name__ == "__main__":
    print(versions(), file=sys.stderr)
    make_images()
    io_fixtures()
    data_fixtures()
    util_fixtures()
    color_fixtures()
