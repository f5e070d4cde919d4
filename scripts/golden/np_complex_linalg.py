"""Golden fixtures for np.linalg on complex matrices beyond eig/inv/solve/det: svd, qr, cholesky,
eigh/eigvalsh, norm (every ord), cond, matrix_rank, slogdet, pinv, lstsq, matrix_power and
multi_dot, over contiguous, transposed and stacked inputs. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc  # noqa: E402

rng = np.random.default_rng(7)


def cplx(*shape):
    return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)


def hermitian_pd(n):
    m = cplx(n, n)
    return m @ m.conj().T + n * np.eye(n)


MATS = {
    "square": cplx(4, 4),
    "tall": cplx(5, 3),
    "wide": cplx(2, 4),
    "stack": cplx(2, 3, 3),
    "rank2": (lambda u, v: u @ v)(cplx(4, 2), cplx(2, 4)),
    "c64": cplx(3, 3).astype(np.complex64),
}
HERM = {"h3": hermitian_pd(3), "h5": hermitian_pd(5), "stack": np.stack([hermitian_pd(3), hermitian_pd(3)]), "degenerate": np.diag([2.0, 2.0, 5.0]).astype(complex)}
ORDS = [None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf]
VORDS = [None, 1, 2, 3, np.inf, -np.inf, 0, -1, 0.5]


def ordkey(o):
    return "None" if o is None else str(o)


out = {"versions": versions(), "mats": {k: enc(v) for k, v in MATS.items()}, "herm": {k: enc(v) for k, v in HERM.items()}}
out["svals"] = {k: enc(np.linalg.svd(v, compute_uv=False)) for k, v in MATS.items()}
out["svals_T"] = {k: enc(np.linalg.svd(v.swapaxes(-1, -2), compute_uv=False)) for k, v in MATS.items()}
out["norm"] = {k: {ordkey(o): enc(np.linalg.norm(v, o, axis=(-2, -1))) for o in ORDS} for k, v in MATS.items()}
out["norm_default"] = {k: float(np.linalg.norm(v)) for k, v in MATS.items()}
out["vnorm"] = {ordkey(o): enc(np.linalg.norm(MATS["square"][0], o)) for o in VORDS}
out["norm_keepdims"] = enc(np.linalg.norm(MATS["stack"], 2, axis=(1, 2), keepdims=True))
out["cond"] = {k: {ordkey(o): enc(np.linalg.cond(v, o)) for o in [None, 2, -2, 1, -1, np.inf, -np.inf, "fro"]} for k, v in MATS.items() if v.shape[-1] == v.shape[-2]}
out["rank"] = {k: enc(np.linalg.matrix_rank(v)) for k, v in MATS.items()}
out["rank_tol"] = int(np.linalg.matrix_rank(MATS["square"], tol=2.0))
out["eigvalsh"] = {k: {u: enc(np.linalg.eigvalsh(v, UPLO=u)) for u in "LU"} for k, v in HERM.items()}
out["eigh_w"] = {k: enc(np.linalg.eigh(v)[0]) for k, v in HERM.items()}
out["eigh_lower_only"] = enc(np.linalg.eigvalsh(np.tril(HERM["h3"]) + np.triu(cplx(3, 3), 1)))
out["cholesky"] = {k: enc(np.linalg.cholesky(v)) for k, v in HERM.items()}
out["slogdet"] = {k: [enc(x) for x in np.linalg.slogdet(v)] for k, v in MATS.items() if v.shape[-1] == v.shape[-2]}
out["pinv"] = {k: enc(np.linalg.pinv(v)) for k, v in MATS.items()}
b = cplx(5, 2)
x, res, rank, s = np.linalg.lstsq(MATS["tall"], b, rcond=None)
out["lstsq"] = {"b": enc(b), "x": enc(x), "res": enc(res), "rank": int(rank), "s": enc(s)}
x, res, rank, s = np.linalg.lstsq(MATS["rank2"], b[:4, 0], rcond=None)
out["lstsq_rank2"] = {"b": enc(b[:4, 0]), "x": enc(x), "res": enc(res), "rank": int(rank), "s": enc(s)}
out["matrix_power"] = {str(p): enc(np.linalg.matrix_power(MATS["square"], p)) for p in [0, 1, 3, -2]}
out["multi_dot"] = enc(np.linalg.multi_dot([MATS["tall"], MATS["wide"][:, :3].T, MATS["square"][:2, :2]]))
out["qr"] = {k: {mode: [enc(x) for x in (lambda r: r if isinstance(r, tuple) else (r,))(np.linalg.qr(v, mode=mode))] for mode in ["reduced", "complete", "r"]} for k, v in MATS.items()}
out["qr_T"] = [enc(x) for x in np.linalg.qr(MATS["tall"].T)]
dump("np_complex/linalg_more", out)
