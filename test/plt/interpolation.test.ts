/**
 * imshow's resampling against matplotlib's rendered pixels (test/golden/plt/interpolation.json,
 * from scripts/golden/plt_interpolation.py): the image drawn by Debian's matplotlib onto a canvas
 * of the output size, compared channel by channel at a tolerance (Agg quantises its kernel
 * weights to 1/16384 and positions to 1/256 pixel; plt computes in float).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { NDArray } from "../../src/np/ndarray";
import { float64, uint8 } from "../../src/np/dtype";
import { renderImage } from "../../src/plt/image_render";
import { plt } from "../../src";
import { loadGolden, GoldenArray } from "../helpers/golden";

const G = loadGolden<Record<string, any>>("plt/interpolation");

function input(name: string): NDArray {
  const a = G[name] as GoldenArray;
  return NDArray.fromStorage(a.dtype === "uint8" ? Uint8Array.from(a.data) : Float64Array.from(a.data), a.shape, a.dtype === "uint8" ? uint8 : float64);
}

for (const c of G.cases) {
  const label = `${c.input} ${c.interpolation ?? "default"} ${c.width}x${c.height}${c.cmap ? " " + c.cmap : ""}`;
  test(label, () => {
    // imshow hands clim on as vmin / vmax (tested through imshow below)
    const [vmin, vmax] = c.clim ?? [c.vmin, c.vmax];
    const img = renderImage(input(c.input), { cmap: c.cmap, vmin, vmax }, "viridis", c.interpolation ?? "antialiased", c.width, c.height);
    const want = c.pixels.data as number[];
    let sum = 0;
    let max = 0;
    const n = c.width * c.height;
    for (let i = 0; i < n; i++) {
      // transparent (masked) pixels show the white canvas in matplotlib's output
      const a = img.rgba[i * 4 + 3] / 255;
      for (let ch = 0; ch < 3; ch++) {
        const got = img.rgba[i * 4 + ch] * a + 255 * (1 - a);
        const d = Math.abs(got - want[i * 3 + ch]);
        sum += d;
        if (d > max) max = d;
      }
    }
    const mean = sum / (3 * n);
    if (process.env.SHOW_STATS) console.log(label, mean.toFixed(3), max);
    assert.ok(mean < 1, `${label}: mean difference ${mean.toFixed(2)}`);
    assert.ok(max <= 8, `${label}: largest difference ${max}`);
  });
}

/** Width and height of a PNG data URL (its IHDR chunk). */
function pngSize(url: string): [number, number] {
  const png = Buffer.from(url.slice(url.indexOf(",") + 1), "base64");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test("imshow resamples to twice the drawn size with the interpolation asked for; clim sets the limits", () => {
  plt.close("all");
  const data = [[0, 1, 0.5], [1, 0, 0.25]];
  const [, ax] = plt.subplots();
  const near = ax.imshow(data, { interpolation: "nearest" }).artist;
  const smooth = ax.imshow(data, { interpolation: "bilinear", clim: [0.2, 0.8] }).artist;
  const [w, h] = pngSize(smooth.url);
  assert.ok(w > 300 && Math.abs(w / h - 1.5) < 0.02, `${w}x${h}`);
  assert.equal(pngSize(near.url), [w, h]);
  assert.ok(near.url !== smooth.url);
  assert.equal([smooth.mapping?.vmin, smooth.mapping?.vmax], [0.2, 0.8]);
  assert.throws(() => ax.imshow(data, { interpolation: "lanczos" }), (e: Error) => e.name === "NotImplementedError" && e.message === "imshow() interpolation='lanczos' is not supported yet");
  plt.close("all");
});

test.run();
