"""matplotlib.colors' normalisations (Normalize, LogNorm, CenteredNorm, SymLogNorm, TwoSlopeNorm,
PowerNorm, BoundaryNorm) over one set of values, their inverses and the limits they autoscale
to; and the colours scatter / pcolormesh / imshow / contourf draw through a norm. Masked
results are written as NaN. Writes test/golden/plt_norms/norms.json.
Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from golden_io import dump  # noqa: E402

X = np.array([-3.0, -1.0, -0.25, 0.0, 0.001, 0.5, 1.0, 2.5, 10.0, 40.0, np.nan])


def filled(a):
    return np.ma.filled(np.ma.asarray(a, dtype=float), np.nan).astype(float)


CASES = {
    "Normalize": lambda: mcolors.Normalize(),
    "Normalize_limits": lambda: mcolors.Normalize(-1, 2),
    "Normalize_clip": lambda: mcolors.Normalize(vmin=-1, vmax=2, clip=True),
    "LogNorm": lambda: mcolors.LogNorm(),
    "LogNorm_limits": lambda: mcolors.LogNorm(vmin=0.01, vmax=100),
    "LogNorm_clip": lambda: mcolors.LogNorm(0.1, 10, clip=True),
    "CenteredNorm": lambda: mcolors.CenteredNorm(),
    "CenteredNorm_halfrange": lambda: mcolors.CenteredNorm(vcenter=1, halfrange=2, clip=True),
    "SymLogNorm": lambda: mcolors.SymLogNorm(0.5),
    "SymLogNorm_opts": lambda: mcolors.SymLogNorm(linthresh=0.1, linscale=2, vmin=-5, vmax=20, clip=True, base=2),
    "TwoSlopeNorm": lambda: mcolors.TwoSlopeNorm(0.0),
    "TwoSlopeNorm_limits": lambda: mcolors.TwoSlopeNorm(vcenter=1, vmin=-2, vmax=5),
    "PowerNorm": lambda: mcolors.PowerNorm(0.5),
    "PowerNorm_clip": lambda: mcolors.PowerNorm(gamma=2, vmin=0, vmax=5, clip=True),
}


def norms():
    out = {}
    for name, make in CASES.items():
        n = make()
        y = filled(n(np.ma.masked_invalid(X)))  # as the plotting calls pass data: NaN masked
        rec = {"forward": y, "vmin": float(n.vmin), "vmax": float(n.vmax)}
        t = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
        rec["inverse"] = filled(n.inverse(t))
        out[name] = rec
    b = mcolors.BoundaryNorm([-1, 0, 0.5, 2, 10], 256)
    out["BoundaryNorm"] = {"forward": np.asarray(b(X[:-1]), dtype=float)}
    b = mcolors.BoundaryNorm(boundaries=[-1, 0, 0.5, 2, 10], ncolors=6, extend="both")
    out["BoundaryNorm_extend"] = {"forward": np.asarray(b(X[:-1]), dtype=float)}
    b = mcolors.BoundaryNorm([-1, 0, 0.5, 2, 10], 4, clip=True)
    out["BoundaryNorm_clip"] = {"forward": np.asarray(b(X[:-1]), dtype=float)}
    return out


def drawn():
    """Colours the plotting calls draw through a LogNorm / TwoSlopeNorm / BoundaryNorm."""
    out = {}
    v = np.array([0.02, 0.5, 3.0, 80.0, 500.0])
    fig, ax = plt.subplots()
    sc = ax.scatter(np.arange(5), np.arange(5), c=v, norm=mcolors.LogNorm())
    out["scatter_lognorm"] = [mcolors.to_hex(c) for c in sc.to_rgba(sc.get_array())]
    sc = ax.scatter(np.arange(5), np.arange(5), c=v, cmap="RdBu_r", norm=mcolors.TwoSlopeNorm(1.0))
    out["scatter_twoslope"] = [mcolors.to_hex(c) for c in sc.to_rgba(sc.get_array())]
    C = np.array([[0.02, 0.5], [3.0, 80.0]])
    pc = ax.pcolormesh(C, norm=mcolors.BoundaryNorm([0, 1, 10, 100], 256))
    out["pcolormesh_boundary"] = [mcolors.to_hex(c) for c in pc.cmap(pc.norm(pc.get_array()))]
    im = ax.imshow(C, norm=mcolors.LogNorm(vmin=0.01, vmax=100))
    out["imshow_lognorm"] = {"clim": list(im.get_clim()), "colors": [mcolors.to_hex(c) for c in im.cmap(im.norm(C.ravel()))]}
    Z = np.outer(np.linspace(-1, 1, 20), np.linspace(1, 3, 20))
    cs = ax.contourf(Z, norm=mcolors.TwoSlopeNorm(0.5))
    out["contourf_twoslope"] = {"levels": [float(l) for l in cs.levels], "colors": [mcolors.to_hex(c[0]) for c in [col.get_facecolor() for col in cs.collections]]}
    cs = ax.contour(Z, norm=mcolors.TwoSlopeNorm(0.5))
    out["contour_twoslope"] = [mcolors.to_hex(col.get_edgecolor()[0]) for col in cs.collections]
    plt.close(fig)
    return out


if __name__ == "__main__":
    dump("plt_norms/norms", {"x": X, "norms": norms(), "drawn": drawn()})
