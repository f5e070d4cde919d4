"""Structure of every figure of matplotlib's introductory tutorials (pyplot, images, quick
start), cell by cell, as Debian's matplotlib (Agg) draws them: the figure's size in pixels, each
Axes' box in pixels (top-left origin), limits, tick locations and label texts, titles and axis
labels, and per artist its kind, size of data and colours. Where a tutorial draws unseeded
random numbers the cell is seeded with 19680801 (and so is its port). The image tutorial reads
data/skimage/chelsea.png in place of stinkbug.png. Writes test/golden/plt_tutorials/<page>.json.
Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib as mpl  # noqa: E402
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.image as mpimg  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from golden_io import dump  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PHOTO = os.path.join(ROOT, "data", "skimage", "chelsea.png")


def hexa(c):
    return mcolors.to_hex(c, keep_alpha=True)


def texts(labels):
    return [t.get_text() for t in labels]


def ticks(axis, lim):
    lo, hi = min(lim), max(lim)
    locs = axis.get_majorticklocs()
    labels = axis.get_majorticklabels()
    keep = [i for i, v in enumerate(locs) if lo - 1e-9 * max(1, abs(hi - lo)) <= v <= hi + 1e-9 * max(1, abs(hi - lo))]
    return [float(locs[i]) for i in keep], [labels[i].get_text() for i in keep]


def artist_facts(ax):
    out = []
    for ln in ax.lines:
        out.append({"kind": "line", "n": len(ln.get_xdata()), "color": hexa(ln.get_color()), "marker": str(ln.get_marker()),
                    "linestyle": ln.get_linestyle(), "linewidth": ln.get_linewidth(), "markersize": ln.get_markersize()})
    for c in ax.collections:
        fc = c.get_facecolors()
        out.append({"kind": type(c).__name__, "n": len(c.get_offsets()) if hasattr(c, "get_offsets") else 0,
                    "facecolor": hexa(fc[0]) if len(fc) else None, "nfacecolors": len(fc)})
    if ax.patches:
        p = ax.patches[0]
        out.append({"kind": "patches", "n": len(ax.patches), "facecolor": hexa(p.get_facecolor()), "edgecolor": hexa(p.get_edgecolor())})
    for im in ax.images:
        a = im.get_array()
        out.append({"kind": "image", "shape": list(a.shape), "cmap": im.get_cmap().name, "clim": [float(v) for v in im.get_clim()],
                    "extent": [float(v) for v in im.get_extent()]})
    for t in ax.texts:
        out.append({"kind": "text", "text": t.get_text(), "xy": [float(v) for v in t.get_position()]})
    return out


def secondary_facts(sec, h):
    """A secondary axis: its box, the axis it draws, its limits, ticks, labels and label."""
    which = sec._orientation
    axis = sec.xaxis if which == "x" else sec.yaxis
    lim = sec.get_xlim() if which == "x" else sec.get_ylim()
    locs, labels = ticks(axis, lim)
    bb = sec.get_window_extent()
    return {"box": [bb.x0, h - bb.y1, bb.x1, h - bb.y0], "axis": which, "location": sec._loc, "lim": [float(v) for v in lim],
            "ticks": locs, "ticklabels": labels, "label": sec.get_xlabel() if which == "x" else sec.get_ylabel()}


def facts(fig):
    fig.canvas.draw()
    w, h = fig.canvas.get_width_height()
    axes = []
    for ax in fig.axes:
        bb = ax.get_window_extent()
        xlim, ylim = ax.get_xlim(), ax.get_ylim()
        xt, xl = ticks(ax.xaxis, xlim)
        yt, yl = ticks(ax.yaxis, ylim)
        colorbar = hasattr(ax, "_colorbar")
        axes.append({
            "box": [bb.x0, h - bb.y1, bb.x1, h - bb.y0],
            "colorbar": colorbar,
            "xlim": list(xlim), "ylim": list(ylim),
            "xscale": ax.get_xscale(), "yscale": ax.get_yscale(),
            "xticks": xt, "xticklabels": xl, "yticks": yt, "yticklabels": yl,
            "title": ax.get_title(), "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
            "artists": [] if colorbar else artist_facts(ax),
            "legend": texts(ax.get_legend().get_texts()) if ax.get_legend() else None,
        })
        # twins (twinx / twiny) and secondary axes, where an axes has them
        siblings = ax._twinned_axes.get_siblings(ax)
        if len(siblings) > 1 and any(fig.axes.index(o) < fig.axes.index(ax) for o in siblings if o is not ax and o in fig.axes):
            axes[-1]["twin"] = True
        secondary = [c for c in ax.child_axes if type(c).__name__ == "SecondaryAxis"]
        if secondary:
            axes[-1]["secondary"] = [secondary_facts(c, h) for c in secondary]
    sup = fig._suptitle.get_text() if fig._suptitle else ""
    return {"size": [w, h], "suptitle": sup, "axes": axes}


CELLS = {}


def cell(page, name):
    def register(f):
        CELLS.setdefault(page, []).append((name, f))
        return f
    return register


# ---- pyplot tutorial ----
@cell("pyplot", "plot a list")
def _():
    plt.plot([1, 2, 3, 4])
    plt.ylabel('some numbers')


@cell("pyplot", "plot x versus y")
def _():
    plt.plot([1, 2, 3, 4], [1, 4, 9, 16])


@cell("pyplot", "red circles and axis")
def _():
    plt.plot([1, 2, 3, 4], [1, 4, 9, 16], 'ro')
    plt.axis([0, 6, 0, 20])


@cell("pyplot", "three format strings")
def _():
    t = np.arange(0., 5., 0.2)
    plt.plot(t, t, 'r--', t, t**2, 'bs', t, t**3, 'g^')


@cell("pyplot", "keyword strings")
def _():
    np.random.seed(19680801)
    data = {'a': np.arange(50), 'c': np.random.randint(0, 50, 50), 'd': np.random.randn(50)}
    data['b'] = data['a'] + 10 * np.random.randn(50)
    data['d'] = np.abs(data['d']) * 100
    plt.scatter('a', 'b', c='c', s='d', data=data)
    plt.xlabel('entry a')
    plt.ylabel('entry b')


@cell("pyplot", "categorical")
def _():
    names = ['group_a', 'group_b', 'group_c']
    values = [1, 10, 100]
    plt.figure(figsize=(9, 3))
    plt.subplot(131)
    plt.bar(names, values)
    plt.subplot(132)
    plt.scatter(names, values)
    plt.subplot(133)
    plt.plot(names, values)
    plt.suptitle('Categorical Plotting')


@cell("pyplot", "two subplots")
def _():
    def f(t):
        return np.exp(-t) * np.cos(2*np.pi*t)
    t1 = np.arange(0.0, 5.0, 0.1)
    t2 = np.arange(0.0, 5.0, 0.02)
    plt.figure()
    plt.subplot(211)
    plt.plot(t1, f(t1), 'bo', t2, f(t2), 'k')
    plt.subplot(212)
    plt.plot(t2, np.cos(2*np.pi*t2), 'r--')


@cell("pyplot", "histogram with text")
def _():
    np.random.seed(19680801)
    mu, sigma = 100, 15
    x = mu + sigma * np.random.randn(10000)
    plt.hist(x, 50, density=1, facecolor='g', alpha=0.75)
    plt.xlabel('Smarts')
    plt.ylabel('Probability')
    plt.title('Histogram of IQ')
    plt.text(60, .025, r'$\mu=100,\ \sigma=15$')
    plt.axis([40, 160, 0, 0.03])
    plt.grid(True)


@cell("pyplot", "annotate")
def _():
    plt.subplot(111)
    t = np.arange(0.0, 5.0, 0.01)
    s = np.cos(2*np.pi*t)
    plt.plot(t, s, lw=2)
    plt.annotate('local max', xy=(2, 1), xytext=(3, 1.5), arrowprops=dict(facecolor='black', shrink=0.05))
    plt.ylim(-2, 2)


@cell("pyplot", "scales")
def _():
    np.random.seed(19680801)
    y = np.random.normal(loc=0.5, scale=0.4, size=1000)
    y = y[(y > 0) & (y < 1)]
    y.sort()
    x = np.arange(len(y))
    plt.figure()
    plt.subplot(221)
    plt.plot(x, y)
    plt.yscale('linear')
    plt.title('linear')
    plt.grid(True)
    plt.subplot(222)
    plt.plot(x, y)
    plt.yscale('log')
    plt.title('log')
    plt.grid(True)
    plt.subplot(223)
    plt.plot(x, y - y.mean())
    plt.yscale('symlog', linthresh=0.01)
    plt.title('symlog')
    plt.grid(True)
    plt.subplot(224)
    plt.plot(x, y)
    plt.yscale('logit')
    plt.title('logit')
    plt.grid(True)
    plt.subplots_adjust(top=0.92, bottom=0.08, left=0.10, right=0.95, hspace=0.25, wspace=0.35)


# ---- image tutorial ----
def photo():
    return mpimg.imread(PHOTO)


def thumb():
    img = Image.open(PHOTO)
    img.thumbnail((64, 64), Image.LANCZOS)
    return np.asarray(img)


@cell("images", "imshow RGB")
def _():
    plt.imshow(photo())


@cell("images", "imshow one channel")
def _():
    plt.imshow(photo()[:, :, 0])


@cell("images", "imshow hot")
def _():
    plt.imshow(photo()[:, :, 0], cmap="hot")


@cell("images", "set_cmap")
def _():
    imgplot = plt.imshow(photo()[:, :, 0])
    imgplot.set_cmap('nipy_spectral')


@cell("images", "colorbar")
def _():
    plt.imshow(photo()[:, :, 0])
    plt.colorbar()


@cell("images", "histogram of values")
def _():
    plt.hist(photo()[:, :, 0].ravel(), bins=256, range=(0.0, 1.0), fc='k', ec='k')


@cell("images", "clim")
def _():
    plt.imshow(photo()[:, :, 0], clim=(0.0, 0.7))


@cell("images", "set_clim and horizontal colorbars")
def _():
    lum_img = photo()[:, :, 0]
    fig = plt.figure()
    a = fig.add_subplot(1, 2, 1)
    plt.imshow(lum_img)
    a.set_title('Before')
    plt.colorbar(ticks=[0.1, 0.3, 0.5, 0.7], orientation='horizontal')
    a = fig.add_subplot(1, 2, 2)
    imgplot = plt.imshow(lum_img)
    imgplot.set_clim(0.0, 0.7)
    a.set_title('After')
    plt.colorbar(ticks=[0.1, 0.3, 0.5, 0.7], orientation='horizontal')


@cell("images", "thumbnail")
def _():
    plt.imshow(thumb())


@cell("images", "thumbnail nearest")
def _():
    plt.imshow(thumb(), interpolation="nearest")


@cell("images", "thumbnail bicubic")
def _():
    plt.imshow(thumb(), interpolation="bicubic")


# ---- quick start guide ----
def qs_data():
    np.random.seed(19680801)
    data = {'a': np.arange(50), 'c': np.random.randint(0, 50, 50), 'd': np.random.randn(50)}
    data['b'] = data['a'] + 10 * np.random.randn(50)
    data['d'] = np.abs(data['d']) * 100
    data1, data2, data3, data4 = np.random.randn(4, 100)
    return data, (data1, data2, data3, data4)


@cell("quick_start", "a simple example")
def _():
    fig, ax = plt.subplots()
    ax.plot([1, 2, 3, 4], [1, 4, 2, 3])


@cell("quick_start", "data keyword")
def _():
    data, _ = qs_data()
    fig, ax = plt.subplots(figsize=(5, 2.7), layout='constrained')
    ax.scatter('a', 'b', c='c', s='d', data=data)
    ax.set_xlabel('entry a')
    ax.set_ylabel('entry b')


@cell("quick_start", "OO style")
def _():
    x = np.linspace(0, 2, 100)
    fig, ax = plt.subplots(figsize=(5, 2.7), layout='constrained')
    ax.plot(x, x, label='linear')
    ax.plot(x, x**2, label='quadratic')
    ax.plot(x, x**3, label='cubic')
    ax.set_xlabel('x label')
    ax.set_ylabel('y label')
    ax.set_title("Simple Plot")
    ax.legend()


@cell("quick_start", "pyplot style")
def _():
    x = np.linspace(0, 2, 100)
    plt.figure(figsize=(5, 2.7), layout='constrained')
    plt.plot(x, x, label='linear')
    plt.plot(x, x**2, label='quadratic')
    plt.plot(x, x**3, label='cubic')
    plt.xlabel('x label')
    plt.ylabel('y label')
    plt.title("Simple Plot")
    plt.legend()


@cell("quick_start", "helper function")
def _():
    _, (data1, data2, data3, data4) = qs_data()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(5, 2.7))
    ax1.plot(data1, data2, **{'marker': 'x'})
    ax2.plot(data3, data4, **{'marker': 'o'})


@cell("quick_start", "styling artists")
def _():
    _, (data1, data2, data3, data4) = qs_data()
    fig, ax = plt.subplots(figsize=(5, 2.7))
    x = np.arange(len(data1))
    ax.plot(x, np.cumsum(data1), color='blue', linewidth=3, linestyle='--')
    l, = ax.plot(x, np.cumsum(data2), color='orange', linewidth=2)
    l.set_linestyle(':')


@cell("quick_start", "colors")
def _():
    _, (data1, data2, data3, data4) = qs_data()
    fig, ax = plt.subplots(figsize=(5, 2.7))
    ax.scatter(data1, data2, s=50, facecolor='C0', edgecolor='k')


@cell("quick_start", "markers")
def _():
    _, (data1, data2, data3, data4) = qs_data()
    fig, ax = plt.subplots(figsize=(5, 2.7))
    ax.plot(data1, 'o', label='data1')
    ax.plot(data2, 'd', label='data2')
    ax.plot(data3, 'v', label='data3')
    ax.plot(data4, 's', label='data4')
    ax.legend()


@cell("quick_start", "axes labels and text")
def _():
    qs_data()
    mu, sigma = 115, 15
    x = mu + sigma * np.random.randn(10000)
    fig, ax = plt.subplots(figsize=(5, 2.7), layout='constrained')
    ax.hist(x, 50, density=True, facecolor='C0', alpha=0.75)
    ax.set_xlabel('Length [cm]')
    ax.set_ylabel('Probability')
    ax.set_title('Aardvark lengths\n (not really)')
    ax.text(75, .025, r'$\mu=115,\ \sigma=15$')
    ax.axis([55, 175, 0, 0.03])
    ax.grid(True)


@cell("quick_start", "annotations")
def _():
    fig, ax = plt.subplots(figsize=(5, 2.7))
    t = np.arange(0.0, 5.0, 0.01)
    s = np.cos(2 * np.pi * t)
    ax.plot(t, s, lw=2)
    ax.annotate('local max', xy=(2, 1), xytext=(3, 1.5), arrowprops=dict(facecolor='black', shrink=0.05))
    ax.set_ylim(-2, 2)


@cell("quick_start", "legends")
def _():
    _, (data1, data2, data3, data4) = qs_data()
    fig, ax = plt.subplots(figsize=(5, 2.7))
    ax.plot(np.arange(len(data1)), data1, label='data1')
    ax.plot(np.arange(len(data2)), data2, label='data2')
    ax.plot(np.arange(len(data3)), data3, 'd', label='data3')
    ax.legend()


@cell("quick_start", "scales")
def _():
    _, (data1, data2, data3, data4) = qs_data()
    fig, axs = plt.subplots(1, 2, figsize=(5, 2.7), layout='constrained')
    xdata = np.arange(len(data1))
    data = 10**data1
    axs[0].plot(xdata, data)
    axs[1].set_yscale('log')
    axs[1].plot(xdata, data)


@cell("quick_start", "tick locators")
def _():
    _, (data1, data2, data3, data4) = qs_data()
    xdata = np.arange(len(data1))
    fig, axs = plt.subplots(2, 1, layout='constrained')
    axs[0].plot(xdata, data1)
    axs[0].set_title('Automatic ticks')
    axs[1].plot(xdata, data1)
    axs[1].set_xticks(np.arange(0, 100, 30), ['zero', '30', 'sixty', '90'])
    axs[1].set_yticks([-1.5, 0, 1.5])
    axs[1].set_title('Manual ticks')


@cell("quick_start", "categories")
def _():
    qs_data()
    fig, ax = plt.subplots(figsize=(5, 2.7), layout='constrained')
    categories = ['turnips', 'rutabaga', 'cucumber', 'pumpkins']
    ax.bar(categories, np.random.rand(len(categories)))


@cell("quick_start", "color mapped data")
def _():
    _, (data1, data2, data3, data4) = qs_data()
    X, Y = np.meshgrid(np.linspace(-3, 3, 128), np.linspace(-3, 3, 128))
    Z = (1 - X/2 + X**5 + Y**3) * np.exp(-X**2 - Y**2)
    fig, axs = plt.subplots(2, 2, layout='constrained')
    pc = axs[0, 0].pcolormesh(X, Y, Z, vmin=-1, vmax=1, cmap='RdBu_r')
    fig.colorbar(pc, ax=axs[0, 0])
    axs[0, 0].set_title('pcolormesh()')
    co = axs[0, 1].contourf(X, Y, Z, levels=np.linspace(-1.25, 1.25, 11))
    fig.colorbar(co, ax=axs[0, 1])
    axs[0, 1].set_title('contourf()')
    pc = axs[1, 0].imshow(Z**2 * 100, cmap='plasma', norm=mpl.colors.LogNorm(vmin=0.01, vmax=100))
    fig.colorbar(pc, ax=axs[1, 0], extend='both')
    axs[1, 0].set_title('imshow() with LogNorm()')
    pc = axs[1, 1].scatter(data1, data2, c=data3, cmap='RdBu_r')
    fig.colorbar(pc, ax=axs[1, 1], extend='both')
    axs[1, 1].set_title('scatter()')


@cell("quick_start", "additional axis objects")
def _():
    t = np.arange(0.0, 5.0, 0.01)
    s = np.cos(2 * np.pi * t)
    fig, (ax1, ax3) = plt.subplots(1, 2, figsize=(7, 2.7), layout='constrained')
    l1, = ax1.plot(t, s)
    ax2 = ax1.twinx()
    l2, = ax2.plot(t, range(len(t)), 'C1')
    ax2.legend([l1, l2], ['Sine (left)', 'Straight (right)'])
    ax3.plot(t, s)
    ax3.set_xlabel('Angle [rad]')
    ax4 = ax3.secondary_xaxis('top', functions=(np.rad2deg, np.deg2rad))
    ax4.set_xlabel('Angle [°]')


@cell("quick_start", "mosaic")
def _():
    fig, axd = plt.subplot_mosaic([['upleft', 'right'], ['lowleft', 'right']], layout='constrained')
    axd['upleft'].set_title('upleft')
    axd['lowleft'].set_title('lowleft')
    axd['right'].set_title('right')


def record(cells):
    """Each (name, build) drawn from matplotlib's defaults, as {"cell": name, "figure": facts}."""
    out = []
    for name, build in cells:
        plt.close("all")
        plt.rcdefaults()
        build()
        out.append({"cell": name, "figure": facts(plt.gcf())})
        plt.close("all")
    return out


if __name__ == "__main__":
    for page, cells in CELLS.items():
        dump(f"plt_tutorials/{page}", record(cells))
    dump("plt_tutorials/thumbnail", {"pixels": thumb()})
