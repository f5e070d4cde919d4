/**
 * The factor step of `multivariate_normal`: from cov to the matrix A with A^T A = cov that
 * turns rows of standard normals into correlated draws (NumPy's SVD route: A = sqrt(s)[:, None]
 * * vh), with NumPy's positive-semidefinite check (allclose(vh.T * s @ vh, cov, rtol=tol,
 * atol=tol)) and its warning or error.
 */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { float64 } from "../dtype";
import { svdOne } from "../linalg/svd";
import { symmetricEigen, symmetricFrom } from "../linalg/eigh";
import { cholesky } from "../linalg/cholesky";
import { contiguousStorage } from "../contiguous";
import { warn } from "../warnings";
import { ParamLike, readParam } from "./args";

/** mean and cov read and checked as NumPy checks them. */
export interface MvnInputs {
  mean: Float64Array;
  cov: Float64Array;
  k: number;
}

/** Reads mean (1-d) and cov (k x k), with NumPy's messages. */
export function mvnInputs(mean: unknown, cov: unknown): MvnInputs {
  const m = readParam(mean as ParamLike, "mean");
  const c = readParam(cov as ParamLike, "cov");
  if (m.shape.length !== 1) throw new ValueError("mean must be 1 dimensional");
  if (c.shape.length !== 2 || c.shape[0] !== c.shape[1]) throw new ValueError("cov must be 2 dimensional and square");
  if (m.shape[0] !== c.shape[0]) throw new ValueError("mean and cov must have same length");
  return { mean: Float64Array.from(m.data), cov: Float64Array.from(c.data), k: m.shape[0] };
}

/** True when |a - b| <= atol + rtol |b| everywhere (np.allclose). */
function allClose(a: Float64Array, b: Float64Array, tol: number): boolean {
  for (let i = 0; i < a.length; i++) if (!(Math.abs(a[i] - b[i]) <= tol + tol * Math.abs(b[i]))) return false;
  return true;
}

/** Warns or raises for a covariance that is not symmetric positive-semidefinite. */
export function reportNotPsd(checkValid: string): void {
  const msg = "covariance is not symmetric positive-semidefinite.";
  if (checkValid === "warn") warn(msg);
  else throw new ValueError(msg);
}

/** cov's SVD, after NumPy's check allclose(vh.T * s @ vh, cov) unless check_valid is 'ignore'. */
function svdChecked(cov: Float64Array, k: number, checkValid: string, tol: number): { u: Float64Array; s: Float64Array; vt: Float64Array } {
  const f = svdOne(Float64Array.from(cov), 0, k, k, true, true);
  if (checkValid !== "ignore") {
    const back = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        let acc = 0;
        for (let l = 0; l < k; l++) acc += f.vt[l * k + i] * f.s[l] * f.vt[l * k + j];
        back[i * k + j] = acc;
      }
    }
    if (!allClose(back, cov, tol)) reportNotPsd(checkValid);
  }
  return f;
}

/** The k x k factor by SVD, after the PSD check unless check_valid is 'ignore'. */
export function svdFactor(cov: Float64Array, k: number, checkValid: string, tol: number): Float64Array {
  const { s, vt } = svdChecked(cov, k, checkValid, tol);
  const a = new Float64Array(k * k);
  for (let l = 0; l < k; l++) {
    const root = Math.sqrt(s[l]);
    for (let j = 0; j < k; j++) a[l * k + j] = root * vt[l * k + j];
  }
  return a;
}

/** x (rows of k standard normals, in place) -> x @ a + mean, shaped (...size, k). */
export function applyFactor(x: Float64Array, a: Float64Array, mean: Float64Array, k: number, shape: number[]): NDArray {
  const row = new Float64Array(k);
  for (let r = 0; r < x.length; r += k) {
    for (let j = 0; j < k; j++) {
      let acc = 0;
      for (let l = 0; l < k; l++) acc += x[r + l] * a[l * k + j];
      row[j] = acc + mean[j];
    }
    x.set(row, r);
  }
  return NDArray.fromStorage(x, shape, float64);
}

/** (...size, k) from size (None, an int or a shape). */
export function withTrailing(size: unknown, k: number): number[] {
  if (size === undefined || size === null) return [k];
  return typeof size === "number" ? [size, k] : [...(size as number[]), k];
}

/**
 * Generator's factor, transposed for `x @ a`: from the SVD (u * sqrt(s)), the symmetric
 * eigendecomposition (u * sqrt(|s|)) or the Cholesky factor, with NumPy's PSD checks
 * (allclose for svd, no eigenvalue below -tol for eigh, none for cholesky).
 */
export function generatorFactor(cov: Float64Array, k: number, method: string, checkValid: string, tol: number): Float64Array {
  const a = new Float64Array(k * k);
  if (method === "cholesky") {
    const l = contiguousStorage(cholesky(NDArray.fromStorage(Float64Array.from(cov), [k, k], float64)));
    for (let j = 0; j < k; j++) for (let c = 0; c < k; c++) a[c * k + j] = l[j * k + c];
    return a;
  }
  if (method === "eigh") {
    const s = new Float64Array(k);
    const u = new Float64Array(k * k);
    symmetricEigen(symmetricFrom(Float64Array.from(cov), 0, k, true), k, s, 0, u, 0);
    if (checkValid !== "ignore" && s.some((v) => v < -tol)) reportNotPsd(checkValid);
    for (let j = 0; j < k; j++) for (let c = 0; c < k; c++) a[c * k + j] = u[j * k + c] * Math.sqrt(Math.abs(s[c]));
    return a;
  }
  const { u, s } = svdChecked(cov, k, checkValid, tol);
  for (let j = 0; j < k; j++) for (let c = 0; c < k; c++) a[c * k + j] = u[j * k + c] * Math.sqrt(s[c]);
  return a;
}
