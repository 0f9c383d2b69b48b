"""The widgets: driven through their sliders, they change their numbers, their picture and its description (the
alt text of the <img> the learner's browser gets), and nothing else grows."""

import base64
import re

import matplotlib.pyplot as plt
import pytest

import helpers
from helpers import widgets
from helpers.messages import MESSAGES
from tests.html_images import images

WIDGETS = {"tangent": widgets.tangent_explorer, "alpha": widgets.alpha_explorer}
KANA = re.compile(r"[\u3041-\u30ff]")




def shown(w) -> tuple[bytes, str]:
    """The picture as the browser gets it: the PNG bytes of the one <img> in the widget's HTML, and its alt text."""
    (img,) = images(w.picture.value)
    src = img["src"]
    assert src.startswith("data:image/png;base64,"), src[:40]
    png = base64.b64decode(src.removeprefix("data:image/png;base64,"), validate=True)
    assert png.startswith(b"\x89PNG")
    return png, img.get("alt", "")


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
    text0, (png0, alt0) = w.readout.value, shown(w)
    assert alt0.strip() and (png0, alt0) == (w.png, w.description) and w.image.value == png0
    slider.value = slider.max
    text1, (png1, alt1) = w.readout.value, shown(w)
    assert text1 != text0 and png1 != png0 and alt1 != alt0
    slider.value = slider.min
    png2, alt2 = shown(w)
    assert w.readout.value not in (text0, text1) and png2 not in (png0, png1) and alt2 not in (alt0, alt1)
    # Redrawing replaces, never adds: same children, no pyplot figure, one Figure object throughout.
    assert list(w.children) == children
    assert plt.get_fignums() == before_figures
    assert len(w.figure.axes) == (1 if name == "tangent" else 2)


def test_the_same_slider_position_gives_the_same_picture_and_description(english):
    w = widgets.tangent_explorer(x=1.0)
    before = shown(w)
    w.controls[0].value = 2.0
    w.controls[0].value = 1.0
    assert shown(w) == before


def test_the_picture_is_opaque_and_keeps_its_size(english):
    import io

    import matplotlib.image as mpimg

    w = widgets.alpha_explorer()
    sizes = set()
    for value in (0.0, 0.25, 0.5):
        w.controls[0].value = value
        pixels = mpimg.imread(io.BytesIO(shown(w)[0]), format="png")
        assert pixels.shape[-1] == 3 or pixels[..., 3].min() == 1.0
        sizes.add(pixels.shape)
    assert len(sizes) == 1  # a picture that changed size would make the notebook jump as the slider moves


@pytest.mark.parametrize("language", ["ja", "en"])
def test_descriptions_say_what_the_picture_shows_with_the_current_values(language):
    helpers.set_language(language)
    try:
        w = widgets.tangent_explorer(x=1.5)
        _, alt = shown(w)
        assert "(1.5, 1.50)" in alt and bool(KANA.search(alt)) == (language == "ja")
        sides = ("positive", "negative", "zero")
        notices = {side: MESSAGES[f"widget.tangent.notice.{side}"][language] for side in sides}
        assert notices["positive"] in alt
        w.controls[0].value = -2.0
        assert "(-2.0, 0.00)" in shown(w)[1] and notices["negative"] in shown(w)[1]
        w.controls[0].value = 0.0
        assert notices["zero"] in shown(w)[1]
        w = widgets.alpha_explorer(alpha=0.3)
        assert "0.30" in shown(w)[1] and "-0.60" in shown(w)[1]  # α and LeakyReLU(-2)
        w.controls[0].value = 0.0
        assert MESSAGES["widget.alpha.notice.zero"][language] in shown(w)[1]
    finally:
        helpers.set_language("en")


def test_dying_widget_description_follows_the_training(english):
    w = widgets.dying_explorer(lr=0.002, epochs=5)
    _, alt0 = shown(w)
    assert "learning rate 0.002" in alt0 and "seed 0" in alt0 and "5 epochs" in alt0
    n_dead = int(re.search(r"\((\d+) of 64\)", alt0).group(1))
    assert f"{n_dead} of 64 hidden units are dead" in w.readout.value
    w.button.click()
    assert "seed 1" in shown(w)[1]
    w.controls[0].value = 10 ** w.controls[0].max
    alt = shown(w)[1]
    assert ("diverged" in alt) == ("diverged" in w.readout.value)


def test_an_empty_description_is_refused(english):
    figure, _ = widgets.new_figure()
    with pytest.raises(ValueError, match="^InteractiveFigure.refresh:"):
        widgets.InteractiveFigure(figure, [], lambda: ("readout", " "))


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
    assert "傾き" in w.readout.value and "微分できない" in w.readout.value


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
