/**
 * `skimage.draw.ellipse_perimeter` (0.19): Zingl's ellipse rasterisation; rotated ellipses are
 * drawn as four rational Bezier segments, exactly as scikit-image's Cython code steps them.
 */
import { NDArray } from "../../np/ndarray";
import { int64 } from "../../np/dtype";
import { PyArgs, pyfunction, signature } from "../../signature";
import { insideImage, intp } from "./_coords";
import { line } from "./lines";

/** `_bezier_segment`: one rational quadratic Bezier segment; [rows, cols]. */
function bezierSegment(r0: number, c0: number, r1: number, c1: number, r2: number, c2: number, weight: number): [number[], number[]] {
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

const ELLIPSE_PERIMETER = signature("skimage.draw.ellipse_perimeter(r, c, r_radius, c_radius, orientation=0, shape=None)", {
  types: { r: "int", c: "int", r_radius: "int", c_radius: "int", orientation: "float", shape: "sequence|None" },
});

/** Keyword arguments of ellipse_perimeter. */
export interface EllipsePerimeterOptions {
  /** Major axis orientation in radians, clockwise. */
  orientation?: number;
  shape?: readonly number[] | null;
}

/**
 * `skimage.draw.ellipse_perimeter(r, c, r_radius, c_radius, orientation=0, shape=None)`:
 * `[rr, cc]`, the outline of the ellipse centred at (r, c) (duplicates kept as scikit-image
 * returns them). A zero-size ellipse gives the centre as 0-d arrays, as in scikit-image.
 */
export function ellipse_perimeter(
  r: number, c: number, r_radius: number, c_radius: number,
  ...rest: PyArgs<[orientation: number, shape: readonly number[] | null, options: EllipsePerimeterOptions], EllipsePerimeterOptions>
): [NDArray, NDArray];
export function ellipse_perimeter(...args: unknown[]): [NDArray, NDArray] {
  const b = ELLIPSE_PERIMETER.bind(args);
  const ro: number = b.r;
  const co: number = b.c;
  const rRad: number = b.r_radius;
  const cRad: number = b.c_radius;
  const orientation: number = b.orientation;
  if (rRad === 0 && cRad === 0) {
    return [NDArray.fromStorage(new Float64Array([ro]), [], int64), NDArray.fromStorage(new Float64Array([co]), [], int64)];
  }
  const rr: number[] = [];
  const cc: number[] = [];
  const rd = rRad * rRad;
  const cd = cRad * cRad;
  if (orientation === 0) {
    let c = -cRad;
    let r = 0;
    let e2 = rd;
    let err = c * (2 * e2 + c) + e2;
    while (c <= 0) {
      rr.push(ro + r, ro + r, ro - r, ro - r);
      cc.push(co - c, co + c, co + c, co - c);
      e2 = 2 * err;
      if (e2 >= (2 * c + 1) * rd) {
        c += 1;
        err += (2 * c + 1) * rd;
      }
      if (e2 <= (2 * r + 1) * cd) {
        r += 1;
        err += (2 * r + 1) * cd;
      }
    }
    while (r < rRad) {
      r += 1;
      rr.push(ro + r, ro - r);
      cc.push(co, co);
    }
  } else {
    const sin = Math.sin(orientation);
    let za = (cd - rd) * sin;
    let ca = Math.sqrt(cd - za * sin);
    let ra = Math.sqrt(rd + za * sin);
    const a = ca + 0.5;
    const bb = ra + 0.5;
    za = (za * a * bb) / (ca * ra);
    const ir0 = Math.trunc(ro - bb);
    const ic0 = Math.trunc(co - a);
    const ir1 = Math.trunc(ro + bb);
    const ic1 = Math.trunc(co + a);
    ca = ic1 - ic0;
    ra = ir1 - ir0;
    za = 4 * za * Math.cos(orientation);
    let w = ca * ra;
    if (w !== 0) w = (w - za) / (w + w);
    const icd = Math.trunc(Math.floor(ca * w + 0.5));
    const ird = Math.trunc(Math.floor(ra * w + 0.5));
    const parts = [
      bezierSegment(ir0 + ird, ic0, ir0, ic0, ir0, ic0 + icd, 1 - w),
      bezierSegment(ir0 + ird, ic0, ir1, ic0, ir1, ic1 - icd, w),
      bezierSegment(ir1 - ird, ic1, ir1, ic1, ir1, ic1 - icd, 1 - w),
      bezierSegment(ir1 - ird, ic1, ir0, ic1, ir0, ic0 + icd, w),
    ];
    for (const [pr, pc] of parts) {
      rr.push(...pr);
      cc.push(...pc);
    }
  }
  if (b.shape !== null) {
    const [ir, ic] = insideImage(rr, cc, b.shape);
    return [intp(ir), intp(ic)];
  }
  return [intp(rr), intp(cc)];
}
pyfunction(ELLIPSE_PERIMETER, ellipse_perimeter);
