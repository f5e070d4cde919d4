/**
 * Contour levels as matplotlib's ContourSet chooses them: an integer N asks
 * `MaxNLocator(N + 1, min_n_ticks=1)` for ticks over the data range (with its offset handling
 * for data far from zero), trimmed to one level beyond the data on each side; `extend` adds
 * the open-ended layers of filled contours.
 */
import { ValueError } from "../errors";
import { maxNLocator } from "./max_n_locator";

export type Extend = "neither" | "both" | "min" | "max";

/** ContourSet._autolev(N): N + 1 bins over [zmin, zmax], trimmed as matplotlib trims them. */
export function autoLevels(n: number, zmin: number, zmax: number, extend: Extend): number[] {
  const lev = maxNLocator(zmin, zmax, n + 1, { minTicks: 1 });
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
