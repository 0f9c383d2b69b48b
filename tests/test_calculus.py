"""numerical_derivative and step_size_scan: known derivatives, ReLU's kink, the error against the step, bad input."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import helpers


def test_matches_known_derivatives_of_smooth_functions():
    x = np.linspace(-2.0, 2.0, 9)
    np.testing.assert_allclose(helpers.numerical_derivative(np.sin, x), np.cos(x), atol=1e-9)
    np.testing.assert_allclose(helpers.numerical_derivative(lambda t: t**3, x), 3 * x**2, atol=1e-6)
    # One-sided differences are only first-order accurate: error about h * f''/2.
    fwd = helpers.numerical_derivative(lambda t: t**2, 1.0, h=1e-3, kind="forward")
    assert fwd == pytest.approx(2.001, abs=1e-9)


def test_three_differences_at_the_kink_of_relu():
    assert helpers.numerical_derivative(helpers.relu, 0.0) == 0.5
    assert helpers.numerical_derivative(helpers.relu, 0.0, kind="forward") == 1.0
    assert helpers.numerical_derivative(helpers.relu, 0.0, kind="backward") == 0.0
    assert helpers.numerical_derivative(helpers.leaky_relu, 0.0, kind="backward") == pytest.approx(0.01)


@given(st.floats(min_value=1e-3, max_value=1e3) | st.floats(min_value=-1e3, max_value=-1e-3))
def test_agrees_with_relu_grad_away_from_zero(x):
    assert helpers.numerical_derivative(helpers.relu, x) == pytest.approx(helpers.relu_grad(x), abs=1e-6)
    assert helpers.numerical_derivative(helpers.leaky_relu, x) == pytest.approx(helpers.leaky_relu_grad(x), abs=1e-6)


def test_shape_kind_and_nan():
    out = helpers.numerical_derivative(helpers.relu, np.array([[-1.0, 1.0]]))
    assert out.shape == (1, 2)
    assert isinstance(helpers.numerical_derivative(helpers.relu, 2), float)
    assert math.isnan(helpers.numerical_derivative(helpers.relu, float("nan")))
    x = np.array([1.0, -1.0])
    helpers.numerical_derivative(helpers.relu, x)
    np.testing.assert_array_equal(x, [1.0, -1.0])


@pytest.mark.parametrize("kwargs", [{"h": 0}, {"h": -1e-3}, {"h": float("inf")}, {"h": True}, {"kind": "left"}])
def test_bad_arguments_are_clear_errors(kwargs):
    with pytest.raises(ValueError, match="^numerical_derivative:"):
        helpers.numerical_derivative(helpers.relu, 1.0, **kwargs)


def test_bad_function_or_input():
    with pytest.raises(TypeError, match="^numerical_derivative:"):
        helpers.numerical_derivative("relu", 1.0)
    with pytest.raises(TypeError, match="^numerical_derivative:"):
        helpers.numerical_derivative(helpers.relu, "1.0")


def _tanh_grad(t):
    return 1 - np.tanh(t) ** 2


def test_step_size_scan_has_its_minimum_between_truncation_and_rounding():
    scan = helpers.calculus.step_size_scan(np.tanh, _tanh_grad, 1.0)
    np.testing.assert_array_equal(scan.steps, 10.0 ** -np.arange(1, 13))
    # Large steps: truncation error ~ h^2 |f'''| / 6, so a decade smaller h gives about 100x smaller error.
    assert scan.errors[0] / scan.errors[1] == pytest.approx(100, rel=0.05)
    # The minimum lies strictly inside, where h^2 and eps / h are about equal (float64: near 1e-5).
    assert 1e-7 <= scan.best <= 1e-4
    assert scan.errors[-1] > 1e3 * scan.smallest_error  # tiny steps: rounding dominates
    assert scan.low <= scan.best <= scan.high
    assert np.all(scan.errors[(scan.steps >= scan.low) & (scan.steps <= scan.high)] <= 10 * scan.smallest_error)
    assert scan.errors[scan.steps > scan.high].min() > 10 * scan.smallest_error


def test_step_size_scan_forward_difference_needs_a_larger_error_and_other_steps():
    central = helpers.calculus.step_size_scan(np.tanh, _tanh_grad, 1.0)
    forward = helpers.calculus.step_size_scan(np.tanh, _tanh_grad, 1.0, kind="forward")
    assert forward.smallest_error > 100 * central.smallest_error
    assert forward.best < central.best  # error ~ h instead of h^2: the balance with eps / h moves to smaller h


def test_step_size_scan_of_a_straight_line_is_only_rounding():
    scan = helpers.calculus.step_size_scan(helpers.relu, helpers.relu_grad, 2.0, steps=[1e-1, 1e-3])
    assert scan.errors.max() < 1e-12


def test_step_size_scan_factor_and_steps_are_respected():
    steps = [1e-2, 1e-4, 1e-6]
    scan = helpers.calculus.step_size_scan(np.sin, np.cos, 0.5, steps=steps, factor=1e12)
    np.testing.assert_array_equal(scan.accurate, steps)
    assert isinstance(scan.best, float) and isinstance(scan.low, float)


@pytest.mark.parametrize("kwargs", [{"x": float("nan")}, {"x": "1"}, {"x": True}, {"steps": []}, {"steps": [0.1, 0]},
                                    {"steps": [float("inf")]}, {"factor": 1}, {"factor": float("nan")},
                                    {"kind": "left"}])
def test_step_size_scan_bad_arguments_are_clear_errors(kwargs):
    args = {"x": 1.0, **kwargs}
    with pytest.raises(ValueError, match="^(step_size_scan|numerical_derivative):"):
        helpers.calculus.step_size_scan(np.tanh, _tanh_grad, **args)


def test_step_size_scan_needs_a_finite_derivative_function():
    with pytest.raises(TypeError, match="^step_size_scan:"):
        helpers.calculus.step_size_scan(np.tanh, "sech2", 1.0)
    with pytest.raises(ValueError, match="^step_size_scan:"):
        helpers.calculus.step_size_scan(np.tanh, lambda t: np.float64(np.inf), 0.0)
