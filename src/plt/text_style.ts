/**
 * The Text keywords plt draws on titles and axis labels (fontsize / size, color / c,
 * fontweight / weight), and matplotlib's relative font size names.
 */
import { ValueError } from "../errors";
import type { Bound } from "../signature";
import { alias } from "./pysig";
import { toCss } from "./colors";

/** How a title or label is drawn when it departs from the rcParams defaults. */
export interface TextStyle {
  /** Points, or a scale of rcParams["font.size"] when relative. */
  fontsize?: number;
  /** A size relative to font.size ("large" = 1.2). */
  fontscale?: number;
  color?: string;
  fontweight?: string | number;
}

/** matplotlib's font_scalings. */
const SCALINGS: Record<string, number> = {
  "xx-small": 0.579, "x-small": 0.694, small: 0.833, medium: 1.0, large: 1.2, "x-large": 1.44,
  "xx-large": 1.728, larger: 1.2, smaller: 0.833,
};

const WEIGHTS = ["ultralight", "light", "normal", "regular", "book", "medium", "roman", "semibold", "demibold", "demi", "bold", "heavy", "extra bold", "black"];

/** Keyword-only Text parameters in a signature's text. */
export const TEXT_KEYWORDS = "fontsize=None, size=None, color=None, c=None, fontweight=None, weight=None";

/** The Text keywords of a bound call as a style. */
export function textStyle(b: Bound): TextStyle {
  const out: TextStyle = {};
  const size = alias<number | string>(b, "fontsize", "size");
  if (size !== null) {
    if (typeof size === "number") out.fontsize = size;
    else if (typeof size === "string" && size in SCALINGS) out.fontscale = SCALINGS[size];
    else if (typeof size === "string" && Number.isFinite(Number(size))) out.fontsize = Number(size);
    else throw new ValueError(`Size is invalid. Valid font size are ${Object.keys(SCALINGS).join(", ")}, None`);
  }
  const color = alias<string>(b, "color", "c");
  if (color !== null) out.color = toCss(color as never, "color", "value");
  const weight = alias<string | number>(b, "fontweight", "weight");
  if (weight !== null) {
    if (typeof weight === "number" ? !(weight >= 0 && weight <= 1000) : !WEIGHTS.includes(weight)) {
      throw new ValueError(`weight=${typeof weight === "string" ? `'${weight}'` : weight} is invalid`);
    }
    out.fontweight = weight;
  }
  return out;
}

/** The font size in points of a style whose default is `basePt` (scaled by `defaultScale`). */
export function fontPoints(style: TextStyle | undefined, fontSizePt: number, defaultScale: number): number {
  if (style?.fontsize !== undefined) return style.fontsize;
  return fontSizePt * (style?.fontscale ?? defaultScale);
}

/** matplotlib's font weight as CSS: names map to numbers as matplotlib's weight_dict does. */
export function cssWeight(w: string | number | undefined): string | number {
  if (w === undefined) return "normal";
  if (typeof w === "number") return w;
  const table: Record<string, number> = {
    ultralight: 100, light: 200, normal: 400, regular: 400, book: 400, medium: 500, roman: 500, semibold: 600,
    demibold: 600, demi: 600, bold: 700, heavy: 800, "extra bold": 800, black: 900,
  };
  return table[w] ?? 400;
}
