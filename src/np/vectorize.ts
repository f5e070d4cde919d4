/** np.vectorize: a scalar function applied elementwise over broadcast arrays. */
import { DType, DTypeLike, bool, dtype as toDType, float64, int64 } from "./dtype";
import { NDArray, cContiguousStrides } from "./ndarray";
import { ArrayLike, asarray, castScalar } from "./create";
import { broadcastShapes, broadcastStrides, shapeSize } from "./shape";
import { contiguousStorage } from "./contiguous";
import { PyTypeError, ValueError } from "../errors";
import { pyfunction, signature } from "../signature";

const VECTORIZE = signature("numpy.vectorize(pyfunc, otypes=None, doc=None, excluded=None, cache=False, signature=None)", {
  types: { pyfunc: "callable", otypes: "str|sequence|None", doc: "str|None", excluded: "sequence|None", cache: "bool" },
  unsupported: ["signature"],
});

/** Keyword arguments of np.vectorize. */
export interface VectorizeOptions {
  /** Output dtype: type codes ("f") or a list of one dtype; by default the type of the first result (int64, float64 or bool), as NumPy. */
  otypes?: DTypeLike | readonly DTypeLike[] | null;
  /** The docstring of the vectorized function (its `__doc__`). */
  doc?: string | null;
  /** Positions of arguments passed to `pyfunc` as they are, not broadcast element by element. */
  excluded?: readonly number[] | null;
  /** Changes nothing here: `pyfunc` is called once per element either way. */
  cache?: boolean;
  signature?: null;
}

/** The argument positions `excluded` names (keyword names need keyword arguments, which the vectorized function does not take). */
function excludedPositions(excluded: unknown): Set<number> {
  const list = excluded === null ? [] : Array.from(excluded as readonly unknown[]);
  for (const e of list) if (!Number.isInteger(e)) VECTORIZE.notSupported("excluded", excluded);
  return new Set(list as number[]);
}

/** The one output dtype `otypes` asks for (several outputs are not supported yet). */
function outputType(otypes: unknown): DType | null {
  if (otypes === null) return null;
  const list: unknown[] = typeof otypes === "string" ? otypes.split("") : Array.from(otypes as readonly unknown[]);
  if (list.length > 1) VECTORIZE.notSupported("otypes", otypes);
  if (list.length === 0) return null;
  try {
    return toDType(list[0] as DTypeLike);
  } catch (e) {
    if (e instanceof PyTypeError) throw new ValueError(`Invalid otype specified: ${String(list[0])}`);
    throw e;
  }
}

function typeOf(v: number | boolean): DType {
  return typeof v === "boolean" ? bool : Number.isInteger(v) ? int64 : float64;
}

/**
 * `numpy.vectorize(pyfunc, otypes=None, doc=None, excluded=None, cache=False, signature=None)`:
 * returns a function taking array-likes that calls `pyfunc` on each broadcast element tuple
 * and collects the results in a new array.
 */
export function vectorize(pyfunc: (...args: number[]) => number | boolean, options?: VectorizeOptions): ((...args: ArrayLike[]) => NDArray) & { __doc__?: string | null };
export function vectorize(...argv: unknown[]): ((...args: ArrayLike[]) => NDArray) & { __doc__?: string | null } {
  const b = VECTORIZE.bind(argv);
  const pyfunc = b.pyfunc as (...args: number[]) => number | boolean;
  const fixed = outputType(b.otypes);
  const excluded = excludedPositions(b.excluded);
  const vectorized = (...all: unknown[]): NDArray => {
    const args = all.filter((_, k) => !excluded.has(k)) as ArrayLike[];
    const call = excluded.size === 0 ? pyfunc : (...vals: number[]) => {
      const full = new Array<unknown>(all.length);
      for (let k = 0, v = 0; k < all.length; k++) full[k] = excluded.has(k) ? all[k] : vals[v++];
      return (pyfunc as (...x: unknown[]) => number | boolean)(...full);
    };
    const arrs = args.map((x) => asarray(x));
    const shape = broadcastShapes(arrs.map((a) => a.shape));
    const size = shapeSize(shape);
    const flats = arrs.map((a) => contiguousStorage(new NDArray(a.data, shape, broadcastStrides(a.shape, a.strides, shape), a.offset, a.dtype)));
    const values = new Array<number>(args.length);
    let dt = fixed;
    if (dt === null && size === 0) throw new ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set");
    let out: NDArray | null = null;
    for (let i = 0; i < size; i++) {
      for (let k = 0; k < flats.length; k++) values[k] = flats[k][i];
      const r = call(...values);
      if (out === null) {
        dt = dt ?? typeOf(r);
        out = new NDArray(new dt.storage(size), shape, cContiguousStrides(shape), 0, dt);
      }
      out.data[i] = castScalar(Number(r), out.dtype);
    }
    return out ?? new NDArray(new (dt ?? float64).storage(0), shape, cContiguousStrides(shape), 0, dt ?? float64);
  };
  return Object.assign(vectorized, { __doc__: b.doc as string | null });
}
pyfunction(VECTORIZE, vectorize);
