"""The check of an "experiment" exercise: the learner's result, judged by the exercise's ``judge``.

Ellipsis (the starter's ``name = ...``) is "not attempted". The judge runs
inside ``except BaseException``: if the learner's value makes it raise, the
result is "error" (with the exception), never a crash. Messages: the generic
sentence for the outcome (the value, the accepted range or reference), the
exercise's own ``feedback[outcome]`` if it has one, and on "correct" its
``explanation``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from helpers.exercises.checking import _exception_text, _quiet, safe_repr
from helpers.exercises.judges import Verdict
from helpers.exercises.registry import Exercise
from helpers.exercises.result import CheckResult, _text, make_result

STATE = {"correct": "correct", "too_high": "incorrect", "too_low": "incorrect", "incorrect": "incorrect",
         "wrong_kind": "wrong_kind"}


def number(value: Any, digits: int = 6) -> str:
    """A measured number, to ``digits`` significant digits."""
    if value is None:
        return "-"
    try:
        v = float(value)
    except BaseException:  # noqa: BLE001
        return safe_repr(value)
    if np.isnan(v) or np.isinf(v):
        return repr(v)
    return format(v, f".{digits}g")


def run_experiment(ex: Exercise, answer: object) -> CheckResult:
    name = ex.answer_name
    if answer is Ellipsis:
        return make_result("not_attempted", ex.id, _text("exercise.experiment.not_attempted", name=name))
    try:
        with _quiet():
            verdict = ex.judge(answer)  # type: ignore[misc]
        if not isinstance(verdict, Verdict):
            raise TypeError(f"the judge of {ex.id} returned {type(verdict).__name__}, not a Verdict")
    except BaseException as exc:  # noqa: BLE001 - the learner's value may break any operation
        return make_result("error", ex.id, _text("exercise.experiment.error", name=name,
                                                 error=_exception_text(exc)))
    outcome = verdict.outcome
    values = {"got": number(verdict.got, 10) if outcome != "wrong_kind" else safe_repr(verdict.got),
              "low": number(verdict.low), "high": number(verdict.high), "reference": number(verdict.reference)}
    if outcome == "wrong_kind":
        message = _text("exercise.experiment.wrong_kind", name=name, got=values["got"],
                        type=type(verdict.got).__name__, what=_text(f"exercise.what.{verdict.what}"))
    else:
        message = _text(f"exercise.experiment.{outcome}", name=name, got=values["got"])
        if verdict.reference is not None and verdict.low is not None and verdict.high is not None:
            tol = number(max(verdict.high - verdict.reference, verdict.reference - verdict.low))
            message += "\n" + _text("exercise.experiment.bounds.within", reference=values["reference"], tol=tol)
        elif verdict.low is not None or verdict.high is not None:
            shape = "range" if verdict.low is not None and verdict.high is not None else (
                "high" if verdict.high is not None else "low")
            message += "\n" + _text(f"exercise.experiment.bounds.{shape}", **values)
    if outcome in ex.feedback:
        message += "\n\n" + _text(f"exercise.{ex.id}.feedback.{outcome}", **values)
    if outcome == "correct":
        message += "\n\n" + _text(f"exercise.{ex.id}.explanation")
    return make_result(STATE[outcome], ex.id, message)
