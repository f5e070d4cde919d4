/**
 * tslab's converter with Python's operators: a cell of a notebook that uses tslab-sci is
 * rewritten (transform.ts) before tslab type-checks and compiles it, and the diagnostics are
 * mapped back onto the cell as written. A cell without operators compiles exactly as before.
 */
import type { Converter, Diagnostic } from "../tslab";
import type { rewriteOperators as Rewrite } from "./transform";
import type { MappedText, Site } from "./source-map";

/** The rewrite, loaded with the compiler it runs beside (its tables are TypeScript's syntax kinds). */
const rewrite = (): typeof Rewrite => (require("./transform") as { rewriteOperators: typeof Rewrite }).rewriteOperators;

/**
 * How TypeScript says a helper refused its operands: no overload matches (2769, with its
 * reasons 2770 / 2345 / 2740 ...), or the one signature's argument does not fit (2345).
 */
const REFUSALS = new Set([2769, 2770, 2771, 2772, 2345, 2322, 2740, 2741, 2739]);

/** Whether the cell or an earlier one uses the library (else operators keep JavaScript's meaning untouched). */
function usesLibrary(prevDecl: string, src: string): boolean {
  return src.includes("tslab-sci") || prevDecl.includes("tslab-sci");
}

/** Makes `converter.convert` rewrite operators first. */
export function withOperators(converter: Converter): Converter {
  const convert = converter.convert.bind(converter);
  converter.convert = (prevDecl, src) => {
    const rewritten = usesLibrary(prevDecl, src) ? rewrite()(src, prevDecl) : null;
    if (rewritten === null) return convert(prevDecl, src);
    const result = convert(prevDecl, rewritten.toString());
    if (result.diagnostics.length === 0) return result;
    return { ...result, diagnostics: cellDiagnostics(result.diagnostics, rewritten, src, () => convert(prevDecl, src).diagnostics) };
  };
  return converter;
}

/**
 * The rewritten cell's diagnostics placed on the cell as written. Where a helper refused its
 * operands (`a - "x"`), TypeScript's own message for the operator is reported instead: it
 * comes from checking the cell unrewritten, which happens only then.
 */
export function cellDiagnostics(diagnostics: Diagnostic[], rewritten: MappedText, src: string, original: () => Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const refused = new Set<Site>();
  let unrewritten: Diagnostic[] | null = null;
  for (const d of diagnostics) {
    if (d.fileName !== undefined) {
      out.push(d);
      continue;
    }
    const refusedBy = REFUSALS.has(d.code) ? rewritten.refusedSite(d.start.offset, d.end.offset) : undefined;
    const site = refusedBy ?? rewritten.synthesizedSite(d.start.offset);
    if (site === undefined) {
      const end = Math.max(d.start.offset, d.end.offset - 1);
      out.push(at(d, src, rewritten.toOriginal(d.start.offset), rewritten.toOriginal(end) + (d.end.offset > d.start.offset ? 1 : 0)));
      continue;
    }
    if (refusedBy !== undefined) {
      if (refused.has(site)) continue;
      refused.add(site);
      unrewritten ??= original();
      // TypeScript's complaints about the refused operand, or about the whole operator
      const from = rewritten.toOriginal(d.start.offset);
      const to = rewritten.toOriginal(Math.max(d.start.offset, d.end.offset - 1)) + 1;
      const own = unrewritten.filter(
        (o) =>
          o.fileName === undefined &&
          o.start.offset >= site.origStart &&
          o.end.offset <= site.origEnd &&
          ((o.start.offset < to && o.end.offset > from) || (o.start.offset === site.origStart && o.end.offset === site.origEnd)),
      );
      if (own.length > 0) {
        out.push(...own);
        continue;
      }
    }
    out.push(at(d, src, site.origStart, site.origEnd));
  }
  // a message reported twice (a helper's and the operator's own) once
  return out.filter((d, i) => out.findIndex((e) => e.start.offset === d.start.offset && e.messageText === d.messageText && e.code === d.code) === i);
}

function at(d: Diagnostic, src: string, start: number, end: number): Diagnostic {
  return { ...d, start: position(src, start), end: position(src, Math.max(start, end)) };
}

function position(src: string, offset: number): Diagnostic["start"] {
  const before = src.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { offset, line, character: offset - (before.lastIndexOf("\n") + 1) };
}
