"""Which numbers in a notebook's prose are not backed by the notebook: the check behind tests/test_prose_numbers.py.

A number in a markdown cell is backed when it is

1. **filled from the computation**: the builder put it there from a ``{{expr}}`` placeholder (the cell's
   ``course.glue`` metadata holds it; see notebooks/src/glue.py);
2. **stated by the notebook's code**: it appears in a code cell or in a stored output of the same notebook
   (as a number equal to it at the precision the prose shows, so "0.6" is backed by a printed 0.59; a percentage
   also by the fraction, so "41%" is backed by 0.41);
3. **declared as cited**: it appears in the value of an entry of the notebook's ``course.cited`` metadata; or
4. **exempt** by one of these rules:
   - inside LaTeX maths (``$...$``, ``$$...$$``): definitions and formulas, not measurements;
   - a year (a whole number from 1900 to 2099);
   - a small counting number: a whole number from 0 to 10, without a decimal point or a percent sign;
   - a chapter, section or list number: 第N章, 第N節, "Chapter N", "section N", list and heading numbering;
   - in a link target (file names, URLs), an arXiv id or an issue number (#2342), or in a cell whose id starts
     with ``references`` (the references list: volumes, pages and arXiv ids);
   - inside inline code that appears verbatim in a code cell of the notebook.
"""

from __future__ import annotations

import math
import re

NUMBER = re.compile(r"(?<![\w.^])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[eE]([-+]?\d+))?(%?)(?![\w])")
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]+\$", re.S)
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_LINK_TARGET = re.compile(r"\]\([^)]*\)|<https?://[^>]*>|https?://\S+|arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?|#\d+")
_CHAPTER = re.compile(r"第\s*\d+\s*[章節]|[Cc]hapters?\s+\d+(?:\s*(?:and|to|,|-|–)\s*\d+)*"
                      r"|[Ss]ections?\s+\d+(?:\.\d+)*")
_LIST_MARKER = re.compile(r"^(\s*(?:#+\s*)?)\d+[.)]\s", re.M)
_FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def _value(match: re.Match) -> float:
    whole, decimals, exponent, _ = match.groups()
    return float(whole.replace(",", "") + (decimals or "") + (f"e{exponent}" if exponent else ""))


def _decimals(match: re.Match) -> int:
    return len(match.group(2)) - 1 if match.group(2) else 0


def code_numbers(nb: dict) -> list[float]:
    """Every number in the notebook's code cells and stored text outputs."""
    texts = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        texts.append(_join(cell["source"]))
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                texts.append(_join(out.get("text", "")))
            for mime, value in out.get("data", {}).items():
                if mime.startswith("text/"):
                    texts.append(_join(value))
    numbers = []
    for text in texts:
        numbers.extend(_value(m) for m in NUMBER.finditer(re.sub(r"(?<=\d)_(?=\d)", "", text)))
    return numbers


def code_text(nb: dict) -> str:
    return "\n".join(_join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


def _join(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


def _tokens(text: str) -> set[str]:
    return {m.group(0) for m in NUMBER.finditer(text)}


def _backed_by(value: float, decimals: int, percent: bool, candidates: list[float]) -> bool:
    tolerance = 0.5 * 10.0 ** (-decimals)
    for c in candidates:
        if not math.isfinite(c):
            continue
        if abs(c - value) <= tolerance * (1 + 1e-9) or (percent and abs(100 * c - value) <= tolerance):
            return True
    return False


def unbacked_numbers(nb: dict) -> list[str]:
    """The prose numbers of ``nb`` (a notebook as JSON) that rules 1-4 do not back, as "cell id: number in context"."""
    numbers = code_numbers(nb)
    code = code_text(nb)
    cited = _tokens(" ".join(e["value"] for e in nb.get("metadata", {}).get("course", {}).get("cited", [])))
    problems = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "markdown" or str(cell.get("id", "")).startswith("references"):
            continue
        text = _join(cell["source"])
        glued = _tokens(" ".join(cell.get("metadata", {}).get("course", {}).get("glue", {}).values()))
        text = _FENCE.sub(" ", text)
        text = _MATH.sub(" ", text)
        text = _LINK_TARGET.sub(" ", text)
        text = _CODE_SPAN.sub(lambda m: " " if m.group(1) in code else f" {m.group(1)} ", text)
        text = _CHAPTER.sub(" ", text)
        text = _LIST_MARKER.sub(r"\1 ", text)
        for match in NUMBER.finditer(text):
            token = match.group(0)
            value, decimals, percent = _value(match), _decimals(match), bool(match.group(4))
            if match.group(2) is None and not percent and match.group(3) is None:
                if 1900 <= value <= 2099 or 0 <= value <= 10:
                    continue
            if token in glued or token in cited:
                continue
            if _backed_by(value, decimals, percent, numbers):
                continue
            context = text[max(0, match.start() - 30):match.end() + 30].replace("\n", " ")
            problems.append(f"{cell.get('id')}: {token} in «{context.strip()}»")
    return problems
