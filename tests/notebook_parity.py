"""Checks that the Japanese and English notebook of a chapter are the same notebook in two languages.

Used by tests/test_notebooks.py; each function returns a list of problems (empty when all is well),
so that a test can also feed it a deliberately broken pair and see the problem reported.
"""

from __future__ import annotations

import io
import re
import sys
import tokenize
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "notebooks" / "src"))
from build import source_hash, unfilled_source  # noqa: E402  (the builder writes translated_from; one definition)

LANGUAGE_LINE = re.compile(r'^\s*helpers\.set_language\("(ja|en)"\)\s*$')
KANA = re.compile(r"[\u3040-\u30ff]")
KANJI = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def code_without_comments(source: str) -> str:
    """The code of a cell with comments, the language line and trailing blanks removed."""
    lines = []
    tokens = tokenize.generate_tokens(io.StringIO(source + "\n").readline)
    comment_at = {}
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            comment_at[tok.start[0]] = tok.start[1]
    for number, line in enumerate(source.splitlines(), start=1):
        if number in comment_at:
            line = line[: comment_at[number]]
        line = line.rstrip()
        if LANGUAGE_LINE.match(line):
            line = "helpers.set_language(<language>)"
        if line:
            lines.append(line)
    # IPython magics and shell escapes are not Python: tokenize copes with them line by line above.
    return "\n".join(lines)


def looks_japanese(text: str) -> bool:
    return bool(KANA.search(text))


def looks_english(text: str) -> bool:
    return len(LATIN.findall(text)) > 2 * (len(KANA.findall(text)) + len(KANJI.findall(text)))


def parity_problems(ja: dict, en: dict) -> list[str]:
    """Compare two notebooks (as JSON dicts); ``ja`` is the original, ``en`` its translation."""
    problems = []
    ja_cells, en_cells = ja["cells"], en["cells"]
    if [c.get("id") for c in ja_cells] != [c.get("id") for c in en_cells]:
        return [f"cell ids differ: ja {[c.get('id') for c in ja_cells]} / en {[c.get('id') for c in en_cells]}"]
    for j, e in zip(ja_cells, en_cells, strict=True):
        cid = j.get("id")
        js, es = "".join(j["source"]), "".join(e["source"])
        if j["cell_type"] != e["cell_type"]:
            problems.append(f"{cid}: cell type {j['cell_type']} in ja, {e['cell_type']} in en")
            continue
        if j.get("metadata", {}).get("tags", []) != e.get("metadata", {}).get("tags", []):
            problems.append(f"{cid}: tags differ")
        recorded = e.get("metadata", {}).get("i18n", {}).get("translated_from")
        if recorded != source_hash(unfilled_source(j)):
            problems.append(f"{cid}: en was translated from another version of the ja cell (stale translation)")
        if j["cell_type"] == "code":
            if code_without_comments(js) != code_without_comments(es):
                problems.append(f"{cid}: code differs between ja and en (beyond comments and the language line)")
            langs = [m.group(1) for line in js.splitlines() if (m := LANGUAGE_LINE.match(line))]
            elangs = [m.group(1) for line in es.splitlines() if (m := LANGUAGE_LINE.match(line))]
            if langs not in ([], ["ja"]) or elangs not in ([], ["en"]) or len(langs) != len(elangs):
                problems.append(f"{cid}: the language line must say ja in ja and en in en")
        elif j["cell_type"] == "markdown":
            if js.strip() and not looks_japanese(js):
                problems.append(f"{cid}: ja markdown has no Japanese text")
            if es.strip() and not looks_english(es):
                problems.append(f"{cid}: en markdown is not mostly English")
    return problems
