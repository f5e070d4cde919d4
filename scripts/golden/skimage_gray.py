"""Golden fixtures for rgb2gray's last bits: NumPy's matmul rounds `rgb @ weights` differently
for each memory layout, dtype and row length. Run: /usr/bin/python3 scripts/golden/skimage_gray.py
OpenBLAS is pinned to two threads (the machines' core count): rows of 3072 pixels or more are
split between threads, and where the split falls changes the rounding."""
import os
import sys

os.environ["OPENBLAS_NUM_THREADS"] = "2"

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions, ROOT  # noqa: E402

from skimage import color, io  # noqa: E402


def bits_checksum(a):
    """Sum of the 32-bit words of the array's bytes, mod 2^32: equal sums for equal bits."""
    return int(np.frombuffer(np.ascontiguousarray(a).tobytes(), np.uint32).sum(dtype=np.uint64) % 2**32)


def main():
    rng = np.random.default_rng(2024)
    out = {"versions": versions()}
    u8 = rng.integers(0, 256, (24, 37, 3), dtype=np.uint8)
    out["u8"] = u8
    out["u8_hwc"] = color.rgb2gray(u8)
    out["u8_chw"] = color.rgb2gray(np.ascontiguousarray(np.moveaxis(u8, -1, 0)), channel_axis=0)
    out["u8_flipped"] = color.rgb2gray(u8[:, ::-1])
    out["u8_step"] = color.rgb2gray(u8[::2, ::3])
    for name, dtype in [("f64", np.float64), ("f32", np.float32)]:
        # Row lengths 1 to 17 cover every tail pattern of the kernels (blocks of 4 and 8).
        f = (rng.random((6, 153, 3)) * 2 - 0.5).astype(dtype)
        out[name] = f
        for w in range(1, 18):
            out[f"{name}_w{w}"] = color.rgb2gray(f[:, :w].copy())
            chw = np.ascontiguousarray(np.moveaxis(f[:, :w], -1, 0))
            out[f"{name}_chw_w{w}"] = color.rgb2gray(chw, channel_axis=0)
        out[f"{name}_hwc"] = color.rgb2gray(f)
        out[f"{name}_step"] = color.rgb2gray(f[:, ::2])
        out[f"{name}_flipped"] = color.rgb2gray(f[:, ::-1])
        out[f"{name}_flat"] = color.rgb2gray(f.reshape(-1, 3))
        wide = (rng.random((2, 3075, 3)) * 2 - 0.5).astype(dtype)
        out[f"{name}_wide"] = wide
        out[f"{name}_wide_hwc"] = color.rgb2gray(wide)
        out[f"{name}_wide_chw"] = color.rgb2gray(np.ascontiguousarray(np.moveaxis(wide, -1, 0)), channel_axis=0)
    special = np.array([[np.inf, 0, 0], [np.nan, 0.5, 0.5], [-0.0, -0.0, -0.0], [0.0, -0.0, 0.0],
                        [-np.inf, np.inf, 0], [1e300, 1e300, 1e300], [-1.0, 0.5, 1.0], [0.25, -0.25, 0.5]])
    out["special"] = special
    out["special_gray"] = color.rgb2gray(special[None])
    photo = io.imread(os.path.join(ROOT, "skimage", "images", "photo.jpg"))
    out["photo_gray_bits"] = bits_checksum(color.rgb2gray(photo))
    dump("skimage/gray", out)


if __name__ == "__main__":
    main()
