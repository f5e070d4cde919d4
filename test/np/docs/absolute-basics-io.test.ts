/** "NumPy: the absolute basics for beginners", from transposing to saving, loading and plotting. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { DocPage, print } from "./_page";

const page = new DocPage("absolute_beginners", "data.reshape(2, 3)", "ax.plot_surface(X, Y, Z, rstride=1, cstride=1, cmap='viridis')");

test("Transposing and reshaping a matrix", () => {
  let arr: NDArray;
  const data = np.array([[1, 2], [3, 4], [5, 6]]); // the section before ends with this array
  page.py("data.reshape(2, 3)", () => data.reshape(2, 3));
  page.py("data.reshape(3, 2)", () => data.reshape(3, 2));
  page.py("arr = np.arange(6).reshape((2, 3))", () => (arr = np.arange(6).reshape([2, 3])));
  page.py("arr", () => arr);
  page.py("arr.transpose()", () => arr.transpose());
  page.py("arr.T", () => arr.T);
});

test("How to reverse an array", () => {
  let arr: NDArray, reversed_arr: NDArray, arr_2d: NDArray, reversed_arr_rows: NDArray, reversed_arr_columns: NDArray;
  page.py("arr = np.array([1, 2, 3, 4, 5, 6, 7, 8])", () => (arr = np.array([1, 2, 3, 4, 5, 6, 7, 8])));
  page.py("reversed_arr = np.flip(arr)", () => (reversed_arr = np.flip(arr)));
  page.py("print('Reversed Array: ', reversed_arr)", () => print("Reversed Array: ", reversed_arr));
  page.py("arr_2d = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])", () => (arr_2d = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])));
  page.py("reversed_arr = np.flip(arr_2d)", () => (reversed_arr = np.flip(arr_2d)));
  page.py("print(reversed_arr)", () => print(reversed_arr));
  page.py("reversed_arr_rows = np.flip(arr_2d, axis=0)", () => (reversed_arr_rows = np.flip(arr_2d, { axis: 0 })));
  page.py("print(reversed_arr_rows)", () => print(reversed_arr_rows));
  page.py("reversed_arr_columns = np.flip(arr_2d, axis=1)", () => (reversed_arr_columns = np.flip(arr_2d, { axis: 1 })));
  page.py("print(reversed_arr_columns)", () => print(reversed_arr_columns));
  page.py("arr_2d[1] = np.flip(arr_2d[1])", () => void arr_2d.set(1, np.flip(arr_2d.get(1))));
  page.py("print(arr_2d)", () => print(arr_2d));
  page.py("arr_2d[:,1] = np.flip(arr_2d[:,1])", () => void arr_2d.set([":", 1], np.flip(arr_2d.get(":", 1))));
  page.py("print(arr_2d)", () => print(arr_2d));
});

test("Reshaping and flattening multidimensional arrays", () => {
  let x: NDArray, a1: NDArray, a2: NDArray;
  page.py("x = np.array([[1 , 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])", () => (x = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])));
  page.py("x.flatten()", () => x.flatten());
  page.py("a1 = x.flatten()", () => (a1 = x.flatten()));
  page.py("a1[0] = 99", () => void a1.set(0, 99));
  page.py("print(x)  # Original array", () => print(x));
  page.py("print(a1)  # New array", () => print(a1));
  page.py("a2 = x.ravel()", () => (a2 = x.ravel()));
  page.py("a2[0] = 98", () => void a2.set(0, 98));
  page.py("print(x)  # Original array", () => print(x));
  page.py("print(a2)  # New array", () => print(a2));
});

test("How to access the docstring for more information", () => {
  page.left_out("help(max)", "interactive help: tslab shows each function's doc comment on hover (Shift-Tab)");
  let a: NDArray;
  page.py("a = np.array([1, 2, 3, 4, 5, 6])", () => (a = np.array([1, 2, 3, 4, 5, 6])));
  /** Return a * 2 */
  const double = (x: NDArray) => x.mul(2);
  page.py("def double(a):", () => void double);
});

test("How to save and load NumPy objects", () => {
  const dir = mkdtempSync(join(tmpdir(), "np-docs-"));
  const cwd = process.cwd();
  process.chdir(dir); // the page writes its files into the working directory
  try {
    let a: NDArray, b: NDArray, csv_arr: NDArray;
    page.py("a = np.array([1, 2, 3, 4, 5, 6])", () => (a = np.array([1, 2, 3, 4, 5, 6])));
    page.py("np.save('filename', a)", () => np.save("filename", a));
    page.py("b = np.load('filename.npy')", () => (b = np.load("filename.npy") as NDArray));
    page.py("print(b)", () => print(b));
    page.py("csv_arr = np.array([1, 2, 3, 4, 5, 6, 7, 8])", () => (csv_arr = np.array([1, 2, 3, 4, 5, 6, 7, 8])));
    page.py("np.savetxt('new_file.csv', csv_arr)", () => np.savetxt("new_file.csv", csv_arr));
    assert.fixture(readFileSync("new_file.csv", "utf8"), page.extra("cat new_file.csv").text!);
    page.py("np.loadtxt('new_file.csv')", () => np.loadtxt("new_file.csv"));
    page.py("with open('music.csv', 'w') as fid:", () => {
      writeFileSync("music.csv", "Artist,Genre,Listeners,Plays\nBillie Holiday,Jazz,1300000,27000000\nJimmie Hendrix,Rock,2700000,70000000\nMiles Davis,Jazz,1500000,48000000\nSIA,Pop,2000000,74000000\n");
    });
    for (const source of ["import pandas as pd", "x = pd.read_csv('music.csv', header=0).values", "print(x)", "x = pd.read_csv('music.csv', usecols=['Artist', 'Plays']).values", "print(x)"]) {
      page.left_out(source, "pandas");
    }
    page.py("a = np.array([[-2.58289208,  0.43014843, -1.24082018, 1.59572603],", () => (a = np.array([[-2.58289208, 0.43014843, -1.24082018, 1.59572603], [0.99027828, 1.17150989, 0.94125714, -0.14692469], [0.76989341, 0.81299683, -0.95068423, 0.11769564], [0.20484034, 0.34784527, 1.96979195, 0.51992837]])));
    for (const source of ["pd.set_option('display.max_columns', 10)", "df = pd.DataFrame(a)", "print(df)", "df.to_csv('pd.csv')", "data = pd.read_csv('pd.csv')"]) {
      page.left_out(source, "pandas");
    }
    page.py("np.savetxt('np.csv', a, fmt='%.2f', delimiter=',', header='1,  2,  3,  4')", () => np.savetxt("np.csv", a, { fmt: "%.2f", delimiter: ",", header: "1,  2,  3,  4" }));
    assert.fixture(readFileSync("np.csv", "utf8"), page.extra("cat np.csv").text!);
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Plotting arrays with Matplotlib", () => {
  let a: NDArray, x: NDArray, y: NDArray, X: NDArray, Y: NDArray, R: NDArray, Z: NDArray;
  page.py("a = np.array([2, 1, 5, 7, 4, 6, 8, 14, 10, 9, 18, 20, 22])", () => (a = np.array([2, 1, 5, 7, 4, 6, 8, 14, 10, 9, 18, 20, 22])));
  page.left_out("import matplotlib.pyplot as plt", "plotting (matplotlib)");
  page.left_out("plt.plot(a)", "plotting (matplotlib)");
  page.py("x = np.linspace(0, 5, 20)", () => (x = np.linspace(0, 5, 20)));
  page.py("y = np.linspace(0, 10, 20)", () => (y = np.linspace(0, 10, 20)));
  page.left_out("plt.plot(x, y, 'purple') # line", "plotting (matplotlib)");
  page.left_out("plt.plot(x, y, 'o')      # dots", "plotting (matplotlib)");
  page.left_out("fig = plt.figure()", "plotting (matplotlib)");
  page.left_out("ax = fig.add_subplot(projection='3d')", "plotting (matplotlib): no 3-D axes");
  page.py("X = np.arange(-5, 5, 0.15)", () => (X = np.arange(-5, 5, 0.15)));
  page.py("Y = np.arange(-5, 5, 0.15)", () => (Y = np.arange(-5, 5, 0.15)));
  page.py("X, Y = np.meshgrid(X, Y)", () => ([X, Y] = np.meshgrid(X, Y)));
  page.py("R = np.sqrt(X**2 + Y**2)", () => (R = np.sqrt(X.pow(2).add(Y.pow(2)))));
  page.py("Z = np.sin(R)", () => (Z = np.sin(R)));
  page.left_out("ax.plot_surface(X, Y, Z, rstride=1, cstride=1, cmap='viridis')", "plotting (matplotlib): no 3-D axes");
  page.done();
});

test.run();
