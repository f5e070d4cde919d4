/**
 * np.format_float_positional and np.format_float_scientific: one float printed with NumPy's
 * Dragon4 options (unique or exact digits, precision cutoffs, trimming, sign, padding),
 * on the digit generation of src/np/format.
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { Decimal, roundAtPlace, roundSignificant, trimZeros, uniqueDigits, uniqueSignificant } from "../format/digits";
import { exponentText, positionalParts } from "../format/float";

type Trim = "k" | "." | "0" | "-";
const TRIMS: readonly Trim[] = ["k", ".", "0", "-"];
const COUNT = ["int", "None"];

const POSITIONAL = signature("numpy.format_float_positional(x, precision=None, unique=True, fractional=True, trim='k', sign=False, pad_left=None, pad_right=None, min_digits=None)", {
  types: { precision: COUNT, unique: "bool", fractional: "bool", trim: "str", sign: "bool", pad_left: COUNT, pad_right: COUNT, min_digits: COUNT },
  choices: { trim: TRIMS },
});
const SCIENTIFIC = signature("numpy.format_float_scientific(x, precision=None, unique=True, trim='k', sign=False, pad_left=None, exp_digits=None, min_digits=None)", {
  types: { precision: COUNT, unique: "bool", trim: "str", sign: "bool", pad_left: COUNT, exp_digits: COUNT, min_digits: COUNT },
  choices: { trim: TRIMS },
});

/** Keywords of np.format_float_positional. */
export interface FormatFloatPositionalOptions {
  x?: number | NDArray;
  precision?: number | null;
  unique?: boolean;
  fractional?: boolean;
  trim?: Trim;
  sign?: boolean;
  pad_left?: number | null;
  pad_right?: number | null;
  min_digits?: number | null;
}
/** Keywords of np.format_float_scientific. */
export interface FormatFloatScientificOptions {
  x?: number | NDArray;
  precision?: number | null;
  unique?: boolean;
  trim?: Trim;
  sign?: boolean;
  pad_left?: number | null;
  exp_digits?: number | null;
  min_digits?: number | null;
}

/** The value and whether it is a float32 (shortest digits are then float32's). */
function floatOperand(x: unknown): [number, boolean] {
  if (typeof x === "number") return [x, false];
  if (x instanceof NDArray && x.ndim === 0 && x.dtype.kind === "f") return [x.item() as number, x.dtype.name === "float32"];
  throw new PyTypeError("not a float");
}

function checkCounts(b: Record<string, any>, names: string[]): void {
  for (const n of names) if (b[n] !== null && b[n] < 0) throw new ValueError(`${n === "precision" ? "precision" : n} must be >= 0`);
  if (!b.unique && b.precision === null) throw new ValueError("precision must be specified when unique=False");
}

/** The fraction after trimming: 'k' keeps it, '.' and '-' drop trailing zeros, '0' keeps one zero. */
function trimFraction(frac: string, trim: Trim, minFrac: number): string {
  if (trim === "k") return frac;
  let end = frac.length;
  while (end > minFrac && frac.charCodeAt(end - 1) === 48) end--;
  const t = frac.slice(0, end);
  return t === "" && trim === "0" ? "0" : t;
}

function nonFinite(x: number, sign: boolean): string | null {
  if (x !== x) return "nan";
  if (x === Infinity) return sign ? "+inf" : "inf";
  if (x === -Infinity) return "-inf";
  return null;
}

/** True when the decimal `d` (x rounded) is x's exact value: the digit generation stopped early. */
function isExact(x: number, d: Decimal): boolean {
  const digits = trimZeros(d.digits);
  const fractionDigits = digits.length - 1 - d.exp;
  return fractionDigits <= 0 ? Number.isInteger(x) : Number.isInteger(x * 2 ** fractionDigits);
}

const isNegative = (x: number) => x < 0 || Object.is(x, -0);
const padStart = (s: string, n: number | null) => (n !== null && s.length < n ? " ".repeat(n - s.length) + s : s);

/**
 * `numpy.format_float_positional(x, precision=None, unique=True, fractional=True, trim='k', sign=False, pad_left=None, pad_right=None, min_digits=None)`:
 * x in positional notation (`1.`, `0.1`, `1.500`).
 */
export function format_float_positional(x: number | NDArray, ...rest: PyArgs<[precision: number | null, unique: boolean, fractional: boolean, trim: Trim, sign: boolean, pad_left: number | null, pad_right: number | null, min_digits: number | null, options: FormatFloatPositionalOptions], FormatFloatPositionalOptions>): string;
export function format_float_positional(...args: unknown[]): string {
  const b = POSITIONAL.bind(args);
  const [x, f32] = floatOperand(b.x);
  checkCounts(b, ["precision", "pad_left", "pad_right", "min_digits"]);
  const special = nonFinite(x, b.sign);
  if (special !== null) return special;
  const precision: number | null = b.precision;
  const minDigits: number | null = b.min_digits;
  const ax = Math.abs(x);
  let d: Decimal;
  if (ax === 0) d = { digits: "0", exp: 0 };
  else if (b.fractional) {
    d = b.unique
      ? uniqueDigits(ax, f32, precision === null ? -Infinity : -precision, minDigits === null ? Infinity : -minDigits)
      : roundAtPlace(ax, -precision!);
  } else {
    d = b.unique
      ? uniqueSignificant(ax, f32, precision === null ? -1 : precision, minDigits === null ? -1 : minDigits)
      : roundSignificant(ax, precision!);
  }
  let [intPart, frac] = positionalParts(d);
  // exact digits (unique=False), min_digits, and a value rounded away to zero keep zeros up to their count
  const roundedToZero = d.digits === "0" && ax !== 0 && precision !== null;
  const count = b.unique && !roundedToZero ? minDigits ?? 0 : precision!;
  // significant-digit cutoffs: inexact values print `precision` digits; exact ones pad to that many characters of digits
  const wanted = b.fractional ? count
    : b.unique ? Math.max(0, count - Math.max(d.exp + 1, 1))
    : isExact(ax, d) ? Math.max(0, count - intPart.length) : frac.length;
  if (!b.fractional && !b.unique && isExact(ax, d)) frac = frac.replace(/0+$/, "");
  if (frac.length < wanted) frac += "0".repeat(wanted - frac.length);
  frac = trimFraction(frac, b.trim, b.trim !== "-" && b.unique && minDigits !== null && b.fractional ? minDigits : 0);
  const sign = isNegative(x) ? "-" : b.sign ? "+" : "";
  const head = padStart(sign + intPart, b.pad_left);
  const point = b.trim === "-" && frac === "" ? "" : ".";
  const tail = b.pad_right !== null && frac.length < b.pad_right ? frac + " ".repeat(b.pad_right - frac.length) : frac;
  return head + point + tail;
}
pyfunction(POSITIONAL, format_float_positional);

/**
 * `numpy.format_float_scientific(x, precision=None, unique=True, trim='k', sign=False, pad_left=None, exp_digits=None, min_digits=None)`:
 * x in scientific notation (`1.e+00`, `1.23e+02`).
 */
export function format_float_scientific(x: number | NDArray, ...rest: PyArgs<[precision: number | null, unique: boolean, trim: Trim, sign: boolean, pad_left: number | null, exp_digits: number | null, min_digits: number | null, options: FormatFloatScientificOptions], FormatFloatScientificOptions>): string;
export function format_float_scientific(...args: unknown[]): string {
  const b = SCIENTIFIC.bind(args);
  const [x, f32] = floatOperand(b.x);
  checkCounts(b, ["precision", "pad_left", "exp_digits", "min_digits"]);
  const special = nonFinite(x, b.sign);
  if (special !== null) return special;
  const precision: number | null = b.precision;
  const minDigits: number | null = b.min_digits;
  const ax = Math.abs(x);
  let d: Decimal;
  if (ax === 0) d = { digits: "0", exp: 0 };
  else if (b.unique) d = uniqueSignificant(ax, f32, precision === null ? -1 : precision + 1, minDigits === null ? -1 : minDigits + 1);
  else d = roundSignificant(ax, precision! + 1);
  let frac = d.digits.slice(1);
  const wanted = b.unique ? minDigits ?? 0 : precision!;
  if (frac.length < wanted) frac += "0".repeat(wanted - frac.length);
  if (b.unique && minDigits === null) frac = trimZeros("x" + frac).slice(1);
  frac = trimFraction(frac, b.trim, 0);
  const sign = isNegative(x) ? "-" : b.sign ? "+" : "";
  const head = padStart(sign + d.digits[0], b.pad_left);
  // Dragon4 drops the point only when one digit was generated (exact values stop early)
  const point = b.trim === "-" && frac === "" && (b.unique || ax === 0 || isExact(ax, d)) ? "" : ".";
  return head + point + frac + "e" + exponentText(d.exp, b.exp_digits ?? 2);
}
pyfunction(SCIENTIFIC, format_float_scientific);
