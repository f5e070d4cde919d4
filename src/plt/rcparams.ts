/**
 * matplotlib's rcParams: a plain mutable object, `plt.rcParams["font.size"] = 16`.
 * Only the keys listed here are read; figures read them when they are created or drawn.
 */

import { pyfunction } from "../signature";
import { mplsig } from "./pysig";
import { checkedParams } from "./rc_validate";

/** The rc settings plt reads, with matplotlib 3.6's defaults. */
export interface RcParams {
  "font.size": number;
  "figure.figsize": [number, number];
  "figure.dpi": number;
  "image.cmap": string;
  "lines.linewidth": number;
  "lines.markersize": number;
  "axes.grid": boolean;
  "axes.facecolor": string;
  "axes.edgecolor": string;
  "axes.labelcolor": string;
  "grid.color": string;
  "text.color": string;
  "xtick.color": string;
  "ytick.color": string;
  "axes.prop_cycle": string[];
  "figure.facecolor": string;
  "hist.bins": number | string;
  [key: string]: unknown;
}

/** matplotlib's default color cycle (tab10). */
export const TAB10 = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

function defaults(): RcParams {
  return {
    "font.size": 10,
    "figure.figsize": [6.4, 4.8],
    "figure.dpi": 100,
    "image.cmap": "viridis",
    "lines.linewidth": 1.5,
    "lines.markersize": 6,
    "axes.grid": false,
    "axes.facecolor": "white",
    "axes.edgecolor": "black",
    "axes.labelcolor": "black",
    "grid.color": "#b0b0b0",
    "text.color": "black",
    "xtick.color": "black",
    "ytick.color": "black",
    "axes.prop_cycle": TAB10.slice(),
    "figure.facecolor": "white",
    "hist.bins": 10,
    "patch.edgecolor": "black",
    "patch.force_edgecolor": false,
    "patch.linewidth": 1.0,
    "lines.color": "C0",
    "scatter.marker": "o",
    "image.origin": "upper",
    "image.aspect": "equal",
    "image.interpolation": "antialiased",
    "axes.titlelocation": "center",
    "xaxis.labellocation": "center",
    "yaxis.labellocation": "center",
  };
}

/** `matplotlib.rcParams`: assign keys to change later figures (keys and values checked as matplotlib checks them). */
export const rcParams: RcParams = checkedParams(defaults());

export const RCDEFAULTS = mplsig("matplotlib.pyplot.rcdefaults()");

/** `matplotlib.pyplot.rcdefaults()`: restores every key to matplotlib's default. */
export function rcdefaults(): void {
  if (arguments.length > 0) RCDEFAULTS.bind(arguments);
  for (const key of Object.keys(rcParams)) delete rcParams[key];
  Object.assign(rcParams, defaults());
}

/** `matplotlib.rc_params`-like snapshot, used by seaborn styles. */
export function updateRc(values: Partial<RcParams>): void {
  Object.assign(rcParams, values);
}

pyfunction(RCDEFAULTS, rcdefaults);
