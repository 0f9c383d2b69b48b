"""Catalogue section of Chapter 5 (the ReLU family): labels, figure descriptions, printed lines, table headers."""

MESSAGES = {
    # --- names of the functions (legends, table rows) ---
    "family.relu": {"ja": "ReLU", "en": "ReLU"},
    "family.prelu": {"ja": "PReLU（α = {alpha}）", "en": "PReLU (α = {alpha})"},
    "family.elu": {"ja": "ELU（α = {alpha}）", "en": "ELU (α = {alpha})"},
    "family.gelu": {"ja": "GELU（erf による厳密形）", "en": "GELU (exact, with erf)"},
    "family.gelu_tanh": {"ja": "GELU（tanh 近似）", "en": "GELU (tanh approximation)"},
    "family.silu": {"ja": "SiLU（Swish）", "en": "SiLU (Swish)"},
    "family.softplus": {"ja": "Softplus", "en": "Softplus"},
    # --- figure titles ---
    "family.title.function": {"ja": "{name}", "en": "{name}"},
    "family.title.derivative": {"ja": "導関数：{name}", "en": "Derivative of {name}"},
    "family.list_sep": {"ja": "、", "en": ", "},
    "family.title.all": {"ja": "ReLU の仲間たち", "en": "The ReLU family"},
    "family.title.all_derivatives": {"ja": "ReLU の仲間たちの導関数", "en": "Derivatives of the ReLU family"},
    # --- figure descriptions (alt text): what the figure shows and what to notice ---
    "family.alt.prelu": {
        "ja": "2 枚のグラフ。左は「{name}」と、比較用の ReLU（点線）を x = -4 から 4 まで描いたものです。"
              "負の側で ReLU は 0 のままですが、PReLU は傾き {alpha} の直線で、x = -4 では {low} です。"
              "右は導関数で、PReLU の導関数は x ≤ 0 で {alpha}、x > 0 で 1 です。"
              "x = 0 で跳ぶ（折れ曲がりが残る）ことに注目してください。",
        "en": "Two graphs. Left: {name} and, dotted for comparison, ReLU, from x = -4 to 4. On the negative side "
              "ReLU stays at 0, while PReLU is a straight line of slope {alpha}, reaching {low} at x = -4. Right: "
              "the derivatives. PReLU's is {alpha} for x ≤ 0 and 1 for x > 0; notice that it still jumps at x = 0 "
              "(the kink remains).",
    },
    "family.alt.elu": {
        "ja": "2 枚のグラフ。左は「{name}」と ReLU（点線）です。負の側で ELU はなめらかに曲がり、"
              "x = -4 では {low:.2f} と、-{alpha} に近づいていきます。右は導関数で、ELU の導関数は負の側で "
              "e^x のように 0 へ下がり、x = 0 の左右でどちらも 1 になって、跳ばずにつながります。",
        "en": "Two graphs. Left: {name} and ReLU (dotted). On the negative side ELU bends smoothly, reaching "
              "{low:.2f} at x = -4 as it approaches -{alpha}. Right: the derivatives. ELU's falls towards 0 like "
              "e^x on the negative side, and is 1 on both sides of x = 0, so it joins without a jump.",
    },
    "family.alt.gelu": {
        "ja": "2 枚のグラフ。左は「{name}」と ReLU（点線）です。GELU は 0 の近くで丸く曲がり、負の側で一度 0 より"
              "下がって、x = {at:.2f} で最小値 {low:.4f} をとってから、左へ行くほど 0 に近づきます。"
              "右は導関数で、0 では 0.5、負の側には 0 より小さい部分があります。",
        "en": "Two graphs. Left: {name} and ReLU (dotted). GELU rounds off the corner at 0 and dips below 0 on the "
              "negative side, to its minimum {low:.4f} at x = {at:.2f}, then approaches 0 further left. Right: "
              "the derivatives. GELU's is 0.5 at 0 and is below 0 on part of the negative side.",
    },
    "family.alt.silu": {
        "ja": "2 枚のグラフ。左は「{name}」と ReLU（点線）です。SiLU も GELU と同じように負の側で一度 0 より下がり、"
              "x = {at:.2f} で最小値 {low:.4f} をとります。GELU より谷が深く、左へ行くほどゆっくり 0 に戻ります。"
              "右は導関数で、0 では 0.5 です。"
              "正の側には 1 を少し超える部分が、負の側には 0 を少し下回る部分があります。",
        "en": "Two graphs. Left: {name} and ReLU (dotted). Like GELU, SiLU dips below 0 on the negative side, to "
              "its minimum {low:.4f} at x = {at:.2f}; its dip is deeper than GELU's and it returns to 0 more "
              "slowly further left. Right: the derivatives. SiLU's is 0.5 at 0, a little above 1 on part of the "
              "positive side and a little below 0 on part of the negative side.",
    },
    "family.alt.softplus": {
        "ja": "2 枚のグラフ。左は「{name}」と ReLU（点線）です。Softplus は ReLU の角を丸めた形で、いつも ReLU より"
              "上にあり、x = 0 では log 2 ≈ {at0:.3f}、|x| が大きいところでは ReLU とほとんど重なります。"
              "右は導関数（シグモイド関数）で、0 から 1 へなめらかに上がり、x = 0 で 0.5 です。",
        "en": "Two graphs. Left: {name} and ReLU (dotted). Softplus is ReLU with the corner rounded off: it "
              "always lies above ReLU, is log 2 ≈ {at0:.3f} at x = 0 and nearly coincides with ReLU for large |x|. "
              "Right: its derivative, the sigmoid, which rises smoothly from 0 to 1 and is 0.5 at x = 0.",
    },
    "family.alt.all": {
        "ja": "2 枚のグラフ。左は {names} を x = -4 から 4 まで重ねたもので、線の色と種類で区別しています。"
              "正の側ではどれも y = x と同じか、それに近づきます。違いは負の側と 0 の近くにあり、"
              "ReLU と Softplus は 0 以上、PReLU は下に伸び続け、ELU は -1 に近づき、GELU と SiLU は小さな谷を"
              "作ってから 0 に戻ります。右はそれぞれの導関数で、ReLU と PReLU だけが x = 0 で跳びます。",
        "en": "Two graphs. Left: {names}, drawn together from x = -4 to 4 and told apart by colour and line style. "
              "On the positive side every curve equals y = x or approaches it. They differ on the negative side "
              "and near 0: ReLU and Softplus stay at or above 0, PReLU keeps falling, ELU approaches -1, and GELU "
              "and SiLU make a small dip before returning to 0. Right: their derivatives; only ReLU's and "
              "PReLU's jump at x = 0.",
    },
    "family.alt.prelu_learn": {
        "ja": "2 枚のグラフ。左は勾配降下法のステップごとの PReLU の α で、{start} から始まって数ステップで"
              "最小二乗解の {best:.4f}（破線）に近づき、その後は重なったままです。右は {n} 個のデータ点と、"
              "学習した α = {learned:.4f} の PReLU です。負の側の点は傾きの小さな直線のまわりに散らばっています。",
        "en": "Two graphs. Left: PReLU's α after each gradient-descent step; it starts at {start}, approaches the "
              "least-squares value {best:.4f} (dashed) within a few steps and then stays on it. Right: the {n} data "
              "points and the PReLU with the learned α = {learned:.4f}; on the negative side the points scatter "
              "around a line of small slope.",
    },
    # --- lines printed by the chapter's code cells ---
    "family.elu_at_zero": {
        "ja": "alpha = {alpha}：後退差分 {left:.6f}、前進差分 {right:.6f}、"
              "helpers.elu_grad(0.0, alpha={alpha}) = {grad}",
        "en": "alpha = {alpha}: backward difference {left:.6f}, forward difference {right:.6f}, "
              "helpers.elu_grad(0.0, alpha={alpha}) = {grad}",
    },
    "family.min": {
        "ja": "{name} の最小値：{value:.4f}（x = {at:.2f}）",
        "en": "minimum of {name}: {value:.4f}, at x = {at:.2f}",
    },
    "family.gelu.tanh_gap": {
        "ja": "gelu(x) と tanh 近似の差の最大値：{gap:.1e}",
        "en": "largest gap between gelu(x) and its tanh approximation: {gap:.1e}",
    },
    "family.gelu.slope0": {
        "ja": "0 での傾き：erf による厳密形 {exact}、tanh 近似 {tanh}",
        "en": "slope at 0: exact form {exact}, tanh approximation {tanh}",
    },
    "family.gelu.sigmoid_gap": {
        "ja": "gelu(x) と x·σ(1.702x) の差の最大値：{gap:.1e}",
        "en": "largest gap between gelu(x) and x·σ(1.702x): {gap:.1e}",
    },
    "family.alpha.history": {
        "ja": "各ステップ後の α（ステップ {steps}）：{values}",
        "en": "α after steps {steps}: {values}",
    },
    "family.alpha.result": {
        "ja": "学習した α = {learned:.4f}、最小二乗解の α = {best:.4f}",
        "en": "learned α = {learned:.4f}, least-squares α = {best:.4f}",
    },
    # --- the comparison table ---
    "family.table.function": {"ja": "関数", "en": "function"},
    "family.table.grad_at_minus3": {"ja": "x = -3 での勾配", "en": "slope at x = -3"},
    "family.table.jump": {"ja": "0 での傾きの跳び", "en": "jump in slope at 0"},
    "family.table.minimum": {"ja": "最小値", "en": "minimum"},
    "family.table.max_error": {"ja": "中心差分との最大差", "en": "largest gap to the central difference"},
    # --- the cost measurement (helpers.family.cost_table / cost_verdicts) ---
    "family.cost.function": {"ja": "計算", "en": "computation"},
    "family.cost.ms": {"ja": "ミリ秒", "en": "ms"},
    "family.cost.ratio": {"ja": "{baseline} の何倍", "en": "× {baseline}"},
    "family.cost.expm1_only": {"ja": "np.expm1 だけ（ELU の負の側）", "en": "np.expm1 alone (ELU's negative side)"},
    "family.cost.cheap_below": {
        "ja": "この実行では、「{cheap}」の時間は {baseline} の {cheap_ratio:.2f} 倍で、指数関数、tanh、erf のどれかを"
              "使う関数（{lo:.1f} 倍から {hi:.1f} 倍）のどれよりも短くなりました。",
        "en": "In this run {cheap} took {cheap_ratio:.2f} times as long as {baseline}, less than any function "
              "that needs an exponential, tanh or erf ({lo:.1f} to {hi:.1f} times as long).",
    },
    "family.cost.cheap_not_below": {
        "ja": "この実行では、「{cheap}」の時間は {baseline} の {cheap_ratio:.2f} 倍で、指数関数、tanh、erf のどれかを"
              "使う関数（{lo:.1f} 倍から {hi:.1f} 倍）の中に、これと同じか、これより速いものがありました。"
              "計算機がほかの処理で混んでいた可能性があるので、セルをもう一度実行してみてください。",
        "en": "In this run {cheap} took {cheap_ratio:.2f} times as long as {baseline}, and at least one of the "
              "functions that need an exponential, tanh or erf ({lo:.1f} to {hi:.1f} times as long) was as fast "
              "as it or faster. The machine may have been busy with other work: run the cell again.",
    },
    "family.cost.share_most": {
        "ja": "ELU が指数関数に渡すのと同じ数に np.expm1 だけを適用すると、ELU 全体の {share:.0%} の時間が"
              "かかりました。この実行では、ELU の時間の大半は指数関数の計算です。",
        "en": "np.expm1 alone, on the same numbers ELU passes to it, took {share:.0%} of ELU's time in this run: "
              "most of ELU's time went into the exponential.",
    },
    "family.cost.share_minor": {
        "ja": "ELU が指数関数に渡すのと同じ数に np.expm1 だけを適用すると、ELU 全体の {share:.0%} の時間が"
              "かかりました。この実行では、指数関数の計算は ELU の時間の半分以下です。",
        "en": "np.expm1 alone, on the same numbers ELU passes to it, took {share:.0%} of ELU's time in this run: "
              "the exponential was at most half of ELU's time.",
    },
    # --- learning PReLU's alpha ---
    "family.alpha.step": {"ja": "勾配降下法のステップ", "en": "gradient-descent step"},
    "family.alpha.value": {"ja": "PReLU の α", "en": "PReLU's α"},
    "family.alpha.learned": {"ja": "学習した α", "en": "learned α"},
    "family.alpha.best": {"ja": "最小二乗解の α（式で計算）", "en": "least-squares α (by formula)"},
    "family.alpha.title": {"ja": "α = {start} から始める学習", "en": "Learning α, starting from {start}"},
    "family.alpha.data": {"ja": "データ", "en": "data"},
    "family.alpha.fit": {"ja": "学習した PReLU", "en": "learned PReLU"},
}
