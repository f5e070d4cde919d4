/** Signatures of the Axes getters a plot checker calls (get_legend, get_lines, get_images, tick labels, legend handles). */
import { mplsig } from "./pysig";

export const GET_LEGEND = mplsig("matplotlib.axes.Axes.get_legend()");
export const GET_XTICKLABELS = mplsig("matplotlib.axes.Axes.get_xticklabels(minor=False, which=None)", { unsupported: ["minor", "which"] });
export const GET_YTICKLABELS = mplsig("matplotlib.axes.Axes.get_yticklabels(minor=False, which=None)", { unsupported: ["minor", "which"] });
export const GET_LINES = mplsig("matplotlib.axes.Axes.get_lines()");
export const GET_IMAGES = mplsig("matplotlib.axes.Axes.get_images()");
export const GET_LEGEND_HANDLES_LABELS = mplsig("matplotlib.axes.Axes.get_legend_handles_labels(legend_handler_map=None)", { unsupported: ["legend_handler_map"] });
