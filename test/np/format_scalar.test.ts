/**
 * str() of NumPy scalars (float64 and float32 shortest digits, ints, bools) against numpy 1.24.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { dtype as toDType, DTypeName } from "../../src/np/dtype";
import { scalarRepr } from "../../src/np/format/repr";
import { loadGolden, fixtureText as text } from "../helpers/golden";

interface ScalarCase {
  dtype: string;
  value: number | boolean;
  str: unknown;
}

const cases = loadGolden<{ cases: ScalarCase[] }>("np_repr/scalars").cases;

test("scalar str matches numpy for every fixture value", () => {
  assert.ok(cases.length > 600, `${cases.length} cases`);
  const failures: string[] = [];
  for (const c of cases) {
    const value = typeof c.value === "boolean" ? Number(c.value) : c.value;
    const got = scalarRepr(value, toDType(c.dtype as DTypeName));
    const expected = text(c.str);
    if (got !== expected) failures.push(`${c.dtype}(${value}): expected ${expected}, got ${got}`);
  }
  assert.equal(failures.slice(0, 10), []);
});

test("tutorial scalars", () => {
  assert.is(scalarRepr(118.31400299072266, toDType("float64")), "118.31400299072266");
  assert.is(scalarRepr(129.06072616577148, toDType("float64")), "129.06072616577148");
  assert.is(scalarRepr(255, toDType("uint8")), "255");
});

test.run();
