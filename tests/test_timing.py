"""helpers.timing's speed limit (limit_ops, speed_limit, blocked_copy, verdicts), and chapter 6's timing claims:
every phrase that tests/timing_claims.py checks against a measurement is still in both notebooks."""

import numpy as np
import pytest

import helpers
from helpers import timing
from tests import timing_claims


def test_limit_ops_read_and_write_each_number_once_and_leave_the_values():
    rng = np.random.default_rng(0)
    x = rng.standard_normal(1000)
    for dtype in (np.float64, np.float32):
        a = x.astype(dtype)
        out = np.full_like(a, np.nan)
        ops = timing.limit_ops(a, out, "a", "out")
        assert list(ops) == ["np.copyto(out, a)", "out[...] = a", "np.positive(a, out=out)",
                             "np.multiply(a, 1.0, out=out)"]
        for op in ops.values():
            out[...] = np.nan
            op()
            np.testing.assert_array_equal(out, a)
        inplace = a.copy()
        in_ops = timing.limit_ops(inplace, inplace, "x", "x")
        assert list(in_ops) == ["np.positive(x, out=x)", "np.multiply(x, 1.0, out=x)"]  # no copy onto itself
        for op in in_ops.values():
            op()
        np.testing.assert_array_equal(inplace, a)
    with pytest.raises(ValueError, match="^limit_ops: x and out must have the same shape and dtype"):
        timing.limit_ops(x, np.empty(3))


def test_speed_limit_is_the_fastest_member_and_cannot_be_beaten_by_a_member():
    times = {"copy": 3.0, "positive": 2.0, "relu": 2.5, "fresh": 1.0}
    assert timing.speed_limit(times, ["copy", "positive"]) == ("positive", 2.0)
    name, limit = timing.speed_limit(times, ["copy", "relu"])
    assert name == "copy" or times[name] <= times["copy"]
    assert all(times[m] / limit >= 1 for m in ["copy", "relu"])
    assert timing.speed_limit({"relu": 1.0, "copy": 2.0}, ["copy", "relu"]) == ("relu", 1.0)
    with pytest.raises(KeyError, match="speed_limit: members"):
        timing.speed_limit(times, ["memcpy"])
    with pytest.raises(KeyError, match="speed_limit: members"):
        timing.speed_limit(times, [])


@pytest.mark.parametrize("size", [0, 1, timing.COPY_BLOCK - 1, timing.COPY_BLOCK, 2 * timing.COPY_BLOCK + 7])
def test_blocked_copy_copies_everything(size):
    x = np.arange(size, dtype=np.float64).reshape(-1, 1) if size else np.empty((0, 1))
    out = np.full_like(x, -1.0)
    timing.blocked_copy(x, out)
    np.testing.assert_array_equal(out, x)
    with pytest.raises(ValueError, match="^blocked_copy: x and out must be C-contiguous"):
        timing.blocked_copy(np.zeros((4, 4))[:, ::2], np.zeros((4, 2)))
    with pytest.raises(ValueError, match="^blocked_copy: block must be >= 1"):
        timing.blocked_copy(x, out, block=0)


def test_copy_strategies_times_the_three_ways():
    x = np.random.default_rng(1).standard_normal(1000)
    t = timing.copy_strategies(x, np.empty_like(x), repeat=2)
    assert set(t) == {"copyto", "pieces", "positive"} and all(v > 0 for v in t.values())


def test_verdicts():
    assert [timing.verdict(r) for r in (0.5, 0.89, 0.95, 1.0, 1.09, 1.2)] == [
        "faster", "faster", "same", "same", "same", "slower"]
    assert [timing.half_verdict(r) for r in (0.3, 0.45, 0.5, 0.6, 0.66, 0.89, 0.95, 1.1, 1.3)] == [
        "below_half", "half", "half", "half", "less", "less", "same", "same", "longer"]
    assert [timing.bytes_verdict(r, p) for r, p in ((0.5, 0.5), (0.54, 0.5), (0.6, 0.5), (0.4, 0.6), (0.95, 0.6),
                                                     (0.5, 0.95))] == ["yes", "yes", "no", "yes", "no", "neither"]


def test_every_verdict_outcome_has_a_line_in_both_languages():
    from helpers.messages import MESSAGES

    outcomes = {"verdict": {timing.verdict(r) for r in (0.5, 1.0, 2.0)},
                "half": {timing.half_verdict(r) for r in (0.3, 0.5, 0.7, 1.0, 1.5)},
                "bytes": {timing.bytes_verdict(r, p) for r, p in ((0.5, 0.5), (1.0, 0.5), (1.0, 1.0))}}
    assert outcomes["verdict"] == set(timing_claims.VERDICTS["speed.checks_cost"])
    assert outcomes["half"] == set(timing_claims.VERDICTS["speed.float32"])
    assert outcomes["bytes"] == set(timing_claims.VERDICTS["speed.memory_bound"])
    for prefix, names in timing_claims.VERDICTS.items():
        for name in names:
            entry = MESSAGES[f"{prefix}.{name}"]
            assert entry["ja"] and entry["en"], f"{prefix}.{name}"
            assert any(w in entry["ja"] for w in ("です", "でした", "ます", "ました", "ません")), (
                f"{prefix}.{name}: ja verdict not in です・ます")


def test_the_in_place_solution_counts_relu_among_the_candidates_for_the_limit(monkeypatch):
    """The model solution cannot print a ratio below 1 ("ReLU cannot beat the limit"), even when ReLU is fastest."""
    from helpers.exercises.ch6_speed import INPLACE_SPEED

    def fake_compare(funcs, **_):
        for f in funcs.values():
            f()
        return {name: (0.5 if name == "relu in place" else 1.0) for name in funcs}

    monkeypatch.setattr(timing, "compare", fake_compare)
    for lang in ("ja", "en"):
        printed = []
        ns = {"np": np, "helpers": helpers, "print": printed.append}
        exec(INPLACE_SPEED.solution[lang], ns)  # noqa: S102 - the course's own solution
        helpers.set_language("en")
        assert printed == [timing.limit_line("relu in place", {"relu in place": 0.5}, "relu in place")]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_limit_line_says_when_a_candidate_is_the_limit(language):
    helpers.set_language(language)
    try:
        times = {"copy": 2.0, "relu": 3.0}
        assert "1.50" in timing.limit_line("relu", times, "copy")
        at = timing.limit_line("relu", {"relu": 1.0}, "relu")
        assert "1.00" in at and at == helpers.text("speed.limit.at", what="relu")
    finally:
        helpers.set_language("en")


def test_every_timing_claim_is_still_in_the_prose_of_both_languages():
    for lang in ("en", "ja"):
        nb = timing_claims.load(lang)
        cells = timing_claims.markdown(nb)
        code = {cell_id for cell_id, _, timing_cell in timing_claims.code_cells(nb) if timing_cell}
        for claim in timing_claims.CLAIMS:
            assert claim.cell in code, f"{claim.cell} is not a timing cell of the {lang} notebook"
            phrase = timing_claims.normalised(getattr(claim, lang))
            assert phrase in cells[claim.prose], f"{lang} cell {claim.prose} no longer says {phrase!r}"


def test_the_claims_checker_fails_when_a_claim_does_not_hold():
    claim = timing_claims.CLAIMS[-1]  # random order slower than grouped
    ns = {"times": {"np.where(mask, big, 0)": 1.0, "np.where(mask_by_sign, by_sign, 0)": 2.0}}
    assert not claim.holds(claim.value(ns))
    ns["times"]["np.where(mask, big, 0)"] = 3.0
    assert claim.holds(claim.value(ns))
