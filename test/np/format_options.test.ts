/**
 * set_printoptions / get_printoptions / printoptions: defaults, validation, restoring.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { NDArray } from "../../src/np/ndarray";
import { float64, int64 } from "../../src/np/dtype";
import {
  arrayRepr, get_printoptions, printoptions, reset_printoptions, set_printoptions,
} from "../../src/np/format/repr";

// as NumPy 1.24's np.get_printoptions() (formatter, sign, floatmode and legacy stay at these values here)
const defaults = {
  precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75, suppress: false, nanstr: "nan", infstr: "inf",
  formatter: null, sign: "-", floatmode: "maxprec", legacy: false,
};

test.after.each(() => reset_printoptions());

test("defaults are NumPy's", () => {
  assert.equal(get_printoptions(), defaults);
});

test("set_printoptions changes only the given options and get_printoptions returns a copy", () => {
  set_printoptions({ precision: 3, linewidth: 100 });
  const got = get_printoptions();
  assert.equal(got, { ...defaults, precision: 3, linewidth: 100 });
  got.precision = 99;
  assert.is(get_printoptions().precision, 3);
  set_printoptions({ suppress: true, precision: undefined });
  assert.equal(get_printoptions(), { ...defaults, precision: 3, linewidth: 100, suppress: true });
});

test("threshold Infinity never summarises", () => {
  const n = 1200;
  const a = NDArray.fromStorage(new Float64Array(n).map((_, i) => i), [n], int64);
  assert.ok(arrayRepr(a).includes("..."));
  set_printoptions({ threshold: Infinity });
  assert.not.ok(arrayRepr(a).includes("..."));
  assert.ok(arrayRepr(a).includes("1199])"));
});

test("printoptions applies options only inside the callback, also when it throws", () => {
  const a = NDArray.fromStorage(new Float64Array([Math.PI, Math.E]), [2], float64);
  assert.is(printoptions({ precision: 2 }, () => arrayRepr(a)), "array([3.14, 2.72])");
  assert.is(arrayRepr(a), "array([3.14159265, 2.71828183])");
  assert.throws(() => printoptions({ precision: 1 }, () => { throw new Error("boom"); }), /boom/);
  assert.is(get_printoptions().precision, 8);
});

test("bad options raise NumPy-style errors and change nothing", () => {
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ threshold: NaN }, "ValueError", /threshold must be non-NAN/],
    [{ threshold: "10" }, "TypeError", /threshold must be numeric/],
    [{ precision: 2.5 }, "TypeError", /precision must be an integer/],
    [{ precision: -1 }, "ValueError", /precision must be >= 0/],
    [{ linewidth: -3 }, "ValueError", /linewidth must be >= 0/],
    [{ nanstr: 5 }, "TypeError", /nanstr must be a string/],
    [{ precison: 3 }, "TypeError", /unexpected keyword argument 'precison'/],
  ];
  for (const [opts, name, message] of cases) {
    try {
      set_printoptions({ precision: 4, ...opts } as never);
      assert.unreachable(`accepted ${JSON.stringify(opts)}`);
    } catch (err) {
      assert.is((err as Error).name, name);
      assert.match((err as Error).message, message);
    }
    assert.equal(get_printoptions(), defaults);
  }
});

test("nanstr and infstr replace the text and widen the column", () => {
  set_printoptions({ nanstr: "NaN!", infstr: "Inf" });
  const a = NDArray.fromStorage(new Float64Array([NaN, -Infinity, 1.5]), [3], float64);
  assert.is(arrayRepr(a), "array([NaN!, -Inf,  1.5])");
});

test.run();
