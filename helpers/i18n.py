"""Language choice for learner-facing text.

``set_language("ja")`` or ``set_language("en")`` picks the language of every
string that ``helpers`` shows (plot labels, exercise feedback, widgets);
``text(key)`` looks a string up in :mod:`helpers.messages`. Error messages of
exceptions stay in English, so that they can be searched for on the web.
"""

from __future__ import annotations

from helpers.messages import MESSAGES

LANGUAGES = ("ja", "en")
_current = "en"


def set_language(language: str) -> None:
    """Choose the language of learner-facing text: ``"ja"`` or ``"en"``."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"set_language: unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    _current = language


def get_language() -> str:
    """The language chosen with :func:`set_language` (``"en"`` until one is chosen)."""
    return _current


def text(key: str, /, language: str | None = None, **values: object) -> str:
    """The catalogue string ``key`` in the current language, with ``values`` filled in."""
    try:
        entry = MESSAGES[key]
    except KeyError:
        raise KeyError(f"text: no message {key!r} in helpers.messages") from None
    lang = _current if language is None else language
    if lang not in LANGUAGES:
        raise ValueError(f"text: unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    template = entry[lang]
    return template.format(**values) if values else template
