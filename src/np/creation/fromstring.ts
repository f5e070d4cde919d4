/** np.fromstring in text mode: numbers read from a string, `sep` between them, as NumPy's reader does. */
import { NotImplementedError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { DTypeLike, dtype as toDType, float64 } from "../dtype";
import { DTYPE, checkLike } from "../params";
import { warn } from "../warnings";
import { PyArgs, pyfunction, signature } from "../../signature";

/** Keyword arguments of np.fromstring. */
export interface FromstringOptions {
  string?: string;
  dtype?: DTypeLike;
  count?: number;
  sep?: string;
  like?: NDArray | null;
}

const FROMSTRING = signature("numpy.fromstring(string, dtype=float, count=-1, *, sep='', like=None)", {
  types: { string: "str", dtype: DTYPE, count: "int", sep: "str" },
  defaults: { dtype: float64 },
});

const FLOAT = /^\s*[+-]?(?:inf(?:inity)?|nan(?:\([0-9a-z_]*\))?|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i;
const SIGNED = /^\s*[+-]?\d+/;
const UNSIGNED = /^\s*\+?\d+/;
const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";

/** The separator as NumPy's reader matches it: runs of whitespace become one wildcard, with wildcards at both ends. */
function separatorPattern(sep: string): string {
  let out = sep !== "" && !isSpace(sep[0]) ? " " : "";
  let skipping = false;
  for (const c of sep) {
    if (isSpace(c)) {
      if (!skipping) out += " ";
      skipping = true;
    } else {
      out += c;
      skipping = false;
    }
  }
  if (out !== "" && out[out.length - 1] !== " ") out += " ";
  return out;
}

/** Matches the separator at `pos`: the position after it, "end" at the end of the text, or "unmatched". */
function skipSeparator(text: string, pos: number, sep: string): number | "end" | "unmatched" {
  let at = pos;
  let k = 0;
  for (;;) {
    if (at >= text.length) return "end";
    if (k >= sep.length) return at !== pos ? at : "unmatched";
    const c = text[at];
    if (sep[k] === " ") {
      if (!isSpace(c)) {
        k++;
        continue;
      }
    } else if (sep[k] !== c) return "unmatched";
    else k++;
    at++;
  }
}

/**
 * `numpy.fromstring(string, dtype=float, count=-1, *, sep, like=None)`: a 1-D array of the
 * numbers written in `string`, separated by `sep` (whitespace in `sep` matches any run of
 * whitespace); `count` stops after that many. Unreadable text ends the array with NumPy's
 * DeprecationWarning. The binary mode (`sep: ""`) is deprecated in NumPy and not supported.
 */
export function fromstring(string: string, ...rest: PyArgs<[dtype: DTypeLike, count: number, options: FromstringOptions], FromstringOptions>): NDArray;
export function fromstring(...args: unknown[]): NDArray {
  const b = FROMSTRING.bind(args);
  checkLike(b.like);
  const dt = toDType(b.dtype);
  const sep: string = b.sep;
  if (sep === "") throw new NotImplementedError("fromstring() sep='' (the deprecated binary mode) is not supported: use np.frombuffer");
  const text: string = b.string;
  const count: number = b.count;
  const pattern = dt.kind === "f" ? FLOAT : dt.kind === "u" ? UNSIGNED : SIGNED;
  const sepPattern = separatorPattern(sep);
  const values: number[] = [];
  let pos = 0;
  let unmatched = false;
  while (count < 0 || values.length < count) {
    const m = pattern.exec(text.slice(pos));
    if (m === null) {
      unmatched = text.slice(pos).trim() !== "";
      break;
    }
    values.push(dt.kind === "f" ? parseFloat(m[0].trim().replace(/^([+-]?)nan.*$/i, "$1NaN").replace(/inf(inity)?/i, "Infinity")) : Number(m[0]));
    pos += m[0].length;
    const next = skipSeparator(text, pos, sepPattern);
    if (next === "end") break;
    if (next === "unmatched") {
      unmatched = true;
      break;
    }
    pos = next;
  }
  if (unmatched) warn("string or file could not be read to its end due to unmatched data; this will raise a ValueError in the future.", "DeprecationWarning");
  if (count >= 0 && values.length < count) throw new ValueError("string is smaller than requested size");
  const data = new dt.storage(values.length);
  for (let i = 0; i < values.length; i++) data[i] = dt.kind === "b" ? (values[i] !== 0 ? 1 : 0) : values[i];
  return NDArray.fromStorage(data, [values.length], dt);
}

pyfunction(FROMSTRING, fromstring);
