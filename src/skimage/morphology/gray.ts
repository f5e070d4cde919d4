/**
 * `skimage.morphology` grey-level morphology (0.19): erosion, dilation, opening, closing,
 * white_tophat, black_tophat, on scipy.ndimage's minimum and maximum filters (mode 'reflect').
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { bool, float64 } from "../../np/dtype";
import { PyArgs, pyfunction, signature } from "../../signature";
import { maximum_filter, minimum_filter } from "../../scipy/ndimage/rank";
import { padded } from "../../scipy/ndimage/_footprint";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { castValues } from "../../scipy/ndimage/_support";
import { ARRAY_OR_NONE, OUT, footprintArg, intoOut } from "./_support";

const SHIFT_TYPES = { image: "array_like", footprint: ARRAY_OR_NONE, out: OUT, shift_x: "bool", shift_y: "bool" } as const;
const TYPES = { image: "array_like", footprint: ARRAY_OR_NONE, out: OUT } as const;
const EROSION = signature("skimage.morphology.erosion(image, footprint=None, out=None, shift_x=False, shift_y=False)", { types: SHIFT_TYPES });
const DILATION = signature("skimage.morphology.dilation(image, footprint=None, out=None, shift_x=False, shift_y=False)", { types: SHIFT_TYPES });
const OPENING = signature("skimage.morphology.opening(image, footprint=None, out=None)", { types: TYPES });
const CLOSING = signature("skimage.morphology.closing(image, footprint=None, out=None)", { types: TYPES });
const WHITE_TOPHAT = signature("skimage.morphology.white_tophat(image, footprint=None, out=None)", { types: TYPES });
const BLACK_TOPHAT = signature("skimage.morphology.black_tophat(image, footprint=None, out=None)", { types: TYPES });

/** Keyword arguments of erosion and dilation. */
export interface ShiftOptions {
  footprint?: NDArrayLike | null;
  out?: NDArray | null;
  /** For a 2-D footprint of even size: put the extra row / column after rather than before. */
  shift_x?: boolean;
  shift_y?: boolean;
}

/** Keyword arguments of opening, closing and the top-hats. */
export interface MorphOptions {
  footprint?: NDArrayLike | null;
  out?: NDArray | null;
}

type ShiftArgs = PyArgs<[footprint: NDArrayLike | null, out: NDArray | null, shift_x: boolean, shift_y: boolean, options: ShiftOptions], ShiftOptions>;
type MorphArgs = PyArgs<[footprint: NDArrayLike | null, out: NDArray | null, options: MorphOptions], MorphOptions>;

/** scikit-image's _shift_footprint: a 2-D footprint of even size gets a zero row/column (before, or after when shifted). */
function shiftFootprint(fp: NDArray, shiftX: boolean, shiftY: boolean): NDArray {
  if (fp.ndim !== 2) return fp;
  let [m, n] = fp.shape;
  const v = readFloat64(fp);
  const addRow = m % 2 === 0 ? 1 : 0;
  const addCol = n % 2 === 0 ? 1 : 0;
  if (!addRow && !addCol) return fp;
  const rowOff = addRow && !shiftX ? 1 : 0;
  const colOff = addCol && !shiftY ? 1 : 0;
  const M = m + addRow;
  const N = n + addCol;
  const out = new Float64Array(M * N);
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) out[(r + rowOff) * N + c + colOff] = v[r * n + c];
  return NDArray.fromStorage(out, [M, N], float64);
}

/** grey_erosion with the (shifted) footprint. */
function erode(img: NDArray, fp: NDArray): NDArray {
  return minimum_filter(img, { footprint: fp, mode: "reflect" });
}

/** scikit-image's dilation: footprint reversed, then grey_dilation (which reverses it back and mirrors even origins). */
function dilate(img: NDArray, fp: NDArray): NDArray {
  const origin = fp.shape.map((d) => (d & 1 ? 0 : -1));
  return maximum_filter(img, { footprint: fp, mode: "reflect", origin });
}

/**
 * `skimage.morphology.erosion(image, footprint=None, out=None, shift_x=False, shift_y=False)`:
 * the minimum over the footprint (default: the cross of connectivity 1), same dtype.
 */
export function erosion(image: NDArrayLike, ...rest: ShiftArgs): NDArray;
export function erosion(...args: unknown[]): NDArray {
  const { image, footprint, out, shift_x, shift_y } = EROSION.bind(args);
  const img = asNDArray(image);
  const fp = shiftFootprint(footprintArg(footprint, img.ndim), shift_x, shift_y);
  return intoOut(erode(img, fp), out);
}
pyfunction(EROSION, erosion);

/**
 * `skimage.morphology.dilation(image, footprint=None, out=None, shift_x=False, shift_y=False)`:
 * the maximum over the footprint, same dtype.
 */
export function dilation(image: NDArrayLike, ...rest: ShiftArgs): NDArray;
export function dilation(...args: unknown[]): NDArray {
  const { image, footprint, out, shift_x, shift_y } = DILATION.bind(args);
  const img = asNDArray(image);
  const fp = shiftFootprint(footprintArg(footprint, img.ndim), shift_x, shift_y);
  return intoOut(dilate(img, fp), out);
}
pyfunction(DILATION, dilation);

/** Runs `f` on the image padded by (len - 1) edge values along each even footprint axis, then crops (pad_for_eccentric_footprints). */
function eccentric(img: NDArray, fp: NDArray, f: (x: NDArray) => NDArray): NDArray {
  const pads = fp.shape.map((d) => (d % 2 === 0 ? d - 1 : 0));
  if (pads.every((p) => p === 0)) return f(img);
  const p = padded(readFloat64(img), img.shape, pads, pads, "nearest", 0);
  const big = f(NDArray.fromStorage(castValues(p.data, img.dtype), p.shape, img.dtype));
  const crop = big.get(...pads.map((w, k) => `${w}:${w + img.shape[k]}`));
  return NDArray.fromStorage(castValues(readFloat64(crop).slice(), img.dtype), img.shape.slice(), img.dtype);
}

function openImage(img: NDArray, fp: NDArray): NDArray {
  return eccentric(img, fp, (x) => dilate(erode(x, shiftFootprint(fp, false, false)), shiftFootprint(fp, true, true)));
}

function closeImage(img: NDArray, fp: NDArray): NDArray {
  return eccentric(img, fp, (x) => erode(dilate(x, shiftFootprint(fp, false, false)), shiftFootprint(fp, true, true)));
}

/** `skimage.morphology.opening(image, footprint=None, out=None)`: erosion, then dilation. */
export function opening(image: NDArrayLike, ...rest: MorphArgs): NDArray;
export function opening(...args: unknown[]): NDArray {
  const { image, footprint, out } = OPENING.bind(args);
  const img = asNDArray(image);
  return intoOut(openImage(img, footprintArg(footprint, img.ndim)), out);
}
pyfunction(OPENING, opening);

/** `skimage.morphology.closing(image, footprint=None, out=None)`: dilation, then erosion. */
export function closing(image: NDArrayLike, ...rest: MorphArgs): NDArray;
export function closing(...args: unknown[]): NDArray {
  const { image, footprint, out } = CLOSING.bind(args);
  const img = asNDArray(image);
  return intoOut(closeImage(img, footprintArg(footprint, img.ndim)), out);
}
pyfunction(CLOSING, closing);

/** image - other in the image's dtype (bool: xor). */
function difference(a: NDArray, b: NDArray): NDArray {
  if (a.dtype === b.dtype && a.dtype !== bool) {
    // in the dtype's own storage: a store wraps or rounds the difference as the cast would
    const xs = contiguousStorage(a);
    const ys = contiguousStorage(b);
    const ds = new (xs.constructor as new (n: number) => NDArray["data"])(xs.length);
    for (let i = 0; i < ds.length; i++) ds[i] = xs[i] - ys[i];
    return NDArray.fromStorage(ds, a.shape.slice(), a.dtype);
  }
  const x = readFloat64(a);
  const y = readFloat64(b);
  const d = new Float64Array(x.length);
  if (a.dtype === bool) for (let i = 0; i < d.length; i++) d[i] = x[i] !== y[i] ? 1 : 0;
  else for (let i = 0; i < d.length; i++) d[i] = x[i] - y[i];
  return NDArray.fromStorage(castValues(d, a.dtype), a.shape.slice(), a.dtype);
}

/**
 * `skimage.morphology.white_tophat(image, footprint=None, out=None)`: the image minus its
 * opening (scipy's grey opening: erosion then dilation with the footprint), the bright details
 * smaller than the footprint.
 */
export function white_tophat(image: NDArrayLike, ...rest: MorphArgs): NDArray;
export function white_tophat(...args: unknown[]): NDArray {
  const { image, footprint, out } = WHITE_TOPHAT.bind(args);
  const img = asNDArray(image);
  const fp = footprintArg(footprint, img.ndim);
  // ndi.white_tophat: grey_erosion, then grey_dilation with the same footprint
  const eroded = minimum_filter(img, { footprint: fp, mode: "reflect" });
  const rev = NDArray.fromStorage(readFloat64(fp).slice().reverse(), fp.shape.slice(), float64);
  const opened = maximum_filter(eroded, { footprint: rev, mode: "reflect", origin: fp.shape.map((d) => (d & 1 ? 0 : -1)) });
  return intoOut(difference(img, opened), out);
}
pyfunction(WHITE_TOPHAT, white_tophat);

/** `skimage.morphology.black_tophat(image, footprint=None, out=None)`: the closing minus the image, the dark details. */
export function black_tophat(image: NDArrayLike, ...rest: MorphArgs): NDArray;
export function black_tophat(...args: unknown[]): NDArray {
  const { image, footprint, out } = BLACK_TOPHAT.bind(args);
  const img = asNDArray(image);
  const closed = closeImage(img, footprintArg(footprint, img.ndim));
  return intoOut(difference(closed, img), out);
}
pyfunction(BLACK_TOPHAT, black_tophat);
