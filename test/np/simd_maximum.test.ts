/**
 * float64 maximum / minimum over arrays in the shared heap (SIMD) and below it: NumPy's answer
 * for every pair of special values, NaN on either side propagating and, of -0.0 and 0.0, the
 * second operand; at lengths around the heap threshold and the SIMD lane remainders, array
 * with array, with a Python number, broadcast rows, strided and reversed inputs.
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
type Op = "maximum" | "minimum";
/** NumPy's op(values[i], values[j]) with its sign. */
function numpy(op: Op, i: number, j: number): number {
  const v = g[op].data[i * m + j] as number;
  return g[`${op}_signbit`].data[i * m + j] && v === 0 ? -0 : v;
}

/** Lengths around the heap threshold (8192 doubles), the 4-element steps, and one split across threads. */
const LENGTHS = [8191, 8192, 8193, 8194, 8195, 8199, 70001, (1 << 18) + 3];


function check(got: np.NDArray, want: (k: number) => number, what: string): void {
  const d = np.ravel(got).data;
  for (let k = 0; k < got.size; k++) {
    if (!Object.is(d[k], want(k))) assert.unreachable(`${what} at ${k}: ${d[k]} vs NumPy ${want(k)}`);
  }
}

for (const op of ["maximum", "minimum"] as const) {
  test(`${op}: array with array, NaN and signed zeros as NumPy`, () => {
    for (const n of LENGTHS) check(np[op](filled(n, 0), filled(n, 1)), (k) => numpy(op, ...pairOf(k)), `${op} n=${n}`);
    const n = 8207;
    check(np[op](filled(n, 0, 3), filled(n, 1)), (k) => numpy(op, ...pairOf(k)), `${op} strided`);
    const out = np.zeros([n]);
    np[op](filled(n, 0), filled(n, 1), { out });
    check(out, (k) => numpy(op, ...pairOf(k)), `${op} out=`);
  });

  test(`${op}: with a Python number, and a row broadcast down a matrix`, () => {
    for (const j of [0, 3, 4, 1, 2, 18]) {
      const a = filled(8197, 0);
      check(np[op](a, values[j]), (k) => numpy(op, pairOf(k)[0], j), `${op}(a, ${values[j]})`);
      check(np[op](values[j], a), (k) => numpy(op, j, pairOf(k)[0]), `${op}(${values[j]}, a)`);
    }
    const rows = 400;
    const cols = m;
    const matrix = filled(rows * cols, 0).reshape(rows, cols);
    const row = np.array(values);
    check(np[op](matrix, row), (k) => numpy(op, pairOf(k)[0], k % cols), `${op}(matrix, row)`);
    check(np[op](row, matrix), (k) => numpy(op, k % cols, pairOf(k)[0]), `${op}(row, matrix)`);
    const reversed = filled(8207, 0).get("::-1");
    check(np[op](reversed, -0), (k) => numpy(op, pairOf(8206 - k)[0], 4), `${op} reversed`);
  });
}

test.run();
