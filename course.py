"""The course's commands, on any system with Python 3.11 to 3.13 (no make, no bash needed).

    python course.py lab [--lang ja|en]   set up .venv (the learner set), then open your workspace in JupyterLab
    python course.py test [pytest args]   set up .venv (the learner and test sets), then ruff and every test
    python course.py reset CHAPTER [--lang ja|en]   a fresh copy of one chapter; yours is kept in my-work/backups/
    python course.py workspace            make or complete your workspace my-work/ without starting JupyterLab
    python course.py setup [--test]       only install: the learner set (with --test, the test set too)
    python course.py lint | notebooks [args] | check-notebooks | bench [args] | clean

``lab`` passes options it does not know on to JupyterLab (``--no-browser``, ``--ServerApp.port=8889``).
On Windows, type ``py course.py lab``. The Makefile calls this file, so ``make lab`` and ``python course.py lab`` do
the same thing. Only the standard library is used here: this file runs before anything is installed.

Your workspace ``my-work/ja/`` and ``my-work/en/`` holds your own copies of the notebooks, made from ``notebooks/``
the first time and never overwritten afterwards; git ignores it, and neither the tests nor the notebook builder read
it. Installation uses uv when it can be had (it installs from the same package index as pip) and pip otherwise;
``COURSE_INSTALLER=pip`` forces pip.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
WINDOWS = os.name == "nt"
NOTEBOOKS = ROOT / "notebooks"
WORKSPACE = ROOT / "my-work"
BACKUPS = WORKSPACE / "backups"
MANIFEST = WORKSPACE / ".course-copies.json"  # which shipped version each copy was made from (hidden in JupyterLab)
LANGUAGES = ("ja", "en")
LEARNER = ("requirements.txt", "pyproject.toml")  # what the learner set is made from
TEST = (*LEARNER, "requirements-test.txt")
SUPPORTED = ((3, 11), (3, 13))  # the oldest and newest Python the suite passed on
PYTEST = ["--nbval", "--nbval-current-env", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg",
          "-n", "2", "--dist", "loadfile"]
RUFF = ["check", "course.py", "helpers", "tests", "notebooks"]
CLEAN = (".pytest_cache", ".hypothesis", ".ruff_cache", "test-artifacts")  # never my-work/


# What this file prints, in the learner's language (COURSE_LANG, or `lab --lang`; Japanese unless told).
MESSAGES = {
    "old-python": {
        "ja": "Python {version} は古すぎます。このコースには Python 3.11、3.12、3.13 のどれかが必要です（{python}）。",
        "en": "Python {version} is too old: the course needs Python 3.11, 3.12 or 3.13 ({python}).",
    },
    "new-python": {
        "ja": "注意: Python {version} では、このコースはまだ確かめていません（確かめたのは 3.11 から 3.13 です）。",
        "en": "warning: the course has not been tested on Python {version} (only on 3.11 to 3.13).",
    },
    "venv": {
        "ja": "仮想環境 {venv}/ を Python {version} で作ります。",
        "en": "making the virtual environment {venv}/ with Python {version}",
    },
    "get-uv": {
        "ja": "速いインストーラー uv を仮想環境に入れます（pip install uv）。",
        "en": "installing uv, the fast installer, into the venv (pip install uv)",
    },
    "no-uv": {
        "ja": "uv が使えないので、pip でインストールします（時間がかかります）。",
        "en": "uv cannot be had here: installing with pip instead (slower)",
    },
    "installing": {
        "ja": "{requirements} を {tool} でインストールします。",
        "en": "installing {requirements} with {tool}",
    },
    "install-failed": {
        "ja": "{tool} で {requirements} をインストールできませんでした。",
        "en": "{tool} could not install {requirements}",
    },
    "made": {
        "ja": "作業フォルダ {workspace}/ にノートブックを {count} 個作りました。"
              "自分用のコピーで、上書きされることはありません。",
        "en": "made {count} {noun} in your workspace {workspace}/ (your own copies, never overwritten)",
    },
    "updated": {
        "ja": "コピーを作ったあとで、コースの {key} が更新されました。あなたのコピーはそのままです。"
              "`python course.py reset {chapter}` で新しい版を取り出せます（今のコピーはバックアップとして残ります）。",
        "en": "the course has changed {key} since your copy was made; your copy is unchanged. "
              "`python course.py reset {chapter}` gives you the new version and keeps yours as a backup.",
    },
    "opening": {
        "ja": "{workspace}/{lang}/00_index.ipynb を開きます。JupyterLab が新しいトークン付きの URL を下に表示します。",
        "en": "opening {workspace}/{lang}/00_index.ipynb; JupyterLab prints a URL with a new token below",
    },
    "no-chapter": {
        "ja": "notebooks/ に章 {chapter!r} はありません（あるのは {names} です）。",
        "en": "no chapter {chapter!r} in notebooks/ (there are {names})",
    },
    "kept": {
        "ja": "これまでの {lang}/{name} は {backup} に残しました。",
        "en": "your {lang}/{name} is kept as {backup}",
    },
    "fresh": {
        "ja": "新しいコピーを作りました: {workspace}/{lang}/{name}",
        "en": "fresh copy: {workspace}/{lang}/{name}",
    },
    "where": {
        "ja": "作業フォルダ: {workspace}",
        "en": "your workspace: {workspace}",
    },
    "bad-lang": {
        "ja": "COURSE_LANG は ja か en にしてください（{lang!r} ではなく）。",
        "en": "COURSE_LANG must be ja or en, not {lang!r}",
    },
    "bad-installer": {
        "ja": "COURSE_INSTALLER は uv か pip にしてください（{choice!r} ではなく）。",
        "en": "COURSE_INSTALLER must be uv or pip, not {choice!r}",
    },
}
LANG = "ja"


def text(key: str, /, **values) -> str:
    return MESSAGES[key][LANG].format(**values)


def say(key: str, /, **values) -> None:
    print(f"course.py: {text(key, **values)}", flush=True)


def fail(key: str, /, **values) -> None:
    print(f"course.py: {text(key, **values)}", file=sys.stderr, flush=True)
    raise SystemExit(1)


# --- the virtual environment ------------------------------------------------------------------------------------

def venv_dir() -> Path:
    return ROOT / os.environ.get("COURSE_VENV", ".venv")


def scripts(venv: Path) -> Path:
    """Where a venv keeps its programs: ``Scripts`` on Windows, ``bin`` elsewhere."""
    return venv / ("Scripts" if WINDOWS else "bin")


def program(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if WINDOWS else name)


def venv_python(venv: Path | None = None) -> Path:
    return program(scripts(venv or venv_dir()), "python")


def run(command: list, **kwargs) -> int:
    return subprocess.run([str(part) for part in command], cwd=ROOT, **kwargs).returncode


def fingerprint(files: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    return digest.hexdigest()


def check_python() -> None:
    version = sys.version_info[:2]
    if version < SUPPORTED[0]:
        fail("old-python", version=f"{version[0]}.{version[1]}", python=sys.executable)
    if version > SUPPORTED[1]:
        say("new-python", version=f"{version[0]}.{version[1]}")


def find_uv(venv: Path) -> Path | None:
    """uv in the venv, on PATH, or beside the Python running this file; None when there is none."""
    candidates = [program(scripts(venv), "uv")]
    on_path = shutil.which("uv")
    if on_path:
        candidates.append(Path(on_path))
    candidates.append(program(Path(sys.executable).parent, "uv"))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def get_uv(venv: Path) -> Path | None:
    """uv, if need be installed into the venv with pip from the package index; None when it cannot be had."""
    uv = find_uv(venv)
    if uv is not None:
        return uv
    python = venv_python(venv)
    if run([python, "-m", "pip", "--version"], capture_output=True) != 0:
        run([python, "-m", "ensurepip", "--default-pip"], capture_output=True)
    say("get-uv")
    if run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "uv"]) == 0:
        uv = program(scripts(venv), "uv")
        if uv.is_file():
            return uv
    say("no-uv")
    return None


PIP_TO_UV = {"PIP_INDEX_URL": ("UV_DEFAULT_INDEX", "UV_INDEX_URL"),
             "PIP_EXTRA_INDEX_URL": ("UV_INDEX", "UV_EXTRA_INDEX_URL"),
             "PIP_FIND_LINKS": ("UV_FIND_LINKS",)}


def install(venv: Path, requirements: str) -> None:
    python = venv_python(venv)
    choice = os.environ.get("COURSE_INSTALLER", "").strip().lower()
    if choice not in ("", "uv", "pip"):
        fail("bad-installer", choice=choice)
    uv = None if choice == "pip" else get_uv(venv)
    if uv is None and choice == "uv":
        fail("install-failed", tool="uv", requirements=requirements)
    if uv is not None:
        env = dict(os.environ)
        # A package index given to pip in the environment applies to uv too (pip's config files are pip's only;
        # should uv fail for want of them, pip takes over below).
        for pip_name, uv_names in PIP_TO_UV.items():
            if pip_name in env and not set(uv_names) & env.keys():
                env[uv_names[0]] = env[pip_name]
        say("installing", requirements=requirements, tool="uv")
        # No --compile-bytecode: compiling every file took longer here (130 s to JupyterLab's URL, not 43 s) than the
        # first start compiling what it imports.
        if run([uv, "pip", "install", "--quiet", "--python", python, "-r", requirements], env=env) == 0:
            return
        if choice == "uv":
            fail("install-failed", tool="uv", requirements=requirements)
        say("no-uv")
    if run([python, "-m", "pip", "--version"], capture_output=True) != 0:
        run([python, "-m", "ensurepip", "--default-pip"])
    say("installing", requirements=requirements, tool="pip")
    if run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirements]) != 0:
        fail("install-failed", tool="pip", requirements=requirements)


def setup(test: bool = False) -> Path:
    """Make .venv if it is missing and install the learner set (and the test set) when a file of it changed."""
    check_python()
    venv = venv_dir()
    python = venv_python(venv)
    if not python.exists():
        say("venv", venv=venv.name, version=sys.version.split()[0])
        if run([sys.executable, "-m", "venv", venv]) != 0:
            raise SystemExit(1)
    stamp = venv / ".course-installed.json"
    try:
        installed = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        installed = {}
    for name, files, requirements in [("learner", LEARNER, "requirements.txt"),
                                      ("test", TEST, "requirements-test.txt")][:2 if test else 1]:
        wanted = fingerprint(files)
        if installed.get(name) != wanted:
            install(venv, requirements)
            installed[name] = wanted
            if name == "test":  # the test set includes the learner set (-r requirements.txt)
                installed["learner"] = fingerprint(LEARNER)
            stamp.write_text(json.dumps(installed, indent=1) + "\n", encoding="utf-8")
    return python


# --- the learner's workspace ------------------------------------------------------------------------------------

def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shipped(lang: str) -> list[Path]:
    return sorted((NOTEBOOKS / lang).glob("*.ipynb"))


def load_manifest() -> dict:
    try:
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_manifest(manifest: dict) -> None:
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def workspace() -> list[str]:
    """Copy every shipped notebook that has no copy in my-work/ yet; never overwrite one.

    Returns the copies whose shipped notebook changed since the copy was made (``ja/03_dying_relu.ipynb``).
    """
    manifest = load_manifest()
    made, updated = [], []
    for lang in LANGUAGES:
        (WORKSPACE / lang).mkdir(parents=True, exist_ok=True)
        for source in shipped(lang):
            key = f"{lang}/{source.name}"
            copy = WORKSPACE / lang / source.name
            if not copy.exists():
                shutil.copyfile(source, copy)
                manifest[key] = sha256(source)
                made.append(key)
            elif manifest.get(key) not in (None, sha256(source)):
                updated.append(key)
    save_manifest(manifest)
    if made:
        say("made", count=len(made), noun="notebook" if len(made) == 1 else "notebooks", workspace=WORKSPACE.name)
    return updated


def chapter_files(chapter: str, lang: str) -> list[Path]:
    wanted = chapter.strip()
    if wanted.isdigit():
        wanted = f"{int(wanted):02d}_"
    return [p for p in shipped(lang) if p.name.startswith(wanted) or p.stem == wanted]


def backup_path(copy: Path, lang: str) -> Path:
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = BACKUPS / lang / f"{copy.stem}-{stamp}{copy.suffix}"
    n = 2
    while target.exists():
        target = BACKUPS / lang / f"{copy.stem}-{stamp}-{n}{copy.suffix}"
        n += 1
    return target


def reset(chapter: str, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """A fresh copy of one chapter from notebooks/; the learner's copy is first copied to my-work/backups/.

    Returns the backups made (none for a copy that is the same as the shipped notebook).
    """
    found = {lang: chapter_files(chapter, lang) for lang in languages}
    if not any(found.values()):
        names = ", ".join(p.name for p in shipped(LANGUAGES[0]))
        fail("no-chapter", chapter=chapter, names=names)
    workspace()
    manifest = load_manifest()
    backups = []
    for lang, sources in found.items():
        for source in sources:
            copy = WORKSPACE / lang / source.name
            if copy.exists() and copy.read_bytes() != source.read_bytes():
                backup = backup_path(copy, lang)
                backup.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(copy, backup)
                backups.append(backup)
                say("kept", lang=lang, name=copy.name, backup=backup.relative_to(ROOT).as_posix())
            shutil.copyfile(source, copy)
            manifest[f"{lang}/{source.name}"] = sha256(source)
            say("fresh", workspace=WORKSPACE.name, lang=lang, name=source.name)
    save_manifest(manifest)
    return backups


# --- the commands -----------------------------------------------------------------------------------------------

def lab_command(python: Path, lang: str, extra: list[str] = ()) -> list[str]:
    """``jupyter lab`` on 127.0.0.1 (with the token it makes anew each time), serving my-work/, at the index."""
    command = [str(python), "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={WORKSPACE}",
               f"--LabApp.default_url=/lab/tree/{lang}/00_index.ipynb"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # JupyterLab refuses to run as root unless told; containers often are root
    return [*command, *extra]


def lab(lang: str, extra: list[str]) -> int:
    python = setup()
    for key in workspace():
        say("updated", key=key, chapter=key.split("/")[1][:2])
    command = lab_command(python, lang, extra)
    say("opening", workspace=WORKSPACE.name, lang=lang)
    if not WINDOWS:
        os.chdir(ROOT)
        os.execv(command[0], command)  # JupyterLab takes over this process, so Ctrl-C reaches it directly
    process = subprocess.Popen(command, cwd=ROOT)
    try:
        return process.wait()
    except KeyboardInterrupt:  # Windows: JupyterLab got the Ctrl-C too and shuts down by itself
        return process.wait()


def test(args: list[str]) -> int:
    python = setup(test=True)
    code = run([python, "-m", "ruff", *RUFF])
    if code != 0:
        return code
    return run([python, "-m", "pytest", *PYTEST, *args])


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show Japanese shows "?" instead of failing
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    global LANG
    LANG = os.environ.get("COURSE_LANG", "").strip() or "ja"
    if LANG not in LANGUAGES:
        LANG = "en" if LANG.startswith("en") else "ja"
        fail("bad-lang", lang=os.environ["COURSE_LANG"])
    commands = ("lab", "test", "reset", "workspace", "setup", "lint", "notebooks", "check-notebooks", "bench",
                "clean")
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in commands:
        print(__doc__.strip())
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    command, rest = argv[0], argv[1:]
    # Commands that pass their arguments on unchanged (to pytest, build.py or helpers.bench).
    if command == "test":
        return test(rest)
    if command == "notebooks":
        return run([setup(test=True), "notebooks/src/build.py", *rest])
    if command == "check-notebooks":
        return run([setup(test=True), "notebooks/src/build.py", "--check", *rest])
    if command == "bench":
        return run([setup(), "-m", "helpers.bench", *rest])
    if command == "lint":
        return run([setup(test=True), "-m", "ruff", *RUFF, *rest])

    parser = argparse.ArgumentParser(prog=f"course.py {command}", allow_abbrev=False)
    if command in ("lab", "reset"):
        # lab: COURSE_LANG, or Japanese; reset: both languages unless one is named.
        parser.add_argument("--lang", choices=LANGUAGES, default=LANG if command == "lab" else None)
    if command == "reset":
        parser.add_argument("chapter", help="the chapter's number (03) or file name (03_dying_relu)")
    if command == "setup":
        parser.add_argument("--test", action="store_true", help="also install the test set")
    # lab passes what it does not know on to JupyterLab (`python course.py lab --no-browser --ServerApp.port=8889`).
    options, extra = parser.parse_known_args(rest) if command == "lab" else (parser.parse_args(rest), [])
    if command == "lab":
        LANG = options.lang
        return lab(options.lang, extra)
    if command == "reset":
        reset(options.chapter, (options.lang,) if options.lang else LANGUAGES)
        return 0
    if command == "workspace":
        for key in workspace():
            say("updated", key=key, chapter=key.split("/")[1][:2])
        say("where", workspace=WORKSPACE)
        return 0
    if command == "setup":
        setup(test=options.test)
        return 0
    if command == "clean":  # the venv and the caches; never the learner's workspace
        for name in (venv_dir().name, *CLEAN):
            shutil.rmtree(ROOT / name, ignore_errors=True)
        return 0
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
