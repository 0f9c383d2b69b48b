"""The benchmark runs (on a small size: no timing is asserted), and the blocked fast paths of
helpers.activations give exactly what the plain definitions give on arrays larger than one block."""

import numpy as np
import pytest

import helpers
from helpers.activations import BLOCK

N = 2 * BLOCK + 123  # more than one block, and a ragged last block


def special_values(dtype, rng):
    info = np.finfo(dtype)
    scales = np.array([float(info.smallest_subnormal), float(info.tiny), 1.0, float(info.max)])
    x = (rng.uniform(-1, 1, N) * rng.choice(scales, N)).astype(dtype)
    sub = float(info.smallest_subnormal)
    for i, v in enumerate([np.nan, np.inf, -np.inf, -0.0, 0.0, sub, -sub, 1.0, -1.0]):
        x[i::97] = v
    return x


def heaviside_grad(a):
    dtype = a.dtype if a.dtype.kind == "f" else np.dtype(np.float64)
    return np.heaviside(a, dtype.type(0), dtype=dtype)


def leaky_definition(a, alpha):
    dtype = a.dtype if a.dtype.kind == "f" else np.dtype(np.float64)
    a = a.astype(dtype)
    return np.where(a > 0, a, a * dtype.type(alpha))


def leaky_grad_definition(a, alpha):
    dtype = a.dtype if a.dtype.kind == "f" else np.dtype(np.float64)
    r = np.full(a.shape, alpha, dtype=dtype)
    r[a > 0] = 1
    r[np.isnan(a)] = np.nan
    return r


def assert_same(got, expected):
    """Equal values, NaN where NaN, and the same sign of zero."""
    np.testing.assert_array_equal(got, expected)
    assert got.dtype == expected.dtype
    numbers = ~np.isnan(expected)
    np.testing.assert_array_equal(np.signbit(got[numbers]), np.signbit(expected[numbers]))


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("alpha", [0.01, 0.3, 1.0, 2.5, 0.0, -0.2])
def test_blocked_leaky_relu_and_grad_equal_the_definition(dtype, alpha):
    x = special_values(dtype, np.random.default_rng(0))
    for func, definition in [(helpers.leaky_relu, leaky_definition), (helpers.leaky_relu_grad, leaky_grad_definition)]:
        # alpha * x may overflow (alpha > 1) or be -inf * 0 = NaN (alpha = 0), in the definition too.
        with np.errstate(over="ignore", invalid="ignore"):
            expected = definition(x, alpha)
            assert_same(func(x, alpha), expected)
            out = np.empty_like(expected)
            assert func(x, alpha, out=out) is out
            assert_same(out, expected)
            inplace = x.copy()
            func(inplace, alpha, out=inplace)
            assert_same(inplace, expected)
            strided = np.repeat(x, 2)[::2]  # not contiguous: the whole-array path
            assert_same(func(strided, alpha), expected)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.int32])
def test_blocked_relu_grad_equals_heaviside(dtype):
    rng = np.random.default_rng(1)
    x = rng.integers(-3, 4, N).astype(dtype) if dtype == np.int32 else special_values(dtype, rng)
    expected = heaviside_grad(x)
    np.testing.assert_array_equal(helpers.relu_grad(x), expected)
    out = np.full(expected.shape, 7.0, dtype=expected.dtype)
    helpers.relu_grad(x, out=out)
    np.testing.assert_array_equal(out, expected)
    nonzero = x != 0
    np.testing.assert_array_equal(np.signbit(out[nonzero]), np.signbit(expected[nonzero]))


def test_blocked_paths_handle_partly_overlapping_out():
    # out is x shifted by one element in the same buffer: numpy's whole-array overlap rules apply.
    for func in (helpers.relu_grad, lambda v, out: helpers.leaky_relu(v, 0.1, out=out),
                 lambda v, out: helpers.leaky_relu_grad(v, 0.1, out=out)):
        buf = np.random.default_rng(2).standard_normal(N + 1)
        expected = func(buf[:-1].copy(), out=np.empty(N))
        func(buf[:-1], out=buf[1:])
        np.testing.assert_array_equal(buf[1:], expected)


# --- the benchmark and the timing helpers (they run; no time is asserted) -------------


def test_benchmark_limit_is_the_fastest_candidate_and_the_targets_are_the_issues():
    from helpers import bench

    x = np.random.default_rng(3).standard_normal(5000)
    run = bench.measure(bench.CORE[:1], x, repeat=2)
    members = [*helpers.timing.limit_ops(x, np.empty_like(x)), bench.RELU_OUT]
    assert run.limit == min(run.times[m] for m in members) and run.limit_name in members
    assert {c.name: (c.target_out, c.target_fresh) for c in bench.CORE} == {
        "relu": (1.1, 2.5), "relu_grad": (1.6, 2.5), "leaky_relu": (1.6, 2.5), "leaky_relu_grad": (1.6, 2.5)}


def test_benchmark_runs_on_a_small_size(capsys):
    from helpers import bench

    assert bench.main(["--size", "10000", "--repeat", "2", "--family-repeat", "1"]) == 0
    printed = capsys.readouterr().out
    assert "targets met:" in printed
    limit_line = next(row for row in printed.splitlines() if row.startswith("Speed limit: "))
    for op in ["np.copyto(out, x)", "out[...] = x", "np.positive(x, out=out)", "np.multiply(x, 1.0, out=out)"]:
        assert op in limit_line  # the candidates are the same as in chapter 6 (helpers.timing.limit_ops)
    assert any(row.startswith(bench.BLOCKED + ":") for row in printed.splitlines())
    assert any(row.startswith(bench.FRESH_COPY + ":") for row in printed.splitlines())
    relu = next(row for row in printed.splitlines() if row.startswith("relu "))
    assert float(relu[18:28]) >= 1.0  # relu with out is a member of the limit: a limit is not beaten
    for case in bench.CORE + bench.FAMILY:
        line = next(row for row in printed.splitlines() if row.startswith(case.name + " "))
        assert float(line[18:28]) > 0 and float(line[43:55]) > 0  # the two ratio columns


def test_benchmark_rejects_a_bad_size():
    from helpers import bench

    with pytest.raises(SystemExit):
        bench.main(["--size", "0"])


def test_compare_interleaves_and_takes_the_fastest_round():
    from helpers import timing

    calls = []
    times = timing.compare({"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, repeat=3)
    assert calls == ["a", "b"] * 4  # one warm-up round, then three interleaved rounds
    assert set(times) == {"a", "b"} and all(t >= 0 for t in times.values())
    assert timing.ratios({"copy": 2.0, "f": 3.0}, "copy") == {"copy": 1.0, "f": 1.5}
    with pytest.raises(KeyError, match="ratios: baseline 'copy' is not among"):
        timing.ratios({"f": 1.0}, "copy")
    with pytest.raises(ValueError, match="^compare: repeat"):
        timing.compare({"a": lambda: None}, repeat=0)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_timing_table_is_aligned_and_localised(language):
    from helpers import timing

    helpers.set_language(language)
    try:
        lines = timing.table({"np.copyto": 0.004, "helpers.relu(x)": 0.010}, "np.copyto").splitlines()
        assert lines[0].startswith(helpers.text("speed.table.what"))
        assert lines[1].split() == ["np.copyto", "4.000", "1.00"]
        assert lines[2].split() == ["helpers.relu(x)", "10.000", "2.50"]
        widths = {timing._width(line) for line in lines}
        assert len(widths) == 1  # every row as wide as the header, also with Japanese headers
    finally:
        helpers.set_language("en")


def test_format_table_aligns_japanese_and_english_columns():
    from helpers import timing

    text = timing.format_table(["関数", "x"], [["ReLU", "1.0"], ["PReLU（α = 0.25）", "-12.5"]])
    lines = text.splitlines()
    assert len({timing._width(line) for line in lines}) == 1
    assert lines[2].endswith("-12.5") and lines[1].startswith("ReLU ")
