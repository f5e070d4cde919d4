"""Shared by the complex and fft fixture generators: complex arrays as JSON, and input layouts."""
import numpy as np


def enc(x):
    """An array as {re, im, dtype, shape}; im only for complex dtypes (JSON has no complex)."""
    x = np.asarray(x)
    if x.dtype.kind == "c":
        return {"re": np.array(x.real), "im": np.array(x.imag), "dtype": x.dtype.name, "shape": list(x.shape)}
    return {"re": x, "dtype": x.dtype.name, "shape": list(x.shape)}


def layout(x, how):
    """`x` contiguous ("C"), transposed ("T"), reversed on the last axis ("rev") or broadcast ("bcast:N")."""
    if how == "C":
        return x
    if how == "T":
        return x.T
    if how == "rev":
        return x[..., ::-1]
    if how.startswith("bcast:"):
        return np.broadcast_to(x, (int(how[6:]),) + x.shape)
    raise ValueError(how)
