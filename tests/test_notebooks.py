"""Structure of the committed notebooks: ja/en parity, up to date with notebooks/src, executed, clean."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.notebook_parity import parity_problems

ROOT = Path(__file__).resolve().parents[1]
JA, EN = ROOT / "notebooks" / "ja", ROOT / "notebooks" / "en"
CHAPTERS = sorted(p.name for p in JA.glob("*.ipynb"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_chapter_exists_in_both_languages():
    assert CHAPTERS, "no notebooks found"
    assert CHAPTERS == sorted(p.name for p in EN.glob("*.ipynb"))
    assert all(name.isascii() for name in CHAPTERS)


@pytest.mark.parametrize("name", CHAPTERS)
def test_ja_and_en_are_the_same_notebook(name):
    assert parity_problems(load(JA / name), load(EN / name)) == []


@pytest.mark.parametrize("name", CHAPTERS)
@pytest.mark.parametrize("folder", [JA, EN], ids=["ja", "en"])
def test_notebook_is_executed_clean_and_uses_python3(folder, name):
    nb = load(folder / name)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert nb["cells"][0]["cell_type"] == "markdown"
    for cell in nb["cells"]:
        if cell["cell_type"] != "code" or not "".join(cell["source"]).strip():
            continue
        assert cell["execution_count"] is not None, f"{cell['id']} was never run"
        for out in cell["outputs"]:
            assert not (out["output_type"] == "stream" and out["name"] == "stderr"), f"{cell['id']} wrote to stderr"
            assert out["output_type"] != "error" or "raises-exception" in cell["metadata"].get("tags", [])
        assert not "".join(cell["source"]).rstrip().endswith(";"), f"{cell['id']}: nbval ignores a trailing ';'"


def test_notebooks_match_their_sources():
    result = subprocess.run([sys.executable, str(ROOT / "notebooks" / "src" / "build.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, "run `make notebooks`:\n" + result.stdout + result.stderr


def test_a_stale_translation_is_caught():
    ja, en = load(JA / "01_relu.ipynb"), load(EN / "01_relu.ipynb")
    edited = copy.deepcopy(ja)
    cell = next(c for c in edited["cells"] if c["cell_type"] == "markdown")
    cell["source"] = "".join(cell["source"]) + "\n追記された一文です。"
    problems = parity_problems(edited, en)
    assert any("stale translation" in p for p in problems), problems


def test_changed_code_and_wrong_language_are_caught():
    ja, en = load(JA / "01_relu.ipynb"), load(EN / "01_relu.ipynb")
    bad_en = copy.deepcopy(en)
    code_cell = next(c for c in bad_en["cells"] if c["cell_type"] == "code" and "def relu" in "".join(c["source"]))
    code_cell["source"] = "def relu(x):\n    return max(x, 0.0)\n"
    md_cell = next(c for c in bad_en["cells"] if c["cell_type"] == "markdown")
    md_cell["source"] = "これは日本語の文章です。まだ翻訳されていません。"
    problems = parity_problems(ja, bad_en)
    assert any("code differs" in p for p in problems)
    assert any("not mostly English" in p for p in problems)


# The exact lines the seed tutorial prints (../shared/seed/, "PythonでのReLu関数"): the course's specification.
SEED_RELU_LINES = """\
Applying Relu on (1.0) gives 1.0
Applying Relu on (-10.0) gives 0.0
Applying Relu on (0.0) gives 0.0
Applying Relu on (15.0) gives 15.0
Applying Relu on (-20.0) gives 0.0
"""


def stream_text(nb: dict, cell_id: str) -> str:
    cell = next(c for c in nb["cells"] if c.get("id") == cell_id)
    return "".join("".join(o["text"]) for o in cell["outputs"] if o["output_type"] == "stream")


@pytest.mark.parametrize("folder", [JA, EN], ids=["ja", "en"])
def test_chapter_1_prints_the_seed_lines_exactly(folder):
    assert stream_text(load(folder / "01_relu.ipynb"), "relu-seed-lines") == SEED_RELU_LINES


@pytest.mark.parametrize("name", CHAPTERS)
def test_japanese_paragraphs_have_no_soft_line_breaks(name):
    # A soft break between Japanese characters shows as a stray space in the browser.
    sys.path.insert(0, str(ROOT / "notebooks" / "src"))
    from cells import join_japanese_lines

    for cell in load(JA / name)["cells"]:
        if cell["cell_type"] == "markdown":
            source = "".join(cell["source"])
            assert join_japanese_lines(source) == source, cell["id"]
