/**
 * What a parameter accepts, written as Python's docs write it: `"int"`, `"float"`, `"bool"`,
 * `"str"`, `"None"`, `"sequence"`, `"callable"`, `"mapping"`, `"array_like"`, `"any"`, joined
 * with `|` (`"int|None"`), or a Check of the caller's own (a dtype, an NDArray).
 */

/** A test of one argument and the words naming what it wanted. */
export interface Check {
  readonly test: (value: unknown) => boolean;
  /** As a message continues "argument 'x' must be ...". */
  readonly expected: string;
}

/** Builds a Check. */
export function check(expected: string, test: (value: unknown) => boolean): Check {
  return { expected, test };
}

/** A plain object literal: the trailing keyword-arguments object, or a mapping argument. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isNumber = (v: unknown) => typeof v === "number" || typeof v === "boolean";
const isArrayLike = (v: unknown) =>
  typeof v === "number" || typeof v === "boolean" || Array.isArray(v) || ArrayBuffer.isView(v) ||
  // NDArrays and scalars that carry a dtype; checked by shape, so this module needs no np import.
  (typeof v === "object" && v !== null && "shape" in v && "dtype" in v);

const BUILTIN: Record<string, Check> = {
  int: check("int", (v) => (typeof v === "number" && Number.isInteger(v)) || typeof v === "boolean"),
  float: check("float", isNumber),
  bool: check("bool", (v) => typeof v === "boolean" || typeof v === "number"),
  str: check("str", (v) => typeof v === "string"),
  None: check("None", (v) => v === null),
  sequence: check("a sequence", (v) => Array.isArray(v) || ArrayBuffer.isView(v)),
  callable: check("callable", (v) => typeof v === "function"),
  mapping: check("a mapping", isPlainObject),
  array_like: check("array_like", isArrayLike),
  any: check("any value", () => true),
};

/** The Check for a declaration: a Check, a `|`-joined list of builtin names, or Checks. */
export function toCheck(spec: string | Check | readonly (string | Check)[]): Check {
  if (typeof spec !== "string" && !Array.isArray(spec)) return spec as Check;
  const parts = (typeof spec === "string" ? spec.split("|") : (spec as readonly (string | Check)[])).map((p) => {
    if (typeof p !== "string") return p;
    const found = BUILTIN[p.trim()];
    if (!found) throw new SyntaxError(`unknown parameter type '${p}'`);
    return found;
  });
  if (parts.length === 1) return parts[0];
  const expected = parts.map((p) => p.expected).join(" or ");
  return check(expected, (v) => parts.some((p) => p.test(v)));
}

/** A value's Python type name, for "must be int, not float". */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  switch (typeof value) {
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "boolean":
      return "bool";
    case "string":
      return "str";
    case "function":
      return "function";
    case "bigint":
      return "int";
  }
  if (Array.isArray(value)) return "list";
  if (isPlainObject(value)) return "dict";
  const name = (value as object).constructor?.name;
  return name === "NDArray" ? "numpy.ndarray" : name ?? "object";
}
