"""Catalogue section: what the code cells of Chapter 1 (what ReLU is) print and draw."""

MESSAGES: dict[str, dict[str, str]] = {
    "relu.grid": {
        "ja": "格子点は {low} から {high} までの {size} 個で、そのうち {zeros} 個がちょうど 0 です。",
        "en": "The grid has {size} points from {low} to {high}; the number of points equal to 0 is {zeros}.",
    },
    "relu.plot.label": {"ja": "ReLU：max(0, x)", "en": "ReLU: max(0, x)"},
}
