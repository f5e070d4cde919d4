/**
 * How the objects plotting calls return print as a cell's value: like matplotlib's reprs
 * (Python's memory addresses left out), and, inside a notebook, showing the figure as the
 * inline backend does at the end of a cell. Without this a returned artist would print its raw
 * data (whole arrays, an image's data URL).
 */
import { inspect } from "node:util";

/** Anything that can show itself inline (a Figure). */
export interface InlineShowable {
  displayInline(): void;
}

/** Gives obj a repr (non-enumerable inspect.custom) that also shows fig in a notebook. */
export function withRepr<T extends object>(obj: T, repr: () => string, fig: InlineShowable): T {
  Object.defineProperty(obj, inspect.custom, {
    value: () => {
      fig.displayInline();
      return repr();
    },
    enumerable: false,
    configurable: true,
  });
  return obj;
}

/** matplotlib's repr of an artist class, e.g. `<matplotlib.lines.Line2D object>`. */
export function artistRepr(kind: string): string {
  switch (kind) {
    case "line": return "<matplotlib.lines.Line2D object>";
    case "scatter": return "<matplotlib.collections.PathCollection object>";
    case "image": return "<matplotlib.image.AxesImage object>";
    case "rects": return "<matplotlib.patches.Rectangle object>";
    case "fill": return "<matplotlib.collections.PolyCollection object>";
    case "span": return "<matplotlib.patches.Polygon object>";
    case "segments": return "<matplotlib.collections.LineCollection object>";
    default: return "<matplotlib.lines.Line2D object>";
  }
}
