/**
 * np.array2string, np.array_repr and np.array_str: the printing of src/np/format with the
 * options given for one call instead of the global print options.
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { array2string as formatBody, arrayRepr, arrayStr } from "../format/repr";
import { PrintOptionsArgs, currentPrintOptions, printoptions } from "../format/options";

const COUNT = ["int", "None"];
const ARRAY2STRING = signature("numpy.array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', style=<no value>, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='', *, legacy=None)", {
  types: { max_line_width: COUNT, precision: COUNT, suppress_small: ["bool", "None"], separator: "str", prefix: "str", threshold: ["float", "None"], edgeitems: COUNT, suffix: "str" },
  defaults: { style: undefined },
  unsupported: ["style", "formatter", "sign", "floatmode", "legacy"],
});
const REPR_PARAMS = "max_line_width=None, precision=None, suppress_small=None";
const REPR_SPEC = { types: { max_line_width: COUNT, precision: COUNT, suppress_small: ["bool", "None"] } };
const ARRAY_REPR = signature(`numpy.array_repr(arr, ${REPR_PARAMS})`, REPR_SPEC);
const ARRAY_STR = signature(`numpy.array_str(a, ${REPR_PARAMS})`, REPR_SPEC);

/** Keywords of np.array2string. */
export interface Array2stringOptions {
  a?: ArrayLike;
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
  separator?: string;
  prefix?: string;
  style?: undefined;
  formatter?: null;
  threshold?: number | null;
  edgeitems?: number | null;
  sign?: null;
  floatmode?: null;
  suffix?: string;
  legacy?: null;
}
/** Keywords of np.array_repr and np.array_str. */
export interface ArrayReprOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
}

/** Runs `body` with the call's options in force (None keeps the global option). */
function withCallOptions<T>(b: Record<string, any>, body: () => T): T {
  const options: PrintOptionsArgs = {};
  if (b.max_line_width != null) options.linewidth = b.max_line_width;
  if (b.precision != null) options.precision = b.precision;
  if (b.suppress_small != null) options.suppress = b.suppress_small;
  if (b.threshold != null) options.threshold = b.threshold;
  if (b.edgeitems != null) options.edgeitems = b.edgeitems;
  return Object.keys(options).length === 0 ? body() : printoptions(options, body);
}

/**
 * `numpy.array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', style=<no value>, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='', *, legacy=None)`:
 * the bracketed text of an array; prefix and suffix only set the wrapping (continuation
 * lines are indented by len(prefix), the last line leaves room for the suffix).
 */
export function array2string(a: ArrayLike, ...rest: PyArgs<[max_line_width: number | null, precision: number | null, suppress_small: boolean | null, separator: string, prefix: string, options: Array2stringOptions], Array2stringOptions>): string;
export function array2string(...args: unknown[]): string {
  const b = ARRAY2STRING.bind(args);
  const arr = asarray(b.a);
  return withCallOptions(b, () => formatBody(arr, currentPrintOptions().linewidth - b.suffix.length, b.separator, b.prefix));
}
pyfunction(ARRAY2STRING, array2string);

/** `numpy.array_repr(arr, max_line_width=None, precision=None, suppress_small=None)`: repr(arr) with these options. */
export function array_repr(arr: NDArray, ...rest: PyArgs<[max_line_width: number | null, precision: number | null, suppress_small: boolean | null, options: ArrayReprOptions], ArrayReprOptions>): string;
export function array_repr(...args: unknown[]): string {
  const b = ARRAY_REPR.bind(args);
  const arr = asarray(b.arr);
  return withCallOptions(b, () => arrayRepr(arr));
}
pyfunction(ARRAY_REPR, array_repr);

/** `numpy.array_str(a, max_line_width=None, precision=None, suppress_small=None)`: str(a) with these options. */
export function array_str(a: ArrayLike, ...rest: PyArgs<[max_line_width: number | null, precision: number | null, suppress_small: boolean | null, options: ArrayReprOptions], ArrayReprOptions>): string;
export function array_str(...args: unknown[]): string {
  const b = ARRAY_STR.bind(args);
  const arr = asarray(b.a);
  return withCallOptions(b, () => arrayStr(arr));
}
pyfunction(ARRAY_STR, array_str);
