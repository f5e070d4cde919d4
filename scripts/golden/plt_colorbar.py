"""Colorbars as matplotlib 3.6 places and ticks them: location, orientation, extend (given and
defaulting from a contour set or a BoundaryNorm), ticks, LogNorm, with and without
layout='constrained'; each figure recorded as plt_tutorials.py records a tutorial cell (boxes,
limits, ticks and labels of every Axes, colorbars included).
Writes test/golden/plt_colorbar/cases.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from golden_io import dump  # noqa: E402
from plt_tutorials import record  # noqa: E402

IMG = np.add.outer(np.linspace(0, 1, 20), np.linspace(0, 2, 30))
C = np.add.outer(np.arange(6.0), np.arange(8.0))
X, Y = np.meshgrid(np.linspace(-2, 2, 40), np.linspace(-2, 2, 40))
Z = np.exp(-X**2 - Y**2) * 3 - 1


def left_image():
    plt.imshow(IMG)
    plt.colorbar(location='left')


def top_extend_min():
    plt.imshow(IMG, cmap='gray')
    plt.colorbar(location='top', extend='min')


def horizontal_ticks():
    fig, ax = plt.subplots()
    pc = ax.pcolormesh(C)
    fig.colorbar(pc, orientation='horizontal', extend='max', ticks=[1, 4, 9])


def constrained_bottom():
    fig, ax = plt.subplots(figsize=(5, 4), layout='constrained')
    sc = ax.scatter(np.arange(10), np.arange(10), c=np.arange(10) ** 2)
    fig.colorbar(sc, location='bottom', label='squares')


def constrained_left_top():
    fig, axs = plt.subplots(1, 2, figsize=(7, 3), layout='constrained')
    pc = axs[0].pcolormesh(C, cmap='viridis')
    fig.colorbar(pc, ax=axs[0], location='left')
    pc = axs[1].pcolormesh(C, norm=mcolors.LogNorm(vmin=1, vmax=100))
    fig.colorbar(pc, ax=axs[1], location='top')


def contour_extend():
    fig, ax = plt.subplots()
    cs = ax.contourf(X, Y, Z, levels=[-0.5, 0, 0.5, 1, 1.5], extend='both')
    fig.colorbar(cs)


def boundary_norm():
    fig, ax = plt.subplots()
    pc = ax.pcolormesh(C, norm=mcolors.BoundaryNorm([0, 2, 4, 6, 8, 10, 12], 256, extend='both'))
    fig.colorbar(pc)


def pyplot_norms():
    plt.subplot(121)
    plt.pcolormesh(C, norm=mcolors.PowerNorm(0.5))
    plt.colorbar(orientation='vertical')
    plt.subplot(122)
    plt.contourf(X, Y, Z, norm=mcolors.TwoSlopeNorm(0))
    plt.colorbar()


CASES = [left_image, top_extend_min, horizontal_ticks, constrained_bottom, constrained_left_top, contour_extend, boundary_norm, pyplot_norms]

if __name__ == "__main__":
    dump("plt_colorbar/cases", record((build.__name__, build) for build in CASES))
