"""The dying ReLU problem, measured: born-dead networks and units that die while training.

Two experiments, both numpy only, vectorised across trials and seeded with
``numpy.random.default_rng``:

- :func:`born_dead_probability` – how often a randomly initialised deep ReLU
  network outputs a constant (Lu, Shin, Su & Karniadakis, "Dying ReLU and
  Initialization: Theory and Numerical Examples", Commun. Comput. Phys. 28(5),
  2020; arXiv:1903.06733, 2019).
- :func:`train_mlp` – a one-hidden-layer network trained with plain SGD and a
  hand-written backward pass through :mod:`helpers.activations`, recording the
  fraction of dead hidden units per epoch (:func:`dead_fraction`).
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from helpers._inputs import as_real_array, check_alpha
from helpers.activations import leaky_relu, leaky_relu_grad, relu, relu_grad

ACTIVATIONS = ("relu", "leaky_relu", "prelu")
INITS = ("he", "normal", "asymmetric")


# --------------------------------------------------------------------------- argument checks


def _text(key: str, /, **values: object) -> str:
    """:func:`helpers.i18n.text`, imported on first use.

    Not at import time: the exercise registry imports this module (for
    :func:`dead_fraction`) while the message catalogue is still loading.
    """
    from helpers.i18n import text as lookup

    return lookup(key, **values)


def _check_int(value: object, name: str, func: str, minimum: int = 1) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{func}: {name} must be an integer, got {value!r}")
    if value < minimum:
        raise ValueError(f"{func}: {name} must be at least {minimum}, got {value}")
    return int(value)


def _check_choice(value: object, choices: Sequence[str], name: str, func: str) -> str:
    if value not in choices:
        raise ValueError(f"{func}: {name} must be one of {', '.join(choices)}; got {value!r}")
    return str(value)


# --------------------------------------------------------------------------- dead units


def dead_fraction(pre_activations: ArrayLike) -> float | np.ndarray:
    """Fraction of units whose pre-activation is <= 0 on every input.

    ``pre_activations`` has shape ``(..., n_inputs, n_units)``: one row per
    input, one column per unit (leading axes, e.g. one per run, are kept). Such a
    ReLU unit outputs 0 on the whole data set and its incoming weights and bias
    get gradient 0, so gradient descent cannot move them (it can come back only
    if earlier layers change its inputs). NaN anywhere in a set of
    units gives NaN for that set (a diverged network has no meaningful count).
    """
    inp = as_real_array(pre_activations, "dead_fraction")
    z = inp.array
    if z.ndim < 2:
        raise ValueError(f"dead_fraction: expected shape (n_inputs, n_units), got shape {z.shape}")
    if z.shape[-2] == 0 or z.shape[-1] == 0:
        raise ValueError(f"dead_fraction: need at least one input and one unit, got shape {z.shape}")
    dead = np.all(z <= 0, axis=-2).mean(axis=-1)
    nan = np.isnan(z).any(axis=(-2, -1))
    result = np.where(nan, np.nan, dead)
    return float(result) if result.ndim == 0 else result


# --------------------------------------------------------------------------- born dead


def _he_layers(rng: np.random.Generator, trials: int, fan_in: int, width: int, init: str) -> np.ndarray:
    """Weights of one layer for every trial, shape (trials, width, fan_in), variance 2 / fan_in."""
    w = rng.standard_normal((trials, width, fan_in)) * np.sqrt(2.0 / fan_in)
    if init == "asymmetric":
        # One incoming weight of every unit, chosen at random, is made positive (see born_dead_by_depth).
        pick = rng.integers(fan_in, size=(trials, width, 1))
        chosen = np.take_along_axis(w, pick, axis=2)
        np.put_along_axis(w, pick, np.abs(chosen), axis=2)
    return w


def born_dead_by_depth(
    width: int,
    max_depth: int,
    *,
    trials: int = 1000,
    d_in: int = 1,
    seed: int = 0,
    samples: int = 256,
    init: str = "he",
) -> np.ndarray:
    """Born-dead probability for every depth 1, 2, ..., ``max_depth`` from one set of networks.

    Entry ``k`` is the estimate for depth ``k + 1`` (``depth`` weight layers =
    ``depth - 1`` hidden ReLU layers of ``width`` units, then a linear output).
    The networks of depth D are the first D - 1 hidden layers of the deepest
    ones, so for one seed the curve never decreases and entry D - 1 equals
    ``born_dead_probability(width, D, ...)`` with the same arguments.

    Weights are He-normal (variance 2 / fan_in), biases zero. A network is
    *born dead* when some hidden layer outputs 0 for every input of the input
    set; then every later layer does too and the network is a constant.

    Input set and why two points suffice for ``d_in = 1``: with zero biases
    every layer is positively homogeneous, ``h(t x) = t h(x)`` for ``t > 0``, and
    ``h(0) = 0``. On [-sqrt(3), sqrt(3)] (uniform inputs of variance 1), a layer
    is therefore zero everywhere iff it is zero at x = -1 and x = +1. The
    two-point test is exact, not a sample. For ``d_in > 1`` the input set is the
    cube [-sqrt(3), sqrt(3)]^d_in; homogeneity reduces it to directions, and we
    test ``samples`` random directions x and their opposites -x (standard
    normal points, shared by all trials; a larger ``samples`` keeps the first
    ones and the same weights).
    A network non-zero only in a narrow cone that no sample hits is counted
    dead, so for ``d_in > 1`` the estimate can only err upwards; it decreases to
    the true value as ``samples`` grows. Measured for width 3, depth 10,
    d_in = 2, 4000 trials: 0.518 with 4 samples, 0.496 with 64, 0.493 with the
    default 256 and 0.491 with 4096.

    Depth 2 (one hidden layer) is never born dead: a unit is zero at both x and
    -x only if all its weights are 0, which has probability 0, and the input
    sets above contain -x with x. Depth 1 has no hidden layer. Both give 0.

    ``init="asymmetric"`` is a bias-free simplification of the randomized
    asymmetric initialisation of Lu et al.: in every unit one incoming weight,
    chosen at random, is replaced by its absolute value. (Their version may pick
    the bias and draws it from a Beta distribution; ours keeps biases at zero so
    the two-point test stays exact.)
    """
    func = "born_dead_by_depth"
    width = _check_int(width, "width", func)
    max_depth = _check_int(max_depth, "max_depth", func)
    trials = _check_int(trials, "trials", func)
    d_in = _check_int(d_in, "d_in", func)
    samples = _check_int(samples, "samples", func)
    init = _check_choice(init, ("he", "asymmetric"), "init", func)
    rng = np.random.default_rng(seed)
    if d_in == 1:
        points = np.array([[-1.0, 1.0]])  # shape (d_in, n_points)
    else:
        # A stream of its own, drawn row by row: more samples add directions and leave the weights alone.
        points = np.random.default_rng((seed, 1)).standard_normal((samples, d_in)).T
        points = np.concatenate([points, -points], axis=1)  # the cube is symmetric: test x and -x
    h = np.broadcast_to(points, (trials, *points.shape))
    dead = np.zeros(trials, dtype=bool)
    curve = np.zeros(max_depth)  # depth 1 has no hidden layer: never dead
    fan_in = d_in
    for depth in range(2, max_depth + 1):
        w = _he_layers(rng, trials, fan_in, width, init)
        # (trials, width, fan_in) @ (trials, fan_in, n_points): every trial at once.
        h = relu(w @ h)
        dead |= ~h.any(axis=(1, 2))
        curve[depth - 1] = dead.mean()
        fan_in = width
    return curve


def born_dead_probability(
    width: int,
    depth: int,
    *,
    trials: int = 1000,
    d_in: int = 1,
    seed: int = 0,
    samples: int = 256,
    init: str = "he",
) -> float:
    """Fraction of ``trials`` random ReLU networks that are born dead (output a constant).

    ``depth`` counts weight layers: ``depth - 1`` hidden ReLU layers of
    ``width`` units, then a linear output (whose weights cannot matter, so they
    are not drawn). He-normal weights, zero biases; a network is born dead when
    some hidden layer outputs 0 for every input. For ``d_in = 1`` the input set
    [-sqrt(3), sqrt(3)] reduces exactly to the two points -1 and +1 (zero biases
    make every layer positively homogeneous, f(t x) = t f(x) for t > 0);
    for ``d_in > 1`` ``samples`` random directions are tested, an estimate that
    can only err upwards. Depth 1 (no hidden layer) and depth 2 (one hidden
    layer: a unit is zero at both x and -x only if its weights are all 0, which
    has probability 0) give exactly 0. See :func:`born_dead_by_depth`.
    """
    depth = _check_int(depth, "depth", "born_dead_probability")
    for name, value in (("width", width), ("trials", trials), ("d_in", d_in), ("samples", samples)):
        _check_int(value, name, "born_dead_probability")
    _check_choice(init, ("he", "asymmetric"), "init", "born_dead_probability")
    curve = born_dead_by_depth(width, depth, trials=trials, d_in=d_in, seed=seed, samples=samples, init=init)
    return float(curve[-1])


def single_input_bound(width: int, depth: int | ArrayLike) -> float | np.ndarray:
    """Probability that the network is zero at one fixed input x != 0: ``1 - (1 - 2**-width)**(depth - 1)``.

    Each hidden layer, given a non-zero input, is all zero with probability
    2**-width (every unit's pre-activation is a symmetric Gaussian). A network
    dead everywhere is dead at x, so this is an upper bound on
    :func:`born_dead_probability` for ``d_in = 1``.
    """
    width = _check_int(width, "width", "single_input_bound")
    d = np.asarray(depth, dtype=float)
    result = 1.0 - (1.0 - 2.0**-width) ** (d - 1)
    return float(result) if result.ndim == 0 else result


def active_fraction(width: int, *, d_in: int = 16, inputs: int = 1, seed: int = 0) -> np.ndarray:
    """Fraction of a fresh zero-bias He-normal ReLU layer's units that output > 0, per input.

    Returns one value per input (``inputs`` random standard-normal inputs).
    For a fixed input every unit is positive with probability exactly 1/2,
    independently of the others, so each value is Binomial(width, 1/2) / width.
    """
    func = "active_fraction"
    width = _check_int(width, "width", func)
    d_in = _check_int(d_in, "d_in", func)
    inputs = _check_int(inputs, "inputs", func)
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((width, d_in)) * np.sqrt(2.0 / d_in)
    x = rng.standard_normal((d_in, inputs))
    return (relu(w @ x) > 0).mean(axis=0)


# --------------------------------------------------------------------------- a small MLP


@dataclass
class TrainResult:
    """What :func:`train_mlp` measured; arrays have axes (epoch, learning rate, seed, ...).

    ``loss[e, i, s]``: mean squared error on the training set after ``e``
    epochs (``e = 0`` is the initial network) for learning rate ``lrs[i]`` and
    seed index ``s``. ``dead[e, i, s, j]``: hidden unit ``j`` has
    pre-activation <= 0 on every training input. ``dead_fraction`` is its mean
    over units. ``diverged[i, s]``: the loss overflowed (became inf or NaN);
    such a run is frozen at its last finite state. ``updates[e, i, s, j]`` (only
    with ``record_updates``): how far the incoming weights and bias of unit ``j``
    moved during epoch ``e + 1`` (Euclidean norm of the change).
    """

    lrs: np.ndarray
    loss: np.ndarray
    dead: np.ndarray
    diverged: np.ndarray
    params: dict[str, np.ndarray]
    updates: np.ndarray | None = None

    @property
    def dead_fraction(self) -> np.ndarray:
        return self.dead.mean(axis=-1)

    def at(self, lrs: Sequence[float]) -> TrainResult:
        """The same runs, only for the learning rates ``lrs`` (which must be among ``self.lrs``)."""
        index = [int(np.flatnonzero(np.isclose(self.lrs, lr))[0]) for lr in lrs]
        return TrainResult(
            lrs=self.lrs[index],
            loss=self.loss[:, index],
            dead=self.dead[:, index],
            diverged=self.diverged[index],
            params={k: v[index] for k, v in self.params.items()},
            updates=None if self.updates is None else self.updates[:, index],
        )

    def run_params(self, lr_index: int, seed_index: int) -> dict[str, np.ndarray]:
        """The final parameters of one run, with a leading runs axis of length 1 (for :func:`mlp_gradients`)."""
        return {k: v[lr_index, seed_index][None] for k, v in self.params.items()}


def init_mlp(
    d_in: int,
    width: int,
    d_out: int = 1,
    *,
    runs: int = 1,
    init: str = "he",
    bias: float = 0.0,
    activation: str = "relu",
    alpha: float = 0.01,
    seed: int | np.random.Generator = 0,
) -> dict[str, np.ndarray]:
    """Parameters of ``runs`` independent networks ``d_in -> width -> d_out``, stacked on axis 0.

    ``init="he"``: weights N(0, 2 / fan_in); ``"normal"``: N(0, 1) whatever the
    fan-in; ``"asymmetric"``: He, then for every hidden unit one incoming
    parameter (a weight or its bias, chosen at random) is made positive: a
    weight with ``abs``, a bias (which starts at ``bias``) by a new draw of
    ``abs`` of a He-sized normal value – a simplified form of the randomized asymmetric initialisation of
    Lu et al. (2020), who draw that parameter from a Beta distribution.
    Hidden biases start at ``bias``, the output bias at 0. For PReLU, ``a``
    holds one learnable negative slope per hidden unit, starting at ``alpha``.
    """
    func = "init_mlp"
    d_in = _check_int(d_in, "d_in", func)
    width = _check_int(width, "width", func)
    d_out = _check_int(d_out, "d_out", func)
    runs = _check_int(runs, "runs", func)
    init = _check_choice(init, INITS, "init", func)
    activation = _check_choice(activation, ACTIVATIONS, "activation", func)
    bias = check_alpha(bias, func, "bias")
    alpha = check_alpha(alpha, func, "alpha")
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)

    def scale(fan_in: int) -> float:
        return 1.0 if init == "normal" else np.sqrt(2.0 / fan_in)

    params = {
        "W1": rng.standard_normal((runs, d_in, width)) * scale(d_in),
        "b1": np.full((runs, width), bias),
        "W2": rng.standard_normal((runs, width, d_out)) * scale(width),
        "b2": np.zeros((runs, d_out)),
    }
    if init == "asymmetric":
        incoming = np.concatenate([params["W1"], params["b1"][:, None, :]], axis=1)  # (runs, d_in + 1, width)
        pick = rng.integers(d_in + 1, size=(runs, 1, width))
        chosen = np.take_along_axis(incoming, pick, axis=1)
        # A chosen bias is redrawn (abs of a He-sized value): the abs of a zero bias would stay 0.
        chosen = np.where(pick == d_in, rng.standard_normal(chosen.shape) * scale(d_in), chosen)
        np.put_along_axis(incoming, pick, np.abs(chosen), axis=1)
        params["W1"], params["b1"] = incoming[:, :d_in, :], incoming[:, d_in, :]
    if activation == "prelu":
        params["a"] = np.full((runs, width), alpha)
    return params


def _activate(z: np.ndarray, params: dict[str, np.ndarray], activation: str, alpha: float) -> np.ndarray:
    if activation == "relu":
        return relu(z)
    if activation == "leaky_relu":
        return leaky_relu(z, alpha)
    # PReLU with one slope per unit: relu(z) - a * relu(-z).
    return relu(z) - params["a"][:, None, :] * relu(-z)


def _activate_grad(z: np.ndarray, params: dict[str, np.ndarray], activation: str, alpha: float) -> np.ndarray:
    if activation == "relu":
        return relu_grad(z)
    if activation == "leaky_relu":
        return leaky_relu_grad(z, alpha)
    # 1 above 0, a at and below 0 (the same convention as leaky_relu_grad).
    positive = relu_grad(z)
    return positive + params["a"][:, None, :] * (1.0 - positive)


def hidden_pre_activations(params: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Pre-activations ``x @ W1 + b1`` of every run, shape (runs, n_inputs, width). ``x``: (n_inputs, d_in)."""
    return x @ params["W1"] + params["b1"][:, None, :]


def mlp_forward(
    params: dict[str, np.ndarray], x: np.ndarray, *, activation: str = "relu", alpha: float = 0.01
) -> np.ndarray:
    """Outputs of every run, shape (runs, n_inputs, d_out)."""
    z = hidden_pre_activations(params, x)
    h = _activate(z, params, activation, alpha)
    return h @ params["W2"] + params["b2"][:, None, :]


def mlp_loss(
    params: dict[str, np.ndarray], x: np.ndarray, y: np.ndarray, *, activation: str = "relu", alpha: float = 0.01
) -> np.ndarray:
    """Mean squared error of every run, shape (runs,). ``x``, ``y`` as in :func:`mlp_gradients`."""
    x, y = _as_data(x, y, "mlp_loss")
    err = mlp_forward(params, x, activation=activation, alpha=alpha) - y
    return (err**2).mean(axis=(1, 2))


def mlp_gradients(
    params: dict[str, np.ndarray], x: np.ndarray, y: np.ndarray, *, activation: str = "relu", alpha: float = 0.01
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Loss (runs,) and its gradient for every parameter, by hand-written backpropagation.

    ``x``: (n_inputs, d_in) or (n_inputs,) for d_in = 1; ``y`` likewise.

    The chain rule goes through ``helpers.relu_grad`` / ``leaky_relu_grad``, so
    a unit with pre-activation <= 0 on every input of the batch passes back
    exactly 0 (ReLU) or ``alpha`` times the upstream gradient (Leaky ReLU).
    """
    x, y = _as_data(x, y, "mlp_gradients")
    n, d_out = y.shape
    z = hidden_pre_activations(params, x)  # (runs, n, width)
    h = _activate(z, params, activation, alpha)
    out = h @ params["W2"] + params["b2"][:, None, :]
    err = out - y
    loss = (err**2).mean(axis=(1, 2))
    d_out_ = 2.0 * err / (n * d_out)  # dL/d out
    grads = {
        "W2": np.swapaxes(h, 1, 2) @ d_out_,
        "b2": d_out_.sum(axis=1),
    }
    d_h = d_out_ @ np.swapaxes(params["W2"], 1, 2)  # (runs, n, width)
    d_z = d_h * _activate_grad(z, params, activation, alpha)
    grads["W1"] = x.T @ d_z
    grads["b1"] = d_z.sum(axis=1)
    if activation == "prelu":
        grads["a"] = (d_h * -relu(-z)).sum(axis=1)
    return loss, grads


def _as_data(x: ArrayLike, y: ArrayLike, func: str) -> tuple[np.ndarray, np.ndarray]:
    xa = np.asarray(as_real_array(x, func).array, dtype=float)
    ya = np.asarray(as_real_array(y, func).array, dtype=float)
    xa = xa[:, None] if xa.ndim == 1 else xa
    ya = ya[:, None] if ya.ndim == 1 else ya
    if xa.ndim != 2 or ya.ndim != 2 or len(xa) != len(ya) or len(xa) == 0:
        raise ValueError(f"{func}: x and y need the same number of rows (>= 1), got shapes {xa.shape}, {ya.shape}")
    return xa, ya


def train_mlp(
    x: ArrayLike,
    y: ArrayLike,
    *,
    width: int = 64,
    lr: float | Sequence[float] = 0.01,
    epochs: int = 100,
    batch_size: int = 16,
    seeds: int = 1,
    seed: int = 0,
    activation: str = "relu",
    alpha: float = 0.01,
    init: str = "he",
    bias: float = 0.0,
    record_updates: bool = False,
) -> TrainResult:
    """Train ``x -> width -> y`` networks with plain mini-batch SGD on the mean squared error.

    Every learning rate in ``lr`` is run with the same ``seeds`` initial
    networks and the same order of mini-batches (drawn from
    ``default_rng(seed)``), so that runs differ only in the learning rate; all
    ``len(lr) * seeds`` networks are trained at once, vectorised over runs.
    ``activation``: ``"relu"``, ``"leaky_relu"`` (slope ``alpha``) or
    ``"prelu"`` (learned slopes, starting at ``alpha``). ``init`` and ``bias``:
    see :func:`init_mlp`. Returns a :class:`TrainResult`.
    """
    func = "train_mlp"
    xa, ya = _as_data(x, y, func)
    width = _check_int(width, "width", func)
    epochs = _check_int(epochs, "epochs", func)
    batch_size = _check_int(batch_size, "batch_size", func)
    seeds = _check_int(seeds, "seeds", func)
    activation = _check_choice(activation, ACTIVATIONS, "activation", func)
    init = _check_choice(init, INITS, "init", func)
    alpha = check_alpha(alpha, func, "alpha")
    bias = check_alpha(bias, func, "bias")
    lrs = np.atleast_1d(np.asarray(lr, dtype=float))
    if lrs.ndim != 1 or not np.all(np.isfinite(lrs) & (lrs > 0)):
        raise ValueError(f"train_mlp: lr must be a positive number or a 1-D sequence of them, got {lr!r}")
    n_lr = len(lrs)
    rng = np.random.default_rng(seed)
    base = init_mlp(xa.shape[1], width, ya.shape[1], runs=seeds, init=init, bias=bias,
                    activation=activation, alpha=alpha, seed=rng)
    # Run r = i * seeds + s: learning rate i, initial network s.
    params = {k: np.tile(v, (n_lr,) + (1,) * (v.ndim - 1)) for k, v in base.items()}
    step = np.repeat(lrs, seeds)

    def measure() -> tuple[np.ndarray, np.ndarray]:
        z = hidden_pre_activations(params, xa)
        out = _activate(z, params, activation, alpha) @ params["W2"] + params["b2"][:, None, :]
        return ((out - ya) ** 2).mean(axis=(1, 2)), np.all(z <= 0, axis=1)

    runs = n_lr * seeds
    losses = np.empty((epochs + 1, runs))
    deads = np.empty((epochs + 1, runs, width), dtype=bool)
    updates = np.empty((epochs, runs, width)) if record_updates else None
    diverged = np.zeros(runs, dtype=bool)
    n = len(xa)
    with np.errstate(over="ignore", invalid="ignore"):
        losses[0], deads[0] = measure()
        for epoch in range(epochs):
            start = {k: params[k].copy() for k in ("W1", "b1")} if record_updates else None
            order = rng.permutation(n)
            for first in range(0, n, batch_size):
                batch = order[first : first + batch_size]
                _, grads = mlp_gradients(params, xa[batch], ya[batch], activation=activation, alpha=alpha)
                new = {}
                finite = ~diverged
                for k, g in grads.items():
                    new[k] = params[k] - step.reshape((runs,) + (1,) * (g.ndim - 1)) * g
                    finite &= np.isfinite(new[k]).reshape(runs, -1).all(axis=1)
                # A run whose step overflows has diverged: it stays frozen at its last finite state.
                diverged |= ~finite & ~diverged
                for k in grads:
                    params[k] = np.where(finite.reshape((runs,) + (1,) * (new[k].ndim - 1)), new[k], params[k])
            losses[epoch + 1], deads[epoch + 1] = measure()
            diverged |= ~np.isfinite(losses[epoch + 1])
            if record_updates:
                moved = np.concatenate([params["W1"] - start["W1"], (params["b1"] - start["b1"])[:, None, :]], axis=1)
                updates[epoch] = np.sqrt((moved**2).sum(axis=1))
    shape = (n_lr, seeds)
    return TrainResult(
        lrs=lrs,
        loss=losses.reshape((epochs + 1, *shape)),
        dead=deads.reshape((epochs + 1, *shape, width)),
        diverged=diverged.reshape(shape),
        params={k: v.reshape((*shape, *v.shape[1:])) for k, v in params.items()},
        updates=None if updates is None else updates.reshape((epochs, *shape, width)),
    )


# --------------------------------------------------------------------------- summaries for the notebook


def came_back(dead: np.ndarray) -> tuple[int, int]:
    """Units dead at some epoch after the start, and how many of them are not dead at the end.

    ``dead`` is a record like ``TrainResult.dead`` (epoch first, unit last).

    For ReLU the second number is always 0: a dead unit's incoming weights get
    no gradient, and its pre-activations depend on nothing else.
    """
    dead = np.asarray(dead, dtype=bool)
    ever = dead[1:].any(axis=0)
    return int(ever.sum()), int((ever & ~dead[-1]).sum())


def summarize(result: TrainResult) -> list[dict[str, float]]:
    """One row per learning rate: runs, diverged runs, and the final dead fraction and loss of the others.

    Quantiles are over the runs that did not diverge (NaN when all diverged).
    """
    rows = []
    final = result.dead_fraction[-1]
    for i, lr in enumerate(result.lrs):
        ok = ~result.diverged[i]
        row = {"lr": float(lr), "runs": int(ok.size), "diverged": int((~ok).sum())}
        if ok.any():
            q25, median, q75 = np.percentile(final[i][ok], [25, 50, 75])
            row.update(median=median, q25=q25, q75=q75, min=final[i][ok].min(), max=final[i][ok].max(),
                       loss=float(np.median(result.loss[-1, i][ok])))
        else:
            row.update(median=np.nan, q25=np.nan, q75=np.nan, min=np.nan, max=np.nan, loss=np.nan)
        rows.append(row)
    return rows


def by_lr(result: TrainResult) -> dict[float, dict[str, float]]:
    """The rows of :func:`summarize` keyed by learning rate, e.g. ``by_lr(runs)[0.015]["median"]``.

    For the numbers a chapter's prose quotes from its tables (filled in by the notebook builder).
    """
    return {row["lr"]: row for row in summarize(result)}


def _percent(value: float) -> str:
    return "-" if np.isnan(value) else f"{100 * value:.0f}%"


def _span(low: float, high: float) -> str:
    return "-" if np.isnan(low) else f"{_percent(low)}{_text('dying.range_sep')}{_percent(high)}"


def summary_table(results: TrainResult | Mapping[str, TrainResult]) -> str:
    """The rows of :func:`summarize` as an aligned plain-text table with localised column names.

    Pass one :class:`TrainResult`, or a dict ``{label: result}`` to compare
    settings (the label becomes the first column).
    """
    labelled = {"": results} if isinstance(results, TrainResult) else dict(results)
    head = [_text("dying.col.lr"), _text("dying.col.diverged"), _text("dying.col.median"),
            _text("dying.col.iqr"), _text("dying.col.range"), _text("dying.col.loss")]
    if not isinstance(results, TrainResult):
        head.insert(0, _text("dying.col.setting"))
    lines = []
    for label, result in labelled.items():
        for row in summarize(result):
            iqr = _span(row["q25"], row["q75"])
            loss = "-" if np.isnan(row["loss"]) else f"{row['loss']:.3f}"
            cells = [f"{row['lr']:g}", f"{row['diverged']}/{row['runs']}", _percent(row["median"]), iqr,
                     _span(row["min"], row["max"]), loss]
            lines.append(cells if isinstance(results, TrainResult) else [label, *cells])
    widths = [max(_width(r[k]) for r in [head, *lines]) for k in range(len(head))]
    labels_first = not isinstance(results, TrainResult)
    out = []
    for r in [head, *lines]:
        cells = [_pad(c, w, left=labels_first and k == 0) for k, (c, w) in enumerate(zip(r, widths, strict=True))]
        out.append("  ".join(cells))
    return "\n".join(out)


def _pad(cell: str, width: int, left: bool) -> str:
    space = " " * (width - _width(cell))
    return cell + space if left else space + cell


def _width(s: str) -> int:
    # East Asian wide characters take two columns in a monospace font.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def sine_data(n: int = 256, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The chapter's regression task: ``n`` inputs drawn uniformly from [-pi, pi] (sorted) and ``sin x``."""
    n = _check_int(n, "n", "sine_data")
    x = np.sort(np.random.default_rng(seed).uniform(-np.pi, np.pi, n))
    return x, np.sin(x)


def plot_dead_by_lr(result: TrainResult, ax=None):  # noqa: ANN001, ANN201  (matplotlib types)
    """Each run's final dead fraction against its learning rate (log axis), the median, and diverged runs on top.

    Returns the Axes and shows nothing: the notebook shows it with ``helpers.show(ax, description)``. The three
    kinds of mark differ in shape (dots, crosses, a line), not only in colour (Okabe-Ito, as ``helpers.plot``).
    """
    import matplotlib.pyplot as plt

    from helpers.plotting import PALETTE

    if ax is None:
        _, ax = plt.subplots(figsize=(6.0, 3.5), layout="constrained")
    final = result.dead_fraction[-1]
    n_lr, seeds = final.shape
    rates = np.repeat(result.lrs[:, None], seeds, axis=1)
    ok = ~result.diverged
    ax.plot(rates[ok], final[ok], "o", alpha=0.4, color=PALETTE[0], label=_text("dying.runs"))
    if (~ok).any():
        ax.plot(rates[~ok], np.full((~ok).sum(), 1.05), "x", color=PALETTE[3], label=_text("dying.diverged_runs"))
    medians = [np.median(final[i][ok[i]]) if ok[i].any() else np.nan for i in range(n_lr)]
    ax.plot(result.lrs, medians, "-", color="black", label=_text("dying.median"))
    ax.set(xscale="log", ylim=(-0.03, 1.1), xlabel=_text("dying.lr"), ylabel=_text("dying.dead_fraction"),
           title=_text("dying.sweep.title"))
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left")
    return ax


def born_dead_table(curves: Mapping[int, np.ndarray], depths: Sequence[int], bound: bool = True) -> str:
    """Rows of born-dead probabilities (one per width) at ``depths``; with ``bound``, the single-input bound in ()."""
    head = [_text("dying.col.width")] + [_text("dying.col.depth", depth=d) for d in depths]
    rows = []
    for width, curve in curves.items():
        cells = [f"{curve[d - 1]:.3f}" + (f" ({single_input_bound(width, d):.3f})" if bound else "") for d in depths]
        rows.append([str(width), *cells])
    widths = [max(_width(r[k]) for r in [head, *rows]) for k in range(len(head))]
    return "\n".join("  ".join(_pad(c, w, left=False) for c, w in zip(r, widths, strict=True)) for r in [head, *rows])
