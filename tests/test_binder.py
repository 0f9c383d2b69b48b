"""Binder: binder/ holds what mybinder.org (repo2docker) needs, the learner set pinned like requirements.txt, and it
works.

The rehearsal builds what repo2docker builds, as far as this machine allows: a fresh venv of the Python named in
binder/runtime.txt, only binder/requirements.txt installed into it, then binder/postBuild run from the repository
root with that venv first on PATH. That venv holds no test tool, so nbval runs from the test venv with a kernel of
the Binder venv: every Japanese notebook (the English ones run the same code) is executed with exactly what
Binder installs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.requirements_sets import installed, pins, tools_for_tests

ROOT = Path(__file__).resolve().parents[1]
BINDER = ROOT / "binder"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def drift(requirements: str, binder: str) -> list[str]:
    """How binder/requirements.txt differs from requirements.txt; empty when every pin is the same."""
    want, _ = pins(requirements)
    have, unpinned = pins(binder)
    problems = [f"binder/requirements.txt lacks {name}=={version} (requirements.txt pins it)"
                for name, version in sorted(want.items()) if name not in have]
    problems += [f"binder/requirements.txt pins {name}=={have[name]}, requirements.txt pins {version}"
                 for name, version in sorted(want.items()) if name in have and have[name] != version]
    problems += [f"binder/requirements.txt has {name}=={version}, which requirements.txt does not pin"
                 for name, version in sorted(have.items()) if name not in want]
    problems += [f"binder/requirements.txt: not an exact pin: {line!r}" for line in unpinned]
    return problems


def runtime_version() -> str:
    text = (BINDER / "runtime.txt").read_text().strip()
    match = re.fullmatch(r"python-(3\.\d+)", text)
    assert match, f"binder/runtime.txt must read like python-3.11, not {text!r}"
    return match.group(1)


# --- the files -------------------------------------------------------------------------------------------------

def test_binder_pins_are_the_pins_of_requirements_txt():
    problems = drift((ROOT / "requirements.txt").read_text(), (BINDER / "requirements.txt").read_text())
    assert problems == [], "copy the pins of requirements.txt to binder/requirements.txt:\n" + "\n".join(problems)


def test_requirements_txt_pins_everything_but_the_course_package():
    _, other = pins((ROOT / "requirements.txt").read_text())
    assert other == ["-e ."]


def test_requirements_test_txt_is_the_learner_set_plus_pinned_test_tools():
    learner, _ = pins((ROOT / "requirements.txt").read_text())
    test, other = pins((ROOT / "requirements-test.txt").read_text())
    assert other == ["-r requirements.txt"]  # the test set includes the learner set, and pins everything else
    assert not set(learner) & set(test), "a package is pinned in both sets: pin it once"
    assert {"nbval", "pytest", "pytest-xdist", "hypothesis", "ruff", "playwright"} <= tools_for_tests()
    assert {"nbformat", "nbclient"} <= set(test)  # notebooks/src/build.py imports them


def test_binder_holds_no_test_tool():
    binder, _ = pins((BINDER / "requirements.txt").read_text())
    assert sorted(set(binder) & tools_for_tests()) == []


def test_drift_is_reported():
    requirements = "numpy==2.4.6\nscipy==1.17.1\n-e .\n"
    assert drift(requirements, "numpy==2.4.6\nscipy==1.17.1\n") == []
    problems = drift(requirements, "numpy==2.4.5\nmatplotlib==3.11.2\npandas\n")
    assert problems == [
        "binder/requirements.txt lacks scipy==1.17.1 (requirements.txt pins it)",
        "binder/requirements.txt pins numpy==2.4.5, requirements.txt pins 2.4.6",
        "binder/requirements.txt has matplotlib==3.11.2, which requirements.txt does not pin",
        "binder/requirements.txt: not an exact pin: 'pandas'",
    ]


def test_binder_has_the_japanese_interface_language_pack():
    assert "jupyterlab-language-pack-ja-jp" in pins((BINDER / "requirements.txt").read_text())[0]


def test_runtime_is_a_python_the_course_supports():
    version = runtime_version()
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires.startswith(">=3.") and int(version.split(".")[1]) >= int(requires.split(".")[1])
    assert f"Python {version}" in (ROOT / "README.md").read_text()  # "Python 3.11, 3.12 or 3.13"


def test_postbuild_is_executable_and_installs_the_course_package():
    post_build = BINDER / "postBuild"
    assert post_build.read_text().startswith("#!/bin/bash\n")
    assert os.access(post_build, os.X_OK)
    if shutil.which("git") and (ROOT / ".git").exists():
        staged = subprocess.run(["git", "ls-files", "-s", "binder/postBuild"], cwd=ROOT, capture_output=True,
                                text=True).stdout
        assert staged == "" or staged.startswith("100755"), f"git must record postBuild as executable: {staged}"
    assert re.search(r"^python -m pip install .*--no-deps \.$", post_build.read_text(), re.M)


def test_readme_badges_open_each_index_in_jupyterlab():
    readme = (ROOT / "README.md").read_text()
    links = re.findall(r"\]\((https://mybinder\.org/v2/gh/[^)\s]+)\)", readme)
    targets = {}
    for link in links:
        match = re.fullmatch(r"https://mybinder\.org/v2/gh/[\w.-]+/[\w.-]+/[\w.-]+\?urlpath=lab/tree/(\S+)", link)
        assert match, f"not a JupyterLab Binder link: {link}"
        targets[match.group(1)] = link
    assert {"notebooks/ja/00_index.ipynb", "notebooks/en/00_index.ipynb"} <= set(targets), links
    assert all((ROOT / path).exists() for path in targets)
    assert "https://mybinder.org/badge_logo.svg" in readme


# --- the rehearsal ---------------------------------------------------------------------------------------------

SKIP_IN_COPY = shutil.ignore_patterns(".git", ".venv", "test-artifacts", ".pytest_cache", ".hypothesis",
                                      ".ruff_cache", "__pycache__", "*.egg-info", "build", ".ipynb_checkpoints")


def run(command: list[str], timings: dict, step: str, **kwargs) -> subprocess.CompletedProcess:
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    timings[step] = round(time.monotonic() - started, 1)
    output = f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    assert result.returncode == 0, f"{step} failed ({result.returncode}):\n{output}"
    return result


@pytest.mark.slow
def test_binder_rehearsal(tmp_path):
    """A fresh venv from binder/ only, postBuild run as repo2docker runs it, then nbval over every Japanese
    notebook."""
    version = runtime_version()
    python = shutil.which(f"python{version}")
    if python is None:
        reason = f"no python{version} (binder/runtime.txt) to rehearse the Binder build with"
        if in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    # repo2docker builds from a copy of the repository: so does the rehearsal, and the work tree stays untouched.
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=SKIP_IN_COPY)
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "MPLBACKEND")}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", VIRTUAL_ENV=str(venv),
               PIP_DISABLE_PIP_VERSION_CHECK="1")
    timings: dict[str, float] = {}
    run([python, "-m", "venv", str(venv)], timings, "venv")
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-compile",
         "-r", str(repo / "binder" / "requirements.txt")], timings, "pip install -r binder/requirements.txt",
        cwd=repo, env=env)
    run([str(repo / "binder" / "postBuild")], timings, "binder/postBuild", cwd=repo, env=env)
    run([str(venv / "bin" / "python"), "-m", "pip", "check"], timings, "pip check", env=env)

    # helpers comes from the venv (installed by postBuild), not from the copy of the repository.
    where = run([str(venv / "bin" / "python"), "-c", "import helpers; print(helpers.__file__)"], timings,
                "import helpers", cwd=tmp_path, env=env).stdout.strip()
    assert Path(where).is_relative_to(venv), where
    packs = run([str(venv / "bin" / "python"), "-c",
                 "from importlib.metadata import entry_points; "
                 "print(sorted(e.name for e in entry_points(group='jupyterlab.languagepack')))"],
                timings, "language packs", env=env).stdout
    assert "ja_JP" in packs, packs

    # Binder installs the learner set only: not one test tool, but the kernel and the Japanese interface.
    have = installed(venv / "bin" / "python", env=env)
    assert sorted(have & tools_for_tests()) == [], "Binder would install test tools"
    assert {"jupyterlab", "ipykernel", "jupyterlab-language-pack-ja-jp", "relu-course-helpers"} <= have

    # nbval runs from the test venv; the notebooks run in a kernel of the Binder venv (a kernelspec made here).
    kernels = tmp_path / "jupyter"
    (kernels / "kernels" / "binder").mkdir(parents=True)
    (kernels / "kernels" / "binder" / "kernel.json").write_text(json.dumps({
        "argv": [str(venv / "bin" / "python"), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Binder rehearsal", "language": "python"}))
    env["JUPYTER_PATH"] = str(kernels)
    probe = run([sys.executable, "-c", "from jupyter_client.kernelspec import get_kernel_spec; "
                 "print(get_kernel_spec('binder').argv[0])"], timings, "kernelspec", env=env).stdout.strip()
    assert probe == str(venv / "bin" / "python"), probe

    # The Japanese notebooks only: their code is the English notebooks' code (tests/test_notebooks.py checks the
    # parity), they also need the Japanese font, and the main nbval run already checks both languages' outputs.
    notebooks = sorted(str(p.relative_to(repo)) for p in (repo / "notebooks" / "ja").glob("*.ipynb"))
    assert len(notebooks) >= 7
    result = run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--nbval",
                  "--nbval-kernel-name", "binder", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg", *notebooks],
                 timings, "nbval over every Japanese notebook", cwd=repo, env=env)
    print(result.stdout.strip().splitlines()[-1])
    print("Binder rehearsal (seconds):", timings)
    assert re.search(r"\b\d+ passed\b", result.stdout) and " failed" not in result.stdout
