"""Chapter 1 (ReLU): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import EXTREMES, F32_NEAR_ZERO, MATRIX, NAN_ARRAY, SEED_ARRAY, Wrong

WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "relu": [
        Wrong("returns x for negatives", "def relu(x):\n    return x", "incorrect", "relu(-10.0)"),
        Wrong("max(x, 0) gives the int 0", "def relu(x):\n    return max(x, 0)", "wrong_kind", "relu(-10.0)"),
        Wrong("x if x > 0 else 0", "def relu(x):\n    return x if x > 0 else 0", "wrong_kind", "relu(-10.0)"),
        Wrong("abs(x)", "def relu(x):\n    return abs(x)", "incorrect", "relu(-10.0)"),
        Wrong("min instead of max", "def relu(x):\n    return min(0.0, x)", "incorrect", "relu(1.0)"),
        Wrong("x * (x > 0): -inf * 0 is NaN", "def relu(x):\n    return x * (x > 0)", "incorrect",
              "relu(float('-inf'))"),
        Wrong("(x + abs(x)) / 2: -inf + inf", "def relu(x):\n    return (x + abs(x)) / 2", "incorrect",
              "relu(float('-inf'))"),
        Wrong("prints instead of returning", "def relu(x):\n    print(max(0.0, x), end='')", "wrong_kind",
              "relu(1.0)"),
        Wrong("the derivative instead", "def relu(x):\n    return 1.0 if x > 0 else 0.0", "incorrect",
              "relu(15.0)"),
        Wrong("np.max(0.0, x) (axis argument)", "def relu(x):\n    return np.max(0.0, x)", "error", "relu(1.0)"),
        Wrong("returns a list", "def relu(x):\n    return [max(0.0, x)]", "wrong_kind", "relu(1.0)"),
    ],
    "relu_vectorized": [
        Wrong("Python loop: float64 for float32 input",
              "def relu_vectorized(x):\n    return np.array([max(0.0, v) for v in x])", "wrong_kind", F32_NEAR_ZERO),
        Wrong("Python loop fails on a 2-D array",
              "def relu_vectorized(x):\n    return np.array([max(0.0, v) for v in x], dtype=x.dtype)", "error",
              MATRIX),
        Wrong("a loop over the rows fails on a 0-d array",
              "def relu_vectorized(x):\n    return np.array([np.maximum(v, 0.0) for v in x])", "error",
              "relu_vectorized(np.array(-1.5))"),
        Wrong("returns a list", "def relu_vectorized(x):\n    return [max(0.0, v) for v in x]", "wrong_kind",
              SEED_ARRAY),
        Wrong("mutates its input", "def relu_vectorized(x):\n    x[x < 0] = 0\n    return x", "incorrect",
              SEED_ARRAY),
        Wrong("writes into x with out=x", "def relu_vectorized(x):\n    return np.maximum(x, 0, out=x)",
              "incorrect", SEED_ARRAY),
        Wrong("np.where loses NaN", "def relu_vectorized(x):\n    return np.where(x > 0, x, 0)", "incorrect",
              NAN_ARRAY),
        Wrong("x * (x > 0): -inf * 0 is NaN", "def relu_vectorized(x):\n    return x * (x > 0)", "incorrect",
              EXTREMES),
        Wrong("astype(float): wrong dtype", "def relu_vectorized(x):\n    return np.maximum(x, 0).astype(float)",
              "wrong_kind", F32_NEAR_ZERO),
        Wrong("np.maximum(x, 0.0) turns int into float64", "def relu_vectorized(x):\n    return np.maximum(x, 0.0)",
              "wrong_kind", "relu_vectorized(np.array([-3, 0, 2, 7]))"),
        Wrong("tolist()", "def relu_vectorized(x):\n    return np.maximum(x, 0).tolist()", "wrong_kind", SEED_ARRAY),
        Wrong("np.max reduces the array", "def relu_vectorized(x):\n    return np.max(x, 0)", "wrong_kind",
              SEED_ARRAY),
        Wrong("flattens", "def relu_vectorized(x):\n    return np.maximum(x.ravel(), 0)", "wrong_kind", MATRIX),
        Wrong("the tutorial's if on a whole array",
              "def relu_vectorized(x):\n    if x > 0:\n        return x\n    return 0 * x", "error", SEED_ARRAY),
        Wrong("a copy by x + 0 is a scalar for a 0-d array",
              "def relu_vectorized(x):\n    y = x + 0\n    y[y < 0] = 0\n    return y", "error",
              "relu_vectorized(np.array(-1.5))"),
    ],
    "predict_max_nan": [
        Wrong("NaN wins in both calls", "answer = (float('nan'), float('nan'))", "incorrect", "(nan, nan)"),
        Wrong("0.0 wins in both calls", "answer = (0.0, 0.0)", "incorrect", "(0.0, 0.0)"),
        Wrong("order the wrong way round", "answer = (float('nan'), 0.0)", "incorrect", "(nan, 0.0)"),
        Wrong("only the first call", "answer = 0.0", "wrong_kind", "0.0"),
        Wrong("only one value in the tuple", "answer = (0.0,)", "incorrect", "(0.0,)"),
        Wrong("the strings Python prints", "answer = ('0.0', 'nan')", "wrong_kind", "'0.0'"),
        Wrong("NaN written as a string", "answer = (0.0, 'nan')", "wrong_kind", "answer[1]"),
        Wrong("None for 'no maximum'", "answer = (0.0, None)", "wrong_kind", "None"),
        Wrong("an error for comparing with NaN", "answer = TypeError", "incorrect", "TypeError"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "relu": [
        "def relu(x):\n    return x if x > 0 else 0.0",
        "def relu(x):\n    return max(x, 0.0)",
        "def relu(x):\n    return np.maximum(0.0, x)",
        "def relu(x):\n    if x > 0:\n        return x\n    else:\n        return 0.0",
    ],
    "relu_vectorized": [
        "def relu_vectorized(x):\n    return np.maximum(0, x)",
        "def relu_vectorized(x):\n    return np.clip(x, 0, None)",
        "def relu_vectorized(x):\n    return np.where(x < 0, 0, x)",
        "def relu_vectorized(x):\n    y = x.copy()\n    y[y < 0] = 0\n    return y",
    ],
    "predict_max_nan": [
        "answer = (0.0, math.nan)",
        "answer = (0, np.nan)",
        "answer = [0.0, float('nan')]",
        "answer = (-0.0, np.float64('nan'))",
    ],
}

# relu takes Python floats (no dtypes, no shapes), and max() hides NaN, so the scalar ReLU is not tried on NaN.
NOT_COVERED: dict[str, set[str]] = {"relu": {"float32 and float64", "0-d to 3-d arrays", "NaN"}}
