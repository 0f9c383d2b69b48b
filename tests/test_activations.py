"""Values and conventions of ReLU and Leaky ReLU (the contract all activations share: test_elementwise_contract.py)."""

import numpy as np
import pytest

import helpers


def test_relu_values():
    x = np.array([-20.0, -10.0, -0.5, 0.0, 0.5, 1.0, 15.0])
    np.testing.assert_array_equal(helpers.relu(x), [0, 0, 0, 0, 0.5, 1, 15])


def test_leaky_relu_values_match_the_seed_tutorial():
    for x, expected in [(1.0, 1.0), (-10.0, -0.1), (0.0, 0.0), (15.0, 15.0), (-20.0, -0.2)]:
        assert helpers.leaky_relu(x) == pytest.approx(expected, abs=1e-15)


def test_derivative_convention_at_zero_follows_the_frameworks():
    # PyTorch, JAX and TensorFlow: relu'(0) = 0; PyTorch/TensorFlow leaky: alpha. The seed tutorial uses 1.
    assert helpers.relu_grad(0.0) == 0.0
    assert helpers.relu_grad(-0.0) == 0.0
    assert helpers.leaky_relu_grad(0.0) == 0.01
    assert helpers.leaky_relu_grad(0.0, alpha=0.2) == 0.2


def test_gradients_away_from_zero():
    x = np.array([-3.0, -1e-300, 1e-300, 2.0])
    np.testing.assert_array_equal(helpers.relu_grad(x), [0, 0, 1, 1])
    np.testing.assert_array_equal(helpers.leaky_relu_grad(x, alpha=0.1), [0.1, 0.1, 1, 1])


def test_docstrings_state_the_convention():
    assert "PyTorch" in helpers.relu_grad.__doc__ and "tutorial" in helpers.relu_grad.__doc__
    assert "PyTorch" in helpers.leaky_relu_grad.__doc__


def test_infinities():
    x = np.array([-np.inf, np.inf])
    np.testing.assert_array_equal(helpers.relu(x), [0, np.inf])
    np.testing.assert_array_equal(helpers.relu_grad(x), [0, 1])
    np.testing.assert_array_equal(helpers.leaky_relu(x), [-np.inf, np.inf])
    np.testing.assert_array_equal(helpers.leaky_relu_grad(x), [0.01, 1])


def test_relu_keeps_integer_dtype_others_give_float64():
    for dtype in (np.int8, np.int32, np.int64, np.uint8):
        x = np.array([-3, 0, 5]).astype(dtype) if dtype != np.uint8 else np.array([0, 5], dtype=dtype)
        assert helpers.relu(x).dtype == dtype
    ints = np.array([-3, 0, 5])
    for func in (helpers.relu_grad, helpers.leaky_relu, helpers.leaky_relu_grad):
        assert func(ints).dtype == np.float64
    np.testing.assert_array_equal(helpers.leaky_relu(ints), [-0.03, 0, 5])


def test_numpy_alpha_accepted():
    assert helpers.leaky_relu(-1.0, alpha=np.float32(0.5)) == -0.5
