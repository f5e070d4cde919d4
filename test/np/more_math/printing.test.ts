import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { GoldenArray, fixtureText, loadGolden } from "../../helpers/golden";
import { fromGolden } from "../_cases";

interface ArrayCase {
  fn: "array2string" | "array_repr" | "array_str";
  x: GoldenArray;
  shape: number[];
  kw: Record<string, unknown>;
  text: string;
}
interface FloatCase {
  x: number;
  f32?: boolean;
  kw: Record<string, unknown>;
  text: unknown;
}
const golden = loadGolden<{ arrays: ArrayCase[]; positional: FloatCase[]; scientific: FloatCase[] }>("np_more_math/printing");

test(`array2string, array_repr and array_str print as NumPy (${golden.arrays.length} cases)`, () => {
  const failures: string[] = [];
  for (const c of golden.arrays) {
    const text = (np[c.fn] as (...a: unknown[]) => string)(fromGolden(c.x), c.kw);
    if (text !== c.text) failures.push(`${c.fn} ${JSON.stringify(c.kw)}:\n${text}\nexpected\n${c.text}`);
  }
  assert.equal(failures.slice(0, 5), []);
});

for (const kind of ["positional", "scientific"] as const) {
  test(`format_float_${kind} as NumPy (${golden[kind].length} cases)`, () => {
    const fn = kind === "positional" ? np.format_float_positional : np.format_float_scientific;
    const failures: string[] = [];
    for (const c of golden[kind]) {
      const x = c.f32 ? np.array([c.x], { dtype: "float32" }).reshape([]) : c.x;
      const text = (fn as (...a: unknown[]) => string)(x, c.kw);
      if (text !== fixtureText(c.text)) failures.push(`${c.x} ${JSON.stringify(c.kw)}: ${JSON.stringify(text)}, expected ${JSON.stringify(c.text)}`);
    }
    assert.equal(failures.slice(0, 12), []);
  });
}

test("array2string refuses what it does not support yet", () => {
  for (const kw of [{ formatter: {} }, { sign: "+" }, { floatmode: "fixed" }, { legacy: "1.13" }, { style: 1 }]) {
    assert.throws(() => np.array2string(np.array([1.5]), kw as object), (e: Error) => e.name === "NotImplementedError", JSON.stringify(kw));
  }
});

test.run();
