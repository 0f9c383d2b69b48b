"""helpers.dying: born-dead probabilities, dead-unit counts, the hand-written backward pass, and the widget.

Statistical tests use tolerances derived from the trial count: an estimate p_hat of a probability p from n
independent trials has standard deviation sqrt(p (1 - p) / n); we allow Z = 4.5 of them, so a correct
implementation fails a given check with probability below 1e-5 (and the seeds are fixed, so a run is reproducible).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import helpers
from helpers import dying, widgets

Z = 4.5


def sigma(p: float, n: int) -> float:
    """Standard deviation of a frequency estimated from n trials (p clipped away from 0 and 1 for safety)."""
    p = min(max(p, 1 / n), 1 - 1 / n)
    return float(np.sqrt(p * (1 - p) / n))


# ----------------------------------------------------------------------------------------------- born dead


@pytest.mark.parametrize("width", [1, 2, 3, 5, 10])
@pytest.mark.parametrize("d_in", [1, 3])
def test_depth_1_and_2_are_never_born_dead(width, d_in):
    # One hidden layer: unit j is <= 0 at both x and -x only if its weights are all 0 (probability 0).
    for seed in range(3):
        assert dying.born_dead_probability(width, 2, trials=500, d_in=d_in, seed=seed, samples=8) == 0.0
    assert dying.born_dead_probability(width, 1, trials=10) == 0.0


@pytest.mark.parametrize("depth", [3, 4, 6])
def test_width_1_matches_its_exact_probability(depth):
    # Width 1: the first layer is non-zero at exactly one of x = -1, +1; every later layer then kills that
    # point with probability 1/2, so P(born dead) = 1 - 2 ** -(depth - 2) exactly.
    trials = 4000
    p = 1 - 2.0 ** -(depth - 2)
    estimate = dying.born_dead_probability(1, depth, trials=trials, seed=depth)
    assert abs(estimate - p) <= Z * sigma(p, trials)


def test_two_points_are_exact_for_d_in_1():
    # Brute force on a fine grid of [-sqrt(3), sqrt(3)] with the same weights (same generator, same order of draws)
    # must flag exactly the same networks as the two-point test.
    width, depth, trials, seed = 3, 8, 300, 7
    rng = np.random.default_rng(seed)
    grid = np.linspace(-np.sqrt(3), np.sqrt(3), 401)[None, :]
    h = np.broadcast_to(grid, (trials, 1, grid.shape[1]))
    dead = np.zeros(trials, dtype=bool)
    fan_in = 1
    for _ in range(depth - 1):
        w = rng.standard_normal((trials, width, fan_in)) * np.sqrt(2.0 / fan_in)
        h = np.maximum(w @ h, 0)
        dead |= ~h.any(axis=(1, 2))
        fan_in = width
    assert dying.born_dead_probability(width, depth, trials=trials, seed=seed) == dead.mean()


def test_estimate_is_below_the_single_input_bound():
    trials = 2000
    for width, depth in [(2, 3), (2, 5), (3, 10), (4, 10), (5, 20)]:
        bound = dying.single_input_bound(width, depth)
        estimate = dying.born_dead_probability(width, depth, trials=trials, seed=1)
        assert estimate <= bound + Z * sigma(bound, trials)
    # At depth 3, width 2 the bound (0.4375) is far above the truth: the check above is not vacuous.
    assert dying.born_dead_probability(2, 3, trials=trials, seed=1) < 0.4375 - Z * sigma(0.4375, trials)


def test_grows_with_depth_and_shrinks_with_width():
    trials = 2000
    curve = dying.born_dead_by_depth(3, 30, trials=trials, seed=0)
    assert np.all(np.diff(curve) >= 0)  # nested networks: deterministic for one seed
    # Independent seeds: the differences must exceed their noise (variance of a difference adds up).
    shallow = dying.born_dead_probability(3, 5, trials=trials, seed=11)
    deep = dying.born_dead_probability(3, 15, trials=trials, seed=12)
    assert deep - shallow > Z * np.hypot(sigma(shallow, trials), sigma(deep, trials))
    narrow = dying.born_dead_probability(2, 10, trials=trials, seed=13)
    wide = dying.born_dead_probability(5, 10, trials=trials, seed=14)
    assert narrow - wide > Z * np.hypot(sigma(narrow, trials), sigma(wide, trials))
    # A deep enough narrow network is almost surely born dead (Lu et al.'s theorem).
    assert dying.born_dead_probability(2, 60, trials=500, seed=15) > 0.97


def test_curve_and_probability_agree_and_are_reproducible():
    curve = dying.born_dead_by_depth(4, 12, trials=700, seed=5)
    assert dying.born_dead_probability(4, 12, trials=700, seed=5) == curve[-1]
    assert dying.born_dead_probability(4, 9, trials=700, seed=5) == curve[8]
    assert np.array_equal(curve, dying.born_dead_by_depth(4, 12, trials=700, seed=5))
    assert not np.array_equal(curve, dying.born_dead_by_depth(4, 12, trials=700, seed=6))


def test_more_directions_can_only_lower_the_estimate_for_d_in_above_1():
    estimates = [dying.born_dead_probability(3, 10, d_in=2, trials=1000, samples=s, seed=2) for s in (1, 4, 32, 256)]
    assert estimates == sorted(estimates, reverse=True)
    assert estimates[0] > estimates[-1]


def test_asymmetric_init_lowers_the_born_dead_probability():
    trials = 2000
    he = dying.born_dead_probability(3, 20, trials=trials, seed=3)
    asym = dying.born_dead_probability(3, 20, trials=trials, seed=4, init="asymmetric")
    assert he - asym > Z * np.hypot(sigma(he, trials), sigma(asym, trials))


def test_a_wide_layer_is_half_active_within_the_binomial_tolerance():
    width = 20_000
    fractions = dying.active_fraction(width, d_in=16, inputs=20, seed=0)
    # For a fixed input the count of active units is Binomial(width, 1/2).
    assert np.all(np.abs(fractions - 0.5) <= Z * sigma(0.5, width))
    assert np.array_equal(fractions, dying.active_fraction(width, d_in=16, inputs=20, seed=0))


def test_single_input_bound_formula():
    assert dying.single_input_bound(2, 2) == 0.25
    assert dying.single_input_bound(1, 3) == 0.75
    assert np.allclose(dying.single_input_bound(3, np.array([1, 2, 3])), [0.0, 0.125, 1 - (7 / 8) ** 2])


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"width": 0, "depth": 3}, ValueError, "width must be at least 1"),
        ({"width": 3, "depth": 0}, ValueError, "depth must be at least 1"),
        ({"width": 3, "depth": 3, "trials": 0}, ValueError, "trials must be at least 1"),
        ({"width": 3, "depth": 3, "d_in": 0}, ValueError, "d_in must be at least 1"),
        ({"width": 2.5, "depth": 3}, TypeError, "width must be an integer"),
        ({"width": 3, "depth": 3.0}, TypeError, "depth must be an integer"),
        ({"width": "3", "depth": 3}, TypeError, "width must be an integer"),
        ({"width": True, "depth": 3}, TypeError, "width must be an integer"),
        ({"width": 3, "depth": 3, "trials": None}, TypeError, "trials must be an integer"),
        ({"width": 3, "depth": 3, "init": "xavier"}, ValueError, "init must be one of"),
    ],
)
def test_bad_arguments_are_clear_errors(kwargs, error, message):
    with pytest.raises(error, match=f"^born_dead_probability: {message}"):
        dying.born_dead_probability(**kwargs)
    curve_kwargs = {"max_depth" if k == "depth" else k: v for k, v in kwargs.items()}
    with pytest.raises(error, match="^born_dead_by_depth: " + message.replace("depth must", "max_depth must")):
        dying.born_dead_by_depth(**curve_kwargs)


def test_numpy_integers_are_accepted():
    assert dying.born_dead_probability(np.int64(3), np.int32(2), trials=np.int64(10)) == 0.0


# ----------------------------------------------------------------------------------------------- dead_fraction


def test_dead_fraction_counts_units_that_are_never_positive():
    z = np.array([[1.0, -1.0, 0.0, -2.0], [-1.0, -3.0, 0.0, 0.5]])
    # unit 0 positive once, unit 1 never, unit 2 exactly 0 everywhere (dead: relu_grad(0) = 0), unit 3 positive once
    assert helpers.dead_fraction(z) == 0.5
    assert helpers.dead_fraction(z.tolist()) == 0.5
    assert helpers.dead_fraction(np.stack([z, -np.abs(z) - 1])).tolist() == [0.5, 1.0]
    assert helpers.dead_fraction(np.zeros((3, 2), dtype=np.int64)) == 1.0


def test_dead_fraction_propagates_nan_and_rejects_bad_input():
    z = np.array([[1.0, -1.0], [np.nan, -1.0]])
    assert np.isnan(helpers.dead_fraction(z))
    with pytest.raises(ValueError, match="^dead_fraction: expected shape"):
        helpers.dead_fraction(np.array([1.0, -1.0]))
    with pytest.raises(ValueError, match="^dead_fraction: need at least one input"):
        helpers.dead_fraction(np.zeros((0, 3)))
    with pytest.raises(TypeError, match="^dead_fraction:"):
        helpers.dead_fraction("abc")


def test_dead_fraction_does_not_modify_its_input():
    z = np.array([[1.0, -1.0], [0.0, -1.0]])
    copy = z.copy()
    helpers.dead_fraction(z)
    assert np.array_equal(z, copy)


# ----------------------------------------------------------------------------------------------- the MLP


def numerical_gradient(params, x, y, activation, alpha, h=1e-6):
    grads = {}
    for key, value in params.items():
        g = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            up = {k: v.copy() for k, v in params.items()}
            down = {k: v.copy() for k, v in params.items()}
            up[key][index] += h
            down[key][index] -= h
            run = index[0]
            g[index] = (dying.mlp_loss(up, x, y, activation=activation, alpha=alpha)[run]
                        - dying.mlp_loss(down, x, y, activation=activation, alpha=alpha)[run]) / (2 * h)
        grads[key] = g
    return grads


@pytest.mark.parametrize("activation", ["relu", "leaky_relu", "prelu"])
def test_backpropagation_matches_central_differences(activation):
    rng = np.random.default_rng(3)
    x, y = rng.normal(size=(7, 3)), rng.normal(size=(7, 2))
    params = dying.init_mlp(3, 5, 2, runs=2, activation=activation, alpha=0.2, bias=0.1, seed=1)
    loss, grads = dying.mlp_gradients(params, x, y, activation=activation, alpha=0.2)
    assert np.allclose(loss, dying.mlp_loss(params, x, y, activation=activation, alpha=0.2))
    numeric = numerical_gradient(params, x, y, activation, 0.2)
    assert set(grads) == set(params)
    for key in params:
        # Central differences are accurate to O(h^2) plus rounding of about 1e-16 / h: 1e-7 is ample.
        assert np.allclose(grads[key], numeric[key], rtol=1e-5, atol=1e-7), key


@given(seed=st.integers(0, 2**32 - 1), unit=st.integers(0, 5))
def test_a_dead_unit_gets_exactly_zero_gradient_and_a_leaky_one_does_not(seed, unit):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(-3, 3, size=(20, 2)), rng.normal(size=(20, 1))
    params = dying.init_mlp(2, 6, 1, runs=1, seed=rng)
    # Kill one unit: a bias far below anything its weights can reach on these inputs.
    params["b1"][0, unit] = -10.0 - 6 * np.abs(params["W1"][0, :, unit]).sum()
    assert helpers.dead_fraction(dying.hidden_pre_activations(params, x)[0]) >= 1 / 6
    _, grads = dying.mlp_gradients(params, x, y)
    assert np.all(grads["W1"][0, :, unit] == 0.0) and grads["b1"][0, unit] == 0.0
    assert np.all(grads["W2"][0, unit] == 0.0)  # it outputs 0, so its outgoing weight is stuck too
    _, leaky = dying.mlp_gradients(params, x, y, activation="leaky_relu")
    assert np.any(leaky["W1"][0, :, unit] != 0.0) or leaky["b1"][0, unit] != 0.0


def test_training_never_moves_a_dead_relu_unit():
    x, y = dying.sine_data(64)
    result = helpers.train_mlp(x, y, width=16, lr=[0.015, 0.03], epochs=6, seeds=6, batch_size=8, record_updates=True)
    ok = ~result.diverged[None, :, :, None]
    dead_at_start = result.dead[:-1] & ok
    assert dead_at_start.sum() > 0, "the check below needs some dead units"
    assert np.all(result.updates[dead_at_start] == 0.0)
    assert np.all(result.updates[~result.dead[:-1] & ok] > 0.0)
    # ReLU units never come back; dead stays dead from epoch to epoch.
    assert dying.came_back(result.dead[:, ~result.diverged])[1] == 0
    assert np.all(result.dead[1:][:, ~result.diverged] >= result.dead[:-1][:, ~result.diverged])


def test_train_mlp_shapes_reproducibility_and_shared_initial_networks():
    x, y = dying.sine_data(32)
    a = helpers.train_mlp(x, y, width=8, lr=[0.001, 0.002], epochs=3, seeds=4, seed=9)
    b = helpers.train_mlp(x, y, width=8, lr=[0.001, 0.002], epochs=3, seeds=4, seed=9)
    assert a.loss.shape == (4, 2, 4) and a.dead.shape == (4, 2, 4, 8) and a.diverged.shape == (2, 4)
    assert a.updates is None
    assert np.array_equal(a.loss, b.loss)
    assert np.array_equal(a.loss[0, 0], a.loss[0, 1])  # every learning rate starts from the same networks
    assert not np.array_equal(a.loss[-1, 0], a.loss[-1, 1])
    assert np.all(a.loss[-1] < a.loss[0])  # a small learning rate does reduce the loss
    assert a.at([0.002]).loss.shape == (4, 1, 4)


def test_a_huge_learning_rate_is_reported_as_diverged_without_warnings():
    x, y = dying.sine_data(32)
    with np.errstate(all="raise"):
        result = helpers.train_mlp(x, y, width=8, lr=[0.001, 50.0], epochs=5, seeds=3)
    assert not result.diverged[0].any() and result.diverged[1].all()
    assert all(np.isfinite(v).all() for v in result.params.values())  # frozen at the last finite state
    row = dying.summarize(result)[1]
    assert row["diverged"] == 3 and np.isnan(row["median"])


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"width": 0}, ValueError, "width must be at least 1"),
        ({"epochs": 1.5}, TypeError, "epochs must be an integer"),
        ({"lr": -0.1}, ValueError, "lr must be a positive number"),
        ({"lr": [0.1, float("nan")]}, ValueError, "lr must be a positive number"),
        ({"activation": "tanh"}, ValueError, "activation must be one of"),
        ({"init": "xavier"}, ValueError, "init must be one of"),
    ],
)
def test_train_mlp_bad_arguments(kwargs, error, message):
    x, y = dying.sine_data(8)
    with pytest.raises(error, match=f"^train_mlp: {message}"):
        helpers.train_mlp(x, y, **{"epochs": 1, **kwargs})
    with pytest.raises(ValueError, match="^train_mlp: x and y need the same number of rows"):
        helpers.train_mlp(x, y[:-1], epochs=1)


def test_summary_table_is_localised():
    x, y = dying.sine_data(16)
    result = helpers.train_mlp(x, y, width=4, lr=[0.001], epochs=1, seeds=2)
    try:
        helpers.set_language("ja")
        assert "学習率" in dying.summary_table(result)
        helpers.set_language("en")
        table = dying.summary_table({"base": result})
        assert table.splitlines()[0].startswith("setting") and "learning rate" in table
    finally:
        helpers.set_language("en")


def test_by_lr_keys_the_summary_rows_by_learning_rate_and_ranges_use_the_language_separator():
    x, y = dying.sine_data(32)
    result = helpers.train_mlp(x, y, width=8, lr=[0.001, 0.03, 5.0], epochs=3, seeds=4)
    rows = dying.by_lr(result)
    assert list(rows) == [0.001, 0.03, 5.0]
    assert rows == {row["lr"]: row for row in dying.summarize(result)}
    final = result.dead_fraction[-1, 1][~result.diverged[1]]
    assert rows[0.03]["max"] == final.max() and rows[0.03]["runs"] == 4
    assert rows[5.0]["diverged"] == 4 and np.isnan(rows[5.0]["median"])
    try:
        helpers.set_language("ja")
        assert "〜" in dying.summary_table(result) and "%-" not in dying.summary_table(result)
        helpers.set_language("en")
        assert "–" in dying.summary_table(result)
    finally:
        helpers.set_language("en")


def test_came_back_counts_units_dead_at_some_epoch_and_alive_at_the_end():
    dead = np.array([[False, True, False, False], [True, True, False, False], [False, True, True, False]])
    assert dying.came_back(dead) == (3, 1)  # units 0, 1, 2 were dead after the start; unit 0 is alive at the end
    assert dying.came_back(dead[:1]) == (0, 0)


# ----------------------------------------------------------------------------------------------- the widget


def test_widget_button_and_slider_retrain_and_redraw():
    helpers.set_language("en")
    before = plt.get_fignums()
    w = widgets.dying_explorer(lr=0.002, epochs=5)
    (slider,) = w.controls
    text0, png0 = w.readout.value, bytes(w.image.value)
    assert "learning rate 0.002, seed 0" in text0 and png0.startswith(b"\x89PNG")
    w.button.click()
    text1, png1 = w.readout.value, bytes(w.image.value)
    assert "seed 1" in text1 and png1 != png0
    slider.value = 0.02
    assert "learning rate 0.02," in w.readout.value and bytes(w.image.value) != png1
    slider.value = 10 ** slider.max
    assert "diverged" in w.readout.value or "dead" in w.readout.value
    assert plt.get_fignums() == before
