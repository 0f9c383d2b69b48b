"""The learner's workspace and setup: what course.py (and the Makefile, which only calls it) does for a learner.

The tests play the learner on a clone of a throw-away copy of this repository, never on the work tree: they make the
workspace my-work/, answer an exercise and save, take a course update with ``git pull``, and reset a chapter.
The slow one installs the learner set into a fresh venv, as ``make lab`` does on a fresh clone, checks that no test
tool came with it, and starts JupyterLab until it prints its URL.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest

from tests.requirements_sets import BUILDER, folder_size, installed, learner_pins, tools_for_tests

ROOT = Path(__file__).resolve().parents[1]
GIT = ["git", "-c", "user.name=Course", "-c", "user.email=course@example.invalid", "-c", "init.defaultBranch=main",
       "-c", "advice.detachedHead=false", "-c", "commit.gpgsign=false"]
SKIP_IN_COPY = shutil.ignore_patterns(".git", ".venv", "my-work", "test-artifacts", ".pytest_cache", ".hypothesis",
                                      ".ruff_cache", "__pycache__", "*.egg-info", "build", ".ipynb_checkpoints")
ANSWER = "def relu(x):\n    return x if x > 0 else 0.0  # my answer\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="the learner's course is a git clone")


def load_course():
    spec = importlib.util.spec_from_file_location("course", ROOT / "course.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def git(*args: str, cwd: Path) -> str:
    result = subprocess.run([*GIT, *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def course(clone: Path, *args: str, env: dict | None = None, timeout: float = 300) -> str:
    """``python course.py ARGS`` in the clone, as a learner types it; its output (which must be a success)."""
    result = subprocess.run([sys.executable, "course.py", *args], cwd=clone, capture_output=True, text=True,
                            env=env or learner_env(), timeout=timeout)
    assert result.returncode == 0, f"course.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def learner_env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "COURSE_LANG", "COURSE_VENV", "COURSE_INSTALLER")}
    env.update(COURSE_LANG="en", **extra)  # course.py speaks English here, so that its output can be checked
    return env


def publish(course_dir: Path) -> None:
    """The course as published: this repository's files (committed or not, as git would list them), committed."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True)
    if listed.returncode == 0 and listed.stdout:
        for name in filter(None, listed.stdout.decode().split("\0")):
            if (ROOT / name).is_file():
                (course_dir / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, course_dir / name)
    else:  # not a git work tree (an unpacked archive, say)
        shutil.copytree(ROOT, course_dir, ignore=SKIP_IN_COPY, dirs_exist_ok=True)
    git("init", "-q", cwd=course_dir)
    git("add", "-A", cwd=course_dir)
    git("commit", "-q", "-m", "the course", cwd=course_dir)


@pytest.fixture
def upstream_and_clone(tmp_path):
    upstream, clone = tmp_path / "course", tmp_path / "learner"
    upstream.mkdir()
    publish(upstream)
    git("clone", "-q", str(upstream), str(clone), cwd=tmp_path)
    return upstream, clone


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, notebook: dict) -> None:
    """Save as JupyterLab saves: indented JSON, UTF-8, a final newline."""
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def starter(notebook: dict, exercise: str) -> dict:
    cells = [c for c in notebook["cells"] if c["metadata"].get("exercise") == exercise
             and "exercise-starter" in c["metadata"].get("tags", [])]
    assert len(cells) == 1, f"one starter cell of exercise {exercise!r}"
    return cells[0]


def source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


# --- the learner's workspace -------------------------------------------------------------------------------------

def test_answer_survives_a_course_update_and_reset_keeps_a_backup(upstream_and_clone):
    upstream, clone = upstream_and_clone
    mine = clone / "my-work" / "ja" / "01_relu.ipynb"

    # The first `make lab` makes the workspace: a copy of every shipped notebook, in both languages.
    out = course(clone, "workspace")
    for lang in ("ja", "en"):
        shipped = sorted(p.name for p in (clone / "notebooks" / lang).glob("*.ipynb"))
        assert sorted(p.name for p in (clone / "my-work" / lang).glob("*.ipynb")) == shipped
        for name in shipped:
            assert (clone / "my-work" / lang / name).read_bytes() == (clone / "notebooks" / lang / name).read_bytes()
    assert "made " in out

    # The learner answers an exercise and saves. git does not see it.
    notebook = read(mine)
    starter(notebook, "relu")["source"] = ANSWER
    write(mine, notebook)
    assert git("status", "--porcelain", cwd=clone) == ""
    assert git("check-ignore", "my-work/ja/01_relu.ipynb", cwd=clone).strip() == "my-work/ja/01_relu.ipynb"

    # The course is updated: the same exercise cell and a prose cell change, and a chapter is added.
    shipped_nb = read(upstream / "notebooks" / "ja" / "01_relu.ipynb")
    starter(shipped_nb, "relu")["source"] = "def relu(x):\n    # 更新版\n    raise NotImplementedError"
    prose = next(c for c in shipped_nb["cells"] if c["cell_type"] == "markdown")
    prose["source"] = source(prose) + "\n\n（更新された説明です。）"
    write(upstream / "notebooks" / "ja" / "01_relu.ipynb", shipped_nb)
    shutil.copyfile(upstream / "notebooks" / "ja" / "02_gradient.ipynb", upstream / "notebooks" / "ja" / "99_new.ipynb")
    git("add", "-A", cwd=upstream)
    git("commit", "-q", "-m", "course update", cwd=upstream)

    # `git pull` goes through (nothing of the learner's is in its way), and the answer is still there.
    git("pull", "-q", "--ff-only", cwd=clone)
    assert read(clone / "notebooks" / "ja" / "01_relu.ipynb") == shipped_nb
    out = course(clone, "workspace")
    assert source(starter(read(mine), "relu")) == ANSWER
    assert "ja/01_relu.ipynb" in out and "reset 01" in out, out  # the learner is told that chapter 1 changed
    assert (clone / "my-work" / "ja" / "99_new.ipynb").exists()  # a new chapter is copied; nothing is overwritten

    # A fresh copy of chapter 1 in Japanese: the answer is kept as a backup, the copy is the updated chapter.
    en_before = (clone / "my-work" / "en" / "01_relu.ipynb").read_bytes()
    out = course(clone, "reset", "1", "--lang", "ja")
    assert read(mine) == shipped_nb
    backups = sorted((clone / "my-work" / "backups" / "ja").glob("01_relu-*.ipynb"))
    assert len(backups) == 1 and source(starter(read(backups[0]), "relu")) == ANSWER
    assert (clone / "my-work" / "en" / "01_relu.ipynb").read_bytes() == en_before
    assert "ja/01_relu.ipynb" not in course(clone, "workspace")  # no longer reported as changed

    # Resetting a copy that is already fresh backs up nothing; a second answer gets its own backup, and the first
    # backup stays.
    course(clone, "reset", "01")
    assert sorted((clone / "my-work" / "backups").rglob("*.ipynb")) == backups
    notebook = read(mine)
    starter(notebook, "relu")["source"] = ANSWER.replace("my answer", "second try")
    write(mine, notebook)
    course(clone, "reset", "01_relu")
    again = sorted((clone / "my-work" / "backups" / "ja").glob("01_relu-*.ipynb"))
    assert len(again) == 2 and backups[0] in again
    assert source(starter(read(backups[0]), "relu")) == ANSWER
    assert git("status", "--porcelain", cwd=clone) == ""


def test_tests_and_linter_never_look_in_the_workspace(upstream_and_clone):
    """A workspace notebook that would fail nbval and ruff is neither collected nor linted."""
    _, clone = upstream_and_clone
    course(clone, "workspace")
    broken = read(clone / "my-work" / "ja" / "01_relu.ipynb")
    broken["cells"].append({"cell_type": "code", "execution_count": 1, "id": "learner-scratch", "metadata": {},
                            "outputs": [{"name": "stdout", "output_type": "stream", "text": "not what runs\n"}],
                            "source": "import os, sys\nraise SystemExit(1)"})
    write(clone / "my-work" / "ja" / "01_relu.ipynb", broken)
    write(clone / "my-work" / "ja" / "50_scratch.ipynb", broken)

    # What `make test` runs, collection only: the shipped notebooks and the tests, nothing in my-work/. Which
    # folders pytest walks does not depend on the test files in them, so only this one is kept (the others take
    # most of a minute to import on a busy machine).
    for other in (clone / "tests").glob("test_*.py"):
        if other.name != Path(__file__).name:
            other.unlink()
    env = learner_env()
    collected = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                                "--nbval", "--nbval-current-env", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg"],
                               cwd=clone, capture_output=True, text=True, env=env, timeout=300)
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    assert "notebooks/ja/01_relu.ipynb::" in collected.stdout and "tests/test_workspace.py::" in collected.stdout
    assert "my-work" not in collected.stdout

    # ruff as course.py runs it, and ruff over everything: the workspace is excluded.
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "--show-files", "."], cwd=clone,
                          capture_output=True, text=True, env=env)
    assert ruff.returncode == 0 and "01_relu.ipynb" in ruff.stdout, ruff.stdout[-2000:] + ruff.stderr
    assert "my-work" not in ruff.stdout
    testpaths = tomllib.loads((clone / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["testpaths"]
    assert not any(p.startswith("my-work") for p in testpaths)


def test_reset_of_an_unknown_chapter_names_the_chapters(upstream_and_clone):
    _, clone = upstream_and_clone
    result = subprocess.run([sys.executable, "course.py", "reset", "42"], cwd=clone, capture_output=True,
                            text=True, env=learner_env())
    assert result.returncode == 1 and "01_relu.ipynb" in result.stderr, result.stderr
    assert not (clone / "my-work" / "backups").exists()


# --- course.py and the Makefile ----------------------------------------------------------------------------------

def test_course_py_uses_only_the_standard_library():
    tree = ast.parse((ROOT / "course.py").read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert sorted(imported - set(sys.stdlib_module_names)) == []


def test_lab_listens_on_localhost_and_opens_the_workspace(monkeypatch):
    module = load_course()
    for uid, allow in ((1000, False), (0, True)):
        monkeypatch.setattr(os, "geteuid", lambda uid=uid: uid, raising=False)
        command = module.lab_command(Path("py"), "en", ["--no-browser"])
        assert "--ServerApp.ip=127.0.0.1" in command
        assert f"--ServerApp.root_dir={ROOT / 'my-work'}" in command
        assert "--LabApp.default_url=/lab/tree/en/00_index.ipynb" in command
        assert ("--allow-root" in command) is allow and command[-1] == "--no-browser"
        assert not any("token" in part.lower() for part in command)  # JupyterLab makes a new token each time


def test_venv_layout_follows_the_platform(monkeypatch):
    module = load_course()
    monkeypatch.setattr(module, "WINDOWS", True)
    assert module.venv_python(Path("v")) == Path("v") / "Scripts" / "python.exe"
    assert module.find_uv(Path("no-such-venv")) in (None, *[Path(p) for p in [shutil.which("uv")] if p])
    monkeypatch.setattr(module, "WINDOWS", False)
    assert module.venv_python(Path("v")) == Path("v") / "bin" / "python"


@pytest.mark.skipif(shutil.which("make") is None, reason="no make here")
def test_every_make_target_only_calls_course_py():
    targets = re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(), re.M)
    assert {"lab", "test", "reset", "notebooks", "bench", "setup"} <= set(targets)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE") and k != "COURSE_LANG"}
    make = ["make", "-n", "-s", "--no-print-directory", "PYTHON=python3"]
    for target in targets:
        result = subprocess.run([*make, target, "CHAPTER=03"], cwd=ROOT, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        lines = [line.strip() for line in result.stdout.replace("\\\n", " ").splitlines() if line.strip()]
        assert lines and all(line.startswith(f"python3 course.py {target}") for line in lines), (target, lines)
    dry = subprocess.run([*make, "test", "PYTEST_ARGS=-k relu -x"], cwd=ROOT, capture_output=True, text=True, env=env)
    assert dry.stdout.split() == ["python3", "course.py", "test", "-k", "relu", "-x"]


def test_learner_set_and_test_set_are_apart():
    assert tools_for_tests() and not tools_for_tests() & set(learner_pins())
    assert not BUILDER & set(learner_pins())


# --- a real learner install ---------------------------------------------------------------------------------------

@pytest.mark.slow
def test_fresh_clone_installs_the_learner_set_only_and_lab_prints_its_url(upstream_and_clone, tmp_path):
    """``make lab`` on a fresh clone: a new .venv with the learner set (no test tool), then JupyterLab's URL."""
    _, clone = upstream_and_clone
    # uv beside this Python (course.py installed it there) is found on PATH, so the install takes seconds.
    env = learner_env(PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
                      JUPYTER_CONFIG_DIR=str(tmp_path / "jupyter-config"),
                      JUPYTER_DATA_DIR=str(tmp_path / "jupyter-data"),
                      JUPYTER_RUNTIME_DIR=str(tmp_path / "jupyter-runtime"),
                      IPYTHONDIR=str(tmp_path / "ipython"))
    started = time.monotonic()
    course(clone, "setup", env=env, timeout=600)
    took = time.monotonic() - started
    python = clone / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    have = installed(python)
    assert sorted(have & tools_for_tests()) == [], "make lab would install test tools"
    assert set(learner_pins()) | {"relu-course-helpers"} <= have
    assert BUILDER <= have, "JupyterLab no longer brings the builder's libraries: see tests/requirements_sets.py"
    print(f"learner set: installed in {took:.1f} s, venv {folder_size(clone / '.venv') / 1e6:.0f} MB")

    # `course.py lab` (what `make lab` runs): JupyterLab prints a URL with a token and serves the workspace.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    lab = subprocess.Popen([sys.executable, "course.py", "lab", "--no-browser", f"--ServerApp.port={port}"], cwd=clone,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    seen, url = [], None
    no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1 is never behind a proxy
    try:
        deadline = time.monotonic() + 120
        while url is None and time.monotonic() < deadline and lab.poll() is None:
            line = lab.stdout.readline()
            seen.append(line)
            match = re.search(r"(http://127\.0\.0\.1:\d+)/lab\S*\?token=(\w+)", line)
            if match:
                url = match
        assert url, "no URL from JupyterLab:\n" + "".join(seen[-40:])
        # The URL is printed as the server starts listening; on a busy machine the first answer may take a moment.
        listing, deadline = None, time.monotonic() + 60
        while listing is None and time.monotonic() < deadline and lab.poll() is None:
            try:
                with no_proxy.open(f"{url.group(1)}/api/contents/ja?token={url.group(2)}", timeout=30) as reply:
                    listing = json.load(reply)
            except OSError:
                time.sleep(0.5)
        if listing is None:
            lab.terminate()
            pytest.fail(f"JupyterLab printed {url.group(0)} but did not answer:\n{''.join(seen)}{lab.stdout.read()}")
        assert "01_relu.ipynb" in {item["name"] for item in listing["content"]}
        assert (clone / "my-work" / "ja" / "01_relu.ipynb").exists()
    finally:
        lab.terminate()
        try:
            lab.wait(timeout=30)
        except subprocess.TimeoutExpired:
            lab.kill()
            lab.wait()
        lab.stdout.close()
