/** `skimage.color`: colour space conversions. */
export { rgb2gray, gray2rgb, gray2rgba, rgba2rgb } from "./gray";
export { rgb2hsv, hsv2rgb } from "./hsv";
export { rgb2xyz, xyz2rgb, rgb2lab, lab2rgb, rgb2hed, hed2rgb, rgb2ycbcr } from "./colorconv";
export type { LabOptions } from "./colorconv";
export { label2rgb } from "./label2rgb";
export type { Label2rgbOptions, ColorLike } from "./label2rgb";
export { rgb2yuv, yuv2rgb, rgb2yiq, yiq2rgb, rgb2ypbpr, ypbpr2rgb, rgb2ydbdr, ydbdr2rgb, ycbcr2rgb, lab2lch, lch2lab } from "./colorconv_matrix";
// `from skimage.color.adapt_rgb import adapt_rgb, each_channel, hsv_value`: the module, as a namespace
export * as adapt_rgb from "./adapt_rgb";
