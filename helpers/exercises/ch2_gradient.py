"""Chapter 2 exercises: predict relu_grad(0), write the derivative of ReLU, choose the step of a central difference."""

from __future__ import annotations

import functools

import numpy as np

from helpers.activations import relu_grad
from helpers.calculus import StepScan, step_size_scan
from helpers.exercises import judges
from helpers.exercises.inputs import float_arrays
from helpers.exercises.registry import Exercise, case

RELU_GRAD = Exercise(
    id="relu_grad",
    signature="relu_grad(x)",
    reference=relu_grad,
    returns="array",
    cases=tuple(case(x) for x in float_arrays(nan_cases=True)),
    title={"ja": "ReLU の導関数を書く", "en": "Write the derivative of ReLU"},
    task={
        "ja": """\
`relu_grad(x)` は、浮動小数点数の NumPy 配列 `x`（float32 または float64。0 次元の配列も含みます）を受け取り、
ReLU の導関数の値を要素ごとに並べた新しい配列を返します。

- `x > 0` では 1、`x < 0` では 0 を返します。
- $x = 0$（`-0.0` も）では **0** を返します。ReLU は 0 で微分不可能ですが、PyTorch・JAX・TensorFlow の `relu` は
  ここで 0 を使います。
- NaN の要素は NaN のまま返します。
- 形と dtype は `x` と同じにし、`x` 自体は書き換えません。""",
        "en": """\
`relu_grad(x)` takes a floating-point NumPy array `x` (float32 or float64, 0-dimensional arrays included) and
returns a new array holding the derivative of ReLU at every element.

- Return 1 where `x > 0` and 0 where `x < 0`.
- At $x = 0$ (and `-0.0`) return **0**. ReLU is not differentiable at 0; the `relu` functions of PyTorch, JAX and
  TensorFlow use 0 there.
- NaN elements stay NaN.
- The result has the shape and dtype of `x`, and `x` itself is left unchanged.""",
    },
    hints=(
        {"ja": "`np.where(x > 0, 1.0, 0.0)` で 1 と 0 を選べます。`x >= 0` にすると $x = 0$ で 1 になってしまいます。",
         "en": "`np.where(x > 0, 1.0, 0.0)` picks 1 or 0. With `x >= 0` you would get 1 at $x = 0$."},
        {"ja": "NaN との比較 `nan > 0` は `False` なので、そのままでは NaN が 0 になります。"
               "`np.where(np.isnan(x), np.nan, grad)` で NaN の場所を NaN に戻しましょう。"
               "`np.where` は 0 次元の配列でも使えます。0 次元の `x` では、`(x > 0).astype(x.dtype)` のような計算は"
               "配列ではなく NumPy のスカラーを返します。そのため、添字で代入する書き方"
               "（`grad[np.isnan(x)] = np.nan`）は失敗します。",
         "en": "`nan > 0` is `False`, so NaN would become 0. Put NaN back with `np.where(np.isnan(x), np.nan, grad)`, "
               "which works for 0-dimensional arrays too. Assigning by index (`grad[np.isnan(x)] = np.nan`) fails "
               "for a 0-dimensional `x`, because an earlier step such as `(x > 0).astype(x.dtype)` then gives a "
               "NumPy scalar, not an array."},
        {"ja": "`np.where(x > 0, 1.0, 0.0)` の結果は float64 です。最後に `.astype(x.dtype)` で dtype をそろえます。"
               "`np.heaviside(x, 0.0)` を使うと短く書けます。0 次元の入力には 0 次元配列ではなく NumPy のスカラーが"
               "返りますが、このチェックではそれも正解として扱います。",
         "en": "`np.where(x > 0, 1.0, 0.0)` gives float64; finish with `.astype(x.dtype)`. `np.heaviside(x, 0.0)` is "
               "a shorter alternative; for a 0-dimensional input it returns a NumPy scalar rather than a "
               "0-dimensional array, which this check also accepts."},
    ),
    solution={
        "ja": """\
def relu_grad(x):
    grad = np.where(x > 0, 1.0, 0.0)            # x > 0 で 1、x <= 0 で 0（x = 0 も 0）
    grad = np.where(np.isnan(x), np.nan, grad)  # NaN は NaN のまま
    return grad.astype(x.dtype)                 # x と同じ dtype にする""",
        "en": """\
def relu_grad(x):
    grad = np.where(x > 0, 1.0, 0.0)            # 1 for x > 0, 0 for x <= 0 (0 at x = 0 too)
    grad = np.where(np.isnan(x), np.nan, grad)  # NaN in, NaN out
    return grad.astype(x.dtype)                 # same dtype as x""",
    },
)

PREDICT_RELU_GRAD_ZERO = Exercise(
    id="predict_relu_grad_zero",
    kind="predict",
    code="helpers.relu_grad(0.0)",
    title={"ja": "x = 0 での relu_grad の値（予想）", "en": "The value of relu_grad at x = 0 (predict)"},
    task={
        "ja": """\
ReLU は $x = 0$ で微分不可能ですが、`helpers.relu_grad` はそこでも何か数を返します。次のコードはどんな値を返す
でしょうか。実行する前に予想しましょう。答えは数です。""",
        "en": """\
ReLU is not differentiable at $x = 0$, but `helpers.relu_grad` still returns a number there. What does the code
below give? Predict it before running the code; the answer is a number.""",
    },
    hints=(
        {"ja": "上で計算したように、右からの差分商は 1、左からの差分商は 0 でした。どちらか一方を選ぶことも、"
               "その間の値を選ぶこともできます。",
         "en": "As computed above, the quotients from the right are 1 and those from the left 0. One could "
               "pick either, or a value in between."},
        {"ja": "`helpers.relu_grad` は、PyTorch・JAX・TensorFlow の `relu` にそろえてあります。これらは、出力が 0 より"
               "大きいところだけ勾配を通します。",
         "en": "`helpers.relu_grad` follows the `relu` functions of PyTorch, JAX and TensorFlow, which pass the "
               "gradient only where the output is above 0."},
    ),
    solution={
        "ja": "answer = 0.0  # PyTorch・JAX・TensorFlow の relu と同じ値",
        "en": "answer = 0.0  # the value that the relu functions of PyTorch, JAX and TensorFlow use",
    },
    explanation={
        "ja": "helpers.relu_grad(0.0) は 0.0 を返します。PyTorch・JAX・TensorFlow の relu も、出力が 0 より大きいところ"
              "だけ勾配を通すので、x = 0 での勾配は 0 です。x = 0 には微分係数がないので、何かの値を選ぶ必要が"
              "あります。数学的には、0 から 1 までのどの値（0、0.5、1 など）も正当な選び方です。その理由は、"
              "この章の劣勾配の節で説明します。",
        "en": "helpers.relu_grad(0.0) returns 0.0. The relu functions of PyTorch, JAX and TensorFlow also pass the "
              "gradient only where the output is above 0, so their gradient at x = 0 is 0. There is no derivative "
              "at x = 0, so some value has to be chosen there. Mathematically, any value from 0 to 1, such as 0, "
              "0.5 or 1, is a legitimate choice; the section on subgradients in this chapter explains why.",
    },
)


def _tanh_grad(t: np.ndarray) -> np.ndarray:
    return 1 - np.tanh(t) ** 2


@functools.cache
def chapter_scan() -> StepScan:
    """The chapter's measurement: the central difference of tanh at x = 1 for h = 10^-1 ... 10^-12."""
    return step_size_scan(np.tanh, _tanh_grad, 1.0)


def _positive_step(answer: object) -> judges.Verdict:
    """A step must be a positive, finite number: anything else is "incorrect" (not "too small"), before the range."""
    try:
        value = judges.as_number(answer)
    except judges.NotANumber:
        return judges.Verdict("wrong_kind", answer, what="number")
    if not np.isfinite(value) or value <= 0.0:
        return judges.Verdict("incorrect", value)
    return judges.Verdict("correct", value)


STEP_SIZE = Exercise(
    id="step_size",
    kind="experiment",
    answer_name="h",
    starter={
        "ja": """\
def central_difference(f, x, h):
    # 中心差分 (f(x + h) - f(x - h)) / (2 * h) を返すように書き換えてください
    return 0.0


exact = 1 - np.tanh(1.0) ** 2  # tanh の x = 1 での微分係数
for step in [1e-1, 1e-2, 1e-3]:  # 調べる h の値を、このリストに書き足しましょう
    print(step, abs(central_difference(np.tanh, 1.0, step) - exact))

# 誤差が最も小さかった h を書いてください
h = ...""",
        "en": """\
def central_difference(f, x, h):
    # Make this return the central difference (f(x + h) - f(x - h)) / (2 * h)
    return 0.0


exact = 1 - np.tanh(1.0) ** 2  # the derivative of tanh at x = 1
for step in [1e-1, 1e-2, 1e-3]:  # add more steps to try
    print(step, abs(central_difference(np.tanh, 1.0, step) - exact))

# Set h to the step whose error was smallest
h = ...""",
    },
    judge=judges.All(_positive_step, judges.Between(lambda: chapter_scan().low, lambda: chapter_scan().high)),
    feedback={
        "too_high": {
            "ja": "h = {got} では、tanh の曲がり具合による打ち切り誤差がまだ大きく残ります。h を 10 分の 1 ずつ"
                  "小さくして、誤差がどこまで下がるか調べましょう。",
            "en": "With h = {got} the truncation error from the curvature of tanh is still large. Keep dividing h by "
                  "10 and see how far the error goes down.",
        },
        "too_low": {
            "ja": "f(x + h) と f(x - h) の差に含まれる丸め誤差が、2h で割ることで拡大されています。h を大きくすると"
                  "誤差がどう変わるか調べましょう。",
            "en": "The rounding error in f(x + h) - f(x - h) is magnified by the division by 2h. See how the error "
                  "changes for larger h.",
        },
        "incorrect": {
            "ja": "h は刻み幅なので、0 より大きい有限の数を書きます。誤差が最も小さかった h を選びましょう。",
            "en": "h is a step, so it must be a positive, finite number. Pick the h whose error was smallest.",
        },
    },
    explanation={
        "ja": "h が大きいと打ち切り誤差（ほぼ h の 2 乗に比例）が、h が小さすぎると丸め誤差（ほぼ 1/h に比例）が大きく"
              "なり、その間で誤差が最小になります。あとのセルで helpers.calculus.step_size_scan が誤差の曲線全体を"
              "測るので、選んだ h と比べてみましょう。",
        "en": "With a large h the truncation error (roughly proportional to h squared) stays large, and a very "
              "small h magnifies rounding error (roughly proportional to 1/h); the error is smallest in between. "
              "A later cell measures the whole error curve with helpers.calculus.step_size_scan; compare your h "
              "with it.",
    },
    title={"ja": "中心差分の刻み幅を選ぶ（実験）", "en": "Choosing the step of a central difference (experiment)"},
    task={
        "ja": """\
`central_difference(f, x, h)` を中心差分 $(f(x + h) - f(x - h)) / 2h$ を返す関数に書き換え、tanh の
$x = 1$ での微分係数 $1 - \\tanh^2 1$ との誤差を、いろいろな $h$ で調べましょう。誤差が最も小さくなった $h$ を
`h` に書きます。チェックは、この章があとで `helpers.calculus.step_size_scan` で測る誤差の曲線と比べて、その $h$ が
誤差の小さい範囲に入っているかを判定します。""",
        "en": """\
Make `central_difference(f, x, h)` return the central difference $(f(x + h) - f(x - h)) / 2h$, and measure
its error against the derivative of tanh at $x = 1$, $1 - \\tanh^2 1$, for various $h$. Assign the $h$ that gave
the smallest error to `h`. The check compares it with the error curve this chapter measures with
`helpers.calculus.step_size_scan` and tells you whether your $h$ lies where the error is small.""",
    },
    hints=(
        {"ja": "`return (f(x + h) - f(x - h)) / (2 * h)` と書きます。`for` の行のリストに `1e-4`、`1e-5` と、"
               "10 分の 1 ずつ小さい h を `1e-12` まで足して、誤差の変化を見ましょう。",
         "en": "Write `return (f(x + h) - f(x - h)) / (2 * h)`. Then add smaller steps to the list in the `for` "
               "line, each a tenth of the one before (`1e-4`, `1e-5` and so on down to `1e-12`), and watch the "
               "error."},
        {"ja": "誤差は、はじめ h を小さくするほど減りますが、あるところから逆に増えます。"
               "誤差が最小になった h を選びます。",
         "en": "The error first shrinks as h gets smaller, then grows again from some point on. Pick the h where it "
               "is smallest."},
    ),
    solution={
        "ja": """\
def central_difference(f, x, h):
    return (f(x + h) - f(x - h)) / (2 * h)


exact = 1 - np.tanh(1.0) ** 2
steps = 10.0 ** -np.arange(1, 13)  # 1e-1 から 1e-12 まで
for step in steps:
    print(step, abs(central_difference(np.tanh, 1.0, step) - exact))

# 誤差が最も小さい h を選ぶ
h = min(steps, key=lambda s: abs(central_difference(np.tanh, 1.0, s) - exact))""",
        "en": """\
def central_difference(f, x, h):
    return (f(x + h) - f(x - h)) / (2 * h)


exact = 1 - np.tanh(1.0) ** 2
steps = 10.0 ** -np.arange(1, 13)  # 1e-1 down to 1e-12
for step in steps:
    print(step, abs(central_difference(np.tanh, 1.0, step) - exact))

# Pick the h with the smallest error
h = min(steps, key=lambda s: abs(central_difference(np.tanh, 1.0, s) - exact))""",
    },
)

EXERCISES = [PREDICT_RELU_GRAD_ZERO, RELU_GRAD, STEP_SIZE]
