/** NumPy quickstart, "Shape manipulation" and "Copies and views". */
import { test } from "uvu";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { DocPage } from "./_page";

const page = new DocPage("quickstart", "a = np.floor(10 * rg.random((3, 4)))", "del a  # the memory of ``a`` can be released.");
// the page's generator has drawn 12 numbers by this section (the operations section)
const rg = np.random.default_rng(1);
rg.random([2, 3]);
rg.random([2, 3]);

test("Changing the shape of an array", () => {
  let a: NDArray;
  page.py("a = np.floor(10 * rg.random((3, 4)))", () => (a = np.floor(np.multiply(10, rg.random([3, 4])))));
  page.py("a", () => a);
  page.py("a.shape", () => a.shape);
  page.py("a.ravel()  # returns the array, flattened", () => a.ravel());
  page.py("a.reshape(6, 2)  # returns the array with a modified shape", () => a.reshape(6, 2));
  page.py("a.T  # returns the array, transposed", () => a.T);
  page.py("a.T.shape", () => a.T.shape);
  page.py("a.shape", () => a.shape);
  page.py("a", () => a);
  page.py("a.resize((2, 6))", () => a.resize([2, 6]));
  page.py("a", () => a);
  page.py("a.reshape(3, -1)", () => a.reshape(3, -1));
});

test("Stacking together different arrays", () => {
  let a: NDArray, b: NDArray;
  page.py("a = np.floor(10 * rg.random((2, 2)))", () => (a = np.floor(np.multiply(10, rg.random([2, 2])))));
  page.py("a", () => a);
  page.py("b = np.floor(10 * rg.random((2, 2)))", () => (b = np.floor(np.multiply(10, rg.random([2, 2])))));
  page.py("b", () => b);
  page.py("np.vstack((a, b))", () => np.vstack([a, b]));
  page.py("np.hstack((a, b))", () => np.hstack([a, b]));
  const newaxis = np.newaxis;
  page.py("from numpy import newaxis", () => undefined);
  page.py("np.column_stack((a, b))  # with 2D arrays", () => np.column_stack([a, b]));
  // 4. and 2. are the numbers 4 and 2 in JavaScript: the dtype says float
  page.py("a = np.array([4., 2.])", () => (a = np.array([4, 2], { dtype: "float64" })));
  page.py("b = np.array([3., 8.])", () => (b = np.array([3, 8], { dtype: "float64" })));
  page.py("np.column_stack((a, b))  # returns a 2D array", () => np.column_stack([a, b]));
  page.py("np.hstack((a, b))        # the result is different", () => np.hstack([a, b]));
  page.py("a[:, newaxis]  # view `a` as a 2D column vector", () => a.get(":", newaxis));
  page.py("np.column_stack((a[:, newaxis], b[:, newaxis]))", () => np.column_stack([a.get(":", newaxis), b.get(":", newaxis)]));
  page.py("np.hstack((a[:, newaxis], b[:, newaxis]))  # the result is the same", () => np.hstack([a.get(":", newaxis), b.get(":", newaxis)]));
  page.py("np.column_stack is np.hstack", () => (np.column_stack as unknown) === np.hstack);
  page.py("np.row_stack is np.vstack", () => (np.row_stack as unknown) === np.vstack);
  page.py("np.r_[1:4, 0, 4]", () => np.r_("1:4", 0, 4));
});

test("Splitting one array into several smaller ones", () => {
  let a: NDArray;
  page.py("a = np.floor(10 * rg.random((2, 12)))", () => (a = np.floor(np.multiply(10, rg.random([2, 12])))));
  page.py("a", () => a);
  page.py("np.hsplit(a, 3)", () => np.hsplit(a, 3));
  page.py("np.hsplit(a, (3, 4))", () => np.hsplit(a, [3, 4]));
});

test("Copies and views", () => {
  let a: NDArray, b: NDArray, c: NDArray, d: NDArray, s: NDArray;
  page.py("a = np.array([[ 0,  1,  2,  3],", () => (a = np.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])));
  page.py("b = a            # no new object is created", () => (b = a));
  page.py("b is a           # a and b are two names for the same ndarray object", () => b === a);
  page.left_out("def f(x):", "object identity (id) differs from run to run");
  page.left_out("id(a)  # id is a unique identifier of an object #doctest: +SKIP", "object identity (id) differs from run to run");
  page.left_out("f(a)   #doctest: +SKIP", "object identity (id) differs from run to run");
  page.py("c = a.view()", () => (c = a.view()));
  page.py("c is a", () => c === a);
  page.py("c.base is a            # c is a view of the data owned by a", () => c.base === a);
  page.py("c.flags.owndata", () => c.flags.owndata);
  page.py("c = c.reshape((2, 6))  # a's shape doesn't change", () => (c = c.reshape([2, 6])));
  page.py("a.shape", () => a.shape);
  page.py("c[0, 4] = 1234         # a's data changes", () => void c.set([0, 4], 1234));
  page.py("a", () => a);
  page.py("s = a[:, 1:3]", () => (s = a.get(":", "1:3")));
  page.py("s[:] = 10  # s[:] is a view of s. Note the difference between s = 10 and s[:] = 10", () => void s.set(":", 10));
  page.py("a", () => a);
  page.py("d = a.copy()  # a new array object with new data is created", () => (d = a.copy()));
  page.py("d is a", () => d === a);
  page.py("d.base is a  # d doesn't share anything with a", () => d.base === a);
  page.py("d[0, 0] = 9999", () => void d.set([0, 0], 9999));
  page.py("a", () => a);
  // the page's array has 1e8 elements (800 MB): both runs take 1e3, the copy of its first 100 is the same
  page.py("a = np.arange(int(1e8))", () => (a = np.arange(1e3)));
  page.py("b = a[:100].copy()", () => (b = a.get(":100").copy()));
  page.left_out("del a  # the memory of ``a`` can be released.", "JavaScript has no del: the garbage collector frees the array once no name refers to it");
  page.done();
});

test.run();
