/**
 * The major ticks of a symlog or logit axis over its view: where matplotlib's locator puts them,
 * the label its formatter writes (mathtext, as get_xticklabels gives it) and the text plt draws.
 */
import { scaleParams, transformOf, type ScaleParams } from "./scale_transforms";
import type { Axes } from "./axes";
import { symlogLabels, symlogTicks } from "./symlog_ticks";
import { logitLabels, logitTicks } from "./logit_ticks";
import { mathText } from "./mathtext";

/** Axis.get_tick_space(): labels 3 font sizes apart on x, 2 on y, along the axis' length. */
export function tickSpace(lengthPx: number, dpi: number, fontPt: number, which: "x" | "y"): number {
  return Math.floor(((lengthPx / dpi) * 72) / (fontPt * (which === "x" ? 3 : 2)));
}

/** The locator's ticks (all of them, as get_xticks) and the formatter's labels, for the view [a, b]. */
export function scaledTicks(p: ScaleParams, a: number, b: number, space: number): { locs: number[]; labels: string[] } {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const locs = p.name === "symlog" ? symlogTicks(lo, hi, p) : logitTicks(lo, hi, space);
  return { locs, labels: formatterLabels(p, locs, lo, hi) };
}

/** The scale's major formatter's labels of `locs` over the view [lo, hi] (LogFormatterSciNotation, LogitFormatter). */
export function formatterLabels(p: ScaleParams, locs: readonly number[], lo: number, hi: number): string[] {
  return p.name === "symlog" ? symlogLabels(locs, lo, hi, p) : logitLabels(locs, p);
}

/** A formatter's mathtext label as plt draws it: `$\mathdefault{10^{-2}}$` -> 10⁻². */
export function drawnLabel(label: string): string {
  const m = /^\$\\mathdefault\{(.*)\}\$$/.exec(label);
  return m ? mathText(`$${m[1]}$`) : mathText(label);
}

/**
 * The minor ticks matplotlib draws on a symlog / logit axis over the view [a, b]: the minor
 * locator's (symlog: the decades times subs; logit: 2..9 times each decade) without those on a
 * major tick (Axis.get_minorticklocs), those in view, and their labels (logit's minor formatter
 * labels a few of a short list; symlog's none).
 */
export function scaledMinorTicks(p: ScaleParams, a: number, b: number, space: number): { locs: number[]; labels: string[] } {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const t = transformOf(p);
  const major = scaledTicks(p, lo, hi, space).locs.map(t.forward);
  const located = p.name === "symlog" ? symlogTicks(lo, hi, p, p.subs) : logitTicks(lo, hi, space, true);
  const [tlo, thi] = [t.forward(lo), t.forward(hi)];
  const tol = (thi - tlo) * 1e-5;
  const minor = located.filter((v) => !major.some((m) => Math.abs(m - t.forward(v)) <= tol));
  const labels = p.name === "logit" ? logitLabels(minor, p, true) : minor.map(() => "");
  const eps = (hi - lo) * 1e-10;
  const keep = minor.map((_, i) => i).filter((i) => minor[i] >= lo - eps && minor[i] <= hi + eps);
  return { locs: keep.map((i) => minor[i]), labels: keep.map((i) => labels[i]) };
}

/** get_xticklabels' texts on a symlog / logit axis (the formatter's mathtext), or null for another axis. */
export function scaledTickLabels(ax: Axes, which: "x" | "y", locs: readonly number[]): string[] | null {
  const p = scaleParams(ax._scales, which);
  if (p === null) return null;
  const [a, b] = which === "x" ? ax.get_xlim() : ax.get_ylim();
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return formatterLabels(p, locs, lo, hi);
}
