"""Chapter 5: the ReLU family – PReLU, ELU, GELU, SiLU, Softplus, compared; PReLU's alpha learned; exercise elu."""

from cells import code, exercise, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# 第5章 ReLU の仲間たち

ReLU は軽くて強力ですが、弱点もあります。

- **負の側で勾配が 0**：負の入力ばかり受けるニューロンは学習が止まります（第3章の dying ReLU 問題）。
- **0 で折れ曲がる**：$x = 0$ で微分できず、導関数は 0 から 1 へ跳びます。
- **出力が 0 以上に偏る**：出力の平均が正になり、次の層の入力が偏ります。

第4章の Leaky ReLU は一つ目の弱点に手を入れました。この章では、よく使われるほかの仲間
**PReLU・ELU・GELU・SiLU・Softplus** を、式・グラフ・導関数で見比べます。それぞれが何を直し、代わりに何を払うのかを、
このノートブックの中で計算した数字で確かめます。最後に PReLU の $\alpha$ を勾配降下法で学習させ、ELU を自分で書く演習をします。
""",
        en=r"""
# Chapter 5: The ReLU family

ReLU is cheap and works well, but it has weak points:

- **Zero gradient on the negative side**: a neuron that only receives negative inputs stops learning (the dying ReLU
  problem of Chapter 3).
- **A kink at 0**: it is not differentiable at $x = 0$, where its derivative jumps from 0 to 1.
- **Outputs are never negative**: their mean is positive, which shifts the inputs of the next layer.

Leaky ReLU (Chapter 4) dealt with the first point. This chapter compares the other relatives you will meet in real
models, **PReLU, ELU, GELU, SiLU and Softplus**, by formula, graph and derivative, and checks with numbers computed in
this notebook what each one fixes and what it costs. At the end we learn PReLU's $\alpha$ by gradient descent, and you
write ELU yourself.
""",
    ),
    setup(imports="import functools\n\nimport numpy as np\nimport matplotlib.pyplot as plt"),
    md(
        "show-intro",
        ja=r"""
各関数を、左に関数そのもの、右に導関数という二枚のグラフで描きます。比べやすいように、点線で ReLU も重ねます。
この章でしか使わない小さな関数 `show` を用意しておきます。関数の実装と導関数はすべて `helpers` にあり、
テストで中心差分や既知の値と照らし合わせてあります。
""",
        en=r"""
Each function gets two graphs: the function itself on the left and its derivative on the right, with ReLU dotted
behind for comparison. A small function `show`, used only in this chapter, draws them. The functions and their
derivatives all live in `helpers`, where tests check them against central differences and known values.
""",
    ),
    code(
        "show",
        """
x = helpers.x_grid(4.0)


def show(f, df, label):
    # 左に関数、右に導関数。点線は比較用の ReLU || the function on the left, its derivative on the right; ReLU dotted for comparison
    fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(10, 3.4), layout="constrained")
    names = [helpers.text("family.relu"), label]
    helpers.plot(x, [helpers.relu(x), f(x)], labels=names, styles=[":", "-"], ax=ax_f,
                 title=helpers.text("family.title.function", name=label))
    helpers.plot(x, [helpers.relu_grad(x), df(x)], labels=names, styles=[":", "-"], ax=ax_d,
                 ylabel=helpers.text("plot.dy"), title=helpers.text("family.title.derivative", name=label))
    plt.show()
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

PReLU（パラメトリック ReLU）の形は Leaky ReLU と同じですが、$\alpha$ を手で決めずに、重みと一緒に誤差逆伝播法で **学習** します
（He, Zhang, Ren & Sun 2015, "Delving Deep into Rectifiers"）。この論文ではチャネルごとに別の $\alpha$ を持たせ、
初期値を 0.25 にしています。$x$ についての導関数は $x > 0$ で 1、$x \le 0$ で $\alpha$（$x = 0$ では PyTorch と同じく左側の $\alpha$）、
$\alpha$ についての導関数は $\min(x, 0)$ です。0 での折れ曲がりは残ります。
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

It has the shape of Leaky ReLU, but $\alpha$ is not chosen by hand: it is **learned** by backpropagation along with
the weights (He, Zhang, Ren & Sun 2015, "Delving Deep into Rectifiers"), one $\alpha$ per channel, starting from
0.25. The derivative with respect to $x$ is 1 for $x > 0$ and $\alpha$ for $x \le 0$ (at $x = 0$ the left-hand
$\alpha$, as in PyTorch); with respect to $\alpha$ it is $\min(x, 0)$. The kink at 0 stays.
""",
    ),
    code(
        "prelu-plot",
        """
alpha = 0.25
show(lambda v: helpers.prelu(v, alpha), lambda v: helpers.prelu_grad(v, alpha), helpers.text("family.prelu", alpha=alpha))
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

Clevert, Unterthiner & Hochreiter (2015, "Fast and Accurate Deep Network Learning by Exponential Linear Units") の関数です。
負の出力があるので出力の平均が 0 に近づき、負の側にも勾配が残ります。負の大きな入力では $-\alpha$ に張り付き（飽和し）、
勾配は小さくなります。負の側は指数関数を使うので、ReLU より計算が重くなります。$\alpha = 1$ のとき、0 の左右で傾きがどちらも 1 になり、
導関数がつながります。
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

From Clevert, Unterthiner & Hochreiter (2015, "Fast and Accurate Deep Network Learning by Exponential Linear Units").
Negative outputs pull the mean output towards 0, and the negative side keeps a gradient. For very negative inputs ELU
levels off (saturates) at $-\alpha$, where its gradient becomes small, and the negative side needs an exponential,
which costs more than ReLU's comparison. With $\alpha = 1$ the slopes on both sides of 0 are 1, so the derivative has
no jump.
""",
    ),
    code(
        "elu-plot",
        """
show(helpers.elu, helpers.elu_grad, helpers.text("family.elu", alpha=1.0))
""",
    ),
    md(
        "elu-zero-intro",
        ja=r"""
0 の左右の傾きを、第2章の後退差分と前進差分で確かめます。$\alpha = 1$ なら両側とも 1、$\alpha = 0.5$ なら左が 0.5 で右が 1 です。
`helpers.elu_grad(0.0)` は、PyTorch や JAX と同じく左側の値 $\alpha$ を返します。
""",
        en=r"""
We check the slopes on both sides of 0 with the backward and forward differences of Chapter 2. With $\alpha = 1$ both
are 1; with $\alpha = 0.5$ the left one is 0.5 and the right one 1. `helpers.elu_grad(0.0)` returns the left-hand
value $\alpha$, as PyTorch and JAX do.
""",
    ),
    code(
        "elu-at-zero",
        """
for a in [1.0, 0.5]:
    f = functools.partial(helpers.elu, alpha=a)
    left = helpers.numerical_derivative(f, 0.0, h=1e-6, kind="backward")
    right = helpers.numerical_derivative(f, 0.0, h=1e-6, kind="forward")
    print(f"alpha={a}: backward {left:.6f}, forward {right:.6f}, helpers.elu_grad(0.0, alpha={a}) = {helpers.elu_grad(0.0, alpha=a)}")
""",
    ),
    md(
        "gelu",
        ja=r"""
## GELU：入力を「正規分布の確率」で重み付けする

$$
\mathrm{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left[1 + \mathrm{erf}\!\left(\frac{x}{\sqrt{2}}\right)\right]
$$

$\Phi$ は標準正規分布の累積分布関数です。ReLU が $x$ に「0 か 1」を掛けるのに対して、GELU は「標準正規分布に従う値が $x$ より小さい確率」を
掛けます（Hendrycks & Gimpel 2016, "Gaussian Error Linear Units (GELUs)"）。BERT（Devlin et al. 2019）が使い、
Transformer の定番になりました。同じ論文に tanh を使う近似

$$
\mathrm{GELU}(x) \approx \frac{x}{2}\left[1 + \tanh\!\left(\sqrt{2/\pi}\,\bigl(x + 0.044715\,x^3\bigr)\right)\right]
$$

もあり、PyTorch では `approximate="tanh"` で選びます。numpy には誤差関数 erf がないので、`helpers.gelu` は
`scipy.special` の erfc を使います（左の裾で桁落ちしないため）。GELU はどこでもなめらかですが、単調ではありません。
""",
        en=r"""
## GELU: weight the input by a normal probability

$$
\mathrm{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left[1 + \mathrm{erf}\!\left(\frac{x}{\sqrt{2}}\right)\right]
$$

$\Phi$ is the cumulative distribution function of the standard normal distribution. Where ReLU multiplies $x$ by 0 or
1, GELU multiplies it by the probability that a standard normal value is below $x$ (Hendrycks & Gimpel 2016,
"Gaussian Error Linear Units (GELUs)"). BERT (Devlin et al. 2019) uses it, and it became the usual choice in
Transformers. The same paper gives a tanh approximation,

$$
\mathrm{GELU}(x) \approx \frac{x}{2}\left[1 + \tanh\!\left(\sqrt{2/\pi}\,\bigl(x + 0.044715\,x^3\bigr)\right)\right],
$$

which PyTorch selects with `approximate="tanh"`. numpy has no error function, so `helpers.gelu` uses erfc from
`scipy.special` (erfc keeps its digits in the left tail). GELU is smooth everywhere, but it is not monotonic.
""",
    ),
    code(
        "gelu-plot",
        """
show(helpers.gelu, helpers.gelu_grad, helpers.text("family.gelu"))
""",
    ),
    code(
        "gelu-facts",
        """
g = helpers.gelu(x)
i = np.argmin(g)
print(f"min gelu(x) = {g[i]:.4f} at x = {x[i]:.2f}")
print(f"max |gelu(x) - gelu(x, 'tanh')| = {np.max(np.abs(g - helpers.gelu(x, approximate='tanh'))):.1e}")
print(f"gelu_grad(0.0) = {helpers.gelu_grad(0.0)}, gelu_grad(0.0, 'tanh') = {helpers.gelu_grad(0.0, approximate='tanh')}")
""",
    ),
    md(
        "gelu-facts-after",
        ja=r"""
GELU は負の側で一度 0 より下がってから 0 に戻ります（上の最小値）。tanh 近似との差は、グラフでは見分けられないほど小さく、
0 での傾きはどちらも 0.5 です。
""",
        en=r"""
GELU dips below 0 on the negative side before returning to 0 (the minimum above). The tanh approximation differs
from the exact form by far less than a graph can show, and both have slope 0.5 at 0.
""",
    ),
    md(
        "silu",
        ja=r"""
## SiLU（Swish）：シグモイドで重み付けする

$$
\mathrm{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}
\qquad
\mathrm{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)
$$

GELU の $\Phi$ をシグモイド関数 $\sigma$ に替えた形です。Elfwing, Uchibe & Doya (2018) が SiLU と呼び、
Ramachandran, Zoph & Le (2017, "Searching for Activation Functions") が自動探索で見つけて Swish と名付けました。
GELU と同じくなめらかで、単調ではありません。Hendrycks & Gimpel は $\mathrm{GELU}(x) \approx x\,\sigma(1.702\,x)$ という近似も挙げています（下の出力のとおり、tanh 近似よりは粗い近似です）。
""",
        en=r"""
## SiLU (Swish): weight the input by a sigmoid

$$
\mathrm{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}
\qquad
\mathrm{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)
$$

GELU with the sigmoid $\sigma$ in place of $\Phi$. Elfwing, Uchibe & Doya (2018) called it SiLU; Ramachandran, Zoph &
Le (2017, "Searching for Activation Functions") found it by automated search and named it Swish. Like GELU it is
smooth and not monotonic. Hendrycks & Gimpel also give the approximation $\mathrm{GELU}(x) \approx x\,\sigma(1.702\,x)$, a coarser one than the tanh form, as the output below shows.
""",
    ),
    code(
        "silu-plot",
        """
show(helpers.silu, helpers.silu_grad, helpers.text("family.silu"))
s = helpers.silu(x)
i = np.argmin(s)
print(f"min silu(x) = {s[i]:.4f} at x = {x[i]:.2f}")
print(f"max |gelu(x) - x * sigmoid(1.702 x)| = {np.max(np.abs(g - x * helpers.softplus_grad(1.702 * x))):.1e}")
""",
    ),
    md(
        "softplus",
        ja=r"""
## Softplus：ReLU をなめらかにした関数

$$
\mathrm{softplus}(x) = \log\bigl(1 + e^{x}\bigr)
\qquad
\mathrm{softplus}'(x) = \sigma(x)
$$

（Dugas et al. 2001）。どこでも微分でき、導関数はちょうどシグモイド関数です。$|x|$ が大きいところでは ReLU とほとんど同じで、
差は $\log(1 + e^{-|x|})$ です。代わりに出力が 0 になることはなく（$\mathrm{softplus}(0) = \log 2$）、ReLU のまばらな出力は失われます。
`np.log(1 + np.exp(x))` と書くと $x$ が大きいとき $e^{x}$ があふれるので、`helpers.softplus` は `np.logaddexp(0, x)` で計算します。
""",
        en=r"""
## Softplus: ReLU made smooth

$$
\mathrm{softplus}(x) = \log\bigl(1 + e^{x}\bigr)
\qquad
\mathrm{softplus}'(x) = \sigma(x)
$$

(Dugas et al. 2001). It is differentiable everywhere and its derivative is exactly the sigmoid. For large $|x|$ it is
almost ReLU: the gap is $\log(1 + e^{-|x|})$. In exchange its output is never 0 ($\mathrm{softplus}(0) = \log 2$), so
ReLU's sparse outputs are gone. Written as `np.log(1 + np.exp(x))` it overflows for large $x$, so `helpers.softplus`
computes `np.logaddexp(0, x)`.
""",
    ),
    code(
        "softplus-plot",
        """
show(helpers.softplus, helpers.softplus_grad, helpers.text("family.softplus"))
print("softplus(0.0) =", helpers.softplus(0.0), " log(2) =", np.log(2))
for v in [5.0, 10.0, 20.0, 1000.0]:
    print(f"softplus({v}) - relu({v}) = {helpers.softplus(v) - helpers.relu(v):.3e}")
""",
    ),
    md(
        "compare-intro",
        ja=r"""
## 並べて比べる

すべてを一枚に重ねます。正の側はどれも $x$ に近づき、違いは負の側と 0 の近くに集まっています。
""",
        en=r"""
## Side by side

All of them in one figure. On the positive side they all approach $x$; the differences are on the negative side and
near 0.
""",
    ),
    code(
        "compare-plot",
        """
family = {
    helpers.text("family.relu"): (helpers.relu, helpers.relu_grad),
    helpers.text("family.prelu", alpha=0.25): (helpers.prelu, helpers.prelu_grad),
    helpers.text("family.elu", alpha=1.0): (helpers.elu, helpers.elu_grad),
    helpers.text("family.gelu"): (helpers.gelu, helpers.gelu_grad),
    helpers.text("family.gelu_tanh"): (lambda v: helpers.gelu(v, approximate="tanh"),
                                      lambda v: helpers.gelu_grad(v, approximate="tanh")),
    helpers.text("family.silu"): (helpers.silu, helpers.silu_grad),
    helpers.text("family.softplus"): (helpers.softplus, helpers.softplus_grad),
}
styles = ["k:", "-", "-", "-", "--", "-", "-"]
fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(12, 4.2), layout="constrained")
helpers.plot(x, [f(x) for f, _ in family.values()], labels=list(family), styles=styles, ax=ax_f,
             title=helpers.text("family.title.all"))
helpers.plot(x, [df(x) for _, df in family.values()], labels=list(family), styles=styles, ax=ax_d,
             ylabel=helpers.text("plot.dy"), title=helpers.text("family.title.all_derivatives"))
ax_f.set_ylim(-1.5, 4.0)
plt.show()
""",
    ),
    md(
        "table-intro",
        ja=r"""
## 何を直し、何を払うのか

見た目の印象を数字で確かめます。次の表はすべてこのセルで計算しています。

- **x=-3 での勾配**：0 なら、負の入力ばかりのニューロンは学習が止まります。
- **0 での傾きの跳び**：$|f'(h) - f'(-h)|$（$h = 10^{-9}$）。折れ曲がる関数では 0.1 程度以上、なめらかな関数では $h$ 程度の小ささになります。
- **最小値**：$[-4, 4]$ の格子上の最小値。負の値があるか、下に有界か。
- **中心差分との最大差**：`helpers` の導関数と、第2章の中心差分との最大の差（0 のすぐ近くは除く）。小さければ導関数の実装は正しいと言えます。
""",
        en=r"""
## What each one fixes, and what it costs

We check the impressions from the graphs with numbers, all computed in the next cell:

- **slope at x=-3**: if it is 0, a neuron that only sees negative inputs stops learning.
- **jump of slope at 0**: $|f'(h) - f'(-h)|$ with $h = 10^{-9}$. A function with a kink gives 0.1 or more; a smooth
  one gives something as small as $h$.
- **minimum**: the smallest value on the grid $[-4, 4]$: are there negative outputs, is the function bounded below?
- **max gap to central diff.**: the largest difference between the derivative in `helpers` and the central difference
  of Chapter 2 (points right next to 0 left out). A small gap says the derivative is implemented correctly.
""",
    ),
    code(
        "family-table",
        """
h = 1e-9
away = x[np.abs(x) > 0.01]
rows = []
for name, (f, df) in family.items():
    slope = df(-3.0)
    jump = abs(df(h) - df(-h))
    low = np.min(f(x))
    error = np.max(np.abs(df(away) - helpers.numerical_derivative(f, away)))
    rows.append([name, f"{slope:.4f}", f"{jump:.1e}", f"{low:.4f}", f"{error:.1e}"])
columns = ["function", "grad_at_minus3", "jump", "minimum", "max_error"]
print(helpers.timing.format_table([helpers.text(f"family.table.{c}") for c in columns], rows))
""",
    ),
    md(
        "cost-intro",
        ja=r"""
計算の重さも測ります。$10^6$ 個の数に各関数を適用した時間を、ReLU の時間との比で表します（測り方は第6章で詳しく見ます）。
時間は計算機や混み具合で変わるので、この出力はノートブックを実行するたびに変わります。
""",
        en=r"""
We also measure the cost: the time to apply each function to $10^6$ numbers, as a ratio to ReLU's time (Chapter 6
looks at how to time code). Times depend on the machine and on what else it is doing, so this output changes every
time the notebook runs.
""",
    ),
    code(
        "family-cost",
        """
z = np.random.default_rng(0).standard_normal(10**6)
times = helpers.timing.compare({name: (lambda f=f: f(z)) for name, (f, _) in family.items()}, repeat=5)
print(helpers.timing.table(times, baseline=helpers.text("family.relu")))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "fix-cost-table",
        ja=r"""
まとめると次のようになります（「計算の重さ」は上で測った比を見てください）。

| 関数 | 直すこと | 払うもの |
|---|---|---|
| PReLU | 負の側の勾配 0（傾き $\alpha$ が残る）。$\alpha$ はデータから決まる | チャネルごとにパラメータが増える。0 での折れ曲がりは残る |
| ELU | 負の側の勾配 0。負の出力で平均が 0 に近づく。$\alpha = 1$ なら導関数が跳ばない | 指数関数の計算。負の大きな入力では飽和して勾配が小さい |
| GELU | 折れ曲がりがなく、どこでもなめらか | erf（または tanh）の計算。単調でなく、負の側に小さな谷がある |
| SiLU | GELU と同じくなめらか | 指数関数の計算。単調でない |
| Softplus | どこでもなめらかで、勾配が正確に 0 になることはない | 出力が 0 にならず、まばらさがなくなる。指数関数と対数の計算 |

表の「x=-3 での勾配」の列では、ReLU だけが 0 です。「0 での傾きの跳び」は、ReLU と PReLU では大きく、
ELU（$\alpha = 1$）・GELU・SiLU・Softplus では $h$ と同じくらい小さくなっています。
""",
        en=r"""
In short (for the cost, read the ratios measured above):

| function | fixes | costs |
|---|---|---|
| PReLU | zero gradient on the negative side (slope $\alpha$ stays); $\alpha$ is set by the data | one more parameter per channel; the kink at 0 stays |
| ELU | zero gradient on the negative side; negative outputs pull the mean towards 0; no jump in the derivative for $\alpha = 1$ | an exponential; saturates for very negative inputs, where the gradient becomes small |
| GELU | no kink: smooth everywhere | erf (or tanh); not monotonic, a small dip on the negative side |
| SiLU | smooth, like GELU | an exponential; not monotonic |
| Softplus | smooth everywhere, the gradient is never exactly 0 | outputs are never 0, so no sparsity; an exponential and a logarithm |

In the "slope at x=-3" column only ReLU has 0. The "jump of slope at 0" is large for ReLU and PReLU, and about as small
as $h$ for ELU ($\alpha = 1$), GELU, SiLU and Softplus.
""",
    ),
    md(
        "prelu-learn-intro",
        ja=r"""
## PReLU の $\alpha$ を学習する

He et al. (2015) と同じく $\alpha = 0.25$ から始め、勾配降下法で $\alpha$ を学習させます。問題は小さくしておきます。
入力 $x$ を標準正規分布から 200 個取り、目標を「傾き 0.1 の PReLU の出力＋小さなノイズ」とします。
損失は平均二乗誤差 $L(\alpha) = \frac{1}{n}\sum_i \bigl(\mathrm{PReLU}_\alpha(x_i) - y_i\bigr)^2$ で、その勾配は

$$
\frac{dL}{d\alpha} = \frac{1}{n}\sum_i 2\,\bigl(\mathrm{PReLU}_\alpha(x_i) - y_i\bigr)\,\min(x_i, 0)
$$

です。`helpers.learn_prelu_alpha` がこの更新 $\alpha \leftarrow \alpha - \eta\,\frac{dL}{d\alpha}$ を繰り返し、各ステップの $\alpha$ を返します。
この問題では $L$ が $\alpha$ の二次式なので、最適な $\alpha$（最小二乗解）は式で求められます。学習した値と比べます。
""",
        en=r"""
## Learning PReLU's $\alpha$

As He et al. (2015) do, we start from $\alpha = 0.25$ and learn $\alpha$ by gradient descent, on a tiny problem: 200
inputs $x$ drawn from a standard normal distribution, and as targets the output of a PReLU with slope 0.1 plus a little
noise. The loss is the mean squared error $L(\alpha) = \frac{1}{n}\sum_i \bigl(\mathrm{PReLU}_\alpha(x_i) - y_i\bigr)^2$,
whose gradient is

$$
\frac{dL}{d\alpha} = \frac{1}{n}\sum_i 2\,\bigl(\mathrm{PReLU}_\alpha(x_i) - y_i\bigr)\,\min(x_i, 0).
$$

`helpers.learn_prelu_alpha` repeats the update $\alpha \leftarrow \alpha - \eta\,\frac{dL}{d\alpha}$ and returns
$\alpha$ after every step. Here $L$ is a quadratic in $\alpha$, so the best $\alpha$ (the least-squares solution) also
has a formula; we compare the learned value with it.
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
best = np.sum(xs[neg] * ys[neg]) / np.sum(xs[neg] ** 2)  # 最小二乗解：dL/dα = 0 を解いた式 || least squares: the formula that solves dL/dα = 0
print("alpha after steps 0, 1, 2, 5, 10, 30:", np.round(history[[0, 1, 2, 5, 10, 30]], 4))
print(f"learned alpha = {history[-1]:.4f}, least-squares alpha = {best:.4f}")
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
             title=helpers.text("family.alpha.title"))
ax_fit.plot(xs, ys, ".", alpha=0.5, label=helpers.text("family.alpha.data"))
helpers.plot(x, helpers.prelu(x, history[-1]), labels=[helpers.text("family.alpha.fit")], ax=ax_fit)
plt.show()
""",
    ),
    md(
        "prelu-learn-after",
        ja=r"""
$\alpha$ は 0.25 からすばやく下がって最小二乗解に近づき、そこで止まります（上の出力）。たどり着くのは、データを作ったときの
0.1 そのものではなく、ノイズの入った 200 点に最もよく合う値です。本物のネットワークでは $\alpha$ は重みと一緒に学習され、
損失が $\alpha$ の二次式になることもありませんが、$\alpha$ についての勾配 $\min(x, 0)$ を使うしくみは同じです。
""",
        en=r"""
$\alpha$ falls quickly from 0.25 towards the least-squares value and stops there (the output above). It lands not
on the 0.1 used to make the data but on the value that fits these 200 noisy points best. In a real network $\alpha$ is
learned together with the weights and the loss is no quadratic in $\alpha$, but the gradient with respect to $\alpha$,
$\min(x, 0)$, is used in the same way.
""",
    ),
    *exercise("elu"),
    md(
        "summary",
        ja=r"""
## まとめ

- **PReLU** は負の側の傾き $\alpha$ を学習する Leaky ReLU（初期値 0.25）。$\alpha$ についての勾配は $\min(x, 0)$。
- **ELU** は負の側を $\alpha(e^x - 1)$ で曲げる。$\alpha = 1$ なら導関数がつながる（0 で 1）。
- **GELU** は $x\,\Phi(x)$。erf で厳密に、または tanh 近似（0.044715）で計算する。0 での傾きは 0.5。
- **SiLU（Swish）** は $x\,\sigma(x)$、**Softplus** は $\log(1 + e^x)$ で、その導関数はシグモイド関数。
- なめらかさや負の側の勾配と引き換えに、指数関数などの計算が増える。どれだけ重いかは測って確かめる。

次の章では、ReLU 自体をどこまで速く計算できるのかを、計算機のメモリ帯域幅と比べて測ります。→ [第6章 numpy の ReLU はなぜ速いのか](06_speed.ipynb)
""",
        en=r"""
## Summary

- **PReLU** is Leaky ReLU with a learned negative slope $\alpha$ (starting at 0.25); its gradient with respect to
  $\alpha$ is $\min(x, 0)$.
- **ELU** bends the negative side as $\alpha(e^x - 1)$; with $\alpha = 1$ its derivative has no jump (1 at 0).
- **GELU** is $x\,\Phi(x)$, computed exactly with erf or with the tanh approximation (0.044715); its slope at 0 is 0.5.
- **SiLU (Swish)** is $x\,\sigma(x)$; **Softplus** is $\log(1 + e^x)$, whose derivative is the sigmoid.
- Smoothness and a gradient on the negative side are paid for with exponentials and the like: measure how much.

Next: how fast ReLU itself can be computed, measured against the machine's memory bandwidth. → [Chapter 6: why numpy
ReLU is fast](06_speed.ipynb)
""",
    ),
]
