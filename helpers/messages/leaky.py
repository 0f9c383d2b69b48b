"""Catalogue section: plot labels and printed lines of Chapter 4 (Leaky ReLU)."""

MESSAGES = {
    "leaky.label": {"ja": "Leaky ReLU（α = {alpha}）", "en": "Leaky ReLU (α = {alpha})"},
    "leaky.grad.label": {"ja": "Leaky ReLU の導関数（α = {alpha}）", "en": "derivative of Leaky ReLU (α = {alpha})"},
    "leaky.relu_grad.label": {"ja": "ReLU の導関数", "en": "derivative of ReLU"},
    "leaky.title.functions": {"ja": "関数", "en": "The functions"},
    "leaky.title.zoom": {"ja": "負の側を拡大", "en": "Zoom on the negative side"},
    "leaky.title.derivatives": {"ja": "導関数", "en": "The derivatives"},
    "leaky.at_zero": {"ja": "x = 0 で使う値（α）", "en": "value used at x = 0 (α)"},
    "leaky.figure.alt": {
        "ja": "三つのグラフ。左：ReLU（破線）と α = {alpha} の Leaky ReLU（実線）。"
              "通常の縮尺では 2 本の線はほぼ重なります。"
              "中央：負の側を縦方向に拡大した図。ReLU は 0 のまま水平ですが、Leaky ReLU は x = {left} で {at_left} まで"
              "ゆるやかに下がります。右：二つの導関数。x > 0 ではどちらも 1、x < 0 では ReLU が 0、Leaky ReLU が α = "
              "{alpha} で、この縮尺ではほとんど重なります。x = 0 で線は途切れ、helpers.leaky_relu_grad が x = 0 で使う"
              "値 α を点で示しています。",
        "en": "Three plots. Left: ReLU (dashed) and Leaky ReLU with α = {alpha} (solid); at the usual scale the two "
              "lines almost coincide. Middle: the negative side stretched vertically; ReLU stays flat at 0, while "
              "Leaky ReLU falls gently to {at_left} at x = {left}. Right: the two derivatives; both are 1 for x > 0, "
              "and for x < 0 ReLU's is 0 and Leaky ReLU's is α = {alpha}, almost the same line at this scale. "
              "The lines break at x = 0, and a dot marks the value α that helpers.leaky_relu_grad uses at x = 0.",
    },
    # The numerical check of the derivative (cell leaky-grad).
    "leaky.difference.backward": {"ja": "x = 0 での後退差分：{value:.4f}",
                                  "en": "backward difference at x = 0: {value:.4f}"},
    "leaky.difference.central": {"ja": "x = 0 での中心差分：{value:.4f}",
                                 "en": "central difference at x = 0: {value:.4f}"},
    "leaky.difference.forward": {"ja": "x = 0 での前進差分：{value:.4f}",
                                 "en": "forward difference at x = 0: {value:.4f}"},
    "leaky.difference.mean": {"ja": "左右の傾きの平均 (alpha + 1) / 2：{value:.4f}",
                              "en": "average of the two slopes, (alpha + 1) / 2: {value:.4f}"},
    "leaky.difference.max_error": {
        "ja": "x = 0 以外の点での、数値微分と leaky_relu_grad の差の最大値：{error:.1e}",
        "en": "largest difference between the numerical derivative and leaky_relu_grad away from x = 0: {error:.1e}",
    },
    # The dead neuron of Chapter 2, and the network of Chapter 3 (cells neuron-step, network-came-back).
    "leaky.steps": {
        "ja": "更新を続けると、{steps} 回目の更新で z が正になりました（z = {z:+.4f}）。",
        "en": "With further such steps, z became positive after {steps} steps (z = {z:+.4f}).",
    },
    "leaky.came_back": {
        "ja": "{epochs} エポック：すべての入力で 0 以下になったことのあるユニット {ever} 個のうち、"
              "最後のエポックで正の側に戻っていたのは {back} 個（{share:.1%}）",
        "en": "{epochs} epochs: of the {ever} units that were, at some epoch, at or below 0 on every input, "
              "{back} were back on the positive side at the end ({share:.1%})",
    },
    # Large alpha (cell alpha-large-check).
    "leaky.identity": {"ja": "alpha = 1：格子上のすべての x で leaky_relu(x) と x が一致する：{same}",
                       "en": "alpha = 1: leaky_relu(x) equals x at every x of the grid: {same}"},
    "leaky.steeper": {"ja": "alpha = 2：leaky_relu(-1) = {negative}、leaky_relu(1) = {positive}",
                      "en": "alpha = 2: leaky_relu(-1) = {negative}, leaky_relu(1) = {positive}"},
    "leaky.max_form.edge": {
        "ja": "alpha = {alpha:g}、x = [0.0, -0.0, inf]：max を使った書き方 {max_form}、定義 {definition}、"
              "helpers.leaky_relu {helper}",
        "en": "alpha = {alpha:g}, x = [0.0, -0.0, inf]: max form {max_form}, definition {definition}, "
              "helpers.leaky_relu {helper}",
    },
    "leaky.max_form": {
        "ja": "alpha = {alpha:g}：max(alpha * x, x) と leaky_relu(x) が一致する：{same}（x = 1 では max は {at_one}）",
        "en": "alpha = {alpha:g}: max(alpha * x, x) equals leaky_relu(x): {same} (at x = 1, max gives {at_one})",
    },
}
