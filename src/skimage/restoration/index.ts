/** `skimage.restoration`: denoising and deconvolution. */
export { denoise_tv_chambolle } from "./tv_chambolle";
export type { DenoiseTvChambolleOptions } from "./tv_chambolle";
export { estimate_sigma } from "./estimate_sigma";
export type { EstimateSigmaOptions } from "./estimate_sigma";
export { richardson_lucy } from "./richardson_lucy";
export type { RichardsonLucyOptions } from "./richardson_lucy";
export { denoise_bilateral } from "./bilateral";
export type { DenoiseBilateralOptions, BilateralMode } from "./bilateral";
export { denoise_nl_means } from "./nl_means";
export type { DenoiseNlMeansOptions } from "./nl_means";
export { wiener } from "./wiener";
export type { WienerOptions } from "./wiener";
export { unsupervised_wiener } from "./unsupervised_wiener";
export type { UnsupervisedWienerOptions, UnsupervisedWienerParams } from "./unsupervised_wiener";
