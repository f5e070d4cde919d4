/** Parameters of the shape and creation functions that are not supported yet are refused, not ignored. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";

const refused = (fn: () => unknown, name: string) =>
  assert.throws(fn, (e: Error) => e.name === "NotImplementedError" && e.message.includes(name), name);

test("out= and like= are NotImplementedError", () => {
  const a = np.arange(6).reshape(2, 3);
  const out = np.zeros(2);
  refused(() => np.take(a, [0, 1], { out }), "out");
  refused(() => np.choose([0, 1], [[1, 2], [3, 4]], { out }), "out");
  refused(() => np.compress([1, 1], a, { axis: 0, out }), "out");
  refused(() => np.trace(a, { out: out as never }), "out");
  refused(() => a.take([0], { out: out as never }), "out");
  refused(() => a.trace({ out: out as never }), "out");
  refused(() => a.choose([[1, 2]], { out: out as never }), "out");
  refused(() => a.compress([1], { out: out as never }), "out");
  refused(() => np.tri(2, { like: a as never }), "like");
  refused(() => np.fromfunction((i) => i, [2], { like: a as never }), "like");
  refused(() => np.frombuffer(new Float64Array(2), { like: a as never }), "like");
  refused(() => np.fromiter([1], "f8", { like: a as never }), "like");
  refused(() => np.asanyarray([1], { like: a as never }), "like");
});

test("r_'s matrix directives are NotImplementedError", () => {
  assert.throws(() => np.r_("r", [1, 2]), (e: Error) => e.name === "NotImplementedError");
});

test.run();
