"""The exercise checkers: reference solutions pass, realistic wrong answers fail and name the input, nothing crashes.

To add an exercise's wrong answers: add ``WRONG_ANSWERS["<id>"] = [...]`` (at least five). Each entry is learner
code as it would be typed in the starter cell, the state the check must report, and a piece of the message that
names the failing input (usually the call, e.g. ``"relu(-10.0)"``).
"""

from __future__ import annotations

import linecache
import re
import sys
import warnings
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pytest

import helpers
from helpers import exercises
from helpers.exercises import checking, result
from helpers.exercises.registry import REGISTRY
from helpers.i18n import LANGUAGES, text
from helpers.messages import MESSAGES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "notebooks" / "src"))
from cells import exercise  # noqa: E402

from tests.notebook_parity import code_without_comments, looks_english, looks_japanese  # noqa: E402


class Wrong(NamedTuple):
    name: str  # what the learner got wrong
    source: str  # the learner's cell
    state: str  # "incorrect", "wrong_kind" or "error"
    names_input: str  # part of the message that shows the failing input


F32_NEAR_ZERO = "np.array([-2.0, -0.5, -0.0, 0.0, 0.25, 0.5, 3.0], dtype=np.float32)"
SEED_ARRAY = "np.array([1.0, -10.0, 0.0, 15.0, -20.0])"
NAN_ARRAY = "np.array([np.nan, -1.0, 0.0, 1.0])"
MATRIX = "np.array([[-1.5, 0.0, 2.0], [0.75, -0.25, -3.0]])"
EXTREMES = "np.array([-np.inf, -1.5e+308"

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
        Wrong("returns a list", "def relu_vectorized(x):\n    return [max(0.0, v) for v in x]", "wrong_kind",
              SEED_ARRAY),
        Wrong("mutates its input", "def relu_vectorized(x):\n    x[x < 0] = 0\n    return x", "wrong_kind",
              SEED_ARRAY),
        Wrong("writes into x with out=x", "def relu_vectorized(x):\n    return np.maximum(x, 0, out=x)",
              "wrong_kind", SEED_ARRAY),
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
    ],
    "relu_grad": [
        Wrong("x >= 0: 1 at x = 0", "def relu_grad(x):\n    return (x >= 0).astype(x.dtype)", "incorrect",
              "where x is 0.0"),
        Wrong("heaviside(x, 1.0): 1 at x = 0", "def relu_grad(x):\n    return np.heaviside(x, 1.0)", "incorrect",
              "where x is 0.0"),
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
              "where x is -10.0"),
        Wrong("relu(x) / x: NaN at 0", "def relu_grad(x):\n    return np.maximum(x, 0) / x", "incorrect",
              "where x is 0.0"),
    ],
    "leaky_relu": [
        Wrong("ignores alpha", "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, x, 0.01 * x)", "incorrect",
              "alpha=0.2"),
        Wrong("plain ReLU", "def leaky_relu(x, alpha=0.01):\n    return np.maximum(x, 0)", "incorrect",
              "where x is -10.0"),
        Wrong("branches swapped", "def leaky_relu(x, alpha=0.01):\n    return np.where(x > 0, alpha * x, x)",
              "incorrect", "where x is 1.0"),
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
              "where x is -10.0"),
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
              "    return np.where(np.isnan(x), np.nan, grad).astype(x.dtype)", "incorrect", "where x is 0.0"),
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
              "where x is 15.0"),
        Wrong("Leaky ReLU itself, not its derivative",
              "def leaky_relu_grad(x, alpha=0.01):\n    return np.where(x > 0, x, alpha * x)", "incorrect",
              "where x is -10.0"),
    ],
}

DEAD_FIRST = "dead_fraction(np.array([[1.0, -1.0, 0.0, -2.0], [-1.0, -3.0, 0.0, 0.5]]))"
WRONG_ANSWERS["dead_fraction"] = [
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
]

WRONG_ANSWERS["elu"] = [
    Wrong("ignores alpha", "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, np.expm1(np.minimum(x, 0)))",
          "incorrect", "alpha=0.5"),
    Wrong("forgets the - 1", "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * np.exp(np.minimum(x, 0)))",
          "incorrect", "where x is -10.0"),
    Wrong("no positive branch", "def elu(x, alpha=1.0):\n    return alpha * np.expm1(x)", "incorrect",
          "where x is 1.0"),
    Wrong("Leaky ReLU instead", "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * x)", "incorrect",
          "where x is -10.0"),
    Wrong("branches swapped", "def elu(x, alpha=1.0):\n    return np.where(x > 0, alpha * np.expm1(x), x)",
          "incorrect", "where x is 1.0"),
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
]

# Other correct answers a learner may well write: the checker must not reject them.
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
    "relu_grad": [
        "def relu_grad(x):\n    return np.heaviside(x, 0.0)",
        "def relu_grad(x):\n    return np.where(np.isnan(x), x, (x > 0).astype(x.dtype))",
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
RIGHT_ANSWERS["elu"] = [
    "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * (np.exp(x) - 1))",  # exp - 1: within atol
    "def elu(x, alpha=1.0):\n    return np.where(x > 0, x, alpha * np.expm1(x))",
    "def elu(x, alpha=1.0):\n    y = x.copy()\n    neg = ~(x > 0)\n    y[neg] = alpha * np.expm1(x[neg])\n    return y",
]
RIGHT_CASES = [(ex_id, source) for ex_id, sources in RIGHT_ANSWERS.items() for source in sources]

WRONG_CASES = [(ex_id, w) for ex_id, answers in WRONG_ANSWERS.items() for w in answers]


def learner_function(ex_id: str, source: str):
    """Run a cell as a notebook would (numpy imported as np) and return the function it defines.

    Like IPython, the cell's source is put in linecache, so that tracebacks can show its lines.
    """
    filename = f"<cell {abs(hash(source))}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    namespace = {"np": np}
    exec(compile(source, filename, "exec"), namespace)
    return namespace[REGISTRY[ex_id].function]


@pytest.fixture
def language():
    """Run a test in one language, then go back to English."""
    def use(lang):
        helpers.set_language(lang)
    yield use
    helpers.set_language("en")


# ---------------------------------------------------------------- right and wrong answers


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("ex_id", exercises.EXERCISES)
def test_reference_solution_passes(ex_id, lang, language):
    language(lang)
    res = exercises.check(ex_id, learner_function(ex_id, text(f"exercise.{ex_id}.solution", language=lang)))
    assert (res.passed, res.state) == (True, "correct"), res
    assert res.label == MESSAGES["exercise.state.correct"][lang]


@pytest.mark.parametrize(("ex_id", "source"), RIGHT_CASES)
def test_other_correct_answers_pass_too(ex_id, source):
    res = exercises.check(ex_id, learner_function(ex_id, source))
    assert res.passed, res


@pytest.mark.parametrize("ex_id", exercises.EXERCISES)
def test_every_exercise_has_at_least_five_wrong_answers(ex_id):
    answers = WRONG_ANSWERS.get(ex_id, [])
    assert len(answers) >= 5, f"add realistic wrong answers for {ex_id!r} to WRONG_ANSWERS"
    assert len({w.source for w in answers}) == len(answers)


def test_wrong_answers_belong_to_registered_exercises():
    assert set(WRONG_ANSWERS) <= set(exercises.EXERCISES)


@pytest.mark.parametrize(("ex_id", "wrong"), WRONG_CASES, ids=[f"{e}-{w.name}" for e, w in WRONG_CASES])
def test_wrong_answer_is_rejected_and_the_message_names_the_input(ex_id, wrong, language):
    for lang in LANGUAGES:
        language(lang)
        res = exercises.check(ex_id, learner_function(ex_id, wrong.source))
        assert not res.passed, res
        assert res.state == wrong.state, res
        shown = wrong.names_input
        if lang == "ja":  # the call is the same in both languages, the words around it are not
            shown = shown.replace("where x is ", "x の値は ")
        assert shown in res.message, res


def test_the_exercise_data_is_not_changed_by_a_mutating_answer():
    before = [c.args[0].copy() for c in REGISTRY["relu_vectorized"].cases]
    exercises.check("relu_vectorized", learner_function("relu_vectorized", WRONG_ANSWERS["relu_vectorized"][3].source))
    after = [c.args[0] for c in REGISTRY["relu_vectorized"].cases]
    assert all(a.tobytes() == b.tobytes() for a, b in zip(before, after, strict=True))


# ---------------------------------------------------------------- the states, in both languages


def answers_for_every_state(ex_id):
    """One answer per state, built from the exercise itself, so that new exercises are covered too."""
    ex = REGISTRY[ex_id]

    def not_attempted(*args, **kwargs):
        raise NotImplementedError

    def incorrect(*args, **kwargs):
        value = ex.reference(*args, **kwargs)
        return value + 1.0 if ex.returns == "float" else (value * 2 + 1).astype(np.asarray(value).dtype)

    def error(*args, **kwargs):
        return 1 / 0

    def wrong_kind(*args, **kwargs):
        return None

    return {"not_attempted": not_attempted, "correct": learner_function(ex_id, text(f"exercise.{ex_id}.solution")),
            "incorrect": incorrect, "error": error, "wrong_kind": wrong_kind}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("ex_id", exercises.EXERCISES)
def test_every_state_of_every_exercise_speaks_the_chosen_language(ex_id, lang, language):
    language(lang)
    for state, answer in answers_for_every_state(ex_id).items():
        res = exercises.check(ex_id, answer)
        assert res.state == state, res
        assert res.passed == (state == "correct")
        assert res.label == MESSAGES[f"exercise.state.{state}"][lang]
        assert res.message.strip()
        if lang == "ja":
            assert looks_japanese(res.message), res
        else:
            assert not looks_japanese(res.message), res


@pytest.mark.parametrize("ex_id", exercises.EXERCISES)
def test_every_exercise_has_texts_in_both_languages(ex_id):
    ex = REGISTRY[ex_id]
    keys = [f"exercise.{ex_id}.{k}" for k in ("title", "task", "solution")]
    keys += [f"exercise.{ex_id}.hint.{n}" for n in range(1, len(ex.hints) + 1)]
    for key in keys:
        entry = MESSAGES[key]
        assert entry["ja"].strip() and entry["en"].strip(), key
        if not key.endswith("solution"):
            assert looks_japanese(entry["ja"]), key
            assert looks_english(entry["en"]), key
    # The two solutions are the same code; only comments differ.
    assert code_without_comments(ex.solution["ja"]) == code_without_comments(ex.solution["en"])


def test_every_state_has_a_label_and_a_symbol_in_both_languages():
    for state in result.STATES:
        assert result.SYMBOLS[state]
        for lang in LANGUAGES:
            assert MESSAGES[f"exercise.state.{state}"][lang].strip()


# ---------------------------------------------------------------- never crash


class Hostile:
    """A returned object on which every operation raises."""

    def __getattribute__(self, name):
        if name in ("__class__",):
            return object.__getattribute__(self, name)
        raise RuntimeError(f"no {name}")

    def __repr__(self):
        raise RuntimeError("no repr")

    def __eq__(self, other):
        raise RuntimeError("no ==")

    def __array__(self, *args, **kwargs):
        raise RuntimeError("no array")

    def __float__(self):
        raise RuntimeError("no float")

    def __bool__(self):
        raise RuntimeError("no bool")

    __hash__ = None


class HostileArray(np.ndarray):
    """An ndarray subclass whose comparisons raise."""

    def __eq__(self, other):
        raise RuntimeError("no ==")

    def __array_ufunc__(self, *args, **kwargs):
        raise RuntimeError("no ufuncs")


class HostileFloat(float):
    """A float whose conversions and comparisons raise."""

    def __float__(self):
        raise RuntimeError("no float")

    def __eq__(self, other):
        raise RuntimeError("no ==")

    __hash__ = None


class BadException(Exception):
    def __str__(self):
        raise RuntimeError("no str")


def raises(exc):
    def f(*args, **kwargs):
        raise exc
    return f


def returns(value):
    return lambda *args, **kwargs: value


HOSTILE_ANSWERS = {
    "SystemExit": raises(SystemExit(1)),
    "sys.exit()": lambda *a, **k: sys.exit(),
    "KeyboardInterrupt": raises(KeyboardInterrupt()),
    "exception whose str raises": raises(BadException()),
    "hostile object": returns(Hostile()),
    "hostile float": returns(HostileFloat(0.0)),
    "hostile ndarray": lambda x, *a, **k: np.asarray(x).copy().view(HostileArray),
    "a generator": lambda *a, **k: (v for v in [1.0]),
    "a function": returns(print),
    "a string": returns("0.0"),
    "bool": returns(True),
    "complex": returns(1j),
    "object array": lambda x, *a, **k: np.asarray(x).astype(object),
    "nested lists": returns([[1.0]]),
    "takes no arguments": lambda: 0.0,
}


@pytest.mark.parametrize("name", list(HOSTILE_ANSWERS))
@pytest.mark.parametrize("ex_id", exercises.EXERCISES)
def test_no_learner_function_can_crash_the_check(ex_id, name, language):
    for lang in LANGUAGES:
        language(lang)
        res = exercises.check(ex_id, HOSTILE_ANSWERS[name])
        assert isinstance(res, exercises.CheckResult)
        assert not res.passed
        assert res.state in ("wrong_kind", "error", "incorrect")
        assert re.search(r"0x[0-9a-fA-F]{6,}", repr(res) + res._repr_html_()) is None


def test_an_error_shows_type_message_and_line_but_no_traceback():
    res = exercises.check("relu", learner_function("relu", "def relu(x):\n    y = 1\n    return y / (x - x)"))
    assert res.state == "error"
    assert "ZeroDivisionError: float division by zero" in res.message
    assert "line 3: return y / (x - x)" in res.message
    assert "Traceback" not in res.message and "File " not in res.message


def test_an_unreadable_result_is_a_wrong_kind_naming_the_call():
    res = exercises.check("relu", returns(HostileFloat(1.0)))
    assert res.state == "wrong_kind" and "relu(1.0)" in res.message and "HostileFloat" in res.message


def test_not_implemented_after_the_first_input_is_an_error_not_not_attempted():
    source = ("def relu_vectorized(x):\n    if x.ndim > 1:\n        raise NotImplementedError('2-D')\n"
              "    return np.maximum(x, 0)")
    res = exercises.check("relu_vectorized", learner_function("relu_vectorized", source))
    assert res.state == "error" and "NotImplementedError: 2-D" in res.message and MATRIX in res.message


def test_passing_a_value_instead_of_the_function_is_a_wrong_kind():
    res = exercises.check("relu", 0.0)
    assert res.state == "wrong_kind"
    assert 'helpers.exercises.check("relu", relu)' in res.message


def test_interrupting_a_slow_answer_is_reported():
    res = exercises.check("relu", raises(KeyboardInterrupt()))
    assert res.state == "error" and "KeyboardInterrupt" in res.message and "relu(1.0)" in res.message


def test_warnings_of_the_learner_code_do_not_escape():
    answer = learner_function("relu_vectorized", "def relu_vectorized(x):\n    return x * (x > 0)")
    with np.errstate(all="warn"), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = exercises.check("relu_vectorized", answer)  # -inf * 0 would warn "invalid value"
    assert res.state == "incorrect" and caught == []


def test_unknown_ids_and_bad_hint_numbers_are_clear_errors():
    with pytest.raises(ValueError, match="^check: unknown exercise 'relu_grads'; known ids: relu, "):
        exercises.check("relu_grads", print)
    with pytest.raises(ValueError, match="^hint: unknown exercise"):
        exercises.hint("nope")
    with pytest.raises(ValueError, match="^solution: unknown exercise"):
        exercises.solution(None)
    with pytest.raises(ValueError, match="^hint: n must be"):
        exercises.hint("relu", 0)


# ---------------------------------------------------------------- what the checkers test


def case_values(ex_id):
    """Every input value of every case, as float64, with the dtypes and shapes seen."""
    values, dtypes, ndims, alphas = [], set(), set(), set()
    for c in REGISTRY[ex_id].cases:
        x = c.args[0]
        a = np.asarray(x)
        values.extend(a.astype(np.float64).ravel().tolist())
        dtypes.add(a.dtype.name if isinstance(x, np.ndarray) else type(x).__name__)
        ndims.add(a.ndim)
        alphas.add(c.kwargs.get("alpha"))
    return np.array(values), dtypes, ndims, alphas


COVERAGE = {
    "signs": lambda v, d, n: ((v < 0).any() and (v > 0).any()
                              and ((v > 0) & (v < 1)).any() and ((v < 0) & (v > -1)).any()),
    "0.0 and -0.0": lambda v, d, n: ((v == 0) & ~np.signbit(v)).any() and ((v == 0) & np.signbit(v)).any(),
    "+inf and -inf": lambda v, d, n: np.isposinf(v).any() and np.isneginf(v).any(),
    "large and small magnitudes": lambda v, d, n: (np.abs(v[np.isfinite(v) & (v != 0)]).max() > 1e30
                                                   and np.abs(v[np.isfinite(v) & (v != 0)]).min() < 1e-30),
    "float32 and float64": lambda v, d, n: {"float32", "float64"} <= d,
    "0-d to 3-d arrays": lambda v, d, n: {0, 1, 2, 3} <= n,
    "NaN": lambda v, d, n: np.isnan(v).any(),
}
# What each exercise's cases must include. Elementwise array exercises: everything. An exercise that is not
# elementwise (e.g. a fraction over a matrix) lists what applies to it here, with the reason in a comment.
NOT_FOR_SCALARS = {"float32 and float64", "0-d to 3-d arrays", "NaN"}  # relu: Python floats, and max() hides NaN
COVERAGE_OF = {"relu": set(COVERAGE) - NOT_FOR_SCALARS}
# dead_fraction reads a 2-D table (inputs x units), and its task promises no NaN (a NaN unit has no honest count).
COVERAGE_OF["dead_fraction"] = set(COVERAGE) - {"0-d to 3-d arrays", "NaN"}


@pytest.mark.parametrize("ex_id", exercises.EXERCISES)
def test_checkers_cover_signs_zero_extremes_dtypes_and_shapes(ex_id):
    v, dtypes, ndims, _ = case_values(ex_id)
    missing = [name for name in COVERAGE_OF.get(ex_id, COVERAGE) if not COVERAGE[name](v, dtypes, ndims)]
    assert missing == [], f"{ex_id}: the cases lack {missing}"


def test_scalar_relu_is_not_tested_on_nan_so_that_max_is_accepted():
    v, dtypes, _, _ = case_values("relu")
    assert not np.isnan(v).any() and dtypes == {"float"}


@pytest.mark.parametrize("ex_id", ["leaky_relu", "leaky_relu_grad"])
def test_leaky_exercises_use_the_default_and_other_alphas(ex_id):
    _, _, _, alphas = case_values(ex_id)
    assert None in alphas and len(alphas - {None, 0.01}) >= 3


@pytest.mark.parametrize("ex_id", exercises.EXERCISES)
def test_expected_values_come_from_helpers(ex_id):
    reference = REGISTRY[ex_id].reference
    assert reference.__module__.startswith("helpers.") and not reference.__module__.startswith("helpers.exercises")
    assert getattr(helpers, reference.__name__) is reference


def test_the_convention_at_zero_is_stated_in_the_tasks():
    for ex_id, value in [("relu_grad", "**0**"), ("leaky_relu_grad", "**`alpha`**")]:
        for lang in LANGUAGES:
            task = MESSAGES[f"exercise.{ex_id}.task"][lang]
            assert "$x = 0$" in task and value in task and "PyTorch" in task


# ---------------------------------------------------------------- display


def luminance(colour: str) -> float:
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted([luminance(a), luminance(b)], reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_helper_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("state", result.STATES)
def test_each_state_shows_symbol_and_label_with_enough_contrast(state, language):
    fg, bg = result.COLOURS[state]
    assert contrast(fg, bg) >= 4.5
    assert contrast(fg, "#ffffff") >= 4.5  # the text colour also reads on a plain white page
    language("ja")
    res = result.make_result(state, "relu", "<b> & x")
    html_out = res._repr_html_()
    assert f"{result.SYMBOLS[state]} {res.label}" in html_out and f"{result.SYMBOLS[state]} {res.label}" in repr(res)
    assert "&lt;b&gt; &amp; x" in html_out and "<b> &" not in html_out
    assert f"color:{fg};background:{bg}" in html_out


def test_correct_and_wrong_differ_by_symbol_and_word_not_only_colour():
    labels = {(result.SYMBOLS[s], MESSAGES[f"exercise.state.{s}"]["en"]) for s in result.STATES}
    assert len(labels) == len(result.STATES)


def test_hint_and_solution_follow_the_language(language):
    language("ja")
    h = exercises.hint("relu_grad", 2)
    assert h.title == "ヒント 2/3" and "NaN" in h.markdown and looks_japanese(repr(h))
    assert "**ヒント 2/3**" in h._repr_markdown_()
    assert exercises.hint("relu_grad", 99).title == "ヒント 3/3"
    s = exercises.solution("relu_grad")
    assert "NaN は NaN のまま" in s.code and "```python" in s._repr_markdown_()
    language("en")
    assert exercises.hint("relu_grad").title == "Hint 1/3"
    assert "NaN in, NaN out" in exercises.solution("relu_grad").code


def test_literal_rebuilds_the_input_exactly():
    for c in (c for ex in REGISTRY.values() for c in ex.cases):
        x = c.args[0]
        rebuilt = eval(checking.literal(x), {"np": np})  # noqa: S307 - our own literal
        if isinstance(x, np.ndarray):
            assert rebuilt.dtype == x.dtype and rebuilt.shape == x.shape and rebuilt.tobytes() == x.tobytes()
        else:
            assert np.float64(rebuilt).tobytes() == np.float64(x).tobytes()


# ---------------------------------------------------------------- the notebook cells


@pytest.mark.parametrize("ex_id", exercises.EXERCISES)
def test_exercise_cells_have_stable_ids_tags_and_the_same_code(ex_id, language):
    task, starter, check = exercise(ex_id)
    slug = ex_id.replace("_", "-")
    assert [c.id for c in (task, starter, check)] == [f"ex-{slug}-task", f"ex-{slug}-starter", f"ex-{slug}-check"]
    assert (starter.tags, check.tags) == (("exercise-starter",), ("exercise-check",))
    assert all(c.metadata == {"exercise": ex_id} for c in (task, starter, check))
    assert looks_japanese(task.ja) and looks_english(task.en)
    for cell in (starter, check):
        assert code_without_comments(cell.ja) == code_without_comments(cell.en)
        assert not cell.ja.rstrip().endswith(";")
    assert f'helpers.exercises.check("{ex_id}", {REGISTRY[ex_id].function})' in check.ja
    # The starter runs, and the check then says "not attempted" in each language.
    for lang in LANGUAGES:
        language(lang)
        res = exercises.check(ex_id, learner_function(ex_id, starter.source(lang)))
        assert res.state == "not_attempted" and res.label == MESSAGES["exercise.state.not_attempted"][lang]
