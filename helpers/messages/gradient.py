"""Catalogue section: what the code cells of Chapter 2 (the gradient of ReLU) print and draw."""

MESSAGES = {
    "gradient.quotient": {"ja": "h = {h}：差分商 = {quotient}", "en": "h = {h}:  difference quotient = {quotient}"},
    "gradient.grid_zero": {
        "ja": "格子のうち x = 0 の点は {zeros} 個で、そこでの relu_grad の値は {grad} です。",
        "en": "Exactly {zeros} grid point lies at x = 0, and relu_grad there is {grad}.",
    },
    "gradient.relu_grad.label": {"ja": "ReLU の導関数 ReLU'(x)", "en": "derivative ReLU'(x)"},
    "gradient.relu_grad.title": {
        "ja": "導関数：x = 0 で 0 から 1 へ跳ぶ",
        "en": "The derivative jumps from 0 to 1 at x = 0",
    },
    "gradient.at_zero": {"ja": "x = 0 での値（規約により 0）", "en": "value used at x = 0 (0, by convention)"},
    "gradient.other_choice": {"ja": "チュートリアルの選択（1）", "en": "the tutorial's choice (1)"},
    "gradient.plot.alt": {
        "ja": "左右に並んだ二つのグラフで、横軸はどちらも入力 x（{low} から {high} まで）です。"
              "左は ReLU で、x が 0 以下では 0 の水平な線、0 より大きいと傾き 1 の直線になり、原点で折れ曲がって"
              "います。右はその導関数で、x < 0 では高さ 0、x > 0 では高さ 1 の水平な線になり、x = 0 で線が切れて"
              "段差になっています。x = 0 では、relu_grad が使う値 0 を塗りつぶした点で、チュートリアルが選んだ値 1 を"
              "白抜きの点で示しています。",
        "en": "Two graphs side by side; in both, the horizontal axis is the input x, from {low} to {high}. The "
              "left graph shows ReLU: a flat line at 0 for x at or below 0 and a straight line of slope 1 for x above "
              "0, bending at the origin. The right graph shows its derivative: a flat line at height 0 for x < 0 and "
              "at height 1 for x > 0, cut at x = 0 where it steps up. At x = 0 a filled dot marks the value 0 that "
              "relu_grad uses, and an open dot the value 1 the tutorial chose.",
    },
    "gradient.at_zero.forward": {"ja": "x = 0 での前進差分：{value}", "en": "forward  difference at 0: {value}"},
    "gradient.at_zero.backward": {"ja": "x = 0 での後退差分：{value}", "en": "backward difference at 0: {value}"},
    "gradient.at_zero.central": {"ja": "x = 0 での中心差分：{value}", "en": "central  difference at 0: {value}"},
    "gradient.at_zero.relu_grad": {"ja": "helpers.relu_grad(0.0)：{value}", "en": "helpers.relu_grad(0.0)  : {value}"},
    "gradient.grid.count": {
        "ja": "格子点は {size} 個で、そのうち 0 以外の点は {away} 個です。",
        "en": "The grid has {size} points, {away} of them away from 0.",
    },
    "gradient.grid.largest": {
        "ja": "0 以外の点での |数値微分 − 解析的な導関数| の最大値：{value}",
        "en": "largest |numerical − analytic| away from 0: {value}",
    },
    "gradient.grid.at_zero": {
        "ja": "x = 0 では、数値微分が {numeric}、relu_grad の値（規約で決めた値）が {analytic} です。",
        "en": "At x = 0 the numerical derivative is {numeric}, and relu_grad gives {analytic}, the value chosen by "
              "convention.",
    },
    "gradient.grid.near_zero": {"ja": "x = {x}：中心差分 {value}", "en": "x = {x}: central difference {value}"},
    "gradient.step.row": {"ja": "h = {h}：誤差 {error}", "en": "h = {h}:  error {error}"},
    "gradient.step.best": {
        "ja": "誤差が最も小さいのは h = {best} のとき（{smallest}）で、誤差がその {factor} 倍以内に収まるのは "
              "h = {low} から {high} までです。",
        "en": "The error is smallest at h = {best} ({smallest}); it stays within a factor of {factor} of that for h "
              "from {low} to {high}.",
    },
    "gradient.step.xlabel": {"ja": "刻み幅 h", "en": "step h"},
    "gradient.step.ylabel": {"ja": "中心差分の誤差", "en": "error of the central difference"},
    "gradient.step.title": {
        "ja": "tanh の x = 1 での中心差分の誤差",
        "en": "Error of the central difference of tanh at x = 1",
    },
    "gradient.step.alt": {
        "ja": "両対数グラフで、横軸は刻み幅 h（{smallest_h} から {largest_h} まで）、縦軸は tanh の x = 1 での"
              "中心差分の誤差です。h = {largest_h}（右端）での誤差は {first} で、h を小さくしていく（グラフを左へ"
              "たどる）と誤差は直線に沿って減り、h = {best} で最小の {smallest} になります。それより h を小さくすると、"
              "誤差は不規則に増え、"
              "h = {smallest_h} では {last} になります。全体として V 字の形です。",
        "en": "Log-log graph. The horizontal axis is the step h, from {smallest_h} to {largest_h}; the vertical "
              "axis is the error of the central difference of tanh at x = 1. At h = {largest_h} (the right end) "
              "the error is {first}; as h shrinks (moving left) it falls along a straight line to its smallest value, "
              "{smallest}, at h = {best}. For smaller "
              "h it rises again, unevenly, to {last} at h = {smallest_h}: the curve is V-shaped.",
    },
    "gradient.subgradient": {
        "ja": "g = {g}：格子上のすべての点で relu(y) >= g * y が成り立つか → {holds}",
        "en": "g = {g}:  relu(y) >= g * y at every point of the grid -> {holds}",
    },
}
