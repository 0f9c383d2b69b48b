"""Chapter 3 (the dying ReLU problem): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import Wrong

DEAD_FIRST = "dead_fraction(np.array([[1.0, -1.0, 0.0, -2.0], [-1.0, -3.0, 0.0, 0.5]]))"

WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "dead_fraction": [
        Wrong("< 0 misses units stuck at exactly 0",
              "def dead_fraction(z):\n    return float(np.all(z < 0, axis=0).mean())", "incorrect", DEAD_FIRST),
        Wrong("axis=1 asks about inputs", "def dead_fraction(z):\n    return float(np.all(z <= 0, axis=1).mean())",
              "incorrect", DEAD_FIRST),
        Wrong("any instead of all", "def dead_fraction(z):\n    return float(np.any(z <= 0, axis=0).mean())",
              "incorrect", DEAD_FIRST),
        Wrong("the count, not the fraction", "def dead_fraction(z):\n    return np.all(z <= 0, axis=0).sum()",
              "wrong_kind", DEAD_FIRST),
        Wrong("fraction of entries <= 0", "def dead_fraction(z):\n    return float((z <= 0).mean())",
              "incorrect", DEAD_FIRST),
        Wrong("returns the mask", "def dead_fraction(z):\n    return np.all(z <= 0, axis=0)", "wrong_kind", DEAD_FIRST),
        Wrong("a percentage", "def dead_fraction(z):\n    return 100 * np.all(z <= 0, axis=0).mean()",
              "incorrect", DEAD_FIRST),
        Wrong("mean pre-activation <= 0", "def dead_fraction(z):\n    return float((z.mean(axis=0) <= 0).mean())",
              "incorrect", DEAD_FIRST),
        Wrong("isclose calls 1e-300 zero",
              "def dead_fraction(z):\n    return float(np.all(np.isclose(np.maximum(z, 0), 0), axis=0).mean())",
              "incorrect", "1e-300"),
        Wrong("applies ReLU in place",
              "def dead_fraction(z):\n    z[z < 0] = 0\n    return float(np.all(z == 0, axis=0).mean())", "wrong_kind",
              DEAD_FIRST),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
}

# dead_fraction reads a 2-D table (inputs x units), and its task promises no NaN (a NaN unit has no honest count).
NOT_COVERED: dict[str, set[str]] = {"dead_fraction": {"0-d to 3-d arrays", "NaN"}}
