"""ReLU and Leaky ReLU with their derivatives, vectorised with numpy.

Convention at x = 0, where neither function is differentiable:
``relu_grad(0) == 0``, as in PyTorch, JAX and TensorFlow; ``leaky_relu_grad(0) ==
alpha`` (the slope of the negative side), as in PyTorch and TensorFlow, while
JAX's ``jax.nn.leaky_relu`` gives 1 there. Any value between the two one-sided
slopes is a valid subgradient; the seed tutorial picks 1 for both.

Every function takes a Python number (and returns a Python float), a numpy
scalar (and returns one of the same dtype) or an array-like (and returns an
array of the same shape). NaN in gives NaN out. The input is never modified
unless it is also passed as ``out``.
"""

from __future__ import annotations

from collections.abc import Iterator
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
    input gives float64). ``-0.0`` gives ``-0.0``, which equals 0.
    """
    inp = as_real_array(x, "relu_grad")
    a = inp.array
    dtype = float_dtype(a)
    if out is not None:
        check_out(out, a.shape, dtype, "relu_grad")
        result = out
    else:
        result = np.empty(a.shape, dtype=dtype)
    # clip to [0, 1], then ceil: 1 for x > 0, 0 for x <= 0, NaN stays NaN. Two cheap
    # SIMD passes instead of np.heaviside, whose scalar loop is ~10x slower; the
    # second pass runs while the block is still in cache.
    for xb, rb in _blocks(a, result):
        xb.clip(0.0, 1.0, out=rb)  # the method: a little less call overhead than np.clip
        np.ceil(rb, out=rb)
    return out if out is not None else inp.wrap(result)


def leaky_relu(x: ArrayLike, alpha: float = DEFAULT_ALPHA, out: np.ndarray | None = None) -> Any:
    """Leaky ReLU: x for x > 0 and ``alpha * x`` otherwise (alpha = 0.01 by default).

    Computed as ``max(x, alpha * x)`` for 0 < alpha <= 1, ``min(x, alpha * x)`` for alpha > 1,
    and with the definition's mask for alpha <= 0. The result is a float array (integer input
    gives float64). NaN propagates.
    """
    return _leaky_relu(x, alpha, out, "leaky_relu")


def _leaky_relu(x: ArrayLike, alpha: float, out: np.ndarray | None, func: str) -> Any:
    """Leaky ReLU, with errors that name ``func`` (``prelu`` shares this code)."""
    alpha = check_alpha(alpha, func)
    inp = as_real_array(x, func)
    a = inp.array
    dtype = float_dtype(a)
    a = a.astype(dtype, copy=False)
    if out is not None:
        check_out(out, a.shape, dtype, func)
    if alpha <= 0:
        # Rare: the plain definition, with a mask. max(x, alpha*x) gives the same numbers but not the same bits:
        # for alpha < 0 the sign of a zero (max(-0.0, +0.0)), and for alpha = 0 NaN at x = inf (0 * inf).
        positive = a > 0  # taken before anything is written, so that out=x works
        if out is not None:
            np.copyto(out, a, casting="same_kind")
            np.multiply(out, dtype.type(alpha), out=out, where=~positive)
            return out
        return inp.wrap(np.where(positive, a, a * dtype.type(alpha)))
    # For 0 < alpha <= 1, max(x, alpha*x) is x above 0 and alpha*x below, bit for bit (alpha*x rounds towards x,
    # never past it, and keeps the sign of a zero); for alpha > 1 the min is. Both propagate NaN. No mask and no
    # selection: two passes per cache-sized block, and alpha*x goes into the result block itself, so only two
    # blocks sit in cache; when the result shares memory with x (out=x), into a scratch block.
    result = out if out is not None else np.empty(a.shape, dtype=dtype)
    pick = np.maximum if alpha <= 1 else np.minimum
    scale = dtype.type(alpha)
    scratch = np.empty(min(a.size, BLOCK), dtype=dtype) if np.may_share_memory(a, result) else None
    for xb, rb in _blocks(a, result):
        if scratch is None:
            tb = rb
        else:
            if scratch.size < xb.size:  # the whole-array fallback of _blocks
                scratch = np.empty(xb.size, dtype=dtype)
            tb = scratch[: xb.size].reshape(xb.shape)
        np.multiply(xb, scale, out=tb)
        pick(xb, tb, out=rb)
    return out if out is not None else inp.wrap(result)


def leaky_relu_grad(x: ArrayLike, alpha: float = DEFAULT_ALPHA, out: np.ndarray | None = None) -> Any:
    """Derivative of Leaky ReLU: 1 for x > 0, alpha for x < 0, and alpha at x = 0.

    The value at 0 follows PyTorch and TensorFlow (alpha); JAX's
    ``jax.nn.leaky_relu`` gives 1 there, the seed tutorial also uses 1.
    NaN gives NaN.
    """
    return _leaky_relu_grad(x, alpha, out, "leaky_relu_grad")


def _leaky_relu_grad(x: ArrayLike, alpha: float, out: np.ndarray | None, func: str) -> Any:
    """Derivative of Leaky ReLU, with errors that name ``func`` (``prelu_grad`` shares this code)."""
    alpha = check_alpha(alpha, func)
    inp = as_real_array(x, func)
    a = inp.array
    dtype = float_dtype(a)
    result = out
    if out is not None:
        check_out(out, a.shape, dtype, func)
    else:
        result = np.empty(a.shape, dtype=dtype)
    if 0 < alpha <= 1:
        # ceil(x) is >= 1 above 0 and <= 0 (possibly -0.0) otherwise; clipping that to
        # [alpha, 1] gives 1 and alpha, bit for bit, and keeps NaN. Two SIMD passes per block.
        for xb, rb in _blocks(a, result):
            np.ceil(xb, out=rb)
            rb.clip(alpha, 1.0, out=rb)
    else:
        positive = a > 0
        nan = np.isnan(a)
        result[...] = alpha
        result[positive] = 1
        result[nan] = np.nan
    if out is not None:
        return out
    return inp.wrap(result)


# Elements per block: 64 Ki float64 = 512 KiB, so that a block of x and of out stay in
# the L2/L3 cache between the passes of a multi-pass computation (measured on this
# course's 2-core machine with `python -m helpers.bench`; 16 Ki-128 Ki all work).
BLOCK = 65536


def _blocks(a: np.ndarray, out: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Pairs of matching views of ``a`` and ``out``, one cache-sized block at a time.

    Several passes over one block cost little more than one pass over memory, because
    the block is still in cache. Falls back to one whole-array pair when the arrays are
    small, not C-contiguous, or overlap other than exactly (``out=x`` is fine): numpy's
    ufuncs handle any overlap correctly on whole arrays.
    """
    exact_alias = (
        a.dtype == out.dtype
        and a.__array_interface__["data"][0] == out.__array_interface__["data"][0]
        and a.strides == out.strides
    )
    if (
        a.size <= BLOCK
        or not (a.flags.c_contiguous and out.flags.c_contiguous)
        or (np.may_share_memory(a, out) and not exact_alias)
    ):
        yield a, out
        return
    flat_a, flat_out = a.reshape(-1), out.reshape(-1)
    for start in range(0, a.size, BLOCK):
        yield flat_a[start : start + BLOCK], flat_out[start : start + BLOCK]
