"""What an exercise is, and the list of all of them.

An :class:`Exercise` is pure data: its kind, the texts (ja/en), the reference
solution, and what the check compares against. Expected values are always
computed (from a :mod:`helpers` function, by running the code to predict, or by
an experiment's judge), never typed in here.

Kinds (``kind=``):

* ``"write"`` (default): the learner writes a function; it is called on
  ``cases`` and compared with ``reference``.
* ``"fix"``: like ``"write"``, but the starter cell holds ``broken`` code that
  the learner repairs.
* ``"predict"``: the learner writes the value they expect ``code`` to give;
  the check runs ``code`` and compares.
* ``"experiment"``: the learner computes a value (``starter`` code to complete);
  ``judge`` (see :mod:`helpers.exercises.judges`) says whether it is acceptable.

The definitions live in one module per chapter (``ch1_relu.py``, ...), listed in
``MODULES`` below. This module must not import :mod:`helpers.i18n` (the message
catalogue imports the registry to collect the exercise texts).
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Definition modules, in course order. Add yours here (one line) after writing it.
MODULES = ["ch1_relu", "ch2_gradient", "ch3_dying", "ch4_leaky", "ch5_family", "ch6_speed"]

KINDS = ("write", "fix", "predict", "experiment")

# What the learner's function must return (kinds "write" and "fix"):
#   "array": a numpy array (or numpy scalar for 0-d input) of the shape and dtype of the reference result;
#   "float": a float (Python float or numpy floating scalar).
RETURNS = ("array", "float")

# Outcomes a judge may give feedback texts for (``feedback={"too_high": {...}, ...}``), and the placeholders
# those texts may use.
JUDGED = ("too_high", "too_low", "wrong_kind", "incorrect")
FEEDBACK_PLACEHOLDERS = {"got", "low", "high", "reference"}

Text = dict[str, str]


@dataclass(frozen=True)
class Case:
    """One call of the learner's function: ``f(*args, **kwargs)``."""

    args: tuple
    kwargs: dict = field(default_factory=dict)


def case(*args: Any, **kwargs: Any) -> Case:
    """``case(x, alpha=0.2)`` is the call ``f(x, alpha=0.2)``."""
    return Case(tuple(args), dict(kwargs))


@dataclass(frozen=True, kw_only=True)
class Exercise:
    """One exercise. ``ja``/``en`` dicts hold the two languages of a text.

    Texts are markdown; they go into the message catalogue (``exercise.<id>.*``),
    so they must not contain ``{`` or ``}`` (experiment ``feedback`` texts may use
    ``{got}``, ``{low}``, ``{high}``, ``{reference}``). Code (``solution``,
    ``broken``, ``starter``) has two versions that differ only in comments.
    ``signature`` is the ``def`` line without ``def`` and ``:``, e.g.
    ``"leaky_relu(x, alpha=0.01)"``.
    """

    id: str
    title: Text
    task: Text
    hints: tuple[Text, ...]
    solution: Text
    kind: str = "write"
    # "write" and "fix": the function and how it is checked.
    signature: str = ""
    reference: Callable[..., Any] | None = None
    cases: tuple[Case, ...] = ()
    returns: str = "array"
    # Relative tolerance per result dtype, and an absolute one (e.g. for exp(x) - 1 against expm1 near 0);
    # integer results are always compared exactly. "predict" uses rtol["float64"] and atol for floats.
    rtol: dict[str, float] = field(default_factory=lambda: {"float64": 1e-12, "float32": 1e-6})
    atol: float = 0.0
    # "fix": the broken code of the starter cell (it must run, and define the function of ``signature``).
    broken: Text | None = None
    # "predict": the code whose value the learner predicts (an expression, or statements ending in one; run with
    # numpy as np, math and helpers imported). exact=True: the type must match too (0 is not 0.0, -0.0 is not 0.0).
    code: str = ""
    exact: bool = False
    # "experiment": the starter cell (it must run and leave ``answer_name`` = ...), and the judge of the result.
    starter: Text | None = None
    judge: Callable[[Any], Any] | None = None
    feedback: dict[str, Text] = field(default_factory=dict)
    # "predict" and "experiment": the variable the learner assigns, and why the result is what it is
    # (shown with the verdict: predict, right or wrong; experiment, when right).
    answer_name: str = "answer"
    explanation: Text | None = None

    @property
    def function(self) -> str:
        """Name of what the check cell passes: the learner's function, or the answer variable."""
        if self.kind in ("write", "fix"):
            return self.signature.split("(", 1)[0].strip()
        return self.answer_name

    def texts(self) -> dict[str, Text]:
        """Every text of the exercise by catalogue suffix (``title``, ``hint.1``, ``broken``, ``too_high``, ...)."""
        out: dict[str, Text] = {"title": self.title, "task": self.task, "solution": self.solution}
        out.update({f"hint.{n}": h for n, h in enumerate(self.hints, start=1)})
        for name in ("broken", "starter", "explanation"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        out.update({f"feedback.{k}": v for k, v in self.feedback.items()})
        return out

    def __post_init__(self) -> None:
        def fail(message: str) -> None:
            raise ValueError(f"Exercise {self.id}: {message}")

        if self.kind not in KINDS:
            fail(f"kind must be one of {KINDS}, got {self.kind!r}")
        if not self.hints:
            fail("needs at least one hint")
        needs = {"write": ("signature", "reference", "cases"), "fix": ("signature", "reference", "cases", "broken"),
                 "predict": ("code", "explanation"), "experiment": ("starter", "judge", "explanation")}[self.kind]
        for name in needs:
            if not getattr(self, name):
                fail(f"kind {self.kind!r} needs {name}=")
        if self.kind in ("write", "fix") and self.returns not in RETURNS:
            fail(f"returns must be one of {RETURNS}, got {self.returns!r}")
        if not self.function.isidentifier():
            fail(f"{self.function!r} is not a Python name")
        for key in self.feedback:
            if key not in JUDGED:
                fail(f"feedback keys must be among {JUDGED}, got {key!r}")
        for name, entry in self.texts().items():
            if not isinstance(entry, dict) or set(entry) != {"ja", "en"}:
                fail(f"{name} needs exactly the keys 'ja' and 'en'")
            allowed = FEEDBACK_PLACEHOLDERS if name.startswith("feedback.") else set()
            for value in entry.values():
                if not allowed and ("{" in value or "}" in value):
                    fail(f"{name} must not contain braces (catalogue placeholders)")
                if allowed:
                    used = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
                    if used - allowed:
                        fail(f"{name} may only use the placeholders {sorted(allowed)}, got {sorted(used - allowed)}")


def _load() -> dict[str, Exercise]:
    registry: dict[str, Exercise] = {}
    for name in MODULES:
        module = importlib.import_module(f"helpers.exercises.{name}")
        for ex in module.EXERCISES:
            if ex.id in registry:
                raise RuntimeError(f"helpers.exercises: exercise id {ex.id!r} is defined twice ({name})")
            registry[ex.id] = ex
    return registry


REGISTRY: dict[str, Exercise] = _load()


def get(exercise_id: object, func: str = "check") -> Exercise:
    """The exercise ``exercise_id``, or a ValueError that lists the known ids."""
    try:
        return REGISTRY[exercise_id]  # type: ignore[index]
    except (KeyError, TypeError):
        import difflib

        from helpers.i18n import text  # here: the message catalogue imports this registry

        close = difflib.get_close_matches(str(exercise_id), REGISTRY, n=1)
        suggestion = text("exercise.unknown.suggestion", close=repr(close[0])) if close else ""
        raise ValueError(text("exercise.unknown", func=func, id=repr(exercise_id), suggestion=suggestion,
                              known=", ".join(REGISTRY))) from None


def register(ex: Exercise) -> Exercise:
    """Add ``ex`` to the registry at run time (tests only: course exercises belong in a chapter module).

    Its texts are added to the message catalogue too, so that checks, hints and cells work for it.
    """
    if REGISTRY.get(ex.id) is ex:
        return ex
    if ex.id in REGISTRY:
        raise ValueError(f"register: exercise id {ex.id!r} is already defined")
    REGISTRY[ex.id] = ex
    from helpers.messages import MESSAGES
    from helpers.messages.exercises import texts_of

    MESSAGES.update(texts_of(ex))
    return ex


def unregister(exercise_id: str) -> None:
    """Remove an exercise added with :func:`register`, and its texts."""
    REGISTRY.pop(exercise_id, None)
    from helpers.messages import MESSAGES

    for key in [k for k in MESSAGES if k.startswith(f"exercise.{exercise_id}.")]:
        del MESSAGES[key]
