/** Signatures of the Axes getters a plot checker calls (get_legend, get_xticklabels, get_yticklabels). */
import { mplsig } from "./pysig";

export const GET_LEGEND = mplsig("matplotlib.axes.Axes.get_legend()");
export const GET_XTICKLABELS = mplsig("matplotlib.axes.Axes.get_xticklabels(minor=False, which=None)", { unsupported: ["minor", "which"] });
export const GET_YTICKLABELS = mplsig("matplotlib.axes.Axes.get_yticklabels(minor=False, which=None)", { unsupported: ["minor", "which"] });
