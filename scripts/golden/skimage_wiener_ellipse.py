"""Golden fixtures for skimage.transform.hough_ellipse and skimage.restoration.wiener /
unsupervised_wiener. Run: /usr/bin/python3 scripts/golden/skimage_wiener_ellipse.py

Inputs are small and stored whole; the unsupervised Wiener runs use integer seeds (NumPy's
default_rng, which the library replays bit for bit).
"""
import os
import sys
import warnings

import numpy as np
from scipy.signal import convolve2d

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import restoration, transform  # noqa: E402
from skimage.draw import ellipse_perimeter  # noqa: E402

warnings.simplefilter("ignore")


def records(r):
    return [list(map(float, rec)) for rec in r.tolist()]


def ellipse_cases():
    out = {}
    img = np.zeros((25, 25), dtype=np.uint8)
    rr, cc = ellipse_perimeter(10, 10, 6, 8)
    img[cc, rr] = 1
    out["doc"] = {"image": img, "result": records(transform.hough_ellipse(img, threshold=8))}
    tilted = np.zeros((30, 34), dtype=bool)
    rr, cc = ellipse_perimeter(15, 16, 6, 11, orientation=0.5)
    tilted[rr, cc] = True
    out["tilted"] = {
        "image": tilted,
        "default": records(transform.hough_ellipse(tilted)),
        "options": records(transform.hough_ellipse(tilted, threshold=6, accuracy=2, min_size=6, max_size=9)),
        "positional": records(transform.hough_ellipse(tilted, 10, 1.5, 5)),
    }
    r = transform.hough_ellipse(tilted, threshold=6, accuracy=2)
    r.sort(order="accumulator")
    out["tilted"]["sorted"] = records(r)
    r = transform.hough_ellipse(tilted, threshold=6, accuracy=2)
    r.sort(order=["b", "a"])
    out["tilted"]["sorted_b"] = records(r)
    out["empty"] = records(transform.hough_ellipse(np.zeros((5, 5))))
    return out


def cplx(a):
    """A complex result as its real and imaginary parts."""
    return {"re": np.ascontiguousarray(a.real), "im": np.ascontiguousarray(a.imag)}


def blurred(seed, shape=(24, 30), psf=np.ones((5, 5)) / 25):
    rng = np.random.RandomState(seed)
    img = rng.random_sample(shape)
    img = convolve2d(img, psf, "same")
    img += 0.05 * (2 * rng.random_sample(shape) - 1)
    return img


def wiener_cases():
    img = blurred(3)
    odd = blurred(4, (21, 17))
    psf = np.ones((5, 5)) / 25
    psf3 = np.array([[0.0, 0.1, 0.0], [0.1, 0.6, 0.1], [0.0, 0.1, 0.0]])
    reg = np.array([[0.0, -1.0, 0.0], [-1.0, 4.0, -1.0], [0.0, -1.0, 0.0]])
    out = {"img": img, "odd": odd, "psf": psf, "psf3": psf3, "reg": reg}
    out["wiener"] = {
        "default": restoration.wiener(img, psf, 0.1),
        "balance": restoration.wiener(img, psf3, 5.0),
        "noclip": restoration.wiener(img * 4, psf, 0.05, clip=False),
        "clip": restoration.wiener(img * 4, psf, 0.05),
        "reg": restoration.wiener(img, psf, 0.3, reg),
        "odd": restoration.wiener(odd, psf3, 0.2),
        "f32": restoration.wiener(img.astype(np.float32), psf, 0.1),
        "complex_tf": restoration.wiener(img, np.fft.rfft2(np.pad(psf, ((0, 19), (0, 25)))), 0.1),
        "not_real": cplx(restoration.wiener(img, psf, 0.1, is_real=False)),
        "not_real_tf": cplx(restoration.wiener(img, np.fft.fft2(np.pad(psf, ((0, 19), (0, 25)))), 0.1, is_real=False)),
    }
    uw = {}
    x, chains = restoration.unsupervised_wiener(img, psf, random_state=0)
    uw["default"] = {"x": x, "noise": chains["noise"], "prior": chains["prior"]}
    x, chains = restoration.unsupervised_wiener(img, psf3, reg, user_params={"max_num_iter": 40, "min_num_iter": 5, "burnin": 3, "threshold": 1e-3}, clip=False, random_state=7)
    uw["params"] = {"x": x, "noise": chains["noise"], "prior": chains["prior"]}
    x, chains = restoration.unsupervised_wiener(odd, psf, is_real=False, random_state=np.random.default_rng(11))
    uw["not_real"] = {"x": cplx(x), "noise": chains["noise"], "prior": chains["prior"]}
    x, chains = restoration.unsupervised_wiener(img.astype(np.float32), psf, random_state=2)
    uw["f32"] = {"x": x, "noise": chains["noise"], "prior": chains["prior"]}
    out["unsupervised"] = uw
    return out


if __name__ == "__main__":
    dump("skimage_restoration/wiener", {"versions": versions(), **wiener_cases()})
    dump("skimage_transform/hough_ellipse", {"versions": versions(), **ellipse_cases()})
