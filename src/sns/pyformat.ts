/**
 * Python's format-spec mini-language for one number (`"{:" + fmt + "}".format(value)`), as
 * seaborn's annotations use it: sign, "#", "0", width, precision and the types d, e, E, f, F,
 * g, G, % and none; fill/align and digit grouping are not supported yet.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyFormat } from "../np/io/printf";

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/;

/** Python's repr of a float ("1.0", "1e-07", "inf"). */
function floatRepr(v: number): string {
  if (v !== v) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  return String(v).replace(/e([+-])(\d)$/, "e$10$2");
}

/** `format(value, spec)` for a Python int (integer = true) or float. */
export function formatSpec(value: number, spec: string, integer: boolean): string {
  const m = SPEC.exec(spec);
  if (m === null) throw new ValueError("Invalid format specifier");
  const [, fill, align, sign = "", alternate = "", zero = "", width = "", grouping, precision, type = ""] = m;
  if (fill !== undefined || align !== undefined || grouping !== undefined) {
    throw new NotImplementedError(`format spec '${spec}': fill, alignment and digit grouping are not supported yet`);
  }
  const kind = integer ? "int" : "float";
  if ("bcoxXn".includes(type) && type !== "") throw new NotImplementedError(`format type '${type}' is not supported yet`);
  if (type === "s") throw new ValueError(`Unknown format code 's' for object of type '${kind}'`);
  if (type === "d" || (type === "" && integer)) {
    if (!integer) throw new ValueError(`Unknown format code 'd' for object of type 'float'`);
    if (precision !== undefined) throw new ValueError("Precision not allowed in integer format specifier");
  }
  const flags = sign + alternate + zero;
  const prec = precision === undefined ? "" : "." + precision;
  if (type === "%") {
    const p = precision === undefined ? ".6" : prec;
    const w = width === "" ? "" : String(Math.max(Number(width) - 1, 0));
    return pyFormat(`%${flags}${w}${p}f`, [value * 100]) + "%";
  }
  if (type === "" && !integer) {
    if (precision === undefined) {
      const body = floatRepr(value);
      const signed = value >= 0 && sign !== "-" && sign !== "" ? sign + body : body;
      return signed.padStart(Number(width || 0), zero ? "0" : " ");
    }
    // like "g", with at least one digit after the point in fixed notation
    let text = pyFormat(`%${flags}${prec}g`, [value]);
    if (Number.isFinite(value) && !/[.e]/.test(text)) text += ".0";
    return text.padStart(Number(width || 0), " ");
  }
  return pyFormat(`%${flags}${width}${prec}${type === "" ? "d" : type}`, [value]);
}
