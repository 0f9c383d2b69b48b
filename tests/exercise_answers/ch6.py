"""Chapter 6 (speed): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import NAN_ARRAY, Wrong

_TIMING = ('a = np.random.default_rng(1).standard_normal(10**5)\nops = helpers.timing.limit_ops(a, a, "a", "a")\n'
           'funcs = dict(ops)\nfuncs["relu in place"] = lambda: {relu}\n'
           'times = helpers.timing.compare(funcs, repeat=5, number=20)\n')


def _timed(relu: str, answer: str) -> str:
    """The experiment's starter cell, completed with the ReLU ``relu`` and ``seconds = answer``."""
    return _TIMING.format(relu=relu) + f"seconds = {answer}"


WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "where_nan": [
        Wrong("NaN propagates as with np.maximum", "answer = np.array([np.nan, 0.0, 2.0])", "incorrect", "nan"),
        Wrong("the input unchanged", "answer = [np.nan, -1.0, 2.0]", "incorrect", "-1.0"),
        Wrong("only the positive element", "answer = [2.0]", "incorrect", "[2.0]"),
        Wrong("a single NaN", "answer = np.nan", "wrong_kind", "nan"),
        Wrong("the string 'nan'", "answer = 'nan'", "wrong_kind", "'nan'"),
        Wrong("an error for NaN", "answer = ValueError", "incorrect", "ValueError"),
        Wrong("the mask instead of the values", "answer = [False, False, True]", "incorrect", "False"),
    ],
    "relu_fix_loop": [
        Wrong("masked assignment still changes the input",
              "def relu_fast(x):\n    x[x < 0] = 0\n    return x", "incorrect", "relu_fast(np.array([1.0, -10.0"),
        Wrong("in place with out=x", "def relu_fast(x):\n    return np.maximum(x, 0, out=x)", "incorrect",
              "relu_fast(np.array([1.0, -10.0"),
        Wrong("np.where turns NaN into 0", "def relu_fast(x):\n    return np.where(x > 0, x, 0)", "incorrect",
              "nan"),
        Wrong("multiplying by the mask: -inf * 0 is NaN", "def relu_fast(x):\n    return x * (x > 0)", "incorrect",
              "-inf"),
        Wrong("0.0 makes integer input float", "def relu_fast(x):\n    return np.maximum(x, 0.0)", "wrong_kind",
              "int"),
        Wrong("fmax ignores NaN", "def relu_fast(x):\n    return np.fmax(x, 0)", "incorrect", "nan"),
        Wrong("a comprehension over the elements makes float64 of float32",
              "def relu_fast(x):\n    return np.array([max(0.0, v) for v in x])", "wrong_kind", "dtype=np.float32"),
        Wrong("the loop on a copy still fails on 2-d arrays",
              "def relu_fast(x):\n    x = x.copy()\n    for i in range(len(x)):\n        if x[i] < 0:\n"
              "            x[i] = 0\n    return x", "error", "relu_fast(np.array([[-1.5, 0.0, 2.0]"),
    ],
    "relu_inplace_speed": [
        Wrong("milliseconds instead of seconds", _timed("np.maximum(a, 0, out=a)", 'times["relu in place"] * 1e3'),
              "incorrect", "out="),
        Wrong("the ratio to the limit, not a time",
              _timed("np.maximum(a, 0, out=a)", 'times["relu in place"] / min(times.values())'), "incorrect",
              "out="),
        Wrong("a Python loop", _timed("[max(0.0, v) for v in a]", 'times["relu in place"]'), "incorrect",
              "Python"),
        Wrong("the time of 20 calls, not of one",
              _timed("np.maximum(a, 0, out=a)", 'times["relu in place"] * 1000'), "incorrect", "out="),
        Wrong("start and end swapped: a negative time",
              _timed("np.maximum(a, 0, out=a)", '-times["relu in place"]'), "incorrect", "lambda: ..."),
        Wrong("the lambda itself", _timed("np.maximum(a, 0, out=a)", 'funcs["relu in place"]'), "wrong_kind",
              "function"),
        Wrong("the whole dict of times", _timed("np.maximum(a, 0, out=a)", "times"), "wrong_kind", "relu in place"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "where_nan": ["answer = [0.0, 0.0, 2.0]", "answer = np.array([0, 0, 2])", "answer = (0.0, 0.0, 2.0)"],
    "relu_fix_loop": [
        "def relu_fast(x):\n    return np.maximum(x, 0)",
        "def relu_fast(x):\n    return np.clip(x, 0, None)",
        "def relu_fast(x):\n    return x.clip(min=0)",
        "def relu_fast(x):\n    return helpers.relu(x)",
        "def relu_fast(x):\n    out = np.empty_like(x)\n    np.maximum(x, 0, out=out)\n    return out",
    ],
    "relu_inplace_speed": [
        _timed("np.maximum(a, 0, out=a)", 'times["relu in place"]'),
        _timed("helpers.relu(a, out=a)", 'times["relu in place"]'),
        _timed("a.clip(0, None, out=a)", 'times["relu in place"]'),
    ],
}

_ = NAN_ARRAY  # the message of a NaN case shows this array (common.py)
