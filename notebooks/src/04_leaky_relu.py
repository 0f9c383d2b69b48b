"""Chapter 4: Leaky ReLU – definition (and the seed's errors), scalar code, gradient and conventions, alpha widget."""

from cells import code, exercise, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# 第4章 Leaky ReLU

第2章と第3章で見たとおり、ReLU は負の入力で傾きが 0 なので、$z < 0$ のニューロンには勾配が届かず、重みが動きません。**Leaky ReLU**（リーキーReLU）は、負の側にもごく小さな傾き $\alpha$ を残して、この「勾配の行き止まり」をなくします。"leaky" は「漏れる」という意味で、負の側から勾配が少しだけ漏れてくる様子を表しています。

この章では、定義（元のチュートリアルの誤りの訂正を含む）、スカラー版の実装、導関数と $x = 0$ での約束、グラフ、$\alpha$ を動かすウィジェット、そして $\alpha$ を学習する PReLU の予告を扱います。
""",
        en=r"""
# Chapter 4: Leaky ReLU

Chapters 2 and 3 showed that ReLU has slope 0 for negative inputs, so no gradient reaches a neuron with $z < 0$ and
its weights stay put. **Leaky ReLU** keeps a small slope $\alpha$ on the negative side and so removes this dead end
for the gradient: a little of it "leaks" through.

This chapter covers the definition (with corrections to the source tutorial), a scalar implementation, the derivative
and its convention at $x = 0$, plots, a widget that moves $\alpha$, and a preview of PReLU, where $\alpha$ is learned.
""",
    ),
    setup(),
    md(
        "definition",
        ja=r"""
## 定義

小さな定数 $\alpha$（よく使われるのは $\alpha = 0.01$）を使って、

$$
\mathrm{LeakyReLU}_\alpha(x) =
\begin{cases}
x & (x > 0) \\
\alpha x & (x \le 0)
\end{cases}
$$

と定義します。$\alpha = 0$ なら ReLU そのものです。$0 \le \alpha \le 1$ の範囲では $\max(\alpha x,\ x)$ とも書けます。Leaky ReLU は Maas, Hannun & Ng (2013, "Rectifier Nonlinearities Improve Neural Network Acoustic Models") が $\alpha = 0.01$ で導入しました。

### 元のチュートリアルの式について

元のチュートリアルには、「数学的に言えば」として次の二行が載っていました。

```
f(x)=1 (x<0)
(αx)+1 (x>=0)(x)
```

文字どおりに読むと「負の入力では常に 1」となり、Leaky ReLU ではなくなってしまいます。これはおそらく、条件が成り立つとき 1、成り立たないとき 0 になる **指示関数** $\mathbb{1}(\cdot)$ を使った式

$$
f(x) = \mathbb{1}(x < 0)\,(\alpha x) + \mathbb{1}(x \ge 0)\,(x)
$$

の記号が崩れ、途中で改行されてしまったものです。意味は上の場合分けの定義と同じです（$x = 0$ ではどちらの書き方でも値は 0）。
""",
        en=r"""
## Definition

With a small constant $\alpha$ (a common choice is $\alpha = 0.01$):

$$
\mathrm{LeakyReLU}_\alpha(x) =
\begin{cases}
x & (x > 0) \\
\alpha x & (x \le 0)
\end{cases}
$$

With $\alpha = 0$ this is ReLU itself; for $0 \le \alpha \le 1$ it can also be written $\max(\alpha x,\ x)$. Leaky
ReLU was introduced with $\alpha = 0.01$ by Maas, Hannun & Ng (2013, "Rectifier Nonlinearities Improve Neural Network
Acoustic Models").

### About the formula in the source tutorial

Under "mathematically speaking", the source tutorial printed these two lines:

```
f(x)=1 (x<0)
(αx)+1 (x>=0)(x)
```

Read literally, they say "1 for every negative input", which is not Leaky ReLU at all. Most likely this is the
formula written with the **indicator function** $\mathbb{1}(\cdot)$ (1 when the condition holds, 0 otherwise),

$$
f(x) = \mathbb{1}(x < 0)\,(\alpha x) + \mathbb{1}(x \ge 0)\,(x),
$$

whose symbol got lost and whose line got broken in the middle. It means the same as the case-by-case definition
above (at $x = 0$ both give 0).
""",
    ),
    md(
        "seed-name-error",
        ja=r"""
## Python で書く（スカラー版）

元のチュートリアルの最初のコードにも、もう一つ小さな誤りがあります。関数を `relu` という名前で定義しているのに、例の行では `leaky_relu` を呼んでいるので、そのまま実行すると `NameError` になります。新しい空の名前空間でそのコードを実行して確かめます（`exec` は文字列を Python のコードとして実行する組み込み関数です）。
""",
        en=r"""
## Writing it in Python (one number at a time)

The first code snippet of the source tutorial has another small slip: it defines the function under the name `relu`
but the example lines call `leaky_relu`, so running it as written raises a `NameError`. Let us run that snippet in a
fresh, empty namespace and see (`exec` is the built-in that runs a string as Python code).
""",
    ),
    code(
        "seed-snippet",
        """
# 元のチュートリアルの最初のコード（そのまま） || The first snippet of the source tutorial, as printed there
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
    md(
        "scalar-fix",
        ja=r"""
直し方は簡単で、定義する名前を呼び出す名前にそろえて `leaky_relu` とするだけです（チュートリアルの「完全なコード」ではそうなっています）。ここでは $\alpha$ を引数にして、既定値を 0.01 にしておきます。同じ五つの入力で試します。
""",
        en=r"""
The fix is simply to define the function under the name that is called, `leaky_relu` (the tutorial's "complete code"
does so). Here $\alpha$ also becomes a parameter, 0.01 by default. The same five inputs as the tutorial:
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
正の入力はそのまま、負の入力 -10.0 と -20.0 は 0 ではなく、0.01 倍の -0.1 と -0.2 になりました。

配列には、第1章と同じくベクトル化した版を使います。`helpers.leaky_relu` は `np.where(x > 0, x, alpha * x)` と同じ計算をします。この `if` の書き方は、第1章の `max(0.0, x)` と違って NaN を消さないことも確かめておきます（`nan > 0` は `False` なので `else` に進み、`0.01 * nan` は nan）。
""",
        en=r"""
Positive inputs pass unchanged; the negative inputs -10.0 and -20.0 become -0.1 and -0.2, 0.01 times themselves,
instead of 0.

For arrays we use a vectorised version, as in Chapter 1: `helpers.leaky_relu` computes the same as
`np.where(x > 0, x, alpha * x)`. We also check that this `if` form, unlike Chapter 1's `max(0.0, x)`, does not hide
NaN (`nan > 0` is `False`, so the `else` branch runs, and `0.01 * nan` is nan).
""",
    ),
    code(
        "leaky-numpy",
        """
x = np.array([1.0, -10.0, 0.0, 15.0, -20.0])
print(helpers.leaky_relu(x))
print(np.where(x > 0, x, 0.01 * x))
print("leaky_relu(nan) =", leaky_relu(float("nan")), "/ helpers.leaky_relu(nan) =", helpers.leaky_relu(float("nan")))
""",
    ),
    *exercise("leaky_relu"),
    md(
        "gradient",
        ja=r"""
## 導関数と $x = 0$ での約束

第2章と同じように場合を分けると、

$$
\mathrm{LeakyReLU}_\alpha'(x) =
\begin{cases}
1 & (x > 0) \\
\alpha & (x < 0)
\end{cases}
$$

です。負の側の傾きが 0 ではなく $\alpha$ なので、$z < 0$ のニューロンにも勾配が届きます。

$x = 0$ では左の傾き $\alpha$ と右の傾き 1 が違うので、やはり微分不可能です。劣勾配は区間 $[\alpha, 1]$ のどの値でもよく、ここでもフレームワークごとに約束があります。元のチュートリアルは $x \ge 0$ で 1 としていました。

| 書き方 | $x = 0$ での勾配 | 出典 |
|---|---|---|
| PyTorch `F.leaky_relu` / `nn.LeakyReLU` | $\alpha$ | `aten/src/ATen/native/cpu/Activation.cpp` の `leaky_relu_backward_kernel`：`a > 0 ? b : b * negval`（入力が 0 より大きいときだけ勾配をそのまま通す） |
| TensorFlow `tf.nn.leaky_relu` | $\alpha$ | `tensorflow/core/kernels/relu_op_functor.h` の `LeakyReluGrad`：`(features > 0).select(gradients, gradients * alpha)` |
| JAX `jax.nn.leaky_relu` | 1 | `jax/_src/nn/functions.py`：`jnp.where(x_arr >= 0, x_arr, negative_slope * x_arr)`。$x = 0$ では `x` の枝が選ばれ、その傾き 1 が勾配になる（独自の微分規則はない） |

`helpers.leaky_relu_grad` は PyTorch と TensorFlow に合わせて $x = 0$ で $\alpha$ を返します。なお既定の $\alpha$ もそろっていません。PyTorch と JAX は 0.01 ですが、TensorFlow の `tf.nn.leaky_relu` は 0.2 です（`tensorflow/python/ops/nn_ops.py`：`def leaky_relu(features, alpha=0.2, name=None)`）。

数値微分でも確かめます。$x = 0$ の中心差分は、左右の傾きの平均 $(\alpha + 1)/2$ になるはずです。
""",
        en=r"""
## The derivative and the convention at $x = 0$

Case by case, as in Chapter 2:

$$
\mathrm{LeakyReLU}_\alpha'(x) =
\begin{cases}
1 & (x > 0) \\
\alpha & (x < 0)
\end{cases}
$$

The slope on the negative side is $\alpha$ instead of 0, so a gradient does reach a neuron with $z < 0$.

At $x = 0$ the left slope $\alpha$ and the right slope 1 differ, so Leaky ReLU is not differentiable there either.
Any value in $[\alpha, 1]$ is a subgradient, and again each framework has its convention. The source tutorial used 1
for $x \ge 0$.

| expression | gradient at $x = 0$ | source |
|---|---|---|
| PyTorch `F.leaky_relu` / `nn.LeakyReLU` | $\alpha$ | `aten/src/ATen/native/cpu/Activation.cpp`, `leaky_relu_backward_kernel`: `a > 0 ? b : b * negval` (the gradient passes unchanged only for inputs above 0) |
| TensorFlow `tf.nn.leaky_relu` | $\alpha$ | `tensorflow/core/kernels/relu_op_functor.h`, `LeakyReluGrad`: `(features > 0).select(gradients, gradients * alpha)` |
| JAX `jax.nn.leaky_relu` | 1 | `jax/_src/nn/functions.py`: `jnp.where(x_arr >= 0, x_arr, negative_slope * x_arr)`; at $x = 0$ the `x` branch is taken and its slope 1 becomes the gradient (no custom rule) |

`helpers.leaky_relu_grad` follows PyTorch and TensorFlow and returns $\alpha$ at $x = 0$. The default $\alpha$ differs
too: 0.01 in PyTorch and JAX, but 0.2 for TensorFlow's `tf.nn.leaky_relu` (`tensorflow/python/ops/nn_ops.py`:
`def leaky_relu(features, alpha=0.2, name=None)`).

A numerical check: at $x = 0$ the central difference should be the average of the two slopes, $(\alpha + 1)/2$.
""",
    ),
    code(
        "leaky-grad",
        """
alpha = 0.01
x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print("leaky_relu_grad(x) =", helpers.leaky_relu_grad(x, alpha))
for kind in ["backward", "central", "forward"]:
    print(f"{kind:8s} difference at 0: {helpers.numerical_derivative(helpers.leaky_relu, 0.0, kind=kind):.4f}")
print(f"(alpha + 1) / 2         : {(alpha + 1) / 2:.4f}")

grid = helpers.x_grid(3.0)
away = grid != 0.0
numeric = helpers.numerical_derivative(helpers.leaky_relu, grid[away])
print("largest |numeric - analytic| away from 0:", np.max(np.abs(numeric - helpers.leaky_relu_grad(grid[away], alpha))))
""",
    ),
    *exercise("leaky_relu_grad"),
    md(
        "plot-intro",
        ja=r"""
## グラフで見る

ReLU（破線）と Leaky ReLU（$\alpha = 0.01$、実線）を比べます。$\alpha = 0.01$ の傾きは小さすぎて、普通の縮尺ではほとんど見えません。そこで真ん中の図では負の側を縦に拡大しています。右の図は二つの導関数で、線は $x = 0$ で切り、`helpers.leaky_relu_grad` が $x = 0$ で使う値 $\alpha$ を点で示しています。負の側では二つの導関数の差は 0.01 しかなく、この縮尺では線がほとんど重なります。
""",
        en=r"""
## The picture

ReLU (dashed) against Leaky ReLU with $\alpha = 0.01$ (solid). A slope of 0.01 is too small to see at the usual
scale, so the middle panel stretches the negative side vertically. The right panel shows both derivatives, cut at
$x = 0$, with a dot at the value $\alpha$ that `helpers.leaky_relu_grad` uses there. On the negative side the two
derivatives differ by only 0.01, so at this scale their lines almost coincide.
""",
    ),
    code(
        "plot-leaky",
        """
alpha = 0.01
x = helpers.x_grid(3.0)
labels = [helpers.text("plot.relu.label"), helpers.text("leaky.label", alpha=alpha)]
curves = [helpers.relu(x), helpers.leaky_relu(x, alpha)]
# 跳びの箇所で線がつながらないよう、導関数は x = 0 を NaN にして描く || Derivatives are drawn with NaN at x = 0 so that the line does not bridge the jump
grads = [np.where(x == 0.0, np.nan, helpers.relu_grad(x)), np.where(x == 0.0, np.nan, helpers.leaky_relu_grad(x, alpha))]

fig, (ax_f, ax_z, ax_d) = plt.subplots(1, 3, figsize=(13, 3.6), layout="constrained")
helpers.plot(x, curves, labels=labels, ax=ax_f, styles=["--", "-"], title=helpers.text("leaky.title.functions"))
helpers.plot(x, curves, labels=labels, ax=ax_z, styles=["--", "-"], title=helpers.text("leaky.title.zoom"))
ax_z.set_xlim(-3.0, 0.5)
ax_z.set_ylim(-0.04, 0.02)
helpers.plot(x, grads, labels=[helpers.text("leaky.relu_grad.label"), helpers.text("leaky.grad.label", alpha=alpha)],
             ax=ax_d, styles=["--", "-"], ylabel=helpers.text("plot.dy"), title=helpers.text("leaky.title.derivatives"))
ax_d.plot([0.0], [helpers.leaky_relu_grad(0.0, alpha)], "o", color="tab:orange", label=helpers.text("leaky.at_zero"))
ax_d.set_ylim(-0.1, 1.2)
ax_d.legend(loc="center right")
plt.show()
""",
    ),
    md(
        "neuron-intro",
        ja=r"""
## 止まっていたニューロンが動き出す

第2章で、$z = -1.5 < 0$ のニューロン（$w = b = -0.5$、入力 $x = 2$、目標 $y = 3$、学習率 0.1）は、損失が大きいのに一歩進めても重みがまったく変わりませんでした。活性化関数を Leaky ReLU に替えて、同じ一歩を計算します。勾配の式は第2章と同じで、$\mathrm{ReLU}'(z)$ が $\mathrm{LeakyReLU}_\alpha'(z)$ に替わるだけです。
""",
        en=r"""
## A stuck neuron starts to move

In Chapter 2 the neuron with $z = -1.5 < 0$ ($w = b = -0.5$, input $x = 2$, target $y = 3$, learning rate 0.1) did
not change its weights at all in one step, despite its large loss. Swap the activation for Leaky ReLU and take the
same step. The gradient formulas are those of Chapter 2 with $\mathrm{ReLU}'(z)$ replaced by
$\mathrm{LeakyReLU}_\alpha'(z)$.
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
""",
    ),
    md(
        "neuron-after",
        ja=r"""
動きは小さい（勾配に $\alpha = 0.01$ が掛かるため）ものの、$w$ も $b$ も正しい向き（$z$ を大きくする向き）に動きました。勾配が 0 でない限り、学習を続ければニューロンは $z > 0$ の領域に戻ってこられます。これが Leaky ReLU の狙いです。
""",
        en=r"""
The move is small (the gradient carries the factor $\alpha = 0.01$), but $w$ and $b$ both move the right way, towards
a larger $z$. As long as the gradient is not 0, further training can bring the neuron back to the region $z > 0$.
That is the whole point of Leaky ReLU.
""",
    ),
    md(
        "widget-intro",
        ja=r"""
## $\alpha$ を動かしてみる

スライダーで $\alpha$ を 0 から 0.5 まで動かすと、左の図の Leaky ReLU と右の図のその導関数が、ReLU（破線）と並べて描き直されます。$\alpha = 0$ では ReLU と完全に重なります。

（保存されたノートブックではウィジェットは動きません。セルを実行すると表示されます。）
""",
        en=r"""
## Move $\alpha$

Drag the slider to move $\alpha$ from 0 to 0.5: Leaky ReLU (left) and its derivative (right) are redrawn beside ReLU
(dashed). At $\alpha = 0$ they coincide with ReLU.

(The widget does not work in a stored notebook: run the cell to see it.)
""",
    ),
    code(
        "alpha-widget",
        """
helpers.widgets.alpha_explorer()
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "alpha-large",
        ja=r"""
スライダーを 0.5 で止めているのには理由があります。$\alpha = 1$ にすると負の側の傾きも 1 になり、関数は恒等関数 $f(x) = x$ になってしまいます。これでは非線形性がなくなり、第1章で見たとおり層を重ねる意味が失われます。$\alpha > 1$ では負の側のほうが急になり、「負の入力を抑える」という ReLU らしさがなくなります。さらに、$\max(\alpha x, x)$ という書き方は $\alpha \le 1$ のときにしか成り立ちません（TensorFlow の `relu_op_functor.h` も「alpha は 1 より大きいことも負のこともあるので cwiseMax は使わない」と注記しています）。計算で確かめます。
""",
        en=r"""
The slider stops at 0.5 for a reason. With $\alpha = 1$ the negative side also has slope 1 and the function becomes
the identity $f(x) = x$: no non-linearity is left, and as Chapter 1 showed, stacking layers would then be pointless.
With $\alpha > 1$ the negative side is the steeper one, and the ReLU-like character, damping negative inputs, is gone.
Moreover, writing it as $\max(\alpha x, x)$ is only valid for $\alpha \le 1$ (TensorFlow's `relu_op_functor.h` notes
"alpha might be > 1 or < 0, so we don't use cwiseMax here"). Computed:
""",
    ),
    code(
        "alpha-large-check",
        """
x = helpers.x_grid(3.0)
print("alpha = 1: leaky_relu(x) == x everywhere:", bool(np.array_equal(helpers.leaky_relu(x, 1.0), x)))
print("alpha = 2: leaky_relu(-1) =", helpers.leaky_relu(-1.0, 2.0), "/ leaky_relu(1) =", helpers.leaky_relu(1.0, 2.0))
same = np.array_equal(np.maximum(2.0 * x, x), helpers.leaky_relu(x, 2.0))
print("alpha = 2: max(alpha*x, x) equals leaky_relu(x):", same, "/ at x = 1 it gives", np.maximum(2.0 * 1.0, 1.0))
""",
    ),
    md(
        "prelu",
        ja=r"""
## 予告：PReLU（$\alpha$ も学習する）

Leaky ReLU の $\alpha$ は人が決める定数でした。**PReLU**（パラメトリックReLU、He ほか 2015, "Delving Deep into Rectifiers"）は、$\alpha$ を重みと同じように学習するパラメータにします（チャネルごとに別の $\alpha$ を持たせることもできます）。$\alpha$ による微分は

$$
\frac{\partial\, \mathrm{PReLU}_\alpha(x)}{\partial \alpha} =
\begin{cases}
0 & (x > 0) \\
x & (x \le 0)
\end{cases}
$$

なので、負の入力を受けたときだけ $\alpha$ が更新されます。PyTorch の `nn.PReLU` は $\alpha$ の初期値を 0.25 にしています（PyTorch ドキュメント `torch.nn.PReLU`：`init=0.25`）。PReLU や ELU、GELU など ReLU の仲間は第5章で比べます。
""",
        en=r"""
## Preview: PReLU (learn $\alpha$ too)

In Leaky ReLU, $\alpha$ is a constant chosen by hand. **PReLU** (parametric ReLU; He et al. 2015, "Delving Deep into
Rectifiers") makes $\alpha$ a parameter learned like the weights (possibly one $\alpha$ per channel). Its derivative
with respect to $\alpha$ is

$$
\frac{\partial\, \mathrm{PReLU}_\alpha(x)}{\partial \alpha} =
\begin{cases}
0 & (x > 0) \\
x & (x \le 0)
\end{cases}
$$

so $\alpha$ is updated only by negative inputs. PyTorch's `nn.PReLU` starts from $\alpha = 0.25$ (PyTorch
documentation of `torch.nn.PReLU`: `init=0.25`). PReLU, ELU, GELU and the rest of the ReLU family are compared in
Chapter 5.
""",
    ),
    md(
        "summary",
        ja=r"""
## まとめ

- Leaky ReLU は $x > 0$ で $x$、$x \le 0$ で $\alpha x$（よく使うのは $\alpha = 0.01$）。元のチュートリアルの式は指示関数の記号が崩れたもの。
- 元のチュートリアルの最初のコードは `relu` を定義して `leaky_relu` を呼ぶので `NameError` になる。名前をそろえれば、五つの例は 1.0、-0.1、0.0、15.0、-0.2 になる。
- 導関数は $x > 0$ で 1、$x < 0$ で $\alpha$。$x = 0$ では PyTorch と TensorFlow が $\alpha$、JAX が 1。`helpers.leaky_relu_grad` は $\alpha$。
- 負の側にも勾配が届くので、ReLU では止まっていたニューロンも少しずつ動ける。
- $\alpha = 1$ は恒等関数、$\alpha > 1$ はもう ReLU らしくない。$\alpha$ を学習するのが PReLU。

次の章では、PReLU をはじめとする ReLU の仲間を並べて比べます。→ [第5章 ReLU の仲間たち](05_relu_family.ipynb)
""",
        en=r"""
## Summary

- Leaky ReLU is $x$ for $x > 0$ and $\alpha x$ for $x \le 0$ (commonly $\alpha = 0.01$). The source tutorial's formula
  is the indicator-function form with its symbols lost.
- The source tutorial's first snippet defines `relu` but calls `leaky_relu`: a `NameError`. With the names matched,
  the five examples give 1.0, -0.1, 0.0, 15.0 and -0.2.
- The derivative is 1 for $x > 0$ and $\alpha$ for $x < 0$. At $x = 0$, PyTorch and TensorFlow use $\alpha$, JAX uses
  1; `helpers.leaky_relu_grad` uses $\alpha$.
- A gradient reaches the negative side, so a neuron that ReLU had stopped can move again, slowly.
- $\alpha = 1$ is the identity and $\alpha > 1$ is no longer ReLU-like. Learning $\alpha$ gives PReLU.

Next, PReLU and the rest of the ReLU family side by side. → [Chapter 5: the ReLU family](05_relu_family.ipynb)
""",
    ),
]
