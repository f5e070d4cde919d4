import { test } from "uvu";
import * as assert from "uvu/assert";
import { scipy, np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { Case, runCases } from "./_cases";
import { throwsNamed } from "../../skimage/_helpers";

const { ndimage } = scipy;
const fx = loadGolden("ndimage/measure");
const isObjects = (c: Case) => c.fn === "find_objects";

test("labels, binary morphology, distance transform and label statistics match SciPy 1.10", () => {
  const n = runCases(fx, ndimage as never, 1e-12, 1e-12, (c) => !isObjects(c));
  assert.ok(n > 100, `${n} cases`);
});

test("variance, standard_deviation and median over labels match SciPy 1.10", () => {
  const n = runCases(loadGolden("ndimage/measure_more"), ndimage as never, 1e-12, 1e-12);
  assert.ok(n > 15, `${n} cases`);
});

test("find_objects gives scipy's slices", () => {
  const slices = (fn: (...a: unknown[]) => unknown) => (...a: unknown[]) =>
    (fn(...a) as ({ start: number; stop: number }[] | null)[]).map((s) => (s === null ? null : s.map((x) => [x.start, x.stop])));
  const n = runCases(fx, { find_objects: slices(ndimage.find_objects as never) }, 0, 0, isObjects);
  assert.is(n, 4);
  const a = np.arange(12).reshape(3, 4);
  const box = ndimage.find_objects(np.array([[0, 0, 0, 0], [0, 1, 1, 0], [0, 0, 1, 0]]))[0]!;
  assert.equal(Array.from(a.get(...box).ravel().data), [5, 6, 9, 10]);
});

test("generate_binary_structure of rank 0 is array(True), as in scipy", () => {
  const s = ndimage.generate_binary_structure(0, 1);
  assert.equal(s.shape.slice(), []);
  assert.is(s.dtype.name, "bool");
  assert.is(s.data[0], 1);
});

test("bad arguments raise scipy's errors", () => {
  throwsNamed(() => ndimage.label(np.zeros([3, 3]), np.ones([2, 2])), "ValueError", "structure dimensions must be equal to 3");
  throwsNamed(() => ndimage.label(np.zeros([3, 3]), np.ones([3, 3, 3])), "RuntimeError", "structure and input must have same dimensionality");
  throwsNamed(() => ndimage.distance_transform_edt(np.zeros([3, 3]), { return_distances: false }), "RuntimeError", /at least one/);
  throwsNamed(() => ndimage.distance_transform_edt(np.zeros([3, 3]), { distances: np.zeros([3, 3]) as never }), "NotImplementedError", /distances/);
  throwsNamed(() => ndimage.binary_erosion(np.zeros([3, 3]), { mask: np.zeros([2, 2]) }), "RuntimeError", "mask and input must have equal sizes");
});

test.run();
