/** `scipy.ndimage.grey_erosion`, `grey_dilation`, `grey_opening` and `grey_closing` (SciPy 1.10), flat structuring elements. */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { RuntimeError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { warn } from "../../skimage/_internal/arrays";
import { maximum_filter, minimum_filter } from "./rank";
import { ARRAY_OR_NONE, MODE, Mode, NDArrayLike, OUTPUT, Output, inputArray, perAxis, valuesOf } from "./_support";
import { SIZE } from "./uniform";

const TYPES = { input: "array_like", size: [SIZE, "None"], footprint: ARRAY_OR_NONE, structure: ARRAY_OR_NONE, output: OUTPUT, mode: MODE, cval: "float", origin: SIZE } as const;
const SPEC = { types: TYPES, unsupported: ["structure"] };
const GREY_EROSION = signature("scipy.ndimage.grey_erosion(input, size=None, footprint=None, structure=None, output=None, mode='reflect', cval=0.0, origin=0)", SPEC);
const GREY_DILATION = signature("scipy.ndimage.grey_dilation(input, size=None, footprint=None, structure=None, output=None, mode='reflect', cval=0.0, origin=0)", SPEC);
const GREY_OPENING = signature("scipy.ndimage.grey_opening(input, size=None, footprint=None, structure=None, output=None, mode='reflect', cval=0.0, origin=0)", SPEC);
const GREY_CLOSING = signature("scipy.ndimage.grey_closing(input, size=None, footprint=None, structure=None, output=None, mode='reflect', cval=0.0, origin=0)", SPEC);

/** Keyword arguments of the grey morphology functions. */
export interface GreyOptions {
  size?: number | readonly number[] | null;
  footprint?: NDArrayLike | null;
  /** Non-flat structuring elements: not supported yet. */
  structure?: null;
  output?: Output;
  mode?: Mode | readonly Mode[];
  cval?: number;
  origin?: number | readonly number[];
}

type GreyArgs = PyArgs<[size: number | readonly number[] | null, footprint: NDArrayLike | null, structure: null, output: Output, mode: Mode | readonly Mode[], cval: number, origin: number | readonly number[], options: GreyOptions], GreyOptions>;

function checkGiven(b: Record<string, any>): void {
  if (b.size === null && b.footprint === null && b.structure === null) throw new RuntimeError("size, footprint, or structure must be specified");
}

function erode(img: NDArray, b: Record<string, any>, output: Output): NDArray {
  return minimum_filter(img, { size: b.size, footprint: b.footprint, output, mode: b.mode, cval: b.cval, origin: b.origin });
}

/** grey_dilation: the footprint reversed and the origin mirrored (even lengths shifted), then the maximum filter. */
function dilate(img: NDArray, b: Record<string, any>, output: Output): NDArray {
  let footprint = b.footprint;
  const rank = img.ndim;
  let lengths: number[];
  if (footprint !== null) {
    const fp = inputArray(footprint, "footprint");
    footprint = NDArray.fromStorage(valuesOf(fp).slice().reverse(), fp.shape.slice(), float64);
    lengths = fp.shape.slice();
  } else {
    lengths = perAxis<number>(b.size, rank);
  }
  const origin = perAxis<number>(b.origin, rank).map((o, k) => -o - (lengths[k] & 1 ? 0 : 1));
  return maximum_filter(img, { size: footprint === null ? b.size : null, footprint, output, mode: b.mode, cval: b.cval, origin });
}

/**
 * `scipy.ndimage.grey_erosion(input, size=None, footprint=None, structure=None, output=None,
 * mode='reflect', cval=0.0, origin=0)`: the minimum over a box of `size` or the footprint.
 */
export function grey_erosion(input: NDArrayLike, ...rest: GreyArgs): NDArray;
export function grey_erosion(...args: unknown[]): NDArray {
  const b = GREY_EROSION.bind(args);
  checkGiven(b);
  return erode(inputArray(b.input), b, b.output);
}
pyfunction(GREY_EROSION, grey_erosion);

/**
 * `scipy.ndimage.grey_dilation(input, size=None, footprint=None, structure=None, output=None,
 * mode='reflect', cval=0.0, origin=0)`: the maximum over the reflected footprint.
 */
export function grey_dilation(input: NDArrayLike, ...rest: GreyArgs): NDArray;
export function grey_dilation(...args: unknown[]): NDArray {
  const b = GREY_DILATION.bind(args);
  checkGiven(b);
  return dilate(inputArray(b.input), b, b.output);
}
pyfunction(GREY_DILATION, grey_dilation);

function sizeIgnored(b: Record<string, any>): void {
  if (b.size !== null && b.footprint !== null) warn("ignoring size because footprint is set", "UserWarning");
}

/** `scipy.ndimage.grey_opening(input, size=None, footprint=None, structure=None, output=None, mode='reflect', cval=0.0, origin=0)`: erosion, then dilation. */
export function grey_opening(input: NDArrayLike, ...rest: GreyArgs): NDArray;
export function grey_opening(...args: unknown[]): NDArray {
  const b = GREY_OPENING.bind(args);
  sizeIgnored(b);
  checkGiven(b);
  return dilate(erode(inputArray(b.input), b, null), b, b.output);
}
pyfunction(GREY_OPENING, grey_opening);

/** `scipy.ndimage.grey_closing(input, size=None, footprint=None, structure=None, output=None, mode='reflect', cval=0.0, origin=0)`: dilation, then erosion. */
export function grey_closing(input: NDArrayLike, ...rest: GreyArgs): NDArray;
export function grey_closing(...args: unknown[]): NDArray {
  const b = GREY_CLOSING.bind(args);
  sizeIgnored(b);
  checkGiven(b);
  return erode(dilate(inputArray(b.input), b, null), b, b.output);
}
pyfunction(GREY_CLOSING, grey_closing);
