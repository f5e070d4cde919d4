/**
 * Marching squares over a quadrilateral grid, as matplotlib's default contour algorithm
 * (contourpy's mpl2014) draws it: a level crosses a grid edge at the linearly interpolated
 * point; a saddle quad is resolved by the mean of its four corners; with corner masking, a quad
 * with one missing corner is contoured as the triangle of the other three. Lines keep the higher
 * values on their left; filled regions (lower < z <= upper) are rings with the region on their
 * left (outer rings counterclockwise, holes clockwise), each outer ring followed by its holes.
 */

import { groupRings, handedness, startRing, toPaths, type PathIds, type Ring } from "./contour_paths";

/** A structured grid: point (j, i) is index j * nx + i. */
export interface QuadGrid {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  nx: number;
  ny: number;
  cornerMask: boolean;
}

/** matplotlib Path codes. */
export const MOVETO = 1;
export const LINETO = 2;
export const CLOSEPOLY = 79;

/** Paths of one level as matplotlib's allsegs / allkinds entries: vertices (n, 2) flat, and codes. */
export interface LevelPaths {
  segs: Float64Array[];
  kinds: Uint8Array[];
}

/** The cells of the grid: CCW corner indices (4, or 3 for a corner-masked quad) and the quad index. */
interface Cell {
  corners: number[];
  quad: number;
  /** The quad side (S 0, E 1, N 2, W 3) each perimeter edge lies on; -1 for a triangle's diagonal. */
  sides: number[];
}

function cellsOf(g: QuadGrid): Cell[] {
  const cells: Cell[] = [];
  const { z, nx, ny } = g;
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const sw = j * nx + i;
      const all = [sw, sw + 1, sw + nx + 1, sw + nx];
      const valid = all.filter((p) => Number.isFinite(z[p]));
      if (valid.length === 4 || (valid.length === 3 && g.cornerMask)) {
        const pos = valid.map((p) => all.indexOf(p));
        const sides = pos.map((a, k) => (pos[(k + 1) % pos.length] === (a + 1) % 4 ? a : -1));
        cells.push({ corners: valid, quad: j * (nx - 1) + i, sides });
      }
    }
  }
  return cells;
}

/** Vertex store: grid points keep their index; crossings get ids after them, one per (edge, level). */
export class Vertices {
  readonly xs: number[] = [];
  readonly ys: number[] = [];
  /** Each crossing's edge, lower point index first. */
  private readonly edgeLo: number[] = [];
  private readonly edgeHi: number[] = [];
  private readonly ids = new Map<number, number>();
  constructor(private readonly g: QuadGrid) {}

  /** The point where `level` crosses the edge a-b (keyed so both cells sharing the edge agree). */
  crossing(a: number, b: number, level: number, which: number): number {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const n = this.g.z.length;
    const key = (lo * n + hi) * 2 + which;
    let id = this.ids.get(key);
    if (id === undefined) {
      const { x, y, z } = this.g;
      const f = (z[hi] - level) / (z[hi] - z[lo]);
      id = n + this.xs.length;
      this.xs.push(x[lo] * f + x[hi] * (1 - f));
      this.ys.push(y[lo] * f + y[hi] * (1 - f));
      this.edgeLo.push(lo);
      this.edgeHi.push(hi);
      this.ids.set(key, id);
    }
    return id;
  }

  /** Whether interpolating crossing `id` from its edge's other end gives the same bits. */
  symmetric(id: number, level: number): boolean {
    const n = this.g.z.length;
    const lo = this.edgeLo[id - n];
    const hi = this.edgeHi[id - n];
    const { x, y, z } = this.g;
    const f = (z[lo] - level) / (z[lo] - z[hi]);
    return x[hi] * f + x[lo] * (1 - f) === this.xs[id - n] && y[hi] * f + y[lo] * (1 - f) === this.ys[id - n];
  }

  xy(id: number): [number, number] {
    const n = this.g.z.length;
    return id < n ? [this.g.x[id], this.g.y[id]] : [this.xs[id - n], this.ys[id - n]];
  }
}

/** A crossing met walking a cell's perimeter counterclockwise: up = entering the side above. */
interface Crossing {
  id: number;
  up: boolean;
}

/**
 * Pairs a level's crossings of one cell into chords from an exit (up false) to an entry, so
 * the side above the level lies on the chord's left. In a saddle, the centre's side decides.
 */
function chords(cell: Cell, crossings: Crossing[], level: number, z: Float64Array): [number, number][] {
  if (crossings.length === 2) {
    const [p, q] = crossings;
    return p.up ? [[q.id, p.id]] : [[p.id, q.id]];
  }
  if (crossings.length !== 4) return [];
  const c = cell.corners;
  const centreAbove = 0.25 * (z[c[0]] + z[c[1]] + z[c[2]] + z[c[3]]) > level;
  const out: [number, number][] = [];
  for (let k = 0; k < 4; k++) {
    if (crossings[k].up) continue;
    // above connected through the centre: the exit joins the next entry; otherwise the previous one
    const partner = centreAbove ? crossings[(k + 1) % 4] : crossings[(k + 3) % 4];
    out.push([crossings[k].id, partner.id]);
  }
  return out;
}

/** Level band of a value: 0 at or below lower, 1 up to upper, 2 above (lines: 0 / 1). */
function band(v: number, lower: number, upper: number): number {
  return v > upper ? 2 : v > lower ? 1 : 0;
}

/** Contour lines of `level`: open lines from boundary to boundary first, then closed loops. */
export function contourLines(g: QuadGrid, level: number): LevelPaths {
  const { z } = g;
  const verts = new Vertices(g);
  const next = new Map<number, number>();
  const hasIncoming = new Set<number>();
  const cellOf = new Map<number, number>();
  const sideOf = new Map<number, number>();
  for (const cell of cellsOf(g)) {
    const c = cell.corners;
    const m = c.length;
    const crossings: Crossing[] = [];
    const sides: number[] = [];
    for (let k = 0; k < m; k++) {
      const a = c[k];
      const b = c[(k + 1) % m];
      const za = z[a] > level;
      const zb = z[b] > level;
      if (za !== zb) {
        crossings.push({ id: verts.crossing(a, b, level, 0), up: zb });
        sides.push(cell.sides[k]);
      }
    }
    for (const [p, q] of chords(cell, crossings, level, z)) {
      next.set(p, q);
      hasIncoming.add(q);
      cellOf.set(p, cell.quad);
      // the side of its cell the chord enters by
      sideOf.set(p, sides[crossings.findIndex((x) => x.id === p)]);
    }
  }
  const lines: PathIds[] = [];
  const used = new Set<number>();
  const starts = [...next.keys()].filter((p) => !hasIncoming.has(p));
  // matplotlib scans quads row by row and starts a line at the first boundary quad it meets
  starts.sort((p, q) => cellOf.get(p)! - cellOf.get(q)! || SCAN_RANK[sideOf.get(p)! + 1] - SCAN_RANK[sideOf.get(q)! + 1]);
  for (const s of starts) {
    const line = [s];
    used.add(s);
    let p = s;
    while (next.has(p)) {
      p = next.get(p)!;
      line.push(p);
      used.add(p);
    }
    // a line that ends where it began (a level through a grid point) is closed, as matplotlib marks it
    const [x0, y0] = verts.xy(line[0]);
    const [x1, y1] = verts.xy(line[line.length - 1]);
    if (line.length > 1 && x0 === x1 && y0 === y1) lines.push({ ids: line.slice(0, -1), close: "closepoly" });
    else lines.push({ ids: line, close: "open" });
  }
  const loops: { quad: number; line: number[]; close: PathIds["close"] }[] = [];
  for (const s of next.keys()) {
    if (used.has(s)) continue;
    const line: number[] = [];
    let p = s;
    let first = s;
    let firstQuad = Infinity;
    let close: PathIds["close"] = "repeat";
    do {
      line.push(p);
      used.add(p);
      // a loop starts in the first quad of the scan, where it enters; entering by the north edge,
      // matplotlib starts one point later and closes the path with CLOSEPOLY; otherwise it ends
      // on the first point interpolated from the other side of its edge, and CLOSEPOLY only if
      // that gives the same bits
      const quad = cellOf.get(p)!;
      const q = next.get(p)!;
      if (quad < firstQuad) {
        firstQuad = quad;
        const north = sideOf.get(p) === 2;
        first = north ? q : p;
        close = north || verts.symmetric(p, level) ? "closepoly" : "repeat";
      }
      p = q;
    } while (p !== s);
    const at = line.indexOf(first);
    loops.push({ quad: firstQuad, line: [...line.slice(at), ...line.slice(0, at)], close });
  }
  loops.sort((a, b) => a.quad - b.quad);
  for (const l of loops) lines.push({ ids: l.line, close: l.close });
  return toPaths(lines, verts);
}

/** matplotlib's order of a boundary quad's start edges (south, west, north, east), by the cell side index + 1 (S 0, E 1, N 2, W 3; -1 for a triangle). */
const SCAN_RANK = [4, 0, 3, 2, 1];

/** Filled contour lower < z <= upper: outer rings (counterclockwise), each followed by its holes. */
export function filledContour(g: QuadGrid, lower: number, upper: number): LevelPaths {
  const { z } = g;
  const verts = new Vertices(g);
  // directed boundary edges with the quad that made them; an edge met in both directions
  // (between two cells) cancels
  const edges = new Map<number, { to: number; quad: number; side: number; from: number }[]>();
  let quad = 0;
  const add = (a: number, b: number, side: number, from: number): void => {
    if (a === b) return;
    const back = edges.get(b);
    const k = back ? back.findIndex((e) => e.to === a) : -1;
    if (k >= 0) {
      back!.splice(k, 1);
      return;
    }
    const out = edges.get(a);
    if (out) out.push({ to: b, quad, side, from });
    else edges.set(a, [{ to: b, quad, side, from }]);
  };
  for (const cell of cellsOf(g)) {
    const c = cell.corners;
    const m = c.length;
    quad = cell.quad;
    const classes = c.map((p) => band(z[p], lower, upper));
    if (classes.every((k) => k !== 1) && classes.every((k) => k === classes[0])) continue;
    const perimeter: number[] = [];
    const inBand: boolean[] = [];
    const sideAt: number[] = [];
    const byLevel: Crossing[][] = [[], []];
    for (let k = 0; k < m; k++) {
      const a = c[k];
      const b = c[(k + 1) % m];
      const ca = classes[k];
      const cb = classes[(k + 1) % m];
      const side = cell.sides[k];
      perimeter.push(a);
      inBand.push(ca === 1);
      sideAt.push(side);
      if (ca < cb) {
        if (ca === 0) pushCrossing(a, b, lower, 0, true);
        if (cb === 2) pushCrossing(a, b, upper, 1, true);
      } else if (ca > cb) {
        if (ca === 2) pushCrossing(a, b, upper, 1, false);
        if (cb === 0) pushCrossing(a, b, lower, 0, false);
      }
    }
    for (let k = 0; k < perimeter.length; k++) if (inBand[k]) add(perimeter[k], perimeter[(k + 1) % perimeter.length], sideAt[k], sideAt[k]);
    const sideOf = (id: number): number => sideAt[perimeter.indexOf(id)];
    for (const [p, q] of chords(cell, byLevel[0], lower, z)) add(p, q, -1, sideOf(p));
    for (const [p, q] of chords(cell, byLevel[1], upper, z)) add(q, p, -1, sideOf(q));

    // eslint-disable-next-line no-inner-declarations
    function pushCrossing(a: number, b: number, level: number, which: number, up: boolean): void {
      const id = verts.crossing(a, b, level, which);
      perimeter.push(id);
      sideAt.push(sideAt[sideAt.length - 1]);
      // after an upward crossing of lower or a downward one of upper, the perimeter is in the band
      inBand.push(which === 0 ? up : !up);
      byLevel[which].push({ id, up });
    }
  }
  const rings: Ring[] = [];
  for (const [start, outs] of edges) {
    while (outs.length > 0) {
      const ids = [start];
      const quads: number[] = [];
      const sides: number[] = [];
      const froms: number[] = [];
      let e = outs.shift()!;
      while (true) {
        quads.push(e.quad);
        sides.push(e.side);
        froms.push(e.from);
        if (e.to === start) break;
        ids.push(e.to);
        const o = edges.get(e.to);
        if (!o || o.length === 0) break;
        e = o.shift()!;
      }
      rings.push(startRing(ids, quads, sides, froms, z.length));
    }
  }
  return groupRings(rings, verts, handedness(g));
}

