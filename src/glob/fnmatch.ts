/**
 * Python's fnmatch (POSIX, case-sensitive) on picomatch: the pattern is read with fnmatch's
 * grammar (./fnmatch-syntax) and rewritten into a picomatch glob that means the same thing,
 * which picomatch compiles to the regular expression.
 */
import picomatch from "picomatch";
import { PyTypeError, ValueError } from "../errors";
import { pyfunction, pyTypeName, signature } from "../signature";
import { FnToken, tokenize } from "./fnmatch-syntax";

const TRANSLATE = signature("fnmatch.translate(pat)", { types: { pat: "str" } });
const FNMATCH = signature("fnmatch.fnmatch(name, pat)", { types: { name: "str", pat: "str" } });
const FNMATCHCASE = signature("fnmatch.fnmatchcase(name, pat)", { types: { name: "str", pat: "str" } });
const FILTER = signature("fnmatch.filter(names, pat)", { types: { names: "sequence|str", pat: "str" } });

/** Checks a (name, pat) call: two strings, possibly passed by keyword. */
function namePat(sig: typeof FNMATCH, args: IArguments): [string, string] {
  if (args.length === 2 && typeof args[0] === "string" && typeof args[1] === "string") return [args[0], args[1]];
  const { name, pat } = sig.bind(args);
  return [name, pat];
}

const OPTIONS: picomatch.PicomatchOptions = {
  nobrace: true, // "{a,b}" is literal text in fnmatch
  noextglob: true, // so are "+(a)", "@(a)", "!(a)"
  nonegate: true, // a leading "!" negates only inside "[...]"
  noglobstar: true, // "**" is one star; glob handles recursive "**" itself
  posix: false, // no "[[:alpha:]]" classes in fnmatch
  literalBrackets: false, // "[ab]" matches one character, never the text "[ab]"
  dot: true, // fnmatch has no dotfile rule: glob drops hidden names itself, as Python does
  windows: false, // "\" is an ordinary character on POSIX
  strictSlashes: true, // no optional trailing "/" after a set
  fastpaths: false,
};

/** A set member as a regex code-point escape, which picomatch copies into its class unchanged. */
function member(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** A literal character: ASCII letters and digits as they are, anything else as a one-member set. */
function literal(ch: string): string {
  // picomatch gives "\\", "(", "{", "!", "+", "@", '"', "." and others meanings fnmatch lacks
  return /^[A-Za-z0-9]$/.test(ch) ? ch : `[${member(ch.codePointAt(0)!)}]`;
}

/** The picomatch glob for the tokens, with `slash` standing for "/" (see fnmatchcase); null never matches. */
function toPicomatch(tokens: FnToken[], slash: number): string | null {
  const SLASH = 0x2f;
  let out = "";
  for (const t of tokens) {
    if (t.kind === "star") out += "*";
    else if (t.kind === "any") out += "?";
    else if (t.kind === "char") out += t.ch === "/" ? literal(String.fromCodePoint(slash)) : literal(t.ch);
    else if (t.ranges.length === 0) return null; // fnmatch's "(?!)": an empty set
    else {
      const ranges = t.ranges.slice();
      if (slash !== SLASH && ranges.some(([lo, hi]) => lo <= SLASH && SLASH <= hi)) ranges.push([slash, slash]);
      const body = ranges.map(([lo, hi]) => (lo === hi ? member(lo) : `${member(lo)}-${member(hi)}`)).join("");
      out += `[${t.negated ? "^" : ""}${body}]`; // picomatch negates with "[^", fnmatch with "[!"
    }
  }
  return out;
}

// picomatch gives a glob's first character its dotfile, "."/".." and non-empty-name rules,
// which fnmatch lacks: the glob is parsed behind this literal, then the literal is dropped.
const LEAD = "x";

function compile(tokens: FnToken[], slash: number): RegExp | null {
  const glob = toPicomatch(tokens, slash);
  if (glob === null) return null;
  const { output } = picomatch.parse(LEAD + glob, OPTIONS);
  if (!output.startsWith(LEAD)) throw new Error(`fnmatch: unexpected picomatch output ${output}`);
  // "u": "?" and sets match one code point, as in Python; "s": newlines are ordinary characters
  return new RegExp(`^(?:${output.slice(LEAD.length)})$`, "su");
}

const CACHE = new Map<string, { tokens: FnToken[]; plain: RegExp | null }>();

function compiled(pat: string): { tokens: FnToken[]; plain: RegExp | null } {
  let entry = CACHE.get(pat);
  if (entry === undefined) {
    const tokens = tokenize(pat);
    entry = { tokens, plain: compile(tokens, 0x2f) };
    if (CACHE.size > 256) CACHE.clear();
    CACHE.set(pat, entry);
  }
  return entry;
}

/** Code points to try as the stand-in for "/": private use first, then the rest past ASCII. */
function* standInCandidates(): Generator<number> {
  for (let cp = 0xe000; cp <= 0x10ffff; cp++) yield cp;
  for (let cp = 0x80; cp < 0xd800; cp++) yield cp;
}

/** A code point absent from name and pattern and outside every set of the pattern. */
function unusedCodePoint(name: string, pat: string, tokens: FnToken[]): number {
  for (const cp of standInCandidates()) {
    const ch = String.fromCodePoint(cp);
    if (name.includes(ch) || pat.includes(ch)) continue;
    if (tokens.some((t) => t.kind === "set" && t.ranges.some(([lo, hi]) => lo <= cp && cp <= hi))) continue;
    return cp;
  }
  throw new ValueError("fnmatch: the pattern's sets cover every character that could stand in for '/'");
}

/**
 * `fnmatch.translate(pat)` as a JavaScript RegExp matching whole names that contain no "/"
 * (path components, as glob uses it); fnmatchcase also handles names with "/".
 */
export function translate(pat: string): RegExp {
  if (arguments.length !== 1 || typeof pat !== "string") pat = TRANSLATE.bind(arguments).pat;
  return compiled(pat).plain ?? /(?!)/;
}
pyfunction(TRANSLATE, translate);

/**
 * `fnmatch.fnmatch(name, pat)`: does the whole name match the shell pattern? On POSIX
 * os.path.normcase changes nothing, so this is fnmatchcase.
 */
export function fnmatch(name: string, pat: string): boolean {
  [name, pat] = namePat(FNMATCH, arguments);
  return matches(name, pat);
}
pyfunction(FNMATCH, fnmatch);

/** `fnmatch.fnmatchcase(name, pat)`: does the whole name match the shell pattern? */
export function fnmatchcase(name: string, pat: string): boolean {
  [name, pat] = namePat(FNMATCHCASE, arguments);
  return matches(name, pat);
}
pyfunction(FNMATCHCASE, fnmatchcase);

function matches(name: string, pat: string): boolean {
  const { tokens, plain } = compiled(pat);
  if (plain === null) return false;
  if (!name.includes("/")) return plain.test(name);
  // picomatch's "*", "?" and "[!...]" never match "/", fnmatch's do: "/" gets a stand-in
  const slash = unusedCodePoint(name, pat, tokens);
  const re = compile(tokens, slash)!;
  return re.test(name.split("/").join(String.fromCodePoint(slash)));
}

/** `fnmatch.filter(names, pat)`: the names matching the pattern, in order. */
export function filter(names: Iterable<string>, pat: string): string[] {
  if (arguments.length !== 2 || typeof pat !== "string") ({ names, pat } = FILTER.bind(arguments));
  const out: string[] = [];
  for (const n of names) {
    if (typeof n !== "string") throw new PyTypeError(`expected string or bytes-like object, got '${pyTypeName(n)}'`);
    if (matches(n, pat)) out.push(n);
  }
  return out;
}
pyfunction(FILTER, filter);
