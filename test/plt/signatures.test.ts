/**
 * Every public function of plt, and every public method of Axes and Figure, carries its Python
 * signature (declared once with the signature mechanism), named as matplotlib names it. JavaScript-side members (reprs, the display protocols, plt's internal hooks marked
 * @internal) are listed here and have no Python counterpart.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { signatureOf } from "../../src/signature";
import { Axes } from "../../src/plt/axes";
import { Figure } from "../../src/plt/figure";

/** Members with no Python counterpart: JS protocols and plt's internal hooks. */
const JS_ONLY = new Set(["pixelSize", "axesBox", "axesBoxes", "placeAxes", 
  "constructor", "toString", "toSpec", "mimeBundle", "displayInline", "axesPixelSize", "axesCount", "activate", "close",
  "_toMime", "nextColor", "nextPatchColor", "drawnPixelSize", "subplotAt", "attachColorbar", "save",
]);
JS_ONLY.add("colorbarBoxes");

function methods(proto: object): string[] {
  return Object.getOwnPropertyNames(proto).filter((n) => {
    const d = Object.getOwnPropertyDescriptor(proto, n);
    return d !== undefined && typeof d.value === "function" && !JS_ONLY.has(n);
  });
}

function functions(ns: Record<string, unknown>): string[] {
  return Object.keys(ns).filter((n) => typeof ns[n] === "function" && !/^[A-Z]/.test(n));
}

test("every plt function has pyplot's signature", () => {
  const names = functions(plt as unknown as Record<string, unknown>);
  assert.ok(names.length >= 30, `${names.length} functions`);
  for (const n of names) {
    const sig = signatureOf((plt as any)[n]);
    assert.ok(sig !== undefined, `plt.${n} has no signature`);
    assert.is(sig!.qualname, `matplotlib.pyplot.${n}`, `plt.${n}`);
  }
});

test("every Axes method has matplotlib.axes.Axes' signature", () => {
  const names = methods(Axes.prototype);
  assert.ok(names.length >= 20, `${names.length} methods`);
  for (const n of names) {
    const sig = signatureOf((Axes.prototype as any)[n]);
    assert.ok(sig !== undefined, `Axes.${n} has no signature`);
    assert.is(sig!.qualname, `matplotlib.axes.Axes.${n}`);
  }
});

test("every Figure method has matplotlib.figure.Figure's signature", () => {
  const names = methods(Figure.prototype);
  assert.ok(names.length >= 9, `${names.length} methods`);
  for (const n of names) {
    const sig = signatureOf((Figure.prototype as any)[n]);
    assert.ok(sig !== undefined, `Figure.${n} has no signature`);
    assert.is(sig!.qualname, `matplotlib.figure.Figure.${n}`);
  }
});

test.run();
