/**
 * pyplot's current image and colormap functions against matplotlib (test/golden/plt/
 * colormap_setters.json from scripts/golden/plt_colormap_setters.py), and the picture: an image
 * recoloured by gray() / clim() is drawn as imshow draws it with that cmap / those limits.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { runCases } from "./api_replay";

runCases("plt/colormap_setters");

const A = [[1, 2, 3], [4, 5, 6]];

test("gray() redraws the current image and its colorbar as imshow(cmap='gray') draws them", () => {
  plt.close("all");
  plt.rcdefaults();
  const [, ax] = plt.subplots();
  const im = ax.imshow(A, { cmap: "gray" });
  ax.figure.colorbar(im);
  const want = ax.figure.toSpec();
  plt.close("all");
  plt.imshow(A);
  plt.colorbar();
  plt.gray();
  assert.equal(plt.gcf().toSpec(), want);
  plt.rcdefaults();
  plt.close("all");
});

test("clim() redraws the current image as imshow(vmin, vmax) draws it", () => {
  plt.close("all");
  const [, ax] = plt.subplots();
  ax.imshow(A, { vmin: 2, vmax: 4 });
  const want = ax.figure.toSpec();
  plt.close("all");
  plt.imshow(A);
  plt.clim(2, 4);
  assert.equal(plt.gcf().toSpec(), want);
  plt.close("all");
});

test.run();
