"""The ReLU family: PReLU, ELU, GELU, SiLU and Softplus, each with its derivative.

Same rules as :mod:`helpers.activations`: a Python number gives a Python float,
a numpy scalar a numpy scalar of its dtype, an array an array of the same shape;
integers compute in float64; NaN in gives NaN out; bad input raises a TypeError
that starts with the function's name; the input is modified only when it is also
passed as ``out``.

Where a function is not differentiable at 0 (PReLU, ELU with alpha != 1), the
derivative there is the slope of the left-hand piece, as in PyTorch (PReLU, ELU) and
JAX (ELU; JAX has no PReLU).
GELU's exact form needs the error function, which numpy lacks: it comes from
``scipy.special`` (a vectorised ufunc, accurate in the tails via ``erfc``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike
from scipy.special import erfc, expit

from helpers._inputs import Converted, as_real_array, check_alpha, check_out, float_dtype
from helpers.activations import BLOCK, _blocks, _leaky_relu, _leaky_relu_grad

PRELU_ALPHA = 0.25  # He et al. (2015) start every PReLU slope at 0.25
GELU_TANH_COEFF = 0.044715  # Hendrycks & Gimpel (2016), the tanh approximation of GELU
_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
_INV_SQRT_2 = 1.0 / math.sqrt(2.0)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
# Beyond |x| = 40, Phi(x), phi(x) and the tanh form's sigmoid are 0 or 1 in float64 (and
# float32): clipping x there changes no result and keeps x**2 and x**3 from overflowing.
_GELU_CLIP = 40.0
_APPROXIMATE = ("none", "tanh")


# --- shared plumbing ---------------------------------------------------------------


def _blockwise(
    kernel: Callable[..., None], a: np.ndarray, result: np.ndarray, scratch: int = 0
) -> None:
    """Run ``kernel(a_block, result_block, *scratch_blocks)`` over cache-sized blocks.

    ELU, GELU and SiLU need several intermediate arrays. Whole-input temporaries are
    fresh arrays of the input's size, whose page faults can cost more than the
    arithmetic (and vary with what was freed before); so the kernels work block by
    block (see ``helpers.activations._blocks``) and write their intermediates into
    ``scratch`` buffers made once per call and reused for every block.
    """
    # At least float32 inside, so float16 input is rounded once, at the end (scipy's expit has no float16 loop).
    dtype = np.promote_types(result.dtype, np.float32)
    buffers = [np.empty(min(a.size, BLOCK), dtype=dtype) for _ in range(scratch)]
    for a_block, result_block in _blocks(a, result):
        if buffers and buffers[0].size < a_block.size:  # _blocks' whole-array fallback
            buffers = [np.empty(a_block.size, dtype=dtype) for _ in range(scratch)]
        views = [b[: a_block.size].reshape(a_block.shape) for b in buffers]
        kernel(a_block, result_block, *views)


def _start(x: ArrayLike, out: np.ndarray | None, func: str) -> tuple[Converted, np.ndarray, np.ndarray]:
    """Check the input (and ``out``); return it as a float array and the buffer to write the result into."""
    inp = as_real_array(x, func)
    a = inp.array
    dtype = float_dtype(a)
    a = a.astype(dtype, copy=False)
    if out is None:
        result = np.empty(a.shape, dtype=dtype)
    else:
        check_out(out, a.shape, dtype, func)
        if np.may_share_memory(a, out):
            a = a.copy()  # the result is built in several passes: keep the input intact until the end
        result = out
    # ufuncs return numpy scalars, not arrays, for 0-d input: compute on 1-element views instead.
    return inp, a.reshape(-1) if a.ndim == 0 else a, result.reshape(-1) if result.ndim == 0 else result


def _finish(inp: Converted, result: np.ndarray, out: np.ndarray | None) -> Any:
    return out if out is not None else inp.wrap(result.reshape(inp.array.shape))


def _check_approximate(approximate: object, func: str) -> str:
    if not isinstance(approximate, str) or approximate not in _APPROXIMATE:
        raise ValueError(f"{func}: approximate must be 'none' or 'tanh', got {approximate!r}")
    return approximate


# --- PReLU ---------------------------------------------------------------------------


def prelu(x: ArrayLike, alpha: float = PRELU_ALPHA, out: np.ndarray | None = None) -> Any:
    """Parametric ReLU (He et al. 2015): x for x > 0, ``alpha * x`` otherwise.

    The same function as Leaky ReLU; the difference is that alpha is *learned*
    (see :func:`prelu_grad_alpha`), starting from 0.25.
    """
    return _leaky_relu(x, alpha, out, "prelu")


def prelu_grad(x: ArrayLike, alpha: float = PRELU_ALPHA, out: np.ndarray | None = None) -> Any:
    """Derivative of PReLU with respect to x: 1 for x > 0, alpha for x <= 0 (alpha at 0, as in PyTorch)."""
    return _leaky_relu_grad(x, alpha, out, "prelu_grad")


def prelu_grad_alpha(x: ArrayLike, out: np.ndarray | None = None) -> Any:
    """Derivative of PReLU with respect to alpha: ``min(x, 0)`` (x for x <= 0, 0 for x > 0)."""
    inp, a, result = _start(x, out, "prelu_grad_alpha")
    np.minimum(a, 0, out=result)
    return _finish(inp, result, out)


def learn_prelu_alpha(
    x: ArrayLike, y: ArrayLike, alpha: float = PRELU_ALPHA, lr: float = 0.5, steps: int = 50
) -> np.ndarray:
    """Fit alpha of ``prelu(x, alpha)`` to targets ``y`` by gradient descent on the mean squared error.

    Returns the alpha of every step, starting value first (``steps + 1`` numbers).
    The gradient is ``mean(2 * (prelu(x, alpha) - y) * prelu_grad_alpha(x))``.
    """
    alpha = check_alpha(alpha, "learn_prelu_alpha")
    lr = check_alpha(lr, "learn_prelu_alpha", name="lr")
    x = as_real_array(x, "learn_prelu_alpha").array.astype(np.float64)
    y = as_real_array(y, "learn_prelu_alpha").array.astype(np.float64)
    if x.shape != y.shape or x.size == 0:
        raise ValueError(f"learn_prelu_alpha: x and y need the same non-empty shape, got {x.shape} and {y.shape}")
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 0:
        raise ValueError(f"learn_prelu_alpha: steps must be a whole number >= 0, got {steps!r}")
    dalpha = prelu_grad_alpha(x)  # does not depend on alpha
    history = [alpha]
    for _ in range(steps):
        error = prelu(x, alpha) - y
        alpha = alpha - lr * float(np.mean(2.0 * error * dalpha))
        history.append(alpha)
    return np.array(history)


# --- ELU -----------------------------------------------------------------------------


def elu(x: ArrayLike, alpha: float = 1.0, out: np.ndarray | None = None) -> Any:
    """ELU (Clevert et al. 2015): x for x > 0, ``alpha * (exp(x) - 1)`` otherwise.

    Uses ``expm1`` so that small negative x keep their digits. Tends to -alpha as x -> -inf.
    Computed as ``max(x, 0) + alpha * expm1(min(x, 0))`` (exact: one of the two terms is 0), with no
    masked copy: ``np.copyto(..., where=mask)`` on a mask of random signs took about a third of ELU's
    time in Chapter 5's measurement, which is then no longer the cost of the exponential.
    """
    alpha = check_alpha(alpha, "elu")
    inp, a, result = _start(x, out, "elu")

    def kernel(a: np.ndarray, result: np.ndarray, t: np.ndarray) -> None:
        np.minimum(a, 0, out=t)  # exp only of the non-positive part: no overflow for large x
        np.expm1(t, out=t)
        np.multiply(t, alpha, out=t)  # 0 where x > 0
        np.maximum(a, -0.0, out=result)  # -0.0 where x < 0, so that t keeps its sign of zero (NaN stays NaN)
        np.add(result, t, out=result, casting="same_kind")

    def masked_kernel(a: np.ndarray, result: np.ndarray) -> None:
        # alpha beyond the working dtype's range: alpha * 0 would be inf * 0 = NaN, so select instead
        positive = a > 0
        np.minimum(a, 0, out=result)
        np.expm1(result, out=result)
        np.multiply(result, alpha, out=result)
        np.copyto(result, a, where=positive, casting="same_kind")

    with np.errstate(over="ignore"):
        representable = bool(np.isfinite(np.promote_types(result.dtype, np.float32).type(alpha)))
    if representable:
        _blockwise(kernel, a, result, scratch=1)
    else:
        _blockwise(masked_kernel, a, result)
    return _finish(inp, result, out)


def elu_grad(x: ArrayLike, alpha: float = 1.0, out: np.ndarray | None = None) -> Any:
    """Derivative of ELU: 1 for x > 0, ``alpha * exp(x)`` for x <= 0.

    At 0 it takes the left-hand value alpha (PyTorch, JAX); for alpha = 1 both sides give 1
    and ELU is differentiable there.
    """
    alpha = check_alpha(alpha, "elu_grad")
    inp, a, result = _start(x, out, "elu_grad")

    def kernel(a: np.ndarray, result: np.ndarray) -> None:
        positive = a > 0
        np.minimum(a, 0, out=result)
        np.exp(result, out=result)
        np.multiply(result, alpha, out=result)
        np.copyto(result, 1, where=positive, casting="unsafe")

    _blockwise(kernel, a, result)
    return _finish(inp, result, out)


# --- GELU ----------------------------------------------------------------------------


def _gelu_tanh_argument(xc: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``2 * sqrt(2/pi) * (x + 0.044715 x**3)`` into ``out``: 1 + tanh(u) = 2 * sigmoid(2u), which is stable."""
    np.multiply(xc, xc, out=out)
    out *= GELU_TANH_COEFF
    out += 1.0
    out *= xc
    out *= 2.0 * _SQRT_2_OVER_PI
    return out


def gelu(x: ArrayLike, approximate: str = "none", out: np.ndarray | None = None) -> Any:
    """GELU (Hendrycks & Gimpel 2016): ``x * Phi(x)``, Phi the standard normal CDF.

    ``approximate="none"`` (default) is the exact form with erf;
    ``approximate="tanh"`` is ``0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x**3)))``,
    the names PyTorch uses. ``gelu(-inf)`` is 0, its limit.
    """
    approximate = _check_approximate(approximate, "gelu")
    inp, a, result = _start(x, out, "gelu")

    def kernel(a: np.ndarray, result: np.ndarray, xc: np.ndarray, u: np.ndarray) -> None:
        a.clip(-_GELU_CLIP, _GELU_CLIP, out=xc)
        if approximate == "none":
            # Phi(x) = erfc(-x / sqrt 2) / 2: erfc keeps its digits far in the left tail,
            # where 1 + erf(x / sqrt 2) would cancel to 0.
            np.multiply(xc, -_INV_SQRT_2, out=xc)
            erfc(xc, out=result)
            np.multiply(result, 0.5, out=result)
        else:
            expit(_gelu_tanh_argument(xc, u), out=result)
        np.multiply(result, a, out=result, where=a != -np.inf)  # -inf * 0 would be NaN
        np.copyto(result, 0, where=a == -np.inf)

    _blockwise(kernel, a, result, scratch=2)
    return _finish(inp, result, out)


def gelu_grad(x: ArrayLike, approximate: str = "none", out: np.ndarray | None = None) -> Any:
    """Derivative of GELU: ``Phi(x) + x * phi(x)`` (exact), or the derivative of the tanh form.

    Equals 0.5 at x = 0 in both forms; tends to 1 for large x and to 0 for very negative x,
    dipping slightly below 0 in between (GELU is not monotonic).
    """
    approximate = _check_approximate(approximate, "gelu_grad")
    inp, a, result = _start(x, out, "gelu_grad")

    def kernel(a: np.ndarray, result: np.ndarray, xc: np.ndarray, t1: np.ndarray, t2: np.ndarray,
               t3: np.ndarray) -> None:
        a.clip(-_GELU_CLIP, _GELU_CLIP, out=xc)  # also maps +-inf to finite values with the limit's slope
        if approximate == "none":
            phi = np.square(xc, out=t1)
            phi *= -0.5
            np.exp(phi, out=phi)
            phi *= _INV_SQRT_2PI
            phi *= xc
            erfc(np.multiply(xc, -_INV_SQRT_2, out=xc), out=result)
            result *= 0.5
            result += phi
        else:
            u = _gelu_tanh_argument(xc, t1)
            s = expit(u, out=t2)
            # d/dx [x s(u)] = s + x s (1 - s) du/dx, with 1 - s = s(-u) (no cancellation)
            du = np.square(xc, out=t3)
            du *= 3.0 * GELU_TANH_COEFF
            du += 1.0
            du *= 2.0 * _SQRT_2_OVER_PI
            du *= xc
            du *= s
            du *= expit(np.negative(u, out=u), out=u)
            np.add(s, du, out=result)

    _blockwise(kernel, a, result, scratch=4)
    return _finish(inp, result, out)


# --- SiLU ----------------------------------------------------------------------------


def silu(x: ArrayLike, out: np.ndarray | None = None) -> Any:
    """SiLU, also called Swish: ``x * sigmoid(x)``.

    Named SiLU by Hendrycks & Gimpel (2016, the GELU paper); used in reinforcement learning by Elfwing et al.
    (2018); found by automated search as Swish, ``x * sigmoid(beta * x)``, by Ramachandran et al. (2017),
    which is SiLU for beta = 1.
    """
    inp, a, result = _start(x, out, "silu")

    def kernel(a: np.ndarray, result: np.ndarray) -> None:
        expit(a, out=result)
        np.multiply(result, a, out=result, where=a != -np.inf)  # -inf * 0 would be NaN
        np.copyto(result, 0, where=a == -np.inf)

    _blockwise(kernel, a, result)
    return _finish(inp, result, out)


def silu_grad(x: ArrayLike, out: np.ndarray | None = None) -> Any:
    """Derivative of SiLU: ``s * (1 + x * (1 - s))`` with ``s = sigmoid(x)``; 0.5 at x = 0."""
    inp, a, result = _start(x, out, "silu_grad")
    finite = np.finfo(a.dtype).max

    def kernel(a: np.ndarray, result: np.ndarray, xc: np.ndarray, s: np.ndarray, t: np.ndarray) -> None:
        a.clip(-finite, finite, out=xc)  # +-inf would give inf * 0; the largest float gives the limit
        expit(xc, out=s)
        expit(np.negative(xc, out=t), out=t)  # 1 - s without cancellation
        t *= xc
        t += 1.0
        np.multiply(s, t, out=result)

    _blockwise(kernel, a, result, scratch=3)
    return _finish(inp, result, out)


# --- Softplus ------------------------------------------------------------------------


def softplus(x: ArrayLike, out: np.ndarray | None = None) -> Any:
    """Softplus (Dugas et al. 2001): ``log(1 + exp(x))``, a smooth ReLU; computed as ``logaddexp(0, x)``.

    ``softplus(x) - relu(x) = log(1 + exp(-|x|))``, which vanishes for large |x|.
    """
    inp, a, result = _start(x, out, "softplus")
    with np.errstate(invalid="ignore"):  # numpy's logaddexp warns on NaN; NaN out is the rule here
        np.logaddexp(0, a, out=result)
    return _finish(inp, result, out)


def softplus_grad(x: ArrayLike, out: np.ndarray | None = None) -> Any:
    """Derivative of Softplus: the logistic sigmoid ``1 / (1 + exp(-x))``; 0.5 at x = 0."""
    inp, a, result = _start(x, out, "softplus_grad")
    expit(a, out=result)
    return _finish(inp, result, out)


# --- Chapter 5's cost measurement: the table and the verdicts, worked out from the times ---------------------


def cost_table(times: Mapping[str, float], baseline: str) -> str:
    """Name, milliseconds and the ratio to ``baseline`` of each timed computation; headers in the current language."""
    from helpers.i18n import text  # here, not at the top: the catalogue imports the exercises, which import this
    from helpers.timing import format_table, ratios

    ratio = ratios(times, baseline)
    headers = [text("family.cost.function"), text("family.cost.ms"), text("family.cost.ratio", baseline=baseline)]
    return format_table(headers, [[name, f"{t * 1e3:.3f}", f"{ratio[name]:.2f}"] for name, t in times.items()])


def cost_verdicts(
    times: Mapping[str, float], baseline: str, cheap: str, costly: Sequence[str], part: str, whole: str
) -> list[str]:
    """The sentences Chapter 5 prints under its cost table, each chosen by what this measurement shows.

    First: how ``cheap`` (PReLU) compares with the ``costly`` functions (those with an exponential or erf),
    both as ratios to ``baseline``. Second: the share of ``whole`` (ELU) that ``part`` (its exponential alone)
    took. The prose states no timing; these sentences are true of the run that printed them.
    """
    from helpers.i18n import text
    from helpers.timing import ratios

    missing = [name for name in [baseline, cheap, *costly, part, whole] if name not in times]
    if missing or not costly:
        raise KeyError(f"cost_verdicts: no time for {missing or 'the costly functions'}")
    ratio = ratios(times, baseline)
    lo, hi = min(ratio[name] for name in costly), max(ratio[name] for name in costly)
    key = "family.cost.cheap_below" if ratio[cheap] < lo else "family.cost.cheap_not_below"
    share = times[part] / times[whole]
    return [
        text(key, cheap=cheap, baseline=baseline, cheap_ratio=ratio[cheap], lo=lo, hi=hi),
        text("family.cost.share_most" if share > 0.5 else "family.cost.share_minor", share=share),
    ]
