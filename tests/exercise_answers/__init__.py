"""The answer tables of the exercise tests, one module per chapter (``ch1.py`` ... ``ch6.py``), merged here.

Each chapter module defines ``WRONG_ANSWERS`` and ``RIGHT_ANSWERS`` for its own exercises (and, optionally,
``NOT_COVERED``: input properties of tests/test_exercises.py ``COVERAGE`` that a "write"/"fix" exercise's cases
need not include, e.g. NaN for a function of Python floats, with the reason in a comment).
``samples.py`` holds the answers of the test-only exercises of tests/exercise_samples.py.
"""

from __future__ import annotations

import importlib

from tests.exercise_answers.common import JA_WORDS, Wrong

CHAPTERS = ["ch1", "ch2", "ch3", "ch4", "ch5", "ch6", "samples"]

WRONG_ANSWERS: dict[str, list[Wrong]] = {}
RIGHT_ANSWERS: dict[str, list[str]] = {}
NOT_COVERED: dict[str, set[str]] = {}

for _name in CHAPTERS:
    _module = importlib.import_module(f"tests.exercise_answers.{_name}")
    for _table, _merged in ((_module.WRONG_ANSWERS, WRONG_ANSWERS), (_module.RIGHT_ANSWERS, RIGHT_ANSWERS),
                            (getattr(_module, "NOT_COVERED", {}), NOT_COVERED)):
        for _id, _entries in _table.items():
            if _id in _merged:
                raise RuntimeError(f"tests.exercise_answers: {_id!r} appears in two chapter files ({_name})")
            _merged[_id] = _entries

__all__ = ["NOT_COVERED", "JA_WORDS", "RIGHT_ANSWERS", "WRONG_ANSWERS", "Wrong"]
