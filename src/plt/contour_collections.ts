/**
 * What matplotlib 3.6 lists in ax.collections for a contour set: one PathCollection per level
 * (contour) or band (contourf), its paths at offset (0, 0), faces the band's colour (none for
 * lines), edges the line's colour.
 */
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { pyfunction } from "../signature";
import type { ContourArtist } from "./contour";
import { rgbaRows } from "./rgba";
import { mplsig } from "./pysig";

const QUAL = "matplotlib.collections.PathCollection";
const GETTERS = ["get_offsets", "get_facecolors", "get_facecolor", "get_edgecolors", "get_edgecolor", "get_alpha"] as const;
const SIGS = Object.fromEntries(GETTERS.map((n) => [n, mplsig(`${QUAL}.${n}()`)]));

/** One level's (or band's) collection of a contour set, as ax.collections holds it. */
export class ContourCollection {
  /** @internal */
  constructor(
    /** @internal */
    readonly _set: ContourArtist,
    /** @internal */
    readonly _layer: number,
  ) {}

  /** `PathCollection.get_offsets()`: one (0, 0) offset, the paths being in data coordinates. */
  get_offsets(): NDArray {
    SIGS.get_offsets.bind(arguments);
    return NDArray.fromStorage(new Float64Array(2), [1, 2], float64);
  }

  /** `PathCollection.get_facecolors()`: the band's colour (one row), none for contour lines. */
  get_facecolors(): NDArray {
    SIGS.get_facecolors.bind(arguments);
    return this._set.filled ? rgbaRows(this._set.layers[this._layer].color, this._set.alpha) : rgbaRows([]);
  }

  /** `PathCollection.get_facecolor()`: the same as get_facecolors. */
  get_facecolor(): NDArray {
    SIGS.get_facecolor.bind(arguments);
    return this.get_facecolors();
  }

  /** `PathCollection.get_edgecolors()`: the line's colour, none for filled bands. */
  get_edgecolors(): NDArray {
    SIGS.get_edgecolors.bind(arguments);
    return this._set.filled ? rgbaRows([]) : rgbaRows(this._set.layers[this._layer].color, this._set.alpha);
  }

  /** `PathCollection.get_edgecolor()`: the same as get_edgecolors. */
  get_edgecolor(): NDArray {
    SIGS.get_edgecolor.bind(arguments);
    return this.get_edgecolors();
  }

  /** `PathCollection.get_alpha()`. */
  get_alpha(): number | null {
    SIGS.get_alpha.bind(arguments);
    return this._set.alpha ?? null;
  }
}
for (const n of GETTERS) pyfunction(SIGS[n], ContourCollection.prototype[n]);
