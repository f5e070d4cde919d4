/** Axes.step: plot's lines drawn as steps (matplotlib's drawstyle 'steps-pre' / 'steps-post' / 'steps-mid'). */
import type { Axes } from "./axes";
import type { LineArtist } from "./artists";
import { linesFromArgs } from "./plotargs";
import { lineProps, LINE2D_KEYWORDS, LINE2D_TYPES } from "./line_props";
import { LINE2D, mplsig } from "./pysig";

export const STEP = mplsig(`matplotlib.axes.Axes.step(x, y, *args, where='pre', data=None, ${LINE2D_KEYWORDS})`, {
  types: { ...LINE2D_TYPES },
  inList: { where: ["pre", "post", "mid"] },
  unsupported: ["data"],
  kwargs: LINE2D,
});

/** step(x, y, [fmt], ..., where=...) on `ax`: adds the lines plot would draw, as steps, and returns them. */
export function drawStep(ax: Axes, args: ArrayLike<unknown>): LineArtist[] {
  const b = STEP.bind(args);
  const lines = linesFromArgs([b.x, b.y, ...(b.args as unknown[])], lineProps(b), { scalex: true, scaley: true }, () => ax.nextColor());
  const drawstyle = `steps-${b.where as "pre" | "post" | "mid"}` as const;
  for (const l of lines) l.drawstyle = drawstyle;
  ax.artists.push(...lines);
  return lines;
}
