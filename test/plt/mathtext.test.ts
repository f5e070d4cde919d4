/**
 * mathtext as Unicode against matplotlib's mathtext parser (scripts/golden/plt_mathtext.py): each
 * glyph matplotlib lays out appears in order, superscripts and subscripts as Unicode's raised
 * and lowered characters; fractions, roots and fonts checked by hand; the chart's titles,
 * labels, texts and legends carry the converted text while the getters keep matplotlib's string.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { mathText, SUB, SUP } from "../../src/plt/mathtext";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;

const inverse = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).filter(([k, v]) => k !== v && k !== "−").map(([k, v]) => [v, k]));
const UP = inverse(SUP);
const DOWN = inverse(SUB);

/** Our text as matplotlib's glyph list: each character with its place (`^(...)` where Unicode has no small form). */
function glyphsOf(s: string): [string, string][] {
  const out: [string, string][] = [];
  const chars = [...s].filter((c) => c.trim() !== "" && c !== "\u2009" && c !== "\u2005" && c !== "\u2003");
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if ((c === "^" || c === "_") && i + 1 < chars.length) {
      const role = c === "^" ? "sup" : "sub";
      if (chars[i + 1] === "(") {
        for (i += 2; chars[i] !== ")"; i++) out.push([chars[i], role]);
      } else out.push([chars[++i], role]);
      continue;
    }
    const minus = (v: string) => (v === "-" ? "−" : v);
    out.push(UP[c] ? [minus(UP[c]), "sup"] : DOWN[c] ? [minus(DOWN[c]), "sub"] : [c, "base"]);
  }
  return out;
}

for (const c of loadGolden<Json[]>("plt_layout/mathtext")) {
  test(c.text, () => {
    // matplotlib draws the radical sign small and raised beside its rule
    const expected = (c.glyphs as [string, string][]).map(([ch, role]) => [ch, ch === "√" ? "base" : role]);
    assert.equal(glyphsOf(mathText(c.text)), expected);
  });
}

test("fractions, roots, accents, escapes and plain text", () => {
  assert.is(mathText("$\\frac{a}{b}$"), "a/b");
  assert.is(mathText("$\\frac{x+1}{2}$"), "(x+1)/2");
  assert.is(mathText("$-x = y$"), "−x\u2009=\u2009y");
  assert.is(mathText("$\\sqrt{x}$"), "√x");
  assert.is(mathText("$\\sqrt[3]{x}$"), "∛x");
  assert.is(mathText("$\\hat{x}$"), "x\u0302");
  assert.is(mathText("costs \\$5 and $\\alpha$"), "costs $5 and α");
  assert.is(mathText("no math"), "no math");
  assert.is(mathText("one $ sign"), "one $ sign");
  assert.is(mathText("$e^{i\\pi}$"), "e^(iπ)");
  assert.is(mathText("$x_{abq}$"), "x_(abq)");
});

test("the chart shows mathtext; get_title / get_xlabel keep the string", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.plot([1, 2], { label: "$\\mu=1$" });
  ax.legend();
  ax.set_title("$\\sigma_i=15$");
  ax.set_xlabel("$x^2$");
  ax.text(1, 1.5, "$\\alpha$");
  fig.suptitle("$\\beta$");
  assert.is(ax.get_title(), "$\\sigma_i=15$");
  const spec = JSON.stringify(fig.toSpec());
  for (const s of ["σᵢ\u2009=\u200915", "x²", "\"α\"", "β", "μ\u2009=\u20091"]) assert.ok(spec.includes(s), s);
  plt.close("all");
});

test.run();
