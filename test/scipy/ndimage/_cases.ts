import * as assert from "uvu/assert";
import { np } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { contiguousStorage } from "../../../src/np/contiguous";
import { GoldenArray, assertAllClose } from "../../helpers/golden";
import { fromGolden } from "../../skimage/_helpers";

/** A source array in one of the recorded layouts (see scripts/golden/ndimage_common.py). */
export function viewOf(a: NDArray, v: string): NDArray {
  if (v === "") return a;
  if (v === "T") return a.T;
  if (v === "rev") return a.ndim === 2 ? a.get("::-1", "::2") : a.get("::-1");
  if (v === "bcast") return np.broadcast_to(a.get("0:1"), a.shape);
  throw new Error(`unknown view ${v}`);
}

function isGoldenArray(x: unknown): x is GoldenArray {
  return typeof x === "object" && x !== null && "dtype" in x && "shape" in x && "data" in x;
}

/** Rebuilds recorded arguments: {src, view} references and arrays become NDArrays. */
export function resolve(x: unknown, srcs: Record<string, NDArray>): unknown {
  if (isGoldenArray(x)) return fromGolden(x);
  if (Array.isArray(x)) return x.map((v) => resolve(v, srcs));
  if (typeof x === "object" && x !== null) {
    const o = x as Record<string, unknown>;
    if (typeof o.src === "string" && typeof o.view === "string") return viewOf(srcs[o.src], o.view);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = resolve(v, srcs);
    return out;
  }
  return x;
}

/** Compares a result (array, number, or nested list/tuple of them) with the recorded one. */
export function expectSame(actual: unknown, expected: unknown, rel: number, abs: number, what: string): void {
  if (isGoldenArray(expected)) {
    assert.ok(actual instanceof NDArray, `${what}: expected an array, got ${String(actual)}`);
    const a = actual as NDArray;
    assert.is(a.dtype.name, expected.dtype, `${what}: dtype`);
    assert.equal(a.shape.slice(), expected.shape, `${what}: shape`);
    assertAllClose(contiguousStorage(a), expected.data, rel, abs, what);
    return;
  }
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${what}: expected a list`);
    assert.is((actual as unknown[]).length, expected.length, `${what}: length`);
    expected.forEach((e, i) => expectSame((actual as unknown[])[i], e, rel, abs, `${what}[${i}]`));
    return;
  }
  if (typeof expected === "number") {
    const n = actual instanceof NDArray ? Number(contiguousStorage(actual)[0]) : Number(actual);
    assertAllClose([n], [expected], rel, abs, what);
    return;
  }
  if (expected === null) {
    assert.is(actual ?? null, null, what);
    return;
  }
  assert.equal(actual, expected, what);
}

export interface Case {
  name: string;
  fn: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  out: unknown;
}

/** Runs every recorded case against `ns[fn]`; returns how many ran. */
export function runCases(
  fixture: { srcs: Record<string, GoldenArray>; cases: Case[] }, ns: Record<string, unknown>, rel = 1e-12, abs = 1e-13,
  filter: (c: Case) => boolean = () => true,
): number {
  const srcs: Record<string, NDArray> = {};
  for (const [k, v] of Object.entries(fixture.srcs)) srcs[k] = fromGolden(v);
  let n = 0;
  for (const c of fixture.cases) {
    if (!filter(c)) continue;
    const fn = ns[c.fn] as (...a: unknown[]) => unknown;
    assert.type(fn, "function", `${c.fn} exists`);
    const args = resolve(c.args, srcs) as unknown[];
    const kwargs = resolve(c.kwargs, srcs) as Record<string, unknown>;
    const before = Object.values(srcs).map((s) => Array.from(contiguousStorage(s)));
    const result = Object.keys(kwargs).length ? fn(...args, kwargs) : fn(...args);
    expectSame(result, c.out, rel, abs, c.name);
    Object.values(srcs).forEach((s, i) => assert.equal(Array.from(contiguousStorage(s)), before[i], `${c.name} left its input alone`));
    n++;
  }
  return n;
}
