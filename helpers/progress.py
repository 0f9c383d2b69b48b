"""The learner's progress, read from the saved chapter notebooks: which exercises they have passed.

Nothing is stored anywhere else. Each exercise's check cell (tag ``exercise-check``,
``{"exercise": id}`` in its metadata) keeps the output of the last check the
learner ran and saved; that output's metadata holds ``{"exercise": id, "state":
state}`` (:data:`helpers.exercises.result.METADATA_KEY`). Older outputs without it
are read from their first words ("✓ Correct:", "✗ 不正解:", ...). A check cell
without output is "not attempted". So a course as shipped shows every exercise
not attempted, and saving a notebook after a correct check turns that exercise
to done.

In the index notebook::

    helpers.progress.show()        # reads the notebooks in the current folder (the index's own)
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from helpers.exercises.result import METADATA_KEY, STATES, SYMBOLS
from helpers.i18n import LANGUAGES, text
from helpers.messages import MESSAGES

CHECK_TAG = "exercise-check"
# What the index shows per exercise: done (last check correct), tried (last check not correct), not attempted.
PROGRESS = ("done", "tried", "not_attempted")
PROGRESS_SYMBOLS = {"done": "✓", "tried": "✗", "not_attempted": "✎"}
_CHAPTER = re.compile(r"^(\d\d)_.+\.ipynb$")


@dataclass(frozen=True)
class ExerciseProgress:
    """One exercise: its id, the state of the last saved check, and what that means for progress."""

    exercise_id: str
    state: str  # one of helpers.exercises.result.STATES

    @property
    def progress(self) -> str:
        if self.state == "correct":
            return "done"
        return "not_attempted" if self.state == "not_attempted" else "tried"


@dataclass(frozen=True)
class ChapterProgress:
    """The exercises of one saved chapter notebook, in notebook order."""

    file: str
    title: str
    exercises: tuple[ExerciseProgress, ...]
    readable: bool = True

    @property
    def done(self) -> int:
        return sum(e.progress == "done" for e in self.exercises)


def state_of_output(outputs: list, exercise_id: str) -> str:
    """The check state that a check cell's saved ``outputs`` show ("not_attempted" if none)."""
    for out in outputs if isinstance(outputs, list) else []:
        if not isinstance(out, dict) or out.get("output_type") not in ("execute_result", "display_data"):
            continue
        stored = (out.get("metadata") or {}).get(METADATA_KEY)
        if isinstance(stored, dict) and stored.get("state") in STATES:
            if stored.get("exercise") == exercise_id:
                return stored["state"]
            continue  # a check of another exercise, pasted here: not this one's result
        state = _state_from_text((out.get("data") or {}).get("text/plain", ""))
        if state is not None:
            return state
    return "not_attempted"


def _state_from_text(plain: object) -> str | None:
    """The state named by the first words of a check's plain text, in either language (outputs saved before the
    metadata existed)."""
    first = "".join(plain) if isinstance(plain, list) else str(plain)
    for state in STATES:
        for lang in LANGUAGES:
            head = f"{SYMBOLS[state]} {MESSAGES[f'exercise.state.{state}'][lang]}"
            # ":" as well as the catalogue's separator: outputs saved by an earlier version of the course.
            if first.startswith((head + ":", head + MESSAGES["exercise.label_separator"][lang].strip())):
                return state
    return None


def read_notebook(path: Path) -> ChapterProgress:
    """The progress recorded in one saved notebook (a file that cannot be read counts as nothing done)."""
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
        cells = nb["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        return ChapterProgress(Path(path).name, Path(path).stem, (), readable=False)
    exercises = []
    for cell in cells if isinstance(cells, list) else []:
        meta = cell.get("metadata", {}) if isinstance(cell, dict) else {}
        if CHECK_TAG in (meta.get("tags") or []) and isinstance(meta.get("exercise"), str):
            exercises.append(ExerciseProgress(meta["exercise"], state_of_output(cell.get("outputs", []),
                                                                                 meta["exercise"])))
    return ChapterProgress(Path(path).name, _title(cells, Path(path).stem), tuple(exercises))


def _title(cells: list, default: str) -> str:
    for cell in cells if isinstance(cells, list) else []:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            for line in ("".join(source) if isinstance(source, list) else str(source)).split("\n"):
                if line.startswith("# "):
                    return line[2:].strip()
            break
    return default


def read_folder(folder: str | Path = ".") -> list[ChapterProgress]:
    """Progress of every chapter notebook (``NN_*.ipynb`` other than ``00_``) in ``folder``, in chapter order."""
    paths = sorted(p for p in Path(folder).glob("*.ipynb") if _CHAPTER.match(p.name) and not p.name.startswith("00_"))
    return [read_notebook(p) for p in paths]


@dataclass(frozen=True)
class Progress:
    """What the index shows: a table per chapter (HTML in a notebook, plain text otherwise)."""

    chapters: tuple[ChapterProgress, ...]

    @property
    def done(self) -> int:
        return sum(c.done for c in self.chapters)

    @property
    def total(self) -> int:
        return sum(len(c.exercises) for c in self.chapters)

    def _exercise_title(self, exercise_id: str) -> str:
        key = f"exercise.{exercise_id}.title"
        return text(key) if key in MESSAGES else exercise_id

    def _label(self, progress: str) -> str:
        return f"{PROGRESS_SYMBOLS[progress]} {text(f'progress.{progress}')}"

    def __repr__(self) -> str:
        lines = [text("progress.summary", done=self.done, total=self.total)]
        for chapter in self.chapters:
            lines.append("")
            if not chapter.exercises:
                note = "progress.unreadable" if not chapter.readable else "progress.none"
                lines += [chapter.title, "  " + text(note, file=chapter.file)]
                continue
            lines.append(text("progress.chapter", title=chapter.title, done=chapter.done, total=len(chapter.exercises)))
            for ex in chapter.exercises:
                lines.append(f"  {self._label(ex.progress)}{text('exercise.label_separator')}"
                             f"{self._exercise_title(ex.exercise_id)}")
        return "\n".join(lines)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        e = html.escape
        head = (f"<tr><th scope=\"col\">{e(text('progress.column.chapter'))}</th>"
                f"<th scope=\"col\">{e(text('progress.column.exercise'))}</th>"
                f"<th scope=\"col\">{e(text('progress.column.progress'))}</th></tr>")
        rows = []
        for chapter in self.chapters:
            link = f'<a href="{e(chapter.file)}">{e(chapter.title)}</a>'
            total = len(chapter.exercises)
            count = e(text("progress.count", done=chapter.done, total=total)) if total else ""
            items = list(chapter.exercises) or [None]
            for number, ex in enumerate(items):
                first = (f'<th scope="row" rowspan="{len(items)}" style="text-align:left;vertical-align:top">'
                         f"{link}{'<br>' + count if count else ''}</th>") if number == 0 else ""
                if ex is None:
                    note = "progress.unreadable" if not chapter.readable else "progress.none"
                    rows.append(f'<tr>{first}<td colspan="2">{e(text(note, file=chapter.file))}</td></tr>')
                    continue
                rows.append(f"<tr>{first}<td style=\"text-align:left\">{e(self._exercise_title(ex.exercise_id))}</td>"
                            f'<td style="text-align:left" class="course-progress-{ex.progress}">'
                            f"{e(self._label(ex.progress))}</td></tr>")
        summary = e(text("progress.summary", done=self.done, total=self.total))
        return (f'<div class="course-progress"><p><strong>{summary}</strong></p>'
                f"<table>{head}{''.join(rows)}</table></div>")


def show(folder: str | Path = ".") -> Progress:
    """The learner's progress in the saved notebooks of ``folder`` (default: the current one, the index's)."""
    return Progress(tuple(read_folder(folder)))
