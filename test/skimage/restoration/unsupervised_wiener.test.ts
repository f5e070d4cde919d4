import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { assertAllClose } from "../../helpers/golden";
import { expectArray, throwsNamed } from "../_helpers";
import { expectComplex, g, img, odd, psf, psf3, reg } from "./_wiener_fixtures";

const { restoration } = skimage;
const u = g.unsupervised;
const TOL = 1e-8;

function expectChains(chains: { noise: number[]; prior: number[] }, expected: { noise: number[]; prior: number[] }, tol: number, what: string): void {
  assert.is(chains.noise.length, expected.noise.length, `${what}: iterations`);
  assertAllClose(chains.noise, expected.noise, tol, 0, `${what} noise`);
  assertAllClose(chains.prior, expected.prior, tol, 0, `${what} prior`);
}

test("unsupervised_wiener: a seed gives scikit-image's chains and image", () => {
  const [x, chains] = restoration.unsupervised_wiener(img, psf, { random_state: 0 });
  expectArray(x, u.default.x, TOL, TOL, "image");
  expectChains(chains, u.default, TOL, "default");
});

test("unsupervised_wiener: reg, user_params, clip, positional arguments", () => {
  const params = { max_num_iter: 40, min_num_iter: 5, burnin: 3, threshold: 1e-3 };
  const [x, chains] = restoration.unsupervised_wiener(img, psf3, reg, params, true, false, { random_state: 7 });
  expectArray(x, u.params.x, TOL, TOL, "image");
  expectChains(chains, u.params, TOL, "params");
  // the callback sees every sample of the spectrum
  const seen: NDArray[] = [];
  restoration.unsupervised_wiener(img, psf3, { reg, user_params: { ...params, callback: (s) => seen.push(s) }, clip: false, random_state: 7 });
  assert.is(seen.length, chains.noise.length - 1);
  assert.equal(seen[0].shape, [24, 16]);
  assert.is(seen[0].dtype.name, "complex128");
});

test("unsupervised_wiener: is_real=False with a Generator, float32", () => {
  const [x, chains] = restoration.unsupervised_wiener(odd, psf, { is_real: false, random_state: np.random.default_rng(11) });
  expectComplex(x, u.not_real.x, TOL, "image");
  expectChains(chains, u.not_real, TOL, "not real");
  // float32: computed in float64 from the same (float32-rounded) draws
  const [x32, c32] = restoration.unsupervised_wiener(img.astype("float32"), psf, { random_state: 2 });
  expectArray(x32, u.f32.x, 1e-3, 1e-4, "float32");
  expectChains(c32, u.f32, 1e-3, "float32");
});

test("unsupervised_wiener: bad input", () => {
  throwsNamed(() => restoration.unsupervised_wiener(img, psf, { user_params: { max_iters: 3 } as never }), "ValueError", /max_iters/);
  throwsNamed(() => restoration.unsupervised_wiener(img, psf, { random_state: 1.5 }), "TypeError", /random_state/);
  throwsNamed(() => restoration.unsupervised_wiener(np.zeros([2, 3, 4]), psf), "ValueError", /2-D/);
});

test.run();
