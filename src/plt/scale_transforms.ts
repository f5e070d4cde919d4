/**
 * matplotlib's non-linear axis transforms that Vega-Lite has no scale for: symlog
 * (SymmetricalLogTransform: linear within ±linthresh, logarithmic outside) and logit
 * (LogitTransform: log10(p / (1 - p))). plt draws such an axis on a linear scale over the
 * transformed coordinates, so every mark lands where matplotlib puts it.
 */

/** SymmetricalLogScale's keywords. */
export interface SymlogParams {
  name: "symlog";
  base: number;
  linthresh: number;
  linscale: number;
  /** Minor-tick multiples of the decades (null: none besides the decades). */
  subs: number[] | null;
}

/** LogitScale's keywords. */
export interface LogitParams {
  name: "logit";
  nonpositive: "mask" | "clip";
  one_half: string;
  use_overline: boolean;
}

export type ScaleParams = SymlogParams | LogitParams;

/** A transform and its inverse, data <-> the coordinates the axis is linear in. */
export interface AxisTransform {
  forward(v: number): number;
  inverse(t: number): number;
}

/** SymmetricalLogTransform and its inverse. */
export function symlogTransform(p: SymlogParams): AxisTransform {
  const adj = p.linscale / (1 - 1 / p.base);
  const logBase = Math.log(p.base);
  const forward = (v: number): number => {
    const a = Math.abs(v);
    if (a <= p.linthresh) return v * adj;
    return Math.sign(v) * p.linthresh * (adj + Math.log(a / p.linthresh) / logBase);
  };
  const invThresh = forward(p.linthresh);
  const inverse = (t: number): number => {
    const a = Math.abs(t);
    if (a <= invThresh) return t / adj;
    return Math.sign(t) * p.linthresh * p.base ** (a / p.linthresh - adj);
  };
  return { forward, inverse };
}

/** LogitTransform (masked: ±inf at 0 and 1, NaN past them, not drawn; clipped: ±1000 there) and LogisticTransform. */
export function logitTransform(p: LogitParams): AxisTransform {
  const clip = p.nonpositive === "clip";
  return {
    forward: (v) => {
      if (clip && v <= 0) return -1000;
      if (clip && v >= 1) return 1000;
      return Math.log10(v / (1 - v));
    },
    inverse: (t) => 1 / (1 + 10 ** -t),
  };
}

export function transformOf(p: ScaleParams): AxisTransform {
  return p.name === "symlog" ? symlogTransform(p) : logitTransform(p);
}

/** Each axes' non-linear scale parameters, keyed by its scales record (Axes._scales). */
const PARAMS = new WeakMap<object, { x?: ScaleParams; y?: ScaleParams }>();

/** Records (or with null forgets) the parameters of an axis' symlog / logit scale. */
export function setScaleParams(scales: object, which: "x" | "y", p: ScaleParams | null): void {
  let rec = PARAMS.get(scales);
  if (rec === undefined) PARAMS.set(scales, (rec = {}));
  if (p === null) delete rec[which];
  else rec[which] = p;
}

const DEFAULTS: Record<string, ScaleParams> = {
  symlog: { name: "symlog", base: 10, linthresh: 2, linscale: 1, subs: null },
  logit: { name: "logit", nonpositive: "mask", one_half: "\\frac{1}{2}", use_overline: false },
};

/** The symlog / logit parameters of an axis, or null when it is linear or log. */
export function scaleParams(scales: { x: string; y: string }, which: "x" | "y"): ScaleParams | null {
  const name = scales[which];
  if (name !== "symlog" && name !== "logit") return null;
  const p = PARAMS.get(scales)?.[which];
  // an axis that shares another's scale reads the name through it: the defaults stand in
  return p !== undefined && p.name === name ? p : DEFAULTS[name];
}

/** The transform of an axis drawn in transformed coordinates, or null for linear and log axes. */
export function axisTransform(scales: { x: string; y: string }, which: "x" | "y"): AxisTransform | null {
  const p = scaleParams(scales, which);
  return p === null ? null : transformOf(p);
}
