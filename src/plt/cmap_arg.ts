/**
 * A `cmap` argument as matplotlib resolves it: None is rcParams["image.cmap"], a name is looked
 * up (an unknown one is matplotlib's ValueError listing every registered name; one matplotlib
 * has but plt does not ship is NotImplementedError), a Colormap is used as is.
 */
import { NotImplementedError, ValueError } from "../errors";
import { Colormap, lookupCmap as lookup } from "./colormaps";
import { MATPLOTLIB_CMAPS } from "./properties";
import { rcParams } from "./rcparams";

export function resolveCmap(value: unknown, what: string): Colormap {
  if (value == null) return lookup(String(rcParams["image.cmap"]));
  if (typeof value !== "string") {
    if (typeof value === "object" && value !== null && "lut" in value && "N" in value) return value as Colormap;
    throw new ValueError(`${String(value)} is not a valid value for ${what}`);
  }
  try {
    return lookup(value);
  } catch (e) {
    if (MATPLOTLIB_CMAPS.includes(value)) throw new NotImplementedError(`colormap '${value}' is not supported yet`);
    throw new ValueError(`'${value}' is not a valid value for ${what}; supported values are ${MATPLOTLIB_CMAPS.map((n) => `'${n}'`).join(", ")}`);
  }
}
