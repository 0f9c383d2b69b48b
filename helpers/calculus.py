"""Numerical derivatives by finite differences, to check analytic gradients against.

``numerical_derivative(f, x)`` is the central difference
``(f(x + h) - f(x - h)) / (2h)``; ``kind="forward"`` and ``kind="backward"``
give the one-sided differences. At a kink such as ReLU's x = 0 the three
disagree (central 0.5, forward 1, backward 0): there is no derivative to
approximate there, and that disagreement is how one sees it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from helpers._inputs import as_real_array, float_dtype

KINDS = ("central", "forward", "backward")


def numerical_derivative(
    f: Callable[[np.ndarray], ArrayLike], x: ArrayLike, h: float = 1e-6, kind: str = "central"
) -> Any:
    """Finite-difference estimate of ``f'(x)``, elementwise; ``f`` must accept numpy arrays.

    ``kind`` is ``"central"`` (default), ``"forward"`` or ``"backward"``. The
    result has the shape of ``x`` (a Python float for a Python number). NaN in
    ``x`` gives NaN.
    """
    if not callable(f):
        raise TypeError(f"numerical_derivative: f must be a function, got {type(f).__name__}")
    if kind not in KINDS:
        raise ValueError(f"numerical_derivative: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    if isinstance(h, bool) or not isinstance(h, (int, float)) or not math.isfinite(h) or h <= 0:
        raise ValueError(f"numerical_derivative: h must be a finite number > 0, got {h!r}")
    inp = as_real_array(x, "numerical_derivative")
    a = inp.array.astype(float_dtype(inp.array), copy=False)
    if kind == "central":
        upper, lower, width = a + h, a - h, 2 * h
    elif kind == "forward":
        upper, lower, width = a + h, a, h
    else:
        upper, lower, width = a, a - h, h
    slope = (np.asarray(f(upper), dtype=a.dtype) - np.asarray(f(lower), dtype=a.dtype)) / a.dtype.type(width)
    return inp.wrap(slope)
