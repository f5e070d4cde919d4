/**
 * Preloaded by `npm test` for the whole unit suite: records which parameters the tests give a
 * value other than the default, and on exit writes them beside every declared parameter, so
 * scripts/test.js can name each option that no test exercises (it must be tested or refused).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Signature, recordOptionUses, signatureOf } from "../../src/signature";

const used = new Set<string>();
recordOptionUses(used);

process.on("exit", () => {
  // Every public function, including those no test imported.
  const { publicFunctions } = require("./public-api") as typeof import("./public-api");
  const signatures = new Set<Signature>();
  for (const { fn } of publicFunctions()) {
    const sig = signatureOf(fn);
    if (sig) signatures.add(sig);
  }
  const declared: string[] = [];
  for (const sig of signatures) {
    for (const p of sig.params) {
      if (!p.hasDefault || p.unsupported || p.kind === "varargs") continue;
      // A wrapper's parameter counts as tested when the wrapped function's is.
      const wrapped = sig.wraps?.param(p.name) ? `${sig.wraps.qualname}:${p.name}` : null;
      if (wrapped !== null && used.has(wrapped)) used.add(`${sig.qualname}:${p.name}`);
      declared.push(`${sig.qualname}:${p.name}`);
    }
  }
  const dir = join(__dirname, "..", "..", "out");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "option-uses.json"), JSON.stringify({ declared, used: [...used] }));
});
