"""Hypothesis properties of ReLU and Leaky ReLU, and their gradients against central differences."""

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import helpers

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
any_float = st.floats(allow_nan=True, allow_infinity=True)
alphas = st.floats(1e-3, 0.999)
arrays = hnp.arrays(
    dtype=st.sampled_from([np.float32, np.float64]),
    shape=hnp.array_shapes(min_dims=0, max_dims=3, max_side=5),
    elements=st.floats(-1e3, 1e3, allow_nan=False, width=32),
)


@given(any_float)
def test_relu_is_non_negative_or_nan(x):
    y = helpers.relu(x)
    assert np.isnan(y) if np.isnan(x) else y >= 0


@given(st.floats(min_value=0, exclude_min=True, allow_infinity=True))
def test_relu_is_identity_for_positive(x):
    assert helpers.relu(x) == x


@given(arrays)
def test_relu_is_idempotent(x):
    np.testing.assert_array_equal(helpers.relu(helpers.relu(x)), helpers.relu(x))


# Away from the subnormal range, so that alpha * x cannot underflow to 0 (0.5 * -5e-324 == -0.0).
normal = finite.filter(lambda v: v == 0 or abs(v) > 1e-290)


@given(normal, normal, alphas)
def test_leaky_relu_strictly_increasing(a, b, alpha):
    assume(a != b)
    lo, hi = min(a, b), max(a, b)
    assert helpers.leaky_relu(lo, alpha) < helpers.leaky_relu(hi, alpha)


@given(finite, finite, alphas)
def test_leaky_relu_never_decreases_even_for_subnormals(a, b, alpha):
    lo, hi = min(a, b), max(a, b)
    assert helpers.leaky_relu(lo, alpha) <= helpers.leaky_relu(hi, alpha)


@given(arrays, alphas)
def test_shape_dtype_and_no_mutation(x, alpha):
    before = x.copy()
    for y in (helpers.relu(x), helpers.relu_grad(x), helpers.leaky_relu(x, alpha), helpers.leaky_relu_grad(x, alpha)):
        assert np.shape(y) == x.shape and y.dtype == x.dtype
    np.testing.assert_array_equal(x, before)


@given(arrays)
def test_out_equals_fresh_result(x):
    x = np.asarray(x)
    for func in (helpers.relu, helpers.relu_grad, helpers.leaky_relu, helpers.leaky_relu_grad):
        out = np.empty_like(x)
        func(x, out=out)
        np.testing.assert_array_equal(out, func(x))


def central_difference(f, x, h):
    return (f(x + h) - f(x - h)) / (2 * h)


@given(st.floats(-100, 100).filter(lambda v: abs(v) > 1e-3), alphas)
def test_gradients_match_central_differences_away_from_zero(x, alpha):
    h = 1e-6  # smaller than |x|, so x - h and x + h lie on the same side of the kink
    assert abs(central_difference(helpers.relu, x, h) - helpers.relu_grad(x)) < 1e-6
    leaky = central_difference(lambda v: helpers.leaky_relu(v, alpha), x, h)
    assert abs(leaky - helpers.leaky_relu_grad(x, alpha)) < 1e-6
