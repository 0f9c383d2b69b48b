"""Chapter 3 exercises: count the dead units; predict an all-zero layer; measure how often a network is born dead."""

from __future__ import annotations

import numpy as np

from helpers.dying import dead_fraction
from helpers.exercises.registry import Exercise, case

# Rows are inputs, columns are units. Each array is chosen so that a common slip gives another number:
# exactly 0 counts as dead (relu_grad(0) = 0), the count runs down the columns (axis=0), and a unit is dead
# only if it is <= 0 on *every* input.
FIRST = [[1.0, -1.0, 0.0, -2.0], [-1.0, -3.0, 0.0, 0.5]]  # units 1 and 2 dead: 0.5
WIDE = [[-1.0, 2.0, -3.0, -0.5, 0.0], [-2.0, -1.0, -1.0, -0.1, -4.0], [-0.5, -3.0, 0.25, -2.0, -1.0]]  # 0.6
ONE_INPUT = [[0.5, -1.0, 0.0, 2.0, -3.0, 1e-300]]  # 0.5; a tiny positive value keeps a unit alive
ONE_UNIT = [[-1.0], [-2.0], [-0.0]]  # 1.0
INF = float("inf")
EXTREMES = [[-INF, 1e300, -1e-300], [-1e300, INF, 0.0]]  # 2/3: overflowed and tiny values follow the same rule


def _layer() -> np.ndarray:
    """A small hidden layer after training: 8 inputs, 10 units, 4 of them pushed below zero everywhere."""
    rng = np.random.default_rng(3)
    z = np.round(rng.normal(size=(8, 10)), 2)
    z[:, [1, 4, 5, 8]] = -np.abs(z[:, [1, 4, 5, 8]]) - 0.5
    return z


CASES = (
    case(np.array(FIRST)),
    case(np.array(WIDE)),
    case(-np.abs(np.array(WIDE)) - 1.0),  # every unit dead: 1.0
    case(np.abs(np.array(WIDE)) + 1.0),  # none dead: 0.0
    case(np.array(ONE_INPUT)),
    case(np.array(ONE_UNIT)),
    case(np.array(WIDE, dtype=np.float32)),
    case(np.array(EXTREMES)),
    case(_layer()),
)

DEAD_FRACTION = Exercise(
    id="dead_fraction",
    signature="dead_fraction(z)",
    reference=dead_fraction,
    returns="float",
    cases=CASES,
    # Fractions of different unit counts differ by far more than this; float32 arithmetic (0.6 -> 0.6000000238)
    # is still accepted.
    rtol={"float64": 1e-6, "float32": 1e-6},
    title={"ja": "死んだニューロンの割合を数える", "en": "Count the dead units"},
    task={
        "ja": """\
`dead_fraction(z)` は、ある隠れ層の活性化前の値を並べた 2 次元の numpy 配列 `z` を受け取ります。
行が入力（データ点）、列がユニットです。**すべての入力で**活性化前の値が 0 以下のユニット（死んだニューロン）の割合を、
0 以上 1 以下の float で返してください。

- 活性化前の値がちょうど 0 のユニットも、死んだ側に数えます（第2章で決めたとおり、ReLU の $x = 0$ での
  勾配は 0 なので、そのユニットも勾配を受け取りません）。
- 一つの入力でも正の値があれば、そのユニットは生きています。
- `z` は書き換えません。NaN は含まれません。""",
        "en": """\
`dead_fraction(z)` takes a 2-D numpy array `z` of a hidden layer's pre-activations: one row per input (data point),
one column per unit. Return, as a float between 0 and 1, the fraction of units whose pre-activation is at most 0 on
**every** input (the dead units).

- A pre-activation of exactly 0 counts on the dead side: `relu_grad(0)` is 0, so a unit at 0 receives no gradient
  either.
- A single positive value on any input keeps a unit alive.
- Leave `z` unchanged. It contains no NaN.""",
    },
    hints=(
        {"ja": "`z <= 0` は、各要素が 0 以下かどうかを表す True/False の配列です。",
         "en": "`z <= 0` is an array of True/False: is each entry <= 0?"},
        {"ja": "ユニット（列）ごとに「すべての入力で」を調べるには、列ごとに縦方向に"
               "すべての行（＝すべての入力）をまとめる `np.all(..., axis=0)` を使います。"
               "`axis=1` にすると、行ごと（入力ごと）の判定になってしまいます。",
         "en": "To ask \"on every input?\" per unit (column), combine each column down all its rows (all the inputs) "
               "with `np.all(..., axis=0)`. `axis=1` would ask a question about each input (row) instead."},
        {"ja": "True/False の配列の平均 `.mean()` は True の割合です。個数（`.sum()`）ではなく割合を返しましょう。",
         "en": "The mean of a True/False array, `.mean()`, is the fraction of True. Return the fraction, not the "
               "count (`.sum()`)."},
    ),
    solution={
        "ja": """\
def dead_fraction(z):
    dead = np.all(z <= 0, axis=0)  # ユニット（列）ごとに、すべての入力で 0 以下か
    return float(dead.mean())      # True の割合""",
        "en": """\
def dead_fraction(z):
    dead = np.all(z <= 0, axis=0)  # per unit (column): <= 0 on every input?
    return float(dead.mean())      # the fraction of True""",
    },
)

EXERCISES = [DEAD_FRACTION]
