/** Ranges on a log scale: logspace, geomspace. */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { PyArgs, pyfunction, signature } from "../../signature";
import { DTYPE } from "../params";
import { DTypeLike, dtype as toDType, float64 } from "../dtype";
import { astype } from "../cast";
import { linspace } from "../create-ranges";
import { power } from "../ufuncs/binary";
import { moveaxis } from "../manipulation/move-axes";

/** Keyword arguments of np.logspace. */
export interface LogspaceOptions {
  start?: number;
  stop?: number;
  num?: number;
  endpoint?: boolean;
  base?: number;
  dtype?: DTypeLike | null;
  axis?: number;
}

const LOGSPACE = signature("numpy.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)", {
  types: { start: "float", stop: "float", num: "int", endpoint: "bool", base: "float", dtype: DTYPE, axis: "int" },
});

/**
 * `numpy.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)`:
 * base ** linspace(start, stop, num, endpoint).
 */
export function logspace(start: number, stop: number, ...rest: PyArgs<[num: number, endpoint: boolean, base: number, dtype: DTypeLike | null, axis: number, options: LogspaceOptions], LogspaceOptions>): NDArray;
export function logspace(...args: unknown[]): NDArray {
  const b = args.length === 2 ? { start: args[0], stop: args[1], num: 50, endpoint: true, base: 10, dtype: null, axis: 0 } : LOGSPACE.bind(args);
  const y = linspace(b.start, b.stop, b.num, b.endpoint, { axis: b.axis });
  const out = power(b.base, y) as NDArray;
  return b.dtype === null ? out : astype(out, toDType(b.dtype));
}

/** Keyword arguments of np.geomspace. */
export interface GeomspaceOptions {
  start?: number;
  stop?: number;
  num?: number;
  endpoint?: boolean;
  dtype?: DTypeLike | null;
  axis?: number;
}

const GEOMSPACE = signature("numpy.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)", {
  types: { start: "float", stop: "float", num: "int", endpoint: "bool", dtype: DTYPE, axis: "int" },
});

/**
 * `numpy.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)`: a geometric
 * progression from start to stop (both ends exact, both negative allowed; zero is refused).
 */
export function geomspace(start: number, stop: number, ...rest: PyArgs<[num: number, endpoint: boolean, dtype: DTypeLike | null, axis: number, options: GeomspaceOptions], GeomspaceOptions>): NDArray;
export function geomspace(...args: unknown[]): NDArray {
  const b = args.length === 2 ? { start: args[0], stop: args[1], num: 50, endpoint: true, dtype: null, axis: 0 } : GEOMSPACE.bind(args);
  let start = Number(b.start);
  let stop = Number(b.stop);
  if (start === 0 || stop === 0) throw new ValueError("Geometric sequence cannot include zero");
  let sign = 1;
  if (start < 0 && stop < 0) {
    start = -start;
    stop = -stop;
    sign = -1;
  }
  const num = b.num as number;
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  const dt = b.dtype === null ? float64 : toDType(b.dtype);
  const result = logspace(Math.log10(start), Math.log10(stop), num, b.endpoint, 10, null) as NDArray;
  const d = result.data;
  if (num > 0) d[0] = start;
  if (num > 1 && b.endpoint) d[num - 1] = stop;
  if (sign < 0) for (let i = 0; i < num; i++) d[i] = -d[i];
  const shaped = b.axis !== 0 ? moveaxis(result, 0, b.axis) : result;
  return astype(shaped, dt);
}

pyfunction(LOGSPACE, logspace);
pyfunction(GEOMSPACE, geomspace);
