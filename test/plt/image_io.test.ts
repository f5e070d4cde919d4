/**
 * plt.imread / plt.imsave against matplotlib (test/golden/plt/image_io.json from
 * scripts/golden/plt_image_io.py): what matplotlib's imread returns for Pillow-written PNGs
 * (gray, RGB, RGBA, palette, 16-bit) and a JPEG, and what it reads back from files its imsave
 * wrote, compared with plt.imsave then plt.imread of the same data.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plt } from "../../src";
import { GOLDEN_DIR, loadGolden } from "../helpers/golden";
import { near } from "./model";

type Json = Record<string, any>;
const golden = loadGolden<{ reads: Json[]; saves: Json[] }>("plt/image_io");

for (const r of golden.reads) {
  test(`imread ${r.file}`, () => {
    const a = plt.imread(join(GOLDEN_DIR, "plt", "image_io", r.file));
    assert.is(a.dtype.name, r.dtype, "dtype");
    assert.equal(a.shape, r.shape, "shape");
    // JPEG decoders may differ in the last bit: the dtype and shape are matplotlib's
    if (r.values !== null) near(a.astype("float64").data as Float64Array, r.values, 1e-7, r.file);
  });
}

for (const s of golden.saves) {
  test(`imsave ${s.label}`, () => {
    const dir = mkdtempSync(join(tmpdir(), "plt-imsave-"));
    try {
      const path = join(dir, "out.png");
      plt.imsave(path, s.arr, s.kwargs);
      const back = plt.imread(path);
      assert.equal(back.shape, s.shape, "shape");
      near(back.astype("float64").data as Float64Array, s.values, 1e-7, s.label);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("imsave refuses a format other than PNG, and dpi", () => {
  assert.throws(() => plt.imsave("/tmp/never.jpg", [[1, 2]]), /format 'jpg' is not supported yet/);
  assert.throws(() => plt.imsave("/tmp/never.png", [[1, 2]], { dpi: 72 }), /dpi/);
});

test.run();
