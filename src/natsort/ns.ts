/**
 * natsort's `ns` flags with natsort 8's values. Combine them with `|`:
 * `natsorted(files, { alg: ns.IGNORECASE | ns.PATH })`. The locale flags (LOCALE,
 * LOCALEALPHA, LOCALENUM) and UNGROUPLETTERS/CAPITALFIRST (which acts only with them) are
 * not provided; their values in `alg` are NotImplementedError.
 */
export const ns = Object.freeze({
  /** Natural sort of unsigned integers: the default. */
  DEFAULT: 0, INT: 0, I: 0, UNSIGNED: 0, U: 0,
  /** Numbers may be floats, with exponents ("1.5e3"). */
  FLOAT: 1, F: 1,
  /** A leading "+" or "-" is part of the number. */
  SIGNED: 2, S: 2,
  /** With FLOAT: do not read exponents. */
  NOEXP: 4, N: 4,
  /** Sort as file paths: split into directories, base name and extensions. */
  PATH: 8, P: 8,
  /** Case-insensitive (Python's casefold). */
  IGNORECASE: 64, IC: 64,
  /** Lowercase before uppercase (the case of every letter is swapped for sorting). */
  LOWERCASEFIRST: 128, LF: 128,
  /** Group upper and lowercase of a letter together ("A a B b" rather than "A B a b"). */
  GROUPLETTERS: 256, G: 256,
  /** NaN (and null) sort last instead of first. */
  NANLAST: 1024, NL: 1024,
  /** Unicode compatibility normalisation (NFKD) instead of NFD. */
  COMPATIBILITYNORMALIZE: 2048, CN: 2048,
  /** Numbers sort after text instead of before. */
  NUMAFTER: 4096, NA: 4096,
  /** FLOAT | SIGNED. */
  REAL: 3, R: 3,
} as const);

/** A combination of `ns` flags. */
export type NSType = number;

/** The locale flags (LOCALEALPHA = 16, LOCALENUM = 32), which this implementation does not provide. */
export const LOCALE_BITS = 16 | 32;
