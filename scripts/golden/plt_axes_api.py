"""Golden fixtures for Axes' state methods (bounds, margins, autoscaling, sharing, clearing, the
generic setter, log-scale shortcuts, tick label readers) and pyplot's housekeeping, as calls and
probes (plt_api_cases.py). Writes test/golden/plt/axes_api.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
# matplotlib computes autoscaled limits lazily (when read or drawn); plt computes them whenever
# read, so a case that freezes limits reads them first, as a notebook user looking at them does
from plt_api_cases import dump_api  # noqa: E402

L = [[1, 2, 3, 4], [1, 4, 2, 8]]
CASES = [
    # (label, grid, calls, probes)
    ("xbound of an inverted axis", [1, 1], [["plot", L, {}], ["invert_xaxis", [], {}], ["set_xbound", [0, 5], {}]],
     [["get_xbound", []], ["get_xlim", []], ["get_ybound", []]]),
    ("xbound one side", [1, 1], [["plot", L, {}], ["set_xbound", [], {"upper": 10}]], [["get_xbound", []], ["get_xlim", []]]),
    ("ybound tuple", [1, 1], [["plot", L, {}], ["set_ybound", [[8, -2]], {}]], [["get_ybound", []], ["get_ylim", []]]),
    ("xbound then more data", [1, 1], [["plot", L, {}], ["set_xbound", [0, 5], {}], ["plot", [[0, 20], [0, 30]], {}]],
     [["get_xlim", []], ["get_autoscalex_on", []]]),
    ("autoscale on without new data", [1, 1], [["plot", L, {}], ["set_xlim", [0, 10], {}], ["set_autoscale_on", [True], {}]],
     [["get_xlim", []], ["get_autoscale_on", []]]),
    ("ybound lower keyword", [1, 1], [["plot", L, {}], ["set_ybound", [], {"lower": 0}]], [["get_ybound", []]]),
    ("ybound upper keyword", [1, 1], [["plot", L, {}], ["set_ybound", [], {"upper": 9}]], [["get_ybound", []]]),
    ("set_xmargin", [1, 1], [["plot", L, {}], ["set_xmargin", [0], {}], ["set_ymargin", [0.25], {}]], [["get_xlim", []], ["get_ylim", []], ["margins", []]]),
    ("err set_xmargin", [1, 1], [["set_xmargin", [-0.5], {}]], []),
    ("data ratio", [1, 1], [["plot", L, {}], ["set_xlim", [0, 4], {}], ["set_ylim", [0, 10], {}]], [["get_data_ratio", []]]),
    ("data ratio log", [1, 1], [["plot", L, {}], ["set_yscale", ["log"], {}], ["set_ylim", [1, 1000], {}], ["set_xlim", [0, 6], {}]], [["get_data_ratio", []]]),
    ("autoscale on after plot", [1, 1], [["plot", L, {}]], [["get_autoscale_on", []], ["get_autoscalex_on", []], ["get_autoscaley_on", []]]),
    ("set_xlim turns autoscale off", [1, 1], [["plot", L, {}], ["set_xlim", [0, 10], {}]], [["get_autoscale_on", []], ["get_autoscalex_on", []], ["get_autoscaley_on", []]]),
    ("autoscale off freezes", [1, 1], [["plot", L, {}], ["get_xlim", [], {}], ["set_autoscale_on", [False], {}], ["plot", [[0, 20], [0, 30]], {}]],
     [["get_xlim", []], ["get_ylim", []], ["get_autoscale_on", []]]),
    ("autoscalex off only", [1, 1], [["plot", L, {}], ["get_xlim", [], {}], ["set_autoscalex_on", [False], {}], ["plot", [[0, 20], [0, 30]], {}]], [["get_xlim", []], ["get_ylim", []]]),
    ("autoscaley off only", [1, 1], [["plot", L, {}], ["get_ylim", [], {}], ["set_autoscaley_on", [False], {}], ["plot", [[0, 20], [0, 30]], {}]], [["get_xlim", []], ["get_ylim", []]]),
    ("autoscale back on", [1, 1], [["plot", L, {}], ["set_xlim", [0, 10], {}], ["set_autoscalex_on", [True], {}], ["plot", [[0, 2], [0, 3]], {}]], [["get_xlim", []]]),
    ("autoscale on keeps inversion", [1, 1], [["plot", L, {}], ["set_xlim", [10, 0], {}], ["autoscale", [], {}]], [["get_xlim", []], ["xaxis_inverted", []]]),
    ("autoscale tight", [1, 1], [["plot", L, {}], ["autoscale", [], {"tight": True}]], [["get_xlim", []], ["get_ylim", []], ["margins", []]]),
    ("autoscale tight x", [1, 1], [["plot", L, {}], ["autoscale", [True, "x", True], {}]], [["get_xlim", []], ["get_ylim", []]]),
    ("autoscale tight false", [1, 1], [["plot", L, {}], ["autoscale", [], {"tight": False}]], [["get_xlim", []], ["get_ylim", []]]),
    ("autoscale disable y", [1, 1], [["plot", L, {}], ["get_ylim", [], {}], ["autoscale", [], {"enable": False, "axis": "y"}], ["plot", [[0, 20], [0, 30]], {}]],
     [["get_xlim", []], ["get_ylim", []]]),
    ("autoscale none", [1, 1], [["plot", L, {}], ["set_xlim", [0, 10], {}], ["autoscale", [None], {}]], [["get_xlim", []], ["get_autoscalex_on", []]]),
    ("relim autoscale_view", [1, 1], [["plot", L, {}], ["relim", [], {"visible_only": True}], ["autoscale_view", [], {"tight": True, "scalex": False, "scaley": False}]],
     [["get_xlim", []], ["get_ylim", []]]),
    ("pyplot autoscale", [1, 1], [["plot", L, {}], ["set_xlim", [0, 10], {}], ["plt.autoscale", [], {"axis": "x"}]], [["get_xlim", []]]),
    ("axes state", [1, 1], [["plot", L, {}]],
     [["get_alpha", []], ["get_facecolor", []], ["get_fc", []], ["get_visible", []], ["get_zorder", []], ["get_frame_on", []], ["get_axisbelow", []],
      ["get_label", []], ["has_data", []], ["get_xminorticklabels", []], ["get_yminorticklabels", []]]),
    ("has_data text only", [1, 1], [["text", [0.5, 0.5, "t"], {}]], [["has_data", []]]),
    ("has_data empty", [1, 1], [], [["has_data", []]]),
    ("has_data axhline", [1, 1], [["axhline", [1], {}]], [["has_data", []]]),
    ("set_label", [1, 1], [["set_label", ["left panel"], {}]], [["get_label", []]]),
    ("set_label number", [1, 1], [["set_label", [3], {}]], [["get_label", []]]),
    ("major tick labels", [1, 1], [["plot", L, {}]], [["get_xmajorticklabels", []], ["get_ymajorticklabels", []]]),
    ("sharex", [1, 2], [["plot", L, {}], ["$ax1.plot", [[0, 10], [0, 1]], {}], ["$ax1.sharex", ["$ax0"], {}]],
     [["get_xlim", []], ["$ax1.get_xlim", []], ["get_ylim", []], ["$ax1.get_ylim", []], ["get_shared_x_axes.joined", ["$ax0", "$ax1"]],
      ["get_shared_y_axes.joined", ["$ax0", "$ax1"]], ["$ax1.get_autoscalex_on", []]]),
    ("sharey set limits", [1, 2], [["plot", L, {}], ["$ax1.sharey", ["$ax0"], {}], ["$ax1.set_ylim", [-5, 5], {}], ["$ax1.plot", [[0, 10], [0, 100]], {}]],
     [["get_ylim", []], ["$ax1.get_ylim", []], ["get_xlim", []], ["$ax1.get_xlim", []], ["get_shared_y_axes.get_siblings", ["$ax1"]]]),
    ("sharex scale", [1, 2], [["plot", L, {}], ["set_xscale", ["log"], {}], ["$ax1.sharex", ["$ax0"], {}]], [["$ax1.get_xscale", []], ["$ax1.get_xlim", []]]),
    ("err sharex twice", [1, 3], [["$ax1.sharex", ["$ax0"], {}], ["$ax1.sharex", ["$ax2"], {}]], []),
    ("cla", [1, 1], [["plot", L, {"label": "a"}], ["set_title", ["t"], {}], ["set_xlabel", ["x"], {}], ["set_xlim", [0, 10], {}], ["set_yscale", ["log"], {}],
                     ["legend", [], {}], ["margins", [0.3], {}], ["cla", [], {}], ["plot", [[0, 1], [0, 1]], {}]],
     [["get_title", []], ["get_xlabel", []], ["get_xlim", []], ["get_ylim", []], ["get_yscale", []], ["get_legend", []], ["margins", []],
      ["lines.0.get_color", []], ["has_data", []]]),
    ("cla after xbound", [1, 1], [["plot", L, {}], ["set_xbound", [0, 5], {}], ["cla", [], {}], ["plot", [[0, 2], [0, 3]], {}]], [["get_xlim", []]]),
    ("clear bars", [1, 1], [["bar", [["a", "b"], [1, 2]], {}], ["clear", [], {}], ["bar", [[0, 1], [3, 4]], {}]],
     [["get_xlim", []], ["patches.0.get_facecolor", []]]),
    ("remove", [1, 2], [["$ax1.remove", [], {}]], [["plt.gcf.get_axes", []], ["plt.gca", []]]),
    ("plt cla", [1, 1], [["plot", L, {}], ["plt.cla", [], {}]], [["has_data", []], ["get_xlim", []]]),
    ("plt delaxes", [1, 2], [["plt.delaxes", ["$ax0"], {}]], [["plt.gcf.get_axes", []]]),
    ("plt delaxes current", [1, 2], [["plt.delaxes", [], {}]], [["plt.gcf.get_axes", []]]),
    ("plt clf", [1, 2], [["plt.suptitle", ["s"], {}], ["plt.clf", [], {}]], [["plt.gcf.get_axes", []], ["plt.fignum_exists", [1]], ["plt.get_fignums", []]]),
    ("fignum_exists", [1, 1], [], [["plt.fignum_exists", [1]], ["plt.fignum_exists", [2]], ["plt.get_figlabels", []]]),
    ("set", [1, 1], [["plot", L, {}], ["set", [], {"title": "T", "xlabel": "X", "ylabel": "Y", "xlim": [0, 5], "ylim": [10, 0], "xscale": "linear", "yscale": "linear",
                                              "aspect": 2, "label": "lab", "xmargin": 0.1, "ymargin": 0.2}]],
     [["get_title", []], ["get_xlabel", []], ["get_ylabel", []], ["get_xlim", []], ["get_ylim", []], ["get_aspect", []], ["get_label", []], ["margins", []]]),
    ("set ticks", [1, 1], [["plot", L, {}], ["set", [], {"xticks": [1, 2, 3], "xticklabels": ["a", "b", "c"], "yticks": [0, 5], "yticklabels": ["lo", "hi"]}]],
     [["get_xticks", []], ["get_xticklabels", []], ["get_yticks", []], ["get_yticklabels", []]]),
    ("set bounds and autoscale", [1, 1], [["plot", L, {}], ["set", [], {"xbound": [0, 3], "ybound": [1, 2]}], ["set", [], {"autoscale_on": True}],
                                          ["set", [], {"autoscalex_on": False, "autoscaley_on": False}]],
     [["get_xlim", []], ["get_ylim", []], ["get_autoscale_on", []]]),
    ("err set unknown", [1, 1], [["set", [], {"foo": 1}]], []),
    ("update", [1, 1], [["plot", L, {}], ["update", [{"title": "U", "xlim": [1, 2]}], {}]], [["get_title", []], ["get_xlim", []]]),
    ("err update unknown", [1, 1], [["update", [{"foo": 1}], {}]], []),
    ("semilogx", [1, 1], [["semilogx", [[1, 10, 100], [1, 2, 3], "o-"], {"color": "#ff0000"}]],
     [["get_xscale", []], ["get_yscale", []], ["get_xlim", []], ["lines.0.get_color", []], ["lines.0.get_marker", []]]),
    ("semilogy", [1, 1], [["semilogy", [[1, 2, 3], [1, 10, 1000]], {}]], [["get_xscale", []], ["get_yscale", []], ["get_ylim", []]]),
    ("loglog", [1, 1], [["loglog", [[1, 10, 100], [5, 50, 5000]], {"base": 10}]], [["get_xscale", []], ["get_yscale", []], ["get_xlim", []], ["get_ylim", []]]),
    ("plt semilogy", [1, 1], [["plt.semilogy", [[1, 2, 3], [1, 10, 1000]], {"linewidth": 3}]], [["get_yscale", []], ["lines.0.get_linewidth", []]]),
    ("plt loglog", [1, 1], [["plt.loglog", [[2, 4], [3, 9]], {}], ["plt.semilogx", [[2, 8], [1, 2]], {}]], [["get_xscale", []], ["get_yscale", []], ["get_xlim", []]]),
    ("adjustable", [1, 1], [["plot", [[0, 10], [1, 3]], {}], ["set_aspect", ["equal"], {}], ["set_adjustable", ["datalim"], {}]],
     [["get_adjustable", []], ["get_aspect", []]]),
    ("err adjustable", [1, 1], [["set_adjustable", ["both"], {}]], []),
    ("set adjustable", [1, 1], [["set", [], {"adjustable": "datalim"}]], [["get_adjustable", []]]),
    ("getp setp", [1, 1], [["plot", L, {}], ["plt.setp", ["$ax0"], {"xlim": [0, 2], "title": "sp"}], ["plt.setp", ["$ax0", "ylabel", "Y"], {}]],
     [["plt.getp", ["$ax0", "xlim"]], ["plt.getp", ["$ax0", "title"]], ["get_ylabel", []]]),
]


dump_api("plt/axes_api", CASES)
