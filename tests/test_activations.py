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


def _leaky_definition(x, alpha):
    """Leaky ReLU as the chapter defines it: x for x > 0, alpha * x otherwise (NaN stays NaN)."""
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, x * alpha)


SPECIALS = [-np.inf, -1e300, -20.0, -1.0, -1e-300, -5e-324, -0.0, 0.0, 5e-324, 1e-300, 1.0, 15.0, 1e300, np.inf, np.nan]


def _same_bits(got, expected):
    np.testing.assert_array_equal(got, expected)
    numbers = ~np.isnan(expected)
    np.testing.assert_array_equal(np.signbit(got[numbers]), np.signbit(expected[numbers]))  # -0.0 is not 0.0


@pytest.mark.parametrize("alpha", [-2.0, -0.5, -1e-3, 0.0, 1e-3, 0.01, 0.2, 0.999, 1.0, 1.5, 3.0])
@pytest.mark.parametrize("size", [len(SPECIALS), 3 * helpers.activations.BLOCK + 7])  # one piece, and in blocks
def test_leaky_relu_is_the_definition_for_every_alpha(alpha, size):
    # Bit for bit, signed zeros included: max(x, alpha*x) (min for alpha > 1) for alpha > 0; for alpha <= 0 the
    # mask is needed (max(-0.0, +0.0) keeps the wrong zero, and 0 * inf is NaN). With and without out, in place too.
    x = np.resize(np.array(SPECIALS), size)
    with np.errstate(invalid="ignore"):  # alpha = 0: 0 * -inf is NaN, in the definition too
        expected = _leaky_definition(x, alpha)
        _same_bits(helpers.leaky_relu(x, alpha), expected)
        out = np.empty_like(x)
        assert helpers.leaky_relu(x, alpha, out=out) is out
        _same_bits(out, expected)
        y = x.copy()
        helpers.leaky_relu(y, alpha, out=y)
        _same_bits(y, expected)


def test_leaky_relu_with_alpha_0_follows_the_definition_at_the_infinities():
    # alpha * x for x <= 0: 0 * -inf is NaN (as PyTorch's x * negval), while x = inf stays inf.
    with np.errstate(invalid="ignore"):
        np.testing.assert_array_equal(helpers.leaky_relu(np.array([-np.inf, np.inf]), 0.0), [np.nan, np.inf])
    assert helpers.leaky_relu(np.array([-3, 0, 5]), 0).dtype == np.float64  # a float result, unlike relu


@pytest.mark.parametrize("alpha", [-0.5, 0.0, 0.01, 1.0, 2.0])
def test_leaky_relu_grad_for_every_alpha(alpha):
    x = np.resize(np.array(SPECIALS), 3 * helpers.activations.BLOCK + 7)
    expected = np.where(np.isnan(x), np.nan, np.where(x > 0, 1.0, alpha))
    np.testing.assert_array_equal(helpers.leaky_relu_grad(x, alpha), expected)
    out = np.empty_like(x)
    np.testing.assert_array_equal(helpers.leaky_relu_grad(x, alpha, out=out), expected)


def test_module_docstring_states_each_frameworks_convention():
    doc = helpers.activations.__doc__
    # JAX gives 1 at 0 for jax.nn.leaky_relu (issue 10): the docstring must not claim all three frameworks give alpha.
    assert "JAX's ``jax.nn.leaky_relu`` gives 1" in doc
    assert "PyTorch, JAX and TensorFlow" not in doc.split("leaky_relu_grad")[1]


@pytest.mark.parametrize("func", [helpers.relu, helpers.relu_grad, helpers.leaky_relu, helpers.leaky_relu_grad])
@pytest.mark.parametrize("shift", [1, -1, helpers.activations.BLOCK // 2])
def test_out_overlapping_the_input_gives_the_result_of_the_original_input(func, shift):
    # out shares memory with x but is not x itself (shifted by a few elements): numpy's ufuncs buffer such overlap,
    # and the block-wise kernels must not compute from elements they have already overwritten.
    n = 3 * helpers.activations.BLOCK + 5
    buf = np.resize(np.array(SPECIALS), n + abs(shift))
    x = buf[max(-shift, 0): max(-shift, 0) + n]
    out = buf[max(shift, 0): max(shift, 0) + n]
    expected = func(x.copy())
    func(x, out=out)
    np.testing.assert_array_equal(out, expected)
