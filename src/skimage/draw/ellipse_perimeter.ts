/**
 * `skimage.draw.ellipse_perimeter` (0.19): Zingl's ellipse rasterisation; rotated ellipses are
 * drawn as four rational Bezier segments, exactly as scikit-image's Cython code steps them.
 */
import { NDArray } from "../../np/ndarray";
import { int64 } from "../../np/dtype";
import { PyArgs, pyfunction, signature } from "../../signature";
import { insideImage, intp } from "./_coords";
import { bezierSegment } from "./bezier";

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
