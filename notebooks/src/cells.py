"""Cell constructors for the chapter sources in this folder.

A chapter source is a Python file ``NN_topic.py`` that defines ``CELLS``, a list
of :class:`Cell`. Each cell holds its Japanese and its English text side by
side, so that a translation is written and reviewed where its original stands.
``build.py`` turns one source into ``notebooks/ja/NN_topic.ipynb`` and
``notebooks/en/NN_topic.ipynb``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
        return self.ja if language == "ja" else self.en


def md(id: str, ja: str, en: str, tags: tuple[str, ...] = ()) -> Cell:
    """A markdown cell, in Japanese and in English."""
    return Cell(id, "markdown", _clean(ja), _clean(en), tuple(tags))


def code(id: str, source: str, en: str | None = None, tags: tuple[str, ...] = ()) -> Cell:
    """A code cell. ``source`` is the Japanese version; ``en`` is needed only when comments differ.

    Apart from comments, the two versions must be the same code (a test checks).
    """
    ja = _clean(source)
    return Cell(id, "code", ja, ja if en is None else _clean(en), tuple(tags))


def setup(id: str = "setup", imports: str = "import numpy as np\nimport matplotlib.pyplot as plt") -> Cell:
    """The first code cell of a chapter: imports and the one line that differs by language."""
    body = f"{imports}\n\nimport helpers\n\n" if imports else "import helpers\n\n"
    return Cell(
        id,
        "code",
        body + 'helpers.set_language("ja")',
        body + 'helpers.set_language("en")',
    )


def _clean(text: str) -> str:
    """Strip the blank line that triple-quoted strings start and end with."""
    return text.strip("\n")
