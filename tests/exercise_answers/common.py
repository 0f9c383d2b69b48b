"""What an entry of the answer tables is, and inputs that several chapters' messages show.

A ``Wrong`` is learner code as it would be typed in the exercise's starter cell, by kind:

* "write" and "fix": a cell that defines the function (a "fix" wrong answer is an incomplete or new-bug fix);
* "predict": a cell that assigns the answer, e.g. ``"answer = float('nan')"`` (a wrong value or a wrong kind);
* "experiment": the completed starter cell, which assigns the answer variable (e.g. ``slope = ...``).

``state`` is what the check must report ("incorrect", "wrong_kind" or "error"), and ``names_input`` a piece of
the English message that must appear (usually the call that fails, e.g. ``"relu(-10.0)"``, or the value shown).
In the Japanese message it must appear too, after replacing ``"where the input is "`` by ``"入力の要素は "``
(see ``JA_WORDS``): write pieces that are the same in both languages (calls, numbers) otherwise.
"""

from __future__ import annotations

from typing import NamedTuple


class Wrong(NamedTuple):
    name: str  # what the learner got wrong
    source: str  # the learner's cell
    state: str  # "incorrect", "wrong_kind" or "error"
    names_input: str  # part of the message that shows the failing input


# English words of the feedback that a names_input may contain, and their Japanese.
JA_WORDS = {"where the input is ": "入力の要素は "}

F32_NEAR_ZERO = "np.array([-2.0, -0.5, -0.0, 0.0, 0.25, 0.5, 3.0], dtype=np.float32)"
SEED_ARRAY = "np.array([1.0, -10.0, 0.0, 15.0, -20.0])"
NAN_ARRAY = "np.array([np.nan, -1.0, 0.0, 1.0])"
MATRIX = "np.array([[-1.5, 0.0, 2.0], [0.75, -0.25, -3.0]])"
EXTREMES = "np.array([-np.inf, -1.5e+308"
