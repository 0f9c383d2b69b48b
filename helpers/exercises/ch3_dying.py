"""Chapter 3 exercises: count the dead units; predict an all-zero layer; measure how often a network is born dead."""

from __future__ import annotations

import math

import numpy as np

from helpers.dying import born_dead_probability, dead_fraction
from helpers.exercises import judges
from helpers.exercises.registry import Exercise, case

# Rows are inputs, columns are units. Each array is chosen so that a common slip gives another number:
# exactly 0 counts as dead (relu_grad(0) = 0), the count runs down the columns (axis=0), and a unit is dead
# only if it is <= 0 on *every* input.
FIRST = [[1.0, -1.0, 0.0, -2.0], [-1.0, -3.0, 0.0, 0.5]]  # units 1 and 2 dead: 0.5
WIDE = [[-1.0, 2.0, -3.0, -0.5, 0.0], [-2.0, -1.0, -1.0, -0.1, -4.0], [-0.5, -3.0, 0.25, -2.0, -1.0]]  # 0.6
ONE_INPUT = [[0.5, -1.0, 0.0, 2.0, -3.0, 1e-300]]  # 0.5; a tiny positive value keeps a unit alive
ONE_UNIT = [[-1.0], [-2.0], [-0.0]]  # 1.0
INF = float("inf")
EXTREMES = [[-INF, 1e300, -1e-300], [-1e300, INF, 0.0]]  # 2/3: overflowed and tiny values follow the same rule


def _layer() -> np.ndarray:
    """A small hidden layer after training: 8 inputs, 10 units, 4 of them pushed below zero everywhere."""
    rng = np.random.default_rng(3)
    z = np.round(rng.normal(size=(8, 10)), 2)
    z[:, [1, 4, 5, 8]] = -np.abs(z[:, [1, 4, 5, 8]]) - 0.5
    return z


CASES = (
    case(np.array(FIRST)),
    case(np.array(WIDE)),
    case(-np.abs(np.array(WIDE)) - 1.0),  # every unit dead: 1.0
    case(np.abs(np.array(WIDE)) + 1.0),  # none dead: 0.0
    case(np.array(ONE_INPUT)),
    case(np.array(ONE_UNIT)),
    case(np.array(WIDE, dtype=np.float32)),
    case(np.array(EXTREMES)),
    case(_layer()),
)

DEAD_FRACTION = Exercise(
    id="dead_fraction",
    signature="dead_fraction(z)",
    reference=dead_fraction,
    returns="float",
    cases=CASES,
    # Fractions of different unit counts differ by far more than this; float32 arithmetic (0.6 -> 0.6000000238)
    # is still accepted.
    rtol={"float64": 1e-6, "float32": 1e-6},
    title={"ja": "死んだニューロンの割合を求める", "en": "The fraction of dead units"},
    task={
        "ja": """\
`dead_fraction(z)` は、ある隠れ層の活性化前の値を並べた 2 次元の NumPy 配列 `z` を受け取ります。
行が入力（データ点）、列がユニットです。**すべての入力で**活性化前の値が 0 以下のユニット（死んだニューロン）の割合を、
0 以上 1 以下の float で返してください。

- 活性化前の値がちょうど 0 の場合も、0 以下として死んだ側に数えます（第2章で決めたとおり、ReLU の $x = 0$ での
  勾配は 0 なので、そのユニットも勾配を受け取りません）。
- 一つの入力でも正の値があれば、そのユニットは生きています。
- `z` は書き換えないでください。NaN は含まれません。""",
        "en": """\
`dead_fraction(z)` takes a 2-D NumPy array `z` of a hidden layer's pre-activations: one row per input (data point),
one column per unit. Return, as a float between 0 and 1, the fraction of units whose pre-activation is at most 0 on
**every** input (the dead units).

- A pre-activation of exactly 0 counts on the dead side: `relu_grad(0)` is 0 (the choice made in Chapter 2), so a
  unit at 0 receives no gradient either.
- A single positive value on any input keeps a unit alive.
- Leave `z` unchanged. It contains no NaN.""",
    },
    hints=(
        {"ja": "`z <= 0` は、各要素が 0 以下かどうかを表す True/False の配列です。",
         "en": "`z <= 0` is an array of True/False: is each entry <= 0?"},
        {"ja": "ユニット（列）ごとに「すべての入力で 0 以下か」を調べるには、"
               "縦方向（すべての行＝すべての入力）にまとめる `np.all(..., axis=0)` を使います。"
               "`axis=1` にすると、行ごと（入力ごと）の判定になってしまいます。",
         "en": "To ask \"on every input?\" per unit (column), combine each column down all its rows (all the inputs) "
               "with `np.all(..., axis=0)`. `axis=1` would ask a question about each input (row) instead."},
        {"ja": "True/False の配列の平均 `.mean()` は True の割合です。個数（`.sum()`）ではなく割合を返しましょう。",
         "en": "The mean of a True/False array, `.mean()`, is the fraction of True. Return the fraction, not the "
               "count (`.sum()`)."},
    ),
    solution={
        "ja": """\
def dead_fraction(z):
    dead = np.all(z <= 0, axis=0)  # ユニット（列）ごとに、すべての入力で 0 以下か
    return float(dead.mean())      # True の割合""",
        "en": """\
def dead_fraction(z):
    dead = np.all(z <= 0, axis=0)  # per unit (column): <= 0 on every input?
    return float(dead.mean())      # the fraction of True""",
    },
)


# ---------------------------------------------------------------------------------------------- predict
# 200,000 layers are enough for the simulated fraction (standard deviation about 0.0005) to sit well inside the
# accepted band around 1/16; the band is wide enough that 0.06 and 0.063 pass and 1/8, 1/32 or 1/2 do not.
ALL_ZERO_CODE = """\
rng = np.random.default_rng(0)
x = np.array([0.5, -1.0, 2.0])
W = rng.standard_normal((200_000, 3, 4))
z = x @ W
float(np.mean(np.all(z <= 0, axis=1)))"""

ALL_ZERO_LAYER = Exercise(
    id="all_zero_layer",
    kind="predict",
    code=ALL_ZERO_CODE,
    atol=0.005,
    title={"ja": "層のユニットがすべて 0 を出力する割合（予想）", "en": "How often a whole layer outputs 0 (predict)"},
    task={
        "ja": """\
次のコードは、一つの入力 `x`（3 個の数）を、ランダムな重みの層 200,000 個に入れます。どの層も幅 4（ユニット 4 個）で、
重みは標準正規分布、バイアスは 0 です。`z` はその活性化前の値（形は 200,000 × 4）で、最後の行は、
4 個のユニットが**すべて** 0 以下（つまり出力がすべて 0）になった層の割合です。この値はいくつになるでしょうか。
第1節で見たことから考えて、小数で答えましょう（0.005 以内の差なら正解とします）。""",
        "en": """\
This code feeds one input `x` (3 numbers) to 200,000 random layers. Every layer has width 4 (4 units), standard
normal weights and zero biases. `z` holds their pre-activations (shape 200,000 × 4), and the last line is the
fraction of layers whose 4 units are **all** at most 0 (so the whole layer outputs 0). What value does it give?
Reason from section 1 and answer with a decimal number (an answer within 0.005 of the
result counts as right).""",
    },
    hints=(
        {"ja": "入力 `x` を固定すると、一つのユニットの活性化前の値が 0 以下になる確率は 1/2 です（第1節）。",
         "en": "For a fixed input `x`, one unit's pre-activation is at most 0 with probability 1/2 (section 1)."},
        {"ja": "4 個のユニットの重みは互いに独立です。独立な出来事が四つとも起きる確率は、それぞれの確率の積です。",
         "en": "The 4 units' weights are independent, and the probability that 4 independent events all happen is "
               "the product of their probabilities."},
    ),
    solution={"ja": "answer = 0.5 ** 4  # 4 個のユニットが独立に、それぞれ確率 1/2 で 0 以下：1/16 = 0.0625",
              "en": "answer = 0.5 ** 4  # 4 independent units, each at most 0 with probability 1/2: 1/16 = 0.0625"},
    explanation={
        "ja": "入力を固定すると、各ユニットの活性化前の値 w·x（重み w と入力 x の内積）は 0 について"
              "対称な正規分布に従うので、"
              "0 以下になる確率は 1/2 です。"
              "4 個のユニットの重みは独立なので、4 個とも 0 以下になる確率は (1/2)^4 = 1/16 = 0.0625 で、"
              "200,000 個の層での割合もほぼその値になります。幅 n の層なら 2^(-n) で、幅が狭いほど大きくなります。"
              "これが、次の節で見る「生まれつき死んでいる」ネットワークのもとになります。",
        "en": "For a fixed input, each unit's pre-activation w·x is normal and symmetric around 0, so it is at most 0 "
              "with probability 1/2. The 4 units' weights are independent, so all 4 are at most 0 with probability "
              "(1/2)^4 = 1/16 = 0.0625, and the fraction over 200,000 layers is very close to that. For a layer of "
              "width n it is 2^(-n): the narrower the layer, the larger this probability. "
              "This is where the born-dead networks of the next section come from.",
    },
)

# ---------------------------------------------------------------------------------------------- experiment
BORN_TRIALS = 1000  # the learner's networks (the task fixes it)
REFERENCE_TRIALS = 20_000  # helpers' estimate the check compares with (standard error about 0.0035)
# Four standard errors of the difference between the two estimates (worst case p = 1/2): about 0.065. A correct
# forward pass with any seed lands inside with probability 0.99994; the usual slips (one point only, no ReLU,
# a count or a percentage, h not reset, "any unit" instead of "all units") land far outside.
BORN_ATOL = round(4 * math.sqrt(0.25 / BORN_TRIALS + 0.25 / REFERENCE_TRIALS), 3)  # 0.065, as the task says


def _born_dead_reference() -> float:
    """The born-dead fraction at width 3, depth 10 from helpers, with many more networks than the learner's."""
    return born_dead_probability(3, 10, trials=REFERENCE_TRIALS, seed=1)


BORN_DEAD_EXPERIMENT = Exercise(
    id="born_dead_experiment",
    kind="experiment",
    answer_name="born_dead",
    starter={
        "ja": """\
width, depth, trials = 3, 10, 1000  # 深さ = 重みの層の数。隠れ層は depth - 1 個
rng = np.random.default_rng(0)
# 生まれつき死んでいるかを判定する 2 点 x = -1, 1（形は、入力 1 個 × 点 2 個）
points = np.array([[-1.0, 1.0]])
# trials 個のネットワークそれぞれに points を通して（順伝播）、生まれつき死んでいる割合を求めてください
born_dead = ...""",
        "en": """\
width, depth, trials = 3, 10, 1000  # depth = number of weight layers: depth - 1 hidden layers
rng = np.random.default_rng(0)
# the two points that decide whether a network is born dead: x = -1 and 1 (shape: 1 input × 2 points)
points = np.array([[-1.0, 1.0]])
# push points through each of the `trials` networks (the forward pass) and compute the fraction born dead
born_dead = ...""",
    },
    judge=judges.Within(_born_dead_reference, atol=BORN_ATOL),
    feedback={
        "too_high": {
            "ja": "基準の値は、helpers.dying が 20,000 個のネットワークで求めたものです。"
                  "ネットワークごとに h = points から始め直していますか。"
                  "ある層のすべてのユニットが 2 点の両方で 0 のときだけ死んでいると数えていますか（1 点だけ、"
                  "あるいはどれか一つのユニットだけでは足りません）。"
                  "個数や百分率ではなく、0 以上 1 以下の割合を入れましょう。",
            "en": "The reference value comes from 20,000 networks built by helpers.dying. "
                  "Do you start again from h = points for every network? "
                  "Do you count a network as dead only when every unit of some layer is 0 at both points (one "
                  "point, or one unit, is not enough)? Give a fraction between 0 and 1, not a count or a "
                  "percentage.",
        },
        "too_low": {
            "ja": "基準の値は、helpers.dying が 20,000 個のネットワークで求めたものです。"
                  "各層の後で helpers.relu を通していますか。"
                  "隠れ層を depth - 1 個すべて通していますか"
                  "（隠れ層が一つだけのネットワークは、生まれつき死ぬことはありません）。",
            "en": "The reference value comes from 20,000 networks built by helpers.dying. "
                  "Do you apply helpers.relu after every layer, and push "
                  "the points through all depth - 1 hidden layers (a network with a single hidden layer is never "
                  "born dead)?",
        },
        "wrong_kind": {
            "ja": "入れるのは、生まれつき死んでいたネットワークの割合です"
                  "（ネットワークごとの True/False の配列なら、その平均をとります）。",
            "en": "It is the fraction of networks that were born dead (for an array of True/False per network, "
                  "take its mean).",
        },
    },
    title={"ja": "生まれつき死んでいるネットワークを数える（実験）", "en": "Count the networks born dead (experiment)"},
    task={
        "ja": """\
第2節と同じ設定で、幅 3・深さ 10 の ReLU ネットワーク（隠れ層 9 個、バイアス 0、He の初期値）を 1,000 個作り、
生まれつき死んでいるものの割合を自分の順伝播で測りましょう。

- 入力は 2 点 $x = -1$ と $x = 1$ で十分です（第2節の正の斉次性）。最初の隠れ層に入るのは `points`（形は 1 × 2）です。
- 入力数が `fan_in` の層の重みは `rng.standard_normal((width, fan_in)) * np.sqrt(2 / fan_in)` で作れます。
  `h` をその層への入力（最初の隠れ層では `points`）とすると、層の出力は `helpers.relu(W @ h)` です。
- ある隠れ層の出力が 2 点の両方ですべて 0 なら、そのネットワークは生まれつき死んでいます（その先の層も 0 のままです）。
- 結果の `born_dead` は 0 以上 1 以下の割合です。

チェックでは、`helpers.dying` がずっと多くのネットワークで求めた値と比べます。
自分で作る 1,000 個は別の乱数から作られるので、
標準誤差の 4 倍までの差を許容します（許容する幅はチェックの結果に表示されます）。""",
        "en": """\
In the set-up of section 2, build 1,000 ReLU networks of width 3 and depth 10 (9 hidden layers, zero biases, He
initialisation) and measure, with your own forward pass, the fraction that is born dead.

- The two inputs $x = -1$ and $x = 1$ are enough (positive homogeneity, section 2). The first hidden layer
  receives `points` (shape 1 × 2).
- The weights of a layer with `fan_in` inputs are `rng.standard_normal((width, fan_in)) * np.sqrt(2 / fan_in)`,
  and its output is `helpers.relu(W @ h)`, where `h` is the layer's input (for the first hidden layer, `points`).
- A network is born dead when some hidden layer outputs only zeros at both points (every later layer stays 0).
- `born_dead` is a fraction between 0 and 1.

The check compares your result with the value `helpers.dying` computes from many more networks. Your 1,000
networks come from other random numbers, so a difference of up to 4 standard errors is accepted (the check shows
how much).""",
    },
    hints=(
        {"ja": "ネットワーク 1 個ぶんの計算は、`h = points` から始めて、`for _ in range(depth - 1):` の中で"
               "重みを作って `h = helpers.relu(W @ h)` とする、という繰り返しです。`fan_in` は `h.shape[0]` です。",
         "en": "For one network, start from `h = points`; then, inside the loop `for _ in range(depth - 1):`, draw "
               "the weights and set `h = helpers.relu(W @ h)`. `fan_in` is `h.shape[0]`."},
        {"ja": "一度すべて 0 になった層の先は 0 のままなので、最後の隠れ層の出力 `h` が"
               "すべて 0（`not h.any()`）かどうかを調べれば足ります。"
               "それを `trials` 個のネットワークについて数え、`trials` で割りましょう。",
         "en": "Once a layer is all zero, every later one is too, so it is enough to test whether the last hidden "
               "layer's output `h` is all zero (`not h.any()`). Count that over the `trials` networks and divide "
               "by `trials`."},
    ),
    solution={
        "ja": """\
width, depth, trials = 3, 10, 1000
rng = np.random.default_rng(0)
points = np.array([[-1.0, 1.0]])
dead = 0
for _ in range(trials):
    h = points  # ネットワークごとに、2 点から始め直す
    for _ in range(depth - 1):  # 隠れ層 depth - 1 個
        W = rng.standard_normal((width, h.shape[0])) * np.sqrt(2 / h.shape[0])  # He の初期値
        h = helpers.relu(W @ h)
    dead += not h.any()  # 最後の隠れ層が 2 点ともすべて 0 なら、生まれつき死んでいる
born_dead = dead / trials""",
        "en": """\
width, depth, trials = 3, 10, 1000
rng = np.random.default_rng(0)
points = np.array([[-1.0, 1.0]])
dead = 0
for _ in range(trials):
    h = points  # every network starts again from the two points
    for _ in range(depth - 1):  # depth - 1 hidden layers
        W = rng.standard_normal((width, h.shape[0])) * np.sqrt(2 / h.shape[0])  # He initialisation
        h = helpers.relu(W @ h)
    dead += not h.any()  # the last hidden layer is all zero at both points: born dead
born_dead = dead / trials""",
    },
    explanation={
        "ja": "作った 1,000 個のネットワークでの割合は、helpers.dying が多くのネットワークで求めた値"
              "（第2節の表の幅 3・深さ 10 の値とほぼ同じ）と、試行のばらつきの範囲で一致しました。"
              "重みを He の初期値の大きさにしなくても（たとえば標準正規分布のままでも）結果の分布は変わりません。"
              "バイアスが 0 なら、正の定数倍は符号を変えないからです。",
        "en": "The fraction from your 1,000 networks agrees, within sampling noise, with the value helpers.dying "
              "computes from many networks (close to the width-3, depth-10 entry of the table in section 2). "
              "Drawing the weights without the He scale (from the plain standard normal distribution, say) would "
              "not change the distribution of the result: with zero biases, a positive factor changes no sign.",
    },
)

EXERCISES = [DEAD_FRACTION, ALL_ZERO_LAYER, BORN_DEAD_EXPERIMENT]
