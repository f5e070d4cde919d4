/**
 * Axes' own artist state as matplotlib reports it: alpha, facecolor, visibility, zorder, frame,
 * axisbelow and label; get_figure, has_data, and the major / minor tick label readers.
 */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import type { Figure } from "./figure";
import type { Text } from "./artist_api";
import { mplsig } from "./pysig";
import { rcParams } from "./rcparams";
import { toCss } from "./colors";
import { cssToRgba, type RGBA } from "./rgba";

const GET_ALPHA = mplsig("matplotlib.axes.Axes.get_alpha()");
const GET_FACECOLOR = mplsig("matplotlib.axes.Axes.get_facecolor()");
const GET_FC = mplsig("matplotlib.axes.Axes.get_fc()");
const GET_VISIBLE = mplsig("matplotlib.axes.Axes.get_visible()");
const GET_ZORDER = mplsig("matplotlib.axes.Axes.get_zorder()");
const GET_FRAME_ON = mplsig("matplotlib.axes.Axes.get_frame_on()");
const GET_AXISBELOW = mplsig("matplotlib.axes.Axes.get_axisbelow()");
const GET_LABEL = mplsig("matplotlib.axes.Axes.get_label()");
const SET_LABEL = mplsig("matplotlib.axes.Axes.set_label(s)");
const GET_FIGURE = mplsig("matplotlib.axes.Axes.get_figure()");
const HAS_DATA = mplsig("matplotlib.axes.Axes.has_data()");
const GET_XMAJORTICKLABELS = mplsig("matplotlib.axes.Axes.get_xmajorticklabels()");
const GET_YMAJORTICKLABELS = mplsig("matplotlib.axes.Axes.get_ymajorticklabels()");
const GET_XMINORTICKLABELS = mplsig("matplotlib.axes.Axes.get_xminorticklabels()");
const GET_YMINORTICKLABELS = mplsig("matplotlib.axes.Axes.get_yminorticklabels()");

declare module "./axes" {
  interface Axes {
    /** `Axes.get_alpha()`: the axes' own alpha: None (plt draws axes opaque). */
    get_alpha(): number | null;
    /** `Axes.get_facecolor()`: the background as RGBA (rcParams["axes.facecolor"]). */
    get_facecolor(): RGBA;
    /** `Axes.get_fc()`: alias of get_facecolor. */
    get_fc(): RGBA;
    /** `Axes.get_visible()`: true: plt draws every axes. */
    get_visible(): boolean;
    /** `Axes.get_zorder()`: 0, matplotlib's default for an Axes. */
    get_zorder(): number;
    /** `Axes.get_frame_on()`: whether the frame (spines and background) is drawn: true. */
    get_frame_on(): boolean;
    /** `Axes.get_axisbelow()`: where ticks and grid sit among the artists (rcParams["axes.axisbelow"], 'line' by default). */
    get_axisbelow(): boolean | "line";
    /** `Axes.get_label()`: the axes' label ('' unless set_label gave one). */
    get_label(): string | null;
    /** `Axes.set_label(s)`: names the axes (not drawn; matplotlib's figure legends and lookups use it). */
    set_label(s: unknown): void;
    /** `Axes.get_figure()`: the Figure holding the axes. */
    get_figure(): Figure;
    /** `Axes.has_data()`: whether any line, patch, collection or image was added (texts do not count). */
    has_data(): boolean;
    /** `Axes.get_xmajorticklabels()`: the x tick labels (as get_xticklabels()). */
    get_xmajorticklabels(): Text[];
    /** `Axes.get_ymajorticklabels()`: the y tick labels. */
    get_ymajorticklabels(): Text[];
    /** `Axes.get_xminorticklabels()`: the x minor tick labels: none, as plt draws no minor ticks. */
    get_xminorticklabels(): Text[];
    /** `Axes.get_yminorticklabels()`: the y minor tick labels: none. */
    get_yminorticklabels(): Text[];
    /** @internal The label set_label gave. */
    _label?: string | null;
  }
}

function facecolor(): RGBA {
  return cssToRgba(toCss(rcParams["axes.facecolor"] as string, "facecolor", "rgba"));
}

const P = Axes.prototype;
P.get_alpha = function get_alpha(this: Axes): number | null {
  if (arguments.length > 0) GET_ALPHA.bind(arguments);
  return null;
};
P.get_facecolor = function get_facecolor(this: Axes): RGBA {
  if (arguments.length > 0) GET_FACECOLOR.bind(arguments);
  return facecolor();
};
P.get_fc = function get_fc(this: Axes): RGBA {
  if (arguments.length > 0) GET_FC.bind(arguments);
  return facecolor();
};
P.get_visible = function get_visible(this: Axes): boolean {
  if (arguments.length > 0) GET_VISIBLE.bind(arguments);
  return true;
};
P.get_zorder = function get_zorder(this: Axes): number {
  if (arguments.length > 0) GET_ZORDER.bind(arguments);
  return 0;
};
P.get_frame_on = function get_frame_on(this: Axes): boolean {
  if (arguments.length > 0) GET_FRAME_ON.bind(arguments);
  return true;
};
P.get_axisbelow = function get_axisbelow(this: Axes): boolean | "line" {
  if (arguments.length > 0) GET_AXISBELOW.bind(arguments);
  const v = rcParams["axes.axisbelow" as keyof typeof rcParams] as unknown;
  return v === "line" ? "line" : Boolean(v);
};
P.get_label = function get_label(this: Axes): string | null {
  if (arguments.length > 0) GET_LABEL.bind(arguments);
  return this._label === undefined ? "" : this._label;
};
P.set_label = function set_label(this: Axes): void {
  const { s } = SET_LABEL.bind(arguments);
  this._label = s == null ? null : String(s);
};
P.get_figure = function get_figure(this: Axes): Figure {
  if (arguments.length > 0) GET_FIGURE.bind(arguments);
  return this.figure;
};
P.has_data = function has_data(this: Axes): boolean {
  if (arguments.length > 0) HAS_DATA.bind(arguments);
  return this.artists.some((a) => a.kind !== "text");
};
P.get_xmajorticklabels = function get_xmajorticklabels(this: Axes): Text[] {
  if (arguments.length > 0) GET_XMAJORTICKLABELS.bind(arguments);
  return this.get_xticklabels();
};
P.get_ymajorticklabels = function get_ymajorticklabels(this: Axes): Text[] {
  if (arguments.length > 0) GET_YMAJORTICKLABELS.bind(arguments);
  return this.get_yticklabels();
};
P.get_xminorticklabels = function get_xminorticklabels(this: Axes): Text[] {
  if (arguments.length > 0) GET_XMINORTICKLABELS.bind(arguments);
  return [];
};
P.get_yminorticklabels = function get_yminorticklabels(this: Axes): Text[] {
  if (arguments.length > 0) GET_YMINORTICKLABELS.bind(arguments);
  return [];
};
for (const [sig, fn] of [
  [GET_ALPHA, P.get_alpha], [GET_FACECOLOR, P.get_facecolor], [GET_FC, P.get_fc], [GET_VISIBLE, P.get_visible], [GET_ZORDER, P.get_zorder],
  [GET_FRAME_ON, P.get_frame_on], [GET_AXISBELOW, P.get_axisbelow], [GET_LABEL, P.get_label], [SET_LABEL, P.set_label], [GET_FIGURE, P.get_figure],
  [HAS_DATA, P.has_data], [GET_XMAJORTICKLABELS, P.get_xmajorticklabels], [GET_YMAJORTICKLABELS, P.get_ymajorticklabels],
  [GET_XMINORTICKLABELS, P.get_xminorticklabels], [GET_YMINORTICKLABELS, P.get_yminorticklabels],
] as const) pyfunction(sig, fn as (...a: never[]) => unknown);
