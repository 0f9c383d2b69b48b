"""Standard test inputs for exercises on elementwise functions.

Small, hand-picked arrays (so that a message can show the whole input): the
tutorial's five values first, then zero and -0.0, values between 0 and 1, other
shapes and dtypes, extremes and NaN. Checking stops at the first failing case,
so the order goes from the ordinary to the unusual.
"""

from __future__ import annotations

import numpy as np

inf, nan = float("inf"), float("nan")

# The five inputs of the seed tutorial.
SEED = [1.0, -10.0, 0.0, 15.0, -20.0]
# Around zero: -0.0, 0.0 and values in (0, 1) on both sides.
NEAR_ZERO = [-2.0, -0.5, -0.0, 0.0, 0.25, 0.5, 3.0]
MATRIX = [[-1.5, 0.0, 2.0], [0.75, -0.25, -3.0]]
CUBE = [[[-1.0, 2.0], [0.5, -0.0]], [[3.5, -4.25], [0.0, 0.001]]]
EXTREMES_64 = [-inf, -1.5e308, -1e-300, -5e-324, 5e-324, 1e-300, 1.5e308, inf]
EXTREMES_32 = [-inf, -3e38, -1e-38, -1e-45, 1e-45, 1e-38, 3e38, inf]
WITH_NAN = [nan, -1.0, 0.0, 1.0]


def float_arrays(nan_cases: bool = True) -> list[np.ndarray]:
    """float64 and float32 arrays of 0 to 3 dimensions, extremes, and (optionally) NaN."""
    f64, f32 = np.float64, np.float32
    arrays = [
        np.array(SEED, dtype=f64),
        np.array(NEAR_ZERO, dtype=f64),
        np.array(NEAR_ZERO, dtype=f32),
        np.array(MATRIX, dtype=f64),
        np.array(CUBE, dtype=f32),
        np.array(-1.5, dtype=f64),
        np.array(2.5, dtype=f32),
        np.array(EXTREMES_64, dtype=f64),
        np.array(EXTREMES_32, dtype=f32),
    ]
    if nan_cases:
        arrays += [np.array(WITH_NAN, dtype=f64), np.array(WITH_NAN, dtype=f32)]
    return arrays


def int_arrays() -> list[np.ndarray]:
    """Integer arrays, for exercises whose result keeps an integer dtype."""
    return [np.array([-3, 0, 2, 7], dtype=np.int64), np.array([[-1, 1], [0, -5]], dtype=np.int32)]
