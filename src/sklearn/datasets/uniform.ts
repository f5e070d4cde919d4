/**
 * The uniform draws of the dataset generators, straight from the generator's doubles:
 * `generator.uniform(size=n)` is 0.0 + (1.0 - 0.0) * u, which is u itself, so the values are
 * NumPy's without uniform()'s general broadcasting of low and high.
 */
import { RandomState } from "../../np/random/RandomState";

/** `generator.uniform(size=n)`: n doubles in [0, 1). */
export function uniform01(rs: RandomState, n: number): Float64Array {
  const u = new Float64Array(n);
  rs._mt.fillDoubles(u);
  return u;
}

/** `2 * generator.uniform(size=n) - 1`. */
export function uniformSigned(rs: RandomState, n: number): Float64Array {
  const u = uniform01(rs, n);
  for (let i = 0; i < n; i++) u[i] = 2 * u[i] - 1;
  return u;
}
