/** Every public function of sns carries seaborn's signature, named as seaborn names it. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { sns } from "../../src";
import { signatureOf } from "../../src/signature";

function functions(ns: Record<string, unknown>): string[] {
  return Object.keys(ns).filter((n) => typeof ns[n] === "function" && !/^[A-Z]/.test(n));
}

test("every sns function has seaborn's signature", () => {
  const names = functions(sns as unknown as Record<string, unknown>);
  assert.ok(names.length >= 9, `${names.length} functions`);
  for (const n of names) {
    const sig = signatureOf((sns as any)[n]);
    assert.ok(sig !== undefined, `sns.${n} has no signature`);
    assert.is(sig!.qualname, `seaborn.${n}`, `sns.${n}`);
  }
});

test.run();
