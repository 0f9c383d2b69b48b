"""Benchmark of the activation helpers against the machine's own speed limit.

    python -m helpers.bench                 # 10**7 float64 numbers (what `make bench` runs)
    python -m helpers.bench --size 10000    # a quick smoke run

Every helper is timed on the same array with a preallocated ``out`` and without
(a fresh result array), and divided by the time of ``np.copyto(out, x)`` measured
in the same run: an operation that reads and writes each number once cannot beat
the copy by much, so the ratio says how close to the memory bandwidth it gets.
Times are the fastest of several interleaved rounds (see :mod:`helpers.timing`),
because the machine may be shared; rerun when the numbers look off.

The targets (from the course's issue tracker, for a 2-core machine) are printed
beside the ratios; they are not tests. ``make test`` only runs this on a small size.
"""

from __future__ import annotations

import argparse
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

import helpers
from helpers.timing import compare


@dataclass(frozen=True)
class Case:
    name: str
    call: Callable[[np.ndarray, np.ndarray | None], object]  # call(x, out) with out=None for a fresh result
    target_out: float | None = None
    target_fresh: float | None = None


FRESH_TARGET = 3.0  # every call without out (a fresh array costs page faults)
CORE = [
    Case("relu", lambda x, out: helpers.relu(x, out=out), 1.3, FRESH_TARGET),
    Case("relu_grad", lambda x, out: helpers.relu_grad(x, out=out), 1.5, FRESH_TARGET),
    Case("leaky_relu", lambda x, out: helpers.leaky_relu(x, out=out), 2.5, FRESH_TARGET),
    Case("leaky_relu_grad", lambda x, out: helpers.leaky_relu_grad(x, out=out), 2.5, FRESH_TARGET),
]
FAMILY = [
    Case("prelu", lambda x, out: helpers.prelu(x, out=out)),
    Case("prelu_grad", lambda x, out: helpers.prelu_grad(x, out=out)),
    Case("prelu_grad_alpha", lambda x, out: helpers.prelu_grad_alpha(x, out=out)),
    Case("elu", lambda x, out: helpers.elu(x, out=out)),
    Case("elu_grad", lambda x, out: helpers.elu_grad(x, out=out)),
    Case("gelu", lambda x, out: helpers.gelu(x, out=out)),
    Case("gelu_grad", lambda x, out: helpers.gelu_grad(x, out=out)),
    Case("gelu tanh", lambda x, out: helpers.gelu(x, "tanh", out=out)),
    Case("gelu_grad tanh", lambda x, out: helpers.gelu_grad(x, "tanh", out=out)),
    Case("silu", lambda x, out: helpers.silu(x, out=out)),
    Case("silu_grad", lambda x, out: helpers.silu_grad(x, out=out)),
    Case("softplus", lambda x, out: helpers.softplus(x, out=out)),
    Case("softplus_grad", lambda x, out: helpers.softplus_grad(x, out=out)),
]
COPY = "np.copyto"


def measure(cases: list[Case], x: np.ndarray, repeat: int) -> tuple[float, dict[str, tuple[float, float]]]:
    """Time of the copy, and per case (time with out, time without), all from one interleaved run."""
    out = np.empty_like(x)
    funcs: dict[str, Callable[[], object]] = {COPY: lambda: np.copyto(out, x)}
    for case in cases:
        funcs[case.name + " out"] = lambda c=case: c.call(x, out)
        funcs[case.name + " fresh"] = lambda c=case: c.call(x, None)
    times = compare(funcs, repeat=repeat)
    return times[COPY], {c.name: (times[c.name + " out"], times[c.name + " fresh"]) for c in cases}


def _verdict(ratio: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"<= {target:<3g} {'ok' if ratio <= target else 'MISSED'}"


def report(cases: list[Case], copy: float, times: dict[str, tuple[float, float]]) -> tuple[list[str], int, int]:
    """Table lines, number of targets met, number of targets."""
    lines = [f"{'function':<18}{'with out':>10}  {'target':<13}{'without out':>12}  {'target':<13}"]
    met = total = 0
    for case in cases:
        t_out, t_fresh = times[case.name]
        r_out, r_fresh = t_out / copy, t_fresh / copy
        for r, target in ((r_out, case.target_out), (r_fresh, case.target_fresh)):
            if target is not None:
                total += 1
                met += r <= target
        lines.append(f"{case.name:<18}{r_out:>10.2f}  {_verdict(r_out, case.target_out):<13}"
                     f"{r_fresh:>12.2f}  {_verdict(r_fresh, case.target_fresh):<13}".rstrip())
    return lines, met, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10**7, help="numbers in the array (default 10**7)")
    parser.add_argument("--repeat", type=int, default=9, help="interleaved rounds for relu & co (default 9)")
    parser.add_argument("--family-repeat", type=int, default=5, help="rounds for the ReLU family (default 5)")
    args = parser.parse_args(argv)
    if args.size < 1 or args.repeat < 1 or args.family_repeat < 1:
        parser.error("--size, --repeat and --family-repeat must be >= 1")

    x = np.random.default_rng(0).standard_normal(args.size)
    print(f"helpers benchmark: {args.size:,} float64 numbers ({x.nbytes / 1e6:.0f} MB), numpy {np.__version__}, "
          f"Python {platform.python_version()}")
    print(f"Ratios are time / time of np.copyto(out, x) in the same run; fastest of {args.repeat} interleaved rounds.")
    if args.size < 10**7:
        print("(The targets are for 10**7 numbers; on small arrays the cost of each call dominates.)")

    copy, times = measure(CORE, x, args.repeat)
    print(f"\nnp.copyto(out, x): {copy * 1e3:.3f} ms = {2 * x.nbytes / copy / 1e9:.1f} GB/s read + written")
    lines, met, total = report(CORE, copy, times)
    print("\n".join(lines))
    print(f"targets met: {met} of {total}")

    copy_f, times_f = measure(FAMILY, x, args.family_repeat)
    # The copy is timed again among the family, and the faster of its two times is the baseline: a slow
    # copy round would otherwise make every family ratio look better than it is.
    baseline = min(copy, copy_f)
    print(f"\nThe ReLU family (no targets; {args.family_repeat} rounds; np.copyto again: {copy_f * 1e3:.3f} ms, "
          f"baseline the faster copy: {baseline * 1e3:.3f} ms)")
    print("\n".join(report(FAMILY, baseline, times_f)[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
