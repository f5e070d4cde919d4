import { test } from "uvu";
import { np, skimage } from "../../../src";
import { expectArray, throwsNamed } from "../_helpers";
import { expectComplex, g, img, odd, psf, psf3, reg } from "./_wiener_fixtures";

const { restoration } = skimage;
const w = g.wiener;
const TOL = 1e-9;

test("wiener: balance, reg, clip, odd shapes", () => {
  expectArray(restoration.wiener(img, psf, 0.1), w.default, TOL, TOL, "default");
  expectArray(restoration.wiener(img, psf3, 5.0), w.balance, TOL, TOL, "psf3");
  expectArray(restoration.wiener(img.mul(4), psf, 0.05, { clip: false }), w.noclip, TOL, TOL, "no clip");
  expectArray(restoration.wiener(img.mul(4), psf, 0.05), w.clip, TOL, TOL, "clip");
  expectArray(restoration.wiener(img, psf, 0.3, reg), w.reg, TOL, TOL, "reg");
  expectArray(restoration.wiener(odd, psf3, 0.2), w.odd, TOL, TOL, "odd");
});

test("wiener: transfer functions, is_real=False, float32, layouts", () => {
  const padded = np.pad(psf, [[0, 19], [0, 25]]);
  expectArray(restoration.wiener(img, np.fft.rfft2(padded), 0.1), w.complex_tf, TOL, TOL, "half transfer function");
  expectComplex(restoration.wiener(img, psf, 0.1, { is_real: false }), w.not_real, TOL, "is_real=False");
  expectComplex(restoration.wiener(img, np.fft.fft2(padded), 0.1, null, false), w.not_real_tf, TOL, "full transfer function");
  // float32 images: computed in float64 here, float32 out
  expectArray(restoration.wiener(img.astype("float32"), psf, 0.1), w.f32, 1e-4, 1e-5, "float32");
  const flipped = img.get("::-1").copy().get("::-1");
  expectArray(restoration.wiener(flipped, psf.transpose(), 0.1), w.default, TOL, TOL, "negative strides");
});

test("wiener: bad input", () => {
  throwsNamed(() => restoration.wiener(np.zeros([3, 4, 5]), psf, 0.1), "ValueError", /2-D/);
  throwsNamed(() => restoration.wiener(img, psf, "x" as unknown as number), "TypeError", /balance/);
});

test.run();
