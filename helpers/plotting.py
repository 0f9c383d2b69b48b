"""The plotting helpers used by every chapter: ``plot`` (in the spirit of d2l's) and ``show``.

Importing this module has two side effects, both here and nowhere else:
``matplotlib_fontja`` registers a Japanese font (IPAexGothic) with matplotlib so
that Japanese labels render without tofu, and the colour cycle becomes the
colour-blind-safe Okabe-Ito palette (:data:`PALETTE`; ``"C0"``, ``"C1"``... name
its colours). :func:`plot` also gives the curves of an Axes that holds more than
two of them different line styles (:data:`LINESTYLES`), so that no reader has to
tell them apart by colour alone.

:func:`show` displays a figure with a description, which JupyterLab puts on the
rendered ``<img>`` as its ``alt`` text (what a screen reader reads).
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence

import matplotlib as mpl
import matplotlib.pyplot as plt
import matplotlib_fontja  # noqa: F401  (side effect: Japanese font for matplotlib)
import numpy as np
import PIL.Image
from matplotlib import cycler
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from numpy.typing import ArrayLike

from helpers.i18n import text

FIGSIZE = (5.5, 3.5)

# Okabe & Ito (2008), "Color Universal Design": told apart with every common form of colour-vision deficiency.
# Blue, orange, bluish green, vermillion, reddish purple, sky blue, black, yellow (faint on white, so last).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
# As many distinct line styles as colours: with more than two curves, curve i gets colour i and style i.
LINESTYLES = ("-", "--", "-.", ":", (0, (6, 1.5, 1, 1.5, 1, 1.5)), (0, (1, 3)), (0, (9, 3)), (0, (3, 1, 1, 1)))
# Markers, for lines drawn without helpers.plot that need one more distinction (e.g. marker=MARKERS[i]).
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
mpl.rcParams["axes.prop_cycle"] = cycler(color=list(PALETTE))

_AUTO = "helpers.plot:auto-style"  # gid of the curves whose line style plot() chose (and may change)


def x_grid(limit: float = 3.0, points_per_unit: int = 100) -> np.ndarray:
    """Evenly spaced points on [-limit, limit] that contain 0 exactly.

    ``np.linspace(-3, 3, 601)`` may put ``4e-16`` where 0 should be; building the
    grid from integers keeps the kink of ReLU exactly on a grid point.
    """
    if not limit > 0 or points_per_unit < 1:
        raise ValueError(f"x_grid: need limit > 0 and points_per_unit >= 1, got {limit!r}, {points_per_unit!r}")
    n = int(round(limit * points_per_unit))
    return np.arange(-n, n + 1) / points_per_unit


def gap_at(x: np.ndarray, y: np.ndarray, at: float = 0.0) -> np.ndarray:
    """``y`` as floats with NaN where ``x == at``, so that a jump there is drawn as a gap, not a vertical line."""
    return np.where(np.asarray(x) == at, np.nan, np.asarray(y, dtype=float))


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
    catalogue's "input x" / "output f(x)" in the current language. Colours come
    from :data:`PALETTE`; once the Axes holds more than two curves drawn here
    without ``styles``, they also get the line styles of :data:`LINESTYLES`
    (``styles``, matplotlib format strings such as ``"--"``, always wins).
    """
    x = np.asarray(x)
    curves = [np.asarray(ys)] if np.ndim(ys) == 1 else [np.asarray(y) for y in ys]
    if any(y.shape != x.shape for y in curves):
        raise ValueError(f"plot: every curve needs the shape of x {x.shape}, got {[y.shape for y in curves]}")
    if labels is not None and len(labels) != len(curves):
        raise ValueError(f"plot: {len(curves)} curves but {len(labels)} labels")
    if ax is None:
        _, ax = plt.subplots(figsize=FIGSIZE, layout="constrained")
    ax.axhline(0, color="0.6", linewidth=0.8, gid="helpers.plot:zero-y")
    ax.axvline(0, color="0.6", linewidth=0.8, gid="helpers.plot:zero-x")
    for i, y in enumerate(curves):
        label = None if labels is None else labels[i]
        if styles:
            ax.plot(x, y, styles[i], label=label)
        else:
            ax.plot(x, y, "-", label=label, gid=_AUTO)
    auto = [line for line in ax.get_lines() if line.get_gid() == _AUTO]
    if len(ax.get_lines()) - 2 * _reference_lines(ax) > 2:
        for k, line in enumerate(auto):
            line.set_linestyle(LINESTYLES[k % len(LINESTYLES)])
    ax.set_xlabel(text("plot.x") if xlabel is None else xlabel)
    ax.set_ylabel(text("plot.y") if ylabel is None else ylabel)
    if title is not None:
        ax.set_title(title)
    if labels is not None:
        ax.legend()
    ax.grid(True, alpha=0.3)
    return ax


def _reference_lines(ax: Axes) -> int:
    """How many times plot() drew its pair of grey lines through 0 on ``ax`` (they are not curves)."""
    return sum(1 for line in ax.get_lines() if line.get_gid() == "helpers.plot:zero-y")


def png_bytes(figure: Figure, dpi: float | None = None, tight: bool = True) -> bytes:
    """``figure`` as an opaque PNG: same picture, same bytes; transparent parts become white, so a dark theme
    behind it never shows through (black text on a dark page would be unreadable).

    ``tight`` crops to what is drawn, as the inline backend does; a widget redrawn in place passes False, so that
    its picture keeps its size.
    """
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi if dpi is not None else figure.dpi, metadata={"Software": None},
                   facecolor="white", bbox_inches="tight" if tight else None)
    picture = PIL.Image.open(io.BytesIO(buffer.getvalue())).convert("RGBA")
    white = PIL.Image.new("RGBA", picture.size, (255, 255, 255, 255))
    buffer = io.BytesIO()
    PIL.Image.alpha_composite(white, picture).convert("RGB").save(buffer, format="png")
    return buffer.getvalue()


def image_html(png: bytes, description: str, style: str | None = None) -> str:
    """An ``<img>`` of the PNG bytes inline, with ``description`` (HTML-escaped) as its ``alt`` text."""
    data = base64.b64encode(png).decode("ascii")
    css = f' style="{html.escape(style, quote=True)}"' if style else ""
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(description, quote=True)}"{css}>'


def _look(line: Line2D) -> tuple:
    """What tells a line apart without colour: its dash pattern, its marker, and whether the marker is hollow."""
    face = line.get_markerfacecolor()
    hollow = isinstance(face, str) and face.lower() in ("none", "white", "w", "#ffffff")
    marker = line.get_marker()
    return (str(line._dash_pattern) if line.get_linestyle() not in ("None", "", " ") else "none",
            "none" if marker in (None, "None", "", " ") else str(marker), hollow)


def colour_only(figure: Figure) -> list[str]:
    """Pairs of legend entries told apart by colour alone, in Axes whose legend lists more than two lines.

    A reader who cannot tell the colours apart matches a line to its legend entry by its dash pattern or
    marker; :func:`show` refuses a figure for which this list is not empty.
    """
    problems = []
    for ax in figure.axes:
        legend = ax.get_legend()
        if legend is None:
            continue
        entries = {text.get_text() for text in legend.get_texts()}
        lines = [ln for ln in ax.get_lines() if ln.get_label() in entries and not ln.get_label().startswith("_")]
        if len(lines) <= 2:
            continue
        for i, a in enumerate(lines):
            for b in lines[i + 1:]:
                if _look(a) == _look(b) and mpl.colors.to_rgba(a.get_color()) != mpl.colors.to_rgba(b.get_color()):
                    problems.append(f"{ax.get_title() or 'an Axes'!r}: {a.get_label()!r} and {b.get_label()!r}")
    return problems


def show(figure_or_axes: Figure | Axes, description: str) -> None:
    """Display the figure once, with ``description`` as the alt text of its image; then close the figure.

    ``description`` (in the notebook's language, from the message catalogue) says what the figure shows and
    what to notice. The output is HTML ``<img alt=...>`` (JupyterLab drops the alt of a plain ``image/png``),
    with the PNG itself as a fallback for other frontends and the description as its plain text.

    A figure whose legend tells more than two lines apart by colour alone is refused (:func:`colour_only`):
    give them different line styles or markers (:data:`LINESTYLES`, :data:`MARKERS`).
    """
    if not isinstance(description, str) or not description.strip():
        raise ValueError(f"show: the figure needs a non-empty description, got {description!r}")
    if isinstance(figure_or_axes, Axes):
        figure = figure_or_axes.figure
    elif isinstance(figure_or_axes, Figure):
        figure = figure_or_axes
    else:
        raise TypeError(f"show: expected a matplotlib Figure or Axes, got {type(figure_or_axes).__name__}")
    same = colour_only(figure)
    if same:
        raise ValueError("show: these lines differ only in colour; give them different line styles or markers "
                         "(helpers.plotting.LINESTYLES, MARKERS): " + "; ".join(same[:3])
                         + (f"; and {len(same) - 3} more pairs" if len(same) > 3 else ""))
    png = png_bytes(figure)
    plt.close(figure)  # else the inline backend shows it a second time at the end of the cell
    from IPython.display import display

    bundle = {
        "text/html": image_html(png, description),
        "image/png": base64.b64encode(png).decode("ascii"),
        "text/plain": description,
    }
    display(bundle, raw=True)
