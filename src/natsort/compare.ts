/**
 * Ordering of natsort keys as Python orders tuples of str and numbers. Not taken from a
 * JavaScript natural-sort package: string-natural-compare, natural-compare,
 * javascript-natural-sort and natural-orderby each order natsort's default (ns.INT) fixtures
 * differently (UTF-16 units instead of code points, "x01" and "x1" not equal, "a!" before "a1",
 * dates, hex, decimals, case or whitespace read their own way), so no flag could use them.
 */
import { NatsortKey } from "./key";

type Item = string | number | bigint | NatsortKey;

/** Python's str comparison: by code point (not UTF-16 unit). */
function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // a surrogate (an astral code point) outranks every BMP character
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}

const RANK: Record<string, number> = { number: 0, bigint: 0, string: 1, object: 2 };

/** -1, 0 or 1 as Python's tuple comparison of two natsort keys would order them. */
export function compareKeys(a: Item, b: Item): number {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (ta === "string" && tb === "string") return compareStrings(a as string, b as string);
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compareKeys(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  }
  // Python would raise TypeError here; keep a total order instead (numbers < text < tuples)
  return RANK[ta] - RANK[tb];
}
