"""Chapter 5 (the ReLU family): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import F32_NEAR_ZERO, MATRIX, SEED_ARRAY, Wrong

WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "elu": [
        Wrong("ignores alpha", "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, np.expm1(np.minimum(x, 0)))",
              "incorrect", "alpha=0.5"),
        Wrong("forgets the - 1",
              "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * np.exp(np.minimum(x, 0)))",
              "incorrect", "where the input is -10.0"),
        Wrong("no positive branch", "def elu(x, alpha=1.0):\n    return alpha * np.expm1(x)", "incorrect",
              "where the input is 1.0"),
        Wrong("Leaky ReLU instead", "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * x)", "incorrect",
              "where the input is -10.0"),
        Wrong("branches swapped", "def elu(x, alpha=1.0):\n    return np.where(x > 0, alpha * np.expm1(x), x)",
              "incorrect", "where the input is 1.0"),
        Wrong("mutates its input",
              "def elu(x, alpha=1.0):\n    x[x < 0] = alpha * np.expm1(x[x < 0])\n    return x", "wrong_kind",
              SEED_ARRAY),
        Wrong("float64 for float32 input",
              "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * np.expm1(x)).astype(np.float64)",
              "wrong_kind", F32_NEAR_ZERO),
        Wrong("Python loop fails on a 2-D array",
              "def elu(x, alpha=1.0):\n    return np.array([v if v > 0 else alpha * (np.exp(v) - 1) for v in x], "
              "dtype=x.dtype)", "error", MATRIX),
        Wrong("divides instead of multiplying",
              "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, np.expm1(x) / alpha)", "incorrect", "alpha=0.5"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "elu": [
        "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * (np.exp(x) - 1))",  # exp - 1: within atol
        "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * np.expm1(x))",
        "def elu(x, alpha=1.0):\n    y = x.copy()\n    neg = ~(x > 0)\n"
        "    y[neg] = alpha * np.expm1(x[neg])\n    return y",
    ],
}
