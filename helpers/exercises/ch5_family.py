"""Chapter 5 exercise: ELU, checked with the default alpha = 1 and with others."""

from __future__ import annotations

import numpy as np

from helpers.exercises.inputs import CUBE, MATRIX, NEAR_ZERO, WITH_NAN, float_arrays
from helpers.exercises.registry import Case, Exercise, case
from helpers.family import elu


def _alpha_cases() -> list[Case]:
    """The standard arrays with the default alpha (no argument), with other alphas in between."""
    default = [case(x) for x in float_arrays(nan_cases=True)]
    others = [
        case(np.array(NEAR_ZERO, dtype=np.float64), alpha=0.5),
        case(np.array(MATRIX, dtype=np.float64), alpha=2.0),
        case(np.array(NEAR_ZERO, dtype=np.float32), alpha=0.1),
        case(np.array(CUBE, dtype=np.float32), alpha=1.5),
        case(np.array(-4.0), alpha=0.3),
        case(np.array(WITH_NAN, dtype=np.float64), alpha=0.5),
    ]
    # The tutorial's inputs first, then another alpha early, so that "ignores alpha" shows up at once.
    return [default[0], others[0], *default[1:], *others[1:]]


ELU = Exercise(
    id="elu",
    signature="elu(x, alpha=1.0)",
    reference=elu,
    returns="array",
    cases=tuple(_alpha_cases()),
    # exp(x) - 1 is accepted as well as np.expm1(x): near 0 the two differ by about one rounding error of 1
    # (1e-16 in float64, 6e-8 in float32), which is an absolute, not a relative, difference.
    atol=1e-7,
    title={"ja": "ELU を書く", "en": "Write ELU"},
    task={
        "ja": "`elu(x, alpha=1.0)` は float の numpy 配列 `x` を受け取り、要素ごとに `x > 0` なら `x`、"
              "そうでなければ `alpha * (exp(x) - 1)` を返します。\n\n"
              "- $x = 0$ ではどちらの式も 0 なので、0 を返せば正解です。\n"
              "- 形と dtype は `x` と同じにし（float32 は float32 のまま）、`x` 自体は書き換えません。"
              "0 次元の配列も渡されます。\n"
              "- NaN の要素は NaN のまま、`-inf` では `-alpha` になります。\n"
              "- `alpha` を省略したときは 1.0 です。チェックでは 0.5 や 2.0 など、ほかの `alpha` でも試します。",
        "en": "`elu(x, alpha=1.0)` takes a float numpy array `x` and returns, element by element, `x` where `x > 0` "
              "and `alpha * (exp(x) - 1)` elsewhere.\n\n"
              "- At $x = 0$ both formulas give 0, so 0 is right there.\n"
              "- The result has the shape and dtype of `x` (float32 stays float32), and `x` itself is left unchanged. "
              "0-dimensional arrays are passed too.\n"
              "- NaN elements stay NaN, and `-inf` gives `-alpha`.\n"
              "- `alpha` is 1.0 when it is not given; the check also tries other values such as 0.5 and 2.0.",
    },
    hints=(
        {"ja": "Leaky ReLU と同じく `np.where(x > 0, x, ...)` の形で書けます。`...` に負の側の式を入れます。",
         "en": "As for Leaky ReLU, `np.where(x > 0, x, ...)` does it, with the negative side's formula for `...`."},
        {"ja": "負の側は `alpha * (np.exp(x) - 1)` です。`- 1` を忘れると、負の大きな x で 0 ではなく "
               "`-alpha` に近づかなくなります。",
         "en": "The negative side is `alpha * (np.exp(x) - 1)`. Without the `- 1` it tends to 0 instead of `-alpha` "
               "for very negative x."},
        {"ja": "`np.expm1(x)` は `exp(x) - 1` と同じ値を、0 に近い x でも桁を失わずに計算します。"
               "`np.minimum(x, 0)` に通してから使うと、大きな正の x で exp があふれる警告も出ません。",
         "en": "`np.expm1(x)` computes `exp(x) - 1` without losing digits for x near 0. Applying it to "
               "`np.minimum(x, 0)` also avoids exp overflowing for large positive x."},
    ),
    solution={
        "ja": """\
def elu(x, alpha=1.0):
    # 正の側は x、それ以外は alpha * (e^x - 1)。expm1 は 0 の近くでも正確で、
    # minimum(x, 0) は使わない側（大きな正の x）で exp があふれるのを防ぐ
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))""",
        "en": """\
def elu(x, alpha=1.0):
    # x on the positive side, alpha * (e^x - 1) elsewhere. expm1 stays accurate near 0, and
    # minimum(x, 0) keeps exp from overflowing on the side that is not used (large positive x)
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))""",
    },
)

EXERCISES = [ELU]
