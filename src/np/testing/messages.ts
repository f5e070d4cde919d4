/**
 * The text of np.testing's failures, as NumPy 1.24 builds it (build_err_msg): a header, the
 * caller's err_msg, and the reprs of both operands (at most four lines each).
 */
import { NDArray } from "../ndarray";
import { arrayRepr } from "../format/repr";
import { printoptions } from "../format/options";
import { floatScalarStr } from "../format/float";
import { intText } from "../format/int";

/** Python's `'%g'` with `digits` significant digits (`1e-07`, `0.001`, `66.7`). */
export function pyG(x: number, digits = 6): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const [mantissa, expText] = x.toExponential(digits - 1).split("e");
  const exp = Number(expText);
  if (exp < -4 || exp >= digits) {
    const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const fixed = x.toFixed(Math.max(0, digits - 1 - exp));
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** Python's repr of a value handed to an assertion (a JavaScript number prints as an int when integral). */
export function pyRepr(v: unknown): string {
  if (v instanceof NDArray) return arrayRepr(v);
  if (typeof v === "number") return Number.isInteger(v) ? intText(v) : floatScalarStr(v, false);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "string") return `'${v}'`;
  if (v === null || v === undefined) return "None";
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  return String(v);
}

/** NumPy's build_err_msg. */
export function buildErrMsg(
  values: readonly unknown[], errMsg: string, header = "Items are not equal:", verbose = true,
  names: readonly [string, string] = ["ACTUAL", "DESIRED"], precision = 8,
): string {
  const msg = ["\n" + header];
  if (errMsg) {
    if (!errMsg.includes("\n") && errMsg.length < 79 - header.length) msg[0] += " " + errMsg;
    else msg.push(errMsg);
  }
  if (verbose) {
    values.forEach((a, i) => {
      let r = a instanceof NDArray ? printoptions({ precision }, () => arrayRepr(a)) : pyRepr(a);
      const lines = r.split("\n");
      if (lines.length > 4) r = lines.slice(0, 3).join("\n") + "...";
      msg.push(` ${names[i]}: ${r}`);
    });
  }
  return msg.join("\n");
}
