/**
 * `skimage.transform.EuclideanTransform` (rotation and translation) and `SimilarityTransform`
 * (with one scale), estimated as scikit-image 0.19 does with Umeyama's least-squares method.
 */
import { NDArray } from "../../../np/ndarray";
import { float64 } from "../../../np/dtype";
import { svd } from "../../../np/linalg/svd";
import { det } from "../../../np/linalg/solve";
import { matrix_rank } from "../../../np/linalg/lstsq";
import { NotImplementedError, ValueError } from "../../../errors";
import { PyArgs, pyfunction, signature } from "../../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../../_internal/arrays";
import { ProjectiveTransform } from "./projective";
import { identity, matmul, square } from "./matrix";
import { Points, pointsOf } from "./points";

const EUCLIDEAN = signature("skimage.transform.EuclideanTransform(matrix=None, rotation=None, translation=None, *, dimensionality=2)", {
  types: { matrix: "array_like|None", rotation: "float|None", translation: "sequence|None", dimensionality: "int" },
});
const SIMILARITY = signature("skimage.transform.SimilarityTransform(matrix=None, scale=None, rotation=None, translation=None, *, dimensionality=2)", {
  types: { matrix: "array_like|None", scale: "float|None", rotation: "float|None", translation: "sequence|None", dimensionality: "int" },
});
const ESTIMATE_EUCLIDEAN = signature("skimage.transform.EuclideanTransform.estimate(src, dst)", { types: { src: "array_like", dst: "array_like" } });

/** Keyword arguments of EuclideanTransform. */
export interface EuclideanOptions {
  matrix?: NDArrayLike | null;
  /** Counter-clockwise angle in radians. */
  rotation?: number | null;
  translation?: readonly number[] | null;
  dimensionality?: number;
}

/** Keyword arguments of SimilarityTransform. */
export interface SimilarityOptions extends EuclideanOptions {
  scale?: number | null;
}

function determinant(m: Float64Array, n: number): number {
  return det(NDArray.fromStorage(Float64Array.from(m), [n, n], float64)) as number;
}

/**
 * Umeyama's estimate of the similarity (or, without scale, the rigid motion) taking `src` to
 * `dst`: a (D+1)-square matrix, all NaN when the points span nothing.
 */
function umeyama(src: Points, dst: Points, estimateScale: boolean): Float64Array {
  const { n, d } = src;
  const mean = (p: Points) => Float64Array.from({ length: d }, (_, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += p.data[i * d + j];
    return s / n;
  });
  const sMean = mean(src);
  const dMean = mean(dst);
  const A = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += (dst.data[k * d + i] - dMean[i]) * (src.data[k * d + j] - sMean[j]);
      A[i * d + j] = s / n;
    }
  }
  const diag = new Float64Array(d).fill(1);
  if (determinant(A, d) < 0) diag[d - 1] = -1;
  const T = identity(d + 1);
  const Aarr = NDArray.fromStorage(Float64Array.from(A), [d, d], float64);
  const [Uarr, Sarr, Varr] = svd(Aarr) as [NDArray, NDArray, NDArray];
  const U = Float64Array.from(readFloat64(Uarr));
  const S = readFloat64(Sarr);
  const V = Float64Array.from(readFloat64(Varr));
  const rank = matrix_rank(Aarr) as number;
  if (rank === 0) return T.map(() => NaN);
  const withDiag = (dd: Float64Array) => {
    const scaled = Float64Array.from(U, (u, k) => u * dd[k % d]);
    return matmul(scaled, V, d, d, d);
  };
  let R: Float64Array;
  if (rank === d - 1) {
    if (determinant(U, d) * determinant(V, d) > 0) R = matmul(U, V, d, d, d);
    else {
      const flipped = Float64Array.from(diag);
      flipped[d - 1] = -1;
      R = withDiag(flipped);
    }
  } else R = withDiag(diag);
  let scale = 1;
  if (estimateScale) {
    let variance = 0;
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += (src.data[i * d + j] - sMean[j]) ** 2;
      variance += s / n;
    }
    let sd = 0;
    for (let j = 0; j < d; j++) sd += S[j] * diag[j];
    scale = (1 / variance) * sd;
  }
  for (let i = 0; i < d; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += R[i * d + j] * sMean[j];
    T[i * (d + 1) + d] = dMean[i] - scale * s;
    for (let j = 0; j < d; j++) T[i * (d + 1) + j] = R[i * d + j] * scale;
  }
  return T;
}

/** The 2-D rotation-and-translation matrix, times `scale` on the rotation. */
function rigid2d(rotation: number, translation: readonly number[], scale: number): NDArray {
  const c = Math.cos(rotation);
  const s = Math.sin(rotation);
  return square(Float64Array.of(c * scale, -s * scale, translation[0], s * scale, c * scale, translation[1], 0, 0, 1), 3);
}

export class EuclideanTransform extends ProjectiveTransform {
  /**
   * `skimage.transform.EuclideanTransform(matrix=None, rotation=None, translation=None, *,
   * dimensionality=2)`: a rotation (radians, counter-clockwise) and a translation.
   */
  constructor(...args: PyArgs<[matrix: NDArrayLike | null, rotation: number | null, translation: readonly number[] | null, options: EuclideanOptions], EuclideanOptions>);
  constructor(...args: unknown[]) {
    const b = EUCLIDEAN.bind(args);
    super(euclideanMatrix(b.matrix, b.rotation, b.translation, b.dimensionality, 1, b.matrix === null ? null : "Invalid shape of transformation matrix."), { dimensionality: b.dimensionality });
  }

  /** `tform.estimate(src, dst)`: the rigid motion taking src to dst best (Umeyama); false when degenerate. */
  override estimate(src: NDArrayLike, dst: NDArrayLike): boolean;
  override estimate(...args: unknown[]): boolean {
    const b = ESTIMATE_EUCLIDEAN.bind(args);
    return this._umeyama(b.src, b.dst, false);
  }

  /** The rotation angle in radians. */
  get rotation(): number {
    const m = readFloat64(this.params);
    return Math.atan2(m[3], m[4]);
  }

  /** The translation (first two elements of the last column). */
  get translation(): NDArray {
    const m = readFloat64(this.params);
    const d = this.dimensionality;
    return NDArray.fromStorage(Float64Array.of(m[d], m[2 * (d + 1) - 1]), [2], this.params.dtype);
  }

  protected _umeyama(srcIn: NDArrayLike, dstIn: NDArrayLike, scale: boolean): boolean {
    const src = pointsOf(srcIn, "src");
    const T = umeyama(src, pointsOf(dstIn, "dst"), scale);
    this.params = square(T, src.d + 1);
    return !T.some(Number.isNaN);
  }
}

/** The matrix a Euclidean or similarity transform starts from. */
function euclideanMatrix(matrix: NDArrayLike | null, rotation: number | null, translation: readonly number[] | null, dimensionality: number, scale: number, shapeError: string | null): NDArray | null {
  const implicit = rotation !== null || translation !== null;
  if (implicit && matrix !== null) throw new ValueError("You cannot specify the transformation matrix and the implicit parameters at the same time.");
  if (matrix !== null) {
    const m = asNDArray(matrix, "matrix");
    if (m.ndim !== 2 || m.shape[0] !== m.shape[1]) throw new ValueError(shapeError ?? "Invalid shape of transformation matrix.");
    return m;
  }
  if (!implicit && scale === 1) return null;
  const d = translation !== null && rotation === null ? translation.length : dimensionality;
  if (d !== 2) throw new NotImplementedError("rotations of 3-D transforms (Euler angles) are not supported yet");
  return rigid2d(rotation ?? 0, translation ?? [0, 0], scale);
}

export class SimilarityTransform extends EuclideanTransform {
  /**
   * `skimage.transform.SimilarityTransform(matrix=None, scale=None, rotation=None,
   * translation=None, *, dimensionality=2)`: a rotation, one scale and a translation.
   */
  constructor(...args: PyArgs<[matrix: NDArrayLike | null, scale: number | null, rotation: number | null, translation: readonly number[] | null, options: SimilarityOptions], SimilarityOptions>);
  constructor(...args: unknown[]) {
    const b = SIMILARITY.bind(args);
    const implicit = b.scale !== null || b.rotation !== null || b.translation !== null;
    if (implicit && b.matrix !== null) throw new ValueError("You cannot specify the transformation matrix and the implicit parameters at the same time.");
    if (implicit && b.dimensionality !== 2) {
      if (b.dimensionality === 3) throw new NotImplementedError("rotations of 3-D transforms (Euler angles) are not supported yet");
      throw new ValueError("Parameters only supported for 2D and 3D.");
    }
    const m = b.matrix !== null ? euclideanMatrix(b.matrix, null, null, b.dimensionality, 1, null) : implicit ? rigid2d(b.rotation ?? 0, b.translation ?? [0, 0], b.scale ?? 1) : null;
    super(m, { dimensionality: b.dimensionality });
  }

  /** `tform.estimate(src, dst)`: the similarity taking src to dst best (Umeyama); false when degenerate. */
  override estimate(src: NDArrayLike, dst: NDArrayLike): boolean;
  override estimate(...args: unknown[]): boolean {
    const b = ESTIMATE_SIMILARITY.bind(args);
    return this._umeyama(b.src, b.dst, true);
  }

  /** The scale: sqrt(det(params)). */
  get scale(): number {
    return Math.sqrt(determinant(Float64Array.from(readFloat64(this.params)), this.dimensionality + 1));
  }
}
const ESTIMATE_SIMILARITY = signature("skimage.transform.SimilarityTransform.estimate(src, dst)", { types: { src: "array_like", dst: "array_like" } });
pyfunction(EUCLIDEAN, EuclideanTransform);
pyfunction(SIMILARITY, SimilarityTransform);
pyfunction(ESTIMATE_EUCLIDEAN, EuclideanTransform.prototype.estimate);
pyfunction(ESTIMATE_SIMILARITY, SimilarityTransform.prototype.estimate);
