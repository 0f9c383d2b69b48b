"""Chapter 4 (Leaky ReLU): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import F32_NEAR_ZERO, MATRIX, NAN_ARRAY, SEED_ARRAY, Wrong

WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "leaky_relu": [
        Wrong("ignores alpha", "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, x, 0.01 * x)", "incorrect",
              "alpha=0.2"),
        Wrong("plain ReLU", "def leaky_relu(x, alpha=0.01):\n    return np.maximum(x, 0)", "incorrect",
              "where the input is -10.0"),
        Wrong("branches swapped", "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, alpha * x, x)",
              "incorrect", "where the input is 1.0"),
        Wrong("mutates its input", "def leaky_relu(x, alpha=0.01):\n    x[x < 0] *= alpha\n    return x", "wrong_kind",
              SEED_ARRAY),
        Wrong("returns a list", "def leaky_relu(x, alpha=0.01):\n    return [v if v > 0 else alpha * v for v in x]",
              "wrong_kind", SEED_ARRAY),
        Wrong("astype(np.float64)",
              "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, x, alpha * x).astype(np.float64)",
              "wrong_kind", F32_NEAR_ZERO),
        Wrong("np.float64(alpha) upcasts float32",
              "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, x, np.float64(alpha) * x)", "wrong_kind",
              F32_NEAR_ZERO),
        Wrong("sign error", "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, x, -alpha * x)", "incorrect",
              "where the input is -10.0"),
        Wrong("wrong default alpha", "def leaky_relu(x, alpha=0.1):\n    return np.where(x > 0, x, alpha * x)",
              "incorrect", SEED_ARRAY + ")"),
        Wrong("Python loop fails on a 2-D array",
              "def leaky_relu(x, alpha=0.01):\n    return np.array([max(v, alpha * v) for v in x], dtype=x.dtype)",
              "error", MATRIX),
        Wrong("no alpha parameter", "def leaky_relu(x):\n    return np.where(x > 0, x, 0.01 * x)", "error",
              "alpha=0.2"),
    ],
    "leaky_relu_grad": [
        Wrong("x >= 0: 1 at x = 0",
              "def leaky_relu_grad(x, alpha=0.01):\n    grad = np.where(x >= 0, 1.0, alpha)\n"
              "    return np.where(np.isnan(x), np.nan, grad).astype(x.dtype)", "incorrect", "where the input is 0.0"),
        Wrong("loses NaN",
              "def leaky_relu_grad(x, alpha=0.01):\n    return np.where(x > 0, 1.0, alpha).astype(x.dtype)",
              "incorrect", NAN_ARRAY),
        Wrong("ignores alpha",
              "def leaky_relu_grad(x, alpha=0.01):\n    grad = np.where(x > 0, 1.0, 0.01)\n"
              "    return np.where(np.isnan(x), np.nan, grad).astype(x.dtype)", "incorrect", "alpha=0.2"),
        Wrong("float64 for float32 input",
              "def leaky_relu_grad(x, alpha=0.01):\n    grad = np.where(x > 0, 1.0, alpha)\n"
              "    return np.where(np.isnan(x), np.nan, grad)", "wrong_kind", F32_NEAR_ZERO),
        Wrong("ReLU's integer gradient", "def leaky_relu_grad(x, alpha=0.01):\n    return np.where(x > 0, 1, 0)",
              "wrong_kind", SEED_ARRAY),
        Wrong("mutates its input",
              "def leaky_relu_grad(x, alpha=0.01):\n    x[x > 0] = 1\n    x[x <= 0] = alpha\n    return x",
              "wrong_kind", SEED_ARRAY),
        Wrong("returns a list", "def leaky_relu_grad(x, alpha=0.01):\n    return [1.0 if v > 0 else alpha for v in x]",
              "wrong_kind", SEED_ARRAY),
        Wrong("x instead of 1 on the right",
              "def leaky_relu_grad(x, alpha=0.01):\n    return np.where(x > 0, x, alpha).astype(x.dtype)", "incorrect",
              "where the input is 15.0"),
        Wrong("Leaky ReLU itself, not its derivative",
              "def leaky_relu_grad(x, alpha=0.01):\n    return np.where(x > 0, x, alpha * x)", "incorrect",
              "where the input is -10.0"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "leaky_relu": [
        "def leaky_relu(x, alpha=0.01):\n    return np.maximum(x, alpha * x)",
        "def leaky_relu(x, alpha=0.01):\n    return np.where(x >= 0, x, alpha * x)",
        "def leaky_relu(x, alpha=0.01):\n    y = x.copy()\n    y[y < 0] *= alpha\n    return y",
    ],
    "leaky_relu_grad": [
        "def leaky_relu_grad(x, alpha=0.01):\n"
        "    return np.where(np.isnan(x), x, np.where(x > 0, 1, alpha)).astype(x.dtype)",
        "def leaky_relu_grad(x, alpha=0.01):\n"
        "    g = np.full_like(x, alpha)\n    g[x > 0] = 1\n    g[np.isnan(x)] = np.nan\n    return g",
    ],
}
