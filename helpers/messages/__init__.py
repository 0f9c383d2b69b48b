"""The message catalogue: every learner-facing string that ``helpers`` shows, in Japanese and English.

``MESSAGES[key] = {"ja": ..., "en": ...}`` is one dictionary, merged from one
section file per topic (so that a translator finds the plot strings beside each
other, and the exercise strings beside each other). Keys start with the
section's prefix (``plot.``, ``exercise.``, ...). Placeholders use ``str.format``
names and must be the same in both languages (tests/test_i18n.py checks).
"""

from __future__ import annotations

from helpers.messages import dying, exercises, family, gradient, leaky, plots, progress, relu, speed, widgets

SECTIONS = [plots, widgets, relu, gradient, leaky, dying, exercises, progress, family, speed]


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for section in SECTIONS:
        for key, entry in section.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"helpers.messages: key {key!r} is defined twice ({section.__name__})")
            merged[key] = entry
    return merged


MESSAGES: dict[str, dict[str, str]] = _merge()
