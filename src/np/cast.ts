/**
 * Casting between dtypes: astype and the copy-with-cast used by assignment and ufunc outputs.
 */
import { allocating, uninitStorage } from "./alloc";
import { DType, DTypeLike, dtype as toDType } from "./dtype";
import { NDArray, cContiguousStrides } from "./ndarray";
import { forEachRun } from "./iterate";
import { unaryKernel } from "./kernels";
import { broadcastStrides, broadcastShapes, compactShape, shapeSize } from "./shape";
import { ValueError } from "../errors";

/** The per-element expression casting a value of `from` to `to` (over `x`). */
export function castExpr(from: DType, to: DType): string {
  if (to.kind === "b") return from.kind === "b" ? "x" : "(x !== 0 ? 1 : 0)";
  if (from.kind === "f" && (to.kind === "i" || to.kind === "u")) {
    // Float64Array-backed int64/uint64 need explicit truncation; smaller ints truncate on store
    return to.itemsize === 8 ? "Math.trunc(x)" : "x";
  }
  return "x";
}

/**
 * Copies `src` into the view `dst`, casting to dst's dtype and broadcasting src's shape to
 * dst's (NumPy's "could not broadcast input array from shape ... into shape ..." otherwise).
 */
export function copyInto(dst: NDArray, src: NDArray): void {
  let srcStrides: number[];
  try {
    const b = broadcastShapes([src.shape, dst.shape]);
    if (b.length !== dst.shape.length || b.some((d, i) => d !== dst.shape[i])) throw new Error();
    srcStrides = broadcastStrides(src.shape, src.strides, dst.shape);
  } catch {
    throw new ValueError(`could not broadcast input array from shape ${compactShape(src.shape)} into shape ${compactShape(dst.shape)}`);
  }
  const kernel = unaryKernel(castExpr(src.dtype, dst.dtype), dst.data, src.data);
  const o = dst.data;
  const a = src.data;
  forEachRun(dst.shape, [dst, { data: src.data, offset: src.offset, strides: srcStrides }], (pos, steps, n) => {
    kernel(o, pos[0], steps[0], a, pos[1], steps[1], n);
  });
}

/** A new C-contiguous array with a's values cast to `dt`. */
export function astype(a: NDArray, dt: DTypeLike): NDArray {
  const to = toDType(dt);
  const shape = a.shape.slice();
  const out = new NDArray(allocating(shape, to, () => uninitStorage(to.storage, shapeSize(shape))), shape, cContiguousStrides(shape), 0, to);
  copyInto(out, a);
  return out;
}
