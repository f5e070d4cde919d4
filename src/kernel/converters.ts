/**
 * tslab's converters, wrapped: Python's operators on arrays (see operators/), a cell's last
 * value is kept only when IPython would show it (see display-rule.ts), and the diagnostics of the latest conversion are remembered so a
 * compile error can be reported as an `error` message rather than as text.
 */
import type { Converter, ConverterSet, Diagnostic } from "./tslab";
import { createConverter } from "./tslab";
import { showsValue } from "./display-rule";
import { withOperators } from "./operators/convert";

/** The converters the executor uses, plus what the latest conversion found. */
export interface CellConverters extends ConverterSet {
  /** Diagnostics of the latest conversion (empty when it compiled). */
  lastDiagnostics: Diagnostic[];
  /** The variable holding a last value the cell must not show, to be dropped after the run. */
  hiddenValueVar: string | undefined;
}

/** Node and browser converters, created on first use as tslab does. */
export function createCellConverters(isJS = false): CellConverters {
  let node: Converter | undefined;
  let browser: Converter | undefined;
  const set: CellConverters = {
    lastDiagnostics: [],
    hiddenValueVar: undefined,
    get node() {
      return (node ??= withDisplayRule(withOperators(createConverter({ isJS, isBrowser: false })), set));
    },
    get browser() {
      return (browser ??= withDisplayRule(withOperators(createConverter({ isJS, isBrowser: true })), set));
    },
    close() {
      node?.close();
      browser?.close();
    },
  };
  return set;
}

function withDisplayRule(converter: Converter, set: CellConverters): Converter {
  const convert = converter.convert.bind(converter);
  converter.convert = (prevDecl, src) => {
    const result = convert(prevDecl, src);
    set.lastDiagnostics = result.diagnostics;
    set.hiddenValueVar = undefined;
    if (result.lastExpressionVar !== undefined && !showsValue(src)) {
      set.hiddenValueVar = result.lastExpressionVar;
      return { ...result, lastExpressionVar: undefined };
    }
    return result;
  };
  return converter;
}
