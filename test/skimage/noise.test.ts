import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { contiguousStorage } from "../../src/np/contiguous";
import { default_rng } from "../../src/np/random/generator";
import { loadGolden, GoldenArray } from "../helpers/golden";
import { fromGolden, throwsNamed } from "./_helpers";
import type { NDArray } from "../../src/np/ndarray";

const { util } = skimage;
const g = loadGolden("skimage/noise");
const images: Record<string, NDArray> = {};
for (const [k, v] of Object.entries<GoldenArray>(g.images)) images[k] = fromGolden(v);
const localVars = fromGolden(g.local_vars);

/** Every element identical (same double, NaN included). */
function expectExact(actual: NDArray, expected: GoldenArray, what: string): void {
  assert.is(actual.dtype.name, expected.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), expected.shape, `${what}: shape`);
  const d = contiguousStorage(actual);
  for (let i = 0; i < expected.data.length; i++) {
    if (!Object.is(d[i], expected.data[i])) assert.unreachable(`${what}[${i}]: ${d[i]} != ${expected.data[i]}`);
  }
}

for (const c of g.cases as { image: string; options: Record<string, unknown>; out: GoldenArray }[]) {
  const label = `random_noise(${c.image}, ${JSON.stringify(c.options)})`;
  test(`${label} is bit-identical to scikit-image`, () => {
    const options = { ...c.options } as Record<string, unknown>;
    if (options.local_vars === "lv") options.local_vars = localVars;
    expectExact(util.random_noise(images[c.image], options), c.out, label);
  });
}

test("random_noise draws from a Generator passed as seed, advancing it", () => {
  const rng = default_rng(0);
  const first = util.random_noise(images.float, { seed: rng });
  const gaussian0 = (g.cases as { image: string; options: Record<string, unknown>; out: GoldenArray }[])[0];
  expectExact(first, gaussian0.out, "Generator seed");
  const second = util.random_noise(images.float, { seed: rng });
  assert.not.equal(Array.from(contiguousStorage(second)), Array.from(contiguousStorage(first)));
});

test("random_noise rejects keywords of other modes and bad local_vars", () => {
  throwsNamed(() => util.random_noise(images.float, { mode: "gaussian", amount: 0.1 }), "ValueError", g.errors.bad_keyword);
  throwsNamed(() => util.random_noise(images.float, { mode: "poisson", var: 0.1 }), "ValueError", g.errors.bad_keyword_poisson);
  throwsNamed(
    () => util.random_noise(images.float, { mode: "localvar", local_vars: fromGolden({ dtype: "float64", shape: [9, 11], data: new Array(99).fill(0) }) }),
    "ValueError",
    g.errors.bad_local_vars,
  );
  // scikit-image looks the mode up in a dict: KeyError('blur')
  throwsNamed(() => util.random_noise(images.float, { mode: "blur" }), "KeyError", "'blur'");
});

test("random_noise leaves its input untouched", () => {
  const before = Array.from(contiguousStorage(images.camera));
  util.random_noise(images.camera, { mode: "s&p", seed: 1, amount: 0.5 });
  util.random_noise(images.float, { mode: "salt", seed: 1 });
  assert.equal(Array.from(contiguousStorage(images.camera)), before);
});

test.run();
