"""Chapter 4: Leaky ReLU – definition (and the seed's errors), scalar code, gradient and conventions, alpha widget."""

from cells import code, exercise, md, setup
from glue import cite

CITED = [
    cite("0.01", "Maas, Hannun & Ng (2013), the leaky rectifier's slope; also the default negative_slope of PyTorch "
                 "torch.nn.LeakyReLU and of JAX jax.nn.leaky_relu"),
    cite("0.2", "TensorFlow, tensorflow/python/ops/nn_ops.py: def leaky_relu(features, alpha=0.2, name=None)"),
    cite("0.3", "Keras documentation of keras.layers.LeakyReLU: negative_slope=0.3 (alpha=0.3 in the "
                "TensorFlow documentation of tf.keras.layers.LeakyReLU of earlier versions, e.g. 2.14), "
                "https://keras.io/api/layers/activation_layers/leaky_relu/"),
    cite("0.25", "He, Zhang, Ren & Sun (2015), section 2.1 (a_i = 0.25 as the initialisation); PyTorch documentation "
                 "of torch.nn.PReLU (init=0.25)"),
    cite("2.13", "PyTorch version on which the gradient of leaky_relu at 0 was confirmed by running it (course "
                 "issue 10)"),
    cite("0.10.2", "JAX version on which the gradient of jax.nn.leaky_relu at 0 was confirmed (course issue 10)"),
    cite("2.21", "TensorFlow version on which the gradient of tf.nn.leaky_relu at 0 was confirmed (course issue 10)"),
]

CELLS = [
    md(
        "title",
        ja=r"""
# 第4章 Leaky ReLU

第2章と第3章で見たとおり、ReLU は負の入力で傾きが 0 です。そのため、活性化前の値 $z = wx + b$ が負になる入力からは、そのニューロンに勾配が届きません。すべての入力でそうなると、重みが変わりません。**Leaky ReLU**（リーキー ReLU）は、負の側にも小さな傾き $\alpha$ を残して、この「勾配の行き止まり」をなくします。英語の leaky は「漏れる」という意味で、負の側から勾配が少しだけ漏れてくる様子を表しています。

この章では、定義、スカラー版の実装、導関数と、第2章で扱った $x = 0$ での値の決め方、グラフ、$\alpha$ を変えられるウィジェット、そして $\alpha$ を学習する PReLU の予告を扱います。その途中で、このコースのもとになった短い日本語のチュートリアル「PythonでのReLu関数」（以下、チュートリアル）の Leaky ReLU の部分にある誤りを直します。
""",
        en=r"""
# Chapter 4: Leaky ReLU

Chapters 2 and 3 showed that ReLU has slope 0 for negative inputs. So an input for which a neuron's
pre-activation $z = wx + b$ is negative sends no gradient back to it, and if that holds for every input, its weights
do not change. **Leaky ReLU** keeps a small slope $\alpha$
on the negative side and so removes this dead end for the gradient: a little of it "leaks" through.

This chapter covers the definition, a scalar implementation, the derivative and the convention for its value at $x = 0$
(introduced in Chapter 2), plots, a widget for varying $\alpha$, and a preview of PReLU, where $\alpha$ is learned. On the way it corrects the
errors in the Leaky ReLU part of 「PythonでのReLu関数」 ("ReLU function in Python"), the short Japanese tutorial this
course grew from (called "the tutorial" below).
""",
    ),
    setup(),
    md(
        "definition",
        ja=r"""
## 定義

小さな定数 $\alpha$ を使って、

$$
\mathrm{LeakyReLU}_\alpha(x) =
\begin{cases}
x & (x > 0) \\
\alpha x & (x \le 0)
\end{cases}
$$

と定義します。$\alpha = 0$ なら ReLU そのものです。$\alpha \le 1$ なら $\max(\alpha x,\ x)$ とも書けます（この条件が必要な理由は、章の後半で確かめます）。Leaky ReLU は、Maas, Hannun & Ng (2013)「Rectifier Nonlinearities Improve Neural Network Acoustic Models」（ICML 2013 Workshop on Deep Learning for Audio, Speech and Language Processing）が $\alpha = 0.01$ として導入しました。PyTorch（`torch.nn.LeakyReLU`、`negative_slope=0.01`）と JAX（`jax.nn.leaky_relu`）の既定値も 0.01 です。

### チュートリアルの式について

チュートリアルには、「数学的に言えば」という言葉に続けて次の 2 行が載っています。

```
f(x)=1 (x<0)
(αx)+1 (x>=0)(x)
```

文字どおりに読むと「負の入力では常に 1」となり、Leaky ReLU ではなくなってしまいます。これはおそらく、条件が成り立つとき 1、成り立たないとき 0 になる**指示関数** $\mathbb{1}(\cdot)$ を使って、次の式を書こうとしたものです。

$$
f(x) = \mathbb{1}(x < 0)\,(\alpha x) + \mathbb{1}(x \ge 0)\,(x)
$$

チュートリアルでは、二つの指示関数の記号 $\mathbb{1}$ がどちらもふつうの数字の 1 として印字され、式が途中で改行されてしまったものと考えられます。2 行をつなげると、まさに上の式の $\mathbb{1}$ を 1 に置き換えたものになります。意味は上の場合分けの定義と同じです（$x = 0$ ではどちらの書き方でも値は 0 です）。
""",
        en=r"""
## Definition

With a small constant $\alpha$, Leaky ReLU is

$$
\mathrm{LeakyReLU}_\alpha(x) =
\begin{cases}
x & (x > 0) \\
\alpha x & (x \le 0)
\end{cases}
$$

With $\alpha = 0$ this is ReLU itself. For $\alpha \le 1$ it can also be written $\max(\alpha x,\ x)$ (we shall see
later in this chapter why the condition is needed). Leaky ReLU was introduced, with $\alpha = 0.01$, by Maas,
Hannun & Ng (2013), "Rectifier Nonlinearities Improve Neural Network Acoustic Models", ICML 2013 Workshop on Deep
Learning for Audio, Speech and Language Processing. PyTorch (`torch.nn.LeakyReLU`, `negative_slope=0.01`) and JAX (`jax.nn.leaky_relu`) also use 0.01 by default.

### About the formula in the tutorial

After the words "mathematically speaking" (数学的に言えば), the tutorial prints these two lines:

```
f(x)=1 (x<0)
(αx)+1 (x>=0)(x)
```

Read literally, the first line says that $f(x) = 1$ for every negative input, which is not Leaky ReLU at all. Most likely the two lines are meant
to be this formula, written with the **indicator function** $\mathbb{1}(\cdot)$ (1 when the condition holds, 0
otherwise):

$$
f(x) = \mathbb{1}(x < 0)\,(\alpha x) + \mathbb{1}(x \ge 0)\,(x)
$$

In the tutorial each indicator symbol $\mathbb{1}$ was presumably printed as an ordinary 1, and the line broken in
the middle: join the two lines and you get exactly the formula above, with 1 in place of $\mathbb{1}$. The formula
means the same as the piecewise definition above (at $x = 0$ both give 0).
""",
    ),
    md(
        "seed-name-error",
        ja=r"""
## Python で書く（スカラー版）

チュートリアルの Leaky ReLU の最初のコードにも、もう一つ誤りがあります。関数を `relu` という名前で定義しているのに、使用例の行では `leaky_relu` を呼び出しているので、そのまま実行すると `NameError` になります。確かめてみましょう。`exec` は、文字列を Python のコードとして実行する組み込み関数です。このノートブックですでに定義した名前に影響されないよう、`exec` に空の辞書 `{}` を渡し、新しい名前空間でコードを実行します。そこで使えるのは `print` などの Python の組み込みの名前だけで、このノートブックで定義した名前は使えません。
""",
        en=r"""
## Writing it in Python (one number at a time)

The tutorial's first Leaky ReLU snippet has another error: it defines the function under the name `relu`, but the
example lines call `leaky_relu`, so running it as written raises a `NameError`. Let us check. `exec` is the built-in
function that runs a string as Python code. So that the names already defined in this notebook do not interfere, we
pass `exec` an empty dictionary `{}`, and the code runs in a fresh namespace: only Python's built-in names, such as
`print`, are available there, and none of the names defined in this notebook.
""",
    ),
    code(
        "seed-snippet",
        """
# チュートリアルの Leaky ReLU の最初のコード（そのまま。使用例は最初の入力 x = 1.0 の 2 行だけ） || The tutorial's first Leaky ReLU snippet, as printed there (of its example lines, only the two for the first input, x = 1.0)
seed_snippet = '''
def relu(x):
  if x>0 :
    return x
  else :
    return 0.01*x

x = 1.0
print('Applying Leaky Relu on (%.1f) gives %.1f' % (x, leaky_relu(x)))
'''
try:
    exec(seed_snippet, {})
except NameError as error:
    print("NameError:", error)
""",
    ),
    *exercise("fix_tutorial_leaky_relu"),
    md(
        "scalar-fix",
        ja=r"""
演習で見たとおり、直し方は簡単で、定義する名前を呼び出す名前にそろえて `leaky_relu` とするだけです（チュートリアルの「完全なコード」ではそうなっています）。ここでは $\alpha$ も引数にして、既定値を 0.01 にしておきます。チュートリアルと同じ五つの入力で試します。
""",
        en=r"""
As the exercise shows, the fix is simply to define the function under the name that is called, `leaky_relu` (the
tutorial's "complete code" does so). Here $\alpha$ also becomes a parameter, 0.01 by default. We try it on the tutorial's five inputs.
""",
    ),
    code(
        "leaky-scalar",
        """
def leaky_relu(x, alpha=0.01):
    if x > 0:
        return x
    else:
        return alpha * x


for x in [1.0, -10.0, 0.0, 15.0, -20.0]:
    print('Applying Leaky Relu on (%.1f) gives %.1f' % (x, leaky_relu(x)))
""",
    ),
    md(
        "scalar-after",
        ja=r"""
出力はチュートリアルの 5 行と同じです。正の入力はそのまま、0.0 は 0.0 のままです。負の入力 -10.0 と -20.0 は 0.01 倍され、0 ではなく -0.1 と -0.2 になりました。

配列には、第1章と同じくベクトル化した版を使います。`helpers.leaky_relu` は `np.where(x > 0, x, alpha * x)` と同じ値を返しますが、計算のしかたは $\alpha$ によって変わります。ふつう使う $0 < \alpha \le 1$ では `np.maximum(x, alpha * x)` を使います。$\alpha > 1$ では `np.minimum(x, alpha * x)` を使います。その理由は章の後半で確かめます。$\alpha \le 0$ では定義どおりに、`x > 0` のような真偽値の配列（**マスク**）を作って選びます。第6章では ReLU について、`np.maximum` が、マスクを作って `np.where` で選ぶやり方よりどれだけ速いかを測り、その理由を説明します。また、上で定義した `if` を使うスカラー版の `leaky_relu` が、第1章の `max(0.0, x)` と違って NaN を消さないことも確かめておきます（`nan > 0` は `False` なので `else` の枝に進み、`0.01 * nan` は NaN になるからです）。
""",
        en=r"""
The output is the tutorial's five lines. Positive inputs pass unchanged, and 0.0 stays 0.0. The negative inputs -10.0
and -20.0 are multiplied by 0.01 and become -0.1 and -0.2, instead of 0.

For arrays we use a vectorised version, as in Chapter 1. `helpers.leaky_relu` returns the same values as
`np.where(x > 0, x, alpha * x)`, but computes them differently depending on $\alpha$. For the usual
$0 < \alpha \le 1$ it uses `np.maximum(x, alpha * x)`; for $\alpha > 1$ it uses `np.minimum(x, alpha * x)`, for a
reason explained later in this chapter. For $\alpha \le 0$ it follows the definition: it builds a **mask**, an array
of True/False values such as `x > 0`, and selects with it. Chapter 6 measures, for ReLU, how much faster
`np.maximum` is than building a mask and selecting with `np.where`, and explains why. We also check that our scalar
`leaky_relu` above, with its `if`, does not hide NaN as Chapter 1's `max(0.0, x)` does: `nan > 0` is `False`, so the `else` branch runs, and `0.01 * nan` is NaN.
""",
    ),
    code(
        "leaky-numpy",
        """
x = np.array([1.0, -10.0, 0.0, 15.0, -20.0])
print(helpers.leaky_relu(x))
print(np.where(x > 0, x, 0.01 * x))
print("leaky_relu(nan) =", leaky_relu(float("nan")))
print("helpers.leaky_relu(nan) =", helpers.leaky_relu(float("nan")))
""",
    ),
    *exercise("leaky_relu"),
    md(
        "gradient",
        ja=r"""
## 導関数と $x = 0$ での値の選び方

第2章と同じように場合を分けて微分すると、

$$
\mathrm{LeakyReLU}_\alpha'(x) =
\begin{cases}
1 & (x > 0) \\
\alpha & (x < 0)
\end{cases}
$$

です。負の側の傾きが 0 ではなく $\alpha$ なので、$z < 0$ のニューロンにも勾配が届きます。

$x = 0$ での左微分係数は $\alpha$、右微分係数は 1 で、両者が異なるので、Leaky ReLU もやはり $x = 0$ で微分不可能です。$\alpha \le 1$ なら Leaky ReLU は凸関数で、区間 $[\alpha, 1]$ の値はどれも $x = 0$ での劣勾配です。そのうちどの値を使うかは、第2章の ReLU と同じく、フレームワークごとに決めた規約（取り決め）です。チュートリアルの Leaky ReLU の勾配の式は $x \ge 0$ で 1（`f'(x) = 1, x>=0`）なので、$x = 0$ では 1 を使っていることになります。

| 関数（API） | $x = 0$ での勾配 | 出典（ソースコード） |
|---|---|---|
| PyTorch `F.leaky_relu` / `nn.LeakyReLU` | $\alpha$ | `aten/src/ATen/native/cpu/Activation.cpp` の `leaky_relu_backward_kernel`：要点は `a > 0 ? b : b * negval`（型変換は省略。入力が 0 より大きいときだけ勾配をそのまま通します） |
| TensorFlow `tf.nn.leaky_relu` | $\alpha$ | `tensorflow/core/kernels/relu_op_functor.h` の `LeakyReluGrad`：要点は `(features > 0).select(gradients, gradients * alpha)`（型変換は省略） |
| JAX `jax.nn.leaky_relu` | 1 | `jax/_src/nn/functions.py`：`jnp.where(x_arr >= 0, x_arr, negative_slope * x_arr)`。$x = 0$ では `x` の枝が選ばれ、その傾き 1 が勾配になります（独自の微分規則は定義されていません） |

この表の値は、PyTorch 2.13、JAX 0.10.2、TensorFlow 2.21 を実際に動かして確かめたものです（ソースコードの場所は参考文献にあります）。`helpers.leaky_relu_grad` は PyTorch や TensorFlow に合わせて、$x = 0$ で $\alpha$ を返します。なお、$\alpha$ の既定値もフレームワークによって異なります。PyTorch と JAX は 0.01 ですが、TensorFlow の `tf.nn.leaky_relu` は 0.2 です（`tensorflow/python/ops/nn_ops.py`：`def leaky_relu(features, alpha=0.2, name=None)`）。TensorFlow からも使える Keras の層 `tf.keras.layers.LeakyReLU` の既定値は、さらに別の 0.3 です（Keras のドキュメント：`LeakyReLU(negative_slope=0.3)`）。

数値微分でも確かめます。$x = 0$ での中心差分は、左右の傾きの平均 $(\alpha + 1)/2$ になるはずです。
""",
        en=r"""
## The derivative and the convention at $x = 0$

As in Chapter 2, we differentiate piece by piece:

$$
\mathrm{LeakyReLU}_\alpha'(x) =
\begin{cases}
1 & (x > 0) \\
\alpha & (x < 0)
\end{cases}
$$

The slope on the negative side is $\alpha$ instead of 0, so a gradient does reach a neuron with $z < 0$.

At $x = 0$ the left derivative is $\alpha$ and the right derivative is 1. They differ, so Leaky ReLU is not
differentiable at $x = 0$ either. For $\alpha \le 1$, Leaky ReLU is convex, and every value in $[\alpha, 1]$ is a
subgradient at 0. Which of them is used is, again, a convention that each framework fixes (Chapter 2). The tutorial's
gradient formula for Leaky ReLU is 1 for $x \ge 0$ (`f'(x) = 1, x>=0`), so it uses 1 at $x = 0$.

| function (API) | gradient at $x = 0$ | source code |
|---|---|---|
| PyTorch `F.leaky_relu` / `nn.LeakyReLU` | $\alpha$ | `aten/src/ATen/native/cpu/Activation.cpp`, `leaky_relu_backward_kernel`, in essence `a > 0 ? b : b * negval` (casts omitted; the gradient passes unchanged only for inputs above 0) |
| TensorFlow `tf.nn.leaky_relu` | $\alpha$ | `tensorflow/core/kernels/relu_op_functor.h`, `LeakyReluGrad`, in essence `(features > 0).select(gradients, gradients * alpha)` (casts omitted) |
| JAX `jax.nn.leaky_relu` | 1 | `jax/_src/nn/functions.py`: `jnp.where(x_arr >= 0, x_arr, negative_slope * x_arr)`; at $x = 0$ the `x` branch is taken, and its slope 1 becomes the gradient (JAX defines no rule of its own for this function) |

The values in the table were confirmed by running PyTorch 2.13, JAX 0.10.2 and TensorFlow 2.21; the References
give the location of each source file. `helpers.leaky_relu_grad` follows PyTorch and TensorFlow and returns $\alpha$ at $x = 0$.
The default $\alpha$ differs between frameworks too: it is 0.01 in PyTorch and JAX, but 0.2 in TensorFlow's
`tf.nn.leaky_relu` (`tensorflow/python/ops/nn_ops.py`: `def leaky_relu(features, alpha=0.2, name=None)`), and 0.3 in
the Keras layer `tf.keras.layers.LeakyReLU` that TensorFlow also offers (the Keras documentation:
`LeakyReLU(negative_slope=0.3)`).

We now check the derivative numerically. At $x = 0$ the central difference should give the average of the two slopes,
$(\alpha + 1)/2$.
""",
    ),
    code(
        "leaky-grad",
        """
alpha = 0.01
x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print("leaky_relu_grad(x) =", helpers.leaky_relu_grad(x, alpha))
differences = {kind: helpers.numerical_derivative(helpers.leaky_relu, 0.0, kind=kind)
               for kind in ["backward", "central", "forward"]}
for kind, value in differences.items():
    print(helpers.text(f"leaky.difference.{kind}", value=value))
print(helpers.text("leaky.difference.mean", value=(alpha + 1) / 2))

grid = helpers.x_grid(3.0)
away = grid != 0.0
numeric = helpers.numerical_derivative(helpers.leaky_relu, grid[away])
max_error = float(np.max(np.abs(numeric - helpers.leaky_relu_grad(grid[away], alpha))))
print(helpers.text("leaky.difference.max_error", error=max_error))
""",
    ),
    md(
        "leaky-grad-after",
        ja=r"""
後退差分は左側の傾き $\alpha$ と同じ {{differences["backward"]:.4f}}、前進差分は右側の傾き 1 と同じ {{differences["forward"]:.4f}}、中心差分はその平均の {{differences["central"]:.4f}} になりました。$x = 0$ 以外の点では、数値微分と `helpers.leaky_relu_grad` の差は最大でも {{max_error:.1e}} で、よく一致しています。
""",
        en=r"""
The backward difference, {{differences["backward"]:.4f}}, is the left slope $\alpha$; the forward difference,
{{differences["forward"]:.4f}}, is the right slope 1; and the central difference, {{differences["central"]:.4f}}, is
their average. Away from $x = 0$, the numerical derivative and `helpers.leaky_relu_grad` differ by at
most {{max_error:.1e}}, so they agree closely.
""",
    ),
    *exercise("leaky_relu_grad"),
    md(
        "plot-intro",
        ja=r"""
## グラフで見る

次の図は、ReLU（破線）と $\alpha = 0.01$ の Leaky ReLU（実線）を比べたものです。傾き 0.01 は小さすぎて、通常の縮尺ではほとんど見えません。そこで中央の図では、負の側を縦方向に拡大しています。右の図は二つの導関数です。どちらも $x = 0$ で不連続に跳ぶ（ReLU の導関数は 0 から 1 へ、Leaky ReLU の導関数は $\alpha$ から 1 へ）ので、線はそこで切ってあります。$x = 0$ では、`helpers.leaky_relu_grad` が使う値 $\alpha$ を点で示しています。負の側では二つの導関数の差は 0.01 しかなく、この縮尺では線がほとんど重なります。
""",
        en=r"""
## The picture

The figure shows ReLU (dashed) and Leaky ReLU with $\alpha = 0.01$ (solid). A slope of 0.01 is too small to see at the
usual scale, so the middle panel stretches the negative side vertically. The right panel shows both derivatives.
Both jump at $x = 0$, ReLU's from 0 to 1 and Leaky ReLU's from $\alpha$ to 1, so their lines have a gap there, and a dot marks the value $\alpha$ that
`helpers.leaky_relu_grad` uses at $x = 0$. On the negative side the two derivatives differ by only 0.01, so at this
scale their lines almost coincide.
""",
    ),
    code(
        "plot-leaky",
        """
alpha = 0.01
x = helpers.x_grid(3.0)
labels = [helpers.text("plot.relu.label"), helpers.text("leaky.label", alpha=alpha)]
curves = [helpers.relu(x), helpers.leaky_relu(x, alpha)]
# 導関数は x = 0 で不連続なので、そこで線がつながらないよう x = 0 の値を NaN にして描く || The derivatives jump at x = 0, so they are drawn with NaN there, leaving a gap instead of a vertical line joining the two levels
grads = [helpers.plotting.gap_at(x, helpers.relu_grad(x)), helpers.plotting.gap_at(x, helpers.leaky_relu_grad(x, alpha))]

fig, (ax_f, ax_z, ax_d) = plt.subplots(1, 3, figsize=(13, 3.6), layout="constrained")
helpers.plot(x, curves, labels=labels, ax=ax_f, styles=["--", "-"], title=helpers.text("leaky.title.functions"))
helpers.plot(x, curves, labels=labels, ax=ax_z, styles=["--", "-"], title=helpers.text("leaky.title.zoom"))
ax_z.set_xlim(-3.0, 0.5)
ax_z.set_ylim(-0.04, 0.02)
helpers.plot(x, grads, labels=[helpers.text("leaky.relu_grad.label"), helpers.text("leaky.grad.label", alpha=alpha)],
             ax=ax_d, styles=["--", "-"], ylabel=helpers.text("plot.dy"), title=helpers.text("leaky.title.derivatives"))
ax_d.plot([0.0], [helpers.leaky_relu_grad(0.0, alpha)], "o", color="C1", label=helpers.text("leaky.at_zero"))
ax_d.set_ylim(-0.1, 1.2)
ax_d.legend(loc="center right")
helpers.show(fig, helpers.text("leaky.figure.alt", alpha=alpha, left=x[0], at_left=helpers.leaky_relu(x[0], alpha)))
""",
    ),
    md(
        "neuron-intro",
        ja=r"""
## 死んだニューロンが動き出す

第2章では、$w = b = -0.5$、入力 $x = 2$、目標値 $y = 3$ のニューロンを考えました。活性化前の値は $z = -1.5$ です。損失 $L = \tfrac12 (a - y)^2$ が大きいのに、学習率 0.1 で勾配降下法の更新を 1 回行っても重みはまったく変わらず、何回更新しても同じでした。活性化関数を Leaky ReLU に替えて、同じ 1 回の更新を計算します。勾配の式は第2章と同じで、$\mathrm{ReLU}'(z)$ が $\mathrm{LeakyReLU}_\alpha'(z)$ に替わるだけです。
""",
        en=r"""
## A dead neuron starts to move

In Chapter 2, one neuron had $w = b = -0.5$, input $x = 2$ and target $y = 3$, so that $z = -1.5$. Its loss
$L = \tfrac12 (a - y)^2$ was large, yet a gradient-descent step with learning rate 0.1 left its weights exactly where
they were, and so did every further step. We swap the activation for Leaky ReLU and take the same step. The gradient
formulas are those of Chapter 2, with $\mathrm{ReLU}'(z)$ replaced by $\mathrm{LeakyReLU}_\alpha'(z)$.
""",
    ),
    code(
        "neuron-step",
        """
w, b, x, y, lr, alpha = -0.5, -0.5, 2.0, 3.0, 0.1, 0.01
z = w * x + b
a = helpers.leaky_relu(z, alpha)
dloss_dz = (a - y) * helpers.leaky_relu_grad(z, alpha)  # ReLU なら 0 だった傾きが alpha になる || the slope that was 0 for ReLU is now alpha
new_w, new_b = w - lr * dloss_dz * x, b - lr * dloss_dz
print(f"z = {z:+.2f}, a = {a:+.4f}, dL/dz = {dloss_dz:+.5f}")
print(f"w: {w:+.5f} -> {new_w:+.5f}   b: {b:+.5f} -> {new_b:+.5f}")

# z が正になるまで更新を続ける || Keep updating until z is positive
steps = 0
while w * x + b <= 0:
    z = w * x + b
    dloss_dz = (helpers.leaky_relu(z, alpha) - y) * helpers.leaky_relu_grad(z, alpha)
    w, b, steps = w - lr * dloss_dz * x, b - lr * dloss_dz, steps + 1
print(helpers.text("leaky.steps", steps=steps, z=w * x + b))
""",
    ),
    md(
        "neuron-after",
        ja=r"""
勾配に $\alpha = 0.01$ が掛かるため動きは小さいものの、$w$ も $b$ も正しい向き（$z$ を大きくする向き）に動きました。このまま更新を続けると、このニューロンは {{steps}} 回目の更新で $z > 0$ の側に移ります。負の側に勾配を届けることが、Leaky ReLU を使う主な理由です。

ただし、これは一つのニューロンに一つの入力だけの例です。ネットワークの中ではどうでしょうか。第3章では、Leaky ReLU のネットワーク（幅 64、学習率ごとに 16 個のシード）をいくつかの学習率で 30 エポック学習し、さらに学習率 0.015 だけで 150 エポックまで学習しました。ここでは、この学習率 0.015 の学習をもう一度行います。いずれかのエポックで、すべての入力に対して活性化前の値が 0 以下になったことのあるユニットを数えます。また、それらのうち数える期間の終わりに、少なくとも一つの入力に対して活性化前の値が正になっていたもの（第3章で「戻った」と数えたユニット）も数えます。どちらも、最初の 30 エポックと 150 エポック全体のそれぞれについて数えます。計算には少し時間がかかります。
""",
        en=r"""
The move is small, since the gradient carries the factor $\alpha = 0.01$, but $w$ and $b$ both move the right way,
towards a larger $z$. If we keep taking such steps, this neuron crosses to $z > 0$ after {{steps}} steps.
Getting a gradient to the negative side is the main reason for using Leaky ReLU.

This is one neuron with a single input, though. What happens inside a network? Chapter 3 trained Leaky ReLU
networks (width 64, 16 seeds per learning rate) for 30 epochs at several learning rates, and then at learning rate 0.015 alone for 150
epochs. We repeat that training at 0.015 here. We count the units whose pre-activation was, at some epoch, at or below 0
on every input, and how many of them are positive for at least one input at the end (they "came back", as in
Chapter 3). We make both counts twice: over the first 30 epochs and over all 150. The computation takes a little
while.
""",
    ),
    code(
        "network-came-back",
        """
x_data, y_data = helpers.dying.sine_data()
runs = helpers.train_mlp(x_data, y_data, width=64, lr=0.015, epochs=150, seeds=16, seed=0, activation="leaky_relu")
dead = runs.dead[:, ~runs.diverged]  # 発散しなかった試行だけ || only the runs that did not diverge
ever_30, back_30 = helpers.dying.came_back(dead[: 30 + 1])  # 最初の 30 エポック（第3章と同じ長さ） || the first 30 epochs (Chapter 3's length)
ever_150, back_150 = helpers.dying.came_back(dead)
print(helpers.text("leaky.came_back", epochs=30, ever=ever_30, back=back_30, share=back_30 / ever_30))
print(helpers.text("leaky.came_back", epochs=150, ever=ever_150, back=back_150, share=back_150 / ever_150))
""",
    ),
    md(
        "network-came-back-after",
        ja=r"""
30 エポックの時点で戻っていたのは {{ever_30}} 個のうち {{back_30}} 個（{{back_30 / ever_30:.1%}}）、150 エポックでは {{ever_150}} 個のうち {{back_150}} 個（{{back_150 / ever_150:.1%}}）でした。150 エポックの数は、同じ学習をした第3章の数と同じです。第3章の 30 エポックの数はすべての学習率を合わせたもので、ここでの 30 エポックの数は学習率 0.015 だけのものなので、両者は一致しません。第3章の測定と同じく、Leaky ReLU のユニットは勾配を受け取り続け、戻ってくるものもありますが、その回復は遅いのです。Leaky ReLU は、死んだニューロンが戻ってこられるようにはしますが、すぐに戻すわけではありません。
""",
        en=r"""
After 30 epochs, {{back_30}} of the {{ever_30}} units ({{back_30 / ever_30:.1%}}) were back; after 150 epochs,
{{back_150}} of {{ever_150}} ({{back_150 / ever_150:.1%}}), the same count that Chapter 3 found for this training. Chapter
3's 30-epoch count covered all its learning rates, whereas the one here is for 0.015 alone, so the two differ. As
Chapter 3 measured, Leaky ReLU units keep receiving a gradient and some do come back, but slowly. Leaky ReLU makes it possible for a dead unit to come back; it does not
make it come back quickly.
""",
    ),
    md(
        "widget-intro",
        ja=r"""
## $\alpha$ を変えてみる

スライダーで $\alpha$ を 0 から 0.5 まで動かすと、左の図の Leaky ReLU と右の図のその導関数が、ReLU とその導関数（破線）に重ねて描き直されます。$\alpha = 0$ では、どちらも ReLU のものと完全に重なります。

（ウィジェットを使うには、実行中のカーネルが必要です。GitHub などでカーネルなしに保存済みのノートブックを見ると表示されないので、セルを実行してください。）
""",
        en=r"""
## Varying $\alpha$

Drag the slider to change $\alpha$ from 0 to 0.5: Leaky ReLU (left) and its derivative (right) are redrawn over
ReLU and its derivative (dashed). At $\alpha = 0$ both coincide with their ReLU counterparts.

(The widget needs a running kernel. In a saved copy viewed without one, for example on GitHub, it does not appear, so
run the cell to use it.)
""",
    ),
    code(
        "alpha-widget",
        """
helpers.widgets.alpha_explorer(max_alpha=0.5)
""",
        tags=("nbval-ignore-output",),
    ),
    *exercise("predict_max_form_large_alpha"),
    md(
        "alpha-large",
        ja=r"""
スライダーは 0.5 までです。よく使われる値（Maas ら (2013) や PyTorch の 0.01、TensorFlow の `tf.nn.leaky_relu` の 0.2、Keras の層 `tf.keras.layers.LeakyReLU` の 0.3）はこの範囲に入ります。そもそも関数が ReLU らしくあるためには、$\alpha$ は 1 より小さくなければなりません。$\alpha = 1$ にすると負の側の傾きも 1 になり、関数は恒等関数 $f(x) = x$ になってしまいます。これでは非線形性がなくなり、第1章で説明したとおり、そのような層をいくつ重ねても一つのアフィン変換にまとまってしまいます。$\alpha > 1$ では負の側のほうが急になり、「負の入力を抑える」という ReLU らしさがなくなります。

さらに、$\max(\alpha x, x)$ という書き方が成り立つのは $\alpha \le 1$ のときだけです。TensorFlow の `relu_op_functor.h` にも「alpha might be > 1 or < 0, so we don't use cwiseMax here」（alpha は 1 より大きいことも負のこともあるので、ここでは cwiseMax を使わない）というコメントがあります。cwiseMax は、C++ の線形代数ライブラリ Eigen で要素ごとに最大値をとる関数です。TensorFlow は、多くの演算の計算にこのライブラリを使っています。ただし $\alpha < 0$ のときは、$\max$ を使った書き方でも、無限大を含めてどの入力に対しても定義と同じ値になります（違いうるのは 0 の符号だけです）。本当に崩れるのは $\alpha > 1$ のときで（負の入力はそのまま通り、正の入力は $\alpha$ 倍されます）、そのため `helpers.leaky_relu` は $\alpha > 1$ では $\min(\alpha x, x)$ を使います。$\alpha \le 0$ では定義どおりのマスクを使うので、0 の符号も、$\alpha = 0$ で $x = \infty$ のとき（$\max$ を使った書き方では $0 \cdot \infty$ が NaN になります）も、定義と一致します。次のセルで、これらを計算で確かめます。
""",
        en=r"""
The slider stops at 0.5. The values in common use (0.01 in Maas et al. (2013) and PyTorch, 0.2 in TensorFlow's
`tf.nn.leaky_relu`, 0.3 in the Keras layer `tf.keras.layers.LeakyReLU`) lie in this range. Indeed, $\alpha$ has to stay below 1 if the function is to remain ReLU-like. With $\alpha = 1$ the negative side also has slope 1 and the
function becomes the identity $f(x) = x$: no non-linearity is left, and, as Chapter 1 explained, a stack of such
layers would collapse into a single affine map. With $\alpha > 1$ the negative side is the steeper one, and the
ReLU-like character, damping negative inputs, is gone.

Moreover, the form $\max(\alpha x, x)$ holds only for $\alpha \le 1$. TensorFlow's `relu_op_functor.h` has the comment
"alpha might be > 1 or < 0, so we don't use cwiseMax here" (cwiseMax is the elementwise maximum in Eigen, a C++
linear-algebra library that TensorFlow uses for many of its kernels). For $\alpha < 0$,
though, the max form still gives the same values on every input, infinities included (only the sign of a zero can
differ); $\alpha > 1$ is the case that really breaks it (negative inputs pass unchanged, and positive ones are
multiplied by $\alpha$), which is why `helpers.leaky_relu` uses $\min(\alpha x, x)$ there. For
$\alpha \le 0$ it uses the mask of the definition, so its results match the definition exactly, including the sign
of a zero and, for $\alpha = 0$, the value at $x = \infty$ (there the max form gives NaN, because $0 \cdot \infty$
is NaN). The next cell checks these
statements.
""",
    ),
    code(
        "alpha-large-check",
        """
x = helpers.x_grid(3.0)
print(helpers.text("leaky.identity", same=bool(np.array_equal(helpers.leaky_relu(x, 1.0), x))))
print(helpers.text("leaky.steeper", negative=helpers.leaky_relu(-1.0, 2.0), positive=helpers.leaky_relu(1.0, 2.0)))
for alpha in [-0.5, 2.0]:
    same = bool(np.array_equal(np.maximum(alpha * x, x), helpers.leaky_relu(x, alpha)))
    print(helpers.text("leaky.max_form", alpha=alpha, same=same, at_one=max(alpha * 1.0, 1.0)))
edge = np.array([0.0, -0.0, np.inf])
with np.errstate(invalid="ignore"):  # 0 * inf は NaN || 0 * inf is NaN
    for alpha in [-0.5, 0.0]:
        print(helpers.text("leaky.max_form.edge", alpha=alpha, max_form=np.maximum(alpha * edge, edge),
                           definition=np.where(edge > 0, edge, alpha * edge), helper=helpers.leaky_relu(edge, alpha)))
""",
    ),
    md(
        "prelu",
        ja=r"""
## 予告：PReLU（$\alpha$ も学習する）

Leaky ReLU の $\alpha$ は、人が決める定数でした。**PReLU**（パラメトリック ReLU）は、$\alpha$ を重みと同じように学習するパラメータにします。He, Zhang, Ren & Sun (2015)「Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification」（ICCV 2015、arXiv:1502.01852）が提案しました。$\alpha$ はチャネル（畳み込み層では 1 枚の特徴マップ、全結合層では一つのユニット）ごとに一つ持たせることも、層のすべてのチャネルで一つを共有することもできます。$\alpha$ についての偏導関数は

$$
\frac{\partial\, \mathrm{PReLU}_\alpha(x)}{\partial \alpha} =
\begin{cases}
0 & (x > 0) \\
x & (x \le 0)
\end{cases}
$$

なので、負の入力を受けたときだけ $\alpha$ が更新されます。He ら (2015) は $\alpha$ の初期値を 0.25 にしており、PyTorch の `nn.PReLU` も既定の初期値は 0.25 です（`torch.nn.PReLU` のドキュメント：`init=0.25`）。PReLU や ELU、GELU など ReLU の仲間は、第5章で比べます。
""",
        en=r"""
## Preview: PReLU (learn $\alpha$ too)

In Leaky ReLU, $\alpha$ is a constant chosen by hand. **PReLU** (parametric ReLU) makes $\alpha$ a parameter learned
like the weights. It was introduced by He, Zhang, Ren & Sun (2015), "Delving Deep into Rectifiers: Surpassing
Human-Level Performance on ImageNet Classification", ICCV 2015 (arXiv:1502.01852). There can be one $\alpha$ per
channel (in a convolutional layer, one feature map; in a fully connected layer, one unit), or one shared by all
channels of a layer. The partial derivative of PReLU with respect to $\alpha$ is

$$
\frac{\partial\, \mathrm{PReLU}_\alpha(x)}{\partial \alpha} =
\begin{cases}
0 & (x > 0) \\
x & (x \le 0)
\end{cases}
$$

so $\alpha$ is updated only by negative inputs. He et al. (2015) start from $\alpha = 0.25$, and so does PyTorch's
`nn.PReLU` by default (the documentation of `torch.nn.PReLU`: `init=0.25`). PReLU, ELU, GELU and the rest of the ReLU
family are compared in Chapter 5.
""",
    ),
    md(
        "summary",
        ja=r"""
## まとめ

- Leaky ReLU は、$x > 0$ で $x$、$x \le 0$ で $\alpha x$ です（Maas ら (2013) は $\alpha = 0.01$ を使いました）。チュートリアルの「数学的に言えば」の後の式は、おそらく指示関数を使った式で、それぞれの指示関数がふつうの数字の 1 として印字されたものです。
- チュートリアルの Leaky ReLU の最初のコードは `relu` を定義して `leaky_relu` を呼ぶので、`NameError` になります。名前をそろえれば、五つの例はチュートリアルの出力どおり 1.0、-0.1、0.0、15.0、-0.2 になります。
- 導関数は $x > 0$ で 1、$x < 0$ で $\alpha$ です。$x = 0$ では PyTorch と TensorFlow が $\alpha$、JAX が 1 を使い、`helpers.leaky_relu_grad` は $\alpha$ を返します。
- 負の側にも勾配が届くので、ReLU では止まっていたニューロンも動けます。ただしネットワークの中では、戻ってきたユニットは少なく、その回復も遅いものでした。
- $\alpha = 1$ では恒等関数になり、$\alpha > 1$ ではもう ReLU らしくありません。$\alpha$ を学習するのが PReLU です。

次の章では、PReLU をはじめとする ReLU の仲間を並べて比べます。→ [第5章 ReLU の仲間たち](05_relu_family.ipynb)
""",
        en=r"""
## Summary

- Leaky ReLU is $x$ for $x > 0$ and $\alpha x$ for $x \le 0$ (Maas et al. (2013) use $\alpha = 0.01$). The tutorial's
  formula after "mathematically speaking" is most likely the indicator-function form, with each indicator printed as a plain 1.
- The tutorial's first Leaky ReLU snippet defines `relu` but calls `leaky_relu`, so it raises a `NameError`. With the names
  matched, the five examples give the tutorial's output: 1.0, -0.1, 0.0, 15.0 and -0.2.
- The derivative is 1 for $x > 0$ and $\alpha$ for $x < 0$. At $x = 0$, PyTorch and TensorFlow use $\alpha$ and JAX
  uses 1; `helpers.leaky_relu_grad` returns $\alpha$.
- A gradient reaches the negative side, so a neuron that ReLU had stopped can move again. Inside a network, though,
  few units came back, and slowly.
- With $\alpha = 1$ the function is the identity, and with $\alpha > 1$ it is no longer ReLU-like. Learning $\alpha$
  gives PReLU.

The next chapter puts PReLU and the rest of the ReLU family side by side. →
[Chapter 5: The ReLU family](05_relu_family.ipynb)
""",
    ),
    md(
        "references",
        ja=r"""
## 参考文献

- He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving Deep into Rectifiers: Surpassing Human-Level Performance on
  ImageNet Classification. *Proceedings of the IEEE International Conference on Computer Vision (ICCV 2015)*,
  1026–1034. arXiv:1502.01852.
- Maas, A. L., Hannun, A. Y. & Ng, A. Y. (2013). Rectifier Nonlinearities Improve Neural Network Acoustic Models.
  *ICML 2013 Workshop on Deep Learning for Audio, Speech and Language Processing*.
- PyTorch：`aten/src/ATen/native/cpu/Activation.cpp`（`leaky_relu_backward_kernel`）、<https://github.com/pytorch/pytorch>。
  `torch.nn.PReLU` のドキュメント、<https://pytorch.org/docs/stable/generated/torch.nn.PReLU.html>。
- TensorFlow：`tensorflow/core/kernels/relu_op_functor.h`（`LeakyRelu`、`LeakyReluGrad`）と
  `tensorflow/python/ops/nn_ops.py`（`leaky_relu`）、<https://github.com/tensorflow/tensorflow>。
- JAX：`jax/_src/nn/functions.py`（`leaky_relu`）、<https://github.com/jax-ml/jax>。
- Keras：LeakyReLU 層のドキュメント、<https://keras.io/api/layers/activation_layers/leaky_relu/>。
- PyTorch：`torch.nn.LeakyReLU` のドキュメント（`negative_slope=0.01`）、<https://pytorch.org/docs/stable/generated/torch.nn.LeakyReLU.html>。
- 「PythonでのReLu関数」。ReLU と Leaky ReLU を Python で実装する短い日本語のチュートリアルで、このコースのもとに
  なったものです。
""",
        en=r"""
## References

- He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving Deep into Rectifiers: Surpassing Human-Level Performance on
  ImageNet Classification. *Proceedings of the IEEE International Conference on Computer Vision (ICCV 2015)*,
  1026–1034. arXiv:1502.01852.
- Maas, A. L., Hannun, A. Y. & Ng, A. Y. (2013). Rectifier Nonlinearities Improve Neural Network Acoustic Models.
  *ICML 2013 Workshop on Deep Learning for Audio, Speech and Language Processing*.
- PyTorch: `aten/src/ATen/native/cpu/Activation.cpp` (`leaky_relu_backward_kernel`), <https://github.com/pytorch/pytorch>.
  Documentation of `torch.nn.PReLU`, <https://pytorch.org/docs/stable/generated/torch.nn.PReLU.html>.
- TensorFlow: `tensorflow/core/kernels/relu_op_functor.h` (`LeakyRelu`, `LeakyReluGrad`) and
  `tensorflow/python/ops/nn_ops.py` (`leaky_relu`), <https://github.com/tensorflow/tensorflow>.
- JAX: `jax/_src/nn/functions.py` (`leaky_relu`), <https://github.com/jax-ml/jax>.
- Keras: documentation of the LeakyReLU layer, <https://keras.io/api/layers/activation_layers/leaky_relu/>.
- PyTorch: documentation of `torch.nn.LeakyReLU` (`negative_slope=0.01`), <https://pytorch.org/docs/stable/generated/torch.nn.LeakyReLU.html>.
- 「PythonでのReLu関数」 ("ReLU function in Python"): a short Japanese tutorial that implements ReLU and Leaky ReLU
  in Python; the course grew from it.
""",
    ),
]
