"""Chapter 2 (the gradient): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import F32_NEAR_ZERO, NAN_ARRAY, SEED_ARRAY, Wrong

WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "relu_grad": [
        Wrong("x >= 0: 1 at x = 0", "def relu_grad(x):\n    return (x >= 0).astype(x.dtype)", "incorrect",
              "where the input is 0.0"),
        Wrong("heaviside(x, 1.0): 1 at x = 0", "def relu_grad(x):\n    return np.heaviside(x, 1.0)", "incorrect",
              "where the input is 0.0"),
        Wrong("loses NaN", "def relu_grad(x):\n    return (x > 0).astype(x.dtype)", "incorrect", NAN_ARRAY),
        Wrong("float64 for float32 input",
              "def relu_grad(x):\n    grad = np.where(x > 0, 1.0, 0.0)\n    return np.where(np.isnan(x), np.nan, grad)",
              "wrong_kind", F32_NEAR_ZERO),
        Wrong("integer result", "def relu_grad(x):\n    return np.where(x > 0, 1, 0)", "wrong_kind", SEED_ARRAY),
        Wrong("bool result", "def relu_grad(x):\n    return x > 0", "wrong_kind", SEED_ARRAY),
        Wrong("returns a list", "def relu_grad(x):\n    return [1.0 if v > 0 else 0.0 for v in x]", "wrong_kind",
              SEED_ARRAY),
        Wrong("mutates its input", "def relu_grad(x):\n    x[x > 0] = 1\n    x[x <= 0] = 0\n    return x",
              "wrong_kind", SEED_ARRAY),
        Wrong("item assignment on the result of a comparison fails for 0-d input",
              "def relu_grad(x):\n    g = (x > 0).astype(x.dtype)\n    g[np.isnan(x)] = np.nan\n    return g",
              "error", "relu_grad(np.array(-1.5))"),
        Wrong("np.sign: -1 for negatives", "def relu_grad(x):\n    return np.sign(x)", "incorrect",
              "where the input is -10.0"),
        Wrong("relu(x) / x: NaN at 0", "def relu_grad(x):\n    return np.maximum(x, 0) / x", "incorrect",
              "where the input is 0.0"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "relu_grad": [
        "def relu_grad(x):\n    return np.heaviside(x, 0.0)",
        "def relu_grad(x):\n    return np.where(np.isnan(x), x, (x > 0).astype(x.dtype))",
    ],
}
