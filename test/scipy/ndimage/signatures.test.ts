import { test } from "uvu";
import * as assert from "uvu/assert";
import { scipy, skimage } from "../../../src";
import { signatureOf } from "../../../src/signature";
import { loadGolden } from "../../helpers/golden";

interface PyParam {
  name: string;
  kind: string;
  has_default: boolean;
  default: unknown;
}
const py = loadGolden<Record<string, PyParam[]>>("ndimage/signatures");

const NAMESPACES: [string, Record<string, unknown>][] = [
  ["scipy.ndimage", scipy.ndimage as never],
  ["skimage.morphology", skimage.morphology as never],
  ["skimage.measure", skimage.measure as never],
];

test("every public function of these namespaces carries a Python signature", () => {
  for (const [prefix, ns] of NAMESPACES) {
    for (const [name, value] of Object.entries(ns)) {
      if (typeof value !== "function" || /^[A-Z]/.test(name)) continue;
      const sig = signatureOf(value);
      assert.ok(sig, `${prefix}.${name} has no signature`);
      assert.ok(sig!.qualname.endsWith(`.${name}`), `${prefix}.${name} is declared as ${sig!.qualname}`);
    }
  }
});

test("the declared parameters are the installed SciPy 1.10 / scikit-image 0.19's, in order, kind and default", () => {
  let n = 0;
  for (const [prefix, ns] of NAMESPACES) {
    for (const [name, value] of Object.entries(ns)) {
      if (typeof value !== "function" || /^[A-Z]/.test(name)) continue;
      const sig = signatureOf(value)!;
      const want = py[sig.qualname];
      if (!want) continue;
      // **kwargs is not declared: a function that passes it on to another declares that one's
      // keyword parameters by name after the others (gaussian_laplace: truncate, radius)
      const expected = want.filter((p) => p.kind !== "varkw");
      const forwards = want.some((p) => p.kind === "varkw");
      const names = sig.params.map((p) => p.name);
      assert.equal(forwards ? names.slice(0, expected.length) : names, expected.map((p) => p.name), `${sig.qualname}: names`);
      if (forwards) assert.ok(sig.params.slice(expected.length).every((p) => p.kind === "keyword"), `${sig.qualname}: forwarded keywords`);
      sig.params.slice(0, expected.length).forEach((p, i) => {
        const e = expected[i];
        assert.is(p.kind, e.kind, `${sig.qualname}(${p.name}): kind`);
        assert.is(p.hasDefault, e.has_default, `${sig.qualname}(${p.name}): has default`);
        // literal defaults compare as values; objects (numpy.uint8, numpy.sum) print as <...>
        const literal = e.default === null || typeof e.default === "number" || typeof e.default === "boolean" || Array.isArray(e.default) ||
          (typeof e.default === "string" && !e.default.startsWith("<"));
        if (e.has_default && literal) assert.equal(p.default, e.default, `${sig.qualname}(${p.name}): default`);
      });
      n++;
    }
  }
  assert.ok(n >= 90, `${n} functions compared`);
});

test.run();
