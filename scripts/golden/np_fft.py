"""Golden fixtures for np.fft: test/golden/np_fft/cases.json. Run with /usr/bin/python3.

Each case: the function, its input (complex arrays as {"re", "im"}), the layout applied to the
input on both sides ("C", "T", "rev", "bcast:<rows>"), the keyword arguments, and NumPy's
result; error cases carry the exception's type and message instead.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402


rng = np.random.RandomState(7)
cases = []


def case(fn, x, how="C", **kw):
    entry = {"fn": fn, "input": enc(x), "layout": how, "kwargs": kw}
    try:
        entry["result"] = enc(getattr(np.fft, fn)(layout(x, how), **kw))
    except Exception as e:  # noqa: BLE001
        entry["error"] = type(e).__name__
        entry["message"] = str(e)
    cases.append(entry)


LENGTHS = [1, 2, 3, 5, 8, 12, 16, 17, 30, 37, 64, 97, 100, 210, 256, 1024]
for n in LENGTHS:
    r = rng.standard_normal(n)
    c = rng.standard_normal(n) + 1j * rng.standard_normal(n)
    for fn in ["fft", "ifft"]:
        case(fn, c)
        case(fn, r)
    case("rfft", r)
    case("ihfft", r)
    m = n // 2 + 1
    case("irfft", c[:m])
    case("irfft", c[:m], n=n)
    case("hfft", c[:m], n=n)
for norm in ["backward", "ortho", "forward"]:
    c = rng.standard_normal(12) + 1j * rng.standard_normal(12)
    r = rng.standard_normal(11)
    for fn in ["fft", "ifft"]:
        case(fn, c, norm=norm)
    case("rfft", r, norm=norm)
    case("irfft", c[:6], norm=norm)
    case("hfft", c[:6], norm=norm)
    case("ihfft", r, norm=norm)
    case("fft2", c.reshape(3, 4), norm=norm)
    case("ifftn", c.reshape(2, 3, 2), norm=norm)
    case("rfftn", r[:10].reshape(2, 5), norm=norm)
    case("irfftn", c.reshape(3, 4), norm=norm)
    case("fftn", c.reshape(3, 4), norm=norm)
    case("ifft2", c.reshape(2, 6), norm=norm)
    case("irfft2", c.reshape(4, 3), norm=norm)
    case("rfft2", r[:10].reshape(5, 2), norm=norm)

M = rng.standard_normal((4, 6)) + 1j * rng.standard_normal((4, 6))
R = rng.standard_normal((4, 6))
for how in ["C", "T", "rev", "bcast:3"]:
    for fn in ["fft", "ifft"]:
        case(fn, M, how)
        case(fn, M, how, axis=0)
    case("rfft", R, how)
    case("rfft", R, how, axis=0)
    case("irfft", M, how)
    case("irfft", M, how, axis=0, n=5)
    case("hfft", M, how, axis=-1)
    case("ihfft", R, how, axis=0)
    case("fft2", M, how)
    case("ifft2", M, how)
    case("fftn", M, how)
    case("ifftn", M, how)
    case("rfft2", R, how)
    case("irfft2", M, how)
    case("rfftn", R, how)
    case("irfftn", M, how)
for n in [3, 6, 9]:
    case("fft", M, n=n)
    case("ifft", M, n=n, axis=0)
    case("rfft", R, n=n)
    case("irfft", M, n=n)
    case("hfft", M, n=n)
    case("ihfft", R, n=n)
C3 = rng.standard_normal((3, 4, 5)) + 1j * rng.standard_normal((3, 4, 5))
R3 = rng.standard_normal((3, 4, 5))
case("fftn", C3, s=[2, 6], axes=[0, 2])
case("fftn", C3, s=[3, 3])
case("fftn", C3, axes=[1])
case("ifftn", C3, axes=[2, 0])
case("fft2", C3, s=[5, 3])
case("fft2", C3, axes=[0, 1])
case("ifft2", C3, s=[2, 2], axes=[2, 1])
case("rfftn", R3, s=[4, 4, 4])
case("rfftn", R3, axes=[0, 1])
case("rfft2", R3, s=[3, 8])
case("irfftn", C3, s=[3, 4, 6])
case("irfftn", C3, axes=[0, 1])
case("irfft2", C3, s=[4, 7])
case("irfft2", C3, axes=[0, 2])
case("ifftn", C3, s=[2, 5, 4])
case("rfft2", R3, axes=[2, 0])
case("hfft", C3, axis=0)
case("hfft", C3, axis=1, n=5)
case("fft", R3.astype(np.float32))
case("fft", C3.astype(np.complex64), axis=1)
case("fft", np.arange(6, dtype=np.int64))
case("rfft", np.arange(7, dtype=np.int32))
# errors
case("fft", M, norm="xyz")
case("hfft", M, norm="xyz")
case("fft", M, n=0)
case("irfft", np.array([1.0 + 0j]))
case("fftn", M, s=[2], axes=[0, 1])
case("fft", M, axis=2)

helpers = []
for n in [1, 2, 5, 8, 11]:
    for d in [1.0, 0.1, 2.5]:
        helpers.append({"fn": "fftfreq", "n": n, "d": d, "result": enc(np.fft.fftfreq(n, d))})
        helpers.append({"fn": "rfftfreq", "n": n, "d": d, "result": enc(np.fft.rfftfreq(n, d))})
A = np.arange(30.0).reshape(5, 6)
shifts = []
for fn in ["fftshift", "ifftshift"]:
    for axes in [None, 0, 1, [0, 1], [-1]]:
        for how in ["C", "T", "rev"]:
            shifts.append({"fn": fn, "axes": axes, "layout": how, "result": enc(getattr(np.fft, fn)(layout(A, how), axes=axes))})

dump("np_fft/cases", {"versions": versions(), "cases": cases, "helpers": helpers, "shift_input": enc(A), "shifts": shifts})
