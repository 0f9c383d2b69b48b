"""Interactive widgets of the course, all built on one small pattern.

The pattern (every widget in this module follows it; add new ones the same way):

1. **One figure, made once.** :func:`new_figure` returns a ``matplotlib.figure.Figure``
   made without pyplot, so the inline backend never shows it on its own and
   ``plt.get_fignums()`` does not grow. Static curves are drawn once (with
   :func:`helpers.plot` and ``ax=``); the moving parts are artists kept in
   variables (a ``Line2D`` whose data is replaced, a text whose string is set).
2. **An update function** ``update() -> (readout, description)`` reads the
   controls, moves the artists and returns two texts, localised with
   :func:`helpers.text` (keys under ``widget.`` in ``helpers/messages/widgets.py``):
   the readout line, and the description of the picture as it now is (what it
   shows and what to notice, with the current values), which a screen reader
   reads as the image's ``alt`` text.
3. **An** :class:`InteractiveFigure` wraps it: controls on top, the picture, the
   readout below. The picture is an ``ipywidgets.HTML`` holding one
   ``<img src="data:image/png;base64,..." alt="description">`` (an
   ``ipywidgets.Image`` has no alt text). On every change of a control it calls
   ``update()`` and replaces that HTML: the output area never grows, and a test
   can see the picture and its description change (``widget.picture.value``;
   its parts: ``widget.png`` and ``widget.description``) and the numbers change
   (``widget.readout.value``).
4. **A public function per widget** (``tangent_explorer()``, ``alpha_explorer()``)
   that a notebook calls as the last line of a cell tagged ``nbval-ignore-output``.

Before the cell is run (a stored notebook, GitHub, nbviewer) a learner sees the
text/plain form of the widget: the notebook builder drops the widget-view part
of stored outputs, because its model ids are random, so
:meth:`InteractiveFigure._repr_mimebundle_` puts a short localised line there
("Interactive widget: run this cell to use it") and keeps the widget view, so
that the widget itself appears when the cell runs.

Labels are taken in the language chosen when the widget is made.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from types import SimpleNamespace

import ipywidgets
import numpy as np
from matplotlib.figure import Figure

from helpers.activations import leaky_relu, leaky_relu_grad, relu, relu_grad
from helpers.i18n import text
from helpers.plotting import FIGSIZE, PALETTE, gap_at, image_html, plot, png_bytes, x_grid

DPI = 90
# The picture shrinks with a narrow notebook, never grows past its own size.
IMAGE_STYLE = "max-width: 100%; height: auto; display: block"
BLUE, ORANGE, VERMILLION = PALETTE[0], PALETTE[1], PALETTE[3]


def new_figure(ncols: int = 1, figsize: tuple[float, float] = FIGSIZE) -> tuple[Figure, list]:
    """A Figure with ``ncols`` Axes side by side, made without pyplot (never auto-displayed)."""
    figure = Figure(figsize=figsize, dpi=DPI, layout="constrained")
    axes = figure.subplots(1, ncols, squeeze=False)[0]
    return figure, list(axes)


def render_png(figure: Figure) -> bytes:
    """The figure as opaque PNG bytes, always the same size (what the widget's ``<img>`` shows).

    The same picture gives the same bytes, so a change of bytes means a change of picture.
    """
    return png_bytes(figure, dpi=DPI, tight=False)


class InteractiveFigure(ipywidgets.VBox):
    """Controls, a figure shown as a PNG image with its description as alt text, and a one-line readout;
    redrawn on every change.

    ``update`` moves the figure's artists to match the controls and returns the
    readout text and the picture's description. Tests drive the widget through
    ``controls`` and read ``readout.value`` and ``picture.value`` (the ``<img>``),
    or its parts ``png`` and ``description``. ``image.value`` is the PNG bytes, as
    when the picture was an ``ipywidgets.Image``.
    """

    def __init__(
        self,
        figure: Figure,
        controls: Sequence[ipywidgets.ValueWidget],
        update: Callable[[], tuple[str, str]],
        note: str | None = None,
    ) -> None:
        self.figure = figure
        self.controls = list(controls)
        self.picture = ipywidgets.HTML(layout=ipywidgets.Layout(width="auto", max_width="100%"))
        self.picture.add_class("relu-course-figure")
        self.png, self.description = b"", ""
        self.readout = ipywidgets.HTML()
        self._update = update
        children = [*self.controls, self.picture, self.readout]
        if note:
            children.append(ipywidgets.HTML(f"<small>{html.escape(note, quote=False)}</small>"))
        super().__init__(children)
        for control in self.controls:
            control.observe(self._on_change, names="value")
        self.refresh()

    def _on_change(self, change: dict) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Move the artists, then replace the readout and the picture with its description (no new output)."""
        line, description = self._update()
        if not description.strip():
            raise ValueError("InteractiveFigure.refresh: the update function returned an empty description")
        self.png, self.description = render_png(self.figure), description
        self.readout.value = f"<code>{html.escape(line, quote=False)}</code>"
        self.picture.value = image_html(self.png, description, style=IMAGE_STYLE)

    @property
    def image(self) -> SimpleNamespace:
        """The PNG bytes shown, as ``image.value`` (the name they had when the picture was an ``ipywidgets.Image``)."""
        return SimpleNamespace(value=self.png)

    def _repr_mimebundle_(self, **kwargs: object) -> dict | None:
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is not None:
            # What a stored notebook shows before the cell runs (the widget view itself is not stored).
            bundle["text/plain"] = text("widget.placeholder")
        return bundle


def _slope_text(value: float) -> str:
    return f"{value:g}"


def tangent_explorer(x: float = 1.0, limit: float = 3.0) -> InteractiveFigure:
    """A slider for x: the point (x, ReLU(x)) on the curve, the value, the slope and the tangent line.

    The slope is ``helpers.relu_grad(x)``, so at x = 0 it shows the convention 0
    (the derivative does not exist there; the readout says so).
    """
    grid = x_grid(limit)
    figure, (ax,) = new_figure()
    plot(grid, relu(grid), labels=[text("plot.relu.label")], ax=ax, title=text("widget.tangent.title"))
    (tangent,) = ax.plot([], [], "--", color=VERMILLION, label=text("widget.tangent.line"))
    (point,) = ax.plot([], [], "o", color=VERMILLION, markersize=7)
    ax.set_xlim(-limit, limit)
    ax.set_ylim(-1.0, limit)
    ax.legend(loc="upper left")
    slider = ipywidgets.FloatSlider(
        value=x, min=-limit, max=limit, step=0.1, description="x", readout_format=".1f", continuous_update=True
    )

    def update() -> tuple[str, str]:
        x0 = round(float(slider.value), 6)  # slider steps like 0.1 * k are not exact in binary
        y0, slope = relu(x0), relu_grad(x0)
        span = np.array([x0 - 1.5, x0 + 1.5])
        tangent.set_data(span, y0 + slope * (span - x0))
        point.set_data([x0], [y0])
        # At the corner there is no tangent: the legend names the dashed line for what it is there.
        tangent.set_label(text("widget.tangent.line.zero" if x0 == 0 else "widget.tangent.line"))
        ax.legend(loc="upper left")
        line = text("widget.tangent.readout", x=f"{x0:.1f}", y=f"{y0:.2f}", slope=_slope_text(slope))
        if x0 == 0:
            # A Japanese note starts with "（", which takes no space before it; an English one with "(".
            note = text("widget.tangent.at_zero")
            line += note if note.startswith("（") else " " + note
        side = "zero" if x0 == 0 else "positive" if x0 > 0 else "negative"
        description = text("widget.tangent.description", low=f"{-limit:g}", high=f"{limit:g}", x=f"{x0:.1f}",
                           y=f"{y0:.2f}", notice=text(f"widget.tangent.notice.{side}"))
        return line, description

    return InteractiveFigure(figure, [slider], update)


def alpha_explorer(alpha: float = 0.1, limit: float = 3.0, max_alpha: float = 0.5) -> InteractiveFigure:
    """An alpha slider: Leaky ReLU and its derivative (left, right), each beside ReLU, redrawn as alpha moves."""
    grid = x_grid(limit)
    figure, (ax_f, ax_d) = new_figure(2, figsize=(9.0, 3.5))
    plot(grid, relu(grid), labels=[text("plot.relu.label")], ax=ax_f, styles=["--"],
         title=text("widget.alpha.title_f"))
    plot(grid, gap_at(grid, relu_grad(grid)), labels=[text("widget.alpha.relu_grad")], ax=ax_d, styles=["--"],
         ylabel=text("plot.dy"), title=text("widget.alpha.title_d"))
    (leaky,) = ax_f.plot([], [], color=ORANGE, linewidth=2)
    (leaky_d,) = ax_d.plot([], [], color=ORANGE, linewidth=2)
    ax_f.set_ylim(-max_alpha * limit - 0.2, limit)
    ax_d.set_ylim(-0.1, 1.15)
    slider = ipywidgets.FloatSlider(
        value=alpha, min=0.0, max=max_alpha, step=0.01, description="α", readout_format=".2f", continuous_update=True
    )

    def update() -> tuple[str, str]:
        a = round(float(slider.value), 6)
        label = text("widget.alpha.leaky", alpha=f"{a:.2f}")
        leaky.set_data(grid, leaky_relu(grid, a))
        leaky.set_label(label)
        leaky_d.set_data(grid, gap_at(grid, leaky_relu_grad(grid, a)))
        leaky_d.set_label(text("leaky.grad.label", alpha=f"{a:.2f}"))  # the right panel shows derivatives
        ax_f.legend(loc="upper left")
        ax_d.legend(loc="upper left")
        # + 0.0 turns the -0.0 of alpha = 0 (0 * -2) into 0.0, so the readout never shows "-0.00".
        values = {"alpha": f"{a:.2f}", "value": f"{leaky_relu(-2.0, a) + 0.0:.2f}"}
        notice = text("widget.alpha.notice.zero" if a == 0 else "widget.alpha.notice", **values)
        return text("widget.alpha.readout", **values), text("widget.alpha.description", alpha=f"{a:.2f}",
                                                             notice=notice)

    return InteractiveFigure(figure, [slider], update, note=text("widget.alpha.note"))


def dying_explorer(lr: float = 0.015, epochs: int = 30, width: int = 64, seed: int = 0) -> InteractiveFigure:
    """A learning-rate slider and a train button: one 1 -> width -> 1 ReLU network fitted to sin x with SGD.

    Shows the loss and the fraction of dead hidden units per epoch
    (:func:`helpers.dying.train_mlp`). Each click trains a new network (the
    next seed); moving the slider retrains the current seed at the new rate.
    """
    from helpers.dying import sine_data, train_mlp  # here, so that importing widgets stays light

    x, y = sine_data()
    epoch = np.arange(epochs + 1)
    figure, (ax_loss, ax_dead) = new_figure(2, figsize=(9.0, 3.3))
    (loss_line,) = ax_loss.plot([], [], color=BLUE)
    (dead_line,) = ax_dead.plot([], [], color=VERMILLION, drawstyle="steps-post")
    ax_loss.set(yscale="log", xlim=(0, epochs), xlabel=text("dying.epoch"), ylabel=text("dying.loss"),
                title=text("dying.widget.loss_title"))
    ax_dead.set(xlim=(0, epochs), ylim=(-0.02, 1.02), xlabel=text("dying.epoch"),
                ylabel=text("dying.dead_fraction"), title=text("dying.widget.dead_title"))
    for ax in (ax_loss, ax_dead):
        ax.grid(True, alpha=0.3)
    slider = ipywidgets.FloatLogSlider(value=lr, base=10, min=-3, max=-1.3, step=0.05, readout_format=".3f",
                                       description=text("dying.widget.lr"), continuous_update=False,
                                       style={"description_width": "initial"})
    button = ipywidgets.Button(description=text("dying.widget.train"), icon="play")
    state = {"seed": seed}

    def update() -> tuple[str, str]:
        rate = float(f"{slider.value:.3g}")
        result = train_mlp(x, y, width=width, lr=rate, epochs=epochs, seed=state["seed"])
        loss, dead = result.loss[:, 0, 0], result.dead_fraction[:, 0, 0]
        finite = np.isfinite(loss)
        loss_line.set_data(epoch[finite], loss[finite])
        dead_line.set_data(epoch, dead)
        if finite.any():
            low, high = loss[finite].min(), loss[finite].max()
            ax_loss.set_ylim(low / 2, high * 2)
        values = {"lr": f"{rate:g}", "seed": state["seed"]}
        setup = {**values, "width": width, "epochs": epochs}
        if result.diverged[0, 0]:
            notice = text("widget.dying.notice.diverged")
            return text("dying.widget.diverged", **values), text("widget.dying.description", **setup, notice=notice)
        n_dead = int(result.dead[-1, 0, 0].sum())
        numbers = {"width": width, "dead": n_dead, "percent": f"{n_dead / width:.0%}", "epochs": epochs,
                   "loss": f"{loss[-1]:.3g}"}
        notice = text("widget.dying.notice", **numbers, start=f"{dead[0]:.0%}")
        return (text("dying.widget.readout", **values, **numbers),
                text("widget.dying.description", **setup, notice=notice))

    widget = InteractiveFigure(figure, [slider], update)
    widget.button = button
    widget.children = (slider, button, *widget.children[1:])

    def train_new_seed(_: ipywidgets.Button) -> None:
        state["seed"] += 1
        widget.refresh()

    button.on_click(train_new_seed)
    return widget
