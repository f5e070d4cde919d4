/**
 * pyplot's rc settings calls: rc(group, **kwargs) with matplotlib's short aliases, and
 * rc_context(rc, body), the `with` block written as a callback (settings restored after it).
 */
import { KeyError, NotImplementedError } from "../errors";
import { pyfunction } from "../signature";
import { rcParams } from "./rcparams";
import { mplsig } from "./pysig";

const RC = mplsig("matplotlib.pyplot.rc(group)", { types: { group: "str|sequence" } });
const RC_CONTEXT = mplsig("matplotlib.pyplot.rc_context(rc=None, fname=None)", { unsupported: ["fname"] });

/** matplotlib's rc() aliases. */
const ALIASES: Record<string, string> = { lw: "linewidth", ls: "linestyle", c: "color", fc: "facecolor", ec: "edgecolor", mew: "markeredgewidth", aa: "antialiased" };

/**
 * `plt.rc(group, **kwargs)`: sets `group.name` for each keyword, `rc("lines", { linewidth: 2, color: "r" })`;
 * group may list several groups (`rc(["xtick", "ytick"], { labelsize: 12 })`).
 */
export function rc(group: string | readonly string[], options?: Record<string, unknown>): void;
export function rc(group: unknown, options?: Record<string, unknown>): void {
  RC.bind([group]);
  const groups = typeof group === "string" ? [group] : Array.from(group as string[]);
  for (const g of groups) {
    for (const [k, v] of Object.entries(options ?? {})) {
      const name = ALIASES[k] ?? k;
      const key = `${g}.${name}`;
      if (!(key in rcParams) && !isKey(key)) throw new KeyError(`'Unrecognized key "${key}" for group "${g}" and name "${name}"'`);
      (rcParams as Record<string, unknown>)[key] = v;
    }
  }
}

function isKey(key: string): boolean {
  try {
    void (rcParams as Record<string, unknown>)[key];
    return true;
  } catch {
    return false;
  }
}

/**
 * `with plt.rc_context(rc=None, fname=None): ...` as `rc_context(rc, body)`: runs body with the
 * settings changed, then restores every setting (also when body throws); returns body's value.
 */
export function rc_context<T>(rc: Record<string, unknown> | null, body: () => T): T;
export function rc_context<T>(rc: Record<string, unknown> | null, body: () => T): T {
  if (typeof rc === "string") throw new NotImplementedError("rc_context() fname (an rc file) is not supported yet");
  RC_CONTEXT.bind(rc == null ? [] : [{ rc }]);
  return withRcRestored(() => {
    for (const [k, v] of Object.entries(rc ?? {})) (rcParams as Record<string, unknown>)[k] = v;
    return body();
  });
}

/** Runs fn and puts every rc setting back as it was, also when fn throws. */
export function withRcRestored<T>(fn: () => T): T {
  const saved = { ...rcParams };
  try {
    return fn();
  } finally {
    for (const key of Object.keys(rcParams)) if (!(key in saved)) delete (rcParams as Record<string, unknown>)[key];
    Object.assign(rcParams, saved);
  }
}

pyfunction(RC, rc);
pyfunction(RC_CONTEXT, rc_context);
