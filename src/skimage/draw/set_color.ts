/** `skimage.draw.set_color` (0.19): paint coordinates in place, blended by alpha. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { insideImage } from "./_coords";

const SET_COLOR = signature("skimage.draw.set_color(image, coords, color, alpha=1)", {
  types: { image: "any", coords: "sequence", color: "array_like", alpha: "array_like" },
});

/** A value cast as NumPy's unsafe astype casts a float into the dtype. */
function caster(image: NDArray): (v: number) => number {
  const kind = image.dtype.kind;
  if (kind === "f") return image.dtype.name === "float32" ? Math.fround : (v) => v;
  if (kind === "b") return (v) => (v !== 0 ? 1 : 0);
  return Math.trunc;
}

/**
 * `skimage.draw.set_color(image, coords, color, alpha=1)`: sets image[rr, cc] to
 * image * (1 - alpha) + color * alpha in place (coordinates outside the image are skipped;
 * integer images truncate). `color` has one value per channel; `alpha` is a number or one
 * per coordinate. Returns nothing, as in Python.
 */
export function set_color(image: NDArray, coords: readonly [NDArrayLike, NDArrayLike], color: NDArrayLike, alpha?: number | NDArrayLike): void;
export function set_color(...args: unknown[]): void {
  const b = SET_COLOR.bind(args);
  const image = b.image as NDArray;
  if (!(image instanceof NDArray)) throw new ValueError("set_color() image must be an ndarray (it is changed in place)");
  const [rrIn, ccIn] = b.coords as [NDArrayLike, NDArrayLike];
  const rr = Array.from(contiguousStorage(asNDArray(rrIn, "rr")));
  const cc = Array.from(contiguousStorage(asNDArray(ccIn, "cc")));
  const channels = image.ndim === 2 ? 1 : image.shape[image.ndim - 1];
  const col = Array.from(contiguousStorage(asNDArray(b.color as NDArrayLike, "color")));
  if (channels !== col.length) {
    throw new ValueError(`Color shape (${col.length}) must match last image dimension ({image.shape[-1]}).`);
  }
  const alphaArr = typeof b.alpha === "number" ? null : Array.from(contiguousStorage(asNDArray(b.alpha as NDArrayLike, "alpha")));
  const [r, c, kept] = insideImage(rr, cc, image.shape);
  const cast = caster(image);
  const [s0, s1] = image.strides;
  const sc = image.ndim === 2 ? 0 : image.strides[2];
  for (let k = 0; k < r.length; k++) {
    const a = alphaArr === null ? (b.alpha as number) : alphaArr[kept[k]];
    const base = image.offset + r[k] * s0 + c[k] * s1;
    for (let ch = 0; ch < channels; ch++) {
      const p = base + ch * sc;
      image.data[p] = cast(image.data[p] * (1 - a) + col[ch] * a);
    }
  }
}
pyfunction(SET_COLOR, set_color);
