/** ndarray.view, base, flags.owndata, flat and resize, and ufunc.identity, against NumPy 1.24. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np } from "../../src";
import { GoldenArray, loadGolden } from "../helpers/golden";
import { expectArray } from "./_cases";

const golden = loadGolden<{
  resize_grow: GoldenArray; resize_shrink: GoldenArray; resize_complex: string; resize_F: GoldenArray;
  resize_view: { error: string; message: string };
  base_chain: boolean[]; owndata: boolean[]; flat_T: number[]; flat_bool: boolean[]; flat_copy: GoldenArray;
  identity: Record<string, number | boolean | null>;
}>("np_docs/memory");

test("resize in place: zeros past the old end, shrinking, complex, Fortran order kept", () => {
  const grow = np.arange(6).reshape(2, 3).copy();
  assert.is(grow.resize([3, 4]), undefined);
  expectArray(grow, golden.resize_grow, "grow");
  const shrink = np.arange(12, { dtype: "float64" });
  shrink.resize(2, 2);
  expectArray(shrink, golden.resize_shrink, "shrink");
  const z = np.array([np.complex128(1, 2), np.complex128(3, -4)]);
  z.resize({ new_shape: [2, 2] });
  assert.is(inspect(z), golden.resize_complex);
  const f = np.asfortranarray(np.arange(6).reshape(2, 3));
  f.resize(3, 2);
  expectArray(f, golden.resize_F, "fortran");
});

test("resize refuses a view and refcheck=False", () => {
  assert.throws(() => np.arange(6).get("1:").resize(3), (e: Error) => e.name === golden.resize_view.error && e.message === golden.resize_view.message);
  assert.throws(() => np.arange(6).copy().resize([3], { refcheck: false as never }), (e: Error) => e.name === "NotImplementedError" && /refcheck/.test(e.message));
});

test("base is the array owning the memory, through chains of views; owndata", () => {
  const base = np.arange(6, { dtype: "float64" });
  assert.equal([np.arange(6).reshape(2, 3).base === null, base.get("1:").T.get("::-1").base === base, base.copy().base === null], golden.base_chain);
  assert.equal([base.flags.owndata, base.get("::2").flags.owndata, base.view().flags.owndata], golden.owndata);
  assert.throws(() => base.view({ dtype: "int32" as never }), (e: Error) => e.name === "NotImplementedError");
});

test("flat iterates in C order over any layout; flat.copy()", () => {
  const t = np.arange(6).reshape(2, 3).copy().T;
  assert.equal([...t.flat], golden.flat_T);
  assert.equal([...np.array([[true, false], [false, true]]).T.flat], golden.flat_bool);
  expectArray(t.flat.copy(), golden.flat_copy, "flat.copy");
  assert.is(t.flat.base, t);
});

test("ufunc.identity", () => {
  const ufuncs = np as unknown as Record<string, { identity: unknown }>;
  for (const [name, want] of Object.entries(golden.identity)) assert.is(ufuncs[name].identity, want, name);
});

test.run();
