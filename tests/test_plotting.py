"""The plotting helpers: localised labels, Japanese glyphs present, grids that contain 0, figures shown with their
description as alt text, colours that do not carry the meaning alone."""

import base64
import io
import warnings

import matplotlib.image as mpimg
import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib import font_manager

import helpers
from tests.html_images import images


def test_x_grid_contains_zero_exactly_and_is_symmetric():
    x = helpers.x_grid(3.0, 100)
    assert x[0] == -3.0 and x[-1] == 3.0 and len(x) == 601
    assert np.count_nonzero(x == 0.0) == 1
    np.testing.assert_array_equal(x, -x[::-1])
    with pytest.raises(ValueError, match="^x_grid:"):
        helpers.x_grid(0)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_plot_labels_follow_the_language(language):
    helpers.set_language(language)
    try:
        x = helpers.x_grid(1.0)
        title = helpers.text("plot.relu.title")
        ax = helpers.plot(x, [helpers.relu(x), helpers.relu_grad(x)], labels=["a", "b"], title=title)
        assert ax.get_xlabel() == helpers.text("plot.x")
        assert ax.get_title() == helpers.text("plot.relu.title")
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b"]
        plt.close(ax.figure)
    finally:
        helpers.set_language("en")


def test_japanese_text_draws_without_missing_glyph_warnings():
    helpers.set_language("ja")
    try:
        x = helpers.x_grid(1.0)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "Glyph ... missing from font" is a UserWarning
            ax = helpers.plot(x, helpers.relu(x), title="ランプ関数と導関数、勾配")
            ax.figure.canvas.draw()
        font = font_manager.findfont(ax.title.get_fontproperties(), fallback_to_default=False)
        assert "ipaex" in font.lower(), font
        plt.close(ax.figure)
    finally:
        helpers.set_language("en")


def test_plot_rejects_mismatched_curves():
    with pytest.raises(ValueError, match="^plot:"):
        helpers.plot(np.arange(3), np.arange(4))


# --- show: a figure with its description as the alt text of the rendered image ----------------------------------



@pytest.fixture
def shown(monkeypatch):
    """What show() displays: a list of (bundle, kwargs)."""
    import IPython.display

    calls = []
    monkeypatch.setattr(IPython.display, "display", lambda *a, **k: calls.append((a, k)))
    return calls


def _curve_figure():
    x = helpers.x_grid(1.0)
    return helpers.plot(x, [helpers.relu(x), helpers.relu_grad(x)], labels=["a", "b"])


@pytest.mark.parametrize("description", ["ReLU is 0 for x < 0 & x for x > 0: \"kink\" at <0>, 'sharp'",
                                         "x < 0 では出力が 0 になり、x > 0 では傾きが 1 です。"])
def test_show_displays_one_image_whose_alt_is_the_description(shown, description):
    ax = _curve_figure()
    helpers.show(ax, description)
    assert len(shown) == 1
    (bundle,), kwargs = shown[0]
    assert kwargs == {"raw": True}
    assert set(bundle) == {"text/html", "image/png", "text/plain"}
    assert bundle["text/plain"] == description
    (img,) = images(bundle["text/html"])
    assert img["alt"] == description  # escaped in the HTML, decoded back by a parser
    assert '"' not in bundle["text/html"].split('alt="', 1)[1].rsplit('"', 1)[0]
    png = base64.b64decode(img["src"].removeprefix("data:image/png;base64,"))
    assert png.startswith(b"\x89PNG") and png == base64.b64decode(bundle["image/png"])
    assert not plt.fignum_exists(ax.figure.number)  # closed: the inline backend will not show it again


def test_show_takes_a_figure_and_gives_the_same_bytes_for_the_same_picture(shown):
    pngs = []
    for _ in range(2):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [1, 0])
        helpers.show(fig, "a line falling from 1 to 0")
        pngs.append(shown[-1][0][0]["image/png"])
    assert pngs[0] == pngs[1]


def test_shown_figures_are_opaque_even_when_the_figure_is_transparent(shown):
    fig, ax = plt.subplots()
    ax.plot([0, 1], [1, 0])
    fig.patch.set_alpha(0.0)
    ax.patch.set_alpha(0.0)
    helpers.show(fig, "a line falling from 1 to 0")
    pixels = mpimg.imread(io.BytesIO(base64.b64decode(shown[0][0][0]["image/png"])), format="png")
    if pixels.shape[-1] == 4:
        assert pixels[..., 3].min() == 1.0
    np.testing.assert_array_equal(pixels[0, 0, :3], [1.0, 1.0, 1.0])  # white corner, not the theme behind it


@pytest.mark.parametrize("description", ["", "   \n", None, 3])
def test_show_rejects_a_missing_description_and_leaves_the_figure_open(shown, description):
    ax = _curve_figure()
    with pytest.raises(ValueError, match="^show:"):
        helpers.show(ax, description)
    assert shown == [] and plt.fignum_exists(ax.figure.number)
    plt.close(ax.figure)


def test_show_rejects_what_is_not_a_figure(shown):
    with pytest.raises(TypeError, match="^show:"):
        helpers.show(np.zeros((3, 3)), "an array")


# --- colours and line styles ------------------------------------------------------------------------------------

OKABE_ITO = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}


def test_the_colour_cycle_is_the_okabe_ito_palette():
    colours = [c["color"] for c in plt.rcParams["axes.prop_cycle"]]
    assert set(colours) == OKABE_ITO and len(colours) == len(OKABE_ITO)
    ax = _curve_figure()
    drawn = [line.get_color() for line in ax.get_lines()[2:]]
    assert drawn == colours[:2]
    plt.close(ax.figure)


def _curves(ax):
    return [line for line in ax.get_lines() if not str(line.get_gid()).startswith("helpers.plot:zero")]


@pytest.mark.parametrize("n", [3, 5, 8, 9])
def test_more_than_two_curves_differ_in_line_style_as_well_as_colour(n):
    x = helpers.x_grid(1.0)
    ax = helpers.plot(x, [k * x for k in range(n)])
    curves = _curves(ax)
    assert len(curves) == n
    # The drawn dash pattern (get_linestyle() says "--" for every custom pattern).
    looks = [(line.get_color(), str(line._dash_pattern)) for line in curves]
    # Any two curves within one cycle of the palette differ in style, not only in colour.
    for i in range(n):
        for j in range(i + 1, min(n, i + len(helpers.plotting.PALETTE))):
            assert looks[i][0] != looks[j][0] and looks[i][1] != looks[j][1], (i, j, looks)
    plt.close(ax.figure)


def test_two_curves_stay_solid_and_a_third_added_later_restyles_them():
    x = helpers.x_grid(1.0)
    ax = helpers.plot(x, [x, -x])
    assert [line.get_linestyle() for line in _curves(ax)] == ["-", "-"]
    helpers.plot(x, 2 * x, ax=ax)
    patterns = [line._dash_pattern for line in _curves(ax)]
    assert len(set(map(str, patterns))) == 3
    plt.close(ax.figure)


def test_styles_argument_wins_over_the_automatic_styles():
    x = helpers.x_grid(1.0)
    ax = helpers.plot(x, [x, -x, 2 * x], styles=[":", ":", "o"])
    assert [line.get_linestyle() for line in _curves(ax)] == [":", ":", "None"]
    assert _curves(ax)[2].get_marker() == "o"
    plt.close(ax.figure)


def _legend_lines(styles, markers=None):
    fig, ax = plt.subplots()
    for k, style in enumerate(styles):
        ax.plot([0, 1], [k, k + 1], style, marker=None if markers is None else markers[k], label=f"width {k}")
    ax.legend()
    return fig


def test_show_refuses_more_than_two_legend_lines_told_apart_by_colour_alone(shown):
    fig = _legend_lines(["-", "-", "--"])
    with pytest.raises(ValueError, match="^show: these lines differ only in colour.*'width 0' and 'width 1'"):
        helpers.show(fig, "three lines")
    assert shown == []
    plt.close(fig)


@pytest.mark.parametrize("styles, markers", [(["-", "-", "-"], ["o", "s", "^"]), (["-", "--", ":"], None)])
def test_show_accepts_lines_that_differ_in_marker_or_style(shown, styles, markers):
    fig = _legend_lines(styles, markers)
    assert helpers.plotting.colour_only(fig) == []
    helpers.show(fig, "three lines")
    assert len(shown) == 1


def test_two_lines_and_unlabelled_lines_are_not_judged():
    fig = _legend_lines(["-", "-"])
    fig.axes[0].plot([0, 1], [5, 5], "-")  # not in the legend: a reference line, not something to match
    assert helpers.plotting.colour_only(fig) == []
    plt.close(fig)


def test_gap_at_leaves_a_nan_only_where_x_is_the_jump():
    x = np.array([-1.0, 0.0, 1.0])
    assert np.array_equal(helpers.plotting.gap_at(x, np.array([0, 0, 1])), [0.0, np.nan, 1.0], equal_nan=True)
    assert helpers.plotting.gap_at(x, x).dtype == np.float64 and not np.isnan(x).any()  # input untouched
