/** Reading the complex fixtures (scripts/golden/np_complex.py): arrays, layouts and comparisons. */
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { GoldenArray, closeTo } from "../../helpers/golden";

export interface Encoded {
  re: GoldenArray;
  im?: GoldenArray;
  dtype: string;
  /** The array's shape (the parts' arrays are at least 1-D in the file). */
  shape: number[];
}

/** The array a fixture encodes. */
export function decodeArray(e: Encoded): NDArray {
  const re = np.array(e.re.data).reshape(e.shape);
  if (e.im === undefined) return re.astype(e.dtype as never);
  const out = np.zeros(e.shape, { dtype: e.dtype as never });
  out.real.set("...", re);
  out.imag.set("...", np.array(e.im.data).reshape(e.shape));
  return out;
}

/** The input after the fixture's layout: as is, transposed, reversed last axis, or broadcast. */
export function withLayout(a: NDArray, how: string): NDArray {
  if (how === "C") return a;
  if (how === "T") return a.T;
  if (how === "rev") return a.get("...", "::-1");
  if (how.startsWith("bcast:")) return np.broadcast_to(a, [Number(how.slice(6)), ...a.shape]);
  throw new Error(how);
}

function values(a: NDArray, part: "real" | "imag"): number[] {
  const p = part === "real" ? a.real : a.imag;
  return (p.ravel().tolist() as (number | boolean)[]).map(Number);
}

/** dtype, shape and values (relative `rel`, absolute rel * the largest part of any element) as NumPy's. */
export function assertMatches(got: NDArray, want: Encoded, what: string, rel: number): void {
  assert.is(got.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal([...got.shape], want.shape, `${what}: shape`);
  const parts: ["real" | "imag", GoldenArray | undefined][] = [["real", want.re], ["imag", want.im]];
  let scale = 0;
  for (const [, expected] of parts) for (const v of expected?.data ?? []) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  for (const [part, expected] of parts) {
    if (expected === undefined) continue;
    const actual = values(got, part);
    for (let i = 0; i < actual.length; i++) {
      if (!closeTo(actual[i], expected.data[i], rel, rel * scale)) {
        assert.unreachable(`${what}: ${part} element ${i} is ${actual[i]}, expected ${expected.data[i]}`);
      }
    }
  }
}
