/**
 * Python's %-formatting of numbers as np.savetxt uses it (%e, %f, %g, %d, %s with flags,
 * width and precision), rounding the exact binary value half to even as C's printf does.
 */
import { ValueError } from "../../errors";
import { roundAtPlace, roundSignificant } from "../format/digits";

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([eEfFgGdis%])/g;

function exponential(ax: number, p: number, upper: boolean): string {
  const d = ax === 0 ? { digits: "0".repeat(p + 1), exp: 0 } : roundSignificant(ax, p + 1);
  const exp = `${d.exp < 0 ? "-" : "+"}${String(Math.abs(d.exp)).padStart(2, "0")}`;
  return d.digits[0] + (p > 0 ? "." + d.digits.slice(1) : "") + (upper ? "E" : "e") + exp;
}

function fixed(ax: number, p: number): string {
  const d = ax === 0 ? { digits: "0", exp: 0 } : roundAtPlace(ax, -p);
  let intPart: string;
  let frac: string;
  if (d.digits === "0") {
    intPart = "0";
    frac = "";
  } else if (d.exp >= 0) {
    const all = d.digits.padEnd(d.exp + 1, "0");
    intPart = all.slice(0, d.exp + 1);
    frac = all.slice(d.exp + 1);
  } else {
    intPart = "0";
    frac = "0".repeat(-d.exp - 1) + d.digits;
  }
  frac = frac.padEnd(p, "0").slice(0, p);
  return p > 0 ? `${intPart}.${frac}` : intPart;
}

function general(ax: number, p: number, upper: boolean, alternate: boolean): string {
  const P = p === 0 ? 1 : p;
  const x = ax === 0 ? 0 : roundSignificant(ax, P).exp;
  let text = P > x && x >= -4 ? fixed(ax, P - 1 - x) : exponential(ax, P - 1, upper);
  if (!alternate) {
    const [mantissa, exp] = text.split(/(?=[eE])/);
    const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    text = trimmed + (exp ?? "");
  }
  return text;
}

/** One conversion of a number. */
function convert(v: number, flags: string, width: number, precision: number | null, type: string): string {
  let body: string;
  let negative = v < 0 || Object.is(v, -0);
  if (type === "s") {
    body = Number.isInteger(v) ? String(v) : String(v);
    negative = false;
  } else if (v !== v || v === Infinity || v === -Infinity) {
    body = v !== v ? "nan" : "inf";
    if (type === "E" || type === "F" || type === "G") body = body.toUpperCase();
    negative = v === -Infinity;
  } else if (type === "d" || type === "i") {
    body = String(Math.abs(Math.trunc(v)));
    negative = Math.trunc(v) < 0;
  } else {
    const ax = Math.abs(v);
    const p = precision ?? 6;
    body = type === "e" || type === "E" ? exponential(ax, p, type === "E")
      : type === "f" || type === "F" ? fixed(ax, p)
      : general(ax, p, type === "G", flags.includes("#"));
  }
  const sign = negative ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  const length = sign.length + body.length;
  if (length >= width) return sign + body;
  if (flags.includes("-")) return sign + body + " ".repeat(width - length);
  if (flags.includes("0") && type !== "s" && Number.isFinite(v)) return sign + "0".repeat(width - length) + body;
  return " ".repeat(width - length) + sign + body;
}

/** The number of conversions in a format (not counting "%%"). */
export function conversionCount(format: string): number {
  return [...format.matchAll(SPEC)].filter((m) => m[4] !== "%").length;
}

/** `format % tuple(values)`. */
export function pyFormat(format: string, values: readonly number[]): string {
  let k = 0;
  const out = format.replace(SPEC, (_m, flags: string, width: string | undefined, precision: string | undefined, type: string) => {
    if (type === "%") return "%";
    if (k >= values.length) throw new ValueError("not enough arguments for format string");
    return convert(values[k++], flags, width === undefined ? 0 : Number(width), precision === undefined ? null : Number(precision), type);
  });
  if (k < values.length) throw new ValueError("not all arguments converted during string formatting");
  return out;
}

