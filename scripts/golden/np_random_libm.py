"""Golden values of the C library's exp, pow, log1p and expm1 (Debian's glibc, through Python's
math module, which calls them directly): run with /usr/bin/python3. NumPy's samplers call these
functions; src/np/random reproduces exp and pow bit for bit and is checked against these.
"""
import math

import numpy as np

from golden_io import dump


def main():
    rs = np.random.RandomState(20240)
    ex = np.concatenate([rs.uniform(-745, 709, 6000), rs.uniform(-20, 20, 6000), rs.uniform(-1e-3, 1e-3, 2000),
                         [0.0, -0.0, 1e-300, -1e-17, 5e-17, -708.5, -744.9, 709.7]])
    px = np.concatenate([rs.random_sample(6000), rs.uniform(0, 50, 4000), 1 + rs.uniform(-1e-3, 1e-3, 2000),
                         rs.random_sample(2000) ** 8])
    py = np.concatenate([1 / rs.uniform(0.05, 5, 6000), rs.uniform(-5, 5, 4000), rs.uniform(-200, 200, 2000),
                         rs.uniform(-3, 30, 2000)])
    lx = np.concatenate([-rs.random_sample(6000), rs.uniform(-1e-5, 1e-5, 2000), rs.uniform(0, 100, 2000)])
    mx = np.concatenate([rs.uniform(-30, 5, 6000), rs.uniform(-1e-5, 1e-5, 2000), -rs.exponential(3, 2000)])
    dump("np_random_libm/values", {
        "exp_x": ex, "exp": np.array([math.exp(v) for v in ex]),
        "pow_x": px, "pow_y": py, "pow": np.array([math.pow(a, b) for a, b in zip(px, py)]),
        "log1p_x": lx, "log1p": np.array([math.log1p(v) for v in lx]),
        "expm1_x": mx, "expm1": np.array([math.expm1(v) for v in mx]),
    })


if __name__ == "__main__":
    main()
