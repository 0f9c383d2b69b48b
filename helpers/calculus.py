"""Numerical derivatives by finite differences, to check analytic gradients against.

``numerical_derivative(f, x)`` is the central difference
``(f(x + h) - f(x - h)) / (2h)``; ``kind="forward"`` and ``kind="backward"``
give the one-sided differences. At a kink such as ReLU's x = 0 the three
disagree (central 0.5, forward 1, backward 0): there is no derivative to
approximate there, and that disagreement is how one sees it.

``step_size_scan(f, fprime, x)`` measures how the error of a difference depends
on the step ``h``: large steps leave truncation error (about ``h**2`` for the
central difference of a smooth function), small ones magnify rounding error
(about ``eps / h``), so the error is smallest in between (near ``1e-5`` for
float64 and ``tanh`` at 1). Chapter 2 plots it, and its exercise judges the
learner's step against it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
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


# Steps 10^-1 ... 10^-12: a decade apart, from clearly too large to clearly too small for float64.
DEFAULT_STEPS = 10.0 ** -np.arange(1, 13)


@dataclass(frozen=True)
class StepScan:
    """Errors of a difference for a range of steps, and the steps that make it accurate.

    ``accurate`` are the steps whose error is at most ``factor`` times the smallest error; ``low`` and ``high`` are
    the smallest and largest of them, ``best`` the step with the smallest error.
    """

    steps: np.ndarray
    errors: np.ndarray
    factor: float

    @property
    def best(self) -> float:
        return float(self.steps[int(np.argmin(self.errors))])

    @property
    def smallest_error(self) -> float:
        return float(np.min(self.errors))

    @property
    def accurate(self) -> np.ndarray:
        return self.steps[self.errors <= self.factor * self.smallest_error]

    @property
    def low(self) -> float:
        return float(np.min(self.accurate))

    @property
    def high(self) -> float:
        return float(np.max(self.accurate))


def step_size_scan(
    f: Callable[[np.ndarray], ArrayLike],
    fprime: Callable[[np.ndarray], ArrayLike],
    x: float,
    steps: ArrayLike | None = None,
    kind: str = "central",
    factor: float = 10.0,
) -> StepScan:
    """``|numerical_derivative(f, x, h, kind) - fprime(x)|`` for every step ``h`` in ``steps``, in float64.

    ``steps`` defaults to :data:`DEFAULT_STEPS` (10^-1 ... 10^-12); ``factor`` (> 1) sets which steps count as
    accurate (error at most ``factor`` times the smallest). ``x`` must be a finite number where ``fprime`` is finite.
    """
    if isinstance(x, bool) or not isinstance(x, (int, float, np.integer, np.floating)) or not math.isfinite(x):
        raise ValueError(f"step_size_scan: x must be a finite number, got {x!r}")
    if not callable(fprime):
        raise TypeError(f"step_size_scan: fprime must be a function, got {type(fprime).__name__}")
    if isinstance(factor, bool) or not isinstance(factor, (int, float)) or not factor > 1 or not math.isfinite(factor):
        raise ValueError(f"step_size_scan: factor must be a finite number > 1, got {factor!r}")
    hs = DEFAULT_STEPS.copy() if steps is None else np.array(steps, dtype=np.float64).ravel()
    if hs.size == 0 or not np.all(np.isfinite(hs)) or np.any(hs <= 0):
        raise ValueError(f"step_size_scan: steps must be finite numbers > 0, got {steps!r}")
    exact = float(np.asarray(fprime(np.float64(x)), dtype=np.float64))
    if not math.isfinite(exact):
        raise ValueError(f"step_size_scan: fprime({x!r}) is {exact!r}, not a finite number")
    estimates = np.array([numerical_derivative(f, float(x), h=float(h), kind=kind) for h in hs], dtype=np.float64)
    return StepScan(steps=hs, errors=np.abs(estimates - exact), factor=float(factor))
