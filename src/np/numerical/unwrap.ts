/** np.unwrap: removes jumps larger than `discont` along an axis by adding multiples of `period`. */
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { result_type } from "../ufunc";
import { normalizeAxis } from "../shape";
import { diff } from "./differences";
import { fromRowsLast, rowsLast } from "./axis-view";

/** Keyword arguments of np.unwrap. */
export interface UnwrapOptions {
  p?: ArrayLike;
  discont?: number | null;
  axis?: number;
  period?: number;
}

const UNWRAP = signature("numpy.unwrap(p, discont=None, axis=-1, *, period=6.283185307179586)", {
  types: { discont: "float|None", axis: "int", period: "float" },
});

/** Python's float modulo: the sign of the divisor. */
function pyMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && m < 0 !== b < 0 ? m + b : m === 0 ? (b < 0 ? -0 : 0) : m;
}

/**
 * `numpy.unwrap(p, discont=None, axis=-1, *, period=2*pi)`: where consecutive values along
 * `axis` jump by more than max(discont, period/2), shifts the rest by multiples of `period`
 * so that the jump falls inside [-period/2, period/2]. Integer input with an integer period
 * stays integer, as NumPy's.
 */
export function unwrap(p: ArrayLike, ...rest: PyArgs<[discont: number | null, axis: number, options: UnwrapOptions], UnwrapOptions>): NDArray;
export function unwrap(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { p: args[0], discont: null, axis: -1, period: 2 * Math.PI } : UNWRAP.bind(args);
  const p = asarray(b.p as ArrayLike);
  const dd = diff(p, { axis: b.axis });
  const period: number = b.period;
  const discont: number = b.discont ?? period / 2;
  const dtype = result_type(dd, period);
  const integer = dtype.kind === "i" || dtype.kind === "u";
  // integer periods split as divmod(period, 2): an odd period has no ambiguous boundary
  const high = integer ? Math.floor(period / 2) : period / 2;
  const ambiguous = integer ? pyMod(period, 2) === 0 : true;
  const low = -high;
  const axis = normalizeAxis(b.axis, p.ndim);
  const diffs = rowsLast(dd, axis);
  const values = rowsLast(p, axis);
  const n = values.n;
  const out = values.data;
  for (let row = 0; row < values.rows; row++) {
    let correction = 0;
    for (let i = 1; i < n; i++) {
      const d = diffs.data[row * (n - 1) + i - 1];
      let dmod = pyMod(d - low, period) + low;
      if (ambiguous && dmod === low && d > 0) dmod = high;
      const ph = Math.abs(d) < discont ? 0 : dmod - d;
      correction += ph;
      out[row * n + i] += correction;
    }
  }
  return astype(fromRowsLast(out, values.shape, axis, dtype), dtype);
}

pyfunction(UNWRAP, unwrap);
