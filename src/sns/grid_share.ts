/**
 * Shared axes for seaborn's figure-level grids (PairGrid's sharex="col" / sharey="row",
 * JointGrid's marginals): every member autoscales over the artists of its whole group, and a
 * limit set on one is the group's (the first member holds it), as matplotlib's shared axes.
 */
import type { Axes } from "../plt/axes";

/** Which axes share x and which share y with each member. */
export interface ShareGroups {
  x: Map<Axes, Axes[]>;
  y: Map<Axes, Axes[]>;
}

/** A new, empty set of groups. */
export function shareGroups(): ShareGroups {
  return { x: new Map(), y: new Map() };
}

/** Puts `members` into one group along `which`. */
export function share(groups: ShareGroups, which: "x" | "y", members: readonly Axes[]): void {
  const list = members.slice();
  for (const m of list) groups[which].set(m, list);
}

/** Wires limits and autoscaling of every grouped axes (call once all groups are known). */
export function applyShares(groups: ShareGroups): void {
  const all = new Set([...groups.x.keys(), ...groups.y.keys()]);
  for (const ax of all) {
    const gx = groups.x.get(ax) ?? [ax];
    const gy = groups.y.get(ax) ?? [ax];
    ax._sharedArtists = (which) => (which === "x" ? gx : gy).flatMap((a) => a.artists);
    for (const [which, group] of [["x", gx], ["y", gy]] as const) {
      const root = group[0];
      if (root === ax) continue;
      for (const key of which === "x" ? (["xlim", "xInverted"] as const) : (["ylim", "yInverted"] as const)) {
        Object.defineProperty(ax, key, { get: () => root[key], set: (v) => ((root as unknown as Record<string, unknown>)[key] = v), configurable: true });
      }
    }
  }
}
