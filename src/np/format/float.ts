/**
 * NumPy's FloatingFormat: one formatter per printed array, chosen from the values shown
 * (positional or scientific, shared padding so decimal points line up), plus the str() of a
 * single float scalar.
 */
import { Decimal, shortestDigits, trimZeros, uniqueDigits, uniqueSignificant } from "./digits";
import type { PrintOptions } from "./options";

/** Positional text of a decimal: integer part (no sign) and fraction digits. */
export function positionalParts(d: Decimal): [string, string] {
  const { digits, exp } = d;
  if (digits === "0") return ["0", ""];
  if (exp >= 0) {
    if (digits.length <= exp + 1) return [digits + "0".repeat(exp + 1 - digits.length), ""];
    return [digits.slice(0, exp + 1), digits.slice(exp + 1)];
  }
  return ["0", "0".repeat(-exp - 1) + digits];
}

/** The exponent field: sign and at least `minDigits` digits. */
export function exponentText(exp: number, minDigits: number): string {
  const body = String(Math.abs(exp));
  return (exp < 0 ? "-" : "+") + (body.length < minDigits ? "0".repeat(minDigits - body.length) + body : body);
}

function spaces(n: number): string {
  return n > 0 ? " ".repeat(n) : "";
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/**
 * Formats the (already summarised) values of one array the way NumPy 1.24 prints them with
 * floatmode 'maxprec' and the print options' sign ('-': only negatives, '+': always, ' ': a
 * space where a sign would go): returns one string per value, all of equal width.
 */
export function formatFloats(values: ArrayLike<number>, isFloat32: boolean, options: PrintOptions): string[] {
  const count = values.length;
  const plus = options.sign === "+";
  const signOf = (x: number) => (isNegative(x) ? "-" : plus ? "+" : "");
  let anySignBit = false;
  for (let i = 0; i < count; i++) {
    const x = values[i];
    if (x === x && x !== Infinity && x !== -Infinity && isNegative(x)) anySignBit = true;
  }
  // sign ' ' keeps a column for the sign when no finite value has one
  const spaceSign = options.sign === " " && !anySignBit ? 1 : 0;
  const precision = options.precision;
  // Choose notation from the finite non-zero magnitudes.
  let maxAbs = -Infinity;
  let minAbs = Infinity;
  let finiteCount = 0;
  let hasNegInf = false;
  for (let i = 0; i < count; i++) {
    const x = values[i];
    if (x === x && x !== Infinity && x !== -Infinity) {
      finiteCount++;
      const ax = Math.abs(x);
      if (ax !== 0) {
        if (ax > maxAbs) maxAbs = ax;
        if (ax < minAbs) minAbs = ax;
      }
    } else if (x === -Infinity) hasNegInf = true;
  }
  let expFormat = false;
  if (maxAbs !== -Infinity) {
    const ratio = isFloat32 ? Math.fround(maxAbs / minAbs) : maxAbs / minAbs;
    expFormat = maxAbs >= 1e8 || (!options.suppress && (minAbs < 0.0001 || ratio > 1000));
  }
  const out = new Array<string>(count);
  let padLeft = 0;
  let padRight = 0;
  if (finiteCount > 0 && expFormat) {
    // First pass: shortest digits capped at precision+1 significant digits.
    let fracDigits = 0;
    let expDigits = 0;
    for (let i = 0; i < count; i++) {
      const x = values[i];
      if (!(x === x && x !== Infinity && x !== -Infinity)) continue;
      if (signOf(x) !== "") padLeft = 2;
      const ax = Math.abs(x);
      if (ax === 0) {
        if (expDigits < 2) expDigits = 2;
        continue;
      }
      const d = uniqueSignificant(ax, isFloat32, precision + 1, -1);
      const n = trimZeros(d.digits).length;
      if (n - 1 > fracDigits) fracDigits = n - 1;
      const e = exponentText(d.exp, 2).length - 1;
      if (e > expDigits) expDigits = e;
    }
    if (padLeft < 1) padLeft = 1;
    padRight = expDigits + 2 + fracDigits;
    padLeft = nonFinitePad(padLeft + spaceSign, padRight, finiteCount < count, hasNegInf, options);
    for (let i = 0; i < count; i++) {
      const x = values[i];
      if (!(x === x && x !== Infinity && x !== -Infinity)) {
        out[i] = nonFinite(x, padLeft + padRight + 1, options);
        continue;
      }
      const ax = Math.abs(x);
      const d = ax === 0 ? { digits: "0".repeat(fracDigits + 1), exp: 0 } : uniqueSignificant(ax, isFloat32, fracDigits + 1, fracDigits + 1);
      const intPart = signOf(x) + d.digits[0];
      out[i] = spaces(padLeft - intPart.length) + intPart + "." + d.digits.slice(1) + "e" + exponentText(d.exp, expDigits);
    }
    return out;
  }
  // Positional: at most `precision` fraction digits, trailing zeros trimmed, points aligned.
  const intParts = new Array<string>(count);
  const fracParts = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const x = values[i];
    if (!(x === x && x !== Infinity && x !== -Infinity)) continue;
    const sign = signOf(x);
    const ax = Math.abs(x);
    if (ax === 0) {
      intParts[i] = sign + "0";
      fracParts[i] = "";
      if (intParts[i].length > padLeft) padLeft = intParts[i].length;
    } else {
      const d = uniqueDigits(ax, isFloat32, -precision, Infinity);
      const [intPart, fracPart] = positionalParts({ digits: trimZeros(d.digits), exp: d.exp });
      // Widths come from the shortest digits; integer digits are printed exactly.
      intParts[i] = sign + (d.exp - d.digits.length + 1 > 0 ? positionalParts(uniqueDigits(ax, isFloat32, -precision, 0))[0] : intPart);
      fracParts[i] = fracPart;
      if (sign.length + intPart.length > padLeft) padLeft = sign.length + intPart.length;
    }
    if (fracParts[i].length > padRight) padRight = fracParts[i].length;
  }
  padLeft = nonFinitePad(padLeft + spaceSign, padRight, finiteCount < count, hasNegInf, options);
  for (let i = 0; i < count; i++) {
    const x = values[i];
    if (!(x === x && x !== Infinity && x !== -Infinity)) {
      out[i] = nonFinite(x, padLeft + padRight + 1, options);
      continue;
    }
    const intPart = intParts[i];
    const fracPart = fracParts[i];
    out[i] = spaces(padLeft - intPart.length) + intPart + "." + fracPart + spaces(padRight - fracPart.length);
  }
  return out;
}

/** Widens the integer column so "nan" / "-inf" fit in the common width. */
function nonFinitePad(padLeft: number, padRight: number, hasNonFinite: boolean, hasNegInf: boolean, options: PrintOptions): number {
  if (!hasNonFinite) return padLeft;
  const offset = padRight + 1;
  const nanLen = options.nanstr.length;
  const infLen = options.infstr.length + (hasNegInf || options.sign !== "-" ? 1 : 0);
  return Math.max(padLeft, nanLen - offset, infLen - offset);
}

function nonFinite(x: number, width: number, options: PrintOptions): string {
  const plus = options.sign === "+" ? "+" : "";
  const text = x !== x ? plus + options.nanstr : (x < 0 ? "-" : plus) + options.infstr;
  return width > text.length ? " ".repeat(width - text.length) + text : text;
}

/**
 * `str(np.float64(x))` / `str(np.float32(x))`: shortest round-trip digits, positional
 * ("1.0", "0.1") for 1e-4 <= |x| < 1e16 or zero, otherwise scientific ("1e-10", "1.5e+20").
 */
export function floatScalarStr(x: number, isFloat32: boolean, nanstr = "nan", infstr = "inf"): string {
  if (x !== x) return nanstr;
  if (x === Infinity) return infstr;
  if (x === -Infinity) return "-" + infstr;
  const sign = isNegative(x) ? "-" : "";
  const ax = Math.abs(x);
  if (ax === 0) return sign + "0.0";
  const d = shortestDigits(ax, isFloat32);
  if (ax < 1e16 && ax >= 1e-4) {
    const [intPart, fracPart] = positionalParts(d);
    return sign + intPart + "." + (fracPart === "" ? "0" : fracPart);
  }
  const mantissa = d.digits.length > 1 ? d.digits[0] + "." + d.digits.slice(1) : d.digits;
  return sign + mantissa + "e" + exponentText(d.exp, 2);
}
