/** seaborn's desaturate: a color's HLS saturation scaled, through Python's colorsys conversions. */
import { ValueError } from "../errors";
import { rgbToHex, withAlpha, ColorLike } from "../plt/colors";

function rgbToHls(r: number, g: number, b: number): [number, number, number] {
  const maxc = Math.max(r, g, b);
  const minc = Math.min(r, g, b);
  const sumc = maxc + minc;
  const rangec = maxc - minc;
  const l = sumc / 2;
  if (minc === maxc) return [0, l, 0];
  const s = l <= 0.5 ? rangec / sumc : rangec / (2 - maxc - minc);
  const rc = (maxc - r) / rangec;
  const gc = (maxc - g) / rangec;
  const bc = (maxc - b) / rangec;
  const h = r === maxc ? bc - gc : g === maxc ? 2 + rc - bc : 4 + gc - rc;
  return [(((h / 6) % 1) + 1) % 1, l, s];
}

function channel(m1: number, m2: number, hue: number): number {
  const h = ((hue % 1) + 1) % 1;
  if (h < 1 / 6) return m1 + (m2 - m1) * h * 6;
  if (h < 0.5) return m2;
  if (h < 2 / 3) return m1 + (m2 - m1) * (2 / 3 - h) * 6;
  return m1;
}

export function hlsToRgb(h: number, l: number, s: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const m2 = l <= 0.5 ? l * (1 + s) : l + s - l * s;
  const m1 = 2 * l - m2;
  return [channel(m1, m2, h + 1 / 3), channel(m1, m2, h), channel(m1, m2, h - 1 / 3)];
}

/** matplotlib's to_rgb: float triples as they are (withAlpha goes through a hex string). */
export function rgbFloats(color: ColorLike): [number, number, number] {
  if (Array.isArray(color)) return [color[0], color[1], color[2]];
  const [r, g, b] = withAlpha(color, 1);
  return [r, g, b];
}

/** `seaborn.desaturate(color, prop)` as a hex color. */
export function desaturate(color: ColorLike, prop: number): string {
  if (!(prop >= 0 && prop <= 1)) throw new ValueError("prop must be between 0 and 1");
  const [r, g, b] = rgbFloats(color);
  const [h, l, s] = rgbToHls(r, g, b);
  const [r2, g2, b2] = hlsToRgb(h, l, s * prop);
  return rgbToHex(r2, g2, b2);
}

/** seaborn's gray for lines and edges next to these colors: 60% of their lowest HLS lightness. */
export function lineGray(colors: readonly ColorLike[]): string {
  let low = Infinity;
  for (const c of colors) {
    const [r, g, b] = rgbFloats(c);
    low = Math.min(low, (Math.max(r, g, b) + Math.min(r, g, b)) / 2);
  }
  const lum = low * 0.6;
  return rgbToHex(lum, lum, lum);
}
