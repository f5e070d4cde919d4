/**
 * Colors read back as matplotlib returns them: (r, g, b, a) float tuples (to_rgba) and (N, 4)
 * float64 arrays (a Collection's facecolors), from the CSS colors the figure model keeps.
 */
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { CSS4_COLORS } from "./css4";

export type RGBA = [number, number, number, number];

const cache = new Map<string, RGBA>();

/** The RGBA of a model color (hex, `rgba(...)`, a CSS name or "transparent"), alpha replaced when given. */
export function cssToRgba(css: string, alpha?: number | null): RGBA {
  let c = cache.get(css);
  if (c === undefined) {
    c = parseCss(css);
    cache.set(css, c);
  }
  return alpha == null || css === "transparent" ? [c[0], c[1], c[2], c[3]] : [c[0], c[1], c[2], alpha];
}

function parseCss(css: string): RGBA {
  const s = css.trim().toLowerCase();
  if (s === "transparent" || s === "none") return [0, 0, 0, 0];
  const named = CSS4_COLORS[s];
  const hex = /^#([0-9a-f]{3,8})$/.exec(named ?? s);
  if (hex) {
    let h = hex[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((d) => d + d).join("");
    const byte = (i: number) => parseInt(h.slice(2 * i, 2 * i + 2), 16) / 255;
    return [byte(0), byte(1), byte(2), h.length === 8 ? byte(3) : 1];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s);
  if (fn) {
    const p = fn[1].split(",").map((v) => Number(v.trim()));
    return [p[0] / 255, p[1] / 255, p[2] / 255, p.length > 3 ? p[3] : 1];
  }
  return [0, 0, 0, 1];
}

/** Colors as an (N, 4) float64 array; one row when `colors` is a single color. */
export function rgbaRows(colors: string | readonly string[], alpha?: number | null): NDArray {
  const list = typeof colors === "string" ? [colors] : colors;
  const out = new Float64Array(list.length * 4);
  list.forEach((c, i) => out.set(cssToRgba(c, alpha), i * 4));
  return NDArray.fromStorage(out, [list.length, 4], float64);
}
