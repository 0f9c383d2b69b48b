"""One small plotting helper used by every chapter (in the spirit of d2l's ``plot``).

Importing this module imports ``matplotlib_fontja``, which registers a Japanese
font (IPAexGothic) with matplotlib so that Japanese labels render without
tofu. That is its only side effect.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import matplotlib_fontja  # noqa: F401  (side effect: Japanese font for matplotlib)
import numpy as np
from matplotlib.axes import Axes
from numpy.typing import ArrayLike

from helpers.i18n import text

FIGSIZE = (5.5, 3.5)


def x_grid(limit: float = 3.0, points_per_unit: int = 100) -> np.ndarray:
    """Evenly spaced points on [-limit, limit] that contain 0 exactly.

    ``np.linspace(-3, 3, 601)`` may put ``4e-16`` where 0 should be; building the
    grid from integers keeps the kink of ReLU exactly on a grid point.
    """
    if not limit > 0 or points_per_unit < 1:
        raise ValueError(f"x_grid: need limit > 0 and points_per_unit >= 1, got {limit!r}, {points_per_unit!r}")
    n = int(round(limit * points_per_unit))
    return np.arange(-n, n + 1) / points_per_unit


def plot(
    x: ArrayLike,
    ys: ArrayLike | Sequence[ArrayLike],
    labels: Sequence[str] | None = None,
    *,
    xlabel: str | None = None,
    ylabel: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    styles: Sequence[str] | None = None,
) -> Axes:
    """Draw one or more curves over ``x`` with both axes through 0 marked; return the Axes.

    ``ys`` is one array or a list of arrays. Axis labels default to the
    catalogue's "input x" / "output f(x)" in the current language.
    """
    x = np.asarray(x)
    curves = [np.asarray(ys)] if np.ndim(ys) == 1 else [np.asarray(y) for y in ys]
    if any(y.shape != x.shape for y in curves):
        raise ValueError(f"plot: every curve needs the shape of x {x.shape}, got {[y.shape for y in curves]}")
    if labels is not None and len(labels) != len(curves):
        raise ValueError(f"plot: {len(curves)} curves but {len(labels)} labels")
    if ax is None:
        _, ax = plt.subplots(figsize=FIGSIZE, layout="constrained")
    ax.axhline(0, color="0.6", linewidth=0.8)
    ax.axvline(0, color="0.6", linewidth=0.8)
    for i, y in enumerate(curves):
        style = styles[i] if styles else "-"
        ax.plot(x, y, style, label=None if labels is None else labels[i])
    ax.set_xlabel(text("plot.x") if xlabel is None else xlabel)
    ax.set_ylabel(text("plot.y") if ylabel is None else ylabel)
    if title is not None:
        ax.set_title(title)
    if labels is not None:
        ax.legend()
    ax.grid(True, alpha=0.3)
    return ax
