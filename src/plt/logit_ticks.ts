/**
 * A logit axis' ticks as matplotlib places and labels them: LogitLocator (0.01, 0.1, 1/2, 0.9,
 * 0.99 ..., subsampled past nbins; MaxNLocator's steps 1, 2, 5, 10 over a narrow view) and
 * LogitFormatter (`$\mathdefault{10^{-2}}$`, `$\mathdefault{\frac{1}{2}}$`, `$\mathdefault{1-10^{-2}}$`).
 */
import { maxNLocator } from "./max_n_locator";
import type { LogitParams } from "./scale_transforms";

const STANDARD_MINPOS = 1e-7;

/** LogitLocator.nonsingular: a view inside (0, 1). */
function nonsingular(vmin: number, vmax: number, minpos: number): [number, number] {
  if (vmin > vmax) [vmin, vmax] = [vmax, vmin];
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax) || vmax <= 0 || vmin >= 1) return [STANDARD_MINPOS, 1 - STANDARD_MINPOS];
  if (!Number.isFinite(minpos)) minpos = STANDARD_MINPOS;
  if (vmin <= 0) vmin = minpos;
  if (vmax >= 1) vmax = 1 - minpos;
  if (vmin === vmax) [vmin, vmax] = [0.1 * vmin, 1 - 0.1 * vmin];
  return [vmin, vmax];
}

/** The tick at "decade" b: 10^b below 1/2, 1 - 10^-b above. */
function ideal(b: number): number {
  return b < 0 ? 10 ** b : b > 0 ? 1 - 10 ** -b : 0.5;
}

/**
 * `LogitLocator(minor).tick_values(vmin, vmax)` on an axis with room for `space` tick labels
 * (get_tick_space); minpos is the smallest positive data value (the axis' get_minpos()).
 */
export function logitTicks(vmin: number, vmax: number, space: number, minor = false, minpos = STANDARD_MINPOS): number[] {
  const nbins = Math.max(2, space);
  [vmin, vmax] = nonsingular(vmin, vmax, minpos);
  const binf = vmin < 0.5 ? Math.floor(Math.log10(vmin)) : vmin < 0.9 ? 0 : -Math.ceil(Math.log10(1 - vmin));
  const bsup = vmax <= 0.5 ? Math.ceil(Math.log10(vmax)) : vmax <= 0.9 ? 1 : -Math.floor(Math.log10(1 - vmax));
  const numideal = bsup - binf - 1;
  if (numideal >= 2) {
    if (numideal > nbins) {
      // Python's % keeps the divisor's sign: b % f == 0 alike for negative b
      const f = Math.ceil(numideal / nbins);
      const out: number[] = [];
      for (let b = binf; b <= bsup; b++) if ((((b % f) + f) % f === 0) !== minor) out.push(ideal(b));
      return out;
    }
    if (minor) {
      const out: number[] = [];
      for (let b = binf; b < bsup; b++) {
        if (b < -1) for (let m = 2; m < 10; m++) out.push(m * 10 ** b);
        else if (b === -1) out.push(0.2, 0.3, 0.4);
        else if (b === 0) out.push(0.6, 0.7, 0.8);
        else for (let m = 9; m >= 2; m--) out.push(1 - m * 10 ** (-b - 1));
      }
      return out;
    }
    const out: number[] = [];
    for (let b = binf; b <= bsup; b++) out.push(ideal(b));
    return out;
  }
  if (minor) return [];
  // a narrow view: MaxNLocator's own 'auto' nbins, the tick space clipped to 1..9
  return maxNLocator(vmin, vmax, Math.min(9, Math.max(1, space)), { steps: [1, 2, 5, 10] });
}

/** numpy's isclose(log_10|x|, its rounding, rtol): x a power of ten. */
function isDecade(x: number, rtol: number): boolean {
  if (!Number.isFinite(x)) return false;
  if (x === 0) return true;
  const lx = Math.log10(Math.abs(x));
  return Math.abs(lx - Math.round(lx)) <= 1e-8 + rtol * Math.abs(Math.round(lx));
}

function isCloseToInt(x: number): boolean {
  return Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(Math.abs(x), Math.abs(Math.round(x)));
}

/** LogitFormatter._format_value: as many digits as tell x from its nearest neighbour. */
function formatValue(x: number, locs: readonly number[], sci: boolean): string {
  const exponent = sci ? Math.floor(Math.log10(x)) : 0;
  const minPrecision = sci ? 0 : 1;
  const value = x * 10 ** -exponent;
  let precision = minPrecision;
  if (locs.length >= 2) {
    const diff = locs.map((l) => Math.abs(l - x)).sort((a, b) => a - b)[1];
    const p = -Math.log10(diff) + exponent;
    precision = Math.max(minPrecision, isCloseToInt(p) ? Math.round(p) : Math.ceil(p));
  }
  const mantissa = value.toFixed(precision);
  return sci ? `${mantissa}\\cdot10^{${exponent}}` : mantissa;
}

/**
 * The minor ticks LogitFormatter(minor=True) labels (its set_locs): none when every tick is a
 * decade or 1/2 or when there are 25 or more; all of fewer than 6; else the 6 with the most
 * room on the logit scale.
 */
function labelledMinor(locs: readonly number[]): Set<number> {
  const n = locs.length;
  const special = (x: number) => isDecade(x, 1e-7) || isDecade(1 - x, 1e-7) || (isCloseToInt(2 * x) && Math.round(2 * x) === 1);
  if (locs.every(special) || n >= 25) return new Set();
  if (n < 6) return new Set(locs);
  const at = locs.map((x) => -Math.log(1 / x - 1));
  const diff = at.slice(1).map((v, i) => v - at[i]);
  const pessimistic = locs.map((_, i) => Math.min(i > 0 ? diff[i - 1] : Infinity, i < n - 1 ? diff[i] : Infinity));
  const sum = locs.map((_, i) => (i > 0 ? diff[i - 1] : 0) + (i < n - 1 ? diff[i] : 0));
  // Python's stable sort by (pessimistic, sum), the last six
  const order = locs.map((_, i) => i).sort((i, j) => pessimistic[i] - pessimistic[j] || sum[i] - sum[j]);
  return new Set(order.slice(-6).map((i) => locs[i]));
}

/**
 * LogitFormatter's labels of `locs` (the locator's whole list), as matplotlib's mathtext; minor:
 * the minor formatter's, which labels only a few well-spaced ticks of a short list.
 */
export function logitLabels(locs: readonly number[], p: LogitParams, minor = false): string[] {
  const oneMinus = (s: string) => (p.use_overline ? `\\overline{${s}}` : `1-${s}`);
  const labelled = minor ? labelledMinor(locs) : null;
  return locs.map((x) => {
    if (labelled !== null && !labelled.has(x)) return "";
    if (x <= 0 || x >= 1) return "";
    let s: string;
    if (isCloseToInt(2 * x) && Math.round(2 * x) === 1) s = p.one_half;
    else if (x < 0.5 && isDecade(x, 1e-7)) s = `10^{${Math.round(Math.log10(x))}}`;
    else if (x > 0.5 && isDecade(1 - x, 1e-7)) s = oneMinus(`10^{${Math.round(Math.log10(1 - x))}}`);
    else if (x < 0.1) s = formatValue(x, locs, true);
    else if (x > 0.9) s = oneMinus(formatValue(1 - x, locs.map((l) => 1 - l), true));
    else s = formatValue(x, locs, false);
    return `$\\mathdefault{${s}}$`;
  });
}
