/**
 * float64 sqrt, absolute, negative, floor, ceil, trunc and rint over arrays in the shared heap
 * (SIMD) and below it: NumPy's values, signed zeros included, for special values and rounding
 * halves, at lengths around the heap threshold and the lane remainders, contiguous, strided,
 * reversed and in place; NumPy's warning for sqrt of a negative number kept.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { GoldenArray, loadGolden } from "../helpers/golden";

const g = loadGolden<Record<string, GoldenArray>>("np/simd_unary");
const values = g.values.data as number[];
const m = values.length;
const OPS = ["sqrt", "absolute", "negative", "floor", "ceil", "trunc", "rint"] as const;
type Op = (typeof OPS)[number];
const numpy = (op: Op, i: number): number => {
  const v = g[op].data[i] as number;
  return v === 0 && g[`${op}_signbit`].data[i] ? -0 : v === 0 ? 0 : v;
};
const same = (x: number, y: number) => Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y));

/** Lengths around the heap threshold (8192 doubles), the 4-element steps, and one split across threads. */
const LENGTHS = [8191, 8192, 8193, 8194, 8195, 8199, (1 << 18) + 1, (1 << 21) + 3];

function filled(n: number, stride = 1): np.NDArray {
  const a = np.empty([n * stride]);
  for (let k = 0; k < n; k++) a.data[k * stride] = values[k % m];
  return stride === 1 ? a : a.get(`::${stride}`);
}

function check(got: np.NDArray, want: (k: number) => number, what: string): void {
  const d = np.ravel(got).data;
  for (let k = 0; k < got.size; k++) if (!same(d[k], want(k))) assert.unreachable(`${what} at ${k}: ${d[k]} vs NumPy ${want(k)}`);
}

/** Runs f with NumPy's warnings collected. */
function quiet<T>(f: () => T): [T, string[]] {
  const seen: string[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error) => void seen.push(typeof w === "string" ? w : w.message)) as typeof process.emitWarning;
  try {
    return [f(), seen];
  } finally {
    process.emitWarning = emit;
  }
}

for (const op of OPS) {
  test(`${op}: NumPy's values in every layout around the heap threshold`, () => {
    const warning = op === "sqrt" ? ["invalid value encountered in sqrt"] : [];
    for (const n of LENGTHS) {
      const [r, seen] = quiet(() => np[op](filled(n)));
      check(r, (k) => numpy(op, k % m), `${op} n=${n}`);
      assert.equal(seen, warning, `${op} n=${n} warnings`);
    }
    const n = 8207;
    check(quiet(() => np[op](filled(n, 2)))[0], (k) => numpy(op, k % m), `${op} strided`);
    check(quiet(() => np[op](filled(n).get("::-1")))[0], (k) => numpy(op, (n - 1 - k) % m), `${op} reversed`);
    const a = filled(n);
    quiet(() => np[op](a, { out: a }));
    check(a, (k) => numpy(op, k % m), `${op} in place`);
  });
}

test("sqrt of non-negative values does not warn", () => {
  const [r, seen] = quiet(() => np.sqrt(np.abs(filled(8195))));
  assert.equal(seen, []);
  assert.ok(Number.isNaN(r.data[0]) && r.data[1] === Infinity);
});

test.run();
