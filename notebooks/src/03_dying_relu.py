"""Chapter 3: the dying-ReLU problem, measured – born-dead networks, units that die in training, remedies."""

from cells import code, exercise, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# 第3章 dying ReLU 問題を測る

第2章で見たとおり、ReLU の勾配は負の入力に対して 0 です。では、あるニューロンの活性化前の値が
**どの入力に対しても** 0 以下になったら何が起きるでしょうか。そのニューロンは常に 0 を出力し、勾配も常に 0 なので、
勾配降下法ではもう二度と動きません。これが **死んだニューロン** で、この現象を **dying ReLU 問題** と呼びます。

dying ReLU 問題はよく知られていますが、たいていは「こういうことが起こる」と言葉で説明されるだけです。
この章では、数秒で再現できる実験で実際に数えます。

1. 初期化の直後、ユニットの約半分が 0 を出力する（ただしそれは「死」ではない）
2. 深くて幅の狭いネットワークは、初期化の時点で死んでいることがある
3. 学習率が大きいと、学習中にニューロンが死ぬ
4. 死んだニューロンの重みは一切更新されない。Leaky ReLU ならどうか
5. 対策とその効果の大きさ
""",
        en=r"""
# Chapter 3: Measuring the dying-ReLU problem

Chapter 2 showed that the gradient of ReLU is 0 for negative inputs. What happens when a unit's pre-activation is
<= 0 for **every** input? The unit then outputs 0 everywhere and its gradient is 0 everywhere, so gradient descent
can never move it again. Such a unit is a **dead neuron**, and this is the **dying-ReLU problem**.

The problem is well known, but usually only described. In this chapter we count it, with experiments that run in
seconds:

1. Right after initialisation about half the units output 0 (which is not the same as being dead).
2. Deep, narrow networks can be dead before training starts.
3. A large learning rate kills units during training.
4. A dead unit's weights never change again. What about Leaky ReLU?
5. Remedies, and how much each one helps.
""",
    ),
    setup(),
    md(
        "half-intro",
        ja=r"""
## 1. 初期化直後、ユニットの約半分は 0 を出力する

バイアスを 0、重みを He の初期値（平均 0、分散 $2 / \text{入力数}$ の正規分布）にした幅 10000 の層に、
16 次元のランダムな入力を 1000 個入れてみます。ある入力 $x$ を固定すると、各ユニットの活性化前の値 $w^\top x$ は
0 を中心に対称な分布に従うので、正になる確率はちょうど 1/2 です。ユニットは互いに独立なので、
正になるユニットの割合は二項分布 $\mathrm{Bin}(10000, 1/2) / 10000$ に従い、標準偏差は $\sqrt{0.25 / 10000} = 0.005$ です。
""",
        en=r"""
## 1. At initialisation about half the units output 0

Take a layer of 10,000 units with zero biases and He-initialised weights (normal, mean 0, variance
$2 / \text{fan-in}$), and feed it 1,000 random 16-dimensional inputs. For a fixed input $x$, each unit's
pre-activation $w^\top x$ is symmetric around 0, so it is positive with probability exactly 1/2, independently of the
other units. The fraction of positive units is therefore $\mathrm{Bin}(10000, 1/2) / 10000$, with standard deviation
$\sqrt{0.25 / 10000} = 0.005$.
""",
    ),
    code(
        "half-active",
        """
fractions = helpers.dying.active_fraction(10_000, d_in=16, inputs=1000, seed=0)
print("first five inputs:", fractions[:5])
print(f"over 1000 inputs: mean {fractions.mean():.4f}, min {fractions.min():.4f}, max {fractions.max():.4f}")
print("outside 0.5 +- 4 standard deviations:", int(np.sum(np.abs(fractions - 0.5) > 4 * 0.005)))
""",
    ),
    md(
        "half-not-dead",
        ja=r"""
どの入力でも、正になるユニットはほぼちょうど半分です。しかしこれは「半分が死んでいる」という意味ではありません。
入力が変われば、別の半分が正になります。死んだニューロンとは、**すべての入力**に対して活性化前の値が 0 以下のユニットです。
`helpers.dead_fraction` は、活性化前の値の表（行が入力、列がユニット）からその割合を数えます。
""",
        en=r"""
For every input, almost exactly half the units are positive. That does not mean half of them are dead: another input
switches on another half. A dead unit is one whose pre-activation is <= 0 for **all** inputs. `helpers.dead_fraction`
counts such units in a table of pre-activations (one row per input, one column per unit).
""",
    ),
    code(
        "half-dead-fraction",
        """
rng = np.random.default_rng(1)
W = rng.standard_normal((16, 10_000)) * np.sqrt(2 / 16)  # He の初期値：分散 2 / 入力数 || He initialisation: variance 2 / fan-in
X = rng.standard_normal((1000, 16))
Z = X @ W  # 活性化前の値：行が入力、列がユニット || pre-activations: one row per input, one column per unit
print("zero for the first input:", (Z[0] <= 0).mean())
print("zero for all 1000 inputs (dead):", helpers.dead_fraction(Z))
""",
    ),
    md(
        "half-after",
        ja=r"""
初期化直後の広い層には、死んだニューロンは一つもありません。ReLU の出力がまばら（約半分が 0）なのは
第1章で見た長所であって、それだけでは問題ではありません。
""",
        en=r"""
A freshly initialised wide layer has no dead unit at all. Half the outputs being 0 is the sparsity praised in
chapter 1, not a problem in itself.
""",
    ),
    *exercise("dead_fraction"),
    md(
        "born-intro",
        ja=r"""
## 2. 生まれつき死んでいるネットワーク

幅の狭い層では事情が変わります。幅 $w$ の層では、ある入力に対して **すべての** ユニットが 0 になる確率が
$2^{-w}$ あります。層がすべて 0 を出力すると、その先の層には 0 しか届かず、ネットワーク全体が定数関数になります。
初期化の時点でこうなっているネットワークを **生まれつき死んでいる（born dead）** と呼びます。

Lu, Shin, Su & Karniadakis, "Dying ReLU and Initialization: Theory and Numerical Examples"
（arXiv:1903.06733, 2019；Communications in Computational Physics 28(5), 2020）は、幅を固定して層を深くしていくと、
重みとバイアスを対称な分布で初期化した ReLU ネットワークが生まれつき死んでいる確率は 1 に近づくことを証明しました。
ここではそれを数えます。

**設定。** 深さ $L$ は重みの層の数で、幅 $w$ の ReLU 隠れ層が $L - 1$ 個、最後に線形の出力層があります。
重みは He の初期値、バイアスは 0、入力は 1 次元で区間 $[-\sqrt 3, \sqrt 3]$（分散 1 の一様分布の範囲）です。
ある隠れ層が区間の **すべての** 入力で 0 を出力するとき、そのネットワークは生まれつき死んでいるとします。

**区間を 2 点に減らせる理由。** バイアスが 0 なので、各層は正の斉次性 $h(t x) = t\,h(x)$（$t > 0$）を持ち、$h(0) = 0$ です。
したがって $x > 0$ での出力は $x \cdot h(1)$、$x < 0$ での出力は $|x| \cdot h(-1)$ で決まり、
層が区間全体で 0 であることと、$x = 1$ と $x = -1$ の 2 点で 0 であることは同値です。これは近似ではなく厳密な言い換えです。
そのため、試行（ネットワーク）1000 個ぶんの 2 点での順伝播を、行列積をまとめて一度に計算できます。

**深さ 2 では 0。** 隠れ層が一つだけのとき、ユニット $j$ の活性化前の値は $w_j x$ です。
$x = 1$ と $x = -1$ の両方で 0 以下になるのは $w_j = 0$ のときだけで、その確率は 0 です。
""",
        en=r"""
## 2. Networks that are born dead

Narrow layers are a different story. In a layer of width $w$, **all** units are 0 for a given input with probability
$2^{-w}$. Once a layer outputs only zeros, every later layer receives zeros and the whole network is a constant
function. A network in that state at initialisation is **born dead**.

Lu, Shin, Su & Karniadakis, "Dying ReLU and Initialization: Theory and Numerical Examples" (arXiv:1903.06733, 2019;
Communications in Computational Physics 28(5), 2020) proved that, at a fixed width, a ReLU network whose weights and
biases are drawn from symmetric distributions is born dead with a probability that tends to 1 as the depth grows.
Here we count it.

**Set-up.** The depth $L$ counts weight layers: $L - 1$ hidden ReLU layers of width $w$, then a linear output layer.
Weights are He-initialised, biases are 0, and the input is one number from the interval $[-\sqrt 3, \sqrt 3]$ (the
range of a uniform distribution with variance 1). A network is born dead when some hidden layer outputs 0 for
**every** input in the interval.

**Why two points are enough.** With zero biases every layer is positively homogeneous, $h(t x) = t\,h(x)$ for
$t > 0$, and $h(0) = 0$. So the output at $x > 0$ is $x \cdot h(1)$ and at $x < 0$ it is $|x| \cdot h(-1)$: a layer is
0 on the whole interval exactly when it is 0 at the two points $x = 1$ and $x = -1$. This is an exact reduction, not a
sample, and it lets us push 1000 networks through two points at once with batched matrix products.

**Depth 2 gives 0.** With a single hidden layer, unit $j$ has pre-activation $w_j x$, which is <= 0 at both $x = 1$ and
$x = -1$ only if $w_j = 0$, an event of probability 0.
""",
    ),
    code(
        "born-table",
        """
widths = [2, 3, 4, 5, 10]
curves = {w: helpers.dying.born_dead_by_depth(w, 50, trials=1000, seed=0) for w in widths}
print(helpers.dying.born_dead_table(curves, [2, 3, 5, 10, 20, 50]))
print("born_dead_probability(3, 10) =", helpers.born_dead_probability(3, 10))
""",
    ),
    md(
        "born-table-after",
        ja=r"""
表の値は 1000 個のネットワークのうち生まれつき死んでいた割合で、括弧内は次に説明する「1 点での上界」です。
1000 回の試行による推定なので、標準誤差は最大でも $\sqrt{0.25 / 1000} \approx 0.016$ です。
`born_dead_probability(width, depth)` は同じ乱数から同じネットワークを作るので、表の値と一致します。

**1 点での上界。** 入力を $x = 1$ の 1 点だけに固定すると、各隠れ層は（前の層の出力が 0 でない限り）確率 $2^{-w}$ ですべて 0 になるので、
$L - 1$ 層のどこかで 0 になる確率は $1 - (1 - 2^{-w})^{L - 1}$ です。区間全体で死んでいるネットワークは $x = 1$ でも死んでいるので、
これは生まれつき死んでいる確率の **上界** です。測った値は上界以下で、深さ 2 では上界 $2^{-w}$ に対して測定値は 0、
幅 2・深さ 3 では 0.438 に対して 0.158 と、浅いところでは大きく下回ります。
幅 2・深さ 20 だけは測定値 0.998 が上界 0.996 をわずかに上回っていますが、これは 1000 個のうち生き残ったネットワークが
2 個（上界からは平均で少なくとも約 4 個が期待されます）だったという試行のばらつきで、標準誤差の範囲内です。
""",
        en=r"""
Each entry is the fraction of 1000 networks that were born dead; the number in brackets is the single-input bound
explained next. With 1000 trials the standard error is at most $\sqrt{0.25 / 1000} \approx 0.016$.
`born_dead_probability(width, depth)` builds the same networks from the same seed, so it agrees with the table.

**The single-input bound.** At the one input $x = 1$, each hidden layer (fed something non-zero) is all zero with
probability $2^{-w}$, so the network is zero at $x = 1$ with probability $1 - (1 - 2^{-w})^{L - 1}$. A network dead on
the whole interval is dead at $x = 1$, so this is an **upper bound** on the born-dead probability. The measurements
respect it, and far below it when the network is shallow: at depth 2 the bound is $2^{-w}$ and the measurement 0; at
width 2, depth 3 the bound is 0.438 and the measurement 0.158. The one entry above its bound, width 2 at depth 20
(0.998 against 0.996), is sampling noise: 2 of the 1000 networks survived where the bound implies at least about 4
on average, well within the standard error.
""",
    ),
    code(
        "born-plot",
        """
depths = np.arange(2, 51)
fig, ax = plt.subplots(figsize=(6.5, 3.8), layout="constrained")
for w in widths:
    (line,) = ax.plot(depths, curves[w][1:], label=helpers.text("dying.width", width=w))
    _ = ax.plot(depths, helpers.dying.single_input_bound(w, depths), "--", color=line.get_color(), alpha=0.6)
_ = ax.plot([], [], "--", color="0.4", label=helpers.text("dying.bound_legend"))
ax.set(xlabel=helpers.text("dying.depth"), ylabel=helpers.text("dying.born_dead"),
       title=helpers.text("dying.born_dead.title"))
ax.grid(True, alpha=0.3)
_ = ax.legend(loc="lower right", fontsize=8)
plt.show()
""",
    ),
    md(
        "born-after",
        ja=r"""
幅 2 や 3 では、深さ 20 でほとんどのネットワークが生まれつき死んでおり、深さ 50 ではほぼすべてです。
幅 10 でも、深さ 50 ではゼロではない割合が死んでいます。深くするほど確率が 1 に近づくという Lu らの定理のとおりです。

この計算で He の初期値の **大きさ** は効いていません。バイアスが 0 のとき、重みを正の定数倍しても各ユニットの符号は変わらないので、
どの層が 0 になるかも変わらないからです。効くのは分布が **0 について対称** であることで、第5節ではこれを崩す初期化を試します。
""",
        en=r"""
At widths 2 and 3 most networks of depth 20 are born dead, and at depth 50 almost all are. Even at width 10 a non-zero
fraction is dead at depth 50. Deeper means closer to 1, as the theorem of Lu et al. says.

The **scale** of He initialisation plays no part here: with zero biases, multiplying a layer's weights by a positive
constant changes no sign, so it changes which layers are zero not at all. What matters is that the distribution is
**symmetric around 0**; section 5 tries an initialisation that breaks the symmetry.
""",
    ),
    md(
        "train-intro",
        ja=r"""
## 3. 学習中に死ぬニューロン

次に、生まれつきではなく **学習の途中で** 死ぬニューロンを数えます。区間 $[-\pi, \pi]$ から一様に選んだ 256 点で
$\sin x$ を近似する、入力 1・隠れ層 64 ユニット・出力 1 のネットワーク（1 → 64 → 1）を、
ミニバッチ 16 の確率的勾配降下法（SGD）で 30 エポック学習させます。損失は平均二乗誤差です。

学習率ごとに 16 個のシード（初期値）で学習します。どの学習率でも同じ 16 個の初期ネットワークと同じミニバッチの順番を使うので、
違いは学習率だけです。96 個のネットワークは、ループではなく配列の一つの軸としてまとめて学習されます。
誤差逆伝播法は `helpers.relu_grad` を使って手で書いてあり（`helpers.dying.mlp_gradients`）、テストで中心差分と照合しています。

学習後、訓練データの 256 点すべてで活性化前の値が 0 以下の隠れユニットを「死んでいる」と数えます。
損失がオーバーフローした（無限大や NaN になった）実行は「発散」として、死んだ割合の集計から外します。
""",
        en=r"""
## 3. Units that die during training

Now for units that die **during training**. A network with one input, 64 hidden units and one output (1 -> 64 -> 1)
learns $\sin x$ from 256 points drawn uniformly from $[-\pi, \pi]$, with stochastic gradient descent (SGD) on
mini-batches of 16 for 30 epochs, minimising the mean squared error.

Each learning rate is run with 16 seeds (initial networks). All learning rates use the same 16 initial networks and
the same order of mini-batches, so the learning rate is the only difference. The 96 networks are trained together,
as one axis of the arrays rather than a Python loop. The backward pass is written by hand with `helpers.relu_grad`
(`helpers.dying.mlp_gradients`) and checked against central differences in the tests.

After training, a hidden unit counts as dead when its pre-activation is <= 0 on all 256 training inputs. A run whose
loss overflowed (became infinite or NaN) counts as diverged and is left out of the dead-unit statistics.
""",
    ),
    code(
        "train-sweep",
        """
x, y = helpers.dying.sine_data()
lrs = [0.001, 0.003, 0.005, 0.01, 0.015, 0.02, 0.03]
relu_runs = helpers.train_mlp(x, y, width=64, lr=lrs, epochs=30, seeds=16, seed=0, record_updates=True)
print(helpers.dying.summary_table(relu_runs))
""",
    ),
    code(
        "train-plot",
        """
_ = helpers.dying.plot_dead_by_lr(relu_runs)
plt.show()
""",
    ),
    md(
        "train-after",
        ja=r"""
学習率ごとに、16 個の実行のうち発散した数と、発散しなかった実行での死んだニューロンの割合（中央値、25〜75 パーセンタイル、最小〜最大）、
最終損失の中央値を並べました。グラフの点は一つひとつの実行、× は発散した実行です（同じ学習率の × は重なって見えるので、数は表で確かめてください）。

- 学習率 0.005 以下では発散は 0 回で、どの実行でも死んだユニットは 64 個中たかだか 1 個（2%）でした。
- 0.01 では中央値 2% ですが、16 個のうち 1 個の実行は 38% が死にました。
- 0.015 では中央値が 41% に跳ね上がり、実行によって 0% から 92% まで大きくばらつきます。
- 0.02 では 16 個中 9 個、0.03 では 14 個が発散しました。発散しなかった実行は、どれも多くのユニットが死んでいます（中央値 72% と 66%）。

**CS231n との比較。** スタンフォード大学の講義 CS231n のノート（"Neural Networks Part 1: Setting up the Architecture"）は、
学習率が大きすぎると「ネットワークの 40% もが死ぬことがある」と書いていますが、実験は示していません。
この実験では、40% 前後という数字は確かに出てきます（学習率 0.015 での中央値が 41%）。しかしそれは、
死んだユニットがほとんど出ない学習率（0.005）から 3 倍しか離れていない狭い範囲で、しかも実行ごとに 0% から 92% までばらつき、
そのすぐ上では大半の実行が発散する（0.02 で 16 個中 9 個、0.03 で 14 個）、という条件つきです。
40% は ReLU に固有の定数ではなく、課題・ネットワークの幅・最適化手法・学習率で大きく変わる一つの例と考えるのが正確です。

なお、30 エポックは短く、小さな学習率ではまだ学習の途中です（損失 0.15〜0.18。$\sin x$ の分散は 0.5）。
0.01 の損失の中央値 0.293 がそれより悪いのは、おそらく安定性の限界に近い SGD の揺れのためです。
この学習率では損失がエポックごとに大きく上下します（下のウィジェットで曲線を見られます）。
""",
        en=r"""
For each learning rate: how many of the 16 runs diverged, and for the others the fraction of dead units (median,
25th-75th percentile, minimum-maximum) and the median final loss. Each dot in the plot is one run; a cross is a
diverged run (crosses at one learning rate overlap: the table has the counts).

- At learning rates up to 0.005 no run diverged, and no run had more than 1 dead unit out of 64 (2%).
- At 0.01 the median is 2%, but one run of the 16 lost 38% of its units.
- At 0.015 the median jumps to 41%, with runs anywhere from 0% to 92%.
- At 0.02, 9 of the 16 runs diverged, and at 0.03, 14 did. The runs that survived have most of their units dead
  (medians 72% and 66%).

**Compared with CS231n.** The notes of Stanford's CS231n course ("Neural Networks Part 1: Setting up the
Architecture") say that with a learning rate set too high "as much as 40%" of a network can be dead, without showing
an experiment. Here a figure around 40% does appear (a median of 41% at learning rate 0.015), but only in a narrow
band: a factor of 3 above a learning rate with practically no dead units (0.005), with runs spread from 0% to 92%,
and just below the rates at which most runs diverge (9 of 16 at 0.02, 14 at 0.03). 40% is not a constant of ReLU;
it is one example of a number that depends on the task, the width, the optimiser and the learning rate.

Thirty epochs is short: at small learning rates the networks are still learning (loss 0.15-0.18, where the variance
of $\sin x$ is 0.5). The median loss at 0.01, 0.293, is worse than that, most likely because SGD bounces around near
the edge of stability: at this rate the loss jumps up and down from epoch to epoch (the widget below draws such
curves).
""",
    ),
    md(
        "zero-intro",
        ja=r"""
## 4. 死んだニューロンは二度と更新されない

死んだユニットでは、すべての入力で `relu_grad` が 0 なので、誤差逆伝播で流れてくる勾配が 0 倍されます。
入ってくる重みとバイアスの勾配は **ちょうど 0**（丸め誤差で小さくなったのではなく、正確に 0.0）で、SGD の更新量も 0 です。
上の学習では、各エポックでユニットごとの重みとバイアスの変化量（変化のベクトルのノルム）を記録しておきました。
エポックの開始時に死んでいたユニットと、そうでないユニットで比べます。
""",
        en=r"""
## 4. A dead unit is never updated again

For a dead unit `relu_grad` is 0 on every input, so the gradient arriving from backpropagation is multiplied by 0.
The gradient of its incoming weights and bias is **exactly 0** (0.0, not a rounding residue), and so is its SGD
update. The training above recorded, for every unit and epoch, how far its incoming weights and bias moved (the norm
of the change). Compare the units that were dead at the start of an epoch with the others.
""",
    ),
    code(
        "zero-update",
        """
ok = ~relu_runs.diverged[None, :, :, None]  # 発散した実行は除く || leave out diverged runs
dead_at_start = relu_runs.dead[:-1] & ok  # エポック開始時に死んでいたユニット || units dead when the epoch began
alive_at_start = ~relu_runs.dead[:-1] & ok
print(f"dead units:  {dead_at_start.sum()} unit-epochs, largest change {relu_runs.updates[dead_at_start].max()}")
print(f"other units: {alive_at_start.sum()} unit-epochs, median change {np.median(relu_runs.updates[alive_at_start]):.2e}")
""",
    ),
    md(
        "leaky-spot-intro",
        ja=r"""
死んだユニットの変化量の最大値は 0.0 で、一度死んだユニットはエポックをまたいでも一切動いていません。

では、同じ場所に Leaky ReLU のユニットがあったらどうでしょうか。学習率 0.015 で学習したネットワークを一つ選び、
死んだユニットの重みとバイアスの勾配を、同じパラメータのまま活性化関数だけを Leaky ReLU（$\alpha = 0.01$）に替えて計算し直します。
""",
        en=r"""
The largest change of a dead unit is 0.0: once dead, a unit did not move at all in any later epoch.

What would a Leaky ReLU unit do in the same spot? We take one network trained with learning rate 0.015 and compute
the gradient of its dead units' weights and biases twice, with the same parameters: once through ReLU and once through
Leaky ReLU ($\alpha = 0.01$).
""",
    ),
    code(
        "leaky-spot",
        """
i = lrs.index(0.015)
s = int(np.argmax(relu_runs.dead[-1, i].sum(axis=-1) * ~relu_runs.diverged[i]))  # 死んだユニットが最も多い実行 || the run with most dead units
params = relu_runs.run_params(i, s)
dead_units = np.flatnonzero(relu_runs.dead[-1, i, s])[:4]
print("dead units:", dead_units)
for activation in ["relu", "leaky_relu"]:
    _, grads = helpers.dying.mlp_gradients(params, x, y, activation=activation)
    print(f"{activation:>10}  dL/dw: {grads['W1'][0, 0, dead_units]}  dL/db: {grads['b1'][0, dead_units]}")
""",
    ),
    md(
        "leaky-recover-intro",
        ja=r"""
ReLU では勾配がちょうど 0、Leaky ReLU では 0 ではありません。Leaky ReLU のユニットは勾配を受け取り続けます。
しかし「勾配がある」ことと「生き返る」ことは別の話です。同じ学習を Leaky ReLU で行い、
ある時点ですべての入力で活性化前の値が 0 以下になったユニット（Leaky ReLU なので死んではいませんが、同じ基準で数えます）のうち、
最後のエポックで正の側に戻っていたものを数えます。
""",
        en=r"""
Through ReLU the gradient is exactly 0; through Leaky ReLU it is not, so a Leaky unit keeps receiving a gradient.
But receiving a gradient is not the same as coming back. We run the same training with Leaky ReLU and count the
units whose pre-activation was <= 0 on every input at some epoch (not dead, since the unit is leaky, but counted by
the same rule), and how many of them are back on the positive side for some input at the last epoch.
""",
    ),
    code(
        "leaky-recover",
        """
leaky_runs = helpers.train_mlp(x, y, width=64, lr=lrs, epochs=30, seeds=16, seed=0, activation="leaky_relu")
print(helpers.dying.summary_table(leaky_runs))
for name, runs in [("ReLU", relu_runs), ("Leaky ReLU", leaky_runs)]:
    ever, back = helpers.dying.came_back(runs.dead[:, ~runs.diverged])
    print(f"{name}: {ever} units were <= 0 on every input at some epoch; {back} of them came back")
longer = helpers.train_mlp(x, y, width=64, lr=0.015, epochs=150, seeds=16, seed=0, activation="leaky_relu")
ever, back = helpers.dying.came_back(longer.dead[:, ~longer.diverged])
print(f"Leaky ReLU, lr 0.015, 150 epochs: {ever} units were <= 0 on every input at some epoch; {back} came back")
print("fraction <= 0 on every input after 1, 10, 50, 150 epochs:",
      np.round(longer.dead_fraction[[1, 10, 50, 150], 0][:, ~longer.diverged[0]].mean(axis=1), 3))
""",
    ),
    md(
        "leaky-recover-after",
        ja=r"""
Leaky ReLU の表は、ReLU の表とほとんど変わりません。学習率 0.015 で、すべての入力で 0 以下になったユニットの割合の中央値は
36%（ReLU では 41%）です。

- ReLU では、一度死んだ 789 個のユニットのうち戻ってきたものは 0 個です。これは偶然ではなく、勾配がちょうど 0 なので必ずそうなります。
- Leaky ReLU では、30 エポックの間に 813 個のユニットがすべての入力で 0 以下になり、最後に正の側に戻っていたのは 8 個（約 1%）でした。
- 学習率 0.015 で 150 エポックまで延ばすと、373 個のうち 31 個（約 8%）が戻りました。すべての入力で 0 以下のユニットの割合は、
  1 エポック後の 0.296 から 50 エポック後には 0.416 まで増え、150 エポック後に 0.382 へと少し減りました。

Leaky ReLU のユニットは勾配を受け取り続け、実際に少しずつ戻ってくるものもあります。しかしその勾配は $\alpha = 0.01$ 倍に小さく、
この実験では 150 エポックたっても、最初の数エポックで負の側に落ちたぶんを取り戻すにはほど遠い状態でした。
**この実験の数字は、Leaky ReLU が dying を「解決する」ことを示していません。** 死を取り返しのつくものにはしますが、その回復は遅いのです。
""",
        en=r"""
The Leaky ReLU table looks almost like the ReLU one. At learning rate 0.015 the median fraction of units that are
<= 0 on every input is 36% (41% with ReLU).

- With ReLU, 0 of the 789 units that died ever came back. That is no accident: their gradient is exactly 0.
- With Leaky ReLU, 813 units were <= 0 on every input at some point of the 30 epochs, and 8 of them (about 1%) were
  back on the positive side at the end.
- At learning rate 0.015 over 150 epochs, 31 of 373 such units (about 8%) came back. The fraction of units that
  are <= 0 on every input went from 0.296 after 1 epoch up to 0.416 after 50, then down a little to 0.382 after 150.

Leaky units do keep receiving a gradient, and some do slowly come back. But the gradient is scaled down by
$\alpha = 0.01$, and after 150 epochs the recovery was far from undoing what the first few epochs had lost.
**These numbers do not show Leaky ReLU "fixing" dying.** It makes death reversible, and the recovery is slow.
""",
    ),
    md(
        "remedies-intro",
        ja=r"""
## 5. 対策とその効果

よく挙げられる対策を、同じ実験（16 シード、30 エポック）で学習率 0.005・0.01・0.015 について試します。

- **学習率を下げる**：第3節の表そのものです。
- **He の初期値**：基準はすべて He の初期値です。比較として、入力数によらず分散 1 の正規分布 N(0, 1) で初期化します。
- **小さな正のバイアス**：隠れ層のバイアスを 0 ではなく 0.01 から始めます（CS231n のノートが挙げる値）。
- **Leaky ReLU / PReLU**：Leaky ReLU は $\alpha = 0.01$、PReLU は負の側の傾き $\alpha$ をユニットごとに学習し、初期値は He ら (2015) と同じ 0.25 です。
- **非対称な初期化**：Lu らの randomized asymmetric initialization を簡略化したもので、隠れユニットごとに入ってくるパラメータ
  （重みかバイアス）を一つ選び、その符号を正にします。元の論文は選んだパラメータを Beta 分布から引きます。
""",
        en=r"""
## 5. Remedies and their measured effect

We try the usual remedies on the same experiment (16 seeds, 30 epochs) at learning rates 0.005, 0.01 and 0.015.

- **A smaller learning rate**: the table of section 3.
- **He initialisation**: every baseline run uses it. For comparison we initialise with N(0, 1), variance 1 whatever
  the fan-in.
- **A small positive bias**: hidden biases start at 0.01 instead of 0 (the value CS231n's notes mention).
- **Leaky ReLU / PReLU**: Leaky ReLU with $\alpha = 0.01$; PReLU learns a negative-side slope $\alpha$ per unit,
  starting at 0.25 as in He et al. (2015).
- **Asymmetric initialisation**: a simplified form of the randomized asymmetric initialisation of Lu et al.: for each
  hidden unit one incoming parameter (a weight or the bias), chosen at random, is made positive. The paper draws that
  parameter from a Beta distribution instead.
""",
    ),
    code(
        "remedies",
        """
rates = [0.005, 0.01, 0.015]
settings = {
    helpers.text("dying.setting.baseline"): relu_runs.at(rates),
    helpers.text("dying.setting.normal"): helpers.train_mlp(x, y, lr=rates, epochs=30, seeds=16, init="normal"),
    helpers.text("dying.setting.bias", bias=0.01): helpers.train_mlp(x, y, lr=rates, epochs=30, seeds=16, bias=0.01),
    helpers.text("dying.setting.leaky", alpha=0.01): leaky_runs.at(rates),
    helpers.text("dying.setting.prelu", alpha=0.25): helpers.train_mlp(
        x, y, lr=rates, epochs=30, seeds=16, activation="prelu", alpha=0.25),
    helpers.text("dying.setting.asymmetric"): helpers.train_mlp(x, y, lr=rates, epochs=30, seeds=16, init="asymmetric"),
}
print(helpers.dying.summary_table(settings))
""",
    ),
    md(
        "remedies-after",
        ja=r"""
16 個のシードによる中央値なので、実行数個ぶんの差は誤差の範囲と考えてください。そのうえで読み取れることは次のとおりです。

- **学習率を下げる** 効果が最もはっきりしています。0.005 では基準の設定で発散は 0 回、死んだユニットは多くても 2% です。
- **N(0, 1) での初期化** は、この浅いネットワークでは He の初期値より死んだユニットが多くなりました（0.005 で中央値 5% 対 0%、0.01 で 16% 対 2%）。
  損失は低くなっています。He の初期値の本来の役割は、深いネットワークで信号の大きさを保つことで、第2節で見たとおり生まれつき死ぬ確率は変えません。
- **バイアス 0.01** は、測れるほどの差を生みませんでした（0.015 で中央値 42% 対 41%）。
- **Leaky ReLU** は第4節のとおり、すべての入力で 0 以下のユニットの割合をほとんど変えませんでした（0.015 で 36% 対 41%）。
- **PReLU** は 0.005 では基準と同じ 0% でしたが、0.01 では 16 個中 11 個、0.015 では 15 個が発散しました。
  この設定では、学習する傾きのぶん同じ学習率で不安定になり、より小さな学習率が必要です。
- **非対称な初期化**（簡略版）は、この浅いネットワークではかえって悪く、0.005 で死んだユニットが増え（最大 56%）、
  0.01 では 16 個中 14 個、0.015 ではすべてが発散しました。

非対称な初期化はもともと、深くて幅の狭いネットワークが **生まれつき** 死ぬのを防ぐための方法です。そちらの効果も測ります。
第2節と同じく 2 点での判定を厳密に保つため、ここではバイアスを 0 のままにし、各ユニットに入ってくる重みのうち一つを選んで正にします。
""",
        en=r"""
These are medians over 16 seeds, so a difference of a run or two is noise. With that in mind:

- **A smaller learning rate** has the clearest effect: at 0.005 the baseline never diverged and lost at most 2% of
  its units.
- **N(0, 1) initialisation** gave more dead units than He initialisation in this shallow network (median 5% against
  0% at 0.005, 16% against 2% at 0.01), though a lower loss. He initialisation's real job is to keep the signal's
  scale through many layers; as section 2 showed, it does not change the born-dead probability at all.
- **A bias of 0.01** made no measurable difference (median 42% against 41% at 0.015).
- **Leaky ReLU**, as section 4 found, hardly changed the fraction of units <= 0 on every input (36% against 41% at
  0.015).
- **PReLU** matched the baseline at 0.005 (0%), but 11 of 16 runs diverged at 0.01 and 15 at 0.015: with its learned
  slopes it is less stable at the same learning rate here, and needs a smaller one.
- **Asymmetric initialisation** (simplified) made this shallow network worse: more dead units at 0.005 (up to 56%),
  and 14 of 16 runs diverged at 0.01, all 16 at 0.015.

Asymmetric initialisation was designed for something else: deep, narrow networks that are **born** dead. We measure
that too. To keep the two-point test of section 2 exact, biases stay 0 here, and in every unit one incoming weight,
chosen at random, is made positive.
""",
    ),
    code(
        "asymmetric-born",
        """
asymmetric = {w: helpers.dying.born_dead_by_depth(w, 50, trials=1000, seed=0, init="asymmetric") for w in widths}
print(helpers.text("dying.init.he"))
print(helpers.dying.born_dead_table(curves, [10, 20, 50], bound=False))
print(helpers.text("dying.init.asymmetric"))
print(helpers.dying.born_dead_table(asymmetric, [10, 20, 50], bound=False))
""",
    ),
    md(
        "asymmetric-born-after",
        ja=r"""
深い・幅の狭いネットワークでは、非対称な初期化は生まれつき死んでいる割合をはっきり下げます。
たとえば幅 5・深さ 50 では 0.757 が 0.348 に、幅 2・深さ 20 では 0.998 が 0.670 になりました。
それでも幅 2・深さ 50 では 0.947 で、深くすれば死ぬという傾向そのものは残ります。
対策には、それぞれ効く場面があるということです。
""",
        en=r"""
In deep, narrow networks the asymmetric initialisation clearly lowers the born-dead fraction: at width 5 and depth 50
from 0.757 to 0.348, at width 2 and depth 20 from 0.998 to 0.670. At width 2 and depth 50 it is still 0.947: the
trend that depth kills remains. Each remedy has the situation it is made for.
""",
    ),
    md(
        "widget-intro",
        ja=r"""
## 自分で試す

スライダーで学習率を選び、ボタンを押すたびに新しいシードで 1 → 64 → 1 のネットワークを 30 エポック学習させます。
左が損失、右が死んだニューロンの割合の推移です。学習率 0.01 前後から上で、割合が階段状に増え、二度と減らないことを確かめてください。
""",
        en=r"""
## Try it yourself

Pick a learning rate with the slider; each click on the button trains a new 1 -> 64 -> 1 network (the next seed)
for 30 epochs. Left: the loss; right: the fraction of dead units. From about 0.01 upwards, watch the fraction climb
in steps that never go back down.
""",
    ),
    code("widget", "helpers.widgets.dying_explorer()", tags=("nbval-ignore-output",)),
    md(
        "summary",
        ja=r"""
## まとめ

- 初期化直後の広い層では、入力ごとにユニットの約半分が 0 を出力しますが（測定値 0.4998）、すべての入力で 0 のユニットはありません。
- バイアス 0・対称な初期化の深くて幅の狭い ReLU ネットワークは、生まれつき死んでいる（定数関数になっている）ことが多く、
  深さとともにその確率は 1 に近づきます（Lu ら）。深さ 2 では 0 です。
- 学習中の死は学習率でほぼ決まります。この実験では、0.005 以下ではほとんど死なず、0.015 で中央値 41%、さらに大きいと多くが発散しました。
- 死んだ ReLU ユニットの更新量はちょうど 0 で、二度と戻りません。Leaky ReLU のユニットは勾配を受け取りますが、
  戻ってきたのは 30 エポックで約 1%、150 エポックで約 8% にとどまりました。
- 最も効いた対策は学習率を下げることでした。非対称な初期化は生まれつきの死には効きましたが、この浅いネットワークの学習では逆効果でした。

次の章では、負の側に小さな傾きを持たせた Leaky ReLU を詳しく見ます。→ [第4章 Leaky ReLU](04_leaky_relu.ipynb)
""",
        en=r"""
## Summary

- At initialisation about half the units of a wide layer output 0 for any given input (measured: 0.4998), yet no
  unit is 0 on all inputs.
- Deep, narrow ReLU networks with zero biases and symmetric initialisation are often born dead (a constant function),
  with a probability that tends to 1 as depth grows (Lu et al.). Depth 2 gives 0.
- Dying during training is mostly a matter of the learning rate: here practically no unit died at 0.005 or below,
  the median was 41% at 0.015, and larger rates mostly diverged.
- A dead ReLU unit gets an update of exactly 0 and never comes back. Leaky units keep a gradient, but only about 1%
  of them came back within 30 epochs and about 8% within 150.
- The remedy that worked best was a smaller learning rate. Asymmetric initialisation helped against being born dead,
  but hurt training in this shallow network.

Next, Leaky ReLU, which gives the negative side a small slope. → [Chapter 4: Leaky ReLU](04_leaky_relu.ipynb)
""",
    ),
]
