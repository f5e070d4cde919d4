/**
 * The NPY format (NumPy's .npy files): version 1.0 headers written byte for byte as NumPy
 * 1.24 writes them (64-byte aligned, spare room after the shape), versions 1-3 read,
 * little- and big-endian data, C or Fortran order, complex64/complex128 included.
 */
import { ValueError } from "../../errors";
import { DType, bool, dtype as toDType } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { contiguousStorage } from "../contiguous";
import { shapeSize } from "../shape";

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;

/** NumPy's descr string for a dtype ('<f8', '|u1', '|b1'). */
function descrOf(dt: DType): string {
  const code = dt.kind === "b" ? "b" : dt.kind;
  return `${dt.itemsize === 1 ? "|" : "<"}${code}${dt.itemsize}`;
}

/** Python's repr of a shape tuple. */
function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** The .npy bytes of an array, as np.save writes them. */
export function encodeNpy(a: NDArray): Uint8Array {
  let header = `{'descr': '${descrOf(a.dtype)}', 'fortran_order': False, 'shape': ${shapeRepr(a.shape)}, }`;
  if (a.shape.length > 0) header += " ".repeat(GROWTH_AXIS_MAX_DIGITS - String(a.shape[0]).length);
  const prefix = 10;
  const pad = ALIGN - ((header.length + 1 + prefix) % ALIGN);
  header += " ".repeat(pad) + "\n";
  const body = dataBytes(a);
  const out = new Uint8Array(prefix + header.length + body.length);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  out[8] = header.length & 0xff;
  out[9] = header.length >> 8;
  for (let i = 0; i < header.length; i++) out[prefix + i] = header.charCodeAt(i);
  out.set(body, prefix + header.length);
  return out;
}

/** The elements in C order as little-endian bytes (int64/uint64 through BigInt arrays). */
function dataBytes(a: NDArray): Uint8Array {
  const values = contiguousStorage(a);
  if ((a.dtype.kind === "i" || a.dtype.kind === "u") && a.dtype.itemsize === 8) {
    const big = a.dtype.kind === "i" ? new BigInt64Array(values.length) : new BigUint64Array(values.length);
    for (let i = 0; i < values.length; i++) big[i] = BigInt(values[i] as number);
    return new Uint8Array(big.buffer);
  }
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength).slice();
}

/** The header dictionary's fields (NumPy writes a Python dict literal). */
function parseHeader(text: string): { descr: string; fortran: boolean; shape: number[] } {
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text);
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text);
  const shape = /'shape'\s*:\s*\(([^)]*)\)/.exec(text);
  if (!descr || !fortran || !shape) throw new ValueError(`Cannot parse header: ${JSON.stringify(text)}`);
  const dims = shape[1].split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  return { descr: descr[1], fortran: fortran[1] === "True", shape: dims };
}

const DTYPES: Record<string, string> = {
  b1: "bool", i1: "int8", u1: "uint8", i2: "int16", u2: "uint16", i4: "int32", u4: "uint32", i8: "int64", u8: "uint64", f4: "float32", f8: "float64",
  c8: "complex64", c16: "complex128",
};

/** True when the bytes start with the NPY magic string. */
export function isNpy(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** Reads .npy bytes into an array (object arrays, which need pickle, are refused). */
export function decodeNpy(bytes: Uint8Array): NDArray {
  if (!isNpy(bytes)) throw new ValueError("the magic string is not correct; expected b'\\x93NUMPY'");
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [headerLength, start] = major === 1 ? [view.getUint16(8, true), 10] : [view.getUint32(8, true), 12];
  if (major < 1 || major > 3) throw new ValueError(`we only support format version (1,0), (2,0), and (3,0), not (${major}, ${bytes[7]})`);
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(bytes.subarray(start, start + headerLength));
  const { descr, fortran, shape } = parseHeader(header);
  const order = descr[0];
  const code = DTYPES[descr.slice(1)];
  if (code === undefined) throw new ValueError(`descr '${descr}' is not supported (object arrays need allow_pickle, which is not supported)`);
  const dt = toDType(code as "float64");
  const n = shapeSize(shape);
  const offset = start + headerLength;
  const raw = bytes.slice(offset, offset + n * dt.itemsize);
  if (raw.length < n * dt.itemsize) throw new ValueError(`EOF: reading array data, expected ${n * dt.itemsize} bytes got ${raw.length}`);
  // a complex element is two floats, each swapped on its own
  const word = dt.kind === "c" ? dt.itemsize / 2 : dt.itemsize;
  if (order === ">" && word > 1) {
    for (let i = 0; i < raw.length; i += word) raw.subarray(i, i + word).reverse();
  }
  const storage = storageFrom(raw.buffer, dt, n);
  const dims = fortran ? shape.slice().reverse() : shape;
  const arr = new NDArray(storage, dims, cContiguousStrides(dims), 0, dt);
  return fortran ? arr.transpose() : arr;
}

function storageFrom(buffer: ArrayBuffer, dt: DType, n: number): NDArray["data"] {
  if (dt === bool) return new Uint8Array(buffer, 0, n);
  if ((dt.kind === "i" || dt.kind === "u") && dt.itemsize === 8) {
    const big = dt.kind === "i" ? new BigInt64Array(buffer, 0, n) : new BigUint64Array(buffer, 0, n);
    return Float64Array.from(big, Number);
  }
  return new dt.storage(buffer, 0, n);
}
