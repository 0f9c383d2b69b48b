"""A learner answers an exercise of each new kind in real JupyterLab: a wrong answer, then a right one.

For each row of ``CASES`` (notebook, exercise id, wrong source, right source, expected state words) and each
language, the notebook is opened and run from the Run menu (rows on the same notebook share it), then source is put
into the starter cell through the editor (select all, then the text, as a paste does) and the starter and the check
are run with Shift+Enter: the starter as given must show "not attempted", the wrong source the wrong answer's state
and words, the right source "correct". The output's metadata must carry the state too
(what the index's progress table reads).

``SAMPLES`` rows use a notebook built for the test, in a temporary folder inside the server root (gitignored
test-artifacts/), from the test-only exercises of tests/exercise_samples.py; a row for a chapter's own exercise
names that chapter's notebook instead (``"notebooks/{lang}/04_leaky_relu.ipynb"``). Nothing is saved.

Without Chromium and a Japanese font the module is skipped with a one-line reason, except under CI=true, where that
is a failure (as in tests/test_browser.py).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import nbformat
import pytest

from helpers.exercises.result import METADATA_KEY, SYMBOLS
from helpers.i18n import LANGUAGES
from tests import browser
from tests.browser import require_browser
from tests.exercise_samples import register_samples

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots" / "exercises"
sys.path.insert(0, str(ROOT / "notebooks" / "src"))
from cells import exercise, md  # noqa: E402

register_samples()
SAMPLES = "samples"  # the notebook built from tests/exercise_samples.py


class Case(NamedTuple):
    kind: str
    notebook: str  # SAMPLES, or a path relative to the repository with {lang}
    exercise: str
    wrong: str  # the learner's starter cell, wrong
    right: str  # the learner's starter cell, right
    wrong_state: str  # "incorrect", "wrong_kind" or "error"
    wrong_words: dict[str, str]  # per language, words the wrong answer's message must show


CASES = [
    Case("predict", SAMPLES, "sample_predict_nan", "answer = float('nan')", "answer = 0.0", "incorrect",
         {"ja": "予想は nan でしたが", "en": "You predicted nan"}),
    Case("predict", SAMPLES, "sample_predict_nan", "answer = 'nan'", "answer = 0", "wrong_kind",
         {"ja": "引用符で囲まずに", "en": "without quotes"}),
    Case("fix", SAMPLES, "sample_fix_leaky",
         "def leaky_relu(x, alpha=0.01):\n    if x > 0:\n        return x\n    return 0.01 * x",
         "def leaky_relu(x, alpha=0.01):\n    return max(alpha * x, x)", "incorrect",
         {"ja": "leaky_relu(-10.0, alpha=0.2)", "en": "leaky_relu(-10.0, alpha=0.2)"}),
    Case("experiment", SAMPLES, "sample_experiment_slope",
         "x, h = 0.5, 1.0\nslope = (helpers.relu(x + h) - helpers.relu(x - h)) / (2 * h)",
         "x, h = 0.5, 1e-3\nslope = (helpers.relu(x + h) - helpers.relu(x - h)) / (2 * h)", "incorrect",
         {"ja": "slope = 0.75 は小さすぎます", "en": "slope = 0.75 is too small"}),
    # One exercise of each new kind as the chapters ship it.
    Case("predict", "notebooks/{lang}/01_relu.ipynb", "predict_max_nan", "answer = (0.0, 0.0)",
         'answer = (0.0, float("nan"))', "incorrect", {"ja": "(0.0, 0.0)", "en": "(0.0, 0.0)"}),
    Case("experiment", "notebooks/{lang}/02_gradient.ipynb", "step_size", "h = 1.0", "h = 1e-5", "incorrect",
         {"ja": "h = 1", "en": "h = 1"}),
    Case("fix", "notebooks/{lang}/04_leaky_relu.ipynb", "fix_tutorial_leaky_relu",
         "def apply_leaky_relu(x):\n    def leaky_relu(x):\n        return max(0.0, x)\n\n    return leaky_relu(x)",
         "def apply_leaky_relu(x):\n    def leaky_relu(x):\n        if x > 0:\n            return x\n"
         "        return 0.01 * x\n\n    return leaky_relu(x)", "incorrect",
         {"ja": "apply_leaky_relu(-10.0)", "en": "apply_leaky_relu(-10.0)"}),
]
RUNS = [(case, lang) for lang in LANGUAGES for case in CASES]  # by language: rows share the open notebook


def state_words(state: str, lang: str) -> str:
    from helpers.messages import MESSAGES

    return f"{SYMBOLS[state]} {MESSAGES[f'exercise.state.{state}'][lang]}"


def build_samples_notebook(folder: Path, lang: str) -> Path:
    """A notebook with every sample exercise, as a chapter would have them (built by cells.exercise)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                   "language_info": {"name": "python"}}
    setup = (f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nimport numpy as np\n\nimport helpers\n"
             f"from tests.exercise_samples import register_samples\n\nregister_samples()\n"
             f'helpers.set_language("{lang}")')
    cells = [md("title", "# 演習の見本", "# Sample exercises"), None]
    nb.cells = [nbformat.v4.new_markdown_cell(cells[0].source(lang), id="title"),
                nbformat.v4.new_code_cell(setup, id="setup")]
    for ex_id in dict.fromkeys(c.exercise for c in CASES if c.notebook == SAMPLES):
        for cell in exercise(ex_id):
            make = nbformat.v4.new_markdown_cell if cell.kind == "markdown" else nbformat.v4.new_code_cell
            node = make(cell.source(lang), id=cell.id)
            node.metadata = {"tags": list(cell.tags), **cell.metadata}
            nb.cells.append(node)
    path = folder / f"samples-{lang}.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def scratch():
    ARTIFACTS.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="browser-exercises-", dir=ARTIFACTS))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    require_browser()
    server = browser.LabServer(ROOT, tmp_path_factory.mktemp("jupyterlab")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def page(lab, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context, page = browser.launch_browser(playwright, tmp_path_factory.mktemp("chromium-profile"))
        try:
            browser.open_lab(page, lab)
            yield page
            page.evaluate(_CLOSE)
        finally:
            context.close()


_OPEN_NOW: dict[str, str] = {}  # the notebook the page has open and has run, by the path relative to the root


def open_and_run(page, rel: str) -> None:
    """Open ``rel`` and Run All Cells, unless it is the notebook already open (rows share a kernel: faster)."""
    if _OPEN_NOW.get("path") == rel:
        return
    page.evaluate(_CLOSE)
    _OPEN_NOW.clear()
    assert page.evaluate(_OPEN_AND_RUN_ALL, [rel, 60_000]) == "done"
    _OPEN_NOW["path"] = rel


# --- JavaScript run in the page ---------------------------------------------------------------------------------

_OPEN_AND_RUN_ALL = """async ([path, timeout]) => {
  const app = window.jupyterapp;
  const panel = await app.commands.execute('docmanager:open', {path, factory: 'Notebook'});
  await panel.context.ready;
  await panel.sessionContext.ready;
  const t0 = Date.now();
  while (!(panel.sessionContext.session && panel.sessionContext.session.kernel
           && panel.sessionContext.kernelDisplayStatus === 'idle')) {
    if (Date.now() - t0 > timeout) return 'kernel not ready';
    await new Promise(r => setTimeout(r, 100));
  }
  await app.commands.execute('runmenu:run-all');
  return 'done';
}"""

# Make the starter cell the active one, in edit mode, with its editor focused (a click into the cell does this).
_FOCUS = """(id) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const index = panel.content.widgets.findIndex(c => c.model.id === id);
  panel.content.activeCellIndex = index;
  panel.content.mode = 'edit';
  const cell = panel.content.widgets[index];
  cell.node.scrollIntoView({block: 'center'});
  cell.editor.focus();
  return index;
}"""

_CELL = """(id) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const cell = panel.content.widgets.find(c => c.model.id === id);
  const outputs = cell.model.outputs.toJSON();
  return {source: cell.model.sharedModel.getSource(), count: cell.model.executionCount,
          shown: [...cell.outputArea.node.querySelectorAll('.jp-OutputArea-output')].map(n => n.innerText).join('\\n'),
          outputs,
          kernel: panel.sessionContext.kernelDisplayStatus};
}"""

_CLOSE = """async () => {
  const panel = window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.sessionContext) return;
  await panel.sessionContext.shutdown();
  panel.context.model.dirty = false;
  panel.dispose();
}"""


def wait_for_check(page, check_id: str, after: int | None, timeout: float = 60) -> dict:
    """The check cell once it has run again (a new execution count) and the kernel is idle."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        cell = page.evaluate(_CELL, check_id)
        if cell["count"] not in (None, after) and cell["kernel"] == "idle" and cell["shown"].strip():
            return cell
        time.sleep(0.2)
    raise AssertionError(f"{check_id} did not run within {timeout:.0f} s: {page.evaluate(_CELL, check_id)}")


def answer(page, starter_id: str, check_id: str, source: str) -> dict:
    """Replace the starter's code as a learner does (select all, paste), run it and the check with Shift+Enter."""
    before = page.evaluate(_CELL, check_id)["count"]
    page.evaluate(_FOCUS, starter_id)
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(source)
    assert page.evaluate(_CELL, starter_id)["source"] == source
    page.keyboard.press("Shift+Enter")  # runs the starter and moves to the check cell
    page.keyboard.press("Shift+Enter")  # runs the check
    return wait_for_check(page, check_id, before)


def stored_state(cell: dict) -> dict | None:
    for out in cell["outputs"]:
        if METADATA_KEY in (out.get("metadata") or {}):
            return out["metadata"][METADATA_KEY]
    return None


# --- without a browser: skip locally, fail under CI ----------------------------------------------------------------

@pytest.mark.parametrize("ci, outcome", [("", pytest.skip.Exception), ("true", pytest.fail.Exception)])
def test_no_browser_skips_locally_and_fails_in_ci(monkeypatch, tmp_path, ci, outcome):
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome):
        require_browser()


def test_every_new_kind_has_a_row():
    from helpers.exercises.registry import REGISTRY

    assert {REGISTRY[c.exercise].kind for c in CASES} >= {"predict", "fix", "experiment"}
    assert all(REGISTRY[c.exercise].kind == c.kind for c in CASES)


# --- a wrong answer, then a right one --------------------------------------------------------------------------------

@pytest.mark.parametrize(("case", "lang"), RUNS,
                         ids=[f"{c.kind}-{c.exercise}-{c.wrong_state}-{lang}" for c, lang in RUNS])
def test_a_learner_gets_the_feedback_of_a_wrong_then_a_right_answer(page, lab, scratch, case, lang):
    if case.notebook == SAMPLES:
        path = scratch / f"samples-{lang}.ipynb"
        if not path.exists():
            build_samples_notebook(scratch, lang)
    else:
        path = ROOT / case.notebook.format(lang=lang)
    rel = path.relative_to(ROOT).as_posix()
    slug = "ex-" + case.exercise.replace("_", "-")
    starter, check = f"{slug}-starter", f"{slug}-check"
    saves = len(lab.saves())
    shipped = nbformat.read(path, as_version=4)
    (given,) = [c.source for c in shipped.cells if c.get("id") == starter]
    try:
        open_and_run(page, rel)
        # The starter as given (put back if an earlier row answered this exercise) is "not attempted".
        first = answer(page, starter, check, given)
        assert first["shown"].strip().startswith(state_words("not_attempted", lang)), first["shown"]

        wrong = answer(page, starter, check, case.wrong)
        assert wrong["shown"].strip().startswith(state_words(case.wrong_state, lang)), wrong["shown"]
        assert case.wrong_words[lang] in " ".join(wrong["shown"].split()), wrong["shown"]
        assert stored_state(wrong) == {"exercise": case.exercise, "state": case.wrong_state}

        right = answer(page, starter, check, case.right)
        assert right["shown"].strip().startswith(state_words("correct", lang)), right["shown"]
        assert stored_state(right) == {"exercise": case.exercise, "state": "correct"}
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{case.kind}-{case.exercise}-{case.wrong_state}-{lang}.png"))
    except BaseException:
        page.evaluate(_CLOSE)  # the next row starts from a fresh kernel
        _OPEN_NOW.clear()
        raise
    assert len(lab.saves()) == saves, "the test saved a notebook"
    if case.notebook != SAMPLES:
        assert json.loads(path.read_text(encoding="utf-8"))  # still a notebook, untouched
