/**
 * float64 comparisons into bool over arrays in the shared heap (the SIMD comparisons) and below
 * it: NumPy's answers for every pair of special values (NaN, infinities, signed zeros,
 * subnormals, huge values) at lengths around the heap threshold and the SIMD steps, array with
 * array and with a Python number on either side, contiguous, strided and with out=.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { GoldenArray, loadGolden } from "../helpers/golden";
import { specialPairs } from "./_special_pairs";

const g = loadGolden<Record<string, GoldenArray>>("np/simd_compare");
const values = g.values.data as number[];
const m = values.length;
const { pairOf, filled } = specialPairs(values);
const OPS = ["greater", "greater_equal", "less", "less_equal", "equal", "not_equal"] as const;
/** NumPy's x op y for special values i and j. */
const numpy = (op: (typeof OPS)[number], i: number, j: number) => (g[op].data[i * m + j] ? 1 : 0);

/** Lengths around the heap threshold (64 KiB of bool, 8 KiB of float64), the 16-lane steps, and one split across threads. */
const LENGTHS = [8192, 65535, 65536, 65537, 65551, 65563, (1 << 21) + 7];



function check(got: np.NDArray, want: (k: number) => number, what: string): void {
  assert.is(got.dtype.name, "bool", what);
  const d = np.ravel(got).data;
  for (let k = 0; k < got.size; k++) if (d[k] !== want(k)) assert.unreachable(`${what} at ${k}: ${d[k]} vs NumPy ${want(k)}`);
}

for (const op of OPS) {
  test(`${op}: array with array, NaN and signed zeros as NumPy`, () => {
    for (const n of LENGTHS) {
      const [a, b] = [filled(n, 0), filled(n, 1)];
      check(np[op](a, b), (k) => numpy(op, ...pairOf(k)), `${op} n=${n}`);
    }
    const n = 65551;
    check(np[op](filled(n, 0, 2), filled(n, 1)), (k) => numpy(op, ...pairOf(k)), `${op} strided`);
    const out = np.ones([n], "bool");
    np[op](filled(n, 0), filled(n, 1), { out });
    check(out, (k) => numpy(op, ...pairOf(k)), `${op} out=`);
    const twoD = np[op](filled(512 * 256, 0).reshape(256, 512), filled(512 * 256, 1).reshape(256, 512));
    check(twoD, (k) => numpy(op, ...pairOf(k)), `${op} 2-D`);
  });

  test(`${op}: array with a Python number on either side`, () => {
    for (const j of [0, 3, 4, 7, 1, 2, 18]) {
      for (const n of [65537, 65563]) {
        const a = filled(n, 0);
        check(np[op](a, values[j]), (k) => numpy(op, pairOf(k)[0], j), `${op}(a, ${values[j]}) n=${n}`);
        check(np[op](values[j], a), (k) => numpy(op, j, pairOf(k)[0]), `${op}(${values[j]}, a) n=${n}`);
      }
    }
    const reversed = filled(65551, 0).get("::-1");
    check(np[op](reversed, 0.1), (k) => numpy(op, pairOf(65550 - k)[0], 18), `${op} reversed`);
  });
}

test.run();
