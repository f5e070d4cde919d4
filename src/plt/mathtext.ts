/**
 * matplotlib's mathtext (`$...$` in titles, labels, texts and legend entries) as plain Unicode
 * text, since a chart's text marks have one baseline and one font: Greek letters and operators
 * become their characters, sub- and superscripts Unicode's small digits and letters where those
 * exist (`x_{ij}^2` -> xᵢⱼ², else `e^(iπ)`), \frac{a}{b} becomes a/b, \sqrt{x} √x, \mathrm{..} and
 * \text{..} their contents. Outside `$` pairs the text is left as is; `\$` is a dollar sign.
 */

const SYMBOLS: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ϵ", varepsilon: "ε", zeta: "ζ", eta: "η", theta: "θ", vartheta: "ϑ",
  iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π", varpi: "ϖ", rho: "ρ", varrho: "ϱ", sigma: "σ",
  varsigma: "ς", tau: "τ", upsilon: "υ", phi: "ϕ", varphi: "φ", chi: "χ", psi: "ψ", omega: "ω",
  Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Xi: "Ξ", Pi: "Π", Sigma: "Σ", Upsilon: "Υ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
  times: "×", div: "÷", pm: "±", mp: "∓", cdot: "⋅", ast: "∗", star: "⋆", circ: "∘", bullet: "∙", infty: "∞", partial: "∂",
  nabla: "∇", sum: "∑", prod: "∏", int: "∫", oint: "∮", leq: "≤", le: "≤", geq: "≥", ge: "≥", neq: "≠", ne: "≠", approx: "≈",
  sim: "∼", simeq: "≃", equiv: "≡", propto: "∝", ll: "≪", gg: "≫", in: "∈", notin: "∉", subset: "⊂", supset: "⊃",
  subseteq: "⊆", supseteq: "⊇", cup: "∪", cap: "∩", emptyset: "∅", forall: "∀", exists: "∃", neg: "¬", wedge: "∧", vee: "∨",
  rightarrow: "→", to: "→", leftarrow: "←", leftrightarrow: "↔", Rightarrow: "⇒", Leftarrow: "⇐", Leftrightarrow: "⇔",
  uparrow: "↑", downarrow: "↓", mapsto: "↦", degree: "°", prime: "′", hbar: "ℏ", ell: "ℓ", Re: "ℜ", Im: "ℑ", aleph: "ℵ",
  ldots: "…", cdots: "⋯", dots: "…", angle: "∠", perp: "⊥", parallel: "∥", langle: "⟨", rangle: "⟩", lfloor: "⌊",
  rfloor: "⌋", lceil: "⌈", rceil: "⌉", sqrt: "√", AA: "Å", S: "§", P: "¶", dag: "†", ddag: "‡", copyright: "©",
  "%": "%", "$": "$", "&": "&", "#": "#", "_": "_", "{": "{", "}": "}", "|": "‖", backslash: "\\",
  ",": "\u2009", ";": "\u2005", ":": "\u2005", "!": "", " ": " ", quad: "\u2003", qquad: "\u2003\u2003",
  sin: "sin", cos: "cos", tan: "tan", log: "log", ln: "ln", exp: "exp", max: "max", min: "min", lim: "lim", det: "det",
};

/** Binary operators and relations, spaced as mathtext spaces them. */
const OPERATORS = new Set(["=", "<", ">", "+", "−", "×", "÷", "±", "∓", "⋅", "≤", "≥", "≠", "≈", "∼", "≃", "≡", "∝", "→", "←", "↔", "⇒", "⇐", "⇔", "∈", "∉", "⊂", "⊃", "⊆", "⊇", "∪", "∩", "∧", "∨", "↦", "≪", "≫"]);

/** Commands whose argument is drawn in another font: plt keeps the text. */
const FONTS = new Set(["mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak", "text", "textrm", "textbf", "textit", "operatorname", "rm", "bf", "it"]);

/** Accents on their argument, as combining marks. */
const ACCENTS: Record<string, string> = { hat: "\u0302", bar: "\u0304", overline: "\u0305", vec: "\u20d7", dot: "\u0307", ddot: "\u0308", tilde: "\u0303", widehat: "\u0302", widetilde: "\u0303", acute: "\u0301", grave: "\u0300", breve: "\u0306" };

export const SUP: Record<string, string> = {
  "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻", "−": "⁻",
  "=": "⁼", "(": "⁽", ")": "⁾", a: "ᵃ", b: "ᵇ", c: "ᶜ", d: "ᵈ", e: "ᵉ", f: "ᶠ", g: "ᵍ", h: "ʰ", i: "ⁱ", j: "ʲ", k: "ᵏ", l: "ˡ",
  m: "ᵐ", n: "ⁿ", o: "ᵒ", p: "ᵖ", r: "ʳ", s: "ˢ", t: "ᵗ", u: "ᵘ", v: "ᵛ", w: "ʷ", x: "ˣ", y: "ʸ", z: "ᶻ", A: "ᴬ", B: "ᴮ",
  D: "ᴰ", E: "ᴱ", G: "ᴳ", H: "ᴴ", I: "ᴵ", J: "ᴶ", K: "ᴷ", L: "ᴸ", M: "ᴹ", N: "ᴺ", O: "ᴼ", P: "ᴾ", R: "ᴿ", T: "ᵀ", U: "ᵁ",
  V: "ⱽ", W: "ᵂ", "∗": "*", "*": "*", "′": "′", " ": " ", "α": "ᵅ", "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ", "θ": "ᶿ", "ϕ": "ᵠ", "χ": "ᵡ",
};
export const SUB: Record<string, string> = {
  "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "+": "₊", "-": "₋", "−": "₋",
  "=": "₌", "(": "₍", ")": "₎", a: "ₐ", e: "ₑ", h: "ₕ", i: "ᵢ", j: "ⱼ", k: "ₖ", l: "ₗ", m: "ₘ", n: "ₙ", o: "ₒ", p: "ₚ", r: "ᵣ",
  s: "ₛ", t: "ₜ", u: "ᵤ", v: "ᵥ", x: "ₓ", " ": " ", "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "ϕ": "ᵩ", "χ": "ᵪ",
};

/** A parser over one `$...$` body. */
class MathParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(stop?: string): string {
    let out = "";
    let operand = false;
    while (this.i < this.s.length) {
      const ch = this.s[this.i];
      if (stop !== undefined && ch === stop) {
        this.i++;
        return out;
      }
      const atom = this.atom(true);
      // matplotlib spaces binary operators and relations that follow an operand (not a leading minus)
      if (stop === undefined && OPERATORS.has(atom) && operand) {
        out += `\u2009${atom}\u2009`;
        operand = false;
      } else {
        out += atom;
        if (atom.trim() !== "") operand = !OPERATORS.has(atom);
      }
    }
    return out;
  }

  /** The next atom: a group, a command, a sub/superscript, or a character (math minus as −). */
  private atom(top = false): string {
    const ch = this.s[this.i++];
    if (ch === undefined) return "";
    if (ch === "{") return this.parse("}");
    if (ch === "\\") return this.command();
    if (ch === "^" || ch === "_") return script(this.argument(), ch === "^" ? SUP : SUB, ch);
    if (ch === "-") return "−";
    if (ch === "'") return "′";
    if (ch === " " && top) return "";
    return ch;
  }

  /** A command's argument: a {group} or the next atom. */
  private argument(): string {
    while (this.s[this.i] === " ") this.i++;
    return this.atom();
  }

  private command(): string {
    const m = /^([A-Za-z]+|.)/.exec(this.s.slice(this.i));
    if (m === null) return "\\";
    const name = m[1];
    this.i += name.length;
    if (name === "frac" || name === "dfrac" || name === "tfrac") {
      const num = this.argument();
      const den = this.argument();
      return `${wrap(num)}/${wrap(den)}`;
    }
    if (name === "sqrt") {
      let index = "";
      if (this.s[this.i] === "[") {
        this.i++;
        index = this.parse("]");
      }
      const body = this.argument();
      const root = index === "3" ? "∛" : index === "4" ? "∜" : `${script(index, SUP, "^")}√`;
      return root + (index === "3" || index === "4" ? wrap(body) : wrap(body));
    }
    if (FONTS.has(name)) return this.argument();
    if (name in ACCENTS) return [...this.argument()].map((c) => c + ACCENTS[name]).join("");
    if (name === "left" || name === "right" || name === "big" || name === "Big") return this.atom();
    return SYMBOLS[name] ?? name;
  }
}

/** A parenthesised operand of a fraction or root when it is longer than one character. */
function wrap(s: string): string {
  return [...s].length <= 1 || /^[\p{L}\p{N}.]+$/u.test(s) ? s : `(${s})`;
}

/** Small characters for a script, or `^(...)` / `_(...)` where Unicode has none. */
function script(s: string, table: Record<string, string>, mark: string): string {
  const chars = [...s];
  if (chars.every((c) => table[c] !== undefined)) return chars.map((c) => table[c]).join("");
  return chars.length === 1 ? `${mark}${s}` : `${mark}(${s})`;
}

/** A matplotlib text with its `$...$` math turned into Unicode (the text itself when it has none). */
export function mathText(text: string): string {
  if (!text.includes("$")) return text;
  let out = "";
  let i = 0;
  let math: number | null = null;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "\\" && text[i + 1] === "$") {
      if (math === null) out += "$";
      i += 2;
      continue;
    }
    if (ch === "$") {
      if (math === null) math = i + 1;
      else {
        out += new MathParser(text.slice(math, i)).parse();
        math = null;
      }
      i++;
      continue;
    }
    if (math === null) out += ch;
    i++;
  }
  // an odd number of dollars: matplotlib draws the text as is
  if (math !== null) return text;
  return out;
}
