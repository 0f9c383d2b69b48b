"""How feedback looks in a notebook: a check result, a hint, a solution.

Each state has a text label and a symbol, so colour is never the only signal.
Foreground and background colours are set together (readable on light and dark
themes alike) and have a contrast ratio of at least 4.5:1 (tests check).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

# Key of a check output's metadata that holds {"exercise": id, "state": state} (helpers.progress reads it).
METADATA_KEY = "relu_course_check"

STATES = ("correct", "incorrect", "wrong_kind", "error", "not_attempted")

SYMBOLS = {
    "correct": "✓",
    "incorrect": "✗",
    "wrong_kind": "✗",
    "error": "⚠",
    "not_attempted": "✎",
}

# (text colour, background colour) per state.
COLOURS = {
    "correct": ("#0b5d1e", "#e6f4ea"),
    "incorrect": ("#a50e0e", "#fce8e6"),
    "wrong_kind": ("#a50e0e", "#fce8e6"),
    "error": ("#7a4100", "#fef3e0"),
    "not_attempted": ("#33415c", "#eef1f6"),
}


def _text(key: str, **values: object) -> str:
    # Imported here, not at the top: the message catalogue imports the exercise registry.
    from helpers.i18n import text

    return text(key, **values)


@dataclass(frozen=True)
class CheckResult:
    """What :func:`helpers.exercises.check` found. ``passed`` is True only for a correct answer."""

    passed: bool
    message: str
    state: str
    exercise_id: str
    label: str
    # What follows the label: "：" in Japanese (full-width, no space), ": " in English.
    separator: str = ": "

    def _head(self) -> str:
        # Messages that start with a call on its own line need no space after the colon.
        return self.separator.rstrip(" ") if self.message.startswith("\n") else self.separator

    def __repr__(self) -> str:
        return f"{SYMBOLS[self.state]} {self.label}{self._head()}{self.message}"

    __str__ = __repr__

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> tuple[dict, dict]:
        """Text and HTML, and in the output's metadata the exercise id and state (what the index reads)."""
        data = {"text/plain": repr(self), "text/html": self._repr_html_()}
        return data, {METADATA_KEY: {"exercise": self.exercise_id, "state": self.state}}

    def _repr_html_(self) -> str:
        fg, bg = COLOURS[self.state]
        # Both colours are set together (JupyterLab keeps color and background when it sanitises the
        # HTML of an untrusted notebook), so the pair's contrast holds on light and dark themes.
        style = (f"color:{fg};background:{bg};border-left:6px solid {fg};padding:0.5em 0.8em;"
                 "white-space:pre-wrap;font-family:inherit;line-height:1.5")
        return (f'<div class="course-check course-check-{self.state}" role="status" style="{style}">'
                f"<strong>{SYMBOLS[self.state]} {html.escape(self.label)}</strong>{html.escape(self._head())}"
                f"{_message_html(self.message)}</div>")


def _message_html(message: str) -> str:
    """Escape the message; lines indented by four spaces are code (the call to paste), shown in monospace."""
    lines = []
    for line in message.split("\n"):
        if line.startswith("    "):
            # A span, not <code>: the theme's code background would sit under the state's text colour.
            lines.append(f'    <span style="font-family:monospace">{html.escape(line[4:])}</span>')
        else:
            lines.append(html.escape(line))
    return "\n".join(lines)


def make_result(state: str, exercise_id: str, message: str) -> CheckResult:
    return CheckResult(state == "correct", message, state, exercise_id, _text(f"exercise.state.{state}"),
                       _text("exercise.label_separator"))


@dataclass(frozen=True)
class Note:
    """A hint or a solution: markdown for the notebook, plain text otherwise."""

    title: str
    markdown: str
    code: str = ""

    def _full_markdown(self) -> str:
        body = self.markdown
        if self.code:
            body = (body + "\n\n" if body else "") + f"```python\n{self.code}\n```"
        return f"**{self.title}**\n\n{body}"

    def _repr_markdown_(self) -> str:
        return self._full_markdown()

    def __repr__(self) -> str:
        parts = [self.title, self.markdown, self.code]
        return "\n\n".join(p for p in parts if p)

    __str__ = __repr__
