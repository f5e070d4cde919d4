/**
 * matplotlib's plot format strings ("r--", "o", "g-", "C1:") and marker / line style names,
 * with their Vega shapes and dash arrays.
 */
import { ValueError } from "../errors";

export type LineStyle = "solid" | "dashed" | "dashdot" | "dotted" | "none";

/** A parsed format string; undefined fields were not given. */
export interface Fmt {
  color?: string;
  marker?: string;
  linestyle?: LineStyle;
}

const LINESTYLES: Record<string, LineStyle> = {
  "-": "solid", "--": "dashed", "-.": "dashdot", ":": "dotted",
  solid: "solid", dashed: "dashed", dashdot: "dashdot", dotted: "dotted",
  None: "none", none: "none", " ": "none", "": "none",
};

/** Marker codes matplotlib accepts, as Vega symbol shapes (names or unit SVG paths). */
const MARKER_SHAPES: Record<string, string> = {
  ".": "circle", ",": "square", o: "circle", v: "triangle-down", "^": "triangle-up",
  "<": "triangle-left", ">": "triangle-right", s: "square", D: "diamond", d: "diamond",
  "+": "M-1,0L1,0M0,-1L0,1", P: "cross", x: "M-1,-1L1,1M-1,1L1,-1",
  X: "M-1,-0.6L-0.6,-1L0,-0.4L0.6,-1L1,-0.6L0.4,0L1,0.6L0.6,1L0,0.4L-0.6,1L-1,0.6L-0.4,0Z",
  "*": "M0,-1L0.2245,-0.309L0.951,-0.309L0.3633,0.118L0.5878,0.809L0,0.382L-0.5878,0.809L-0.3633,0.118L-0.951,-0.309L-0.2245,-0.309Z",
  p: "M0,-1L0.951,-0.309L0.5878,0.809L-0.5878,0.809L-0.951,-0.309Z",
  h: "M0,-1L0.866,-0.5L0.866,0.5L0,1L-0.866,0.5L-0.866,-0.5Z",
  H: "M-1,0L-0.5,-0.866L0.5,-0.866L1,0L0.5,0.866L-0.5,0.866Z",
  "|": "M0,-1L0,1", _: "M-1,0L1,0",
  "1": "M0,0L0,1M0,0L-0.866,-0.5M0,0L0.866,-0.5", "2": "M0,0L0,-1M0,0L-0.866,0.5M0,0L0.866,0.5",
  "3": "M0,0L-1,0M0,0L0.5,-0.866M0,0L0.5,0.866", "4": "M0,0L1,0M0,0L-0.5,-0.866M0,0L-0.5,0.866",
};

/** Markers drawn as strokes only (matplotlib's unfilled markers). */
const UNFILLED = new Set(["x", "+", "|", "_", "1", "2", "3", "4"]);

const COLOR_LETTERS = new Set(["b", "g", "r", "c", "m", "y", "k", "w"]);

/** The Vega shape of a matplotlib marker code; throws ValueError for unknown codes. */
export function markerShape(marker: string): string {
  const shape = MARKER_SHAPES[marker];
  if (shape === undefined) throw new ValueError(`Unrecognized marker style ${JSON.stringify(marker).replace(/"/g, "'")}`);
  return shape;
}

/**
 * Vega's symbol area for a matplotlib marker `width` px across: Vega sizes a circle by its area
 * and every other shape by the square of its width, matplotlib sizes all by their width.
 */
export function symbolArea(shape: string, width: number): number {
  return shape === "circle" ? (Math.PI / 4) * width * width : width * width;
}

/** True when matplotlib draws the marker as lines only. */
export function markerUnfilled(marker: string): boolean {
  return UNFILLED.has(marker);
}

/** A linestyle name or code as one of the LineStyle values. */
export function lineStyle(ls: string): LineStyle {
  const out = LINESTYLES[ls];
  if (out === undefined) {
    throw new ValueError(`${JSON.stringify(ls).replace(/"/g, "'")} is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'`);
  }
  return out;
}

/** Dash pattern in px for a line style at a line width in px (matplotlib's scaled dashes). */
export function dashArray(style: LineStyle, widthPx: number): number[] | undefined {
  switch (style) {
    case "dashed": return [3.7 * widthPx, 1.6 * widthPx];
    case "dashdot": return [6.4 * widthPx, 1.6 * widthPx, 1 * widthPx, 1.6 * widthPx];
    case "dotted": return [1 * widthPx, 1.65 * widthPx];
    default: return undefined;
  }
}

/** Parses a plot format string as matplotlib's `_process_plot_format` does. */
export function parseFmt(fmt: string): Fmt {
  const out: Fmt = {};
  const bad = (msg: string): never => {
    throw new ValueError(`${JSON.stringify(fmt).replace(/"/g, "'")} is not a valid format string (${msg})`);
  };
  let i = 0;
  while (i < fmt.length) {
    const two = fmt.slice(i, i + 2);
    const c = fmt[i];
    if (two === "--" || two === "-.") {
      if (out.linestyle !== undefined) bad("two linestyle symbols");
      out.linestyle = LINESTYLES[two];
      i += 2;
    } else if (c === "-" || c === ":") {
      if (out.linestyle !== undefined) bad("two linestyle symbols");
      out.linestyle = LINESTYLES[c];
      i += 1;
    } else if (c === "C" && /^C\d/.test(fmt.slice(i))) {
      if (out.color !== undefined) bad("two color symbols");
      const m = /^C\d+/.exec(fmt.slice(i)) as RegExpExecArray;
      out.color = m[0];
      i += m[0].length;
    } else if (COLOR_LETTERS.has(c)) {
      if (out.color !== undefined) bad("two color symbols");
      out.color = c;
      i += 1;
    } else if (c in MARKER_SHAPES) {
      if (out.marker !== undefined) bad("two marker symbols");
      out.marker = c;
      i += 1;
    } else {
      bad(`unrecognized character ${JSON.stringify(c).replace(/"/g, "'")}`);
    }
  }
  if (out.linestyle === undefined && out.marker !== undefined) out.linestyle = "none";
  return out;
}
