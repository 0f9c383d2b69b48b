"""Chapter 5 (the ReLU family): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import F32_NEAR_ZERO, MATRIX, SEED_ARRAY, Wrong

# The data lines of the prelu_alpha starter, as the learner gets them, and a gradient-descent loop to complete them.
_PRELU_DATA = """\
rng = np.random.default_rng(1)
xs = rng.standard_normal(500)
ys = helpers.prelu(xs, 0.3) + 0.05 * rng.standard_normal(500)
alpha, lr = 0.25, 0.5
"""


def _gd(gradient: str, steps: int = 100) -> str:
    return f"for step in range({steps}):\n    grad = {gradient}\n    alpha = alpha - lr * grad\n"

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
              "def elu(x, alpha=1.0):\n    x[x < 0] = alpha * np.expm1(x[x < 0])\n    return x", "incorrect",
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
    "softplus_overflow": [
        Wrong("the true values", "answer = [4.248354255291589e-18, 1000.0]", "incorrect", "inf"),
        Wrong("the overflow seen, the lost digits not", "answer = [4.248354255291589e-18, np.inf]", "incorrect",
              "0."),
        Wrong("the lost digits seen, the overflow not", "answer = [0.0, 1000.0]", "incorrect", "inf"),
        Wrong("NaN for both failures", "answer = [np.nan, np.nan]", "incorrect", "inf"),
        Wrong("-40 and 1000, as if it were the identity", "answer = [-40.0, 1000.0]", "incorrect", "inf"),
        Wrong("minus infinity, the log of 0", "answer = [-np.inf, np.inf]", "incorrect", "-inf"),
        Wrong("one number instead of two", "answer = np.inf", "wrong_kind", "inf"),
        Wrong("the string of the values", "answer = '[0.0, inf]'", "wrong_kind", "'[0.0, inf]'"),
        Wrong("an overflow error", "answer = OverflowError", "incorrect", "OverflowError"),
    ],
    "softplus": [
        Wrong("straight from the formula: digits lost at -20, inf at 1000",
              "def softplus(x):\n    return np.log(1 + np.exp(x))", "incorrect", "where the input is -20.0"),
        Wrong("log1p still overflows",
              "def softplus(x):\n    return np.log1p(np.exp(x))", "incorrect", "1000.0"),
        Wrong("x + log1p(exp(-x)): cancellation, and overflow on the negative side",
              "def softplus(x):\n    return x + np.log1p(np.exp(-x))", "incorrect", "where the input is -10.0"),
        Wrong("plain ReLU", "def softplus(x):\n    return np.maximum(x, 0)", "incorrect", "where the input is 1.0"),
        Wrong("gap with +|x|: the sign inside exp",
              "def softplus(x):\n    return np.maximum(x, 0) + np.log1p(np.exp(np.abs(x)))", "incorrect",
              "where the input is 1.0"),
        Wrong("log instead of log1p: digits lost for very negative x",
              "def softplus(x):\n    return np.maximum(x, 0) + np.log(1 + np.exp(-np.abs(x)))", "incorrect",
              "where the input is -20.0"),
        Wrong("float64 for float32 input",
              "def softplus(x):\n    return np.logaddexp(0, x).astype(np.float64)", "wrong_kind",
              "dtype=np.float32"),
        Wrong("a Python loop fails on a 2-D array",
              "def softplus(x):\n    return np.array([max(v, 0) + np.log1p(np.exp(-abs(v))) for v in x], "
              "dtype=x.dtype)", "error", MATRIX),
    ],
    "prelu_alpha": [
        Wrong("x instead of min(x, 0) in the gradient",
              _PRELU_DATA + _gd("np.mean(2 * (helpers.prelu(xs, alpha) - ys) * xs)"), "incorrect", "0.3002"),
        Wrong("max(x, 0) instead of min(x, 0)",
              _PRELU_DATA + _gd("np.mean(2 * (helpers.prelu(xs, alpha) - ys) * np.maximum(xs, 0))"), "incorrect",
              "0.232"),
        Wrong("only one step",
              _PRELU_DATA + _gd("np.mean(2 * (helpers.prelu(xs, alpha) - ys) * np.minimum(xs, 0))", 1), "incorrect",
              "0.272"),
        Wrong("update with the wrong sign",
              _PRELU_DATA + _gd("-np.mean(2 * (helpers.prelu(xs, alpha) - ys) * np.minimum(xs, 0))"), "incorrect",
              "e14"),
        Wrong("relu instead of the current PReLU in the error",
              _PRELU_DATA + _gd("np.mean(2 * (helpers.relu(xs) - ys) * np.minimum(xs, 0))"), "incorrect", "13.5"),
        Wrong("sum instead of mean: the steps are 500 times too large",
              _PRELU_DATA + _gd("np.sum(2 * (helpers.prelu(xs, alpha) - ys) * np.minimum(xs, 0))"), "incorrect",
              "e232"),
        Wrong("least squares over all points, not only x <= 0",
              _PRELU_DATA + "alpha = np.sum(xs * ys) / np.sum(xs ** 2)", "incorrect", "0.629"),
        Wrong("left at the starting value", _PRELU_DATA, "incorrect", "0.25"),
        Wrong("the whole history instead of the last alpha",
              _PRELU_DATA + "alpha = helpers.learn_prelu_alpha(xs, ys, steps=100)", "wrong_kind", "alpha"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "softplus_overflow": ["answer = [0, float('inf')]", "answer = (0.0, math.inf)", "answer = np.array([0.0, np.inf])",
                          "answer = [-0.0, 2 * np.inf]"],
    "softplus": [
        "def softplus(x):\n    return np.logaddexp(0, x)",
        "def softplus(x):\n    return np.logaddexp(x, 0.0)",
        "def softplus(x):\n    return np.where(x > 0, x + np.log1p(np.exp(-x)), np.log1p(np.exp(np.minimum(x, 0))))",
    ],
    "prelu_alpha": [
        _PRELU_DATA + _gd("np.mean(2 * (helpers.prelu(xs, alpha) - ys) * helpers.prelu_grad_alpha(xs))"),
        _PRELU_DATA + _gd("np.mean((helpers.prelu(xs, alpha) - ys) * np.minimum(xs, 0))"),  # no 2: converges anyway
        _PRELU_DATA + "neg = xs <= 0\nalpha = np.sum(xs[neg] * ys[neg]) / np.sum(xs[neg] ** 2)",  # the formula
        _PRELU_DATA + "alpha = helpers.learn_prelu_alpha(xs, ys, alpha=alpha, lr=lr, steps=100)[-1]",
    ],
    "elu": [
        "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * (np.exp(x) - 1))",  # exp - 1: within atol
        "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * np.expm1(x))",
        "def elu(x, alpha=1.0):\n    y = x.copy()\n    neg = ~(x > 0)\n"
        "    y[neg] = alpha * np.expm1(x[neg])\n    return y",
    ],
}
