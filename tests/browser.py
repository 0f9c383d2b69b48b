"""The learner's view: a throw-away JupyterLab server, headless Chromium, and a checker of what a notebook shows.

Used by tests/test_browser.py. ``check_notebook`` opens one notebook, runs all cells from the Run menu, and returns
a list of problems (empty when the learner would see everything right), so that a test can also feed it a
deliberately broken notebook and assert which problem it reports.

Nothing here writes to the notebooks it opens: autosave is off; checkpoints, settings, workspaces and the runtime
files live in a temporary folder; and the server refuses (and records) any save under notebooks/.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# The text/plain form of an ipywidget, shown when the page cannot draw the widget: "IntSlider(value=3, ...)".
WIDGET_REPR = re.compile(r"^\s*[A-Za-z]*(interactive|Slider|Box|Output|Dropdown|Button|Text|Checkbox)\w*\(")


def widget_placeholders() -> set[str]:
    """The course's own text/plain form of its widgets (helpers.widgets), in every language."""
    try:
        from helpers.messages import MESSAGES
    except ImportError:
        return set()
    return set(MESSAGES.get("widget.placeholder", {}).values())


def looks_like_widget_text(text: str) -> bool:
    return bool(WIDGET_REPR.match(text)) or text.strip() in widget_placeholders()


# JupyterLab user settings for the test server. Autosave off: the notebooks must never be written.
# fetchNews off: no request to the internet and no pop-up over the notebook.
USER_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                         "checkForUpdates": False},
    "@jupyterlab/extensionmanager-extension/plugin.jupyterlab-settings": {"enabled": False},
    # Every cell rendered, not only those near the viewport: on a loaded machine the windowed notebook left the
    # last cells unrendered when they were inspected ("not displayed").
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def missing_browser() -> str | None:
    """Why the browser tests cannot run here (one line), or None when they can."""
    if not CHROMIUM.exists():
        return f"no browser: {CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)"
    fonts = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True, text=True).stdout \
        if shutil.which("fc-list") else ""
    if "Noto Sans CJK" not in fonts:
        return "no Japanese font for the browser: fonts-noto-cjk is missing (apt-get install fonts-noto-cjk)"
    return None


def in_ci() -> bool:
    """True under CI=true, where a missing browser is a failure, not a skip."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def require_browser() -> None:
    """Skip (one line) without a browser; under CI=true that is a failure."""
    import pytest

    reason = missing_browser()
    if reason:
        if in_ci():
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Loaded by the test server: every save request is recorded, and one under a read-only folder is refused.
SERVER_CONFIG = """\
import json
from tornado.web import HTTPError

def record_save(model, path, contents_manager, **kwargs):
    with open({saves!r}, "a", encoding="utf-8") as f:
        f.write(json.dumps(path) + "\\n")
    if any(path.lstrip("/").startswith(folder) for folder in {read_only!r}):
        raise HTTPError(403, "the browser tests never write here: " + path)

c.ContentsManager.pre_save_hook = record_save
"""


class LabServer:
    """``jupyter lab`` on 127.0.0.1 with a random port and token, all its state in ``state_dir``.

    Saves under ``read_only`` (folders relative to ``root``) are refused, and every save request is recorded
    (:meth:`saves`), so that a test can prove that nothing was written.
    """

    def __init__(self, root: Path, state_dir: Path, read_only: tuple[str, ...] = ("notebooks/",)):
        self.root, self.state, self.read_only = root, state_dir, read_only
        self.saves_path = state_dir / "saves.jsonl"
        self.token = secrets.token_hex(24)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = state_dir / "server.log"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 180) -> LabServer:
        settings = self.state / "config" / "lab" / "user-settings"
        for name, values in USER_SETTINGS.items():
            (settings / name).parent.mkdir(parents=True, exist_ok=True)
            (settings / name).write_text(json.dumps(values))
        config = self.state / "config"
        config.mkdir(parents=True, exist_ok=True)
        (config / "jupyter_server_config.py").write_text(
            SERVER_CONFIG.format(saves=str(self.saves_path), read_only=tuple(self.read_only)))
        env = dict(os.environ)
        env.update(
            JUPYTER_CONFIG_DIR=str(self.state / "config"),
            JUPYTER_RUNTIME_DIR=str(self.state / "runtime"),
            JUPYTER_DATA_DIR=str(self.state / "data"),
            IPYTHONDIR=str(self.state / "ipython"),
            JUPYTERLAB_SETTINGS_DIR=str(settings),
            JUPYTERLAB_WORKSPACES_DIR=str(self.state / "workspaces"),
        )
        env.pop("MPLBACKEND", None)  # the kernel must use the inline backend, as for a learner
        command = [
            str(Path(sys.executable).with_name("jupyter")), "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            "--LabApp.expose_app_in_browser=True",
            f"--FileCheckpoints.root_dir={self.state / 'checkpoints'}",
        ]
        if hasattr(os, "getuid") and os.getuid() == 0:
            command.append("--allow-root")
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(command, cwd=self.root, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.process.returncode}:\n{self.log_text()[-3000:]}")
            try:
                self.api("api/status")
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"jupyter lab did not answer within {timeout} s:\n{self.log_text()[-3000:]}")

    def api(self, path: str) -> dict:
        """GET ``path`` (e.g. "api/status") with the token; the decoded JSON answer."""
        request = urllib.request.Request(f"{self.url}/{path}", headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def put(self, path: str, model: dict) -> int:
        """PUT a contents model (what File → Save sends); the HTTP status."""
        request = urllib.request.Request(f"{self.url}/api/contents/{path}", data=json.dumps(model).encode(),
                                         method="PUT", headers={"Authorization": f"token {self.token}",
                                                                "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            error.close()
            return error.code

    def saves(self) -> list[str]:
        """The path of every save request the server received (refused ones included)."""
        if not self.saves_path.exists():
            return []
        return [json.loads(line) for line in self.saves_path.read_text(encoding="utf-8").splitlines()]

    def lab_url(self) -> str:
        return f"{self.url}/lab?token={self.token}"

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "log", None):
            self.log.close()


def launch_browser(playwright, profile_dir: Path):
    """Debian's Chromium with a fresh profile; returns (context, page)."""
    context = playwright.chromium.launch_persistent_context(
        str(profile_dir), executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True, viewport=VIEWPORT,
    )
    page = context.pages[0] if context.pages else context.new_page()
    return context, page


def open_lab(page, server: LabServer, timeout_ms: int = 180_000) -> None:
    page.goto(server.lab_url())
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started", timeout=timeout_ms)
    page.evaluate("() => window.jupyterapp.restored")
    page.evaluate("() => window.jupyterapp.shell.collapseLeft()")


# --- JavaScript run in the page -------------------------------------------------------------------------------

_OPEN = """async ([path, timeout]) => {
  const app = window.jupyterapp;
  const panel = await app.commands.execute('docmanager:open', {path, factory: 'Notebook'});
  await panel.context.ready;
  await panel.sessionContext.ready;
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    if (kernel && panel.sessionContext.kernelDisplayStatus === 'idle') return 'idle';
    await new Promise(r => setTimeout(r, 100));
  }
  return panel.sessionContext.kernelDisplayStatus;
}"""

_RUN_ALL = """async (timeout) => {
  const app = window.jupyterapp;
  const done = app.commands.execute('runmenu:run-all').then(() => 'done');
  const late = new Promise(r => setTimeout(() => r('timeout'), timeout));
  return await Promise.race([done, late]);
}"""

_STATUS = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const dialog = document.querySelector('.jp-Dialog');
  return {kernel: panel.sessionContext.kernelDisplayStatus,
          dialog: dialog ? dialog.innerText.slice(0, 300) : null};
}"""

# One record per cell of the open notebook: what the model holds and what the page shows.
_INSPECT = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const text = n => (n.innerText || n.textContent || '');
  return panel.content.widgets.map((cell, index) => {
    const model = cell.model;
    const r = {index, id: model.id, type: model.type, source: model.sharedModel.getSource(),
               tags: model.getMetadata('tags') || [], visible: cell.node.offsetHeight > 0};
    if (model.type === 'markdown') {
      const md = cell.node.querySelector('.jp-RenderedMarkdown');
      r.rendered = !!cell.rendered && !!md && md.childElementCount > 0;
      r.math = md ? md.querySelectorAll('mjx-container').length : 0;
      r.mathErrors = md ? [...md.querySelectorAll('mjx-merror, [data-mjx-error]')]
                           .map(e => e.getAttribute('data-mjx-error') || text(e)) : [];
      let plain = '';
      if (md) {
        const clone = md.cloneNode(true);
        clone.querySelectorAll('code, pre, mjx-container, mjx-assistive-mml').forEach(e => e.remove());
        plain = clone.textContent;
      }
      r.plainText = plain;
    } else if (model.type === 'code') {
      r.executionCount = model.executionCount;
      const area = cell.outputArea;
      const outputs = model.outputs.toJSON();
      r.outputs = outputs.map((o, i) => {
        const child = area.widgets[i];
        const node = child ? child.node : null;
        return {type: o.output_type, name: o.name || null, ename: o.ename || null,
                mimes: Object.keys(o.data || {}),
                text: String(o.text || o.evalue || (o.data && o.data['text/plain']) || '').slice(0, 400),
                drawnAsWidget: !!(node && node.querySelector('.jp-OutputArea-output .jupyter-widgets')),
                shownText: node ? [...node.querySelectorAll('.jp-RenderedText')].map(t => text(t).slice(0, 200))
                                : []};
      });
      r.images = [...area.node.querySelectorAll('img')].map(img => ({
        complete: img.complete, width: img.naturalWidth,
        alt: img.hasAttribute('alt') ? img.getAttribute('alt') : null,
        inWidget: !!img.closest('.jupyter-widgets')}));
      r.sliders = area.node.querySelectorAll('.widget-slider .noUi-handle').length;
      // Errors and stderr inside a widget (an interact's Output) are not in the cell's own outputs.
      r.widgetStderr = [...area.node.querySelectorAll(
        '.jupyter-widgets [data-mime-type="application/vnd.jupyter.stderr"]')].map(e => text(e).slice(0, 300));
      r.widgetErrors = [...area.node.querySelectorAll('.jupyter-widgets')]
        .map(text).filter(t => /Error displaying widget|model not found/i.test(t));
    }
    return r;
  });
}"""

# A fingerprint of everything the notebook's outputs show except the slider controls themselves (whose
# handle and readout move by construction): text, and every image's data.
_FINGERPRINT = """async () => {
  const panel = window.jupyterapp.shell.currentWidget;
  const parts = [];
  for (const cell of panel.content.widgets) {
    if (cell.model.type !== 'code') continue;
    const clone = cell.outputArea.node.cloneNode(true);
    clone.querySelectorAll('.widget-slider').forEach(e => e.remove());
    parts.push(clone.innerText);
    // Images by their bytes, not their URL: an ipywidgets Image gets a new blob: URL even for the same picture.
    for (const img of clone.querySelectorAll('img')) {
      try {
        const bytes = new Uint8Array(await (await fetch(img.getAttribute('src'))).arrayBuffer());
        let h = 2166136261;
        for (let i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 16777619) >>> 0; }
        parts.push('img:' + h.toString(16) + ':' + bytes.length + ':alt=' + img.getAttribute('alt'));
      } catch (e) { parts.push('img?' + img.getAttribute('src')); }
    }
  }
  const s = parts.join('|');
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h.toString(16) + ':' + s.length;
}"""

# Per output image: how many of its pixels are not fully opaque (a dark theme would show through them).
_TRANSPARENT_PIXELS = """async () => {
  const panel = window.jupyterapp.shell.currentWidget;
  const found = [];
  for (const [index, cell] of panel.content.widgets.entries()) {
    if (cell.model.type !== 'code') continue;
    for (const [k, img] of [...cell.outputArea.node.querySelectorAll('img')].entries()) {
      if (!img.complete || !img.naturalWidth) continue;
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      let data;
      try { data = ctx.getImageData(0, 0, canvas.width, canvas.height).data; } catch (e) { continue; }
      let clear = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] < 255) clear++;
      found.push({cell: index, id: cell.model.id, k, clear, total: data.length / 4});
    }
  }
  return found;
}"""

# The text and background colours of every element with text inside a check result box (helpers.exercises),
# the background being the first one that is not transparent, from the element up.
_CHECK_COLOURS = r"""() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const found = [];
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c && !/^rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)';
  };
  panel.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') return;
    cell.outputArea.node.querySelectorAll('.course-check').forEach(box => {
      for (const el of [box, ...box.querySelectorAll('*')]) {
        const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
        if (!own) continue;
        found.push({cell: index, id: cell.model.id, state: box.className, text: el.textContent.trim().slice(0, 40),
                    fg: getComputedStyle(el).color, bg: background(el)});
      }
    });
  });
  return found;
}"""

_THEME = """() => ({name: document.body.dataset.jpThemeName || null, light: document.body.dataset.jpThemeLight || null,
                   background: getComputedStyle(document.body).backgroundColor})"""

_SLIDERS = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const found = [];
  panel.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') return;
    cell.outputArea.node.querySelectorAll('.widget-slider').forEach((slider, k) => {
      const handle = slider.querySelector('.noUi-handle');
      const label = slider.querySelector('.widget-label');
      found.push({cell: index, id: cell.model.id, k, label: label ? label.textContent : '',
                  now: handle ? Number(handle.getAttribute('aria-valuenow')) : null,
                  max: handle ? Number(handle.getAttribute('aria-valuemax')) : null});
    });
  });
  return found;
}"""

_SLIDER_HANDLE = """([cell, k]) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const slider = panel.content.widgets[cell].outputArea.node.querySelectorAll('.widget-slider')[k];
  const handle = slider.querySelector('.noUi-handle');
  handle.scrollIntoView({block: 'center'});
  handle.focus();
  return document.activeElement === handle;
}"""

_SLIDER_VALUE = """([cell, k]) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const slider = panel.content.widgets[cell].outputArea.node.querySelectorAll('.widget-slider')[k];
  return Number(slider.querySelector('.noUi-handle').getAttribute('aria-valuenow'));
}"""

_CLOSE = """async () => {
  // A dialog left open (kernel died, ...) would stand over the next notebook: dismiss it first.
  document.querySelectorAll('.jp-Dialog .jp-mod-reject').forEach(b => b.click());
  const panel = window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.sessionContext) return;
  await panel.sessionContext.shutdown();
  panel.dispose();   // dispose, not close: closing a changed notebook would ask to save it
}"""

_CONTENT_HEIGHT = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const scroller = panel.content.node.querySelector('.jp-WindowedPanel-outer') || panel.content.node;
  scroller.scrollTop = 0;
  return scroller.scrollHeight + (window.innerHeight - scroller.clientHeight);
}"""


# --- the checker ------------------------------------------------------------------------------------------------

@dataclass
class Result:
    path: str
    problems: list[str] = field(default_factory=list)
    screenshot: Path | None = None
    sliders_moved: int = 0
    seconds: float = 0.0
    theme: str | None = None  # the JupyterLab theme the notebook was shown in
    images: int = 0  # images in the outputs after Run All
    described: int = 0  # of which with an alt text in the notebook's language
    check_boxes: int = 0  # cells with a check result box (helpers.exercises) whose colours were measured


# --- what the image descriptions must be ------------------------------------------------------------------------

KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]")
CJK = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def notebook_language(nb_file: Path) -> str | None:
    """``"ja"`` or ``"en"``: what the notebook's setup cell passes to ``helpers.set_language``, else its folder."""
    try:
        nb = json.loads(nb_file.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            found = re.search(r"set_language\(\s*[\"'](ja|en)[\"']", "".join(cell.get("source", "")))
            if found:
                return found.group(1)
    except (OSError, ValueError, KeyError):
        pass
    return nb_file.parent.name if nb_file.parent.name in ("ja", "en") else None


def alt_problem(alt: str | None, language: str | None) -> str | None:
    """Why ``alt`` does not describe an image to a learner reading ``language`` (None when it does).

    Japanese: the text has kana (a Japanese sentence always does; "ReLU" alone does not). English: no kana or
    kanji, and at least half of its letters Latin (maths and Greek letters are fine).
    """
    if alt is None:
        return "has no alt text (a screen reader says nothing)"
    if not alt.strip():
        return "has an empty alt text"
    if language == "ja" and not KANA.search(alt):
        return f"has an alt text that is not Japanese: {alt[:80]!r}"
    if language == "en":
        latin, cjk = len(LATIN.findall(alt)), len(CJK.findall(alt))
        if cjk or latin < 0.5 * sum(ch.isalpha() for ch in alt):
            return f"has an alt text that is not English: {alt[:80]!r}"
    return None


def _rgb(css: str) -> tuple[float, float, float]:
    values = [float(v) for v in re.findall(r"[\d.]+", css)[:3]]
    if len(values) != 3:
        raise ValueError(f"not a CSS rgb() colour: {css!r}")
    return values[0], values[1], values[2]


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two CSS ``rgb()`` colours (1 to 21)."""
    def luminance(css: str) -> float:
        channel = [c / 255 for c in _rgb(css)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channel]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


MIN_CONTRAST = 4.5


def colour_problems(checks: list[dict], pixels: list[dict]) -> list[str]:
    """Check boxes whose text does not stand out from their background; images the page shows through."""
    problems = []
    for c in checks:
        ratio = contrast(c["fg"], c["bg"])
        if ratio < MIN_CONTRAST:
            problems.append(f"cell {c['cell']} ({c['id']}): check result text {c['text']!r} has contrast "
                            f"{ratio:.2f}:1 ({c['fg']} on {c['bg']}), below {MIN_CONTRAST}:1")
    for p in pixels:
        if p["clear"]:
            problems.append(f"cell {p['cell']} ({p['id']}): image {p['k']} is transparent in "
                            f"{p['clear'] / p['total']:.0%} of its pixels (a dark theme shows through)")
    return problems


def _without_code(markdown: str) -> str:
    """Markdown source without fenced blocks and inline code, where a `$` is not maths."""
    markdown = re.sub(r"```.*?```", "", markdown, flags=re.S)
    return re.sub(r"`[^`\n]*`", "", markdown)


def stored_expectations(nb_file: Path) -> dict[str, dict]:
    """From the committed notebook: per cell id, how many images and widgets its stored outputs hold."""
    nb = json.loads(nb_file.read_text(encoding="utf-8"))
    expected = {}
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        images = widgets = 0
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            images += any(m.startswith("image/") for m in data)
            plain = "".join(data.get("text/plain", ""))
            widgets += WIDGET_VIEW in data or looks_like_widget_text(plain)
        expected[cell["id"]] = {"images": images, "widgets": widgets}
    return {"cells": len(nb["cells"]), "per_cell": expected}


def analyse(cells: list[dict], expected: dict | None, language: str | None = None) -> list[str]:
    """Problems a learner would see, from the records of _INSPECT (``language``: the notebook's, for alt texts)."""
    problems = []
    if expected is not None and len(cells) != expected["cells"]:
        problems.append(f"{len(cells)} cells shown, the file has {expected['cells']}")
    for c in cells:
        where = f"cell {c['index']} ({c['id']})"
        if not c["visible"]:
            problems.append(f"{where}: not displayed")
        if c["type"] == "markdown":
            if not c["rendered"]:
                problems.append(f"{where}: markdown not rendered")
            if "$" in c["plainText"]:
                snippet = c["plainText"][c["plainText"].find("$"):][:60]
                problems.append(f"{where}: raw maths shown ({'$$' if '$$' in c['plainText'] else '$'}): {snippet!r}")
            elif "$" in _without_code(c["source"]) and c["math"] == 0:
                problems.append(f"{where}: maths in the source but no MathJax output")
            for err in dict.fromkeys(c["mathErrors"]):  # one error can match twice (mjx-merror, data-mjx-error)
                problems.append(f"{where}: MathJax error: {err}")
            continue
        if c["type"] != "code" or not c["source"].strip():
            continue
        if c["executionCount"] is None:
            problems.append(f"{where}: not executed")
        allowed_error = "raises-exception" in c["tags"]
        for out in c["outputs"]:
            if out["type"] == "error" and not allowed_error:
                problems.append(f"{where}: error output {out['ename']}: {out['text'][:200]}")
            if out["type"] == "stream" and out["name"] == "stderr":
                problems.append(f"{where}: stderr output: {out['text'][:300]!r}")
            if WIDGET_VIEW in out["mimes"] and not out["drawnAsWidget"]:
                problems.append(f"{where}: widget not drawn as a widget, shown as {out['shownText'][:1]!r}")
            for shown in out["shownText"]:
                if looks_like_widget_text(shown):
                    problems.append(f"{where}: widget shown as its text fallback: {shown[:80]!r}")
        for err in [] if allowed_error else c["widgetStderr"]:
            problems.append(f"{where}: error or stderr inside a widget: {err[:300]!r}")
        for err in c["widgetErrors"]:
            problems.append(f"{where}: widget error: {err[:200]}")
        broken = [i for i, img in enumerate(c["images"]) if not (img["complete"] and img["width"] > 0)]
        if broken:
            problems.append(f"{where}: {len(broken)} of {len(c['images'])} images not decoded")
        for i, img in enumerate(c["images"]):
            why = alt_problem(img["alt"], language)
            if why:
                problems.append(f"{where}: image {i}{' (in a widget)' if img['inWidget'] else ''} {why}")
        if expected is not None and c["id"] in expected["per_cell"]:
            want = expected["per_cell"][c["id"]]
            model_images = sum(any(m.startswith("image/") for m in o["mimes"]) for o in c["outputs"])
            if model_images < want["images"]:
                problems.append(f"{where}: {model_images} plots shown, the stored notebook has {want['images']}")
            widgets = sum(WIDGET_VIEW in o["mimes"] for o in c["outputs"])
            if widgets < want["widgets"]:
                problems.append(f"{where}: {widgets} widgets shown, the stored notebook has {want['widgets']}")
    return problems


def _wait_settled(page, expected: dict | None, timeout: float, quiet: float = 4.0,
                  language: str | None = None) -> list[dict]:
    """Inspect until the page shows a stable picture (maths typeset, images decoded), then return it.

    A clean picture is taken as soon as two looks agree; one with problems only once nothing has changed for
    ``quiet`` seconds (MathJax may still be typesetting), or when ``timeout`` runs out.
    """
    deadline = time.monotonic() + timeout
    last, since = None, time.monotonic()
    while True:
        cells = page.evaluate(_INSPECT)
        if cells != last:
            last, since = cells, time.monotonic()
        elif not analyse(cells, expected, language) or time.monotonic() - since >= quiet:
            return cells
        if time.monotonic() > deadline:
            return cells
        time.sleep(0.25)


def _wait_idle(page, timeout: float) -> str | None:
    """Wait until the kernel is idle; returns the text of a dialog that blocks the notebook, if any."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = page.evaluate(_STATUS)
        if status["dialog"]:
            return status["dialog"]
        if status["kernel"] == "idle":
            return None
        time.sleep(0.2)
    return f"kernel still {page.evaluate(_STATUS)['kernel']} after {timeout:.0f} s"


def _wait_stable(page, settle: float = 0.6, timeout: float = 15) -> str:
    """The output fingerprint once the kernel is idle and nothing has changed for ``settle`` seconds."""
    deadline = time.monotonic() + timeout
    last, since = page.evaluate(_FINGERPRINT), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.15)
        now = page.evaluate(_FINGERPRINT)
        busy = page.evaluate(_STATUS)["kernel"] != "idle"
        if now != last or busy:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= settle:
            break
    return last


def _wait_change(page, before: str, timeout: float = 8) -> str:
    """After a slider move: the fingerprint once the outputs have changed and settled, or ``before`` if they did
    not change within ``timeout`` (a slow kernel gets the whole ``timeout`` to answer)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if page.evaluate(_FINGERPRINT) != before:
            return _wait_stable(page)
        time.sleep(0.15)
    return _wait_stable(page)


def move_sliders(page) -> tuple[list[str], int]:
    """Move every slider to its end with the keyboard, as a learner can; each move must change what is shown."""
    problems, moved = [], 0
    for s in page.evaluate(_SLIDERS):
        where = f"cell {s['cell']} ({s['id']}), slider {s['label'] or s['k']!r}"
        if s["now"] is None:
            problems.append(f"{where}: slider has no handle")
            continue
        before = _wait_stable(page, settle=0.3)
        alts_before = [img["alt"] for img in page.evaluate(_INSPECT)[s["cell"]]["images"]]
        if not page.evaluate(_SLIDER_HANDLE, [s["cell"], s["k"]]):
            problems.append(f"{where}: the slider handle cannot take the keyboard focus")
            continue
        page.keyboard.press("End" if s["now"] < s["max"] else "Home")
        value = page.evaluate(_SLIDER_VALUE, [s["cell"], s["k"]])
        if value == s["now"]:
            problems.append(f"{where}: the key press did not move the slider from {s['now']}")
            continue
        after = _wait_change(page, before)
        moved += 1
        if after == before:
            problems.append(f"{where}: moving it from {s['now']} to {value} changed nothing the widget shows")
        cell = page.evaluate(_INSPECT)[s["cell"]]
        alts_after = [img["alt"] for img in cell["images"]]
        if alts_after and alts_after == alts_before:
            problems.append(f"{where}: moving it from {s['now']} to {value} left the description (alt) of its "
                            f"picture as it was: {alts_after[0]!r:.100}")
        for err in cell.get("widgetStderr", []):
            problems.append(f"{where}: moving it from {s['now']} to {value} gave an error or stderr: {err[:300]!r}")
    return problems, moved


def screenshot(page, path: Path, max_height: int = 15_000) -> None:
    """The whole notebook in one picture: make the window as tall as the notebook, then shoot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    height = min(max(int(page.evaluate(_CONTENT_HEIGHT)), VIEWPORT["height"]), max_height)
    page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
    try:
        time.sleep(0.4)  # relayout and paint of the cells that just came into view
        page.screenshot(path=str(path))
    finally:
        page.set_viewport_size(VIEWPORT)


def check_notebook(page, root: Path, nb_file: Path, shot: Path | None, run_timeout: float = 240) -> Result:
    """Open ``nb_file`` (inside the server root), run all cells from the Run menu, and report what is wrong."""
    started = time.monotonic()
    rel = nb_file.resolve().relative_to(root.resolve()).as_posix()
    result = Result(rel)
    language = notebook_language(nb_file)
    result.theme = page.evaluate(_THEME)["name"]
    errors: list[str] = []

    def on_error(error) -> None:
        errors.append(str(error))

    page.on("pageerror", on_error)
    try:
        status = page.evaluate(_OPEN, [rel, 60_000])
        if status != "idle":
            result.problems.append(f"kernel not ready after opening: {status}")
            return result
        outcome = page.evaluate(_RUN_ALL, int(run_timeout * 1000))
        if outcome != "done":
            result.problems.append(f"Run All Cells did not finish within {run_timeout:.0f} s")
        blocked = _wait_idle(page, timeout=60)
        if blocked:
            result.problems.append(f"blocked: {blocked}")
        expected = stored_expectations(nb_file)
        cells = _wait_settled(page, expected, timeout=45, language=language)
        result.problems += analyse(cells, expected, language)
        shown = [img for c in cells if c["type"] == "code" for img in c["images"]]
        result.images = len(shown)
        result.described = sum(alt_problem(img["alt"], language) is None for img in shown)
        checks = page.evaluate(_CHECK_COLOURS)
        result.check_boxes = len({c["cell"] for c in checks})
        result.problems += colour_problems(checks, page.evaluate(_TRANSPARENT_PIXELS))
        slider_problems, result.sliders_moved = move_sliders(page)
        result.problems += slider_problems
        result.problems += [f"JavaScript error in the page: {e[:200]}" for e in errors]
        if shot is not None:
            screenshot(page, shot)
            result.screenshot = shot
    finally:
        page.remove_listener("pageerror", on_error)
        page.evaluate(_CLOSE)
        result.seconds = time.monotonic() - started
    return result


LIGHT, DARK = "JupyterLab Light", "JupyterLab Dark"


def set_theme(page, name: str, timeout: float = 30) -> dict:
    """Settings → Theme → ``name``, as a learner picks it (the command stores it in the user settings).

    Returns the theme the page then shows: its name, whether it is light, and the page's background colour.
    """
    theme = page.evaluate(_THEME)
    if theme["name"] == name:
        return theme  # already shown: switching costs seconds (the stylesheet is reloaded)
    page.evaluate("t => window.jupyterapp.commands.execute('apputils:change-theme', {theme: t})", name)
    deadline = time.monotonic() + timeout
    while True:
        theme = page.evaluate(_THEME)
        if theme["name"] == name and not page.evaluate("() => document.body.classList.contains('jp-mod-themeLoading')"
                                                        " || !!document.querySelector('.jp-Dialog')"):
            time.sleep(0.5)  # the theme's stylesheet applied to every cell
            return page.evaluate(_THEME)
        if time.monotonic() > deadline:
            raise RuntimeError(f"set_theme: the page still shows {theme} after {timeout:.0f} s")
        time.sleep(0.2)


def translations(server: LabServer) -> dict:
    """The languages JupyterLab's own menus can be switched to (Settings → Language)."""
    return server.api("lab/api/translations")["data"]


def switch_language(page, locale: str, timeout_ms: int = 60_000) -> dict:
    """Settings → Language → ``locale`` as a learner does it: pick the menu entry, accept the dialog, reload.

    Returns what the learner met on the way (the menu entry's label, the dialog's accept button) and, after the
    reload, the menu bar and the label of "Run All Cells".
    """
    command = f"jupyterlab-translation:{locale}"
    entry = page.evaluate("c => window.jupyterapp.commands.label(c)", command)
    page.evaluate("c => { window.jupyterapp.commands.execute(c); }", command)
    page.wait_for_selector(".jp-Dialog .jp-mod-accept", timeout=timeout_ms)
    accept = page.inner_text(".jp-Dialog .jp-mod-accept").strip()
    with page.expect_navigation(timeout=timeout_ms):
        page.click(".jp-Dialog .jp-mod-accept")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started", timeout=timeout_ms)
    page.evaluate("() => window.jupyterapp.restored")
    page.wait_for_function("() => document.querySelectorAll('.lm-MenuBar-itemLabel').length > 3", timeout=timeout_ms)
    menus = page.evaluate("() => [...document.querySelectorAll('.lm-MenuBar-itemLabel')].map(e => e.textContent)")
    run_all = page.evaluate("() => window.jupyterapp.commands.label('notebook:run-all-cells')")
    return {"entry": entry, "accept": accept, "menus": menus, "run_all": run_all}



def save_notebook(page, path: str) -> None:
    """Open ``path`` and save it with File → Save, then close it."""
    page.evaluate("""async (path) => {
      const app = window.jupyterapp;
      const panel = await app.commands.execute('docmanager:open', {path, factory: 'Notebook', kernel: {name: null}});
      await panel.context.ready;
      await app.commands.execute('docmanager:save');
      await panel.sessionContext.shutdown();
      panel.dispose();
    }""", path)
