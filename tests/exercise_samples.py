"""Test-only exercises, one or more of each kind (not in any chapter): the checks of each kind are tested on them.

``register_samples()`` adds them to the registry and their texts to the message catalogue; course code never
imports this module. tests/test_browser_exercises.py builds a notebook from them.
"""

from __future__ import annotations

import numpy as np

import helpers
from helpers.exercises import judges
from helpers.exercises.registry import REGISTRY, Exercise, case, register

PREDICT = Exercise(
    id="sample_predict_nan",
    kind="predict",
    code='max(0.0, float("nan"))',
    title={"ja": "max と NaN（予想）", "en": "max and NaN (predict)"},
    task={"ja": "次のコードは何を返すでしょうか。", "en": "What does this code return?"},
    hints=({"ja": "`max` は最初の引数から始めて、それより大きい値があれば置き換えます。",
            "en": "`max` starts from its first argument and replaces it only by a larger value."},
           {"ja": "NaN との比較 `nan > 0.0` は常に False です。",
            "en": "A comparison with NaN, `nan > 0.0`, is always False."}),
    solution={"ja": "answer = 0.0  # NaN は 0.0 より大きくないので、0.0 のまま",
              "en": "answer = 0.0  # NaN is not larger than 0.0, so 0.0 stays"},
    explanation={"ja": "max は最初の引数 0.0 から始め、NaN > 0.0 が False なので 0.0 を返します。"
                       "引数の順を逆にした max(float(\"nan\"), 0.0) は nan を返します。",
                 "en": "max starts from its first argument, 0.0, and NaN > 0.0 is False, so it returns 0.0. "
                       "With the arguments swapped, max(float(\"nan\"), 0.0) returns nan."},
)

PREDICT_EXACT = Exercise(
    id="sample_predict_int",
    kind="predict",
    code="max(0, -1.5)",
    exact=True,
    title={"ja": "max が返す型（予想）", "en": "The type max returns (predict)"},
    task={"ja": "次のコードが返す値を、型まで正しく書きましょう。",
          "en": "Write the value this code returns, type included."},
    hints=({"ja": "`max` は引数のどちらかをそのまま返します。", "en": "`max` returns one of its arguments as it is."},),
    solution={"ja": "answer = 0  # 整数の 0", "en": "answer = 0  # the integer 0"},
    explanation={"ja": "0 > -1.5 なので、max は最初の引数である整数の 0 をそのまま返します。"
                       "float の 0.0 ではありません。",
                 "en": "0 > -1.5, so max returns its first argument, the integer 0, as it is: not the float 0.0."},
)

PREDICT_RAISES = Exercise(
    id="sample_predict_raises",
    kind="predict",
    code="def relu(x, alpha=0.01):\n    return max(alpha * x, x)\n\nleaky_relu(-10.0)",
    title={"ja": "チュートリアルの Leaky ReLU（予想）", "en": "The tutorial's Leaky ReLU (predict)"},
    task={"ja": "次のコードを実行すると何が起きるでしょうか。", "en": "What happens when this code runs?"},
    hints=({"ja": "定義されている関数の名前を確かめましょう。",
            "en": "Look at the name of the function that is defined."},),
    solution={"ja": "answer = NameError  # leaky_relu は定義されていない",
              "en": "answer = NameError  # leaky_relu is not defined"},
    explanation={"ja": "定義されたのは relu で、leaky_relu という名前はないので NameError になります。",
                 "en": "The function defined is relu; there is no leaky_relu, hence NameError."},
)

FIX = Exercise(
    id="sample_fix_leaky",
    kind="fix",
    signature="leaky_relu(x, alpha=0.01)",
    reference=helpers.leaky_relu,
    returns="float",
    cases=tuple([case(x) for x in (1.0, -10.0, 0.0, 15.0, -20.0, 0.25, -0.5, -0.0, float("inf"), float("-inf"), 1e300,
                                   -1e-300)] + [case(-10.0, alpha=0.2), case(-0.5, alpha=0.3)]),
    broken={"ja": """\
def leaky_relu(x, alpha=0.01):
    if x > 0:
        return x
    return alpha  # 負の側""",
            "en": """\
def leaky_relu(x, alpha=0.01):
    if x > 0:
        return x
    return alpha  # the negative side"""},
    title={"ja": "Leaky ReLU を直す", "en": "Fix Leaky ReLU"},
    task={"ja": "次の `leaky_relu` は負の入力で間違った値を返します。直しましょう。",
          "en": "This `leaky_relu` returns the wrong value for negative inputs. Fix it."},
    hints=({"ja": "負の側の値は `alpha` ではなく、`x` に比例します。",
            "en": "On the negative side the value is proportional to `x`."},
           {"ja": "`alpha * x` を返しましょう。", "en": "Return `alpha * x`."}),
    solution={"ja": """\
def leaky_relu(x, alpha=0.01):
    if x > 0:
        return x
    return alpha * x  # 負の側は alpha * x""",
              "en": """\
def leaky_relu(x, alpha=0.01):
    if x > 0:
        return x
    return alpha * x  # alpha * x on the negative side"""},
)


def _slope() -> float:
    """The derivative of ReLU at 0.5 (helpers.relu_grad)."""
    return float(helpers.relu_grad(np.array(0.5)))


EXPERIMENT = Exercise(
    id="sample_experiment_slope",
    kind="experiment",
    answer_name="slope",
    starter={"ja": "x, h = 0.5, 1e-3\n# 中心差分で x での傾きを求める\nslope = ...",
             "en": "x, h = 0.5, 1e-3\n# the central difference at x\nslope = ..."},
    judge=judges.Within(_slope, atol=1e-6),
    feedback={"too_low": {"ja": "h が x より大きいと、差分が折れ目をまたぎます（{got} < {reference}）。",
                          "en": "With h larger than x, the difference straddles the kink ({got} < {reference})."},
              "too_high": {"ja": "2 * h で割りましたか？", "en": "Did you divide by 2 * h?"}},
    title={"ja": "中心差分で傾きを測る", "en": "Measure the slope with a central difference"},
    task={"ja": "`x = 0.5` での ReLU の傾きを中心差分で求め、`slope` に入れましょう。",
          "en": "Compute the slope of ReLU at `x = 0.5` with a central difference, and put it in `slope`."},
    hints=({"ja": "中心差分は `(f(x + h) - f(x - h)) / (2 * h)` です。",
            "en": "The central difference is `(f(x + h) - f(x - h)) / (2 * h)`."},
           {"ja": "`helpers.relu` を f に使いましょう。", "en": "Use `helpers.relu` as f."}),
    solution={"ja": "x, h = 0.5, 1e-3\n# 中心差分\nslope = (helpers.relu(x + h) - helpers.relu(x - h)) / (2 * h)",
              "en": "x, h = 0.5, 1e-3\n# the central difference\n"
                    "slope = (helpers.relu(x + h) - helpers.relu(x - h)) / (2 * h)"},
    explanation={"ja": "x = 0.5 の両側 h 以内で ReLU は直線なので、中心差分は傾き 1 にほぼ一致します。",
                 "en": "Within h of x = 0.5 ReLU is a straight line, so the central difference is the slope 1, up to "
                       "rounding."},
)

SAMPLES = [PREDICT, PREDICT_EXACT, PREDICT_RAISES, FIX, EXPERIMENT]
SAMPLE_IDS = [ex.id for ex in SAMPLES]


def register_samples() -> list[str]:
    """Add the samples to the registry (once) and return their ids."""
    for ex in SAMPLES:
        if REGISTRY.get(ex.id) is not ex:
            register(ex)
    return SAMPLE_IDS
