/**
 * seaborn 0.12's stripplot and swarmplot: one scatter per category (and per hue level when
 * dodged) at 0, 1, 2, ... along the category axis; stripplot jitters the points with
 * `np.random.uniform` from NumPy's global random state (so `np.random.seed` gives seaborn's
 * positions), swarmplot places them with seaborn's beeswarm. Edges default to a gray darker
 * than the lightest face color, zorder 3, category ticks and limits, axis labels, hue legend.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import { mplsig, PATH_COLLECTION } from "../plt/pysig";
import { toCss } from "../plt/colors";
import { lineGray } from "./desaturate";
import { NDArray } from "../np/ndarray";
import { _rand } from "../np/random/legacy";
import { contiguousStorage } from "../np/contiguous";
import { CategoricalData, columnsOf, groupRows, inferOrient, Level, levelLabel, levelsOf, Variable, variableOf, CategoricalVariables } from "./categorical_data";
import { categoryHue, CategoryHue } from "./category_hue";
import { placeSwarms } from "./beeswarm";
import { setCategoryAxis } from "./category_axis";
import type { ScatterArtist } from "../plt/artists";

/** Options of `sns.stripplot` and `sns.swarmplot`. */
export interface CategoricalScatterOptions extends CategoricalVariables {
  /** stripplot: half-width of the uniform jitter (True: 0.1 of a category; False: none). */
  jitter?: boolean | number;
  dodge?: boolean;
  orient?: "v" | "h" | null;
  color?: string | null;
  palette?: string | readonly string[] | Record<string, string> | null;
  /** Marker diameter in points. */
  size?: number;
  edgecolor?: string;
  linewidth?: number;
  hue_norm?: null;
  native_scale?: boolean;
  formatter?: null;
  legend?: "auto" | "brief" | "full" | boolean;
  /** swarmplot: the share of points pushed to the gutters above which it warns. */
  warn_thresh?: number;
  ax?: Axes | null;
  alpha?: number | null;
  marker?: string | null;
  zorder?: number | null;
}

const KEYWORDS = "alpha=None, marker=None, zorder=None";
const TYPES = { dodge: "bool", size: "float", linewidth: "float", native_scale: "bool", alpha: "float|None", zorder: "float|None" } as const;
const SPEC = { types: TYPES, unsupported: ["hue_norm", "native_scale", "formatter"], kwargs: PATH_COLLECTION };

const STRIPPLOT = mplsig(
  "seaborn.stripplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None, jitter=True, dodge=False, orient=None, " +
    "color=None, palette=None, size=5, edgecolor='gray', linewidth=0, hue_norm=None, native_scale=False, formatter=None, legend='auto', " +
    `ax=None, ${KEYWORDS})`,
  SPEC,
);

const SWARMPLOT = mplsig(
  "seaborn.swarmplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None, dodge=False, orient=None, color=None, " +
    "palette=None, size=5, edgecolor='gray', linewidth=0, hue_norm=None, native_scale=False, formatter=None, legend='auto', " +
    `warn_thresh=0.05, ax=None, ${KEYWORDS})`,
  { ...SPEC, types: { ...TYPES, warn_thresh: "float" } },
);

/** The resolved variables of a categorical scatter: values, categories and their levels. */
interface Layout {
  orient: "v" | "h";
  value: Variable;
  cat: Variable;
  catLevels: Level[];
  hue: CategoryHue | null;
  rows: number[];
}

function layout(b: Record<string, any>): Layout {
  const columns = columnsOf(b.data);
  const x = variableOf(b.x, columns);
  const y = variableOf(b.y, columns);
  if (x === null && y === null) throw new NotImplementedError("wide-form data (no x and no y) is not supported yet for categorical scatter plots");
  const n = (x ?? y)!.values.length;
  const hueVar = variableOf(b.hue, columns);
  for (const v of [x, y, hueVar]) if (v !== null && v.values.length !== n) throw new ValueError("All arrays must be of the same length");
  const orient = inferOrient(x, y, b.orient, false);
  let [cat, value] = orient === "v" ? [x, y] : [y, x];
  if (cat === null) cat = { kind: "categorical", values: Array(n).fill(""), name: null };
  if (value === null) throw new NotImplementedError("a categorical scatter plot needs a value variable along the other axis");
  const catLevels = levelsOf(cat, b.order);
  const hue = categoryHue(hueVar, cat, catLevels, b as never);
  const used = [value, cat, ...(hueVar ? [hueVar] : [])];
  // rows with a missing value in any variable are dropped, as seaborn's iter_data does
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (used.every((v) => (v.kind === "numeric" ? v.values[i] === v.values[i] : true))) rows.push(i);
  return { orient, value: value as Variable, cat, catLevels, hue, rows };
}

interface Group {
  center: number;
  rows: number[];
}

/** Groups by category (and hue level when dodged), in seaborn's iteration order, with their centers. */
function groups(L: Layout, dodge: boolean): Group[] {
  const catRows = groupRows(L.cat, L.catLevels);
  const keep = new Set(L.rows);
  const out: Group[] = [];
  const hue = L.hue;
  if (!dodge || hue === null || hue.levels.length === 0) {
    catRows.forEach((rows, i) => out.push({ center: i, rows: rows.filter((r) => keep.has(r)) }));
    return out;
  }
  const m = hue.levels.length;
  const each = 0.8 / m;
  const offsets = hue.levels.map((_, j) => (m === 1 ? 0 : (j * (0.8 - each)) / (m - 1)));
  const mean = offsets.reduce((s, o) => s + o, 0) / m;
  const hueRows = groupRows(hue.variable, hue.levels);
  catRows.forEach((rows, i) => {
    const inCat = new Set(rows);
    hueRows.forEach((hr, j) => out.push({ center: i + (offsets[j] - mean), rows: hr.filter((r) => inCat.has(r) && keep.has(r)) }));
  });
  return out;
}

/** Draws the groups' points, the category axis and the legend; returns the scatter artists. */
function drawPoints(ax: Axes, b: Record<string, any>, L: Layout, kind: "strip" | "swarm"): void {
  const dodge = Boolean(b.dodge) && L.hue !== null && L.hue.levels.length > 0;
  // matplotlib's scatter cycle gives the default color (seaborn's _default_color scout)
  const base = b.hue == null ? (b.color != null ? toCss(b.color) : ax.nextPatchColor()) : null;
  let jlim = b.jitter === true ? 0.1 : Number(b.jitter);
  if (dodge) jlim /= L.hue!.levels.length;
  const swarms: { center: number; cat: Float64Array; value: Float64Array; radius: number; artist: ScatterArtist }[] = [];
  const values = L.value.values as Float64Array;
  for (const g of groups(L, dodge)) {
    if (g.rows.length === 0) continue;
    const cat = new Float64Array(g.rows.length).fill(g.center);
    if (kind === "strip" && g.rows.length > 1) {
      const move = contiguousStorage(_rand.uniform(-jlim, jlim, g.rows.length) as NDArray);
      for (let k = 0; k < cat.length; k++) cat[k] += move[k];
    }
    const value = Float64Array.from(g.rows, (r) => values[r]);
    const faces = L.hue !== null ? g.rows.map((r) => L.hue!.colorOf(r)) : [base as string];
    const edge = b.edgecolor === "gray" ? lineGray(faces) : toCss(b.edgecolor);
    const [xs, ys] = L.orient === "v" ? [cat, value] : [value, cat];
    const { artist } = ax.scatter(xs, ys, {
      s: b.size ** 2, color: L.hue !== null ? faces : faces[0], edgecolor: edge, linewidth: b.linewidth, zorder: b.zorder ?? 3,
      ...(b.alpha != null ? { alpha: b.alpha } : {}), ...(b.marker != null ? { marker: b.marker } : {}),
    });
    swarms.push({ center: g.center, cat, value, radius: ((Math.sqrt(b.size ** 2) + b.linewidth) / 2) * (ax.figure.dpi / 72), artist });
  }
  // axis labels where none is set yet, then the category axis (seaborn's _adjust_cat_axis)
  if (L.orient === "v") {
    if (L.cat.name !== null && !ax.get_xlabel()) ax.set_xlabel(L.cat.name);
    if (L.value.name !== null && !ax.get_ylabel()) ax.set_ylabel(L.value.name);
  } else {
    if (L.value.name !== null && !ax.get_xlabel()) ax.set_xlabel(L.value.name);
    if (L.cat.name !== null && !ax.get_ylabel()) ax.set_ylabel(L.cat.name);
  }
  setCategoryAxis(ax, L.orient, L.catLevels.map((l) => levelLabel(l, L.cat)));
  if (L.orient === "h") ax.invert_yaxis();
  if (kind === "swarm") {
    const gutters = placeSwarms(ax, swarms, L.orient, 0.8);
    for (const s of swarms) {
      if (L.orient === "v") s.artist.x = s.cat;
      else s.artist.y = s.cat;
    }
    for (const share of gutters) {
      if (share > b.warn_thresh) process.emitWarning(`${(share * 100).toFixed(1)}% of the points cannot be placed; you may want to decrease the size of the markers or use stripplot.`, { type: "UserWarning" });
    }
  }
  if (typeof b.legend === "string" ? !["auto", "brief", "full"].includes(b.legend) : typeof b.legend !== "boolean") throw new ValueError("`legend` must be 'auto', 'brief', 'full', or a boolean.");
  const show = b.legend === "auto" ? L.hue !== null && !L.hue.redundant : Boolean(b.legend);
  if (show && L.hue !== null && L.hue.legend.length > 0) {
    ax.customLegend = { ...(L.hue.title !== null ? { title: L.hue.title } : {}), entries: L.hue.legend };
    ax.legendShown = true;
    ax.legendOptions = { loc: "best" };
  }
}

/**
 * `sns.stripplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None,
 * jitter=True, dodge=False, orient=None, color=None, palette=None, size=5, edgecolor='gray',
 * linewidth=0, hue_norm=None, native_scale=False, formatter=None, legend='auto', ax=None,
 * **kwargs)`: returns the Axes. The jitter comes from NumPy's global random state.
 */
export function stripplot(data?: CategoricalData | CategoricalScatterOptions | null, options?: CategoricalScatterOptions): Axes;
export function stripplot(): Axes {
  const b = STRIPPLOT.bind(arguments);
  const ax: Axes = b.ax ?? gca();
  drawPoints(ax, b, layout(b), "strip");
  return ax;
}
pyfunction(STRIPPLOT, stripplot);

/**
 * `sns.swarmplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None,
 * dodge=False, orient=None, color=None, palette=None, size=5, edgecolor='gray', linewidth=0,
 * hue_norm=None, native_scale=False, formatter=None, legend='auto', warn_thresh=0.05, ax=None,
 * **kwargs)`: returns the Axes, its points placed by seaborn's beeswarm for the figure's size
 * and the axes limits at the time of the call.
 */
export function swarmplot(data?: CategoricalData | CategoricalScatterOptions | null, options?: CategoricalScatterOptions): Axes;
export function swarmplot(): Axes {
  const b = SWARMPLOT.bind(arguments);
  const ax: Axes = b.ax ?? gca();
  drawPoints(ax, { ...b, jitter: false }, layout(b), "swarm");
  return ax;
}
pyfunction(SWARMPLOT, swarmplot);
