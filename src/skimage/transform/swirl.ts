/** `skimage.transform.swirl` (0.19): the swirl warp, through scipy's map_coordinates as scikit-image does. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, valueRange, warn } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { map_coordinates } from "../../scipy/ndimage/interpolation";
import { WarpMode, clipWarpOutput, convertToFloat, toNdimageMode, validateOrder } from "./resize";

const SWIRL = signature(
  "skimage.transform.swirl(image, center=None, strength=1, radius=100, rotation=0, output_shape=None, order=None, mode='reflect', cval=0, clip=True, preserve_range=False)",
  {
    types: {
      image: IMAGE, center: "sequence|None", strength: "float", radius: "float", rotation: "float", output_shape: "sequence|None",
      order: "int|None", mode: "str", cval: "float", clip: "bool", preserve_range: "bool",
    },
    choices: { mode: ["constant", "edge", "symmetric", "reflect", "wrap"] },
  },
);

/** Keyword arguments of swirl. */
export interface SwirlOptions {
  /** (column, row) of the swirl's centre; default the image centre (cols / 2, rows / 2). */
  center?: readonly [number, number] | null;
  strength?: number;
  radius?: number;
  rotation?: number;
  output_shape?: readonly number[] | null;
  order?: number | null;
  mode?: WarpMode;
  cval?: number;
  clip?: boolean;
  preserve_range?: boolean;
}

/**
 * `skimage.transform.swirl(image, center=None, strength=1, radius=100, rotation=0,
 * output_shape=None, order=None, mode='reflect', cval=0, clip=True, preserve_range=False)`:
 * each output pixel at distance rho from `center` reads the input rotated about it by
 * rotation + strength * exp(-rho / (radius / 5 * ln 2)). Interpolation (order 1 by default,
 * 0 for bool; up to 3) and borders as `warp` with a callable map: scipy's map_coordinates.
 * Float out for order > 0 (img_as_float unless preserve_range), the input dtype for order 0.
 */
export function swirl(
  image: NDArrayLike,
  ...rest: PyArgs<[center: readonly [number, number] | null, strength: number, radius: number, rotation: number, output_shape: readonly number[] | null, order: number | null, mode: WarpMode, cval: number, clip: boolean, preserve_range: boolean, options: SwirlOptions], SwirlOptions>
): NDArray;
export function swirl(...args: unknown[]): NDArray {
  const b = SWIRL.bind(args);
  let img = asNDArray(b.image as NDArrayLike);
  const [x0, y0]: number[] = b.center === null ? [img.shape[1] / 2, img.shape[0] / 2] : Array.from(b.center as number[]);
  if (img.size === 0) throw new ValueError(`('Cannot warp empty image with dimensions', (${img.shape.join(", ")}${img.ndim === 1 ? "," : ""}))`);
  const order = validateOrder(img.dtype.kind === "b", b.order, SWIRL);
  if (order === 2) {
    warn("Bi-quadratic interpolation behavior has changed due to a bug in the implementation of scikit-image. The new version now serves as a wrapper around SciPy's interpolation functions, which itself is not verified to be a correct implementation. Until skimage's implementation is fixed, we recommend to use bi-linear or bi-cubic interpolation instead.");
  }
  if (order > 0) img = convertToFloat(img, b.preserve_range);
  if (img.ndim < 2 || img.ndim > 3) throw new ValueError("Only 2-D images (grayscale or color) are supported, when providing a callable `inverse_map`.");
  const outShape: number[] = b.output_shape === null ? img.shape.slice() : (b.output_shape as number[]).map(Math.trunc);
  if (img.ndim === 3 && outShape.length === 2) outShape.push(img.shape[2]);
  const coords = swirlCoordinates(outShape, x0, y0, b.rotation, b.strength, b.radius);
  const warped = map_coordinates(img, coords, { order, mode: toNdimageMode(b.mode), cval: b.cval, prefilter: order > 1 });
  if (!b.clip) return warped;
  const values = new Float64Array(contiguousStorage(warped));
  const [lo, hi] = valueRange(contiguousStorage(img));
  clipWarpOutput(lo, hi, values, b.mode, b.cval);
  const data = new warped.dtype.storage(values.length);
  data.set(values);
  return NDArray.fromStorage(data, warped.shape.slice(), warped.dtype);
}
pyfunction(SWIRL, swirl);

/** warp_coords of the swirl mapping: (ndim, rows, cols[, channels]) input coordinates. */
function swirlCoordinates(shape: readonly number[], x0: number, y0: number, rotation: number, strength: number, radius: number): NDArray {
  const rows = shape[0];
  const cols = shape[1];
  const ch = shape.length === 3 ? shape[2] : 1;
  const plane = rows * cols * ch;
  const nd = shape.length;
  const out = new Float64Array(nd * plane);
  const scale = (radius / 5) * Math.log(2);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const dx = c - x0;
      const dy = r - y0;
      const rho = Math.sqrt(dx * dx + dy * dy);
      // (dx, dy) turned by the swirl angle: rho cos(atan2(dy, dx) + t) without the atan2
      const turn = rotation + strength * Math.exp(-rho / scale);
      const ct = Math.cos(turn);
      const st = Math.sin(turn);
      const x = x0 + (dx * ct - dy * st);
      const y = y0 + (dx * st + dy * ct);
      const o = (r * cols + c) * ch;
      for (let k = 0; k < ch; k++) {
        out[o + k] = y;
        out[plane + o + k] = x;
        if (nd === 3) out[2 * plane + o + k] = k;
      }
    }
  }
  return NDArray.fromStorage(out, [nd, ...shape], float64);
}
