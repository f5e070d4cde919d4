/**
 * plt.colors: the part of matplotlib.colors a notebook reaches for, its normalisations
 * (`norm: new plt.colors.LogNorm({ vmin: 0.01, vmax: 100 })`) and Colormap.
 */
export { Normalize, LogNorm, CenteredNorm, SymLogNorm, TwoSlopeNorm, PowerNorm, BoundaryNorm } from "./norms";
export type { NormalizeOptions, CenteredNormOptions, SymLogNormOptions, TwoSlopeNormOptions, PowerNormOptions, BoundaryNormOptions } from "./norms";
export { Colormap } from "./colormaps";
