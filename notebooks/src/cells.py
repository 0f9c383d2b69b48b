"""Cell constructors for the chapter sources in this folder.

A chapter source is a Python file ``NN_topic.py`` that defines ``CELLS``, a list
of :class:`Cell`. Each cell holds its Japanese and its English text side by
side, so that a translation is written and reviewed where its original stands.
``build.py`` turns one source into ``notebooks/ja/NN_topic.ipynb`` and
``notebooks/en/NN_topic.ipynb``.
"""

from __future__ import annotations

import io
import tokenize
from dataclasses import dataclass, field

import japanese

LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class Cell:
    id: str
    kind: str  # "markdown" or "code"
    ja: str
    en: str
    tags: tuple[str, ...] = ()
    metadata: dict = field(default_factory=dict)

    def source(self, language: str) -> str:
        if language == "en":
            return self.en
        return join_japanese_lines(self.ja) if self.kind == "markdown" else self.ja


def md(id: str, ja: str, en: str, tags: tuple[str, ...] = ()) -> Cell:
    """A markdown cell, in Japanese and in English."""
    return Cell(id, "markdown", _clean(ja), _clean(en), tuple(tags))


def code(id: str, source: str, tags: tuple[str, ...] = ()) -> Cell:
    """A code cell, written once for both languages.

    A comment written ``# 日本語 || English`` becomes ``# 日本語`` in the Japanese
    notebook and ``# English`` in the English one; any other comment is the same
    in both. So the code itself exists only once and cannot drift apart.
    """
    ja, en = split_comments(_clean(source))
    return Cell(id, "code", ja, en, tuple(tags))


def split_comments(source: str) -> tuple[str, str]:
    """The Japanese and English versions of ``source``, from its ``# ja || en`` comments."""
    comments: dict[int, tuple[int, str]] = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(source + "\n").readline):
            if token.type == tokenize.COMMENT and "||" in token.string:
                comments[token.start[0]] = (token.start[1], token.string)
    except (tokenize.TokenError, SyntaxError) as exc:
        raise ValueError(f"code cell is not valid Python ({exc}):\n{source}") from None
    ja_lines, en_lines = [], []
    for number, line in enumerate(source.split("\n"), start=1):
        if number not in comments:
            ja_lines.append(line)
            en_lines.append(line)
            continue
        column, comment = comments[number]
        ja_text, en_text = (part.strip() for part in comment[1:].split("||", 1))
        ja_lines.append(f"{line[:column]}# {ja_text}")
        en_lines.append(f"{line[:column]}# {en_text}")
    return "\n".join(ja_lines), "\n".join(en_lines)


def setup(id: str = "setup", imports: str = "import numpy as np\nimport matplotlib.pyplot as plt") -> Cell:
    """The first code cell of a chapter: imports and the one line that differs by language."""
    body = f"{imports}\n\nimport helpers\n\n" if imports else "import helpers\n\n"
    return Cell(
        id,
        "code",
        body + 'helpers.set_language("ja")',
        body + 'helpers.set_language("en")',
    )


def exercise(ex_id: str) -> list[Cell]:
    """The cells of one exercise: task (markdown), starter code, check. Write ``*exercise("relu")`` in ``CELLS``.

    Ids are ``ex-<id>-task``, ``ex-<id>-starter``, ``ex-<id>-check`` (underscores become hyphens); the starter and
    check cells are tagged ``exercise-starter`` / ``exercise-check`` and every cell carries
    ``{"exercise": id, "kind": kind}`` in its metadata, so that tests can put the reference solution in place of
    the starter. The starter of each kind runs and leaves the check saying "not attempted":

    * "write": ``def <signature>:`` raising NotImplementedError;
    * "fix": the broken code (its check says "not attempted" while the code is unchanged, comments aside);
    * "predict": the code to predict in comments, then ``answer = ...`` (the task cell shows the code too);
    * "experiment": the exercise's starter code, which leaves ``<answer_name> = ...``.

    The check cell is ``helpers.exercises.check("<id>", <function or answer name>)`` for every kind.
    """
    from helpers.exercises.registry import get
    from helpers.i18n import text

    ex = get(ex_id, "exercise")
    slug = "ex-" + ex.id.replace("_", "-")
    meta = {"exercise": ex.id, "kind": ex.kind}
    how_to = "exercise.how_to" if ex.kind == "write" else f"exercise.how_to.{ex.kind}"

    def task(lang: str) -> str:
        heading = "### " + text("exercise.heading", lang, title=text(f"exercise.{ex.id}.title", lang))
        parts = [heading, text(f"exercise.{ex.id}.task", lang)]
        if ex.kind == "predict":
            parts.append(f"```python\n{ex.code.strip()}\n```")
        parts.append(text(how_to, lang, id=ex.id, name=ex.answer_name))
        return "\n\n".join(parts)

    def starter(lang: str) -> str:
        if ex.kind == "fix":
            return text(f"exercise.{ex.id}.broken", lang)
        if ex.kind == "experiment":
            return text(f"exercise.{ex.id}.starter", lang)
        if ex.kind == "predict":
            shown = "\n".join(f"#     {line}".rstrip() for line in ex.code.strip("\n").split("\n"))
            return (f"# {text('exercise.predict.code_comment', lang)}\n{shown}\n"
                    f"# {text('exercise.predict.starter_comment', lang)}\n{ex.answer_name} = ...")
        return f"def {ex.signature}:\n    # {text('exercise.starter_comment', lang)}\n    raise NotImplementedError"

    def check(lang: str) -> str:
        colon = text("exercise.label_separator", lang)
        lines = [f"# {text('exercise.check_hint_comment', lang)}{colon}helpers.exercises.hint(\"{ex.id}\")"]
        if ex.kind != "predict":  # a predict's solution is its answer: the check shows it anyway
            lines.append(f"# {text('exercise.check_solution_comment', lang)}{colon}"
                         f"helpers.exercises.solution(\"{ex.id}\")")
        lines.append(f"helpers.exercises.check(\"{ex.id}\", {ex.function})")
        return "\n".join(lines)

    return [
        Cell(f"{slug}-task", "markdown", task("ja"), task("en"), ("exercise-task",), dict(meta)),
        Cell(f"{slug}-starter", "code", starter("ja"), starter("en"), ("exercise-starter",), dict(meta)),
        Cell(f"{slug}-check", "code", check("ja"), check("en"), ("exercise-check",), dict(meta)),
    ]


def join_japanese_lines(text: str) -> str:
    """Join the soft line breaks of a Japanese paragraph, keeping the house spacing rule (see :mod:`japanese`)."""
    return japanese.join_lines(text)


def _clean(text: str) -> str:
    """Strip the blank line that triple-quoted strings start and end with."""
    return text.strip("\n")
