"""Python's operators on NumPy arrays, the reference for the notebook kernel's operators.

Run with Debian's /usr/bin/python3: writes test/golden/operators/operators.json.
Each case is a snippet that reads the same in Python and in a TypeScript cell (True/False
become true/false), or a pair of snippets where the syntax differs (views, loops, functions);
the value is the snippet's last expression, or the exception NumPy raised.
"""
import numpy as np

from golden_io import dump, versions

SETUP = {
    "i": "np.array([[1, 2, 3], [4, 5, 6]])",
    "f": "np.array([0.5, -1.5, 2.0])",
    "u": "np.array([10, 200, 255], dtype=np.uint8)",
    "k": "np.array([3, -2, 7], dtype=np.int32)",
    "b": "np.array([True, False, True])",
    "g": "np.array([[-2.5], [4.0]], dtype=np.float32)",
}

OPERANDS = ["i", "f", "u", "k", "b", "g", "2", "2.", "(-3)", "True", "[1, 2, 3]", "[[1.5], [2.5]]"]
BINARY = ["+", "-", "*", "/", "%", "**", "<", "<=", ">", ">=", "&", "|", "^", "<<", ">>"]
ARRAYS = {"i", "f", "u", "k", "b", "g"}


def env():
    e = {"np": np}
    for name, src in SETUP.items():
        e[name] = eval(src, {"np": np})
    return e


def outcome(run):
    try:
        value = run()
    except Exception as ex:  # noqa: BLE001 - the reference is whatever NumPy raises
        return {"error": type(ex).__name__, "message": str(ex)}
    if isinstance(value, np.ndarray):
        return {"value": value, "dtype": str(value.dtype)}
    if isinstance(value, np.generic):
        return {"value": value.item(), "dtype": str(value.dtype)}
    return {"value": value}


def evaluate(src):
    return outcome(lambda: eval(src, env()))


def program(src, last):
    """Runs statements, then evaluates `last`."""
    def run():
        e = env()
        exec(src, e)
        return eval(last, e)
    return outcome(run)


cases = []
# every binary operator, NDArray on either side, the other an array, number, bool or list
for op in BINARY:
    for x in OPERANDS:
        for y in OPERANDS:
            if x not in ARRAYS and y not in ARRAYS:
                continue
            if x in ARRAYS and y in ARRAYS and x > y and op not in ("-", "/", "**", "<", "<<"):
                continue  # symmetric pairs once, except where order matters
            src = f"{x} {op} {y}"
            cases.append({"py": src, **evaluate(src)})

for op in ["-", "+", "~"]:
    for x in sorted(ARRAYS):
        src = f"{op}{x}"
        cases.append({"py": src, **evaluate(src)})

# precedence and chaining: the same grouping in both languages
for src in [
    "i - f * 2 ** 2", "(i + 1) * (f - 2) / 3", "i - i - 1", "2 ** i ** 2 % 7", "-(f ** 2) + 1",
    "-f * 2", "f * -2.", "f ** 0.5", "f ** -1", "f ** 1", "f ** 0", "g ** 2", "b ** 2.", "i ** 2.", "u ** 2",
    "k ** 2.", "f ** 0.5 * 2", "1 / (1 + np.exp(-f))", "(i < 3) & (i > 1)", "~(i > 2) | (i == 1)",
    "i % 4 * 2 << 1", "(u + 1) * 2", "i * 1.0", "i / 2 * 2.", "u * 2.", "u - 3.", "k + 1e3",
    "np.array([2., -1., 4.])", "np.array([[1., 2], [3, 4]])", "np.array([True, 1.])",
    "np.full([2], 1.0)", "np.full_like(i, 1.)", "np.where(b, 1., 0)", "np.maximum(i, 0.)",
]:
    cases.append({"py": src, **evaluate(src)})

# compound assignment: in place, NumPy's casting rules
INPLACE = ["+=", "-=", "*=", "/=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>="]
for op in INPLACE:
    for target in ["i", "f", "u", "b"]:
        for value in ["2", "2.", "0.5", "True", "f", "[1, 2, 3]"]:
            src = f"t = {target}.copy()\nt {op} {value}"
            cases.append({"py": src, "last": "t", **program(src, "t")})

# in place through a view reaches the base; broadcasting that does not fit the target
cases.append({
    "py": "base = np.arange(6).reshape(2, 3)\nv = base[:, 1]\nv += 10\nv *= 2",
    "ts": "const base = np.arange(6).reshape([2, 3]);\nconst v = base.get(\":\", 1);\nv += 10;\nv *= 2;",
    "last": "base", **program("base = np.arange(6).reshape(2, 3)\nv = base[:, 1]\nv += 10\nv *= 2", "base"),
})
cases.append({
    "py": "t = np.zeros(3)\nt += np.ones((2, 3))",
    "ts": "const t = np.zeros(3);\nt += np.ones([2, 3]);",
    "last": "t", **program("t = np.zeros(3)\nt += np.ones((2, 3))", "t"),
})
# functions, arrow functions, loops and classes
for py, ts_src, last in [
    ("def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\nr = sigmoid(f) * 2",
     "function sigmoid(z: np.NDArray) {\n  return 1 / (1 + np.exp(-z));\n}\nconst r = sigmoid(f) * 2;", "r"),
    ("sq = lambda z: z ** 2 - z\nr = sq(i) + sq(f)",
     "const sq = (z: np.NDArray) => z ** 2 - z;\nconst r = sq(i) + sq(f);", "r"),
    ("acc = np.zeros(3)\nfor n in range(1, 4):\n    acc += f * n\n    acc -= 0.5",
     "let acc = np.zeros(3);\nfor (let n = 1; n < 4; n++) {\n  acc += f * n;\n  acc -= 0.5;\n}", "acc"),
    ("class Model:\n    def __init__(self, w):\n        self.w = w\n    def step(self, g):\n        self.w -= 0.1 * g\n        return self.w * 2\nm = Model(f.copy())\nr = m.step(f) + m.w",
     "class Model {\n  constructor(public w: np.NDArray) {}\n  step(g: np.NDArray) {\n    this.w -= 0.1 * g;\n    return this.w * 2;\n  }\n}\nconst m = new Model(f.copy());\nconst r = m.step(f) + m.w;", "r"),
    ("w = np.zeros(3)\nfor _ in range(3):\n    grad = w - f\n    w -= grad / 2",
     "let w = np.zeros(3);\nfor (let it = 0; it < 3; it++) {\n  const grad = w - f;\n  w -= grad / 2;\n}", "w"),
]:
    cases.append({"py": py, "ts": ts_src, "last": last, **program(py, last)})

dump("operators/operators", {"versions": versions(), "setup": SETUP, "cases": cases})
