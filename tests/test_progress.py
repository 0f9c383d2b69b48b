"""The index's progress table: read from saved check outputs only, for every state, in both languages."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import helpers
from helpers import exercises, progress
from helpers.exercises.result import METADATA_KEY, STATES, make_result
from helpers.i18n import LANGUAGES
from helpers.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "notebooks" / "src"))
from cells import exercise  # noqa: E402

EXPECTED_PROGRESS = {"correct": "done", "incorrect": "tried", "wrong_kind": "tried", "error": "tried",
                     "not_attempted": "not_attempted"}




def saved_output(state: str, exercise_id: str, lang: str = "en", metadata: bool = True) -> dict:
    """A check output as Jupyter saves it (from a real CheckResult); ``metadata=False``: as saved before the
    exercise id and state were put into the output's metadata."""
    helpers.set_language(lang)
    try:
        data, meta = make_result(state, exercise_id, "message")._repr_mimebundle_()
    finally:
        helpers.set_language("en")
    return nbformat.v4.new_output("execute_result", data=data, metadata=meta if metadata else {}, execution_count=3)


def check_cell(exercise_id: str, outputs: list) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(f'helpers.exercises.check("{exercise_id}", f)',
                                     metadata={"tags": ["exercise-check"], "exercise": exercise_id})
    cell.outputs = outputs
    return cell


def write(folder: Path, name: str, cells: list, title: str = "# Chapter") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(title), *cells]
    path = folder / name
    nbformat.write(nb, path)
    return path


# ---------------------------------------------------------------- reading saved notebooks


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_course_as_shipped_shows_every_exercise_not_attempted(lang):
    chapters = progress.read_folder(ROOT / "notebooks" / lang)
    assert [c.file[:2] for c in chapters] == ["01", "02", "03", "04", "05", "06"]
    found = [e for c in chapters for e in c.exercises]
    assert {e.exercise_id for e in found} == set(exercises.EXERCISES)
    assert all(e.state == "not_attempted" and e.progress == "not_attempted" for e in found)


@pytest.mark.parametrize("metadata", [True, False], ids=["metadata", "text only"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_notebook_saved_with_each_state_is_read_back(tmp_path, lang, metadata):
    ids = list(exercises.EXERCISES)[: len(STATES)]
    cells = [check_cell(ex_id, [saved_output(state, ex_id, lang, metadata)])
             for ex_id, state in zip(ids, STATES, strict=True)]
    cells.append(check_cell(exercises.EXERCISES[-1], []))  # never run
    write(tmp_path, "01_states.ipynb", cells)
    (chapter,) = progress.read_folder(tmp_path)
    assert [e.state for e in chapter.exercises] == [*STATES, "not_attempted"]
    assert [e.progress for e in chapter.exercises] == [*(EXPECTED_PROGRESS[s] for s in STATES), "not_attempted"]
    assert chapter.done == 1


def test_only_the_output_of_the_cells_own_exercise_counts(tmp_path):
    pasted = saved_output("correct", "relu_grad")  # a check of another exercise run in this cell
    write(tmp_path, "01_a.ipynb", [check_cell("relu", [pasted])])
    write(tmp_path, "02_b.ipynb", [check_cell("relu", [pasted, saved_output("incorrect", "relu")])])
    first, second = progress.read_folder(tmp_path)
    assert first.exercises[0].state == "not_attempted" and second.exercises[0].state == "incorrect"


def test_a_japanese_check_saved_with_the_old_half_width_colon_is_read_back(tmp_path):
    # Before the catalogue's "：", a ja check printed "✓ 正解: …"; notebooks saved then keep that text.
    old = nbformat.v4.new_output("execute_result", data={"text/plain": "✓ 正解: よくできました"}, execution_count=1)
    write(tmp_path, "01_old.ipynb", [check_cell("relu", [old])])
    (chapter,) = progress.read_folder(tmp_path)
    assert [e.state for e in chapter.exercises] == ["correct"]


def test_other_outputs_and_other_cells_are_ignored(tmp_path):
    stream = nbformat.v4.new_output("stream", name="stdout", text="✓ Correct: printed by the learner\n")
    plain = nbformat.v4.new_output("execute_result", data={"text/plain": "0.5"}, execution_count=1)
    untagged = nbformat.v4.new_code_cell("x = 1", metadata={"exercise": "relu"})
    untagged.outputs = [saved_output("correct", "relu")]
    write(tmp_path, "01_a.ipynb", [untagged, check_cell("relu", [stream, plain])])
    (chapter,) = progress.read_folder(tmp_path)
    assert [(e.exercise_id, e.state) for e in chapter.exercises] == [("relu", "not_attempted")]


def test_unreadable_files_and_non_chapters_do_not_break_the_table(tmp_path, language):
    write(tmp_path, "00_index.ipynb", [check_cell("relu", [saved_output("correct", "relu")])])
    write(tmp_path, "notes.ipynb", [check_cell("relu", [saved_output("correct", "relu")])])
    (tmp_path / "01_broken.ipynb").write_text("{ not json", encoding="utf-8")
    (tmp_path / "02_odd.ipynb").write_text(json.dumps({"cells": [{"metadata": {"tags": None}}, 3, "x"]}),
                                           encoding="utf-8")
    write(tmp_path, "03_none.ipynb", [nbformat.v4.new_code_cell("1 + 1")], title="# Chapter 3")
    chapters = progress.read_folder(tmp_path)
    assert [c.file for c in chapters] == ["01_broken.ipynb", "02_odd.ipynb", "03_none.ipynb"]
    assert not chapters[0].readable and chapters[1].readable and chapters[2].title == "Chapter 3"
    table = progress.show(tmp_path)
    for lang in LANGUAGES:
        language(lang)
        shown = repr(table) + table._repr_html_()
        assert MESSAGES["progress.unreadable"][lang].format(file="01_broken.ipynb") in shown
        assert MESSAGES["progress.none"][lang] in shown


def test_reading_progress_writes_nothing(tmp_path):
    write(tmp_path, "01_a.ipynb", [check_cell("relu", [saved_output("correct", "relu")])])
    before = {p: p.read_bytes() for p in tmp_path.rglob("*")}
    html = progress.show(tmp_path)._repr_html_()
    assert "✓" in html
    assert {p: p.read_bytes() for p in tmp_path.rglob("*")} == before


# ---------------------------------------------------------------- what the learner sees


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_table_says_each_progress_with_a_symbol_and_a_word(tmp_path, lang, language):
    states = ["correct", "incorrect", "not_attempted"]
    ids = ["relu", "relu_vectorized", "relu_grad"]
    write(tmp_path, "01_relu.ipynb", [check_cell(i, [saved_output(s, i)]) for i, s in zip(ids, states, strict=True)],
          title="# Chapter <1> & more")
    language(lang)
    table = progress.show(tmp_path)
    plain, html = repr(table), table._repr_html_()
    for ex_id, state in zip(ids, states, strict=True):
        shown = EXPECTED_PROGRESS[state]
        label = f"{progress.PROGRESS_SYMBOLS[shown]} {MESSAGES[f'progress.{shown}'][lang]}"
        title = MESSAGES[f"exercise.{ex_id}.title"][lang]
        assert f"{label}{MESSAGES['exercise.label_separator'][lang]}{title}" in plain
        assert label in html and title in html
    assert MESSAGES["progress.summary"][lang].format(done=1, total=3) in plain
    assert '<a href="01_relu.ipynb">Chapter &lt;1&gt; &amp; more</a>' in html
    assert html.count('<th scope="col">') == 3 and '<th scope="row"' in html
    assert len({progress.PROGRESS_SYMBOLS[p] for p in progress.PROGRESS}) == len(progress.PROGRESS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_shows_the_shipped_course_as_not_attempted(lang):
    nb = json.loads((ROOT / "notebooks" / lang / "00_index.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c["id"] == "progress-table")
    (out,) = cell["outputs"]
    plain = "".join(out["data"]["text/plain"])
    html = "".join(out["data"]["text/html"])  # what JupyterLab shows: it must agree with the plain text
    helpers.set_language(lang)
    try:
        table = progress.show(ROOT / "notebooks" / lang)
        assert plain == repr(table)
        assert html == table._repr_html_()
    finally:
        helpers.set_language("en")
    assert MESSAGES["progress.summary"][lang].format(done=0, total=len(exercises.EXERCISES)) in plain


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_names_hint_and_solution_as_they_are_typed(lang):
    nb = json.loads((ROOT / "notebooks" / lang / "00_index.ipynb").read_text(encoding="utf-8"))
    how_to = "".join(next(c["source"] for c in nb["cells"] if c["id"] == "how-to"))
    assert "`hint(" not in how_to and "`solution(" not in how_to
    assert 'helpers.exercises.hint("relu")' in how_to and 'helpers.exercises.solution("relu")' in how_to


# ---------------------------------------------------------------- end to end: run, save, read


def test_saving_after_a_correct_check_turns_the_exercise_to_done(tmp_path):
    """A chapter-like notebook with the relu exercise, run by a kernel cell by cell as a learner would: saved as
    shipped, after a wrong answer, after the right one."""
    task, starter, check = exercise("relu")
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    setup = nbformat.v4.new_code_cell('import helpers\nhelpers.set_language("ja")')
    nb.cells = [nbformat.v4.new_markdown_cell("# 01"), setup]
    for cell in (starter, check):
        node = nbformat.v4.new_code_cell(cell.source("ja"), id=cell.id)
        node.metadata = {"tags": list(cell.tags), **copy.deepcopy(cell.metadata)}
        nb.cells.append(node)
    path = tmp_path / "01_relu.ipynb"
    client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    seen = []
    with client.setup_kernel():
        client.execute_cell(nb.cells[1], 1)
        wrong, right = "def relu(x):\n    return max(x, 0)", MESSAGES["exercise.relu.solution"]["ja"]
        for source in (nb.cells[2].source, wrong, right):
            nb.cells[2].source = source
            client.execute_cell(nb.cells[2], 2)
            client.execute_cell(nb.cells[3], 3)
            nbformat.write(nb, path)
            seen.append(progress.read_folder(tmp_path)[0].exercises[0].progress)
    assert seen == ["not_attempted", "tried", "done"]
    saved = json.loads(path.read_text(encoding="utf-8"))
    (out,) = saved["cells"][-1]["outputs"]
    assert out["metadata"][METADATA_KEY] == {"exercise": "relu", "state": "correct"}
