/** The `norm=` argument of the colormapping calls (imshow, scatter, pcolormesh, contourf). */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { Normalize } from "./norms";

/** The norm a call passed (null: none), refused as matplotlib refuses it when combined with vmin / vmax. */
export function normArg(norm: unknown, vmin: unknown, vmax: unknown): Normalize | null {
  if (norm == null) return null;
  if (typeof norm === "string") throw new NotImplementedError(`norm='${norm}' (a scale name) is not supported yet: pass a norm object such as plt.colors.LogNorm()`);
  if (!(norm instanceof Normalize)) {
    throw new PyTypeError(`'norm' must be an instance of matplotlib.colors.Normalize, str or None, not a ${Array.isArray(norm) ? "list" : typeof norm}`);
  }
  if (vmin != null || vmax != null) {
    throw new ValueError("Passing a Normalize instance simultaneously with vmin/vmax is not supported.  Please pass vmin/vmax directly to the norm when creating it.");
  }
  return norm;
}
