/**
 * plt: matplotlib.pyplot for tslab notebooks. Calls build a figure model; plt.show() sends it
 * as a Vega-Lite chart with a static PNG.
 *
 * ```ts
 * plt.rcParams["font.size"] = 16;
 * plt.figure();
 * plt.imshow(img, { cmap: "gray" });
 * plt.show();
 * ```
 */
export * from "./pyplot";
export { rcParams, rcdefaults, RcParams } from "./rcparams";
export { Figure } from "./figure";
export { Axes } from "./axes";
export type { HistOptions, BarOptions, AxLineOptions, LegendOptions } from "./axes";
export type { AxesArray } from "./axes_array";
export { get_cmap, colormaps, Colormap } from "./colormaps";
export type { ImshowOptions, AxesImage } from "./imshow";
export type { ScatterOptions, PathCollection } from "./scatter";
export type { PlotOptions } from "./plotargs";
export type { FillOptions } from "./fills";
export type { SpanOptions } from "./spans";
export type { SegmentsOptions } from "./segments";
export type { TextOptions, TextCallOptions, AnnotateOptions, ArrowProps } from "./texts";
export type { MarginsOptions, AspectOptions } from "./axes_view";
export type { StepOptions } from "./axes";
export type { TicksOptions, TickLabelsOptions, TickLabelOptions } from "./axes_ticks";
export type { ErrorbarOptions } from "./axes";
export type { ErrorbarContainer } from "./errorbars";
export type { StemOptions, StemContainer } from "./stems";
export type { TickParamsOptions } from "./tick_params";
export * from "./pyplot_artists";
export type { Line2D } from "./line2d";
export type { PolyCollection, LineCollection, Rectangle, BarContainer, Wedge, PathPatch, Polygon, Text, Legend } from "./artist_api";
export type { PieOptions } from "./pie";
export type { BoxplotOptions, BoxplotParts } from "./boxplot";
export type { ViolinplotOptions, ViolinParts } from "./violin";
export type { StackplotOptions } from "./stackplot";
export type { BarhOptions } from "./barh";
import "./axes_contour";
export * from "./pyplot_contour";
export type { QuadContourSet, ContourOptions } from "./contour";
export type { ClabelOptions } from "./clabel";
import "./axes_mesh";
export * from "./pyplot_mesh";
export type { QuadMesh, PcolormeshOptions } from "./mesh";
export type { MatshowOptions } from "./matshow";
import "./axes_twin";
export * from "./pyplot_twin";
export * from "./mosaic";
export { rc, rc_context } from "./rc";
export * as style from "./style";
import "./axes_visibility";
import "./axes_bounds";
import "./axes_autoscale";
import "./axes_state";
import "./axes_sharing";
import "./axes_clear";
import "./axes_set";
export * from "./log_scale_shortcuts";
export * from "./pyplot_axes_state";
export type { AutoscaleOptions } from "./axes_autoscale";
export type { AxesSetOptions } from "./axes_set";
import "./image_mapping";
export * from "./colormap_setters";
export * from "./hist2d";
export * from "./broken_barh";
export * from "./spy";
export * from "./bar_label";
export type { Hist2dOptions } from "./hist2d";
export type { BrokenBarhOptions } from "./broken_barh";
export type { SpyOptions } from "./spy";
export type { BarLabelOptions } from "./bar_label";
import "./annotation_xy";
export * from "./image_io";
export type { ImsaveOptions as PltImsaveOptions } from "./image_io";
export * from "./eventplot";
export type { EventplotOptions } from "./eventplot";
