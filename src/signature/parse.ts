/**
 * Reads a Python signature as the Python docs print it, e.g.
 * `numpy.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)`,
 * into its parameters: kind (positional-only, positional-or-keyword, *args, keyword-only) and
 * default. Defaults are Python literals: None, True, False, numbers, strings, tuples/lists.
 */

/** How a parameter may be passed, in Python's terms. */
export type ParamKind = "positional" | "either" | "varargs" | "keyword";

/** One parameter of a Python signature. */
export interface Param {
  readonly name: string;
  readonly kind: ParamKind;
  /** False when the caller must give it. */
  readonly hasDefault: boolean;
  /** The default as a JavaScript value (None is null, tuples are arrays). */
  readonly default: unknown;
  /** The default as written in Python, for messages and docs. */
  readonly defaultText: string;
}

/** A parsed signature: the qualified name and its parameters in Python's order. */
export interface ParsedSignature {
  readonly qualname: string;
  readonly params: readonly Param[];
}

/** Splits at top-level commas (not inside brackets or quotes). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** A Python literal as a JavaScript value. */
export function pythonLiteral(text: string): unknown {
  const t = text.trim();
  if (t === "None") return null;
  if (t === "True") return true;
  if (t === "False") return false;
  if (/^[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?)$/i.test(t)) return Number(t);
  if (/^[+-]?inf$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  if (/^'[^']*'$|^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (/^\(.*\)$|^\[.*\]$/s.test(t)) return splitTopLevel(t.slice(1, -1)).map(pythonLiteral);
  throw new SyntaxError(`not a Python literal: ${t}`);
}

/**
 * Parses `qualname(params)`; throws SyntaxError on a malformed declaration. A default that is
 * not a literal (`dtype=float`) takes its JavaScript value from `defaults`.
 */
export function parseSignature(text: string, defaults: Readonly<Record<string, unknown>> = {}): ParsedSignature {
  const m = /^\s*([\w.]+)\s*\((.*)\)\s*$/s.exec(text);
  if (!m) throw new SyntaxError(`not a Python signature: ${text}`);
  const params: Param[] = [];
  let kind: ParamKind = "either";
  const parts = splitTopLevel(m[2]);
  if (parts.includes("/")) kind = "positional";
  for (const part of parts) {
    if (part === "/") {
      kind = "either";
      continue;
    }
    if (part === "*") {
      kind = "keyword";
      continue;
    }
    if (part.startsWith("**")) throw new SyntaxError(`**kwargs is declared by name in ${text}`);
    if (part.startsWith("*")) {
      params.push({ name: part.slice(1), kind: "varargs", hasDefault: true, default: [], defaultText: "()" });
      kind = "keyword";
      continue;
    }
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (!/^\w+$/.test(name)) throw new SyntaxError(`bad parameter '${part}' in ${text}`);
    if (eq < 0) {
      params.push({ name, kind, hasDefault: false, default: undefined, defaultText: "" });
    } else {
      const defaultText = part.slice(eq + 1).trim();
      const value = name in defaults ? defaults[name] : pythonLiteral(defaultText);
      params.push({ name, kind, hasDefault: true, default: value, defaultText });
    }
  }
  return { qualname: m[1], params };
}
