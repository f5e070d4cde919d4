/** NumPy quickstart, "Indexing, slicing and iterating". */
import { test } from "uvu";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { DocPage, print } from "./_page";

const page = new DocPage("quickstart", "a = np.arange(10)**3", "for element in b.flat:");

test("One-dimensional arrays", () => {
  let a: NDArray;
  page.py("a = np.arange(10)**3", () => (a = np.arange(10).pow(3)));
  page.py("a", () => a);
  page.py("a[2]", () => a.item(2));
  page.py("a[2:5]", () => a.get("2:5"));
  page.py("a[:6:2] = 1000", () => void a.set(":6:2", 1000));
  page.py("a", () => a);
  page.py("a[::-1]  # reversed a", () => a.get("::-1"));
  // `for (const i of a) print(i.pow(1 / 3))` runs, but JavaScript's Math.pow is not correctly
  // rounded as glibc's pow is: 216 ** (1/3) prints 6.0 where NumPy prints 5.999999999999999
  page.left_out("for i in a:", "Math.pow rounding: 216 ** (1/3) is 6.0 here, 5.999999999999999 in NumPy (glibc's pow)");
});

test("Multidimensional arrays", () => {
  let b: NDArray, c: NDArray;
  const f = (x: NDArray, y: NDArray) => np.multiply(10, x).add(y);
  page.py("def f(x, y):", () => undefined);
  page.py("b = np.fromfunction(f, (5, 4), dtype=int)", () => (b = np.fromfunction(f, [5, 4], { dtype: "int" })));
  page.py("b", () => b);
  page.py("b[2, 3]", () => b.item(2, 3));
  page.py("b[0:5, 1]  # each row in the second column of b", () => b.get("0:5", 1));
  page.py("b[:, 1]    # equivalent to the previous example", () => b.get(":", 1));
  page.py("b[1:3, :]  # each column in the second and third row of b", () => b.get("1:3", ":"));
  page.py("b[-1]   # the last row. Equivalent to b[-1, :]", () => b.get(-1));
  page.py("c = np.array([[[  0,  1,  2],  # a 3D array (two stacked 2D arrays)", () => (c = np.array([[[0, 1, 2], [10, 12, 13]], [[100, 101, 102], [110, 112, 113]]])));
  page.py("c.shape", () => c.shape);
  page.py("c[1, ...]  # same as c[1, :, :] or c[1]", () => c.get(1, "..."));
  page.py("c[..., 2]  # same as c[:, :, 2]", () => c.get("...", 2));
  page.py("for row in b:", () => {
    for (const row of b) print(row);
  });
  page.py("for element in b.flat:", () => {
    for (const element of b.flat) print(element);
  });
  page.done();
});

test.run();
