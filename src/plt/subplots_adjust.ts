/**
 * Figure.subplots_adjust and plt.subplots_adjust: the figure's own subplot parameters (the
 * fractions of the figure left around and between a grid's subplots), which every grid box is
 * laid out from (layout.ts gridBox). As in matplotlib, a constrained-layout figure ignores
 * them with a warning.
 */
import { ValueError } from "../errors";
import { pyfunction } from "../signature";
import { Figure } from "./figure";
import { subplotParams, SubplotParams } from "./layout";
import { mplsig } from "./pysig";
import { gcf } from "./pyplot";

const PARAMS = "left=None, bottom=None, right=None, top=None, wspace=None, hspace=None";
const TYPES = { left: "float|None", bottom: "float|None", right: "float|None", top: "float|None", wspace: "float|None", hspace: "float|None" } as const;
const FIG_SUBPLOTS_ADJUST = mplsig(`matplotlib.figure.Figure.subplots_adjust(${PARAMS})`, { types: TYPES });
const PLT_SUBPLOTS_ADJUST = mplsig(`matplotlib.pyplot.subplots_adjust(${PARAMS})`, { types: TYPES });

/** Keyword arguments of subplots_adjust: fractions of the figure width (left, right, wspace) or height. */
export interface SubplotsAdjustOptions {
  left?: number | null;
  bottom?: number | null;
  right?: number | null;
  top?: number | null;
  wspace?: number | null;
  hspace?: number | null;
}
type AdjustArgs = [left?: number | null | SubplotsAdjustOptions, bottom?: number | null | SubplotsAdjustOptions, right?: number | null | SubplotsAdjustOptions, top?: number | null | SubplotsAdjustOptions, wspace?: number | null | SubplotsAdjustOptions, hspace?: number | null | SubplotsAdjustOptions, options?: SubplotsAdjustOptions];

const KEYS: (keyof SubplotParams)[] = ["left", "bottom", "right", "top", "wspace", "hspace"];

function adjust(fig: Figure, given: SubplotsAdjustOptions): void {
  if (fig.constrained) {
    process.emitWarning("This figure was using a layout engine that is incompatible with subplots_adjust and/or tight_layout; not calling subplots_adjust.", { type: "UserWarning" });
    return;
  }
  const current = subplotParams(fig.tight, fig.subplotpars);
  const next = { ...current };
  for (const k of KEYS) if (given[k] != null) next[k] = given[k]!;
  // matplotlib's SubplotParams.update checks before it changes anything
  if (next.left >= next.right) throw new ValueError("left cannot be >= right");
  if (next.bottom >= next.top) throw new ValueError("bottom cannot be >= top");
  for (const k of KEYS) if (given[k] != null) fig.subplotpars[k] = given[k]!;
}

/**
 * `Figure.subplots_adjust(left=None, bottom=None, right=None, top=None, wspace=None,
 * hspace=None)`: sets the space around and between the grid's subplots (None keeps a value).
 */
function figureSubplotsAdjust(this: Figure, ...args: AdjustArgs): void;
function figureSubplotsAdjust(this: Figure): void {
  adjust(this, FIG_SUBPLOTS_ADJUST.bind(arguments) as SubplotsAdjustOptions);
}
pyfunction(FIG_SUBPLOTS_ADJUST, figureSubplotsAdjust);

declare module "./figure" {
  interface Figure {
    /**
     * `Figure.subplots_adjust(left=None, bottom=None, right=None, top=None, wspace=None,
     * hspace=None)`: sets the space around and between the grid's subplots.
     */
    subplots_adjust(...args: AdjustArgs): void;
  }
}
Figure.prototype.subplots_adjust = figureSubplotsAdjust;

/**
 * `plt.subplots_adjust(left=None, bottom=None, right=None, top=None, wspace=None,
 * hspace=None)`: Figure.subplots_adjust on the current figure.
 */
export function subplots_adjust(...args: AdjustArgs): void;
export function subplots_adjust(): void {
  adjust(gcf(), PLT_SUBPLOTS_ADJUST.bind(arguments) as SubplotsAdjustOptions);
}
pyfunction(PLT_SUBPLOTS_ADJUST, subplots_adjust);
