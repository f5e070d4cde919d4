/** The inputs of scripts/golden/np_more_common.py: contiguous, transposed, negative-step, broadcast. */
import { np } from "../../../src";

export const A = np.arange(24).reshape(2, 3, 4);
export const M = np.arange(12, { dtype: "f8" }).reshape(3, 4);
export const MT = M.T;
export const NEG = M.get(":", "::-1");
export const BC = np.broadcast_to(np.arange(4), [3, 4]);
export const V = np.array([3, 1, 4, 1, 5]);

/** np.shares_memory of a result (or each of several) with the input. */
export function shares(result: np.NDArray | np.NDArray[], source: np.NDArray): boolean | boolean[] {
  if (Array.isArray(result)) return result.map((r) => r.data === source.data);
  return result.data === source.data;
}
