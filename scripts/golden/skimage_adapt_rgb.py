"""Fixtures for skimage.color.adapt_rgb (scikit-image 0.19)."""
import numpy as np
from skimage import filters
from skimage.color.adapt_rgb import adapt_rgb, each_channel, hsv_value
from golden_io import dump

rng = np.random.RandomState(4)
rgba = rng.rand(9, 11, 4)
gray = rng.rand(9, 11)
blur = adapt_rgb(each_channel)(filters.gaussian)
dump("skimage_color/adapt_rgb", {
    "rgba": rgba, "gray": gray,
    "each_rgba_sigma2": blur(rgba, sigma=2),
    "gray_sigma2": blur(gray, sigma=2),
    "hsv_rgba_sobel": hsv_value(filters.sobel, rgba),
    "each_direct_median": each_channel(filters.median, (rgba * 255).astype(np.uint8)),
})
