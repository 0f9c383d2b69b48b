"""Chapter 1 exercises: ReLU on one number, on a whole NumPy array, and what max does with NaN."""

from __future__ import annotations

from helpers.activations import relu
from helpers.exercises.inputs import EXTREMES_64, NEAR_ZERO, SEED, float_arrays, int_arrays
from helpers.exercises.registry import Exercise, case

# Scalar ReLU: floats only, no NaN (max(0.0, x) is accepted, and it hides NaN).
_SCALARS = [*SEED, *NEAR_ZERO[:2], 0.75, -0.0, *EXTREMES_64]

RELU = Exercise(
    id="relu",
    signature="relu(x)",
    reference=relu,
    returns="float",
    cases=tuple(case(x) for x in _SCALARS),
    title={"ja": "ReLU を自分で書く（スカラー版）", "en": "Write ReLU yourself (one number)"},
    task={
        "ja": """\
チュートリアルと同じ**スカラー版**（数を一つだけ受け取る版）の ReLU を書きましょう。`relu(x)` は浮動小数点数
（Python の `float`）を一つ受け取り、`x > 0` なら `x` を、そうでなければ `0.0` を返します。返す値は常に float に
してください（`0` ではなく `0.0`）。

答え合わせでは、正と負の数、`0.0` と `-0.0`、0 と 1 の間の値、絶対値が非常に大きい値（float で表せる最大の値に
近い数）と非常に小さい値（0 に非常に近い数）、正負の無限大 `±inf` を試します。NaN は試しません
（`max` が NaN をどう扱うかは、この章の最後の節で調べます）。

答え合わせには、最初のコードセルで読み込んだ `helpers` を使います。`helpers` は、このコースの各章の
ノートブックが使う関数をまとめた共通パッケージです。""",
        "en": """\
Write the tutorial's **scalar** ReLU yourself: the version that takes a single number. `relu(x)` takes one
floating-point number (a Python `float`) and returns `x` if `x > 0`, otherwise `0.0`. Always return a float (`0.0`,
not `0`).

The check tries positive and negative numbers, `0.0` and `-0.0`, values between 0 and 1, numbers of very large
magnitude (close to the largest float) and of very small magnitude (very close to 0), and plus and minus infinity,
`±inf`. It does not try NaN: what `max` does with NaN is the subject of this chapter's last section.

The check uses `helpers`, the course's own package of functions shared by all the chapters' notebooks; the first
code cell imported it.""",
    },
    hints=(
        {"ja": "Python の組み込み関数 `max` は、引数のうち大きいほうを返します。",
         "en": "Python's built-in `max` returns the larger of its arguments."},
        {"ja": "`max(0, x)` は、`x <= 0` のとき（`0.0` や `-0.0` も含みます）整数の `0` を返します。"
               "`0.0` と書けば float になります。",
         "en": "`max(0, x)` returns the integer `0` whenever `x <= 0` (including `0.0` and `-0.0`); write `0.0` to get "
               "a float."},
        {"ja": "`x * (x > 0)` は短く書けますが、`-inf * 0` は NaN になります。比較して選ぶ書き方にしましょう。",
         "en": "`x * (x > 0)` is short, but `-inf * 0` is NaN. Choose between `x` and `0.0` instead of multiplying."},
    ),
    solution={
        "ja": """\
def relu(x):
    # 0.0 を使うので、負の入力には float の 0.0 が返る
    return max(0.0, x)""",
        "en": """\
def relu(x):
    # 0.0, not 0: negative inputs give the float 0.0
    return max(0.0, x)""",
    },
)

RELU_VECTORIZED = Exercise(
    id="relu_vectorized",
    signature="relu_vectorized(x)",
    reference=relu,
    returns="array",
    cases=tuple(case(x) for x in [*float_arrays(nan_cases=True), *int_arrays()]),
    title={"ja": "配列全体に ReLU を適用する（ベクトル化）", "en": "ReLU on a whole array (vectorised)"},
    task={
        "ja": """\
次は配列版です。`relu_vectorized(x)` は NumPy の配列 `x` を受け取り、要素ごとに ReLU を適用した**新しい配列**を
返します。

- 形（shape）とデータ型（dtype）は `x` と同じにします。float32 は float32 のまま、整数の配列は整数のままです。
  答え合わせでは、0 次元の配列（`np.array(1.0)` のように値を一つだけ持つ配列）も試します。
- NaN の要素は NaN のまま返します。
- `x` 自体は書き換えません。
- Python のループは使わず、NumPy の関数で配列全体を一度に計算しましょう。""",
        "en": """\
Now the array version. `relu_vectorized(x)` takes a NumPy array `x` and returns a **new array** with ReLU applied to
every element.

- The result has the shape and the data type (`dtype`) of `x`: float32 stays float32, and an integer array stays
  integer. The check also tries 0-dimensional arrays (arrays holding a single value, such as `np.array(1.0)`).
- NaN elements stay NaN.
- `x` itself is left unchanged.
- Use no Python loop: let NumPy compute on the whole array at once.""",
    },
    hints=(
        {"ja": "`np.maximum(a, b)` は要素ごとに大きいほうを取ります。どちらかが NaN ならその要素は NaN です。",
         "en": "`np.maximum(a, b)` takes the larger value element by element; where either side is NaN, it gives NaN."},
        {"ja": "比べる相手は整数の `0` にしましょう。`np.maximum(x, 0.0)` は整数の配列を float64 に変えますが、"
               "`np.maximum(x, 0)` は `x` の dtype を保ちます。",
         "en": "Compare with the integer `0`: `np.maximum(x, 0.0)` turns an integer array into float64, while "
               "`np.maximum(x, 0)` keeps the dtype of `x`."},
        {"ja": "`x[x < 0] = 0` は渡された配列そのものを書き換えてしまいます。新しい配列を返す関数を使いましょう。",
         "en": "`x[x < 0] = 0` changes the array you were given. Use a function that returns a new array."},
    ),
    solution={
        "ja": """\
def relu_vectorized(x):
    # np.maximum は要素ごとに大きいほうを取り、NaN は NaN のまま。整数の 0 と比べるので dtype も変わらない
    return np.maximum(x, 0)""",
        "en": """\
def relu_vectorized(x):
    # np.maximum works element by element and keeps NaN; comparing with the integer 0 keeps the dtype
    return np.maximum(x, 0)""",
    },
)

PREDICT_MAX_NAN = Exercise(
    id="predict_max_nan",
    kind="predict",
    code='nan = float("nan")\n(max(0.0, nan), max(nan, 0.0))',
    title={"ja": "max は NaN をどう扱うか（予想）", "en": "What max does with NaN (predict)"},
    task={
        "ja": """\
次のコードは、二つの値の組（タプル）を返します。実行する前に、それぞれが何になるかを予想して、
`answer = (一つ目の値, 二つ目の値)` の形で書きましょう。NaN は `float("nan")` と書けます。""",
        "en": """\
The code below gives a pair (a tuple) of two values. Before running it, predict each of them and write them as
`answer = (first value, second value)`. You can write NaN as `float("nan")`.""",
    },
    hints=(
        {"ja": "`max` は最初の引数を暫定の最大値とし、後の引数がそれより「大きい」ときだけ置き換えます。",
         "en": "`max` keeps its first argument as the running maximum and replaces it only when a later one is "
               "greater."},
        {"ja": "NaN との大小比較の結果は常に `False` です。`nan > 0.0` も `0.0 > nan` も `False` になります。",
         "en": "Every ordering comparison with NaN is `False`: both `nan > 0.0` and `0.0 > nan` are `False`."},
    ),
    solution={
        "ja": 'answer = (0.0, float("nan"))  # どちらも最初の引数がそのまま残る',
        "en": 'answer = (0.0, float("nan"))  # in both calls the first argument survives',
    },
    explanation={
        "ja": "max は最初の引数から始め、後の引数がそれより大きいときだけ置き換えます。NaN との"
              "大小比較（<、>、<=、>=）は常に False なので、どちらの呼び出しでも最初の引数が残ります。"
              "max(0.0, nan) は 0.0 になって NaN が消え、"
              "max(nan, 0.0) は nan になります。引数の順番で結果が変わるのです。",
        "en": "max starts from its first argument and replaces it only by a greater one. Every ordering "
              "comparison with NaN (<, >, <=, >=) is False, so in both calls the first argument survives: "
              "max(0.0, nan) is 0.0, and the NaN is gone, while max(nan, 0.0) is nan. The order of the arguments "
              "changes the result.",
    },
)

EXERCISES = [RELU, RELU_VECTORIZED, PREDICT_MAX_NAN]
