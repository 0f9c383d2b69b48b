"""The contract every elementwise function of helpers keeps (ReLU, Leaky ReLU, the family, all derivatives).

NaN in gives NaN out; a Python number gives a Python float; float dtypes and shapes are kept; integers give
float64 (except relu, which keeps them: tests/test_activations.py); the input is never modified; ``out=`` follows
numpy's convention, ``out=x`` included; bad input is a clear error that names the function.
"""

import math

import numpy as np
import pytest

import helpers

FUNCS = [
    helpers.relu, helpers.relu_grad, helpers.leaky_relu, helpers.leaky_relu_grad,
    helpers.prelu, helpers.prelu_grad, helpers.prelu_grad_alpha, helpers.elu, helpers.elu_grad,
    helpers.gelu, helpers.gelu_grad, helpers.silu, helpers.silu_grad, helpers.softplus, helpers.softplus_grad,
]
NAMES = [f.__name__ for f in FUNCS]
FLOAT_RESULT = [f for f in FUNCS if f is not helpers.relu]


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_nan_propagates(func):
    assert math.isnan(func(float("nan")))
    y = func(np.array([1.0, np.nan, -1.0]))
    assert np.isnan(y[1]) and not np.isnan(y[0]) and not np.isnan(y[2])


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


@pytest.mark.parametrize("func", FLOAT_RESULT, ids=[f.__name__ for f in FLOAT_RESULT])
def test_integers_give_float64(func):
    ints = np.array([-3, 0, 5])
    assert func(ints).dtype == np.float64
    np.testing.assert_array_equal(func(ints), func(ints.astype(float)))


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_lists_and_zero_d(func):
    assert func([[1.0, -1.0]]).shape == (1, 2)
    assert np.ndim(func(np.array(2.0))) == 0


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_input_not_modified_and_out_parameter(func):
    x = np.array([-2.0, -0.0, 0.0, 3.0, np.nan, -np.inf, np.inf])
    before = x.copy()
    expected = func(x)
    np.testing.assert_array_equal(x, before)
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
    with pytest.raises(TypeError, match=rf"^{name}: out must be a NumPy array"):
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


ALPHA_FUNCS = [helpers.leaky_relu, helpers.leaky_relu_grad, helpers.prelu, helpers.prelu_grad, helpers.elu,
               helpers.elu_grad]


@pytest.mark.parametrize("func", ALPHA_FUNCS, ids=[f.__name__ for f in ALPHA_FUNCS])
@pytest.mark.parametrize("alpha", [float("nan"), float("inf"), -float("inf"), "0.1", None, 1j, True, [0.1]])
def test_bad_alpha_is_a_clear_value_error(func, alpha):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: alpha must be a finite real number"):
        func(1.0, alpha=alpha)


@pytest.mark.parametrize("func", FUNCS, ids=NAMES)
def test_out_path_makes_no_input_sized_temporaries(func):
    # Whole-input temporaries cost page faults that can outweigh the arithmetic (helpers.bench showed gelu_grad
    # with out= at 40x to 120x the copy, depending on what had been freed before); blocks keep them small.
    import tracemalloc

    x = np.linspace(-5.0, 5.0, 4 * 10**6)  # 32 MB: far above the fixed scratch of the blocked kernels (~2 MB)
    out = np.empty_like(x)
    func(x, out=out)  # warm-up: first-call allocations of numpy or scipy are not the point
    tracemalloc.start()
    try:
        func(x, out=out)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < x.nbytes / 4, f"{func.__name__}(x, out=out) allocated {peak} bytes for a 32 MB input"
