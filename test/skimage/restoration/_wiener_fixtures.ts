/** The Wiener deconvolution fixtures: the blurred inputs, the PSFs and a check for complex results. */
import * as assert from "uvu/assert";
import { NDArray } from "../../../src/np/ndarray";
import { contiguousStorage } from "../../../src/np/contiguous";
import { assertAllClose, loadGolden } from "../../helpers/golden";
import { fromGolden } from "../_helpers";

export const g = loadGolden("skimage_restoration/wiener");
export const img = fromGolden(g.img);
export const odd = fromGolden(g.odd);
export const psf = fromGolden(g.psf);
export const psf3 = fromGolden(g.psf3);
export const reg = fromGolden(g.reg);

/** A complex128 result against its stored real and imaginary parts. */
export function expectComplex(actual: NDArray, expected: { re: { data: number[]; shape: number[] }; im: { data: number[] } }, tol: number, what: string): void {
  assert.is(actual.dtype.name, "complex128", `${what}: dtype`);
  assert.equal(actual.shape, expected.re.shape, `${what}: shape`);
  const d = contiguousStorage(actual);
  assertAllClose(Array.from({ length: d.length / 2 }, (_, i) => d[2 * i]), expected.re.data, tol, tol, `${what} re`);
  assertAllClose(Array.from({ length: d.length / 2 }, (_, i) => d[2 * i + 1]), expected.im.data, tol, tol, `${what} im`);
}
