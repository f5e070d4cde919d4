/**
 * The paths of contour_generator.ts as matplotlib returns them: each filled ring started where
 * matplotlib starts it, outer rings with their holes, vertex ids turned into vertices and Path
 * codes.
 */
import { CLOSEPOLY, LINETO, MOVETO, type LevelPaths, type QuadGrid, type Vertices } from "./contour_generator";

/** A ring's vertex ids and the first quad of the scan it passes through. */
export interface Ring {
  ids: number[];
  quad: number;
}

/**
 * Rotates a ring (edge k from ids[k] to ids[k + 1], made in quads[k], along side sides[k] of
 * that quad or -1 inside it) to start where matplotlib starts it. matplotlib finds a ring in
 * the first quad of its scan that the ring passes: where the ring runs along that quad's south
 * boundary, else its west boundary, it starts at the point the ring leaves that boundary for the
 * interior (or at the boundary run's first point when it goes on to the next quad); otherwise
 * where the ring enters the quad. Its path then begins one point after that start.
 */
export function startRing(ids: number[], quads: number[], sides: number[], froms: number[], gridPoints: number): Ring {
  const n = ids.length;
  let first = Infinity;
  for (const q of quads) if (q < first) first = q;
  let start = -1;
  for (const side of [0, 3]) {
    const found = quads.findIndex((q, k) => q === first && sides[k] === side);
    if (found >= 0) {
      const end = (found + 1) % n;
      start = ids[end] >= gridPoints ? end : found;
      break;
    }
  }
  if (start < 0) {
    // where the ring enters the quad (any chord when it stays inside), by the north edge first
    let entries = quads.map((_, k) => k).filter((k) => quads[k] === first && quads[(k + n - 1) % n] !== first);
    if (entries.length === 0) entries = quads.map((_, k) => k).filter((k) => sides[k] < 0);
    start = entries.find((k) => froms[k] === 2) ?? entries.find((k) => froms[k] === 1) ?? entries[0] ?? 0;
  }
  const at = (start + 1) % n;
  return { ids: [...ids.slice(at), ...ids.slice(0, at)], quad: first };
}

/** Signed area (positive counterclockwise). */
function ringArea(xy: [number, number][]): number {
  let s = 0;
  for (let k = 0; k < xy.length; k++) {
    const [x0, y0] = xy[k];
    const [x1, y1] = xy[(k + 1) % xy.length];
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}

function inside(pt: [number, number], ring: [number, number][]): boolean {
  let c = false;
  const [x, y] = pt;
  for (let k = 0, l = ring.length - 1; k < ring.length; l = k++) {
    const [xk, yk] = ring[k];
    const [xl, yl] = ring[l];
    if (yk > y !== yl > y && x < ((xl - xk) * (y - yk)) / (yl - yk) + xk) c = !c;
  }
  return c;
}

/** Outer rings in order, each with the holes it contains (the smallest containing outer ring). */
/**
 * +1 when the grid's index axes (i, j) run counterclockwise in data space, -1 when mirrored
 * (y decreasing, as origin="upper" makes it): rings are outer or holes in index space.
 */
export function handedness(g: QuadGrid): number {
  const { x, y, nx } = g;
  const cross = (x[1] - x[0]) * (y[nx] - y[0]) - (y[1] - y[0]) * (x[nx] - x[0]);
  return cross < 0 ? -1 : 1;
}

export function groupRings(rings: Ring[], verts: Vertices, hand: number): LevelPaths {
  rings.sort((p, q) => p.quad - q.quad);
  const coords = rings.map((r) => r.ids.map((id) => verts.xy(id)));
  const areas = coords.map((c) => hand * ringArea(c));
  const outers = rings.map((_, k) => k).filter((k) => areas[k] > 0);
  const holesOf = new Map<number, number[]>(outers.map((k) => [k, []]));
  for (let k = 0; k < rings.length; k++) {
    if (areas[k] > 0) continue;
    let best = -1;
    for (const o of outers) {
      if (inside(midpoint(coords[k]), coords[o]) && (best < 0 || Math.abs(areas[o]) < Math.abs(areas[best]))) best = o;
    }
    if (best >= 0) holesOf.get(best)!.push(k);
  }
  const paths = outers.map((o) => [o, ...holesOf.get(o)!].map((k): PathIds => ({ ids: rings[k].ids, close: "closepoly" })));
  const segs: Float64Array[] = [];
  const kinds: Uint8Array[] = [];
  for (const rs of paths) {
    const p = toPaths(rs, verts);
    const total = p.segs.reduce((s, a) => s + a.length, 0);
    const seg = new Float64Array(total);
    const kind = new Uint8Array(total / 2);
    let at = 0;
    for (let k = 0; k < p.segs.length; k++) {
      seg.set(p.segs[k], at);
      kind.set(p.kinds[k], at / 2);
      at += p.segs[k].length;
    }
    segs.push(seg);
    kinds.push(kind);
  }
  return { segs, kinds };
}

/** A point strictly inside a ring near its first vertex (a hole's test point). */
function midpoint(ring: [number, number][]): [number, number] {
  return [(ring[0][0] + ring[1][0]) / 2, (ring[0][1] + ring[1][1]) / 2];
}

/** A path's vertex ids and how it ends: open, repeating its first vertex, or that and CLOSEPOLY. */
export interface PathIds {
  ids: number[];
  close: "open" | "repeat" | "closepoly";
}

/** Vertex ids to matplotlib paths (vertices and codes). */
export function toPaths(lines: PathIds[], verts: Vertices): LevelPaths {
  const segs: Float64Array[] = [];
  const kinds: Uint8Array[] = [];
  for (const { ids, close } of lines) {
    const n = ids.length + (close === "open" ? 0 : 1);
    const seg = new Float64Array(2 * n);
    const kind = new Uint8Array(n).fill(LINETO);
    for (let k = 0; k < n; k++) {
      const [x, y] = verts.xy(ids[k % ids.length]);
      seg[2 * k] = x;
      seg[2 * k + 1] = y;
    }
    kind[0] = MOVETO;
    if (close === "closepoly") kind[n - 1] = CLOSEPOLY;
    segs.push(seg);
    kinds.push(kind);
  }
  return { segs, kinds };
}
