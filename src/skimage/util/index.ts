/** `skimage.util`: dtype conversions, cropping and noise. */
export {
  img_as_float, img_as_float32, img_as_float64, img_as_ubyte, img_as_uint, img_as_int, img_as_bool, dtype_limits,
} from "./dtype";
export { crop } from "./crop";
export type { CropWidth } from "./crop";
export { random_noise, type RandomNoiseOptions, type NoiseMode } from "./noise";
export { invert } from "./invert";
export { view_as_blocks, view_as_windows } from "./views";
export { montage } from "./montage";
export type { MontageOptions } from "./montage";
export { regular_grid } from "./regular_grid";
export { unique_rows } from "./unique_rows";
export { compare_images } from "./compare";
export { map_array, ArrayMap } from "./map_array";
export type { MapArrayOptions } from "./map_array";
