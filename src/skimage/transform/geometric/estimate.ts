/** `skimage.transform.estimate_transform` and `matrix_transform` (scikit-image 0.19). */
import { NDArray } from "../../../np/ndarray";
import { NotImplementedError, PyTypeError, ValueError } from "../../../errors";
import { PyArgs, pyfunction, signature } from "../../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../../_internal/arrays";
import { ProjectiveTransform } from "./projective";
import { AffineTransform } from "./affine";
import { EuclideanTransform, SimilarityTransform } from "./euclidean";
import { pointsOf } from "./points";

const ESTIMATE_TRANSFORM = signature("skimage.transform.estimate_transform(ttype, src, dst, *args, weights=None)", {
  types: { ttype: "str", src: "array_like", dst: "array_like", weights: "array_like|None" },
});
const MATRIX_TRANSFORM = signature("skimage.transform.matrix_transform(coords, matrix)", { types: { coords: "array_like", matrix: "array_like" } });

const KINDS: Record<string, new (options: { dimensionality: number }) => ProjectiveTransform> = {
  euclidean: EuclideanTransform as never,
  similarity: SimilarityTransform as never,
  affine: AffineTransform as never,
  projective: ProjectiveTransform as never,
};

/**
 * `skimage.transform.estimate_transform(ttype, src, dst, *args, **kwargs)`: a transform of
 * kind 'euclidean', 'similarity', 'affine' or 'projective' estimated from point pairs
 * (`weights` for the affine and projective least squares).
 */
export function estimate_transform(ttype: "euclidean" | "similarity" | "affine" | "projective", src: NDArrayLike, dst: NDArrayLike, options?: { weights?: NDArrayLike | null }): ProjectiveTransform;
export function estimate_transform(...args: unknown[]): ProjectiveTransform {
  const b = ESTIMATE_TRANSFORM.bind(args);
  if ((b.args as unknown[]).length > 0) ESTIMATE_TRANSFORM.notSupported("args", b.args);
  const kind = (b.ttype as string).toLowerCase();
  if (kind === "piecewise-affine" || kind === "polynomial") throw new NotImplementedError(`estimate_transform() ttype='${kind}' is not supported yet`);
  const Kind = KINDS[kind];
  if (Kind === undefined) throw new ValueError(`the transformation type '${kind}' is notimplemented`);
  const tform = new Kind({ dimensionality: pointsOf(b.src, "src").d });
  if (b.weights !== null) {
    if (!(tform instanceof AffineTransform) && tform.constructor !== ProjectiveTransform) {
      throw new PyTypeError("estimate() got an unexpected keyword argument 'weights'");
    }
    tform.estimate(b.src, b.dst, { weights: b.weights });
  } else tform.estimate(b.src, b.dst);
  return tform;
}
pyfunction(ESTIMATE_TRANSFORM, estimate_transform);

/** `skimage.transform.matrix_transform(coords, matrix)`: (N, D) points through a homogeneous matrix. */
export function matrix_transform(coords: NDArrayLike, matrix: NDArrayLike): NDArray;
export function matrix_transform(...args: unknown[]): NDArray {
  const b = MATRIX_TRANSFORM.bind(args);
  const m = asNDArray(b.matrix, "matrix");
  return new ProjectiveTransform(NDArray.fromStorage(Float64Array.from(readFloat64(m)), m.shape.slice(), m.dtype)).__call__(b.coords);
}
pyfunction(MATRIX_TRANSFORM, matrix_transform);
