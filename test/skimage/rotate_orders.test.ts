import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { loadGolden } from "../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "./_helpers";

const { transform } = skimage;
const g = loadGolden("skimage/rotate_orders");
const srcs: Record<string, ReturnType<typeof fromGolden>> = {};
for (const [k, v] of Object.entries<any>(g.srcs)) srcs[k] = fromGolden(v);

for (const [name, c] of Object.entries<any>(g.cases)) {
  test(`rotate ${name} (${c.angle} degrees, ${JSON.stringify(c.kw)}) matches scikit-image`, () => {
    const out = transform.rotate(srcs[c.src], c.angle, c.kw);
    // order 0 copies input pixels and float32 warps round as scikit-image does: both exact;
    // float64 bicubic to 1e-6 (numpy's own cos/sin can differ from libm by an ulp)
    const exact = (c.kw.order ?? (srcs[c.src].dtype.name === "bool" ? 0 : 1)) === 0;
    const rel = exact || srcs[c.src].dtype.name === "float32" ? 0 : 1e-6;
    expectArray(out, c.out, rel, exact ? 0 : rel * 1e-3, name);
  });
}

test("rotate of a bool image defaults to order 0 and stays bool", () => {
  const out = transform.rotate(srcs.mask, 45);
  assert.is(out.dtype.name, "bool");
});

test("rotate rejects what scikit-image rejects", () => {
  throwsNamed(() => transform.rotate(srcs.mask, 10, { order: 3 }), "ValueError", /^Input image dtype is bool\. Interpolation is not defined/);
  throwsNamed(() => transform.rotate(srcs.small, 10, { order: 6 }), "ValueError", "Spline interpolation order has to be in the range 0-5.");
  // a fractional order passes scikit-image's check and fails in scipy.ndimage
  throwsNamed(() => transform.rotate(srcs.small, 10, { order: 1.5 }), "RuntimeError", "spline order not supported");
});

test.run();
