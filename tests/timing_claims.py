"""Chapter 6's claims about timings, checked against fresh measurements (issue 10, item 4).

Each :class:`Claim` ties a phrase of the prose (English and Japanese, as they stand in the built notebooks) to a test
on the measurement of one timing cell. ``tests/test_timing.py`` checks that every phrase is still in the notebooks,
so the prose and this list cannot drift apart; running this module re-executes the chapter's code cells several
times in a row and checks every claim after every run of its cell::

    .venv/bin/python -m tests.timing_claims --runs 5        # from the repository root

Comparisons that a run can decide either way (list comprehension vs loop, the input checks, a fresh array, float32
vs float64, memory-bound or not, the whole np.where vs the selection alone) make no claim in the prose: their verdict
is printed from the measurement, with a catalogue line for every outcome (``VERDICTS``, checked by
``tests/test_timing.py``).

It prints one line per run and claim (the measured value and "holds" / "FAILS") and exits with 1 if any claim
failed. The cells run in this process in the order of the notebook, as a learner runs them (English catalogue).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = {lang: ROOT / "notebooks" / lang / "06_speed.ipynb" for lang in ("en", "ja")}


@dataclass(frozen=True)
class Claim:
    cell: str  # the timing cell whose measurement backs the claim
    prose: str  # id of the markdown cell that makes the claim
    en: str  # the claim's words in the English cell
    ja: str  # ... and in the Japanese cell
    value: Callable[[dict], float]  # the measured quantity, from the namespace after the cell ran
    holds: Callable[[float], bool]
    what: str  # what is checked, for the report


def _t(ns: dict, name: str) -> float:
    return ns["times"][name]


CLAIMS = [
    Claim("loop-time", "why-loop-slow", "how much longer the loops take than NumPy",
          "ループは NumPy よりずっと時間がかかります",
          lambda ns: min(_t(ns, "for + max"), _t(ns, "[max(0.0, v) for v in values]")) / _t(ns, "np.maximum(x, 0)"),
          lambda r: r > 10, "slower loop / np.maximum > 10"),
    Claim("limit-time", "limit-intro", 'ReLU therefore cannot "beat" the limit',
          "ReLU が上限を「破る」ことはありません",
          lambda ns: ns["times"]["helpers.relu(big, out=out)"] / ns["limit"], lambda r: r >= 1,
          "relu(out=) / limit >= 1"),
    Claim("limit-time", "limit-intro", 'ReLU therefore cannot "beat" the limit',
          "ReLU が上限を「破る」ことはありません",
          lambda ns: ns["times"]["helpers.relu(inplace, out=inplace)"] / ns["inplace_limit"], lambda r: r >= 1,
          "relu in place / in-place limit >= 1"),
    Claim("where-time", "title", "is slower than `np.maximum(x, 0)`", "がなぜ `np.maximum(x, 0)` より遅いのか",
          lambda ns: _t(ns, "np.where(big > 0, big, 0)") / _t(ns, "np.maximum(big, 0)"), lambda r: r > 1,
          "np.where / np.maximum > 1"),
    Claim("where-time", "where-after", "making a temporary array is not the main cause of the difference",
          "一時配列を作ること自体は差の主な原因ではありません",
          lambda ns: _t(ns, "big > 0") / _t(ns, "np.where(big > 0, big, 0)"), lambda r: r < 0.5,
          "mask share of np.where < 0.5"),
    Claim("where-time", "where-after", "Most of the time goes into the **selection**", "時間の大部分は**選択**",
          lambda ns: _t(ns, "np.where(mask, big, 0)") / _t(ns, "np.where(big > 0, big, 0)"), lambda r: r > 0.5,
          "selection share of np.where > 0.5"),
    Claim("where-time", "where-after", "takes less time on the array grouped by sign",
          "符号でまとめ直した配列では時間が短くなります",
          lambda ns: _t(ns, "np.where(mask, big, 0)") / _t(ns, "np.where(mask_by_sign, by_sign, 0)"), lambda r: r > 1,
          "random order / grouped > 1"),
]


# Catalogue prefix -> the outcomes its verdict function can return; every one needs a line in both languages.
VERDICTS = {
    "speed.comprehension_vs_loop": ("faster", "same", "slower"),
    "speed.checks_cost": ("faster", "same", "slower"),
    "speed.fresh_extra": ("faster", "same", "slower"),
    "speed.copy.verdict": ("faster", "same", "slower"),
    "speed.whole_vs_selection": ("faster", "same", "slower"),
    "speed.float32": ("below_half", "half", "less", "same", "longer"),
    "speed.memory_bound": ("yes", "no", "neither"),
    "speed.copy.positive_verdict": ("faster", "same", "slower"),
}


def load(lang: str = "en") -> dict:
    return json.loads(NOTEBOOKS[lang].read_text(encoding="utf-8"))


def normalised(text: str) -> str:
    """Runs of white space as one space (source lines are wrapped differently from the built cells)."""
    return " ".join(text.split())


def markdown(nb: dict) -> dict[str, str]:
    """Markdown cell id -> its text, white space normalised."""
    return {c["id"]: normalised("".join(c["source"])) for c in nb["cells"] if c["cell_type"] == "markdown"}


def code_cells(nb: dict) -> list[tuple[str, str, bool]]:
    """(id, source, is a timing cell) of every code cell, in order."""
    return [(c["id"], "".join(c["source"]), "nbval-ignore-output" in c.get("metadata", {}).get("tags", []))
            for c in nb["cells"] if c["cell_type"] == "code"]


def run(runs: int, out=sys.stdout) -> int:
    """Execute the notebook's code once, then its timing cells ``runs`` times; return the number of failed claims."""
    cells = code_cells(load("en"))
    ns: dict = {"__name__": "__chapter6__"}
    failed = 0
    for number in range(1, runs + 1):
        for cell_id, source, timing in cells:
            if number > 1 and not timing:
                continue
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source, cell_id, "exec"), ns)  # noqa: S102 - the course's own notebook
            for claim in (c for c in CLAIMS if c.cell == cell_id):
                value = claim.value(ns)
                ok = claim.holds(value)
                failed += not ok
                print(f"run {number}  {cell_id:<11} {claim.what:<38} {value:8.3f}  {'holds' if ok else 'FAILS'}",
                      file=out, flush=True)
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.timing_claims", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="how many times the timing cells run (default 5)")
    args = parser.parse_args(argv)
    failed = run(args.runs)
    print(f"{len(CLAIMS) * args.runs - failed} of {len(CLAIMS) * args.runs} claim checks held")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
