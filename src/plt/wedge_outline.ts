/** The extreme points of a pie wedge's outline: its center (or inner arc), arc ends and the axis crossings between them. */
import type { WedgeArtist } from "./artists";

export function wedgeOutline(a: WedgeArtist, i: number): { xs: number[]; ys: number[] } {
  const cx = a.cx[i];
  const cy = a.cy[i];
  const t1 = a.theta1[i];
  const t2 = a.theta2[i];
  const angles = [t1, t2];
  for (let q = Math.ceil(t1 / 90) * 90; q < t2; q += 90) angles.push(q);
  const radii = a.width === null ? [a.r] : [a.r, a.r - a.width];
  const xs: number[] = a.width === null ? [cx] : [];
  const ys: number[] = a.width === null ? [cy] : [];
  for (const r of radii) {
    for (const deg of angles) {
      const rad = (deg * Math.PI) / 180;
      xs.push(cx + r * Math.cos(rad));
      ys.push(cy + r * Math.sin(rad));
    }
  }
  return { xs, ys };
}
