/**
 * NumPy's print options: `np.set_printoptions` / `np.get_printoptions`.
 */
import type { Complex } from "../complex/scalar";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, Signature, check, isPlainObject, pyfunction, signature } from "../../signature";

const PRINT_PARAMS = "precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None";
const FORMATTER = check("a dict of formatting functions", (v) =>
  v === null || (isPlainObject(v) && Object.values(v).every((f) => typeof f === "function")));
const SET_PRINTOPTIONS = signature(`numpy.set_printoptions(${PRINT_PARAMS})`, { types: { formatter: FORMATTER } });
const PRINTOPTIONS = signature(`numpy.printoptions(${PRINT_PARAMS})`, { types: { formatter: FORMATTER } });
const GET_PRINTOPTIONS = signature("numpy.get_printoptions()");

/** NumPy's print options beyond those this library honours: accepted at their default values only. */
const FIXED: Record<string, readonly unknown[]> = { floatmode: [null, "maxprec"], legacy: [null, false] };

/** Every keyword np.set_printoptions takes. */
export interface PrintOptionsArgs extends Partial<PrintOptions> {
  /** Functions formatting elements by kind: "bool", "int", "float", "int_kind", "float_kind", "all" (NumPy's keys). */
  formatter?: Formatter | null;
  /** How floats show their sign: "-" (negatives only), "+" (always) or " " (a space for positives). */
  sign?: "-" | "+" | " ";
  floatmode?: "maxprec";
  legacy?: false;
}

/** The options a call gives (bound by `sig`), the ones not honoured refused. */
function givenOptions(sig: Signature, args: ArrayLike<unknown>): Partial<PrintOptions> {
  const b = sig.bind(args);
  for (const [name, allowed] of Object.entries(FIXED)) if (!allowed.includes(b[name])) sig.notSupported(name, b[name]);
  const { precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sign } = b;
  return { precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sign };
}

/** NumPy's `formatter=`: element formatting functions by kind (the more specific key wins). */
export interface Formatter {
  bool?: (x: boolean) => string;
  int?: (x: number) => string;
  float?: (x: number) => string;
  int_kind?: (x: number) => string;
  float_kind?: (x: number) => string;
  complexfloat?: (x: Complex) => string;
  complex_kind?: (x: Complex) => string;
  all?: (x: number | boolean | Complex) => string;
}

/** The print options this library honours, with NumPy's names. */
export interface PrintOptions {
  /** Digits after the decimal point for floats (NumPy: 8). */
  precision: number;
  /** Arrays with more elements than this are summarised with "..." (NumPy: 1000). */
  threshold: number;
  /** Items kept at each end of a summarised axis (NumPy: 3). */
  edgeitems: number;
  /** Characters per line before wrapping (NumPy: 75). */
  linewidth: number;
  /** Print tiny floats as 0 in positional notation instead of switching to scientific (NumPy: false). */
  suppress: boolean;
  /** Text for NaN (NumPy: "nan"). */
  nanstr: string;
  /** Text for infinity (NumPy: "inf"). */
  infstr: string;
  /** Element formatting functions by kind (NumPy: None). */
  formatter: Formatter | null;
  /** How floats show their sign: "-", "+" or " " (NumPy: "-"). */
  sign: "-" | "+" | " ";
}

const DEFAULTS: PrintOptions = {
  precision: 8,
  formatter: null,
  sign: "-",
  threshold: 1000,
  edgeitems: 3,
  linewidth: 75,
  suppress: false,
  nanstr: "nan",
  infstr: "inf",
};

let current: PrintOptions = { ...DEFAULTS };

/** The options in force (a live object: read only). */
export function currentPrintOptions(): Readonly<PrintOptions> {
  return current;
}

function checkCount(name: string, value: unknown, allowInfinity: boolean): number {
  if (typeof value !== "number") throw new PyTypeError(`${name} must be numeric`);
  if (Number.isNaN(value)) {
    if (name === "threshold") {
      throw new ValueError("threshold must be non-NAN, try sys.maxsize for untruncated representation");
    }
    throw new ValueError(`${name} must be non-NAN`);
  }
  if (!(allowInfinity && value === Infinity) && !Number.isInteger(value)) {
    throw new PyTypeError(`${name} must be an integer`);
  }
  if (value < 0) throw new ValueError(`${name} must be >= 0`);
  return value;
}

/**
 * `numpy.set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
 * suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *,
 * legacy=None)`: changes how arrays print from now on. Options left out (or None) keep their
 * value. `threshold: Infinity` never summarises (NumPy's `threshold=sys.maxsize`).
 * `floatmode` and `legacy` are accepted at NumPy's defaults only. `formatter` maps kinds to
 * element formatting functions, and as in NumPy every call resets it unless given.
 */
export function set_printoptions(...args: PyArgs<[precision: number | null, threshold: number | null, edgeitems: number | null, linewidth: number | null, suppress: boolean | null, nanstr: string | null, infstr: string | null, options: PrintOptionsArgs], PrintOptionsArgs>): void;
export function set_printoptions(...args: unknown[]): void {
  current = withOptions(givenOptions(SET_PRINTOPTIONS, args));
}
pyfunction(SET_PRINTOPTIONS, set_printoptions);

function withOptions(options: Partial<PrintOptions>): PrintOptions {
  // as NumPy's, every call sets the formatter (none given: back to the default formatting)
  const next: PrintOptions = { ...current, formatter: options.formatter ?? null };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case "precision":
        next.precision = checkCount("precision", value, false);
        break;
      case "threshold":
        next.threshold = checkCount("threshold", value, true);
        break;
      case "edgeitems":
        next.edgeitems = checkCount("edgeitems", value, false);
        break;
      case "linewidth":
        next.linewidth = checkCount("linewidth", value, false);
        break;
      case "suppress":
        next.suppress = Boolean(value);
        break;
      case "nanstr":
      case "infstr":
        if (typeof value !== "string") throw new PyTypeError(`${key} must be a string`);
        next[key] = value;
        break;
      case "formatter":
        break;
      case "sign":
        if (value !== "-" && value !== "+" && value !== " ") throw new ValueError("sign option must be one of ' ', '+', or '-'");
        next.sign = value;
        break;
    }
  }
  return next;
}

/** `numpy.get_printoptions()`: a copy of the current print options (with NumPy's fixed ones at their values). */
export function get_printoptions(): PrintOptions & { floatmode: "maxprec"; legacy: false } {
  if (arguments.length > 0) GET_PRINTOPTIONS.bind(arguments);
  return { ...current, floatmode: "maxprec", legacy: false };
}
pyfunction(GET_PRINTOPTIONS, get_printoptions);

/** Restores NumPy's default print options. */
export function reset_printoptions(): void {
  current = { ...DEFAULTS };
}

/**
 * `with numpy.printoptions(*args, **kwargs): ...` (the parameters of np.set_printoptions):
 * runs `body` with the options changed, then restores the previous ones (also when `body`
 * throws). Returns what `body` returns.
 */
export function printoptions<T>(options: PrintOptionsArgs, body: () => T): T {
  const saved = current;
  current = withOptions(givenOptions(PRINTOPTIONS, [options]));
  try {
    return body();
  } finally {
    current = saved;
  }
}
pyfunction(PRINTOPTIONS, printoptions);
