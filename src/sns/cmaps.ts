/** seaborn's own colormaps that plt does not ship (icefire, vlag, flare, crest), by name. */
import { Colormap, lookupCmap } from "../plt/colormaps";
import { TABLES } from "./cmap_tables";

const cache = new Map<string, Colormap>();

function unpackBits(packed: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (packed[i >> 3] >> (7 - (i & 7))) & 1;
  return out;
}

/** A seaborn colormap by name ("_r" reverses it), or undefined when seaborn has none of that name. */
export function seabornCmap(name: string): Colormap | undefined {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const reversed = name.endsWith("_r");
  const table = TABLES[reversed ? name.slice(0, -2) : name];
  if (table === undefined) return undefined;
  let lut = new Uint8Array(Buffer.from(table[0], "base64"));
  let up = unpackBits(new Uint8Array(Buffer.from(table[1], "base64")), lut.length);
  if (reversed) {
    const flip = (t: Uint8Array) => {
      const r = new Uint8Array(t.length);
      for (let i = 0; i < 256; i++) r.set(t.subarray((255 - i) * 3, (256 - i) * 3), i * 3);
      return r;
    };
    lut = flip(lut);
    up = flip(up);
  }
  const cmap = new Colormap(name, lut, 256, up);
  cache.set(name, cmap);
  return cmap;
}

/** A colormap by name: seaborn's own first, then plt's. */
export function anyCmap(name: string | Colormap): Colormap {
  return (typeof name === "string" ? seabornCmap(name) : undefined) ?? lookupCmap(name);
}
