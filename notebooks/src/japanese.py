"""The house rule for spacing in Japanese text (docs/style-ja-en.md), in one place.

- A half-width space stands between Japanese text and a run of ASCII letters or digits, inline code or inline
  maths, on both sides: 「ReLU の勾配」「`x` は」「確率が $2^{-w}$ あります」「2 個」.
- No space stands next to Japanese punctuation (、。「」（）・：), and none inside 第1章, 第2節, 第1引数.
- No space stands between two Japanese words (「の **メモリ帯域幅** という」 shows both spaces), and no
  half-width ``: , ! ? ;`` follows Japanese text (「演習：」, not 「演習:」).

The builder uses :func:`join_lines` when it joins the wrapped lines of a Japanese paragraph, and the tests use
:func:`spacing_problems` on every Japanese markdown cell and catalogue string.
"""

from __future__ import annotations

import re

# Japanese letters: kana (without the middle dot ・) and kanji, plus the iteration mark 々.
JA_LETTER = r"\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005"
# Japanese punctuation: CJK symbols (、。「」『』〜), the middle dot and full-width forms (（）：！？).
JA_PUNCT = r"\u3000-\u3004\u3006-\u303f\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_LETTER = re.compile(f"[{JA_LETTER}]")
_PUNCT = re.compile(f"[{JA_PUNCT}]")
# What counts as the ASCII side: letters, digits, inline code, inline maths, and the closing marks of a run.
_ASCII_START = re.compile(r"[A-Za-z0-9`$(\[]")
_ASCII_END = re.compile(r"[A-Za-z0-9`$%)\]]")
# Counters written without a space: 第1章, 第2節, 第3引数 (the digits sit inside one word).
_COUNTER_BEFORE = "第"
_COUNTER_AFTER = ("章", "節", "引数", "項")

# Exact text the rule does not apply to: the source tutorial's title, quoted as it is written (style: exceptions).
VERBATIM = ("PythonでのReLu関数",)

# Lines that start a markdown block of their own and so must stay on their own line.
_BLOCK_START = re.compile(r"^\s*(?:[-*+] |\d+[.)] |\||#|>|```|\$\$|$)")


def _glue(left: str, right: str) -> str:
    """The separator the house rule puts between a line ending in ``left`` and one starting with ``right``."""
    if _PUNCT.match(left) or _PUNCT.match(right):
        return ""
    if _LETTER.match(left) and _LETTER.match(right):
        return ""
    return " "


def join_lines(text: str) -> str:
    """Join the source's soft line breaks inside Japanese paragraphs, keeping the house spacing rule.

    Markdown turns a line break into a space; between Japanese characters a browser shows that space
    (「値を 返す」). So a break that follows a Japanese character is removed, unless the next line starts a block
    (list item, table row, heading, quote, fence, display maths) or lies inside a code fence or a ``$$`` block.
    Where the join meets ASCII, inline code or maths, one half-width space is kept (「確率が $2^{-w}$」), never
    next to Japanese punctuation. Continuation lines of list items lose their indent.
    """
    out: list[str] = []
    in_fence = in_math = False
    for line in text.split("\n"):
        stripped = line.strip()
        previous = out[-1].rstrip() if out else ""
        joinable = (
            previous
            and not in_fence
            and not in_math
            and not _BLOCK_START.match(line)
            and (_LETTER.match(previous[-1]) or _PUNCT.match(previous[-1]))
            and not previous.lstrip().startswith("|")
        )
        if joinable:
            out[-1] = previous + _glue(previous[-1], stripped[:1]) + stripped
        else:
            out.append(line)
        if stripped.startswith("```"):
            in_fence = not in_fence
        elif stripped == "$$":
            in_math = not in_math
    return "\n".join(out)


def _prose_only(text: str) -> str:
    """Markdown reduced to what the spacing rule applies to: no fences, display maths, link targets or emphasis."""
    kept: list[str] = []
    in_fence = in_math = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
            continue
        if stripped == "$$":
            in_math = not in_math
            continue
        if in_fence or in_math or stripped.startswith("$$"):
            continue
        kept.append(line)
    prose = "\n".join(kept)
    prose = re.sub(r"\]\([^)]*\)", "]", prose)  # [text](target): only the text is read
    prose = re.sub(r"<[^>\n]+>", "", prose)  # inline HTML tags
    prose = prose.replace("**", "").replace("__", "")  # bold marks are not characters a reader sees
    prose = re.sub(r"\[([^\]\n]*)\]", r"\1", prose)
    return prose


def _runs(line: str) -> list[tuple[str, str]]:
    """Split a line into ("code" | "math" | "text", piece): inline code and maths are atoms on the ASCII side."""
    pieces: list[tuple[str, str]] = []
    pattern = re.compile(r"(`[^`]*`|\$[^$]+\$)")
    position = 0
    for match in pattern.finditer(line):
        if match.start() > position:
            pieces.append(("text", line[position:match.start()]))
        pieces.append(("code" if match.group().startswith("`") else "math", match.group()))
        position = match.end()
    if position < len(line):
        pieces.append(("text", line[position:]))
    return pieces


def spacing_problems(text: str, *, markdown: bool = True) -> list[str]:
    """Every place in ``text`` (Japanese) that breaks the house spacing rule, as short quoted excerpts."""
    problems: list[str] = []
    source = _prose_only(text) if markdown else text
    for verbatim in VERBATIM:
        source = source.replace(verbatim, "題名")  # a Japanese stand-in keeps the spacing around the title checked
    for line in source.split("\n"):
        # Inline code and maths become one placeholder ASCII letter each, so their inside is never read.
        flat = "".join(piece if kind == "text" else "A" for kind, piece in _runs(line))
        shown = line
        for i in range(len(flat) - 1):
            a, b = flat[i], flat[i + 1]
            if _LETTER.match(a) and _ASCII_START.match(b):
                if a == _COUNTER_BEFORE and b.isdigit():
                    continue
                problems.append(f"no space between Japanese and ASCII: {_excerpt(flat, i)!r} in {shown.strip()[:80]!r}")
            elif _ASCII_END.match(a) and _LETTER.match(b):
                if a.isdigit() and flat[i + 1:].startswith(_COUNTER_AFTER):
                    continue
                problems.append(f"no space between ASCII and Japanese: {_excerpt(flat, i)!r} in {shown.strip()[:80]!r}")
        for match in re.finditer(f"(?<=[{JA_PUNCT}]) +(?=[^ |\\n])|(?<=[^ |\\-*+\\n]) +(?=[{JA_PUNCT}])", flat):
            start = match.start()
            if flat[:start].strip() == "" or re.fullmatch(r"\s*(?:[-*+]|\d+[.)])", flat[:start]):
                continue  # indentation or a list marker before the first character
            problems.append(f"space next to Japanese punctuation: {_excerpt(flat, start)!r} in {shown.strip()[:80]!r}")
        for match in re.finditer(f"(?<=[{JA_LETTER}]) +(?=[{JA_LETTER}])", flat):
            problems.append(f"space between Japanese words: {_excerpt(flat, match.start())!r} in {shown.strip()[:80]!r}")
        for match in re.finditer(f"(?<=[{JA_LETTER}])[:,!?;]", flat):
            problems.append(f"half-width {match.group()} after Japanese (use the full-width mark): "
                            f"{_excerpt(flat, match.start())!r} in {shown.strip()[:80]!r}")
        # ひとつ、ふたつ (native Japanese counting) take kanji numerals: 一つ、二つ (文化審議会「公用文作成の考え方」, 2022).
        for match in re.finditer(r"(?<![0-9.])[0-9]+ ?つ", flat):
            problems.append(f"count with つ in digits (write the kanji numeral, 一つ、二つ): "
                            f"{_excerpt(flat, match.start())!r} in {shown.strip()[:80]!r}")
        for bad in "，．":
            if bad in flat:
                problems.append(f"full-width {bad} instead of {'、' if bad == '，' else '。'}: {shown.strip()[:80]!r}")
    return problems


def _excerpt(text: str, i: int) -> str:
    return text[max(0, i - 4):i + 6]
