/** `skimage.transform.radon` (0.19): projections of an image along rotated parallel rays. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { arange } from "../../np/create-ranges";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, warn } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { convertToFloat } from "./resize";
import { warpMatrix } from "./warp-matrix";

const RADON = signature("skimage.transform.radon(image, theta=None, circle=True, *, preserve_range=False)", {
  types: { image: IMAGE, theta: [IMAGE, "None"], circle: "bool", preserve_range: "bool" },
});

/** Keyword arguments of radon. */
export interface RadonOptions {
  theta?: NDArrayLike | null;
  circle?: boolean;
  preserve_range?: boolean;
}

/**
 * `skimage.transform.radon(image, theta=None, circle=True, *, preserve_range=False)`: the
 * sinogram, one column per angle in degrees (default 0..179): the image rotated by a bilinear
 * warp about its centre and summed over rows. With `circle` the image is cropped to a centred
 * square and should be zero outside the inscribed circle (a warning otherwise); without, it
 * is zero-padded to its diagonal. Float out (img_as_float unless preserve_range).
 */
export function radon(image: NDArrayLike, ...rest: PyArgs<[theta: NDArrayLike | null, circle: boolean, options: RadonOptions], RadonOptions>): NDArray;
export function radon(...args: unknown[]): NDArray {
  const b = RADON.bind(args);
  const input = asNDArray(b.image as NDArrayLike);
  if (input.ndim !== 2) throw new ValueError("The input image must be 2-D");
  const theta = readFloat64(b.theta === null ? arange(180) : asNDArray(b.theta as NDArrayLike, "theta"));
  const image = convertToFloat(input, b.preserve_range);
  const padded = b.circle ? cropToCircle(image) : padToDiagonal(image);
  const n = padded.shape[0];
  if (n !== padded.shape[1]) throw new ValueError("padded_image must be a square");
  const center = Math.floor(n / 2);
  const single = image.dtype === float32;
  const out = single ? new Float32Array(n * theta.length) : new Float64Array(n * theta.length);
  for (let i = 0; i < theta.length; i++) {
    const angle = theta[i] * (Math.PI / 180);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const m = [c, s, -center * (c + s - 1), -s, c, -center * (c - s - 1), 0, 0, 1];
    const rotated = contiguousStorage(warpMatrix(padded, single ? m.map(Math.fround) : m, n, n, 1, "constant", 0, false));
    for (let col = 0; col < n; col++) {
      let sum = 0;
      for (let row = 0; row < n; row++) sum += rotated[row * n + col];
      out[col * theta.length + i] = sum;
    }
  }
  return NDArray.fromStorage(out, [n, theta.length], single ? float32 : float64);
}
pyfunction(RADON, radon);

/** The centred square of side min(shape), after checking the image is zero outside its circle. */
function cropToCircle(image: NDArray): NDArray {
  const [rows, cols] = image.shape;
  const side = Math.min(rows, cols);
  const radius = Math.floor(side / 2);
  const cr = Math.floor(rows / 2);
  const cc = Math.floor(cols / 2);
  const src = contiguousStorage(image);
  let outside = false;
  for (let r = 0; r < rows && !outside; r++) {
    for (let c = 0; c < cols; c++) {
      if ((r - cr) ** 2 + (c - cc) ** 2 > radius * radius && src[r * cols + c] !== 0) {
        outside = true;
        break;
      }
    }
  }
  if (outside) warn("Radon transform: image must be zero outside the reconstruction circle");
  const r0 = rows > side ? Math.ceil((rows - side) / 2) : 0;
  const c0 = cols > side ? Math.ceil((cols - side) / 2) : 0;
  return image.get(`${r0}:${r0 + side}`, `${c0}:${c0 + side}`).copy();
}

/** The image zero-padded to a square of side ceil(sqrt(2) * max(shape)), centres aligned. */
function padToDiagonal(image: NDArray): NDArray {
  const [rows, cols] = image.shape;
  const diagonal = Math.SQRT2 * Math.max(rows, cols);
  const pad = [rows, cols].map((s) => Math.ceil(diagonal - s));
  const before = [rows, cols].map((s, k) => Math.floor((s + pad[k]) / 2) - Math.floor(s / 2));
  const h = rows + pad[0];
  const w = cols + pad[1];
  const src = contiguousStorage(image);
  const out = new image.dtype.storage(h * w);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[(r + before[0]) * w + c + before[1]] = src[r * cols + c];
  }
  return NDArray.fromStorage(out, [h, w], image.dtype);
}
