"""The exercise checkers: reference solutions pass, realistic wrong answers fail and name the input, nothing crashes.

The answer tables live in tests/exercise_answers/ (one file per chapter, each owned by that chapter's author): add
``WRONG_ANSWERS["<id>"] = [...]`` (at least five) and ``RIGHT_ANSWERS["<id>"]`` there. Each entry is learner code as
it would be typed in the starter cell, the state the check must report, and a piece of the message that names the
failing input (usually the call, e.g. ``"relu(-10.0)"``). The test-only exercises of tests/exercise_samples.py (one
or more of each kind) run through the same tests.
"""

from __future__ import annotations

import linecache
import re
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

import helpers
from helpers import exercises
from helpers.exercises import checking, judges, result
from helpers.exercises.registry import REGISTRY, Exercise
from helpers.i18n import LANGUAGES, text
from helpers.messages import MESSAGES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "notebooks" / "src"))
from cells import exercise  # noqa: E402

from tests.exercise_answers import JA_WORDS, NOT_COVERED, RIGHT_ANSWERS, WRONG_ANSWERS  # noqa: E402
from tests.exercise_answers.common import MATRIX  # noqa: E402
from tests.exercise_samples import SAMPLE_IDS, register_samples  # noqa: E402
from tests.notebook_parity import code_without_comments, looks_english, looks_japanese  # noqa: E402

register_samples()
# Every exercise of the course, and the test-only ones of each kind.
ALL = [*exercises.EXERCISES, *SAMPLE_IDS]
FUNCTION_KINDS = ("write", "fix")
FUNCTIONS = [e for e in ALL if REGISTRY[e].kind in FUNCTION_KINDS]
RIGHT_CASES = [(ex_id, source) for ex_id, sources in RIGHT_ANSWERS.items() for source in sources]

WRONG_CASES = [(ex_id, w) for ex_id, answers in WRONG_ANSWERS.items() for w in answers]


def learner_function(ex_id: str, source: str):
    """Run a cell as a notebook would (numpy as np, math, helpers imported) and return what the check receives:
    the function it defines ("write", "fix") or the answer variable it assigns ("predict", "experiment").

    Like IPython, the cell's source is put in linecache, so that tracebacks can show its lines.
    """
    filename = f"<cell {abs(hash(source))}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    namespace = checking.learner_namespace()
    exec(compile(source, filename, "exec"), namespace)
    return namespace[REGISTRY[ex_id].function]


learner_answer = learner_function




# ---------------------------------------------------------------- right and wrong answers


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("ex_id", ALL)
def test_reference_solution_passes(ex_id, lang, language):
    language(lang)
    res = exercises.check(ex_id, learner_function(ex_id, text(f"exercise.{ex_id}.solution", language=lang)))
    assert (res.passed, res.state) == (True, "correct"), res
    assert res.label == MESSAGES["exercise.state.correct"][lang]


@pytest.mark.parametrize(("ex_id", "source"), RIGHT_CASES)
def test_other_correct_answers_pass_too(ex_id, source):
    res = exercises.check(ex_id, learner_function(ex_id, source))
    assert res.passed, res


@pytest.mark.parametrize("ex_id", ALL)
def test_every_exercise_has_at_least_five_wrong_answers(ex_id):
    answers = WRONG_ANSWERS.get(ex_id, [])
    assert len(answers) >= 5, f"add realistic wrong answers for {ex_id!r} to WRONG_ANSWERS in tests/exercise_answers/"
    assert len({w.source for w in answers}) == len(answers)


def test_wrong_and_right_answers_belong_to_registered_exercises():
    assert set(WRONG_ANSWERS) <= set(ALL)
    assert set(RIGHT_ANSWERS) <= set(ALL)


@pytest.mark.parametrize("ex_id", [e for e in ALL if REGISTRY[e].kind == "fix"])
def test_a_fix_wrong_answer_is_not_the_broken_code_itself(ex_id):
    broken = checking.broken_function(REGISTRY[ex_id])
    for wrong in WRONG_ANSWERS.get(ex_id, []):
        assert not checking.same_code(learner_function(ex_id, wrong.source), broken), wrong.name


@pytest.mark.parametrize(("ex_id", "wrong"), WRONG_CASES, ids=[f"{e}-{w.name}" for e, w in WRONG_CASES])
def test_wrong_answer_is_rejected_and_the_message_names_the_input(ex_id, wrong, language):
    for lang in LANGUAGES:
        language(lang)
        res = exercises.check(ex_id, learner_function(ex_id, wrong.source))
        assert not res.passed, res
        assert res.state == wrong.state, res
        shown = wrong.names_input
        if lang == "ja":  # the call is the same in both languages, the words around it are not
            for en, ja in JA_WORDS.items():
                shown = shown.replace(en, ja)
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
    correct = learner_function(ex_id, text(f"exercise.{ex_id}.solution"))
    if ex.kind == "predict":
        return predict_answers_for_every_state(ex, correct)
    if ex.kind == "experiment":
        # NaN is no measurement: incorrect for every ready-made judge; a float that cannot be read: error.
        return {"not_attempted": ..., "correct": correct, "incorrect": float("nan"), "wrong_kind": "1.0",
                "error": HostileFloat(1.0)}

    def not_attempted(*args, **kwargs):
        raise NotImplementedError

    def incorrect(*args, **kwargs):
        value = ex.reference(*args, **kwargs)
        return value + 1.0 if ex.returns == "float" else (value * 2 + 1).astype(np.asarray(value).dtype)

    def error(*args, **kwargs):
        return 1 / 0

    def wrong_kind(*args, **kwargs):
        return None

    if ex.kind == "fix":
        not_attempted = checking.broken_function(ex)
    return {"not_attempted": not_attempted, "correct": correct, "incorrect": incorrect, "error": error,
            "wrong_kind": wrong_kind}


def predict_answers_for_every_state(ex, correct):
    """The states a prediction can reach, from the value the code gives."""
    from helpers.exercises.predict import Raised, evaluate

    expected = evaluate(ex.code)
    answers = {"not_attempted": ..., "correct": correct}
    if isinstance(expected, Raised):
        answers["incorrect"] = ZeroDivisionError if expected.type is not ZeroDivisionError else NameError
        answers["wrong_kind"] = 1.0
        return answers
    value = expected[()] if isinstance(expected, np.ndarray) and expected.ndim == 0 else expected
    if isinstance(value, (bool, np.bool_)):
        answers["incorrect"] = not value
    elif isinstance(value, (int, float, np.integer, np.floating)):
        answers["incorrect"] = 1.0 if np.isnan(value) else float(value) * 2 + 1
        answers["error"] = HostileFloat(1.0)  # a float whose float() raises
    elif isinstance(value, str):
        answers["incorrect"] = value + "?"
    answers["wrong_kind"] = print
    return answers


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("ex_id", ALL)
def test_every_state_of_every_exercise_speaks_the_chosen_language(ex_id, lang, language):
    language(lang)
    for state, answer in answers_for_every_state(ex_id).items():
        res = exercises.check(ex_id, answer)
        assert res.state == state, res
        assert res.passed == (state == "correct")
        assert res.label == MESSAGES[f"exercise.state.{state}"][lang]
        # The label's colon is the language's: "正解：…" in Japanese, "Correct: …" in English.
        head = f"{result.SYMBOLS[state]} {res.label}{MESSAGES['exercise.label_separator'][lang].rstrip(' ')}"
        assert repr(res).startswith(head) and head in res._repr_html_().replace("</strong>", ""), res
        assert res.message.strip()
        if lang == "ja":
            assert looks_japanese(res.message), res
        else:
            assert not looks_japanese(res.message), res


@pytest.mark.parametrize("ex_id", ALL)
def test_every_exercise_has_texts_in_both_languages(ex_id):
    ex = REGISTRY[ex_id]
    code_texts = ("solution", "broken", "starter")
    for name in ex.texts():
        key = f"exercise.{ex_id}.{name}"
        entry = MESSAGES[key]
        assert entry["ja"].strip() and entry["en"].strip(), key
        if name in code_texts:
            # The two versions are the same code; only comments differ.
            assert code_without_comments(entry["ja"]) == code_without_comments(entry["en"]), key
        else:
            assert looks_japanese(entry["ja"]), key
            assert looks_english(entry["en"]), key


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


class HostileList(list):
    """A list whose length and items cannot be read."""

    def __len__(self):
        raise RuntimeError("no len")

    def __iter__(self):
        raise RuntimeError("no iter")

    def __getitem__(self, key):
        raise RuntimeError("no item")


# What a "predict" or "experiment" cell may leave in its answer variable.
HOSTILE_VALUES = {
    "hostile object": Hostile(),
    "hostile float": HostileFloat(0.0),
    "hostile ndarray": np.zeros(3).view(HostileArray),
    "hostile list": HostileList([1.0]),
    "a generator": (v for v in [1.0]),
    "a function": print,
    "a class": int,
    "a string": "0.0",
    "bool": True,
    "complex": 1j,
    "object array": np.array([None, 1.0], dtype=object),
    "nested lists": [[1.0]],
    "empty tuple": (),
    "a dict": {"value": 1.0},
    "an exception instance": BadException(),
    "None": None,
}


def hostile_cases():
    cases = []
    for ex_id in ALL:
        table = HOSTILE_ANSWERS if REGISTRY[ex_id].kind in FUNCTION_KINDS else HOSTILE_VALUES
        cases += [(ex_id, name, answer) for name, answer in table.items()]
    return cases


@pytest.mark.parametrize(("ex_id", "name", "answer"), hostile_cases(), ids=[f"{e}-{n}" for e, n, _ in hostile_cases()])
def test_no_learner_answer_can_crash_the_check(ex_id, name, answer, language):
    for lang in LANGUAGES:
        language(lang)
        res = exercises.check(ex_id, answer)
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


def test_unknown_ids_and_bad_hint_numbers_are_clear_errors(language):
    with pytest.raises(ValueError, match="^check: there is no exercise named 'relu_grads'. Did you mean 'relu_grad'"):
        exercises.check("relu_grads", print)
    with pytest.raises(ValueError, match="^hint: there is no exercise named 'nope'. The exercise's name"):
        exercises.hint("nope")
    with pytest.raises(ValueError, match="^solution: there is no exercise named None.*The names: relu, "):
        exercises.solution(None)
    with pytest.raises(ValueError, match="^hint: n is the number of the hint"):
        exercises.hint("relu", 0)
    language("ja")  # a Japanese learner reads these in Japanese, with the English spelling suggested
    with pytest.raises(ValueError, match="^hint：'relu_vectorised' という名前の演習はありません。'relu_vectorized'"):
        exercises.hint("relu_vectorised")
    with pytest.raises(ValueError, match="^hint：n はヒントの番号"):
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
# What each "write"/"fix" exercise's cases must include: everything, except what its chapter's answer file lists in
# NOT_COVERED (an exercise that is not elementwise, or takes Python floats), with the reason in a comment there.


def test_not_covered_names_known_properties():
    for ex_id, names in NOT_COVERED.items():
        assert ex_id in ALL and set(names) <= set(COVERAGE), ex_id


@pytest.mark.parametrize("ex_id", FUNCTIONS)
def test_checkers_cover_signs_zero_extremes_dtypes_and_shapes(ex_id):
    v, dtypes, ndims, _ = case_values(ex_id)
    wanted = set(COVERAGE) - set(NOT_COVERED.get(ex_id, ()))
    missing = [name for name in COVERAGE if name in wanted and not COVERAGE[name](v, dtypes, ndims)]
    assert missing == [], f"{ex_id}: the cases lack {missing}"


def test_scalar_relu_is_not_tested_on_nan_so_that_max_is_accepted():
    v, dtypes, _, _ = case_values("relu")
    assert not np.isnan(v).any() and dtypes == {"float"}


@pytest.mark.parametrize("ex_id", ["leaky_relu", "leaky_relu_grad"])
def test_leaky_exercises_use_the_default_and_other_alphas(ex_id):
    _, _, _, alphas = case_values(ex_id)
    assert None in alphas and len(alphas - {None, 0.01}) >= 3


@pytest.mark.parametrize("ex_id", FUNCTIONS)
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


@pytest.mark.parametrize("ex_id", ALL)
def test_exercise_cells_have_stable_ids_tags_and_the_same_code(ex_id, language):
    task, starter, check = exercise(ex_id)
    slug = ex_id.replace("_", "-")
    kind = REGISTRY[ex_id].kind
    assert [c.id for c in (task, starter, check)] == [f"ex-{slug}-task", f"ex-{slug}-starter", f"ex-{slug}-check"]
    assert (starter.tags, check.tags) == (("exercise-starter",), ("exercise-check",))
    assert all(c.metadata == {"exercise": ex_id, "kind": kind} for c in (task, starter, check))
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


def test_each_kind_has_its_own_starter():
    ex = {kind: next(e for e in ALL if REGISTRY[e].kind == kind) for kind in ("write", "fix", "predict", "experiment")}
    assert "raise NotImplementedError" in exercise(ex["write"])[1].en
    assert exercise(ex["fix"])[1].en == REGISTRY[ex["fix"]].broken["en"]
    predict_task, predict_starter, predict_check = exercise("sample_predict_nan")
    assert predict_starter.en.endswith("\nanswer = ...") and '#     max(0.0, float("nan"))' in predict_starter.en
    assert '```python\nmax(0.0, float("nan"))\n```' in predict_task.en
    assert predict_check.en.endswith('helpers.exercises.check("sample_predict_nan", answer)')
    assert exercise(ex["experiment"])[1].ja == REGISTRY[ex["experiment"]].starter["ja"]
    experiment = REGISTRY[ex["experiment"]]
    assert exercise(ex["experiment"])[2].en.endswith(f'check("{experiment.id}", {experiment.answer_name})')


# ---------------------------------------------------------------- the new kinds, one by one


def test_predict_compares_with_the_value_the_code_gives_not_a_typed_in_one(language):
    language("en")
    ex = Exercise(id="t_predict", kind="predict", code="x = np.float32(0.1)\nx * 3", title={"ja": "予想", "en": "P"},
                  task={"ja": "予想", "en": "P"}, hints=({"ja": "ヒント", "en": "H"},),
                  solution={"ja": "answer = 0.3", "en": "answer = 0.3"}, explanation={"ja": "説明", "en": "why"})
    from helpers.exercises.registry import register, unregister
    register(ex)
    try:
        assert exercises.check("t_predict", 0.3).state == "incorrect"  # float32 rounding: 0.3 is 1e-8 off
        assert exercises.check("t_predict", float(np.float32(0.1) * 3)).state == "correct"
        res = exercises.check("t_predict", 0.31)
        assert res.state == "incorrect" and "0.31" in res.message and res.message.endswith("why")
    finally:
        unregister("t_predict")
    assert "t_predict" not in REGISTRY and "exercise.t_predict.title" not in MESSAGES


@pytest.mark.parametrize(("code", "right", "wrong"), [
    ('max(float("nan"), 0.0)', [float("nan"), np.nan, np.float32("nan")], [0.0, None, "nan"]),
    ("np.inf - 1e308", [float("inf")], [1e308, -np.inf]),
    ("3 > 2", [True, np.True_], [1, False, "True"]),
    ("'ab' * 2", ["abab"], ["ab ab", 2]),
    ("np.maximum(np.arange(3, dtype=np.int32), 0.0).dtype", [np.float64, "float64", float, np.dtype("f8")],
     [np.float32, "int32", 1.0]),
    ("np.maximum(np.array([-1.0, np.nan, 2.0]), 0)", [[0.0, np.nan, 2.0], np.array([0, np.nan, 2]), (0.0, np.nan, 2.0)],
     [[0.0, 0.0, 2.0], [0.0, np.nan], 2.0]),
    ("(1, 2.5)", [(1, 2.5), [1.0, 2.5]], [(1, 2.5, 3), (2.5, 1)]),
    ("None", [None], [0.0]),
    ("1 / 0", [ZeroDivisionError, "ZeroDivisionError"], [ValueError, "ValueError", float("inf")]),
])
def test_predict_compares_by_the_type_of_the_value(code, right, wrong):
    from helpers.exercises.predict import _WrongKind, evaluate, matches

    ex = REGISTRY["sample_predict_nan"]
    expected = evaluate(code)
    for value in right:
        assert matches(value, expected, ex), (code, value)
    for value in wrong:
        try:
            assert not matches(value, expected, ex), (code, value)
        except _WrongKind:
            pass


def test_predict_exact_counts_the_type_and_the_sign_of_zero():
    from helpers.exercises.predict import evaluate, matches

    exact = REGISTRY["sample_predict_int"]
    assert exact.exact
    assert matches(0, evaluate("max(0, -1.5)"), exact) and not matches(0.0, evaluate("max(0, -1.5)"), exact)
    assert not matches(0.0, evaluate("-0.0"), exact) and matches(-0.0, evaluate("-0.0"), exact)
    assert not matches(np.float64(0.5), evaluate("np.float32(0.5)"), exact)
    loose = REGISTRY["sample_predict_nan"]
    assert matches(0.0, evaluate("-0.0"), loose) and matches(0, evaluate("0.0"), loose)


def test_a_predict_shows_the_explanation_right_or_wrong_and_not_for_a_wrong_kind(language):
    for lang in LANGUAGES:
        language(lang)
        explanation = MESSAGES["exercise.sample_predict_nan.explanation"][lang]
        assert exercises.check("sample_predict_nan", 0.0).message.endswith(explanation)
        assert exercises.check("sample_predict_nan", float("nan")).message.endswith(explanation)
        assert explanation not in exercises.check("sample_predict_nan", "nan").message
        assert explanation not in exercises.check("sample_predict_nan", ...).message


def test_an_unchanged_fix_is_not_attempted_and_shows_the_bug(language):
    ex = REGISTRY["sample_fix_leaky"]
    for lang in LANGUAGES:
        language(lang)
        res = exercises.check("sample_fix_leaky", learner_function("sample_fix_leaky", ex.broken[lang]))
        assert res.state == "not_attempted" and "leaky_relu(-10.0)" in res.message and "0.01" in res.message
    # A comment changed, or reformatted: still the code as given.
    edited = ex.broken["en"].replace("# the negative side", "# TODO").replace("return alpha", "return (alpha)")
    assert exercises.check("sample_fix_leaky", learner_function("sample_fix_leaky", edited)).state == "not_attempted"
    # The same bug in other words is an ordinary incorrect answer.
    other = "def leaky_relu(x, alpha=0.01):\n    return x if x > 0 else alpha"
    assert exercises.check("sample_fix_leaky", learner_function("sample_fix_leaky", other)).state == "incorrect"


@pytest.mark.parametrize("ex_id", [e for e in ALL if REGISTRY[e].kind == "fix"])
def test_the_broken_code_runs_defines_the_function_and_fails(ex_id):
    ex = REGISTRY[ex_id]
    broken = checking.broken_function(ex)
    assert broken is not None, f"{ex_id}: the broken code must run and define {ex.function}"
    assert checking.first_problem(ex, broken) is not None, f"{ex_id}: the broken code passes the check"
    for lang in LANGUAGES:
        assert checking.same_code(learner_function(ex_id, ex.broken[lang]), broken)


@pytest.mark.parametrize("ex_id", [e for e in ALL if REGISTRY[e].kind == "experiment"])
def test_an_experiment_starter_runs_and_leaves_the_answer_undone(ex_id):
    for lang in LANGUAGES:
        assert learner_function(ex_id, REGISTRY[ex_id].starter[lang]) is Ellipsis


def test_judges_compute_their_bounds_at_check_time():
    calls = []

    def limit():
        calls.append(1)
        return 2.0

    judge = judges.AtMost(limit)
    assert calls == []
    assert judge(1.5).outcome == "correct" and judge(2.5).outcome == "too_high" and len(calls) == 2
    assert judges.AtLeast(1.0)(0.5).outcome == "too_low"
    assert judges.Between(0.0, 1.0)(float("nan")).outcome == "incorrect"
    assert judges.Between(0.0, 1.0)(True).outcome == "wrong_kind"
    assert judges.Within(lambda: 10.0, rtol=0.1)(10.9).outcome == "correct"
    assert judges.Within(lambda: 10.0, rtol=0.1)(11.1).outcome == "too_high"
    pair = judges.All(judges.Pick(0, judges.AtLeast(0.0)), judges.Pick(1, judges.AtMost(1.0)))
    assert pair((0.5, 0.5)).outcome == "correct" and pair((0.5, 2.0)).outcome == "too_high"
    assert pair(0.5).outcome == "wrong_kind" and pair((-1.0, 0.5)).outcome == "too_low"
    with pytest.raises(ValueError, match="outcome"):
        judges.Verdict("maybe")


def test_an_experiment_says_too_high_too_low_and_adds_its_own_feedback(language):
    for lang in LANGUAGES:
        language(lang)
        low = exercises.check("sample_experiment_slope", 0.75)
        high = exercises.check("sample_experiment_slope", 2.0)
        assert low.state == high.state == "incorrect"
        assert MESSAGES["exercise.experiment.too_low"][lang].format(name="slope", got="0.75") in low.message
        assert MESSAGES["exercise.experiment.too_high"][lang].format(name="slope", got="2") in high.message
        assert "(0.75 < 1)" in low.message.replace("（", "(").replace("）", ")")
        assert "2 * h" in high.message
        right = exercises.check("sample_experiment_slope", 1.0)
        assert right.message.endswith(MESSAGES["exercise.sample_experiment_slope.explanation"][lang])


def test_a_judge_that_fails_on_the_learners_value_is_an_error_not_a_crash():
    res = exercises.check("sample_experiment_slope", HostileFloat(1.0))
    assert res.state == "error" and "RuntimeError: no float" in res.message


def test_exercise_definitions_are_validated():
    base = {"id": "t", "title": {"ja": "題", "en": "T"}, "task": {"ja": "問", "en": "T"},
            "hints": ({"ja": "ヒ", "en": "H"},), "solution": {"ja": "answer = 1", "en": "answer = 1"}}
    with pytest.raises(ValueError, match="kind must be one of"):
        Exercise(**base, kind="quiz")
    with pytest.raises(ValueError, match="needs code="):
        Exercise(**base, kind="predict", explanation={"ja": "説", "en": "E"})
    with pytest.raises(ValueError, match="needs broken="):
        Exercise(**base, kind="fix", signature="f(x)", reference=helpers.relu, cases=(exercises.case(1.0),))
    with pytest.raises(ValueError, match="needs judge="):
        Exercise(**base, kind="experiment", starter={"ja": "a = ...", "en": "a = ..."},
                 explanation={"ja": "説", "en": "E"})
    with pytest.raises(ValueError, match="feedback keys"):
        Exercise(**base, kind="experiment", starter={"ja": "a = ...", "en": "a = ..."}, judge=judges.AtMost(1.0),
                 explanation={"ja": "説", "en": "E"}, feedback={"too_big": {"ja": "大", "en": "big"}})
    with pytest.raises(ValueError, match="may only use the placeholders"):
        Exercise(**base, kind="experiment", starter={"ja": "a = ...", "en": "a = ..."}, judge=judges.AtMost(1.0),
                 explanation={"ja": "説", "en": "E"}, feedback={"too_high": {"ja": "{x}", "en": "{x}"}})
    with pytest.raises(ValueError, match="must not contain braces"):
        Exercise(**{**base, "title": {"ja": "{題}", "en": "T"}}, signature="f(x)", reference=helpers.relu,
                 cases=(exercises.case(1.0),))


def test_check_output_carries_the_exercise_and_state_in_its_metadata():
    res = exercises.check("sample_predict_nan", 0.0)
    data, metadata = res._repr_mimebundle_()
    assert data["text/plain"] == repr(res) and data["text/html"] == res._repr_html_()
    assert metadata == {result.METADATA_KEY: {"exercise": "sample_predict_nan", "state": "correct"}}


# ---------------------------------------------------------------- feedback that points the right way


# (exercise, wrong answer by name in tests/exercise_answers) -> the advice its message must carry.
ADVICE = [
    ("relu", "max(x, 0) gives the int 0", "exercise.wrong_kind.int"),
    ("relu", "prints instead of returning", "exercise.wrong_kind.none"),
    ("dead_fraction", "the count, not the fraction", "exercise.wrong_kind.int_value"),
    ("dead_fraction", "the count, not the fraction", "exercise.wrong_kind.int_value.count"),
    ("dead_fraction", "returns the mask", "exercise.wrong_kind.array_for_float"),
    ("dead_fraction", "applies ReLU in place", "exercise.wrong_kind.mutated"),
    ("relu_vectorized", "Python loop: float64 for float32 input", "exercise.wrong_kind.dtype.widened"),
    ("relu_vectorized", "Python loop fails on a 2-D array", "exercise.error.advice.truth"),
    ("relu_vectorized", "a loop over the rows fails on a 0-d array", "exercise.error.advice.loop"),
    ("relu_vectorized", "np.maximum(x, 0.0) turns int into float64", "exercise.wrong_kind.dtype.int_to_float"),
    ("relu_vectorized", "np.max reduces the array", "exercise.wrong_kind.shape.reduced"),
    ("relu_vectorized", "flattens", "exercise.wrong_kind.shape.flattened"),
    ("relu_grad", "integer result", "exercise.wrong_kind.dtype.not_float"),
    ("relu_grad", "bool result", "exercise.wrong_kind.dtype.not_float"),
    ("relu_grad", "item assignment on the result of a comparison fails for 0-d input", "exercise.error.advice.zero_d"),
    ("leaky_relu", "np.float64(alpha) upcasts float32", "exercise.wrong_kind.dtype.widened"),
    ("leaky_relu", "no alpha parameter", "exercise.error.advice.signature"),
    ("elu", "Python loop fails on a 2-D array", "exercise.error.advice.truth"),
]


def literal_parts(template: str) -> list[str]:
    import string

    return [part.strip() for part, *_ in string.Formatter().parse(template) if len(part.strip()) > 3]


@pytest.mark.parametrize(("ex_id", "name", "key"), ADVICE, ids=[f"{e}-{n}" for e, n, _ in ADVICE])
def test_the_message_of_a_known_mistake_carries_its_advice(ex_id, name, key, language):
    (wrong,) = [w for w in WRONG_ANSWERS[ex_id] if w.name == name]
    for lang in LANGUAGES:
        language(lang)
        message = exercises.check(ex_id, learner_function(ex_id, wrong.source)).message
        for part in literal_parts(MESSAGES[key][lang]):
            assert part in message, (key, part, message)


def test_a_count_is_not_told_to_write_0_0_and_names_the_fraction(language):
    (count,) = [w for w in WRONG_ANSWERS["dead_fraction"] if w.name == "the count, not the fraction"]
    for lang in LANGUAGES:
        language(lang)
        message = exercises.check("dead_fraction", learner_function("dead_fraction", count.source)).message
        assert "0.0 rather than" not in message and "0.0 と書きます" not in message
        assert " 2" in message and "0.5" in message and "np.int64" not in message


def test_a_mutated_input_is_named_as_in_the_signature(language):
    (inplace,) = [w for w in WRONG_ANSWERS["dead_fraction"] if w.name == "applies ReLU in place"]
    language("en")
    message = exercises.check("dead_fraction", learner_function("dead_fraction", inplace.source)).message
    assert "input array z" in message and "Leave z unchanged" in message and " x " not in message


def test_an_element_mismatch_names_the_input_element_not_x(language):
    (nan,) = [w for w in WRONG_ANSWERS["relu_grad"] if w.name == "loses NaN"]
    for lang, phrase in (("ja", "位置 [0]（入力の要素は nan）"), ("en", "at position [0], where the input is nan")):
        language(lang)
        message = exercises.check("relu_grad", learner_function("relu_grad", nan.source)).message
        assert phrase in message and "x[0]" not in message and "x の値" not in message


@pytest.mark.parametrize("h", [-1, -1e-5, 0, 0.0, float("inf"), float("-inf"), float("nan")])
def test_a_step_that_is_not_positive_and_finite_gets_the_step_feedback_not_too_small(h, language):
    for lang in LANGUAGES:
        language(lang)
        res = exercises.check("step_size", h)
        assert res.label == MESSAGES["exercise.state.incorrect"][lang]
        assert text("exercise.step_size.feedback.incorrect", language=lang) in res.message
        assert text("exercise.step_size.feedback.too_low", language=lang) not in res.message
        assert text("exercise.experiment.too_low", language=lang, name="h", got=str(h)) not in res.message


def test_a_too_small_step_states_its_verdict_once(language):
    for lang in LANGUAGES:
        language(lang)
        message = exercises.check("step_size", 1e-8).message
        assert message.count(text("exercise.experiment.too_low", language=lang, name="h", got="1e-8")) == 1


def test_numbers_shown_together_share_one_notation_and_stay_distinct():
    from helpers.exercises.experiment import numbers

    assert numbers(5.36872e-05, 2.84148e-06, 0.000284148) == ["5.369e-5", "2.841e-6", "2.841e-4"]
    assert numbers(0.25, 12.5, None) == ["0.25", "12.5", "-"]
    # Four digits would print 0.3007 for both: a too-large answer would read as equal to the reference.
    assert numbers(0.30072, 0.3007) == ["0.30072", "0.3007"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_predicted_tuple_with_a_string_inside_names_the_element(lang, language):
    language(lang)
    res = exercises.check("predict_max_nan", (0.0, "nan"))
    assert res.state == "wrong_kind", res
    assert "answer[1]" in res.message and "'nan'" in res.message and 'float("nan")' in res.message, res
    res = exercises.check("predict_max_nan", ([1.0], 0.0))
    assert res.state == "wrong_kind" and "answer[0]" in res.message, res


def test_a_fix_does_not_pass_by_a_name_another_cell_defined(language):
    # Chapter 4 defines leaky_relu in a later cell; the tutorial's snippet calls leaky_relu without defining it.
    namespace = checking.learner_namespace()
    exec(compile("def leaky_relu(x, alpha=0.01):\n    return max(alpha * x, x)\n", "<cell 1>", "exec"), namespace)
    exec(compile(text("exercise.fix_tutorial_leaky_relu.broken", language="en"), "<cell 2>", "exec"), namespace)
    res = exercises.check("fix_tutorial_leaky_relu", namespace["apply_leaky_relu"])
    assert res.state == "not_attempted" and "NameError" in res.message, res


@pytest.mark.parametrize("answer", [OverflowError, "OverflowError", OverflowError("overflow")])
def test_predicting_an_exception_for_code_that_gives_a_value_is_wrong_not_the_wrong_kind(answer, language):
    res = exercises.check("softplus_overflow", answer)
    assert res.state == "incorrect", res
    assert "inf" in res.message, res  # it shows what the code does give, and the explanation


def test_a_class_given_as_a_prediction_is_called_a_class(language):
    for lang in LANGUAGES:
        language(lang)
        res = exercises.check("predict_max_nan", int)
        assert res.state == "wrong_kind" and "type 型" not in res.message and "of type type" not in res.message, res
        assert MESSAGES["exercise.predict.wrong_kind.class"][lang].split("{got}")[1][:4] in res.message, res


@pytest.mark.parametrize("answer", [[..., ...], (0.0, ...)])
def test_a_prediction_with_a_placeholder_left_is_not_attempted(answer, language):
    assert exercises.check("softplus_overflow", answer).state == "not_attempted"
