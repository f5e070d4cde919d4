"""The small-array cases of bench/cases/small.js: the same expressions over the same inputs."""
import numpy as np

SIZES = [10, 1000, 10000]


def inputs(n, pattern_a, pattern_b):
    a = pattern_a(n)
    b = pattern_b(n) + 1
    X = (pattern_a(n) / 50).reshape(n // 2, 2)
    w = np.array([[0.25], [-0.5]])
    y = (pattern_b(n // 2) > 30).astype(np.float64).reshape(n // 2, 1)
    return a, b, X, w, y


def logistic_step(X, w, y, n):
    predictions = 1.0 / (1 + np.exp(-np.dot(X, w)))
    gradient = np.dot(X.T, predictions - y)
    gradient /= n // 2
    gradient *= 0.01
    return w - gradient


def _set(a):
    a[5] = 1.5
    return a


OPS = {
    "add": lambda a, b, X, w, y, n: a + b,
    "subtract": lambda a, b, X, w, y, n: a - b,
    "multiply_scalar": lambda a, b, X, w, y, n: a * 2.5,
    "divide": lambda a, b, X, w, y, n: a / b,
    "power": lambda a, b, X, w, y, n: a ** 2,
    "negative": lambda a, b, X, w, y, n: -a,
    "greater": lambda a, b, X, w, y, n: a > 0.5,
    "maximum": lambda a, b, X, w, y, n: np.maximum(a, b),
    "exp": lambda a, b, X, w, y, n: np.exp(a / 50),
    "log": lambda a, b, X, w, y, n: np.log(b),
    "sqrt": lambda a, b, X, w, y, n: np.sqrt(b),
    "abs": lambda a, b, X, w, y, n: np.abs(a),
    "sin": lambda a, b, X, w, y, n: np.sin(a),
    "sum": lambda a, b, X, w, y, n: a.sum(),
    "mean": lambda a, b, X, w, y, n: a.mean(),
    "max": lambda a, b, X, w, y, n: a.max(),
    "argmax": lambda a, b, X, w, y, n: a.argmax(),
    "std": lambda a, b, X, w, y, n: a.std(),
    "cumsum": lambda a, b, X, w, y, n: a.cumsum(),
    "dot": lambda a, b, X, w, y, n: np.dot(X, w),
    "column": lambda a, b, X, w, y, n: X[:, 0],
    "reversed": lambda a, b, X, w, y, n: a[::-1],
    "newaxis": lambda a, b, X, w, y, n: a[:, np.newaxis],
    "transpose": lambda a, b, X, w, y, n: X.T,
    "reshape": lambda a, b, X, w, y, n: a.reshape(-1, 2),
    "item": lambda a, b, X, w, y, n: a.item(5),
    "get": lambda a, b, X, w, y, n: a[5],
    "set": lambda a, b, X, w, y, n: _set(a),
    "logistic_step": lambda a, b, X, w, y, n: logistic_step(X, w, y, n),
}


def register(case, pattern_a, pattern_b):
    """Registers small_<op>_<n> for every expression and size with the worker's `case`."""
    for n in SIZES:
        for op, fn in OPS.items():
            def factory(p, fn=fn):
                a, b, X, w, y = inputs(p["n"], pattern_a, pattern_b)
                n_ = p["n"]
                return lambda: fn(a, b, X, w, y, n_)
            case(f"small_{op}_{n}")(factory)
