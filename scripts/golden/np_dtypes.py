"""Golden fixtures for the dtype strings and names NumPy 1.24 understands:
test/golden/np_sig/dtypes.json. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

STRINGS = """
bool bool_ ? b1 |b1 =b1 <b1 >b1 int8 i1 <i1 |i1 b byte int16 i2 <i2 =i2 h short int32 i4 <i4 =i4 i intc
int64 i8 <i8 =i8 l q p long longlong intp int_ int uint8 u1 |u1 B ubyte uint16 u2 <u2 H ushort
uint32 u4 <u4 I uintc uint64 u8 <u8 L Q P ulong ulonglong uintp uint float32 f4 <f4 =f4 f single
float64 f8 <f8 =f8 d double float float_ g longdouble float16 f2 e half float128 f16 complex64 c8 F
complex128 c16 D complex complex_ cdouble csingle <c16 =c8 >c16 singlecomplex cfloat object O str U S bytes V datetime64 M8 timedelta64 m8
>f8 >i4 >u2 <float64 xyz f9 i3 float65 Float64 INT FLOAT int64x
""".split()


def resolve(s):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            dt = np.dtype(s)
        except Exception as e:  # noqa: BLE001
            return {"error": type(e).__name__, "message": str(e)}
    return {"name": dt.name, "str": dt.str, "native": dt.isnative}


NAMES = "int_ float_ intp uintp uint single double longlong ulonglong bool_ byte ubyte short ushort intc uintc complex64 complex128 complex_ cdouble csingle".split()
names = {n: np.dtype(getattr(np, n)).name for n in NAMES}
dump("np_sig/dtypes", {"versions": versions(), "strings": {s: resolve(s) for s in STRINGS}, "names": names})
