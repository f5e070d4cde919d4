/** Python signatures: declare once, bind positional arguments and options, validate. */
export { signature, Signature, allSignatures, recordOptionUses } from "./signature";
export type { SignatureSpec, Bound } from "./signature";
export { pyfunction, signatureOf } from "./registry";
export { check, isPlainObject, pyTypeName } from "./checks";
export type { Check } from "./checks";
export type { PyArgs } from "./types";
export { parseSignature, pythonLiteral } from "./parse";
export type { Param, ParamKind } from "./parse";
