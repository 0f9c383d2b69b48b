"""Chapter 4 exercises: Leaky ReLU and its derivative, checked with the default alpha and with others."""

from __future__ import annotations

import numpy as np

from helpers.activations import leaky_relu, leaky_relu_grad
from helpers.exercises.inputs import CUBE, MATRIX, NEAR_ZERO, WITH_NAN, float_arrays
from helpers.exercises.registry import Case, Exercise, case


def _alpha_cases() -> list[Case]:
    """The standard arrays with the default alpha (no argument), with other alphas in between."""
    default = [case(x) for x in float_arrays(nan_cases=True)]
    others = [
        case(np.array(NEAR_ZERO, dtype=np.float64), alpha=0.2),
        case(np.array(MATRIX, dtype=np.float64), alpha=0.5),
        case(np.array(NEAR_ZERO, dtype=np.float32), alpha=0.05),
        case(np.array(CUBE, dtype=np.float32), alpha=0.3),
        case(np.array(-4.0), alpha=0.25),
        case(np.array(WITH_NAN, dtype=np.float64), alpha=0.1),
    ]
    # The tutorial's inputs first, then another alpha early, so that "ignores alpha" shows up at once.
    return [default[0], others[0], *default[1:], *others[1:]]


_TASK_COMMON_JA = """\
- 形と dtype は `x` と同じにし（float32 は float32 のまま）、`x` 自体は書き換えません。0 次元の配列も渡されます。
- NaN の要素は NaN のまま返します。
- `alpha` を省略したときは 0.01 です。チェックでは 0.2 や 0.5 など、ほかの `alpha` でも試します。"""
_TASK_COMMON_EN = """\
- The result has the shape and dtype of `x` (float32 stays float32), and `x` itself is left unchanged.
  0-dimensional arrays are passed too.
- NaN elements stay NaN.
- `alpha` is 0.01 when it is not given; the check also tries other values such as 0.2 and 0.5."""

LEAKY_RELU = Exercise(
    id="leaky_relu",
    signature="leaky_relu(x, alpha=0.01)",
    reference=leaky_relu,
    returns="array",
    cases=tuple(_alpha_cases()),
    title={"ja": "Leaky ReLU を書く", "en": "Write Leaky ReLU"},
    task={
        "ja": "`leaky_relu(x, alpha=0.01)` は float の numpy 配列 `x` を受け取り、要素ごとに `x > 0` なら `x`、"
              "そうでなければ `alpha * x` を返します。\n\n" + _TASK_COMMON_JA,
        "en": "`leaky_relu(x, alpha=0.01)` takes a float numpy array `x` and returns, element by element, `x` where "
              "`x > 0` and `alpha * x` elsewhere.\n\n" + _TASK_COMMON_EN,
    },
    hints=(
        {"ja": "`np.where(条件, a, b)` は、条件が真の要素では `a`、偽の要素では `b` を選びます。",
         "en": "`np.where(condition, a, b)` takes `a` where the condition holds and `b` elsewhere."},
        {"ja": "`0.01` と書かずに、引数の `alpha` を使いましょう。",
         "en": "Use the argument `alpha`, not the number `0.01`."},
        {"ja": "`x[x < 0] *= alpha` は渡された配列を書き換えます。`np.where` なら新しい配列ができます。",
         "en": "`x[x < 0] *= alpha` changes the array you were given; `np.where` builds a new one."},
    ),
    solution={
        "ja": """\
def leaky_relu(x, alpha=0.01):
    # 正の要素は x のまま、それ以外は alpha 倍（NaN は NaN のまま、dtype も x と同じ）
    return np.where(x > 0, x, alpha * x)""",
        "en": """\
def leaky_relu(x, alpha=0.01):
    # x where positive, alpha * x elsewhere (NaN stays NaN, the dtype stays that of x)
    return np.where(x > 0, x, alpha * x)""",
    },
)

LEAKY_RELU_GRAD = Exercise(
    id="leaky_relu_grad",
    signature="leaky_relu_grad(x, alpha=0.01)",
    reference=leaky_relu_grad,
    returns="array",
    cases=tuple(_alpha_cases()),
    title={"ja": "Leaky ReLU の導関数を書く", "en": "Write the derivative of Leaky ReLU"},
    task={
        "ja": "`leaky_relu_grad(x, alpha=0.01)` は float の numpy 配列 `x` を受け取り、Leaky ReLU の導関数の値を"
              "要素ごとに返します。`x > 0` なら 1、`x < 0` なら `alpha` です。\n\n"
              "- $x = 0$（`-0.0` も）では **`alpha`** にします。PyTorch と TensorFlow と同じ約束です"
              "（左側の傾きを使います）。\n" + _TASK_COMMON_JA,
        "en": "`leaky_relu_grad(x, alpha=0.01)` takes a float numpy array `x` and returns the derivative of Leaky ReLU "
              "at every element: 1 where `x > 0`, `alpha` where `x < 0`.\n\n"
              "- At $x = 0$ (and `-0.0`) return **`alpha`**, as PyTorch and TensorFlow do (the slope of the left "
              "piece).\n" + _TASK_COMMON_EN,
    },
    hints=(
        {"ja": "`np.where(x > 0, 1.0, alpha)` で 1 と `alpha` を選べます。$x = 0$ では `alpha` になります。",
         "en": "`np.where(x > 0, 1.0, alpha)` picks 1 or `alpha`, and gives `alpha` at $x = 0$."},
        {"ja": "`nan > 0` は `False` なので、そのままでは NaN が `alpha` になります。"
               "`np.where(np.isnan(x), np.nan, grad)` で NaN の場所を NaN に戻しましょう。",
         "en": "`nan > 0` is `False`, so NaN would become `alpha`. Put NaN back with "
               "`np.where(np.isnan(x), np.nan, grad)`."},
        {"ja": "`np.where(x > 0, 1.0, alpha)` の結果は float64 です。最後に `.astype(x.dtype)` で dtype をそろえます。",
         "en": "`np.where(x > 0, 1.0, alpha)` gives float64; finish with `.astype(x.dtype)`."},
    ),
    solution={
        "ja": """\
def leaky_relu_grad(x, alpha=0.01):
    grad = np.where(x > 0, 1.0, alpha)          # x > 0 で 1、x <= 0 で alpha（x = 0 も alpha）
    grad = np.where(np.isnan(x), np.nan, grad)  # NaN は NaN のまま
    return grad.astype(x.dtype)                 # x と同じ dtype にする""",
        "en": """\
def leaky_relu_grad(x, alpha=0.01):
    grad = np.where(x > 0, 1.0, alpha)          # 1 for x > 0, alpha for x <= 0 (alpha at x = 0 too)
    grad = np.where(np.isnan(x), np.nan, grad)  # NaN in, NaN out
    return grad.astype(x.dtype)                 # same dtype as x""",
    },
)

EXERCISES = [LEAKY_RELU, LEAKY_RELU_GRAD]
