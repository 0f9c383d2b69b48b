"""Every number in the prose of every notebook is computed, printed by the notebook's code, cited, or exempt.

The rules are in tests/prose_numbers.py. To put a computed value into prose, write ``{{expr}}`` or
``{{expr:spec}}`` in the chapter source (notebooks/src/glue.py); to state a number taken from a source, declare it
in the chapter's ``CITED`` list with ``cite(value, source)``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tests.prose_numbers import unbacked_numbers

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[je][an]/*.ipynb"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_prose_number_is_backed(path):
    problems = unbacked_numbers(load(path))
    assert not problems, "numbers typed into the prose (fill them with {{...}} or declare them in CITED):\n" + \
        "\n".join(problems)


def test_a_bare_number_typed_into_prose_is_caught():
    nb = copy.deepcopy(load(ROOT / "notebooks" / "en" / "01_relu.ipynb"))
    cell = next(c for c in nb["cells"] if c["cell_type"] == "markdown" and c["id"] != "title")
    cell["source"] = "".join(cell["source"]) + "\n\nIn our tests, 73.4% of the units died."
    problems = unbacked_numbers(nb)
    assert any("73.4%" in p for p in problems), problems


def test_computed_cited_and_exempt_numbers_pass():
    code = {"cell_type": "code", "source": "n = 112\nprint(0.4998)", "outputs": [
        {"output_type": "stream", "name": "stdout", "text": "share 0.4112\n"}]}
    prose = ("The 112 networks (Chapter 12, 第12章), about 41% of them, 0.5 of the time, 21,631 runs; "
             "$0.044715 x^3$; He et al. (2015) used 0.25; see [here](05_relu_family.ipynb); `n = 112`; 3 seeds.")
    nb = {"metadata": {"course": {"cited": [{"value": "0.25", "source": "He et al. (2015)"}]}}, "cells": [
        code,
        {"cell_type": "markdown", "id": "m", "source": prose,
         "metadata": {"course": {"glue": {"runs:,": "21,631"}}}},
    ]}
    assert unbacked_numbers(nb) == []
    nb["cells"][1]["source"] = prose + " And 0.26 too, and 77 more."
    problems = unbacked_numbers(nb)
    assert [p.split(" in ")[0] for p in problems] == ["m: 0.26", "m: 77"], problems
