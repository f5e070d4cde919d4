/** `skimage.restoration`: denoising and deconvolution. */
export { denoise_tv_chambolle } from "./tv_chambolle";
export type { DenoiseTvChambolleOptions } from "./tv_chambolle";
