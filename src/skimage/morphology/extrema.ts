/** `skimage.morphology.local_maxima`, `local_minima` and `h_maxima` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { bool, int64, uint8 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, warn } from "../_internal/arrays";
import { ARRAY_OR_NONE } from "./_support";
import { borderFlags, cropOne, neighborOffsets, padOne, resolveNeighborhood } from "./_neighborhood";
import { reconstructValues } from "./reconstruction";

const TYPES = { image: "array_like", footprint: ARRAY_OR_NONE, connectivity: "int|None", indices: "bool", allow_borders: "bool" } as const;
const LOCAL_MAXIMA = signature("skimage.morphology.local_maxima(image, footprint=None, connectivity=None, indices=False, allow_borders=True)", { types: TYPES });
const LOCAL_MINIMA = signature("skimage.morphology.local_minima(image, footprint=None, connectivity=None, indices=False, allow_borders=True)", { types: TYPES });
const H_MAXIMA = signature("skimage.morphology.h_maxima(image, h, footprint=None)", { types: { image: "array_like", h: "float", footprint: ARRAY_OR_NONE } });
const H_MINIMA = signature("skimage.morphology.h_minima(image, h, footprint=None)", { types: { image: "array_like", h: "float", footprint: ARRAY_OR_NONE } });

/** Keyword arguments of local_maxima and local_minima. */
export interface LocalExtremaOptions {
  footprint?: NDArrayLike | null;
  connectivity?: number | null;
  /** Return the coordinates (one int64 array per axis) instead of a mask. */
  indices?: boolean;
  /** Let plateaus touching the border count (default true). */
  allow_borders?: boolean;
}

const BORDER = 3;
const CANDIDATE = 2;
const QUEUED = 1;

/** The maxima flags of a (padded) C-ordered array: scikit-image's candidate scan and plateau fill. */
function maximaFlags(image: Float64Array | NDArray["data"], flags: Uint8Array, offsets: Int32Array): void {
  const n = image.length;
  const lastDim = offsets.includes(-1) && offsets.includes(1);
  if (lastDim) {
    let i = 1;
    while (i < n) {
      if (image[i - 1] < image[i] && flags[i] !== BORDER) {
        let ahead = i + 1;
        while (image[i] === image[ahead] && flags[ahead] !== BORDER) ahead++;
        // plateaus are short: a loop beats a call to fill
        if (image[i] > image[ahead]) for (let k = i; k < ahead; k++) flags[k] = CANDIDATE;
        i = ahead;
      } else {
        i++;
      }
    }
  } else {
    for (let i = 1; i < n; i++) if (flags[i] !== BORDER) flags[i] = CANDIDATE;
  }
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (flags[s] !== CANDIDATE) continue;
    const height = image[s];
    let isMax = true;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    flags[s] = QUEUED;
    // the plateau is given up at its first higher (or border) neighbour: its other
    // candidates, if any, meet one as well, so every plateau gets the same verdict
    plateau: while (head < tail) {
      const cur = queue[head++];
      for (let k = 0; k < offsets.length; k++) {
        const nb = cur + offsets[k];
        const v = image[nb];
        if (v === height) {
          if (flags[nb] === BORDER) {
            isMax = false;
            break plateau;
          }
          if (flags[nb] !== QUEUED) {
            queue[tail++] = nb;
            flags[nb] = QUEUED;
          }
        } else if (v > height) {
          isMax = false;
          break plateau;
        }
      }
    }
    if (!isMax) for (let k = 0; k < tail; k++) flags[queue[k]] = 0;
  }
}

function localMaxima(img: NDArray, values: Float64Array | NDArray["data"], b: Record<string, any>): NDArray | NDArray[] {
  const shape = img.shape;
  const ndim = shape.length;
  let flagsOut: Uint8Array;
  if (img.size === 0) {
    flagsOut = new Uint8Array(0);
  } else {
    let data = values;
    let pshape = shape.slice();
    if (b.allow_borders) {
      let min = Infinity;
      for (let i = 0; i < values.length; i++) if (values[i] < min) min = values[i];
      const p = padOne(values, shape, min);
      data = p.data;
      pshape = p.shape;
    }
    const flags = borderFlags(pshape, BORDER);
    if (pshape.some((s) => s < 3)) {
      warn("maxima can't exist for an image with any dimension smaller 3 if borders aren't allowed");
    } else {
      const on = resolveNeighborhood(b.footprint, b.connectivity, ndim);
      maximaFlags(data, flags, neighborOffsets(pshape, on));
    }
    if (b.allow_borders) {
      flagsOut = cropOne(flags, pshape, new Uint8Array(img.size));
    } else {
      for (let i = 0; i < flags.length; i++) if (flags[i] === BORDER) flags[i] = 0;
      flagsOut = flags;
    }
  }
  if (b.indices) return nonzeroCoords(flagsOut, shape);
  // flags hold 1 (maximum) or 0; any other value would read as True in a bool view
  for (let i = 0; i < flagsOut.length; i++) flagsOut[i] = flagsOut[i] ? 1 : 0;
  return NDArray.fromStorage(flagsOut, shape.slice(), bool);
}

/** np.nonzero of flags: one int64 array per axis. */
function nonzeroCoords(flags: Uint8Array, shape: readonly number[]): NDArray[] {
  const coords: number[][] = shape.map(() => []);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < flags.length; i++) {
    if (flags[i]) for (let a = 0; a < shape.length; a++) coords[a].push(idx[a]);
    for (let a = shape.length - 1; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  return coords.map((c) => NDArray.fromStorage(Float64Array.from(c), [c.length], int64));
}

/**
 * `skimage.morphology.local_maxima(image, footprint=None, connectivity=None, indices=False,
 * allow_borders=True)`: the plateaus (connected pixels of one value) all of whose neighbours
 * are lower, as a bool mask or (indices) coordinate arrays.
 */
export function local_maxima(image: NDArrayLike, ...rest: PyArgs<[footprint: NDArrayLike | null, connectivity: number | null, indices: boolean, allow_borders: boolean, options: LocalExtremaOptions], LocalExtremaOptions>): NDArray | NDArray[];
export function local_maxima(...args: unknown[]): NDArray | NDArray[] {
  const b = LOCAL_MAXIMA.bind(args);
  const img = asNDArray(b.image);
  // the image's own storage: only comparisons read it
  return localMaxima(img, contiguousStorage(img), b);
}
pyfunction(LOCAL_MAXIMA, local_maxima);

/**
 * `skimage.morphology.local_minima(image, footprint=None, connectivity=None, indices=False,
 * allow_borders=True)`: local_maxima of the inverted image (util.invert).
 */
export function local_minima(image: NDArrayLike, ...rest: PyArgs<[footprint: NDArrayLike | null, connectivity: number | null, indices: boolean, allow_borders: boolean, options: LocalExtremaOptions], LocalExtremaOptions>): NDArray | NDArray[];
export function local_minima(...args: unknown[]): NDArray | NDArray[] {
  const b = LOCAL_MINIMA.bind(args);
  const img = asNDArray(b.image);
  const v = contiguousStorage(img);
  const kind = img.dtype.kind;
  // integer inverses stay in the dtype's range, so they keep its storage (float ones are float64, as before)
  const inv = kind === "f" ? new Float64Array(v.length) : new (v.constructor as new (n: number) => NDArray["data"])(v.length);
  const max = { uint8: 255, uint16: 65535, uint32: 4294967295, uint64: 2 ** 64 - 1 }[img.dtype.name as "uint8"];
  for (let i = 0; i < v.length; i++) {
    if (kind === "b") inv[i] = v[i] ? 0 : 1;
    else if (kind === "u") inv[i] = max - v[i];
    else if (kind === "i") inv[i] = -1 - v[i];
    else inv[i] = 1 - v[i];
  }
  return localMaxima(img, inv, b);
}
pyfunction(LOCAL_MINIMA, local_minima);

/** Keyword arguments of h_maxima. */
export interface HMaximaOptions {
  footprint?: NDArrayLike | null;
}

/**
 * `skimage.morphology.h_maxima(image, h, footprint=None)`: the maxima of height >= h (uint8
 * mask): the image minus its reconstruction by dilation from image - h, compared with h.
 */
export function h_maxima(image: NDArrayLike, h: number, ...rest: PyArgs<[footprint: NDArrayLike | null, options: HMaximaOptions], HMaximaOptions>): NDArray;
export function h_maxima(...args: unknown[]): NDArray {
  const { image, h, footprint } = H_MAXIMA.bind(args);
  return hExtrema(asNDArray(image), h, footprint, true);
}
pyfunction(H_MAXIMA, h_maxima);

/**
 * `skimage.morphology.h_minima(image, h, footprint=None)`: the minima of depth >= h (uint8
 * mask): the reconstruction by erosion from image + h, minus the image, compared with h.
 */
export function h_minima(image: NDArrayLike, h: number, ...rest: PyArgs<[footprint: NDArrayLike | null, options: HMaximaOptions], HMaximaOptions>): NDArray;
export function h_minima(...args: unknown[]): NDArray {
  const { image, h, footprint } = H_MINIMA.bind(args);
  return hExtrema(asNDArray(image), h, footprint, false);
}
pyfunction(H_MINIMA, h_minima);

/** h_maxima (max) or h_minima: shift by h (clipped to the dtype for integers), reconstruct, compare the residue with h. */
function hExtrema(img: NDArray, h: number, footprint: unknown, max: boolean): NDArray {
  const v = readFloat64(img);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < v.length; i++) {
    if (v[i] < lo) lo = v[i];
    if (v[i] > hi) hi = v[i];
  }
  const out = new Uint8Array(v.length);
  if (h > hi - lo) return NDArray.fromStorage(out, img.shape.slice(), uint8);
  let isFloat = img.dtype.kind === "f";
  if (!isFloat && !Number.isInteger(h)) {
    warn("possible precision loss converting image to floating point. To silence this warning, ensure image and h have same data type.");
    isFloat = true;
  }
  if (h === 0) throw new ValueError(`h = 0 is ambiguous, use ${max ? "local_maxima" : "local_minima"}() instead?`);
  const single = img.dtype.name === "float32";
  const sign = max ? -1 : 1;
  const shifted = new Float64Array(v.length);
  if (isFloat) {
    // 2 * finfo(dtype).resolution * |image| keeps the extrema of exactly height h
    const resolution = single ? 1e-6 : 1e-15;
    for (let i = 0; i < v.length; i++) {
      const r = 2 * resolution * Math.abs(v[i]);
      shifted[i] = single ? Math.fround(Math.fround(v[i] + sign * h) + sign * Math.fround(r)) : v[i] + sign * h + sign * r;
    }
  } else {
    const [dmin, dmax] = INT_LIMITS[img.dtype.name] ?? [0, 1];
    if (h > dmax - dmin) throw new ValueError(`The ${max ? "subtracted" : "added"} constant is not compatiblewith the image data type.`);
    for (let i = 0; i < v.length; i++) {
      if (max) shifted[i] = v[i] < h + dmin ? dmin : v[i] - h;
      else shifted[i] = v[i] > dmax - h ? dmax : v[i] + h;
    }
  }
  const rec = reconstructValues(shifted, v, img.shape, max ? "dilation" : "erosion", footprint, null);
  for (let i = 0; i < v.length; i++) out[i] = (max ? v[i] - rec[i] : rec[i] - v[i]) >= h ? 1 : 0;
  return NDArray.fromStorage(out, img.shape.slice(), uint8);
}

const INT_LIMITS: Record<string, [number, number]> = {
  bool: [0, 1], uint8: [0, 255], int8: [-128, 127], uint16: [0, 65535], int16: [-32768, 32767],
  uint32: [0, 4294967295], int32: [-2147483648, 2147483647], uint64: [0, 2 ** 64 - 1], int64: [-(2 ** 63), 2 ** 63 - 1],
};
