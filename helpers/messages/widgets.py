"""Catalogue section: the interactive widgets (helpers/widgets.py)."""

MESSAGES = {
    "widget.placeholder": {
        "ja": "操作できるウィジェット：このセルを実行すると表示されます",
        "en": "Interactive widget: run this cell to use it",
    },
    "widget.tangent.title": {"ja": "ReLU の接線", "en": "The tangent line of ReLU"},
    "widget.tangent.line": {"ja": "接線", "en": "tangent line"},
    "widget.tangent.readout": {
        "ja": "x = {x}　ReLU(x) = {y}　傾き ReLU'(x) = {slope}",
        "en": "x = {x}   ReLU(x) = {y}   slope ReLU'(x) = {slope}",
    },
    "widget.tangent.at_zero": {
        "ja": "（x = 0 では微分不可能。PyTorch・JAX・TensorFlow と同じく 0 を使います）",
        "en": "(not differentiable at x = 0; 0 is used there, as in PyTorch, JAX and TensorFlow)",
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
        "もう ReLU らしい関数ではありません。そのためスライダーは 0.5 までにしてあります。",
        "en": "α = 0 is ReLU itself and α = 1 is the identity f(x) = x. With α > 1 the negative side is steeper "
        "than the positive side and the function is no longer ReLU-like, so the slider stops at 0.5.",
    },
}
