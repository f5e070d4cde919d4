"""Bad input to scikit-image 0.19.3 (with imageio 2.x and Pillow for io): bad shapes, axes,
dtypes, option values, NaN in images, zero or negative sizes, missing, truncated and non-image
files. Records the exception class and message of each call, or the value it returned. Run
with /usr/bin/python3; writes test/golden/skimage/bad_input.json. File paths in messages are
written relative to "<tmp>", the folder holding the test files."""
import os
import shutil
import struct
import tempfile
import zlib

import numpy as np
from skimage import color, filters, io, transform, util

from golden_io import dump, versions
from skimage_outcomes import outcomes

IMAGES = os.path.join(os.path.dirname(__file__), "..", "..", "test", "golden", "skimage", "images")

small = (np.arange(35, dtype=np.float64).reshape(5, 7) % 9) / 8.0
rgb = np.dstack([small, small[::-1], small * 0.5])
nan = small.copy()
nan[1, 2] = np.nan
mask = np.ones((3, 3), bool)

ARRAYS = {
    "resize_zero": lambda: transform.resize(small, (0, 5)),
    "resize_zero_no_antialiasing": lambda: transform.resize(small, (0, 5), anti_aliasing=False),
    "resize_negative": lambda: transform.resize(small, (-1, 5)),
    "resize_short_shape": lambda: transform.resize(rgb, (3,)),
    "resize_order_6": lambda: transform.resize(small, (3, 3), order=6),
    "resize_order_negative": lambda: transform.resize(small, (3, 3), order=-1),
    "resize_order_fraction": lambda: transform.resize(small, (3, 3), order=1.5),
    "resize_bad_mode": lambda: transform.resize(small, (3, 3), mode="bogus"),
    "resize_bool_antialiasing": lambda: transform.resize(small > 0.5, (3, 3), anti_aliasing=True),
    "resize_bool_order_1": lambda: transform.resize(small > 0.5, (3, 3), order=1),
    "resize_sigma_negative": lambda: transform.resize(small, (3, 3), anti_aliasing_sigma=-1),
    "resize_sigma_length": lambda: transform.resize(small, (3, 3), anti_aliasing_sigma=[1, 2, 3]),
    "resize_nan_shape": lambda: transform.resize(small, (np.nan, 3)),
    "resize_inf_shape": lambda: transform.resize(small, (np.inf, 3), anti_aliasing=False),
    "resize_fraction_shape": lambda: transform.resize(small, (3.7, 3)),
    "resize_nan_image": lambda: transform.resize(nan, (3, 4)),
    "resize_empty_image": lambda: transform.resize(np.zeros((0, 4)), (3, 3)),
    "rescale_zero": lambda: transform.rescale(small, 0),
    "rescale_negative": lambda: transform.rescale(small, -1),
    "rescale_length": lambda: transform.rescale(small, [1, 2, 3]),
    "rescale_channel_axis": lambda: transform.rescale(rgb, 0.5, channel_axis=3),
    "rescale_nan": lambda: transform.rescale(small, np.nan),
    "rotate_1d": lambda: transform.rotate(np.arange(5.0), 10),
    "rotate_4d": lambda: transform.rotate(np.zeros((2, 2, 2, 2)), 10),
    "rotate_empty": lambda: transform.rotate(np.zeros((0, 4)), 10),
    "rotate_bad_mode": lambda: transform.rotate(small, 10, mode="bogus"),
    "rotate_center_length": lambda: transform.rotate(small, 10, center=(1, 2, 3)),
    "rotate_nan_angle": lambda: transform.rotate(small, np.nan),
    "rotate_nan_image": lambda: transform.rotate(nan, 30),
    "downscale_zero": lambda: transform.downscale_local_mean(small, (0, 2)),
    "downscale_negative": lambda: transform.downscale_local_mean(small, (-1, 2)),
    "downscale_length": lambda: transform.downscale_local_mean(small, (2, 2, 2)),
    "downscale_fraction": lambda: transform.downscale_local_mean(small, (1.5, 2)),
    "downscale_nan_image": lambda: transform.downscale_local_mean(nan, (2, 2)),
    "gaussian_sigma_negative": lambda: filters.gaussian(small, -1),
    "gaussian_sigma_length": lambda: filters.gaussian(small, [1, 2, 3]),
    "gaussian_bad_mode": lambda: filters.gaussian(small, 1, mode="bogus"),
    "gaussian_channel_axis_wraps": lambda: filters.gaussian(small, 1, channel_axis=5),
    "gaussian_int_output": lambda: filters.gaussian(small, 1, output=np.zeros((5, 7), np.int32)),
    "gaussian_nan_image": lambda: filters.gaussian(nan, 1),
    "sobel_axis": lambda: filters.sobel(small, axis=2),
    "sobel_negative_axis": lambda: filters.sobel(small, axis=-1),
    "sobel_mask_shape": lambda: filters.sobel(small, mask),
    "sobel_bad_mode": lambda: filters.sobel(small, mode="bogus"),
    "sobel_mode_per_axis": lambda: filters.sobel(small, mode=["reflect", "constant"]),
    "otsu_empty": lambda: filters.threshold_otsu(np.zeros((0, 3))),
    "otsu_nothing": lambda: filters.threshold_otsu(),
    "otsu_nan_image": lambda: filters.threshold_otsu(nan),
    "otsu_no_bins": lambda: filters.threshold_otsu(small, nbins=0),
    "otsu_constant": lambda: filters.threshold_otsu(np.full((3, 3), 0.25)),
    "rgb2gray_2d": lambda: color.rgb2gray(small),
    "rgb2gray_rgba": lambda: color.rgb2gray(np.zeros((3, 3, 4))),
    "rgb2gray_channel_axis": lambda: color.rgb2gray(rgb, channel_axis=5),
    "rgb2gray_0d": lambda: color.rgb2gray(np.float64(3)),
    "rgb2hsv_2d": lambda: color.rgb2hsv(small),
    "rgb2hsv_pixel_channel_axis": lambda: color.rgb2hsv(np.array([0.1, 0.2, 0.3]), channel_axis=1),
    "hsv2rgb_2d": lambda: color.hsv2rgb(small),
    "rgb2hsv_nan": lambda: color.rgb2hsv(np.dstack([nan, small, small])),
    "gray2rgb_channel_axis": lambda: color.gray2rgb(small, channel_axis=3),
    "gray2rgba_alpha_shape": lambda: color.gray2rgba(small, np.zeros((2, 2))),
    "rgba2rgb_3_channels": lambda: color.rgba2rgb(rgb),
    "rgba2rgb_background_length": lambda: color.rgba2rgb(np.zeros((2, 2, 4)), (1, 1)),
    "rgba2rgb_background_range": lambda: color.rgba2rgb(np.zeros((2, 2, 4)), (2, 1, 1)),
    "img_as_ubyte_range": lambda: util.img_as_ubyte(small * 3),
    "img_as_ubyte_nan": lambda: util.img_as_ubyte(nan),
    "img_as_int_inf": lambda: util.img_as_int(np.array([0.5, np.inf])),
    "img_as_uint_nan": lambda: util.img_as_uint(nan),
    "crop_length": lambda: util.crop(small, [1, 2, 3]),
    "crop_too_much": lambda: util.crop(small, 10),
    "crop_negative": lambda: util.crop(small, -1),
    "crop_fraction": lambda: util.crop(small, 1.5),
    "crop_order": lambda: util.crop(small, 1, copy=True, order="X"),
    "noise_mode": lambda: util.random_noise(small, mode="bogus"),
    "noise_keyword": lambda: util.random_noise(small, mode="poisson", mean=0.1),
    "noise_negative_var": lambda: util.random_noise(small, var=-0.1),
    "noise_local_vars": lambda: util.random_noise(small, mode="localvar", local_vars=np.zeros((5, 7))),
}

tmp = tempfile.mkdtemp()


def at(name):
    return os.path.join(tmp, name)


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def write_files():
    """The same files test/skimage/bad_input.test.ts writes."""
    os.mkdir(at("adir"))
    open(at("notimage.png"), "w").write("this is not an image")
    open(at("empty.png"), "wb").close()
    for name, src in (("half.png", "rgb.png"), ("half.jpg", "rgb.jpg")):
        data = open(os.path.join(IMAGES, src), "rb").read()
        open(at(name), "wb").write(data[: len(data) >> 1])
    ihdr = struct.pack(">IIBBBBB", 30000, 30000, 8, 0, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(bytes(30001))) + png_chunk(b"IEND", b"")
    open(at("bomb.png"), "wb").write(bomb)


write_files()
u8 = np.zeros((4, 4), np.uint8)
FILES = {
    "imread_missing": lambda: io.imread(at("missing.png")),
    "imread_directory": lambda: io.imread(at("adir")),
    "imread_not_image": lambda: io.imread(at("notimage.png")),
    "imread_empty_file": lambda: io.imread(at("empty.png")),
    "imread_truncated_png": lambda: io.imread(at("half.png")),
    "imread_truncated_jpeg": lambda: io.imread(at("half.jpg")),
    "imread_bomb": lambda: io.imread(at("bomb.png")),
    "imread_not_a_path": lambda: io.imread(5),
    "imsave_no_directory": lambda: io.imsave(at("nodir/x.png"), u8),
    "imsave_bad_extension": lambda: io.imsave(at("x.xyz"), u8),
    "imsave_5_channels": lambda: io.imsave(at("x.png"), np.zeros((4, 4, 5), np.uint8)),
    "imsave_2_channels": lambda: io.imsave(at("x.png"), np.zeros((4, 4, 2), np.uint8)),
    "imsave_1d": lambda: io.imsave(at("x.png"), np.zeros(4, np.uint8)),
    "imsave_all_nan": lambda: io.imsave(at("x.png"), np.full((4, 4), np.nan)),
    "imsave_inf": lambda: io.imsave(at("x.png"), np.array([[0, np.inf]])),
    "imsave_constant_float": lambda: io.imsave(at("x.png"), np.full((4, 4), 3.0)),
    "imsave_empty": lambda: io.imsave(at("x.png"), np.zeros((0, 4), np.uint8)),
    "imsave_empty_no_contrast_check": lambda: io.imsave(at("x.png"), np.zeros((0, 4), np.uint8), check_contrast=False),
    "imsave_jpeg_quality": lambda: io.imsave(at("x.jpg"), u8, quality=0),
    "image_collection_not_a_pattern": lambda: io.ImageCollection(5),
    "image_collection_concatenate_empty": lambda: io.ImageCollection(at("nothing*.png")).concatenate(),
}

results = outcomes(ARRAYS)
results.update(outcomes(FILES))
for case in results.values():
    if "message" in case:
        case["message"] = case["message"].replace(tmp, "<tmp>")
shutil.rmtree(tmp)
dump("skimage/bad_input", {"versions": versions(), "cases": results, "small": small, "rgb": rgb})
