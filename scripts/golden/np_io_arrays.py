"""The arrays np_io.py saves and np_io_check.py compares with (the TypeScript test builds the same)."""
import numpy as np


def arrays():
    """The arrays both sides build (the TypeScript test rebuilds them from this list)."""
    return {
        "f64": np.arange(12.0).reshape(3, 4) / 7,
        "f32": (np.arange(6, dtype=np.float32) - 2.5).reshape(2, 3),
        "i64": np.array([-(2 ** 40), -1, 0, 7, 2 ** 50]),
        "i32": np.arange(-3, 3, dtype=np.int32),
        "i16": np.array([[-300, 2], [3, 32000]], np.int16),
        "u8": np.array([0, 1, 255], np.uint8),
        "u16": np.array([65535, 1], np.uint16),
        "u32": np.array([4000000000, 5], np.uint32),
        "u64": np.array([2 ** 60, 3], np.uint64),
        "i8": np.array([-128, 127], np.int8),
        "b": np.array([[True, False], [False, True]]),
        "scalar": np.array(2.5),
        "empty": np.zeros((0, 3)),
        "nan": np.array([np.nan, np.inf, -np.inf, -0.0]),
        "c16": np.array([[1 + 2j, -0.5 - 0j], [complex(np.nan, 1), complex(np.inf, -np.inf)]]),
        "c8": np.array([1.5 - 2j, 3 + 0.25j, -1j], np.complex64),
    }
