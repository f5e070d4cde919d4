/** Helpers for comparing plt's figure model with matplotlib's artist properties. */
import * as assert from "uvu/assert";

/** A CSS color of the model (hex, rgba(), "transparent") as matplotlib's RGBA floats, alpha applied. */
export function cssRgba(css: string, alpha: number | undefined): number[] {
  if (css === "transparent") return [0, 0, 0, 0];
  let rgba: number[];
  const m = /^rgba\((\d+),(\d+),(\d+),([\d.]+)\)$/.exec(css);
  if (m) rgba = [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255, Number(m[4])];
  else if (/^#[0-9a-f]{6}$/.test(css)) rgba = [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16) / 255).concat(1);
  else if (css === "black") rgba = [0, 0, 0, 1];
  else if (css === "white") rgba = [1, 1, 1, 1];
  else throw new Error(`no RGBA for ${css}`);
  if (alpha !== undefined) rgba[3] = alpha;
  return rgba;
}

/** Element-wise closeness with a relative (and equal absolute) tolerance. */
export function near(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  assert.is(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i];
    const b = expected[i];
    if (Number.isNaN(b) && Number.isNaN(a)) continue;
    if (!(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)))) assert.unreachable(`${what}[${i}]: ${a} vs ${b}`);
  }
}

/** The axes views of a figure's spec in layout order (the spacer views that place them left out). */
export function viewsOf(spec: Record<string, any>): Record<string, any>[] {
  if (spec.layer && spec.view?.fill !== null) return [spec];
  const kids = spec.concat ?? spec.hconcat ?? spec.vconcat ?? [];
  return kids.flatMap((k: Record<string, any>) => viewsOf(k));
}

/** The suptitle's text mark of a figure's spec (drawn in its top-left spacer), if any. */
export function suptitleOf(spec: Record<string, any>): Record<string, any> | undefined {
  if (spec.view?.fill === null && spec.layer) return spec.layer[0].mark;
  const kids = spec.concat ?? spec.hconcat ?? spec.vconcat ?? [];
  for (const k of kids) {
    const m = suptitleOf(k);
    if (m) return m;
  }
  return undefined;
}
