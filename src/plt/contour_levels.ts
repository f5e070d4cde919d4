/**
 * Contour levels as matplotlib's ContourSet chooses them: an integer N asks
 * `MaxNLocator(N + 1, min_n_ticks=1)` for ticks over the data range (with its offset handling
 * for data far from zero), trimmed to one level beyond the data on each side; `extend` adds
 * the open-ended layers of filled contours.
 */
import { ValueError } from "../errors";

const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
/** MaxNLocator's _staircase of the default steps. */
const STAIRCASE = [...STEPS.slice(0, -1).map((s) => 0.1 * s), ...STEPS, 10 * STEPS[1]];

/** matplotlib.transforms.nonsingular(vmin, vmax, expander, tiny). */
function nonsingular(vmin: number, vmax: number, expander: number, tiny: number): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  const maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxabs < (1e6 / tiny) * 2.2250738585072014e-308) return [-expander, expander];
  if (vmax - vmin <= maxabs * tiny) {
    if (vmax === 0 && vmin === 0) return [-expander, expander];
    return [vmin - expander * Math.abs(vmin), vmax + expander * Math.abs(vmax)];
  }
  return [vmin, vmax];
}

/** Python's floor division and modulo of floats. */
function divmod(x: number, y: number): [number, number] {
  const m = ((x % y) + y) % y;
  return [Math.round((x - m) / y), m];
}

/** matplotlib's _Edge_integer: tick multiples with float slack that grows with the offset. */
function edgeInteger(step: number, offset: number): { le: (x: number) => number; ge: (x: number) => number } {
  const off = Math.abs(offset);
  const tol = off > 0 ? Math.min(0.4999, Math.max(1e-10, 10 ** (Math.log10(off / step) - 12))) : 1e-10;
  const closeto = (ms: number, edge: number): boolean => Math.abs(ms - edge) < tol;
  return {
    le: (x) => {
      const [d, m] = divmod(x, step);
      return closeto(m / step, 1) ? d + 1 : d;
    },
    ge: (x) => {
      const [d, m] = divmod(x, step);
      return closeto(m / step, 0) ? d : d + 1;
    },
  };
}

/** `MaxNLocator(nbins, min_n_ticks=minTicks).tick_values(vmin, vmax)`. */
export function maxNLocator(vmin: number, vmax: number, nbins: number, minTicks: number): number[] {
  [vmin, vmax] = nonsingular(vmin, vmax, 1e-13, 1e-14);
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  const offset = Math.abs(meanv) / dv < 100 ? 0 : Math.sign(meanv) * 10 ** Math.floor(Math.log10(Math.abs(meanv)));
  const scale = 10 ** Math.floor(Math.log10(dv / nbins));
  const lo = vmin - offset;
  const hi = vmax - offset;
  const rawStep = (hi - lo) / nbins;
  const steps = STAIRCASE.map((s) => s * scale);
  let istep = steps.findIndex((s) => s >= rawStep);
  let ticks: number[] = [];
  for (; istep >= 0; istep--) {
    const step = steps[istep];
    const best = Math.floor(lo / step) * step;
    const edge = edgeInteger(step, offset);
    const low = edge.le(lo - best);
    const high = edge.ge(hi - best);
    ticks = [];
    for (let k = low; k <= high; k++) ticks.push(k * step + best);
    if (ticks.filter((t) => t <= hi && t >= lo).length >= minTicks) break;
  }
  return ticks.map((t) => t + offset);
}

export type Extend = "neither" | "both" | "min" | "max";

/** ContourSet._autolev(N): N + 1 bins over [zmin, zmax], trimmed as matplotlib trims them. */
export function autoLevels(n: number, zmin: number, zmax: number, extend: Extend): number[] {
  const lev = maxNLocator(zmin, zmax, n + 1, 1);
  const under = lev.map((v, k) => (v < zmin ? k : -1)).filter((k) => k >= 0);
  let i0 = under.length > 0 ? under[under.length - 1] : 0;
  const over = lev.findIndex((v) => v > zmax);
  let i1 = over >= 0 ? over + 1 : lev.length;
  if (extend === "min" || extend === "both") i0 += 1;
  if (extend === "max" || extend === "both") i1 -= 1;
  if (i1 - i0 < 3) [i0, i1] = [0, lev.length];
  return lev.slice(i0, i1);
}

/** The levels a contour call draws (levels given as a count or as values), checked as matplotlib checks them. */
export function contourLevels(levels: number | readonly number[], zmin: number, zmax: number, filled: boolean, extend: Extend): number[] {
  let out = typeof levels === "number" ? autoLevels(levels, zmin, zmax, extend) : Array.from(levels, Number);
  if (!filled && !out.some((v) => v > zmin && v < zmax)) {
    process.emitWarning("No contour levels were found within the data range.", { type: "UserWarning" });
    out = [zmin];
  }
  if (filled && out.length < 2) throw new ValueError("Filled contours require at least 2 levels.");
  for (let k = 1; k < out.length; k++) if (out[k] - out[k - 1] <= 0) throw new ValueError("Contour levels must be increasing");
  return out;
}

/** ContourSet._levels: the levels with the extended ends (+-1e250) filled contours add. */
export function extendedLevels(levels: readonly number[], extend: Extend): number[] {
  const out = levels.slice();
  if (extend === "both" || extend === "min") out.unshift(-1e250);
  if (extend === "both" || extend === "max") out.push(1e250);
  return out;
}
