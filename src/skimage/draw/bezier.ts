/**
 * `skimage.draw.bezier_curve` (0.19) and the rational quadratic Bezier segment scikit-image's
 * ellipse_perimeter is built from, stepped exactly as its Cython code steps them.
 */
import { NDArray } from "../../np/ndarray";
import { ZeroDivisionError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { insideImage, intp } from "./_coords";
import { line } from "./lines";

/** `_bezier_segment`: one rational quadratic Bezier segment; [rows, cols]. */
export function bezierSegment(r0: number, c0: number, r1: number, c1: number, r2: number, c2: number, weight: number): [number[], number[]] {
  const rr: number[] = [];
  const cc: number[] = [];
  let sc = c2 - c1;
  let sr = r2 - r1;
  let d2c = c0 - c2;
  let d2r = r0 - r2;
  let d1c = c0 - c1;
  let d1r = r0 - r1;
  let rc = d1c * sr + d1r * sc;
  let cur = d1c * sr - d1r * sc;
  if (cur !== 0 && weight > 0) {
    if (sc * sc + sr * sr > d1c * d1c + d1r * d1r) {
      c2 = c0;
      c0 -= Math.trunc(d2c);
      r2 = r0;
      r0 -= Math.trunc(d2r);
      cur = -cur;
    }
    d1c = 2 * (4 * weight * sc * d1c + d2c * d2c);
    d1r = 2 * (4 * weight * sr * d1r + d2r * d2r);
    sc = c0 < c2 ? 1 : -1;
    sr = r0 < r2 ? 1 : -1;
    rc = -2 * sc * sr * (2 * weight * rc + d2c * d2r);
    if (cur * sc * sr < 0) {
      d1c = -d1c;
      d1r = -d1r;
      rc = -rc;
      cur = -cur;
    }
    d2c = 4 * weight * (c1 - c0) * sr * cur + d1c / 2 + rc;
    d2r = 4 * weight * (r0 - r1) * sc * cur + d1r / 2 + rc;
    if (weight < 0.5 && (d2r > rc || d2c < rc)) {
      // scikit-image splits the segment here and returns only its first half
      cur = (weight + 1) / 2;
      weight = Math.sqrt(weight);
      rc = 1 / (weight + 1);
      sc = Math.floor((c0 + 2 * weight * c1 + c2) * rc * 0.5 + 0.5);
      sr = Math.floor((r0 + 2 * weight * r1 + r2) * rc * 0.5 + 0.5);
      d2c = Math.floor((weight * c1 + c0) * rc + 0.5);
      d2r = Math.floor((r1 * weight + r0) * rc + 0.5);
      return bezierSegment(r0, c0, Math.trunc(d2r), Math.trunc(d2c), Math.trunc(sr), Math.trunc(sc), cur);
    }
    let err = d2c + d2r - rc;
    while (d2r <= rc && d2c >= rc) {
      cc.push(c0);
      rr.push(r0);
      if (c0 === c2 && r0 === r2) return [rr, cc];
      const test1 = 2 * err > d2r;
      const test2 = 2 * (err + d1r) < -d2r;
      if (2 * err < d2c || test2) {
        r0 += Math.trunc(sr);
        d2r += rc;
        d2c += d1c;
        err += d2c;
      }
      if (2 * err > d2c || test1) {
        c0 += Math.trunc(sc);
        d2c += rc;
        d2r += d1r;
        err += d2r;
      }
    }
  }
  // the rest as a straight line, in (column, row) order as scikit-image calls it
  const [lc, lr] = line(c0, r0, c2, r2);
  for (let k = 0; k < lc.size; k++) {
    cc.push(lc.data[k]);
    rr.push(lr.data[k]);
  }
  return [rr, cc];
}

/** Python's float division: ZeroDivisionError for a zero divisor, as Cython's checked division. */
function div(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("float division");
  return a / b;
}

const BEZIER = signature("skimage.draw.bezier_curve(r0, c0, r1, c1, r2, c2, weight, shape=None)", {
  types: { r0: "int", c0: "int", r1: "int", c1: "int", r2: "int", c2: "int", weight: "float", shape: "sequence|None" },
});

/**
 * `skimage.draw.bezier_curve(r0, c0, r1, c1, r2, c2, weight, shape=None)`: `[rr, cc]`, the
 * rational quadratic Bezier curve from (r0, c0) to (r2, c2) with control point (r1, c1) and
 * its `weight` (1: a parabola), split at its horizontal and vertical turning points.
 */
export function bezier_curve(
  r0: number, c0: number, r1: number, c1: number, r2: number, c2: number, weight: number,
  ...rest: PyArgs<[shape: readonly number[] | null, options: { shape?: readonly number[] | null }], { shape?: readonly number[] | null }>
): [NDArray, NDArray];
export function bezier_curve(...args: unknown[]): [NDArray, NDArray] {
  const b = BEZIER.bind(args);
  let { r0, c0, r1, c1, r2, c2, weight } = b as Record<string, number>;
  const rr: number[] = [];
  const cc: number[] = [];
  const add = ([pr, pc]: [number[], number[]]) => {
    rr.push(...pr);
    cc.push(...pc);
  };
  let vc = c0 - 2 * c1 + c2;
  let vr = r0 - 2 * r1 + r2;
  let dc = c0 - c1;
  let dr = r0 - r1;
  let t: number;
  let q: number;
  let ww: number;
  if (dc * (c2 - c1) > 0) {
    if (dr * (r2 - r1) !== 0) {
      if (Math.abs(dc * vr) > Math.abs(dr * vc)) {
        c0 = c2;
        c2 = Math.trunc(dc + c1);
        r0 = r2;
        r2 = Math.trunc(dr + r1);
      }
    }
    if (c0 === c2 || weight === 1) t = div(c0 - c1, vc);
    else {
      q = Math.sqrt(4 * weight * weight * (c0 - c1) * (c2 - c1) + (c2 - c0) * Math.floor(c2 - c0));
      if (c1 < c0) q = -q;
      t = div(2 * weight * (c0 - c1) - c0 + c2 + q, 2 * (1 - weight) * (c2 - c0));
    }
    q = div(1, 2 * t * (1 - t) * (weight - 1) + 1.0);
    dc = (t * t * (c0 - 2 * weight * c1 + c2) + 2 * t * (weight * c1 - c0) + c0) * q;
    dr = (t * t * (r0 - 2 * weight * r1 + r2) + 2 * t * (weight * r1 - r0) + r0) * q;
    ww = t * (weight - 1) + 1;
    ww *= ww * q;
    weight = ((1 - t) * (weight - 1) + 1) * Math.sqrt(q);
    vc = Math.trunc(dc + 0.5);
    vr = Math.trunc(dr + 0.5);
    dr = div((dc - c0) * (r1 - r0), c1 - c0) + r0;
    add(bezierSegment(r0, c0, Math.trunc(dr + 0.5), vc, vr, vc, ww));
    dr = div((dc - c2) * (r1 - r2), c1 - c2) + r2;
    r1 = Math.trunc(dr + 0.5);
    c0 = c1 = vc;
    r0 = vr;
  }
  if ((r0 - r1) * Math.floor(r2 - r1) > 0) {
    if (r0 === r2 || weight === 1) t = div(r0 - r1, r0 - 2 * r1 + r2);
    else {
      q = Math.sqrt(4 * weight * weight * (r0 - r1) * (r2 - r1) + (r2 - r0) * Math.floor(r2 - r0));
      if (r1 < r0) q = -q;
      t = div(2 * weight * (r0 - r1) - r0 + r2 + q, 2 * (1 - weight) * (r2 - r0));
    }
    q = div(1, 2 * t * (1 - t) * (weight - 1) + 1);
    dc = (t * t * (c0 - 2 * weight * c1 + c2) + 2 * t * (weight * c1 - c0) + c0) * q;
    dr = (t * t * (r0 - 2 * weight * r1 + r2) + 2 * t * (weight * r1 - r0) + r0) * q;
    ww = t * (weight - 1) + 1;
    ww *= ww * q;
    weight = ((1 - t) * (weight - 1) + 1) * Math.sqrt(q);
    vc = Math.trunc(dc + 0.5);
    vr = Math.trunc(dr + 0.5);
    dc = div((c1 - c0) * (dr - r0), r1 - r0) + c0;
    add(bezierSegment(r0, c0, vr, Math.trunc(dc + 0.5), vr, vc, ww));
    dc = div((c1 - c2) * (dr - r2), r1 - r2) + c2;
    c1 = Math.trunc(dc + 0.5);
    c0 = vc;
    r0 = r1 = vr;
  }
  add(bezierSegment(r0, c0, r1, c1, r2, c2, weight * weight));
  if (b.shape !== null) {
    const [ir, ic] = insideImage(rr, cc, b.shape);
    return [intp(ir), intp(ic)];
  }
  return [intp(rr), intp(cc)];
}
pyfunction(BEZIER, bezier_curve);
