"""Every exercise in every notebook: shipped as "not attempted", and "correct" once the reference solution is in.

Notebooks are found by the ``exercise-starter`` tag, so chapters added later are covered without editing this file,
and so are exercises of every kind: the solution of a "write" or "fix" exercise defines the function, that of a
"predict" or "experiment" exercise assigns the answer.
Each one is executed (nbclient, kernel python3, as notebooks/src/build.py does) up to its last check cell, with every
starter cell replaced by the reference solution in the notebook's language; two notebooks run at a time.
"""

from __future__ import annotations

import asyncio
import copy
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.exercises import EXERCISES
from helpers.exercises.result import METADATA_KEY, SYMBOLS
from helpers.i18n import LANGUAGES
from helpers.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[1]
STARTER, CHECK = "exercise-starter", "exercise-check"


def tagged(nb, tag):
    return [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]


def notebooks_with_exercises() -> list[tuple[str, str]]:
    found = []
    for lang in LANGUAGES:
        for path in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")):
            if tagged(nbformat.read(path, as_version=4), STARTER):
                found.append((lang, path.name))
    return found


NOTEBOOKS = notebooks_with_exercises()


def with_solutions(nb, lang):
    """The notebook with reference solutions in the starter cells, up to its last check cell.

    Cells after the last check cannot change a check's result, and nbval runs them in the shipped notebook;
    leaving them out keeps this test fast (chapter 3 trains networks after its exercise).
    """
    solved = copy.deepcopy(nb)
    last = max(i for i, c in enumerate(solved.cells) if CHECK in c.get("metadata", {}).get("tags", []))
    solved.cells = solved.cells[: last + 1]
    for cell in tagged(solved, STARTER):
        cell.source = MESSAGES[f"exercise.{cell.metadata['exercise']}.solution"][lang]
        cell.outputs = []
    return solved


async def execute(lang: str, name: str, slots: asyncio.Semaphore):
    path = ROOT / "notebooks" / lang / name
    nb = with_solutions(nbformat.read(path, as_version=4), lang)
    client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}},
                            record_timing=False, store_widget_state=False)
    async with slots:
        await client.async_execute()
    return nb


async def execute_all() -> dict:
    slots = asyncio.Semaphore(2)  # two kernels at a time: the machine has two cores
    runs = await asyncio.gather(*(execute(lang, name, slots) for lang, name in NOTEBOOKS))
    return dict(zip(NOTEBOOKS, runs, strict=True))


@pytest.fixture(scope="module")
def solved_notebooks():
    return asyncio.run(execute_all())


def plain_text(cell) -> str:
    return "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs if o.output_type == "execute_result")


def state_line(state: str, lang: str) -> str:
    return f"{SYMBOLS[state]} {MESSAGES[f'exercise.state.{state}'][lang]}{MESSAGES['exercise.label_separator'][lang]}"


def test_the_course_has_exercises_in_both_languages():
    assert {lang for lang, _ in NOTEBOOKS} == set(LANGUAGES)


@pytest.mark.parametrize(("lang", "name"), NOTEBOOKS)
def test_shipped_notebook_shows_not_attempted_for_each_exercise(lang, name):
    nb = nbformat.read(ROOT / "notebooks" / lang / name, as_version=4)
    starters = [c.metadata["exercise"] for c in tagged(nb, STARTER)]
    checks = [c.metadata["exercise"] for c in tagged(nb, CHECK)]
    assert starters == checks, "every starter cell needs its check cell"
    assert set(starters) <= set(EXERCISES)
    for cell in tagged(nb, CHECK):
        assert plain_text(cell).startswith(state_line("not_attempted", lang)), (cell.id, plain_text(cell))


@pytest.mark.parametrize(("lang", "name"), NOTEBOOKS)
def test_every_check_is_correct_with_the_reference_solutions(solved_notebooks, lang, name):
    nb = solved_notebooks[(lang, name)]
    checks = tagged(nb, CHECK)
    assert checks
    for cell in checks:
        assert plain_text(cell).startswith(state_line("correct", lang)), (cell.id, plain_text(cell))
        # What the index's progress table reads (helpers.progress): the id and the state, in the output's metadata.
        (out,) = [o for o in cell.outputs if o.output_type == "execute_result"]
        assert out.metadata[METADATA_KEY] == {"exercise": cell.metadata["exercise"], "state": "correct"}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", (cell.id, out.get("ename"), out.get("evalue"))
            assert not (out.output_type == "stream" and out.name == "stderr"), (cell.id, out.text)
