"""ReLU and Leaky ReLU with their derivatives, vectorised with numpy.

Convention at x = 0, where neither function is differentiable: like PyTorch,
JAX and TensorFlow, ``relu_grad(0) == 0`` and ``leaky_relu_grad(0) == alpha``
(the slope of the left-hand piece). Any value between the two one-sided slopes
is a valid subgradient; the seed tutorial picks 1 instead.

Every function takes a Python number (and returns a Python float), a numpy
scalar (and returns one of the same dtype) or an array-like (and returns an
array of the same shape). NaN in gives NaN out. The input is never modified
unless it is also passed as ``out``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from helpers._inputs import as_real_array, check_alpha, check_out, float_dtype

DEFAULT_ALPHA = 0.01


def relu(x: ArrayLike, out: np.ndarray | None = None) -> Any:
    """ReLU: ``max(x, 0)`` elementwise. Integer arrays keep their integer dtype.

    NaN propagates (unlike the builtin ``max(0.0, nan)``, which returns 0.0).
    With ``out``, the result is written there and ``out`` is returned;
    ``relu(x, out=x)`` works in place.
    """
    inp = as_real_array(x, "relu")
    a = inp.array
    if out is not None:
        check_out(out, a.shape, a.dtype, "relu")
        return np.maximum(a, 0, out=out)
    # np.maximum(x, 0) and not np.maximum(0, x): both propagate NaN in numpy,
    # but this order mirrors the safe argument order of the builtin max.
    return inp.wrap(np.maximum(a, 0))


def relu_grad(x: ArrayLike, out: np.ndarray | None = None) -> Any:
    """Derivative of ReLU: 1 for x > 0, 0 for x < 0, and 0 at x = 0.

    The value at 0 follows PyTorch, JAX and TensorFlow (the seed tutorial uses 1;
    both are subgradients). NaN gives NaN. The result is a float array (integer
    input gives float64).
    """
    inp = as_real_array(x, "relu_grad")
    a = inp.array
    dtype = float_dtype(a)
    if out is not None:
        check_out(out, a.shape, dtype, "relu_grad")
        # heaviside(x, 0): 0 below, 0 at zero (the second argument), 1 above, NaN for NaN.
        return np.heaviside(a, dtype.type(0), out=out, dtype=dtype)
    return inp.wrap(np.heaviside(a, dtype.type(0), dtype=dtype))


def leaky_relu(x: ArrayLike, alpha: float = DEFAULT_ALPHA, out: np.ndarray | None = None) -> Any:
    """Leaky ReLU: x for x > 0 and ``alpha * x`` otherwise (alpha = 0.01 by default).

    The result is a float array (integer input gives float64). NaN propagates.
    """
    alpha = check_alpha(alpha, "leaky_relu")
    inp = as_real_array(x, "leaky_relu")
    a = inp.array
    dtype = float_dtype(a)
    a = a.astype(dtype, copy=False)
    positive = a > 0  # taken before anything is written, so that out=x works
    if out is not None:
        check_out(out, a.shape, dtype, "leaky_relu")
        np.copyto(out, a, casting="same_kind")
        np.multiply(out, dtype.type(alpha), out=out, where=~positive)
        return out
    return inp.wrap(np.where(positive, a, a * dtype.type(alpha)))


def leaky_relu_grad(x: ArrayLike, alpha: float = DEFAULT_ALPHA, out: np.ndarray | None = None) -> Any:
    """Derivative of Leaky ReLU: 1 for x > 0, alpha for x < 0, and alpha at x = 0.

    The value at 0 follows PyTorch and TensorFlow (alpha); JAX's
    ``jax.nn.leaky_relu`` gives 1 there, the seed tutorial also uses 1.
    NaN gives NaN.
    """
    alpha = check_alpha(alpha, "leaky_relu_grad")
    inp = as_real_array(x, "leaky_relu_grad")
    a = inp.array
    dtype = float_dtype(a)
    result = out
    if out is not None:
        check_out(out, a.shape, dtype, "leaky_relu_grad")
    else:
        result = np.empty(a.shape, dtype=dtype)
    positive = a > 0
    nan = np.isnan(a)
    result[...] = alpha
    result[positive] = 1
    result[nan] = np.nan
    if out is not None:
        return out
    return inp.wrap(result)
