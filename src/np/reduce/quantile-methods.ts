/**
 * The 13 quantile methods of NumPy 1.24's np.percentile / np.quantile (Hyndman and Fan's nine
 * plus lower, higher, midpoint and nearest), computed as NumPy does: a virtual index into the
 * sorted values, then either the element there or a linear interpolation between neighbours.
 */
import { ValueError } from "../../errors";

export type QuantileMethod =
  | "inverted_cdf" | "averaged_inverted_cdf" | "closest_observation" | "interpolated_inverted_cdf" | "hazen" | "weibull"
  | "linear" | "median_unbiased" | "normal_unbiased" | "lower" | "higher" | "midpoint" | "nearest";

export const QUANTILE_METHODS: readonly QuantileMethod[] = [
  "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull",
  "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
];

/** The methods that pick one element (their result keeps the input's dtype). */
const PICKING = new Set<QuantileMethod>(["inverted_cdf", "closest_observation", "lower", "higher", "nearest"]);

/** Hyndman and Fan's (alpha, beta) of the continuous methods. */
const ALPHA_BETA: Partial<Record<QuantileMethod, [number, number]>> = {
  interpolated_inverted_cdf: [0, 1], hazen: [0.5, 0.5], weibull: [0, 0], median_unbiased: [1 / 3, 1 / 3], normal_unbiased: [3 / 8, 3 / 8],
};

/** NumPy's ValueError for a method it does not know. */
export function checkMethod(method: string): QuantileMethod {
  if (!(QUANTILE_METHODS as readonly string[]).includes(method)) {
    throw new ValueError(`'${method}' is not a valid method. Use one of: dict_keys([${QUANTILE_METHODS.map((m) => `'${m}'`).join(", ")}])`);
  }
  return method as QuantileMethod;
}

/** True when the method picks an element rather than interpolating. */
export function picksElement(method: QuantileMethod): boolean {
  return PICKING.has(method);
}

/** Round half to even (np.around). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The index of the element a picking method takes (previous or next of `index` by its rule). */
function boundary(index: number, takePrevious: (gamma: number, previous: number) => boolean): number {
  const previous = Math.floor(index);
  const res = takePrevious(index - previous, previous) ? previous : previous + 1;
  return res < 0 ? 0 : res;
}

function pickIndex(method: QuantileMethod, n: number, q: number): number {
  switch (method) {
    case "lower":
      return Math.floor((n - 1) * q);
    case "higher":
      return Math.ceil((n - 1) * q);
    case "nearest":
      return roundHalfEven((n - 1) * q);
    case "inverted_cdf":
      return boundary(n * q - 1, (gamma) => gamma === 0);
    default: // closest_observation
      return boundary(n * q - 1 - 0.5, (gamma, previous) => gamma === 0 && previous % 2 === 0);
  }
}

/**
 * NumPy's linear interpolation between neighbours a and b at fraction t (exact at both ends);
 * the difference b - a is taken in the input's precision (float32 rounds it).
 */
export function lerp(a: number, b: number, t: number, f32: boolean): number {
  const diff = f32 ? Math.fround(b - a) : b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** The virtual (fractional) index of an interpolating method. */
function virtualIndex(method: QuantileMethod, n: number, q: number): number {
  if (method === "linear") return (n - 1) * q;
  if (method === "averaged_inverted_cdf") return n * q - 1;
  if (method === "midpoint") return 0.5 * (Math.floor((n - 1) * q) + Math.ceil((n - 1) * q));
  const [alpha, beta] = ALPHA_BETA[method]!;
  return n * q + (alpha + q * (1 - alpha - beta)) - 1;
}

/**
 * The two positions (previous, next) of a sorted row of n values that the method's quantile
 * q interpolates between (the same one twice for a picking method or at an end).
 */
export function quantilePositions(n: number, q: number, method: QuantileMethod): [number, number] {
  if (PICKING.has(method)) {
    const i = Math.min(pickIndex(method, n, q), n - 1);
    return [i, i];
  }
  const v = virtualIndex(method, n, q);
  if (v >= n - 1) return [n - 1, n - 1];
  if (v < 0) return [0, 0];
  return [Math.floor(v), Math.floor(v) + 1];
}

/**
 * The method's quantile q of the n values src[start], ..., src[start + n - 1], sorted (or at
 * least with the values at quantilePositions in their sorted places).
 */
export function quantileValue(src: ArrayLike<number>, start: number, n: number, q: number, method: QuantileMethod, f32: boolean): number {
  const [previous, next] = quantilePositions(n, q, method);
  if (PICKING.has(method)) return src[start + previous];
  const v = virtualIndex(method, n, q);
  let gamma = v - Math.floor(v);
  if (method === "averaged_inverted_cdf") gamma = gamma === 0 ? 0.5 : 1;
  else if (method === "midpoint") gamma = v % 1 === 0 ? 0 : 0.5;
  return lerp(src[start + previous], src[start + next], gamma, f32);
}
