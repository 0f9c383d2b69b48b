"""numerical_derivative: matches known derivatives, shows the three values at ReLU's kink, rejects bad input."""

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
