"""Chapter 2: the gradient of ReLU – from the definition, at x = 0, in the frameworks, in one SGD step."""

from cells import code, exercise, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# 第2章 ReLU の勾配

ニューラルネットワークは、損失を重みで微分した **勾配** を使って学習します（誤差逆伝播法）。そのため、活性化関数そのものだけでなく、その **導関数** がどんな形をしているかが学習を左右します。

この章では次のことを、すべてこのノートブックの中で計算して確かめます。

1. 微分の定義から ReLU の導関数を求める
2. 数値微分（中心差分）と比べる ―― $x = 0$ だけは答えが一つに決まらない
3. $x = 0$ での値は「約束」であること、主要なフレームワークがどう約束しているか
4. 勾配が 0 だと重みがまったく動かないこと（ニューロン一つで勾配降下法を一歩）
5. スライダーで接線を動かして、傾きを目で見る
""",
        en=r"""
# Chapter 2: The gradient of ReLU

A network learns from the **gradient**, the derivative of the loss with respect to its weights (backpropagation).
So what matters for learning is not only the activation function itself but also the shape of its **derivative**.

In this chapter we work out, with every number computed right here:

1. the derivative of ReLU from the definition of the derivative;
2. how a numerical derivative (central differences) compares, and why $x = 0$ has no single answer;
3. why the value at $x = 0$ is a convention, and which convention the main frameworks use;
4. why a zero gradient leaves a weight exactly where it was (one neuron, one gradient-descent step);
5. the slope seen directly, by moving a tangent line with a slider.
""",
    ),
    setup(),
    md(
        "definition",
        ja=r"""
## 定義から微分する

関数 $f$ の $x$ における微分（導関数の値）は、差分商の極限です。

$$
f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}
$$

$f(x) = \mathrm{ReLU}(x) = \max(0, x)$ について、場合を分けて考えます。

- **$x > 0$ のとき**：$h$ が十分小さければ $x + h > 0$ なので、差分商は $\dfrac{(x + h) - x}{h} = 1$。よって $f'(x) = 1$。
- **$x < 0$ のとき**：$h$ が十分小さければ $x + h < 0$ なので、差分商は $\dfrac{0 - 0}{h} = 0$。よって $f'(x) = 0$。
- **$x = 0$ のとき**：差分商は $\dfrac{\max(0, h)}{h}$ で、$h > 0$ なら 1、$h < 0$ なら 0。右から近づけると 1、左から近づけると 0 で、**極限が一つに定まりません**。

実際に $x = 0$ で、$h$ を正と負の両側から小さくしてみます。
""",
        en=r"""
## The derivative from its definition

The derivative of $f$ at $x$ is the limit of the difference quotient:

$$
f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}
$$

For $f(x) = \mathrm{ReLU}(x) = \max(0, x)$ there are three cases.

- **$x > 0$**: once $h$ is small enough, $x + h > 0$ too, so the quotient is $\dfrac{(x + h) - x}{h} = 1$. Hence $f'(x) = 1$.
- **$x < 0$**: once $h$ is small enough, $x + h < 0$, so the quotient is $\dfrac{0 - 0}{h} = 0$. Hence $f'(x) = 0$.
- **$x = 0$**: the quotient is $\dfrac{\max(0, h)}{h}$, which is 1 for $h > 0$ and 0 for $h < 0$. Approaching from the
  right gives 1, from the left gives 0: **there is no single limit**.

Let us shrink $h$ at $x = 0$ from both sides and watch.
""",
    ),
    code(
        "quotients-at-zero",
        """
# x = 0 での差分商 (f(0 + h) - f(0)) / h を、h を正・負の両側から小さくして計算する || The difference quotient (f(0 + h) - f(0)) / h at x = 0, with h shrinking from both sides
# （書式の z は、0 を負の数で割ったときの -0.0 を 0.0 と表示する指定。Python 3.11 以降） || (the z in the format prints the -0.0 of 0 divided by a negative number as 0.0; Python 3.11 and later)
for h in [0.1, 0.01, 0.001, -0.001, -0.01, -0.1]:
    quotient = (helpers.relu(0.0 + h) - helpers.relu(0.0)) / h
    print(f"h = {h:+.3f}:  quotient = {quotient:z.1f}")
""",
    ),
    md(
        "piecewise",
        ja=r"""
$h$ をどれだけ小さくしても、正の側は 1、負の側は 0 のままで、近づいていく先が二つに分かれています。ReLU は $x = 0$ で **微分不可能** です（グラフに角がある点では、こうなります）。

まとめると、ReLU の導関数は次のとおりです。

$$
\mathrm{ReLU}'(x) =
\begin{cases}
1 & (x > 0) \\
0 & (x < 0) \\
\text{存在しない} & (x = 0)
\end{cases}
$$

それでも計算機では $x = 0$ にも何か値を返さなければなりません。`helpers.relu_grad` は、PyTorch・JAX・TensorFlow と同じく **0** を返します（理由はあとで説明します）。
""",
        en=r"""
However small $h$ gets, the right-hand quotients stay at 1 and the left-hand ones at 0: they head for two different
places. ReLU is **not differentiable** at $x = 0$ (this is what happens wherever a graph has a corner).

So the derivative of ReLU is

$$
\mathrm{ReLU}'(x) =
\begin{cases}
1 & (x > 0) \\
0 & (x < 0) \\
\text{does not exist} & (x = 0)
\end{cases}
$$

A computer still has to return *some* number at $x = 0$. `helpers.relu_grad` returns **0** there, as PyTorch, JAX and
TensorFlow do (why, below).
""",
    ),
    code(
        "relu-grad-values",
        """
x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print("x            =", x)
print("relu(x)      =", helpers.relu(x))
print("relu_grad(x) =", helpers.relu_grad(x))
""",
    ),
    md(
        "plot-intro",
        ja=r"""
## グラフで見る

ReLU とその導関数を並べて描きます。格子 `helpers.x_grid(3.0)` は 0 をちょうど含みます。導関数は $x = 0$ で 0 から 1 へ跳ぶので、線を 0 でいったん切り、$x = 0$ で実際に使う値 0 を塗りつぶした点で、元のチュートリアルが選んだ値 1 を白抜きの点で示します。
""",
        en=r"""
## The picture

ReLU and its derivative side by side. The grid `helpers.x_grid(3.0)` contains 0 exactly. The derivative jumps from 0
to 1 at $x = 0$, so its line is cut there; a filled dot marks the value actually used at $x = 0$ (0), an open dot the
value the source tutorial chose (1).
""",
    ),
    code(
        "plot-relu-and-grad",
        """
x = helpers.x_grid(3.0)
grad = helpers.relu_grad(x)
print("0 is on the grid:", bool(np.any(x == 0.0)), "/ relu_grad there:", grad[x == 0.0])

fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(10, 3.5), layout="constrained")
helpers.plot(x, helpers.relu(x), labels=[helpers.text("plot.relu.label")], ax=ax_f,
             title=helpers.text("plot.relu.title"))
# 跳びの箇所で線がつながらないよう、x = 0 を NaN にして描く || Draw the derivative with NaN at x = 0 so that the line does not bridge the jump
helpers.plot(x, np.where(x == 0.0, np.nan, grad), labels=[helpers.text("gradient.relu_grad.label")], ax=ax_d,
             ylabel=helpers.text("plot.dy"), title=helpers.text("gradient.relu_grad.title"))
ax_d.plot([0.0], [helpers.relu_grad(0.0)], "o", color="tab:blue", label=helpers.text("gradient.at_zero"))
ax_d.plot([0.0], [1.0], "o", markerfacecolor="white", color="tab:gray", label=helpers.text("gradient.other_choice"))
ax_d.set_ylim(-0.2, 1.3)
ax_d.legend(loc="center right")
plt.show()
""",
    ),
    md(
        "central-intro",
        ja=r"""
## 数値微分と比べる

微分の式を知らなくても、小さな $h$ で差分商を計算すれば傾きを近似できます（数値微分）。よく使う形は三つです。

| 名前 | 式 |
|---|---|
| 前進差分 | $\dfrac{f(x + h) - f(x)}{h}$ |
| 後退差分 | $\dfrac{f(x) - f(x - h)}{h}$ |
| 中心差分 | $\dfrac{f(x + h) - f(x - h)}{2h}$ |

中心差分は滑らかな関数では誤差が $h^2$ に比例して小さく、勾配の実装を確かめる「勾配チェック」によく使われます。まず $x = 0$ で、$h = 10^{-6}$ として三つを計算します。
""",
        en=r"""
## Checking against a numerical derivative

Without knowing any formula, a difference quotient with a small $h$ approximates the slope (numerical
differentiation). Three forms are common:

| name | formula |
|---|---|
| forward difference | $\dfrac{f(x + h) - f(x)}{h}$ |
| backward difference | $\dfrac{f(x) - f(x - h)}{h}$ |
| central difference | $\dfrac{f(x + h) - f(x - h)}{2h}$ |

For smooth functions the central difference has an error proportional to $h^2$, which is why "gradient checks" of
backpropagation code use it. First, all three at $x = 0$ with $h = 10^{-6}$:
""",
    ),
    code(
        "differences-at-zero",
        """
h = 1e-6
x0 = 0.0
forward = (helpers.relu(x0 + h) - helpers.relu(x0)) / h
backward = (helpers.relu(x0) - helpers.relu(x0 - h)) / h
central = (helpers.relu(x0 + h) - helpers.relu(x0 - h)) / (2 * h)
print("forward  difference at 0:", forward)
print("backward difference at 0:", backward)
print("central  difference at 0:", central)
print("helpers.relu_grad(0.0)  :", helpers.relu_grad(0.0))
""",
    ),
    md(
        "differences-at-zero-after",
        ja=r"""
三つの数値微分が三つとも違う値を出しました。前進差分は右側の傾き 1、後退差分は左側の傾き 0、中心差分はその平均 0.5 です。どれも「間違い」ではなく、$x = 0$ には近似すべき微分がそもそも存在しない、ということの表れです。解析的な `relu_grad` が返す 0 は、このどれとも一致するとは限らない「約束」の値です。

$x = 0$ から離れた点ではどうでしょうか。`helpers.numerical_derivative`（上と同じ中心差分の式）で格子全体を計算し、`relu_grad` と比べます。
""",
        en=r"""
Three numerical derivatives, three different answers: the forward difference sees the right-hand slope 1, the backward
difference the left-hand slope 0, and the central difference their average, 0.5. None of them is "wrong": there is
simply no derivative at $x = 0$ for them to approximate. The 0 returned by `relu_grad` is a convention, not an
approximation of anything.

And away from $x = 0$? `helpers.numerical_derivative` (the same central-difference formula) over the whole grid,
compared with `relu_grad`:
""",
    ),
    code(
        "differences-on-grid",
        """
x = helpers.x_grid(3.0)
numeric = helpers.numerical_derivative(helpers.relu, x, h=1e-6)
analytic = helpers.relu_grad(x)
away = x != 0.0
print("grid points:", x.size, "/ away from 0:", int(away.sum()))
print("largest |numeric - analytic| away from 0:", np.max(np.abs(numeric[away] - analytic[away])))
print("at x = 0: numeric", numeric[~away], "analytic", analytic[~away])

# h より 0 に近い点では、中心差分は角をまたいでしまい 0 と 1 の間の値になる || Closer to 0 than h, the central difference straddles the corner and lands between 0 and 1
for x_near in [5e-7, -5e-7]:
    print(f"x = {x_near:+.0e}: central difference {helpers.numerical_derivative(helpers.relu, x_near, h=1e-6):.2f}")
""",
    ),
    md(
        "differences-on-grid-after",
        ja=r"""
0 以外の 600 点では、数値微分と解析的な導関数は丸め誤差の範囲で一致しました。ずれるのは $x = 0$ と、0 からの距離が $h$ より小さい点だけです。中心差分は幅 $2h$ の区間で角を「ならして」見てしまうからです。勾配チェックで ReLU を調べるときは、入力が 0 の近くにないことを確かめておく必要があります。
""",
        en=r"""
On the 600 grid points other than 0, numerical and analytic derivatives agree up to rounding error. They differ only
at $x = 0$ and at points closer to 0 than $h$, where the central difference sees the corner smeared over a width of
$2h$. A gradient check of ReLU code should therefore make sure no input sits near 0.
""",
    ),
    md(
        "subgradient",
        ja=r"""
## $x = 0$ の値は「選ぶ」もの：劣勾配

微分が存在しない点でも、ReLU のような凸関数には **劣勾配** という考え方があります。$g$ が点 $0$ における劣勾配であるとは、その傾きの直線がグラフの下からはみ出さないこと、つまりすべての $y$ で

$$
\mathrm{ReLU}(y) \ge \mathrm{ReLU}(0) + g\,(y - 0) = g\,y
$$

が成り立つことです。ReLU では $0 \le g \le 1$ の **どの値も** 劣勾配になります（劣勾配全体の集合は区間 $[0, 1]$）。格子上のすべての点で、いくつかの $g$ について確かめます。
""",
        en=r"""
## The value at $x = 0$ is chosen: subgradients

Where a convex function such as ReLU has no derivative, it still has **subgradients**. A number $g$ is a subgradient
at $0$ if the line through the origin with slope $g$ never rises above the graph, that is, for every $y$

$$
\mathrm{ReLU}(y) \ge \mathrm{ReLU}(0) + g\,(y - 0) = g\,y .
$$

For ReLU **every** $g$ with $0 \le g \le 1$ qualifies: the set of subgradients at 0 is the interval $[0, 1]$. Let us
check a few values of $g$ on every point of the grid.
""",
    ),
    code(
        "subgradient-check",
        """
y = helpers.x_grid(3.0)
for g in [-0.1, 0.0, 0.25, 0.5, 1.0, 1.1]:
    below = bool(np.all(helpers.relu(y) >= helpers.relu(0.0) + g * y))
    print(f"g = {g:5.2f}:  relu(y) >= g * y everywhere on the grid -> {below}")
""",
    ),
    md(
        "frameworks",
        ja=r"""
0、0.25、0.5、1 は劣勾配で、-0.1 と 1.1 はそうではありません。ですから $x = 0$ で 0 を使っても 1 を使っても、数学的にはどちらも正当な選択です。元のチュートリアルは $x \ge 0$ で 1 としていました。これも劣勾配の一つですが、主要なフレームワークの `relu` はそろって **0** を選んでいます。一方、同じ ReLU を `max` や `clamp` で書くと、別の値になることがあります。次の表は各フレームワークのソースコードを読んで確かめた事実です（このノートブックはフレームワークを import していません。出典のファイル名を示します）。

| 書き方 | $x = 0$ での勾配 | 出典 |
|---|---|---|
| PyTorch `torch.relu(x)` / `nn.ReLU` | 0 | `tools/autograd/derivatives.yaml`：`relu` の逆伝播は `threshold_backward(grad, result, 0)`（出力が 0 より大きい所だけ勾配を通す） |
| PyTorch `torch.clamp(x, min=0)` | 1 | 同じファイルの `clamp` の注記「境界では勾配が定義されないが、劣勾配 1 を返す」。`clamp_min` も `where(self >= min, grad, 0)` |
| TensorFlow `tf.nn.relu(x)` | 0 | `tensorflow/core/kernels/relu_op_functor.h` の `ReluGrad`：`gradients * (features > 0)` |
| TensorFlow `tf.maximum(x, 0)` | 1 | `tensorflow/python/ops/math_grad.py` の `_MaximumGrad`：`greater_equal` で選ぶので、等しいときは第1引数 `x` に勾配が流れる |
| JAX `jax.nn.relu(x)` | 0 | `jax/_src/nn/functions.py`：docstring に「∇relu(0) = 0」（jax-ml/jax PR #2342 以来、`custom_jvp` で `select(x > 0, g, 0)`）。`tests/nn_test.py` の `testReluGradAtZero` が 0 を確かめている |
| JAX `jnp.maximum(x, 0)` | 0.5 | `jax/_src/lax/lax.py`：`max` の JVP（`_balanced_eq`）は等しいとき勾配を半分ずつ分ける。jax-ml/jax PR #2342 と issue #37821 |

`helpers.relu_grad` は多数派の 0 に合わせています。JAX の `jax.nn.relu` の docstring が引用している Bertoin ほか (NeurIPS 2021, "Numerical influence of ReLU'(0) on backpropagation") は、32 ビット浮動小数点ではこの選択が逆伝播の結果を変えることがあり、16 ビットではそれが系統的に起こること、素朴な SGD では 0 が最もよかったことを報告しています。「どうせ 0 ちょうどにはならない」とは言い切れないのです。
""",
        en=r"""
0, 0.25, 0.5 and 1 are subgradients; -0.1 and 1.1 are not. So using 0 or 1 at $x = 0$ is mathematically just as
legitimate. The source tutorial wrote 1 for $x \ge 0$, which is one of the subgradients; the `relu` of every major
framework picks **0**. Writing the same ReLU with `max` or `clamp`, however, can give another value. The table below
states facts checked in each framework's source code (this notebook does not import any framework; the sources are
named instead).

| expression | gradient at $x = 0$ | source |
|---|---|---|
| PyTorch `torch.relu(x)` / `nn.ReLU` | 0 | `tools/autograd/derivatives.yaml`: the backward of `relu` is `threshold_backward(grad, result, 0)` (the gradient passes only where the output is above 0) |
| PyTorch `torch.clamp(x, min=0)` | 1 | same file, note on `clamp`: "gradient is not defined at the boundaries ... we return the subgradient 1"; `clamp_min` is `where(self >= min, grad, 0)` |
| TensorFlow `tf.nn.relu(x)` | 0 | `tensorflow/core/kernels/relu_op_functor.h`, `ReluGrad`: `gradients * (features > 0)` |
| TensorFlow `tf.maximum(x, 0)` | 1 | `tensorflow/python/ops/math_grad.py`, `_MaximumGrad`: selects with `greater_equal`, so on a tie the gradient goes to the first argument `x` |
| JAX `jax.nn.relu(x)` | 0 | `jax/_src/nn/functions.py`: docstring "∇relu(0) = 0" (since jax-ml/jax PR #2342 a `custom_jvp` with `select(x > 0, g, 0)`); test `testReluGradAtZero` in `tests/nn_test.py` checks the 0 |
| JAX `jnp.maximum(x, 0)` | 0.5 | `jax/_src/lax/lax.py`: the JVP of `max` (`_balanced_eq`) splits the gradient in half on a tie; jax-ml/jax PR #2342 and issue #37821 |

`helpers.relu_grad` follows the majority and uses 0. The paper cited in the docstring of JAX's `jax.nn.relu`, Bertoin
et al. (NeurIPS 2021, "Numerical influence of ReLU'(0) on backpropagation"), reports that in 32-bit floating point
this choice changes the backpropagated result in a sizeable share of cases, that at 16 bits it does so systematically,
and that 0 worked best for plain SGD. "Inputs are never exactly 0 anyway" is not a safe assumption.
""",
    ),
    *exercise("relu_grad"),
    md(
        "sgd-intro",
        ja=r"""
## 勾配が 0 だと何が起きるか：ニューロン一つで一歩だけ学習する

入力 $x$ を一つ受け取るニューロン $a = \mathrm{ReLU}(z),\ z = w x + b$ を、目標値 $y$ に近づけるよう学習させます。損失を $L = \tfrac12 (a - y)^2$ とすると、連鎖律により

$$
\frac{\partial L}{\partial w} = (a - y)\,\mathrm{ReLU}'(z)\,x, \qquad
\frac{\partial L}{\partial b} = (a - y)\,\mathrm{ReLU}'(z)
$$

で、勾配降下法は学習率 $\eta$ で $w \leftarrow w - \eta\,\partial L/\partial w$、$b \leftarrow b - \eta\,\partial L/\partial b$ と更新します。どちらの勾配にも $\mathrm{ReLU}'(z)$ が掛かっていることに注目してください。同じ入力 $x = 2$、目標 $y = 3$、学習率 $\eta = 0.1$ で、$z > 0$ のニューロンと $z < 0$ のニューロンを一歩ずつ更新します。
""",
        en=r"""
## What a zero gradient does: one neuron, one learning step

Take a neuron with one input, $a = \mathrm{ReLU}(z)$ with $z = w x + b$, and train it towards a target $y$. With the
loss $L = \tfrac12 (a - y)^2$ the chain rule gives

$$
\frac{\partial L}{\partial w} = (a - y)\,\mathrm{ReLU}'(z)\,x, \qquad
\frac{\partial L}{\partial b} = (a - y)\,\mathrm{ReLU}'(z),
$$

and gradient descent with learning rate $\eta$ updates $w \leftarrow w - \eta\,\partial L/\partial w$ and
$b \leftarrow b - \eta\,\partial L/\partial b$. Note the factor $\mathrm{ReLU}'(z)$ in both gradients. Same input
$x = 2$, target $y = 3$ and $\eta = 0.1$ for two neurons, one with $z > 0$ and one with $z < 0$; one step each:
""",
    ),
    code(
        "sgd-step",
        """
def sgd_step(w, b, x, y, lr=0.1):
    # ニューロン a = relu(w*x + b) と損失 (a - y)**2 / 2 について、勾配降下法を一歩だけ進める || One gradient-descent step for the neuron a = relu(w*x + b) with loss (a - y)**2 / 2
    z = w * x + b
    a = helpers.relu(z)
    dloss_dz = (a - y) * helpers.relu_grad(z)  # 連鎖律：ここで ReLU の傾きが掛かる || chain rule: the slope of ReLU comes in here
    grad_w, grad_b = dloss_dz * x, dloss_dz
    return w - lr * grad_w, b - lr * grad_b, z, (a - y) ** 2 / 2, grad_w, grad_b


def loss(w, b, x, y):
    return (helpers.relu(w * x + b) - y) ** 2 / 2


x, y = 2.0, 3.0
# 書式の z は、-0.0 を 0.000 と表示する指定（上と同じ） || The z in the format prints -0.0 as 0.000 (as above)
for w, b in [(0.5, 0.5), (-0.5, -0.5)]:
    new_w, new_b, z, before, grad_w, grad_b = sgd_step(w, b, x, y)
    print(f"z = {z:+.2f}:  dL/dw = {grad_w:+z.3f}, dL/db = {grad_b:+z.3f}")
    print(f"   w: {w:+.3f} -> {new_w:+.3f}   b: {b:+.3f} -> {new_b:+.3f}   L: {before:.3f} -> {loss(new_w, new_b, x, y):.3f}")
""",
    ),
    md(
        "sgd-after",
        ja=r"""
$z > 0$ のニューロンは、一歩で $w$ と $b$ が目標に近づく向きに動き、損失が下がりました。$z < 0$ のニューロンのほうが損失は大きい（出力 0 と目標 3 の差が大きい）のに、$\mathrm{ReLU}'(z) = 0$ が掛かるため勾配はちょうど 0 で、$w$ も $b$ も **まったく変わりません**。何歩進めても同じです。

元のチュートリアルが「負の入力では勾配が 0 なので、一部のニューロンの重みとバイアスが更新されない」と書いていたのは、このことです。学習に使うどの入力に対しても $z < 0$ になってしまったニューロンは、二度と学習しません。これが次の章で扱う **dying ReLU 問題** です。
""",
        en=r"""
The neuron with $z > 0$ moves $w$ and $b$ towards the target in one step, and its loss drops. The neuron with
$z < 0$ has the *larger* loss (its output 0 is far from the target 3), yet the factor $\mathrm{ReLU}'(z) = 0$ makes
its gradient exactly 0: $w$ and $b$ **do not change at all**, and no number of further steps will change them.

This is what the source tutorial meant by "for negative inputs the gradient is 0, so the weights and biases of some
neurons are not updated". A neuron whose $z$ is negative for every training input never learns again: the
**dying ReLU problem** of the next chapter.
""",
    ),
    md(
        "widget-intro",
        ja=r"""
## 接線を動かしてみる

スライダーで $x$ を動かすと、ReLU のグラフ上の点、その値、傾き（`helpers.relu_grad`）、そしてその傾きの接線が描き直されます。$x = 0$ に合わせると、傾き 0 の水平な線が出ます。ここでは微分が存在しないので、約束の値 0 を使っていることが表示されます。

（保存されたノートブックではウィジェットは動きません。セルを実行すると表示されます。）
""",
        en=r"""
## Move the tangent line

Drag the slider to move $x$: the point on the graph of ReLU, its value, its slope (`helpers.relu_grad`) and the
tangent line with that slope are redrawn. At $x = 0$ you get a flat line, and the readout reminds you that the
derivative does not exist there and the convention 0 is used.

(The widget does not work in a stored notebook: run the cell to see it.)
""",
    ),
    code(
        "tangent-widget",
        """
helpers.widgets.tangent_explorer()
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "summary",
        ja=r"""
## まとめ

- ReLU の導関数は $x > 0$ で 1、$x < 0$ で 0。$x = 0$ では右と左の傾きが違い、微分不可能。
- 数値微分は 0 以外では導関数と一致する。$x = 0$ では中心差分が 0.5、前進差分が 1、後退差分が 0 と、ばらばらになる。
- $x = 0$ では $[0, 1]$ のどの値も劣勾配。PyTorch・JAX・TensorFlow の `relu` は 0 を使い、`helpers.relu_grad` もそれに合わせる。`clamp`・`maximum` で書くと 1 や 0.5 になることがある。
- 勾配が 0 のニューロンは、損失が大きくても重みが動かない。

次の章では、すべての入力で勾配が 0 になってしまったニューロン（死んだニューロン）が実際にどれくらい生まれるかを調べます。→ [第3章 dying ReLU 問題](03_dying_relu.ipynb)
""",
        en=r"""
## Summary

- The derivative of ReLU is 1 for $x > 0$ and 0 for $x < 0$. At $x = 0$ the left and right slopes differ: ReLU is not
  differentiable there.
- Numerical derivatives agree with it away from 0. At $x = 0$ they scatter: central difference 0.5, forward 1,
  backward 0.
- At $x = 0$ every value in $[0, 1]$ is a subgradient. The `relu` of PyTorch, JAX and TensorFlow uses 0, and so does
  `helpers.relu_grad`; written with `clamp` or `maximum`, the same function can get 1 or 0.5.
- A neuron whose gradient is 0 does not move its weights, however large its loss.

Next: how many neurons end up with a zero gradient for every input (dead neurons), measured.
→ [Chapter 3: the dying ReLU problem](03_dying_relu.ipynb)
""",
    ),
]
