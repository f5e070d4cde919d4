/**
 * Replays golden cases of the form { name: result } (scripts/golden/np_sig_*.py): a result is
 * an array, a list of arrays, a plain value (shape tuple, bool) or { error, message }.
 */
import * as assert from "uvu/assert";
import { np } from "../../src";
import { GoldenArray, closeTo } from "../helpers/golden";

type Want = GoldenArray | GoldenArray[] | { error: string; message: string } | unknown;

const isGoldenArray = (v: unknown): v is GoldenArray => typeof v === "object" && v !== null && "dtype" in v && "shape" in v && "data" in v;

function compareArray(name: string, got: unknown, want: GoldenArray, rel: number): void {
  if (typeof got === "number" || typeof got === "boolean") {
    // a Python scalar result (written as a one-element array)
    assert.is(want.data.length, 1, `${name}: expected an array`);
    assert.ok(closeTo(Number(got), want.data[0], rel), `${name}: ${got} != ${want.data[0]}`);
    return;
  }
  assert.instance(got, np.NDArray, `${name}: expected an array`);
  const arr = got as np.NDArray;
  assert.is(arr.dtype.name, want.dtype, `${name}: dtype`);
  // golden_io writes a 0-d array as a one-element 1-d one
  const wantShape = arr.ndim === 0 && want.shape.length === 1 && want.shape[0] === 1 ? [] : want.shape;
  assert.equal([...arr.shape], wantShape, `${name}: shape`);
  const flat = arr.size === 0 ? [] : (arr.ravel().tolist() as (number | boolean)[]).map(Number);
  flat.forEach((v, i) => assert.ok(closeTo(v, want.data[i], rel), `${name}[${i}]: ${v} != ${want.data[i]}`));
}

/** Checks one call against its golden result. */
export function checkCase(name: string, want: Want, call: () => unknown, rel = 1e-12): void {
  let got: unknown;
  try {
    got = call();
  } catch (e) {
    const err = e as Error;
    if (typeof want === "object" && want !== null && "error" in want) {
      assert.is(err.name, (want as { error: string }).error, `${name}: error class (${err.message})`);
      assert.is(err.message, (want as { message: string }).message, `${name}: error message`);
      return;
    }
    throw new Error(`${name}: raised ${err.name}: ${err.message}`);
  }
  if (typeof want === "object" && want !== null && "error" in want) assert.unreachable(`${name}: expected ${(want as { error: string }).error}`);
  if (isGoldenArray(want)) return compareArray(name, got, want, rel);
  if (Array.isArray(want) && want.length > 0 && isGoldenArray(want[0])) {
    assert.ok(Array.isArray(got), `${name}: expected a list`);
    assert.is((got as unknown[]).length, want.length, `${name}: length`);
    want.forEach((w, i) => compareArray(`${name}[${i}]`, (got as unknown[])[i], w as GoldenArray, rel));
    return;
  }
  const plain = (v: unknown): unknown => (Array.isArray(v) ? [...v].map(plain) : v);
  assert.equal(plain(got), want, name);
}

/** Runs every case of a fixture with the calls written in TypeScript; each name must have a call. */
export function checkCases(cases: Record<string, Want>, calls: Record<string, () => unknown>, rel = 1e-12): void {
  assert.equal(Object.keys(calls).sort(), Object.keys(cases).sort(), "fixture cases and calls differ");
  for (const [name, want] of Object.entries(cases)) checkCase(name, want, calls[name], rel);
}
