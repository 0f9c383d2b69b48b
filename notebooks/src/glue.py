"""Numbers in prose that come from the computation (in the spirit of myst-nb's ``glue``).

A markdown cell of a chapter source may write ``{{expr}}`` or ``{{expr:spec}}``: ``expr`` is a Python expression
evaluated in the notebook's kernel at that point of the notebook (after every code cell above it has run), and
``spec`` a format spec (``{{n_runs}}``, ``{{share:.1%}}``, ``{{unit_epochs:,}}``). The builder fills the values in
when it executes the notebook and records them in the cell's metadata (``course.glue``: placeholder -> text, and
``course.template``: the source with its placeholders), so a test can tell a computed number from a typed one and
the committed notebook can be compared with its source. Values must not depend on timings: a rebuild must change
nothing, so a timing's verdict is printed by a code cell instead.

A number that comes from a source is declared instead, with :func:`cite`, in the chapter's ``CITED`` list; the built
notebook carries these in its metadata under ``course.cited``.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"\{\{\s*(.+?)\s*\}\}")
# A trailing ":spec" is a format spec only if it looks like one (so that slices and dicts stay expressions).
_SPEC = re.compile(r"^(?P<expr>.+?):(?P<spec>[<>=^]?[+\- ]?#?0?\d*[,_]?(?:\.\d+)?[bcdeEfFgGnosxX%]?)$")


@dataclass(frozen=True)
class Cited:
    """A number stated in prose that comes from a source, not from the notebook."""

    value: str
    source: str

    def as_metadata(self) -> dict[str, str]:
        return {"value": self.value, "source": self.source}


def cite(value: str, source: str) -> Cited:
    """Declare ``value`` (as it is written in the prose, e.g. ``"40%"``) as taken from ``source``."""
    if not value.strip() or not source.strip():
        raise ValueError(f"cite: need a value and a source, got {value!r}, {source!r}")
    return Cited(value, source)


def placeholders(markdown: str) -> list[str]:
    """The placeholders of a markdown text, in order, without repeats (``"share:.1%"``)."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER.finditer(markdown):
        seen.setdefault(match.group(1), None)
    return list(seen)


def expression(placeholder: str) -> str:
    """The Python expression the kernel evaluates for one placeholder: its text, formatted."""
    match = _SPEC.match(placeholder)
    if match:
        expr, spec = match.group("expr"), match.group("spec")
    else:
        expr, spec = placeholder, ""
    try:
        ast.parse(expr, mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"glue: {{{{{placeholder}}}}} is not a Python expression ({exc.msg})") from None
    return f"format(({expr}), {spec!r})"


def fill(markdown: str, values: dict[str, str]) -> str:
    """``markdown`` with every placeholder replaced by its value (a KeyError names a missing one)."""

    def replace(match: re.Match) -> str:
        key = match.group(1)
        if key not in values:
            raise KeyError(f"glue: no value for {{{{{key}}}}}")
        return values[key]

    return PLACEHOLDER.sub(replace, markdown)


def value_from_reply(placeholder: str, reply: dict) -> str:
    """The text of one evaluated placeholder from a kernel's ``user_expressions`` reply entry."""
    if reply.get("status") != "ok":
        raise RuntimeError(f"glue: {{{{{placeholder}}}}} failed: {reply.get('ename')}: {reply.get('evalue')}")
    return ast.literal_eval(reply["data"]["text/plain"])
