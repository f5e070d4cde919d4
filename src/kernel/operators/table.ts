/**
 * Python's operators as the cell rewrite spells them: the runtime helper each compiles to,
 * and, for the method form a plain TypeScript project reads, the NDArray method or the np
 * function with NumPy's name.
 */
import type * as TS from "typescript";
import { ts } from "../tslab";

export interface BinaryOperator {
  /** The runtime helper (runtime.ts). */
  helper: string;
  /** The np function (np.subtract). */
  ufunc: string;
  /** The NDArray method (a.sub), when there is one. */
  method?: string;
  /** `<`, `<=`, `>`, `>=`. */
  comparison?: boolean;
}

export interface InPlaceOperator {
  helper: string;
  /** The helper for a const binding. */
  constHelper: string;
  ufunc: string;
  /** The in-place NDArray method (a.isub), when there is one. */
  method?: string;
  /** The operator without `=`, for messages. */
  symbol: string;
}

const K = ts.SyntaxKind;

export const BINARY = new Map<TS.SyntaxKind, BinaryOperator>([
  [K.PlusToken, { helper: "add", ufunc: "add", method: "add" }],
  [K.MinusToken, { helper: "sub", ufunc: "subtract", method: "sub" }],
  [K.AsteriskToken, { helper: "mul", ufunc: "multiply", method: "mul" }],
  [K.SlashToken, { helper: "div", ufunc: "true_divide", method: "div" }],
  [K.PercentToken, { helper: "mod", ufunc: "remainder", method: "mod" }],
  [K.AsteriskAsteriskToken, { helper: "pow", ufunc: "power", method: "pow" }],
  [K.AmpersandToken, { helper: "and", ufunc: "bitwise_and" }],
  [K.BarToken, { helper: "or", ufunc: "bitwise_or" }],
  [K.CaretToken, { helper: "xor", ufunc: "bitwise_xor" }],
  [K.LessThanLessThanToken, { helper: "lshift", ufunc: "left_shift" }],
  [K.GreaterThanGreaterThanToken, { helper: "rshift", ufunc: "right_shift" }],
  [K.LessThanToken, { helper: "lt", ufunc: "less", method: "lt", comparison: true }],
  [K.LessThanEqualsToken, { helper: "le", ufunc: "less_equal", method: "le", comparison: true }],
  [K.GreaterThanToken, { helper: "gt", ufunc: "greater", method: "gt", comparison: true }],
  [K.GreaterThanEqualsToken, { helper: "ge", ufunc: "greater_equal", method: "ge", comparison: true }],
]);

function inPlace(name: string, ufunc: string, symbol: string, method?: string): InPlaceOperator {
  return { helper: `i${name}`, constHelper: `i${name}Const`, ufunc, symbol, method };
}

export const IN_PLACE = new Map<TS.SyntaxKind, InPlaceOperator>([
  [K.PlusEqualsToken, inPlace("add", "add", "+", "iadd")],
  [K.MinusEqualsToken, inPlace("sub", "subtract", "-", "isub")],
  [K.AsteriskEqualsToken, inPlace("mul", "multiply", "*", "imul")],
  [K.SlashEqualsToken, inPlace("div", "true_divide", "/", "idiv")],
  [K.PercentEqualsToken, inPlace("mod", "remainder", "%")],
  [K.AsteriskAsteriskEqualsToken, inPlace("pow", "power", "**")],
  [K.AmpersandEqualsToken, inPlace("and", "bitwise_and", "&")],
  [K.BarEqualsToken, inPlace("or", "bitwise_or", "|")],
  [K.CaretEqualsToken, inPlace("xor", "bitwise_xor", "^")],
  [K.LessThanLessThanEqualsToken, inPlace("lshift", "left_shift", "<<")],
  [K.GreaterThanGreaterThanEqualsToken, inPlace("rshift", "right_shift", ">>")],
]);

export const UNARY = new Map<TS.SyntaxKind, BinaryOperator>([
  [K.MinusToken, { helper: "neg", ufunc: "negative", method: "neg" }],
  [K.PlusToken, { helper: "pos", ufunc: "positive" }],
  [K.TildeToken, { helper: "invert", ufunc: "invert" }],
]);
