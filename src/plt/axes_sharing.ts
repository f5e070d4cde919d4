/**
 * Axes.sharex / sharey and get_shared_x_axes / get_shared_y_axes: axes that share an axis show
 * one set of limits, one direction and one scale, autoscaled over all their data, as
 * matplotlib's shared axes do.
 */
import { PyTypeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import type { Artist } from "./artists";
import { mplsig } from "./pysig";

const SHAREX = mplsig("matplotlib.axes.Axes.sharex(other)");
const SHAREY = mplsig("matplotlib.axes.Axes.sharey(other)");
const GET_SHARED_X_AXES = mplsig("matplotlib.axes.Axes.get_shared_x_axes()");
const GET_SHARED_Y_AXES = mplsig("matplotlib.axes.Axes.get_shared_y_axes()");
const JOINED = mplsig("matplotlib.cbook.GrouperView.joined(a, b)");
const GET_SIBLINGS = mplsig("matplotlib.cbook.GrouperView.get_siblings(a)");

/** matplotlib's GrouperView: which axes share an axis with which. */
export class GrouperView {
  /** @internal */
  constructor(private readonly which: "x" | "y") {}

  /** `GrouperView.joined(a, b)`: whether a and b share the axis. */
  joined(a: Axes, b: Axes): boolean;
  joined(): boolean {
    const { a, b } = JOINED.bind(arguments);
    return siblings(a, this.which).includes(b);
  }

  /** `GrouperView.get_siblings(a)`: the axes sharing the axis with a, a included. */
  get_siblings(a: Axes): Axes[];
  get_siblings(): Axes[] {
    return siblings(GET_SIBLINGS.bind(arguments).a, this.which);
  }
}

declare module "./axes" {
  interface Axes {
    /** `Axes.sharex(other)`: this axes takes other's x limits, direction and scale, and keeps them shared. */
    sharex(other: Axes): void;
    /** `Axes.sharey(other)`: as sharex, for y. */
    sharey(other: Axes): void;
    /** `Axes.get_shared_x_axes()`: a view of the groups of axes sharing x (joined, get_siblings). */
    get_shared_x_axes(): GrouperView;
    /** `Axes.get_shared_y_axes()`: the groups sharing y. */
    get_shared_y_axes(): GrouperView;
    /** @internal The axes this one's x / y axis was shared from (sharex / sharey). */
    _sharedFrom?: { x?: Axes; y?: Axes };
  }
}

/** The axes sharing `which` with ax (ax first), through sharex/sharey links and twins. */
function siblings(ax: Axes, which: "x" | "y"): Axes[] {
  const root = rootOf(ax, which);
  const out = root.figure.axes.filter((a) => a !== root && rootOf(a, which) === root);
  return [root, ...out].sort((p, q) => (p === ax ? -1 : q === ax ? 1 : 0));
}

function rootOf(ax: Axes, which: "x" | "y"): Axes {
  let a = ax;
  for (;;) {
    const next = a._sharedFrom?.[which] ?? (a._twin?.shared === which ? a._twin.host : undefined);
    if (next === undefined || next === a) return a;
    a = next;
  }
}

function share(ax: Axes, other: unknown, which: "x" | "y"): void {
  if (!(other instanceof Axes)) throw new PyTypeError(`'other' must be an instance of matplotlib.axes._base._AxesBase, not a ${other === null ? "None" : typeof other}`);
  const from = ax._sharedFrom?.[which];
  if (from !== undefined && from !== other) throw new ValueError(`${which}-axis is already shared`);
  if (rootOf(other, which) === rootOf(ax, which)) return;
  const root = rootOf(other, which);
  ax._sharedFrom = { ...ax._sharedFrom, [which]: other };
  const lim = which === "x" ? "xlim" : "ylim";
  const inverted = which === "x" ? "xInverted" : "yInverted";
  // matplotlib copies other's limits and keeps autoscaling if other autoscales
  for (const key of [lim, inverted] as const) {
    Object.defineProperty(ax, key, { get: () => root[key], set: (v) => ((root as unknown as Record<string, unknown>)[key] = v), configurable: true });
  }
  const scales = ax._scales;
  ax._scales = Object.defineProperty({ ...scales }, which, { get: () => root._scales[which], set: (v) => (root._scales[which] = v), enumerable: true, configurable: true });
  for (const member of siblings(root, which)) {
    const own = member._sharedArtists;
    member._sharedArtists = (w): readonly Artist[] => (w === which ? siblings(member, which).flatMap((a) => a.artists) : own ? own(w) : member.artists);
  }
}

const P = Axes.prototype;
P.sharex = function sharex(this: Axes): void {
  share(this, SHAREX.bind(arguments).other, "x");
};
P.sharey = function sharey(this: Axes): void {
  share(this, SHAREY.bind(arguments).other, "y");
};
P.get_shared_x_axes = function get_shared_x_axes(this: Axes): GrouperView {
  if (arguments.length > 0) GET_SHARED_X_AXES.bind(arguments);
  return new GrouperView("x");
};
P.get_shared_y_axes = function get_shared_y_axes(this: Axes): GrouperView {
  if (arguments.length > 0) GET_SHARED_Y_AXES.bind(arguments);
  return new GrouperView("y");
};
pyfunction(JOINED, GrouperView.prototype.joined);
pyfunction(GET_SIBLINGS, GrouperView.prototype.get_siblings);
pyfunction(SHAREX, P.sharex);
pyfunction(SHAREY, P.sharey);
pyfunction(GET_SHARED_X_AXES, P.get_shared_x_axes);
pyfunction(GET_SHARED_Y_AXES, P.get_shared_y_axes);
