"""Golden fixtures for NumPy's own tutorials, run as a reader would: every `>>>` example of
NumPy 1.24's "quickstart" and "the absolute basics for beginners" (doc/source/user/*.rst at tag
v1.24.2, given as arguments), executed in order in one namespace per page with Debian's NumPy.
Each example's output is what the interpreter shows: the repr of an expression's value, the
text `print` writes, or the exception's "Type: message". Run with /usr/bin/python3:

    /usr/bin/python3 scripts/golden/np_docs.py quickstart.rst absolute_beginners.rst

Examples whose output depends on memory or the clock, or that need pandas, plotting or an
interactive help system, are listed (with the reason) but not run.
"""
import ast
import contextlib
import doctest
import io
import os
import re
import sys
import tempfile
import traceback

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import digest, dump, versions  # noqa: E402

NOT_RUN = {
    "np.empty(": "uninitialised memory",
    "f(a)": "object identity differs from run to run",
    "plt.": "plotting (matplotlib), not NumPy output",
    "matplotlib": "plotting (matplotlib), not NumPy output",
    "fig.": "plotting (matplotlib), not NumPy output",
    "ax.plot": "plotting (matplotlib), not NumPy output",
    "add_subplot": "plotting (matplotlib), not NumPy output",
    "pd.": "pandas",
    "pandas": "pandas",
    "df.": "pandas",
    "(df)": "pandas",
    "help(": "interactive help",
    "del a": "Python's del",
}
# Unseeded generators on the pages: NumPy's own outputs there come from seed 0, so the seeded
# form reproduces them.
SUBSTITUTED = {"a = np.arange(int(1e8))\n": "a = np.arange(int(1e3))\n"}  # its first 100 are what matter
SEEDED = {**SUBSTITUTED, "rng = np.random.default_rng()  # the simplest way to generate random numbers\n":
          "rng = np.random.default_rng(0)\n"}


def reason_not_run(source, want):
    if "Billie Holiday" in want:
        return "pandas"
    if source.lstrip().startswith("import matplotlib"):
        return "plotting (matplotlib), not NumPy output"
    if re.search(r"\bid\(", source):
        return "object identity differs from run to run"
    for key, why in NOT_RUN.items():
        if key in source:
            return why
    return None


def assigned_values(source, namespace):
    """The reprs of the arrays and numbers an assignment statement binds, in target order."""
    import numpy as np
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], (ast.Assign, ast.AugAssign)):
        return None
    stmt = tree.body[0]
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    names = []
    for t in targets:
        for node in ([t] if isinstance(t, ast.Name) else getattr(t, "elts", [])):
            if isinstance(node, ast.Name):
                names.append(node.id)
    out = []
    for name in names:
        v = namespace[name]
        if isinstance(v, np.ndarray):
            item = {"repr": repr(v), "dtype": str(v.dtype), "shape": list(v.shape)}
            if v.dtype.kind in "biuf" and v.size <= 4096:
                item["values"] = v.copy()  # later examples change arrays in place
            elif v.dtype.kind == "c" and v.size <= 4096:
                item["values"] = v.real.copy()
                item["imag"] = v.imag.copy()
            elif v.dtype.kind in "biu":
                item["digest"] = digest(v)
            out.append(item)
        elif isinstance(v, (int, float, np.generic)):
            out.append({"repr": repr(v)})
        else:
            return None
    return out


def run_page(path):
    text = open(path).read()
    examples = doctest.DocTestParser().get_examples(text)
    import numpy
    namespace = {"__name__": "__main__", "np": numpy}  # the beginners' page uses np before importing it
    out = []
    for ex in examples:
        source = ex.source
        why = reason_not_run(source, ex.want)
        entry = {"source": source.rstrip("\n"), "want": ex.want.rstrip("\n")}
        if why:
            entry["not_run"] = why
            out.append(entry)
            continue
        buf = io.StringIO()
        try:
            code = compile(SEEDED.get(source, source), "<example>", "single")
            with contextlib.redirect_stdout(buf):
                exec(code, namespace)
            entry["output"] = buf.getvalue().rstrip("\n")
            assigned = assigned_values(source, namespace)
            if assigned:
                entry["assigned"] = assigned
        except Exception as e:  # the page shows the traceback's last line
            entry["output"] = buf.getvalue()
            entry["error"] = f"{type(e).__name__}: {e}"
        out.append(entry)
    if "mandelbrot" in namespace:  # computed with NumPy, drawn by matplotlib: the image is checked
        image = namespace["mandelbrot"](400, 400)
        out.append({"source": "mandelbrot(400, 400)", "extra": True, "dtype": str(image.dtype),
                    "shape": list(image.shape), "digest": digest(image)})
    for written in ("new_file.csv", "np.csv"):  # the text files the page writes with np.savetxt
        if os.path.exists(written):
            out.append({"source": f"cat {written}", "extra": True, "text": open(written).read()})
    return out


def main():
    pages = {}
    cwd = os.getcwd()
    paths = [os.path.abspath(p) for p in sys.argv[1:]]
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)  # the pages write files (np.save, savetxt) into the working directory
            with np_printoptions_restored():
                pages[name] = run_page(path)
            os.chdir(cwd)
    dump("np_docs/pages", {"versions": versions(), **pages})


@contextlib.contextmanager
def np_printoptions_restored():
    import numpy as np
    saved = np.get_printoptions()
    try:
        yield
    finally:
        np.set_printoptions(**saved)


if __name__ == "__main__":
    main()
