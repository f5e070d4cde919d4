"""Golden fixtures for NumPy parameters given values other than their defaults: ndarray
methods, creation, printing, the legacy random stream and the rest, grouped by family:
test/golden/np_sig/options_more.json. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_sig_create import run  # noqa: E402

a23 = np.array([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
i34 = np.array([[3, 1, 2, 1], [0, 5, 5, 0], [3, 1, 2, 1]])
mask = np.array([[True, False, True], [False, True, True]])
b23 = a23 > 0


def with_out(fn, shape, dtype=float):
    out = np.zeros(shape, dtype)
    r = fn(out)
    return [out, np.asarray(r is out)]


def layout(x):
    return [x, np.asarray(x.flags["F_CONTIGUOUS"]), np.asarray(x.flags["C_CONTIGUOUS"])]


def filled(x):
    """An uninitialised array made comparable: zeroed in place, with its layout."""
    x.fill(0)
    return layout(x)


METHODS = {
    "astype_order_F": lambda: layout(a23.astype("f4", order="F")),
    "astype_subok_false": lambda: a23.astype("i4", subok=False),
    "copy_order_F": lambda: layout(a23.copy(order="F")),
    "clip_out": lambda: with_out(lambda o: a23.clip(-1, 2, o), (2, 3)),
    "clip_where_out": lambda: with_out(lambda o: a23.clip(-1, 2, out=o, where=mask), (2, 3)),
    "clip_casting_dtype": lambda: a23.clip(-1, 2, dtype="f4", casting="same_kind"),
    "clip_order_F": lambda: layout(a23.clip(-1, 2, order="F")),
    "clip_subok_false": lambda: a23.clip(-1, 2, subok=False),
    "sum_out": lambda: with_out(lambda o: a23.sum(0, out=o), (3,)),
    "sum_keepdims": lambda: a23.sum(1, keepdims=True),
    "prod_dtype": lambda: i34.prod(1, dtype="f4"),
    "prod_out": lambda: with_out(lambda o: a23.prod(1, out=o), (2,)),
    "prod_initial": lambda: a23.prod(0, initial=2),
    "prod_where": lambda: a23.prod(1, where=mask),
    "mean_dtype": lambda: i34.mean(0, dtype="f4"),
    "mean_where": lambda: a23.mean(1, where=mask),
    "var_dtype": lambda: i34.var(1, dtype="f4"),
    "var_out": lambda: with_out(lambda o: a23.var(0, out=o), (3,)),
    "var_keepdims": lambda: a23.var(1, keepdims=True),
    "var_where": lambda: a23.var(1, where=mask),
    "std_dtype": lambda: i34.std(0, dtype="f4"),
    "std_out": lambda: with_out(lambda o: a23.std(1, out=o), (2,)),
    "std_keepdims": lambda: a23.std(0, keepdims=True),
    "std_where": lambda: a23.std(0, where=mask),
    "min_out": lambda: with_out(lambda o: a23.min(0, out=o), (3,)),
    "min_keepdims": lambda: a23.min(1, keepdims=True),
    "min_initial": lambda: a23.min(initial=-5),
    "min_where": lambda: a23.min(1, initial=10, where=mask),
    "max_out": lambda: with_out(lambda o: a23.max(1, out=o), (2,)),
    "any_out": lambda: with_out(lambda o: b23.any(0, out=o), (3,), bool),
    "any_keepdims": lambda: b23.any(1, keepdims=True),
    "any_where": lambda: b23.any(1, where=~b23),
    "all_out": lambda: with_out(lambda o: b23.all(1, out=o), (2,), bool),
    "all_where": lambda: b23.all(0, where=mask),
    "argmax_out": lambda: with_out(lambda o: a23.argmax(1, out=o), (2,), np.int64),
    "argmax_keepdims": lambda: a23.argmax(0, keepdims=True),
    "argmin_out": lambda: with_out(lambda o: a23.argmin(0, out=o), (3,), np.int64),
    "cumsum_out": lambda: with_out(lambda o: a23.cumsum(1, out=o), (2, 3)),
}

CREATION = {
    "array_subok_true": lambda: np.array(a23, subok=True),
    "asarray_like": lambda: np.asarray([1, 2], like=a23),
    "ascontiguousarray_dtype": lambda: layout(np.ascontiguousarray(a23.T, dtype="f4")),
    "ascontiguousarray_like": lambda: np.ascontiguousarray([1.5, 2], like=a23),
    "broadcast_to_subok": lambda: np.broadcast_to([1, 2, 3], (2, 3), subok=True),
    "copy_subok": lambda: np.copy(a23, subok=True),
    "empty_like_kw": lambda: filled(np.empty((2, 3), like=a23)),
    "empty_like_dtype": lambda: filled(np.empty_like(a23, dtype="i4")),
    "empty_like_order": lambda: filled(np.empty_like(a23, order="F")),
    "empty_like_subok": lambda: filled(np.empty_like(a23, subok=False)),
    "eye_like": lambda: np.eye(2, 3, 1, like=a23),
    "full_like_kw": lambda: np.full((2, 2), 7.5, like=a23),
    "identity_like": lambda: np.identity(3, like=a23),
    "ones_like_kw": lambda: np.ones(3, "i4", like=a23),
    "full_like_subok": lambda: np.full_like(a23, 2, subok=False),
    "ones_like_subok": lambda: np.ones_like(i34, subok=False),
    "ones_like_shape": lambda: np.ones_like(a23, shape=(3, 1)),
    "zeros_like_dtype": lambda: np.zeros_like(a23, dtype="u1"),
    "zeros_like_order": lambda: layout(np.zeros_like(a23, order="F")),
    "zeros_like_subok": lambda: np.zeros_like(i34, subok=False),
}

MISC = {
    "np_clip_order_F": lambda: layout(np.clip(a23, -1, 2, order="F")),
    "np_clip_subok_false": lambda: np.clip(a23, -1, 2, subok=False),
    "np_all_out": lambda: with_out(lambda o: np.all(b23, 0, out=o), (3,), bool),
    "np_amin_out": lambda: with_out(lambda o: np.amin(a23, 1, o), (2,)),
    "np_amin_where": lambda: np.amin(a23, 0, initial=3, where=mask),
    "np_argmin_out": lambda: with_out(lambda o: np.argmin(a23, 1, o), (2,), np.int64),
    "np_cumprod_out": lambda: with_out(lambda o: np.cumprod(a23, 0, out=o), (2, 3)),
    "np_prod_out": lambda: with_out(lambda o: np.prod(a23, 0, out=o), (3,)),
    "np_quantile_out": lambda: with_out(lambda o: np.quantile(a23, [0.25, 0.5], 1, o), (2, 2)),
    "np_quantile_interpolation": lambda: np.quantile(a23, 0.3, axis=0, interpolation="lower"),
    "np_std_out": lambda: with_out(lambda o: np.std(a23, 0, out=o), (3,)),
    "np_var_out": lambda: with_out(lambda o: np.var(a23, 1, None, o), (2,)),
    "np_vstack_casting_unsafe": lambda: np.vstack([a23, a23[::-1]], dtype="i4", casting="unsafe"),
    "np_vstack_casting_safe": lambda: np.vstack([a23, a23], dtype="i4", casting="safe"),
    "np_where_xy": lambda: np.where(mask, a23, -1),
    "np_where_xy_broadcast": lambda: np.where(mask[0], a23, [[10], [20]]),
    "slice_stop_step": lambda: a23[:, slice(0, 3, 2)],
    "slice_negative_step": lambda: a23[:, slice(None, None, -1)],
}


def vectorize_counts():
    calls = []
    v = np.vectorize(lambda x: calls.append(x) or x * 2, cache=True)
    return [v([1, 2, 3]), np.asarray(len(calls))]


MISC["vectorize_cache"] = vectorize_counts


def seeded(fn, seed=12345):
    np.random.seed(seed)
    return fn()


RANDOM = {
    "seed_random_size": lambda: seeded(lambda: np.random.random(size=4), 7),
    "random_sample_size": lambda: seeded(lambda: np.random.random_sample((2, 2))),
    "ranf_size": lambda: seeded(lambda: np.random.ranf(3)),
    "sample_size": lambda: seeded(lambda: np.random.sample(size=(1, 3))),
    "standard_normal_size": lambda: seeded(lambda: np.random.standard_normal(5)),
    "normal_loc_scale_size": lambda: seeded(lambda: np.random.normal(10, 0.5, (2, 3))),
    "normal_loc_kw": lambda: seeded(lambda: np.random.normal(loc=[0, 100])),
    "uniform_low_high_size": lambda: seeded(lambda: np.random.uniform(-2, 3, 5)),
    "uniform_high_kw": lambda: seeded(lambda: np.random.uniform(high=10, size=2)),
    "randint_high_size": lambda: seeded(lambda: np.random.randint(5, 50, (2, 4))),
    "randint_dtype": lambda: seeded(lambda: np.random.randint(0, 200, 6, dtype="u1")),
    "choice_size": lambda: seeded(lambda: np.random.choice(10, 4)),
    "choice_replace_false": lambda: seeded(lambda: np.random.choice(10, 5, replace=False)),
    "choice_p": lambda: seeded(lambda: np.random.choice([1.5, 2.5, 3.5], size=6, p=[0.2, 0.5, 0.3])),
}


def state_dict():
    np.random.seed(99)
    np.random.standard_normal()
    s = np.random.get_state(legacy=False)
    st = s["state"]
    return [st["key"].astype(np.int64), np.asarray(st["pos"]), np.asarray(s["has_gauss"]), np.asarray(s["gauss"])]


RANDOM["get_state_dict"] = state_dict

x = np.array([1e-9, 1234.5678, -0.5, np.nan, np.inf, 3.0])
big = np.arange(30.0) / 7
REPRS = {
    "threshold": lambda: np.printoptions(threshold=5),
    "edgeitems": lambda: np.printoptions(threshold=5, edgeitems=2),
    "linewidth": lambda: np.printoptions(linewidth=30),
    "suppress": lambda: np.printoptions(suppress=True),
    "nanstr": lambda: np.printoptions(nanstr="NaN"),
    "infstr": lambda: np.printoptions(infstr="Inf"),
    "formatter": lambda: np.printoptions(formatter={"float": lambda v: "<neg>" if v < 0 else "<pos>"}),
    "sign": lambda: np.printoptions(sign="+"),
    "floatmode": lambda: np.printoptions(floatmode="maxprec"),
    "legacy": lambda: np.printoptions(legacy=False),
}


def reprs():
    out = {}
    for name, ctx in REPRS.items():
        with ctx():
            out[name] = [repr(x), repr(big), str(a23)]
    return out


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    dump("np_sig/options_more", {
        "versions": versions(),
        "methods": {k: run(f) for k, f in METHODS.items()},
        "creation": {k: run(f) for k, f in CREATION.items()},
        "misc": {k: run(f) for k, f in MISC.items()},
        "random": {k: run(f) for k, f in RANDOM.items()},
        "reprs": reprs(),
    })
