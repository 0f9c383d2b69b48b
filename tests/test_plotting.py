"""The plotting helper: localised labels, Japanese glyphs present, grids that contain 0."""

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib import font_manager

import helpers


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
