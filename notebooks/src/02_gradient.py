"""Chapter 2: the gradient of ReLU – from the definition, at x = 0, the step of a difference, in the frameworks,
in one SGD step."""

from cells import code, exercise, md, setup
from glue import cite

CITED = [
    cite("2.13", "PyTorch 2.13: the gradients at x = 0 in the frameworks table were confirmed by running it "
                 "(course issue #10)"),
    cite("2.21", "TensorFlow 2.21: the gradients at x = 0 in the frameworks table were confirmed by running it "
                 "(course issue #10)"),
    cite("0.10.2", "JAX 0.10.2: jax.grad(jax.nn.relu)(0.0) == 0.0 and jax.grad(lambda x: jnp.maximum(x, 0.0))(0.0) "
                   "== 0.5, run by the chapter's author (and in course issue #10)"),
    cite("32", "Bertoin, Bolte, Gerchinovitz & Pauwels (2021), NeurIPS 2021, abstract: variations of backpropagation "
               "outputs 'around half of the time in 32 bits precision'"),
    cite("16", "Bertoin, Bolte, Gerchinovitz & Pauwels (2021), abstract: the effect 'is systematic at 16 bits'"),
    cite("64", "Bertoin, Bolte, Gerchinovitz & Pauwels (2021), abstract: 'The effect disappears with double "
               "precision' (64-bit floating point)"),
]

CELLS = [
    md(
        "title",
        ja=r"""
# 第2章 ReLU の勾配

ニューラルネットワークは、損失（出力が目標値からどれだけずれているかを表す数）を重みで微分した**勾配**を
誤差逆伝播法で計算し、重みを勾配と逆向きに動かして更新します（勾配降下法）。連鎖律（合成関数の微分法）により、
この勾配は各活性化関数の導関数を因子として含む積になります。そのため、活性化関数そのものだけでなく、その**導関数**がどんな形をしているかが
学習を左右します。1 変数の関数では、勾配は導関数の値（微分係数）、
つまりグラフの傾きそのものです。

この章では、次のことを順に見ていきます。フレームワークの勾配と論文の結果は出典を示して引用し、それ以外の数値は
すべてこのノートブックの中で計算します。

1. 微分の定義による ReLU の導関数の導出
2. 数値微分（前進差分・後退差分・中心差分）との比較と、$x = 0$ で三つが食い違う理由
3. 中心差分の刻み幅 $h$ の選び方
4. $x = 0$ での値は規約（取り決め）にすぎないこと、主要なフレームワークがどう決めているか
5. 勾配が 0 だと重みがまったく動かないこと（ニューロン一つのモデルで、勾配降下法の更新を 1 回）
6. スライダーで接線を動かし、傾きを目で確かめること
""",
        en=r"""
# Chapter 2: The gradient of ReLU

A network measures how far its outputs are from the targets with a single number, the loss, and learns by moving
its weights against the **gradient** of the loss with respect to those weights: backpropagation computes the
gradient, and gradient descent uses it to update the weights. By the chain rule (the rule for differentiating a
composite function), that gradient is a product that
includes the derivative of each activation function, so what matters for learning is not only the activation
function itself but also the shape of its **derivative**. For a function of one variable, the gradient is the value of the derivative, the slope of the graph.

In this chapter we look at the following. Every number is computed in the notebook itself, except for the
frameworks' gradients and the published results, which are cited:

1. the derivative of ReLU from the definition of the derivative;
2. how numerical derivatives (forward, backward and central differences) compare with it, and why the three disagree
   at $x = 0$;
3. how to choose the step $h$ of a central difference;
4. why the value at $x = 0$ is a convention, and which convention the main frameworks use;
5. why a zero gradient leaves a weight exactly where it was (one neuron, one gradient-descent update);
6. the slope seen directly, by moving a tangent line with a slider.
""",
    ),
    setup(),
    md(
        "definition",
        ja=r"""
## 定義から微分する

関数 $f$ の点 $x$ における微分係数 $f'(x)$ は、差分商（平均変化率）の極限として定義されます。

$$
f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}
$$

$f(x) = \mathrm{ReLU}(x) = \max(0, x)$ について、場合を分けて考えます。

- **$x > 0$ のとき**：$|h|$ が十分小さければ（$|h| < x$ なら）$x + h > 0$ なので、差分商は
  $\dfrac{(x + h) - x}{h} = 1$ です。よって $f'(x) = 1$ です。
- **$x < 0$ のとき**：$|h|$ が十分小さければ（$|h| < |x|$ なら）$x + h < 0$ なので、差分商は
  $\dfrac{0 - 0}{h} = 0$ です。よって $f'(x) = 0$ です。
- **$x = 0$ のとき**：差分商は $\dfrac{\max(0, h)}{h}$ で、$h > 0$ なら 1、$h < 0$ なら 0 です。右から近づけると 1、
  左から近づけると 0 で、**極限が一つに定まりません**。

実際に $x = 0$ で、$h$ を正の側と負の側から 0 に近づけてみます。
""",
        en=r"""
## The derivative from its definition

The derivative of $f$ at a point $x$, $f'(x)$, is defined as the limit of the difference quotient:

$$
f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}
$$

For $f(x) = \mathrm{ReLU}(x) = \max(0, x)$ there are three cases.

- **$x > 0$**: once $|h|$ is small enough (smaller than $x$), $x + h > 0$ too, so the quotient is
  $\dfrac{(x + h) - x}{h} = 1$. Hence $f'(x) = 1$.
- **$x < 0$**: once $|h|$ is small enough (smaller than $|x|$), $x + h < 0$, so the quotient is
  $\dfrac{0 - 0}{h} = 0$. Hence $f'(x) = 0$.
- **$x = 0$**: the quotient is $\dfrac{\max(0, h)}{h}$, which is 1 for $h > 0$ and 0 for $h < 0$. Approaching from the
  right gives 1, and from the left 0: **there is no single limit**.

Let us shrink $h$ at $x = 0$ from both sides and watch.
""",
    ),
    code(
        "quotients-at-zero",
        """
# x = 0 での差分商 (f(0 + h) - f(0)) / h を、h を正・負の両側から 0 に近づけて計算する || The difference quotient (f(0 + h) - f(0)) / h at x = 0, with h shrinking from both sides
for h in [0.1, 0.01, 0.001, -0.001, -0.01, -0.1]:
    quotient = (helpers.relu(0.0 + h) - helpers.relu(0.0)) / h
    # 0 を負の h で割ると -0.0 になる。書式の z（Python 3.11 以降）は、それを 0.0 と表示する || Dividing 0 by a negative h gives -0.0; the z option of the format specification (Python 3.11 and later) prints it as 0.0
    print(helpers.text("gradient.quotient", h=f"{h:+.3f}", quotient=f"{quotient:z.1f}"))
""",
    ),
    md(
        "piecewise",
        ja=r"""
$h$ をどれだけ小さくしても、正の側の差分商は 1、負の側は 0 のままで、右からの極限と左からの極限が一致しません。
ReLU は $x = 0$ で**微分不可能**です（グラフに角がある点では、こうなります）。

まとめると、ReLU の導関数は次のとおりです。

$$
\mathrm{ReLU}'(x) =
\begin{cases}
1 & (x > 0) \\
0 & (x < 0) \\
\text{存在しない} & (x = 0)
\end{cases}
$$

それでも計算機では、$x = 0$ にも何か値を返さなければなりません。このコースの `helpers.relu_grad` は、
$x = 0$ でどの値を返すでしょうか。次の演習で、実行する前に予想してみてください。
""",
        en=r"""
However small $h$ gets, the right-hand quotients stay at 1 and the left-hand ones at 0, so the two one-sided limits
differ. ReLU is **not differentiable** at $x = 0$ (this is what happens wherever a graph has a corner).

So the derivative of ReLU is

$$
\mathrm{ReLU}'(x) =
\begin{cases}
1 & (x > 0) \\
0 & (x < 0) \\
\text{does not exist} & (x = 0)
\end{cases}
$$

A computer still has to return *some* number at $x = 0$. Which value does the course's `helpers.relu_grad` return
there? Predict it in the next exercise before running any code.
""",
    ),
    *exercise("predict_relu_grad_zero"),
    md(
        "relu-grad-intro",
        ja=r"""
`helpers.relu_grad` は、PyTorch・JAX・TensorFlow の `relu` と同じく、$x = 0$ で **0** を返します。0 が正当な
選び方である理由は、あとの劣勾配の節で説明します。
""",
        en=r"""
`helpers.relu_grad` returns **0** at $x = 0$, as the `relu` functions of PyTorch, JAX and TensorFlow do. The section
on subgradients below explains why this is a legitimate choice.
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

次の図は、ReLU とその導関数を並べて描いたものです。格子 `helpers.x_grid(3.0)` は 0 を必ず含みます。導関数は
$x = 0$ で 0 から 1 へ不連続に跳ぶので、線は 0 のところで切ってあります。$x = 0$ では、`helpers.relu_grad` が使う
値 0 を塗りつぶした点で示します。白抜きの点は、このコースのもとになった短い日本語のチュートリアル
「PythonでのReLu関数」（以下、チュートリアル）が選んだ値 1 です。
""",
        en=r"""
## The picture

The plots below show ReLU and its derivative side by side. The grid `helpers.x_grid(3.0)` always includes 0. The
derivative jumps from 0 to 1 at $x = 0$, so its line is cut there. At $x = 0$, a filled dot marks the value that
`helpers.relu_grad` uses (0), and an open dot the value (1) chosen by 「PythonでのReLu関数」 ("ReLU function in
Python"), the short Japanese tutorial this course grew from (called "the tutorial" below).
""",
    ),
    code(
        "plot-relu-and-grad",
        """
x = helpers.x_grid(3.0)
grad = helpers.relu_grad(x)
print(helpers.text("gradient.grid_zero", zeros=int(np.sum(x == 0.0)), grad=grad[x == 0.0][0]))

fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(10, 3.5), layout="constrained")
helpers.plot(x, helpers.relu(x), labels=[helpers.text("relu.plot.label")], ax=ax_f,
             title=helpers.text("plot.relu.title"))
# 跳びの箇所で線がつながらないよう、x = 0 を NaN にして描く || Draw the derivative with NaN at x = 0 so that the line does not bridge the jump
helpers.plot(x, np.where(x == 0.0, np.nan, grad), labels=[helpers.text("gradient.relu_grad.label")], ax=ax_d,
             ylabel=helpers.text("plot.dy"), title=helpers.text("gradient.relu_grad.title"))
ax_d.plot([0.0], [helpers.relu_grad(0.0)], "o", color="C0", label=helpers.text("gradient.at_zero"))
ax_d.plot([0.0], [1.0], "o", markerfacecolor="white", color="tab:gray", label=helpers.text("gradient.other_choice"))
ax_d.set_ylim(-0.2, 1.3)
ax_d.legend(loc="center right")
helpers.show(fig, helpers.text("gradient.plot.alt", low=x[0], high=x[-1]))
""",
    ),
    md(
        "central-intro",
        ja=r"""
## 数値微分と比べる

導関数の式を知らなくても、小さな $h$ で差分商を計算すれば傾きを近似できます。これを数値微分といいます。
よく使う形は三つです。

| 名前 | 式 |
|---|---|
| 前進差分 | $\dfrac{f(x + h) - f(x)}{h}$ |
| 後退差分 | $\dfrac{f(x) - f(x - h)}{h}$ |
| 中心差分 | $\dfrac{f(x + h) - f(x - h)}{2h}$ |

なめらかな関数では、前進差分・後退差分の誤差がほぼ $h$ に比例するのに対し、中心差分の誤差はほぼ $h^2$ に比例して
小さくなります。そのため、誤差逆伝播法の実装が正しいかを数値微分と比べて確かめる「勾配チェック」では、
中心差分がよく使われます。まず $x = 0$ で、$h = 10^{-6}$ として三つを計算します。
""",
        en=r"""
## Checking against a numerical derivative

Even without a formula for the derivative, we can approximate the slope by a difference quotient with a small $h$;
this is called numerical differentiation. Three forms are common:

| name | formula |
|---|---|
| forward difference | $\dfrac{f(x + h) - f(x)}{h}$ |
| backward difference | $\dfrac{f(x) - f(x - h)}{h}$ |
| central difference | $\dfrac{f(x + h) - f(x - h)}{2h}$ |

For smooth functions the error of the central difference is roughly proportional to $h^2$, while that of the forward
and backward differences is roughly proportional to $h$. This is why gradient checks, which test backpropagation code
by comparing its gradients with numerical ones, usually use the central difference. We first compute all three at $x = 0$
with $h = 10^{-6}$.
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
print(helpers.text("gradient.at_zero.forward", value=forward))
print(helpers.text("gradient.at_zero.backward", value=backward))
print(helpers.text("gradient.at_zero.central", value=central))
print(helpers.text("gradient.at_zero.relu_grad", value=helpers.relu_grad(0.0)))
""",
    ),
    md(
        "differences-at-zero-after",
        ja=r"""
三つの数値微分が、三つとも違う値になりました。前進差分は右側の傾き 1、後退差分は左側の傾き 0、中心差分は
その平均 0.5 を返しています。どれも「間違い」ではなく、$x = 0$ には近似すべき微分係数がそもそも存在しない、
ということの表れです。`relu_grad` が返す 0 は、何かを近似した値ではなく、規約で決めた値です
（ここではたまたま後退差分と同じ値です）。

$x = 0$ から離れた点ではどうでしょうか。次のセルは、上と同じ中心差分の式を使う `helpers.numerical_derivative` で
格子全体の導関数を計算し、`relu_grad` と比べます。
""",
        en=r"""
The three numerical derivatives give three different answers: the forward difference sees the right-hand slope 1,
the backward difference the left-hand slope 0, and the central difference their average, 0.5. None of them is
"wrong": there is simply no derivative at $x = 0$ for them to approximate. The 0 returned by `relu_grad` is a
convention, not an approximation of anything (here it happens to equal the backward difference).

What happens away from $x = 0$? The next cell applies `helpers.numerical_derivative`, which uses the same
central-difference formula, to the whole grid and compares the result with `relu_grad`.
""",
    ),
    code(
        "differences-on-grid",
        """
x = helpers.x_grid(3.0)
numeric = helpers.numerical_derivative(helpers.relu, x, h=1e-6)
analytic = helpers.relu_grad(x)
away = x != 0.0
largest = np.max(np.abs(numeric[away] - analytic[away]))
print(helpers.text("gradient.grid.count", size=x.size, away=int(away.sum())))
print(helpers.text("gradient.grid.largest", value=f"{largest:.1e}"))
print(helpers.text("gradient.grid.at_zero", numeric=numeric[~away][0], analytic=analytic[~away][0]))

# h より 0 に近い点では、中心差分は角をまたいでしまい、0 と 1 の間の値になる || At points closer to 0 than h, the central difference straddles the corner and gives a value between 0 and 1
for x_near in [5e-7, -5e-7]:
    slope = helpers.numerical_derivative(helpers.relu, x_near, h=1e-6)
    print(helpers.text("gradient.grid.near_zero", x=f"{x_near:+.0e}", value=f"{slope:.2f}"))
""",
    ),
    md(
        "differences-on-grid-after",
        ja=r"""
格子上の 0 以外の {{int(away.sum())}} 点では、数値微分と解析的な導関数は丸め誤差の範囲で一致しました（差は最大でも
{{largest:.1e}} です）。格子上でずれるのは $x = 0$ だけです。ただし最後の 2 行が示すように、0 からの距離が $h$ より
小さい点でもずれます。中心差分は、幅 $2h$ の区間で角を「ならして」見てしまうからです。勾配チェックで ReLU を
調べるときは、入力が 0 から $h$ 以上離れていることを確かめておく必要があります。
""",
        en=r"""
On the {{int(away.sum())}} grid points other than 0, the numerical and analytic derivatives agree up to rounding
error (they differ by at most {{largest:.1e}}). On the grid they differ only at $x = 0$. The last two lines show,
however, that they also differ at any point closer to 0 than $h$, where the central difference sees the corner
smeared over a width of $2h$. A gradient check of ReLU code should therefore use inputs that are at least $h$ away
from 0.
""",
    ),
    md(
        "step-intro",
        ja=r"""
## 刻み幅 $h$ の選び方

ReLU は 0 以外では直線なので、中心差分には丸め誤差しか生じませんでした。なめらかに曲がる関数では、$h$ の選び方で
精度が変わります。$h$ が大きいと、関数の曲がり具合による誤差（これを打ち切り誤差といい、中心差分ではほぼ $h^2$ に比例します）
が残ります。$h$ が小さすぎると、$f(x + h)$ と $f(x - h)$ がほとんど同じ値になり、その差を $2h$ で割るときに、
浮動小数点数の丸め誤差（ほぼ $1/h$ に比例します）が拡大されます。誤差が最も小さくなるのは、その間のどこかです。

例として、第1章で触れた tanh を使います。点 $x = 1$ での微分係数は、ちょうど $1 - \tanh^2 1$ です。この章で誤差を
測る前に、まず次の演習で $h$ を自分で選んでみましょう。
""",
        en=r"""
## Choosing the step $h$

ReLU is a straight line away from 0, so there the central difference had nothing but rounding error. For a function
that curves smoothly, the choice of $h$ decides the accuracy. With a large $h$, the error caused by the curvature
(the truncation error, roughly proportional to $h^2$ for the central difference) stays large. A very small $h$ makes
$f(x + h)$ and $f(x - h)$ almost equal, and dividing their difference by $2h$ magnifies the floating-point rounding
error (roughly proportional to $1/h$). The error is smallest somewhere in between.

As an example, take tanh, mentioned in Chapter 1, whose derivative at $x = 1$ is exactly $1 - \tanh^2 1$. Before
the chapter measures the error, try choosing $h$ yourself in the next exercise.
""",
    ),
    *exercise("step_size"),
    md(
        "step-scan-intro",
        ja=r"""
次のセルは、`helpers.calculus.step_size_scan` で、$h = 10^{-1}$ から $10^{-12}$ までの中心差分の誤差を測ります。
""",
        en=r"""
The next cell measures the error of the central difference for $h = 10^{-1}$ down to $10^{-12}$ with
`helpers.calculus.step_size_scan`.
""",
    ),
    code(
        "step-scan",
        """
scan = helpers.calculus.step_size_scan(np.tanh, lambda t: 1 - np.tanh(t) ** 2, 1.0)
for step, error in zip(scan.steps, scan.errors, strict=True):
    print(helpers.text("gradient.step.row", h=f"{step:.0e}", error=f"{error:.1e}"))
print(helpers.text("gradient.step.best", best=f"{scan.best:.0e}", smallest=f"{scan.smallest_error:.1e}",
                   factor=f"{scan.factor:g}", low=f"{scan.low:.0e}", high=f"{scan.high:.0e}"))

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.loglog(scan.steps, scan.errors, "o-")
ax.set_xlabel(helpers.text("gradient.step.xlabel"))
ax.set_ylabel(helpers.text("gradient.step.ylabel"))
ax.set_title(helpers.text("gradient.step.title"))
helpers.show(fig, helpers.text("gradient.step.alt", largest_h=f"{scan.steps[0]:.0e}", smallest_h=f"{scan.steps[-1]:.0e}",
                               first=f"{scan.errors[0]:.1e}", best=f"{scan.best:.0e}",
                               smallest=f"{scan.smallest_error:.1e}", last=f"{scan.errors[-1]:.1e}"))
""",
    ),
    md(
        "step-after",
        ja=r"""
$h$ を大きい側から小さくしていくと、誤差ははじめ $h$ が 1 桁小さくなるごとに約 2 桁ずつ下がります（打ち切り誤差が
$h^2$ に比例するため）。$h = 10^{ {{round(np.log10(scan.best))}} }$ で最小の {{scan.smallest_error:.1e}} になり、それより小さい $h$ では、
丸め誤差のために逆に大きくなります。float64 では、$h$ は「小さければ小さいほどよい」わけではありません。
この章の前半で使った $h = 10^{-6}$ は、誤差が最小値の {{scan.factor:g}} 倍以内に収まる範囲（$10^{ {{round(np.log10(scan.low))}} }$ から
$10^{ {{round(np.log10(scan.high))}} }$ まで）に入っています。
""",
        en=r"""
Coming down from large $h$, the error first drops by about two orders of magnitude for each tenfold decrease of $h$
(the truncation error is proportional to $h^2$). It reaches its smallest value, {{scan.smallest_error:.1e}}, at
$h = 10^{ {{round(np.log10(scan.best))}} }$; for smaller $h$ rounding makes it grow again. In float64, a smaller $h$ is not always better.
The $h = 10^{-6}$ used earlier in this chapter lies in the range where the error is within a factor of
{{scan.factor:g}} of its smallest value ($10^{ {{round(np.log10(scan.low))}} }$ to $10^{ {{round(np.log10(scan.high))}} }$).
""",
    ),
    md(
        "subgradient",
        ja=r"""
## $x = 0$ の値は「選ぶ」もの：劣勾配

ReLU は凸関数です。凸関数とは、グラフ上のどの 2 点を結ぶ線分も、グラフより下に来ない関数のことです。
凸関数は、微分係数が存在しない（微分不可能な）点でも**劣勾配**を持ちます。数 $g$ が点 $0$ における劣勾配で
あるとは、原点 $(0, \mathrm{ReLU}(0)) = (0, 0)$ を通る傾き $g$ の直線が、どこでもグラフより上に出ないことです。
式で書けば、すべての $y$ で

$$
\mathrm{ReLU}(y) \ge \mathrm{ReLU}(0) + g\,(y - 0) = g\,y
$$

が成り立つことです。ReLU の $x = 0$ では、$0 \le g \le 1$ の**どの値も**劣勾配になります。劣勾配全体の集合
（劣微分）は区間 $[0, 1]$ です。格子上のすべての点で、いくつかの $g$ について確かめます。
""",
        en=r"""
## The value at $x = 0$ is chosen: subgradients

ReLU is convex: the straight line segment between any two points of its graph never runs below the graph. Where a
convex function has no derivative, it still has **subgradients**. A number $g$ is a subgradient at 0 if the line
through the origin $(0, \mathrm{ReLU}(0)) = (0, 0)$ with slope $g$ never rises above the graph; in symbols, for every
$y$,

$$
\mathrm{ReLU}(y) \ge \mathrm{ReLU}(0) + g\,(y - 0) = g\,y .
$$

For ReLU at $x = 0$, **every** $g$ with $0 \le g \le 1$ qualifies: the set of all subgradients at 0 (the
subdifferential) is the interval $[0, 1]$. Let us check a few values of $g$ at every point of the grid.
""",
    ),
    code(
        "subgradient-check",
        """
y = helpers.x_grid(3.0)
for g in [-0.1, 0.0, 0.25, 0.5, 1.0, 1.1]:
    below = bool(np.all(helpers.relu(y) >= helpers.relu(0.0) + g * y))
    print(helpers.text("gradient.subgradient", g=f"{g:5.2f}", holds=below))
""",
    ),
    md(
        "frameworks",
        ja=r"""
0、0.25、0.5、1 は劣勾配で、-0.1 と 1.1 はそうではありません。したがって $x = 0$ では、0 も 1 も、その間のどの値も、
数学的には同じように正当な選び方です。チュートリアルの導関数は $x \ge 0$ で 1 を返すので、$x = 0$ では 1 を
使っています。これも劣勾配の一つです。一方、PyTorch・JAX・TensorFlow の `relu` は、そろって **0** を選んでいます。
同じ ReLU でも、`clamp` や `maximum` で書くと、$x = 0$ での勾配が 1 や 0.5 になることがあります。

次の表は、各フレームワークでの $x = 0$ の勾配です。表の値は、PyTorch 2.13、JAX 0.10.2（`jax.grad`）、
TensorFlow 2.21 で実際に勾配を計算して確かめたものです。このノートブックではフレームワークを import していないので、根拠としてソースファイルの場所も
示します。ソースの実装は版によって変わることがあります。

| 書き方 | $x = 0$ での勾配 | 根拠（ソース） |
|---|---|---|
| PyTorch `torch.relu(x)` / `nn.ReLU` | 0 | `tools/autograd/derivatives.yaml`：`relu` の逆伝播は `threshold_backward(grad, result, 0)`（出力が 0 より大きいところだけ勾配を通します） |
| PyTorch `torch.clamp(x, min=0)` | 1 | 同じファイルにある `clamp` の英語の注記。境界では勾配が定義されないので劣勾配 1 を返す、という趣旨です。`clamp_min` の逆伝播も `where(self >= min, grad, 0)` で、境界では勾配 1 です |
| TensorFlow `tf.nn.relu(x)` | 0 | `tensorflow/core/kernels/relu_op_functor.h` の `ReluGrad`：`gradients * (features > 0)` |
| TensorFlow `tf.maximum(x, 0)` | 1 | `tensorflow/python/ops/math_grad.py` の `_MaximumGrad`：`greater_equal` で選ぶので、等しいときは第1引数 `x` に勾配が流れます |
| JAX `jax.nn.relu(x)` | 0 | `jax/_src/nn/functions.py` の docstring「∇relu(0) = 0」と、それを確かめる `tests/nn_test.py` の `testReluGradAtZero`。jax-ml/jax PR #2342 でこの値になりました |
| JAX `jnp.maximum(x, 0)` | 0.5 | 等しいときは勾配を両方の引数に半分ずつ分けます（jax-ml/jax PR #2342、issue #37821） |

`helpers.relu_grad` は、これらの `relu` と同じく 0 を使います。JAX の `jax.nn.relu` の docstring が引用している
Bertoin, Bolte, Gerchinovitz & Pauwels (2021)「Numerical influence of ReLU'(0) on backpropagation」（NeurIPS 2021）は、
ReLU'(0) をどの値に選ぶかで、32 ビット浮動小数点数（float32）では逆伝播の結果がおよそ半分の場合に大きく変わり、
16 ビットではそれが系統的に起こり、64 ビットではその影響が消えることを報告しています。工夫を加えない確率的勾配
降下法（SGD）では ReLU'(0) = 0 が最も効率がよいようだとも述べ、バッチ正規化（層への入力をミニバッチごとに平均 0・分散 1 にそろえる手法）や Adam（よく使われる最適化手法の
一つ）はこの影響を和らげる傾向があるとしています。ReLU'(0) の選び方が結果を変えられるのは、ReLU への入力が
ちょうど 0 になるところだけです。したがってこの結果は、float32 や float16 では入力がちょうど 0 になることが、
結果に響くほどよく起こることも示しています。「ReLU への入力がちょうど 0 になることはまずない」という、よく
置かれる前提は、安全とは言えないのです。
""",
        en=r"""
0, 0.25, 0.5 and 1 are subgradients; -0.1 and 1.1 are not. So, mathematically, 0, 1 and any value between them
are equally legitimate choices at $x = 0$. The tutorial's derivative returns 1 for $x \ge 0$, so it uses 1 at $x = 0$, which is
a subgradient. The `relu` functions of PyTorch, JAX and TensorFlow all pick **0**. Written with `clamp` or
`maximum` instead, the same ReLU can have the gradient 1 or 0.5 at 0.

The table below gives the gradient at $x = 0$ in each framework. The values were confirmed by computing the gradients
in PyTorch 2.13, JAX 0.10.2 (`jax.grad`) and TensorFlow 2.21. This notebook does not import any framework, so the table also names the source files as
evidence; the implementations may change between versions.

| expression | gradient at $x = 0$ | evidence (source) |
|---|---|---|
| PyTorch `torch.relu(x)` / `nn.ReLU` | 0 | `tools/autograd/derivatives.yaml`: the backward of `relu` is `threshold_backward(grad, result, 0)` (the gradient passes only where the output is above 0) |
| PyTorch `torch.clamp(x, min=0)` | 1 | same file, note on `clamp`: "gradient is not defined at the boundaries ... we return the subgradient 1"; `clamp_min` is `where(self >= min, grad, 0)`, so the gradient at the boundary is 1 |
| TensorFlow `tf.nn.relu(x)` | 0 | `tensorflow/core/kernels/relu_op_functor.h`, `ReluGrad`: `gradients * (features > 0)` |
| TensorFlow `tf.maximum(x, 0)` | 1 | `tensorflow/python/ops/math_grad.py`, `_MaximumGrad`: selects with `greater_equal`, so on a tie the gradient goes to the first argument `x` |
| JAX `jax.nn.relu(x)` | 0 | `jax/_src/nn/functions.py`: docstring "∇relu(0) = 0", checked by the test `testReluGradAtZero` in `tests/nn_test.py`; the value dates from jax-ml/jax PR #2342 |
| JAX `jnp.maximum(x, 0)` | 0.5 | on a tie the gradient is split in half between the two arguments (jax-ml/jax PR #2342 and issue #37821) |

`helpers.relu_grad` uses 0, like these `relu` functions. The paper cited in the docstring of JAX's `jax.nn.relu`,
Bertoin, Bolte, Gerchinovitz & Pauwels (2021, "Numerical influence of ReLU'(0) on backpropagation", NeurIPS 2021),
reports that the choice of ReLU'(0) changes the backpropagated result considerably in about half of the cases in
32-bit floating point (float32), that at 16 bits it does so systematically, and that the effect disappears at 64
bits. It also reports that with plain stochastic gradient descent (SGD) the choice ReLU'(0) = 0 seems the most
efficient, and that batch normalisation (a method that rescales a layer's inputs to mean 0 and variance 1 over each
mini-batch) and Adam (a widely used optimiser) tend to lessen the effect. The choice can matter only where an input
to ReLU is exactly 0, so these results also show that such inputs are common enough in float32 and float16 to
matter: the usual assumption that they hardly ever occur is not safe.
""",
    ),
    *exercise("relu_grad"),
    md(
        "sgd-intro",
        ja=r"""
## 勾配が 0 だと何が起きるか：ニューロン一つのモデルで、1 回だけ更新する

入力 $x$ を一つ受け取るニューロン $a = \mathrm{ReLU}(z),\ z = w x + b$ を、目標値 $y$ に近づけるよう学習させます。
損失を $L = \tfrac12 (a - y)^2$ とすると、連鎖律により、勾配は次のようになります。

$$
\frac{\partial L}{\partial w} = (a - y)\,\mathrm{ReLU}'(z)\,x, \qquad
\frac{\partial L}{\partial b} = (a - y)\,\mathrm{ReLU}'(z)
$$

勾配降下法では、学習率 $\eta$ を使って $w \leftarrow w - \eta\,\partial L/\partial w$、
$b \leftarrow b - \eta\,\partial L/\partial b$ と更新します。どちらの勾配にも $\mathrm{ReLU}'(z)$ が掛かっている
ことに注目してください。同じ形のニューロンを二つ用意し、同じ入力 $x = 2$、目標値 $y = 3$、学習率 $\eta = 0.1$ を与えます。
一つ目は $w = b = 0.5$（このとき $z > 0$）、二つ目は $w = b = -0.5$（このとき $z < 0$）から始め、それぞれ 1 回だけ
更新します。
""",
        en=r"""
## What a zero gradient does: one neuron, one update

Take a neuron with one input, $a = \mathrm{ReLU}(z)$ with $z = w x + b$, and train it towards a target $y$. With the
loss $L = \tfrac12 (a - y)^2$ the chain rule gives

$$
\frac{\partial L}{\partial w} = (a - y)\,\mathrm{ReLU}'(z)\,x, \qquad
\frac{\partial L}{\partial b} = (a - y)\,\mathrm{ReLU}'(z),
$$

and gradient descent with learning rate $\eta$ updates $w \leftarrow w - \eta\,\partial L/\partial w$ and
$b \leftarrow b - \eta\,\partial L/\partial b$. Note the factor $\mathrm{ReLU}'(z)$ in both gradients. We take two
neurons of this form and give them the same input $x = 2$, target $y = 3$ and learning rate $\eta = 0.1$. The first starts at $w = b = 0.5$ (so
$z > 0$), the second at $w = b = -0.5$ (so $z < 0$), and each is updated once.
""",
    ),
    code(
        "sgd-step",
        """
def sgd_step(w, b, x, y, lr=0.1):
    # ニューロン a = relu(w*x + b) と損失 (a - y)**2 / 2 について、勾配降下法で 1 回だけ更新する || One gradient-descent update for the neuron a = relu(w*x + b) with loss (a - y)**2 / 2
    z = w * x + b
    a = helpers.relu(z)
    dloss_dz = (a - y) * helpers.relu_grad(z)  # 連鎖律：ここで ReLU の傾きが掛かる || chain rule: the slope of ReLU comes in here
    grad_w, grad_b = dloss_dz * x, dloss_dz
    return w - lr * grad_w, b - lr * grad_b, z, (a - y) ** 2 / 2, grad_w, grad_b


def loss(w, b, x, y):
    return (helpers.relu(w * x + b) - y) ** 2 / 2


x, y = 2.0, 3.0
# 書式の z は、-0.0 を -0.000 ではなく +0.000 と表示する指定（上と同じ） || The z option of the format specification (as above) prints -0.0 as +0.000 rather than -0.000
for w, b in [(0.5, 0.5), (-0.5, -0.5)]:
    new_w, new_b, z, before, grad_w, grad_b = sgd_step(w, b, x, y)
    print(f"z = {z:+.2f}:  dL/dw = {grad_w:+z.3f}, dL/db = {grad_b:+z.3f}")
    print(f"   w: {w:+.3f} -> {new_w:+.3f}   b: {b:+.3f} -> {new_b:+.3f}   L: {before:.3f} -> {loss(new_w, new_b, x, y):.3f}")
""",
    ),
    md(
        "sgd-after",
        ja=r"""
$z > 0$ のニューロンでは、出力 $a$ が目標値 $y$ に近づく向きに $w$ と $b$ が動き、損失は 1 回の更新で 1.125 から
0.281 に下がりました。$z < 0$ のニューロンのほうが損失は大きい（出力 0 と目標値 3 の差が大きい）のに、
$\mathrm{ReLU}'(z) = 0$ が掛かるため勾配はちょうど 0 で、$w$ も $b$ も**まったく変わりません**。何回更新しても
同じです。

チュートリアルは、負の入力では勾配が 0 なので、一部のニューロンの重みとバイアスが更新されない、と述べていました。
いま見たのが、まさにそのことです。学習に使うどの入力に対しても $z \le 0$ になったニューロンは、自分の重みとバイアスの勾配が
常に 0 になり、更新されません。このニューロンへの入力が変わらない限り（ここでの例や、ネットワークの最初の隠れ層の
ように）、二度と学習しません。これが第3章で扱う **dying ReLU 問題**です。
""",
        en=r"""
The neuron with $z > 0$ changes $w$ and $b$ so that its output $a$ moves towards the target $y$, and its loss drops
from 1.125 to 0.281 in one update. The neuron with $z < 0$ has the *larger* loss (its output 0 is far from the target
3), yet the factor $\mathrm{ReLU}'(z) = 0$ makes its gradient exactly 0: $w$ and $b$ **do not change at all**, and no
number of further updates will change them.

The tutorial said (in our translation) that for negative inputs the gradient is 0, so the weights and biases of some
neurons are not updated; this is what it meant. A neuron whose $z$ is negative or zero for every training input gets
a zero gradient for its own weights and bias, so they are not updated. As long as the neuron's inputs do not change
(as here, or in the first hidden layer of a network), it never learns again: this is the **dying ReLU problem**, the
subject of Chapter 3.
""",
    ),
    md(
        "widget-intro",
        ja=r"""
## 接線を動かしてみる

スライダーで $x$ を動かすと、ReLU のグラフ上の点、その値、傾き（`helpers.relu_grad`）、そしてその傾きの接線が
描き直されます。$x = 0$ では接線が存在しない（微分係数が存在しない）ので、代わりに、規約で決めた値 0 を傾きとする
水平な直線が描かれ、図の下の表示にもそのことが示されます。

（ウィジェットを動かすには、Python のカーネルが動いている必要があります。GitHub などでノートブックを表示した
だけでは現れないので、セルを実行してください。）
""",
        en=r"""
## Move the tangent line

Drag the slider to move $x$: the point on the graph of ReLU, its value, its slope (`helpers.relu_grad`) and the
tangent line with that slope are redrawn. At $x = 0$ there is no tangent line (the derivative does not exist), so a
flat line with the conventional slope 0 is drawn instead, and the readout below the figure says so.

(The widget needs a running Python kernel, so it does not appear when the notebook is only displayed, for example on
GitHub. Run the cell to see it.)
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

- ReLU の導関数は、$x > 0$ で 1、$x < 0$ で 0 です。$x = 0$ では右と左の傾きが違い、微分不可能です。
- 数値微分は、0 から $h$ 以上離れた点では導関数と一致します。$x = 0$ では中心差分が 0.5、前進差分が 1、
  後退差分が 0 と、ばらばらになります。
- 中心差分の誤差は、$h$ が大きいと打ち切り誤差、小さすぎると丸め誤差のために大きくなります。tanh の $x = 1$ では、
  $h = 10^{ {{round(np.log10(scan.best))}} }$ のときに最も小さくなりました。
- $x = 0$ では $[0, 1]$ のどの値も劣勾配です。PyTorch・JAX・TensorFlow の `relu` は 0 を使い、`helpers.relu_grad`
  もそれに合わせています。`clamp` や `maximum` で書くと、$x = 0$ での勾配が 1 や 0.5 になることがあります。
- 勾配が 0 のニューロンは、損失が大きくても重みが動きません。

第3章では、すべての入力で勾配が 0 になってしまったニューロン（死んだニューロン）が、実際にどれくらい生まれるかを
測ります。→ [第3章 dying ReLU 問題を測る](03_dying_relu.ipynb)
""",
        en=r"""
## Summary

- The derivative of ReLU is 1 for $x > 0$ and 0 for $x < 0$. At $x = 0$ the left and right slopes differ: ReLU is not
  differentiable there.
- Numerical derivatives agree with this derivative at points at least $h$ away from 0. At $x = 0$ they disagree:
  the central difference gives 0.5, the forward difference 1 and the backward difference 0.
- The error of a central difference grows for large $h$ (truncation) and for very small $h$ (rounding). For tanh at
  $x = 1$ it was smallest at $h = 10^{ {{round(np.log10(scan.best))}} }$.
- At $x = 0$ every value in $[0, 1]$ is a subgradient. The `relu` functions of PyTorch, JAX and TensorFlow use 0, and
  so does `helpers.relu_grad`; written with `clamp` or `maximum`, the same function can have a gradient of 1 or 0.5
  at 0.
- A neuron whose gradient is 0 does not move its weights, however large its loss.

Chapter 3 measures how many neurons end up with a zero gradient for every input (dead neurons).
→ [Chapter 3: Measuring the dying ReLU problem](03_dying_relu.ipynb)
""",
    ),
    md(
        "references",
        ja=r"""
## 参考文献

- Bertoin, D., Bolte, J., Gerchinovitz, S. & Pauwels, E. (2021). Numerical influence of ReLU'(0) on backpropagation.
  *Advances in Neural Information Processing Systems 34 (NeurIPS 2021)*. arXiv:2106.12915.
- JAX: `jax/_src/nn/functions.py`（`jax.nn.relu` の docstring）、`tests/nn_test.py`（`testReluGradAtZero`）、
  jax-ml/jax PR #2342 "improve jax.nn.relu differentiation"、issue #37821。https://github.com/jax-ml/jax
- PyTorch: `tools/autograd/derivatives.yaml`（`relu`、`clamp`、`clamp_min`）。https://github.com/pytorch/pytorch
- TensorFlow: `tensorflow/core/kernels/relu_op_functor.h`（`ReluGrad`）、`tensorflow/python/ops/math_grad.py`（`_MaximumGrad`）。https://github.com/tensorflow/tensorflow
- 「PythonでのReLu関数」。ReLU と Leaky ReLU を Python で実装する短い日本語のチュートリアルで、このコースのもとに
  なったものです。
""",
        en=r"""
## References

- Bertoin, D., Bolte, J., Gerchinovitz, S. & Pauwels, E. (2021). Numerical influence of ReLU'(0) on backpropagation.
  *Advances in Neural Information Processing Systems 34 (NeurIPS 2021)*. arXiv:2106.12915.
- JAX: `jax/_src/nn/functions.py` (docstring of `jax.nn.relu`), `tests/nn_test.py` (`testReluGradAtZero`),
  jax-ml/jax PR #2342 "improve jax.nn.relu differentiation", issue #37821. https://github.com/jax-ml/jax
- PyTorch: `tools/autograd/derivatives.yaml` (`relu`, `clamp`, `clamp_min`). https://github.com/pytorch/pytorch
- TensorFlow: `tensorflow/core/kernels/relu_op_functor.h` (`ReluGrad`), `tensorflow/python/ops/math_grad.py`
  (`_MaximumGrad`). https://github.com/tensorflow/tensorflow
- 「PythonでのReLu関数」 ("ReLU function in Python"): a short Japanese tutorial that implements ReLU and Leaky ReLU
  in Python; the course grew from it.
""",
    ),
]
