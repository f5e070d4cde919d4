"""Golden fixtures for hist2d, broken_barh, spy and bar_label read back through matplotlib's
artist API (limits, counts and edges, colors, paths, image data, tick labels, texts and their
positions), as calls and probes (plt_api_cases.py). Writes test/golden/plt/plot_types.json.
Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from plt_api_cases import dump_api  # noqa: E402

X = [0.1, 0.5, 0.9, 1.5, 2.2, 2.3, 2.9, 0.4, 1.1, 1.9]
Y = [1.0, 1.2, 3.5, 2.0, 0.3, 0.4, 3.9, 2.2, 2.8, 1.6]
Z = [[1, 0, 0, 2], [0, 0, 3, 0], [0.05, 0, 0, -1]]
CASES = [
    ("hist2d", [1, 1], [["hist2d", [X, Y], {}]],
     [["$ret0.0.tolist", []], ["$ret0.1.tolist", []], ["$ret0.2.tolist", []], ["get_xlim", []], ["get_ylim", []]]),
    ("hist2d bins range density", [1, 1], [["hist2d", [X, Y, [3, 2], [[0, 3], [0, 4]], True], {"cmap": "gray", "vmin": 0, "vmax": 1}]],
     [["$ret0.0.tolist", []], ["$ret0.1.tolist", []], ["$ret0.2.tolist", []], ["get_xlim", []], ["get_ylim", []]]),
    ("hist2d weights cmin cmax", [1, 1], [["hist2d", [X, Y], {"bins": 2, "weights": [1, 2, 1, 2, 1, 2, 1, 2, 1, 2], "cmin": 3, "cmax": 6,
                                                              "alpha": 0.5, "label": "h", "zorder": 2, "edgecolors": "k", "linewidths": 2}]],
     [["$ret0.0.tolist", []]]),
    ("plt hist2d", [1, 1], [["plt.hist2d", [X, Y, 4], {}]], [["$ret0.0.tolist", []], ["get_xlim", []], ["plt.gci", []]]),
    ("broken_barh", [1, 1], [["broken_barh", [[[1, 2], [5, 1.5]], [3, 0.8]], {}]],
     [["get_xlim", []], ["get_ylim", []], ["collections.0.get_facecolor", []]]),
    ("broken_barh styled", [1, 1], [["broken_barh", [[[0, 1]], [0, 1]], {"facecolors": "tab:orange", "edgecolor": "k", "linewidth": 2, "alpha": 0.5,
                                                                    "label": "b", "zorder": 3}], ["broken_barh", [[[2, 1]], [1, 1]], {"color": "r"}]],
     [["collections.0.get_facecolor", []], ["collections.0.get_edgecolor", []], ["collections.0.get_linewidths", []], ["collections.0.get_label", []],
      ["collections.0.get_zorder", []], ["collections.1.get_facecolor", []], ["collections.1.get_edgecolor", []], ["get_xlim", []], ["get_ylim", []]]),
    ("broken_barh aliases", [1, 1], [["broken_barh", [[[0, 1]], [0, 1]], {"facecolor": "#ff0000", "edgecolors": "#0000ff", "linewidths": 4}]],
     [["collections.0.get_facecolor", []], ["collections.0.get_edgecolor", []], ["collections.0.get_linewidths", []]]),
    ("plt broken_barh", [1, 1], [["plt.broken_barh", [[[10, 5]], [1, 2]], {"fc": "#00ff00", "ec": "b", "lw": 3}]],
     [["collections.0.get_facecolor", []], ["collections.0.get_edgecolor", []], ["collections.0.get_linewidths", []]]),
    ("err broken_barh range", [1, 1], [["broken_barh", [[[1, 2, 3]], [0, 1]], {}]], []),
    ("spy", [1, 1], [["spy", [Z], {}]],
     [["images.0.get_array.tolist", []], ["images.0.get_cmap", []], ["get_xlim", []], ["get_ylim", []], ["get_xticks", []], ["get_yticks", []],
      ["images.0.get_extent", []]]),
    ("spy precision", [1, 1], [["spy", [Z, 0.5], {"aspect": "auto", "alpha": 0.5, "label": "s", "zorder": 2}]], [["images.0.get_array.tolist", []], ["get_aspect", []]]),
    ("plt spy", [1, 1], [["plt.spy", [Z], {"precision": 1.5}]], [["images.0.get_array.tolist", []], ["plt.gci", []]]),
    ("bar_label", [1, 1], [["bar", [[1, 2, 3], [3, -1, 2.5]], {}], ["bar_label", ["$ret0"], {}]],
     [["texts.0.get_text", []], ["texts.1.get_text", []], ["texts.2.get_text", []], ["texts.0.@xy", []], ["texts.1.@xy", []],
      ["texts.0.get_va", []], ["texts.1.get_va", []], ["texts.0.get_ha", []]]),
    ("bar_label center fmt", [1, 1], [["bar", [[1, 2], [3, -1]], {"bottom": 1}], ["bar_label", ["$ret0"], {"fmt": "%.2f", "label_type": "center", "color": "#ffffff", "fontsize": 8}]],
     [["texts.0.get_text", []], ["texts.1.get_text", []], ["texts.0.@xy", []], ["texts.1.@xy", []], ["texts.0.get_va", []],
      ["texts.0.get_color", []], ["texts.0.get_fontsize", []]]),
    ("bar_label labels barh", [1, 1], [["barh", [["a", "b"], [4, -2]], {}], ["bar_label", ["$ret0", ["x", "y"]], {"rotation": 90, "fontweight": "bold"}]],
     [["texts.0.get_text", []], ["texts.1.get_text", []], ["texts.0.@xy", []], ["texts.1.@xy", []], ["texts.0.get_ha", []],
      ["texts.1.get_ha", []], ["texts.0.get_va", []], ["texts.0.get_rotation", []]]),
    ("bar_label text aliases", [1, 1], [["bar", [[1], [2]], {}], ["bar_label", ["$ret0"], {"size": 14, "c": "#ff0000", "weight": "bold"}]],
     [["texts.0.get_fontsize", []], ["texts.0.get_color", []]]),
    ("bar_label inverted", [1, 1], [["bar", [[1, 2], [3, -1]], {}], ["invert_yaxis", [], {}], ["bar_label", ["$ret0"], {}]],
     [["texts.0.get_va", []], ["texts.1.get_va", []]]),
    ("plt bar_label hist", [1, 1], [["plt.hist", [X], {"bins": 3}], ["plt.bar_label", ["$ret0.2"], {"fmt": "%d", "alpha": 0.5, "zorder": 4}]],
     [["texts.0.get_text", []], ["texts.1.get_text", []], ["texts.2.get_text", []], ["texts.2.@xy", []]]),
    ("eventplot", [1, 1], [["eventplot", [[1, 2.5, 4]], {}]],
     [["get_xlim", []], ["get_ylim", []], ["collections.0.get_segments.0.tolist", []], ["collections.0.get_colors", []], ["collections.0.get_linewidths", []]]),
    ("eventplot groups", [1, 1], [["eventplot", [[[1, 2], [3, 5, 6], [0.5]]], {"colors": ["#ff0000", "#00ff00", "#0000ff"], "linelengths": 0.5}]],
     [["get_xlim", []], ["get_ylim", []], ["collections.1.get_segments.1.tolist", []], ["collections.2.get_segments.0.tolist", []],
      ["collections.1.get_colors", []]]),
    ("eventplot vertical offsets", [1, 1], [["eventplot", [[[1, 2], [3, 4]], "vertical", [2, 5], [1, 3], [2, 0.5], "#000000", ["solid", "dashed"]],
                                            {"alpha": 0.5, "label": "ev", "zorder": 3}]],
     [["get_xlim", []], ["get_ylim", []], ["collections.0.get_segments.0.tolist", []], ["collections.1.get_segments.1.tolist", []],
      ["collections.1.get_linewidths", []], ["collections.0.get_label", []], ["collections.0.get_zorder", []], ["collections.0.get_alpha", []]]),
    ("plt eventplot one offset", [1, 1], [["plt.eventplot", [[[1, 2], [3], [4]]], {"lineoffsets": 3}]],
     [["get_ylim", []], ["collections.2.get_segments.0.tolist", []]]),
    ("err eventplot colors", [1, 1], [["eventplot", [[[1], [2]]], {"colors": ["#ff0000", "#00ff00", "#0000ff"]}]], []),
    ("pcolor", [1, 1], [["pcolor", [[[1, 2, 3], [4, 5, 6]]], {}]], [["get_xlim", []], ["get_ylim", []]]),
    ("pcolor xy", [1, 1], [["pcolor", [[0, 1, 3, 6], [0, 2, 3], [[1, 2, 3], [4, 5, 6]]], {"cmap": "gray", "vmin": 0, "vmax": 10, "alpha": 0.5,
                                                                                    "edgecolors": "k", "linewidths": 2, "zorder": 2, "label": "p"}]],
     [["get_xlim", []], ["get_ylim", []]]),
    ("plt pcolor nearest", [1, 1], [["plt.pcolor", [[0, 1, 2], [0, 1], [[1, 2, 3], [4, 5, 6]]], {"shading": "nearest"}]], [["get_xlim", []], ["get_ylim", []]]),
    ("err bar_label type", [1, 1], [["bar", [[1], [1]], {}], ["bar_label", ["$ret0"], {"label_type": "top"}]], []),
]

dump_api("plt/plot_types", CASES)
