/**
 * np.set_printoptions(formatter=...) against Debian's NumPy reprs (test/golden/np_sig/print.json,
 * scripts/golden/np_sig_print.py): the most specific key wins, and every set_printoptions call
 * resets the formatter unless it gives one.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np } from "../../src";
import { loadGolden } from "../helpers/golden";
import type { Formatter } from "../../src/np/format/repr";

const G = loadGolden<{ reprs: Record<string, Record<string, string> | string> }>("np_sig/print");
const f = np.array([1.5, 22.75, -3], "f8");
const f2 = np.array([[1.5, 22.75], [-3, 4]], "f8");
const arrays: Record<string, np.NDArray> = { f, f2, i: np.array([1, 22, 300]), u: np.array([1, 22], "u1"), b: np.array([true, false]) };
/** Python's str() of a float64 (these values print with one decimal at least). */
const pyFloat = (x: number) => (Number.isInteger(x) ? x.toFixed(1) : String(x));
const pyBool = (x: boolean) => (x ? "True" : "False");

const FORMATTERS: Record<string, [Formatter, string[]]> = {
  float: [{ float: (x) => x.toFixed(1) }, ["f", "f2", "f2_str", "i", "u", "b"]],
  float_kind: [{ float_kind: (x) => `<${pyFloat(x)}>` }, ["f", "f2", "f2_str", "i", "u", "b"]],
  int: [{ int: (x) => `0x${x.toString(16)}` }, ["f", "i", "u", "b"]],
  int_kind: [{ int_kind: (x) => `#${x}` }, ["f", "i", "u", "b"]],
  all: [{ all: (x) => `X${typeof x === "boolean" ? pyBool(x) : x}` }, ["i", "u", "b"]],
  int_over_all: [{ all: (x) => `X${typeof x === "boolean" ? pyBool(x) : x}`, int: (x) => `I${x}` }, ["i", "u", "b"]],
  bool: [{ bool: (x) => (x ? "yes" : "no") }, ["f", "i", "b"]],
};

test.after.each(() => np.set_printoptions({ precision: 8, sign: "-" })); // NumPy's default; the formatter resets too

test("formatter functions print the elements as NumPy's do", () => {
  for (const [name, [formatter, keys]] of Object.entries(FORMATTERS)) {
    np.set_printoptions({ formatter });
    const want = G.reprs[name] as Record<string, string>;
    for (const key of keys) {
      const arr = arrays[key.replace("_str", "")];
      const got = key.endsWith("_str") ? String(arr) : inspect(arr);
      assert.is(got, want[key], `${name} ${key}`);
    }
  }
});

test("sign '+', ' ' and '-' print floats as NumPy's", () => {
  const SIGNED: Record<string, number[]> = {
    mixed: [1.5, -2.25, 0], positive: [1.5, 2.25], nan_inf: [1, NaN, Infinity], neg_inf: [1, -Infinity],
    exp: [1e-5, 3e10], exp_negative: [-1e-5, 3e10], zeros: [0, 0], negative_zero: [-0, 1], f32: [0.1, 2.5],
  };
  const want = G.reprs.sign as unknown as Record<string, Record<string, string>>;
  for (const sign of ["+", " ", "-"] as const) {
    np.set_printoptions({ sign });
    for (const [key, values] of Object.entries(SIGNED)) {
      assert.is(inspect(np.array(values, key === "f32" ? "f4" : "f8")), want[sign][key], `sign '${sign}' ${key}`);
    }
    assert.is(String(np.array([[1.5, -2], [3, 4]], "f8")), want[sign].matrix, `sign '${sign}' str`);
  }
  assert.throws(() => np.set_printoptions({ sign: "x" as never }), (e: Error) => e.name === "ValueError" && e.message === G.reprs.sign_error);
});

test("the next set_printoptions call resets the formatter, as NumPy's", () => {
  np.set_printoptions({ formatter: { float: (x: number) => x.toFixed(1) } });
  np.set_printoptions({ precision: 3 });
  assert.is(inspect(f), G.reprs.reset_by_next_call);
  assert.is(np.get_printoptions().formatter, null);
});

test.run();
