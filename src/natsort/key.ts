/**
 * natsort's sort key (natsort_keygen): a string becomes a tuple alternating text and
 * numbers, always starting with text ("" when the string starts with a number), so that
 * keys compare element by element as natsort's Python tuples do.
 */
import { NotImplementedError, ValueError } from "../errors";
import { check, pyfunction, signature } from "../signature";
import { LOCALE_BITS, NSType, ns } from "./ns";
import { pathSplitter } from "./path";

/** A natsort key: nested tuples of strings and numbers (bigint for integers past 2^53). */
export type NatsortKey = ReadonlyArray<string | number | bigint | NatsortKey>;

const NULL_STRING_MAX = String.fromCodePoint(0x10ffff).repeat(20);

function numberPattern(alg: NSType): RegExp {
  const signed = alg & ns.SIGNED ? "[-+]?" : "";
  if (!(alg & ns.FLOAT)) return new RegExp(`(${signed}\\p{Nd}+)`, "u");
  const exp = alg & ns.NOEXP ? "" : "(?:[eE][-+]?\\p{Nd}+)?";
  return new RegExp(`(${signed}(?:\\p{Nd}+\\.?\\p{Nd}*|\\.\\p{Nd}+)${exp})`, "u");
}

const DIGIT = /\p{Nd}/u;
/** Unicode decimal digits (any script) to ASCII, as Python's int()/float() read them. */
function asciiDigits(s: string): string {
  if (/^[-+.0-9eE]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    if (ch >= "0" && ch <= "9") out += ch;
    else if (DIGIT.test(ch)) {
      // decimal digits come in contiguous runs of ten, zero first
      const cp = ch.codePointAt(0)!;
      let start = cp;
      while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
      out += String((cp - start) % 10);
    } else out += ch;
  }
  return out;
}

/** Python's str.swapcase, letter by letter. */
function swapcase(s: string): string {
  let out = "";
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += ch === lo && ch !== up ? up : ch === up && ch !== lo ? lo : ch;
  }
  return out;
}

/**
 * Python's str.casefold, approximated by full uppercasing then lowercasing: this applies the
 * full foldings ("ß" -> "ss", "ﬁ" -> "fi", final sigma, long s) that toLowerCase alone skips.
 */
export function casefold(s: string): string {
  return s.toUpperCase().toLowerCase();
}

function groupletters(s: string): string {
  let out = "";
  for (const ch of s) out += casefold(ch) + ch;
  return out;
}

const PY_FLOAT_WORD = /^\s*[-+]?(inf|infinity|nan)\s*$/i;

/** One string component: a number when natsort's regex matched it, else (transformed) text. */
function componentFactory(alg: NSType, pattern: RegExp): (x: string) => string | number | bigint {
  const full = new RegExp(`^${pattern.source}$`, "u");
  const nanValue = alg & ns.NANLAST ? Infinity : -Infinity;
  const text = alg & ns.GROUPLETTERS ? groupletters : (x: string) => x;
  if (alg & ns.FLOAT) {
    return (x) => {
      if (full.test(x)) return Number(asciiDigits(x));
      if (PY_FLOAT_WORD.test(x)) {
        const v = Number(x.trim().toLowerCase().replace("infinity", "inf").replace("inf", "Infinity"));
        return Number.isNaN(v) ? nanValue : v;
      }
      return text(x);
    };
  }
  return (x) => {
    if (!full.test(x)) return text(x);
    const digits = asciiDigits(x);
    const v = Number(digits);
    return Number.isSafeInteger(v) ? v : BigInt(digits);
  };
}

function isNumber(v: unknown): boolean {
  return typeof v === "number" || typeof v === "bigint";
}

/** The key function natsort_keygen returns. */
export type KeyFunction = (value: unknown) => NatsortKey;

/** `alg=`: checked by natsort_keygen itself, which names a bad value in a ValueError as natsort does. */
export const ALG = check("a combination of ns flags", () => true);

const NATSORT_KEYGEN = signature("natsort.natsort_keygen(key=None, alg=ns.DEFAULT)", {
  types: { key: "callable|None", alg: ALG },
  defaults: { alg: ns.DEFAULT },
});

/** Keyword arguments of natsort_keygen. */
export interface NatsortKeygenOptions {
  key?: ((value: any) => unknown) | null;
  alg?: NSType;
}

/**
 * `natsort.natsort_keygen(key=None, alg=ns.DEFAULT)`: a function mapping a value (string,
 * number, null, or an array of those, compared element by element) to natsort's key.
 */
export function natsort_keygen(key?: ((value: any) => unknown) | null | NatsortKeygenOptions, alg?: NSType | NatsortKeygenOptions, options?: NatsortKeygenOptions): KeyFunction;
export function natsort_keygen(...args: unknown[]): KeyFunction {
  const bound = NATSORT_KEYGEN.bind(args);
  return makeKey(bound.key, bound.alg);
}
pyfunction(NATSORT_KEYGEN, natsort_keygen);

/** natsort_keygen after binding. */
function makeKey(key: ((value: any) => unknown) | null, alg: NSType): KeyFunction {
  // Python ORs alg into ns.DEFAULT: any int works (unknown bits mean nothing), anything else is refused
  if (typeof alg !== "number" || !Number.isInteger(alg)) {
    throw new ValueError(`natsort_keygen: 'alg' argument must be from the enum 'ns', got ${typeof alg === "string" ? alg : String(alg)}`);
  }
  if (alg & LOCALE_BITS) {
    throw new NotImplementedError(`natsort_keygen() alg=${alg} is not supported yet: the locale flags (ns.LOCALE, ns.LOCALEALPHA, ns.LOCALENUM) are not provided`);
  }
  const sep = alg & ns.NUMAFTER ? NULL_STRING_MAX : "";
  const pattern = numberPattern(alg);
  const splitter = new RegExp(pattern.source, "u");
  const component = componentFactory(alg, pattern);
  const form = alg & ns.COMPATIBILITYNORMALIZE ? "NFKD" : "NFD";
  const swap = Boolean(alg & ns.LOWERCASEFIRST);
  const fold = Boolean(alg & ns.IGNORECASE);
  const nanValue = alg & ns.NANLAST ? Infinity : -Infinity;

  const parseString = (s: string): NatsortKey => {
    let x = s.normalize(form);
    if (swap) x = swapcase(x);
    if (fold) x = casefold(x);
    const pieces = x.split(splitter).filter((p) => p !== "" && p !== undefined).map(component);
    const out: (string | number | bigint)[] = [];
    pieces.forEach((p, i) => {
      if (isNumber(p) && (i === 0 || isNumber(pieces[i - 1]))) out.push(sep);
      out.push(p);
    });
    return out;
  };
  const stringFunc = alg & ns.PATH ? (s: string) => pathSplitter(s).map(parseString) : parseString;
  const numberFunc = (v: number | null | undefined): NatsortKey => {
    const tuple = [sep, v === null || v === undefined || Number.isNaN(v) ? nanValue : v];
    return alg & ns.PATH ? [tuple] : tuple;
  };
  const keyOf = (v: unknown): NatsortKey => {
    if (typeof v === "string") return stringFunc(v);
    if (Array.isArray(v)) return v.map(keyOf);
    if (v === null || v === undefined || typeof v === "number") return numberFunc(v);
    if (typeof v === "boolean") return numberFunc(v ? 1 : 0);
    if (typeof v === "bigint") return numberFunc(Number(v));
    return stringFunc(String(v));
  };
  return (value: unknown) => keyOf(key ? key(value) : value);
}

const DEFAULT_KEY = makeKey(null, ns.DEFAULT);

const NATSORT_KEY = signature("natsort.natsort_key(val, *, key=None, string_func=DEFAULT, bytes_func=DEFAULT, num_func=DEFAULT)", {
  types: { key: "callable|None" },
  // natsort's own building blocks (its parser factories), not part of this library's surface
  unsupported: ["string_func", "bytes_func", "num_func"],
  defaults: { string_func: null, bytes_func: null, num_func: null },
});

/** Keyword arguments of natsort_key. */
export interface NatsortKeyOptions {
  val?: unknown;
  key?: ((value: any) => unknown) | null;
  string_func?: null;
  bytes_func?: null;
  num_func?: null;
}

/**
 * `natsort.natsort_key(val, *, key=None, string_func=..., bytes_func=..., num_func=...)`:
 * natsort's default key (what natsort_keygen() returns) for one value.
 */
export function natsort_key(val: unknown, options?: NatsortKeyOptions): NatsortKey;
export function natsort_key(val: unknown): NatsortKey {
  if (arguments.length === 1) return DEFAULT_KEY(val);
  const bound = NATSORT_KEY.bind(arguments);
  return bound.key === null ? DEFAULT_KEY(bound.val) : makeKey(bound.key, ns.DEFAULT)(bound.val);
}
pyfunction(NATSORT_KEY, natsort_key);
