"""Chapter 3 (the dying ReLU problem): known-wrong and other right answers of its exercises.

The chapter's author owns this file.

``WRONG_ANSWERS[id]``: at least five realistic wrong answers per exercise (see tests/exercise_answers/common.py).
``RIGHT_ANSWERS[id]``: other correct answers a learner may well write; the checker must accept them.
"""

from __future__ import annotations

from tests.exercise_answers.common import Wrong

DEAD_FIRST = "dead_fraction(np.array([[1.0, -1.0, 0.0, -2.0], [-1.0, -3.0, 0.0, 0.5]]))"

# born_dead_experiment: the learner's completed starter, assembled from the pieces a learner writes.
BORN_START = "width, depth, trials = 3, 10, 1000\nrng = np.random.default_rng(0)\npoints = np.array([[-1.0, 1.0]])\n"
LAYERS = ("    for _ in range(depth - 1):\n"
          "        W = rng.standard_normal((width, h.shape[0])) * np.sqrt(2 / h.shape[0])\n"
          "        h = helpers.relu(W @ h)\n")


def born(layers: str = LAYERS, count: str = "    dead += not h.any()\n", start: str = BORN_START,
         reset: str = "    h = points\n", result: str = "born_dead = dead / trials") -> str:
    """A loop-over-networks answer of born_dead_experiment with one piece replaced."""
    return start + "dead = 0\nfor _ in range(trials):\n" + reset + layers + count + result


VECTORISED = BORN_START + """\
h = np.broadcast_to(points, (trials, *points.shape))
for _ in range(depth - 1):
    W = rng.standard_normal((trials, width, h.shape[1])) * np.sqrt(2 / h.shape[1])
    h = helpers.relu(W @ h)
born_dead = float(np.mean(~h.any(axis=(1, 2))))"""

WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "dead_fraction": [
        Wrong("< 0 misses units stuck at exactly 0",
              "def dead_fraction(z):\n    return float(np.all(z < 0, axis=0).mean())", "incorrect", DEAD_FIRST),
        Wrong("axis=1 asks about inputs", "def dead_fraction(z):\n    return float(np.all(z <= 0, axis=1).mean())",
              "incorrect", DEAD_FIRST),
        Wrong("any instead of all", "def dead_fraction(z):\n    return float(np.any(z <= 0, axis=0).mean())",
              "incorrect", DEAD_FIRST),
        Wrong("the count, not the fraction", "def dead_fraction(z):\n    return np.all(z <= 0, axis=0).sum()",
              "wrong_kind", DEAD_FIRST),
        Wrong("fraction of entries <= 0", "def dead_fraction(z):\n    return float((z <= 0).mean())",
              "incorrect", DEAD_FIRST),
        Wrong("returns the mask", "def dead_fraction(z):\n    return np.all(z <= 0, axis=0)", "wrong_kind", DEAD_FIRST),
        Wrong("a percentage", "def dead_fraction(z):\n    return 100 * np.all(z <= 0, axis=0).mean()",
              "incorrect", DEAD_FIRST),
        Wrong("mean pre-activation <= 0", "def dead_fraction(z):\n    return float((z.mean(axis=0) <= 0).mean())",
              "incorrect", DEAD_FIRST),
        Wrong("isclose calls 1e-300 zero",
              "def dead_fraction(z):\n    return float(np.all(np.isclose(np.maximum(z, 0), 0), axis=0).mean())",
              "incorrect", "1e-300"),
        Wrong("applies ReLU in place",
              "def dead_fraction(z):\n    z[z < 0] = 0\n    return float(np.all(z == 0, axis=0).mean())", "incorrect",
              DEAD_FIRST),
    ],
    "all_zero_layer": [
        Wrong("half the units are 0, so 1/2", "answer = 0.5", "incorrect", "0.5"),
        Wrong("one chance in 4 units", "answer = 0.25", "incorrect", "0.25"),
        Wrong("2 ** -(w - 1)", "answer = 1 / 8", "incorrect", "0.125"),
        Wrong("never: independent units", "answer = 0.0", "incorrect", "0.0"),
        Wrong("at least one unit positive", "answer = 1 - 0.5 ** 4", "incorrect", "0.9375"),
        Wrong("2 ** -5 (counted the bias as a unit)", "answer = 2 ** -5", "incorrect", "0.03125"),
        Wrong("the number of layers, not the fraction", "answer = 12_500", "incorrect", "12500"),
        Wrong("the formula as text", "answer = '2^-4'", "wrong_kind", "'2^-4'"),
    ],
    "born_dead_experiment": [
        Wrong("only the point x = 1: the single-input bound",
              born(start=BORN_START.replace("[[-1.0, 1.0]]", "[[1.0]]")), "incorrect", "born_dead = 0.683"),
        Wrong("forgot the ReLU: a linear network is never zero",
              born(layers=LAYERS.replace("helpers.relu(W @ h)", "W @ h")), "incorrect", "born_dead = 0 "),
        Wrong("dead when any unit is zero", born(count="    dead += not h.all()\n"), "incorrect",
              "born_dead = 0.979"),
        Wrong("h set once before the loop: the first dead network stays", born(reset="").replace(
            "dead = 0\n", "dead = 0\nh = points\n"), "incorrect", "born_dead = 1 "),
        Wrong("only the first hidden layer", born(layers=LAYERS.replace("range(depth - 1)", "range(1)")),
              "incorrect", "born_dead = 0 "),
        Wrong("the count, not the fraction", born(result="born_dead = dead"), "incorrect", "born_dead = 569"),
        Wrong("a percentage", born(result="born_dead = 100 * dead / trials"), "incorrect", "born_dead = 56.9"),
        Wrong("the mask per network, not its mean", VECTORISED.replace(
            "born_dead = float(np.mean(~h.any(axis=(1, 2))))", "born_dead = ~h.any(axis=(1, 2))"),
            "wrong_kind", "array([False"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "all_zero_layer": ["answer = 1 / 16", "answer = 0.0625", "answer = 2 ** -4", "answer = 0.5 ** 4",
                       "answer = 0.06", "answer = 0.063", "answer = np.float64(0.0625)"],
    "born_dead_experiment": [
        VECTORISED,
        # the table's own networks, and the scale of the weights does not matter
        born(layers=LAYERS.replace(" * np.sqrt(2 / h.shape[0])", "")),
        # a grid on the whole interval instead of the two points (it contains both signs)
        born(start=BORN_START.replace("np.array([[-1.0, 1.0]])", "np.linspace(-3 ** 0.5, 3 ** 0.5, 101)[None, :]")),
        # testing every layer on the way, and another seed
        born(start=BORN_START.replace("default_rng(0)", "default_rng(2026)"),
             layers=LAYERS + "        if not h.any():\n            break\n"),
        BORN_START + "born_dead = helpers.born_dead_probability(width, depth, trials=trials)",
        born(result="born_dead = np.float64(dead) / trials"),
    ],
}

# dead_fraction reads a 2-D table (inputs x units), and its task promises no NaN (a NaN unit has no honest count).
NOT_COVERED: dict[str, set[str]] = {"dead_fraction": {"0-d to 3-d arrays", "NaN"}}
