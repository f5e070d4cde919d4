/**
 * A scatter of more than 500 round markers is drawn as one image at the PNG's scale: every
 * marker's centre pixel in its colour, the room between markers transparent (grid and frame
 * show through); smaller scatters stay symbol marks.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import sharp from "sharp";
import { np, plt } from "../../src";
import { viewsOf } from "./model";

type Json = Record<string, any>;

function layers(): Json[] {
  return viewsOf(plt.gcf().toSpec() as Json)[0].layer;
}

test("a 3600-point grid of red markers: one image, red at every centre, clear between", async () => {
  plt.close("all");
  const side = 60;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < side; i++) for (let j = 0; j < side; j++) (xs.push(i), ys.push(j));
  plt.scatter(xs, ys, { c: "red", s: 1 });
  plt.xlim(-0.5, side - 0.5);
  plt.ylim(-0.5, side - 0.5);
  const [image] = layers();
  assert.is(image.mark.type, "image");
  const v = image.data.values[0];
  assert.equal([v.x, v.x2, v.y, v.y2], [-0.5, side - 0.5, -0.5, side - 0.5]);
  const png = Buffer.from(v.url.slice("data:image/png;base64,".length), "base64");
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  // the default axes (496 x 369 CSS px) at the PNG's 2x
  assert.equal([info.width, info.height], [992, 738]);
  const at = (px: number, py: number) => Array.from(data.subarray((py * info.width + px) * 4, (py * info.width + px) * 4 + 4));
  for (const [i, j] of [[0, 0], [7, 31], [59, 59], [30, 2]]) {
    const px = Math.floor(((i + 0.5) / side) * info.width);
    const py = Math.floor(((side - 0.5 - j) / side) * info.height);
    assert.equal(at(px, py), [255, 0, 0, 255], `marker (${i}, ${j})`);
  }
  // halfway between two markers (cells 16.5 px apart, markers about 5 px wide)
  assert.is(at(Math.floor((1 / side) * info.width), Math.floor((0.5 / side) * info.height))[3], 0);
  plt.close("all");
});

test("500 markers, or square ones, stay symbol marks", () => {
  plt.close("all");
  const x = np.arange(500);
  plt.scatter(x, x);
  assert.is(layers()[0].mark.type, "point");
  plt.close("all");
  plt.scatter(np.arange(3000), np.arange(3000), { marker: "s" });
  assert.is(layers()[0].mark.type, "point");
  plt.close("all");
});

test.run();
