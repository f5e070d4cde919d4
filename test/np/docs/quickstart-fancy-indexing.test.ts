/** NumPy quickstart, "Advanced indexing and index tricks", "Tricks and tips" and "Histograms". */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { DocPage, arrayDigest, tuple } from "./_page";

const page = new DocPage("quickstart", "a = np.arange(12)**2  # the first 12 square numbers", "plt.plot(.5 * (bins[1:] + bins[:-1]), n) #doctest: +SKIP");

test("Indexing with arrays of indices", () => {
  let a: NDArray, i: NDArray, j: NDArray, palette: NDArray, image: NDArray, s: NDArray;
  page.py("a = np.arange(12)**2  # the first 12 square numbers", () => (a = np.arange(12).pow(2)));
  page.py("i = np.array([1, 1, 3, 8, 5])  # an array of indices", () => (i = np.array([1, 1, 3, 8, 5])));
  page.py("a[i]  # the elements of `a` at the positions `i`", () => a.get(i));
  page.py("j = np.array([[3, 4], [9, 7]])  # a bidimensional array of indices", () => (j = np.array([[3, 4], [9, 7]])));
  page.py("a[j]  # the same shape as `j`", () => a.get(j));
  page.py("palette = np.array([[0, 0, 0],         # black", () => (palette = np.array([[0, 0, 0], [255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]])));
  page.py("image = np.array([[0, 1, 2, 0],  # each value corresponds to a color in the palette", () => (image = np.array([[0, 1, 2, 0], [0, 3, 4, 0]])));
  page.py("palette[image]  # the (2, 4, 3) color image", () => palette.get(image));
  page.py("a = np.arange(12).reshape(3, 4)", () => (a = np.arange(12).reshape(3, 4)));
  page.py("a", () => a);
  page.py("i = np.array([[0, 1],  # indices for the first dim of `a`", () => (i = np.array([[0, 1], [1, 2]])));
  page.py("j = np.array([[2, 1],  # indices for the second dim", () => (j = np.array([[2, 1], [3, 3]])));
  page.py("a[i, j]  # i and j must have equal shape", () => a.get(i, j));
  page.py("a[i, 2]", () => a.get(i, 2));
  page.py("a[:, j]", () => a.get(":", j));
  const l = [i, j];
  page.py("l = (i, j)", () => undefined);
  page.py("a[l]", () => a.get(...l));
  page.py("s = np.array([i, j])", () => (s = np.array([i, j])));
  page.raises("a[s]", () => a.get(s));
  page.py("a[tuple(s)]", () => a.get(...s));
});

test("Searching the maximum of time-dependent series", () => {
  let time: NDArray, data: NDArray, ind: NDArray, time_max: NDArray, data_max: NDArray;
  page.py("time = np.linspace(20, 145, 5)  # time scale", () => (time = np.linspace(20, 145, 5)));
  page.py("data = np.sin(np.arange(20)).reshape(5, 4)  # 4 time-dependent series", () => (data = np.sin(np.arange(20)).reshape(5, 4)));
  page.py("time", () => time);
  page.py("data", () => data);
  page.py("ind = data.argmax(axis=0)", () => (ind = data.argmax({ axis: 0 })));
  page.py("ind", () => ind);
  page.py("time_max = time[ind]", () => (time_max = time.get(ind)));
  // range(n) as the list [0, 1, ..., n - 1]
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  page.py("data_max = data[ind, range(data.shape[1])]  # => data[ind[0], 0], data[ind[1], 1]...", () => (data_max = data.get(ind, range(data.shape[1]))));
  page.py("time_max", () => time_max);
  page.py("data_max", () => data_max);
  page.py("np.all(data_max == data.max(axis=0))", () => np.all(data_max.eq(data.max({ axis: 0 }))));
});

test("Assigning through index arrays", () => {
  let a: NDArray;
  page.py("a = np.arange(5)", () => (a = np.arange(5)));
  page.py("a", () => a);
  page.py("a[[1, 3, 4]] = 0", () => void a.set([[1, 3, 4]], 0));
  page.py("a", () => a);
  page.py("a = np.arange(5)", () => (a = np.arange(5)));
  page.py("a[[0, 0, 2]] = [1, 2, 3]", () => void a.set([[0, 0, 2]], [1, 2, 3]));
  page.py("a", () => a);
  page.py("a = np.arange(5)", () => (a = np.arange(5)));
  // a[idx] += 1 is Python's a[idx] = a[idx] + 1
  page.py("a[[0, 0, 2]] += 1", () => void a.set([[0, 0, 2]], a.get([0, 0, 2]).add(1)));
  page.py("a", () => a);
});

test("Indexing with boolean arrays", () => {
  let a: NDArray, b: NDArray, b1: NDArray, b2: NDArray;
  page.py("a = np.arange(12).reshape(3, 4)", () => (a = np.arange(12).reshape(3, 4)));
  page.py("b = a > 4", () => (b = a.gt(4)));
  page.py("b  # `b` is a boolean with `a`'s shape", () => b);
  page.py("a[b]  # 1d array with the selected elements", () => a.get(b));
  page.py("a[b] = 0  # All elements of `a` higher than 4 become 0", () => void a.set(b, 0));
  page.py("a", () => a);
  page.py("import numpy as np", () => undefined);
  page.left_out("import matplotlib.pyplot as plt", "plotting (matplotlib)");
  page.py("def mandelbrot(h, w, maxit=20, r=2):", () => undefined);
  page.left_out("plt.clf()", "plotting (matplotlib)");
  page.left_out("plt.imshow(mandelbrot(400, 400))", "plotting (matplotlib): the image it shows is checked below");
  page.py("a = np.arange(12).reshape(3, 4)", () => (a = np.arange(12).reshape(3, 4)));
  page.py("b1 = np.array([False, True, True])         # first dim selection", () => (b1 = np.array([false, true, true])));
  page.py("b2 = np.array([True, False, True, False])  # second dim selection", () => (b2 = np.array([true, false, true, false])));
  page.py("a[b1, :]                                   # selecting rows", () => a.get(b1, ":"));
  page.py("a[b1]                                      # same thing", () => a.get(b1));
  page.py("a[:, b2]                                   # selecting columns", () => a.get(":", b2));
  page.py("a[b1, b2]                                  # a weird thing to do", () => a.get(b1, b2));
});

/** The page's Mandelbrot set, as written there (operators as methods). */
function mandelbrot(h: number, w: number, maxit = 20, r = 2): NDArray {
  const x = np.linspace(-2.5, 1.5, 4 * h + 1);
  const y = np.linspace(-1.5, 1.5, 3 * w + 1);
  const [A, B] = np.meshgrid(x, y);
  const C = A.add(B.mul(np.complex128(0, 1)));
  let z = np.zeros_like(C);
  const divtime = np.add(maxit, np.zeros(z.shape, { dtype: "int" }));
  for (let i = 0; i < maxit; i++) {
    z = z.pow(2).add(C);
    const diverge = np.abs(z).gt(r); // who is diverging
    const div_now = np.bitwise_and(diverge, divtime.eq(maxit)); // who is diverging now
    divtime.set(div_now, i); // note when
    z.set(diverge, r); // avoid diverging too much
  }
  return divtime;
}

test("The Mandelbrot image the page draws", () => {
  const want = page.extra("mandelbrot(400, 400)");
  const image = mandelbrot(400, 400);
  assert.equal([...image.shape], want.shape);
  assert.is(image.dtype.name, want.dtype);
  assert.is(arrayDigest(image), want.digest);
});

test("The ix_() function", () => {
  let a: NDArray, b: NDArray, c: NDArray, ax: NDArray, bx: NDArray, cx: NDArray, result: NDArray;
  page.py("a = np.array([2, 3, 4, 5])", () => (a = np.array([2, 3, 4, 5])));
  page.py("b = np.array([8, 5, 4])", () => (b = np.array([8, 5, 4])));
  page.py("c = np.array([5, 4, 6, 8, 3])", () => (c = np.array([5, 4, 6, 8, 3])));
  page.py("ax, bx, cx = np.ix_(a, b, c)", () => ([ax, bx, cx] = np.ix_(a, b, c)));
  page.py("ax", () => ax);
  page.py("bx", () => bx);
  page.py("cx", () => cx);
  page.py("ax.shape, bx.shape, cx.shape", () => tuple(ax.shape, bx.shape, cx.shape));
  page.py("result = ax + bx * cx", () => (result = ax.add(bx.mul(cx))));
  page.py("result", () => result);
  page.py("result[3, 2, 4]", () => result.item(3, 2, 4));
  page.py("a[3] + b[2] * c[4]", () => a.item(3) + b.item(2) * c.item(4));
  function ufunc_reduce(ufct: typeof np.add, ...vectors: NDArray[]): NDArray {
    const vs = np.ix_(...vectors);
    let r: any = ufct.identity;
    for (const v of vs) r = ufct(r, v);
    return r;
  }
  page.py("def ufunc_reduce(ufct, *vectors):", () => undefined);
  page.py("ufunc_reduce(np.add, a, b, c)", () => ufunc_reduce(np.add, a, b, c));
});

test("Tricks and tips", () => {
  let a: NDArray, b: NDArray, x: NDArray, y: NDArray, m: NDArray, xy: NDArray;
  page.py("a = np.arange(30)", () => (a = np.arange(30)));
  page.py("b = a.reshape((2, -1, 3))  # -1 means \"whatever is needed\"", () => (b = a.reshape([2, -1, 3])));
  page.py("b.shape", () => b.shape);
  page.py("b", () => b);
  page.py("x = np.arange(0, 10, 2)", () => (x = np.arange(0, 10, 2)));
  page.py("y = np.arange(5)", () => (y = np.arange(5)));
  page.py("m = np.vstack([x, y])", () => (m = np.vstack([x, y])));
  page.py("m", () => m);
  page.py("xy = np.hstack([x, y])", () => (xy = np.hstack([x, y])));
  page.py("xy", () => xy);
});

test("Histograms", () => {
  page.py("import numpy as np", () => undefined);
  const rg = np.random.default_rng(1);
  page.py("rg = np.random.default_rng(1)", () => undefined);
  page.left_out("import matplotlib.pyplot as plt", "plotting (matplotlib)");
  const [mu, sigma] = [2, 0.5];
  page.py("mu, sigma = 2, 0.5", () => [mu, sigma]);
  let v: NDArray;
  // the page set threshold=sys.maxsize in "Printing arrays": NumPy prints all 10000 values
  np.printoptions({ threshold: Number.MAX_SAFE_INTEGER }, () => page.py("v = rg.normal(mu, sigma, 10000)", () => (v = rg.normal(mu, sigma, 10000))));
  page.left_out("plt.hist(v, bins=50, density=True)       # matplotlib version (plot)", "plotting (matplotlib)");
  page.py("(n, bins) = np.histogram(v, bins=50, density=True)  # NumPy version (no plot)", () => np.histogram(v, { bins: 50, density: true }));
  page.left_out("plt.plot(.5 * (bins[1:] + bins[:-1]), n) #doctest: +SKIP", "plotting (matplotlib)");
  page.done();
});

test.run();
