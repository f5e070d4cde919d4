/**
 * Who owns an array's memory, as NumPy's copies-and-views chapter shows it: ndarray.view,
 * ndarray.base, ndarray.flat and the in-place ndarray.resize.
 */
import { inspect } from "node:util";
import { NDArray, cContiguousStrides } from "./ndarray";
import { PyArgs, isPlainObject, pyfunction, signature } from "../signature";
import { ValueError } from "../errors";
import { SHAPE } from "./params";
import { ShapeLike, normShape, shapeSize, tupleShape } from "./shape";
import { contiguousStorage, isCContiguous } from "./contiguous";
import { fortranCopy, isFContiguous } from "./layout";
import { viewOf } from "./flags";
import { tolist } from "./convert";

const VIEW = signature("numpy.ndarray.view(dtype=None, type=None)", { unsupported: ["dtype", "type"] });
const FLAT_COPY = signature("numpy.flatiter.copy()");
const RESIZE = signature("numpy.ndarray.resize(new_shape, refcheck=True)", { types: { new_shape: SHAPE, refcheck: "bool" }, unsupported: ["refcheck"] });

/** Keyword arguments of a.view. */
export interface ViewOptions {
  dtype?: null;
  type?: null;
}

/** Keyword arguments of a.resize. */
export interface ResizeOptions {
  new_shape?: ShapeLike;
  refcheck?: true;
}

/** `ndarray.flat`: the elements in C order, as numbers (NumPy's flatiter, read side). */
export class FlatIter implements Iterable<number | boolean> {
  /** @internal */
  constructor(readonly base: NDArray) {}

  *[Symbol.iterator](): IterableIterator<number | boolean> {
    const values = tolist(this.base.ravel()) as (number | boolean)[] | number | boolean;
    if (Array.isArray(values)) yield* values;
    else yield values;
  }

  /** `a.flat.copy()`: the elements as a new 1-D array. */
  copy(): NDArray {
    return this.base.flatten();
  }

  [inspect.custom](): string {
    return "<numpy.flatiter object>";
  }
}

declare module "./ndarray" {
  interface NDArray {
    /** `ndarray.base`: the array whose memory this view uses (null when the array owns its memory). */
    readonly base: NDArray | null;
    /** `ndarray.flat`: an iterator over the elements in C order (`for (const x of a.flat)`). */
    readonly flat: FlatIter;
    /** `a.view(dtype=None, type=None)`: a new array object looking at the same memory. */
    view(...rest: PyArgs<[dtype: null, type: null, options: ViewOptions], ViewOptions>): NDArray;
    /**
     * `a.resize(new_shape, refcheck=True)`: changes shape and size in place (C order); new
     * elements are zero. Also `a.resize(2, 6)`. Only an array that owns its memory resizes.
     */
    resize(...new_shape: number[] | [ShapeLike] | [ShapeLike, ResizeOptions] | [options: ResizeOptions]): void;
  }
}

const PROTO = NDArray.prototype;
Object.defineProperty(PROTO, "base", {
  get(this: NDArray): NDArray | null {
    return this._base;
  },
  configurable: true,
});
Object.defineProperty(PROTO, "flat", {
  get(this: NDArray): FlatIter {
    return new FlatIter(this);
  },
  configurable: true,
});

PROTO.view = function view(this: NDArray, ...args: unknown[]): NDArray {
  if (args.length > 0) VIEW.bind(args);
  return viewOf(this, new NDArray(this.data, this.shape, this.strides, this.offset, this.dtype));
};

PROTO.resize = function resize(this: NDArray, ...args: unknown[]): void {
  let shape: ShapeLike;
  if (args.length > 0 && isPlainObject(args[args.length - 1])) {
    const dims = args.slice(0, -1);
    shape = RESIZE.bind(dims.length === 0 ? [args[args.length - 1]] : [dims.length === 1 ? dims[0] : dims, args[args.length - 1]]).new_shape;
  } else {
    shape = (args.length === 1 ? args[0] : args) as ShapeLike;
  }
  const dims = normShape(shape, "new_shape");
  if (this._base !== null) throw new ValueError("cannot resize this array: it does not own its data");
  const width = this.dtype.kind === "c" ? 2 : 1;
  // NumPy resizes the memory as it lies: a Fortran-ordered array stays Fortran-ordered
  const fortran = this.ndim > 1 && isFContiguous(this) && !isCContiguous(this);
  const old = fortran ? fortranCopy(this).data : contiguousStorage(this);
  let data = old;
  const size = shapeSize(dims);
  if (size !== this.size || old !== this.data || this.offset !== 0) {
    data = new this.dtype.storage(size);
    data.set(old.subarray(0, Math.min(old.length, width * size)) as never);
  }
  const self = this as { -readonly [K in "data" | "shape" | "strides" | "offset"]: NDArray[K] };
  self.data = data;
  self.shape = tupleShape(dims.slice());
  self.strides = fortran ? fortranStrides(dims) : cContiguousStrides(dims);
  self.offset = 0;
};

/** Strides (in elements) of a Fortran-ordered array of this shape. */
function fortranStrides(shape: readonly number[]): number[] {
  const strides: number[] = [];
  let step = 1;
  for (const d of shape) {
    strides.push(step);
    step *= d;
  }
  return strides;
}

pyfunction(VIEW, PROTO.view);
pyfunction(FLAT_COPY, FlatIter.prototype.copy);
pyfunction(RESIZE, PROTO.resize);
