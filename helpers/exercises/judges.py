"""Judges of "experiment" exercises: is the learner's result acceptable?

A judge is a callable ``judge(answer) -> Verdict``. The ready-made ones below
are frozen dataclasses (pure data) whose bounds are numbers or functions of no
arguments, called at check time, so that the reference comes from
:mod:`helpers` (a measured speed limit, an exact derivative) and is never typed in:

* ``Within(reference, rtol=, atol=)``: ``|answer - reference| <= atol + rtol * |reference|``;
* ``Between(low, high)``: ``low <= answer <= high`` (``None``: no bound); ``AtMost(high)``, ``AtLeast(low)``;
* ``Pick(key, judge)``: judge ``answer[key]`` (a tuple or dict answer), e.g. ``Pick(1, AtMost(...))``;
* ``All(judge, ...)``: the first verdict that is not "correct", else the last one.

A custom judge returns ``Verdict("correct" | "too_high" | "too_low" | "incorrect" | "wrong_kind", ...)``; use
:func:`as_number` to read a number. Verdicts name the outcome; the words come from the catalogue
(``exercise.experiment.<outcome>`` and the exercise's own ``feedback``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

OUTCOMES = ("correct", "too_high", "too_low", "incorrect", "wrong_kind")
Bound = float | Callable[[], float] | None


@dataclass(frozen=True)
class Verdict:
    """What a judge found. ``what`` (wrong kind): the key of what was expected (``number``, ``sequence``, ...)."""

    outcome: str
    got: object = None
    low: float | None = None
    high: float | None = None
    reference: float | None = None
    what: str = "number"

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"Verdict: outcome must be one of {OUTCOMES}, got {self.outcome!r}")


class NotANumber(Exception):
    """Raised by :func:`as_number` for an answer that is not a real number."""


def as_number(answer: object) -> float:
    """``answer`` as a float: a Python or numpy int or float (not a bool), or a 0-d/1-element array."""
    if isinstance(answer, np.ndarray) and answer.size == 1 and answer.dtype.kind in "iuf":
        answer = answer.reshape(())[()]
    if isinstance(answer, (bool, np.bool_)) or not isinstance(answer, (int, float, np.integer, np.floating)):
        raise NotANumber
    return float(answer)


def _value(bound: Bound) -> float | None:
    return None if bound is None else float(bound() if callable(bound) else bound)


def _number_or_verdict(answer: object) -> float | Verdict:
    try:
        return as_number(answer)
    except NotANumber:
        return Verdict("wrong_kind", answer, what="number")


def _range(value: float, low: float | None, high: float | None, reference: float | None = None) -> Verdict:
    if np.isnan(value):
        return Verdict("incorrect", value, low, high, reference)
    if low is not None and value < low:
        return Verdict("too_low", value, low, high, reference)
    if high is not None and value > high:
        return Verdict("too_high", value, low, high, reference)
    return Verdict("correct", value, low, high, reference)


@dataclass(frozen=True)
class Between:
    low: Bound = None
    high: Bound = None

    def __call__(self, answer: object) -> Verdict:
        value = _number_or_verdict(answer)
        if isinstance(value, Verdict):
            return value
        return _range(value, _value(self.low), _value(self.high))


def AtMost(high: Bound) -> Between:  # noqa: N802 - reads as a judge, like the classes
    """``answer <= high``."""
    return Between(None, high)


def AtLeast(low: Bound) -> Between:  # noqa: N802
    """``answer >= low``."""
    return Between(low, None)


@dataclass(frozen=True)
class Within:
    reference: Bound
    rtol: float = 0.0
    atol: float = 0.0

    def __call__(self, answer: object) -> Verdict:
        value = _number_or_verdict(answer)
        if isinstance(value, Verdict):
            return value
        ref = _value(self.reference)
        assert ref is not None
        tol = self.atol + self.rtol * abs(ref)
        return _range(value, ref - tol, ref + tol, ref)


@dataclass(frozen=True)
class Pick:
    key: Any
    judge: Callable[[Any], Verdict]
    what: str = "sequence"

    def __call__(self, answer: object) -> Verdict:
        try:
            part = answer[self.key]  # type: ignore[index]
        except (TypeError, KeyError, IndexError):
            return Verdict("wrong_kind", answer, what=self.what)
        return self.judge(part)


@dataclass(frozen=True)
class All:
    judges: tuple[Callable[[Any], Verdict], ...] = field(default_factory=tuple)

    def __init__(self, *judges: Callable[[Any], Verdict]) -> None:
        object.__setattr__(self, "judges", tuple(judges))

    def __call__(self, answer: object) -> Verdict:
        verdict = Verdict("incorrect", answer)
        for judge in self.judges:
            verdict = judge(answer)
            if verdict.outcome != "correct":
                return verdict
        return verdict
