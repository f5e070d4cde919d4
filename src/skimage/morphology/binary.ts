/**
 * `skimage.morphology` binary morphology (0.19): scipy.ndimage's binary functions with the
 * cross footprint by default; erosion treats the outside as set (border_value=True).
 */
import { NDArray } from "../../np/ndarray";
import { PyArgs, pyfunction, signature } from "../../signature";
import * as ndi from "../../scipy/ndimage/binary";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { ARRAY_OR_NONE, OUT, footprintArg, intoOut } from "./_support";
import type { MorphOptions } from "./gray";

const TYPES = { image: "array_like", footprint: ARRAY_OR_NONE, out: OUT } as const;
const BINARY_EROSION = signature("skimage.morphology.binary_erosion(image, footprint=None, out=None)", { types: TYPES });
const BINARY_DILATION = signature("skimage.morphology.binary_dilation(image, footprint=None, out=None)", { types: TYPES });
const BINARY_OPENING = signature("skimage.morphology.binary_opening(image, footprint=None, out=None)", { types: TYPES });
const BINARY_CLOSING = signature("skimage.morphology.binary_closing(image, footprint=None, out=None)", { types: TYPES });

type MorphArgs = PyArgs<[footprint: NDArrayLike | null, out: NDArray | null, options: MorphOptions], MorphOptions>;

function erode(img: NDArray, fp: NDArray): NDArray {
  return ndi.binary_erosion(img, { structure: fp, border_value: true });
}

function dilate(img: NDArray, fp: NDArray): NDArray {
  return ndi.binary_dilation(img, { structure: fp });
}

/** `skimage.morphology.binary_erosion(image, footprint=None, out=None)`: set where the footprint fits inside the set pixels (bool). */
export function binary_erosion(image: NDArrayLike, ...rest: MorphArgs): NDArray;
export function binary_erosion(...args: unknown[]): NDArray {
  const { image, footprint, out } = BINARY_EROSION.bind(args);
  const img = asNDArray(image);
  return intoOut(erode(img, footprintArg(footprint, img.ndim)), out);
}
pyfunction(BINARY_EROSION, binary_erosion);

/** `skimage.morphology.binary_dilation(image, footprint=None, out=None)`: set where the footprint touches a set pixel (bool). */
export function binary_dilation(image: NDArrayLike, ...rest: MorphArgs): NDArray;
export function binary_dilation(...args: unknown[]): NDArray {
  const { image, footprint, out } = BINARY_DILATION.bind(args);
  const img = asNDArray(image);
  return intoOut(dilate(img, footprintArg(footprint, img.ndim)), out);
}
pyfunction(BINARY_DILATION, binary_dilation);

/** `skimage.morphology.binary_opening(image, footprint=None, out=None)`: binary erosion, then dilation. */
export function binary_opening(image: NDArrayLike, ...rest: MorphArgs): NDArray;
export function binary_opening(...args: unknown[]): NDArray {
  const { image, footprint, out } = BINARY_OPENING.bind(args);
  const img = asNDArray(image);
  const fp = footprintArg(footprint, img.ndim);
  return intoOut(dilate(erode(img, fp), fp), out);
}
pyfunction(BINARY_OPENING, binary_opening);

/** `skimage.morphology.binary_closing(image, footprint=None, out=None)`: binary dilation, then erosion. */
export function binary_closing(image: NDArrayLike, ...rest: MorphArgs): NDArray;
export function binary_closing(...args: unknown[]): NDArray {
  const { image, footprint, out } = BINARY_CLOSING.bind(args);
  const img = asNDArray(image);
  const fp = footprintArg(footprint, img.ndim);
  return intoOut(erode(dilate(img, fp), fp), out);
}
pyfunction(BINARY_CLOSING, binary_closing);
