"""What an exercise is, and the list of all of them.

An :class:`Exercise` is pure data: the function the learner writes, the texts
(ja/en), the reference solution, and the inputs (:class:`Case`) it is checked
on. Expected values come from ``reference`` (a function of :mod:`helpers`), never
from a second implementation written here.

The definitions live in one module per chapter (``ch1_relu.py``, ...), listed in
``MODULES`` below. This module must not import :mod:`helpers.i18n` (the message
catalogue imports the registry to collect the exercise texts).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Definition modules, in course order. Add yours here (one line) after writing it.
MODULES = ["ch1_relu", "ch2_gradient", "ch3_dying", "ch4_leaky", "ch5_family"]

# What the learner's function must return:
#   "array": a numpy array (or numpy scalar for 0-d input) of the shape and dtype of the reference result;
#   "float": a float (Python float or numpy floating scalar).
RETURNS = ("array", "float")


@dataclass(frozen=True)
class Case:
    """One call of the learner's function: ``f(*args, **kwargs)``."""

    args: tuple
    kwargs: dict = field(default_factory=dict)


def case(*args: Any, **kwargs: Any) -> Case:
    """``case(x, alpha=0.2)`` is the call ``f(x, alpha=0.2)``."""
    return Case(tuple(args), dict(kwargs))


@dataclass(frozen=True)
class Exercise:
    """One exercise. ``ja``/``en`` dicts hold the two languages of a text.

    Texts are markdown; they go into the message catalogue (``exercise.<id>.*``),
    so they must not contain ``{`` or ``}``. ``solution`` is code whose two
    versions differ only in comments. ``signature`` is the ``def`` line without
    ``def`` and ``:``, e.g. ``"leaky_relu(x, alpha=0.01)"``.
    """

    id: str
    signature: str
    reference: Callable[..., Any]
    cases: tuple[Case, ...]
    title: dict[str, str]
    task: dict[str, str]
    hints: tuple[dict[str, str], ...]
    solution: dict[str, str]
    returns: str = "array"
    # Relative tolerance per result dtype, and an absolute one (e.g. for exp(x) - 1 against expm1 near 0);
    # integer results are always compared exactly.
    rtol: dict[str, float] = field(default_factory=lambda: {"float64": 1e-12, "float32": 1e-6})
    atol: float = 0.0

    @property
    def function(self) -> str:
        """Name of the function the learner defines."""
        return self.signature.split("(", 1)[0].strip()

    def __post_init__(self) -> None:
        if self.returns not in RETURNS:
            raise ValueError(f"Exercise {self.id}: returns must be one of {RETURNS}, got {self.returns!r}")
        if not self.cases:
            raise ValueError(f"Exercise {self.id}: needs at least one case")
        if not self.hints:
            raise ValueError(f"Exercise {self.id}: needs at least one hint")
        for name in ("title", "task", "solution", *[f"hints[{i}]" for i in range(len(self.hints))]):
            entry = getattr(self, name) if "[" not in name else self.hints[int(name[6:-1])]
            if set(entry) != {"ja", "en"}:
                raise ValueError(f"Exercise {self.id}: {name} needs exactly the keys 'ja' and 'en'")
            if any("{" in v or "}" in v for v in entry.values()):
                raise ValueError(f"Exercise {self.id}: {name} must not contain braces (catalogue placeholders)")


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
        known = ", ".join(REGISTRY)
        raise ValueError(f"{func}: unknown exercise {exercise_id!r}; known ids: {known}") from None
