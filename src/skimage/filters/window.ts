/**
 * `skimage.filters.window` (scikit-image 0.19): an n-D window made radially symmetric from a 1-D
 * window of scipy.signal.get_window (symmetric form), sampled at each pixel's distance from the
 * centre by linear interpolation (as scikit-image warps it, float32 coordinates).
 */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { linspace } from "../../np/create-ranges";
import { NotImplementedError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { map_coordinates } from "../../scipy/ndimage/interpolation";

const WINDOW = signature("skimage.filters.window(window_type, shape, warp_kwargs=None)", {
  types: { window_type: "str|sequence|float", shape: "int|sequence", warp_kwargs: "mapping|None" },
  unsupported: ["warp_kwargs"],
});

/** Keyword arguments of window. */
export interface WindowOptions {
  /** Keyword arguments for the warp (not supported yet: linear interpolation, as by default). */
  warp_kwargs?: Record<string, unknown> | null;
}

/** The generalized cosine windows' coefficients (scipy.signal.windows). */
const COSINE_WINDOWS: Record<string, readonly number[]> = {
  boxcar: [1],
  hann: [0.5, 0.5],
  hamming: [0.54, 0.46],
  blackman: [0.42, 0.5, 0.08],
};

/** scipy.signal.get_window(name, m, fftbins=False): the symmetric window of length m. */
function cosineWindow(name: string, m: number): Float64Array {
  const a = COSINE_WINDOWS[name];
  if (m <= 1 || name === "boxcar") return new Float64Array(m).fill(1);
  const fac = linspace(-Math.PI, Math.PI, m).data as Float64Array;
  const w = new Float64Array(m);
  for (let k = 0; k < a.length; k++) for (let i = 0; i < m; i++) w[i] += a[k] * Math.cos(k * fac[i]);
  return w;
}

/**
 * `skimage.filters.window(window_type, shape, warp_kwargs=None)`: a float64 window of `shape`
 * whose value at each pixel is the 1-D window at that pixel's distance from the centre. Window
 * types: 'boxcar', 'hann', 'hamming', 'blackman' (scipy's other windows are not supported yet).
 */
export function window(window_type: string, shape: number | readonly number[], ...rest: PyArgs<[warp_kwargs: Record<string, unknown> | null, options: WindowOptions], WindowOptions>): NDArray;
export function window(...args: unknown[]): NDArray {
  const { window_type, shape: shapeArg } = WINDOW.bind(args);
  if (typeof window_type !== "string" || !(window_type in COSINE_WINDOWS)) {
    throw new NotImplementedError(`window() window_type=${JSON.stringify(window_type)} is not supported yet (supported: ${Object.keys(COSINE_WINDOWS).join(", ")})`);
  }
  const shape = (typeof shapeArg === "number" ? [shapeArg] : Array.from(shapeArg as number[])).map((s) => {
    if (!Number.isInteger(s)) throw new ValueError("Input image cannot be safely cast to integer.");
    return s;
  });
  if (shape.some((s) => s < 0)) throw new ValueError("invalid shape");
  const ndim = shape.length;
  if (ndim <= 0) throw new ValueError("Number of dimensions must be greater than zero");
  const maxSize = Math.max(...shape);
  const w = cosineWindow(window_type, maxSize);
  const wShape = [maxSize, ...new Array<number>(ndim - 1).fill(1)];
  // float32 grid: arange(s, float32) * (max_size / s) - center, squared and summed, square root
  const f = Math.fround;
  const center = f(maxSize / 2 - 0.5);
  const axes = shape.map((s) => {
    const scale = f(maxSize / s);
    return Float32Array.from({ length: s }, (_, i) => {
      const g = f(f(i * scale) - center);
      return f(g * g);
    });
  });
  const size = shape.reduce((p, d) => p * d, 1);
  const coords = new Float64Array(ndim * size);
  const idx = new Array<number>(ndim).fill(0);
  for (let n = 0; n < size; n++) {
    let dist = 0;
    for (let k = 0; k < ndim; k++) dist = f(dist + axes[k][idx[k]]);
    coords[n] = f(f(Math.sqrt(dist)) + center);
    for (let k = ndim - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
  const image = NDArray.fromStorage(w, wShape, float64);
  const coordArray = NDArray.fromStorage(coords, [ndim, ...shape], float64);
  // warp(w, coords, mode='constant', cval=0): map_coordinates with order 1 and 'grid-constant';
  // its clipping to [min(w, 0), max(w, 0)] never binds for these windows
  return map_coordinates(image, coordArray, { order: 1, mode: "grid-constant", cval: 0 });
}
pyfunction(WINDOW, window);
