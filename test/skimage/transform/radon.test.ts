import { test } from "uvu";
import { np, skimage } from "../../../src";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";
import { g } from "./_more";

const { transform } = skimage;
const phantom = fromGolden(g.phantom);
const small = fromGolden(g.small);
const u8 = fromGolden(g.u8);
const rd = g.radon;
const TOL = 1e-6;
const theta = np.linspace(0, 180, 30, false);

test("radon: angles, circle, rectangles, integer input", () => {
  expectArray(transform.radon(phantom), rd.default, TOL, TOL, "default");
  expectArray(transform.radon(phantom, theta), rd.theta, TOL, TOL, "theta");
  expectArray(transform.radon(phantom, { theta, circle: false }), rd.nocircle, TOL, TOL, "circle=False");
  expectArray(transform.radon(small, [0, 30, 90, 145], false), rd.rect, TOL, TOL, "rectangle padded");
  expectArray(transform.radon(small, [0, 30, 90, 145]), rd.rect_circle, TOL, TOL, "rectangle cropped");
  expectArray(transform.radon(u8, [0, 45, 90], false), rd.u8, TOL, TOL, "uint8");
  expectArray(transform.radon(u8, [0, 45, 90], false, { preserve_range: true }), rd.u8_pr, TOL, TOL, "preserve_range");
  throwsNamed(() => transform.radon(np.zeros([3])), "ValueError", "The input image must be 2-D");
});

test("iradon: filters, interpolations, sizes, dtypes", () => {
  const ir = rd.iradon;
  const sino = transform.radon(phantom, theta);
  expectArray(transform.iradon(sino, theta), ir.default, TOL, TOL, "ramp");
  for (const f of ["shepp-logan", "cosine", "hamming", "hann", null] as const) {
    expectArray(transform.iradon(sino, { theta, filter_name: f }), ir[`filter_${f === null ? "None" : f}`], TOL, TOL, String(f));
  }
  expectArray(transform.iradon(sino, { theta, interpolation: "nearest" }), ir.nearest, TOL, TOL, "nearest");
  expectArray(transform.iradon(sino, { theta, interpolation: "cubic" }), ir.cubic, TOL, TOL, "cubic");
  const square = transform.radon(phantom, { theta, circle: false });
  expectArray(transform.iradon(square, { theta, circle: false }), ir.nocircle, TOL, TOL, "circle=False");
  expectArray(transform.iradon(sino, theta, 30), ir.outsize, TOL, TOL, "output_size");
  expectArray(transform.iradon(sino), ir.notheta, TOL, TOL, "default theta");
  expectArray(transform.iradon(sino.astype("float32"), { theta, preserve_range: false }), ir.pr, TOL, TOL, "float32");
  const u8cols = u8.get(":", ":5").copy();
  expectArray(transform.iradon(u8cols, { preserve_range: false }), ir.u8, TOL, TOL, "uint8 scaled");
  expectArray(transform.iradon(u8cols), ir.u8_pr, TOL, TOL, "uint8 kept");
  throwsNamed(() => transform.iradon(sino, { filter_name: "box" as any }), "ValueError", "Unknown filter: box");
  throwsNamed(() => transform.iradon(sino, { interpolation: "quadratic" as any }), "ValueError", "Unknown interpolation: quadratic");
  throwsNamed(() => transform.iradon(sino, [0, 1]), "ValueError", /does not match the number of projections/);
});

test.run();
