/**
 * A large scatter of round markers drawn as one image (as Agg draws markers into pixels): each
 * disc antialiased by its pixel coverage and painted over the earlier ones, at twice the plot
 * area's CSS size (the PNG's scale). Thousands of symbol marks would cost Vega and the SVG
 * rasteriser seconds; the picture is the same.
 */
import type { ScatterArtist } from "../artists";
import { pngDataUrl } from "../png";
import type { AxesFrame, Json } from "./marks";
import { position } from "./marks";

/** Scatters with more points than this are drawn as an image. */
export const RASTER_POINTS = 500;
const SCALE = 2;

/** A CSS color (#rrggbb, #rrggbbaa, rgba()/rgb()) as RGBA bytes, or null. */
function rgba(css: string): [number, number, number, number] | null {
  let m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(css);
  if (m) {
    const v = parseInt(m[1], 16);
    return [v >> 16, (v >> 8) & 255, v & 255, m[2] ? parseInt(m[2], 16) : 255];
  }
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(css);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), Math.round(255 * (m[4] === undefined ? 1 : Number(m[4])))];
  return null;
}

/** The scatter as an image layer, or null when it is small or drawn with other marks. */
export function rasterScatter(a: ScatterArtist, frame: AxesFrame): Json | null {
  const n = a.x.length;
  const xs = frame.x.scale as Json;
  const ys = frame.y.scale as Json;
  if (n <= RASTER_POINTS || a.marker !== "o" || a.shapes || a.edgecolor !== undefined || xs.type === "log" || ys.type === "log" || xs.reverse || ys.reverse) return null;
  const colors = Array.isArray(a.color) ? a.color : [a.color];
  const parsed = colors.map(rgba);
  if (parsed.some((c) => c === null)) return null;
  const W = Math.max(1, Math.round(frame.width * SCALE));
  const H = Math.max(1, Math.round(frame.height * SCALE));
  const [x0, x1] = frame.xDomain;
  const [y0, y1] = frame.yDomain;
  const sx = W / (x1 - x0 || 1);
  const sy = H / (y1 - y0 || 1);
  const px = new Float32Array(W * H * 4);
  const alpha = a.alpha ?? 1;
  const k = frame.k * SCALE;
  // the marker's width (sqrt(s) points) plus its edge, drawn in the face color
  const edge = (a.linewidth ?? 1) * k;
  for (let i = 0; i < n; i++) {
    const x = a.x[i];
    const y = a.y[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const s = typeof a.size === "number" ? a.size : a.size[i];
    const r = (Math.sqrt(s) * k + edge) / 2;
    const cx = (x - x0) * sx;
    const cy = (y1 - y) * sy;
    const [cr, cg, cb, ca] = parsed[colors.length === 1 ? 0 : i]!;
    const opacity = (ca / 255) * alpha;
    const r0 = Math.max(0, Math.floor(cx - r - 1));
    const r1 = Math.min(W - 1, Math.ceil(cx + r + 1));
    const q0 = Math.max(0, Math.floor(cy - r - 1));
    const q1 = Math.min(H - 1, Math.ceil(cy + r + 1));
    for (let py = q0; py <= q1; py++) {
      const dy = py + 0.5 - cy;
      for (let pxi = r0; pxi <= r1; pxi++) {
        const dx = pxi + 0.5 - cx;
        const cover = Math.min(1, Math.max(0, r + 0.5 - Math.sqrt(dx * dx + dy * dy)));
        if (cover === 0) continue;
        const o = (py * W + pxi) * 4;
        const al = cover * opacity;
        // source over, premultiplied
        px[o] = cr * al + px[o] * (1 - al);
        px[o + 1] = cg * al + px[o + 1] * (1 - al);
        px[o + 2] = cb * al + px[o + 2] * (1 - al);
        px[o + 3] = al + px[o + 3] * (1 - al);
      }
    }
  }
  const bytes = new Uint8Array(W * H * 4);
  for (let o = 0; o < bytes.length; o += 4) {
    const al = px[o + 3];
    if (al <= 0) continue;
    bytes[o] = Math.round(px[o] / al);
    bytes[o + 1] = Math.round(px[o + 1] / al);
    bytes[o + 2] = Math.round(px[o + 2] / al);
    bytes[o + 3] = Math.round(al * 255);
  }
  return {
    data: { values: [{ x: x0, x2: x1, y: y0, y2: y1, url: pngDataUrl(bytes, W, H, 4) }] },
    mark: { type: "image", aspect: false, clip: true },
    encoding: { ...position(frame), x2: { field: "x2" }, y2: { field: "y2" }, url: { field: "url", type: "nominal" } },
  };
}
