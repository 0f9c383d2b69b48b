"""Chapter 2 exercise: the derivative of ReLU, with the frameworks' value at x = 0."""

from __future__ import annotations

from helpers.activations import relu_grad
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
               "`np.where(np.isnan(x), np.nan, grad)` で NaN の場所を NaN に戻しましょう。`np.where` は 0 次元の配列でも"
               "使えます。添字で代入する書き方（`grad[np.isnan(x)] = np.nan`）は、0 次元の `x` に対して "
               "`(x > 0).astype(x.dtype)` のような計算が配列ではなく NumPy のスカラーを返すと、失敗します。",
         "en": "`nan > 0` is `False`, so NaN would become 0. Put NaN back with `np.where(np.isnan(x), np.nan, grad)`, "
               "which works for 0-dimensional arrays too. Assigning by index (`grad[np.isnan(x)] = np.nan`) fails "
               "when an earlier step such as `(x > 0).astype(x.dtype)` has turned a 0-dimensional `x` into a NumPy "
               "scalar instead of an array."},
        {"ja": "`np.where(x > 0, 1.0, 0.0)` の結果は float64 です。最後に `.astype(x.dtype)` で dtype をそろえます。"
               "`np.heaviside(x, 0.0)` を使うと短く書けますが、0 次元の入力には配列ではなく NumPy のスカラーが返ります。",
         "en": "`np.where(x > 0, 1.0, 0.0)` gives float64; finish with `.astype(x.dtype)`. `np.heaviside(x, 0.0)` is "
               "shorter, but for a 0-dimensional input it returns a NumPy scalar, not an array."},
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

EXERCISES = [RELU_GRAD]
