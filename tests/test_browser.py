"""What a learner sees: every notebook of both languages run in a real JupyterLab, in headless Chromium.

One `jupyter lab` (127.0.0.1, random port and token) and one browser serve the whole module. Each notebook is opened
and run from the Run menu ("Run All Cells"), then checked by tests/browser.py: cells rendered, maths typeset,
no error and no stderr, plots decoded, widgets drawn as widgets, every image described by an alt text in the
notebook's language, images opaque, check results readable (contrast 4.5:1 or more), and every slider, moved with
the keyboard, changes what the widget shows and the description of its picture. One notebook per language is shown
in JupyterLab Dark (DARK). Screenshots go to test-artifacts/screenshots/ (``ja-01_relu.png``; in the dark theme
``ja-03_dying_relu-dark.png``).

Deliberately broken copies of a notebook (made in a temporary folder inside the server root, never in notebooks/)
prove that the checker catches a raised error, a Japanese plot title without the Japanese font (tofu), a slider
wired to nothing, a slider whose update fails, raw and broken maths, widgets shown as text, an image without alt
text or with an English one in a Japanese notebook, a transparent figure and a check box unreadable in the dark.

Without Chromium and a Japanese font the module is skipped with a one-line reason, except under CI=true, where
that is a failure.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from tests import browser
from tests.browser import in_ci, require_browser

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
# Discovered, not listed: a chapter added to notebooks/ja and notebooks/en is checked without touching this file.
COURSE = [p for lang in ("ja", "en") for p in sorted((NOTEBOOKS / lang).glob("*.ipynb"))]
# Shown in JupyterLab Dark instead of Light: one chapter per language, with figures, a widget and check results.
DARK = {"ja/03_dying_relu", "en/04_leaky_relu"}


def nb_key(nb_file: Path) -> str:
    return f"{nb_file.parent.name}/{nb_file.stem}"


def notebook_hashes() -> dict[str, str]:
    return {p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(NOTEBOOKS.rglob("*.ipynb"))}


@pytest.fixture(scope="module")
def before():
    """Every notebook file's hash before the browser touches anything (compared in the last test)."""
    return {"hashes": notebook_hashes(), "checkpoints": sorted(NOTEBOOKS.rglob(".ipynb_checkpoints")),
            "time": time.time()}


@pytest.fixture(scope="module")
def lab(before, tmp_path_factory):
    require_browser()
    state = tmp_path_factory.mktemp("jupyterlab")
    server = browser.LabServer(ROOT, state).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def page(lab, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    # Pictures of notebooks that no longer exist would mislead: remove them. The others are overwritten.
    for stale in set(SCREENSHOTS.glob("*.png")) - {SCREENSHOTS / shot_name(p) for p in COURSE}:
        stale.unlink(missing_ok=True)
    for old in SCREENSHOTS.glob("broken/*.png"):  # pictures of the broken copies: remade by this run
        old.unlink(missing_ok=True)
    with sync_playwright() as playwright:
        context, page = browser.launch_browser(playwright, tmp_path_factory.mktemp("chromium-profile"))
        try:
            browser.open_lab(page, lab)
            yield page
        finally:
            context.close()


@pytest.fixture(scope="module")
def scratch():
    """A temporary folder inside the server root (gitignored test-artifacts/), for the broken copies."""
    ARTIFACTS.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="browser-copies-", dir=ARTIFACTS))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def shot_name(nb_file: Path) -> str:
    dark = "-dark" if nb_key(nb_file) in DARK else ""
    return f"{nb_file.parent.name}-{nb_file.stem}{dark}.png"


def test_the_dark_notebooks_exist():
    assert DARK <= {nb_key(p) for p in COURSE}
    assert {key.split("/")[0] for key in DARK} == {"ja", "en"}


# --- without a browser: skip locally, fail under CI -------------------------------------------------------------

@pytest.mark.parametrize("ci, outcome", [("", pytest.skip.Exception), ("true", pytest.fail.Exception)])
def test_no_browser_skips_locally_and_fails_in_ci(monkeypatch, tmp_path, ci, outcome):
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome) as raised:
        require_browser()
    message = str(raised.value)
    assert "no-chromium is missing" in message and "\n" not in message


# --- the rules for descriptions and colours (no browser needed) -----------------------------------------------

@pytest.mark.parametrize("alt, language, ok", [
    ("ReLU のグラフです。x < 0 では 0 です。", "ja", True),
    ("ReLU graph", "ja", False),          # no kana: not Japanese
    ("ReLU（ランプ関数）", "ja", True),
    ("The graph of ReLU with α = 0.10: the slope is 0.10 for x < 0.", "en", True),
    ("The graph of ReLU のグラフ", "en", False),   # kana in an English notebook
    ("", "en", False), ("  ", "ja", False), (None, "ja", False),
])
def test_alt_texts_are_judged_by_language(alt, language, ok):
    assert (browser.alt_problem(alt, language) is None) == ok


def test_contrast_is_the_wcag_ratio_and_the_check_colours_pass_on_their_own():
    from helpers.exercises.result import COLOURS

    assert browser.contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21.0)
    assert browser.contrast("rgb(118, 118, 118)", "rgb(255, 255, 255)") == pytest.approx(4.54, abs=0.01)

    def css(hex_colour):
        return "rgb({}, {}, {})".format(*(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)))

    for fg, bg in COLOURS.values():
        assert browser.contrast(css(fg), css(bg)) >= browser.MIN_CONTRAST
        # The same text colour on JupyterLab Dark's page (#111111) would not do: the box needs its own background.
        assert browser.contrast(css(fg), "rgb(17, 17, 17)") < browser.MIN_CONTRAST


# --- the course --------------------------------------------------------------------------------------------------

def test_course_has_notebooks_in_both_languages():
    names = {lang: sorted(p.name for p in COURSE if p.parent.name == lang) for lang in ("ja", "en")}
    assert names["ja"] and names["ja"] == names["en"]


@pytest.mark.parametrize("nb_file", COURSE, ids=[f"{p.parent.name}/{p.stem}" for p in COURSE])
def test_learner_sees_the_notebook_right(page, lab, nb_file):
    rel = nb_file.relative_to(ROOT).as_posix()
    digest = hashlib.sha256(nb_file.read_bytes()).hexdigest()
    theme = browser.DARK if nb_key(nb_file) in DARK else browser.LIGHT
    shown = browser.set_theme(page, theme)
    try:
        result = browser.check_notebook(page, ROOT, nb_file, SCREENSHOTS / shot_name(nb_file))
    finally:
        if theme != browser.LIGHT:
            browser.set_theme(page, browser.LIGHT)
    assert result.theme == theme and shown["light"] == str(theme == browser.LIGHT).lower(), shown
    assert rel not in [p.lstrip("/") for p in lab.saves()], f"the browser tried to save {rel}"
    if hashlib.sha256(nb_file.read_bytes()).hexdigest() != digest:
        # Not through the server (no save request): a teammate rebuilt it meanwhile. Under CI nobody else writes.
        assert not in_ci(), f"{rel} changed while the browser had it open"
        print(f"{rel} changed while open, not through the server (rebuilt by someone else?)")
    print(f"{result.path} ({result.theme}): {result.seconds:.1f} s, {result.sliders_moved} sliders moved, "
          f"{result.described} of {result.images} images described, "
          f"screenshot {result.screenshot.relative_to(ROOT) if result.screenshot else None}")
    assert result.problems == [], f"{result.path} (screenshot: {result.screenshot}):\n" + "\n".join(result.problems)


def test_screenshots_of_every_notebook_were_written(page, before):
    shots = [SCREENSHOTS / shot_name(p) for p in COURSE]
    if not all(shot.exists() and shot.stat().st_mtime >= before["time"] for shot in shots):
        pytest.skip("only part of the course was run (-k): no full set of screenshots to check")
    assert sorted(SCREENSHOTS.glob("*.png")) == sorted(shots)
    print(f"screenshots: {SCREENSHOTS.relative_to(ROOT)}/ ({len(shots)} files)")


def test_japanese_interface_language_is_installed(lab):
    assert "ja_JP" in browser.translations(lab)


# --- broken copies: each must be reported ------------------------------------------------------------------------

def load(nb_file: Path) -> dict:
    return json.loads(nb_file.read_text(encoding="utf-8"))


def code_cell(cell_id: str, source: str) -> dict:
    return {"cell_type": "code", "id": cell_id, "metadata": {}, "source": source, "outputs": [],
            "execution_count": None}


def markdown_cell(cell_id: str, source: str) -> dict:
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": source}


def setup_index(nb: dict) -> int:
    return next(i for i, c in enumerate(nb["cells"])
                if c["cell_type"] == "code" and "helpers.set_language(" in "".join(c["source"]))


def broken_copy(scratch: Path, name: str, language: str, change) -> Path:
    """A copy of chapter 1 in ``language``, changed by ``change(nb)``, written to the scratch folder."""
    nb = copy.deepcopy(load(NOTEBOOKS / language / "01_relu.ipynb"))
    change(nb)
    path = scratch / f"{name}.ipynb"
    path.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def check_copy(page, nb_file: Path) -> browser.Result:
    result = browser.check_notebook(page, ROOT, nb_file, SCREENSHOTS / "broken" / f"{nb_file.stem}.png")
    print(f"{nb_file.name}: {result.problems}")
    return result


PLOT_CELL = """\
import matplotlib.pyplot as plt

x = helpers.x_grid(3.0)
_ = helpers.plot(x, helpers.relu(x), title=helpers.text("plot.relu.title"))
plt.show()"""

SLIDER_CELL = """\
import ipywidgets as widgets

x = helpers.x_grid(3.0)

def draw(alpha=0.1):
    _ = helpers.plot(x, helpers.leaky_relu(x, {alpha}))
    helpers.show(_, f"Leaky ReLU: the slope for negative x is {{{alpha}:.1f}}, and 1 for positive x.")

_ = widgets.interact(draw, alpha=(0.0, 1.0, 0.1))"""


def test_a_raised_error_is_reported(page, scratch):
    def change(nb):
        nb["cells"].insert(setup_index(nb) + 1, code_cell("broken-error", 'helpers.relu("one")'))

    result = check_copy(page, broken_copy(scratch, "raised-error", "en", change))
    assert any("(broken-error): error output" in p for p in result.problems), result.problems
    # Run All stops at the error, as it does for a learner: the cells after it are reported as not executed.
    assert any("not executed" in p for p in result.problems), result.problems


def test_a_japanese_plot_without_the_font_setup_is_reported(page, scratch):
    """Without matplotlib-fontja, matplotlib falls back to a font without kana and kanji and warns on stderr."""
    def change(nb):
        setup = nb["cells"][setup_index(nb)]
        # Removes the font setup: `import helpers` then finds an empty matplotlib_fontja that registers no font.
        setup["source"] = ('import sys\nimport types\n\nsys.modules["matplotlib_fontja"] = '
                           'types.ModuleType("matplotlib_fontja")\n' + "".join(setup["source"]))
        nb["cells"].append(code_cell("broken-font-plot", PLOT_CELL))

    result = check_copy(page, broken_copy(scratch, "no-japanese-font", "ja", change))
    warnings = [p for p in result.problems if "stderr output" in p and "missing from font" in p]
    assert warnings, result.problems
    # Tofu, not just a warning: the font the warning names has no glyph for the characters it names.
    from matplotlib import font_manager, ft2font

    match = re.search(r"Glyph (\d+) .*missing from font\(s\) ([^.'\"]+)", warnings[0])
    assert match, warnings[0]
    char, font_name = chr(int(match.group(1))), match.group(2).strip()
    path = font_manager.findfont(font_manager.FontProperties(family=font_name), fallback_to_default=False)
    assert ft2font.FT2Font(path).get_char_index(ord(char)) == 0, f"{font_name} has a glyph for {char!r}"


def test_a_slider_wired_to_nothing_is_reported(page, scratch):
    def change(nb):
        # The bug: show() draws the same curve whatever alpha is.
        nb["cells"].append(code_cell("broken-slider", SLIDER_CELL.format(alpha="0.1")))

    result = check_copy(page, broken_copy(scratch, "slider-wired-to-nothing", "en", change))
    assert result.sliders_moved == 1
    assert any("(broken-slider), slider 'alpha'" in p and "changed nothing the widget shows" in p
               for p in result.problems), result.problems
    assert any("(broken-slider), slider 'alpha'" in p and "left the description (alt) of its picture" in p
               for p in result.problems), result.problems


def test_a_working_slider_passes(page, scratch):
    """The control for the test above: the same cell with alpha wired in is not reported."""
    def change(nb):
        nb["cells"].append(code_cell("working-slider", SLIDER_CELL.format(alpha="alpha")))

    result = check_copy(page, broken_copy(scratch, "slider-wired", "en", change))
    assert result.sliders_moved == 1
    # Its own cell only: the rest of the copy is chapter 1, which test_learner_sees_the_notebook_right judges.
    assert [p for p in result.problems if "(working-slider)" in p] == []
    assert result.described >= 1


def test_a_slider_whose_update_fails_is_reported(page, scratch):
    """The picture changes (it shows a traceback), but what a learner gets is an error: that must be reported."""
    def change(nb):
        failing = SLIDER_CELL.replace("    _ = helpers.plot", "    if alpha > 0.5:\n        helpers.relu('no')\n"
                                      "    _ = helpers.plot").format(alpha="alpha")
        nb["cells"].append(code_cell("failing-slider", failing))

    result = check_copy(page, broken_copy(scratch, "slider-update-fails", "en", change))
    assert result.sliders_moved == 1
    assert any("(failing-slider), slider 'alpha'" in p and "gave an error or stderr" in p and "TypeError" in p
               for p in result.problems), result.problems


DESCRIBED = """\
x = helpers.x_grid(3.0)
helpers.show(helpers.plot(x, helpers.relu(x)), {description!r})"""

TRANSPARENT_FIGURE = """\
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(3, 2))
_ = ax.plot([0, 1], [0, 1])
fig.patch.set_alpha(0.0)
ax.patch.set_alpha(0.0)
plt.show()"""

# A check box that sets its text colour but not its background: readable on white, not on JupyterLab Dark.
FAINT_CHECK = """\
from IPython.display import HTML

HTML('<div class="course-check" style="color:#33415c">✎ まだ答えが書かれていません。</div>')"""


def test_images_without_a_description_in_the_language_are_reported(page, scratch):
    """In a Japanese notebook shown in JupyterLab Dark: a plot shown with plt.show (no alt), one described in
    English, a transparent figure and a check box without its own background are reported; a plot described in
    Japanese, and the course's own check boxes, are not."""
    def change(nb):
        nb["cells"].append(code_cell("no-alt", PLOT_CELL))
        nb["cells"].append(code_cell("english-alt", DESCRIBED.format(description="ReLU is 0 for negative x.")))
        nb["cells"].append(code_cell("japanese-alt", DESCRIBED.format(description="ReLU は x < 0 で 0 です。")))
        nb["cells"].append(code_cell("transparent-figure", TRANSPARENT_FIGURE))
        nb["cells"].append(code_cell("faint-check", FAINT_CHECK))

    path = broken_copy(scratch, "undescribed-images-dark", "ja", change)
    assert browser.set_theme(page, browser.DARK)["light"] == "false"
    try:
        result = check_copy(page, path)
    finally:
        browser.set_theme(page, browser.LIGHT)
    assert result.theme == browser.DARK
    problems = result.problems
    assert any("(no-alt): image 0 has no alt text" in p for p in problems), problems
    assert any("(english-alt): image 0 has an alt text that is not Japanese" in p for p in problems), problems
    assert not any("(japanese-alt)" in p for p in problems), problems
    assert any("(transparent-figure): image 0 is transparent" in p for p in problems), problems
    assert any("(faint-check): check result text" in p and "contrast" in p for p in problems), problems
    # The course's check boxes (chapter 1 has some) carry their own background: readable in the dark theme too.
    checks = [p for p in problems if "check result text" in p]
    assert checks and all("(faint-check)" in p for p in checks), checks
    assert result.check_boxes >= 2, "chapter 1 has no check box of its own left to test the contrast of"


UNDRAWN_WIDGETS = """\
from IPython.display import display

# What a page without the ipywidgets front end shows: the text form of a widget.
display({"text/plain": "IntSlider(value=3, max=10)"}, raw=True)
# A widget view whose model the page does not have.
display({"application/vnd.jupyter.widget-view+json": {"model_id": "0" * 32, "version_major": 2, "version_minor": 0},
         "text/plain": "IntSlider(value=3, max=10)"}, raw=True)"""


def test_broken_maths_and_undrawn_widgets_are_reported(page, scratch):
    def change(nb):
        nb["cells"].append(markdown_cell("broken-raw-maths", "An unclosed display: $$ x^2"))
        nb["cells"].append(markdown_cell("broken-tex", r"A TeX error: $\frac{1}$"))
        nb["cells"].append(code_cell("undrawn-widgets", UNDRAWN_WIDGETS))

    result = check_copy(page, broken_copy(scratch, "broken-maths-and-widgets", "en", change))
    assert any("(broken-raw-maths): raw maths shown" in p for p in result.problems), result.problems
    assert any("(broken-tex): MathJax error" in p for p in result.problems), result.problems
    assert any("(undrawn-widgets): widget shown as its text fallback" in p for p in result.problems), result.problems
    assert any("(undrawn-widgets): widget not drawn as a widget" in p or "(undrawn-widgets): widget error" in p
               for p in result.problems), result.problems


def test_a_save_would_be_seen(page, lab, scratch):
    """The record of save requests, which the tests above and below rely on, does see a save (of a copy)."""
    path = broken_copy(scratch, "saved-copy", "en", lambda nb: None)
    rel = path.relative_to(ROOT).as_posix()
    browser.save_notebook(page, rel)
    assert rel in [p.lstrip("/") for p in lab.saves()]


PROBE = "notebooks/browser-test-probe.ipynb"  # never exists: the server refuses to create it


def test_the_server_refuses_to_write_into_notebooks(lab):
    model = {"type": "notebook", "format": "json",
             "content": {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}}
    assert lab.put(PROBE, model) == 403
    assert not (ROOT / PROBE).exists()


# --- last: nothing was written ---------------------------------------------------------------------------------

def test_the_switch_to_a_japanese_interface_works(page, lab):
    """What the index tells learners to click gives JupyterLab's menus in Japanese, and the way back works too."""
    how_to = {lang: "".join(next(c["source"] for c in load(NOTEBOOKS / lang / "00_index.ipynb")["cells"]
                                 if c.get("id") == "how-to")) for lang in ("ja", "en")}
    to_japanese = browser.switch_language(page, "ja_JP")
    assert {"実行", "設定"} <= set(to_japanese["menus"]), to_japanese
    to_english = browser.switch_language(page, "en")
    assert {"Run", "Settings"} <= set(to_english["menus"]), to_english
    for text in how_to.values():  # every label the index quotes is the one the learner sees
        for label in (to_japanese["entry"], to_japanese["accept"], to_english["entry"], to_english["accept"]):
            assert label in " ".join(text.split()), (label, text)
    assert f"実行 → {to_japanese['run_all']}" in how_to["ja"]


def test_notebook_files_were_not_written(page, lab, before):
    """Nothing the browser did wrote a notebook: no save request for notebooks/ reached the server (the test server
    records them all, and refuses those), no checkpoint folder appeared, and every notebook file has the hash it had
    before the run.

    The hash of each notebook is also compared right around its own run (test_learner_sees_the_notebook_right).
    Over the whole run the comparison is made under CI only: on a shared working tree a teammate may rebuild a
    chapter while this module runs, and that is not the browser's doing (the record of save requests would show it).
    """
    time.sleep(0.5)
    assert [p for p in lab.saves() if p.lstrip("/").startswith("notebooks/") and p.lstrip("/") != PROBE] == []
    assert sorted(NOTEBOOKS.rglob(".ipynb_checkpoints")) == before["checkpoints"]
    changed = sorted(name for name, digest in notebook_hashes().items() if before["hashes"].get(name) != digest)
    if in_ci():
        assert changed == [], f"notebook files changed while the browser tests ran: {changed}"
    elif changed:
        print(f"changed during the run, not by the server (no write request in its log): {changed}")
