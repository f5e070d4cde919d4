"""Secondary axes as matplotlib 3.6 places and ticks them: secondary_xaxis / secondary_yaxis at
"top", "bottom", "left", "right" or a fraction, with and without functions, recorded as
plt_tutorials.py records a figure. Writes test/golden/plt_secondary/cases.json.
Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from golden_io import dump  # noqa: E402
from plt_tutorials import record  # noqa: E402


def right_celsius():
    fig, ax = plt.subplots()
    ax.plot([0, 10, 20, 30], [32, 50, 68, 86])
    ax.set_ylabel('Fahrenheit')
    sec = ax.secondary_yaxis('right', functions=(lambda f: (f - 32) * 5 / 9, lambda c: c * 9 / 5 + 32))
    sec.set_ylabel('Celsius')


def middle_identity():
    fig, ax = plt.subplots(layout='constrained')
    ax.plot(np.linspace(-3, 3, 50), np.linspace(0, 1, 50))
    ax.secondary_xaxis(0.5)
    ax.secondary_yaxis('left', functions=(lambda y: 100 * y, lambda p: p / 100))


def bottom_milli():
    fig, ax = plt.subplots(figsize=(5, 3), layout='constrained')
    ax.plot([1, 2, 3, 4], [0, 1, 0, 1])
    sec = ax.secondary_xaxis('bottom', functions=(lambda x: x * 1000, lambda m: m / 1000))
    sec.set_xlabel('milli')


CASES = [right_celsius, middle_identity, bottom_milli]

if __name__ == "__main__":
    dump("plt_secondary/cases", record((build.__name__, build) for build in CASES))
