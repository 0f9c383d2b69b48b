"""The widgets: driven through their sliders, they change their numbers and their picture, and nothing else grows."""

import matplotlib.pyplot as plt
import pytest

import helpers
from helpers import widgets
from helpers.messages import MESSAGES

WIDGETS = {"tangent": widgets.tangent_explorer, "alpha": widgets.alpha_explorer}


@pytest.fixture
def english():
    helpers.set_language("en")
    yield
    helpers.set_language("en")


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_moving_the_slider_changes_the_numbers_and_the_picture(name, english):
    before_figures = plt.get_fignums()
    w = WIDGETS[name]()
    (slider,) = w.controls
    children = list(w.children)
    text0, png0 = w.readout.value, bytes(w.image.value)
    assert png0.startswith(b"\x89PNG")
    slider.value = slider.max
    text1, png1 = w.readout.value, bytes(w.image.value)
    assert text1 != text0 and png1 != png0
    slider.value = slider.min
    assert w.readout.value not in (text0, text1) and bytes(w.image.value) not in (png0, png1)
    # Redrawing replaces, never adds: same children, no pyplot figure, one Figure object throughout.
    assert list(w.children) == children
    assert plt.get_fignums() == before_figures
    assert len(w.figure.axes) == (1 if name == "tangent" else 2)


def test_the_same_slider_position_gives_the_same_picture(english):
    w = widgets.tangent_explorer(x=1.0)
    png = bytes(w.image.value)
    w.controls[0].value = 2.0
    w.controls[0].value = 1.0
    assert bytes(w.image.value) == png


def test_tangent_readout_shows_value_and_slope_with_the_convention_at_zero(english):
    w = widgets.tangent_explorer(x=1.5)
    assert "ReLU(x) = 1.50" in w.readout.value and "slope ReLU'(x) = 1" in w.readout.value
    w.controls[0].value = -2.0
    assert "x = -2.0" in w.readout.value and "ReLU(x) = 0.00" in w.readout.value
    assert "slope ReLU'(x) = 0" in w.readout.value and "not differentiable" not in w.readout.value
    w.controls[0].value = 0.0
    assert "slope ReLU'(x) = 0" in w.readout.value and "not differentiable at x = 0" in w.readout.value
    # The tangent line drawn is the one of the readout: slope 0 through (0, 0).
    tangent = w.figure.axes[0].lines[-2]
    assert list(tangent.get_ydata()) == [0.0, 0.0]


def test_alpha_widget_draws_leaky_relu_with_the_slider_alpha(english):
    w = widgets.alpha_explorer(alpha=0.2)
    assert "LeakyReLU(-2) = -0.40" in w.readout.value
    w.controls[0].value = 0.5
    assert "α = 0.50" in w.readout.value and "LeakyReLU(-2) = -1.00" in w.readout.value
    f_line, d_line = w.figure.axes[0].lines[-1], w.figure.axes[1].lines[-1]
    assert f_line.get_ydata()[0] == pytest.approx(-1.5)  # 0.5 * (-3)
    assert d_line.get_ydata()[0] == pytest.approx(0.5)
    assert w.controls[0].min == 0.0 and w.controls[0].max == 0.5


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_labels_and_plain_text_follow_the_language(name, language):
    helpers.set_language(language)
    try:
        w = WIDGETS[name]()
        bundle = w._repr_mimebundle_()
        assert bundle["text/plain"] == MESSAGES["widget.placeholder"][language]
        assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == w.model_id
        titles = [ax.get_title() for ax in w.figure.axes]
        expected = {"tangent": ["widget.tangent.title"], "alpha": ["widget.alpha.title_f", "widget.alpha.title_d"]}
        assert titles == [MESSAGES[k][language] for k in expected[name]]
        assert w.figure.axes[0].get_xlabel() == MESSAGES["plot.x"][language]
    finally:
        helpers.set_language("en")


def test_japanese_readout(english):
    helpers.set_language("ja")
    w = widgets.tangent_explorer(x=0.0)
    assert "傾き" in w.readout.value and "微分不可能" in w.readout.value


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_redrawing_displays_nothing_new(name, english, monkeypatch):
    # A redraw that called display() (or showed a pyplot figure) would add an output below the widget on every move.
    import IPython.core.display_functions as display_functions

    shown = []
    monkeypatch.setattr(display_functions, "display", lambda *a, **k: shown.append(a))
    monkeypatch.setattr(plt, "show", lambda *a, **k: shown.append(a))
    w = WIDGETS[name]()
    for value in (w.controls[0].min, w.controls[0].max, w.controls[0].value):
        w.controls[0].value = value
    assert shown == []
