/**
 * seaborn's generated palettes against seaborn 0.12.2 (test/golden/sns_palettes/palettes.json,
 * written by scripts/golden/sns_palettes.py): hls_palette, husl_palette, light_palette,
 * dark_palette and color_palette's "hls" / "husl".
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { sns } from "../../src";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;
const G = loadGolden<{ cases: { function: string; args: unknown[]; kwargs: Json; expected: string[] }[] }>("sns_palettes/palettes");

for (const c of G.cases) {
  test(`${c.function}(${JSON.stringify(c.args)}, ${JSON.stringify(c.kwargs)})`, () => {
    const args = Object.keys(c.kwargs).length ? [...c.args, c.kwargs] : c.args;
    assert.equal((sns as any)[c.function](...args), c.expected);
  });
}

test("light_palette: an unknown input is a ValueError", () => {
  assert.throws(() => sns.light_palette("red", { input: "xyz" as any }), (e: Error) => e.name === "ValueError");
});

test.run();
