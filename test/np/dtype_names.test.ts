/**
 * Every dtype string and name NumPy 1.24 understands, against what np.dtype() says in Debian's
 * NumPy (test/golden/np_sig/dtypes.json, scripts/golden/np_dtypes.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { loadGolden } from "../helpers/golden";

interface Resolved {
  name?: string;
  native?: boolean;
  error?: string;
  message?: string;
}
const G = loadGolden<{ strings: Record<string, Resolved>; names: Record<string, string> }>("np_sig/dtypes");
const HERE = new Set(["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64", "complex64", "complex128"]);

function errorOf(fn: () => unknown): Error | null {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  return null;
}

test("each dtype string resolves as NumPy resolves it, or is refused naming it", () => {
  for (const [text, want] of Object.entries(G.strings)) {
    const got = errorOf(() => np.dtype(text as never));
    if (want.error !== undefined) {
      assert.ok(got, `np.dtype('${text}') should raise`);
      assert.is(got!.name, want.error, text);
      assert.is(got!.message, want.message, text);
    } else if (HERE.has(want.name!) && want.native) {
      assert.is(got, null, `np.dtype('${text}') raised ${got?.message}`);
      assert.is(np.dtype(text as never).name, want.name, text);
    } else {
      // a NumPy dtype this library does not have (float16, complex, str, big-endian ...)
      assert.ok(got, `np.dtype('${text}') should be refused`);
      assert.is(got!.name, "NotImplementedError", text);
      assert.ok(got!.message.includes(`'${text}'`), got!.message);
    }
  }
});

test("NumPy's type names are DType objects usable as dtype=", () => {
  const names = np as unknown as Record<string, unknown>;
  for (const [name, dt] of Object.entries(G.names)) {
    assert.instance(names[name], np.DType, name);
    assert.is((names[name] as np.DType).name, dt, name);
    assert.is(np.zeros(2, { dtype: names[name] as np.DType }).dtype.name, dt, name);
  }
  assert.is(np.array([1.7, -2.2], { dtype: np.int_ }).dtype, np.int64);
  assert.equal(np.array([1.7, -2.2], { dtype: "i4" }).tolist(), [1, -2]);
  assert.is(np.ones(3, { dtype: "<f8" }).dtype, np.float64);
  assert.is(np.arange(3, { dtype: "uint" }).dtype, np.uint64);
  assert.is(np.zeros(2, { dtype: "D" }).dtype, np.complex128);
});

test("np.dtype takes NumPy's align and copy parameters", () => {
  assert.is(np.dtype("f8", true), np.float64);
  assert.is(np.dtype("f8", { align: true }), np.float64);
  assert.is(np.dtype({ dtype: "i2" } as never), np.int16);
  assert.is(errorOf(() => np.dtype("f8", { copy: true } as never))!.name, "NotImplementedError");
  assert.is(errorOf(() => np.dtype(5 as never))!.message, "Cannot interpret '5' as a data type");
});

test.run();
