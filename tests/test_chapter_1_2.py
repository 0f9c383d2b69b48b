"""Chapters 1 (ReLU) and 2 (its gradient): the stored outputs say what the prose says, in each language."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

import helpers
from helpers.calculus import step_size_scan
from helpers.exercises.ch2_gradient import chapter_scan
from helpers.messages import MESSAGES
from tests.stored_notebooks import cell, load, stream

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["ja", "en"]


def markdown(nb: dict, cell_id: str) -> str:
    return "".join(cell(nb, cell_id)["source"])


def say(key: str, lang: str, **values: object) -> str:
    return MESSAGES[key][lang].format(**values)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chapter, ids", [
    ("01_relu", ["relu", "relu_vectorized", "predict_max_nan"]),
    ("02_gradient", ["predict_relu_grad_zero", "step_size", "relu_grad"]),
])
def test_exercises_are_in_place(lang, chapter, ids):
    found = [c["metadata"]["exercise"] for c in load(lang, chapter)["cells"]
             if "exercise-check" in c["metadata"].get("tags", [])]
    assert found == ids


@pytest.mark.parametrize("lang", LANGS)
def test_predictions_come_before_the_cells_that_show_the_answer(lang):
    ids = [c["id"] for c in load(lang, "01_relu")["cells"]]
    assert ids.index("ex-predict-max-nan-check") < ids.index("nan-pitfall")
    ids = [c["id"] for c in load(lang, "02_gradient")["cells"]]
    assert ids.index("ex-predict-relu-grad-zero-check") < ids.index("relu-grad-intro") < ids.index("relu-grad-values")
    assert ids.index("ex-step-size-check") < ids.index("step-scan")


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_1_nan_pitfall_shows_the_order_of_arguments(lang):
    lines = dict(line.split("=", 1) for line in stream(load(lang, "01_relu"), "nan-pitfall").splitlines())
    got = {k.strip(): v.strip() for k, v in lines.items()}
    assert got == {"max(0.0, nan)": "0.0", "max(nan, 0.0)": "nan", "relu(nan)": "0.0", "helpers.relu(nan)": "nan",
                   "np.maximum(nan, 0.0)": "nan"}


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_1_grid_line_is_localised(lang):
    x = helpers.x_grid(3.0)
    expected = say("relu.grid", lang, size=x.size, low=x[0], high=x[-1], zeros=1)
    assert stream(load(lang, "01_relu"), "relu-plot") == expected + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_2_three_differences_at_zero_in_the_notebooks_language(lang):
    out = stream(load(lang, "02_gradient"), "differences-at-zero").splitlines()
    assert out == [say("gradient.at_zero.forward", lang, value=1.0), say("gradient.at_zero.backward", lang, value=0.0),
                   say("gradient.at_zero.central", lang, value=0.5), say("gradient.at_zero.relu_grad", lang, value=0.0)]


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_2_step_scan_prints_what_helpers_measures(lang):
    scan = step_size_scan(np.tanh, lambda t: 1 - np.tanh(t) ** 2, 1.0)
    out = stream(load(lang, "02_gradient"), "step-scan").splitlines()
    assert len(out) == scan.steps.size + 1
    assert out[-1] == say("gradient.step.best", lang, best=f"{scan.best:.0e}", smallest=f"{scan.smallest_error:.1e}",
                          factor=f"{scan.factor:g}", low=f"{scan.low:.0e}", high=f"{scan.high:.0e}")
    # The step used earlier in the chapter (1e-6) lies in the accurate range, as step-after says.
    assert scan.low <= 1e-6 <= scan.high
    # The exercise judges against the same measurement.
    assert (chapter_scan().low, chapter_scan().high) == (scan.low, scan.high)
    # The prose writes the steps as powers of ten, $10^{ -5 }$, glued from the same scan.
    after = markdown(load(lang, "02_gradient"), "step-after")
    for step in (scan.best, scan.low, scan.high):
        assert f"10^{{ {round(np.log10(step))} }}" in after


def test_chapter_2_step_scan_error_falls_about_a_hundredfold_per_decade_at_large_h():
    # step-after: "drops by about two orders of magnitude for each tenfold decrease of h"
    scan = chapter_scan()
    ratios = scan.errors[:3] / scan.errors[1:4]
    assert np.all((ratios > 80) & (ratios < 120))
    assert scan.errors[-1] > scan.smallest_error * 1e3


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_2_subgradient_check_matches_the_prose(lang):
    out = stream(load(lang, "02_gradient"), "subgradient-check").splitlines()
    holds = {g: say("gradient.subgradient", lang, g=f"{g:5.2f}", holds=g >= 0 and g <= 1) in out
             for g in [-0.1, 0.0, 0.25, 0.5, 1.0, 1.1]}
    assert all(holds.values()), holds


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chapter", ["01_relu", "02_gradient"])
def test_every_figure_has_a_description_and_the_chapter_ends_with_references(lang, chapter):
    nb = load(lang, chapter)
    images = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]
    assert images
    for out in images:
        alt = "".join(out["data"]["text/plain"])
        assert len(alt) > 80 and not math.isnan(len(alt))
        assert ("alt=" in "".join(out["data"]["text/html"]))
    assert nb["cells"][-1]["id"] == "references"
