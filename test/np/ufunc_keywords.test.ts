/**
 * The keywords every ufunc shares (`out`, `where`, `order`, `casting`, `dtype`, `subok`), over
 * every ufunc: NumPy writes the result into `out` and returns it, leaves `out` as it was where
 * `where` is false, and on these float64 ndarray inputs `order`, `casting`, `dtype=float64` and
 * `subok` change no value (checked with Debian's NumPy 1.24: `np.add(a, 1, o, order='C') is o`).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src/index";
import { signatureOf } from "../../src/signature";

type Ufunc = (...args: unknown[]) => np.NDArray;

const UFUNCS = Object.entries(np).filter(([, f]) => {
  const sig = signatureOf(f);
  return sig !== undefined && sig.param("subok") !== undefined && (sig.param("x") !== undefined || sig.param("x2") !== undefined) &&
    !sig.param("out")?.unsupported; // the two-output ufuncs (modf, divmod, ...) refuse out
}) as [string, Ufunc][];

/** Ufuncs with integer loops only. */
const INTEGER_ONLY = new Set(["gcd", "lcm", "bitwise_and", "bitwise_or", "bitwise_xor", "invert", "bitwise_not", "left_shift", "right_shift"]);

/** Inputs inside every ufunc's domain (arccos, log, ...), transposed so the layout is strided. */
function inputs(nin: number, integers: boolean): np.NDArray[] {
  if (integers) {
    const x = np.array([[1, 2, 3], [4, 5, 6]]).transpose();
    return nin === 1 ? [x] : [x, np.array([7, 3])];
  }
  const x = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]).transpose();
  return nin === 1 ? [x] : [x, np.array([0.7, 0.8])];
}

test("there is a ufunc for each of NumPy's names the library declares", () => {
  assert.ok(UFUNCS.length >= 40, `${UFUNCS.length} ufuncs`);
});

for (const [name, ufunc] of UFUNCS) {
  const nin = signatureOf(ufunc)!.param("x") ? 1 : 2;
  test(`np.${name}: out, order and subok`, () => {
    const args = inputs(nin, INTEGER_ONLY.has(name));
    const expected = ufunc(...args);
    const out = np.zeros(expected.shape, { dtype: expected.dtype });
    assert.is(ufunc(...args, { out }), out, "returns out");
    assert.equal(out.tolist(), expected.tolist());
    const positional = np.zeros(expected.shape, { dtype: expected.dtype });
    assert.is(ufunc(...args, positional), positional, "out by position");
    for (const order of ["C", "A", "K"]) assert.equal(ufunc(...args, { order }).tolist(), expected.tolist(), `order ${order}`);
    assert.equal(ufunc(...args, { subok: false }).tolist(), expected.tolist());
    const sig = signatureOf(ufunc)!;
    // dtype float64 is the loop these float inputs select anyway; ufuncs with a boolean result
    // have no float64 loop, and NumPy says so
    if (expected.dtype.name === "bool") {
      assert.throws(() => ufunc(...args, { dtype: "float64" }), (e: Error) => e.name === "TypeError" && e.message === `No loop matching the specified signature and casting was found for ufunc ${name}`);
    } else assert.equal(ufunc(...args, { dtype: INTEGER_ONLY.has(name) ? "int64" : "float64" }).tolist(), expected.tolist(), "dtype");
    // casting 'unsafe' allows more, and changes nothing here
    assert.equal(ufunc(...args, { casting: "unsafe" }).tolist(), expected.tolist(), "casting");
    if (sig.param("where") === undefined) return;
    // where: elements outside the mask keep what `out` held
    const held = np.full(expected.shape, 7, { dtype: expected.dtype });
    const mask = np.array([[true, false], [false, true], [true, true]]);
    ufunc(...args, { out: held, where: mask });
    const want = np.where(mask, expected, np.full(expected.shape, 7, { dtype: expected.dtype }));
    assert.equal(held.tolist(), want.tolist(), "where");
  });
}

test.run();
