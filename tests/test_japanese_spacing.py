"""The house spacing rule (docs/style-ja-en.md) holds in every Japanese markdown cell and catalogue string.

The rule itself lives in notebooks/src/japanese.py, which the builder also uses when it joins wrapped lines.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from helpers.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "notebooks" / "src"))
from japanese import join_lines, spacing_problems  # noqa: E402

JA_NOTEBOOKS = sorted((ROOT / "notebooks" / "ja").glob("*.ipynb"))


@pytest.mark.parametrize("path", JA_NOTEBOOKS, ids=lambda p: p.stem)
def test_japanese_markdown_keeps_the_spacing_rule(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    problems = [f"{c['id']}: {p}" for c in nb["cells"] if c["cell_type"] == "markdown"
                for p in spacing_problems("".join(c["source"]))]
    assert not problems, "\n".join(problems)


def test_japanese_catalogue_keeps_the_spacing_rule():
    problems = [f"{key}: {p}" for key, entry in MESSAGES.items() for p in spacing_problems(entry["ja"])]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("broken, kind", [
    ("確率が$2^{-w}$ あります。", "Japanese and ASCII"),
    ("は0 を中心に", "Japanese and ASCII"),
    ("ネットワークが2 個", "Japanese and ASCII"),
    ("中央値は36%です。", "ASCII and Japanese"),
    ("そこで`helpers.timing.compare` は", "Japanese and ASCII"),
    ("ReLUの勾配", "ASCII and Japanese"),
    ("値は 0 です 。", "punctuation"),
    ("（ ReLU の場合）", "punctuation"),
    ("値は0.5，です", "instead of"),
    ("これを **メモリ帯域幅** と呼びます", "between Japanese words"),
    ("### 演習: ReLU", "half-width :"),
    ("活性化関数の 1 つです", "kanji numeral"),
    ("数を2つずつ読みます", "kanji numeral"),
])
def test_a_broken_copy_is_caught(broken, kind):
    problems = spacing_problems(broken)
    assert any(kind in p for p in problems), problems


@pytest.mark.parametrize("good", [
    "確率が $2^{-w}$ あります。", "36%（ReLU では 41%）", "第1章と第2節、第1引数", "「ReLU の勾配」", "`x` は",
    "- 「dying ReLU」は", "| 章 | 内容 |", "He ら (2015) によると", "**ReLU**（正規化線形関数）",
    "[第1章 ReLU とは何か](01_relu.ipynb)", "活性化関数の一つです", "2 個のユニット、16 回の試行",
    "短いチュートリアル「PythonでのReLu関数」では", "```\nx=1  # コメントx\n```", "$$\nf(x)=1\\text{円}\n$$",
])
def test_correct_text_passes(good):
    assert spacing_problems(good) == []


def test_joining_wrapped_lines_keeps_the_rule():
    assert join_lines("確率が\n$2^{-w}$ あります") == "確率が $2^{-w}$ あります"
    assert join_lines("中央値は\n36%（ReLU では\n41%）") == "中央値は 36%（ReLU では 41%）"
    assert join_lines("値を\n返す。\n`x` は") == "値を返す。`x` は"
    assert join_lines("そこで\n`helpers.timing.compare` は") == "そこで `helpers.timing.compare` は"
    for joined in ["確率が\n$2^{-w}$ あります", "ネットワークが\n2 個", "関数\n「ReLU」"]:
        assert spacing_problems(join_lines(joined)) == [], joined
