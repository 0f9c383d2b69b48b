"""The message catalogue: both languages everywhere, same placeholders, clear errors."""

import string

import pytest

import helpers
from helpers.i18n import LANGUAGES
from helpers.messages import MESSAGES


def placeholders(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key):
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES), key
    assert all(entry[lang].strip() for lang in LANGUAGES), key
    assert placeholders(entry["ja"]) == placeholders(entry["en"]), key


def test_set_language_switches_text():
    try:
        helpers.set_language("ja")
        assert helpers.get_language() == "ja"
        assert helpers.text("plot.x") == MESSAGES["plot.x"]["ja"]
        helpers.set_language("en")
        assert helpers.text("plot.x") == MESSAGES["plot.x"]["en"]
    finally:
        helpers.set_language("en")


@pytest.mark.parametrize("bad", ["fr", "JA", "", None, "ja-JP"])
def test_unknown_language_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="^set_language: unknown language"):
        helpers.set_language(bad)
    assert helpers.get_language() in LANGUAGES


def test_unknown_key_is_a_clear_error():
    with pytest.raises(KeyError, match="no message 'no.such.key'"):
        helpers.text("no.such.key")
