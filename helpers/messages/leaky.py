"""Catalogue section: plot labels of Chapter 4 (Leaky ReLU)."""

MESSAGES = {
    "leaky.label": {"ja": "Leaky ReLU（α = {alpha}）", "en": "Leaky ReLU (α = {alpha})"},
    "leaky.grad.label": {"ja": "Leaky ReLU の導関数（α = {alpha}）", "en": "derivative of Leaky ReLU (α = {alpha})"},
    "leaky.relu_grad.label": {"ja": "ReLU の導関数", "en": "derivative of ReLU"},
    "leaky.title.functions": {"ja": "関数", "en": "The functions"},
    "leaky.title.zoom": {"ja": "負の側を拡大", "en": "Zoom on the negative side"},
    "leaky.title.derivatives": {"ja": "導関数", "en": "The derivatives"},
    "leaky.at_zero": {"ja": "x = 0 での値（α）", "en": "value used at x = 0 (α)"},
}
