"""Timing on a shared, noisy machine: the minimum of interleaved repeats, and ratios to a baseline.

The fastest of several runs is the best estimate of what the code itself costs:
anything else running on the machine can only make a run slower. Running the
candidates in turn, round after round (interleaved), lets a burst of outside load
hit all of them alike instead of one. Times are compared as ratios to a baseline
measured in the same run, never as absolute numbers.

The speed limit of an elementwise operation is measured, not assumed: :func:`limit_ops`
lists operations that read each number once and write one number (a copy, a slice
assignment, ``np.positive``, a multiplication by 1), and :func:`speed_limit` picks the
fastest of them in a run. Which one wins depends on the machine and its load: for large
arrays ``np.copyto`` hands the work to the C library's ``memcpy``, which may store
differently (bypassing the cache) from a ufunc's compiled loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from helpers.i18n import text

# Elements per piece of the blocked copy: 64 Ki float64 = 512 KiB, below the size from which
# glibc's memcpy switches to non-temporal (cache-bypassing) stores on any current x86 machine.
COPY_BLOCK = 65536


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


def limit_ops(x: np.ndarray, out: np.ndarray, x_name: str = "x", out_name: str = "out"
              ) -> dict[str, Callable[[], object]]:
    """Operations that read each number of ``x`` once and write one number to ``out``, by readable name.

    These move exactly the bytes an elementwise function such as ReLU moves, and compute
    (almost) nothing; the fastest of them in a run is the speed limit (:func:`speed_limit`).
    With ``out is x`` (in place) the copies are left out: copying an array onto itself
    may be skipped.
    """
    if x.shape != out.shape or x.dtype != out.dtype:
        raise ValueError(f"limit_ops: x and out must have the same shape and dtype, got {x.shape} {x.dtype} "
                         f"and {out.shape} {out.dtype}")
    one = x.dtype.type(1)
    ops: dict[str, Callable[[], object]] = {}
    if out is not x:
        ops[f"np.copyto({out_name}, {x_name})"] = lambda: np.copyto(out, x)
        ops[f"{out_name}[...] = {x_name}"] = lambda: out.__setitem__(Ellipsis, x)
    ops[f"np.positive({x_name}, out={out_name})"] = lambda: np.positive(x, out=out)
    ops[f"np.multiply({x_name}, 1.0, out={out_name})"] = lambda: np.multiply(x, one, out=out)
    return ops


def blocked_copy(x: np.ndarray, out: np.ndarray, block: int = COPY_BLOCK) -> None:
    """``np.copyto(out, x)`` in pieces of ``block`` elements (C-contiguous arrays of the same shape).

    Each piece is small enough for ``memcpy``'s ordinary stores, so this times the copy
    without the large-copy strategy of the C library.
    """
    if x.shape != out.shape or not (x.flags.c_contiguous and out.flags.c_contiguous):
        raise ValueError("blocked_copy: x and out must be C-contiguous arrays of the same shape")
    if block < 1:
        raise ValueError(f"blocked_copy: block must be >= 1, got {block!r}")
    flat_x, flat_out = x.reshape(-1), out.reshape(-1)
    for start in range(0, flat_x.size, block):
        np.copyto(flat_out[start:start + block], flat_x[start:start + block])


def speed_limit(times: Mapping[str, float], members: Iterable[str]) -> tuple[str, float]:
    """The fastest of ``members`` in ``times``: (its name, its time).

    ``members`` are the names of operations that read and write each number once (those
    of :func:`limit_ops`, and the function under test itself if it is one: a limit is the
    fastest way found to do that much work, so nothing that does the work can beat it).
    """
    members = list(members)
    missing = [m for m in members if m not in times]
    if not members or missing:
        raise KeyError(f"speed_limit: members {missing or members!r} are not among the times {list(times)}")
    name = min(members, key=lambda m: times[m])
    return name, times[name]


def limit_line(what: str, times: Mapping[str, float], limit_name: str) -> str:
    """One printed line: ``what`` took so many times the limit ``limit_name``, or was the limit itself."""
    if what == limit_name:
        return text("speed.limit.at", what=what)
    return text("speed.limit.vs", what=what, ratio=times[what] / times[limit_name], limit=limit_name)


def copy_strategies(x: np.ndarray, out: np.ndarray, repeat: int = 9) -> dict[str, float]:
    """Seconds of one ``np.copyto(out, x)``, of the same copy in pieces, and of ``np.positive(x, out=out)``.

    Keys ``"copyto"``, ``"pieces"``, ``"positive"``. Small arrays are timed several calls
    at a time, so that the clock's resolution does not matter.
    """
    number = max(1, 10**6 // max(x.size, 1))
    return compare({"copyto": lambda: np.copyto(out, x), "pieces": lambda: blocked_copy(x, out),
                    "positive": lambda: np.positive(x, out=out)}, repeat=repeat, number=number)


def verdict(ratio: float, band: float = 0.1) -> str:
    """``"faster"``, ``"slower"`` or ``"same"`` (within ``band``) for "A took ``ratio`` times as long as B"."""
    if ratio < 1 - band:
        return "faster"
    if ratio > 1 + band:
        return "slower"
    return "same"


def half_verdict(ratio: float) -> str:
    """For "half the bytes took ``ratio`` of the time": ``"below_half"`` (< 0.4), ``"half"`` (0.4-0.6),
    ``"less"`` (0.6-0.9), ``"same"`` (0.9-1.1) or ``"longer"`` (above 1.1)."""
    if ratio < 0.4:
        return "below_half"
    if ratio <= 0.6:
        return "half"
    if ratio < 0.9:
        return "less"
    return "same" if ratio <= 1.1 else "longer"


def bytes_verdict(relu_ratio: float, positive_ratio: float, band: float = 0.1) -> str:
    """Whether an elementwise function's time followed the bytes moved, from "float32 took ``relu_ratio`` of
    float64's time" and the same ratio of ``np.positive``, which computes nothing.

    ``"neither"``: not even ``np.positive`` got clearly faster (``positive_ratio`` above 0.9), so in this run the
    bytes did not set the time; ``"yes"``: the function's time fell about as much as ``np.positive``'s (within
    ``band`` of it, or more): memory-bound; ``"no"``: it fell less, so its own loop set part of its time.
    (A halved time alone cannot tell bytes from computation: one float32 SIMD instruction handles twice as many
    numbers as a float64 one.)
    """
    if positive_ratio > 0.9:
        return "neither"
    return "yes" if relu_ratio <= positive_ratio * (1 + band) else "no"


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
