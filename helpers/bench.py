"""Benchmark of the activation helpers against the machine's own speed limit.

    python -m helpers.bench                 # 10**7 float64 numbers (what `make bench` runs)
    python -m helpers.bench --size 10000    # a quick smoke run

Every helper is timed on the same array with a preallocated ``out`` and without
(a fresh result array), and divided by the **speed limit** measured in the same
run: the fastest of several operations that read each number once and write one
(``np.copyto``, ``out[...] = x``, ``np.positive``, ``np.multiply(x, 1.0)``, and
``relu`` with ``out`` itself; see :func:`helpers.timing.limit_ops`). Times are the
fastest of several interleaved rounds (see :mod:`helpers.timing`), because the
machine may be shared; rerun when the numbers look off.

Two more lines say what bounds the targets from below on this machine: the copy
done in cache-sized pieces (``memcpy`` with ordinary stores, the way a ufunc's loop
stores) and ``x.copy()`` (a fresh array of the result, made by a plain copy).
The targets (from the course's issue tracker) are printed beside the ratios; they
are not tests. ``make test`` only runs this on a small size.
"""

from __future__ import annotations

import argparse
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

import helpers
from helpers.timing import blocked_copy, compare, limit_ops, speed_limit


@dataclass(frozen=True)
class Case:
    name: str
    call: Callable[[np.ndarray, np.ndarray | None], object]  # call(x, out) with out=None for a fresh result
    target_out: float | None = None
    target_fresh: float | None = None


FRESH_TARGET = 2.5  # every call without out (a fresh array costs page faults)
CORE = [
    Case("relu", lambda x, out: helpers.relu(x, out=out), 1.1, FRESH_TARGET),
    Case("relu_grad", lambda x, out: helpers.relu_grad(x, out=out), 1.6, FRESH_TARGET),
    Case("leaky_relu", lambda x, out: helpers.leaky_relu(x, out=out), 1.6, FRESH_TARGET),
    Case("leaky_relu_grad", lambda x, out: helpers.leaky_relu_grad(x, out=out), 1.6, FRESH_TARGET),
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
BLOCKED = "np.copyto in 512 KiB pieces"
FRESH_COPY = "x.copy()"
RELU_OUT = "relu out"  # reads and writes each number once itself, so it is a member of the limit


@dataclass(frozen=True)
class Run:
    limit_name: str
    limit: float
    times: dict[str, float]  # every timed name: the limit operations, BLOCKED, FRESH_COPY, "<case> out/fresh"

    def case(self, name: str) -> tuple[float, float]:
        return self.times[name + " out"], self.times[name + " fresh"]


def measure(cases: list[Case], x: np.ndarray, repeat: int) -> Run:
    """One interleaved run: the limit operations, the two floors, and every case with and without out."""
    out = np.empty_like(x)
    funcs: dict[str, Callable[[], object]] = dict(limit_ops(x, out))
    members = list(funcs)
    funcs[BLOCKED] = lambda: blocked_copy(x, out)
    funcs[FRESH_COPY] = x.copy
    for case in cases:
        funcs[case.name + " out"] = lambda c=case: c.call(x, out)
        funcs[case.name + " fresh"] = lambda c=case: c.call(x, None)
    times = compare(funcs, repeat=repeat)
    if RELU_OUT in times:
        members.append(RELU_OUT)
    name, limit = speed_limit(times, members)
    return Run(name, limit, times)


def _verdict(ratio: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"<= {target:<3g} {'ok' if ratio <= target else 'MISSED'}"


def report(cases: list[Case], limit: float, run: Run) -> tuple[list[str], int, int]:
    """Table lines (ratios to ``limit``), number of targets met, number of targets."""
    lines = [f"{'function':<18}{'with out':>10}  {'target':<13}{'without out':>12}  {'target':<13}"]
    met = total = 0
    for case in cases:
        t_out, t_fresh = run.case(case.name)
        r_out, r_fresh = t_out / limit, t_fresh / limit
        for r, target in ((r_out, case.target_out), (r_fresh, case.target_fresh)):
            if target is not None:
                total += 1
                met += r <= target
        lines.append(f"{case.name:<18}{r_out:>10.2f}  {_verdict(r_out, case.target_out):<13}"
                     f"{r_fresh:>12.2f}  {_verdict(r_fresh, case.target_fresh):<13}".rstrip())
    return lines, met, total


def floors(run: Run) -> list[str]:
    """What bounds the targets from below in this run, as ratios to the limit."""
    blocked, fresh = run.times[BLOCKED] / run.limit, run.times[FRESH_COPY] / run.limit
    relu_target = CORE[0].target_out
    lines = [f"{BLOCKED + ':':<30}{blocked:5.2f}  (ordinary stores, as a ufunc's loop stores)",
             f"{FRESH_COPY + ':':<30}{fresh:5.2f}  (a fresh array: allocation, page faults, copy)"]
    relu = run.times.get(RELU_OUT, 0.0) / run.limit
    if relu_target is not None and relu > relu_target and blocked > relu_target:
        lines.append(f"-> relu with out <= {relu_target:g} is out of reach with numpy here: its loop stores like the "
                     f"pieces ({blocked:.2f}), and the limit was set by {run.limit_name}")
    if fresh > FRESH_TARGET:
        lines.append(f"-> without out <= {FRESH_TARGET:g} is out of reach here: even a plain fresh copy took "
                     f"{fresh:.2f}")
    return lines


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
    print(f"Ratios are time / the speed limit measured in the same run; fastest of {args.repeat} interleaved rounds.")
    if args.size < 10**7:
        print("(The targets are for 10**7 numbers; on small arrays the cost of each call dominates.)")

    run = measure(CORE, x, args.repeat)
    print(f"Speed limit: {run.limit_name}, {run.limit * 1e3:.3f} ms = {2 * x.nbytes / run.limit / 1e9:.1f} GB/s "
          f"of input + output (fastest of {', '.join(limit_ops(x, x.copy()))} and relu with out)")
    others = [n for n in limit_ops(x, x.copy()) if n != run.limit_name]
    print("  the others: " + ", ".join(f"{n} {run.times[n] / run.limit:.2f}" for n in others))
    lines, met, total = report(CORE, run.limit, run)
    print("\n".join(lines))
    print(f"targets met: {met} of {total}")
    print("\n".join(floors(run)))

    run_f = measure(FAMILY, x, args.family_repeat)
    # The limit is measured again among the family, and the faster of its two times is the baseline: a slow
    # round would otherwise make every family ratio look better than it is.
    baseline = min(run.limit, run_f.limit)
    print(f"\nThe ReLU family (no targets; {args.family_repeat} rounds; limit again: {run_f.limit * 1e3:.3f} ms, "
          f"baseline the faster limit: {baseline * 1e3:.3f} ms)")
    print("\n".join(report(FAMILY, baseline, run_f)[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
