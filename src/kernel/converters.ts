/**
 * tslab's converters, wrapped: Python's operators on arrays (see operators/), a cell's last
 * value is kept only when IPython would show it (see display-rule.ts), and the diagnostics of the latest conversion are remembered so a
 * compile error can be reported as an `error` message rather than as text. With a cell cache
 * (cell-cache.ts), a known cell is answered from it and the compiler is created on the first
 * cell that is not.
 */
import type { Converter, ConverterSet, ConvertResult, Diagnostic } from "./tslab";
import { createConverter } from "./tslab";
import { showsValue } from "./display-rule";
import { withOperators } from "./operators/convert";
import type { CellCache } from "./cell-cache";

/** The converters the executor uses, plus what the latest conversion found. */
export interface CellConverters extends ConverterSet {
  /** Diagnostics of the latest conversion (empty when it compiled). */
  lastDiagnostics: Diagnostic[];
  /** The variable holding a last value the cell must not show, to be dropped after the run. */
  hiddenValueVar: string | undefined;
  /** True once the Node converter's TypeScript program exists. */
  readonly compilerReady: boolean;
  /** Compiles `src` with the compiler itself (created if need be), never from the cache: to warm it up. */
  compileOnly(src: string): Diagnostic[];
}

/** Node and browser converters, created on first use as tslab does; `cache`: known cells' conversions. */
export function createCellConverters(isJS = false, cache?: CellCache): CellConverters {
  let compiler: Converter | undefined;
  let node: Converter | undefined;
  let browser: Converter | undefined;
  const nodeCompiler = () => (compiler ??= withOperators(createConverter({ isJS, isBrowser: false })));
  const set: CellConverters = {
    lastDiagnostics: [],
    hiddenValueVar: undefined,
    get compilerReady() {
      return compiler !== undefined;
    },
    compileOnly(src) {
      return nodeCompiler().convert("", src).diagnostics;
    },
    get node() {
      return (node ??= withDisplayRule(cache ? cachedConverter(nodeCompiler, cache) : nodeCompiler(), set));
    },
    get browser() {
      return (browser ??= withDisplayRule(withOperators(createConverter({ isJS, isBrowser: true })), set));
    },
    close() {
      compiler?.close();
      browser?.close();
    },
  };
  return set;
}

/**
 * A conversion with the display rule's answer for its cell, as the cell cache stores it (the
 * rule parses the cell with TypeScript, which a kernel answering from the cache need not load).
 */
type RuledResult = ConvertResult & { showsValue?: boolean };

/** `converter` with the display rule on its conversions (a new object: the compiler's own stays as it is, for compileOnly). */
function withDisplayRule(converter: Converter, set: CellConverters): Converter {
  const convert = converter.convert.bind(converter);
  const wrapped: Converter = Object.create(converter);
  wrapped.convert = (prevDecl, src) => {
    const result: RuledResult = convert(prevDecl, src);
    set.lastDiagnostics = result.diagnostics;
    set.hiddenValueVar = undefined;
    if (result.lastExpressionVar !== undefined && !(result.showsValue ?? showsValue(src))) {
      set.hiddenValueVar = result.lastExpressionVar;
      return { ...result, lastExpressionVar: undefined };
    }
    return result;
  };
  return wrapped;
}

/** A converter that answers known cells from the cache and creates the compiler for the others. */
function cachedConverter(compiler: () => Converter, cache: CellCache): Converter {
  return {
    convert(prevDecl, src) {
      const known = cache.get(prevDecl, src);
      if (known) return known;
      const result: RuledResult = compiler().convert(prevDecl, src);
      if (result.lastExpressionVar !== undefined) result.showsValue = showsValue(src);
      cache.put(prevDecl, src, result);
      return result;
    },
    inspect: (prevDecl, src, position) => compiler().inspect(prevDecl, src, position),
    complete: (prevDecl, src, position) => compiler().complete(prevDecl, src, position),
    addModule: (name, content, meta) => compiler().addModule(name, content, meta),
    close: () => undefined, // the set closes the compiler it created
  };
}
