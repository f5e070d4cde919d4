import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { Case, runCases } from "../_cases";
import { signatureOf } from "../../../src/signature";

const UFUNCS = ["add", "multiply", "maximum", "minimum", "subtract", "logical_and", "logical_or", "fmax", "bitwise_or", "gcd"];
const OPS: Record<string, (...args: any[]) => unknown> = {};
for (const name of UFUNCS) {
  const uf = (np as any)[name] as np.BinaryUfunc;
  OPS[`${name}.reduce`] = (a: np.NDArray, kw?: object) => uf.reduce(a, kw ?? {});
  OPS[`${name}.accumulate`] = (a: np.NDArray, kw?: object) => uf.accumulate(a, kw ?? {});
  OPS[`${name}.outer`] = (a: np.NDArray, b: np.NDArray) => uf.outer(a, b);
  OPS[`${name}.at`] = (a: np.NDArray, i: np.NDArray, v: np.NDArray) => {
    const out = a.copy();
    uf.at(out, i, v);
    return out;
  };
  OPS[`${name}.at2`] = (a: np.NDArray, i: np.NDArray, v: number) => {
    const out = a.copy();
    uf.at(out, [i.get(0), i.get(1)], v);
    return out;
  };
}

const golden = loadGolden<{ cases: Case[] }>("np_more_math/methods");
test(`reduce, accumulate, outer and at match NumPy (${golden.cases.length} cases)`, () => {
  const failures = runCases(golden.cases, OPS, new Set(Object.keys(OPS)));
  assert.equal(failures.slice(0, 12), [], `${failures.length} failures`);
});

test("the methods carry numpy.ufunc's signatures", () => {
  assert.is(signatureOf(np.add.reduce)?.qualname, "numpy.ufunc.reduce");
  assert.is(signatureOf(np.maximum.accumulate)?.qualname, "numpy.ufunc.accumulate");
  assert.is(signatureOf(np.multiply.outer)?.qualname, "numpy.ufunc.outer");
  assert.is(signatureOf(np.add.at)?.qualname, "numpy.ufunc.at");
});

test("reduce and accumulate write into out; outer takes the ufunc keywords", () => {
  const a = np.array([[1, 2], [3, 4]]);
  const out = np.zeros([2], { dtype: "int64" });
  assert.is(np.add.reduce(a, { axis: 1, out }), out);
  assert.equal(out.tolist(), [3, 7]);
  const acc = np.zeros([2, 2]);
  np.add.accumulate(a, { out: acc });
  assert.equal(acc.tolist(), [[1, 2], [4, 6]]);
  const o = np.zeros([2, 2]);
  assert.is(np.multiply.outer([1, 2], [3, 4], { out: o, order: "C", subok: false }), o);
  assert.equal(o.tolist(), [[3, 4], [6, 8]]);
  assert.throws(() => np.add.reduce(a, { where: [true, false] as any }), (e: Error) => e.name === "NotImplementedError");
});

test("add.at with repeated indices accumulates every time (NumPy: [1, 2, 0, 0, 1])", () => {
  const z = np.zeros(5);
  np.add.at(z, [0, 1, 1, 4], 1);
  assert.equal(z.tolist(), [1, 2, 0, 0, 1]);
  assert.throws(() => np.add.at(z, [5], 1), (e: Error) => e.name === "IndexError" && e.message === "index 5 is out of bounds for axis 0 with size 5");
});

test.run();
