/**
 * Text files: np.savetxt (printf formats, delimiter, newline, header, footer, comments) and
 * np.loadtxt (delimiter, comments, skiprows, usecols, dtype, unpack, ndmin, max_rows).
 */
import { writeFileSync } from "node:fs";
import { PyArgs, pyfunction, signature } from "../../signature";
import { ValueError } from "../../errors";
import { DTypeLike, dtype as toDType, float64 } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { DTYPE } from "../params";
import { readBytes } from "./npy";
import { conversionCount, pyFormat } from "./printf";

const SAVETXT = signature("numpy.savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\\n', header='', footer='', comments='# ', encoding=None)", {
  types: { fname: "str", delimiter: "str", newline: "str", header: "str", footer: "str", comments: "str" },
  defaults: { newline: "\n" },
  unsupported: ["encoding"],
});
const LOADTXT = signature("numpy.loadtxt(fname, dtype=float, comments='#', delimiter=None, converters=None, skiprows=0, usecols=None, unpack=False, ndmin=0, encoding='bytes', max_rows=None, *, quotechar=None, like=None)", {
  types: { fname: "str", dtype: DTYPE, comments: ["str", "None"], delimiter: ["str", "None"], skiprows: "int", unpack: "bool", ndmin: "int", max_rows: ["int", "None"] },
  defaults: { dtype: float64 },
  unsupported: ["converters", "encoding", "quotechar", "like"],
});

/** Keywords of np.savetxt. */
export interface SavetxtOptions {
  fname?: string;
  X?: ArrayLike;
  fmt?: string | readonly string[];
  delimiter?: string;
  newline?: string;
  header?: string;
  footer?: string;
  comments?: string;
  encoding?: null;
}

/** `numpy.savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\n', header='', footer='', comments='# ', encoding=None)`: writes a 1-D or 2-D array as text, one row per line. */
export function savetxt(fname: string, X: ArrayLike, ...rest: PyArgs<[fmt: string | readonly string[], delimiter: string, newline: string, header: string, footer: string, comments: string, options: SavetxtOptions], SavetxtOptions>): void;
export function savetxt(...args: unknown[]): void {
  const b = SAVETXT.bind(args);
  let x = asarray(b.X);
  if (x.ndim === 0 || x.ndim > 2) throw new ValueError(`Expected 1D or 2D array, got ${x.ndim}D array instead`);
  if (x.ndim === 1) x = x.reshape([x.shape[0], 1]);
  const ncol = x.shape[1];
  let format: string;
  if (Array.isArray(b.fmt)) {
    if (b.fmt.length !== ncol) throw new ValueError(`fmt has wrong shape.  ${JSON.stringify(b.fmt)}`);
    format = b.fmt.join(b.delimiter);
  } else if (typeof b.fmt === "string") {
    const n = conversionCount(b.fmt);
    if (n === 1) format = new Array(ncol).fill(b.fmt).join(b.delimiter);
    else if (n !== ncol) throw new ValueError(`fmt has wrong number of % formats:  ${b.fmt}`);
    else format = b.fmt;
  } else {
    throw new ValueError(`invalid fmt: ${String(b.fmt)}`);
  }
  const values = Array.from(contiguousStorage(astype(x, float64)) as Float64Array);
  const parts: string[] = [];
  if (b.header) parts.push(b.comments + b.header.replace(/\n/g, "\n" + b.comments) + b.newline);
  for (let r = 0; r < x.shape[0]; r++) parts.push(pyFormat(format, values.slice(r * ncol, (r + 1) * ncol)) + b.newline);
  if (b.footer) parts.push(b.comments + b.footer.replace(/\n/g, "\n" + b.comments) + b.newline);
  writeFileSync(b.fname, parts.join(""));
}
pyfunction(SAVETXT, savetxt);

/** Keywords of np.loadtxt. */
export interface LoadtxtOptions {
  fname?: string;
  dtype?: DTypeLike;
  comments?: string | null;
  delimiter?: string | null;
  converters?: null;
  skiprows?: number;
  usecols?: number | readonly number[] | null;
  unpack?: boolean;
  ndmin?: 0 | 1 | 2;
  encoding?: "bytes";
  max_rows?: number | null;
  quotechar?: null;
  like?: null;
}

/** Python's float() of a field (also "nan", "inf", "+1e5"). */
function parseNumber(field: string, integer: boolean): number {
  const t = field.trim();
  if (integer) return /^[+-]?\d+$/.test(t) ? Number(t) : NaN;
  if (/^[+-]?(nan|inf|infinity)$/i.test(t)) return t.toLowerCase().includes("nan") ? NaN : t.startsWith("-") ? -Infinity : Infinity;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
}

/** The rows of a text file's data fields (comments cut, blank lines skipped). */
export function textRows(text: string, comments: string | null, delimiter: string | null, skip: number): string[][] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const rows: string[][] = [];
  for (const raw of lines.slice(skip)) {
    const cut = comments !== null && raw.includes(comments) ? raw.slice(0, raw.indexOf(comments)) : raw;
    if (cut.trim() === "") continue;
    rows.push(delimiter === null ? cut.trim().split(/\s+/) : cut.split(delimiter));
  }
  return rows;
}

/** NumPy's ndmin handling: squeeze when above ndmin, then at least ndmin dimensions (a column for 2). */
function withNdmin(a: NDArray, ndmin: number): NDArray {
  let shape = a.shape.slice();
  if (shape.length > ndmin) shape = shape.filter((s) => s !== 1);
  if (shape.length < ndmin) shape = ndmin === 1 ? [1] : shape.length === 1 ? [shape[0], 1] : [1, 1];
  return a.reshape(shape);
}

/**
 * `numpy.loadtxt(fname, dtype=float, comments='#', delimiter=None, converters=None, skiprows=0, usecols=None, unpack=False, ndmin=0, encoding='bytes', max_rows=None, *, quotechar=None, like=None)`:
 * an array from a text file (one row per line); with unpack, the columns as a list.
 */
export function loadtxt(fname: string, ...rest: PyArgs<[dtype: DTypeLike, comments: string | null, delimiter: string | null, converters: null, skiprows: number, usecols: number | readonly number[] | null, unpack: boolean, ndmin: 0 | 1 | 2, options: LoadtxtOptions], LoadtxtOptions>): NDArray | NDArray[];
export function loadtxt(...args: unknown[]): NDArray | NDArray[] {
  const b = LOADTXT.bind(args);
  if (![0, 1, 2].includes(b.ndmin)) throw new ValueError(`Illegal value of ndmin keyword: ${b.ndmin}`);
  const dt = toDType(b.dtype);
  const text = new TextDecoder().decode(readBytes(b.fname));
  let rows = textRows(text, b.comments, b.delimiter, b.skiprows);
  if (b.max_rows !== null) rows = rows.slice(0, b.max_rows);
  const width = rows.length > 0 ? rows[0].length : 0;
  const cols: number[] = b.usecols === null ? Array.from({ length: width }, (_, i) => i) : (typeof b.usecols === "number" ? [b.usecols] : [...b.usecols]);
  const integer = dt.kind === "i" || dt.kind === "u" || dt.kind === "b";
  const values: number[] = [];
  rows.forEach((fields, r) => {
    if (b.usecols === null && fields.length !== width) {
      throw new ValueError(`the number of columns changed from ${width} to ${fields.length} at row ${r + 1}; use \`usecols\` to select a subset and avoid this error`);
    }
    for (const c of cols) {
      const at = c < 0 ? c + fields.length : c;
      if (at < 0 || at >= fields.length) throw new ValueError(`invalid column index ${c} at row ${r + 1} with ${fields.length} columns`);
      const v = parseNumber(fields[at], integer);
      if (v !== v && !/nan/i.test(fields[at])) throw new ValueError(`could not convert string '${fields[at].trim()}' to ${dt.name} at row ${r}, column ${at + 1}.`);
      values.push(v);
    }
  });
  const shape = [rows.length, cols.length];
  const storage = new dt.storage(values.length);
  values.forEach((v, i) => (storage[i] = v));
  let arr = withNdmin(new NDArray(storage, shape, cContiguousStrides(shape), 0, dt), b.ndmin);
  if (b.unpack) {
    arr = arr.T;
    return arr.ndim === 0 ? [arr] : Array.from({ length: arr.shape[0] }, (_, i) => arr.get(i));
  }
  return arr;
}
pyfunction(LOADTXT, loadtxt);
