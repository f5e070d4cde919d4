/**
 * Python's fnmatch pattern grammar, read the way fnmatch.translate (3.11) reads it: "*", "?",
 * "[seq]" / "[!seq]" sets, and every other character literal (backslash included). Sets come
 * out as code-point ranges, so that they can be handed to a matcher with a different syntax.
 */

/** One element of a shell pattern. */
export type FnToken =
  | { kind: "star" }
  | { kind: "any" }
  | { kind: "char"; ch: string }
  /** A set: code-point ranges [lo, hi]; no ranges and not negated never matches. */
  | { kind: "set"; negated: boolean; ranges: [number, number][] };

const DASH = Symbol("range dash");

/** fnmatch's split of a set body at its range dashes, with empty ranges such as "z-a" dropped. */
function setChunks(pat: string[], i: number, j: number): string[][] {
  const body = pat.slice(i, j);
  if (!body.includes("-")) return [body];
  const chunks: string[][] = [];
  // a dash right after "[" or "[!" is a literal, and so is one right after a range
  let k = pat[i] === "!" ? i + 2 : i + 1;
  for (;;) {
    k = k < j ? pat.indexOf("-", k) : -1;
    if (k < 0 || k >= j) break;
    chunks.push(pat.slice(i, k));
    i = k + 1;
    k = k + 3;
  }
  const last = pat.slice(i, j);
  if (last.length > 0) chunks.push(last);
  else chunks[chunks.length - 1].push("-"); // a trailing dash is a literal
  for (let m = chunks.length - 1; m > 0; m--) {
    const prev = chunks[m - 1];
    if (prev[prev.length - 1].codePointAt(0)! > chunks[m][0].codePointAt(0)!) {
      chunks[m - 1] = [...prev.slice(0, -1), ...chunks[m].slice(1)];
      chunks.splice(m, 1);
    }
  }
  return chunks;
}

/** The set's members as Python's regex engine reads the class fnmatch builds from the chunks. */
function setRanges(items: (string | typeof DASH)[]): [number, number][] {
  const ranges: [number, number][] = [];
  const cp = (x: string | typeof DASH) => (x === DASH ? 0x2d : x.codePointAt(0)!);
  for (let n = 0; n < items.length; n++) {
    const lo = cp(items[n]);
    if (items[n + 1] === DASH && n + 2 < items.length) {
      ranges.push([lo, cp(items[n + 2])]);
      n += 2;
    } else {
      ranges.push([lo, lo]);
    }
  }
  return ranges;
}

function parseSet(pat: string[], i: number, j: number): FnToken {
  const chunks = setChunks(pat, i, j);
  const flat = chunks.flatMap<string | typeof DASH>((c, n) => (n === 0 ? c : [DASH, ...c]));
  if (flat.length === 0) return { kind: "set", negated: false, ranges: [] };
  if (flat.length === 1 && flat[0] === "!") return { kind: "any" }; // "[!]" with only empty ranges
  const negated = flat[0] === "!";
  return { kind: "set", negated, ranges: setRanges(negated ? flat.slice(1) : flat) };
}

/** The tokens of a shell pattern; an unclosed "[" is a literal. */
export function tokenize(pattern: string): FnToken[] {
  const pat = Array.from(pattern); // by code point, as Python indexes str
  const out: FnToken[] = [];
  let i = 0;
  while (i < pat.length) {
    const c = pat[i++];
    if (c === "*") {
      if (out.length === 0 || out[out.length - 1].kind !== "star") out.push({ kind: "star" });
    } else if (c === "?") {
      out.push({ kind: "any" });
    } else if (c === "[") {
      let j = i;
      if (j < pat.length && pat[j] === "!") j++;
      if (j < pat.length && pat[j] === "]") j++;
      while (j < pat.length && pat[j] !== "]") j++;
      if (j >= pat.length) {
        out.push({ kind: "char", ch: c });
      } else {
        out.push(parseSet(pat, i, j));
        i = j + 1;
      }
    } else {
      out.push({ kind: "char", ch: c });
    }
  }
  return out;
}
