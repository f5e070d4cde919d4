/**
 * seaborn's plotting contexts: the "notebook" sizes (12pt text, 1.5pt lines, ...) scaled for
 * "paper" (0.8), "talk" (1.5) and "poster" (2), font sizes scaled again by font_scale, written
 * to plt.rcParams by set_context. plt draws font.size, lines.linewidth, lines.markersize and
 * patch.linewidth from them; the other keys are stored as matplotlib stores them.
 */
import { ValueError } from "../errors";
import { pyfunction } from "../signature";
import { mplsig } from "../plt/pysig";
import { rcParams } from "../plt/rcparams";

export type ContextName = "paper" | "notebook" | "talk" | "poster";
/** A context's rc values by key. */
export type ContextValues = Record<string, number | string | null>;

const TEXT_BASE: Record<string, number> = {
  "font.size": 12, "axes.labelsize": 12, "axes.titlesize": 12, "xtick.labelsize": 11, "ytick.labelsize": 11,
  "legend.fontsize": 11, "legend.title_fontsize": 12,
};
const BASE: Record<string, number> = {
  "axes.linewidth": 1.25, "grid.linewidth": 1, "lines.linewidth": 1.5, "lines.markersize": 6, "patch.linewidth": 1,
  "xtick.major.width": 1.25, "ytick.major.width": 1.25, "xtick.minor.width": 1, "ytick.minor.width": 1,
  "xtick.major.size": 6, "ytick.major.size": 6, "xtick.minor.size": 4, "ytick.minor.size": 4,
  ...TEXT_BASE,
};
const SCALING: Record<string, number> = { paper: 0.8, notebook: 1, talk: 1.5, poster: 2 };

/** matplotlib's defaults of the context keys plt's rcParams does not hold itself. */
const MATPLOTLIB_DEFAULTS: ContextValues = {
  "axes.labelsize": "medium", "axes.titlesize": "large", "xtick.labelsize": "medium", "ytick.labelsize": "medium",
  "legend.fontsize": "medium", "legend.title_fontsize": null, "axes.linewidth": 0.8, "grid.linewidth": 0.8,
  "xtick.major.width": 0.8, "ytick.major.width": 0.8, "xtick.minor.width": 0.6, "ytick.minor.width": 0.6,
  "xtick.major.size": 3.5, "ytick.major.size": 3.5, "xtick.minor.size": 2, "ytick.minor.size": 2,
};

/** seaborn's plotting_context as a plain record. */
export function contextValues(context: unknown, fontScale: number, rc: Record<string, unknown> | null): ContextValues {
  let values: ContextValues;
  if (context == null) {
    values = Object.fromEntries(Object.keys(BASE).map((k) => [k, (k in rcParams ? rcParams[k] : MATPLOTLIB_DEFAULTS[k]) as number | string | null]));
  } else if (typeof context === "object") {
    values = { ...(context as ContextValues) };
  } else {
    const scaling = SCALING[context as string];
    if (scaling === undefined) throw new ValueError(`context must be in ${Object.keys(SCALING).join(", ")}`);
    values = {};
    for (const k of Object.keys(BASE)) values[k] = BASE[k] * scaling;
    for (const k of Object.keys(TEXT_BASE)) values[k] = (values[k] as number) * fontScale;
  }
  if (rc != null) for (const k of Object.keys(rc)) if (k in BASE) values[k] = rc[k] as number;
  return values;
}

const PLOTTING_CONTEXT = mplsig("seaborn.plotting_context(context=None, font_scale=1, rc=None)", {
  types: { font_scale: "float", rc: "mapping|None" },
});

/**
 * `sns.plotting_context(context=None, font_scale=1, rc=None)`: the rc values of a context
 * ("paper", "notebook", "talk", "poster", or a record), or (None) the current ones.
 */
export function plotting_context(context?: ContextName | ContextValues | null, font_scale?: number, rc?: Record<string, number> | null): ContextValues;
export function plotting_context(): ContextValues {
  const b = PLOTTING_CONTEXT.bind(arguments);
  return contextValues(b.context, b.font_scale, b.rc);
}
pyfunction(PLOTTING_CONTEXT, plotting_context);

const SET_CONTEXT = mplsig("seaborn.set_context(context=None, font_scale=1, rc=None)", {
  types: { font_scale: "float", rc: "mapping|None" },
});

/**
 * `sns.set_context(context=None, font_scale=1, rc=None)`: scales text, lines and markers of
 * later figures for "paper", "notebook", "talk" or "poster".
 */
export function set_context(context?: ContextName | ContextValues | null, font_scale?: number, rc?: Record<string, number> | null): void;
export function set_context(): void {
  const b = SET_CONTEXT.bind(arguments);
  Object.assign(rcParams, contextValues(b.context, b.font_scale, b.rc));
}
pyfunction(SET_CONTEXT, set_context);
