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


def number(value: Any, digits: int = 4) -> str:
    """A measured number, to ``digits`` significant digits."""
    return numbers(value, digits=digits)[0]


def numbers(*values: Any, digits: int = 4) -> list[str]:
    """Numbers shown together, in one notation: all in scientific notation (5.369e-05, 2.841e-04) if any of them
    needs it, otherwise all decimal (0.25, 12.5); to ``digits`` significant digits, or more where fewer would show
    two different values alike (0.30072 against a reference of 0.30070)."""
    shown: list[str] = []
    for d in range(digits, 18):
        shown = _numbers(values, d)
        pairs = [(a, b, x, y) for a, x in zip(values, shown, strict=True) for b, y in zip(values, shown, strict=True)]
        if all(x != y or not _differ(a, b) for a, b, x, y in pairs):
            break
    return shown


def _decimals(tol: float) -> int | None:
    """Decimal places that show a number to a tenth of ``tol`` (None when fixed notation would not suit)."""
    if not np.isfinite(tol) or not 1e-12 <= tol < 1e3:
        return None
    return max(0, int(np.ceil(-np.log10(tol))) + 1)


def _fixed_fits(value: Any) -> bool:
    try:
        v = float(value)
    except BaseException:  # noqa: BLE001
        return False
    return bool(np.isfinite(v) and abs(v) < 1e5)


def _fixed(value: Any, decimals: int) -> str:
    """``value`` to ``decimals`` places, without trailing zeros (0.300650 -> 0.30065)."""
    shown = f"{float(value):.{decimals}f}"
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def _differ(a: Any, b: Any) -> bool:
    try:
        return a is not None and b is not None and float(a) != float(b)
    except BaseException:  # noqa: BLE001
        return False


def _numbers(values: tuple, digits: int) -> list[str]:
    floats: list[float | None] = []
    for value in values:
        try:
            floats.append(None if value is None else float(value))
        except BaseException:  # noqa: BLE001 - shown as its repr below
            floats.append(None)
    finite = [abs(v) for v in floats if v is not None and np.isfinite(v) and v != 0]
    scientific = any(v < 1e-3 or v >= 1e5 for v in finite)
    out = []
    for value, v in zip(values, floats, strict=True):
        if value is None:
            out.append("-")
        elif v is None:
            out.append(safe_repr(value))
        elif not np.isfinite(v):
            out.append(repr(v))
        elif scientific:
            mantissa, exponent = f"{v:.{digits - 1}e}".split("e")
            mantissa = mantissa.rstrip("0").rstrip(".") if "." in mantissa else mantissa
            out.append(f"{mantissa}e{int(exponent)}")  # 1e-5, as the chapters write it in code (not 1e-05)
        else:
            out.append(format(v, f".{digits}g"))
    return out


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
    # The value and the bounds each in their own notation (1.2 against 2.841e-6 to 2.841e-4), unless the value
    # would then look like one of the bounds: then together, with digits enough to tell them apart.
    got, = numbers(verdict.got)
    low, high, reference = numbers(verdict.low, verdict.high, verdict.reference)
    bounds = {b: s for b, s in zip((verdict.low, verdict.high, verdict.reference), (low, high, reference),
                                   strict=True) if b is not None}
    if any(s == got and _differ(b, verdict.got) for b, s in bounds.items()):
        got, low, high, reference = numbers(verdict.got, verdict.low, verdict.high, verdict.reference)
    tol = None
    if verdict.reference is not None and verdict.low is not None and verdict.high is not None:
        tol = max(verdict.high - verdict.reference, verdict.reference - verdict.low)
        # Within a tolerance: the value and the reference to a tenth of it, so that what is shown agrees with the
        # verdict (0.300655 is within 1e-5 of 0.30065; 0.3007 would look five tolerances away).
        d = _decimals(tol)
        if d is not None:
            reference = _fixed(verdict.reference, d)
            if _fixed_fits(verdict.got):
                got = _fixed(verdict.got, d)
    values = {"got": got if outcome != "wrong_kind" else safe_repr(verdict.got),
              "low": low, "high": high, "reference": reference}
    if outcome == "wrong_kind":
        message = _text("exercise.experiment.wrong_kind", name=name, got=values["got"],
                        type=type(verdict.got).__name__, what=_text(f"exercise.what.{verdict.what}"))
    else:
        message = _text(f"exercise.experiment.{outcome}", name=name, got=values["got"])
        if verdict.reference is not None and verdict.low is not None and verdict.high is not None:
            message += "\n" + _text("exercise.experiment.bounds.within", reference=values["reference"],
                                    tol=number(tol, digits=3))
        elif verdict.low is not None or verdict.high is not None:
            shape = "range" if verdict.low is not None and verdict.high is not None else (
                "high" if verdict.high is not None else "low")
            message += "\n" + _text(f"exercise.experiment.bounds.{shape}", **values)
    if outcome in ex.feedback:
        message += "\n\n" + _text(f"exercise.{ex.id}.feedback.{outcome}", **values)
    if outcome == "correct":
        message += "\n\n" + _text(f"exercise.{ex.id}.explanation")
    return make_result(STATE[outcome], ex.id, message)
