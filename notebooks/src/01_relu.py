"""Chapter 1: ReLU – definition, scalar and numpy implementations, plot, the NaN pitfall."""

from cells import code, exercise, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# 第1章 ReLU とは何か

この章では、ディープラーニングで最もよく使われる活性化関数 **ReLU**（正規化線形関数、ランプ関数とも呼ばれます）を、
定義・Python の実装・グラフの三つの方向から確かめます。最後に、素朴な実装が NaN を黙って消してしまう落とし穴を、
実際に計算して見てみます。
""",
        en=r"""
# Chapter 1: What ReLU is

This chapter looks at **ReLU** (the rectified linear unit), the activation function deep networks use most, from three
sides: its definition, its Python implementation and its graph. At the end we measure a pitfall of the naive
implementation: it silently turns NaN into 0.
""",
    ),
    md(
        "why-activation",
        ja=r"""
## 活性化関数はなぜ必要か

ニューロン（ユニット）は、入力の重み付き和にバイアスを足した値 $z = w^\top x + b$（活性化前の値）を計算し、
それを **活性化関数** $f$ に通した $f(z)$ を次の層へ渡します。

もし $f$ が恒等関数のような線形関数だったら、何層重ねても全体は一つの線形変換 $W x + c$ にまとまってしまい、
曲線的な関係を表せません。層を重ねる意味を生むのは、活性化関数の **非線形性** です。

ReLU が標準的な選択になった理由は主に三つあります。

- **計算が軽い**：比較を一回するだけで、指数関数を使いません。
- **正の側で勾配が消えない**：シグモイドや tanh は入力が大きいと傾きが 0 に近づきます（勾配消失）が、ReLU の傾きは正の側でずっと 1 です。
- **出力がまばら**：負の入力には 0 を返すので、多くのユニットが 0 を出力します。

この利点は Nair & Hinton (2010) と Glorot, Bordes & Bengio (2011, "Deep Sparse Rectifier Neural Networks") で
示され、以後 ReLU は隠れ層の既定の選択肢になりました。
""",
        en=r"""
## Why networks need an activation function

A neuron (unit) computes a weighted sum of its inputs plus a bias, $z = w^\top x + b$ (the pre-activation), and passes
$f(z)$ on to the next layer, where $f$ is the **activation function**.

If $f$ were linear, say the identity, any stack of layers would collapse into a single linear map $W x + c$ and could
never bend to fit a curve. The **non-linearity** of the activation is what makes depth worth having.

ReLU became the default for three main reasons:

- **It is cheap**: one comparison, no exponential.
- **Its gradient does not vanish for positive inputs**: the slopes of sigmoid and tanh shrink towards 0 for large
  inputs, while ReLU's slope stays 1 on the whole positive side.
- **Its output is sparse**: negative inputs give 0, so many units output exactly 0.

Nair & Hinton (2010) and Glorot, Bordes & Bengio (2011, "Deep Sparse Rectifier Neural Networks") showed these
benefits, and ReLU has been the usual choice for hidden layers ever since.
""",
    ),
    md(
        "definition",
        ja=r"""
## 定義

ReLU の考え方は一文で言えます。**入力が正ならそのまま返し、そうでなければ 0 を返す。**

$$
\mathrm{ReLU}(x) = \max(0, x) =
\begin{cases}
x & (x > 0) \\
0 & (x \le 0)
\end{cases}
$$

擬似コードで書くと次のとおりです。

```
if input > 0:
    return input
else:
    return 0
```
""",
        en=r"""
## Definition

The idea fits in one sentence: **if the input is positive, return it unchanged; otherwise return 0.**

$$
\mathrm{ReLU}(x) = \max(0, x) =
\begin{cases}
x & (x > 0) \\
0 & (x \le 0)
\end{cases}
$$

As pseudo-code:

```
if input > 0:
    return input
else:
    return 0
```
""",
    ),
    setup(),
    *exercise("relu"),
    md(
        "scalar-intro",
        ja=r"""
## Python で書く（スカラー版）

元のチュートリアルは、組み込み関数 `max` を使って一行で書いています。演習の答えと比べてみてください。
ここから先のセルは、この `max(0.0, x)` の定義を使います。チュートリアルと同じ五つの入力で試します。
""",
        en=r"""
## Writing it in Python (one number at a time)

The tutorial this course grew from writes it in one line with the built-in `max`: compare it with your answer. The
cells below use this definition, `max(0.0, x)`, and try it on the tutorial's five inputs.
""",
    ),
    code(
        "relu-scalar",
        """
def relu(x):
    return max(0.0, x)
""",
    ),
    code(
        "relu-seed-lines",
        """
for x in [1.0, -10.0, 0.0, 15.0, -20.0]:
    print('Applying Relu on (%.1f) gives %.1f' % (x, relu(x)))
""",
    ),
    md(
        "scalar-after",
        ja=r"""
正の入力 1.0 と 15.0 はそのまま、負の入力 -10.0 と -20.0 は 0.0 になりました。境目の 0.0 は 0.0 のままです。
""",
        en=r"""
The positive inputs 1.0 and 15.0 pass through unchanged, the negative inputs -10.0 and -20.0 become 0.0, and 0.0, on
the boundary, stays 0.0.
""",
    ),
    md(
        "numpy-intro",
        ja=r"""
## numpy でまとめて計算する（ベクトル化）

ニューラルネットワークでは、ReLU を一つの数ではなく配列全体に一度に適用します。`max` は配列を扱えないので、
要素ごとの最大値を取る `np.maximum` を使います。このように、ループを書かずに配列全体を一度に計算することを
**ベクトル化** といいます。コースの共通パッケージ `helpers` の `helpers.relu` も同じ計算をします。
""",
        en=r"""
## Whole arrays at once with numpy (vectorisation)

A network applies ReLU to whole arrays, not to one number at a time. The built-in `max` cannot do that, so we use
`np.maximum`, which takes the larger value element by element. Computing on a whole array without a Python loop is
called **vectorisation**. The course's shared package `helpers` has `helpers.relu`, which does the same.
""",
    ),
    code(
        "relu-numpy",
        """
x = np.array([1.0, -10.0, 0.0, 15.0, -20.0])
print(np.maximum(x, 0))
print(helpers.relu(x))
""",
    ),
    md(
        "dtype-intro",
        ja=r"""
`helpers.relu` は入力の形（shape）とデータ型（dtype）を保ちます。float32 の配列は float32 のまま、整数の配列は整数のままです。
元の配列は書き換えません。
""",
        en=r"""
`helpers.relu` keeps the shape and the dtype of its input: a float32 array stays float32, an integer array stays
integer. It never modifies the array it is given.
""",
    ),
    code(
        "relu-dtypes",
        """
m = np.array([[-2, -1, 0], [1, 2, 3]])
print(helpers.relu(m), helpers.relu(m).dtype)
print(helpers.relu(m.astype(np.float32)).dtype)
print(m)  # 元の配列はそのまま || the input is unchanged
""",
    ),
    *exercise("relu_vectorized"),
    md(
        "plot-intro",
        ja=r"""
## グラフで見る

-3 から 3 までの点でグラフを描きます。`helpers.x_grid` は 0 をちょうど含む格子を作ります。
ReLU は 0 で折れ曲がるので、0 を格子に入れておくと角がはっきり描かれます。
""",
        en=r"""
## The graph

We draw ReLU on points from -3 to 3. `helpers.x_grid` makes a grid that contains 0 exactly: ReLU bends at 0, so with
0 on the grid the corner is drawn sharp.
""",
    ),
    code(
        "relu-plot",
        """
x = helpers.x_grid(3.0)
print("0 is on the grid:", bool(np.any(x == 0.0)))
ax = helpers.plot(x, helpers.relu(x), labels=[helpers.text("plot.relu.label")], title=helpers.text("plot.relu.title"))
plt.show()
""",
    ),
    md(
        "nan-intro",
        ja=r"""
## 落とし穴：`max(0.0, x)` は NaN を消してしまう

NaN（非数）は「計算が壊れた」ことを知らせる値です。学習中に NaN が出たら、それを隠さずに伝えてほしいところです。
ところが `max(0.0, x)` に NaN を渡すと、どうなるでしょうか。引数の順番を入れ替えた場合と比べます。
""",
        en=r"""
## A pitfall: `max(0.0, x)` hides NaN

NaN ("not a number") is how a computation says it went wrong; during training you want it to surface, not vanish.
What does `max(0.0, x)` do with NaN? Compare it with the same call with its arguments swapped.
""",
    ),
    code(
        "nan-pitfall",
        """
nan = float("nan")
print("max(0.0, nan)      =", max(0.0, nan))
print("max(nan, 0.0)      =", max(nan, 0.0))
print("relu(nan)          =", relu(nan))
print("helpers.relu(nan)  =", helpers.relu(nan))
print("np.maximum(nan, 0) =", np.maximum(nan, 0.0))
""",
    ),
    md(
        "nan-why",
        ja=r"""
`max` は先頭の要素を暫定の最大値にして、残りの要素が「それより大きい」ときだけ置き換えます。
NaN との比較 `nan > 0.0` も `0.0 > nan` も常に `False` なので、**先頭に書いた値がそのまま残ります**。
そのため `max(0.0, nan)` は 0.0、`max(nan, 0.0)` は nan になり、引数の順番で結果が変わります。

`np.maximum` は、どちらかが NaN なら NaN を返すと決められています。`helpers.relu` はこれを使っているので、
NaN を隠しません。このコースの関数はすべて「NaN を入れたら NaN が出る」ように作られていて、テストで確かめています。
""",
        en=r"""
`max` keeps its first argument as the running maximum and replaces it only when a later one is *greater*. Every
comparison with NaN, `nan > 0.0` as well as `0.0 > nan`, is `False`, so **whatever comes first survives**:
`max(0.0, nan)` is 0.0 and `max(nan, 0.0)` is nan. The order of the arguments changes the result.

`np.maximum` is defined to return NaN when either argument is NaN. `helpers.relu` is built on it and so never hides a
NaN. Every function in this course follows the rule "NaN in, NaN out", and the tests check it.
""",
    ),
    md(
        "summary",
        ja=r"""
## まとめ

- ReLU は $\max(0, x)$：正の入力はそのまま、それ以外は 0。
- 配列には `np.maximum(x, 0)`（または `helpers.relu`）を使う。
- `max(0.0, x)` は NaN を 0.0 に変えてしまう。引数の順番に注意。

次の章では ReLU の勾配（導関数）と、$x = 0$ での値をどう決めるかを見ます。→ [第2章 勾配](02_gradient.ipynb)
""",
        en=r"""
## Summary

- ReLU is $\max(0, x)$: positive inputs pass unchanged, everything else becomes 0.
- For arrays use `np.maximum(x, 0)` (or `helpers.relu`).
- `max(0.0, x)` turns NaN into 0.0: the order of the arguments matters.

Next, the gradient (derivative) of ReLU, and how its value at $x = 0$ is chosen. → [Chapter 2: the gradient](02_gradient.ipynb)
""",
    ),
]
