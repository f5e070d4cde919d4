/** The restoration fixtures and the noisy inputs the generator built from RandomState. */
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { contiguousStorage } from "../../../src/np/contiguous";
import { expectArray } from "../_helpers";

/** img / 255 + amp * (2 * RandomState(seed).random_sample(img.shape) - 1), as the generator computes it. */
export function noisy(img: NDArray, seed: number, amp: number): NDArray {
  const r = contiguousStorage(new np.random.RandomState(seed).random_sample(img.shape.slice()) as NDArray);
  const src = contiguousStorage(img);
  const out = new Float64Array(src.length);
  for (let i = 0; i < out.length; i++) out[i] = src[i] / 255 + amp * (2 * r[i] - 1);
  return NDArray.fromStorage(out, img.shape.slice(), np.float64);
}

/** Compares a result with its sampled fixture (every 7th row, 5th column, and the sum). */
export function expectSample(actual: NDArray, want: any, rel = 1e-6, what = "sample"): void {
  assert.is(actual.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), want.shape, `${what}: shape`);
  expectArray(actual.get("::7", "::5").copy(), want.sub, rel, rel, what);
  const d = contiguousStorage(actual);
  let s = 0;
  for (let i = 0; i < d.length; i++) s += d[i];
  assert.ok(Math.abs(s - want.sum) <= rel * Math.abs(want.sum) + rel, `${what}: sum ${s} vs ${want.sum}`);
}
