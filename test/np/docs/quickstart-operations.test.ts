/** NumPy quickstart, "Basic operations" and "Universal functions". */
import { test } from "uvu";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { DocPage } from "./_page";

const page = new DocPage("quickstart", "a = np.array([20, 30, 40, 50])", "np.add(B, C)");
const pi = Math.PI;

test("Basic operations", () => {
  let a: NDArray, b: NDArray, c: NDArray, d: NDArray, A: NDArray, B: NDArray;
  page.py("a = np.array([20, 30, 40, 50])", () => (a = np.array([20, 30, 40, 50])));
  page.py("b = np.arange(4)", () => (b = np.arange(4)));
  page.py("b", () => b);
  page.py("c = a - b", () => (c = a.sub(b)));
  page.py("c", () => c);
  page.py("b**2", () => b.pow(2));
  page.py("10 * np.sin(a)", () => np.multiply(10, np.sin(a)));
  page.py("a < 35", () => a.lt(35));
  page.py("A = np.array([[1, 1],", () => (A = np.array([[1, 1], [0, 1]])));
  page.py("B = np.array([[2, 0],", () => (B = np.array([[2, 0], [3, 4]])));
  page.py("A * B     # elementwise product", () => A.mul(B));
  page.py("A @ B     # matrix product", () => A.matmul(B));
  page.py("A.dot(B)  # another matrix product", () => A.dot(B));
  const rg = np.random.default_rng(1);
  page.py("rg = np.random.default_rng(1)  # create instance of default random number generator", () => undefined);
  page.py("a = np.ones((2, 3), dtype=int)", () => (a = np.ones([2, 3], { dtype: "int" })));
  page.py("b = rg.random((2, 3))", () => (b = rg.random([2, 3])));
  page.py("a *= 3", () => a.imul(3));
  page.py("a", () => a);
  page.py("b += a", () => b.iadd(a));
  page.py("b", () => b);
  page.raises("a += b  # b is not automatically converted to integer type", () => a.iadd(b));
  page.py("a = np.ones(3, dtype=np.int32)", () => (a = np.ones(3, { dtype: np.int32 })));
  page.py("b = np.linspace(0, pi, 3)", () => (b = np.linspace(0, pi, 3)));
  page.py("b.dtype.name", () => b.dtype.name);
  page.py("c = a + b", () => (c = a.add(b)));
  page.py("c", () => c);
  page.py("c.dtype.name", () => c.dtype.name);
  page.py("d = np.exp(c * 1j)", () => (d = np.exp(c.mul(np.complex128(0, 1)))));
  page.py("d", () => d);
  page.py("d.dtype.name", () => d.dtype.name);
  page.py("a = rg.random((2, 3))", () => (a = rg.random([2, 3])));
  page.py("a", () => a);
  page.py("a.sum()", () => a.sum());
  page.py("a.min()", () => a.min());
  page.py("a.max()", () => a.max());
  page.py("b = np.arange(12).reshape(3, 4)", () => (b = np.arange(12).reshape(3, 4)));
  page.py("b", () => b);
  page.py("b.sum(axis=0)     # sum of each column", () => b.sum({ axis: 0 }));
  page.py("b.min(axis=1)     # min of each row", () => b.min({ axis: 1 }));
  page.py("b.cumsum(axis=1)  # cumulative sum along each row", () => b.cumsum({ axis: 1 }));
});

test("Universal functions", () => {
  let B: NDArray, C: NDArray;
  page.py("B = np.arange(3)", () => (B = np.arange(3)));
  page.py("B", () => B);
  page.py("np.exp(B)", () => np.exp(B));
  page.py("np.sqrt(B)", () => np.sqrt(B));
  // a float literal such as 2. is the number 2 in JavaScript: the dtype says float
  page.py("C = np.array([2., -1., 4.])", () => (C = np.array([2, -1, 4], { dtype: "float64" })));
  page.py("np.add(B, C)", () => np.add(B, C));
  page.done();
});

test.run();
