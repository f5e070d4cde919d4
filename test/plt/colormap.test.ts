/** imshow's color mapping against matplotlib's AxesImage.to_rgba (test/golden/plt/colormap_cases). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { NDArray } from "../../src/np/ndarray";
import { float64, uint8 } from "../../src/np/dtype";
import { toRgba } from "../../src/plt/image";
import { get_cmap, colormaps } from "../../src/plt/colormaps";
import { loadGolden, GoldenArray } from "../helpers/golden";

interface Case { cmap: string; vmin: number | null; vmax: number | null; input: "float" | "uint8"; rgba: GoldenArray }
const golden = loadGolden<{ float: GoldenArray; uint8: GoldenArray; cases: Case[] }>("plt/colormap_cases");

function arrayOf(g: GoldenArray): NDArray {
  const data = g.dtype === "uint8" ? Uint8Array.from(g.data) : Float64Array.from(g.data);
  return NDArray.fromStorage(data, g.shape, g.dtype === "uint8" ? uint8 : float64);
}

test("2-D data maps through the colormap exactly as matplotlib (NaN transparent, vmin/vmax, _r)", () => {
  assert.ok(golden.cases.length >= 30);
  for (const c of golden.cases) {
    const X = arrayOf(c.input === "float" ? golden.float : golden.uint8);
    const out = toRgba(X, { cmap: c.cmap, vmin: c.vmin, vmax: c.vmax }, "viridis");
    const expected = c.rgba.data.slice();
    // matplotlib's "bad" color is (0, 0, 0, 0): compare alpha, and colors where opaque
    for (let i = 0; i < expected.length; i += 4) {
      if (expected[i + 3] === 0) expected[i] = expected[i + 1] = expected[i + 2] = 0;
    }
    assert.equal(Array.from(out.rgba), expected, `${c.cmap} ${c.input} vmin=${c.vmin} vmax=${c.vmax}`);
  }
});

test("default limits are the data's finite min and max", () => {
  const X = arrayOf(golden.float);
  const out = toRgba(X, {}, "viridis");
  const finite = golden.float.data.filter(Number.isFinite);
  assert.is(out.mapped?.vmin, Math.min(...finite));
  assert.is(out.mapped?.vmax, Math.max(...finite));
});

test("RGB float images are clipped to [0, 1] like matplotlib", () => {
  const g = loadGolden<{ input: GoldenArray; rgba: GoldenArray }>("plt/rgb_float");
  const out = toRgba(arrayOf(g.input), {}, "viridis");
  assert.equal(Array.from(out.rgba), g.rgba.data);
});

test("uint8 RGB is shown as is; bad shapes and names raise", () => {
  const px = NDArray.fromStorage(Uint8Array.from([1, 2, 3, 250, 251, 252]), [1, 2, 3], uint8);
  assert.equal(Array.from(toRgba(px, {}, "viridis").rgba), [1, 2, 3, 255, 250, 251, 252, 255]);
  assert.throws(() => toRgba(NDArray.fromStorage(new Float64Array(4), [1, 2, 2], float64), {}, "viridis"), /Invalid shape \(1, 2, 2\) for image data/);
  assert.throws(() => get_cmap("nope"), /'nope' is not a valid value for name; supported values are 'Accent', 'Accent_r'/);
  assert.ok(colormaps().includes("viridis") && colormaps().includes("Greys"));
});

test.run();
