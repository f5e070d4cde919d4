/**
 * Axes.clabel: level labels on a line contour set. The texts, colors and sizes are
 * matplotlib's; a label sits at the middle (by length on screen) of each path long enough to
 * carry it, turned along the line, and with `inline` the line is cut under it (matplotlib picks
 * the flattest stretch instead, so positions differ).
 */
import { PyTypeError, ValueError } from "../errors";
import type { Axes } from "./axes";
import type { TextArtist } from "./artists";
import { QuadContourSet } from "./contour";
import { toCss, withAlpha, type ColorLike } from "./colors";
import { mplsig } from "./pysig";
import { rcParams } from "./rcparams";
import { tickDecimals } from "./ticks";
import { textStyle } from "./text_style";
import { MOVETO, LINETO, type LevelPaths } from "./contour_generator";
import { pyFormat } from "../np/io/printf";

export const CLABEL = mplsig(
  "matplotlib.axes.Axes.clabel(CS, levels=None, *, fontsize=None, inline=True, inline_spacing=5, fmt=None, colors=None, " +
    "use_clabeltext=False, manual=False, rightside_up=True, zorder=None)",
  {
    types: { inline: "bool", inline_spacing: "float", use_clabeltext: "bool", rightside_up: "bool", zorder: "float|None" },
    unsupported: ["use_clabeltext", "manual"],
  },
);

/** Options of `clabel`. */
export interface ClabelOptions {
  levels?: readonly number[] | null;
  /** Points, or a relative size name ("small", "x-large"). */
  fontsize?: number | string | null;
  /** Cut the line under each label (default true). */
  inline?: boolean;
  /** px left free on each side of an inline label. */
  inline_spacing?: number;
  /** A %-format ("%1.1f"), a callable, or a record from level to label; default: ScalarFormatter's. */
  fmt?: string | ((level: number) => string) | Record<string, string> | null;
  /** One color for every label or one per labelled level (cycled); default: the line's color. */
  colors?: ColorLike | readonly ColorLike[] | null;
  use_clabeltext?: boolean;
  manual?: boolean;
  /** Keep labels within +-90 degrees of upright (default true). */
  rightside_up?: boolean;
  zorder?: number | null;
}

/** The label of one level as ContourLabeler.get_text makes it. */
function labelText(level: number, fmt: ClabelOptions["fmt"], all: number[]): string {
  if (fmt == null) {
    // ScalarFormatter(useOffset=False): shared decimals over the labelled levels, a Unicode minus
    const d = tickDecimals(all);
    return (Math.abs(level) < 1e-12 ? 0 : level).toFixed(d).replace("-", "\u2212");
  }
  if (typeof fmt === "function") return String(fmt(level));
  if (typeof fmt === "string") return pyFormat(fmt, [level]);
  // a record's keys are strings: "0.5", or Python's repr of the float ("0.0")
  const table = fmt as Record<string, string>;
  const hit = table[String(level)] ?? table[Number.isInteger(level) ? level.toFixed(1) : String(level)];
  return hit !== undefined ? String(hit) : pyFormat("%1.3f", [level]);
}

/** clabel(CS, levels, **kwargs) on `ax`. */
export function drawClabel(ax: Axes, args: ArrayLike<unknown>): TextArtist[] {
  const b = CLABEL.bind(args);
  const cs = b.CS;
  if (!(cs instanceof QuadContourSet)) throw new PyTypeError("clabel() needs the QuadContourSet contour() returned");
  if (cs.filled) throw new ValueError("clabel() of filled contours is not supported: label a contour() set");
  const levels = Array.from(cs.levels.tolist() as number[]);
  let indices = levels.map((_, k) => k);
  if (b.levels != null) {
    indices = [];
    for (const lev of b.levels as number[]) {
      const k = levels.indexOf(lev);
      if (k < 0) throw new ValueError(`Specified levels ${JSON.stringify(b.levels)} don't match available levels ${JSON.stringify(levels)}`);
      indices.push(k);
    }
  }
  const style = textStyle({ fontsize: b.fontsize } as never);
  const fontPt = style.fontsize ?? Number(rcParams["font.size"]) * (style.fontscale ?? 1);
  const labelled = indices.map((k) => levels[k]);
  const given = b.colors == null ? null : (typeof b.colors === "string" ? [b.colors] : Array.from(b.colors as ColorLike[])).map((c) => toCss(c));
  const artist = cs.artist;
  const view = screen(ax);
  const texts: TextArtist[] = [];
  indices.forEach((k, n) => {
    const layer = artist.layers[k];
    const text = labelText(levels[k], b.fmt, labelled);
    // a label takes its line's color, with the contour set's alpha
    const color = given ? given[n % given.length] : artist.alpha === undefined ? layer.color : toCss(withAlpha(layer.color, artist.alpha));
    // matplotlib's label width in px: the text's extent (about 0.6 em per character)
    const width = text.length * 0.6 * fontPt * view.k;
    const kept: LevelPaths = { segs: [], kinds: [] };
    layer.paths.segs.forEach((seg, p) => {
      const placed = place(seg, width, view, b.rightside_up);
      if (placed === null) {
        kept.segs.push(seg);
        kept.kinds.push(layer.paths.kinds[p]);
        return;
      }
      const t: TextArtist = { kind: "text", x: placed.x, y: placed.y, text, color, ha: "center", va: "center", rotation: placed.rotation, fontsize: fontPt };
      t.zorder = b.zorder ?? 2 + artist.zorder;
      texts.push(t);
      ax.artists.push(t);
      const pieces = b.inline ? cut(seg, placed.at, width / 2 + Number(b.inline_spacing), view) : [seg];
      for (const piece of pieces) {
        kept.segs.push(piece);
        kept.kinds.push(Uint8Array.from({ length: piece.length / 2 }, (_, i) => (i === 0 ? MOVETO : LINETO)));
      }
    });
    layer.paths = kept;
  });
  return texts;
}

/** Data to px: the axes' current limits over its drawn size. */
interface Screen {
  sx: number;
  sy: number;
  k: number;
}

function screen(ax: Axes): Screen {
  const [x0, x1] = ax.get_xlim();
  const [y0, y1] = ax.get_ylim();
  const { width, height } = ax.drawnPixelSize();
  return { sx: width / (x1 - x0 || 1), sy: height / (y1 - y0 || 1), k: ax.figure.dpi / 72 };
}

/** Cumulative px length along a path. */
function lengths(seg: Float64Array, s: Screen): Float64Array {
  const n = seg.length / 2;
  const out = new Float64Array(n);
  for (let i = 1; i < n; i++) out[i] = out[i - 1] + Math.hypot((seg[2 * i] - seg[2 * i - 2]) * s.sx, (seg[2 * i + 1] - seg[2 * i - 1]) * s.sy);
  return out;
}

/** Where a label goes on a path: its middle by length, if the path is long enough (matplotlib's print_label test). */
function place(seg: Float64Array, width: number, s: Screen, rightsideUp: boolean): { x: number; y: number; rotation: number; at: number } | null {
  const n = seg.length / 2;
  if (n < 2) return null;
  let minx = Infinity, maxx = -Infinity, miny = Infinity, maxy = -Infinity;
  for (let i = 0; i < n; i++) {
    minx = Math.min(minx, seg[2 * i] * s.sx);
    maxx = Math.max(maxx, seg[2 * i] * s.sx);
    miny = Math.min(miny, seg[2 * i + 1] * Math.abs(s.sy));
    maxy = Math.max(maxy, seg[2 * i + 1] * Math.abs(s.sy));
  }
  if (!(n > 10 * width || maxx - minx > 1.2 * width || maxy - miny > 1.2 * width)) return null;
  const len = lengths(seg, s);
  const at = len[n - 1] / 2;
  let i = 1;
  while (i < n - 1 && len[i] < at) i++;
  const f = len[i] === len[i - 1] ? 0 : (at - len[i - 1]) / (len[i] - len[i - 1]);
  const x = seg[2 * i - 2] + f * (seg[2 * i] - seg[2 * i - 2]);
  const y = seg[2 * i - 1] + f * (seg[2 * i + 1] - seg[2 * i - 1]);
  let rotation = (Math.atan2((seg[2 * i + 1] - seg[2 * i - 1]) * s.sy, (seg[2 * i] - seg[2 * i - 2]) * s.sx) * 180) / Math.PI;
  if (rightsideUp) {
    if (rotation > 90) rotation -= 180;
    if (rotation < -90) rotation += 180;
  }
  return { x, y, rotation, at };
}

/** The path with the stretch within `half` px of length `at` removed (a closed path stays one piece). */
function cut(seg: Float64Array, at: number, half: number, s: Screen): Float64Array[] {
  const n = seg.length / 2;
  const len = lengths(seg, s);
  const closed = seg[0] === seg[2 * n - 2] && seg[1] === seg[2 * n - 1];
  const pointAt = (d: number): [number, number] => {
    let i = 1;
    while (i < n - 1 && len[i] < d) i++;
    const f = len[i] === len[i - 1] ? 0 : (d - len[i - 1]) / (len[i] - len[i - 1]);
    return [seg[2 * i - 2] + f * (seg[2 * i] - seg[2 * i - 2]), seg[2 * i - 1] + f * (seg[2 * i + 1] - seg[2 * i - 1])];
  };
  const a = Math.max(0, at - half);
  const b = Math.min(len[n - 1], at + half);
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < n; i++) {
    if (len[i] < a) before.push(seg[2 * i], seg[2 * i + 1]);
    else if (len[i] > b) after.push(seg[2 * i], seg[2 * i + 1]);
  }
  if (a > 0) before.push(...pointAt(a));
  if (b < len[n - 1]) after.unshift(...pointAt(b));
  if (closed) return [Float64Array.from([...after, ...before.slice(2)])].filter((p) => p.length >= 4);
  return [Float64Array.from(before), Float64Array.from(after)].filter((p) => p.length >= 4);
}
