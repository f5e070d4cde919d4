/**
 * NumPy 1.24's semantics at the edges, one readable case each (the differential fuzz covers
 * them at random). Expected values are Debian's NumPy 1.24.2 output for the same statements.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";

/** Runs f, returning its result and the warnings it emitted as [class, message]. */
function withWarnings<T>(f: () => T): [T, [string, string][]] {
  const seen: [string, string][] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error, o?: string | { type?: string }) => {
    seen.push([typeof o === "string" ? o : o?.type ?? "Warning", typeof w === "string" ? w : w.message]);
  }) as typeof process.emitWarning;
  try {
    return [f(), seen];
  } finally {
    process.emitWarning = emit;
  }
}

function raises(f: () => unknown, name: string, message: string): void {
  try {
    f();
  } catch (e) {
    assert.is((e as Error).name, name);
    assert.is((e as Error).message, message);
    return;
  }
  assert.unreachable(`expected ${name}: ${message}`);
}

test("np.broadcast_to views are read-only: writes raise, the source is untouched", () => {
  const a = np.arange(3);
  const b = np.broadcast_to(a, [4, 3]);
  assert.is(b.flags.writeable, false);
  assert.is(b.T.flags.writeable, false);
  assert.is(a.flags.writeable, true);
  raises(() => b.iadd(1), "ValueError", "output array is read-only");
  raises(() => b.set([0, 0], 5), "ValueError", "assignment destination is read-only");
  raises(() => b.fill(0), "ValueError", "assignment destination is read-only");
  assert.equal(a.tolist(), [0, 1, 2]);
  a.flags.writeable = false;
  raises(() => a.set(0, 1), "ValueError", "assignment destination is read-only");
  const view = a.get("1:");
  assert.is(view.flags.writeable, false);
  raises(() => (view.flags.writeable = true), "ValueError", "cannot set WRITEABLE flag to True of this array");
  a.flags.writeable = true;
  a.set(0, 7);
  assert.equal(a.tolist(), [7, 1, 2]);
});

test("sum with an integer dtype casts first; NaN and infinity into integers", () => {
  assert.is(np.sum([0.5, 0.7, 2.9], { dtype: "int64" }), 2);
  const [cast, warned] = withWarnings(() => np.array([NaN, Infinity, -1.5]).astype("int64").tolist());
  assert.equal(cast, [-9223372036854775808, -9223372036854775808, -1]);
  assert.equal(warned, [["RuntimeWarning", "invalid value encountered in cast"]]);
  const z = np.zeros(3, { dtype: "int64" });
  raises(() => z.set(0, NaN), "ValueError", "cannot convert float NaN to integer");
  raises(() => z.set(0, Infinity), "OverflowError", "cannot convert float infinity to integer");
  const u = np.zeros(3, { dtype: "uint8" });
  const [, deprecation] = withWarnings(() => u.set(0, 300));
  assert.equal(u.tolist(), [44, 0, 0]);
  assert.is(deprecation.length, 1);
  assert.ok(deprecation[0][1].startsWith("NumPy will stop allowing conversion of out-of-bound Python integers to integer arrays.  The conversion of 300 to uint8 will fail in the future."));
});

test("np.array and np.full with a dtype convert numbers as NumPy does", () => {
  raises(() => np.array([NaN], { dtype: "int64" }), "ValueError", "cannot convert float NaN to integer");
  const [wrapped, deprecated] = withWarnings(() => np.array([300], { dtype: "uint8" }).tolist());
  assert.equal(wrapped, [44]);
  assert.is(deprecated[0][0], "DeprecationWarning");
  const [full, warned] = withWarnings(() => np.full(2, NaN, { dtype: "int64" }).tolist());
  assert.equal(full, [-9223372036854775808, -9223372036854775808]);
  assert.equal(warned, [["RuntimeWarning", "invalid value encountered in cast"]]);
  assert.equal(np.full(2, 300, { dtype: "uint8" }).tolist(), [44, 44]);
});

test("reshape returns a view wherever NumPy does, and writes go through", () => {
  const y = np.arange(6);
  y.reshape(2, 3).set([0, 0], 100);
  assert.equal(y.tolist(), [100, 1, 2, 3, 4, 5]);
  const x = np.arange(6).reshape(2, 3).T;
  assert.is(x.reshape(3, 2).data, x.data);
  assert.is.not(x.reshape(6).data, x.data); // transposed into one axis: a copy, as in NumPy
});

test("indexing: Ellipsis between advanced indices, 0-d boolean, extra leading 1-dims, index broadcasting", () => {
  const c = np.arange(24).reshape(2, 3, 4);
  assert.equal(c.get([0, 1], "...", [1, 2]).shape, [2, 3]);
  assert.equal(c.get([0, 1], "...", [1, 2]).tolist(), [[1, 5, 9], [14, 18, 22]]);
  assert.equal(np.arange(3).get(np.array(true)).shape, [1, 3]);
  assert.equal(np.arange(3).get(np.array(false)).shape, [0, 3]);
  const d = np.zeros([2, 3]);
  d.set("...", np.ones([1, 1, 3]));
  assert.equal(d.tolist(), [[1, 1, 1], [1, 1, 1]]);
  raises(() => np.zeros([3, 3]).get(np.array([0, 1]), np.array([0, 1, 2])), "IndexError",
    "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ");
});

test("value-based casting picks NumPy's loop; power's special cases; empty max", () => {
  assert.is(np.power(np.array([2], { dtype: "uint8" }), 257).dtype.name, "int16");
  assert.equal(np.power(np.array([1, -1], { dtype: "float64" }), np.array([NaN, Infinity])).tolist(), [1, 1]);
  raises(() => np.max(np.array([])), "ValueError", "zero-size array to reduction operation maximum which has no identity");
});

test("absurd sizes and lengths: NumPy's MemoryError and ValueError", () => {
  raises(() => np.zeros([1e6, 1e6]), "MemoryError", "Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64");
  raises(() => np.arange(NaN), "ValueError", "arange: cannot compute length");
});

test("RuntimeWarnings once per call with NumPy's text", () => {
  const [q, warned] = withWarnings(() => np.divide(np.array([1, 0], { dtype: "float64" }), 0).tolist());
  assert.equal(q, [Infinity, NaN]);
  assert.equal(warned, [["RuntimeWarning", "divide by zero encountered in divide"], ["RuntimeWarning", "invalid value encountered in divide"]]);
  const [f, intWarned] = withWarnings(() => np.floor_divide([1, 2], 0).tolist());
  assert.equal(f, [0, 0]);
  assert.equal(intWarned, [["RuntimeWarning", "divide by zero encountered in floor_divide"]]);
});

test("a float array to the power 2, 0.5, -1: NumPy's square, sqrt and reciprocal, bits and warnings", () => {
  // NumPy 1.24: a = np.array([-0., -1., 4., 1e200, 5e-324]); a ** 2, a ** 0.5, a ** -1
  const a = np.array([-0, -1, 4, 1e200, 5e-324]);
  const [sq, sqWarned] = withWarnings(() => a.pow(2).tolist());
  assert.equal(sq, [0, 1, 16, Infinity, 0]);
  assert.equal(sqWarned, [["RuntimeWarning", "overflow encountered in square"]]);
  const [root, rootWarned] = withWarnings(() => a.pow(0.5).tolist() as number[]);
  assert.ok(Object.is(root[0], -0));
  assert.equal(root.slice(1), [NaN, 2, 1e100, 2.2227587494850775e-162]);
  assert.equal(rootWarned, [["RuntimeWarning", "invalid value encountered in sqrt"]]);
  const [inv, invWarned] = withWarnings(() => a.pow(-1).tolist());
  assert.equal(inv, [-Infinity, -1, 0.25, 1e-200, Infinity]);
  assert.equal(invWarned, [["RuntimeWarning", "divide by zero encountered in reciprocal"], ["RuntimeWarning", "overflow encountered in reciprocal"]]);
});


test("argmax, argmin, max and min of contiguous runs: the first extreme, the first NaN, the first of -0 and 0", () => {
  const sevens = np.arange(40).mod(7).astype("float64");
  sevens.set(21, NaN);
  assert.is(sevens.argmax(), 21);
  assert.is(sevens.argmin(), 21);
  assert.ok(Number.isNaN(sevens.max()));
  const y = np.array(Array.from({ length: 5 }, () => [1, 5, 2, 5, 0, 5, -3, -3]).flat());
  assert.is(y.argmax(), 1);
  assert.is(y.argmin(), 6);
  assert.is(y.neg().argmax(), 6);
  const ones = Array<number>(18).fill(-1);
  const negFirst = np.array([-0, 0, ...ones]);
  const posFirst = np.array([0, -0, ...ones]);
  assert.ok(Object.is(negFirst.max(), -0));
  assert.ok(Object.is(posFirst.max(), 0));
  assert.ok(Object.is(negFirst.neg().min(), 0));
  assert.ok(Object.is(posFirst.neg().min(), -0));
});

test("var and std of a vector, and its extremes, to the last bit; an overflowing var warns", () => {
  const z = np.arange(1003).mul(0.37).mod(1.9).sub(0.8);
  assert.is(z.var(), 0.3014712605950845);
  assert.is(z.std(), 0.549063985884236);
  assert.is(z.argmax(), 837);
  assert.is(z.argmin(), 0);
  assert.is(z.max(), 1.090000000000012);
  assert.is(z.min(), -0.8);
  const [v, seen] = withWarnings(() => np.array(Array<number>(20).fill(1e200)).var());
  assert.is(v, Infinity);
  assert.equal(seen, [["RuntimeWarning", "overflow encountered in multiply"]]);
});

test("exp and log of a few elements give NumPy's vector-kernel bits; overflow warns, an infinite input does not", () => {
  const x = [0.1, 0.7, 1.3, -2.9, 5.5];
  const hex = (v: number) => {
    const bits = new DataView(new Float64Array([v]).buffer).getBigUint64(0, true);
    return bits.toString(16);
  };
  const exp = Array.from(np.exp(np.array(x)).data as Float64Array);
  const log = Array.from(np.log(np.array(x.slice(0, 3))).data as Float64Array);
  assert.equal(exp.map(hex), [0x3ff1aec7b35a00d4n, 0x40001c2a61268987n, 0x400d5ab83615f8b4n, 0x3fac2c00e553650dn, 0x406e96244f21bbf6n].map((b) => b.toString(16)));
  assert.equal(log.map(hex), [0xc0026bb1bbb55515n, 0xbfd6d3c324e13f50n, 0x3fd0ca937be1b9dcn].map((b) => b.toString(16)));
  const [sum, seen] = withWarnings(() => np.add(np.array(Array<number>(6).fill(1e308)), np.array(Array<number>(6).fill(1e308))));
  assert.equal(Array.from(sum.data as Float64Array), Array<number>(6).fill(Infinity));
  assert.equal(seen, [["RuntimeWarning", "overflow encountered in add"]]);
  const [shifted, quiet] = withWarnings(() => np.array([Infinity, 1, 1, 1, 1, 1]).add(1));
  assert.equal(Array.from(shifted.data as Float64Array), [Infinity, 2, 2, 2, 2, 2]);
  assert.equal(quiet, []);
});


test("small out= and in-place calls: NumPy's values and warnings (values checked with NumPy 1.24)", () => {
  const f = (v: number[]) => np.array(v, { dtype: "float64" });
  const cases: [string, () => np.NDArray, number[], string[]][] = [
    ["5 / g into g", () => { const g = f([1, 0, 2]); return np.divide(5, g, g); }, [5, Infinity, 2.5], ["divide by zero encountered in divide"]],
    ["g / 1e-310 into g", () => { const g = f([1, 0, 2]); return np.divide(g, 1e-310, g); }, [Infinity, 0, Infinity], ["overflow encountered in divide"]],
    ["g ** 0.5 into g", () => { const g = f([1, 0, -2]); return np.power(g, 0.5, g); }, [1, 0, NaN], ["invalid value encountered in power"]],
    ["g // 0.0 into g", () => { const g = f([1, 0, -2]); return np.floor_divide(g, 0.0, g); }, [Infinity, NaN, -Infinity],
      ["divide by zero encountered in floor_divide", "invalid value encountered in floor_divide"]],
    ["g / 3 into g, g holding inf", () => { const g = f([1, Infinity, 2]); return np.divide(g, 3, g); }, [1 / 3, Infinity, 2 / 3], []],
    ["g * 10, out=g", () => { const g = f([1e308, 1, 2]); return np.multiply(g, 10, { out: g }); }, [Infinity, 10, 20], ["overflow encountered in multiply"]],
    ["g ** -1.0 into g", () => { const g = f([0, 1]); return np.power(g, -1.0, g); }, [Infinity, 1], ["divide by zero encountered in power"]],
    ["a + b, out=o", () => np.add(f([1, 2]), f([3, 4]), { out: np.zeros([2]) }), [4, 6], []],
  ];
  for (const [name, run, values, messages] of cases) {
    const [r, warned] = withWarnings(() => run().tolist());
    assert.equal(r, values, name);
    assert.equal(warned, messages.map((m) => ["RuntimeWarning", m]), name);
  }
  // out= is the array returned, and a read-only out is refused before anything is written
  const o = np.zeros([2]);
  assert.is(np.add(f([1, 2]), 1, { out: o }), o);
  const ro = np.zeros([2]);
  ro.flags.writeable = false;
  raises(() => np.add(f([1, 2]), 1, { out: ro }), "ValueError", "output array is read-only");
  assert.equal(ro.tolist(), [0, 0]);
});

test("exp and log of a few elements outside the vector kernel's range: NumPy's values and warnings", () => {
  const [e, expWarned] = withWarnings(() => np.exp(np.array([0, 710, -750, NaN, Infinity, 1.5])).tolist() as number[]);
  assert.equal(e, [1, Infinity, 0, NaN, Infinity, 0x11ed3fe64fc542 / 2 ** 50]);
  assert.equal(expWarned, [["RuntimeWarning", "overflow encountered in exp"]]);
  const [l, logWarned] = withWarnings(() => np.log(np.array([0, -1, 1e-310, Infinity, NaN, 2.5])).tolist() as number[]);
  assert.equal(l, [-Infinity, NaN, -0x164e69394d9508 / 2 ** 43, Infinity, NaN, 0x1d5240f0e0e077 / 2 ** 53]);
  assert.equal(logWarned, [["RuntimeWarning", "divide by zero encountered in log"], ["RuntimeWarning", "invalid value encountered in log"]]);
});

test.run();
