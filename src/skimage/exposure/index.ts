/** `skimage.exposure`: histograms, equalisation, intensity rescaling and tone curves. */
export { histogram, cumulative_distribution } from "./histogram";
export type { HistogramOptions, SourceRange } from "./histogram";
export { equalize_hist } from "./equalize";
export type { EqualizeHistOptions } from "./equalize";
export { equalize_adapthist } from "./adapthist";
export type { EqualizeAdapthistOptions } from "./adapthist";
export { rescale_intensity } from "./rescale";
export type { IntensityRange, RescaleIntensityOptions } from "./rescale";
export { adjust_gamma, adjust_log, adjust_sigmoid } from "./adjust";
export type { AdjustGammaOptions, AdjustLogOptions, AdjustSigmoidOptions } from "./adjust";
export { is_low_contrast } from "./low_contrast";
export type { IsLowContrastOptions } from "./low_contrast";
export { match_histograms } from "./match";
export type { MatchHistogramsOptions } from "./match";
