/** Arrays from raw memory and iterables: frombuffer, fromiter, asanyarray. */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, pyfunction, signature } from "../../signature";
import { DType, DTypeLike, dtype as toDType, float64 } from "../dtype";
import { DTYPE, Order } from "../params";

/** Keyword arguments of np.frombuffer. */
export interface FrombufferOptions {
  dtype?: DTypeLike;
  count?: number;
  offset?: number;
  like?: null;
}

// NumPy's frombuffer is a C function without a Python signature; this is its documented one.
const FROMBUFFER = signature("numpy.frombuffer(buffer, dtype=float, count=-1, offset=0, *, like=None)", {
  types: { dtype: DTYPE, count: "int", offset: "int" },
  unsupported: ["like"],
  defaults: { dtype: float64 },
});

/** A little-endian reader for the 64-bit integers (stored here as float64 numbers). */
function readInt64(bytes: DataView, at: number, unsigned: boolean): number {
  return Number(unsigned ? bytes.getBigUint64(at, true) : bytes.getBigInt64(at, true));
}

/**
 * `numpy.frombuffer(buffer, dtype=float, count=-1, offset=0, *, like=None)`: a 1-D array over
 * the bytes of an ArrayBuffer or TypedArray, `offset` bytes in, `count` items (-1: all). It
 * shares the memory when the dtype's storage can view it in place (aligned, not a 64-bit
 * integer type), else it is a copy.
 */
export function frombuffer(buffer: ArrayBufferLike | ArrayBufferView, ...rest: PyArgs<[dtype: DTypeLike, count: number, offset: number, options: FrombufferOptions], FrombufferOptions>): NDArray;
export function frombuffer(...args: unknown[]): NDArray {
  const b = FROMBUFFER.bind(args);
  const src = b.buffer as ArrayBufferLike | ArrayBufferView;
  const [buf, base, length] = ArrayBuffer.isView(src) ? [src.buffer, src.byteOffset, src.byteLength] : [src as ArrayBufferLike, 0, (src as ArrayBufferLike).byteLength];
  const dt: DType = toDType(b.dtype);
  const offset = b.offset as number;
  let count = b.count as number;
  if (offset < 0 || offset > length) throw new ValueError(`offset must be non-negative and no greater than buffer length (${length})`);
  const available = length - offset;
  if (count < 0) {
    if (available % dt.itemsize !== 0) throw new ValueError("buffer size must be a multiple of element size");
    count = available / dt.itemsize;
  } else if (count * dt.itemsize > available) {
    throw new ValueError("buffer is smaller than requested size");
  }
  const start = base + offset;
  const native = !(dt.itemsize === 8 && dt.kind !== "f");
  if (native && start % dt.itemsize === 0) return NDArray.fromStorage(new dt.storage(buf, start, count), [count], dt);
  const out = NDArray.fromStorage(new dt.storage(count), [count], dt);
  const view = new DataView(buf, start, count * dt.itemsize);
  for (let i = 0; i < count; i++) {
    const at = i * dt.itemsize;
    out.data[i] = dt.itemsize === 8 && dt.kind !== "f" ? readInt64(view, at, dt.kind === "u") : new dt.storage(buf.slice(start + at, start + at + dt.itemsize))[0];
  }
  return out;
}

/** Keyword arguments of np.fromiter. */
export interface FromiterOptions {
  count?: number;
  like?: null;
}

// also a C function without a Python signature: its documented one
const FROMITER = signature("numpy.fromiter(iter, dtype, count=-1, *, like=None)", {
  types: { dtype: DTYPE, count: "int" },
  unsupported: ["like"],
});

/**
 * `numpy.fromiter(iter, dtype, count=-1, *, like=None)`: a 1-D array of `dtype` from an
 * iterable of numbers (a generator, a Set, ...), reading `count` items (-1: all).
 */
export function fromiter(iter: Iterable<number | boolean>, dtype: DTypeLike, ...rest: PyArgs<[count: number, options: FromiterOptions], FromiterOptions>): NDArray;
export function fromiter(...args: unknown[]): NDArray {
  const b = FROMITER.bind(args);
  const count = b.count as number;
  const values: number[] = [];
  if (count !== 0) {
    for (const v of b.iter as Iterable<number | boolean>) {
      values.push(Number(v));
      if (values.length === count) break;
    }
  }
  if (count > 0 && values.length < count) throw new ValueError(`iterator too short: Expected ${count} but iterator had only ${values.length} items.`);
  return asarray(values, toDType(b.dtype));
}

/** Keyword arguments of np.asanyarray. */
export interface AsanyarrayOptions {
  dtype?: DTypeLike | null;
  order?: Order | null;
  like?: null;
}

const ASANYARRAY = signature("numpy.asanyarray(a, dtype=None, order=None, *, like=None)", {
  types: { dtype: DTYPE, order: "str|None" },
  unsupported: ["like"],
});

/** `numpy.asanyarray(a, dtype=None, order=None, *, like=None)`: as asarray (there are no ndarray subclasses here). */
export function asanyarray(a: ArrayLike, ...rest: PyArgs<[dtype: DTypeLike | null, order: Order | null, options: AsanyarrayOptions], AsanyarrayOptions>): NDArray;
export function asanyarray(...args: unknown[]): NDArray {
  if (args.length === 1) return asarray(args[0] as ArrayLike);
  const b = ASANYARRAY.bind(args);
  return asarray(b.a, b.dtype, b.order);
}

pyfunction(FROMBUFFER, frombuffer);
pyfunction(FROMITER, fromiter);
pyfunction(ASANYARRAY, asanyarray);
