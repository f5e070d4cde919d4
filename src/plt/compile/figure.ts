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
import { colorbarLayers } from "./colorbar";
import { secondaryLayers } from "./secondary";
import { place, spacer, type Placed } from "./place";
import type { Box } from "../layout";
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
      // matplotlib: tick labels 3.5 pt past the ticks, axis labels 4 pt past the tick labels
      labelPadding: 3.5 * k,
      titlePadding: 4 * k,
      tickWidth: 0.8 * k,
      labelColor: style.labelColor,
      labelFontSize: style.tickLabelSize !== undefined ? style.tickLabelSize * k : fonts.base,
      labelFlush: false,
      labelOverlap: true,
      titleColor: style.labelColor,
      titleFontSize: style.axisLabelSize !== undefined ? style.axisLabelSize * k : fonts.base,
      titleFontWeight: "normal",
    },
    title: { color: style.textColor, fontSize: fonts.title, fontWeight: "normal", anchor: "middle", offset: 6 * k },
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

/**
 * Compiles a figure into a Vega-Lite spec (a plain JSON object): a canvas of the figure's size
 * in CSS px (figsize x dpi) with each axes' plot area at matplotlib's box.
 */
export function compileFigure(fig: Figure, style: FigureStyle): Json {
  const k = fig.dpi / 72;
  const fonts: Fonts = { base: style.fontSize * k, title: style.fontSize * 1.2 * k };
  const { width, height } = fig.pixelSize();
  const spec: Json = {
    $schema: VEGA_LITE_SCHEMA,
    background: style.figureFacecolor,
    // the content is laid out from the top-left corner; the padding makes the canvas the figure
    padding: { left: 0, top: 0, right: width, bottom: height },
    autosize: { type: "none" },
  };
  // twins (twinx / twiny) are drawn over their host, in its view
  const axes = fig.axes.filter((a) => !a._twin).sort((a, b) => a.position.row - b.position.row || a.position.col - b.position.col);
  const boxes = fig.axesBoxes();
  const bars = fig.colorbarBoxes();
  const items: Placed[] = axes.map((ax) => {
    // on whole pixels, as Agg snaps the axes (Vega's grid rounds cells up)
    const box = boxes.get(ax)!.map(Math.round) as Box;
    const size = { width: box[2] - box[0], height: box[3] - box[1] };
    const twins = fig.axes.filter((t) => t._twin?.host === ax);
    const own = compileAxes(ax, size, fonts, k);
    // a colorbar is drawn from its parent's view, at its own box
    const bar = bars.get(ax);
    const drawn = bar ? colorbarLayers(ax, bar.map(Math.round) as Box, box, fonts, k, style) : null;
    if (drawn) {
      (own.layer as Json[]).push(...drawn.layers);
      // Vega sets a title off from everything drawn, matplotlib from the axes' top: what the bar
      // draws above the top (its top label, a triangle) takes its share of the 6 pt pad
      const title = own.title as Json | undefined;
      if (title && drawn.above > 0) title.offset = Math.min((title.offset as number | undefined) ?? 6 * k, 6 * k - drawn.above);
    }
    // so are its secondary axes
    const second = secondaryLayers(ax, box, fonts, k, style);
    if (second) (own.layer as Json[]).push(...second.layers);
    const view = twins.length === 0 ? own : overlayTwins(own, twins.map((t) => [t._twin!.shared, compileAxes(t, size, fonts, k)]));
    const reach = [drawn?.reach, second?.reach].filter((r): r is Box => r !== undefined);
    if (reach.length === 0) return { box, view };
    return { box, view, reach: [Math.min(...reach.map((r) => r[0])), Math.min(...reach.map((r) => r[1])), Math.max(...reach.map((r) => r[2])), Math.max(...reach.map((r) => r[3]))] as Box };
  });
  const corner = suptitleLayer(fig, style, k, width, height);
  if (items.length === 0) Object.assign(spec, { vconcat: [spacer(width, height, corner)], spacing: 0, bounds: "flush" });
  else if (items.length === 1 && corner.length === 0) {
    // one axes: its view is the spec, the margins its padding
    const [x0, y0, x1, y1] = items[0].box;
    Object.assign(spec, items[0].view, { padding: { left: x0, top: y0, right: width - x1, bottom: height - y1 } });
  } else Object.assign(spec, place(items, corner));
  (spec as { config?: Json }).config = config(style, fonts, k);
  return spec;
}

/** The suptitle as matplotlib draws it: centred at x 0.5, its top at y 0.98 of the figure. */
function suptitleLayer(fig: Figure, style: FigureStyle, k: number, width: number, height: number): Json[] {
  if (fig.suptitleText === "") return [];
  const st = fig.suptitleStyle;
  const mark: Json = {
    type: "text",
    text: mathText(fig.suptitleText),
    x: width / 2,
    y: 0.02 * height,
    align: "center",
    baseline: "top",
    fontSize: fontPoints(st, style.fontSize, 1.2) * k,
    fontWeight: cssWeight(st.fontweight),
    color: st.color ?? style.textColor,
  };
  return [{ data: { values: [{}] }, mark }];
}
