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
              "incorrect", SEED_ARRAY),
        Wrong("item assignment on the result of a comparison fails for 0-d input",
              "def relu_grad(x):\n    g = (x > 0).astype(x.dtype)\n    g[np.isnan(x)] = np.nan\n    return g",
              "error", "relu_grad(np.array(-1.5))"),
        Wrong("np.sign: -1 for negatives", "def relu_grad(x):\n    return np.sign(x)", "incorrect",
              "where the input is -10.0"),
        Wrong("relu(x) / x: NaN at 0", "def relu_grad(x):\n    return np.maximum(x, 0) / x", "incorrect",
              "where the input is 0.0"),
    ],
    "predict_relu_grad_zero": [
        Wrong("the tutorial's 1", "answer = 1.0", "incorrect", "1.0"),
        Wrong("the average of the two sides", "answer = 0.5", "incorrect", "0.5"),
        Wrong("the integer 1", "answer = 1", "incorrect", "1"),
        Wrong("NaN: the derivative does not exist", "answer = float('nan')", "incorrect", "nan"),
        Wrong("None: no value", "answer = None", "wrong_kind", "None"),
        Wrong("a word instead of a number", "answer = 'undefined'", "wrong_kind", "'undefined'"),
        Wrong("an error is raised", "answer = ValueError", "incorrect", "ValueError"),
    ],
    "step_size": [
        Wrong("the first step tried", "h = 1e-3", "incorrect", "0.001"),
        Wrong("one decade too large", "h = 1e-4", "incorrect", "1e-4"),
        Wrong("smaller is better: rounding", "h = 1e-12", "incorrect", "1e-12"),
        Wrong("machine epsilon", "h = np.finfo(float).eps", "incorrect", "2.22e-16"),
        Wrong("square root of epsilon, the forward-difference rule", "h = 1e-8", "incorrect", "1e-8"),
        Wrong("the smallest error, not the step", "h = 1.15e-11", "incorrect", "1.15e-11"),
        Wrong("a string", "h = '1e-5'", "wrong_kind", "'1e-5'"),
        Wrong("the list of steps", "h = [1e-5, 1e-6]", "wrong_kind", "[1e-05, 1e-06]"),
        Wrong("a negative step", "h = -1e-5", "incorrect", "-1e-5"),
        Wrong("a negative step of the size of the list's first", "h = -1", "incorrect", "h = -1"),
        Wrong("a step of 0", "h = 0", "incorrect", "h = 0"),
        Wrong("NaN left from a broken difference", "h = np.nan", "incorrect", "nan"),
        Wrong("forward difference's best step picked",
              "def central_difference(f, x, h):\n    return (f(x + h) - f(x)) / h\n\n\n"
              "exact = 1 - np.tanh(1.0) ** 2\nsteps = 10.0 ** -np.arange(1, 13)\n"
              "h = min(steps, key=lambda s: abs(central_difference(np.tanh, 1.0, s) - exact))",
              "incorrect", "1e-8"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "relu_grad": [
        "def relu_grad(x):\n    return np.heaviside(x, 0.0)",
        "def relu_grad(x):\n    return np.where(np.isnan(x), x, (x > 0).astype(x.dtype))",
    ],
    "step_size": [
        "h = 1e-5",
        "h = 1e-6",
        "h = 3e-6",
        "h = 10 ** -5",
        "h = np.float64(1e-5)",
        "def central_difference(f, x, h):\n    return (f(x + h) - f(x - h)) / (2 * h)\n\n\n"
        "exact = 1 - np.tanh(1.0) ** 2\nsteps = [10.0 ** -k for k in range(1, 13)]\n"
        "errors = [abs(central_difference(np.tanh, 1.0, s) - exact) for s in steps]\n"
        "h = steps[errors.index(min(errors))]",
    ],
    "predict_relu_grad_zero": ["answer = 0", "answer = 0.0", "answer = -0.0", "answer = np.float64(0)"],
}
