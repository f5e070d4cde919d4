/** np.ix_: open-mesh index arrays from 1-D sequences (boolean ones through nonzero). */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { int64 } from "../dtype";
import { astype } from "../cast";
import { nonzero } from "../indexing/nonzero";
import { pyfunction, signature } from "../../signature";

const IX = signature("numpy.ix_(*args)");

/**
 * `numpy.ix_(*args)`: N 1-D sequences as N index arrays shaped to broadcast against each other
 * (the k-th of shape (1, ..., n, ..., 1)), so `a.get(...np.ix_(rows, cols))` picks the
 * cross product. Boolean sequences stand for their True positions.
 */
export function ix_(...args: ArrayLike[]): NDArray[];
export function ix_(...args: unknown[]): NDArray[] {
  const seqs = IX.bind(args).args as ArrayLike[];
  const nd = seqs.length;
  return seqs.map((seq, k) => {
    let arr = asarray(seq);
    if (arr.ndim !== 1) throw new ValueError("Cross index must be 1 dimensional");
    if (arr.size === 0) arr = astype(arr, int64);
    if (arr.dtype.kind === "b") arr = nonzero(arr)[0];
    const shape = new Array<number>(nd).fill(1);
    shape[k] = arr.size;
    return arr.reshape(shape);
  });
}

pyfunction(IX, ix_);
