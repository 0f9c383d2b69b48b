"""Chapter 5 exercises: ELU (write), Softplus from its formula at -40 and 1000 (predict), Softplus written
safely (write), PReLU's alpha by gradient descent (experiment)."""

from __future__ import annotations

import numpy as np

from helpers.exercises import judges
from helpers.exercises.inputs import CUBE, MATRIX, NEAR_ZERO, WITH_NAN, float_arrays
from helpers.exercises.registry import Case, Exercise, case
from helpers.family import elu, learn_prelu_alpha, prelu, softplus


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
        "ja": "`elu(x, alpha=1.0)` は浮動小数点数の NumPy 配列 `x` を受け取り、要素ごとに、`x > 0` なら `x`、"
              "そうでなければ `alpha * (exp(x) - 1)` を返します。\n\n"
              "- $x = 0$ ではどちらの式も 0 になるので、$x = 0$ をどちらの場合に含めても正しい値になります。\n"
              "- 結果の形と dtype は `x` と同じにし（float32 は float32 のまま）、`x` 自体は書き換えません。"
              "答え合わせでは、`np.array(-4.0)` のような 0 次元の配列も `elu` に渡します。\n"
              "- NaN の要素は NaN のまま、`-inf` では `-alpha` になります。\n"
              "- `alpha` を省略したときは 1.0 です。答え合わせでは、0.5 や 2.0 など、ほかの `alpha` でも試します。",
        "en": "`elu(x, alpha=1.0)` takes a float NumPy array `x` and returns, element by element, `x` where `x > 0` "
              "and `alpha * (exp(x) - 1)` elsewhere.\n\n"
              "- At $x = 0$ both formulas give 0, so either case may include $x = 0$.\n"
              "- The result has the shape and dtype of `x` (float32 stays float32), and `x` itself is left unchanged. "
              "The check also calls `elu` with 0-dimensional arrays such as `np.array(-4.0)`.\n"
              "- NaN elements stay NaN, and `-inf` gives `-alpha`.\n"
              "- `alpha` is 1.0 when it is not given; the check also tries other values such as 0.5 and 2.0.",
    },
    hints=(
        {"ja": "Leaky ReLU と同じく、`np.where(x > 0, x, ...)` の形で書けます。`...` には負の側の式を入れます。",
         "en": "As with Leaky ReLU, you can write it as `np.where(x > 0, x, ...)`, with the formula for the negative "
               "side in place of `...`."},
        {"ja": "負の側は `alpha * (np.exp(x) - 1)` です。`- 1` を忘れると、絶対値の大きな負の x で、`-alpha` ではなく "
               "0 に近づいてしまいます（x = 0 でも、0 ではなく `alpha` になります）。",
         "en": "The negative side is `alpha * (np.exp(x) - 1)`. Without the `- 1` it tends to 0 instead of `-alpha` "
               "for very negative x (and gives `alpha` instead of 0 at x = 0)."},
        {"ja": "`np.expm1(x)` は `exp(x) - 1` を計算します。0 に近い x では、`np.exp(x) - 1` は"
               "ほぼ等しい二つの数の引き算になって有効数字の多くを失いますが、`np.expm1` は正確です。"
               "`np.where` は使わない側の値を捨てますが、その値も計算はされるので、そのままでは大きな正の x で "
               "exp がオーバーフローし、警告が出ます。"
               "`np.minimum(x, 0)` に通してから使えば、この警告も出なくなります。",
         "en": "`np.expm1(x)` computes `exp(x) - 1` accurately even for x near 0, where `np.exp(x) - 1` subtracts two "
               "nearly equal numbers and loses most of its significant digits. Applying it to `np.minimum(x, 0)` "
               "also avoids an overflow warning: `np.where` computes the negative-side formula for every element, "
               "large positive x included, before it throws those values away."},
    ),
    solution={
        "ja": """\
def elu(x, alpha=1.0):
    # 正の側は x、それ以外は alpha * (e^x - 1)。expm1 は 0 の近くでも正確で、
    # minimum(x, 0) は使わない側（大きな正の x）で exp がオーバーフローするのを防ぐ
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))""",
        "en": """\
def elu(x, alpha=1.0):
    # x on the positive side, alpha * (e^x - 1) elsewhere. expm1 stays accurate near 0, and
    # minimum(x, 0) keeps exp from overflowing on the side that is not used (large positive x)
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))""",
    },
)

SOFTPLUS_OVERFLOW = Exercise(
    id="softplus_overflow",
    kind="predict",
    code="np.log(1 + np.exp(np.array([-40.0, 1000.0])))",
    title={"ja": "式のとおりの Softplus（予想）", "en": "Softplus straight from its formula (predict)"},
    task={"ja": "次のコードは、$x = -40$ と $x = 1000$ での Softplus を式のとおりに計算します。何を返すでしょうか。"
                "数学的には、$\\log(1 + e^x)$ は $x = -40$ で小さな正の数、$x = 1000$ で 1000 に極めて近い数です。"
                "二つの値を `[..., ...]` のように並べて答えましょう。",
          "en": "This code computes Softplus straight from its formula at $x = -40$ and $x = 1000$. What does it "
                "return? Mathematically, $\\log(1 + e^x)$ is a small positive number at $x = -40$ and extremely "
                "close to 1000 at $x = 1000$. Give the two values as a list, `[..., ...]`."},
    hints=(
        {"ja": "`np.exp(-40.0)` はおよそ `4.2e-18` です。float64 で 1 の次に大きい数は `1 + 2.2e-16` くらいです"
               "（この差 2.2e-16 が `np.finfo(np.float64).eps` です）。"
               "`1 + 4.2e-18` は、float64 ではいくつになるでしょうか。",
         "en": "`np.exp(-40.0)` is about `4.2e-18`. The next float64 after 1 is about `1 + 2.2e-16` "
               "(this gap, 2.2e-16, is `np.finfo(np.float64).eps`). What is `1 + 4.2e-18` in float64?"},
        {"ja": "float64 で表せる最大の数は、およそ `1.8e308`（`np.finfo(np.float64).max`）です。`np.exp(1000.0)` は"
               "それに収まるでしょうか。収まらない結果は `inf`（無限大）になります。",
         "en": "The largest float64 is about `1.8e308` (`np.finfo(np.float64).max`). Does `np.exp(1000.0)` fit? A "
               "result that does not fit becomes `inf` (infinity)."},
    ),
    solution={"ja": "answer = [0.0, np.inf]  # 1 + e^-40 は 1 に丸められて log(1) = 0、e^1000 はオーバーフローして inf",
              "en": "answer = [0.0, np.inf]  # 1 + e^-40 rounds to 1, so log(1) = 0; e^1000 overflows to inf"},
    explanation={
        "ja": "np.exp(-40.0) はおよそ 4.2e-18 で、1 と、float64 で 1 の次に大きい数との差"
              "（np.finfo(np.float64).eps、およそ 2.2e-16）よりずっと小さいので、"
              "1 + np.exp(-40.0) はちょうど 1 に丸められ、その対数は 0.0 です。本当の値（およそ 4.2e-18）は、"
              "足し算の時点で失われています。一方 exp(1000) は float64 の最大値（およそ 1.8e308）を超えるので、"
              "np.exp(1000.0) はオーバーフローして inf を返し、その対数も inf です。"
              "式のとおりの書き方は、両端で破綻します。",
        "en": "np.exp(-40.0) is about 4.2e-18, far below the gap between 1 and the next larger float64 "
              "(np.finfo(np.float64).eps, about 2.2e-16), so 1 + np.exp(-40.0) rounds to exactly 1 and its "
              "logarithm is 0.0: the true value, about 4.2e-18, is lost in the addition. exp(1000), on the "
              "other hand, is larger than the largest float64 (about 1.8e308), so np.exp(1000.0) overflows to "
              "inf, and its logarithm is inf too. Written straight from the formula, Softplus breaks down at "
              "both ends.",
    },
)


def _softplus_cases() -> list[Case]:
    """Large |x| right after the tutorial's values (the point of the exercise), then the standard arrays."""
    f64, f32 = np.float64, np.float32
    standard = [case(x) for x in float_arrays(nan_cases=True)]
    large = [
        case(np.array([-1000.0, -30.0, 30.0, 1000.0], dtype=f64)),
        case(np.array([-100.0, -20.0, 20.0, 100.0], dtype=f32)),  # e^x overflows float32 above about 88.7
    ]
    return [standard[0], *large, *standard[1:]]


SOFTPLUS = Exercise(
    id="softplus",
    signature="softplus(x)",
    reference=softplus,
    returns="array",
    cases=tuple(_softplus_cases()),
    title={"ja": "Softplus を安全に書く", "en": "Write Softplus safely"},
    task={
        "ja": "`softplus(x)` は浮動小数点数の NumPy 配列 `x` を受け取り、要素ごとに $\\log(1 + e^x)$ を返します。"
              "ただし、`x` の要素がどれほど大きくても、どれほど小さくても正しい値になるように書きます。\n\n"
              "- `x = 1000.0` では 1000.0、`x = -1000.0` では 0.0 を返します。\n"
              "- 結果の形と dtype は `x` と同じにし（float32 は float32 のまま）、`x` 自体は書き換えません。\n"
              "- NaN の要素は NaN のまま、`-inf` では 0、`inf` では `inf` になります。\n"
              "- 小さな結果も桁を保つ必要があります。答え合わせでは、有効数字でおよそ 12 桁まで比べます。\n"
              "- `helpers.softplus` は使わずに書きましょう。",
        "en": "`softplus(x)` takes a float NumPy array `x` and returns, element by element, $\\log(1 + e^x)$, "
              "correct however large or small the elements of `x` are.\n\n"
              "- `x = 1000.0` gives 1000.0, and `x = -1000.0` gives 0.0.\n"
              "- The result has the shape and dtype of `x` (float32 stays float32), and `x` itself is left "
              "unchanged.\n"
              "- NaN elements stay NaN, `-inf` gives 0 and `inf` gives `inf`.\n"
              "- Small results must keep their digits too: the check compares to about 12 significant digits.\n"
              "- Write it without calling `helpers.softplus`.",
    },
    hints=(
        {"ja": "この節の差の式を使うと、Softplus は「`max(x, 0)` に `log(1 + exp(-|x|))` を足したもの」と書けます。"
               "`exp` に渡す `-|x|` はいつも 0 以下なので、オーバーフローしません。",
         "en": "With the gap formula of this section, Softplus is `max(x, 0)` plus `log(1 + exp(-|x|))`. The `-|x|` "
               "that goes into `exp` is never above 0, so nothing overflows."},
        {"ja": "y が小さいとき、`np.log(1 + y)` では 1 に足した時点で y の桁が失われます。"
               "`np.log1p(y)` は同じ値を正確に計算します。",
         "en": "For small y, `np.log(1 + y)` loses the digits of y when it adds them to 1; `np.log1p(y)` computes "
               "the same value accurately."},
        {"ja": "NumPy の `np.logaddexp(a, b)` は、$\\log(e^a + e^b)$ をオーバーフローせずに計算します。"
               "`np.logaddexp(0, x)` が、そのまま Softplus です。",
         "en": "NumPy's `np.logaddexp(a, b)` computes $\\log(e^a + e^b)$ without overflowing, so "
               "`np.logaddexp(0, x)` is Softplus itself."},
    ),
    solution={
        "ja": """\
def softplus(x):
    # max(x, 0) + log(1 + e^(-|x|))：exp に渡すのはいつも 0 以下の数なので、オーバーフローしない。
    # np.logaddexp(0, x) と書いても同じ値になる
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))""",
        "en": """\
def softplus(x):
    # max(x, 0) + log(1 + e^(-|x|)): exp only ever sees numbers at or below 0, so nothing overflows.
    # np.logaddexp(0, x) gives the same values
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))""",
    },
)

# The experiment's data: written out in its starter cell, and made again here for the reference.
_SEED, _N, _TRUE_ALPHA, _NOISE = 1, 500, 0.3, 0.05
_START, _LR, _STEPS = 0.25, 0.5, 100


def _prelu_data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(_SEED)
    xs = rng.standard_normal(_N)
    return xs, prelu(xs, _TRUE_ALPHA) + _NOISE * rng.standard_normal(_N)


def _learned_alpha() -> float:
    """The alpha that helpers.learn_prelu_alpha reaches on the starter's data, with the starter's settings."""
    xs, ys = _prelu_data()
    return float(learn_prelu_alpha(xs, ys, alpha=_START, lr=_LR, steps=_STEPS)[-1])


_STARTER_DATA = f"""\
rng = np.random.default_rng({_SEED})
xs = rng.standard_normal({_N})
ys = helpers.prelu(xs, {_TRUE_ALPHA}) + {_NOISE} * rng.standard_normal({_N})
alpha, lr = {_START}, {_LR}
"""

PRELU_ALPHA = Exercise(
    id="prelu_alpha",
    kind="experiment",
    answer_name="alpha",
    starter={
        "ja": _STARTER_DATA
        + "# ここに 100 ステップの勾配降下法を書き、最後の α を alpha に入れてください\nalpha = ...",
        "en": _STARTER_DATA + "# write 100 steps of gradient descent here, and leave the last α in alpha\nalpha = ...",
    },
    judge=judges.Within(_learned_alpha, atol=1e-5),
    feedback={
        "too_low": {
            "ja": "100 ステップ繰り返しましたか。更新では、α から「学習率 × 勾配」を引きます。勾配は "
                  "2 * 誤差 * np.minimum(xs, 0) の平均で、np.minimum(xs, 0) は PReLU の α についての偏導関数です。"
                  "値が発散しているなら、更新の符号と、合計ではなく平均（np.mean）をとっているかを確かめてください。",
            "en": "Did you repeat the update 100 times? The update subtracts learning rate × gradient from α, and "
                  "the gradient is the mean of 2 * error * np.minimum(xs, 0), where np.minimum(xs, 0) is PReLU's "
                  "partial derivative with respect to α. If α has run away, check the sign of the update, and take "
                  "the mean (np.mean), not the sum.",
        },
        "too_high": {
            "ja": "誤差は helpers.prelu(xs, alpha) - ys（いまの α での PReLU の出力と目標の差）で、勾配は "
                  "2 * 誤差 * np.minimum(xs, 0) の平均（np.mean）です。"
                  "値が発散しているなら、更新の符号と、合計ではなく平均をとっているかを確かめてください。",
            "en": "The error is helpers.prelu(xs, alpha) - ys (the output of the PReLU with the current α minus the "
                  "target), and the gradient is the mean (np.mean) of 2 * error * np.minimum(xs, 0). If α has run "
                  "away, check the sign of the update, and take the mean, not the sum.",
        },
    },
    explanation={
        "ja": "損失は α の二次式なので、学習率 0.5 の勾配降下法は数十ステップで最小二乗解に落ち着きます。"
              "たどり着くのは、データを作ったときの 0.3 ではなく、ノイズの入った 500 点に最もよく合う値です。"
              "helpers.learn_prelu_alpha(xs, ys, steps=100) も同じ計算をします。",
        "en": "The loss is a quadratic function of α, so gradient descent with learning rate 0.5 settles on the "
              "least-squares value within a few dozen steps. It lands not on the 0.3 used to make the data but on "
              "the value that fits these 500 noisy points best. helpers.learn_prelu_alpha(xs, ys, steps=100) "
              "does the same computation.",
    },
    title={"ja": "PReLU の α を自分で学習させる", "en": "Learn PReLU's α yourself"},
    task={
        "ja": "この章で見た勾配降下法を、自分で書いてみましょう。下のセルのデータ（章の本文とは別のデータで、"
              "負の側の傾き 0.3 の PReLU にノイズを加えたもの）について、`alpha = 0.25` から始めて、"
              "更新 $\\alpha \\leftarrow \\alpha - \\eta\\,dL/d\\alpha$ を学習率 `lr = 0.5` で 100 回繰り返し、"
              "最後の値を `alpha` に入れます。$dL/d\\alpha$ は、この章の式のとおり、"
              "`2 * (PReLU の出力 - ys) * min(xs, 0)` の平均です。`helpers.learn_prelu_alpha` は使わずに書きましょう。",
        "en": "Write the chapter's gradient descent yourself. For the data in the cell below (not the chapter's: a "
              "PReLU with negative slope 0.3 plus noise), start from `alpha = 0.25`, repeat the update "
              "$\\alpha \\leftarrow \\alpha - \\eta\\,dL/d\\alpha$ 100 times with learning rate `lr = 0.5`, and leave "
              "the last value in `alpha`. As in the chapter's formula, $dL/d\\alpha$ is the mean of "
              "`2 * (PReLU output - ys) * min(xs, 0)`. Write it without calling `helpers.learn_prelu_alpha`.",
    },
    hints=(
        {"ja": "`for step in range(100):` の中で、まず `grad = np.mean(...)` を計算し、"
               "次に `alpha = alpha - lr * grad` とします。",
         "en": "Inside `for step in range(100):`, first compute `grad = np.mean(...)`, then set "
               "`alpha = alpha - lr * grad`."},
        {"ja": "`np.mean(...)` の中身は `2 * (helpers.prelu(xs, alpha) - ys) * np.minimum(xs, 0)` です。"
               "正の `xs` では `np.minimum(xs, 0)` が 0 なので、α の更新には負の入力だけが効きます。",
         "en": "Inside `np.mean(...)` goes `2 * (helpers.prelu(xs, alpha) - ys) * np.minimum(xs, 0)`. For positive "
               "`xs`, `np.minimum(xs, 0)` is 0, so only the negative inputs move α."},
    ),
    solution={
        "ja": _STARTER_DATA + """\
for step in range(100):
    # dL/dα：誤差 × PReLU の α についての偏導関数 min(x, 0) の平均の 2 倍
    grad = np.mean(2 * (helpers.prelu(xs, alpha) - ys) * np.minimum(xs, 0))
    alpha = alpha - lr * grad""",
        "en": _STARTER_DATA + """\
for step in range(100):
    # dL/dα: twice the mean of error × PReLU's partial derivative with respect to α, min(x, 0)
    grad = np.mean(2 * (helpers.prelu(xs, alpha) - ys) * np.minimum(xs, 0))
    alpha = alpha - lr * grad""",
    },
)

EXERCISES = [ELU, SOFTPLUS_OVERFLOW, SOFTPLUS, PRELU_ALPHA]
