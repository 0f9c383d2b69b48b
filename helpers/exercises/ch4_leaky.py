"""Chapter 4 exercises: fix the tutorial's Leaky ReLU; write Leaky ReLU and its derivative (several alphas)."""

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
- 結果の形（shape）と dtype は `x` と同じにし（float32 は float32 のまま）、`x` 自体は書き換えません。
  答え合わせでは 0 次元の配列（数を一つだけ持つ、形が `()` の配列）も渡すので、それにも対応してください。
- `x` の NaN の要素には、結果でも NaN を返します。
- `alpha` を省略したときは 0.01 です。答え合わせでは 0.2 や 0.5 など、ほかの `alpha` でも試します。"""
_TASK_COMMON_EN = """\
- The result has the shape and dtype of `x` (float32 stays float32), and `x` itself is left unchanged.
  The check also passes 0-dimensional arrays (arrays of shape `()`, holding a single number), so your function
  must handle them.
- NaN in `x` gives NaN in the result.
- `alpha` is 0.01 when it is not given; the check also tries other values such as 0.2 and 0.5."""

LEAKY_RELU = Exercise(
    id="leaky_relu",
    signature="leaky_relu(x, alpha=0.01)",
    reference=leaky_relu,
    returns="array",
    cases=tuple(_alpha_cases()),
    title={"ja": "Leaky ReLU を書く", "en": "Write Leaky ReLU"},
    task={
        "ja": "`leaky_relu(x, alpha=0.01)` は浮動小数点数（float）の NumPy 配列 `x` を受け取り、"
              "要素ごとに `x > 0` なら `x`、"
              "そうでなければ `alpha * x` を返します。\n\n" + _TASK_COMMON_JA,
        "en": "`leaky_relu(x, alpha=0.01)` takes a float NumPy array `x` and returns, element by element, `x` where "
              "`x > 0` and `alpha * x` elsewhere.\n\n" + _TASK_COMMON_EN,
    },
    hints=(
        {"ja": "`np.where(条件, a, b)` は、条件が真の要素では `a`、偽の要素では `b` を選びます。",
         "en": "`np.where(condition, a, b)` takes `a` where the condition holds and `b` elsewhere."},
        {"ja": "`0.01` と書かずに、引数の `alpha` を使いましょう。",
         "en": "Use the argument `alpha`, not the number `0.01`."},
        {"ja": "`x[x < 0] *= alpha` は渡された配列を書き換えてしまいますが、問題文ではそれを禁じています。"
               "`np.where` なら新しい配列ができます。",
         "en": "`x[x < 0] *= alpha` changes the array you were given, which the task forbids; `np.where` builds a "
               "new array instead."},
    ),
    solution={
        "ja": """\
def leaky_relu(x, alpha=0.01):
    # 正の要素は x のまま、それ以外は alpha 倍（NaN は NaN のまま、dtype も x と同じ）
    # この書き方がいちばん読みやすい。np.maximum が np.where より速い理由は、第6章で ReLU について示す
    # helpers.leaky_relu が（0 < alpha <= 1 で）np.maximum(x, alpha * x) を使うのはそのため
    return np.where(x > 0, x, alpha * x)""",
        "en": """\
def leaky_relu(x, alpha=0.01):
    # x where positive, alpha * x elsewhere (NaN stays NaN, the dtype stays that of x).
    # This version is the easiest to read. Chapter 6 shows, for ReLU, why np.maximum is faster than np.where;
    # helpers.leaky_relu uses np.maximum(x, alpha * x) (for 0 < alpha <= 1) for that reason.
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
        "ja": "`leaky_relu_grad(x, alpha=0.01)` は浮動小数点数（float）の NumPy 配列 `x` を受け取り、各要素での "
              "Leaky ReLU の微分係数（導関数の値）を返します。`x > 0` なら 1、`x < 0` なら `alpha` です。\n\n"
              "- $x = 0$（`-0.0` も）では **`alpha`** にします。PyTorch や TensorFlow と同じ選び方です"
              "（負の側の傾きを使います）。\n" + _TASK_COMMON_JA,
        "en": "`leaky_relu_grad(x, alpha=0.01)` takes a float NumPy array `x` and returns the derivative of Leaky ReLU "
              "at every element: 1 where `x > 0`, `alpha` where `x < 0`.\n\n"
              "- At $x = 0$ (and `-0.0`) return **`alpha`**, as PyTorch and TensorFlow do (this is the slope of the "
              "negative side).\n" + _TASK_COMMON_EN,
    },
    hints=(
        {"ja": "`np.where(x > 0, 1.0, alpha)` で 1 と `alpha` を選べます。$x = 0$ では `alpha` になります。",
         "en": "`np.where(x > 0, 1.0, alpha)` picks 1 or `alpha`, and gives `alpha` at $x = 0$."},
        {"ja": "`nan > 0` は `False` なので、そのままでは NaN が `alpha` になります。"
               "一つ目のヒントの配列を `grad` とすると、"
               "`np.where(np.isnan(x), np.nan, grad)` で NaN の場所を NaN に戻せます。",
         "en": "`nan > 0` is `False`, so NaN would become `alpha`. If `grad` is the array from the first hint, "
               "`np.where(np.isnan(x), np.nan, grad)` puts NaN back."},
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

# The tutorial's Leaky ReLU snippet defines ``relu`` but its example lines call ``leaky_relu`` (a NameError as
# written). A "fix" starter must run, and the learner's edit must change the function that the check calls, so the
# snippet (definition and example line) sits inside apply_leaky_relu(x), which returns the value the line prints; its
# call shows the NameError at check time, and the tutorial's five printed lines are the specification.
def _snippet(comment_def: str, comment_call: str, name: str = "relu") -> str:
    return f"""\
def apply_leaky_relu(x):
    # {comment_def}
    def {name}(x):
        if x>0 :
            return x
        else :
            return 0.01*x

    # {comment_call}
    return leaky_relu(x)"""


_PRINT_LINES = """\
for x in [1.0, -10.0, 0.0, 15.0, -20.0]:
    print('Applying Leaky Relu on (%.1f) gives %.1f' % (x, apply_leaky_relu(x)))"""
_TUTORIAL_OUTPUT = """\
Applying Leaky Relu on (1.0) gives 1.0
Applying Leaky Relu on (-10.0) gives -0.1
Applying Leaky Relu on (0.0) gives 0.0
Applying Leaky Relu on (15.0) gives 15.0
Applying Leaky Relu on (-20.0) gives -0.2"""

FIX_TUTORIAL_LEAKY_RELU = Exercise(
    id="fix_tutorial_leaky_relu",
    kind="fix",
    signature="apply_leaky_relu(x)",
    reference=leaky_relu,
    returns="float",
    # The tutorial's five inputs first (its printed lines are the spec), then signs, zeros, extremes and NaN.
    cases=tuple(case(v) for v in [1.0, -10.0, 0.0, 15.0, -20.0, -0.0, 0.25, -0.5, float("inf"), float("-inf"),
                                  1e300, -1e300, 5e-324, -5e-324, float("nan")]),
    broken={
        "ja": _snippet("チュートリアルの Leaky ReLU（字下げだけ変えて、そのまま）",
                       "チュートリアルの使用例の行。その行が表示する値を返す"),
        "en": _snippet("The tutorial's Leaky ReLU, as printed there (only indented differently)",
                       "The tutorial's example line: it returns the value that the line prints"),
    },
    title={"ja": "チュートリアルの Leaky ReLU を直す", "en": "Fix the tutorial's Leaky ReLU"},
    task={
        "ja": "次のセルの関数 `apply_leaky_relu(x)` の中身は、上で `NameError` になったチュートリアルの Leaky ReLU の"
              "コードです。使用例の行 `print('Applying Leaky Relu on (%.1f) gives %.1f' % (x, leaky_relu(x)))` は、"
              "その行が表示する値を返す `return` 文にしてあります。"
              "`apply_leaky_relu` を呼ぶと、チュートリアルの五つの入力でチュートリアルの出力どおりの値が返るように、"
              "コードを直しましょう。\n\n```\n" + _TUTORIAL_OUTPUT + "\n```\n\n"
              "- 返す値は、チュートリアルと同じく Python の float です。$\\alpha$ は 0.01 のままにします。\n"
              "- 答え合わせでは、五つの入力のほかに `-0.0`、正と負の無限大、絶対値がとても大きい数と 0 にとても近い数、"
              "NaN でも試します。",
        "en": "The function `apply_leaky_relu(x)` in the next cell holds the tutorial's Leaky ReLU code that "
              "raised the `NameError` above. Its example line, "
              "`print('Applying Leaky Relu on (%.1f) gives %.1f' % (x, leaky_relu(x)))`, has become a `return` "
              "statement that returns the value the line prints. Repair the code so that "
              "`apply_leaky_relu` returns, for the tutorial's five inputs, the values of the tutorial's output:\n\n"
              "```\n" + _TUTORIAL_OUTPUT + "\n```\n\n"
              "- The value returned is a Python float, as in the tutorial, and $\\alpha$ stays 0.01.\n"
              "- The check also tries `-0.0`, both infinities, numbers of very large magnitude, numbers very close to "
              "0, and NaN.",
    },
    hints=(
        {"ja": "`NameError` のメッセージは、どの名前が定義されていないと言っていますか。"
               "その名前の関数は、このセルのどこかで定義されていますか。",
         "en": "Which name does the `NameError` message say is not defined? Is a function of that name defined "
               "anywhere in the cell?"},
        {"ja": "定義されている関数の名前は `relu` で、使用例が呼んでいるのは `leaky_relu` です。"
               "どちらかの名前をもう一方にそろえれば動きます"
               "（チュートリアルの「完全なコード」は `def leaky_relu(x):` と定義しています）。",
         "en": "The function defined is `relu`, and the example calls `leaky_relu`. Make one name match the other "
               "(the tutorial's \"complete code\" defines it as `def leaky_relu(x):`)."},
        {"ja": "内側の関数の中身（`if` と `else` の二つの枝）は正しいので、書き換える必要はありません。"
               "第1章の `max(0.0, x)` に替えると、負の側が 0 になり、NaN も消えてしまいます。",
         "en": "The body of the inner function (its `if` and `else` branches) is right, so it needs no change. "
               "Replacing it with Chapter 1's `max(0.0, x)` would make the negative side 0, and NaN would disappear "
               "too."},
    ),
    solution={
        "ja": _snippet("定義する名前を、使用例が呼び出す名前 leaky_relu にそろえる", "チュートリアルの使用例の行",
                       name="leaky_relu") + "\n\n\n# チュートリアルの 5 行が表示される\n" + _PRINT_LINES,
        "en": _snippet("Define the function under the name that the example calls: leaky_relu",
                       "The tutorial's example line", name="leaky_relu")
              + "\n\n\n# This prints the tutorial's five lines\n" + _PRINT_LINES,
    },
)

PREDICT_MAX_FORM = Exercise(
    id="predict_max_form_large_alpha",
    kind="predict",
    code="alpha, x = 2.0, -2.0\nmax(alpha * x, x)",
    title={"ja": "α > 1 での max を使った書き方（予想）", "en": "The max form for α > 1 (predict)"},
    task={"ja": "$\\alpha = 2$ の Leaky ReLU は、定義どおりなら $x = -2$ で $\\alpha x = -4$ を返します。"
                "では、$\\max(\\alpha x, x)$ と書いた次のコードは何を返すでしょうか。",
          "en": "By its definition, Leaky ReLU with $\\alpha = 2$ gives $\\alpha x = -4$ at $x = -2$. What does the "
                "following code, written as $\\max(\\alpha x, x)$, return?"},
    hints=(
        {"ja": "まず `alpha * x` を計算しましょう。`max` は二つの値の大きいほうを返します。",
         "en": "Work out `alpha * x` first. `max` returns the larger of its two values."},
        {"ja": "-4.0 と -2.0 では、-2.0 のほうが大きい値です。",
         "en": "Of -4.0 and -2.0, the larger is -2.0."},
    ),
    solution={"ja": "answer = -2.0  # max(-4.0, -2.0) は -2.0", "en": "answer = -2.0  # max(-4.0, -2.0) is -2.0"},
    explanation={
        "ja": "alpha * x は -4.0 で、max(-4.0, -2.0) は大きいほうの -2.0、つまり x そのものを返します。"
              "alpha > 1 では負の側で alpha * x が x より小さくなるので、"
              "max を使った書き方は負の入力をそのまま通してしまい、Leaky ReLU の -4.0 にはなりません。"
              "正の側では、定義ならそのまま返るはずの x を、max を使った書き方は alpha 倍してしまいます"
              "（x = 1 では max(2.0, 1.0) の 2.0）。alpha > 1 で定義と一致するのは min(alpha * x, x) のほうで、"
              "helpers.leaky_relu は alpha > 1 ではそちらを使います（0 < alpha <= 1 では max を使った書き方です）。",
        "en": "alpha * x is -4.0, and max(-4.0, -2.0) returns the larger value, -2.0: x itself. For alpha > 1, "
              "alpha * x lies below x on the negative side, so the max form passes negative inputs through unchanged "
              "instead of giving Leaky ReLU's -4.0. On the positive side it multiplies x by alpha, where the "
              "definition keeps x (at x = 1 it gives max(2.0, 1.0), which is 2.0). For alpha > 1 it is "
              "min(alpha * x, x) that matches the "
              "definition, and helpers.leaky_relu uses it for alpha > 1 (and the max form for 0 < alpha <= 1).",
    },
)

EXERCISES = [FIX_TUTORIAL_LEAKY_RELU, LEAKY_RELU, LEAKY_RELU_GRAD, PREDICT_MAX_FORM]
