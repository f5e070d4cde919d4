"""Fixtures for skimage.filters.window (scikit-image 0.19)."""
from skimage.filters import window
from golden_io import dump

dump("skimage_filters/window", {
    "hann_64x64": window("hann", (64, 64)),
    "hamming_17": window("hamming", 17),
    "blackman_9x12x7": window("blackman", (9, 12, 7)),
    "boxcar_5x6": window("boxcar", (5, 6)),
    "hann_1x4": window("hann", (1, 4)),
    "hann_30x41": window("hann", [30, 41]),
})
