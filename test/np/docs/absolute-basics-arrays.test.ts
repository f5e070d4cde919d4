/** "NumPy: the absolute basics for beginners", from the first array to indexing and slicing. */
import { test } from "uvu";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { DocPage, print, tuple } from "./_page";

const page = new DocPage("absolute_beginners", "a = np.arange(6)", "print(not_there)");

test("How to import NumPy, what is an array", () => {
  let a: NDArray, a2: NDArray;
  page.py("a = np.arange(6)", () => (a = np.arange(6)));
  page.py("a2 = a[np.newaxis, :]", () => (a2 = a.get(np.newaxis, ":")));
  page.py("a2.shape", () => a2.shape);
  page.py("a = np.array([1, 2, 3, 4, 5, 6])", () => (a = np.array([1, 2, 3, 4, 5, 6])));
  page.py("a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])", () => (a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])));
  page.py("print(a[0])", () => print(a.get(0)));
});

test("How to create a basic array", () => {
  let a: NDArray, x: NDArray;
  page.py("import numpy as np", () => undefined);
  page.py("a = np.array([1, 2, 3])", () => (a = np.array([1, 2, 3])));
  page.py("np.zeros(2)", () => np.zeros(2));
  page.py("np.ones(2)", () => np.ones(2));
  page.left_out("np.empty(2) #doctest: +SKIP", "uninitialised memory");
  page.py("np.arange(4)", () => np.arange(4));
  page.py("np.arange(2, 9, 2)", () => np.arange(2, 9, 2));
  page.py("np.linspace(0, 10, num=5)", () => np.linspace(0, 10, { num: 5 }));
  page.py("x = np.ones(2, dtype=np.int64)", () => (x = np.ones(2, { dtype: np.int64 })));
  page.py("x", () => x);
});

test("Adding, removing, and sorting elements", () => {
  let arr: NDArray, a: NDArray, b: NDArray, x: NDArray, y: NDArray;
  page.py("arr = np.array([2, 1, 5, 3, 7, 4, 6, 8])", () => (arr = np.array([2, 1, 5, 3, 7, 4, 6, 8])));
  page.py("np.sort(arr)", () => np.sort(arr));
  page.py("a = np.array([1, 2, 3, 4])", () => (a = np.array([1, 2, 3, 4])));
  page.py("b = np.array([5, 6, 7, 8])", () => (b = np.array([5, 6, 7, 8])));
  page.py("np.concatenate((a, b))", () => np.concatenate([a, b]));
  page.py("x = np.array([[1, 2], [3, 4]])", () => (x = np.array([[1, 2], [3, 4]])));
  page.py("y = np.array([[5, 6]])", () => (y = np.array([[5, 6]])));
  page.py("np.concatenate((x, y), axis=0)", () => np.concatenate([x, y], { axis: 0 }));
});

test("How do you know the shape and size of an array?", () => {
  let array_example: NDArray;
  page.py("array_example = np.array([[[0, 1, 2, 3],", () => (array_example = np.array([[[0, 1, 2, 3], [4, 5, 6, 7]], [[0, 1, 2, 3], [4, 5, 6, 7]], [[0, 1, 2, 3], [4, 5, 6, 7]]])));
  page.py("array_example.ndim", () => array_example.ndim);
  page.py("array_example.size", () => array_example.size);
  page.py("array_example.shape", () => array_example.shape);
});

test("Can you reshape an array?", () => {
  let a: NDArray, b: NDArray;
  page.py("a = np.arange(6)", () => (a = np.arange(6)));
  page.py("print(a)", () => print(a));
  page.py("b = a.reshape(3, 2)", () => (b = a.reshape(3, 2)));
  page.py("print(b)", () => print(b));
  page.py("np.reshape(a, newshape=(1, 6), order='C')", () => np.reshape(a, { newshape: [1, 6], order: "C" }));
});

test("How to convert a 1D array into a 2D array", () => {
  let a: NDArray, a2: NDArray, row_vector: NDArray, col_vector: NDArray, b: NDArray, c: NDArray;
  page.py("a = np.array([1, 2, 3, 4, 5, 6])", () => (a = np.array([1, 2, 3, 4, 5, 6])));
  page.py("a.shape", () => a.shape);
  page.py("a2 = a[np.newaxis, :]", () => (a2 = a.get(np.newaxis, ":")));
  page.py("a2.shape", () => a2.shape);
  page.py("row_vector = a[np.newaxis, :]", () => (row_vector = a.get(np.newaxis, ":")));
  page.py("row_vector.shape", () => row_vector.shape);
  page.py("col_vector = a[:, np.newaxis]", () => (col_vector = a.get(":", np.newaxis)));
  page.py("col_vector.shape", () => col_vector.shape);
  page.py("a = np.array([1, 2, 3, 4, 5, 6])", () => (a = np.array([1, 2, 3, 4, 5, 6])));
  page.py("a.shape", () => a.shape);
  page.py("b = np.expand_dims(a, axis=1)", () => (b = np.expand_dims(a, { axis: 1 })));
  page.py("b.shape", () => b.shape);
  page.py("c = np.expand_dims(a, axis=0)", () => (c = np.expand_dims(a, { axis: 0 })));
  page.py("c.shape", () => c.shape);
});

test("Indexing and slicing", () => {
  let data: NDArray, a: NDArray, five_up: NDArray, divisible_by_2: NDArray, c: NDArray, b: NDArray[], not_there: NDArray[];
  page.py("data = np.array([1, 2, 3])", () => (data = np.array([1, 2, 3])));
  page.py("data[1]", () => data.item(1));
  page.py("data[0:2]", () => data.get("0:2"));
  page.py("data[1:]", () => data.get("1:"));
  page.py("data[-2:]", () => data.get("-2:"));
  page.py("a = np.array([[1 , 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])", () => (a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])));
  page.py("print(a[a < 5])", () => print(a.get(a.lt(5))));
  page.py("five_up = (a >= 5)", () => (five_up = a.ge(5)));
  page.py("print(a[five_up])", () => print(a.get(five_up)));
  page.py("divisible_by_2 = a[a%2==0]", () => (divisible_by_2 = a.get(a.mod(2).eq(0))));
  page.py("print(divisible_by_2)", () => print(divisible_by_2));
  page.py("c = a[(a > 2) & (a < 11)]", () => (c = a.get(np.bitwise_and(a.gt(2), a.lt(11)))));
  page.py("print(c)", () => print(c));
  page.py("five_up = (a > 5) | (a == 5)", () => (five_up = np.bitwise_or(a.gt(5), a.eq(5))));
  page.py("print(five_up)", () => print(five_up));
  page.py("a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])", () => (a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])));
  page.py("b = np.nonzero(a < 5)", () => void (b = np.nonzero(a.lt(5))));
  page.py("print(b)", () => print(tuple(...b)));
  // zip(b[0], b[1]) as pairs of numbers
  let list_of_coordinates: number[][] = [];
  page.py("list_of_coordinates= list(zip(b[0], b[1]))", () => void (list_of_coordinates = [...b[0]].map((r, k) => [r.item(), b[1].item(k)])));
  page.py("for coord in list_of_coordinates:", () => {
    for (const coord of list_of_coordinates) print(tuple(...coord));
  });
  page.py("print(a[b])", () => print(a.get(...b)));
  page.py("not_there = np.nonzero(a == 42)", () => void (not_there = np.nonzero(a.eq(42))));
  page.py("print(not_there)", () => print(tuple(...not_there)));
  page.done();
});

test.run();
