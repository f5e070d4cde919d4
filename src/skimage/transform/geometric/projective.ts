/**
 * `skimage.transform.ProjectiveTransform` (scikit-image 0.19): a homography in homogeneous
 * coordinates, `params` its (D+1) x (D+1) matrix. Points are (col, row) pairs for images.
 */
import { inspect } from "node:util";
import { NDArray } from "../../../np/ndarray";
import { svd } from "../../../np/linalg/svd";
import { array2string } from "../../../np/format/repr";
import { PyTypeError, ValueError } from "../../../errors";
import { PyArgs, pyfunction, signature } from "../../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../../_internal/arrays";
import { applyMatrix, identity, inverse, matmul, square } from "./matrix";
import { centerAndNormalize, pointsArray, pointsOf } from "./points";

const INIT = signature("skimage.transform.ProjectiveTransform(matrix=None, *, dimensionality=2)", {
  types: { matrix: "array_like|None", dimensionality: "int" },
});
const CALL = signature("skimage.transform.ProjectiveTransform.__call__(coords)", { types: { coords: "array_like" } });
const INVERSE = signature("skimage.transform.ProjectiveTransform.inverse(coords)", { types: { coords: "array_like" } });
const ESTIMATE = signature("skimage.transform.ProjectiveTransform.estimate(src, dst, weights=None)", {
  types: { src: "array_like", dst: "array_like", weights: "array_like|None" },
});
const RESIDUALS = signature("skimage.transform.ProjectiveTransform.residuals(src, dst)", { types: { src: "array_like", dst: "array_like" } });
const ADD = signature("skimage.transform.ProjectiveTransform.__add__(other)");

/** Marks the bound `inverse` of a transform, so warp can read the transform's matrix. */
export const INVERSE_OF = Symbol("inverse of");

/** Keyword arguments of ProjectiveTransform. */
export interface ProjectiveOptions {
  matrix?: NDArrayLike | null;
  dimensionality?: number;
}

export class ProjectiveTransform {
  /** The homogeneous transformation matrix, (D+1) x (D+1) float64. */
  params: NDArray;
  /** The coefficients of `params` (flat indices) that estimate solves for; the last is fixed to 1. */
  protected coefficients: number[];
  /**
   * `tform.inverse(coords)`: the inverse transform of (N, D) points. Bound to its transform, so
   * `warp(image, tform.inverse)` works as in Python.
   */
  readonly inverse: (coords: NDArrayLike) => NDArray;

  /** `skimage.transform.ProjectiveTransform(matrix=None, *, dimensionality=2)`: a homography, the identity by default. */
  constructor(...args: PyArgs<[matrix: NDArrayLike | null, options: ProjectiveOptions], ProjectiveOptions>);
  constructor(...args: unknown[]) {
    const b = INIT.bind(args);
    let m: NDArray;
    if (b.matrix === null) m = square(identity(b.dimensionality + 1), b.dimensionality + 1);
    else {
      m = asNDArray(b.matrix, "matrix");
      if (m.ndim !== 2 || m.shape[0] !== m.shape[1]) throw new ValueError("invalid shape of transformation matrix");
    }
    this.params = m;
    this.coefficients = range(m.size - 1);
    const self = this;
    this.inverse = Object.assign(function inverse(coords: NDArrayLike): NDArray {
      const { coords: c } = INVERSE.bind([coords]);
      return self._apply(c, inverseMatrix(self));
    }, { [INVERSE_OF]: this });
    pyfunction(INVERSE, this.inverse);
  }

  /** D, the number of coordinates of a point. */
  get dimensionality(): number {
    return this.params.shape[0] - 1;
  }

  /** `tform(coords)` (Python's __call__): (N, D) points through the transform. */
  __call__(coords: NDArrayLike): NDArray {
    const { coords: c } = CALL.bind(arguments);
    return this._apply(c, readFloat64(this.params));
  }

  /**
   * `tform.estimate(src, dst, weights=None)`: the transform that maps `src` onto `dst` best in
   * the least-squares sense (total least squares of the normalised points, as scikit-image);
   * false (and NaN params) when the points are degenerate.
   */
  estimate(src: NDArrayLike, dst: NDArrayLike, ...rest: PyArgs<[weights: NDArrayLike | null, options: { weights?: NDArrayLike | null }], { weights?: NDArrayLike | null }>): boolean;
  estimate(...args: unknown[]): boolean {
    const b = ESTIMATE.bind(args);
    return this._solve(b.src, b.dst, b.weights);
  }

  /** `tform.residuals(src, dst)`: the distance from tform(src) to dst, per point. */
  residuals(src: NDArrayLike, dst: NDArrayLike): NDArray {
    const b = RESIDUALS.bind(arguments);
    const mapped = readFloat64(this.__call__(b.src));
    const target = pointsOf(b.dst, "dst");
    const out = new Float64Array(target.n);
    for (let i = 0; i < target.n; i++) {
      let s = 0;
      for (let j = 0; j < target.d; j++) s += (mapped[i * target.d + j] - target.data[i * target.d + j]) ** 2;
      out[i] = Math.sqrt(s);
    }
    return NDArray.fromStorage(out, [target.n], this.params.dtype);
  }

  /**
   * `tform1 + tform2` (Python's __add__): tform1 then tform2, as one transform of tform1's class
   * when both have it, else a ProjectiveTransform. `other` may be a transform's `inverse`.
   */
  __add__(other: ProjectiveTransform | ((coords: NDArrayLike) => NDArray)): ProjectiveTransform {
    ADD.bind(arguments);
    const d = this.dimensionality + 1;
    const mine = readFloat64(this.params);
    if (other instanceof ProjectiveTransform) {
      const product = square(matmul(readFloat64(other.params), mine, d, d, d), d);
      const Kind = other.constructor === this.constructor ? (this.constructor as new (m: NDArray) => ProjectiveTransform) : ProjectiveTransform;
      return new Kind(product);
    }
    const owner = (other as unknown as Record<symbol, ProjectiveTransform | undefined>)?.[INVERSE_OF];
    if (owner !== undefined) return new ProjectiveTransform(square(matmul(inverseMatrix(owner), mine, d, d, d), d));
    throw new PyTypeError("Cannot combine transformations of differing types.");
  }

  /** `str(tform)`: `<AffineTransform(matrix=\n    [[...]])>`. */
  toString(): string {
    const body = array2string(this.params, 75, ", ", "").replace(/^/gm, "    ");
    return `<${this.constructor.name}(matrix=\n${body})>`;
  }

  [inspect.custom](): string {
    return this.toString();
  }

  /** (N, D) points through a (D+1)-square matrix. */
  protected _apply(coords: NDArrayLike, m: Float64Array): NDArray {
    const p = pointsOf(coords);
    return pointsArray(applyMatrix(p.data, p.n, m, this.dimensionality), p.n, this.dimensionality);
  }

  /** ProjectiveTransform.estimate's body, shared by AffineTransform (fewer coefficients). */
  protected _solve(srcIn: NDArrayLike, dstIn: NDArrayLike, weights: NDArrayLike | null): boolean {
    const src = pointsOf(srcIn, "src");
    const dst = pointsOf(dstIn, "dst");
    const { n, d } = src;
    const s = centerAndNormalize(src);
    const t = centerAndNormalize(dst);
    const size = (d + 1) * (d + 1);
    if (!s.matrix.every((v, i) => Number.isFinite(v + t.matrix[i]))) return this._fail(d);
    const columns = [...this.coefficients, size - 1];
    const full = new Float64Array(n * d * size);
    for (let dim = 0; dim < d; dim++) {
      for (let i = 0; i < n; i++) {
        const row = (dim * n + i) * size;
        const y = t.points[i * d + dim];
        for (let j = 0; j < d; j++) {
          full[row + dim * (d + 1) + j] = s.points[i * d + j];
          full[row + size - d - 1 + j] = -y * s.points[i * d + j];
        }
        full[row + dim * (d + 1) + d] = 1;
        full[row + size - 1] = y;
      }
    }
    const rows = n * d;
    const A = new Float64Array(rows * columns.length);
    const scale = weights === null ? null : weightScale(weights, d);
    for (let r = 0; r < rows; r++) {
      const w = scale === null ? 1 : scale[r];
      columns.forEach((c, k) => (A[r * columns.length + k] = w * full[r * size + c]));
    }
    const [, , vh] = svd(NDArray.fromStorage(A, [rows, columns.length], this.params.dtype)) as [NDArray, NDArray, NDArray];
    const v = readFloat64(vh);
    const last = v.length - columns.length;
    const pivot = v[v.length - 1];
    // np.isclose(pivot, 0): within 1e-8 absolute
    if (Math.abs(pivot) <= 1e-8) return this._fail(d);
    const H = new Float64Array(size);
    this.coefficients.forEach((c, k) => (H[c] = -v[last + k] / pivot));
    H[size - 1] = 1;
    const out = matmul(matmul(inverse(t.matrix, d + 1), H, d + 1, d + 1, d + 1), s.matrix, d + 1, d + 1, d + 1);
    const norm = out[size - 1];
    for (let i = 0; i < size; i++) out[i] /= norm;
    this.params = square(out, d + 1);
    return true;
  }

  private _fail(d: number): false {
    this.params = square(new Float64Array((d + 1) * (d + 1)).fill(NaN), d + 1);
    return false;
  }
}

/** sqrt(weights / max(weights)), tiled over the D blocks of rows. */
function weightScale(weights: NDArrayLike, d: number): Float64Array {
  const w = readFloat64(asNDArray(weights, "weights"));
  let max = -Infinity;
  for (const x of w) max = Math.max(max, x);
  const out = new Float64Array(w.length * d);
  for (let k = 0; k < d; k++) for (let i = 0; i < w.length; i++) out[k * w.length + i] = Math.sqrt(w[i] / max);
  return out;
}

/** The inverse of a transform's matrix. */
export function inverseMatrix(t: ProjectiveTransform): Float64Array {
  return inverse(Float64Array.from(readFloat64(t.params)), t.dimensionality + 1);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

for (const [sig, fn] of [[CALL, ProjectiveTransform.prototype.__call__], [ESTIMATE, ProjectiveTransform.prototype.estimate], [RESIDUALS, ProjectiveTransform.prototype.residuals], [ADD, ProjectiveTransform.prototype.__add__]] as const) pyfunction(sig, fn);
pyfunction(INIT, ProjectiveTransform);
