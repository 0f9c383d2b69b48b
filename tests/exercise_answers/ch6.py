"""Chapter 6 (speed): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import Wrong

WRONG_ANSWERS: dict[str, list[Wrong]] = {
}

RIGHT_ANSWERS: dict[str, list[str]] = {
}
