/**
 * NumPy 1.24's printing of arrays and scalars, character for character:
 * `repr(a)` (arrayRepr), `str(a)` (arrayStr) and `str(scalar)` (scalarRepr).
 */
import type { NDArray } from "../ndarray";
import type { DType } from "../dtype";
import { floatScalarStr, formatFloats } from "./float";
import { formatBools, formatInts, intText } from "./int";
import { gatherShown, layoutArray } from "./layout";
import { currentPrintOptions, Formatter, PrintOptions } from "./options";
import { partView } from "../complex/parts";
import { Complex, complexText } from "../complex/scalar";

export { get_printoptions, set_printoptions, printoptions, reset_printoptions } from "./options";
export type { PrintOptions, Formatter } from "./options";

/** The print options' formatting function for a dtype kind: its own key, then "*_kind", then "all". */
function customFormatter(formatter: Formatter | null, kind: DType["kind"]): ((x: never) => string) | undefined {
  if (formatter === null) return undefined;
  if (kind === "b") return formatter.bool ?? formatter.all;
  if (kind === "f") return formatter.float ?? formatter.float_kind ?? formatter.all;
  if (kind === "c") return formatter.complexfloat ?? formatter.complex_kind ?? formatter.all;
  return formatter.int ?? formatter.int_kind ?? formatter.all;
}

/** Formats the shown elements with the formatter NumPy picks for the dtype (or the one the print options give). */
function formatElements(values: Float64Array, dtype: DType, zeroDim: boolean, options: PrintOptions): string[] {
  const custom = customFormatter(options.formatter, dtype.kind) as ((x: number | boolean) => string) | undefined;
  if (custom !== undefined) return Array.from(values, (v) => String(custom(dtype.kind === "b" ? v !== 0 : v)));
  switch (dtype.kind) {
    case "b":
      return formatBools(values, zeroDim);
    case "f":
      return formatFloats(values, dtype.name === "float32", options);
    default:
      return formatInts(values);
  }
}

/**
 * NumPy's ComplexFloatingFormat: the real parts formatted together as floats, the imaginary
 * parts together with sign '+', and the 'j' placed before the imaginary column's padding.
 */
function formatComplexElements(re: Float64Array, im: Float64Array, dtype: DType, options: PrintOptions): string[] {
  const custom = customFormatter(options.formatter, "c") as ((x: Complex) => string) | undefined;
  if (custom !== undefined) return Array.from(re, (r, i) => String(custom(new Complex(r, im[i], dtype))));
  const isFloat32 = dtype.name === "complex64";
  const reals = formatFloats(re, isFloat32, options);
  const imags = formatFloats(im, isFloat32, { ...options, sign: "+" });
  return reals.map((r, i) => {
    const text = imags[i];
    const end = text.trimEnd().length;
    return r + text.slice(0, end) + "j" + text.slice(end);
  });
}

/**
 * `np.array2string(a, max_line_width, separator=separator, prefix=prefix)` with the current
 * print options: the bracketed body of repr/str.
 */
export function array2string(a: NDArray, lineWidth: number, separator: string, prefix: string): string {
  const options = currentPrintOptions();
  if (a.size === 0) return "[]";
  const summarise = a.size > options.threshold;
  if (a.dtype.kind === "c") {
    const re = gatherShown(partView(a, 0), summarise, options.edgeitems);
    const im = gatherShown(partView(a, 1), summarise, options.edgeitems);
    const words = formatComplexElements(re.values, im.values, a.dtype, options);
    return layoutArray(words, re, lineWidth, " " + " ".repeat(prefix.length), separator, options.edgeitems);
  }
  const shown = gatherShown(a, summarise, options.edgeitems);
  const words = formatElements(shown.values, a.dtype, a.shape.length === 0, options);
  return layoutArray(words, shown, lineWidth, " " + " ".repeat(prefix.length), separator, options.edgeitems);
}

/** Python's repr of a shape tuple: "(0, 3)", "(0,)". */
function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** dtypes whose values imply them, so repr leaves out `dtype=...` (NumPy's int_, float_, bool_). */
function dtypeIsImplied(dtype: DType): boolean {
  return dtype.name === "int64" || dtype.name === "float64" || dtype.name === "bool" || dtype.name === "complex128";
}

/**
 * `repr(a)`: NumPy 1.24's repr of an array, e.g. `array([1, 2, 3])`,
 * `array([0.  , 0.25, 0.5 ])`, `array([202, 156, 122], dtype=uint8)`.
 */
export function arrayRepr(a: NDArray): string {
  const options = currentPrintOptions();
  const prefix = "array(";
  const skipDtype = dtypeIsImplied(a.dtype) && a.size > 0;
  const suffix = skipDtype ? ")" : ",";
  let body: string;
  if (a.size > 0 || (a.shape.length === 1 && a.shape[0] === 0)) {
    body = array2string(a, options.linewidth - suffix.length, ", ", prefix);
  } else {
    body = "[], shape=" + shapeRepr(a.shape);
  }
  const text = prefix + body + suffix;
  if (skipDtype) return text;
  const dtypeText = `dtype=${a.dtype.name})`;
  const lastLineLength = text.length - (text.lastIndexOf("\n") + 1);
  const spacer = lastLineLength + dtypeText.length + 1 > options.linewidth ? "\n" + " ".repeat(prefix.length) : " ";
  return text + spacer + dtypeText;
}

/** `str(a)`: NumPy 1.24's str of an array, e.g. `[1 2 3]`; a 0-d array prints as its scalar. */
export function arrayStr(a: NDArray): string {
  if (a.shape.length === 0 && a.dtype.kind === "c") return complexText(a.data[2 * a.offset], a.data[2 * a.offset + 1], a.dtype.name === "complex64");
  if (a.shape.length === 0) return scalarRepr(a.data[a.offset], a.dtype);
  return array2string(a, currentPrintOptions().linewidth, " ", "");
}

/**
 * `str(np.float64(x))` and friends: how NumPy 1.24 prints one element of this dtype
 * (`129.06072616577148`, `1.0`, `1e-10`, `nan`, `-inf`, `0`, `True`). float32 values print
 * with the shortest digits that identify them as float32 (`0.1`, not `0.10000000149011612`).
 */
export function scalarRepr(value: number, dtype: DType): string {
  switch (dtype.kind) {
    case "b":
      return value ? "True" : "False";
    case "f":
      return floatScalarStr(value, dtype.name === "float32");
    default:
      return intText(value);
  }
}
