"""Golden fixtures for scipy.ndimage's labelling, binary morphology, distance transform and
label statistics. Run: /usr/bin/python3 scripts/golden/ndimage_measure.py"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump  # noqa: E402
from ndimage_common import Recorder  # noqa: E402

from scipy import ndimage as ndi  # noqa: E402
from skimage import data  # noqa: E402

rng = np.random.default_rng(23)
coins = data.coins()[100:180, 60:160]
srcs = {
    "coinsb": coins > 110,
    "coins": coins,
    "blobs": rng.random((12, 15)) > 0.55,
    "noise": rng.random((12, 15)),
    "vol": rng.random((5, 6, 7)) > 0.6,
    "line": np.array([0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1], bool),
    "ring": np.pad(np.pad(np.zeros((3, 4), bool), 1, constant_values=True), 2),
    "ints": rng.integers(0, 5, (12, 15)),
}
r = Recorder(srcs)
R = r.ref
S8 = ndi.generate_binary_structure(2, 2)

for rank, conn in [(1, 1), (2, 1), (2, 2), (3, 1), (3, 2), (3, 3), (2, 0)]:
    r.add(f"gbs_{rank}_{conn}", ndi.generate_binary_structure, [rank, conn])
for v in ["", "T", "rev", "bcast"]:
    r.add(f"label_coins_{v}", ndi.label, [R("coinsb", v)], out=list(ndi.label(r._resolve(R("coinsb", v)))))
    r.add(f"erosion_coins_{v}", ndi.binary_erosion, [R("coinsb", v)])
    r.add(f"dilation_blobs_{v}", ndi.binary_dilation, [R("blobs", v)])
    r.add(f"edt_coins_{v}", ndi.distance_transform_edt, [R("coinsb", v)])
    r.add(f"fill_blobs_{v}", ndi.binary_fill_holes, [R("blobs", v)])
def lab(*a, **k):
    return list(ndi.label(*a, **k))
r.add("label_blobs8", "label", [R("blobs"), S8], out=lab(srcs["blobs"], S8))
r.add("label_vol", "label", [R("vol")], out=lab(srcs["vol"]))
r.add("label_vol26", "label", [R("vol"), ndi.generate_binary_structure(3, 3)], out=lab(srcs["vol"], ndi.generate_binary_structure(3, 3)))
r.add("label_line", "label", [R("line")], out=lab(srcs["line"]))
r.add("label_ints", "label", [R("ints")], out=lab(srcs["ints"]))
r.add("label_ints_int64", "label", [R("ints")], {"output": "int64"}, out=lab(srcs["ints"], output=np.int64))
for name in ["blobs", "ring"]:
    for it in [1, 2, 0]:
        for bv in [0, 1]:
            for f in [ndi.binary_erosion, ndi.binary_dilation, ndi.binary_opening, ndi.binary_closing]:
                r.add(f"{f.__name__}_{name}_{it}_{bv}", f, [R(name)], {"iterations": it, "border_value": bv})
for f in [ndi.binary_erosion, ndi.binary_dilation, ndi.binary_opening, ndi.binary_closing]:
    r.add(f"{f.__name__}_s8", f, [R("blobs"), S8])
    r.add(f"{f.__name__}_odd", f, [R("blobs")], {"structure": np.array([[1, 1, 0], [0, 1, 1]], bool), "origin": [0, -1]})
    r.add(f"{f.__name__}_even", f, [R("blobs")], {"structure": np.array([[1, 1], [0, 1]], bool)})
    r.add(f"{f.__name__}_mask", f, [R("blobs")], {"mask": srcs["noise"] > 0.3, "iterations": 2})
    r.add(f"{f.__name__}_vol", f, [R("vol")])
    r.add(f"{f.__name__}_line", f, [R("line")], {"structure": [1, 1, 1, 1]})
r.add("dilation_until_mask", ndi.binary_dilation, [R("blobs")], {"iterations": -1, "mask": srcs["noise"] > 0.2})
r.add("erosion_until", ndi.binary_erosion, [R("coinsb")], {"iterations": 0})
r.add("fill_ring", ndi.binary_fill_holes, [R("ring")])
r.add("fill_coins", ndi.binary_fill_holes, [R("coinsb")])
r.add("fill_coins8", ndi.binary_fill_holes, [R("coinsb"), S8])
r.add("fill_vol", ndi.binary_fill_holes, [R("vol")])
r.add("edt_blobs", ndi.distance_transform_edt, [R("blobs")])
r.add("edt_blobs_sampling", ndi.distance_transform_edt, [R("blobs")], {"sampling": [2.0, 0.7]})
r.add("edt_blobs_idx", ndi.distance_transform_edt, [R("blobs")], {"return_indices": True}, out=list(ndi.distance_transform_edt(srcs["blobs"], return_indices=True)))
r.add("edt_coins_idx_only", ndi.distance_transform_edt, [R("coinsb")], {"return_distances": False, "return_indices": True})
r.add("edt_coins_idx", ndi.distance_transform_edt, [R("coinsb")], {"return_indices": True}, out=list(ndi.distance_transform_edt(srcs["coinsb"], return_indices=True)))
r.add("edt_vol", ndi.distance_transform_edt, [R("vol")], {"sampling": [1, 2, 3]})
r.add("edt_vol_idx", ndi.distance_transform_edt, [R("vol")], {"return_indices": True, "return_distances": False})
r.add("edt_line", ndi.distance_transform_edt, [R("line")])
r.add("edt_ints", ndi.distance_transform_edt, [R("ints")])

labels, n = ndi.label(srcs["coinsb"])
srcs["labels"] = labels
idx = list(range(0, n + 3))
for f in [ndi.sum, ndi.sum_labels, ndi.mean, ndi.maximum, ndi.minimum]:
    nm = f.__name__
    r.add(f"{nm}_all", f, [R("coins")])
    r.add(f"{nm}_all_f", f, [R("noise")])
    r.add(f"{nm}_labels", f, [R("coins"), R("labels")])
    r.add(f"{nm}_one", f, [R("coins"), R("labels"), 2])
    r.add(f"{nm}_seq", f, [R("coins"), R("labels"), idx])
    r.add(f"{nm}_seq_f", f, [R("noise"), R("ints"), [1, 2, 3, 4, 7]])
r.add("com_all", "center_of_mass", [R("coins")], out=list(ndi.center_of_mass(srcs["coins"])))
r.add("com_labels", "center_of_mass", [R("coins"), R("labels")], out=list(ndi.center_of_mass(srcs["coins"], labels)))
r.add("com_one", "center_of_mass", [R("coins"), R("labels"), 3], out=list(ndi.center_of_mass(srcs["coins"], labels, 3)))
r.add("com_seq", "center_of_mass", [R("coins"), R("labels"), list(range(1, n + 1))], out=[list(t) for t in ndi.center_of_mass(srcs["coins"], labels, list(range(1, n + 1)))])
r.add("com_bool", "center_of_mass", [R("blobs")], out=list(ndi.center_of_mass(srcs["blobs"])))
r.add("com_vol", "center_of_mass", [R("vol")], out=list(ndi.center_of_mass(srcs["vol"])))


def objs(a, max_label=0):
    return [None if s is None else [[x.start, x.stop] for x in s] for s in ndi.find_objects(a, max_label)]


r.add("find_objects_labels", "find_objects", [R("labels")], out=objs(labels))
r.add("find_objects_ints", "find_objects", [R("ints")], out=objs(srcs["ints"]))
r.add("find_objects_max", "find_objects", [R("ints"), 7], out=objs(srcs["ints"], 7))
r.add("find_objects_max2", "find_objects", [R("ints")], {"max_label": 2}, out=objs(srcs["ints"], 2))
dump("ndimage/measure", r.fixture())


def more_stats():
    r = Recorder(srcs)
    R = r.ref
    for f in [ndi.variance, ndi.standard_deviation, ndi.median]:
        nm = f.__name__
        r.add(f"{nm}_all", f, [R("coins")])
        r.add(f"{nm}_all_f", f, [R("noise")])
        r.add(f"{nm}_labels", f, [R("coins"), R("labels")])
        r.add(f"{nm}_one", f, [R("coins"), R("labels"), 2])
        r.add(f"{nm}_seq", f, [R("coins"), R("labels"), list(range(1, n + 1))])
        r.add(f"{nm}_seq_f", f, [R("noise"), R("ints"), [1, 2, 3, 4]])
    r.add("median_missing", ndi.median, [R("noise"), R("ints"), [0, 1, 9]])
    for f in [ndi.minimum_position, ndi.maximum_position]:
        nm = f.__name__
        r.add(f"{nm}_all", nm, [R("coins")], out=list(f(srcs["coins"])))
        r.add(f"{nm}_labels", nm, [R("coins"), R("labels")], out=list(f(srcs["coins"], labels)))
        r.add(f"{nm}_one", nm, [R("noise"), R("ints"), 2], out=list(f(srcs["noise"], srcs["ints"], 2)))
        r.add(f"{nm}_seq", nm, [R("noise"), R("ints"), [1, 2, 3]], out=[list(t) for t in f(srcs["noise"], srcs["ints"], [1, 2, 3])])
    ex = ndi.extrema(srcs["noise"], srcs["ints"], 3)
    r.add("extrema_one", "extrema", [R("noise"), R("ints"), 3], out=[ex[0], ex[1], list(ex[2]), list(ex[3])])
    ex = ndi.extrema(srcs["coins"])
    r.add("extrema_all", "extrema", [R("coins")], out=[ex[0], ex[1], list(ex[2]), list(ex[3])])
    dump("ndimage/measure_more", r.fixture())


more_stats()
