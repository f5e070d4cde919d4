"""Golden fixtures for pyplot's current image and colormap functions (gci, sci, set_cmap, clim,
gray(), viridis(), ...) and AxesImage.set_cmap / set_clim, as calls and probes
(plt_api_cases.py). Writes test/golden/plt/colormap_setters.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from plt_api_cases import dump_api  # noqa: E402

A = [[[1, 2, 3], [4, 5, 6]]]
NAMES = ["autumn", "bone", "cool", "copper", "flag", "gray", "hot", "hsv", "inferno", "jet", "magma", "nipy_spectral", "pink", "plasma",
         "prism", "spring", "summer", "viridis", "winter"]
CASES = [(f"plt.{n}", [1, 1], [["plt.imshow", A, {}], [f"plt.{n}", [], {}], ["plt.imshow", A, {}]],
          [["images.0.get_cmap", []], ["images.1.get_cmap", []], ["images.0.get_clim", []]]) for n in NAMES] + [
    ("set_cmap", [1, 1], [["plt.imshow", A, {}], ["plt.set_cmap", ["hot"], {}]], [["images.0.get_cmap", []], ["plt.gci.get_cmap", []]]),
    ("set_cmap reversed", [1, 1], [["plt.imshow", A, {}], ["plt.set_cmap", ["gray_r"], {}]], [["images.0.get_cmap", []]]),
    ("err set_cmap unknown", [1, 1], [["plt.set_cmap", ["nope"], {}]], []),
    ("set_cmap before any image", [1, 1], [["plt.set_cmap", ["gray"], {}], ["plt.imshow", A, {}]], [["images.0.get_cmap", []]]),
    ("clim", [1, 1], [["plt.imshow", A, {}], ["plt.clim", [2, 4], {}]], [["images.0.get_clim", []], ["images.0.get_cmap", []]]),
    ("clim vmax only", [1, 1], [["plt.imshow", A, {}], ["plt.clim", [], {"vmax": 3}]], [["images.0.get_clim", []]]),
    ("clim vmin only", [1, 1], [["plt.imshow", A, {}], ["plt.clim", [], {"vmin": 2.5}]], [["images.0.get_clim", []]]),
    ("clim tuple", [1, 1], [["plt.imshow", A, {}], ["plt.clim", [[0, 10]], {}]], [["images.0.get_clim", []]]),
    ("err clim no image", [1, 1], [["plt.clim", [0, 1], {}]], []),
    ("set_clim method", [1, 1], [["imshow", A, {}], ["images.0.set_clim", [1, 2], {}]], [["images.0.get_clim", []]]),
    ("set_clim keywords", [1, 1], [["imshow", A, {"vmin": 0, "vmax": 9}], ["images.0.set_clim", [], {"vmin": 3}]], [["images.0.get_clim", []]]),
    ("set_cmap method", [1, 1], [["imshow", A, {}], ["images.0.set_cmap", ["magma"], {}]], [["images.0.get_cmap", []]]),
    ("gci none", [1, 1], [], [["plt.gci", []]]),
    ("gci image", [1, 1], [["plt.imshow", A, {}]], [["plt.gci", []]]),
    ("gci scatter", [1, 1], [["plt.imshow", A, {}], ["plt.scatter", [[1, 2], [1, 2]], {}]], [["plt.gci", []]]),
    ("sci earlier image", [1, 1], [["plt.imshow", A, {}], ["plt.imshow", A, {"extent": [0, 1, 0, 1]}], ["plt.sci", ["$ret0"], {}], ["plt.gray", [], {}]],
     [["images.0.get_cmap", []], ["images.1.get_cmap", []]]),
    ("sci then a new image", [1, 1], [["plt.imshow", A, {}], ["plt.sci", ["$ret0"], {}], ["plt.imshow", A, {}], ["plt.hot", [], {}]],
     [["images.0.get_cmap", []], ["images.1.get_cmap", []]]),
    ("err sci other axes", [1, 2], [["plt.sca", ["$ax0"], {}], ["plt.imshow", A, {}], ["plt.sca", ["$ax1"], {}], ["plt.sci", ["$ret1"], {}]], []),
    ("gci from an earlier axes", [1, 2], [["plt.sca", ["$ax0"], {}], ["plt.imshow", A, {}], ["plt.sca", ["$ax1"], {}], ["plt.jet", [], {}]],
     [["images.0.get_cmap", []], ["plt.gci.get_cmap", []]]),
]

dump_api("plt/colormap_setters", CASES)
