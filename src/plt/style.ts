/**
 * matplotlib.style: use / context / available / library over matplotlib's bundled styles
 * (rc_tables.ts holds their values). A style sets the rc keys its .mplstyle file lists; the
 * figures drawn afterwards read them.
 */
import { NotImplementedError, OSError, PyTypeError } from "../errors";
import { pyfunction } from "../signature";
import { rcParams, rcdefaults } from "./rcparams";
import { STYLE_LIBRARY } from "./rc_tables";
import { mplsig } from "./pysig";
import { withRcRestored } from "./rc";

const USE = mplsig("matplotlib.style.use(style)");
const CONTEXT = mplsig("matplotlib.style.context(style, after_reset=False)", { types: { after_reset: "bool" } });

/** rc keys a style never changes (matplotlib's STYLE_BLACKLIST). */
const BLACKLIST = new Set([
  "webagg.open_in_browser", "figure.raise_window", "backend", "tk.window_focus", "interactive", "backend_fallback", "date.epoch",
  "savefig.directory", "timezone", "webagg.address", "toolbar", "docstring.hardcopy", "webagg.port_retries", "figure.max_open_warning", "webagg.port",
]);

/** matplotlib's private styles (listed in style.available, not shipped by plt). */
const PRIVATE = ["_classic_test_patch", "_mpl-gallery", "_mpl-gallery-nogrid"];

/** `matplotlib.style.available`: the style names style.use accepts, as matplotlib lists them. */
export const available: readonly string[] = [...Object.keys(STYLE_LIBRARY), ...PRIVATE].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** `matplotlib.style.library`: each style's rc values. */
export const library: Readonly<Record<string, Readonly<Record<string, unknown>>>> = STYLE_LIBRARY;

type Style = string | Record<string, unknown> | readonly (string | Record<string, unknown>)[];

function apply(style: Style): void {
  const styles = Array.isArray(style) ? style : [style];
  for (const s of styles as (string | Record<string, unknown>)[]) {
    if (typeof s === "string") {
      if (s === "default") {
        rcdefaults();
        continue;
      }
      const values = STYLE_LIBRARY[s];
      if (values === undefined) {
        if (PRIVATE.includes(s)) throw new NotImplementedError(`style '${s}' is not supported yet`);
        throw new OSError(`'${s}' not found in the style library and input is not a valid URL or path; see \`style.available\` for list of available styles`);
      }
      update(values);
    } else if (s !== null && typeof s === "object") {
      update(s);
    } else {
      throw new PyTypeError(`style must be a str, a dict or a list of them, not ${String(s)}`);
    }
  }
}

function update(values: Readonly<Record<string, unknown>>): void {
  for (const [k, v] of Object.entries(values)) {
    if (!BLACKLIST.has(k)) (rcParams as Record<string, unknown>)[k] = Array.isArray(v) ? v.slice() : v;
  }
}

/**
 * `matplotlib.style.use(style)`: applies a bundled style ("ggplot", "seaborn-v0_8-darkgrid",
 * "dark_background", ...; "default" restores matplotlib's defaults), a record of rc values, or a list of them.
 */
export function use(style: Style): void;
export function use(): void {
  const { style } = USE.bind(arguments);
  apply(style as Style);
}

/**
 * `with matplotlib.style.context(style, after_reset=False): ...` as `context(style, body)` or
 * `context(style, after_reset, body)`: runs body under the style, then restores every rc setting.
 */
export function context<T>(style: Style, body: () => T): T;
export function context<T>(style: Style, after_reset: boolean, body: () => T): T;
export function context<T>(style: Style, ...rest: unknown[]): T {
  const body = rest[rest.length - 1] as () => T;
  const b = CONTEXT.bind([style, ...rest.slice(0, -1)]);
  return withRcRestored(() => {
    if (b.after_reset) rcdefaults();
    apply(style);
    return body();
  });
}

pyfunction(USE, use);
pyfunction(CONTEXT, context);
