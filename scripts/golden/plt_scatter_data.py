"""scatter with data=: columns named by string arguments, as matplotlib's pyplot tutorial and
quick start guide draw them, read back through the artist API: offsets, sizes, face colours,
label, limits. Writes test/golden/plt/scatter_data.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from golden_io import dump, versions  # noqa: E402

np.random.seed(19680801)
data = {"a": np.arange(50), "c": np.random.randint(0, 50, 50), "d": np.random.randn(50)}
data["b"] = data["a"] + 10 * np.random.randn(50)
data["d"] = np.abs(data["d"]) * 100

fig, ax = plt.subplots()
pc = ax.scatter("a", "b", c="c", s="d", data=data)
ax2 = fig.add_subplot(2, 2, 4)
pc2 = ax2.scatter("a", "b", c="red", s=5, data=data, label="given")
fig.canvas.draw()  # mapped colours are computed when the figure is drawn
out = {
    "versions": versions(),
    "data": {k: np.asarray(v, dtype=float) for k, v in data.items()},
    "offsets": np.asarray(pc.get_offsets()), "sizes": np.asarray(pc.get_sizes()), "facecolors": np.asarray(pc.get_facecolors()),
    "label": pc.get_label(), "xlim": list(ax.get_xlim()), "ylim": list(ax.get_ylim()),
    "named_colour": np.asarray(pc2.get_facecolors()), "label2": pc2.get_label(),
}
dump("plt/scatter_data", out)
