/** Python's printf-style `%` formatting of one number (pie's autopct: '%1.1f%%', '%d', '%.2e'). */
import { PyTypeError, ValueError } from "../errors";

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diouxXeEfFgGsr%])/g;

/** Python's str() of a float. */
export function pyFloatStr(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  const s = String(v);
  return s.replace(/e([+-])(\d)$/, "e$10$2");
}

/** %g as Python formats it: precision p significant digits, trailing zeros dropped unless '#'. */
function general(v: number, p: number, alt: boolean, upper: boolean): string {
  const prec = p === 0 ? 1 : p;
  if (v === 0) return alt ? (0).toFixed(prec - 1) : "0";
  const exp = Number(v.toExponential(prec - 1).split("e")[1]);
  let s = exp < -4 || exp >= prec ? expo(v, prec - 1) : v.toFixed(prec - 1 - exp);
  if (!alt) s = s.replace(/(\.\d*?)0+(e|$)/, "$1$2").replace(/\.(e|$)/, "$1");
  return upper ? s.toUpperCase() : s;
}

function expo(v: number, digits: number): string {
  const [m, e] = v.toExponential(digits).split("e");
  const n = Number(e);
  return `${m}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
}

/** `fmt % value` for a format holding one conversion (and any number of '%%'). */
export function percentFormat(fmt: string, value: number): string {
  let used = false;
  const out = fmt.replace(SPEC, (_m, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    if (used) throw new PyTypeError("not enough arguments for format string");
    used = true;
    const p = precision === undefined ? 6 : Number(precision);
    const neg = value < 0 || Object.is(value, -0);
    const a = Math.abs(value);
    let body: string;
    switch (conv) {
      case "d": case "i": case "u": body = String(Math.trunc(a)); break;
      case "o": body = Math.trunc(a).toString(8); break;
      case "x": body = Math.trunc(a).toString(16); break;
      case "X": body = Math.trunc(a).toString(16).toUpperCase(); break;
      case "f": case "F": body = Number.isFinite(a) ? a.toFixed(p) : "inf"; break;
      case "e": body = expo(a, p); break;
      case "E": body = expo(a, p).toUpperCase(); break;
      case "g": body = general(a, p, flags.includes("#"), false); break;
      case "G": body = general(a, p, flags.includes("#"), true); break;
      default: {
        const s = pyFloatStr(value);
        return (precision !== undefined ? s.slice(0, p) : s).padStart(width === undefined ? 0 : Number(width));
      }
    }
    const sign = neg && !(/^[0.]*$/.test(body) && conv === "d") ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const w = width === undefined ? 0 : Number(width);
    if (flags.includes("-")) return (sign + body).padEnd(w);
    if (flags.includes("0")) return sign + body.padStart(w - sign.length, "0");
    return (sign + body).padStart(w);
  });
  if (!used) throw new PyTypeError("not all arguments converted during string formatting");
  return out;
}

/** Checks a format string holds a conversion Python accepts. */
export function checkPercentFormat(fmt: string): void {
  const stripped = fmt.replace(SPEC, "");
  if (stripped.includes("%")) throw new ValueError(`unsupported format character in '${fmt}'`);
}
