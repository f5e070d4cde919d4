/**
 * The pure compiler from the figure model to ONE Vega-Lite v5 spec: a single axes is a layer
 * spec; subplots become hconcat (one row), vconcat (one column) or concat with columns.
 * Only Vega-Lite 5.6 features are used (JupyterLab 4 bundles 5.6).
 */
import type { Figure } from "../figure";
import type { Json } from "./marks";
import { compileAxes, Fonts } from "./axes";
import { cssWeight, fontPoints } from "../text_style";
import { overlayTwins } from "./twins";
import { mosaicSpec } from "./mosaic";
import { mathText } from "../mathtext";
import { dashArray, type LineStyle } from "../fmt";

export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** Style of the whole figure (matplotlib rcParams at draw time). */
export interface FigureStyle {
  fontSize: number;
  axesFacecolor: string;
  axesEdgecolor: string;
  labelColor: string;
  tickColor: string;
  textColor: string;
  gridColor: string;
  figureFacecolor: string;
  /** seaborn's styles draw no tick marks. */
  ticks: boolean;
  /** rc grid.linestyle / grid.linewidth (points) / grid.alpha, axes.linewidth (points), tick and axis label sizes (points). */
  grid?: { linestyle: LineStyle; linewidth: number; alpha: number };
  axesLinewidth?: number;
  tickLabelSize?: number;
  axisLabelSize?: number;
}

function config(style: FigureStyle, fonts: Fonts, k: number): Json {
  return {
    font: "DejaVu Sans, Bitstream Vera Sans, Arial, Helvetica, sans-serif",
    view: { stroke: style.axesEdgecolor, strokeWidth: (style.axesLinewidth ?? 0.8) * k, fill: style.axesFacecolor },
    axis: {
      domain: false,
      grid: false,
      gridColor: style.gridColor,
      gridWidth: (style.grid?.linewidth ?? 0.8) * k,
      ...gridLook(style, k),
      ticks: style.ticks,
      tickColor: style.tickColor,
      tickSize: 3.5 * k,
      tickWidth: 0.8 * k,
      labelColor: style.labelColor,
      labelFontSize: style.tickLabelSize !== undefined ? style.tickLabelSize * k : fonts.base,
      labelFlush: false,
      labelOverlap: true,
      titleColor: style.labelColor,
      titleFontSize: style.axisLabelSize !== undefined ? style.axisLabelSize * k : fonts.base,
      titleFontWeight: "normal",
    },
    title: { color: style.textColor, fontSize: fonts.title, fontWeight: "normal", anchor: "middle" },
    legend: { labelColor: style.textColor, titleColor: style.textColor, labelFontSize: fonts.base, titleFontSize: fonts.base },
  };
}

/** The grid's dashes and opacity from rc grid.linestyle and grid.alpha. */
function gridLook(style: FigureStyle, k: number): Json {
  if (style.grid === undefined) return {};
  const out: Json = {};
  const dash = dashArray(style.grid.linestyle, style.grid.linewidth * k);
  if (dash) out.gridDash = dash;
  if (style.grid.alpha !== 1) out.gridOpacity = style.grid.alpha;
  if (style.grid.linestyle === "none") out.gridOpacity = 0;
  return out;
}

/** Compiles a figure into a Vega-Lite spec (a plain JSON object). */
export function compileFigure(fig: Figure, style: FigureStyle): Json {
  const k = fig.dpi / 72;
  const fonts: Fonts = { base: style.fontSize * k, title: style.fontSize * 1.2 * k };
  const spec: Json = {
    $schema: VEGA_LITE_SCHEMA,
    background: style.figureFacecolor,
    padding: 5,
  };
  if (fig.suptitleText !== "") {
    const st = fig.suptitleStyle;
    spec.title = { text: mathText(fig.suptitleText), fontSize: fontPoints(st, style.fontSize, 1.2) * k, fontWeight: cssWeight(st.fontweight), anchor: "middle" };
    if (st.color !== undefined) (spec.title as Json).color = st.color;
  }
  // twins (twinx / twiny) are drawn over their host, in its view
  const axes = fig.axes.filter((a) => !a._twin).sort((a, b) => a.position.row - b.position.row || a.position.col - b.position.col);
  const views = axes.map((ax) => {
    const size = fig.axesPixelSize(ax.position, ax);
    const twins = fig.axes.filter((t) => t._twin?.host === ax);
    const own = compileAxes(ax, size, fonts, k);
    return twins.length === 0 ? own : overlayTwins(own, twins.map((t) => [t._twin!.shared, compileAxes(t, size, fonts, k)]));
  });
  if (views.length === 0) {
    // An empty figure: a blank canvas of the figure's size.
    Object.assign(spec, {
      width: Math.round(fig.figsize[0] * fig.dpi),
      height: Math.round(fig.figsize[1] * fig.dpi),
      data: { values: [] },
      mark: { type: "point" },
    });
    (spec as { config?: Json }).config = { ...config(style, fonts, k), view: { stroke: null } };
    return spec;
  }
  if (views.length === 1) {
    const only = views[0];
    if (spec.title !== undefined && only.title !== undefined) {
      // a suptitle and an axes title: the axes title stays with its layer
      const { title, ...rest } = only;
      Object.assign(spec, { vconcat: [{ title, ...rest }] });
    } else {
      Object.assign(spec, only);
    }
  } else {
    const nrows = Math.max(...axes.map((a) => a.position.row)) + 1;
    const ncols = Math.max(...axes.map((a) => a.position.col)) + 1;
    const spacingX = Math.round(fig.figsize[0] * fig.dpi * 0.04);
    const spacingY = Math.round(fig.figsize[1] * fig.dpi * 0.05);
    if (axes.some((a) => (a.position.rowspan ?? 1) > 1 || (a.position.colspan ?? 1) > 1)) Object.assign(spec, mosaicSpec(axes, views, spacingX, spacingY));
    else if (nrows === 1) Object.assign(spec, { hconcat: views, spacing: spacingX });
    else if (ncols === 1) Object.assign(spec, { vconcat: views, spacing: spacingY });
    else Object.assign(spec, { concat: views, columns: ncols, spacing: { row: spacingY, column: spacingX } });
  }
  (spec as { config?: Json }).config = config(style, fonts, k);
  return spec;
}
