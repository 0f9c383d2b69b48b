"""Chapter 1: ReLU – definition, scalar and numpy implementations, plot, the NaN pitfall."""

from cells import code, exercise, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# 第1章 ReLU とは何か

この章では、深いニューラルネットワークの隠れ層で最も広く使われている活性化関数の一つ、
**ReLU**（正規化線形関数。ランプ関数とも呼ばれます）を、定義・Python での実装・グラフの三つの面から見ていきます。活性化関数と隠れ層は、次の節で説明します。

このコースのもとになったのは、短い日本語のチュートリアル「PythonでのReLu関数」です（以下、チュートリアルと呼びます）。
チュートリアルは、組み込み関数 `max` を使って ReLU を一行で書き、五つの入力での結果を示しています。この章では、
その出力をそのまま再現したうえで、チュートリアルが触れていない点も確かめます。

最後に、素朴な実装では NaN（非数。∞ − ∞ のように結果が定まらない計算から生じる、浮動小数点数の特別な値）が、
警告もなく 0.0 に変わってしまう落とし穴を、実際に計算して確かめます。
""",
        en=r"""
# Chapter 1: What ReLU is

This chapter looks at **ReLU** (the rectified linear unit, also called the ramp function) from three angles: its
definition, its Python implementation and its graph. ReLU is one of the most widely used activation functions for the
hidden layers of deep networks; activation functions and hidden layers are explained in the next section.

The course grew from 「PythonでのReLu関数」 ("ReLU function in Python"), a short Japanese tutorial, called "the
tutorial" from here on. The tutorial writes ReLU in one line with Python's built-in `max` and prints the result for
five inputs. This chapter reproduces that output exactly and then looks at what the tutorial leaves out.

At the end we look at a pitfall of the naive implementation: it turns NaN ("not a number", the special floating-point
value that an undefined calculation such as ∞ − ∞ produces) into 0.0 without any warning.
""",
    ),
    md(
        "why-activation",
        ja=r"""
## 活性化関数はなぜ必要か

ニューロン（ユニット）は、入力の重み付き和にバイアスを足した値 $z = w^\top x + b$（活性化前の値）を計算し、
それを**活性化関数** $f$ に通した $f(z)$ を次の層へ渡します。

もし $f$ が恒等関数のような線形関数だったら、何層重ねても全体は一つのアフィン変換 $W x + c$（線形変換に定数を
足したもの）にまとまってしまい、非線形な関係を表せません。層を重ねる意味を生むのは、活性化関数の**非線形性**です。
入力層と出力層の間にある層を**隠れ層**といい、活性化関数はおもにここで使われます。

ReLU が隠れ層の標準的な選択の一つになった理由として、次の三つがよく挙げられます。

- **計算が軽い**：比較を一回するだけで、指数関数を使いません。
- **正の側で傾きが小さくならない**：シグモイド $1/(1 + e^{-x})$ や tanh（どちらも ReLU より前によく使われた、S 字形の
  活性化関数です。シグモイドは第5章でも扱います）は、入力の絶対値が大きいと傾きが 0 に近づきます（飽和）。
  そのため層を重ねると、学習に使う勾配が入力に近い層までほとんど伝わらなくなることがあります（勾配消失。勾配は第2章で
  扱います）。ReLU の傾きは、正の側ではずっと 1 です。
- **出力が疎（スパース）になる**：負の入力には 0 を返すので、多くのユニットの出力がちょうど 0 になります。

この三つを論じたのは Glorot, Bordes & Bengio (2011)「Deep Sparse Rectifier Neural Networks」（AISTATS 2011）です。
この論文は実験で、深いネットワークの隠れ層を ReLU にすると、tanh を使ったネットワークと同等以上の性能が出ることを
示しました。また、ラベル付きデータが多い純粋な教師あり学習では、教師なしの事前学習をしなくても最良の性能に
達しうることも示しました。教師なしの事前学習とは、ラベルのないデータで層を一つずつ学習させて重みの初期値を
作っておく、当時よく使われた手法です。
それより前の論文 Nair & Hinton (2010)「Rectified Linear Units Improve Restricted Boltzmann Machines」（ICML 2010）は、制限ボルツマンマシン（確率的な生成モデルの一種）の二値の
隠れユニットを、ノイズを加えた ReLU に置き換えました。この論文は、ノイズを加えた ReLU を「階段状シグモイド
ユニット」（同じ重みを持ち、バイアスが少しずつ小さくなる二値ユニットを無限個並べたもの）の効率のよい近似として
導入し、二値ユニットより物体認識と顔照合に適した特徴が学習されることを示しました。勾配消失は論じていません。

なお、いまの Transformer（大規模言語モデルなどの土台になっているネットワークの構造）では、ReLU のなめらかな仲間がおもに使われます（第5章で扱います）。
""",
        en=r"""
## Why networks need an activation function

A neuron (unit) computes a weighted sum of its inputs plus a bias, $z = w^\top x + b$ (the pre-activation), and passes
$f(z)$ on to the next layer, where $f$ is the **activation function**.

If $f$ were linear, say the identity, any stack of layers would collapse into a single affine map $W x + c$ (a linear
map plus a constant), and the network could not represent any non-linear relationship. The **non-linearity** of the
activation is what makes depth worth having. The layers between the input layer and the output layer are called
**hidden layers**, and that is where activation functions are mostly used.

Three reasons are usually given for ReLU becoming a standard choice for hidden layers:

- **It is cheap**: it needs one comparison and no exponential.
- **Its slope does not shrink on the positive side**: the sigmoid $1/(1 + e^{-x})$ and tanh, two S-shaped
  activation functions that were common before ReLU, have slopes that approach 0 for inputs of large magnitude: they
  saturate (Chapter 5 returns to the sigmoid). When such functions are stacked in many layers, the gradient, the
  signal that training uses, can be almost 0 by the time it reaches the layers near the input: this is the vanishing
  gradient problem (gradients are the subject of Chapter 2). ReLU's slope stays 1 on the whole positive side.
- **Its output is sparse**: negative inputs give 0, so many units output exactly 0.

Glorot, Bordes & Bengio (2011), "Deep Sparse Rectifier Neural Networks" (AISTATS 2011), set out these three
arguments. Their experiments showed that deep networks with ReLU hidden layers perform as well as or better than
networks with tanh, and that on purely supervised tasks with large labelled data sets they can reach their best
performance without unsupervised pre-training (training the layers one at a time on unlabelled data to set the
starting weights, a method widely used at the time). An earlier paper, Nair & Hinton (2010), "Rectified Linear Units
Improve Restricted Boltzmann Machines" (ICML 2010), replaced the binary hidden units of restricted Boltzmann machines
(a kind of probabilistic generative model) by noisy rectified linear units. It introduced them as an efficient
approximation of "stepped sigmoid units" (infinitely many copies of a binary unit with the same weights and
progressively more negative biases), and showed that they learn better features for object recognition and face
verification than binary units do. It did not discuss vanishing gradients.

Today's Transformers (the architecture behind large language models and many other networks) mostly use smooth
relatives of ReLU instead; they are the subject of Chapter 5.
""",
    ),
    md(
        "definition",
        ja=r"""
## 定義

ReLU の考え方は、「**入力が正ならそのまま返し、そうでなければ 0 を返す**」という一文で言い表せます。

$$
\mathrm{ReLU}(x) = \max(0, x) =
\begin{cases}
x & (x > 0) \\
0 & (x \le 0)
\end{cases}
$$

チュートリアルは、これを次の擬似コードで示しています。

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

The tutorial gives it as this pseudo-code:

```
if input > 0:
    return input
else:
    return 0
```
""",
    ),
    setup(imports="import numpy as np"),
    *exercise("relu"),
    md(
        "scalar-intro",
        ja=r"""
## Python で書く（スカラー版）

チュートリアルは、組み込み関数 `max` を使って ReLU を一行で書いています。演習の答えと比べてみてください。
次のセルを実行すると、演習で書いた `relu` はこの `max(0.0, x)` の定義で置き換わり、ここから先のセルはこの定義を
使います。まず、チュートリアルと同じ五つの入力で試します。表示される行は、チュートリアルに載っている出力と同じです。
""",
        en=r"""
## Writing it in Python (one number at a time)

The tutorial writes ReLU in one line with Python's built-in `max`; compare its version with yours. Running the next
cell replaces the `relu` you wrote in the exercise with this definition, `max(0.0, x)`, and the cells below use it.
We first try it on the tutorial's five inputs; the lines printed are exactly those the tutorial shows.
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
正の入力 1.0 と 15.0 はそのまま、負の入力 -10.0 と -20.0 は 0.0 になりました。境界の 0.0 は 0.0 のままです。
""",
        en=r"""
The positive inputs 1.0 and 15.0 pass through unchanged, the negative inputs -10.0 and -20.0 become 0.0, and 0.0, on
the boundary, stays 0.0.
""",
    ),
    md(
        "numpy-intro",
        ja=r"""
## NumPy でまとめて計算する（ベクトル化）

ニューラルネットワークでは、ReLU を一つの数ではなく配列全体に一度に適用します。組み込みの `max` では配列の要素ごとに
比べることができないので、NumPy の `np.maximum` を使います。`np.maximum` は、二つの配列（または配列と数）の
要素ごとに大きいほうを取ります。このように、Python のループを書かずに配列全体を一度に計算することを**ベクトル化**と
いいます。共通パッケージ `helpers` の `helpers.relu` も、同じ計算をします。
""",
        en=r"""
## Whole arrays at once with NumPy (vectorisation)

A network applies ReLU to whole arrays, not to one number at a time. The built-in `max` cannot compare two arrays
element by element, so we use NumPy's `np.maximum`, which compares two arrays (or an array and a number) element by
element and keeps the larger value of each pair. Computing on a whole array without a Python loop is called
**vectorisation**. The course's shared package `helpers` has `helpers.relu`, which does the same.
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
`helpers.relu` は、入力の形（shape）とデータ型（dtype）を保ちます。float32（単精度の浮動小数点数。NumPy の既定は
倍精度の float64 です）の配列は float32 のまま、整数の配列は整数のままです。渡された配列は書き換えません
（その配列自身を `out=` に渡したときだけは別で、第6章ではこの方法で ReLU をその場で計算します）。
""",
        en=r"""
`helpers.relu` keeps the shape and the data type (NumPy's `dtype`) of its input: a float32 array (single precision;
NumPy's default is the double-precision float64) stays float32, and an integer array stays integer. It does not
modify the array it is given (unless you pass that same array as `out=`, which is how Chapter 6 computes ReLU in
place).
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

-3 から 3 までの点でグラフを描きます。`helpers.x_grid(3.0)` は、0 を必ず含む等間隔の点の列（格子点）を作ります。
ReLU は 0 で折れ曲がるので、0 を格子に入れておくと角がはっきり描かれます。
""",
        en=r"""
## The graph

We draw ReLU on points from -3 to 3. `helpers.x_grid(3.0)` makes evenly spaced points (a grid) that always include 0:
ReLU bends at 0, so with 0 on the grid the corner is drawn sharp.
""",
    ),
    code(
        "relu-plot",
        """
x = helpers.x_grid(3.0)
print(helpers.text("relu.grid", size=x.size, low=x[0], high=x[-1], zeros=int(np.sum(x == 0.0))))
ax = helpers.plot(x, helpers.relu(x), labels=[helpers.text("relu.plot.label")], title=helpers.text("plot.relu.title"))
helpers.show(ax, helpers.text("relu.plot.alt", low=x[0], high=x[-1]))
""",
    ),
    md(
        "nan-intro",
        ja=r"""
## 落とし穴：`max(0.0, x)` は NaN を 0.0 に変えてしまう

NaN は、計算のどこかで異常が起きたことを示す値です。∞ − ∞ のほか、NumPy では `np.float64(0.0) / 0.0` も
（警告とともに）NaN になります。Python の `0.0 / 0.0` は NaN を返さず、ZeroDivisionError を送出します。
学習中に NaN が生じたら、関数がそれを隠さずにそのまま返してくれるほうが、異常に気づけます。では、`max(0.0, x)` に NaN を渡すとどうなるでしょうか。引数の順番を入れ替えた場合はどうでしょうか。
次の演習で、実行する前に予想してみてください。
""",
        en=r"""
## A pitfall: `max(0.0, x)` turns NaN into 0.0

A NaN signals that something has gone wrong. Besides ∞ − ∞, NumPy's `np.float64(0.0) / 0.0` also gives NaN (with a
warning); plain Python's `0.0 / 0.0` raises ZeroDivisionError instead. During training you want a function to pass a
NaN on, not to hide it.
What does `max(0.0, x)` do with NaN, and what does the same call do with its arguments swapped? Predict both in the
next exercise before running any code.
""",
    ),
    *exercise("predict_max_nan"),
    md(
        "nan-pitfall-intro",
        ja=r"""
次のセルは、演習の二つの呼び出し `max(0.0, nan)` と `max(nan, 0.0)` を、`relu(nan)`、`helpers.relu(nan)`、`np.maximum(nan, 0.0)` と並べて表示します。
`relu` は上で定義したチュートリアルの版、`helpers.relu` は NumPy の `np.maximum` を
使う版です。
""",
        en=r"""
The next cell prints the exercise's two calls, `max(0.0, nan)` and `max(nan, 0.0)`, together with `relu(nan)`, `helpers.relu(nan)` and `np.maximum(nan, 0.0)`.
`relu` is the tutorial's version defined above, and `helpers.relu` the version
built on NumPy's `np.maximum`.
""",
    ),
    code(
        "nan-pitfall",
        """
nan = float("nan")
print("max(0.0, nan)        =", max(0.0, nan))
print("max(nan, 0.0)        =", max(nan, 0.0))
print("relu(nan)            =", relu(nan))
print("helpers.relu(nan)    =", helpers.relu(nan))
print("np.maximum(nan, 0.0) =", np.maximum(nan, 0.0))
""",
    ),
    md(
        "nan-why",
        ja=r"""
`max` は最初の引数を暫定の最大値とし、後の引数がそれより「大きい」ときだけ置き換えます。NaN との大小比較
（`<`、`>`、`<=`、`>=`）の結果は、常に `False` です（`nan > 0.0` も `0.0 > nan` も `False`）。そのため、
**最初に書いた引数がそのまま残ります**。
`max(0.0, nan)` は 0.0、`max(nan, 0.0)` は nan になり、引数の順番で結果が変わります。

`np.maximum` は、どちらかが NaN なら NaN を返すと決められています。`helpers.relu` はこれを使っているので、
NaN を隠しません。`helpers` の活性化関数と導関数は、すべて「NaN を入れたら NaN が出る」ように作られていて、
コースのテストで確かめています。
""",
        en=r"""
`max` keeps its first argument as the running maximum and replaces it only when a later one is *greater*. Every
ordering comparison that involves NaN (`<`, `>`, `<=`, `>=`) is `False`: `nan > 0.0` is `False`, and so is
`0.0 > nan`. So **whichever argument comes first survives**: `max(0.0, nan)` is 0.0 and `max(nan, 0.0)` is nan. The order of the arguments
changes the result.

`np.maximum` is defined to return NaN when either argument is NaN. `helpers.relu` is built on it and so never hides a
NaN. Every activation function and derivative in `helpers` follows the rule "NaN in, NaN out", and the course's tests
check it.
""",
    ),
    md(
        "summary",
        ja=r"""
## まとめ

- ReLU は $\max(0, x)$ です。正の入力はそのまま返し、それ以外には 0 を返します。
- 配列には `np.maximum(x, 0)`（または `helpers.relu`）を使います。形とデータ型は変わりません。
- `max(0.0, x)` は NaN を 0.0 に変えてしまいますが、`max(x, 0.0)` は NaN を残します。引数の順番で結果が変わります。

第2章では、ReLU の勾配（導関数）と、$x = 0$ での勾配の値をどう決めるかを見ます。→ [第2章 ReLU の勾配](02_gradient.ipynb)
""",
        en=r"""
## Summary

- ReLU is $\max(0, x)$: it returns a positive input unchanged and 0 for everything else.
- For arrays, use `np.maximum(x, 0)` (or `helpers.relu`); the shape and the data type are kept.
- `max(0.0, x)` turns NaN into 0.0, while `max(x, 0.0)` keeps it: the order of the arguments changes the result.

Chapter 2 turns to the gradient (derivative) of ReLU and to how the gradient's value at $x = 0$ is chosen.
→ [Chapter 2: The gradient of ReLU](02_gradient.ipynb)
""",
    ),
    md(
        "references",
        ja=r"""
## 参考文献

- Glorot, X., Bordes, A. & Bengio, Y. (2011). Deep Sparse Rectifier Neural Networks. *Proceedings of the Fourteenth
  International Conference on Artificial Intelligence and Statistics (AISTATS 2011)*, PMLR 15, 315–323.
- Nair, V. & Hinton, G. E. (2010). Rectified Linear Units Improve Restricted Boltzmann Machines. *Proceedings of the
  27th International Conference on Machine Learning (ICML 2010)*, 807–814.
- 「PythonでのReLu関数」。ReLU と Leaky ReLU を Python で実装する短い日本語のチュートリアルで、このコースのもとに
  なったものです。
""",
        en=r"""
## References

- Glorot, X., Bordes, A. & Bengio, Y. (2011). Deep Sparse Rectifier Neural Networks. *Proceedings of the Fourteenth
  International Conference on Artificial Intelligence and Statistics (AISTATS 2011)*, PMLR 15, 315–323.
- Nair, V. & Hinton, G. E. (2010). Rectified Linear Units Improve Restricted Boltzmann Machines. *Proceedings of the
  27th International Conference on Machine Learning (ICML 2010)*, 807–814.
- 「PythonでのReLu関数」 ("ReLU function in Python"): a short Japanese tutorial that implements ReLU and Leaky ReLU
  in Python; the course grew from it.
""",
    ),
]
