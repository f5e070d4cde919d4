/**
 * Colormaps: matplotlib's 256-entry lookup tables (luts.ts, generated from matplotlib) and
 * `Colormap.__call__` semantics for normalised data.
 */
import { ValueError } from "../../errors";
import { pyfunction } from "../../signature";
import { mplsig } from "../pysig";
import { resolveCmap } from "../cmap_arg";
import { LUTS_BASE64, ROUND_UP_BASE64 } from "./luts";

/**
 * `matplotlib.colors.Colormap`: a name and its lookup table of RGB triples. A class (not a plain
 * object) so that a colormap given as an argument is never read as keyword arguments.
 */
export class Colormap {
  constructor(
    readonly name: string,
    /** N * 3 bytes, RGB. */
    readonly lut: Uint8Array,
    /** Number of entries (256). */
    readonly N: number,
    /** Per entry and channel, 1 where the float color rounds up from its byte (for hex colors). */
    readonly roundUp: Uint8Array = new Uint8Array(lut.length),
  ) {}
}

function unpackBits(b64: string, n: number): Uint8Array {
  const packed = Buffer.from(b64, "base64");
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (packed[i >> 3] >> (7 - (i & 7))) & 1;
  return out;
}

/** Reverses the entries of a table of RGB triples. */
function reversedTriples(t: Uint8Array): Uint8Array {
  const rev = new Uint8Array(t.length);
  const n = t.length / 3;
  for (let i = 0; i < n; i++) rev.set(t.subarray((n - 1 - i) * 3, (n - i) * 3), i * 3);
  return rev;
}

const cache = new Map<string, Colormap>();

/** The colormaps plt ships, without their `_r` variants. */
function baseNames(): string[] {
  return Object.keys(LUTS_BASE64).filter((n) => n !== "seaborn_ch" && !n.endsWith("_r")).sort();
}

const COLORMAPS = mplsig("matplotlib.pyplot.colormaps()");

/**
 * `matplotlib.pyplot.colormaps()`: the names usable as `cmap`, each with its `_r` (reversed)
 * variant, sorted as matplotlib sorts them.
 */
export function colormaps(): string[] {
  if (arguments.length > 0) COLORMAPS.bind(arguments);
  return baseNames().flatMap((n) => [n, n + "_r"]).sort();
}
pyfunction(COLORMAPS, colormaps);

const GET_CMAP = mplsig("matplotlib.pyplot.get_cmap(name=None, lut=None)", { types: { lut: "int|None" }, unsupported: ["lut"] });

/**
 * `matplotlib.pyplot.get_cmap(name=None, lut=None)`: the colormap named (None: rcParams
 * "image.cmap"), `_r` reversing it; a Colormap is returned as is.
 */
export function get_cmap(name?: string | Colormap | null, lut?: number | null): Colormap;
export function get_cmap(): Colormap {
  const b = GET_CMAP.bind(arguments);
  return resolveCmap(b.name, "name");
}
pyfunction(GET_CMAP, get_cmap);

/** The colormap named (plt's own lookup; `_r` reverses). */
export function lookupCmap(name: string | Colormap): Colormap {
  if (typeof name !== "string") return name;
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  // matplotlib's own "_r" table when it is not exactly the reversed one
  const stored = LUTS_BASE64[name];
  const reversed = stored === undefined && name.endsWith("_r");
  const base = reversed ? name.slice(0, -2) : name;
  const b64 = stored ?? LUTS_BASE64[base];
  if (b64 === undefined) {
    throw new ValueError(`${JSON.stringify(name).replace(/"/g, "'")} is not a valid value for cmap; supported values are ${baseNames().map((n) => `'${n}'`).join(", ")}`);
  }
  let lut = new Uint8Array(Buffer.from(b64, "base64"));
  if (reversed) lut = reversedTriples(lut);
  const bits = ROUND_UP_BASE64[name] ?? ROUND_UP_BASE64[base];
  let roundUp = bits === undefined ? new Uint8Array(lut.length) : unpackBits(bits, lut.length);
  if (reversed && ROUND_UP_BASE64[name] === undefined) roundUp = reversedTriples(roundUp);
  const cmap = new Colormap(name, lut, lut.length / 3, roundUp);
  cache.set(name, cmap);
  return cmap;
}

/**
 * The LUT index matplotlib picks for a normalised value: floor(x * N), 1.0 -> N - 1, below 0
 * -> 0 (the "under" color is the first entry), above 1 -> N - 1; NaN -> -1 ("bad": transparent).
 */
export function lutIndex(x: number, N: number): number {
  if (x !== x) return -1;
  if (x < 0) return 0;
  const i = Math.floor(x * N);
  return i >= N ? N - 1 : i;
}

/** CSS hex color of a normalised value as matplotlib's to_hex rounds it (NaN gives "transparent"). */
export function cmapHex(cmap: Colormap, x: number): string {
  const i = lutIndex(x, cmap.N);
  if (i < 0) return "transparent";
  const l = cmap.lut;
  const u = cmap.roundUp;
  const k = i * 3;
  return "#" + ((1 << 24) | ((l[k] + u[k]) << 16) | ((l[k + 1] + u[k + 1]) << 8) | (l[k + 2] + u[k + 2])).toString(16).slice(1);
}

/** n colors sampled evenly over the map (for gradient legends and colorbars). */
export function cmapSamples(cmap: Colormap, n: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(cmapHex(cmap, n === 1 ? 0 : k / (n - 1)));
  return out;
}
