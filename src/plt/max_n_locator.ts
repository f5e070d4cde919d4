/** matplotlib's MaxNLocator.tick_values, offset handling and integer steps included (contour levels, matshow ticks). */

/** MaxNLocator's default steps. */
const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** MaxNLocator's _staircase: the steps a decade down and up. */
function staircase(steps: readonly number[]): number[] {
  return [...steps.slice(0, -1).map((s) => 0.1 * s), ...steps, 10 * steps[1]];
}

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

/** MaxNLocator's keywords besides nbins. */
export interface MaxNOptions {
  steps?: readonly number[];
  integer?: boolean;
  minTicks?: number;
}

/** `MaxNLocator(nbins, steps=..., integer=..., min_n_ticks=...).tick_values(vmin, vmax)`. */
export function maxNLocator(vmin: number, vmax: number, nbins: number, opts: MaxNOptions = {}): number[] {
  const minTicks = opts.minTicks ?? 2;
  [vmin, vmax] = nonsingular(vmin, vmax, 1e-13, 1e-14);
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  const offset = Math.abs(meanv) / dv < 100 ? 0 : Math.sign(meanv) * 10 ** Math.floor(Math.log10(Math.abs(meanv)));
  const scale = 10 ** Math.floor(Math.log10(dv / nbins));
  const lo = vmin - offset;
  const hi = vmax - offset;
  const rawStep = (hi - lo) / nbins;
  let steps = staircase(opts.steps ?? STEPS).map((s) => s * scale);
  // integer ticks: steps under 1, or whole ones
  if (opts.integer) steps = steps.filter((s) => s < 1 || Math.abs(s - Math.round(s)) < 0.001);
  let istep = steps.findIndex((s) => s >= rawStep);
  let ticks: number[] = [];
  for (; istep >= 0; istep--) {
    let step = steps[istep];
    if (opts.integer && Math.floor(hi) - Math.ceil(lo) >= minTicks - 1) step = Math.max(1, step);
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

