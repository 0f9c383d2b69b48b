"""Chapter 3: the dying ReLU problem, measured – born-dead networks, units that die in training, remedies."""

from cells import code, exercise, md, setup
from glue import cite

CS231N_1 = ('Karpathy (n.d.-a), CS231n course notes, "Neural Networks Part 1: Setting up the Architecture", '
            "https://cs231n.github.io/neural-networks-1/ (accessed December 2026)")
CS231N_2 = ('Karpathy (n.d.-b), CS231n course notes, "Neural Networks Part 2: Setting up the Data and the Loss", '
            "https://cs231n.github.io/neural-networks-2/ (accessed December 2026)")
HE_2015 = ('He, Zhang, Ren & Sun (2015), "Delving Deep into Rectifiers: Surpassing Human-Level Performance on '
           'ImageNet Classification", ICCV 2015, arXiv:1502.01852')

CITED = [
    cite("40%", CS231N_1 + ' ("as much as 40% of your network can be dead" with a learning rate set too high)'),
    cite("0.01", CS231N_2 + " (a small constant bias such as 0.01 for ReLU units; the notes add that it is not "
                            "clear this gives a consistent improvement and that 0 bias is more common)"),
    cite("0.25", HE_2015 + " (PReLU slopes initialised at 0.25)"),
]

CELLS = [
    md(
        "title",
        ja=r"""
# 第3章 dying ReLU 問題を測る

第2章で見たとおり、ReLU の勾配は負の入力に対して 0 です。層の一つひとつのニューロンを**ユニット**とも呼びます。
あるユニットの活性化前の値（重み付き和にバイアスを足した、ReLU に入る前の値）が**どの入力に対しても** 0 以下になったら、
何が起きるでしょうか。そのユニットは常に 0 を出力し、そのユニットへの入力側の重みとバイアスの勾配も常に 0 なので、
勾配降下法ではそれらがもう動きません。このようなユニットを**死んだニューロン**と呼び、この現象を **dying ReLU 問題**と呼びます。
ただし、前の層の重みが変わればユニットに届く入力も変わるので、深いネットワークでは死んだニューロンが生き返ることもあります。
入力が固定されている最初の隠れ層（この章の学習実験のように隠れ層が一つだけのネットワークの隠れ層）では、生き返りません。

dying ReLU 問題はよく知られていますが、たいていは「こういうことが起こる」と言葉で説明されるだけです。
この章では、数秒で再現できる実験で、死んだニューロンを実際に数えます。扱うのは次の五つです。

1. 初期化の直後に約半分のユニットが 0 を出力すること（ただし、それは「死」ではないこと）
2. 深くて幅の狭いネットワークが、初期化の時点で死んでいる場合
3. 学習率が大きいときの、学習中のニューロンの死
4. 死んだニューロンの重みが一切更新されないこと、そして Leaky ReLU（負の入力 $x$ に対して 0 ではなく $\alpha x$ を返す ReLU の変種。$\alpha$ は 0.01 のような小さな正の定数で、詳しくは第4章）の場合
5. 対策と、その効果の大きさ
""",
        en=r"""
# Chapter 3: Measuring the dying ReLU problem

Chapter 2 showed that the gradient of ReLU is 0 for negative inputs. The neurons of a layer are also called its
**units**. What happens when a unit's pre-activation (the weighted sum plus bias that goes into ReLU) is at most 0 for
**every** input? The unit then outputs 0 everywhere, and the gradient of its incoming weights and bias is 0
everywhere, so gradient descent can no longer move them. Such a unit is called **dead** (a dead unit, or dead
neuron), and this is the **dying ReLU problem**. A dead unit's inputs, though, come from the layer before it: in a
deep network, when earlier layers change, a dead unit can come back to life. In the first hidden layer, whose inputs
are fixed (as in this chapter's training experiments, which have a single hidden layer), it cannot.

The problem is well known, but it is usually described rather than measured. In this chapter we measure it, with experiments that each run
in seconds:

1. Right after initialisation about half the units output 0 (which is not the same as being dead).
2. Deep, narrow networks can be dead before training starts.
3. A large learning rate kills units during training.
4. A dead unit's weights never change again. What about Leaky ReLU, which returns $\alpha x$ instead of 0 for a
   negative input $x$ ($\alpha$ is a small positive constant such as 0.01; Chapter 4 covers it in detail)?
5. Remedies, and how much each one helps.
""",
    ),
    setup(),
    md(
        "half-intro",
        ja=r"""
## 1. 初期化直後、ユニットの約半分は 0 を出力する

バイアスを 0、重みを He の初期値にした、幅（ユニット数）10,000 の層を作ります。He の初期値は
He, Zhang, Ren & Sun (2015)「Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet
Classification」（ICCV 2015）が提案したもので、各重みを平均 0、分散 $2 / \text{入力数}$ の正規分布から取る初期化です（入力数は、一つのユニットに入ってくる入力の個数です）。
この層に、標準正規分布から取った 16 次元の入力を 1,000 個入れてみます。

入力 $x$ を一つ固定すると、各ユニットの活性化前の値 $w^\top x$ は 0 を中心に対称な分布に従うので、正になる確率はちょうど 1/2 です。
各ユニットの重みは互いに独立なので、正になるユニットの**個数**は二項分布 $\mathrm{Bin}(10{,}000, 1/2)$ に従います。
正になるユニットの**割合**の標準偏差は、$p = 1/2$（正になる確率）、$n = 10{,}000$（ユニット数）として
$\sqrt{p(1-p)/n} = \sqrt{0.25 / 10{,}000}$ です。
""",
        en=r"""
## 1. At initialisation about half the units output 0

Take a layer of 10,000 units (its width) with zero biases and He-initialised weights. He initialisation, proposed
by He, Zhang, Ren & Sun (2015, "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet
Classification", ICCV 2015), draws each weight from a normal distribution with mean 0 and variance $2 / \text{fan-in}$, where the fan-in is the number of inputs to a unit. Feed it 1,000
inputs, each a 16-dimensional vector drawn from the standard normal distribution.

For a fixed input $x$, each unit's pre-activation $w^\top x$ has a distribution symmetric around 0, so it is positive with
probability exactly 1/2. The units' weights are independent, so the **number** of positive units follows the binomial
distribution $\mathrm{Bin}(10{,}000, 1/2)$, and the **fraction** of positive units has standard deviation
$\sqrt{p(1-p)/n}$ with $p = 1/2$ (the probability of being positive) and $n = 10{,}000$ (the number of units),
that is $\sqrt{0.25 / 10{,}000}$.
""",
    ),
    code(
        "half-active",
        """
width, n_inputs = 10_000, 1000
fractions = helpers.dying.active_fraction(width, d_in=16, inputs=n_inputs, seed=0)  # 入力ごとの、正になるユニットの割合 || per input: the fraction of positive units
sd = np.sqrt(0.25 / width)  # 割合の標準偏差 √(p(1 − p) / n) || standard deviation of the fraction, √(p(1 − p) / n)
print(helpers.text("dying.half.first_five", values=fractions[:5]))
print(helpers.text("dying.half.over", n=n_inputs, mean=fractions.mean(), min=fractions.min(), max=fractions.max()))
print(helpers.text("dying.half.outside", sd=sd, count=int(np.sum(np.abs(fractions - 0.5) > 4 * sd))))
""",
    ),
    md(
        "half-not-dead",
        ja=r"""
どの入力でも、正になるユニットの割合は 0.5 にきわめて近く（最小 {{fractions.min():.4f}}、最大 {{fractions.max():.4f}}）、
0.5 から標準偏差 {{sd:.3f}} の 4 倍（{{4 * sd:.2f}}）より遠く離れた入力は {{int(np.sum(np.abs(fractions - 0.5) > 4 * sd))}} 個でした。
しかし、これは「半分が死んでいる」という意味ではありません。入力が変われば、正になるユニットの組も入れ替わります。
死んだニューロンとは、**すべての入力**に対して活性化前の値が 0 以下のユニットです。
`helpers.dead_fraction` は、活性化前の値を並べた 2 次元配列（行が入力、列がユニット）から、その割合を求めます。
次のセルでは、同じ種類の層を新しく作り、ユニットごとに調べます。
""",
        en=r"""
For every input the fraction of positive units is very close to 0.5 (between {{fractions.min():.4f}} and
{{fractions.max():.4f}}), and no input is more than 4 standard deviations
(4 × {{sd:.3f}} = {{4 * sd:.2f}}) away from 0.5. That does not mean half of the units are dead: for another input, another set of
units is positive. A dead unit is one whose pre-activation is at most 0 for **all** inputs. `helpers.dead_fraction`
computes the fraction of such units from a 2-D array of pre-activations (one row per input, one column per unit).
The next cell builds a new layer of the same kind and looks at it unit by unit.
""",
    ),
    code(
        "half-dead-fraction",
        """
rng = np.random.default_rng(1)
W = rng.standard_normal((16, 10_000)) * np.sqrt(2 / 16)  # He の初期値：分散 2 / 入力数 || He initialisation: variance 2 / fan-in
X = rng.standard_normal((1000, 16))
Z = X @ W  # 活性化前の値：行が入力、列がユニット || pre-activations: one row per input, one column per unit
print(helpers.text("dying.half.first_zero", fraction=(Z[0] <= 0).mean()))
print(helpers.text("dying.half.all_zero", n=len(Z), fraction=helpers.dead_fraction(Z)))
""",
    ),
    md(
        "half-after",
        ja=r"""
初期化直後のこの広い層には、死んだニューロンは一つもありませんでした。ReLU の出力が疎である（約半分が 0）ことは
第1章で見た長所であって、それだけでは問題ではありません。
""",
        en=r"""
This freshly initialised wide layer has no dead unit at all. Having about half the outputs at 0 is the sparsity
that Chapter 1 counted in ReLU's favour, not a problem in itself.
""",
    ),
    *exercise("dead_fraction"),
    *exercise("all_zero_layer"),
    md(
        "born-intro",
        ja=r"""
## 2. 生まれつき死んでいるネットワーク

幅の狭い層では事情が変わります。バイアスが 0 で、重みが 0 について対称に分布しているとき、幅 $n$ の層のユニットが、
その層に届いた 0 でない入力一つに対して**すべて** 0 を出力する確率は $2^{-n}$ です（$n = 4$ なら 1/16 で、前の演習の答えです）。
ある層が**どの入力に対しても** 0 しか出力しなければ、その先の層には 0 しか届かず、ネットワーク全体が定数関数になります。
初期化の時点でこうなっているネットワークを**生まれつき死んでいる**（born dead）と呼びます。

Lu, Shin, Su & Karniadakis (2020)「Dying ReLU and Initialization: Theory and Numerical Examples」（Communications in Computational Physics, arXiv:1903.06733）は、幅を固定して層を深くしていくと、
重みとバイアスを対称な分布で初期化した ReLU ネットワークが生まれつき死んでいる確率は 1 に近づくことを証明しました。
ここでは、その確率が深さとともにどう増えるかを測ります。

**設定**：深さ $L$ は重みの層の数で、幅 $n$ の ReLU 隠れ層が $L - 1$ 個、最後に線形の出力層があります。
重みは He の初期値、バイアスは 0、入力は 1 次元で区間 $[-\sqrt 3, \sqrt 3]$（分散 1 の一様分布の範囲）です。
ある隠れ層が区間の**すべての**入力で 0 を出力するとき、そのネットワークは生まれつき死んでいるとします。

**区間を 2 点に減らせる理由**：入力 $x$ からある隠れ層の出力までの写像を $\phi$ と書きます。バイアスが 0 なので、
$t > 0$ について $\phi(t x) = t\,\phi(x)$ が成り立ち、$\phi(0) = 0$ です（**正の斉次性**：入力を正の数倍すると、出力も同じ数倍になる性質）。
したがって $x > 0$ での出力は $x \cdot \phi(1)$、$x < 0$ での出力は $|x| \cdot \phi(-1)$ で決まり、
層が区間全体で 0 であることと、$x = 1$ と $x = -1$ の 2 点で 0 であることは同値です。これは近似ではなく、厳密な言い換えです。
そのため、1,000 個のネットワークそれぞれに 2 点だけを入力し、各層の出力を順に計算していく（これを**順伝播**と呼びます）だけでよく、1,000 個ぶんを行列積でまとめて一度に求められます。

**深さ 2 では 0**：隠れ層が一つだけのとき、ユニット $j$ の活性化前の値は $w_j x$ です。
$x = 1$ と $x = -1$ の両方で 0 以下になるのは $w_j = 0$ のときだけで、その確率は 0 です。
""",
        en=r"""
## 2. Networks that are born dead

Narrow layers are a different story. With zero biases and weights distributed symmetrically around 0, all $n$ units
of a layer output 0 for a given non-zero input to that layer with probability
$2^{-n}$ (for $n = 4$, the 1/16 of the last exercise). If a layer outputs only zeros for **every** input, every later layer receives only zeros and the
whole network computes a constant function. A network in that state at initialisation is **born dead**.

Lu, Shin, Su & Karniadakis (2020, "Dying ReLU and Initialization: Theory and Numerical Examples", Communications
in Computational Physics; arXiv:1903.06733) proved that, at a fixed width, a ReLU network whose weights and biases are
drawn from symmetric distributions is born dead with a probability that tends to 1 as the depth grows. Here we
measure how that probability grows with depth.

**Set-up.** The depth $L$ counts weight layers: $L - 1$ hidden ReLU layers of width $n$, then a linear output layer.
Weights are He-initialised, biases are 0, and the input is one number from the interval $[-\sqrt 3, \sqrt 3]$ (the
range of a uniform distribution with variance 1). A network is born dead when some hidden layer outputs 0 for
**every** input in the interval.

**Why two points are enough.** Write $\phi(x)$ for the output of a hidden layer when the network's input is $x$. With
zero biases, $\phi$ is **positively homogeneous**: scaling the input by a positive factor $t$ scales the output by the
same factor, $\phi(t x) = t\,\phi(x)$, and $\phi(0) = 0$. So the output at $x > 0$ is $x \cdot \phi(1)$ and at $x < 0$
it is $|x| \cdot \phi(-1)$: a layer is 0 on the whole interval exactly when it is 0 at the two points $x = 1$ and
$x = -1$. This is an exact reduction, not a sample. So we only need to feed each network the two inputs and compute
its layers' outputs one after another (the **forward pass**), and we can do that for 1,000 networks at once with
batched matrix products.

**Depth 2 gives 0.** With a single hidden layer, unit $j$ has pre-activation $w_j x$, which is at most 0 at both
$x = 1$ and $x = -1$ only if $w_j = 0$, an event of probability 0.
""",
    ),
    code(
        "born-table",
        """
widths = [2, 3, 4, 5, 10]
trials = 1000
curves = {n: helpers.dying.born_dead_by_depth(n, 50, trials=trials, seed=0) for n in widths}
print(helpers.dying.born_dead_table(curves, [2, 3, 5, 10, 20, 50]))
print("born_dead_probability(3, 10) =", helpers.born_dead_probability(3, 10))
""",
    ),
    md(
        "born-table-after",
        ja=r"""
表の値は、{{trials:,}} 個のネットワークのうち生まれつき死んでいた割合で、括弧内は次に説明する「1 点での上界」です。
{{trials:,}} 回の試行による推定なので、その標準誤差（測った割合の標準偏差）は最大でも $\sqrt{0.25 / 1{,}000} \approx {{np.sqrt(0.25 / trials):.3f}}$ です。
`born_dead_probability(width, depth)` は同じ乱数から同じネットワークを作るので、表の値と一致します。

**1 点での上界**：入力を $x = 1$ の 1 点だけに固定すると、各隠れ層は（前の層の出力が 0 でない限り）確率 $2^{-n}$ ですべて 0 になるので、
$L - 1$ 層のどこかで 0 になる確率は $1 - (1 - 2^{-n})^{L - 1}$ です。区間全体で死んでいるネットワークは $x = 1$ でも死んでいるので、
これは生まれつき死んでいる確率の**上界**です。測った値は、試行のばらつきの範囲で上界以下に収まり、浅いところでは上界を大きく下回ります。
深さ 2 では上界 $2^{-n}$ に対して測定値は 0、幅 2・深さ 3 では上界 {{helpers.dying.single_input_bound(2, 3):.3f}} に対して測定値 {{curves[2][2]:.3f}} です。

幅 2 では、深さ 20 から先で測定値が上界をわずかに上回っています（深さ 20 で {{curves[2][19]:.3f}} 対 {{helpers.dying.single_input_bound(2, 20):.3f}}）。
これは試行のばらつきです。{{trials:,}} 個のうち生き残ったネットワークは {{round((1 - curves[2][19]) * trials)}} 個でしたが、
上界から考えると、生き残るネットワークは平均で {{(1 - helpers.dying.single_input_bound(2, 20)) * trials:.1f}} 個以上のはずです。
1 にこれほど近い割合では標準誤差は約 {{np.sqrt(helpers.dying.single_input_bound(2, 20) * (1 - helpers.dying.single_input_bound(2, 20)) / trials):.3f}} なので、
この差は標準誤差と同じ程度です。この表では、各深さのネットワークは一つ浅いネットワークに層を一つ足して作ってあります。深さ 20 で死んでいるネットワークは、層を足しても死んだままなので、このずれは深さ 20 より先にも引き継がれます。
""",
        en=r"""
Each entry is the fraction of {{trials:,}} networks that were born dead; the number in brackets is the single-input
bound explained next. With {{trials:,}} trials the standard error (the standard deviation of a measured fraction) is at most
$\sqrt{0.25 / 1{,}000} \approx {{np.sqrt(0.25 / trials):.3f}}$. `born_dead_probability(width, depth)` builds the same networks from the same seed,
so it agrees with the table.

**The single-input bound.** At the one input $x = 1$, each hidden layer (fed something non-zero) is all zero with
probability $2^{-n}$, so the network is zero at $x = 1$ with probability $1 - (1 - 2^{-n})^{L - 1}$. A network dead on
the whole interval is dead at $x = 1$, so this is an **upper bound** on the born-dead probability. The measurements
stay below the bound within sampling noise, and far below it when the network is shallow: at depth 2 the bound is
$2^{-n}$ and the measurement 0; at width 2 and depth 3 the bound is {{helpers.dying.single_input_bound(2, 3):.3f}}
and the measurement {{curves[2][2]:.3f}}.

At width 2 the measurement lies slightly above the bound from depth 20 on ({{curves[2][19]:.3f}} against
{{helpers.dying.single_input_bound(2, 20):.3f}} at depth 20). This is sampling noise:
{{round((1 - curves[2][19]) * trials)}} of the {{trials:,}} networks survived, where the bound implies at least
{{(1 - helpers.dying.single_input_bound(2, 20)) * trials:.1f}} on average. For a fraction this close to 1 the standard
error is about
{{np.sqrt(helpers.dying.single_input_bound(2, 20) * (1 - helpers.dying.single_input_bound(2, 20)) / trials):.3f}},
so the gap is about one standard error. The networks of each depth are those of the depth before with one more
layer added, and a network dead at depth 20 stays dead at every greater depth, so the excess carries over to them.
""",
    ),
    code(
        "born-plot",
        """
depths = np.arange(2, 51)
fig, ax = plt.subplots(figsize=(7.5, 3.8), layout="constrained")
for k, n in enumerate(widths):
    # 幅ごとに色と印の形を変える（色だけに頼らない） || each width has its own colour and marker (not colour alone)
    style = dict(color=helpers.plotting.PALETTE[k], marker=helpers.plotting.MARKERS[k], markevery=6, markersize=5)
    _ = ax.plot(depths, curves[n][1:], "-", label=helpers.text("dying.width", width=n), **style)
    _ = ax.plot(depths, helpers.dying.single_input_bound(n, depths), "--", alpha=0.6, **style, fillstyle="none")
_ = ax.plot([], [], "--", color="0.4", label=helpers.text("dying.bound_legend"))
ax.set(xlabel=helpers.text("dying.depth"), ylabel=helpers.text("dying.born_dead"),
       title=helpers.text("dying.born_dead.title"))
ax.grid(True, alpha=0.3)
_ = ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)  # 図の外側に置き、線を隠さない || outside the axes, hiding no line
helpers.show(fig, helpers.text("dying.born_dead.alt", d20_2=curves[2][19], d50_2=curves[2][49], d50_10=curves[10][49]))
""",
    ),
    md(
        "born-after",
        ja=r"""
幅 2 や 3 では、深さ 20 でほとんどのネットワークが生まれつき死んでおり（{{curves[2][19]:.1%}} と {{curves[3][19]:.1%}}）、
深さ 50 ではほぼすべてです。幅 10 でも、深さ 50 では {{curves[10][49]:.1%}} のネットワークが生まれつき死んでいます。
この結果は、深くするほど確率が 1 に近づくという Lu ら (2020) の定理と矛盾しません。

この計算には、He の初期値の**大きさ**は影響しません。バイアスが 0 のとき、重みを正の定数倍しても活性化前の値の符号は変わらないので、
どの層が 0 だけを出力するかも変わらないからです。影響するのは、分布が **0 について対称**であることです。第5節では、この対称性を崩す初期化を試します。
""",
        en=r"""
At widths 2 and 3 most networks of depth 20 are born dead ({{curves[2][19]:.1%}} and {{curves[3][19]:.1%}}), and at
depth 50 almost all are. Even at width 10, {{curves[10][49]:.1%}} of the networks of depth 50 are born dead. The
deeper the network, the closer the fraction comes to 1, consistent with the theorem of Lu et al. (2020).

The **scale** of He initialisation plays no part here: with zero biases, multiplying a layer's weights by a positive
constant does not change the sign of any pre-activation, so it does not change which layers output only zeros. What
matters is that the distribution is **symmetric around 0**; section 5 tries an initialisation that breaks the
symmetry.
""",
    ),
    *exercise("born_dead_experiment"),
    md(
        "train-intro",
        ja=r"""
## 3. 学習中に死ぬニューロン

次に、生まれつきではなく**学習の途中で**死ぬニューロンを数えます。区間 $[-\pi, \pi]$ から一様に選んだ 256 点で
$\sin x$ を近似する、入力 1・隠れ層 64 ユニット・出力 1 のネットワーク（1 → 64 → 1）を学習させます。損失は平均二乗誤差です。
訓練データを 16 点ずつの**ミニバッチ**に分け、ミニバッチごとに確率的勾配降下法（SGD）で重みを更新します。
訓練データ全体を 1 回使い切るまでを 1 **エポック**と呼び、これを 30 エポック繰り返します。

学習率ごとに、乱数のシードを 16 通り変えて（つまり初期値を 16 通り変えて）学習します。どの学習率でも同じ 16 個の初期ネットワークと
同じミニバッチの順番を使うので、違いは学習率だけです。すべてのネットワークは、ループではなく配列の一つの軸としてまとめて学習されます。
勾配を出力側から入力側へ順にさかのぼって計算する**逆伝播**（誤差逆伝播法）は、`helpers.relu_grad` を使って `helpers.dying.mlp_gradients` の中に手で書いてあり、このコースの自動テストで中心差分と照合しています。

学習後、訓練データの 256 点すべてで活性化前の値が 0 以下の隠れユニットを、死んだニューロンとして数えます。
損失がオーバーフローした（無限大や NaN になった）試行は「発散」として、死んだニューロンの割合の集計から外します。
""",
        en=r"""
## 3. Units that die during training

We now turn to units that die **during training**. A network with one input, 64 hidden units and one output
(1 → 64 → 1) learns $\sin x$ from 256 points drawn uniformly from $[-\pi, \pi]$, minimising the mean squared error.
The training points are split into **mini-batches** of 16, and stochastic gradient descent (SGD) updates the weights
after each mini-batch. One pass through all the training points is an **epoch**; we train for 30 epochs.

For each learning rate we train 16 networks, starting from 16 different random initialisations (16 seeds). All learning rates use the same 16
initial networks and the same order of mini-batches, so the learning rate is the only difference. All the networks
are trained together, along one axis of the arrays rather than in a Python loop. The **backward pass** (backpropagation: computing the
gradients from the output back towards the input) is written by hand in `helpers.dying.mlp_gradients`, using `helpers.relu_grad`; the course's automated tests
check it against central differences.

After training, a hidden unit counts as dead when its pre-activation is at most 0 on all 256 training inputs. A run
whose loss overflowed (became infinite or NaN) counts as diverged and is left out of the dead-unit statistics.
""",
    ),
    code(
        "train-sweep",
        """
x, y = helpers.dying.sine_data(n=256)  # 区間 [-π, π] から一様に選んだ 256 点 || 256 points drawn uniformly from [-π, π]
lrs = [0.001, 0.003, 0.005, 0.01, 0.015, 0.02, 0.03]
relu_runs = helpers.train_mlp(x, y, width=64, lr=lrs, epochs=30, batch_size=16, seeds=16, seed=0,
                              record_updates=True)
print(helpers.text("dying.trained", runs=relu_runs.diverged.size, lrs=len(lrs), seeds=relu_runs.diverged.shape[1]))
print(helpers.dying.summary_table(relu_runs))
print(helpers.text("dying.constant_loss", value=y.var()))
rows = helpers.dying.by_lr(relu_runs)  # 学習率ごとの集計（本文の数値はここから） || one row per learning rate (the numbers below come from here)
""",
    ),
    code(
        "train-plot",
        """
ax = helpers.dying.plot_dead_by_lr(relu_runs)
helpers.show(ax, helpers.text("dying.sweep.alt", low=rows[0.005]["max"], median=rows[0.015]["median"],
                              diverged=rows[0.03]["diverged"], runs=rows[0.03]["runs"]))
""",
    ),
    md(
        "train-after",
        ja=r"""
{{relu_runs.diverged.size}} 個のネットワーク（学習率 {{len(lrs)}} 通り × シード {{relu_runs.diverged.shape[1]}} 個）をまとめて学習しました。
表は学習率ごとに、16 個の試行のうち発散した数と、発散しなかった試行での死んだニューロンの割合（中央値、25〜75 パーセンタイル、最小〜最大）、
最終損失の中央値を並べたものです。グラフの点は一つひとつの試行、× は発散した試行です（同じ学習率の × は重なって見えるので、数は表で確かめてください）。

- 学習率 0.005 以下では発散は 0 回で、どの試行でも死んだニューロンは多くても {{max(rows[r]['max'] for r in lrs[:3]):.0%}} でした。
- 0.01 では中央値 {{rows[0.01]['median']:.0%}} ですが、発散しなかった {{rows[0.01]['runs'] - rows[0.01]['diverged']}} 個の試行のうち 1 個では {{rows[0.01]['max']:.0%}} が死にました。
- 0.015 では中央値が {{rows[0.015]['median']:.0%}} に跳ね上がり、試行によって {{rows[0.015]['min']:.0%}} から {{rows[0.015]['max']:.0%}} まで大きくばらつきます。
- 0.02 では 16 個中 {{rows[0.02]['diverged']}} 個、0.03 では {{rows[0.03]['diverged']}} 個が発散しました。発散しなかった試行でも、
  死んだニューロンは {{min(rows[0.02]['min'], rows[0.03]['min']):.0%}} 以上でした（中央値 {{rows[0.02]['median']:.0%}} と {{rows[0.03]['median']:.0%}}）。

**CS231n との比較**：スタンフォード大学の講義 CS231n のノートである Karpathy (n.d.-a)「Neural Networks Part 1: Setting up the
Architecture」（https://cs231n.github.io/neural-networks-1/、発行年の記載なし、2026 年 12 月閲覧）は、学習率が大きすぎるとネットワークの 40% ものユニットが死ぬことがある、
と書いています（原文は英語）が、実験は示していません。この実験でも、40% 前後という数字は確かに出てきます
（学習率 0.015 での中央値が {{rows[0.015]['median']:.0%}}）。ただし、それが現れるのは学習率の狭い範囲に限られます。
死んだニューロンがほとんど出ない学習率 0.005 のわずか {{0.015 / 0.005:.0f}} 倍の学習率で、試行ごとの値は
{{rows[0.015]['min']:.0%}} から {{rows[0.015]['max']:.0%}} までばらつきます。しかも、そのすぐ上の学習率では大半の試行が発散します
（0.02 で 16 個中 {{rows[0.02]['diverged']}} 個、0.03 で {{rows[0.03]['diverged']}} 個）。40% は ReLU に固有の定数ではなく、
課題・ネットワークの幅・最適化手法・学習率によって変わる値の一例と考えるのが正確です。

なお、30 エポックは短く、小さな学習率ではまだ近似が粗いままです（損失は {{min(rows[r]['loss'] for r in lrs[:3]):.2f}}〜{{max(rows[r]['loss'] for r in lrs[:3]):.2f}}）。
いつも同じ値（目標値の平均）を出力するネットワークの損失は目標値の分散に等しく、この 256 点では {{y.var():.3f}} です。
学習率 0.01 での最終損失の中央値 {{rows[0.01]['loss']:.3f}} は、最後のエポックだけを切り取った値です。次のセルが示すとおり、
この学習率では損失の中央値がエポックごとに大きく上下するので、一つのエポックの値からはあまり多くを読み取れません。
""",
        en=r"""
The {{relu_runs.diverged.size}} networks ({{len(lrs)}} learning rates × {{relu_runs.diverged.shape[1]}} seeds) were
trained together. For each learning rate the table shows how many of the 16 runs diverged, and for the others the
fraction of dead units (median, 25th–75th percentile, minimum–maximum) and the median final loss. Each dot in the plot
is one run; a cross is a diverged run (crosses at one learning rate overlap: the table has the counts).

- At learning rates up to 0.005 no run diverged, and no run lost more than
  {{max(rows[r]['max'] for r in lrs[:3]):.0%}} of its units.
- At 0.01 the median is {{rows[0.01]['median']:.0%}}, but one of the {{rows[0.01]['runs'] - rows[0.01]['diverged']}}
  runs that did not diverge lost {{rows[0.01]['max']:.0%}} of its units.
- At 0.015 the median jumps to {{rows[0.015]['median']:.0%}}, with runs anywhere from {{rows[0.015]['min']:.0%}} to
  {{rows[0.015]['max']:.0%}}.
- At 0.02, {{rows[0.02]['diverged']}} of the 16 runs diverged, and at 0.03, {{rows[0.03]['diverged']}} did. The runs
  that did not diverge lost at least {{min(rows[0.02]['min'], rows[0.03]['min']):.0%}} of their units (medians
  {{rows[0.02]['median']:.0%}} and {{rows[0.03]['median']:.0%}}).

**Compared with CS231n.** In his notes for Stanford's CS231n course, Karpathy (n.d.-a, "Neural Networks Part 1: Setting up
the Architecture", CS231n course notes, https://cs231n.github.io/neural-networks-1/, accessed December 2026) writes that with a learning rate set too high "as much as
40%" of a network can be dead, without showing an experiment. A figure around 40% does appear here: the median is
{{rows[0.015]['median']:.0%}} at learning rate 0.015. But it appears only in a narrow band of learning rates. At
0.005, a third of that rate, practically no unit dies; at 0.02 and 0.03, most runs diverge
({{rows[0.02]['diverged']}} and {{rows[0.03]['diverged']}} of 16). Even at 0.015 the runs range from
{{rows[0.015]['min']:.0%}} to {{rows[0.015]['max']:.0%}}. The figure of 40% is not a constant of ReLU; it is one example of a
number that depends on the task, the width, the optimiser and the learning rate.

Thirty epochs is short: at small learning rates the fit is still poor (loss
{{min(rows[r]['loss'] for r in lrs[:3]):.2f}}–{{max(rows[r]['loss'] for r in lrs[:3]):.2f}}). A network that always
outputs the same value (the mean of the targets) has a loss equal to the variance of the targets, which is
{{y.var():.3f}} for these 256 points. The median final loss at 0.01, {{rows[0.01]['loss']:.3f}}, is a snapshot of the
last epoch: as the next cell shows, at this rate the median loss jumps up and down from epoch to epoch, so the value
of a single epoch says little.
""",
    ),
    code(
        "loss-by-epoch",
        """
i = lrs.index(0.01)
median_loss = np.median(relu_runs.loss[:, i][:, ~relu_runs.diverged[i]], axis=1)  # 発散しなかった試行の中央値 || median over the runs that did not diverge
epochs_shown = [20, 25, 26, 27, 28, 29, 30]
print(helpers.text("dying.loss_by_epoch", lr=0.01))
print("  ".join(f"{e}: {median_loss[e]:.3f}" for e in epochs_shown))
""",
    ),
    md(
        "loss-after",
        ja=r"""
エポック 20〜30 の間に、損失の中央値は {{median_loss[20:].min():.3f}} から {{median_loss[20:].max():.3f}} までの間を上下しています。
学習率 0.02 と 0.03 で発散しなかった試行（{{rows[0.02]['runs'] - rows[0.02]['diverged']}} 個と {{rows[0.03]['runs'] - rows[0.03]['diverged']}} 個）は、
多くのユニットが死んでいるのに、損失の中央値が小さな学習率の試行より低く終わっています（それぞれ {{rows[0.02]['loss']:.3f}} と {{rows[0.03]['loss']:.3f}}）。
生き残ったユニットだけでも、$\sin x$ をこの程度には近似できるということです。大きな学習率のほうが 30 エポックで損失が低くなる理由は、この章では調べません。
""",
        en=r"""
Between epochs 20 and 30 the median loss moves up and down between {{median_loss[20:].min():.3f}} and
{{median_loss[20:].max():.3f}}. The runs that did not diverge at 0.02 and 0.03
({{rows[0.02]['runs'] - rows[0.02]['diverged']}} and {{rows[0.03]['runs'] - rows[0.03]['diverged']}} of them) end
with lower median losses ({{rows[0.02]['loss']:.3f}} and {{rows[0.03]['loss']:.3f}}) than the runs at smaller rates,
even though many of their units are dead: the units still alive are enough to fit $\sin x$ this well. Why the larger rates reach a
lower loss within 30 epochs is not examined here.
""",
    ),
    md(
        "zero-intro",
        ja=r"""
## 4. 死んだニューロンは二度と更新されない

死んだニューロンでは、すべての入力で `relu_grad` が 0 なので、誤差逆伝播で流れてくる勾配が 0 倍されます。
そのユニットへの入力側の重みとバイアスの勾配は**ちょうど 0**（丸め誤差で小さくなったのではなく、正確に 0.0）で、SGD の更新量も 0 です。
上の学習では、各エポックでユニットごとに、入力側の重みとバイアスの変化量（変化のベクトルのノルム）を記録しておきました。
エポックの開始時に死んでいたユニットと、そうでないユニットで比べます。件数は、ユニットとエポックの組の数です。
""",
        en=r"""
## 4. A dead unit is never updated again

For a dead unit `relu_grad` is 0 on every input, so the gradient arriving from backpropagation is multiplied by 0.
The gradient of its incoming weights and bias is **exactly 0** (0.0, not a rounding residue), and so is its SGD
update. The training above recorded, for every unit and epoch, how far its incoming weights and bias moved (the norm
of the change). We compare the units that were dead at the start of an epoch with the others, counting unit-epochs
(one unit during one epoch).
""",
    ),
    code(
        "zero-update",
        """
ok = ~relu_runs.diverged[None, :, :, None]  # 発散した試行は除く || leave out diverged runs
dead_at_start = relu_runs.dead[:-1] & ok  # エポック開始時に死んでいたユニット || units dead when the epoch began
alive_at_start = ~relu_runs.dead[:-1] & ok
print(helpers.text("dying.zero.dead", count=dead_at_start.sum(), change=relu_runs.updates[dead_at_start].max()))
print(helpers.text("dying.zero.other", count=alive_at_start.sum(),
                   change=np.median(relu_runs.updates[alive_at_start])))
""",
    ),
    md(
        "leaky-spot-intro",
        ja=r"""
死んだニューロンの変化量の最大値は {{relu_runs.updates[dead_at_start].max()}} で、一度死んだニューロンは、その後のどのエポックでも一切動いていません。

では、同じ場所に Leaky ReLU のユニットがあったらどうでしょうか。学習率 0.015 の試行のうち、死んだニューロンが最も多いネットワークを選び、
死んだニューロンのうち 4 個について、重みとバイアスの勾配を、同じパラメータのまま活性化関数だけを Leaky ReLU（$\alpha = 0.01$）に替えて計算し直します。
""",
        en=r"""
The largest change of a dead unit is {{relu_runs.updates[dead_at_start].max()}}: once dead, a unit did not move at all
in any later epoch.

What would a Leaky ReLU unit do in the same spot? We take the network with the most dead units among the runs at
learning rate 0.015 and compute the gradient of the weights and biases of four of its dead units twice, with the same parameters:
once through ReLU and once through Leaky ReLU ($\alpha = 0.01$).
""",
    ),
    code(
        "leaky-spot",
        """
i = lrs.index(0.015)
s = int(np.argmax(relu_runs.dead[-1, i].sum(axis=-1) * ~relu_runs.diverged[i]))  # 死んだニューロンが最も多い試行 || the run with most dead units
params = relu_runs.run_params(i, s)
dead_units = np.flatnonzero(relu_runs.dead[-1, i, s])[:4]
print(helpers.text("dying.leaky.dead_units", units=dead_units))
for activation in ["relu", "leaky_relu"]:
    _, grads = helpers.dying.mlp_gradients(params, x, y, activation=activation)
    print(f"{activation:>10}  dL/dw: {grads['W1'][0, 0, dead_units]}  dL/db: {grads['b1'][0, dead_units]}")
""",
    ),
    md(
        "leaky-recover-intro",
        ja=r"""
ReLU では勾配がちょうど 0、Leaky ReLU では 0 ではありません。Leaky ReLU のユニットは勾配を受け取り続けます。
しかし、勾配を受け取ることと生き返ることは別の話です。同じ学習を Leaky ReLU で行います。Leaky ReLU のユニットは厳密な意味では死にませんが、
同じ基準を当てはめ、あるエポックですべての入力に対して活性化前の値が 0 以下になったユニットを数えます。そのうち、最後のエポックで、
少なくとも一つの入力に対して活性化前の値が正に戻っていたものを「戻った」と数えます。
""",
        en=r"""
Through ReLU the gradient is exactly 0; through Leaky ReLU it is not, so a Leaky ReLU unit keeps receiving a gradient.
But receiving a gradient is not the same as coming back. We run the same training with Leaky ReLU. A Leaky ReLU unit
cannot be dead in the strict sense, but we apply the same rule: we count the units whose pre-activation was at most 0
on every input at some epoch, and then how many of them are positive for at least one input at the last epoch (they
"came back").
""",
    ),
    code(
        "leaky-recover",
        """
leaky_runs = helpers.train_mlp(x, y, width=64, lr=lrs, epochs=30, seeds=16, seed=0, activation="leaky_relu")
print(helpers.dying.summary_table(leaky_runs))
leaky_rows = helpers.dying.by_lr(leaky_runs)
back = {}  # 一度すべての入力で 0 以下になったユニットの数と、そのうち戻った数 || units <= 0 on every input at some epoch, and how many came back
for name, runs in [("ReLU", relu_runs), ("Leaky ReLU", leaky_runs)]:
    back[name] = helpers.dying.came_back(runs.dead[:, ~runs.diverged])
    print(helpers.text("dying.came_back", name=name, epochs=30, ever=back[name][0], back=back[name][1],
                       share=back[name][1] / back[name][0]))
longer = helpers.train_mlp(x, y, width=64, lr=0.015, epochs=150, seeds=16, seed=0, activation="leaky_relu")
back["long"] = helpers.dying.came_back(longer.dead[:, ~longer.diverged])
print(helpers.text("dying.came_back_lr", name="Leaky ReLU", lr=0.015, epochs=150, ever=back["long"][0],
                   back=back["long"][1], share=back["long"][1] / back["long"][0]))
after = [1, 10, 50, 150]
low = longer.dead_fraction[after, 0][:, ~longer.diverged[0]].mean(axis=1)  # 発散しなかった試行の平均 || mean over the runs that did not diverge
print(helpers.text("dying.low_by_epoch", values="  ".join(f"{e}: {v:.1%}" for e, v in zip(after, low, strict=True))))
""",
    ),
    md(
        "leaky-recover-after",
        ja=r"""
学習率 0.02 以下では、Leaky ReLU の表の中央値は ReLU の表とほとんど変わりません（最小〜最大の違いは、1〜2 個の試行によるものです。0.03 では発散しなかった試行が
Leaky ReLU で {{leaky_rows[0.03]['runs'] - leaky_rows[0.03]['diverged']}} 個、ReLU で {{rows[0.03]['runs'] - rows[0.03]['diverged']}} 個しかなく、比べられません）。学習率 0.015 で、すべての入力で 0 以下になったユニットの割合の中央値は
{{leaky_rows[0.015]['median']:.0%}}（ReLU では {{rows[0.015]['median']:.0%}}）です。

- ReLU では、一度死んだ {{back['ReLU'][0]}} 個のユニットのうち、戻ってきたものは {{back['ReLU'][1]}} 個です。これは偶然ではありません。
  隠れ層が一つで入力が固定されているので、勾配がちょうど 0 のユニットは必ずそのままです。
- Leaky ReLU では、30 エポックの間に（すべての学習率を合わせて）{{back['Leaky ReLU'][0]}} 個のユニットがすべての入力で 0 以下になり、
  最後に正の側に戻っていたのは {{back['Leaky ReLU'][1]}} 個（{{back['Leaky ReLU'][1] / back['Leaky ReLU'][0]:.1%}}）でした。
- 学習率 0.015 で 150 エポックまで延ばすと、{{back['long'][0]}} 個のうち {{back['long'][1]}} 個（{{back['long'][1] / back['long'][0]:.1%}}）が戻りました。
  すべての入力で 0 以下のユニットの割合（発散しなかった試行の平均）は、1 エポック後の {{low[0]:.1%}} から 50 エポック後には {{low[2]:.1%}} まで増え、
  150 エポック後には {{low[3]:.1%}} へと少し減りました。

Leaky ReLU のユニットは勾配を受け取り続け、実際に少しずつ戻ってくるものもあります。しかし、その勾配は $\alpha = 0.01$ 倍に小さく、
この実験では 150 エポックたっても、最初の数エポックで負の側に落ちたぶんを取り戻すにはほど遠い状態でした。
Leaky ReLU は死を原理的には取り返しのつくものにしますが、実際に戻ったユニットは少なく、その回復は遅いのです。
**この実験の数字は、Leaky ReLU が dying ReLU 問題を「解決する」ことを示してはいません。**
""",
        en=r"""
At learning rates up to 0.02 the medians in the Leaky ReLU table are close to those in the ReLU table (the differences in
minimum and maximum come from one or two runs; at 0.03 only
{{leaky_rows[0.03]['runs'] - leaky_rows[0.03]['diverged']}} Leaky ReLU and
{{rows[0.03]['runs'] - rows[0.03]['diverged']}} ReLU runs did not diverge, too few to compare). At learning rate 0.015 the median fraction of units that are at
most 0 on every input is {{leaky_rows[0.015]['median']:.0%}} ({{rows[0.015]['median']:.0%}} with ReLU).

- With ReLU, {{back['ReLU'][1]}} of the {{back['ReLU'][0]}} units that died ever came back. That is no accident: with
  a single hidden layer and fixed inputs, a unit whose gradient is exactly 0 stays where it is.
- With Leaky ReLU, {{back['Leaky ReLU'][0]}} units (over all learning rates) were at most 0 on every input at some
  point during the 30 epochs, and {{back['Leaky ReLU'][1]}} of them
  ({{back['Leaky ReLU'][1] / back['Leaky ReLU'][0]:.1%}}) were back on the positive side at the end.
- At learning rate 0.015 over 150 epochs, {{back['long'][1]}} of {{back['long'][0]}} such units
  ({{back['long'][1] / back['long'][0]:.1%}}) came back. Averaged over the runs that did not diverge, the fraction of
  units that are at most 0 on every input rose from {{low[0]:.1%}} after 1 epoch to {{low[2]:.1%}} after 50, then fell
  a little to {{low[3]:.1%}} after 150.

Leaky ReLU units do keep receiving a gradient, and some do slowly come back. But the gradient is scaled down by
$\alpha = 0.01$, and after 150 epochs the recovery was far from undoing what the first few epochs had lost. Leaky
ReLU makes death reversible in principle, but here few units recovered, and slowly. **These numbers do not
show Leaky ReLU fixing the dying ReLU problem.**
""",
    ),
    md(
        "remedies-intro",
        ja=r"""
## 5. 対策とその効果

よく挙げられる対策を、同じ実験（16 シード、30 エポック）で、学習率 0.005・0.01・0.015 について試します。

- **学習率を下げる**：効果は第3節の表がすでに示しています。
- **He の初期値**：基準の試行はすべて He の初期値です。比較として、入力数によらず分散 1 の正規分布 N(0, 1) で初期化します。
- **小さな正のバイアス**：隠れ層のバイアスを 0 ではなく 0.01 から始めます。CS231n のノートの別の部分である Karpathy (n.d.-b)「Neural Networks Part 2:
  Setting up the Data and the Loss」（https://cs231n.github.io/neural-networks-2/、発行年の記載なし、2026 年 12 月閲覧）が、すべての ReLU ユニットが最初に勾配を受け取れるように
  0.01 のような小さな定数をバイアスに使う人もいる、と紹介している値です。同じノートは、これで一貫して改善するかははっきりせず
  （かえって悪くなるという結果もあり）、バイアスを 0 で初期化するほうが一般的だ、とも書いています。
- **Leaky ReLU / PReLU**：Leaky ReLU は $\alpha = 0.01$ です。PReLU（パラメトリック ReLU）は、負の側の傾き $\alpha$ を学習するパラメータにした Leaky ReLU で（第4章と第5章で扱います）、$\alpha$ をユニットごとに学習し、初期値は He ら (2015) と同じ 0.25 です。
- **非対称な初期化**：Lu ら (2020) のランダム化非対称初期化（randomized asymmetric initialization）を簡略化したものです。
  隠れユニットごとに、そのユニットへの入力側のパラメータ（重みかバイアス）を無作為に一つ選び、正の値にします
  （重みなら絶対値をとります。バイアスは 0 から始まるので、選ばれたバイアスには、He の初期値で新しく引いた重みの絶対値を与えます）。
  元の論文では、選んだパラメータをベータ分布に従う乱数で決めます。
""",
        en=r"""
## 5. Remedies and their measured effect

We try the usual remedies on the same experiment (16 seeds, 30 epochs) at learning rates 0.005, 0.01 and 0.015.

- **A smaller learning rate**: the table of section 3 already shows its effect.
- **He initialisation**: every baseline run uses it. For comparison we initialise with N(0, 1), variance 1 whatever
  the fan-in.
- **A small positive bias**: hidden biases start at 0.01 instead of 0. In another part of the same notes, Karpathy (n.d.-b,
  "Neural Networks Part 2: Setting up the Data and the Loss", CS231n course notes,
  https://cs231n.github.io/neural-networks-2/, accessed December 2026) mentions
  that some people use a small constant such as 0.01 for all biases of ReLU units, so that every unit receives a
  gradient at the start. The same notes say that it is not clear this gives a consistent improvement (some results
  suggest it does worse), and that initialising biases at 0 is more common.
- **Leaky ReLU / PReLU**: Leaky ReLU with $\alpha = 0.01$; PReLU (parametric ReLU, a Leaky ReLU whose slope is
  learned; Chapters 4 and 5 cover it) learns a negative-side slope $\alpha$ per unit,
  starting at 0.25 as in He et al. (2015).
- **Asymmetric initialisation**: a simplified form of the "randomized asymmetric initialization" of Lu et al.
  (2020). For each hidden unit, one incoming parameter (a weight or the bias) is chosen at random and made positive.
  A chosen weight is replaced by its absolute value; a chosen bias, which starts at 0, is given the absolute value of
  a newly drawn He-initialised weight. The paper draws that parameter from a Beta distribution instead.
""",
    ),
    code(
        "remedies",
        """
rates = [0.005, 0.01, 0.015]
settings = {
    "baseline": relu_runs.at(rates),
    "normal": helpers.train_mlp(x, y, lr=rates, epochs=30, seeds=16, init="normal"),
    "bias": helpers.train_mlp(x, y, lr=rates, epochs=30, seeds=16, bias=0.01),
    "leaky": leaky_runs.at(rates),
    "prelu": helpers.train_mlp(x, y, lr=rates, epochs=30, seeds=16, activation="prelu", alpha=0.25),
    "asymmetric": helpers.train_mlp(x, y, lr=rates, epochs=30, seeds=16, init="asymmetric"),
}
labels = {key: helpers.text(f"dying.setting.{key}", bias=0.01, alpha=0.25 if key == "prelu" else 0.01)
          for key in settings}
print(helpers.dying.summary_table({labels[key]: result for key, result in settings.items()}))
rem = {key: helpers.dying.by_lr(result) for key, result in settings.items()}  # 本文の数値 || the numbers of the text
""",
    ),
    md(
        "remedies-after",
        ja=r"""
どの中央値も、多くて 16 個の試行（発散しなかった試行）から求めたものなので、試行 1〜2 個で説明できる程度の差は誤差の範囲と考えてください。そのうえで読み取れることは次のとおりです。

- **学習率を下げる**効果が最もはっきりしています。0.005 では基準の設定で発散した試行はなく（{{rem['baseline'][0.005]['diverged']}} 個）、
  死んだニューロンは多くても {{rem['baseline'][0.005]['max']:.0%}} です。
- **N(0, 1) での初期化**は、この浅いネットワークでは He の初期値より死んだニューロンが多くなりました
  （0.005 で中央値 {{rem['normal'][0.005]['median']:.0%}} 対 {{rem['baseline'][0.005]['median']:.0%}}、0.01 で {{rem['normal'][0.01]['median']:.0%}} 対 {{rem['baseline'][0.01]['median']:.0%}}）。
  一方、損失は低くなっています（0.005 で {{rem['normal'][0.005]['loss']:.3f}} 対 {{rem['baseline'][0.005]['loss']:.3f}}）。
  He の初期値の本来の役割は、深いネットワークで信号の大きさを保つことで、第2節で論じたとおり、生まれつき死ぬ確率は変えません。
- **バイアス 0.01** は、測れるほどの差を生みませんでした（0.015 で中央値 {{rem['bias'][0.015]['median']:.0%}} 対 {{rem['baseline'][0.015]['median']:.0%}}）。
- **Leaky ReLU** は第4節のとおり、すべての入力で 0 以下のユニットの割合をほとんど変えませんでした（0.015 で {{rem['leaky'][0.015]['median']:.0%}} 対 {{rem['baseline'][0.015]['median']:.0%}}）。
- **PReLU** は、0.005 では死んだニューロンの割合が基準と同じ {{rem['prelu'][0.005]['median']:.0%}} でしたが、損失は約 2 倍でした
  （{{rem['prelu'][0.005]['loss']:.3f}} 対 {{rem['baseline'][0.005]['loss']:.3f}}）。0.01 では 16 個中 {{rem['prelu'][0.01]['diverged']}} 個、
  0.015 では {{rem['prelu'][0.015]['diverged']}} 個が発散しました。この設定では、負の側の傾き（初期値 0.25）も学習するためか、
  同じ学習率でも不安定になりやすく、より小さな学習率が必要なようです。
- **非対称な初期化**（簡略版）は、この浅いネットワークでは学習を不安定にし、死んだニューロンを増やしました。
  0.005 では最大 {{rem['asymmetric'][0.005]['max']:.0%}} のユニットが死にました（ただし損失の中央値は {{rem['asymmetric'][0.005]['loss']:.3f}} 対 {{rem['baseline'][0.005]['loss']:.3f}} で、基準より低くなっています）。
  0.01 では 16 個中 {{rem['asymmetric'][0.01]['diverged']}} 個、0.015 では {{rem['asymmetric'][0.015]['diverged']}} 個すべてが発散しました。

非対称な初期化はもともと、深くて幅の狭いネットワークが**生まれつき**死ぬのを防ぐための方法です。そちらの効果も測ります。
第2節と同じく 2 点での判定を厳密に保つため、ここではバイアスを 0 のままにし、各ユニットへの入力側の重みを無作為に一つ選んで正にします。
""",
        en=r"""
Each median comes from at most 16 runs (those that did not diverge), so a difference that one or two runs could
account for is noise. With that in mind:

- **A smaller learning rate** has the clearest effect: at 0.005 no baseline run diverged
  ({{rem['baseline'][0.005]['diverged']}} of 16), and none lost more than {{rem['baseline'][0.005]['max']:.0%}} of its
  units.
- **N(0, 1) initialisation** gave more dead units than He initialisation in this shallow network (median
  {{rem['normal'][0.005]['median']:.0%}} against {{rem['baseline'][0.005]['median']:.0%}} at 0.005,
  {{rem['normal'][0.01]['median']:.0%}} against {{rem['baseline'][0.01]['median']:.0%}} at 0.01), though it reached a
  lower loss ({{rem['normal'][0.005]['loss']:.3f}} against {{rem['baseline'][0.005]['loss']:.3f}} at 0.005). He
  initialisation's real job is to keep the signal's scale through many layers; as section 2 argued, it does not change
  the born-dead probability at all.
- **A bias of 0.01** made no measurable difference (median {{rem['bias'][0.015]['median']:.0%}} against
  {{rem['baseline'][0.015]['median']:.0%}} at 0.015).
- **Leaky ReLU**, as section 4 found, hardly changed the fraction of units at most 0 on every input
  ({{rem['leaky'][0.015]['median']:.0%}} against {{rem['baseline'][0.015]['median']:.0%}} at 0.015).
- **PReLU** matched the baseline's fraction of dead units at 0.005 ({{rem['prelu'][0.005]['median']:.0%}}), though
  with about twice its loss ({{rem['prelu'][0.005]['loss']:.3f}} against {{rem['baseline'][0.005]['loss']:.3f}});
  {{rem['prelu'][0.01]['diverged']}} of 16 runs diverged at 0.01 and {{rem['prelu'][0.015]['diverged']}} at 0.015.
  Perhaps because it also learns its negative-side slopes (starting at 0.25), it is less stable here at the same
  learning rate, and it would probably need a smaller one.
- **Asymmetric initialisation** (simplified) made this shallow network less stable and left more dead units: at
  0.005 up to {{rem['asymmetric'][0.005]['max']:.0%}} of the units died (though the median loss was lower,
  {{rem['asymmetric'][0.005]['loss']:.3f}} against {{rem['baseline'][0.005]['loss']:.3f}}), and {{rem['asymmetric'][0.01]['diverged']}} of 16 runs diverged at 0.01,
  all {{rem['asymmetric'][0.015]['diverged']}} at 0.015.

Asymmetric initialisation was designed for something else: deep, narrow networks that are **born** dead. We measure
that too. To keep the two-point test of section 2 exact, biases stay 0 here, and in every unit one incoming weight,
chosen at random, is made positive.
""",
    ),
    code(
        "asymmetric-born",
        """
asymmetric = {n: helpers.dying.born_dead_by_depth(n, 50, trials=trials, seed=0, init="asymmetric") for n in widths}
print(helpers.text("dying.init.he"))
print(helpers.dying.born_dead_table(curves, [10, 20, 50], bound=False))
print(helpers.text("dying.init.asymmetric"))
print(helpers.dying.born_dead_table(asymmetric, [10, 20, 50], bound=False))
""",
    ),
    md(
        "asymmetric-born-after",
        ja=r"""
深くて幅の狭いネットワークでは、非対称な初期化は生まれつき死んでいる割合をはっきり下げます。
たとえば幅 5・深さ 50 では {{curves[5][49]:.3f}} が {{asymmetric[5][49]:.3f}} に、幅 2・深さ 20 では {{curves[2][19]:.3f}} が {{asymmetric[2][19]:.3f}} になりました。
それでも幅 2・深さ 50 では {{asymmetric[2][49]:.3f}} で、深くするほど死にやすいという傾向そのものは残ります。
対策にはそれぞれ効果のある場面があり、別の場面ではかえって悪くすることもあります。
""",
        en=r"""
In deep, narrow networks the asymmetric initialisation clearly lowers the born-dead fraction: at width 5 and depth 50
from {{curves[5][49]:.3f}} to {{asymmetric[5][49]:.3f}}, at width 2 and depth 20 from {{curves[2][19]:.3f}} to
{{asymmetric[2][19]:.3f}}. At width 2 and depth 50 it is still {{asymmetric[2][49]:.3f}}: greater depth still makes a
network more likely to be born dead. A remedy can help in one situation and make things worse in another.
""",
    ),
    md(
        "widget-intro",
        ja=r"""
## 自分で試す

スライダーで学習率を選び、ボタンを押すたびに新しいシードで 1 → 64 → 1 のネットワークを 30 エポック学習させます。
左のグラフが損失、右のグラフが死んだニューロンの割合の推移です（ウィジェットを使うには、Python のカーネルを動かして次のセルを実行してください）。
学習率がおよそ 0.01 以上のとき、割合が階段状に増え、一度増えると減らないことを確かめてください。
""",
        en=r"""
## Try it yourself

Pick a learning rate with the slider; each click on the button trains a new 1 → 64 → 1 network (the next seed)
for 30 epochs. The left plot shows the loss and the right plot the fraction of dead units. (The widget needs a
running Python kernel: run the cell to see it.) From a learning rate of about 0.01 upwards, watch the fraction climb
in steps that never go back down.
""",
    ),
    code("widget", "helpers.widgets.dying_explorer()", tags=("nbval-ignore-output",)),
    md(
        "summary",
        ja=r"""
## まとめ

- 初期化直後の広い層では、入力ごとにユニットの約半分が 0 を出力しますが（正になる割合の平均は {{fractions.mean():.4f}}）、
  すべての入力で 0 のユニットはありませんでした。
- バイアス 0・対称な初期化の深くて幅の狭い ReLU ネットワークは、生まれつき死んでいる（定数関数になっている）ことが多く、
  深さとともにその確率は 1 に近づきます（Lu ら (2020) の定理。この章の測定もそれと矛盾しません）。隠れ層が一つだけのネットワークは、生まれつき死ぬことはありません。
- この実験では、学習中の死はほぼ学習率で決まりました。0.005 以下ではほとんど死なず（多くても {{max(rows[r]['max'] for r in lrs[:3]):.0%}}）、
  0.015 で中央値 {{rows[0.015]['median']:.0%}}、さらに大きいと大半の試行が発散しました。
- 死んだ ReLU ユニットの更新量はちょうど 0 で、この実験（隠れ層が一つで、入力は固定）では一つも戻りませんでした。
  Leaky ReLU のユニットは勾配を受け取りますが、すべての入力で 0 以下になったユニットのうち戻ったのは、30 エポックで
  {{back['Leaky ReLU'][1] / back['Leaky ReLU'][0]:.1%}}（すべての学習率）、150 エポックで {{back['long'][1] / back['long'][0]:.1%}}（学習率 0.015）にとどまりました。
- 最も効いた対策は学習率を下げることでした。非対称な初期化は生まれつきの死には効きましたが、この浅いネットワークの学習では死んだニューロンを増やし、基準の設定ではほとんど発散しなかった学習率で、大半またはすべての試行を発散させました（0.01 で 16 個中 {{rem['asymmetric'][0.01]['diverged']}} 個、基準では {{rem['baseline'][0.01]['diverged']}} 個。0.015 で 16 個中 {{rem['asymmetric'][0.015]['diverged']}} 個、基準では {{rem['baseline'][0.015]['diverged']}} 個）。

次の章では、負の側に小さな傾きを持たせた Leaky ReLU を詳しく見ます。→ [第4章 Leaky ReLU](04_leaky_relu.ipynb)
""",
        en=r"""
## Summary

- At initialisation about half the units of a wide layer output 0 for any given input (on average, the fraction of
  positive units was {{fractions.mean():.4f}}), yet no unit was 0 on all inputs.
- Deep, narrow ReLU networks with zero biases and symmetric initialisation are often born dead (they compute a
  constant function); Lu et al. (2020) proved that the probability tends to 1 as depth grows, and this chapter's
  measurements are consistent with it. A network with a single hidden layer is never born dead.
- In this experiment, dying during training was mostly a matter of the learning rate: practically no unit died at
  0.005 or below (at most {{max(rows[r]['max'] for r in lrs[:3]):.0%}}), the median was
  {{rows[0.015]['median']:.0%}} at 0.015, and at larger rates most runs diverged.
- A dead ReLU unit gets an update of exactly 0; in this experiment (one hidden layer, fixed inputs) none came back.
  Leaky ReLU units keep a gradient, but of those that fell to at most 0 on every input, only
  {{back['Leaky ReLU'][1] / back['Leaky ReLU'][0]:.1%}} were back after 30 epochs (all learning rates) and
  {{back['long'][1] / back['long'][0]:.1%}} after 150 epochs (learning rate 0.015).
- The remedy that worked best was a smaller learning rate. Asymmetric initialisation helped against being born dead,
  but in this shallow network it left more units dead and made most or all runs diverge at learning rates where the
  baseline rarely did ({{rem['asymmetric'][0.01]['diverged']}} of 16 at 0.01 against {{rem['baseline'][0.01]['diverged']}},
  {{rem['asymmetric'][0.015]['diverged']}} of 16 at 0.015 against {{rem['baseline'][0.015]['diverged']}}).

Chapter 4 looks at Leaky ReLU, which gives the negative side a small slope. → [Chapter 4: Leaky ReLU](04_leaky_relu.ipynb)
""",
    ),
    md(
        "references",
        ja=r"""
## 参考文献

- He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving Deep into Rectifiers: Surpassing Human-Level Performance on
  ImageNet Classification. *Proceedings of the IEEE International Conference on Computer Vision (ICCV 2015)*,
  1026–1034. https://doi.org/10.1109/ICCV.2015.123. arXiv:1502.01852.
- Lu, L., Shin, Y., Su, Y. & Karniadakis, G. E. (2020). Dying ReLU and Initialization: Theory and Numerical
  Examples. *Communications in Computational Physics*, 28(5), 1671–1706. https://doi.org/10.4208/cicp.OA-2020-0165.
  arXiv:1903.06733 (2019).
- Karpathy, A. (n.d.-a). Neural Networks Part 1: Setting up the Architecture. *CS231n: Convolutional Neural Networks
  for Visual Recognition*（スタンフォード大学の講義ノート）. https://cs231n.github.io/neural-networks-1/（2026 年 12 月閲覧）。
- Karpathy, A. (n.d.-b). Neural Networks Part 2: Setting up the Data and the Loss. *CS231n: Convolutional Neural
  Networks for Visual Recognition*（スタンフォード大学の講義ノート）. https://cs231n.github.io/neural-networks-2/（2026 年 12 月閲覧）。
""",
        en=r"""
## References

- He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving Deep into Rectifiers: Surpassing Human-Level Performance on
  ImageNet Classification. *Proceedings of the IEEE International Conference on Computer Vision (ICCV 2015)*,
  1026–1034. https://doi.org/10.1109/ICCV.2015.123. arXiv:1502.01852.
- Lu, L., Shin, Y., Su, Y. & Karniadakis, G. E. (2020). Dying ReLU and Initialization: Theory and Numerical
  Examples. *Communications in Computational Physics*, 28(5), 1671–1706. https://doi.org/10.4208/cicp.OA-2020-0165.
  arXiv:1903.06733 (2019).
- Karpathy, A. (n.d.-a). Neural Networks Part 1: Setting up the Architecture. *CS231n: Convolutional Neural Networks
  for Visual Recognition* (Stanford University course notes). https://cs231n.github.io/neural-networks-1/ (accessed December 2026).
- Karpathy, A. (n.d.-b). Neural Networks Part 2: Setting up the Data and the Loss. *CS231n: Convolutional Neural
  Networks for Visual Recognition* (Stanford University course notes). https://cs231n.github.io/neural-networks-2/ (accessed December 2026).
""",
    ),
]
