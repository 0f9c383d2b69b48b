"""Values, conventions, dtypes, shapes, `out=` and bad input of the activation helpers."""

import math

import numpy as np
import pytest

import helpers

FUNCS = [helpers.relu, helpers.relu_grad, helpers.leaky_relu, helpers.leaky_relu_grad]
NAMES = ["relu", "relu_grad", "leaky_relu", "leaky_relu_grad"]


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


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_nan_propagates(func):
    assert math.isnan(func(float("nan")))
    out = func(np.array([1.0, np.nan, -1.0]))
    assert np.isnan(out[1]) and not np.isnan(out[0]) and not np.isnan(out[2])


def test_infinities():
    x = np.array([-np.inf, np.inf])
    np.testing.assert_array_equal(helpers.relu(x), [0, np.inf])
    np.testing.assert_array_equal(helpers.relu_grad(x), [0, 1])
    np.testing.assert_array_equal(helpers.leaky_relu(x), [-np.inf, np.inf])
    np.testing.assert_array_equal(helpers.leaky_relu_grad(x), [0.01, 1])


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_python_scalar_gives_python_float(func):
    for x in (2, -3, 0.5, -0.5):
        assert type(func(x)) is float


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_float_dtype_and_shape_kept(func, dtype):
    x = np.linspace(-2, 2, 24, dtype=dtype).reshape(2, 3, 4)
    y = func(x)
    assert isinstance(y, np.ndarray) and y.shape == x.shape and y.dtype == dtype
    s = func(dtype(-1.5))
    assert isinstance(s, np.generic) and s.dtype == dtype


def test_relu_keeps_integer_dtype_others_give_float64():
    for dtype in (np.int8, np.int32, np.int64, np.uint8):
        x = np.array([-3, 0, 5]).astype(dtype) if dtype != np.uint8 else np.array([0, 5], dtype=dtype)
        assert helpers.relu(x).dtype == dtype
    ints = np.array([-3, 0, 5])
    for func in (helpers.relu_grad, helpers.leaky_relu, helpers.leaky_relu_grad):
        assert func(ints).dtype == np.float64
    np.testing.assert_array_equal(helpers.leaky_relu(ints), [-0.03, 0, 5])


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_lists_and_zero_d(func):
    assert func([[1.0, -1.0]]).shape == (1, 2)
    assert np.ndim(func(np.array(2.0))) == 0


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_input_not_modified(func):
    x = np.array([-2.0, -0.0, 0.0, 3.0, np.nan])
    before = x.copy()
    func(x)
    np.testing.assert_array_equal(x, before)


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_out_parameter(func):
    x = np.array([-2.0, 0.0, 3.0, np.nan])
    expected = func(x)
    out = np.full_like(x, 123.0)
    assert func(x, out=out) is out
    np.testing.assert_array_equal(out, expected)
    inplace = x.copy()
    assert func(inplace, out=inplace) is inplace  # out=x works in place
    np.testing.assert_array_equal(inplace, expected)


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_out_errors_name_the_function(func):
    name = func.__name__
    with pytest.raises(ValueError, match=rf"^{name}: out has shape"):
        func(np.zeros(3), out=np.zeros(4))
    with pytest.raises(TypeError, match=rf"^{name}: out must be a numpy array"):
        func(np.zeros(3), out=[0, 0, 0])
    with pytest.raises(TypeError, match=rf"^{name}: cannot write"):
        func(np.zeros(3), out=np.zeros(3, dtype=np.int64))


BAD_INPUTS = {
    "string": "1.0",
    "None": None,
    "complex": 1 + 2j,
    "complex array": np.array([1 + 0j]),
    "object array": np.array([1.0, None]),
    "string array": np.array(["a"]),
    "bool": True,
    "ragged list": [[1.0], [1.0, 2.0]],
}


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
@pytest.mark.parametrize("bad", list(BAD_INPUTS.values()), ids=list(BAD_INPUTS))
def test_bad_input_is_a_clear_type_error(func, bad):
    with pytest.raises(TypeError, match=rf"^{func.__name__}: "):
        func(bad)


@pytest.mark.parametrize("func", [helpers.leaky_relu, helpers.leaky_relu_grad], ids=NAMES[2:])
@pytest.mark.parametrize("alpha", [float("nan"), float("inf"), -float("inf"), "0.1", None, 1j, True, [0.1]])
def test_bad_alpha_is_a_clear_value_error(func, alpha):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: alpha must be a finite real number"):
        func(1.0, alpha=alpha)


def test_numpy_alpha_accepted():
    assert helpers.leaky_relu(-1.0, alpha=np.float32(0.5)) == -0.5
