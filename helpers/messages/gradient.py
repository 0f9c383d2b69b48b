"""Catalogue section: plot labels of Chapter 2 (the gradient of ReLU)."""

MESSAGES = {
    "gradient.relu_grad.label": {"ja": "ReLU の導関数 ReLU'(x)", "en": "derivative ReLU'(x)"},
    "gradient.relu_grad.title": {
        "ja": "導関数：x = 0 で 0 から 1 へ跳ぶ",
        "en": "The derivative jumps from 0 to 1 at x = 0",
    },
    "gradient.at_zero": {"ja": "x = 0 での値（約束で 0）", "en": "value used at x = 0 (0, by convention)"},
    "gradient.other_choice": {"ja": "元のチュートリアルの選択（1）", "en": "the source tutorial's choice (1)"},
}
