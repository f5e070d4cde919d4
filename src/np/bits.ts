/**
 * Bits and digits: np.packbits / np.unpackbits (bits of uint8 along an axis, either bit order)
 * and np.binary_repr / np.base_repr (an integer's digits as a string).
 */
import { PyTypeError, ValueError } from "../errors";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { uint8 } from "./dtype";
import { astype } from "./cast";
import { moveAxisLast } from "./manipulate";
import { normalizeAxis } from "./shape";
import { warn } from "./warnings";
import { PyArgs, pyfunction, signature } from "../signature";

/** Keyword arguments of np.packbits. */
export interface PackbitsOptions {
  axis?: number | null;
  bitorder?: "big" | "little";
}

/** Keyword arguments of np.unpackbits. */
export interface UnpackbitsOptions extends PackbitsOptions {
  count?: number | null;
}

const PACKBITS = signature("numpy.packbits(a, /, axis=None, bitorder='big')", { types: { axis: "int|None" } });
const UNPACKBITS = signature("numpy.unpackbits(a, /, axis=None, count=None, bitorder='big')", { types: { axis: "int|None", count: "int|None" } });

function littleOrder(bitorder: unknown): boolean {
  if (bitorder !== "big" && bitorder !== "little") throw new ValueError("'order' must be either 'little' or 'big'");
  return bitorder === "little";
}

/** Rows along `axis` (moved last, C-ordered) and how to put a new last axis back in its place. */
function lanes(a: NDArray, axis: number | null): { rows: NDArray; ax: number } {
  if (axis === null || a.ndim === 0) return { rows: astype(a.ravel(), a.dtype), ax: 0 };
  const ax = normalizeAxis(axis, a.ndim);
  return { rows: astype(moveAxisLast(a, ax), a.dtype), ax };
}

function restore(data: Uint8Array, shape: number[], ax: number): NDArray {
  const out = NDArray.fromStorage(data, shape, uint8);
  const nd = shape.length;
  const perm = Array.from({ length: nd }, (_, i) => (i < ax ? i : i === ax ? nd - 1 : i - 1));
  return astype(out.transpose(perm), uint8);
}

/**
 * `numpy.packbits(a, /, axis=None, bitorder='big')`: the elements of an integer or boolean
 * array read as bits (non-zero is 1), packed eight to a uint8 along `axis` (the flattened
 * array for None), the last byte padded with zeros.
 */
export function packbits(a: ArrayLike, ...rest: PyArgs<[axis: number | null, bitorder: "big" | "little", options: PackbitsOptions], PackbitsOptions>): NDArray;
export function packbits(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { a: args[0], axis: null, bitorder: "big" } : PACKBITS.bind(args);
  const little = littleOrder(b.bitorder);
  const a = asarray(b.a as ArrayLike);
  if (a.dtype.kind !== "i" && a.dtype.kind !== "u" && a.dtype.kind !== "b") throw new PyTypeError("Expected an input array of integer or boolean data type");
  const { rows, ax } = lanes(a, b.axis);
  const n = rows.ndim === 0 ? 1 : rows.shape[rows.ndim - 1];
  const count = n === 0 ? 0 : rows.size / n;
  const bytes = Math.ceil(n / 8);
  const out = new Uint8Array(count * bytes);
  const src = rows.data;
  for (let r = 0; r < count; r++) {
    for (let i = 0; i < n; i++) {
      if (src[r * n + i] === 0) continue;
      const bit = i & 7;
      out[r * bytes + (i >> 3)] |= little ? 1 << bit : 0x80 >> bit;
    }
  }
  const shape = rows.ndim === 0 ? [bytes] : [...rows.shape.slice(0, -1), bytes];
  return restore(out, shape, ax);
}

/**
 * `numpy.unpackbits(a, /, axis=None, count=None, bitorder='big')`: each uint8 as its eight
 * bits (uint8 0/1) along `axis`; `count` keeps that many bits (padding with zeros beyond them,
 * dropping from the end when negative).
 */
export function unpackbits(a: ArrayLike, ...rest: PyArgs<[axis: number | null, count: number | null, bitorder: "big" | "little", options: UnpackbitsOptions], UnpackbitsOptions>): NDArray;
export function unpackbits(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { a: args[0], axis: null, count: null, bitorder: "big" } : UNPACKBITS.bind(args);
  const little = littleOrder(b.bitorder);
  const a = asarray(b.a as ArrayLike);
  if (a.dtype !== uint8) throw new PyTypeError("Expected an input array of unsigned byte data type");
  const { rows, ax } = lanes(a, b.axis);
  const n = rows.ndim === 0 ? 1 : rows.shape[rows.ndim - 1];
  const count = n === 0 ? 0 : rows.size / n;
  let bits = n * 8;
  if (b.count !== null) {
    if (b.count < 0) {
      if (-b.count > bits) throw new ValueError("-count larger than number of elements");
      bits += b.count;
    } else bits = b.count;
  }
  const out = new Uint8Array(count * bits);
  const src = rows.data;
  for (let r = 0; r < count; r++) {
    for (let i = 0; i < Math.min(bits, n * 8); i++) {
      const byte = src[r * n + (i >> 3)];
      const bit = i & 7;
      out[r * bits + i] = little ? (byte >> bit) & 1 : (byte >> (7 - bit)) & 1;
    }
  }
  const shape = rows.ndim === 0 ? [bits] : [...rows.shape.slice(0, -1), bits];
  return restore(out, shape, ax);
}

const BINARY_REPR = signature("numpy.binary_repr(num, width=None)", { types: { num: "int", width: "int|None" } });
const BASE_REPR = signature("numpy.base_repr(number, base=2, padding=0)", { types: { number: "int", base: "int", padding: "int" } });

function insufficient(width: number | null, binwidth: number): void {
  if (width !== null && width < binwidth) warn("Insufficient bit width provided. This behavior will raise an error in the future.", "DeprecationWarning");
}

/**
 * `numpy.binary_repr(num, width=None)`: the binary digits of an integer; with `width`, zero
 * padded, and a negative number in two's complement of that width.
 */
export function binary_repr(num: number, ...rest: PyArgs<[width: number | null, options: { num?: number; width?: number | null }], { num?: number; width?: number | null }>): string;
export function binary_repr(...args: unknown[]): string {
  const b = args.length === 1 && Number.isInteger(args[0]) ? { num: args[0] as number, width: null } : BINARY_REPR.bind(args);
  const num = Number(b.num);
  const width: number | null = b.width;
  if (num === 0) return "0".repeat(width || 1);
  if (num > 0) {
    const binary = num.toString(2);
    insufficient(width, binary.length);
    return binary.padStart(width === null ? binary.length : Math.max(binary.length, width), "0");
  }
  if (width === null) return "-" + (-num).toString(2);
  let poswidth = (-num).toString(2).length;
  if (2 ** (poswidth - 1) === -num) poswidth -= 1;
  const binary = (2 ** (poswidth + 1) + num).toString(2);
  insufficient(width, binary.length);
  return "1".repeat(Math.max(binary.length, width) - binary.length) + binary;
}

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `numpy.base_repr(number, base=2, padding=0)`: an integer's digits in `base` (2 to 36), `padding` zeros in front. */
export function base_repr(number: number, ...rest: PyArgs<[base: number, padding: number, options: { number?: number; base?: number; padding?: number }], { number?: number; base?: number; padding?: number }>): string;
export function base_repr(...args: unknown[]): string {
  const b = BASE_REPR.bind(args);
  const base: number = b.base;
  if (base > DIGITS.length) throw new ValueError("Bases greater than 36 not handled in base_repr.");
  if (base < 2) throw new ValueError("Bases less than 2 not handled in base_repr.");
  const number = Number(b.number);
  let digits = Math.abs(number) === 0 ? "" : Math.abs(number).toString(base).toUpperCase();
  if (b.padding) digits = "0".repeat(b.padding) + digits;
  if (number < 0) digits = "-" + digits;
  return digits === "" ? "0" : digits;
}

pyfunction(PACKBITS, packbits);
pyfunction(UNPACKBITS, unpackbits);
pyfunction(BINARY_REPR, binary_repr);
pyfunction(BASE_REPR, base_repr);
