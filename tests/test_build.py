"""The notebook builder's text handling (notebooks/src/cells.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "notebooks" / "src"))

from cells import code, join_japanese_lines, md  # noqa: E402


def test_soft_breaks_inside_japanese_paragraphs_are_joined():
    assert join_japanese_lines("入力の\n重み付き和です。") == "入力の重み付き和です。"
    assert join_japanese_lines("- 比較を\n  一回だけ。\n- 次") == "- 比較を一回だけ。\n- 次"


def test_blocks_and_english_are_left_alone():
    for text in [
        "段落。\n\n次の段落。",
        "表です。\n| a | b |\n|---|---|",
        "式：\n$$\nf(x) =\n\\max(0, x)\n$$",
        "コード：\n```\nx = 1  # コメント\ny = 2\n```",
        "一つ目。\n- 箇条書き\n1. 番号",
        "An English line\nwraps here.",
        "見出しの前。\n## 見出し",
    ]:
        assert join_japanese_lines(text) == text, text


def test_only_the_japanese_side_of_a_markdown_cell_is_joined():
    cell = md("x", ja="日本語の\n段落", en="English\nparagraph")
    assert cell.source("ja") == "日本語の段落" and cell.source("en") == "English\nparagraph"


def test_unreproducible_outputs_are_kept_while_the_cell_is_unchanged():
    import nbformat
    from build import keep_unreproducible_outputs

    def notebook(timing_source, printed):
        nb = nbformat.v4.new_notebook()
        tags = {"tags": ["nbval-ignore-output"]}
        nb.cells = [
            nbformat.v4.new_code_cell("print(1)", id="plain", outputs=[nbformat.v4.new_output("stream", text=printed)]),
            nbformat.v4.new_code_cell(timing_source, id="timing", metadata=tags,
                                      outputs=[nbformat.v4.new_output("stream", text=printed)]),
        ]
        return nb

    old, new = notebook("t = measure()", "old\n"), notebook("t = measure()", "new\n")
    kept = keep_unreproducible_outputs(new, old)
    assert kept.cells[1].outputs[0].text == "old\n"  # timing cell unchanged: stored output kept
    assert kept.cells[0].outputs[0].text == "new\n"  # other cells always take the fresh output
    changed = keep_unreproducible_outputs(notebook("t = measure(2)", "new\n"), old)
    assert changed.cells[1].outputs[0].text == "new\n"  # the cell changed: its output is new


def test_code_is_written_once_with_bilingual_comments():
    from cells import code

    cell = code("c", "x = 1  # 一つ目 || the first\n# 説明 || explanation\ny = x  # same in both")
    assert cell.ja == "x = 1  # 一つ目\n# 説明\ny = x  # same in both"
    assert cell.en == "x = 1  # the first\n# explanation\ny = x  # same in both"


def test_a_double_bar_inside_a_string_is_code_not_a_translation():
    from cells import code

    cell = code("c", 'print("a || b")')
    assert cell.ja == cell.en == 'print("a || b")'


def test_stream_pieces_are_merged_whatever_the_flush_timing():
    import nbformat
    from build import coalesce_streams

    def stream(name, text):
        return nbformat.v4.new_output("stream", name=name, text=text)

    pieces = [stream("stdout", "a -> False"), stream("stdout", "\nb\n"), stream("stderr", "w\n"),
              stream("stdout", "c\n")]
    merged = [(o["name"], o["text"]) for o in coalesce_streams(pieces)]
    assert merged == [("stdout", "a -> False\nb\n"), ("stderr", "w\n"), ("stdout", "c\n")]


def test_prose_numbers_are_filled_from_the_kernel_and_recorded(tmp_path):
    import nbformat
    from build import execute, make_notebook, shape
    from glue import cite

    cells = [
        code("c", "runs = 7 * 16\nshare = 0.41237"),
        md("m", ja="{{runs}} 個のネットワーク、{{share:.1%}}", en="{{runs}} networks, {{share:.1%}} of them"),
    ]
    cited = [cite("40%", "CS231n").as_metadata()]
    nb = execute(make_notebook(cells, "en", cited), tmp_path)
    cell = nb.cells[1]
    assert cell.source == "112 networks, 41.2% of them"
    assert cell.metadata["course"]["glue"] == {"runs": "112", "share:.1%": "41.2%"}
    assert nb.metadata["course"]["cited"] == [{"value": "40%", "source": "CS231n"}]
    # The stored notebook still agrees with its source: the placeholders are kept in the cell's metadata.
    assert shape(nbformat.from_dict(nb)) == shape(make_notebook(cells, "en", cited))


def test_a_placeholder_that_fails_stops_the_build(tmp_path):
    import pytest
    from build import execute, make_notebook

    cells = [code("c", "x = 1"), md("m", ja="{{y}} です", en="{{y}} here")]
    with pytest.raises(RuntimeError, match="NameError"):
        execute(make_notebook(cells, "en"), tmp_path)
