/**
 * A symlog axis' ticks as matplotlib places and labels them: SymmetricalLogLocator (a tick at
 * each power of the base outside ±linthresh, 0 between, strided to at most 15) and
 * LogFormatterSciNotation (`$\mathdefault{-10^{-1}}$`, `$\mathdefault{0}$`).
 */
import type { SymlogParams } from "./scale_transforms";

const NUMTICKS = 15;

/** `SymmetricalLogLocator(transform, subs).tick_values(vmin, vmax)`; subs null: the decades alone. */
export function symlogTicks(vmin: number, vmax: number, p: SymlogParams, subs: number[] | null = null): number[] {
  const { base, linthresh } = p;
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  // only the linear range in view: its two ends
  if (-linthresh < vmin && vmin < vmax && vmax < linthresh) return [vmin, vmax];
  const hasA = vmin < -linthresh;
  const hasC = vmax > linthresh;
  const hasB = (hasA && vmax > -linthresh) || (hasC && vmin < linthresh);
  const logRange = (lo: number, hi: number): [number, number] => [Math.floor(Math.log(lo) / Math.log(base)), Math.ceil(Math.log(hi) / Math.log(base))];
  let [aLo, aHi] = [0, 0];
  if (hasA) [aLo, aHi] = logRange(Math.abs(Math.min(-linthresh, vmax)), Math.abs(vmin) + 1);
  let [cLo, cHi] = [0, 0];
  if (hasC) [cLo, cHi] = logRange(Math.max(linthresh, vmin), vmax + 1);
  const total = aHi - aLo + (cHi - cLo) + (hasB ? 1 : 0);
  const stride = Math.max(Math.floor(total / (NUMTICKS - 1)), 1);
  const decades: number[] = [];
  if (hasA) {
    const exps: number[] = [];
    for (let e = aLo; e < aHi; e += stride) exps.push(e);
    for (let i = exps.length - 1; i >= 0; i--) decades.push(-(base ** exps[i]));
  }
  if (hasB) decades.push(0);
  if (hasC) for (let e = cLo; e < cHi; e += stride) decades.push(base ** e);
  const s = subs ?? [1];
  if (s.length === 1 && s[0] === 1) return decades;
  return decades.flatMap((d) => (d === 0 ? [0] : s.map((m) => m * d)));
}

function isCloseToInt(x: number): boolean {
  return Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(Math.abs(x), Math.abs(Math.round(x)));
}

/** Python's '%g'. */
function pyG(x: number): string {
  if (x === 0) return "0";
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = x.toExponential(5).split("e");
    const mant = m.replace(/\.?0+$/, "");
    const n = Number(e);
    return `${mant}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
  }
  return String(Number(x.toPrecision(6)));
}

/**
 * The coefficients LogFormatter labels on a symlog axis (its set_locs, minor_thresholds (1, 0.4)):
 * only the decades when the log part spans more than one decade.
 */
export function symlogSublabels(vmin: number, vmax: number, p: SymlogParams): Set<number> {
  if (vmin > vmax) [vmin, vmax] = [vmax, vmin];
  const b = p.base;
  let numdec = 0;
  if (vmin < -p.linthresh) numdec += Math.log(vmin / Math.min(vmax, -p.linthresh)) / Math.log(b);
  if (vmax > p.linthresh) numdec += Math.log(vmax / Math.max(vmin, p.linthresh)) / Math.log(b);
  if (numdec > 1) return new Set([1]);
  if (numdec > 0.4) {
    // geomspace(1, b, b // 2 + 1) rounded: 1, 2, 3, 4, 6, 10 for base 10
    const n = Math.floor(Math.floor(b) / 2) + 1;
    const out = new Set<number>();
    for (let i = 0; i < n; i++) out.add(Math.round(b ** (i / (n - 1))));
    return out;
  }
  const out = new Set<number>();
  for (let c = 1; c <= b; c++) out.add(c);
  return out;
}

/** `LogFormatterSciNotation(base)(x)` with the sublabels set_locs chose: matplotlib's mathtext label. */
export function sciNotationLabel(x: number, base: number, sublabels: Set<number> | null): string {
  if (x === 0) return "$\\mathdefault{0}$";
  const sign = x < 0 ? "-" : "";
  const v = Math.abs(x);
  let fx = Math.log(v) / Math.log(base);
  const decade = isCloseToInt(fx);
  const exponent = decade ? Math.round(fx) : Math.floor(fx);
  const coeff = Math.round(base ** (fx - exponent));
  if (decade) fx = Math.round(fx);
  if (sublabels !== null && !sublabels.has(coeff)) return "";
  // '%d' of an integer base, '%s' of another (Python's repr, as JS writes it);
  // rcParams["axes.formatter.min_exponent"] is 0, so every value is written as a power
  const b = String(base);
  if (!decade) {
    const e = Math.floor(fx);
    let c = Number(b) ** (fx - e);
    if (isCloseToInt(c)) c = Math.round(c);
    return `$\\mathdefault{${sign}${pyG(c)}\\times${b}^{${e}}}$`;
  }
  return `$\\mathdefault{${sign}${b}^{${fx}}}$`;
}

/** The labels of a symlog axis' ticks over the view [vmin, vmax]. */
export function symlogLabels(ticks: readonly number[], vmin: number, vmax: number, p: SymlogParams): string[] {
  const sub = symlogSublabels(vmin, vmax, p);
  return ticks.map((t) => sciNotationLabel(t, p.base, sub));
}
