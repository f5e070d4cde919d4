/** `skimage.transform.iradon` (0.19): filtered back projection. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { linspace } from "../../np/create-ranges";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { convertToFloat } from "./resize";
import { fftSplit } from "../_internal/fft";
import { Interpolant, cubicAt, linearAt, nearestAt, notAKnotSecondDerivatives } from "./_interp1d";

/** The projection filters iradon knows. */
export type IradonFilter = "ramp" | "shepp-logan" | "cosine" | "hamming" | "hann" | null;
const FILTERS: readonly IradonFilter[] = ["ramp", "shepp-logan", "cosine", "hamming", "hann", null];
const INTERPOLATIONS = ["linear", "nearest", "cubic"];

const IRADON = signature(
  "skimage.transform.iradon(radon_image, theta=None, output_size=None, filter_name='ramp', interpolation='linear', circle=True, preserve_range=True)",
  {
    types: {
      radon_image: IMAGE, theta: [IMAGE, "None"], output_size: "int|None", filter_name: "str|None", interpolation: "str", circle: "bool",
      preserve_range: "bool",
    },
  },
);

/** Keyword arguments of iradon. */
export interface IradonOptions {
  theta?: NDArrayLike | null;
  output_size?: number | null;
  filter_name?: IradonFilter;
  interpolation?: Interpolant;
  circle?: boolean;
  preserve_range?: boolean;
}

/**
 * `skimage.transform.iradon(radon_image, theta=None, output_size=None, filter_name='ramp',
 * interpolation='linear', circle=True, preserve_range=True)`: the image reconstructed from a
 * sinogram (one column per angle in degrees, default evenly over [0, 180)) by filtered back
 * projection: each projection is filtered in Fourier space (ramp, optionally windowed by
 * shepp-logan, cosine, hamming or hann; None for no filter), then smeared back across the
 * image with linear, nearest or cubic-spline interpolation. Float out.
 */
export function iradon(
  radon_image: NDArrayLike,
  ...rest: PyArgs<[theta: NDArrayLike | null, output_size: number | null, filter_name: IradonFilter, interpolation: Interpolant, circle: boolean, preserve_range: boolean, options: IradonOptions], IradonOptions>
): NDArray;
export function iradon(...args: unknown[]): NDArray {
  const b = IRADON.bind(args);
  const sino0 = asNDArray(b.radon_image as NDArrayLike, "radon_image");
  if (sino0.ndim !== 2) throw new ValueError("The input image must be 2-D");
  const theta = readFloat64(b.theta === null ? linspace(0, 180, sino0.shape[1], false) : asNDArray(b.theta as NDArrayLike, "theta"));
  const nAngles = theta.length;
  if (nAngles !== sino0.shape[1]) throw new ValueError("The given ``theta`` does not match the number of projections in ``radon_image``.");
  if (!INTERPOLATIONS.includes(b.interpolation)) throw new ValueError(`Unknown interpolation: ${b.interpolation}`);
  if (!FILTERS.includes(b.filter_name)) throw new ValueError(`Unknown filter: ${b.filter_name}`);
  const sino = convertToFloat(sino0, b.preserve_range);
  const single = sino.dtype === float32;
  let size = sino.shape[0];
  const outputSize: number = b.output_size ?? (b.circle ? size : Math.floor(Math.sqrt((size * size) / 2.0)));
  let values = new Float64Array(contiguousStorage(sino));
  if (b.circle) {
    // _sinogram_circle_to_square: zero rows around it up to the diagonal
    const diagonal = Math.ceil(Math.SQRT2 * size);
    const before = Math.floor(diagonal / 2) - Math.floor(size / 2);
    const grown = new Float64Array(diagonal * nAngles);
    grown.set(values, before * nAngles);
    values = grown;
    size = diagonal;
  }
  const padded = Math.max(64, 2 ** Math.ceil(Math.log2(2 * size)));
  const filter = fourierFilter(padded, b.filter_name);
  const filtered = filterProjections(values, size, nAngles, padded, filter);
  const out = new Float64Array(outputSize * outputSize);
  const radius = Math.floor(outputSize / 2);
  const x0 = -Math.floor(size / 2);
  const column = new Float64Array(size);
  for (let a = 0; a < nAngles; a++) {
    for (let k = 0; k < size; k++) column[k] = filtered[k * nAngles + a];
    const angle = theta[a] * (Math.PI / 180);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const kind: Interpolant = b.interpolation;
    const m = kind === "cubic" ? notAKnotSecondDerivatives(column) : column;
    for (let i = 0; i < outputSize; i++) {
      const xpr = i - radius;
      const row = i * outputSize;
      if (kind === "linear") {
        for (let j = 0; j < outputSize; j++) out[row + j] += linearAt(column, x0, (j - radius) * c - xpr * s);
      } else if (kind === "nearest") {
        for (let j = 0; j < outputSize; j++) out[row + j] += nearestAt(column, x0, (j - radius) * c - xpr * s);
      } else {
        for (let j = 0; j < outputSize; j++) out[row + j] += cubicAt(column, m, x0, (j - radius) * c - xpr * s);
      }
    }
  }
  const scale = Math.PI / (2 * nAngles);
  for (let i = 0; i < outputSize; i++) {
    for (let j = 0; j < outputSize; j++) {
      const k = i * outputSize + j;
      const outside = b.circle && (i - radius) ** 2 + (j - radius) ** 2 > radius * radius;
      out[k] = outside ? 0 : out[k] * scale;
    }
  }
  return NDArray.fromStorage(single ? new Float32Array(out) : out, [outputSize, outputSize], single ? float32 : float64);
}
pyfunction(IRADON, iradon);

/** Each column zero-padded to `padded`, multiplied by the real filter in Fourier space, first `size` rows kept. */
function filterProjections(values: Float64Array, size: number, nAngles: number, padded: number, filter: Float64Array): Float64Array {
  const out = new Float64Array(size * nAngles);
  const re = new Float64Array(padded);
  const im = new Float64Array(padded);
  for (let a = 0; a < nAngles; a++) {
    re.fill(0);
    im.fill(0);
    for (let k = 0; k < size; k++) re[k] = values[k * nAngles + a];
    fftSplit(re, im, false);
    for (let k = 0; k < padded; k++) {
      re[k] *= filter[k];
      im[k] *= filter[k];
    }
    fftSplit(re, im, true);
    for (let k = 0; k < size; k++) out[k * nAngles + a] = re[k] / padded;
  }
  return out;
}

/** scikit-image's _get_fourier_filter: the ramp filter from its spatial form, then the window. */
function fourierFilter(size: number, name: IradonFilter): Float64Array {
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  re[0] = 0.25;
  const half = size / 2;
  // n = 1, 3, 5, ... up to size/2, then size/2 - 1 down to 1 in steps of 2, at f[1::2]
  const n: number[] = [];
  for (let v = 1; v < half + 1; v += 2) n.push(v);
  for (let v = half - 1; v > 0; v -= 2) n.push(v);
  n.forEach((v, k) => (re[2 * k + 1] = -1 / (Math.PI * v) ** 2));
  fftSplit(re, im, false);
  const f = re.map((v) => 2 * v);
  const shifted = (w: (k: number) => number): ((k: number) => number) => (k) => w((k + half) % size);
  switch (name) {
    case "ramp":
      break;
    case "shepp-logan":
      for (let k = 1; k < size; k++) {
        const omega = Math.PI * (k < half ? k / size : (k - size) / size);
        f[k] *= Math.sin(omega) / omega;
      }
      break;
    case "cosine": {
      const w = shifted((k) => Math.sin((Math.PI * k) / size));
      for (let k = 0; k < size; k++) f[k] *= w(k);
      break;
    }
    case "hamming": {
      const w = shifted((k) => 0.54 - 0.46 * Math.cos((2 * Math.PI * k) / (size - 1)));
      for (let k = 0; k < size; k++) f[k] *= w(k);
      break;
    }
    case "hann": {
      const w = shifted((k) => 0.5 - 0.5 * Math.cos((2 * Math.PI * k) / (size - 1)));
      for (let k = 0; k < size; k++) f[k] *= w(k);
      break;
    }
    default:
      f.fill(1);
  }
  return f;
}
