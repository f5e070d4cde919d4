/** `skimage.draw.line`, `line_aa` and `circle_perimeter` (0.19): Bresenham-style rasterisation. */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { pyfunction, signature } from "../../signature";
import { insideImage, intp } from "./_coords";

const LINE = signature("skimage.draw.line(r0, c0, r1, c1)", { types: { r0: "int", c0: "int", r1: "int", c1: "int" } });

/**
 * `skimage.draw.line(r0, c0, r1, c1)`: `[rr, cc]`, the pixels of the Bresenham line from
 * (r0, c0) to (r1, c1), both ends included.
 */
export function line(r0: number, c0: number, r1: number, c1: number): [NDArray, NDArray];
export function line(...args: unknown[]): [NDArray, NDArray] {
  const b = LINE.bind(args);
  let r = b.r0 as number;
  let c = b.c0 as number;
  const r1 = b.r1 as number;
  const c1 = b.c1 as number;
  let dr = Math.abs(r1 - r);
  let dc = Math.abs(c1 - c);
  const n = Math.max(dc, dr) + 1;
  const rr = new Float64Array(n);
  const cc = new Float64Array(n);
  let sc = c1 - c > 0 ? 1 : -1;
  let sr = r1 - r > 0 ? 1 : -1;
  let steep = false;
  if (dr > dc) {
    steep = true;
    [c, r] = [r, c];
    [dc, dr] = [dr, dc];
    [sc, sr] = [sr, sc];
  }
  let d = 2 * dr - dc;
  for (let i = 0; i < dc; i++) {
    if (steep) {
      rr[i] = c;
      cc[i] = r;
    } else {
      rr[i] = r;
      cc[i] = c;
    }
    while (d >= 0) {
      r += sr;
      d -= 2 * dc;
    }
    c += sc;
    d += 2 * dr;
  }
  rr[dc] = r1;
  cc[dc] = c1;
  return [intp(rr), intp(cc)];
}
pyfunction(LINE, line);

const LINE_AA = signature("skimage.draw.line_aa(r0, c0, r1, c1)", { types: { r0: "int", c0: "int", r1: "int", c1: "int" } });

/**
 * `skimage.draw.line_aa(r0, c0, r1, c1)`: `[rr, cc, val]`, an anti-aliased line (Zingl's
 * algorithm): the pixels and their coverage in [0, 1] (float64).
 */
export function line_aa(r0: number, c0: number, r1: number, c1: number): [NDArray, NDArray, NDArray];
export function line_aa(...args: unknown[]): [NDArray, NDArray, NDArray] {
  const { r0, c0, r1, c1 } = LINE_AA.bind(args);
  const f = Math.fround;
  const rr: number[] = [];
  const cc: number[] = [];
  const val: number[] = [];
  const dc = Math.abs(c0 - c1);
  const dr = Math.abs(r0 - r1);
  // err and ed are C floats in scikit-image
  let err = f(dc - dr);
  const signC = c0 < c1 ? 1 : -1;
  const signR = r0 < r1 ? 1 : -1;
  const ed = dc + dr === 0 ? 1 : f(Math.sqrt(dc * dc + dr * dr));
  let c = c0 as number;
  let r = r0 as number;
  for (;;) {
    cc.push(c);
    rr.push(r);
    val.push(Math.abs(f(f(err - dc) + dr)) / ed);
    const e = err;
    const cPrev = c;
    if (2 * e >= -dc) {
      if (c === c1) break;
      if (f(e + dr) < ed) {
        cc.push(c);
        rr.push(r + signR);
        val.push(Math.abs(f(e + dr)) / ed);
      }
      err = f(err - dr);
      c += signC;
    }
    if (2 * e <= dr) {
      if (r === r1) break;
      if (f(dc - e) < ed) {
        cc.push(cPrev + signC);
        rr.push(r);
        val.push(Math.abs(f(dc - e)) / ed);
      }
      err = f(err + dc);
      r += signR;
    }
  }
  const v = Float64Array.from(val, (x) => 1 - x);
  return [intp(rr), intp(cc), NDArray.fromStorage(v, [v.length], float64)];
}
pyfunction(LINE_AA, line_aa);

const CIRCLE_PERIMETER = signature("skimage.draw.circle_perimeter(r, c, radius, method='bresenham', shape=None)", {
  types: { r: "int", c: "int", radius: "int", method: "str", shape: "sequence|None" },
  choices: { method: ["bresenham", "andres"] },
});

/** Keyword arguments of circle_perimeter. */
export interface CirclePerimeterOptions {
  method?: "bresenham" | "andres";
  /** Keep only pixels inside an image of this shape. */
  shape?: readonly number[] | null;
}

/**
 * `skimage.draw.circle_perimeter(r, c, radius, method='bresenham', shape=None)`: `[rr, cc]`,
 * the circle's outline by Bresenham's or Andres' method (eight octants per step, duplicates
 * kept as scikit-image returns them).
 */
export function circle_perimeter(r: number, c: number, radius: number, method?: "bresenham" | "andres" | CirclePerimeterOptions, shape?: readonly number[] | null | CirclePerimeterOptions): [NDArray, NDArray];
export function circle_perimeter(...args: unknown[]): [NDArray, NDArray] {
  const b = CIRCLE_PERIMETER.bind(args);
  const radius = b.radius as number;
  const andres = b.method === "andres";
  let d = andres ? radius - 1 : 3 - 2 * radius;
  let r = radius;
  let c = 0;
  const rr: number[] = [];
  const cc: number[] = [];
  while (r >= c) {
    rr.push(r, -r, r, -r, c, -c, c, -c);
    cc.push(c, c, -c, -c, r, r, -r, -r);
    if (!andres) {
      if (d < 0) d += 4 * c + 6;
      else {
        d += 4 * (c - r) + 10;
        r -= 1;
      }
      c += 1;
    } else if (d >= 2 * (c - 1)) {
      d -= 2 * c;
      c += 1;
    } else if (d <= 2 * (radius - r)) {
      d += 2 * r - 1;
      r -= 1;
    } else {
      d += 2 * (r - c - 1);
      r -= 1;
      c += 1;
    }
  }
  const outR = rr.map((v) => v + b.r);
  const outC = cc.map((v) => v + b.c);
  if (b.shape !== null) {
    const [ir, ic] = insideImage(outR, outC, b.shape);
    return [intp(ir), intp(ic)];
  }
  return [intp(outR), intp(outC)];
}
pyfunction(CIRCLE_PERIMETER, circle_perimeter);

const CIRCLE_PERIMETER_AA = signature("skimage.draw.circle_perimeter_aa(r, c, radius, shape=None)", {
  types: { r: "int", c: "int", radius: "int", shape: "sequence|None" },
});

/**
 * `skimage.draw.circle_perimeter_aa(r, c, radius, shape=None)`: `[rr, cc, val]`, an
 * anti-aliased circle outline (Wu's method): pixel pairs straddling the circle with coverage
 * values (float64) summing to 1.
 */
export function circle_perimeter_aa(r: number, c: number, radius: number, shape?: readonly number[] | null | { shape?: readonly number[] | null }): [NDArray, NDArray, NDArray];
export function circle_perimeter_aa(...args: unknown[]): [NDArray, NDArray, NDArray] {
  const b = CIRCLE_PERIMETER_AA.bind(args);
  const radius = b.radius as number;
  let c = 0;
  let r = radius;
  let prev = 0;
  const rr = [r, c, r, c, -r, -c, -r, -c];
  const cc = [c, r, -c, -r, c, r, -c, -r];
  const val = [1, 1, 1, 1, 1, 1, 1, 1];
  while (r > c + 1) {
    c += 1;
    const exact = Math.sqrt(radius * radius - c * c);
    const d = Math.ceil(exact) - exact;
    if (d < prev) r -= 1;
    rr.push(r, r - 1, c, c, r, r - 1, c, c, -r, 1 - r, -c, -c, -r, 1 - r, -c, -c);
    cc.push(c, c, r, r - 1, -c, -c, -r, 1 - r, c, c, r, r - 1, -c, -c, -r, 1 - r);
    for (let k = 0; k < 8; k++) val.push(1 - d, d);
    prev = d;
  }
  let outR = rr.map((v) => v + b.r);
  let outC = cc.map((v) => v + b.c);
  let outV = val;
  if (b.shape !== null) {
    const [ir, ic, kept] = insideImage(outR, outC, b.shape);
    outR = ir;
    outC = ic;
    outV = kept.map((k) => val[k]);
  }
  return [intp(outR), intp(outC), NDArray.fromStorage(Float64Array.from(outV), [outV.length], float64)];
}
pyfunction(CIRCLE_PERIMETER_AA, circle_perimeter_aa);
