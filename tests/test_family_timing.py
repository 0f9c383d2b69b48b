"""Chapter 5's timing cell, re-executed: its printed sentences agree with the times it printed, in ja and en.

The chapter's prose states no timing; the cell ``family-cost`` prints a table of times and two sentences that
``helpers.family.cost_verdicts`` chooses from that measurement. Here the cell runs again (as a learner re-runs it,
on whatever the machine is doing) and the sentences are checked against the table printed beside them.

Run it by hand for several runs in a row, with a summary of each::

    .venv/bin/python tests/test_family_timing.py --runs 5
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import helpers  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "notebooks" / "src"
NEEDED = ["setup", "show", "compare-plot", "family-cost"]  # what the timing cell uses, in notebook order


def chapter_cells(language: str) -> dict[str, str]:
    """The code of the chapter's cells in ``language``, by id."""
    sys.path.insert(0, str(SRC))
    try:
        from build import load_module

        module = load_module(SRC / "05_relu_family.py")
    finally:
        sys.path.remove(str(SRC))
    return {cell.id: cell.source(language) for cell in module.CELLS if cell.kind == "code"}


def run_timing_cell(language: str) -> tuple[dict, str]:
    """Execute the cells the timing cell needs, then the timing cell; return its namespace and what it printed."""
    cells = chapter_cells(language)
    namespace: dict = {}
    quiet_show = helpers.show
    helpers.show = lambda figure, description: plt.close(figure.figure if hasattr(figure, "figure") else figure)
    try:
        for cell_id in NEEDED[:-1]:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(cells[cell_id], cell_id, "exec"), namespace)  # noqa: S102 - the chapter's own code
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(cells[NEEDED[-1]], NEEDED[-1], "exec"), namespace)  # noqa: S102
    finally:
        helpers.show = quiet_show
        plt.close("all")
        helpers.set_language("en")
    return namespace, printed.getvalue()


def printed_times(output: str, labels: list[str]) -> dict[str, float]:
    """The milliseconds column of the printed table, by row label."""
    times = {}
    for line in output.splitlines():
        for label in labels:
            if line.startswith(label + " ") or line.startswith(label + "\u3000"):
                numbers = re.findall(r"\d+\.\d+", line[len(label):])
                times[label] = float(numbers[0])
    return times


def without_numbers(sentence: str) -> str:
    """The sentence with every number replaced by #: two sentences from the same template then compare equal."""
    return re.sub(r"\d+(?:\.\d+)?", "#", sentence)


def check_run(language: str) -> dict[str, float]:
    """Run the cell once; assert that its sentences are the ones its own printed table calls for."""
    namespace, output = run_timing_cell(language)
    family, labels = namespace["family"], namespace["labels"]
    expm1_alone = namespace["expm1_alone"]
    rows = printed_times(output, [*labels, expm1_alone])
    assert set(rows) == {*labels, expm1_alone}, output
    relu, prelu, elu = labels[0], family["prelu"][0], family["elu"][0]
    costly = [family[k][0] for k in ["elu", "gelu", "gelu_tanh", "silu", "softplus"]]
    sentences = [line for line in output.splitlines() if line.strip()][-2:]
    # The same sentences, chosen again from the printed (rounded) times.
    helpers.set_language(language)
    try:
        expected = helpers.family.cost_verdicts(rows, relu, prelu, costly, expm1_alone, elu)
    finally:
        helpers.set_language("en")
    share = rows[expm1_alone] / rows[elu]
    lowest = min(rows[name] for name in costly)
    near_a_boundary = abs(share - 0.5) < 0.01 or abs(rows[prelu] - lowest) / lowest < 0.01
    if not near_a_boundary:  # rounding to 3 decimals cannot flip a choice
        assert [without_numbers(s) for s in sentences] == [without_numbers(s) for s in expected], output
    ratio = {name: t / rows[relu] for name, t in rows.items()}
    return {"prelu": ratio[prelu], "costly_low": lowest / rows[relu], "costly_high": max(ratio[n] for n in costly),
            "elu": ratio[elu], "expm1_share": share, "prelu_below_costly": rows[prelu] < lowest,
            "sentences": sentences}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_printed_sentences_match_the_printed_times(language):
    check_run(language)


def test_the_verdicts_follow_the_numbers():
    times = {"r": 1.0, "p": 1.1, "e": 6.0, "g": 9.0, "x": 4.0}
    below, most = helpers.family.cost_verdicts(times, "r", "p", ["e", "g"], "x", "e")
    assert "less than any" in below and "most of ELU's time" in most and "67%" in most
    slow = {**times, "p": 7.0, "x": 2.0}
    not_below, minor = helpers.family.cost_verdicts(slow, "r", "p", ["e", "g"], "x", "e")
    assert "was as fast as it or faster" in not_below and "at most half" in minor and "33%" in minor
    with pytest.raises(KeyError, match="cost_verdicts"):
        helpers.family.cost_verdicts(times, "r", "p", ["missing"], "x", "e")


def main(runs: int) -> None:
    for run in range(1, runs + 1):
        summary = check_run("en")
        print(f"run {run}: PReLU {summary['prelu']:.2f}x ReLU; exp/erf functions {summary['costly_low']:.1f}x to "
              f"{summary['costly_high']:.1f}x; ELU {summary['elu']:.1f}x; np.expm1 alone {summary['expm1_share']:.0%} "
              f"of ELU; PReLU below all of them: {summary['prelu_below_costly']}")
        for sentence in summary["sentences"]:
            print("    " + sentence)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    count = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    main(count)
