/**
 * Bad input to pyplot against Debian's matplotlib 3.6.3 (test/golden/plt/bad_input.json, from
 * scripts/golden/plt_bad_input.py): the same exception class and message, or the same value
 * where matplotlib accepts the input; inputs are never modified.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { loadGolden } from "../helpers/golden";
import { near } from "./model";

type Json = Record<string, any>;
const CASES = loadGolden<{ label: string; function: string; args: unknown[]; kwargs: Json; expected: Json }[]>("plt/bad_input");

function decode(v: unknown): unknown {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (Array.isArray(v)) return v.map(decode);
  return v;
}

for (const c of CASES) {
  test(c.label, () => {
    plt.close("all");
    plt.figure();
    const args = decode(c.args) as unknown[];
    const before = JSON.stringify(args);
    const call = Object.keys(c.kwargs).length > 0 ? [...args, c.kwargs] : args;
    const e = c.expected;
    let r: any;
    try {
      r = (plt as any)[c.function](...call);
    } catch (err) {
      if (e.error === undefined) throw err;
      assert.is((err as Error).name, e.error, c.label);
      assert.is((err as Error).message, e.message, c.label);
      return;
    } finally {
      assert.is(JSON.stringify(args), before, "input unchanged");
      plt.close("all");
    }
    assert.is(e.error, undefined, `${c.label}: no ${e.error}`);
    if (e.returned) near(r, e.returned, 1e-12, c.label);
    if (e.n) {
      near(Array.from(r[0].data as Float64Array), e.n, 1e-12, `${c.label} n`);
      near(Array.from(r[1].data as Float64Array), e.bins, 1e-12, `${c.label} bins`);
    }
  });
}

test.run();
