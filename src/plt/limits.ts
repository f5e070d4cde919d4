/**
 * matplotlib's autoscaling: the data limits of an Axes' artists, padded by the default 5%
 * margins except across sticky edges (images and bar baselines), as autoscale_view does.
 */
import type { Artist } from "./artists";

const MARGIN = 0.05;

interface Bounds {
  lo: number;
  hi: number;
  sticky: number[];
}

function extend(b: Bounds, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < b.lo) b.lo = v;
    if (v > b.hi) b.hi = v;
  }
}

function pad(b: Bounds, margin: number): [number, number] {
  if (b.lo === Infinity) return [0, 1];
  let lo = b.lo;
  let hi = b.hi;
  if (lo === hi) {
    // matplotlib's nonsingular expansion for a single value
    const d = lo === 0 ? 0.055 : Math.abs(lo) * 0.05;
    return [lo - d, hi + d];
  }
  const span = hi - lo;
  let plo = lo - margin * span;
  let phi = hi + margin * span;
  for (const s of b.sticky) {
    if (plo < s && s <= lo) plo = s;
    if (phi > s && s >= hi) phi = s;
  }
  return [plo, phi];
}

/** Autoscaled [x limits, y limits] (each ascending) for the artists, with `margin` (0 is "tight"). */
export function autoLimits(artists: readonly Artist[], margin = MARGIN): { x: [number, number]; y: [number, number] } {
  const bx: Bounds = { lo: Infinity, hi: -Infinity, sticky: [] };
  const by: Bounds = { lo: Infinity, hi: -Infinity, sticky: [] };
  // matplotlib autoscales an axis lazily, once some artist asked for it; every artist's data
  // counts then, also that of lines added with scalex/scaley=False or axlines inside the view
  const wantsX = artists.some((a) => requests(a, "x"));
  const wantsY = artists.some((a) => requests(a, "y"));
  for (const a of artists) {
    switch (a.kind) {
      case "line":
        extend(bx, finite(a.x));
        extend(by, finite(a.y));
        if (a.stickyX) bx.sticky.push(...a.stickyX);
        if (a.stickyY) by.sticky.push(...a.stickyY);
        break;
      case "scatter":
        extend(bx, finite(a.x));
        extend(by, finite(a.y));
        break;
      case "image": {
        const [l, r, b, t] = a.extent;
        extend(bx, [l, r]);
        extend(by, [b, t]);
        bx.sticky.push(l, r);
        by.sticky.push(b, t);
        break;
      }
      case "rects":
        extend(bx, a.x0);
        extend(bx, a.x1);
        extend(by, a.y0);
        extend(by, a.y1);
        if (a.stickyX) bx.sticky.push(...a.stickyX);
        if (a.stickyY) by.sticky.push(...a.stickyY);
        break;
      case "axline":
        extend(a.orient === "h" ? by : bx, [a.value]);
        break;
    }
  }
  return { x: wantsX ? pad(bx, margin) : [0, 1], y: wantsY ? pad(by, margin) : [0, 1] };
}

/** Whether adding `a` asked matplotlib to autoscale that axis. */
function requests(a: Artist, axis: "x" | "y"): boolean {
  switch (a.kind) {
    case "line": return axis === "x" ? a.scalex !== false : a.scaley !== false;
    case "axline": return (a.orient === "h") === (axis === "y") && a.scale !== false;
    default: return true;
  }
}

function finite(values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) return values.filter(Number.isFinite);
  }
  return values;
}
