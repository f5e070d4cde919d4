import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../src";
import { loadGolden } from "../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "./_helpers";

const { util } = skimage;
const g = loadGolden("skimage/util_dtype");
const FNS = ["img_as_float", "img_as_float32", "img_as_ubyte", "img_as_uint", "img_as_int", "img_as_bool"] as const;

for (const [name, input] of Object.entries<any>(g.inputs)) {
  test(`conversions of ${name} match scikit-image 0.19`, () => {
    const arr = fromGolden(input);
    const expected = g.outputs[name];
    for (const fn of FNS) {
      const want = expected[fn];
      if (want.error !== undefined) {
        throwsNamed(() => util[fn](arr), "ValueError", want.error);
      } else {
        expectArray(util[fn](arr), want, 0, 0, `${fn}(${name})`);
      }
    }
    assert.equal(util.dtype_limits(arr), expected.dtype_limits.map(Number));
  });
}

test("img_as_ubyte of uint16 that fits in 8 bits downcasts without scaling", () => {
  expectArray(util.img_as_ubyte(fromGolden({ dtype: "uint16", shape: [3], data: [0, 7, 200] })), g.uint16_small_to_ubyte, 0, 0);
});

test("img_as_ubyte rejects floats outside [-1, 1]", () => {
  throwsNamed(() => util.img_as_ubyte([0.0, 1.5]), "ValueError", g.float_range_error);
});

test("same dtype returns the input unless force_copy", () => {
  const a = fromGolden(g.inputs.uint8);
  assert.is(util.img_as_ubyte(a), a);
  const b = util.img_as_ubyte(a, { force_copy: true });
  assert.is.not(b, a);
  assert.is.not(b.data, a.data);
  const f = fromGolden(g.inputs.float32);
  assert.is(util.img_as_float(f), f);
});

test("dtype_limits with clip_negative", () => {
  assert.equal(util.dtype_limits(fromGolden(g.inputs.int16), { clip_negative: true }), [0, 32767]);
});

test("a large uint8 image to float32 gives the loop's values on every path (the SIMD head and the tail)", () => {
  // 300 x 219 bytes: in the array heap, with a tail of 4 pixels after the 16-pixel steps
  const a = new np.random.RandomState(3).randint(0, 256, [300, 219], { dtype: "uint8" }) as np.NDArray;
  const f = util.img_as_float32(a);
  assert.is(f.dtype.name, "float32");
  const scale = Math.fround(1 / 255);
  const got = f.data as Float32Array;
  const bytes = a.data as Uint8Array;
  for (let i = 0; i < bytes.length; i++) {
    if (got[i] !== Math.fround(bytes[i] * scale)) assert.unreachable(`pixel ${i}: ${got[i]} for ${bytes[i]}`);
  }
  // every byte value, as a tile small enough for the plain loop, agrees with the large image's
  const levels = util.img_as_float32(np.arange(256, { dtype: "uint8" })).data as Float32Array;
  for (let i = 0; i < bytes.length; i += 97) assert.is(got[i], levels[bytes[i]]);
});

test("img_as_bool of a large float image: x > 0.5 on every path, NaN false", () => {
  const values = [0.5, 0.5000000000000001, 0.49999999999999994, NaN, -Infinity, Infinity, 1, 0, -0];
  const a = np.empty([300, 301]);
  for (let i = 0; i < a.size; i++) a.data[i] = values[i % values.length];
  const b = util.img_as_bool(a).data as Uint8Array;
  for (let i = 0; i < a.size; i++) {
    const want = (a.data[i] as number) > 0.5 ? 1 : 0;
    if (b[i] !== want) assert.unreachable(`pixel ${i} (${a.data[i]}): ${b[i]}`);
  }
});

test.run();
