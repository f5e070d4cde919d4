/**
 * Autoscaling a symlog or logit axis as matplotlib's autoscale_view does: the data interval made
 * non-singular by the axis' locator, limited to the scale's domain (logit: inside (0, 1) by the
 * smallest positive value), padded by the margin in transformed coordinates, then held at
 * sticky edges.
 */
import { transformOf, type ScaleParams } from "./scale_transforms";

/** The data interval of one axis: min, max, smallest positive value and sticky edges. */
export interface DataInterval {
  lo: number;
  hi: number;
  minpos: number;
  sticky: number[];
}

/** matplotlib.transforms.nonsingular(vmin, vmax, expander=0.05) (Locator.nonsingular). */
function nonsingular(vmin: number, vmax: number): [number, number] {
  const expander = 0.05;
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  const maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxabs < 1e6 / 1e-15 * 2.2250738585072014e-308) return [-expander, expander];
  if (vmax - vmin <= maxabs * 1e-15) {
    if (vmax === 0 && vmin === 0) return [-expander, expander];
    return [vmin - expander * Math.abs(vmin), vmax + expander * Math.abs(vmax)];
  }
  return [vmin, vmax];
}

/** LogitLocator.nonsingular and LogitScale.limit_range_for_scale. */
function logitRange(vmin: number, vmax: number, minpos: number): [number, number] {
  const standard = 1e-7;
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax) || vmax <= 0 || vmin >= 1) return [standard, 1 - standard];
  const mp = Number.isFinite(minpos) ? minpos : standard;
  if (vmin <= 0) vmin = mp;
  if (vmax >= 1) vmax = 1 - mp;
  if (vmin === vmax) [vmin, vmax] = [0.1 * vmin, 1 - 0.1 * vmin];
  return [vmin, vmax];
}

/** The autoscaled limits (ascending) of a symlog / logit axis over its data interval. */
export function padTransformed(d: DataInterval, margin: number, p: ScaleParams): [number, number] {
  let [x0, x1] = p.name === "logit" ? logitRange(d.lo, d.hi, d.minpos) : nonsingular(d.lo, d.hi);
  const tol = 1e-5 * Math.max(Math.abs(x0), Math.abs(x1), Math.abs(x1 - x0));
  const sticky = d.sticky.slice().sort((a, b) => a - b);
  const below = sticky.filter((s) => s < x0 + tol);
  const above = sticky.filter((s) => s > x1 - tol);
  const t = transformOf(p);
  const t0 = t.forward(x0);
  const t1 = t.forward(x1);
  let delta = (t1 - t0) * margin;
  if (!Number.isFinite(delta)) delta = 0;
  x0 = t.inverse(t0 - delta);
  x1 = t.inverse(t1 + delta);
  if (below.length > 0) x0 = Math.max(x0, below[below.length - 1]);
  if (above.length > 0) x1 = Math.min(x1, above[0]);
  return [x0, x1];
}
