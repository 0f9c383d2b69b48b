r"""Exercises with instant feedback, in the style of Kaggle's learntools: check, hint, solution.

In a notebook::

    def relu(x):
        ...                                   # the learner's answer
    helpers.exercises.check("relu", relu)     # ✓ Correct / ✗ Incorrect (with the input) / ⚠ Error / ...
    helpers.exercises.hint("relu")            # hint 1; hint("relu", 2) for the next one
    helpers.exercises.solution("relu")        # the reference solution

Four kinds of exercise: "write" a function, "fix" broken code, "predict" the
value of a piece of code before running it, and "experiment" (compute a value
that a judge accepts or not). A check's output also carries
``{"exercise": id, "state": state}`` in its metadata, which the index reads
(:mod:`helpers.progress`).

Feedback is in the language chosen with ``helpers.set_language``. A check never
raises because of the learner's function: not attempted (the starter still
raises NotImplementedError, ``answer = ...``, or a "fix" still as given), correct,
incorrect (the call, the expected and the returned value), error (exception
type and message, no traceback) and wrong kind of answer (None, a list, wrong
shape or dtype, a modified input, a string for a number).

How to add an exercise of each kind
-----------------------------------
Every exercise is one ``Exercise(...)`` (keyword arguments, pure data) in
``helpers/exercises/chN_topic.py``'s ``EXERCISES`` list (ch1_relu ... ch6_speed
are listed in ``MODULES`` of ``registry.py``; a new module goes there too). All kinds need ``id``,
``title``, ``task``, ``hints`` (one or more; give two or more), ``solution``,
each as ``{"ja": ..., "en": ...}``. Texts are markdown without braces; code
(``solution``, ``broken``, ``starter``) is the same in ja and en except comments.
Texts reach the catalogue as ``exercise.<id>.title/.task/.hint.N/.solution/
.broken/.starter/.explanation/.feedback.<outcome>`` (:mod:`helpers.messages.exercises`).
In the chapter source write ``*exercise("<id>")`` where the chapter has just
taught what it needs, then rebuild the chapter. The check cell is always
``helpers.exercises.check("<id>", <function or answer variable>)``, and every
check reports one of five states: correct, incorrect, wrong kind, error, not
attempted. Then add at least five realistic wrong answers (and any other right
answers) to ``tests/exercise_answers/chN.py`` (see "Tests" below).

**write** (the default): the learner writes a function; it is called on
``cases`` and compared with ``reference`` (a :mod:`helpers` function)::

    Exercise(
        id="relu_grad", signature="relu_grad(x)", reference=relu_grad, returns="array",
        cases=tuple(case(x) for x in float_arrays(nan_cases=True)),
        title={"ja": "ReLU の導関数を書く", "en": "Write the derivative of ReLU"},
        task={"ja": "... NaN と x = 0 で何を返すかも書きます ...", "en": "... say what NaN and x = 0 give ..."},
        hints=({"ja": "...", "en": "..."}, {"ja": "...", "en": "..."}),
        solution={"ja": "def relu_grad(x):\n    # 日本語のコメント\n    return ...",
                  "en": "def relu_grad(x):\n    # English comment\n    return ..."},
    )

``returns``: ``"array"`` (same shape and dtype as the reference, ``rtol`` per
dtype, ``atol``) or ``"float"``. Starter: ``def <signature>:`` raising
NotImplementedError (not attempted).

**fix**: the starter cell holds ``broken`` code that the learner repairs; it is
then checked by behaviour exactly like "write" (any correct rewrite passes)::

    Exercise(
        id="fix_leaky_relu", kind="fix",
        signature="leaky_relu(x, alpha=0.01)", reference=leaky_relu, returns="float",
        cases=tuple(case(x) for x in [1.0, -10.0, 0.0, -0.0, 0.25, -0.5, 15.0, -20.0]),
        broken={"ja": "def leaky_relu(x, alpha=0.01):\n    if x > 0:\n        return x\n    return alpha  # 負",
                "en": "def leaky_relu(x, alpha=0.01):\n    if x > 0:\n        return x\n    return alpha  # x < 0"},
        title=..., task=..., hints=..., solution={"ja": "...return alpha * x...", "en": "..."},
    )

The broken code must run without raising and define the function of
``signature`` (the check cell passes that name, and the notebook runs top to
bottom): a bug such as the tutorial's call of an undefined ``leaky_relu`` goes
*inside* a function body (``def leaky_relu(x): return relu(x) ...`` where the
check's call shows the NameError), or use a "predict" exercise for it. While
the learner's function is still the broken code (same bytecode, constants and
defaults: comments and spacing do not count), the check says **not attempted**
and shows the first call that goes wrong ("... is still the code you were
given, and that code is broken, as this call shows: leaky_relu(-10.0) should
return -0.1, but your function returned 0.01"). Any changed code is checked
normally, so a partial fix is "incorrect" with the failing call.

**predict**: the learner writes the value they expect ``code`` to give, before
running it; the check runs ``code`` (numpy as np, math and helpers imported; the
last line must be an expression, earlier lines may be statements) and compares::

    Exercise(
        id="predict_max_nan", kind="predict",
        code='max(0.0, float("nan"))',
        title=..., task={"ja": "次のコードは何を返すでしょうか。", "en": "What does this code return?"},
        hints=(...,),
        solution={"ja": "answer = 0.0  # NaN > 0.0 は False", "en": "answer = 0.0  # NaN > 0.0 is False"},
        explanation={"ja": "max は最初の引数 0.0 から始め、...", "en": "max starts from its first argument, ..."},
    )

Starter: the code in comments, then ``answer = ...`` (Ellipsis: not attempted);
the task cell also shows the code in a python block. ``answer_name=`` renames
``answer``. Comparison by the type of the value the code gives: floats with
``rtol["float64"]`` (default 1e-12) and ``atol``, NaN equals NaN, ±inf exactly;
an int is accepted for a float and a whole float for an int unless
``exact=True`` (then the type counts, and -0.0 differs from 0.0: use it when
the type is the lesson, e.g. ``max(0, -1.5)`` is the int 0); bools must be
True/False; strings exactly; a dtype accepts ``np.float32``, ``"float32"``;
arrays/lists/tuples element by element (same shape); a code that raises is
answered with the exception class (``NameError``) or its name. Correct and
incorrect both show the code's real value and the ``explanation``; a string for a
number ("nan"), None or a function is **wrong kind** (no explanation, so the
learner can try again); a value whose comparison raises is **error**.

**experiment**: the learner completes ``starter`` code that computes a value;
``judge`` (see :mod:`helpers.exercises.judges`) says whether it is acceptable,
against a reference computed at check time from :mod:`helpers`::

    from helpers.exercises import judges

    Exercise(
        id="step_size", kind="experiment", answer_name="slope",
        starter={"ja": "x, h = 0.5, 1e-3\n# 中心差分で傾きを求める\nslope = ...",
                 "en": "x, h = 0.5, 1e-3\n# the central difference at x\nslope = ..."},
        judge=judges.Within(lambda: float(relu_grad(np.array(0.5))), atol=1e-6),
        feedback={"too_low": {"ja": "h が x より大きいと ...（{got} < {reference}）",
                              "en": "With h larger than x ... ({got} < {reference})"},
                  "too_high": {"ja": "2 * h で割りましたか？", "en": "Did you divide by 2 * h?"}},
        explanation={"ja": "x の両側 h 以内で ReLU は直線なので ...",
                     "en": "Within h of x ReLU is a straight line ..."},
        title=..., task=..., hints=..., solution={"ja": "...slope = (...) / (2 * h)", "en": "..."},
    )

The starter must run and leave ``<answer_name> = ...`` (not attempted). Judges
(frozen dataclasses; bounds are numbers or functions of no arguments, called at
check time): ``Within(reference, rtol=, atol=)``, ``Between(low, high)``,
``AtMost(high)``, ``AtLeast(low)``, ``Pick(key, judge)`` for one part of a tuple
or dict answer, ``All(judge, ...)``; or any callable returning
``judges.Verdict("correct" | "too_high" | "too_low" | "incorrect" | "wrong_kind",
got=, low=, high=, reference=, what=)`` (``judges.as_number`` reads a number).
The message is the generic sentence for the outcome ("slope = 0.75 is too
small." and the accepted range or reference), then ``feedback[outcome]`` if given
(may use ``{got}``, ``{low}``, ``{high}``, ``{reference}``), then on correct the
``explanation``. NaN is incorrect; a non-number is wrong kind; a value that makes
the judge raise is error. For a timing experiment, judge against a limit that
helpers measures in the same run (e.g. ``AtMost(lambda: 3 * copy_time())``), with
a margin wide enough for a shared machine.

Tests
-----
``tests/exercise_answers/chN.py`` (one file per chapter, its author's) defines
``WRONG_ANSWERS[id] = [Wrong(name, source, state, names_input), ...]`` (at least
five, distinct) and ``RIGHT_ANSWERS[id] = [source, ...]``; ``source`` is the
learner's starter cell as typed: a ``def`` for write/fix (an incomplete fix for
"fix"), ``answer = <wrong value>`` for predict, the completed starter for
experiment. ``state`` is "incorrect", "wrong_kind" or "error"; ``names_input`` a
piece of the message (the failing call, or the value shown) that appears in both
languages ("where the input is " is translated for you). "write"/"fix" cases
must cover signs, 0.0/-0.0, ±inf, extremes, float32/64, 0-d to 3-d and NaN
unless ``NOT_COVERED[id]`` in that file says why not. tests/test_exercises.py
then checks the solution (ja and en), the right and wrong answers, every state in
both languages and hostile answers; tests/test_exercise_notebooks.py runs the
notebook with the solution in place of the starter and expects "correct".
tests/exercise_samples.py has a complete, tested exercise of each kind.
"""

from __future__ import annotations

from helpers.exercises import judges
from helpers.exercises.checking import run
from helpers.exercises.judges import Verdict
from helpers.exercises.registry import KINDS, REGISTRY, Case, Exercise, case, get
from helpers.exercises.result import CheckResult, Note, _text

EXERCISES: tuple[str, ...] = tuple(REGISTRY)


def check(exercise_id: str, answer: object) -> CheckResult:
    """Check ``answer`` for ``exercise_id``: the learner's function (run on the test inputs; the first problem is
    reported), their predicted value, or their experiment's result."""
    return run(get(exercise_id, "check"), answer)


def hint(exercise_id: str, n: int = 1) -> Note:
    """Hint number ``n`` (1, 2, ...) of ``exercise_id``; past the last hint, the last one."""
    ex = get(exercise_id, "hint")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(_text("exercise.hint.bad_n", n=repr(n)))
    n = min(n, len(ex.hints))
    return Note(_text("exercise.hint.title", n=n, total=len(ex.hints)), _text(f"exercise.{ex.id}.hint.{n}"))


def solution(exercise_id: str) -> Note:
    """A reference solution of ``exercise_id``, with comments in the current language."""
    ex = get(exercise_id, "solution")
    title = (_text("exercise.solution.title", function=ex.function) if ex.kind in ("write", "fix")
             else _text("exercise.solution.title.answer"))
    return Note(title, "", _text(f"exercise.{ex.id}.solution"))


__all__ = ["EXERCISES", "KINDS", "Case", "CheckResult", "Exercise", "Note", "Verdict", "case", "check", "hint",
           "judges", "solution"]
