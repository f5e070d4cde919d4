import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { np } from "../../../src";
import { GOLDEN_DIR, GoldenArray, loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden } from "../_cases";

const golden = loadGolden<{
  npy: Record<string, string>;
  texts: Record<string, { kw: Record<string, unknown>; text: string; vector?: boolean }>;
  loads: { fname: string; kw: Record<string, unknown>; out: GoldenArray | GoldenArray[] }[];
  genfromtxt: { fname: string; kw: Record<string, unknown>; out: GoldenArray | GoldenArray[] }[];
  savetxt_data: GoldenArray;
}>("np_io/expected");
const DIR = join(GOLDEN_DIR, "np_io");

/** The arrays scripts/golden/np_io.py saves, built here the same way. */
function arrays(): Record<string, np.NDArray> {
  return {
    f64: np.divide(np.arange(12.0).reshape(3, 4), 7),
    f32: np.subtract(np.arange(6, { dtype: "float32" }), 2.5).reshape(2, 3),
    i64: np.array([-(2 ** 40), -1, 0, 7, 2 ** 50]),
    i32: np.arange(-3, 3, { dtype: "int32" }),
    i16: np.array([[-300, 2], [3, 32000]], { dtype: "int16" }),
    u8: np.array([0, 1, 255], { dtype: "uint8" }),
    u16: np.array([65535, 1], { dtype: "uint16" }),
    u32: np.array([4000000000, 5], { dtype: "uint32" }),
    u64: np.array([2 ** 60, 3], { dtype: "uint64" }),
    i8: np.array([-128, 127], { dtype: "int8" }),
    b: np.array([[true, false], [false, true]]),
    scalar: np.array(2.5),
    empty: np.zeros([0, 3]),
    nan: np.array([NaN, Infinity, -Infinity, -0.0]),
    c16: np.array([[np.complex128(1, 2), np.complex128(-0.5, -0)], [np.complex128(NaN, 1), np.complex128(Infinity, -Infinity)]]),
    c8: np.array([np.complex128(1.5, -2), np.complex128(3, 0.25), np.complex128(-0, -1)], { dtype: "complex64" }),
  };
}

function same(actual: np.NDArray, expected: np.NDArray, what: string): void {
  assert.is(actual.dtype.name, expected.dtype.name, what);
  assert.equal(actual.shape, expected.shape, what);
  assert.ok(np.array_equal(actual, expected, { equal_nan: true }), what);
}

test("np.save writes the bytes NumPy writes, for every dtype", () => {
  const dir = mkdtempSync(join(tmpdir(), "npy-"));
  try {
    for (const [name, a] of Object.entries(arrays())) {
      np.save(join(dir, name), a);
      const bytes = readFileSync(join(dir, `${name}.npy`));
      assert.is(bytes.toString("base64"), golden.npy[name], name);
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("np.load reads the .npy files NumPy wrote (Fortran order and big-endian too)", () => {
  for (const [name, a] of Object.entries(arrays())) same(np.load(join(DIR, `${name}.npy`)) as np.NDArray, a, name);
  same(np.load(join(DIR, "fortran.npy")) as np.NDArray, np.arange(6, { dtype: "float64" }).reshape(2, 3), "fortran");
  same(np.load(join(DIR, "bigendian.npy")) as np.NDArray, np.arange(4, { dtype: "int32" }), "big-endian");
  same(np.load(join(DIR, "bigendian_c16.npy")) as np.NDArray, np.array([np.complex128(1, 2), np.complex128(-3.5, -4)]), "big-endian complex");
  const fortranC8 = np.add(np.arange(6), np.complex128(0, 0.5)).astype("complex64").reshape(2, 3);
  same(np.load(join(DIR, "fortran_c8.npy")) as np.NDArray, fortranC8, "Fortran-ordered complex64");
  assert.throws(() => np.load(join(DIR, "missing.npy")), (e: Error) => e.name === "FileNotFoundError" && e.message === `[Errno 2] No such file or directory: '${join(DIR, "missing.npy")}'`);
});

test("np.load reads NumPy's .npz archives, stored and deflated", () => {
  const a = arrays();
  const plain = np.load(join(DIR, "plain.npz")) as np.NpzFile;
  assert.equal(plain.files, ["named", "arr_0", "arr_1"]);
  same(plain.get("arr_0"), a.f64, "arr_0");
  same(plain.get("arr_1"), a.i32, "arr_1");
  same(plain.get("named"), a.b, "named");
  const packed = np.load(join(DIR, "compressed.npz")) as np.NpzFile;
  assert.equal(packed.files, ["first", "second"]);
  same(packed.get("first"), a.f32, "first");
  same(packed.get("second"), a.u8, "second");
  assert.throws(() => packed.get("third"), (e: Error) => e.name === "KeyError");
  const complex = np.load(join(DIR, "complex.npz")) as np.NpzFile;
  assert.equal(complex.files, ["c8", "arr_0"]);
  same(complex.get("arr_0"), a.c16, "complex128 member");
  same(complex.get("c8"), a.c8, "complex64 member");
});

test("np.savez and np.savez_compressed archives load back, members holding NumPy's .npy bytes", () => {
  const a = arrays();
  const dir = process.env.TSLAB_KEEP_IO ?? mkdtempSync(join(tmpdir(), "npz-"));
  try {
    for (const [name, arr] of Object.entries(a)) np.save(join(dir, name), arr);
    np.savez(join(dir, "plain"), a.f64, a.i32, { named: a.b });
    np.savez_compressed(join(dir, "compressed.npz"), a.f64, a.i32, { named: a.b });
    np.savez(join(dir, "complex"), a.c16, { c8: a.c8 });
    const z = np.load(join(dir, "complex.npz")) as np.NpzFile;
    same(z.get("arr_0"), a.c16, "complex128 in savez");
    same(z.get("c8"), a.c8, "complex64 in savez");
    for (const file of ["plain.npz", "compressed.npz"]) {
      const z = np.load(join(dir, file)) as np.NpzFile;
      assert.equal(z.files, ["named", "arr_0", "arr_1"]);
      same(z.get("arr_0"), a.f64, file);
      same(z.get("arr_1"), a.i32, file);
      same(z.get("named"), a.b, file);
    }
    // a stored member is the .npy file itself
    const raw = readFileSync(join(dir, "plain.npz"));
    assert.ok(raw.includes(Buffer.from(golden.npy.f64, "base64")));
  } finally {
    if (process.env.TSLAB_KEEP_IO === undefined) rmSync(dir, { recursive: true });
    else console.log(`files for scripts/golden/np_io_check.py: ${dir}`);
  }
});

test("np.save and np.load refuse what they do not support", () => {
  assert.throws(() => np.load(join(DIR, "f64.npy"), { allow_pickle: true as false }), (e: Error) => e.name === "NotImplementedError");
  assert.throws(() => np.load(join(DIR, "f64.npy"), { mmap_mode: "r" as unknown as null }), (e: Error) => e.name === "NotImplementedError");
  assert.throws(() => np.save("x.npy", [1], { allow_pickle: false as true }), (e: Error) => e.name === "NotImplementedError");
});

test("np.savetxt writes NumPy's text (fmt, delimiter, newline, header, footer, comments)", () => {
  const dir = mkdtempSync(join(tmpdir(), "txt-"));
  try {
    const data = fromGolden(golden.savetxt_data);
    for (const [key, c] of Object.entries(golden.texts)) {
      const path = join(dir, `${key}.txt`);
      np.savetxt(path, c.vector ? np.array([1, 2, 3]) : data, c.kw);
      assert.is(readFileSync(path, "utf8"), c.text, key);
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("np.loadtxt reads as NumPy (delimiter, comments, skiprows, usecols, dtype, unpack, ndmin, max_rows)", () => {
  for (const c of golden.loads) {
    const out = np.loadtxt(join(DIR, c.fname), c.kw as object);
    const what = `${c.fname} ${JSON.stringify(c.kw)}`;
    if (Array.isArray(c.out)) {
      assert.ok(Array.isArray(out), what);
      c.out.forEach((g, i) => expectArray((out as np.NDArray[])[i], g, what));
    } else expectArray(out as np.NDArray, c.out, what);
  }
});

test("np.genfromtxt fills missing values as NumPy (skip_header, skip_footer, filling_values, usecols, unpack, max_rows, ndmin)", () => {
  for (const c of golden.genfromtxt) {
    const out = np.genfromtxt(join(DIR, c.fname), c.kw as object);
    const what = `${c.fname} ${JSON.stringify(c.kw)}`;
    if (Array.isArray(c.out)) {
      assert.ok(Array.isArray(out), what);
      c.out.forEach((g, i) => expectArray((out as np.NDArray[])[i], g, what));
    } else expectArray(out as np.NDArray, c.out, what);
  }
  assert.throws(() => np.genfromtxt(join(DIR, "gaps.csv"), { names: true as unknown as undefined } as object), (e: Error) => e.name === "NotImplementedError");
});

test.run();
