"""Chapter 5: the ReLU family – PReLU, ELU, GELU, SiLU, Softplus, compared; PReLU's alpha learned; exercises."""

from cells import code, exercise, md, setup
from glue import cite

CITED = [
    cite("0.25", "He, Zhang, Ren & Sun (2015), section 2.1: a_i = 0.25 as the initialisation of every PReLU slope"),
    cite("0.044715", "Hendrycks & Gimpel (2016), arXiv:1606.08415: the tanh approximation "
                     "0.5x(1 + tanh(sqrt(2/pi)(x + 0.044715x^3)))"),
    cite("1.702", "Hendrycks & Gimpel (2016), arXiv:1606.08415: the approximation x * sigmoid(1.702x)"),
    cite("13", "Dugas, Bengio, Bélisle, Nadeau & Garcia (2001) appeared in Advances in Neural Information Processing "
               "Systems 13"),
]

CELLS = [
    md(
        "title",
        ja=r"""
# 第5章 ReLU の仲間たち

ReLU は計算が軽く、実用上もよく機能しますが、弱点もあります。

- **負の側で勾配が 0**：活性化前の値 $z$ がどの訓練データに対しても負になるニューロンは、学習が止まります（第3章の dying ReLU 問題）。
- **0 で折れ曲がる**：$x = 0$ で微分できず、導関数は 0 から 1 へ跳びます。
- **出力が負にならない**：出力が一つでも正なら平均は 0 より大きくなり、次の層の入力が正の側に偏ります。

第4章の Leaky ReLU は、一つ目の弱点に対処したものでした。この章では、よく使われるほかの仲間、
**PReLU・ELU・GELU・SiLU・Softplus** を、式・グラフ・導関数で見比べます。それぞれが何を改善し、その代わりに何を犠牲にするのかを、
このノートブックの中で計算した数字で確かめます。最後に PReLU の $\alpha$ を勾配降下法で学習させ、その勾配降下法を自分でも書きます。
途中の演習では、ELU と Softplus を自分で書き、式のとおりに書いた Softplus が二つの入力で何を返すかを予想します。
""",
        en=r"""
# Chapter 5: The ReLU family

ReLU is cheap to compute and works well in practice, but it has weak points:

- **Zero gradient on the negative side**: a neuron whose pre-activation $z$ is negative for every training input
  stops learning (the dying ReLU problem of Chapter 3).
- **A kink at 0**: ReLU is not differentiable at $x = 0$, where its derivative jumps from 0 to 1.
- **Outputs are never negative**: as soon as one output is positive, their mean is above 0, which shifts the inputs
  of the next layer towards the positive side.

Leaky ReLU (Chapter 4) dealt with the first point. This chapter compares the other relatives you will meet in real
models, **PReLU, ELU, GELU, SiLU and Softplus**, by formula, graph and derivative, and uses numbers computed in this
notebook to check what each one fixes and what it costs. At the end we learn PReLU's $\alpha$ by gradient descent,
and you then write that gradient descent yourself. Along the way you write ELU and Softplus yourself and predict what
Softplus, written straight from its formula, gives at two inputs.
""",
    ),
    setup(imports="import functools\n\nimport numpy as np\nimport matplotlib.pyplot as plt"),
    md(
        "show-intro",
        ja=r"""
各関数を、左に関数そのもの、右に導関数という 2 枚のグラフで描きます。比べやすいように、点線で ReLU も重ねます。
描くのは、この章でしか使わない小さな関数 `show` です。関数と導関数の実装はすべて `helpers` にあり、
コースに付属するテスト（`tests/test_family.py`）で、第2章の中心差分や既知の値と照らし合わせてあります。
""",
        en=r"""
Each function gets two graphs: the function itself on the left and its derivative on the right, with ReLU dotted
behind for comparison. A small function `show`, used only in this chapter, draws them. The functions and their
derivatives all live in `helpers`, where the course's tests (`tests/test_family.py`) check them against the central
differences of Chapter 2 and against known values.
""",
    ),
    code(
        "show",
        """
x = helpers.x_grid(4.0)


def show(f, df, label, description):
    # 左に関数、右に導関数。点線は比較用の ReLU || the function on the left, its derivative on the right; ReLU dotted
    # description は図の説明（画像の代替テキスト） || description says what the figure shows (the image's alt text)
    fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(10, 3.4), layout="constrained")
    names = [helpers.text("family.relu"), label]
    helpers.plot(x, [helpers.relu(x), f(x)], labels=names, styles=[":", "-"], ax=ax_f,
                 title=helpers.text("family.title.function", name=label))
    helpers.plot(x, [helpers.relu_grad(x), df(x)], labels=names, styles=[":", "-"], ax=ax_d,
                 ylabel=helpers.text("plot.dy"), title=helpers.text("family.title.derivative", name=label))
    helpers.show(fig, description)
""",
    ),
    md(
        "prelu",
        ja=r"""
## PReLU：負の側の傾きも学習する

$$
\mathrm{PReLU}_\alpha(x) =
\begin{cases}
x & (x > 0) \\
\alpha x & (x \le 0)
\end{cases}
$$

PReLU（パラメトリック ReLU）の形は Leaky ReLU と同じですが、$\alpha$ を手で決めずに、重みと一緒に誤差逆伝播法で**学習**します。
提案したのは He, Zhang, Ren & Sun (2015)「Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet
Classification」（ICCV 2015、arXiv:1502.01852）です。著者らは、チャネルごとに一つの $\alpha$ を持たせる形と、
層のすべてのチャネルで一つの $\alpha$ を共有する形を使い、どちらも $\alpha = 0.25$ から学習を始めています
（チャネルとは、畳み込み層の 1 枚の特徴マップのことで、全結合層では一つのユニットに当たります）。
$x$ についての導関数は、$x > 0$ で 1、$x < 0$ で $\alpha$ です。$x = 0$ では折れ曲がりが残るので微分係数が存在せず（微分不可能で）、
`helpers.prelu_grad` はそこで左側の傾き $\alpha$ を返します。PyTorch の `prelu_backward_kernel`（`aten/src/ATen/native/cpu/Activation.cpp`）も、
入力が 0 より大きいときだけ勾配をそのまま通すので、同じ値になります。$\alpha$ についての偏導関数は $\min(x, 0)$ です。
""",
        en=r"""
## PReLU: learn the negative slope too

$$
\mathrm{PReLU}_\alpha(x) =
\begin{cases}
x & (x > 0) \\
\alpha x & (x \le 0)
\end{cases}
$$

PReLU (parametric ReLU) has the shape of Leaky ReLU, but $\alpha$ is not chosen by hand: it is **learned** by
backpropagation along with the weights. It was introduced by He, Zhang, Ren & Sun (2015), "Delving Deep into
Rectifiers: Surpassing Human-Level Performance on ImageNet Classification" (ICCV 2015, arXiv:1502.01852). The authors
learn either one $\alpha$ per channel or one shared by all channels of a layer, and start both from $\alpha = 0.25$
(a channel is one feature map of a convolutional layer; in a fully connected layer it corresponds to one unit). The derivative with respect to $x$ is 1 for $x > 0$ and $\alpha$ for $x < 0$.
At $x = 0$ it does not exist (the kink stays), and `helpers.prelu_grad` returns the left-hand value $\alpha$ there, as
PyTorch does: its `prelu_backward_kernel` (`aten/src/ATen/native/cpu/Activation.cpp`) passes the gradient through
unchanged only where the input is above 0. The partial derivative with respect to $\alpha$ is $\min(x, 0)$.
""",
    ),
    code(
        "prelu-plot",
        """
alpha = 0.25
label = helpers.text("family.prelu", alpha=alpha)
show(lambda v: helpers.prelu(v, alpha), lambda v: helpers.prelu_grad(v, alpha), label,
     helpers.text("family.alt.prelu", name=label, alpha=alpha, low=helpers.prelu(x[0], alpha)))
""",
    ),
    md(
        "elu",
        ja=r"""
## ELU：負の側をなめらかに曲げる

$$
\mathrm{ELU}_\alpha(x) =
\begin{cases}
x & (x > 0) \\
\alpha\,(e^{x} - 1) & (x \le 0)
\end{cases}
\qquad
\mathrm{ELU}_\alpha'(x) =
\begin{cases}
1 & (x > 0) \\
\alpha\,e^{x} & (x \le 0)
\end{cases}
$$

ELU は、Clevert, Unterthiner & Hochreiter (2015)「Fast and Accurate Deep Network Learning by Exponential Linear Units
(ELUs)」（arXiv:1511.07289、ICLR 2016）が提案した関数です。負の出力があるので、出力の平均が 0 に近づきます。
この論文は、平均が 0 に近いほど学習が速く進むと論じています。負の側にも勾配が残ります。
絶対値の大きな負の入力では $-\alpha$ に近づいて飽和し、勾配は小さくなります。負の側の計算には指数関数が要ります。
それに時間がどれだけかかるかは、後の節で測ります。

$\alpha = 1$ のとき、$x = 0$ の左右で傾きがどちらも 1 になり、導関数は $x = 0$ で連続になります（跳びがなくなります）。
ただし 2 階導関数は $x = 0$ で 1 から 0 へ跳ぶので、後で見る GELU・SiLU・Softplus（何回でも微分できます）ほどなめらかではありません。
""",
        en=r"""
## ELU: bend the negative side smoothly

$$
\mathrm{ELU}_\alpha(x) =
\begin{cases}
x & (x > 0) \\
\alpha\,(e^{x} - 1) & (x \le 0)
\end{cases}
\qquad
\mathrm{ELU}_\alpha'(x) =
\begin{cases}
1 & (x > 0) \\
\alpha\,e^{x} & (x \le 0)
\end{cases}
$$

ELU was introduced by Clevert, Unterthiner & Hochreiter (2015), "Fast and Accurate Deep Network Learning by
Exponential Linear Units (ELUs)" (arXiv:1511.07289, ICLR 2016). Its negative outputs pull the mean output towards 0,
which the paper argues speeds up learning. The negative side also keeps a gradient. For very negative inputs ELU levels
off (saturates) at $-\alpha$, where its gradient becomes small. The negative side needs an exponential; how much time
that takes is measured in a later section.

With $\alpha = 1$ the slopes on both sides of $x = 0$ are 1, so the derivative is continuous there (it has no jump).
The second derivative still jumps at 0, from 1 to 0, so ELU is less smooth than GELU, SiLU and Softplus below, which
can be differentiated any number of times.
""",
    ),
    code(
        "elu-plot",
        """
label = helpers.text("family.elu", alpha=1.0)
show(helpers.elu, helpers.elu_grad, label, helpers.text("family.alt.elu", name=label, alpha=1.0, low=helpers.elu(x[0])))
""",
    ),
    md(
        "elu-zero-intro",
        ja=r"""
0 の左右の傾きを、第2章の後退差分と前進差分で確かめます。$\alpha = 1$ なら両側とも 1、$\alpha = 0.5$ なら左が 0.5、
右が 1 になるはずです。$x = 0$ での値として、`helpers.elu_grad(0.0)` は左側の傾き $\alpha$ を返します。PyTorch と JAX も同じです。
PyTorch の `elu_backward_kernel`（`aten/src/ATen/native/cuda/ActivationEluKernel.cu`）は、
入力の値（そのコードでは `bop`）が 0 以下のとき負の側の式を使います。JAX の `jax.nn.elu`（`jax/_src/nn/functions.py`）は `jnp.where(x_arr > 0, ...)` と書かれているので、
JAX でも $x = 0$ では負の側の式 $\alpha\,(e^{x} - 1)$ が微分されます。
""",
        en=r"""
We check the slopes on both sides of 0 with the backward and forward differences of Chapter 2. With $\alpha = 1$ both
should be 1; with $\alpha = 0.5$ the left one should be 0.5 and the right one 1. For the value at $x = 0$,
`helpers.elu_grad(0.0)` returns the left-hand value $\alpha$, as PyTorch and JAX do.
PyTorch's `elu_backward_kernel` (`aten/src/ATen/native/cuda/ActivationEluKernel.cu`) uses the negative side's
formula whenever its input (`bop` in that code) is at most 0. JAX's `jax.nn.elu` (`jax/_src/nn/functions.py`) is
written as `jnp.where(x_arr > 0, ...)`, so at $x = 0$ JAX differentiates the negative side's formula
$\alpha\,(e^{x} - 1)$.
""",
    ),
    code(
        "elu-at-zero",
        """
for a in [1.0, 0.5]:
    f = functools.partial(helpers.elu, alpha=a)
    left = helpers.numerical_derivative(f, 0.0, h=1e-6, kind="backward")
    right = helpers.numerical_derivative(f, 0.0, h=1e-6, kind="forward")
    print(helpers.text("family.elu_at_zero", alpha=a, left=left, right=right, grad=helpers.elu_grad(0.0, alpha=a)))
""",
    ),
    *exercise("elu"),
    md(
        "gelu",
        ja=r"""
## GELU：入力を「正規分布の確率」で重み付けする

$$
\mathrm{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left[1 + \mathrm{erf}\!\left(\frac{x}{\sqrt{2}}\right)\right]
$$

$\Phi$ は標準正規分布の累積分布関数、$\mathrm{erf}$ は誤差関数です。ReLU が $x$ に「0 か 1」を掛けるのに対して、
GELU は「標準正規分布に従う値が $x$ より小さい確率」を掛けます。提案したのは Hendrycks & Gimpel (2016)「Gaussian Error Linear Units (GELUs)」（arXiv:1606.08415）です。Devlin, Chang, Lee & Toutanova (2019)「BERT: Pre-training of
Deep Bidirectional Transformers for Language Understanding」（NAACL 2019、arXiv:1810.04805）は、BERT で ReLU の代わりに
GELU を使っています。論文の付録 A.2 によれば、OpenAI の GPT にならった選択です。

Hendrycks & Gimpel (2016) は、tanh を使う近似

$$
\mathrm{GELU}(x) \approx \frac{x}{2}\left[1 + \tanh\!\left(\sqrt{2/\pi}\,\bigl(x + 0.044715\,x^3\bigr)\right)\right]
$$

も挙げていて、PyTorch では `approximate="tanh"` でこちらを選べます。NumPy には誤差関数がないので、`helpers.gelu` は
`scipy.special` の相補誤差関数 $\mathrm{erfc}(z) = 1 - \mathrm{erf}(z)$ を使い、
$\mathrm{GELU}(x) = \frac{x}{2}\,\mathrm{erfc}(-x/\sqrt{2})$ として計算します。$x$ が絶対値の大きな負の値のとき、
$\mathrm{erf}(x/\sqrt{2})$ は $-1$ に近いので、$1 + \mathrm{erf}(x/\sqrt{2})$ をそのまま計算すると、ほぼ等しい二つの数の引き算になり、有効数字がほとんど失われる（桁落ち）からです。
erfc はこの値を引き算なしで求めます。GELU はどこでもなめらかですが、単調ではありません。
""",
        en=r"""
## GELU: weight the input by a normal probability

$$
\mathrm{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left[1 + \mathrm{erf}\!\left(\frac{x}{\sqrt{2}}\right)\right]
$$

$\Phi$ is the cumulative distribution function of the standard normal distribution, and $\mathrm{erf}$ the error
function. Where ReLU multiplies $x$ by 0 or 1, GELU multiplies it by the probability that a standard normal value is
below $x$. It was introduced by Hendrycks & Gimpel (2016), "Gaussian Error Linear Units (GELUs)" (arXiv:1606.08415).
Devlin, Chang, Lee & Toutanova (2019), "BERT: Pre-training of Deep Bidirectional Transformers for Language
Understanding" (NAACL 2019, arXiv:1810.04805), use GELU instead of ReLU in BERT; according to the paper's appendix
A.2, they follow OpenAI's GPT in this.

Hendrycks & Gimpel (2016) also give a tanh approximation,

$$
\mathrm{GELU}(x) \approx \frac{x}{2}\left[1 + \tanh\!\left(\sqrt{2/\pi}\,\bigl(x + 0.044715\,x^3\bigr)\right)\right],
$$

which PyTorch selects with `approximate="tanh"`. NumPy has no error function, so `helpers.gelu` uses the
complementary error function $\mathrm{erfc}(z) = 1 - \mathrm{erf}(z)$ from `scipy.special` and computes
$\mathrm{GELU}(x) = \frac{x}{2}\,\mathrm{erfc}(-x/\sqrt{2})$. For very negative $x$, $\mathrm{erf}(x/\sqrt{2})$ is close
to $-1$, so the sum $1 + \mathrm{erf}(x/\sqrt{2})$ cancels almost completely and loses almost all its significant
digits (cancellation); erfc computes the same quantity without the subtraction. GELU is smooth everywhere, but it is not monotonic.
""",
    ),
    code(
        "gelu-plot",
        """
g = helpers.gelu(x)
i = np.argmin(g)
gelu_min, gelu_min_at = g[i], x[i]
label = helpers.text("family.gelu")
show(helpers.gelu, helpers.gelu_grad, label, helpers.text("family.alt.gelu", name=label, low=gelu_min, at=gelu_min_at))
""",
    ),
    code(
        "gelu-facts",
        """
tanh_gap = np.max(np.abs(g - helpers.gelu(x, approximate="tanh")))
print(helpers.text("family.min", name="gelu(x)", value=gelu_min, at=gelu_min_at))
print(helpers.text("family.gelu.tanh_gap", gap=tanh_gap))
print(helpers.text("family.gelu.slope0", exact=helpers.gelu_grad(0.0), tanh=helpers.gelu_grad(0.0, approximate="tanh")))
""",
    ),
    md(
        "gelu-facts-after",
        ja=r"""
上の出力のとおり、GELU は負の側で 0 より下がり、格子の上では $x = {{gelu_min_at:.2f}}$ で最小値 {{gelu_min:.4f}} をとります。
そこから左へ行くほど、再び 0 に近づきます。tanh 近似との差は最大でも {{tanh_gap:.1e}} で、グラフでは見分けられません。
0 での傾きは、どちらの形でも {{helpers.gelu_grad(0.0)}} です。
""",
        en=r"""
As the output above shows, GELU dips below 0 on the negative side, to a minimum of {{gelu_min:.4f}} at
$x = {{gelu_min_at:.2f}}$ on the grid, and approaches 0 again further left. The tanh approximation differs from the
exact form by at most {{tanh_gap:.1e}}, far less than a graph can show, and both forms have slope
{{helpers.gelu_grad(0.0)}} at 0.
""",
    ),
    md(
        "silu",
        ja=r"""
## SiLU（Swish）：シグモイド関数で重み付けする

$$
\sigma(x) = \frac{1}{1 + e^{-x}}
\qquad
\mathrm{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}
\qquad
\mathrm{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)
$$

$\sigma$ はシグモイド関数（ロジスティック関数）で、0 から 1 へなめらかに上がります。SiLU は、GELU の $\Phi$ をこの $\sigma$ に替えた形です。
SiLU（sigmoid linear unit）という名前は、Hendrycks & Gimpel (2016) が付けました。Elfwing, Uchibe & Doya (2018)「Sigmoid-Weighted Linear Units for Neural Network Function Approximation in Reinforcement Learning」（Neural Networks 誌、
arXiv:1702.03118）は、同じ名前でこの関数を強化学習に使いました。Ramachandran, Zoph & Le (2017)「Searching for Activation
Functions」（arXiv:1710.05941）は、活性化関数の自動探索で $x\,\sigma(\beta x)$ を見つけ、Swish と名付けました。
$\beta = 1$ のときが SiLU です。SiLU も GELU と同じくなめらかで、単調ではありません。

Hendrycks & Gimpel (2016) は、$\mathrm{GELU}(x) \approx x\,\sigma(1.702\,x)$ という近似も挙げています。下のコードは、
この近似と GELU の差も求めます。そこでは $\sigma$ を `helpers.softplus_grad` で計算しています。次の節で見るとおり、
Softplus の導関数はちょうど $\sigma$ だからです。
""",
        en=r"""
## SiLU (Swish): weight the input by a sigmoid

$$
\sigma(x) = \frac{1}{1 + e^{-x}}
\qquad
\mathrm{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}
\qquad
\mathrm{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)
$$

$\sigma$ is the sigmoid (logistic) function, which rises smoothly from 0 to 1. SiLU is GELU with this $\sigma$ in
place of $\Phi$. The name SiLU (sigmoid linear unit) was given by Hendrycks & Gimpel (2016). Elfwing, Uchibe & Doya
(2018), "Sigmoid-Weighted Linear Units for Neural Network Function Approximation in Reinforcement Learning" (Neural
Networks, arXiv:1702.03118), used the function, under the same abbreviation
(for sigmoid-weighted linear unit), in reinforcement learning. Ramachandran, Zoph & Le
(2017), "Searching for Activation Functions" (arXiv:1710.05941), found $x\,\sigma(\beta x)$ by an automated search for
activation functions and named it Swish; with $\beta = 1$ it is SiLU. Like GELU, SiLU is smooth and not monotonic.

Hendrycks & Gimpel (2016) also give the approximation $\mathrm{GELU}(x) \approx x\,\sigma(1.702\,x)$. The code below
measures how far it is from GELU as well. It computes $\sigma$ with `helpers.softplus_grad`, because, as the next section
shows, the derivative of Softplus is exactly $\sigma$.
""",
    ),
    code(
        "silu-plot",
        """
s = helpers.silu(x)
i = np.argmin(s)
silu_min, silu_min_at = s[i], x[i]
label = helpers.text("family.silu")
show(helpers.silu, helpers.silu_grad, label, helpers.text("family.alt.silu", name=label, low=silu_min, at=silu_min_at))
sigmoid = helpers.softplus_grad  # σ(x)：Softplus の導関数はシグモイド関数そのもの（次の節） || σ(x): the derivative of Softplus is the sigmoid (next section)
sigmoid_gap = np.max(np.abs(g - x * sigmoid(1.702 * x)))
print(helpers.text("family.min", name="silu(x)", value=silu_min, at=silu_min_at))
print(helpers.text("family.gelu.sigmoid_gap", gap=sigmoid_gap))
""",
    ),
    md(
        "silu-after",
        ja=r"""
SiLU の最小値は {{silu_min:.4f}}（$x = {{silu_min_at:.2f}}$）で、GELU の谷（{{gelu_min:.4f}}）より深くなっています。
$x\,\sigma(1.702\,x)$ と GELU の差は最大 {{sigmoid_gap:.1e}} で、tanh 近似の差（{{tanh_gap:.1e}}）より大きく、粗い近似です。
""",
        en=r"""
SiLU's minimum is {{silu_min:.4f}} (at $x = {{silu_min_at:.2f}}$), a deeper dip than GELU's ({{gelu_min:.4f}}). The
approximation $x\,\sigma(1.702\,x)$ is up to {{sigmoid_gap:.1e}} away from GELU, more than the tanh approximation
({{tanh_gap:.1e}}): it is the coarser of the two.
""",
    ),
    md(
        "softplus",
        ja=r"""
## Softplus：ReLU をなめらかにした関数

$$
\mathrm{softplus}(x) = \log\bigl(1 + e^{x}\bigr)
\qquad
\mathrm{softplus}'(x) = \frac{e^{x}}{1 + e^{x}} = \sigma(x)
$$

Softplus は、Dugas, Bengio, Bélisle, Nadeau & Garcia (2001)「Incorporating Second-Order Functional Knowledge for Better
Option Pricing」（Advances in Neural Information Processing Systems 13）がこの名前で使った関数です。どこでも微分でき、
導関数はちょうどシグモイド関数 $\sigma$ です。$|x|$ が大きいところでは ReLU とほとんど同じで、その差は

$$
\mathrm{softplus}(x) - \mathrm{relu}(x) = \log\bigl(1 + e^{-|x|}\bigr)
$$

です。その代わり、出力は数学的にはちょうど 0 になることがなく（たとえば $x = 0$ では、ReLU の 0 に対して $\log 2$ です）、ReLU の出力のまばらさ
（スパース性：多くの出力がちょうど 0 になる性質）は失われます。

式のとおりに `np.log(1 + np.exp(x))` と書くと、$x$ が大きな正の値のときと、絶対値の大きな負の値のときに、困ったことが起こります。まず次の演習で、$x = -40$ と $x = 1000$ で何が返るかを予想してみましょう。
""",
        en=r"""
## Softplus: ReLU made smooth

$$
\mathrm{softplus}(x) = \log\bigl(1 + e^{x}\bigr)
\qquad
\mathrm{softplus}'(x) = \frac{e^{x}}{1 + e^{x}} = \sigma(x)
$$

Dugas, Bengio, Bélisle, Nadeau & Garcia (2001), "Incorporating Second-Order Functional Knowledge for Better Option
Pricing" (Advances in Neural Information Processing Systems 13), used this function under the name softplus. It is
differentiable everywhere, and its derivative is exactly the sigmoid $\sigma$. For large $|x|$ it is almost ReLU:
the gap is

$$
\mathrm{softplus}(x) - \mathrm{relu}(x) = \log\bigl(1 + e^{-|x|}\bigr).
$$

The price is that, in exact arithmetic, its output is never exactly 0 (at $x = 0$, for instance, it is $\log 2$
where ReLU gives 0), so the sparsity of ReLU's outputs (many of them exactly 0) is lost.

Written straight from the formula as `np.log(1 + np.exp(x))`, Softplus runs into trouble at both ends. First, in the
next exercise, predict what it gives at $x = -40$ and $x = 1000$.
""",
    ),
    *exercise("softplus_overflow"),
    code(
        "softplus-overflow",
        """
with np.errstate(over="ignore"):  # オーバーフローの警告は出さずに、値だけを見る || look at the values only, without the overflow warning
    for v in [-40.0, 1000.0]:
        print(f"np.log(1 + np.exp({v})) = {np.log(1 + np.exp(v))}   helpers.softplus({v}) = {helpers.softplus(v)}")
overflow_at = np.log(np.finfo(np.float64).max)  # これより大きい x では e^x が float64 に収まらない || e^x does not fit in a float64 above this x
print("np.finfo(np.float64).eps =", np.finfo(np.float64).eps, "  np.log(np.finfo(np.float64).max) =", overflow_at)
""",
    ),
    md(
        "softplus-stable",
        ja=r"""
式のとおりの書き方は、両端で破綻します。$x = -40$ では、$e^{-40}$（およそ {{np.exp(-40.0):.1e}}）が、1 と、float64 で 1 の次に大きい数との差
（`np.finfo(np.float64).eps`、{{np.finfo(np.float64).eps:.1e}}）よりずっと小さいので、$1 + e^{x}$ がちょうど 1 に丸められ、対数は 0 になります。
$x$ が約 {{overflow_at:.2f}} を超えると、$e^{x}$ は float64 で表せる最大の数を超えてオーバーフローし、`np.exp` は `inf`（無限大）を返します。
その対数も `inf` なので、$x = 1000$ では、本当の値はほぼ 1000 なのに `inf` が返ります。`helpers.softplus` は、どちらも起こらないように書かれています。
`np.logaddexp(0, x)` を呼び出していて、この関数は $\log(e^0 + e^x)$ を、オーバーフローすることも桁が失われることもなく計算します。
同じことは、上の差の式を使って自分でも書けます。$\mathrm{softplus}(x) = \max(x, 0) + \log\bigl(1 + e^{-|x|}\bigr)$ とすれば、
指数関数に渡すのはいつも 0 以下の数なのでオーバーフローしません。さらに $\log(1 + y)$ を `np.log1p(y)` で計算すれば、小さな $y$ の桁も失われません。この節の最後の演習で、自分で書いてみます。
""",
        en=r"""
The formula as written breaks down at both ends. At $x = -40$, $e^{-40}$ (about {{np.exp(-40.0):.1e}}) is far below the
gap between 1 and the next larger float64 (`np.finfo(np.float64).eps`, {{np.finfo(np.float64).eps:.1e}}), so $1 + e^{x}$ rounds to exactly 1 and its
logarithm is 0. Above $x \approx {{overflow_at:.2f}}$, $e^{x}$ exceeds the largest number a float64 can hold, and
`np.exp` returns `inf` (infinity); its logarithm is `inf` too, so at $x = 1000$, where the true value is almost exactly
1000, the formula returns `inf`. `helpers.softplus` is written so that neither happens: it calls `np.logaddexp(0, x)`, which computes
$\log(e^0 + e^x)$ without overflowing or losing digits. You can do the same by hand with the gap formula above: with
$\mathrm{softplus}(x) = \max(x, 0) + \log\bigl(1 + e^{-|x|}\bigr)$, the exponential only ever receives numbers at
or below 0, so nothing overflows; computing $\log(1 + y)$ as `np.log1p(y)` keeps the digits of a small $y$ as well. You
write such a version yourself in the exercise at the end of this section.
""",
    ),
    code(
        "softplus-plot",
        """
label = helpers.text("family.softplus")
show(helpers.softplus, helpers.softplus_grad, label,
     helpers.text("family.alt.softplus", name=label, at0=helpers.softplus(0.0)))
print("softplus(0.0) =", helpers.softplus(0.0), "  log(2) =", np.log(2))
for v in [5.0, 10.0, 20.0, 1000.0]:
    print(f"softplus({v}) - relu({v}) = {helpers.softplus(v) - helpers.relu(v):.3e}")
for v in [-709.0, -710.0]:  # σ(x) = 1 / (1 + e^{-x}) の e^{-x} がオーバーフローする境目の両側 || either side of where e^{-x} in σ(x) = 1 / (1 + e^{-x}) overflows
    print(f"softplus_grad({v}) = {helpers.softplus_grad(v)}")
""",
    ),
    md(
        "softplus-after",
        ja=r"""
差 $\mathrm{softplus}(x) - \mathrm{relu}(x)$ は、$x$ が大きくなると急速に小さくなり、$x = 1000$ では float64 で 0 になります。
導関数 $\sigma(x)$ は数学的にはどこでも正ですが、`helpers.softplus_grad`（SciPy の `expit`）は
$x$ が約 {{-overflow_at:.0f}} より小さいと、ちょうど 0 を返します。$\sigma(x) = 1 / (1 + e^{-x})$ の $e^{-x}$ がオーバーフローするからです。
""",
        en=r"""
The gap $\mathrm{softplus}(x) - \mathrm{relu}(x)$ shrinks quickly as $x$ grows and is 0 in float64 at $x = 1000$.
The derivative $\sigma(x)$ is positive everywhere in exact arithmetic, but `helpers.softplus_grad` (SciPy's `expit`)
returns exactly 0 below about $x = {{-overflow_at:.0f}}$, because $e^{-x}$ in $\sigma(x) = 1 / (1 + e^{-x})$ overflows
there.
""",
    ),
    *exercise("softplus"),
    md(
        "compare-intro",
        ja=r"""
## 並べて比べる

次の図では、すべての関数を重ねて描きます。$x$ が大きな正の値のところでは、どれも $x$ と同じか、$x$ に近づきます。違いは負の側と 0 の近くに集まっています。
""",
        en=r"""
## Side by side

The next figure shows all of them together. For large positive $x$ they all equal $x$ or approach it; they differ on
the negative side and near 0.
""",
    ),
    code(
        "compare-plot",
        """
family = {
    "relu": (helpers.text("family.relu"), helpers.relu, helpers.relu_grad),
    "prelu": (helpers.text("family.prelu", alpha=0.25), helpers.prelu, helpers.prelu_grad),
    "elu": (helpers.text("family.elu", alpha=1.0), helpers.elu, helpers.elu_grad),
    "gelu": (helpers.text("family.gelu"), helpers.gelu, helpers.gelu_grad),
    "gelu_tanh": (helpers.text("family.gelu_tanh"), lambda v: helpers.gelu(v, approximate="tanh"),
                  lambda v: helpers.gelu_grad(v, approximate="tanh")),
    "silu": (helpers.text("family.silu"), helpers.silu, helpers.silu_grad),
    "softplus": (helpers.text("family.softplus"), helpers.softplus, helpers.softplus_grad),
}
labels = [label for label, _, _ in family.values()]
fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(12, 4.2), layout="constrained")
# 線は色と線の種類の両方で区別される（helpers.plot が割り当てる） || the curves differ in colour and in line style (helpers.plot assigns both)
helpers.plot(x, [f(x) for _, f, _ in family.values()], labels=labels, ax=ax_f, title=helpers.text("family.title.all"))
helpers.plot(x, [df(x) for _, _, df in family.values()], labels=labels, ax=ax_d, ylabel=helpers.text("plot.dy"),
             title=helpers.text("family.title.all_derivatives"))
ax_f.set_ylim(-1.5, 4.0)
helpers.show(fig, helpers.text("family.alt.all", names=helpers.text("family.list_sep").join(labels)))
""",
    ),
    md(
        "table-intro",
        ja=r"""
## 改善する点と代償

グラフから受けた印象を、数字で確かめます。表の数字はすべて次のセルで計算します。各列は次のとおりです。

- **$x = -3$ での勾配**：0 なら、活性化前の値がいつも負のニューロンは学習が止まります。
- **0 での傾きの跳び**：$|f'(h) - f'(-h)|$（$h = 10^{-9}$）です。折れ曲がる関数では跳びの大きさ（ReLU では 1、PReLU では $1 - \alpha$）になり、
  導関数が連続な関数では $h$ と同じくらいの小さな数になります。
- **最小値**：$[-4, 4]$ の格子上での最小値です。負の値をとるかどうかがわかります。ただし、格子上の最小値だけでは、下に有界かどうかはわかりません。
  たとえば PReLU は格子の左端 $x = -4$ で最小になりますが、実際には下に有界ではありません。
- **中心差分との最大差**：`helpers` の導関数と、第2章の中心差分との差の最大値です。$|x| \le 0.01$ の点は除きます。
  この差が小さければ、導関数の実装は正しいと考えてよいでしょう。
""",
        en=r"""
## What each one fixes, and what it costs

We now test what the graphs suggest with numbers. All of them are computed in the next cell, whose table has these
columns:

- **slope at $x = -3$**: if it is 0, a neuron whose pre-activation is always negative stops learning.
- **jump in slope at 0**: $|f'(h) - f'(-h)|$ with $h = 10^{-9}$. A function with a kink gives the size of the jump (1
  for ReLU, $1 - \alpha$ for PReLU); a function whose derivative is continuous gives a number of the order of $h$.
- **minimum**: the smallest value on the grid $[-4, 4]$. It shows whether the function takes negative values. On its
  own it cannot show whether the function is bounded below: PReLU takes its minimum at the grid's left end, $x = -4$,
  and has no lower bound.
- **largest gap to the central difference**: the largest difference between the derivative in `helpers` and the
  central difference of Chapter 2, leaving out the points with $|x| \le 0.01$. A small gap is good evidence that the
  derivative is implemented correctly.
""",
    ),
    code(
        "family-table",
        """
h = 1e-9
away = x[np.abs(x) > 0.01]  # 0 のすぐ近く（|x| <= 0.01）は除く || leave out the points right next to 0 (|x| <= 0.01)
slope, jump, low, error = {}, {}, {}, {}
for key, (_, f, df) in family.items():
    slope[key] = df(-3.0)
    jump[key] = abs(df(h) - df(-h))
    low[key] = np.min(f(x))
    error[key] = np.max(np.abs(df(away) - helpers.numerical_derivative(f, away)))
columns = ["function", "grad_at_minus3", "jump", "minimum", "max_error"]
rows = [[label, f"{slope[k]:.4f}", f"{jump[k]:.1e}", f"{low[k]:.4f}", f"{error[k]:.1e}"]
        for k, (label, _, _) in family.items()]
print(helpers.timing.format_table([helpers.text(f"family.table.{c}") for c in columns], rows))
""",
    ),
    md(
        "cost-intro",
        ja=r"""
計算の重さも測ります。$10^6$ 個の数に各関数を適用した時間を、ReLU の時間の何倍かで表します（時間の測り方は第6章で詳しく見ます）。
最後の行は、ELU が指数関数に渡すのと同じ数に `np.expm1` だけを適用した時間で、ELU の時間のうちどれだけが指数関数の計算なのかを示します。
時間は計算機の性能や、同時に動いているほかの処理の負荷で変わるので、この出力は、表の下の二つの文も含めて、
ノートブックを実行するたびに変わります。二つの文は、その回の測定結果に合うものが選ばれて表示されます。
""",
        en=r"""
We also measure the cost: the time to apply each function to $10^6$ numbers, as a multiple of ReLU's time (Chapter 6
looks at how to time code). The last row times `np.expm1` alone on the numbers ELU passes to the exponential, which
shows how much of ELU's time the exponential takes. Times depend on the machine and on what else it is doing, so this
output, including the two sentences below the table, changes every time the notebook runs; the two sentences are
chosen to match that run's measurement.
""",
    ),
    code(
        "family-cost",
        """
z = np.random.default_rng(0).standard_normal(10**6)
z_neg = np.minimum(z, 0)  # ELU が np.expm1 に渡す数 || the numbers ELU passes to np.expm1
timed = {label: (lambda f=f: f(z)) for label, f, _ in family.values()}
expm1_alone = helpers.text("family.cost.expm1_only")
timed[expm1_alone] = lambda: np.expm1(z_neg)
times = helpers.timing.compare(timed, repeat=5)
print(helpers.family.cost_table(times, baseline=labels[0]))
print()
costly = [family[k][0] for k in ["elu", "gelu", "gelu_tanh", "silu", "softplus"]]
for sentence in helpers.family.cost_verdicts(times, labels[0], family["prelu"][0], costly, expm1_alone,
                                             family["elu"][0]):
    print(sentence)
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "fix-cost-table",
        ja=r"""
まとめると次のようになります。計算にかかる時間については、上で測った比を見てください。

| 関数 | 改善する点 | 代償 |
|---|---|---|
| PReLU | 負の側でも勾配が 0 にならない点（傾き $\alpha$）。$\alpha$ をデータから学習できる点 | パラメータが増える点（チャネルごとに 1 個、または層で 1 個）。0 での折れ曲がりが残る点 |
| ELU | 負の側にも勾配が残る点。負の出力で平均が 0 に近づく点。$\alpha = 1$ なら導関数が連続になる点 | 指数関数の計算。絶対値の大きな負の入力で飽和し、勾配が小さくなる点 |
| GELU | 折れ曲がりがなく、どこでもなめらかな点 | erf（または tanh）の計算。単調でなく、負の側に小さな谷がある点 |
| SiLU | GELU と同じく、どこでもなめらかな点 | 指数関数の計算。単調でなく、負の側に谷がある点 |
| Softplus | どこでもなめらかで、勾配が数学的にはどこでも正である点（`helpers.softplus_grad` は $x$ が約 {{-overflow_at:.0f}} より小さいと 0 を返します） | 出力が（数学的には）ちょうど 0 にならず、まばらさ（スパース性）が失われる点。指数関数と対数の計算 |

上で出力した数字の表の「$x = -3$ での勾配」の列で 0 なのは ReLU だけです。GELU（{{slope['gelu']:.4f}}）と SiLU（{{slope['silu']:.4f}}）は負の値です。
$x = -3$ から右へ進むと、どちらもまだ谷の最小値に向かって下がっていくからで、単調でないことの表れです。
「0 での傾きの跳び」は、ReLU（{{jump['relu']:.2f}}）と PReLU（{{jump['prelu']:.2f}}）では跳びの大きさそのもので、
ELU（$\alpha = 1$）・GELU・SiLU・Softplus では $h$ と同じくらいの小ささです。
""",
        en=r"""
The table below sums this up. For the time each computation takes, see the ratios measured above.

| function | fixes | costs |
|---|---|---|
| PReLU | no zero gradient on the negative side, where the slope is $\alpha$; $\alpha$ is learned from the data | more parameters (one per channel, or one per layer); the kink at 0 stays |
| ELU | a gradient on the negative side; negative outputs pull the mean towards 0; for $\alpha = 1$ a continuous derivative | an exponential; it saturates for very negative inputs, where the gradient becomes small |
| GELU | no kink: smooth everywhere | erf (or tanh); not monotonic, with a small dip on the negative side |
| SiLU | smooth everywhere, like GELU | an exponential; not monotonic, with a dip on the negative side |
| Softplus | smooth everywhere; the gradient is positive everywhere in exact arithmetic (`helpers.softplus_grad` returns 0 below about $x = {{-overflow_at:.0f}}$) | outputs are never exactly 0 (in exact arithmetic), so ReLU's sparsity is lost; an exponential and a logarithm |

In the "slope at $x = -3$" column of the table of numbers printed above, only ReLU has 0. GELU ({{slope['gelu']:.4f}}) and SiLU ({{slope['silu']:.4f}}) have
negative slopes: going right from $x = -3$, both still fall towards the bottom of their dip, which is how their
non-monotonicity shows. The "jump in slope at 0" is the size of the jump for ReLU ({{jump['relu']:.2f}}) and PReLU
({{jump['prelu']:.2f}}), and about as small as $h$ for ELU ($\alpha = 1$), GELU, SiLU and Softplus.
""",
    ),
    md(
        "prelu-learn-intro",
        ja=r"""
## PReLU の $\alpha$ を学習する

He ら (2015) と同じく $\alpha = 0.25$ から始めて、勾配降下法で $\alpha$ を学習させます。問題は小さくしておきます。
標準正規分布に従う入力 $x$ を 200 個生成し、目標 $y$ を「負の側の傾きが $\alpha = 0.1$ の PReLU の出力に、
標準偏差 0.05 の小さなノイズを加えたもの」とします。損失は平均二乗誤差
$L(\alpha) = \frac{1}{n}\sum_i \bigl(\mathrm{PReLU}_\alpha(x_i) - y_i\bigr)^2$ で、その勾配は

$$
\frac{dL}{d\alpha} = \frac{1}{n}\sum_i 2\,\bigl(\mathrm{PReLU}_\alpha(x_i) - y_i\bigr)\,\min(x_i, 0)
$$

です。`helpers.learn_prelu_alpha` は、更新 $\alpha \leftarrow \alpha - \eta\,\frac{dL}{d\alpha}$ を繰り返し
（$\eta$ は学習率で、下のコードでは 0.5 です）、初期値と各ステップ後の $\alpha$ を順に並べた配列を返します。この問題では $L$ が $\alpha$ の二次式なので、
最適な $\alpha$（最小二乗解）は式で求められます。$x_i > 0$ の項は $\alpha$ によらないので、

$$
\alpha^{*} = \frac{\sum_{x_i \le 0} x_i\,y_i}{\sum_{x_i \le 0} x_i^2}
$$

です。学習した値をこれと比べます。
""",
        en=r"""
## Learning PReLU's $\alpha$

As He et al. (2015) do, we start from $\alpha = 0.25$ and learn $\alpha$ by gradient descent, on a tiny problem. The
inputs are 200 values $x$ drawn from a standard normal distribution, and the targets $y$ are the outputs of a PReLU
whose negative slope is $\alpha = 0.1$, plus a little noise with standard deviation 0.05. The loss is the mean squared
error $L(\alpha) = \frac{1}{n}\sum_i \bigl(\mathrm{PReLU}_\alpha(x_i) - y_i\bigr)^2$, whose gradient is

$$
\frac{dL}{d\alpha} = \frac{1}{n}\sum_i 2\,\bigl(\mathrm{PReLU}_\alpha(x_i) - y_i\bigr)\,\min(x_i, 0).
$$

`helpers.learn_prelu_alpha` repeats the update $\alpha \leftarrow \alpha - \eta\,\frac{dL}{d\alpha}$ ($\eta$ is the
learning rate, 0.5 in the code below) and returns the value of $\alpha$ after every step, starting value first. Here $L$ is a quadratic function of
$\alpha$, so the best $\alpha$ (the least-squares solution) also has a formula. The terms with $x_i > 0$ do not
depend on $\alpha$, so

$$
\alpha^{*} = \frac{\sum_{x_i \le 0} x_i\,y_i}{\sum_{x_i \le 0} x_i^2}.
$$

We compare the learned value with it.
""",
    ),
    code(
        "prelu-learn",
        """
rng = np.random.default_rng(0)
xs = rng.standard_normal(200)
ys = helpers.prelu(xs, 0.1) + 0.05 * rng.standard_normal(200)

history = helpers.learn_prelu_alpha(xs, ys, alpha=0.25, lr=0.5, steps=30)
neg = xs <= 0
best = np.sum(xs[neg] * ys[neg]) / np.sum(xs[neg] ** 2)  # 最小二乗解 α*（上の式） || the least-squares α* (formula above)
shown = [0, 1, 2, 5, 10, 30]
print(helpers.text("family.alpha.history", steps=", ".join(map(str, shown)), values=np.round(history[shown], 4)))
print(helpers.text("family.alpha.result", learned=history[-1], best=best))
""",
    ),
    code(
        "prelu-learn-plot",
        """
fig, (ax_a, ax_fit) = plt.subplots(1, 2, figsize=(11, 3.6), layout="constrained")
steps = np.arange(len(history))
helpers.plot(steps, [history, np.full(len(history), best)],
             labels=[helpers.text("family.alpha.learned"), helpers.text("family.alpha.best")], styles=["o-", "--"],
             ax=ax_a, xlabel=helpers.text("family.alpha.step"), ylabel=helpers.text("family.alpha.value"),
             title=helpers.text("family.alpha.title", start=history[0]))
ax_fit.plot(xs, ys, ".", alpha=0.5, label=helpers.text("family.alpha.data"))
helpers.plot(x, helpers.prelu(x, history[-1]), labels=[helpers.text("family.alpha.fit")], ax=ax_fit)
helpers.show(fig, helpers.text("family.alt.prelu_learn", start=history[0], best=best, n=len(xs), learned=history[-1]))
""",
    ),
    md(
        "prelu-learn-after",
        ja=r"""
上の出力のとおり、$\alpha$ は {{history[0]}} からすばやく下がって最小二乗解に近づき、
{{len(history) - 1}} ステップ後には {{history[-1]:.4f}} になっています。最小二乗解 {{best:.4f}} と小数第 4 位まで一致します。
たどり着くのは、データを作ったときの 0.1 そのものではなく、ノイズの入った {{len(xs)}} 点に最もよく合う値です。
実際のネットワークでは、$\alpha$ は重みと一緒に学習され、損失が $\alpha$ の二次式になることもありません。
それでも、PReLU の $\alpha$ についての偏導関数 $\min(x, 0)$ が勾配に入るしくみは同じです。
""",
        en=r"""
As the output above shows, $\alpha$ falls quickly from {{history[0]}} towards the least-squares value and after
{{len(history) - 1}} steps it is {{history[-1]:.4f}}, equal to the least-squares value ({{best:.4f}}) to four
decimal places. It lands not on the 0.1 used to make the data but on the value that fits these {{len(xs)}} noisy points best. In a real network $\alpha$ is
learned together with the weights, and the loss is not a quadratic function of $\alpha$. The partial derivative of
PReLU with respect to $\alpha$, $\min(x, 0)$, still enters the gradient in the same way.
""",
    ),
    *exercise("prelu_alpha"),
    md(
        "summary",
        ja=r"""
## まとめ

- **PReLU** は、負の側の傾き $\alpha$ を学習する Leaky ReLU です（He ら (2015) は $\alpha = 0.25$ から始めます）。$\alpha$ についての偏導関数は $\min(x, 0)$ です。
- **ELU** は、負の側を $\alpha(e^x - 1)$ で曲げた関数です。$\alpha = 1$ なら、導関数が $x = 0$ で連続になります（値は 1）。
- **GELU** は $x\,\Phi(x)$ です。erf（`helpers.gelu` では erfc）で厳密に計算するか、tanh を使う近似で計算します。0 での傾きは {{helpers.gelu_grad(0.0)}} です。
- **SiLU**（Swish）は $x\,\sigma(x)$、**Softplus** は $\log(1 + e^x)$ で、Softplus の導関数はシグモイド関数 $\sigma$ です。
  Softplus を式のとおりに `np.log(1 + np.exp(x))` と書くと、大きな $x$ でオーバーフローし、絶対値の大きな負の $x$ では値が失われて 0 が返ります。
- なめらかさや負の側の勾配を得るために必要な計算は、関数によって違います。PReLU は比較と掛け算で済みますが、ELU・SiLU・Softplus は指数関数、
  GELU は erf か tanh を使います。その計算にどれだけ時間がかかるかは、上の測定が示しています（値は、測定に使った計算機でのものです）。

次の章では、ReLU 自体をどこまで速く計算できるのかを、計算機のメモリ帯域幅と比べて測ります。→ [第6章 NumPy の ReLU はなぜ速いのか](06_speed.ipynb)
""",
        en=r"""
## Summary

- **PReLU** is Leaky ReLU with a learned negative slope $\alpha$ (He et al. (2015) start from $\alpha = 0.25$); its
  partial derivative with respect to $\alpha$ is $\min(x, 0)$.
- **ELU** bends the negative side as $\alpha(e^x - 1)$; with $\alpha = 1$ its derivative is continuous at $x = 0$
  (where it is 1).
- **GELU** is $x\,\Phi(x)$. It is computed exactly with erf (erfc in `helpers.gelu`), or approximately with tanh, and
  its slope at 0 is {{helpers.gelu_grad(0.0)}}.
- **SiLU (Swish)** is $x\,\sigma(x)$; **Softplus** is $\log(1 + e^x)$, whose derivative is the sigmoid $\sigma$.
  Written straight from its formula as `np.log(1 + np.exp(x))`, Softplus overflows for large $x$ and loses its value
  (returns 0) for very negative $x$.
- The computation that buys smoothness or a gradient on the negative side differs from function to function: PReLU
  needs only a comparison and a multiplication; ELU, SiLU and Softplus need an exponential; GELU needs erf or tanh.
  The measurement above shows what that costs in time on the machine that ran it.

The next chapter asks how fast ReLU itself can be computed, and measures it against the machine's memory bandwidth. →
[Chapter 6: Why NumPy's ReLU is fast](06_speed.ipynb)
""",
    ),
    md(
        "references",
        ja=r"""
## 参考文献

この章で引用した論文と、$x = 0$ での導関数の値を確かめたソースコードです。

- Clevert, D.-A., Unterthiner, T. & Hochreiter, S. (2015). Fast and Accurate Deep Network Learning by Exponential
  Linear Units (ELUs). arXiv:1511.07289 (*International Conference on Learning Representations (ICLR 2016)*).
- Devlin, J., Chang, M.-W., Lee, K. & Toutanova, K. (2019). BERT: Pre-training of Deep Bidirectional Transformers for
  Language Understanding. *Proceedings of NAACL-HLT 2019*, 4171–4186. arXiv:1810.04805.
- Dugas, C., Bengio, Y., Bélisle, F., Nadeau, C. & Garcia, R. (2001). Incorporating Second-Order Functional Knowledge
  for Better Option Pricing. *Advances in Neural Information Processing Systems 13*, 472–478.
- Elfwing, S., Uchibe, E. & Doya, K. (2018). Sigmoid-Weighted Linear Units for Neural Network Function Approximation in
  Reinforcement Learning. *Neural Networks*, 107, 3–11. arXiv:1702.03118.
- He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving Deep into Rectifiers: Surpassing Human-Level Performance on
  ImageNet Classification. *Proceedings of the IEEE International Conference on Computer Vision (ICCV 2015)*,
  1026–1034. arXiv:1502.01852.
- Hendrycks, D. & Gimpel, K. (2016). Gaussian Error Linear Units (GELUs). arXiv:1606.08415.
- Ramachandran, P., Zoph, B. & Le, Q. V. (2017). Searching for Activation Functions. arXiv:1710.05941.
- PyTorch：`aten/src/ATen/native/cuda/ActivationEluKernel.cu`（`elu_backward_kernel`）、<https://github.com/pytorch/pytorch>。
- PyTorch：`aten/src/ATen/native/cpu/Activation.cpp`（`prelu_backward_kernel`）、<https://github.com/pytorch/pytorch>。
- JAX：`jax/_src/nn/functions.py`（`elu`）、<https://github.com/jax-ml/jax>。
""",
        en=r"""
## References

These are the papers this chapter cites and the source code in which the derivatives at $x = 0$ were checked.

- Clevert, D.-A., Unterthiner, T. & Hochreiter, S. (2015). Fast and Accurate Deep Network Learning by Exponential
  Linear Units (ELUs). arXiv:1511.07289 (*International Conference on Learning Representations (ICLR 2016)*).
- Devlin, J., Chang, M.-W., Lee, K. & Toutanova, K. (2019). BERT: Pre-training of Deep Bidirectional Transformers for
  Language Understanding. *Proceedings of NAACL-HLT 2019*, 4171–4186. arXiv:1810.04805.
- Dugas, C., Bengio, Y., Bélisle, F., Nadeau, C. & Garcia, R. (2001). Incorporating Second-Order Functional Knowledge
  for Better Option Pricing. *Advances in Neural Information Processing Systems 13*, 472–478.
- Elfwing, S., Uchibe, E. & Doya, K. (2018). Sigmoid-Weighted Linear Units for Neural Network Function Approximation in
  Reinforcement Learning. *Neural Networks*, 107, 3–11. arXiv:1702.03118.
- He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving Deep into Rectifiers: Surpassing Human-Level Performance on
  ImageNet Classification. *Proceedings of the IEEE International Conference on Computer Vision (ICCV 2015)*,
  1026–1034. arXiv:1502.01852.
- Hendrycks, D. & Gimpel, K. (2016). Gaussian Error Linear Units (GELUs). arXiv:1606.08415.
- Ramachandran, P., Zoph, B. & Le, Q. V. (2017). Searching for Activation Functions. arXiv:1710.05941.
- PyTorch: `aten/src/ATen/native/cuda/ActivationEluKernel.cu` (`elu_backward_kernel`), <https://github.com/pytorch/pytorch>.
- PyTorch: `aten/src/ATen/native/cpu/Activation.cpp` (`prelu_backward_kernel`), <https://github.com/pytorch/pytorch>.
- JAX: `jax/_src/nn/functions.py` (`elu`), <https://github.com/jax-ml/jax>.
""",
    ),
]
