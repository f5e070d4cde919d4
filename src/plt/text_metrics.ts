/**
 * Text extents as matplotlib's Agg measures them with DejaVu Sans (its default font), for
 * layouts that make room for labels: advance widths of printable ASCII in ems (from the font's
 * metrics), and the height of a line (matplotlib sizes every line as the string "lp").
 */

/** Advance widths of characters 32..126 in ems. */
const ADVANCE = [
  0.318, 0.4009, 0.46, 0.838, 0.6362, 0.9502, 0.7798, 0.2748, 0.3902, 0.3902, 0.5, 0.838, 0.3178, 0.3608, 0.3178, 0.3369,
  0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.3369, 0.3369, 0.838, 0.838, 0.838, 0.5308,
  1.0, 0.6841, 0.6861, 0.6983, 0.77, 0.6319, 0.5752, 0.7748, 0.752, 0.295, 0.295, 0.6558, 0.5572, 0.8628, 0.7481, 0.7872,
  0.603, 0.7872, 0.6948, 0.6348, 0.6108, 0.7319, 0.6841, 0.9888, 0.685, 0.6108, 0.685, 0.3902, 0.3369, 0.3902, 0.838, 0.5,
  0.5, 0.6128, 0.6348, 0.5498, 0.6348, 0.6153, 0.352, 0.6348, 0.6338, 0.2778, 0.2778, 0.5791, 0.2778, 0.9741, 0.6338, 0.6119,
  0.6348, 0.6348, 0.4111, 0.5209, 0.392, 0.6338, 0.5919, 0.8178, 0.5919, 0.5919, 0.5248, 0.6362, 0.3369, 0.6362, 0.838,
];
/** Characters outside ASCII: the minus sign is as wide as "+"; others as an average letter. */
const OTHER: Record<string, number> = { "−": 0.838, "°": 0.5 };

/** Width in px of one line of text at `fontPx`. */
export function lineWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    em += c >= 32 && c <= 126 ? ADVANCE[c - 32] : OTHER[ch] ?? 0.6;
  }
  return em * fontPx;
}

/** Height in px of one line at `fontPx`: about one em on whole pixels (Agg's hinted "lp" box). */
export function lineHeight(fontPx: number): number {
  return Math.round(fontPx);
}

/**
 * Width and height in px of (possibly multi-line) text: each further line adds 1.157 line
 * heights (linespacing 1.2 of the line's height above its baseline, as Agg measures it).
 */
export function textExtent(text: string, fontPx: number): { width: number; height: number } {
  const lines = text.split("\n");
  const h = lineHeight(fontPx);
  return { width: Math.max(...lines.map((l) => lineWidth(l, fontPx))), height: h + (lines.length - 1) * 1.157 * h };
}
