"""Catalogue section: what the code cells of Chapter 1 (what ReLU is) print and draw."""

MESSAGES: dict[str, dict[str, str]] = {
    "relu.grid": {
        "ja": "格子点は {low} から {high} までの {size} 個で、そのうち {zeros} 個がちょうど 0 です。",
        "en": "The grid has {size} points from {low} to {high}; x == 0 holds for exactly {zeros} of them.",
    },
    "relu.plot.alt": {
        "ja": "ReLU のグラフ。横軸は入力 x（{low} から {high} まで）、縦軸は出力です。x が 0 以下では出力は 0 で、"
              "横軸に重なる水平な線になります。x が 0 より大きいと出力は x に等しく、傾き 1 の直線になります。"
              "二つの線は原点でつながり、そこで折れ曲がった角ができています。",
        "en": "Graph of ReLU. The horizontal axis is the input x, from {low} to {high}, and the vertical axis "
              "the output. For x at or below 0 the output is 0, a flat line lying on the x-axis; for x above 0 the "
              "output equals x, a straight line of slope 1. The two lines meet at the origin, where the graph has a "
              "sharp corner.",
    },
    "relu.plot.label": {"ja": "ReLU：max(0, x)", "en": "ReLU: max(0, x)"},
}
