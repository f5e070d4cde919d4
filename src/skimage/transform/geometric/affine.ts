/** `skimage.transform.AffineTransform` (scikit-image 0.19). */
import { NDArray } from "../../../np/ndarray";
import { NotImplementedError, ValueError } from "../../../errors";
import { PyArgs, pyfunction, signature } from "../../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../../_internal/arrays";
import { ProjectiveTransform } from "./projective";
import { square } from "./matrix";

const INIT = signature("skimage.transform.AffineTransform(matrix=None, scale=None, rotation=None, shear=None, translation=None, *, dimensionality=2)", {
  types: { matrix: "array_like|None", scale: "float|sequence|None", rotation: "float|None", shear: "float|None", translation: "sequence|None", dimensionality: "int" },
});

/** Keyword arguments of AffineTransform. */
export interface AffineOptions {
  matrix?: NDArrayLike | null;
  /** (sx, sy) or one factor for both. */
  scale?: number | readonly [number, number] | null;
  /** Counter-clockwise angle in radians. */
  rotation?: number | null;
  /** Shear angle in radians. */
  shear?: number | null;
  translation?: readonly [number, number] | null;
  dimensionality?: number;
}

export class AffineTransform extends ProjectiveTransform {
  /**
   * `skimage.transform.AffineTransform(matrix=None, scale=None, rotation=None, shear=None,
   * translation=None, *, dimensionality=2)`: a matrix, or (2-D only) scale, rotation (radians),
   * shear and translation.
   */
  constructor(...args: PyArgs<[matrix: NDArrayLike | null, scale: AffineOptions["scale"], rotation: number | null, shear: number | null, translation: AffineOptions["translation"], options: AffineOptions], AffineOptions>);
  constructor(...args: unknown[]) {
    const b = INIT.bind(args);
    const implicit = [b.scale, b.rotation, b.shear, b.translation].some((v) => v !== null);
    if (implicit && b.matrix !== null) throw new ValueError("You cannot specify the transformation matrix and the implicit parameters at the same time.");
    if (implicit && b.dimensionality > 2) throw new ValueError("Parameter input is only supported in 2D.");
    let matrix: NDArray | null = null;
    if (b.matrix !== null) {
      matrix = asNDArray(b.matrix, "matrix");
      if (matrix.ndim !== 2 || matrix.shape[0] !== matrix.shape[1]) throw new ValueError("Invalid shape of transformation matrix.");
    } else if (implicit) {
      const [sx, sy] = b.scale === null ? [1, 1] : typeof b.scale === "number" ? [b.scale, b.scale] : b.scale;
      const rot = b.rotation ?? 0;
      const shear = b.shear ?? 0;
      const [tx, ty] = b.translation ?? [0, 0];
      matrix = square(Float64Array.of(sx * Math.cos(rot), -sy * Math.sin(rot + shear), tx, sx * Math.sin(rot), sy * Math.cos(rot + shear), ty, 0, 0, 1), 3);
    }
    super(matrix, { dimensionality: b.dimensionality });
    const d = this.dimensionality;
    this.coefficients = Array.from({ length: d * (d + 1) }, (_, i) => i);
  }

  /** The scale along each axis (the columns' lengths). */
  get scale(): NDArray {
    const d = this.dimensionality;
    const m = readFloat64(this.params);
    const out = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let i = 0; i <= d; i++) s += m[i * (d + 1) + j] ** 2;
      out[j] = Math.sqrt(s);
    }
    return NDArray.fromStorage(out, [d], this.params.dtype);
  }

  /** The rotation angle in radians (2-D only). */
  get rotation(): number {
    if (this.dimensionality !== 2) throw new NotImplementedError("The rotation property is only implemented for 2D transforms.");
    const m = readFloat64(this.params);
    return Math.atan2(m[3], m[0]);
  }

  /** The shear angle in radians (2-D only). */
  get shear(): number {
    if (this.dimensionality !== 2) throw new NotImplementedError("The shear property is only implemented for 2D transforms.");
    const m = readFloat64(this.params);
    return Math.atan2(-m[1], m[4]) - this.rotation;
  }

  /** The translation (the last column but its last element). */
  get translation(): NDArray {
    const d = this.dimensionality;
    const m = readFloat64(this.params);
    return NDArray.fromStorage(Float64Array.from({ length: d }, (_, i) => m[i * (d + 1) + d]), [d], this.params.dtype);
  }
}
pyfunction(INIT, AffineTransform);
