/** "NumPy: the absolute basics for beginners", from creating arrays from existing data to unique items. */
import { test } from "uvu";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { DocPage, print } from "./_page";

const page = new DocPage("absolute_beginners", "a = np.array([1,  2,  3,  4,  5,  6,  7,  8,  9, 10])", "print(occurrence_count)");

test("How to create an array from existing data", () => {
  let a: NDArray, arr1: NDArray, a1: NDArray, a2: NDArray, x: NDArray, b1: NDArray, b2: NDArray;
  page.py("a = np.array([1,  2,  3,  4,  5,  6,  7,  8,  9, 10])", () => (a = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])));
  page.py("arr1 = a[3:8]", () => (arr1 = a.get("3:8")));
  page.py("arr1", () => arr1);
  page.py("a1 = np.array([[1, 1],", () => (a1 = np.array([[1, 1], [2, 2]])));
  page.py("a2 = np.array([[3, 3],", () => (a2 = np.array([[3, 3], [4, 4]])));
  page.py("np.vstack((a1, a2))", () => np.vstack([a1, a2]));
  page.py("np.hstack((a1, a2))", () => np.hstack([a1, a2]));
  page.py("x = np.arange(1, 25).reshape(2, 12)", () => (x = np.arange(1, 25).reshape(2, 12)));
  page.py("x", () => x);
  page.py("np.hsplit(x, 3)", () => np.hsplit(x, 3));
  page.py("np.hsplit(x, (3, 4))", () => np.hsplit(x, [3, 4]));
  page.py("a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])", () => (a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])));
  page.py("b1 = a[0, :]", () => (b1 = a.get(0, ":")));
  page.py("b1", () => b1);
  page.py("b1[0] = 99", () => void b1.set(0, 99));
  page.py("b1", () => b1);
  page.py("a", () => a);
  page.py("b2 = a.copy()", () => (b2 = a.copy()));
});

test("Basic array operations", () => {
  let data: NDArray, ones: NDArray, a: NDArray, b: NDArray;
  page.py("data = np.array([1, 2])", () => (data = np.array([1, 2])));
  page.py("ones = np.ones(2, dtype=int)", () => (ones = np.ones(2, { dtype: "int" })));
  page.py("data + ones", () => data.add(ones));
  page.py("data - ones", () => data.sub(ones));
  page.py("data * data", () => data.mul(data));
  page.py("data / data", () => data.div(data));
  page.py("a = np.array([1, 2, 3, 4])", () => (a = np.array([1, 2, 3, 4])));
  page.py("a.sum()", () => a.sum());
  page.py("b = np.array([[1, 1], [2, 2]])", () => (b = np.array([[1, 1], [2, 2]])));
  page.py("b.sum(axis=0)", () => b.sum({ axis: 0 }));
  page.py("b.sum(axis=1)", () => b.sum({ axis: 1 }));
});

test("Broadcasting and more useful array operations", () => {
  let data: NDArray, a: NDArray;
  // 1.0 and 2.0 are the numbers 1 and 2 in JavaScript: the dtype says float
  page.py("data = np.array([1.0, 2.0])", () => (data = np.array([1, 2], { dtype: "float64" })));
  page.py("data * 1.6", () => data.mul(1.6));
  page.py("data.max()", () => data.max());
  page.py("data.min()", () => data.min());
  page.py("data.sum()", () => data.sum());
  page.py("a = np.array([[0.45053314, 0.17296777, 0.34376245, 0.5510652],", () => (a = np.array([[0.45053314, 0.17296777, 0.34376245, 0.5510652], [0.54627315, 0.05093587, 0.40067661, 0.55645993], [0.12697628, 0.82485143, 0.26590556, 0.56917101]])));
  page.py("a.sum()", () => a.sum());
  page.py("a.min()", () => a.min());
  page.py("a.min(axis=0)", () => a.min({ axis: 0 }));
});

test("Creating matrices", () => {
  let data: NDArray, ones: NDArray, ones_row: NDArray;
  page.py("data = np.array([[1, 2], [3, 4], [5, 6]])", () => (data = np.array([[1, 2], [3, 4], [5, 6]])));
  page.py("data", () => data);
  page.py("data[0, 1]", () => data.item(0, 1));
  page.py("data[1:3]", () => data.get("1:3"));
  page.py("data[0:2, 0]", () => data.get("0:2", 0));
  page.py("data.max()", () => data.max());
  page.py("data.min()", () => data.min());
  page.py("data.sum()", () => data.sum());
  page.py("data = np.array([[1, 2], [5, 3], [4, 6]])", () => (data = np.array([[1, 2], [5, 3], [4, 6]])));
  page.py("data", () => data);
  page.py("data.max(axis=0)", () => data.max({ axis: 0 }));
  page.py("data.max(axis=1)", () => data.max({ axis: 1 }));
  page.py("data = np.array([[1, 2], [3, 4]])", () => (data = np.array([[1, 2], [3, 4]])));
  page.py("ones = np.array([[1, 1], [1, 1]])", () => (ones = np.array([[1, 1], [1, 1]])));
  page.py("data + ones", () => data.add(ones));
  page.py("data = np.array([[1, 2], [3, 4], [5, 6]])", () => (data = np.array([[1, 2], [3, 4], [5, 6]])));
  page.py("ones_row = np.array([[1, 1]])", () => (ones_row = np.array([[1, 1]])));
  page.py("data + ones_row", () => data.add(ones_row));
  page.py("np.ones((4, 3, 2))", () => np.ones([4, 3, 2]));
  page.py("np.ones(3)", () => np.ones(3));
  page.py("np.zeros(3)", () => np.zeros(3));
  // NumPy's outputs on the page come from seed 0: the seeded generator reproduces them
  const rng = np.random.default_rng(0);
  page.py("rng = np.random.default_rng()  # the simplest way to generate random numbers", () => undefined);
  page.py("rng.random(3) #doctest: +SKIP", () => rng.random(3));
  page.py("np.ones((3, 2))", () => np.ones([3, 2]));
  page.py("np.zeros((3, 2))", () => np.zeros([3, 2]));
  page.py("rng.random((3, 2)) #doctest: +SKIP", () => rng.random([3, 2]));
  page.py("rng.integers(5, size=(2, 4)) #doctest: +SKIP", () => rng.integers(5, { size: [2, 4] }));
});

test("How to get unique items and counts", () => {
  let a: NDArray, unique_values: NDArray, indices_list: NDArray, occurrence_count: NDArray, a_2d: NDArray, unique_rows: NDArray, indices: NDArray;
  page.py("a = np.array([11, 11, 12, 13, 14, 15, 16, 17, 12, 13, 11, 14, 18, 19, 20])", () => (a = np.array([11, 11, 12, 13, 14, 15, 16, 17, 12, 13, 11, 14, 18, 19, 20])));
  page.py("unique_values = np.unique(a)", () => (unique_values = np.unique(a)));
  page.py("print(unique_values)", () => print(unique_values));
  page.py("unique_values, indices_list = np.unique(a, return_index=True)", () => ([unique_values, indices_list] = np.unique(a, { return_index: true })));
  page.py("print(indices_list)", () => print(indices_list));
  page.py("unique_values, occurrence_count = np.unique(a, return_counts=True)", () => ([unique_values, occurrence_count] = np.unique(a, { return_counts: true })));
  page.py("print(occurrence_count)", () => print(occurrence_count));
  page.py("a_2d = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [1, 2, 3, 4]])", () => (a_2d = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [1, 2, 3, 4]])));
  page.py("unique_values = np.unique(a_2d)", () => (unique_values = np.unique(a_2d)));
  page.py("print(unique_values)", () => print(unique_values));
  page.py("unique_rows = np.unique(a_2d, axis=0)", () => (unique_rows = np.unique(a_2d, { axis: 0 })));
  page.py("print(unique_rows)", () => print(unique_rows));
  page.py("unique_rows, indices, occurrence_count = np.unique(", () => ([unique_rows, indices, occurrence_count] = np.unique(a_2d, { axis: 0, return_counts: true, return_index: true })));
  page.py("print(unique_rows)", () => print(unique_rows));
  page.py("print(indices)", () => print(indices));
  page.py("print(occurrence_count)", () => print(occurrence_count));
  page.done();
});

test.run();
