"""Timing on a shared, noisy machine: the minimum of interleaved repeats, and ratios to a baseline.

The fastest of several runs is the best estimate of what the code itself costs:
anything else running on the machine can only make a run slower. Running the
candidates in turn, round after round (interleaved), lets a burst of outside load
hit all of them alike instead of one. Times are compared as ratios to a baseline
measured in the same run, never as absolute numbers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence

from helpers.i18n import text


def compare(funcs: Mapping[str, Callable[[], object]], repeat: int = 5, number: int = 1) -> dict[str, float]:
    """Seconds per call of each function, interleaved: every round runs each function in turn.

    Returns the fastest round of each, in the order given. One untimed warm-up call
    each comes first (first touches of memory and caches are not what we measure).
    """
    if repeat < 1 or number < 1:
        raise ValueError(f"compare: repeat and number must be >= 1, got {repeat!r}, {number!r}")
    if not funcs:
        raise ValueError("compare: nothing to time")
    for func in funcs.values():
        func()
    best = {name: float("inf") for name in funcs}
    for _ in range(repeat):
        for name, func in funcs.items():
            start = time.perf_counter()
            for _ in range(number):
                func()
            best[name] = min(best[name], (time.perf_counter() - start) / number)
    return best


def ratios(times: Mapping[str, float], baseline: str) -> dict[str, float]:
    """Each time divided by the time of ``baseline`` (which must be one of them)."""
    if baseline not in times:
        raise KeyError(f"ratios: baseline {baseline!r} is not among {list(times)}")
    return {name: t / times[baseline] for name, t in times.items()}


def table(times: Mapping[str, float], baseline: str) -> str:
    """A text table: name, milliseconds, and the ratio to ``baseline``; headers in the current language."""
    ratio = ratios(times, baseline)
    headers = [text("speed.table.what"), text("speed.table.ms"), text("speed.table.ratio", baseline=baseline)]
    return format_table(headers, [[name, f"{t * 1e3:.3f}", f"{ratio[name]:.2f}"] for name, t in times.items()])


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Align the columns of a text table: the first left, the others right; Japanese text counts double width."""
    width = [max(_width(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    return "\n".join(
        "  ".join(_pad(cell, width[i], right=i > 0) for i, cell in enumerate(row)) for row in [headers, *rows]
    )


def _width(s: str) -> int:
    """Display width: CJK characters and full-width forms take two columns in a monospaced font."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in s)


def _pad(s: str, width: int, right: bool = False) -> str:
    fill = " " * (width - _width(s))
    return fill + s if right else s + fill
