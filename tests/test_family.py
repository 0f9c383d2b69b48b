"""The ReLU family (PReLU, ELU, GELU, SiLU, Softplus): values, derivatives, limits, input rules."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import helpers

# name -> (function, its derivative); both take (x, out=None)
PAIRS = {
    "prelu": (helpers.prelu, helpers.prelu_grad),
    "elu": (helpers.elu, helpers.elu_grad),
    "gelu": (helpers.gelu, helpers.gelu_grad),
    "gelu_tanh": (lambda x, out=None: helpers.gelu(x, "tanh", out=out),
                  lambda x, out=None: helpers.gelu_grad(x, "tanh", out=out)),
    "silu": (helpers.silu, helpers.silu_grad),
    "softplus": (helpers.softplus, helpers.softplus_grad),
}


def phi_cdf(x):
    return 0.5 * math.erfc(-x / math.sqrt(2))


def sigmoid(z):
    """1 / (1 + exp(-z)) without overflow."""
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


# --- known values, from the definitions with Python's math module -----------------------


@pytest.mark.parametrize("x", [-30.0, -8.0, -3.0, -1.0, -0.1, 0.0, 0.1, 1.0, 2.5, 9.0])
def test_known_values_from_the_definitions(x):
    sig = sigmoid(x)
    assert helpers.prelu(x) == pytest.approx(x if x > 0 else 0.25 * x, rel=1e-15, abs=0)
    assert helpers.elu(x) == pytest.approx(x if x > 0 else math.expm1(x), rel=1e-15, abs=0)
    assert helpers.elu(x, alpha=0.5) == pytest.approx(x if x > 0 else 0.5 * math.expm1(x), rel=1e-15, abs=0)
    assert helpers.gelu(x) == pytest.approx(x * phi_cdf(x), rel=1e-14, abs=0)
    u = math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)
    # 0.5 x (1 + tanh u) = x sigmoid(2u); the left form cancels to 0 already at x = -8
    assert helpers.gelu(x, approximate="tanh") == pytest.approx(x * sigmoid(2 * u), rel=1e-12, abs=0)
    if abs(x) < 3:
        assert helpers.gelu(x, approximate="tanh") == pytest.approx(0.5 * x * (1 + math.tanh(u)), rel=1e-12)
    assert helpers.silu(x) == pytest.approx(x * sig, rel=1e-14, abs=0)
    assert helpers.softplus(x) == pytest.approx(math.log1p(math.exp(x)), rel=1e-14, abs=0)
    assert helpers.softplus_grad(x) == pytest.approx(sig, rel=1e-14, abs=0)
    assert helpers.gelu_grad(x) == pytest.approx(
        phi_cdf(x) + x * math.exp(-x * x / 2) / math.sqrt(2 * math.pi), rel=1e-13, abs=1e-300)


def test_textbook_numbers():
    # Phi(1) = 0.8413447460685429; sigmoid(1) = 0.7310585786300049; log 2; 1/e - 1
    assert helpers.gelu(1.0) == pytest.approx(0.8413447460685429, rel=1e-15)
    assert helpers.gelu(1.0, "tanh") == pytest.approx(0.8411919906082768, rel=1e-15)
    assert helpers.silu(1.0) == pytest.approx(0.7310585786300049, rel=1e-15)
    assert helpers.softplus(0.0) == pytest.approx(math.log(2), rel=1e-15)
    assert helpers.elu(-1.0) == pytest.approx(-0.6321205588285577, rel=1e-15)
    # the tanh form stays within 1e-3 of the exact GELU everywhere (Hendrycks & Gimpel's claim is "close")
    x = helpers.x_grid(6.0)
    assert np.max(np.abs(helpers.gelu(x) - helpers.gelu(x, "tanh"))) < 1e-3


def test_gelu_keeps_its_digits_in_the_left_tail():
    # 1 + erf(x / sqrt 2) cancels to 0 at x = -10; erfc does not.
    assert helpers.gelu(-10.0) == pytest.approx(-10 * phi_cdf(-10.0), rel=1e-13)
    assert helpers.gelu(-10.0) < 0


# --- derivatives -----------------------------------------------------------------------


def test_derivatives_at_zero():
    assert helpers.elu_grad(0.0) == 1.0  # alpha = 1: both sides have slope 1
    assert helpers.elu_grad(0.0, alpha=0.3) == 0.3  # left-hand slope, as in PyTorch and JAX
    assert helpers.gelu_grad(0.0) == 0.5
    assert helpers.gelu_grad(0.0, "tanh") == 0.5
    assert helpers.silu_grad(0.0) == 0.5
    assert helpers.softplus_grad(0.0) == 0.5
    assert helpers.prelu_grad(0.0) == 0.25
    assert helpers.prelu_grad_alpha(0.0) == 0.0


@pytest.mark.parametrize("name", list(PAIRS))
def test_gradients_match_central_differences_on_a_grid(name):
    f, grad = PAIRS[name]
    x = helpers.x_grid(6.0, 50)
    x = x[np.abs(x) > 1e-3]  # PReLU's kink
    h = 1e-5
    numeric = (f(x + h) - f(x - h)) / (2 * h)
    np.testing.assert_allclose(grad(x), numeric, rtol=1e-6, atol=1e-8)
    # the course's own finite-difference helper agrees too
    np.testing.assert_allclose(grad(x), helpers.numerical_derivative(f, x, h=h), rtol=1e-6, atol=1e-8)


@given(st.floats(-30, 30).filter(lambda v: abs(v) > 1e-3), st.floats(0.05, 3.0))
def test_elu_and_prelu_gradients_for_any_alpha(x, alpha):
    h = 1e-6
    elu_numeric = (helpers.elu(x + h, alpha) - helpers.elu(x - h, alpha)) / (2 * h)
    assert helpers.elu_grad(x, alpha) == pytest.approx(elu_numeric, rel=1e-5, abs=1e-7)
    prelu_numeric = (helpers.prelu(x + h, alpha) - helpers.prelu(x - h, alpha)) / (2 * h)
    assert helpers.prelu_grad(x, alpha) == pytest.approx(prelu_numeric, rel=1e-6, abs=1e-7)
    alpha_numeric = (helpers.prelu(x, alpha + h) - helpers.prelu(x, alpha - h)) / (2 * h)
    assert helpers.prelu_grad_alpha(x) == pytest.approx(alpha_numeric, rel=1e-6, abs=1e-7)


# --- limits ----------------------------------------------------------------------------


def test_softplus_tends_to_relu_for_large_abs_x():
    gaps = [helpers.softplus(x) - helpers.relu(x) for x in (5.0, 10.0, 20.0, 40.0)]
    assert all(a > b for a, b in zip(gaps, gaps[1:], strict=False))  # shrinks monotonically
    assert gaps[-1] < 1e-17
    assert helpers.softplus(-40.0) < 1e-17 and helpers.softplus(-800.0) == 0.0
    assert helpers.softplus(800.0) == 800.0  # no overflow: logaddexp, not log(1 + exp(x))
    x = np.linspace(-50, 50, 1001)
    gap = helpers.softplus(x) - helpers.relu(x)
    np.testing.assert_allclose(gap, np.log1p(np.exp(-np.abs(x))), rtol=1e-9, atol=1e-14)  # the exact gap


@pytest.mark.parametrize("approximate", ["none", "tanh"])
def test_gelu_tends_to_relu_as_the_scale_grows(approximate):
    # gelu(s x) / s - relu(x) = (gelu - relu)(s x) / s, so the largest gap is (about 0.17) / s
    x = helpers.x_grid(3.0)
    worst = np.max(np.abs(helpers.gelu(x, approximate) - helpers.relu(x)))
    assert 0.16 < worst < 0.18
    gaps = [np.max(np.abs(helpers.gelu(s * x, approximate) / s - helpers.relu(x))) for s in (1, 10, 100, 1000)]
    assert all(a > b for a, b in zip(gaps, gaps[1:], strict=False))
    for s, gap in zip((1, 10, 100, 1000), gaps, strict=True):
        assert gap <= worst / s * (1 + 1e-12)
    assert gaps[-1] < 2e-4


def test_silu_and_elu_limits():
    assert helpers.silu(50.0) == 50.0 and helpers.silu(-50.0) == pytest.approx(-50 * math.exp(-50), rel=1e-12)
    assert helpers.elu(-50.0) == -1.0 and helpers.elu(-50.0, alpha=2.0) == -2.0
    assert helpers.gelu_grad(50.0) == 1.0 and helpers.gelu_grad(-50.0) == 0.0


def test_infinities_give_the_limits():
    x = np.array([-np.inf, np.inf])
    expected = {
        "prelu": ([-np.inf, np.inf], [0.25, 1]), "elu": ([-1, np.inf], [0, 1]),
        "gelu": ([0, np.inf], [0, 1]), "gelu_tanh": ([0, np.inf], [0, 1]),
        "silu": ([0, np.inf], [0, 1]), "softplus": ([0, np.inf], [0, 1]),
    }
    for name, (f, grad) in PAIRS.items():
        np.testing.assert_array_equal(f(x), expected[name][0], err_msg=name)
        np.testing.assert_array_equal(grad(x), expected[name][1], err_msg=name)


# --- PReLU: learning alpha -----------------------------------------------------------


def test_learn_prelu_alpha_reaches_the_least_squares_slope():
    rng = np.random.default_rng(0)
    x = rng.standard_normal(400)
    y = helpers.prelu(x, 0.1) + 0.05 * rng.standard_normal(400)
    history = helpers.learn_prelu_alpha(x, y, alpha=0.25, lr=0.5, steps=200)
    assert history[0] == 0.25 and len(history) == 201
    neg = x <= 0
    best = np.sum(x[neg] * y[neg]) / np.sum(x[neg] ** 2)  # the closed-form minimiser of the MSE in alpha
    assert history[-1] == pytest.approx(best, abs=1e-9)
    assert abs(best - 0.1) < 0.02
    assert np.all(np.diff(np.abs(history - best)) <= 1e-15)  # each step gets closer (up to rounding)


def test_learn_prelu_alpha_bad_input():
    with pytest.raises(ValueError, match="^learn_prelu_alpha: x and y"):
        helpers.learn_prelu_alpha([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match="^learn_prelu_alpha: steps"):
        helpers.learn_prelu_alpha([1.0], [1.0], steps=-1)
    with pytest.raises(ValueError, match="^learn_prelu_alpha: lr"):
        helpers.learn_prelu_alpha([1.0], [1.0], lr=float("nan"))


# --- input rules (the patterns of test_activations.py) -------------------------------


# NaN, dtypes, shapes, out=, bad input and bad alpha: tests/test_elementwise_contract.py


@pytest.mark.parametrize("func", [helpers.gelu, helpers.gelu_grad])
@pytest.mark.parametrize("approximate", ["exact", "Tanh", None, True])
def test_bad_approximate_is_a_clear_value_error(func, approximate):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: approximate must be 'none' or 'tanh'"):
        func(1.0, approximate=approximate)


arrays = hnp.arrays(
    dtype=st.sampled_from([np.float32, np.float64]),
    shape=hnp.array_shapes(min_dims=0, max_dims=3, max_side=5),
    elements=st.one_of(st.floats(-1e3, 1e3, width=32), st.just(float("nan"))),
)


@given(arrays)
def test_properties_on_random_arrays(x):
    before = x.copy()
    for f, grad in PAIRS.values():
        for g in (f, grad):
            y = g(x)
            assert y.shape == x.shape and y.dtype == x.dtype
            np.testing.assert_array_equal(np.isnan(y), np.isnan(x))  # NaN exactly where NaN came in
            out = np.empty_like(x)
            g(x, out=out)
            np.testing.assert_array_equal(out, y)
    np.testing.assert_array_equal(x, before)
    finite = x[~np.isnan(x)]
    # shapes of the family: softplus above relu, elu and silu and gelu below relu, all equal to x for large x
    assert np.all(helpers.softplus(finite) >= helpers.relu(finite))
    assert np.all(helpers.elu(finite) <= helpers.relu(finite))
    assert np.all(helpers.silu(finite) <= helpers.relu(finite) + 1e-7 * np.abs(finite))
    assert np.all(helpers.gelu(finite) <= helpers.relu(finite) + 1e-7 * np.abs(finite))
    assert np.all(helpers.softplus_grad(finite) >= 0) and np.all(helpers.softplus_grad(finite) <= 1)
