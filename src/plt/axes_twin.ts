/**
 * twinx / twiny: a second Axes over the same plot area sharing one axis (x for twinx) and
 * drawing the other on the opposite side, with its own property cycle, as matplotlib's twins do.
 */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import type { Artist } from "./artists";
import { mplsig } from "./pysig";

export const TWINX = mplsig("matplotlib.axes.Axes.twinx()");
export const TWINY = mplsig("matplotlib.axes.Axes.twiny()");

declare module "./axes" {
  interface Axes {
    /** `Axes.twinx()`: a new Axes sharing this one's x axis, its y axis on the right. */
    twinx(): Axes;
    /** `Axes.twiny()`: a new Axes sharing this one's y axis, its x axis on top. */
    twiny(): Axes;
    /** @internal The axes this one is a twin of, and the axis they share. */
    _twin?: { host: Axes; shared: "x" | "y" };
  }
}

/** A twin of `host` sharing `shared`: limits, inversion and autoscaling along it are the host's. */
export function makeTwin(host: Axes, shared: "x" | "y"): Axes {
  const root = host._twin?.host ?? host;
  const twin = new Axes(host.figure, host.position);
  twin._twin = { host: root, shared };
  const lim = shared === "x" ? "xlim" : "ylim";
  const inverted = shared === "x" ? "xInverted" : "yInverted";
  for (const key of [lim, inverted] as const) {
    Object.defineProperty(twin, key, { get: () => root[key], set: (v) => ((root as unknown as Record<string, unknown>)[key] = v), configurable: true });
  }
  const group = (): Axes[] => [root, ...root.figure.axes.filter((a) => a._twin?.host === root && a._twin.shared === shared)];
  root._sharedArtists = (which) => (which === shared ? group().flatMap((a) => a.artists) : root.artists);
  twin._sharedArtists = (which) => (which === shared ? group().flatMap((a) => a.artists) : twin.artists);
  twin.figure.axes.push(twin);
  return twin;
}

const P = Axes.prototype;
P.twinx = function twinx(this: Axes): Axes {
  if (arguments.length > 0) TWINX.bind(arguments);
  return makeTwin(this, "x");
};
P.twiny = function twiny(this: Axes): Axes {
  if (arguments.length > 0) TWINY.bind(arguments);
  return makeTwin(this, "y");
};
pyfunction(TWINX, P.twinx);
pyfunction(TWINY, P.twiny);
