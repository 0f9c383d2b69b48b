"""The two dependency sets: requirements.txt (the learner set) and requirements-test.txt (the test set on top).

Used by tests/test_binder.py and tests/test_workspace.py.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEARNER_FILE = ROOT / "requirements.txt"
TEST_FILE = ROOT / "requirements-test.txt"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)$")
# The notebook builder's libraries are in the test set, pinned; JupyterLab depends on them as well (jupyter-server
# on nbformat, nbconvert on nbclient), so a learner install has them too, unpinned. They are not test tools.
BUILDER = frozenset({"nbformat", "nbclient"})


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(text: str) -> tuple[dict[str, str], list[str]]:
    """``name==version`` lines as {normalised name: version}, and every other requirement line (not a pin)."""
    found, other = {}, []
    for raw in text.splitlines():
        line = raw.split(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        if match:
            found[normalise(match.group(1))] = match.group(2)
        else:
            other.append(line)
    return found, other


def learner_pins() -> dict[str, str]:
    return pins(LEARNER_FILE.read_text())[0]


def tools_for_tests() -> set[str]:
    """What only the tests need: the pins of requirements-test.txt, without the builder's libraries."""
    return set(pins(TEST_FILE.read_text())[0]) - BUILDER


# Stdlib only, so that it runs in any venv: the normalised name of every installed distribution.
LIST_INSTALLED = ("import importlib.metadata as m, json, re; "
                  "print(json.dumps(sorted({re.sub(r'[-_.]+', '-', d.metadata['Name']).lower() "
                  "for d in m.distributions()})))")


def installed(python: Path, **kwargs) -> set[str]:
    """Normalised names of the distributions installed in the environment of ``python``."""
    result = subprocess.run([str(python), "-c", LIST_INSTALLED], capture_output=True, text=True, check=True,
                            **kwargs)
    return set(json.loads(result.stdout))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
