/** NumPy quickstart, "The Basics": an example, array creation, printing arrays. */
import { test } from "uvu";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { DocPage, print } from "./_page";

const page = new DocPage("quickstart", "import numpy as np", "np.set_printoptions(threshold=sys.maxsize)  # sys module should be imported");
const pi = Math.PI;

test("An example", () => {
  let a: NDArray, b: NDArray;
  page.py("import numpy as np", () => undefined);
  page.py("import sys", () => undefined);
  page.py("import numpy as np", () => undefined);
  page.py("a = np.arange(15).reshape(3, 5)", () => (a = np.arange(15).reshape(3, 5)));
  page.py("a", () => a);
  page.py("a.shape", () => a.shape);
  page.py("a.ndim", () => a.ndim);
  page.py("a.dtype.name", () => a.dtype.name);
  page.py("a.itemsize", () => a.itemsize);
  page.py("a.size", () => a.size);
  page.left_out("type(a)", "type(): a.constructor.name is 'NDArray' (a instanceof np.NDArray)");
  page.py("b = np.array([6, 7, 8])", () => (b = np.array([6, 7, 8])));
  page.py("b", () => b);
  page.left_out("type(b)", "type(): a.constructor.name is 'NDArray' (a instanceof np.NDArray)");
});

test("Array creation", () => {
  let a: NDArray, b: NDArray, c: NDArray, x: NDArray;
  page.py("import numpy as np", () => undefined);
  page.py("a = np.array([2, 3, 4])", () => (a = np.array([2, 3, 4])));
  page.py("a", () => a);
  page.py("a.dtype", () => a.dtype);
  page.py("b = np.array([1.2, 3.5, 5.1])", () => (b = np.array([1.2, 3.5, 5.1])));
  page.py("b.dtype", () => b.dtype);
  page.raises("a = np.array(1, 2, 3, 4)    # WRONG", () => (np.array as (...args: unknown[]) => NDArray)(1, 2, 3, 4));
  page.py("a = np.array([1, 2, 3, 4])  # RIGHT", () => (a = np.array([1, 2, 3, 4])));
  page.py("b = np.array([(1.5, 2, 3), (4, 5, 6)])", () => (b = np.array([[1.5, 2, 3], [4, 5, 6]])));
  page.py("b", () => b);
  page.py("c = np.array([[1, 2], [3, 4]], dtype=complex)", () => (c = np.array([[1, 2], [3, 4]], { dtype: "complex" })));
  page.py("c", () => c);
  page.py("np.zeros((3, 4))", () => np.zeros([3, 4]));
  page.py("np.ones((2, 3, 4), dtype=np.int16)", () => np.ones([2, 3, 4], { dtype: np.int16 }));
  page.left_out("np.empty((2, 3)) #doctest: +SKIP", "uninitialised memory");
  page.py("np.arange(10, 30, 5)", () => np.arange(10, 30, 5));
  page.py("np.arange(0, 2, 0.3)  # it accepts float arguments", () => np.arange(0, 2, 0.3));
  page.py("from numpy import pi", () => undefined);
  page.py("np.linspace(0, 2, 9)                   # 9 numbers from 0 to 2", () => np.linspace(0, 2, 9));
  page.py("x = np.linspace(0, 2 * pi, 100)        # useful to evaluate function at lots of points", () => (x = np.linspace(0, 2 * pi, 100)));
  page.py("f = np.sin(x)", () => np.sin(x));
});

test("Printing arrays", () => {
  let a: NDArray, b: NDArray, c: NDArray;
  page.py("a = np.arange(6)                    # 1d array", () => (a = np.arange(6)));
  page.py("print(a)", () => print(a));
  page.py("b = np.arange(12).reshape(4, 3)     # 2d array", () => (b = np.arange(12).reshape(4, 3)));
  page.py("print(b)", () => print(b));
  page.py("c = np.arange(24).reshape(2, 3, 4)  # 3d array", () => (c = np.arange(24).reshape(2, 3, 4)));
  page.py("print(c)", () => print(c));
  page.py("print(np.arange(10000))", () => print(np.arange(10000)));
  page.py("print(np.arange(10000).reshape(100, 100))", () => print(np.arange(10000).reshape(100, 100)));
  const saved = np.get_printoptions();
  try {
    page.py("np.set_printoptions(threshold=sys.maxsize)  # sys module should be imported", () => np.set_printoptions({ threshold: Number.MAX_SAFE_INTEGER }));
    page.done();
  } finally {
    np.set_printoptions(saved);
  }
});

test.run();
