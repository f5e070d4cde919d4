/**
 * seaborn 0.12's long-form input for the categorical plots: `data` as a record of columns or an
 * array of rows, x / y / hue given as column names or arrays, the orientation seaborn infers
 * (infer_orient), and category levels in seaborn's order (categorical_order: numbers sorted,
 * strings in order of appearance) with their tick labels.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { NDArray } from "../np/ndarray";
import { read1d, NDArrayLike } from "../plt/data";
import { formatSpec } from "./pyformat";

/** Tabular input: columns by name, or one record per row. */
export type CategoricalData = Record<string, NDArrayLike | readonly (string | number)[]> | readonly Record<string, string | number>[];

/** The variables of a categorical plot: columns of `data` by name, or the values themselves. */
export interface CategoricalVariables {
  data?: CategoricalData | null;
  x?: string | readonly (string | number)[] | null;
  y?: string | readonly (string | number)[] | null;
  hue?: string | readonly (string | number)[] | null;
  order?: readonly Level[] | null;
  hue_order?: readonly Level[] | null;
}

/** A resolved variable: numbers or strings, and its name when it came from `data`. */
export type Variable =
  | { kind: "numeric"; values: Float64Array; integer: boolean; name: string | null }
  | { kind: "categorical"; values: string[]; name: string | null };

/** A category level (a number or a string) and how it is printed. */
export type Level = string | number;

/** Columns of `data` (rows are turned into columns). */
export function columnsOf(data: unknown): Record<string, unknown> | null {
  if (data == null) return null;
  if (Array.isArray(data) && data.length > 0 && typeof data[0] === "object" && data[0] !== null && !Array.isArray(data[0])) {
    const columns: Record<string, unknown[]> = {};
    for (const row of data as Record<string, unknown>[]) {
      for (const k of Object.keys(row)) (columns[k] ??= []).push(row[k]);
    }
    const n = data.length;
    if (Object.values(columns).some((c) => c.length !== n)) throw new ValueError("All rows must have the same keys");
    return columns;
  }
  if (typeof data === "object" && !Array.isArray(data) && !ArrayBuffer.isView(data) && !(data instanceof NDArray)) return data as Record<string, unknown>;
  throw new NotImplementedError("wide-form data (an array or matrix as `data`) is not supported yet; give x and y with a record of columns or rows");
}

/** x, y, hue: a column name of `data`, or the values themselves. */
export function variableOf(v: unknown, columns: Record<string, unknown> | null): Variable | null {
  if (v == null) return null;
  let name: string | null = null;
  let values: unknown = v;
  if (typeof v === "string") {
    if (columns === null || !(v in columns)) throw new ValueError(`Could not interpret input '${v}'`);
    name = v;
    values = columns[v];
  }
  if (Array.isArray(values) && values.some((s) => typeof s === "string")) {
    return { kind: "categorical", values: values.map((s) => (s == null ? "" : String(s))), name };
  }
  const nums = read1d(values as NDArrayLike, name ?? "values");
  const integer = values instanceof NDArray ? values.dtype.kind !== "f" : nums.every((x) => Number.isInteger(x));
  return { kind: "numeric", values: nums, integer, name };
}

/** seaborn's infer_orient for the categorical plots. */
export function inferOrient(x: Variable | null, y: Variable | null, orient: string | null, requireNumeric: boolean): "v" | "h" {
  const o = orient == null ? "" : String(orient);
  const xType = x?.kind;
  const yType = y?.kind;
  const needs = (dir: string, v: string) => new PyTypeError(`${dir} orientation requires numeric \`${v}\` variable.`);
  if (x === null) {
    if (requireNumeric && yType !== "numeric") throw needs("Vertical", "y");
    return "v";
  }
  if (y === null) {
    if (requireNumeric && xType !== "numeric") throw needs("Horizontal", "x");
    return "h";
  }
  if (o.startsWith("v")) {
    if (requireNumeric && yType !== "numeric") throw needs("Vertical", "y");
    return "v";
  }
  if (o.startsWith("h")) {
    if (requireNumeric && xType !== "numeric") throw needs("Horizontal", "x");
    return "h";
  }
  if (orient != null) throw new ValueError(`\`orient\` must start with 'v' or 'h' or be None, but \`'${o}'\` was passed.`);
  if (xType !== "categorical" && yType === "categorical") return "h";
  if (xType !== "numeric" && yType === "numeric") return "v";
  if (xType === "numeric" && yType !== "numeric") return "h";
  if (requireNumeric && xType !== "numeric" && yType !== "numeric") throw new PyTypeError("Neither the `x` nor `y` variable appears to be numeric.");
  return "v";
}

/** seaborn's categorical_order: `order` if given, else sorted numbers or strings as they appear. */
export function levelsOf(v: Variable, order: readonly Level[] | null | undefined): Level[] {
  if (order != null) return order.slice();
  if (v.kind === "categorical") return [...new Set(v.values)];
  return [...new Set(Array.from(v.values).filter((x) => x === x))].sort((a, b) => a - b);
}

/** A level as Python's str() prints it (matplotlib's tick label, the legend's label). */
export function levelLabel(level: Level, v: Variable): string {
  if (typeof level === "string") return level;
  return formatSpec(level, "", v.kind === "numeric" ? v.integer && Number.isInteger(level) : Number.isInteger(level));
}

/** Row indices of each level, in the levels' order (an absent level is empty). */
export function groupRows(v: Variable, levels: readonly Level[]): number[][] {
  const index = new Map<Level, number>(levels.map((l, i) => [l, i]));
  const rows: number[][] = levels.map(() => []);
  const values = v.values;
  for (let i = 0; i < values.length; i++) {
    const k = index.get(values[i]);
    if (k !== undefined) rows[k].push(i);
  }
  return rows;
}
