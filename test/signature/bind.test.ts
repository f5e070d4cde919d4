/**
 * The binder against what CPython 3.11 says for the same signatures (messages taken from
 * Debian's python3 for `def linspace(start, stop, num=50, ...)` and friends).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { signature, pyfunction, signatureOf } from "../../src/signature";
import { NotImplementedError } from "../../src/errors";

const LINSPACE = signature("numpy.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)", {
  types: { num: "int", endpoint: "bool", axis: "int" },
  unsupported: ["axis"],
});
const F = signature("f(a, /, b, *, c)");
const G = signature("g(x)");
const MESH = signature("numpy.meshgrid(*xi, copy=True, sparse=False, indexing='xy')", { choices: { indexing: ["xy", "ij"] } });
const DATA = signature("seaborn.histplot(data=None, *, x=None, y=None, bins='auto')", { types: { data: "mapping|sequence|None" } });

function throws(fn: () => unknown, name: string, message: string): void {
  try {
    fn();
  } catch (e) {
    assert.is((e as Error).name, name);
    assert.is((e as Error).message, message);
    return;
  }
  assert.unreachable(`no ${name}: ${message}`);
}

test("positional, keyword and default arguments bind as in Python", () => {
  assert.equal(LINSPACE.bind([0, 1]), { start: 0, stop: 1, num: 50, endpoint: true, retstep: false, dtype: null, axis: 0 });
  assert.equal(LINSPACE.bind([0, 1, 5, false]).endpoint, false);
  assert.equal(LINSPACE.bind([0, 1, { num: 5 }]).num, 5);
  assert.equal(LINSPACE.bind([{ start: 2, stop: 3 }]).start, 2);
  assert.equal(LINSPACE.bind([0, 1, undefined, false]).num, 50);
  assert.equal(LINSPACE.bind([0, 1, 5, { dtype: "int" }]).dtype, "int");
  assert.equal(MESH.bind([[1, 2], [3], { indexing: "ij" }]), { xi: [[1, 2], [3]], copy: true, sparse: false, indexing: "ij" });
});

test("what Python refuses is refused with CPython's TypeError text", () => {
  throws(() => LINSPACE.bind([0, 1, 2, 3, 4, 5, 6, 7]), "TypeError", "linspace() takes from 2 to 7 positional arguments but 8 were given");
  throws(() => LINSPACE.bind([]), "TypeError", "linspace() missing 2 required positional arguments: 'start' and 'stop'");
  throws(() => LINSPACE.bind([0]), "TypeError", "linspace() missing 1 required positional argument: 'stop'");
  throws(() => LINSPACE.bind([0, 1, { nmu: 5 }]), "TypeError", "linspace() got an unexpected keyword argument 'nmu'");
  throws(() => LINSPACE.bind([0, 1, 5, { num: 5 }]), "TypeError", "linspace() got multiple values for argument 'num'");
  throws(() => F.bind([1, 2]), "TypeError", "f() missing 1 required keyword-only argument: 'c'");
  throws(() => F.bind([{ a: 1, b: 2, c: 3 }]), "TypeError", "f() got some positional-only arguments passed as keyword arguments: 'a'");
  throws(() => G.bind([1, 2]), "TypeError", "g() takes 1 positional argument but 2 were given");
  throws(() => G.bind([]), "TypeError", "g() missing 1 required positional argument: 'x'");
  throws(() => MESH.bind([1, 2, { bad: 3 }]), "TypeError", "meshgrid() got an unexpected keyword argument 'bad'");
});

test("types, choices and unsupported parameters", () => {
  throws(() => LINSPACE.bind([0, 1, 2.5]), "TypeError", "linspace() argument 'num' must be int, not float");
  throws(() => LINSPACE.bind([0, 1, { endpoint: "yes" }]), "TypeError", "linspace() argument 'endpoint' must be bool, not str");
  throws(() => MESH.bind([{ indexing: "xz" }]), "ValueError", "meshgrid() indexing must be one of 'xy', 'ij'; got 'xz'");
  assert.equal(LINSPACE.bind([0, 1, { axis: 0 }]).axis, 0);
  try {
    LINSPACE.bind([0, 1, { axis: 1 }]);
    assert.unreachable();
  } catch (e) {
    assert.instance(e, NotImplementedError);
    assert.is((e as Error).message, "linspace() axis=1 is not supported yet");
  }
});

test("a trailing mapping is an argument when its keys are not parameter names", () => {
  assert.equal(DATA.bind([{ a: [1, 2] }]).data, { a: [1, 2] });
  assert.equal(DATA.bind([{ a: [1, 2] }, { x: "a" }]), { data: { a: [1, 2] }, x: "a", y: null, bins: "auto" });
  assert.equal(DATA.bind([{ x: "a" }]).x, "a");
});

test("a declared function carries its signature", () => {
  const linspace = pyfunction(LINSPACE, (...args: unknown[]) => LINSPACE.bind(args).num);
  assert.is(signatureOf(linspace), LINSPACE);
  assert.is(linspace(0, 1, { num: 3 }), 3);
  assert.is(signatureOf(() => 1), undefined);
});

test("malformed declarations fail when the module loads", () => {
  assert.throws(() => signature("numpy.f(a, b=)"), /not a Python literal/);
  assert.throws(() => signature("numpy.f(a)", { types: { b: "int" } }), /declares no parameter 'b'/);
  assert.throws(() => signature("numpy.f(a)", { types: { a: "integer" } }), /unknown parameter type/);
  assert.equal(signature("numpy.zeros(shape, dtype=float)", { defaults: { dtype: "float64" } }).bind([[2]]).dtype, "float64");
});

test.run();
