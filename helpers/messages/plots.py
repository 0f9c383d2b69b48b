"""Catalogue section: plot labels and titles."""

MESSAGES = {
    "plot.x": {"ja": "入力 x", "en": "input x"},
    "plot.y": {"ja": "出力 f(x)", "en": "output f(x)"},
    "plot.dy": {"ja": "導関数 f'(x)", "en": "derivative f'(x)"},
    "plot.relu.title": {"ja": "ReLU（正規化線形関数）", "en": "ReLU (rectified linear unit)"},
    "plot.relu.label": {"ja": "ReLU：max(0, x)", "en": "ReLU: max(0, x)"},
}
