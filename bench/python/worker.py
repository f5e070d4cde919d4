"""Python side of the bench: a long-lived worker speaking JSON lines on stdin/stdout.

Requests (one JSON object a line):
  {"cmd": "info"}                          -> versions of python, numpy, skimage, sklearn, matplotlib
  {"cmd": "setup", "case": NAME, "params"} -> builds the case's inputs; {"ok": true} or an error
  {"cmd": "time", "case": NAME, "number": N}
                                           -> runs the op N times back to back; {"seconds": total}
  {"cmd": "check", "case": NAME}           -> checksum of one result: {"shape", "sum", "samples"}
  {"cmd": "quit"}
Every reply is one JSON line; a failure replies {"error": "Name: message"}.
The inputs are built exactly as bench/cases/*.js builds them, so both sides compute the same thing.
"""
import io as _io
import json
import os
import sys
import time

CASES = {}


def case(name):
    def register(factory):
        CASES[name] = factory
        return factory
    return register


def pattern_a(n):
    import numpy as np
    i = np.arange(n, dtype=np.float64)
    return (i % 1000) / 8 - 50


def pattern_b(n):
    import numpy as np
    i = np.arange(n, dtype=np.float64)
    return ((i * 7) % 997) / 16


@case("add")
def _add(p):
    import numpy as np
    a, b = pattern_a(p["n"]), pattern_b(p["n"])
    return lambda: np.add(a, b)


@case("multiply")
def _multiply(p):
    import numpy as np
    a, b = pattern_a(p["n"]), pattern_b(p["n"])
    return lambda: np.multiply(a, b)


@case("broadcast_add")
def _broadcast(p):
    import numpy as np
    r, c = p["rows"], p["cols"]
    a, b = pattern_a(r * c).reshape(r, c), pattern_b(c)
    return lambda: np.add(a, b)


@case("sum")
def _sum(p):
    a = pattern_a(p["n"])
    return lambda: a.sum()


@case("mean")
def _mean(p):
    a = pattern_a(p["n"])
    return lambda: a.mean()


@case("exp")
def _exp(p):
    import numpy as np
    a = pattern_a(p["n"])
    return lambda: np.exp(a)


@case("log")
def _log(p):
    import numpy as np
    a = pattern_b(p["n"]) + 1
    return lambda: np.log(a)


@case("add_transposed")
def _add_t(p):
    import numpy as np
    r, c = p["rows"], p["cols"]
    a, b = pattern_a(r * c).reshape(r, c), pattern_b(r * c).reshape(c, r)
    return lambda: np.add(a.T, b)


@case("matmul")
def _matmul(p):
    import numpy as np
    n = p["n"]
    a, b = pattern_a(n * n).reshape(n, n), pattern_b(n * n).reshape(n, n)
    return lambda: np.matmul(a, b)


def linalg_matrix(n):
    import numpy as np
    a = (pattern_a(n * n) / 8).reshape(n, n)
    return a + n * np.eye(n)


@case("svd")
def _svd(p):
    import numpy as np
    a = linalg_matrix(p["n"])
    return lambda: np.linalg.svd(a)[1]


@case("inv")
def _inv(p):
    import numpy as np
    a = linalg_matrix(p["n"])
    return lambda: np.linalg.inv(a)


@case("solve")
def _solve(p):
    import numpy as np
    a, b = linalg_matrix(p["n"]), pattern_b(p["n"])
    return lambda: np.linalg.solve(a, b)


@case("sort")
def _sort(p):
    import numpy as np
    a = np.random.RandomState(p["seed"]).random_sample(p["n"])
    return lambda: np.sort(a)


@case("unique_int")
def _unique_int(p):
    import numpy as np
    a = np.random.RandomState(p["seed"]).randint(0, p["high"], p["n"])
    return lambda: np.unique(a)


@case("unique_float")
def _unique_float(p):
    import numpy as np
    a = np.random.RandomState(p["seed"]).random_sample(p["n"])
    return lambda: np.unique(a)


@case("cumsum")
def _cumsum(p):
    a = pattern_a(p["n"])
    return lambda: a.cumsum()


@case("median")
def _median(p):
    import numpy as np
    a = np.random.RandomState(p["seed"]).random_sample(p["n"])
    return lambda: np.median(a)


@case("fft")
def _fft(p):
    import numpy as np
    a = pattern_a(p["n"])
    return lambda: np.fft.fft(a)


@case("randn")
def _randn(p):
    import numpy as np
    return lambda: np.random.RandomState(p["seed"]).randn(p["n"])


@case("standard_normal")
def _standard_normal(p):
    import numpy as np
    return lambda: np.random.default_rng(p["seed"]).standard_normal(p["n"])


@case("make_classification")
def _make_classification(p):
    from sklearn.datasets import make_classification
    return lambda: make_classification(n_samples=p["n_samples"], n_features=p["n_features"],
                                       random_state=p["random_state"])[0]


@case("imread")
def _imread(p):
    from skimage import io
    return lambda: io.imread(p["path"])


def _benson(p):
    from skimage import io
    return io.imread(p["path"])


@case("rgb2gray")
def _rgb2gray(p):
    from skimage import color
    img = _benson(p)
    return lambda: color.rgb2gray(img)


@case("resize")
def _resize(p):
    from skimage import color, transform
    gray = color.rgb2gray(_benson(p))
    shape = (gray.shape[0] // 4, gray.shape[1] // 4)
    return lambda: transform.resize(gray, shape, anti_aliasing=True)


@case("rotate")
def _rotate(p):
    from skimage import data, transform
    camera = data.camera()
    return lambda: transform.rotate(camera, 30, order=3)


@case("downscale_local_mean")
def _downscale(p):
    from skimage import color, transform
    gray = color.rgb2gray(_benson(p))
    return lambda: transform.downscale_local_mean(gray, (2, 2))


@case("equalize_adapthist")
def _equalize_adapthist(p):
    from skimage import data, exposure
    camera = data.camera()
    return lambda: exposure.equalize_adapthist(camera)


@case("median_5x5")
def _median_5x5(p):
    import numpy as np
    from skimage import data, filters
    camera = data.camera()
    footprint = np.ones((5, 5))
    return lambda: filters.median(camera, footprint)


@case("distance_transform_edt")
def _edt(p):
    from scipy import ndimage as ndi
    from skimage import data
    mask = data.camera() > 100
    return lambda: ndi.distance_transform_edt(mask)


@case("gaussian_filter")
def _gaussian_filter(p):
    from scipy import ndimage as ndi
    from skimage import data, util
    img = util.img_as_float(data.camera())
    return lambda: ndi.gaussian_filter(img, 3)


@case("label_regionprops")
def _label_regionprops(p):
    import numpy as np
    from skimage import data, measure
    mask = data.camera() > 100
    return lambda: np.array([[r.area, *r.centroid, *r.bbox] for r in measure.regionprops(measure.label(mask))])


@case("denoise_tv_chambolle")
def _denoise_tv_chambolle(p):
    from skimage import data, restoration, util
    img = util.img_as_float(data.camera())
    return lambda: restoration.denoise_tv_chambolle(img, 0.1)


for _sigma in (1, 2, 3):
    @case(f"canny_sigma{_sigma}")
    def _canny(p):
        from skimage import data, feature
        camera = data.camera()
        return lambda: feature.canny(camera, p["sigma"])


@case("watershed")
def _watershed(p):
    import numpy as np
    from scipy import ndimage as ndi
    from skimage import data, feature, segmentation
    blobs = data.binary_blobs(512, seed=1)
    distance = ndi.distance_transform_edt(blobs)
    coords = feature.peak_local_max(distance, footprint=np.ones((3, 3)), labels=blobs)
    peaks = np.zeros(distance.shape, dtype=bool)
    peaks[tuple(coords.T)] = True
    markers, _ = ndi.label(peaks)
    return lambda: segmentation.watershed(-distance, markers, mask=blobs)


def _figure_png(fig):
    import matplotlib.pyplot as plt
    buf = _io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


@case("plt_subplots_imshow")
def _subplots(p):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from skimage import color, transform
    image = color.rgb2gray(_benson(p))
    rescaled = transform.rescale(image, 0.25)
    resized = transform.resize(image, (image.shape[0] // 4, image.shape[1] // 4))

    def run():
        fig, axes = plt.subplots(nrows=1, ncols=3)
        ax = axes.ravel()
        for a, img, title in zip(ax, (image, rescaled, resized),
                                 ("Original image", "Rescaled image", "Resized image")):
            a.imshow(img, cmap="gray")
            a.set_title(title)
        ax[0].set_xlim(0, 512)
        ax[0].set_ylim(512, 0)
        plt.tight_layout()
        return _figure_png(fig)
    return run


@case("plt_scatter")
def _scatter(p):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    rs = np.random.RandomState(p["seed"])
    x, y = rs.randn(p["n"]), rs.randn(p["n"])

    def run():
        fig = plt.figure()
        plt.scatter(x, y)
        return _figure_png(fig)
    return run


def _one_figure(draw):
    """A run(): a new pyplot figure, draw(plt) on it, its PNG bytes (Agg)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def run():
        fig = plt.figure()
        draw(plt)
        return _figure_png(fig)
    return run


@case("plt_line_1e5")
def _line(p):
    import numpy as np
    x = np.linspace(0, 100, p["n"])
    y = np.sin(x)
    return _one_figure(lambda plt: plt.plot(x, y))


@case("plt_scatter_1e4")
def _scatter_1e4(p):
    import numpy as np
    rs = np.random.RandomState(p["seed"])
    x, y = rs.randn(p["n"]), rs.randn(p["n"])
    return _one_figure(lambda plt: plt.scatter(x, y))


@case("plt_hist_1e6")
def _hist(p):
    import numpy as np
    x = np.random.RandomState(p["seed"]).randn(p["n"])
    return _one_figure(lambda plt: plt.hist(x, 50))


@case("sns_heatmap_annot")
def _heatmap(p):
    import numpy as np
    import seaborn as sns
    data = np.random.RandomState(p["seed"]).rand(p["n"], p["n"])
    return _one_figure(lambda plt: sns.heatmap(data, annot=True))


import small  # noqa: E402  (the small-array cases, registered beside the others)

small.register(case, pattern_a, pattern_b)


def checksum(value):
    import numpy as np
    if isinstance(value, bytes):
        return {"shape": [len(value)], "sum": None, "samples": [], "kind": "png",
                "png": value[:8] == b"\x89PNG\r\n\x1a\n"}
    arr = np.asarray(value)
    dtype = str(arr.dtype)
    if np.iscomplexobj(arr):  # real and imaginary parts as a trailing axis of 2
        arr = np.stack([arr.real, arr.imag], axis=-1)
    flat = arr.ravel()
    n = flat.size
    samples = [float(flat[i]) for i in sorted({0, n // 3, n // 2, n - 1})] if n else []
    return {"shape": list(arr.shape), "dtype": dtype,
            "sum": float(flat.sum(dtype=np.float64)),
            "abs": float(np.abs(flat).sum(dtype=np.float64)), "samples": samples}


def info():
    import platform
    out = {"python": platform.python_version(), "executable": sys.executable}
    for mod in ("numpy", "skimage", "sklearn", "matplotlib"):
        try:
            out[mod] = __import__(mod).__version__
        except Exception as err:  # a missing package is reported, not fatal
            out[mod] = None
            out[mod + "_error"] = f"{type(err).__name__}: {err}"
    try:  # how many threads NumPy's BLAS uses (matmul), via scikit-learn's dependency
        from threadpoolctl import threadpool_info
        import numpy  # noqa: F401  (loads the BLAS so it is listed)
        out["blas"] = [f"{i.get('internal_api')} {i.get('version') or ''} x{i.get('num_threads')}".replace("  ", " ")
                       for i in threadpool_info() if i.get("user_api") == "blas"]
    except Exception:
        out["blas"] = None
    return out


def main():
    runners = {}
    out = sys.stdout
    sys.stdout = sys.stderr  # library chatter must not corrupt the protocol
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
            cmd = req["cmd"]
            if cmd == "quit":
                break
            if cmd == "info":
                reply = info()
            elif cmd == "setup":
                if req["case"] not in CASES:
                    raise KeyError(f"no Python case named {req['case']!r}")
                run = CASES[req["case"]](req.get("params") or {})
                run()  # warm-up
                runners[req["case"]] = run
                reply = {"ok": True}
            elif cmd == "time":
                run = runners[req["case"]]
                number = int(req["number"])
                t0 = time.perf_counter()
                for _ in range(number):
                    run()
                reply = {"seconds": time.perf_counter() - t0}
            elif cmd == "check":
                reply = checksum(runners[req["case"]]())
            else:
                raise ValueError(f"unknown command {cmd!r}")
        except Exception as err:
            reply = {"error": f"{type(err).__name__}: {err}"}
        out.write(json.dumps(reply) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
