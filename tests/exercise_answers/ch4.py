"""Chapter 4 (Leaky ReLU): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import F32_NEAR_ZERO, MATRIX, NAN_ARRAY, SEED_ARRAY, Wrong


def _fix(body: str, inner: str = "leaky_relu", call: str = "return leaky_relu(x)") -> str:
    """A learner's version of the "fix" starter: apply_leaky_relu with an inner function ``inner`` of ``body``."""
    return f"def apply_leaky_relu(x):\n    def {inner}(x):\n{body}\n\n    {call}"


_TUTORIAL_BODY = "        if x>0 :\n            return x\n        else :\n            return 0.01*x"

WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "predict_max_form_large_alpha": [
        Wrong("Leaky ReLU's value by the definition", "answer = -4.0", "incorrect", "-2.0"),
        Wrong("alpha * x without its sign", "answer = 4.0", "incorrect", "-2.0"),
        Wrong("|x|", "answer = 2.0", "incorrect", "-2.0"),
        Wrong("0, as for ReLU", "answer = 0.0", "incorrect", "-2.0"),
        Wrong("x / alpha instead of alpha * x", "answer = -1.0", "incorrect", "-2.0"),
        Wrong("the value as a string", "answer = '-2.0'", "wrong_kind", "'-2.0'"),
        Wrong("None: max of two negatives", "answer = None", "wrong_kind", "None"),
        Wrong("an error for alpha > 1", "answer = ValueError", "incorrect", "ValueError"),
        Wrong("both values", "answer = (-4.0, -2.0)", "wrong_kind", "(-4.0, -2.0)"),
    ],
    "fix_tutorial_leaky_relu": [
        Wrong("renamed, but the body replaced by Chapter 1's ReLU",
              _fix("        return max(0.0, x)"), "incorrect", "apply_leaky_relu(-10.0)"),
        Wrong("renamed, but the negative side returns the slope 0.01 instead of 0.01 * x",
              _fix("        if x > 0:\n            return x\n        return 0.01"), "incorrect",
              "apply_leaky_relu(-10.0)"),
        Wrong("renamed, with a sign error on the negative side",
              _fix("        if x > 0:\n            return x\n        return -0.01 * x"), "incorrect",
              "apply_leaky_relu(-10.0)"),
        Wrong("rounds to the one decimal that the tutorial prints",
              _fix(_TUTORIAL_BODY, call="return round(leaky_relu(x), 1)"), "incorrect", "apply_leaky_relu(0.25)"),
        Wrong("ReLU plus a leak, which hides NaN (max(0.0, nan) is 0.0)",
              _fix("        return max(0.0, x) + 0.01 * min(0.0, x)"), "incorrect",
              "apply_leaky_relu(float('nan'))"),
        Wrong("returns the printed line, a string",
              _fix(_TUTORIAL_BODY, call="return 'Applying Leaky Relu on (%.1f) gives %.1f' % (x, leaky_relu(x))"),
              "wrong_kind", "apply_leaky_relu(1.0)"),
        Wrong("prints the line instead of returning the value",
              _fix(_TUTORIAL_BODY, call="print('Applying Leaky Relu on (%.1f) gives %.1f' % (x, leaky_relu(x)))"),
              "wrong_kind", "apply_leaky_relu(1.0)"),
        Wrong("the vectorised np.where, which gives a 0-d array, not a float",
              _fix("        return np.where(x > 0, x, 0.01 * x)"), "wrong_kind", "apply_leaky_relu(1.0)"),
        Wrong("an alpha parameter without a default, called with one argument",
              "def apply_leaky_relu(x):\n    def leaky_relu(x, alpha):\n        return x if x > 0 else alpha * x\n\n"
              "    return leaky_relu(x)", "error", "apply_leaky_relu(1.0)"),
    ],
    "leaky_relu": [
        Wrong("ignores alpha", "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, x, 0.01 * x)", "incorrect",
              "alpha=0.2"),
        Wrong("plain ReLU", "def leaky_relu(x, alpha=0.01):\n    return np.maximum(x, 0)", "incorrect",
              "where the input is -10.0"),
        Wrong("branches swapped", "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, alpha * x, x)",
              "incorrect", "where the input is 1.0"),
        Wrong("mutates its input", "def leaky_relu(x, alpha=0.01):\n    x[x < 0] *= alpha\n    return x", "incorrect",
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
              "incorrect", SEED_ARRAY),
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
    "predict_max_form_large_alpha": ["answer = -2", "answer = -2.0", "answer = max(-4.0, -2.0)"],
    "fix_tutorial_leaky_relu": [
        _fix(_TUTORIAL_BODY),  # the tutorial's own fix: the function renamed leaky_relu
        _fix(_TUTORIAL_BODY, inner="relu", call="return relu(x)"),  # or the call renamed relu
        _fix(_TUTORIAL_BODY, inner="relu", call="leaky_relu = relu\n    return leaky_relu(x)"),  # or an alias
        _fix("        return max(0.01 * x, x)"),
        _fix("        return x if x > 0 else 0.01 * x"),
        # alpha as a parameter with the default 0.01, as in this chapter's scalar leaky_relu
        "def apply_leaky_relu(x):\n    def leaky_relu(x, alpha=0.01):\n        if x > 0:\n            return x\n"
        "        else:\n            return alpha * x\n\n    return leaky_relu(x)",
    ],
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

# The fix exercise is the tutorial's scalar code: Python floats, one at a time.
NOT_COVERED: dict[str, set[str]] = {"fix_tutorial_leaky_relu": {"float32 and float64", "0-d to 3-d arrays"}}
