"""Catalogue section: plot labels and titles."""

MESSAGES = {
    "plot.x": {"ja": "入力 x", "en": "input x"},
    "plot.y": {"ja": "出力 f(x)", "en": "output f(x)"},
    "plot.dy": {"ja": "導関数 f'(x)", "en": "derivative f'(x)"},
    "plot.relu.title": {"ja": "ReLU（ランプ関数）", "en": "ReLU (rectified linear unit)"},
    "plot.relu.label": {"ja": "ReLU: max(x, 0)", "en": "ReLU: max(x, 0)"},
    # The alt text of the graph of ReLU (helpers.show): what it shows and what to notice.
    "plot.relu.description": {
        "ja": "x が -{limit} から {limit} までの ReLU のグラフです。x < 0 では出力が 0 で水平、x > 0 では出力が x に"
        "等しく傾き 1 の直線で、x = 0 で鋭く折れ曲がっています。",
        "en": "The graph of ReLU for x from -{limit} to {limit}. For x < 0 the output is 0 and the graph is flat; "
        "for x > 0 the output equals x, a straight line of slope 1; at x = 0 the graph bends at a sharp corner.",
    },
}
