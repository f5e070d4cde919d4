/**
 * astype between uint8/bool, float32 and float64 over arrays in the shared heap (the SIMD casts)
 * and below it: NumPy's values for special values (NaN, infinities, signed zeros, subnormals,
 * values beyond float32's range) at lengths around the heap threshold and the SIMD steps, in
 * contiguous and strided layouts, bit for bit the JavaScript store's; the overflow warning kept.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { heapAddress } from "../../src/np/heap/heap";
import { GoldenArray, loadGolden } from "../helpers/golden";

const g = loadGolden<Record<string, GoldenArray | boolean[]>>("np/simd_casts");
const arr = (k: string) => (g[k] as GoldenArray).data as number[];

/** Lengths around the heap threshold (64 KiB) for 1- and 8-byte elements and the SIMD steps, and one split across threads. */
const LENGTHS = [8191, 8192, 8193, 8199, 8207, 65535, 65536, 65537, 65551, 65563, 300007];

function tiled(dtype: np.DTypeName, values: number[], n: number, shift: number): np.NDArray {
  const a = np.empty([n], dtype);
  for (let i = 0; i < n; i++) a.data[i] = values[(i + shift) % values.length];
  return a;
}

function bits(x: ArrayLike<number>, dtype: np.DTypeName): number[] {
  const f = dtype === "float32" ? Float32Array.from(x) : Float64Array.from(x);
  return Array.from(new Uint8Array(f.buffer));
}

/** Checks out[i] against NumPy's cast of the tiled value, bit for bit (NaN as NaN). */
function checkCast(from: np.DTypeName, to: np.DTypeName, values: number[], expected: number[], layout: string): void {
  for (const n of LENGTHS) {
    const shift = n % values.length;
    const base = tiled(from, values, layout === "contiguous" ? n : 2 * n, shift);
    const src = layout === "contiguous" ? base : layout === "strided" ? base.get("::2") : base.get("::-2");
    const out = src.astype(to);
    assert.is(out.dtype.name, to);
    assert.is(out.size, n);
    const want: number[] = [];
    const flat = np.ravel(src).data;
    const baseIndex = (i: number) => (layout === "contiguous" ? i : layout === "strided" ? 2 * i : 2 * n - 1 - 2 * i);
    for (let i = 0; i < n; i++) want.push(expected[(baseIndex(i) + shift) % values.length]);
    const got = Array.from(out.data as ArrayLike<number>);
    for (let i = 0; i < n; i++) {
      if (!(Object.is(got[i], want[i]) || (Number.isNaN(got[i]) && Number.isNaN(want[i])))) {
        assert.unreachable(`${from}->${to} ${layout} n=${n} at ${i}: ${got[i]} vs NumPy ${want[i]}`);
      }
    }
    // the JavaScript store's bits (NaN payloads included)
    assert.equal(bits(got, to), bits(Array.from(flat as ArrayLike<number>), to), `${from}->${to} ${layout} n=${n} bits`);
  }
}

test("casts split across threads give the same bits", () => {
  const n = (1 << 21) + 5;
  const u8 = tiled("uint8", arr("u8"), n, 1);
  const f = u8.astype("float64");
  const f32 = f.astype("float32");
  const back = f32.astype("float64");
  for (let i = 0; i < n; i += 9973) {
    const want = arr("u8_to_f64")[(i + 1) % 256];
    assert.ok(f.data[i] === want && f32.data[i] === want && back.data[i] === want, `at ${i}`);
  }
  assert.ok(f.data[n - 1] === (n + 0) % 256 && back.data[n - 1] === (n + 0) % 256);
});

/** Runs f, returning its result and the warnings' messages. */
function withWarnings<T>(f: () => T): [T, string[]] {
  const seen: string[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error) => {
    seen.push(typeof w === "string" ? w : w.message);
  }) as typeof process.emitWarning;
  try {
    return [f(), seen];
  } finally {
    process.emitWarning = emit;
  }
}

for (const layout of ["contiguous", "strided", "reversed"]) {
  test(`uint8 -> float64 / float32 (${layout})`, () => {
    checkCast("uint8", "float64", arr("u8"), arr("u8_to_f64"), layout);
    checkCast("uint8", "float32", arr("u8"), arr("u8_to_f32"), layout);
  });
  test(`bool -> float64 / float32 (${layout})`, () => {
    checkCast("bool", "float64", [0, 1], arr("bool_to_f64"), layout);
    checkCast("bool", "float32", [0, 1], arr("bool_to_f64"), layout);
  });
  test(`float64 -> float32: round to nearest even, overflow to infinity (${layout})`, () => {
    const [, seen] = withWarnings(() => checkCast("float64", "float32", arr("f64"), arr("f64_to_f32"), layout));
    assert.equal(seen, Array<string>(LENGTHS.length).fill("overflow encountered in cast"));
  });
  test(`float32 -> float64 (${layout})`, () => {
    checkCast("float32", "float64", arr("f32"), arr("f32_to_f64"), layout);
  });
}

test("large casts run in the heap, 2-D and offset views included", () => {
  const img = tiled("uint8", arr("u8"), 512 * 512, 3).reshape(512, 512);
  assert.ok(heapAddress(img.data) >= 0);
  const f = img.astype("float64");
  assert.ok(heapAddress(f.data) >= 0);
  const rows = img.get("7:"); // contiguous, starting 7 rows in
  const r = rows.astype("float32");
  for (const i of [0, 1, 15, 16, 505 * 512 - 1]) assert.is(r.data[i], arr("u8_to_f32")[(i + 7 * 512 + 3) % 256]);
  assert.is(f.data[512 * 512 - 1], (512 * 512 - 1 + 3) % 256);
});

test("float64 -> float32 warns of overflow once, as NumPy does, for values beyond float32's range only", () => {
  const values = arr("f64");
  const warns = g.f64_warns as boolean[];
  // inside the SIMD pairs, and as the odd last element
  for (const at of [0, 1, 40001, 70000]) {
    for (let k = 0; k < values.length; k++) {
      const a = np.full([70001], 0.5);
      a.data[at] = values[k];
      const [out, seen] = withWarnings(() => a.astype("float32"));
      assert.equal(seen, warns[k] ? ["overflow encountered in cast"] : [], `value ${values[k]} at ${at}`);
      const want = arr("f64_to_f32")[k];
      const got = out.data[at];
      assert.ok(Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want)), `value ${values[k]} at ${at}`);
    }
  }
});

test.run();
