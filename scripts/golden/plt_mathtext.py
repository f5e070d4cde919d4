"""Golden fixtures for plt's mathtext: matplotlib's mathtext parser lays out each expression;
each glyph is recorded as its character and its place (base line, raised = superscript,
lowered = subscript), in order. Writes test/golden/plt_layout/mathtext.json.
Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from matplotlib.mathtext import MathTextParser  # noqa: E402

from golden_io import dump  # noqa: E402

EXPRESSIONS = [
    r"$\sigma_i=15$", r"$\alpha > \beta$", r"$x^2 + y^2 = r^2$", r"$\mu=100,\ \sigma=15$", r"$10^{-3}$",
    r"$\Delta t \times \pm \infty$", r"$\mathrm{Hz}$", r"$e^{i\pi}$", r"$A_{ij}$", r"$\lambda \leq \omega \neq \theta$",
    r"$\Gamma(n) \approx \sqrt{2}$", r"$\partial f / \partial x$", r"$\sum_i x_i$", r"$T_{\mathrm{max}}$", r"$a \cdot b \rightarrow c$",
]


def glyphs(s):
    w, h, d, gl, rects = MathTextParser("path").parse(s, 72)
    base = max((g[4] for g in gl if g[1] == 10.0), default=0.0)
    out = []
    for font, size, code, x, y in sorted(gl, key=lambda g: g[3]):
        role = "base" if size == 10.0 else ("sup" if y > base else "sub")
        out.append([chr(code), role])
    return out


dump("plt_layout/mathtext", [{"text": s, "glyphs": glyphs(s)} for s in EXPRESSIONS])
