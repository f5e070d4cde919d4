/** `skimage.transform.warp` (scikit-image 0.19) for transforms that are 3x3 matrices. */
import { NDArray } from "../../np/ndarray";
import { NotImplementedError, ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, warn } from "../_internal/arrays";
import { ProjectiveTransform, INVERSE_OF, inverseMatrix } from "./geometric/projective";
import { warpMatrix } from "./warp-matrix";
import { convertToFloat, validateOrder } from "./resize";
import type { WarpMode } from "./resize";

const INVERSE_MAP = check("a transform, its inverse, or a 3x3 matrix", (v) => v instanceof ProjectiveTransform || typeof v === "function" || (typeof v === "object" && v !== null));
const WARP = signature("skimage.transform.warp(image, inverse_map, map_args={}, output_shape=None, order=None, mode='constant', cval=0.0, clip=True, preserve_range=False)", {
  types: { image: "array_like", inverse_map: INVERSE_MAP, map_args: "mapping", output_shape: "sequence|None", order: "int|None", mode: "str", cval: "float", clip: "bool", preserve_range: "bool" },
  defaults: { map_args: {} },
  choices: { mode: ["constant", "edge", "symmetric", "reflect", "wrap"] },
});

/** Keyword arguments of warp. */
export interface WarpOptions {
  map_args?: Record<string, unknown>;
  output_shape?: readonly number[] | null;
  order?: number | null;
  mode?: WarpMode;
  cval?: number;
  clip?: boolean;
  preserve_range?: boolean;
}

type InverseMap = ProjectiveTransform | ((coords: NDArrayLike) => NDArray) | NDArrayLike;

/**
 * `skimage.transform.warp(image, inverse_map, map_args={}, output_shape=None, order=None,
 * mode='constant', cval=0.0, clip=True, preserve_range=False)`: each output pixel (col, row) is
 * read from the input at inverse_map(col, row). The map is a transform (ProjectiveTransform,
 * AffineTransform, EuclideanTransform, SimilarityTransform), a transform's `inverse`, or a 3x3
 * matrix. Orders 1 (default) and 3 return floats after img_as_float; order 0 keeps the dtype.
 */
export function warp(image: NDArrayLike, inverse_map: InverseMap, ...rest: PyArgs<[map_args: Record<string, unknown>, output_shape: readonly number[] | null, order: number | null, mode: WarpMode, cval: number, clip: boolean, preserve_range: boolean, options: WarpOptions], WarpOptions>): NDArray;
export function warp(...args: unknown[]): NDArray {
  const b = WARP.bind(args);
  let img = asNDArray(b.image);
  if (img.size === 0) throw new ValueError(`('Cannot warp empty image with dimensions', (${img.shape.join(", ")}${img.ndim === 1 ? "," : ""}))`);
  const order = validateOrder(img.dtype.kind === "b", b.order, WARP);
  if (order > 0) img = convertToFloat(img, b.preserve_range);
  if (Object.keys(b.map_args).length > 0) WARP.notSupported("map_args", "a callable's arguments");
  const m = matrixOf(b.inverse_map);
  if (img.ndim < 2 || img.ndim > 3) throw new ValueError("Only 2-D images (grayscale or color) are supported, when providing a callable `inverse_map`.");
  const outShape = b.output_shape === null ? img.shape : (b.output_shape as number[]).map(Math.trunc);
  if (order === 2) {
    warn("Bi-quadratic interpolation behavior has changed due to a bug in the implementation of scikit-image. The new version now serves as a wrapper around SciPy's interpolation functions, which itself is not verified to be a correct implementation. Until skimage's implementation is fixed, we recommend to use bi-linear or bi-cubic interpolation instead.");
  }
  return warpMatrix(img, m, outShape[0], outShape[1], order, b.mode, b.cval, b.clip);
}
pyfunction(WARP, warp);

/** The 3x3 matrix of a map: a transform's params, the inverse of its params, or the matrix itself. */
function matrixOf(map: unknown): number[] {
  if (map instanceof ProjectiveTransform) {
    if (map.dimensionality !== 2) throw new NotImplementedError("warp() of 3-D transforms is not supported yet");
    return Array.from(readFloat64(map.params));
  }
  if (typeof map === "function") {
    const owner = (map as unknown as Record<symbol, ProjectiveTransform | undefined>)[INVERSE_OF];
    if (owner !== undefined) return Array.from(inverseMatrix(owner));
    WARP.notSupported("inverse_map", "a function of coordinates");
  }
  const m = asNDArray(map as NDArrayLike, "inverse_map");
  if (m.ndim !== 2 || m.shape[0] !== 3 || m.shape[1] !== 3) WARP.notSupported("inverse_map", `an array of shape (${m.shape.join(", ")})`);
  return Array.from(readFloat64(m));
}
