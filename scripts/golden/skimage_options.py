"""Options of the skimage functions that the other fixtures do not reach: run with /usr/bin/python3
(scikit-image 0.19.3). Writes test/golden/skimage/options.json."""
import warnings

import numpy as np
from skimage import color, filters, transform, util

from golden_io import dump, versions

warnings.simplefilter("ignore")
out = {"versions": versions()}

# crop(copy=True, order=...): the copy's strides in elements
base = np.arange(4 * 5 * 3, dtype=np.int16).reshape(4, 5, 3)
layouts = {"c": base, "f": np.asfortranarray(base), "t": base.transpose(2, 0, 1)}
crops = {}
for lname, arr in layouts.items():
    for order in "CFAK":
        c = util.crop(arr, 1, copy=True, order=order)
        crops[f"{lname}_{order}"] = {"strides": [s // c.itemsize for s in c.strides], "out": c}
out["crop"] = crops

# dtype_limits(clip_negative=True), img_as_* by position
out["dtype_limits"] = {
    "int16": list(util.dtype_limits(np.zeros(2, np.int16), True)),
    "float": list(util.dtype_limits(np.zeros(2), clip_negative=True)),
}

small = (np.arange(35, dtype=np.float64).reshape(5, 7) % 9) / 8.0
ramp = np.linspace(0, 1, 24).reshape(4, 6)
out["small"] = small

# resize clip=False: bicubic overshoots the input range
out["resize_noclip"] = transform.resize(small, (9, 11), order=3, clip=False, anti_aliasing=False)
out["resize_clip"] = transform.resize(small, (9, 11), order=3, anti_aliasing=False)

# rescale's deprecated multichannel=True is channel_axis=-1
rgb = np.stack([small, small[::-1], small * 0.5], axis=-1)
out["rgb"] = rgb
out["rescale_multichannel"] = transform.rescale(rgb, 0.5, multichannel=True)

# gaussian: truncate, the deprecated multichannel
out["gaussian_truncate"] = filters.gaussian(small, 1.5, truncate=1.0)
out["gaussian_multichannel"] = filters.gaussian(rgb, 1.0, multichannel=True)
out["gaussian_multichannel_false"] = filters.gaussian(rgb, 1.0, multichannel=False)

# sobel: mask, constant mode with cval
mask = np.ones((5, 7), bool)
mask[0, :3] = False
out["sobel_mask"] = filters.sobel(small, mask)
out["sobel_cval"] = filters.sobel(small, mode="constant", cval=0.7)

# threshold_otsu from a histogram (counts, or (counts, centers))
counts = np.array([5, 1, 0, 2, 9, 4, 0, 3])
out["otsu_hist_counts"] = float(filters.threshold_otsu(hist=counts))
out["otsu_hist_pair"] = float(filters.threshold_otsu(hist=(counts, np.linspace(0.1, 0.8, 8))))
out["otsu_image_and_hist"] = float(filters.threshold_otsu(ramp, hist=(counts, np.arange(8) * 2.0)))

# downscale_local_mean: cval on the padding; clip is unused in 0.19
out["downscale_cval"] = transform.downscale_local_mean(small, (2, 3), cval=0.5)
out["downscale_cval_clip"] = transform.downscale_local_mean(small, (2, 3), 0.5, False)

# gray2rgba's alpha by position, rgba2rgb's background by position
out["gray2rgba_alpha"] = color.gray2rgba(ramp, 0.25)
rgba = np.dstack([rgb[..., 0], rgb[..., 1], rgb[..., 2], small])
out["rgba"] = rgba
out["rgba2rgb_background"] = color.rgba2rgb(rgba, (0.2, 0.4, 0.6))

# channel_axis=0 for the other colour conversions
out["gray2rgb_axis0"] = color.gray2rgb(small, channel_axis=0)
out["gray2rgba_axis0"] = color.gray2rgba(small, 0.5, channel_axis=0)
out["rgba2rgb_axis0"] = color.rgba2rgb(np.moveaxis(rgba, -1, 0), (0.2, 0.4, 0.6), channel_axis=0)
out["hsv2rgb_axis0"] = color.hsv2rgb(np.moveaxis(rgb, -1, 0), channel_axis=0)

# rescale with every resize option at once
out["rescale_options"] = transform.rescale(small, 0.6, 3, "edge", 0.2, False, True, anti_aliasing=True, anti_aliasing_sigma=0.7)

# random_noise by position, unclipped
out["noise_unclipped"] = util.random_noise(small, "gaussian", 3, False, mean=0.2, var=0.3)

dump("skimage/options", out)
