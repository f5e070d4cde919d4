/**
 * np.genfromtxt's common use: a float table from text where empty or unparsable fields are
 * missing values (NaN, or filling_values), with header and footer lines skipped.
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { ValueError } from "../../errors";
import { DTypeLike, dtype as toDType, float64 } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { DTYPE } from "../params";
import { readBytes } from "./npy";

const DELETECHARS = " !#$%&'()*+,-./:;<=>?@[\\]^{|}~";
const GENFROMTXT = signature(
  "numpy.genfromtxt(fname, dtype=float, comments='#', delimiter=None, skip_header=0, skip_footer=0, converters=None, missing_values=None, filling_values=None, usecols=None, names=None, excludelist=None, deletechars=\" !#$%&'()*+,-./:;<=>?@[\\\\]^{|}~\", replace_space='_', autostrip=False, case_sensitive=True, defaultfmt='f%i', unpack=None, usemask=False, loose=True, invalid_raise=True, max_rows=None, encoding='bytes', *, ndmin=0, like=None)",
  {
    types: { fname: "str", dtype: DTYPE, comments: ["str", "None"], delimiter: ["str", "None"], skip_header: "int", skip_footer: "int", filling_values: ["float", "None"], unpack: ["bool", "None"], max_rows: ["int", "None"], ndmin: "int" },
    defaults: { dtype: float64, deletechars: DELETECHARS },
    unsupported: [
      "converters", "missing_values", "names", "excludelist", "deletechars", "replace_space", "autostrip", "case_sensitive", "defaultfmt",
      "usemask", "loose", "invalid_raise", "encoding", "like",
    ],
  },
);

/** Keywords of np.genfromtxt (those beyond the basics are refused). */
export interface GenfromtxtOptions {
  dtype?: DTypeLike;
  comments?: string | null;
  delimiter?: string | null;
  skip_header?: number;
  skip_footer?: number;
  filling_values?: number | null;
  usecols?: number | readonly number[] | null;
  unpack?: boolean | null;
  max_rows?: number | null;
  ndmin?: 0 | 1 | 2;
}

function field(text: string | undefined, fill: number): number {
  const t = (text ?? "").trim();
  if (t === "") return fill;
  if (/^[+-]?(nan|inf|infinity)$/i.test(t)) return /nan/i.test(t) ? NaN : t.startsWith("-") ? -Infinity : Infinity;
  // a field that is not a number is missing too (NumPy's loose conversion)
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : fill;
}

/**
 * `numpy.genfromtxt(fname, dtype=float, comments='#', delimiter=None, skip_header=0, skip_footer=0, ...)`:
 * a table from text, empty fields and fields that are not numbers filled with
 * filling_values (default NaN); squeezed as NumPy squeezes (ndmin keeps dimensions).
 */
export function genfromtxt(fname: string, ...rest: PyArgs<[dtype: DTypeLike, comments: string | null, delimiter: string | null, skip_header: number, skip_footer: number, options: GenfromtxtOptions], GenfromtxtOptions>): NDArray | NDArray[];
export function genfromtxt(...args: unknown[]): NDArray | NDArray[] {
  const b = GENFROMTXT.bind(args);
  const dt = toDType(b.dtype);
  if (dt.kind !== "f") throw new ValueError("genfromtxt() reads floats only here: dtype must be a float type");
  const text = new TextDecoder().decode(readBytes(b.fname));
  let lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  lines = lines.slice(b.skip_header);
  if (b.skip_footer > 0) lines = lines.slice(0, Math.max(0, lines.length - b.skip_footer));
  let rows: string[][] = [];
  for (const raw of lines) {
    const cut = b.comments !== null && raw.includes(b.comments) ? raw.slice(0, raw.indexOf(b.comments)) : raw;
    if (cut.trim() === "") continue;
    rows.push(b.delimiter === null ? cut.trim().split(/\s+/) : cut.split(b.delimiter));
  }
  if (b.max_rows !== null) rows = rows.slice(0, b.max_rows);
  const width = rows.length > 0 ? rows[0].length : 0;
  const cols: number[] = b.usecols === null ? Array.from({ length: width }, (_, i) => i) : typeof b.usecols === "number" ? [b.usecols] : [...b.usecols];
  const fill = b.filling_values ?? NaN;
  rows.forEach((r, i) => {
    if (b.usecols === null && r.length !== width) throw new ValueError(`Some errors were detected !\n    Line #${i + 1 + b.skip_header} (got ${r.length} columns instead of ${width})`);
  });
  const shape = [rows.length, cols.length];
  const storage = new dt.storage(rows.length * cols.length);
  rows.forEach((r, i) => cols.forEach((c, j) => (storage[i * cols.length + j] = field(r[c < 0 ? c + r.length : c], fill))));
  let arr = new NDArray(storage, shape, cContiguousStrides(shape), 0, dt);
  // NumPy squeezes the result, then restores ndmin dimensions
  let dims = arr.shape.filter((s) => s !== 1);
  if (dims.length < b.ndmin) dims = b.ndmin === 1 ? [arr.size] : dims.length === 1 ? (arr.shape[0] === 1 ? [1, dims[0]] : [dims[0], 1]) : [1, 1];
  arr = arr.reshape(dims);
  if (b.unpack) return arr.ndim < 2 ? [arr] : Array.from({ length: arr.shape[1] }, (_, i) => arr.T.get(i));
  return arr;
}
pyfunction(GENFROMTXT, genfromtxt);
