/** pyplot's barh, pie, boxplot, violinplot and stackplot: the current axes' methods. */
import { pyfunction, PyArgs } from "../signature";
import type { NDArrayLike } from "./data";
import { gca } from "./pyplot";
import { BARH, type BarhOptions } from "./barh";
import { PIE, type PieOptions } from "./pie";
import { BOXPLOT, type BoxplotOptions, type BoxplotParts } from "./boxplot";
import { VIOLINPLOT, type ViolinParts, type ViolinplotOptions } from "./violin";
import { STACKPLOT, type StackplotOptions } from "./stackplot";
import type { BarContainer, PolyCollection, Text, Wedge } from "./artist_api";
import "./figure_readers";

type Method<R> = (...a: unknown[]) => R;

/** `plt.barh(y, width, height=0.8, left=None, *, align='center', data=None, **kwargs)` on the current axes. */
export function barh(y: NDArrayLike | number | readonly string[] | string, width: NDArrayLike | number, ...rest: PyArgs<[height: number | NDArrayLike, left: number | NDArrayLike | null, options: BarhOptions], BarhOptions>): BarContainer;
export function barh(...args: unknown[]): BarContainer {
  return (gca().barh as Method<BarContainer>)(...args);
}

/**
 * `plt.pie(x, explode=None, labels=None, colors=None, autopct=None, pctdistance=0.6, shadow=False,
 * labeldistance=1.1, startangle=0, radius=1, counterclock=True, wedgeprops=None, textprops=None,
 * center=(0, 0), frame=False, rotatelabels=False, *, normalize=True, data=None)` on the current axes.
 */
export function pie(x: NDArrayLike, options?: PieOptions): [Wedge[], Text[]] | [Wedge[], Text[], Text[]];
export function pie(...args: unknown[]): [Wedge[], Text[]] | [Wedge[], Text[], Text[]] {
  return (gca().pie as Method<[Wedge[], Text[]]>)(...args);
}

/**
 * `plt.boxplot(x, notch=None, sym=None, vert=None, whis=None, positions=None, widths=None,
 * patch_artist=None, bootstrap=None, usermedians=None, conf_intervals=None, meanline=None,
 * showmeans=None, showcaps=None, showbox=None, showfliers=None, boxprops=None, labels=None,
 * flierprops=None, medianprops=None, meanprops=None, capprops=None, whiskerprops=None,
 * manage_ticks=True, autorange=False, zorder=None, capwidths=None, *, data=None)` on the current axes.
 */
export function boxplot(x: NDArrayLike | readonly (readonly number[] | NDArrayLike)[], options?: BoxplotOptions): BoxplotParts;
export function boxplot(...args: unknown[]): BoxplotParts {
  return (gca().boxplot as Method<BoxplotParts>)(...args);
}

/**
 * `plt.violinplot(dataset, positions=None, vert=True, widths=0.5, showmeans=False, showextrema=True,
 * showmedians=False, quantiles=None, points=100, bw_method=None, *, data=None)` on the current axes.
 */
export function violinplot(dataset: NDArrayLike | readonly (readonly number[] | NDArrayLike)[], options?: ViolinplotOptions): ViolinParts;
export function violinplot(...args: unknown[]): ViolinParts {
  return (gca().violinplot as Method<ViolinParts>)(...args);
}

/** `plt.stackplot(x, *args, labels=(), colors=None, baseline='zero', data=None, **kwargs)` on the current axes. */
export function stackplot(x: NDArrayLike, ...args: (NDArrayLike | StackplotOptions)[]): PolyCollection[];
export function stackplot(...args: unknown[]): PolyCollection[] {
  return (gca().stackplot as Method<PolyCollection[]>)(...args);
}

pyfunction(BARH.twin("matplotlib.pyplot.barh"), barh);
pyfunction(PIE.twin("matplotlib.pyplot.pie"), pie);
pyfunction(BOXPLOT.twin("matplotlib.pyplot.boxplot"), boxplot);
pyfunction(VIOLINPLOT.twin("matplotlib.pyplot.violinplot"), violinplot);
pyfunction(STACKPLOT.twin("matplotlib.pyplot.stackplot"), stackplot);
