"""Chapters 2 (gradient) and 4 (Leaky ReLU): the outputs the issue asks for are stored exactly as computed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers.messages import MESSAGES
from tests.stored_notebooks import cell, load, stream

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["ja", "en"]
CHAPTERS = ["02_gradient", "04_leaky_relu"]

# The exact lines the seed tutorial prints for Leaky ReLU (../shared/seed/): the course's specification.
SEED_LEAKY_LINES = """\
Applying Leaky Relu on (1.0) gives 1.0
Applying Leaky Relu on (-10.0) gives -0.1
Applying Leaky Relu on (0.0) gives 0.0
Applying Leaky Relu on (15.0) gives 15.0
Applying Leaky Relu on (-20.0) gives -0.2
"""


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_4_prints_the_seed_lines_exactly(lang):
    assert stream(load(lang, "04_leaky_relu"), "leaky-scalar") == SEED_LEAKY_LINES


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_4_shows_the_seed_name_error(lang):
    assert stream(load(lang, "04_leaky_relu"), "seed-snippet") == "NameError: name 'leaky_relu' is not defined\n"


# Chapter 2's three differences at 0, in the notebook's language: tests/test_chapter_1_2.py.


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_2_gradient_step_moves_only_the_active_neuron(lang):
    out = stream(load(lang, "02_gradient"), "sgd-step").splitlines()
    assert out[1].split() == ["w:", "+0.500", "->", "+0.800", "b:", "+0.500", "->", "+0.650", "L:", "1.125", "->",
                              "0.281"]
    assert out[3].split() == ["w:", "-0.500", "->", "-0.500", "b:", "-0.500", "->", "-0.500", "L:", "4.500", "->",
                              "4.500"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_no_framework_is_imported(lang, chapter):
    for c in load(lang, chapter)["cells"]:
        if c["cell_type"] == "code":
            source = "".join(c["source"])
            assert not re.search(r"^\s*(import|from)\s+(torch|jax|tensorflow)\b", source, re.M), c["id"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chapter, widget", [("02_gradient", "tangent-widget"), ("04_leaky_relu", "alpha-widget")])
def test_widget_cell_is_ignored_by_nbval_and_stores_the_localised_placeholder(lang, chapter, widget):
    c = cell(load(lang, chapter), widget)
    assert "nbval-ignore-output" in c["metadata"]["tags"]
    (out,) = c["outputs"]
    assert "".join(out["data"]["text/plain"]) == MESSAGES["widget.placeholder"][lang]
    assert set(out["data"]) == {"text/plain"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chapter, link", [("02_gradient", "03_dying_relu.ipynb"),
                                           ("04_leaky_relu", "05_relu_family.ipynb")])
def test_chapter_ends_with_a_link_to_the_next(lang, chapter, link):
    # The summary links to the next chapter; only the references list may follow it.
    cells = load(lang, chapter)["cells"]
    last = cells[-1]
    if last.get("id") == "references":
        last = cells[-2]
    assert last["cell_type"] == "markdown" and f"({link})" in "".join(last["source"])


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_4_ends_with_its_references(lang):
    last = load(lang, "04_leaky_relu")["cells"][-1]
    source = "".join(last["source"])
    assert last["id"] == "references"
    assert "Maas, A. L., Hannun, A. Y. & Ng, A. Y. (2013)" in source
    assert "He, K., Zhang, X., Ren, S. & Sun, J." in source
    assert "PythonでのReLu関数" in source


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_4_exercises_are_in_place(lang):
    # The fix exercise comes right after the tutorial's NameError (and before the chapter's own fix), each "write"
    # exercise after the section it needs, the predict exercise before the section that explains its answer.
    cells = load(lang, "04_leaky_relu")["cells"]
    ids = [c["id"] for c in cells]
    found = [c["metadata"]["exercise"] for c in cells if "exercise-check" in c["metadata"].get("tags", [])]
    assert found == ["fix_tutorial_leaky_relu", "leaky_relu", "leaky_relu_grad", "predict_max_form_large_alpha"]
    assert ids.index("seed-snippet") < ids.index("ex-fix-tutorial-leaky-relu-task") < ids.index("leaky-scalar")
    assert ids.index("leaky-numpy") < ids.index("ex-leaky-relu-task") < ids.index("gradient")
    assert ids.index("leaky-grad-after") < ids.index("ex-leaky-relu-grad-task") < ids.index("plot-intro")
    assert ids.index("alpha-widget") < ids.index("ex-predict-max-form-large-alpha-task") < ids.index("alpha-large")


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_2_has_its_relu_grad_exercise(lang):
    found = [c["metadata"]["exercise"] for c in load(lang, "02_gradient")["cells"]
             if "exercise-check" in c["metadata"].get("tags", [])]
    assert "relu_grad" in found


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_4_prose_numbers_of_the_network_are_the_printed_ones(lang):
    # The counts in the prose after the network re-run are glued from the cell that prints them.
    nb = load(lang, "04_leaky_relu")
    printed = stream(nb, "network-came-back")
    glue = cell(nb, "network-came-back-after")["metadata"]["course"]["glue"]
    for name in ("ever_30", "back_30", "ever_150", "back_150"):
        assert glue[name] in printed, name
