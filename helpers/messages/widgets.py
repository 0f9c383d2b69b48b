"""Catalogue section: the interactive widgets (helpers/widgets.py)."""

MESSAGES = {
    "widget.placeholder": {
        "ja": "操作できるウィジェット：このセルを実行すると表示されます",
        "en": "Interactive widget: run this cell to use it",
    },
    "widget.tangent.title": {"ja": "ReLU の接線", "en": "The tangent line of ReLU"},
    "widget.tangent.line": {"ja": "接線", "en": "tangent line"},
    "widget.tangent.line.zero": {"ja": "傾き 0 の直線（規約）", "en": "line of slope 0 (convention)"},
    "widget.tangent.readout": {
        "ja": "x = {x}　ReLU(x) = {y}　傾き ReLU'(x) = {slope}",
        "en": "x = {x}   ReLU(x) = {y}   slope ReLU'(x) = {slope}",
    },
    "widget.tangent.at_zero": {
        "ja": "（x = 0 では微分できないので、PyTorch・JAX・TensorFlow の relu と同じく傾き 0 を使います）",
        "en": "(ReLU is not differentiable at x = 0; the slope shown is 0, as in the relu functions of PyTorch, JAX "
        "and TensorFlow)",
    },
    "widget.alpha.title_f": {"ja": "関数", "en": "The functions"},
    "widget.alpha.title_d": {"ja": "導関数", "en": "Their derivatives"},
    "widget.alpha.relu_grad": {"ja": "ReLU の導関数", "en": "derivative of ReLU"},
    "widget.alpha.leaky": {"ja": "Leaky ReLU（α = {alpha}）", "en": "Leaky ReLU (α = {alpha})"},
    "widget.alpha.readout": {
        "ja": "α = {alpha}：負の側の傾きは {alpha}、たとえば LeakyReLU(-2) = {value}",
        "en": "α = {alpha}: the slope on the negative side is {alpha}, e.g. LeakyReLU(-2) = {value}",
    },
    "widget.alpha.note": {
        "ja": "α = 0 なら ReLU そのもの、α = 1 なら恒等関数 f(x) = x です。α > 1 では負の側の傾きが正の側より急になり、"
        "もう ReLU らしい関数ではありません。スライダーは 0 から 0.5 までです。この範囲では、負の側の傾きは正の側より"
        "はっきりゆるやかなままです。",
        "en": "α = 0 is ReLU itself and α = 1 is the identity f(x) = x. With α > 1 the negative side is steeper "
        "than the positive side and the function is no longer ReLU-like. The slider covers 0 to 0.5, where the "
        "negative side stays clearly flatter than the positive side.",
    },
    # Descriptions of the widgets' pictures: the alt text a screen reader reads, updated with every redraw.
    # What the picture shows, with the current values, then ({notice}) what to notice in it.
    "widget.tangent.description": {
        "ja": "ReLU のグラフ（x は {low} から {high} まで）に、点 ({x}, {y}) を丸で、その点を通る傾き ReLU'(x) の直線を"
        "破線で重ねた図です。{notice}",
        "en": "The graph of ReLU for x from {low} to {high}, with the point ({x}, {y}) marked by a dot and the line "
        "of slope ReLU'(x) through it drawn dashed. {notice}",
    },
    "widget.tangent.notice.positive": {
        "ja": "x > 0 なので傾きは 1 で、この直線は接線です。グラフの右半分の直線に重なっています。",
        "en": "Since x > 0, the slope is 1 and the line is the tangent: it lies on the straight right half of "
        "the graph.",
    },
    "widget.tangent.notice.negative": {
        "ja": "x < 0 なので傾きは 0 で、この直線は接線です。グラフの左半分の平らな部分に重なっています。",
        "en": "Since x < 0, the slope is 0 and the line is the tangent: it lies on the flat left half of the graph.",
    },
    "widget.tangent.notice.zero": {
        "ja": "x = 0 はグラフの角で、接線はありません。図には、規約で決めた傾き 0 の直線を描いています。",
        "en": "x = 0 is the corner of the graph, where there is no tangent line; the figure draws the line of "
        "slope 0 that is used by convention.",
    },
    "widget.alpha.description": {
        "ja": "左は ReLU（破線）と α = {alpha} の Leaky ReLU（実線）のグラフ、右はそれぞれの導関数のグラフです。"
        "{notice}",
        "en": "Left: the graphs of ReLU (dashed) and of Leaky ReLU with α = {alpha} (solid); right: the graphs of "
        "their derivatives. {notice}",
    },
    "widget.alpha.notice": {
        "ja": "x < 0 では Leaky ReLU の傾きが {alpha} なので LeakyReLU(-2) = {value} となり、導関数も 0 ではなく "
        "{alpha} のままです。ReLU の導関数は x < 0 で 0 です。",
        "en": "For x < 0 Leaky ReLU has slope {alpha}, so LeakyReLU(-2) = {value}, and its derivative stays at "
        "{alpha} there instead of dropping to 0 as the derivative of ReLU does.",
    },
    "widget.alpha.notice.zero": {
        "ja": "α = 0 なので Leaky ReLU は ReLU と重なり、x < 0 での導関数はどちらも 0 です。",
        "en": "With α = 0, Leaky ReLU coincides with ReLU, and both derivatives are 0 for x < 0.",
    },
    "widget.dying.description": {
        "ja": "1 → {width} → 1 の ReLU ネットワークに、学習率 {lr}、シード {seed} で sin x を {epochs} エポック"
        "学習させた記録です。左はエポックごとの損失（対数目盛）、右は死んだニューロンの割合です。{notice}",
        "en": "A 1 → {width} → 1 ReLU network fitted to sin x for {epochs} epochs with learning rate {lr} and "
        "seed {seed}: the loss per epoch on the left (log scale), the fraction of dead units on the right. {notice}",
    },
    "widget.dying.notice": {
        "ja": "死んだニューロンの割合は初めに {start}、{epochs} エポック後には {percent}"
        "（{width} 個のうち {dead} 個）で、最後の損失は {loss} です。",
        "en": "The fraction of dead units starts at {start} and is {percent} after {epochs} epochs ({dead} of "
        "{width}); the final loss is {loss}.",
    },
    "widget.dying.notice.diverged": {
        "ja": "この学習率では学習が発散し、損失がオーバーフローしました。"
        "左のグラフには発散する前の損失だけが描かれています。",
        "en": "At this learning rate training diverged and the loss overflowed; the left graph shows the loss only "
        "up to that point.",
    },
}
