/** The fixtures of scripts/golden/skimage_transform_more.py and a sampled-result check. */
import * as assert from "uvu/assert";
import { NDArray } from "../../../src/np/ndarray";
import { contiguousStorage } from "../../../src/np/contiguous";
import { loadGolden } from "../../helpers/golden";
import { expectArray } from "../_helpers";

export const g = loadGolden("skimage_transform_more/transform");

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
