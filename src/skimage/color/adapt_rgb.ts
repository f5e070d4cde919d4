/**
 * `skimage.color.adapt_rgb` (scikit-image 0.19): a decorator that lets a gray-scale filter take
 * RGB images, with the two handlers scikit-image ships: each_channel (filter every channel, stack
 * the results) and hsv_value (filter the HSV value channel, convert back to RGB).
 *
 * ```ts
 * const { adapt_rgb, each_channel } = skimage.color.adapt_rgb;
 * const sobel_each = adapt_rgb(each_channel)((image) => filters.sobel(image));
 * ```
 * Python's keyword arguments to the filter are its trailing options object, passed through.
 */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { astype } from "../../np/cast";
import { stack } from "../../np/manipulate";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { rgb2hsv, hsv2rgb } from "./hsv";

/** A gray-scale filter: an image, then its own arguments. */
export type ImageFilter = (image: NDArray, ...args: any[]) => NDArray;
/** A handler: how a filter is applied to an RGB image. */
export type RGBHandler = (image_filter: ImageFilter, image: NDArray, ...args: any[]) => NDArray;

const ADAPT_RGB = signature("skimage.color.adapt_rgb.adapt_rgb(apply_to_rgb)", { types: { apply_to_rgb: "callable" } });
const HSV_VALUE = signature("skimage.color.adapt_rgb.hsv_value(image_filter, image, *args)", { types: { image_filter: "callable", image: "array_like" } });
const EACH_CHANNEL = signature("skimage.color.adapt_rgb.each_channel(image_filter, image, *args)", { types: { image_filter: "callable", image: "array_like" } });

/** scikit-image's is_rgb_like: 3-D with 3 or 4 channels last. */
function isRgbLike(image: NDArray): boolean {
  return image.ndim === 3 && (image.shape[2] === 3 || image.shape[2] === 4);
}

/**
 * `skimage.color.adapt_rgb.adapt_rgb(apply_to_rgb)`: a decorator; the decorated filter hands an
 * RGB-like image (3-D, 3 or 4 channels last) to `apply_to_rgb(filter, image, ...args)` and any
 * other image to the filter itself.
 */
export function adapt_rgb(apply_to_rgb: RGBHandler): (image_filter: ImageFilter) => (image: NDArrayLike, ...args: any[]) => NDArray;
export function adapt_rgb(...args: unknown[]): (image_filter: ImageFilter) => (image: NDArrayLike, ...args: any[]) => NDArray {
  const { apply_to_rgb } = ADAPT_RGB.bind(args);
  const handler = apply_to_rgb as RGBHandler;
  return (image_filter: ImageFilter) => {
    const adapted = (image: NDArrayLike, ...rest: any[]): NDArray => {
      const img = asNDArray(image);
      return isRgbLike(img) ? handler(image_filter, img, ...rest) : image_filter(img, ...rest);
    };
    Object.defineProperty(adapted, "name", { value: image_filter.name }); // functools.wraps
    return adapted;
  };
}
pyfunction(ADAPT_RGB, adapt_rgb);

/**
 * `skimage.color.adapt_rgb.hsv_value(image_filter, image, *args, **kwargs)`: the RGB image (alpha
 * dropped) converted to HSV, its value channel filtered (as float64), converted back to RGB.
 */
export function hsv_value(image_filter: ImageFilter, image: NDArrayLike, ...args: any[]): NDArray;
export function hsv_value(...all: unknown[]): NDArray {
  const { image_filter, image } = HSV_VALUE.bind(all.slice(0, 2));
  const rest = all.slice(2);
  const hsv = rgb2hsv(asNDArray(image as NDArrayLike).get(":", ":", ":3"));
  const value = hsv.get(":", ":", 2).copy();
  const filtered = (image_filter as ImageFilter)(value, ...rest);
  hsv.set([":", ":", 2], astype(filtered, float64));
  return hsv2rgb(hsv);
}
pyfunction(HSV_VALUE, hsv_value);

/**
 * `skimage.color.adapt_rgb.each_channel(image_filter, image, *args, **kwargs)`: the filter applied
 * to each channel (last axis) in turn, the results stacked along the last axis.
 */
export function each_channel(image_filter: ImageFilter, image: NDArrayLike, ...args: any[]): NDArray;
export function each_channel(...all: unknown[]): NDArray {
  const { image_filter, image } = EACH_CHANNEL.bind(all.slice(0, 2));
  const rest = all.slice(2);
  const img = asNDArray(image as NDArrayLike);
  const channels: NDArray[] = [];
  for (let c = 0; c < img.shape[img.ndim - 1]; c++) channels.push((image_filter as ImageFilter)(img.get("...", c), ...rest));
  return stack(channels, { axis: -1 });
}
pyfunction(EACH_CHANNEL, each_channel);
