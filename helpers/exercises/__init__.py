"""Exercises with instant feedback, in the style of Kaggle's learntools: check, hint, solution.

In a notebook::

    def relu(x):
        ...                                   # the learner's answer
    helpers.exercises.check("relu", relu)     # ✓ Correct / ✗ Incorrect (with the input) / ⚠ Error / ...
    helpers.exercises.hint("relu")            # hint 1; hint("relu", 2) for the next one
    helpers.exercises.solution("relu")        # the reference solution

Feedback is in the language chosen with ``helpers.set_language``. A check never
raises because of the learner's function: not attempted (the starter still
raises NotImplementedError), correct, incorrect (the call, the expected and the
returned value), error (exception type and message, no traceback) and wrong
kind of answer (None, a list, wrong shape or dtype, a modified input).

How to add an exercise
----------------------
1. Write ``helpers/exercises/chN_topic.py`` with ``EXERCISES = [Exercise(...)]``
   (copy ``ch2_gradient.py``): ``id``, ``signature`` (``"elu(x, alpha=1.0)"``),
   ``reference`` (the :mod:`helpers` function that gives the expected values),
   ``cases`` (``case(x, alpha=0.5)`` calls; :mod:`helpers.exercises.inputs` has
   the standard arrays), ``returns`` (``"array"``: same shape and dtype as the
   reference result; ``"float"``: a float), and the ja/en ``title``, ``task``
   (say what NaN and x = 0 must give), ``hints`` and ``solution`` (code that
   differs only in comments). Texts must not contain braces.
2. Add the module name to ``MODULES`` in ``helpers/exercises/registry.py``.
3. In ``tests/test_exercises.py`` add at least five realistic wrong answers to
   ``WRONG_ANSWERS[<id>]`` (state and a piece of the message that names the
   failing input); a test fails until there are five. The cases must cover
   signs, 0.0 and -0.0, +-inf, extreme magnitudes, float32/float64, 0-d to 3-d
   and NaN (``COVERAGE`` there); an exercise that is not elementwise lists what
   applies to it in ``COVERAGE_OF``, with the reason. ``returns="array"``
   compares with ``rtol`` per dtype and ``atol`` (set ``atol`` when a fair
   answer loses digits near 0, e.g. ``np.exp(x) - 1`` against ``np.expm1``).
4. In the chapter source write ``*exercise("<id>")`` and rebuild the chapter.
   ``tests/test_exercise_notebooks.py`` then runs that notebook with the
   reference solution in place of the starter and expects "correct".
The texts reach the message catalogue as ``exercise.<id>.title/.task/.hint.N/
.solution`` (:mod:`helpers.messages.exercises`).
"""

from __future__ import annotations

from helpers.exercises.checking import run
from helpers.exercises.registry import REGISTRY, Case, Exercise, case, get
from helpers.exercises.result import CheckResult, Note, _text

EXERCISES: tuple[str, ...] = tuple(REGISTRY)


def check(exercise_id: str, answer: object) -> CheckResult:
    """Run the learner's function ``answer`` on the test inputs of ``exercise_id`` and report the first problem."""
    return run(get(exercise_id, "check"), answer)


def hint(exercise_id: str, n: int = 1) -> Note:
    """Hint number ``n`` (1, 2, ...) of ``exercise_id``; past the last hint, the last one."""
    ex = get(exercise_id, "hint")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"hint: n must be a whole number >= 1, got {n!r}")
    n = min(n, len(ex.hints))
    return Note(_text("exercise.hint.title", n=n, total=len(ex.hints)), _text(f"exercise.{ex.id}.hint.{n}"))


def solution(exercise_id: str) -> Note:
    """A reference solution of ``exercise_id``, with comments in the current language."""
    ex = get(exercise_id, "solution")
    return Note(_text("exercise.solution.title", function=ex.function), "", _text(f"exercise.{ex.id}.solution"))


__all__ = ["EXERCISES", "Case", "CheckResult", "Exercise", "Note", "case", "check", "hint", "solution"]
