"""Catalogue section: chapter 3, the dying-ReLU problem (tables, plots and the training widget)."""

MESSAGES = {
    "dying.init.he": {"ja": "He の初期値（0 について対称）", "en": "He initialisation (symmetric around 0)"},
    "dying.init.asymmetric": {"ja": "非対称な初期化（簡略版）", "en": "asymmetric initialisation (simplified)"},
    "dying.col.setting": {"ja": "設定", "en": "setting"},
    "dying.setting.baseline": {"ja": "ReLU・He（基準）", "en": "ReLU, He (baseline)"},
    "dying.setting.normal": {"ja": "ReLU・N(0, 1) で初期化", "en": "ReLU, N(0, 1) init"},
    "dying.setting.bias": {"ja": "ReLU・バイアス初期値 {bias}", "en": "ReLU, bias starts at {bias}"},
    "dying.setting.leaky": {"ja": "Leaky ReLU（α = {alpha}）", "en": "Leaky ReLU (α = {alpha})"},
    "dying.setting.prelu": {"ja": "PReLU（α の初期値 {alpha}）", "en": "PReLU (α starts at {alpha})"},
    "dying.setting.asymmetric": {"ja": "ReLU・非対称な初期化", "en": "ReLU, asymmetric init"},
    "dying.col.width": {"ja": "幅", "en": "width"},
    "dying.col.depth": {"ja": "深さ {depth}", "en": "depth {depth}"},
    "dying.col.lr": {"ja": "学習率", "en": "learning rate"},
    "dying.col.diverged": {"ja": "発散", "en": "diverged"},
    "dying.col.median": {"ja": "死んだ割合（中央値）", "en": "dead (median)"},
    "dying.col.iqr": {"ja": "25〜75 パーセンタイル", "en": "25th–75th percentile"},
    "dying.col.range": {"ja": "最小〜最大", "en": "min–max"},
    "dying.col.loss": {"ja": "最終損失（中央値）", "en": "final loss (median)"},
    "dying.depth": {"ja": "深さ（重みの層の数）", "en": "depth (number of weight layers)"},
    "dying.born_dead": {"ja": "生まれつき死んでいる割合", "en": "fraction born dead"},
    "dying.born_dead.title": {
        "ja": "初期化直後に定数関数になっているネットワークの割合",
        "en": "Networks that are a constant function at initialisation",
    },
    "dying.width": {"ja": "幅 {width}", "en": "width {width}"},
    "dying.bound_legend": {"ja": "破線：1 点での上界", "en": "dashed: single-input bound"},
    "dying.lr": {"ja": "学習率（対数目盛）", "en": "learning rate (log scale)"},
    "dying.dead_fraction": {"ja": "死んだニューロンの割合", "en": "fraction of dead units"},
    "dying.runs": {"ja": "一つの試行（シード）", "en": "one run (seed)"},
    "dying.median": {"ja": "中央値", "en": "median"},
    "dying.diverged_runs": {"ja": "発散した試行（上端に表示）", "en": "diverged run (drawn at the top)"},
    "dying.sweep.title": {
        "ja": "学習後の死んだニューロンの割合（1 → 64 → 1、sin x）",
        "en": "Dead units after fitting sin x (1 → 64 → 1 network)",
    },
    "dying.epoch": {"ja": "エポック", "en": "epoch"},
    "dying.loss": {"ja": "損失（平均二乗誤差）", "en": "loss (mean squared error)"},
    "dying.widget.train": {"ja": "学習する（新しいシード）", "en": "Train (new seed)"},
    "dying.widget.lr": {"ja": "学習率", "en": "learning rate"},
    "dying.widget.loss_title": {"ja": "損失の推移", "en": "Loss"},
    "dying.widget.dead_title": {"ja": "死んだニューロンの割合", "en": "Dead units"},
    "dying.widget.readout": {
        "ja": "学習率 {lr}・シード {seed}：隠れ層のユニット {width} 個のうち {dead} 個が死んでいます（{percent}）。"
        "{epochs} エポック後の損失は {loss} です。",
        "en": "learning rate {lr}, seed {seed}: {dead} of {width} hidden units are dead ({percent}); "
        "the loss after {epochs} epochs is {loss}.",
    },
    "dying.widget.diverged": {
        "ja": "学習率 {lr}・シード {seed}：学習が発散しました（損失がオーバーフローしました）。"
        "学習率を下げてみてください。",
        "en": "learning rate {lr}, seed {seed}: training diverged (the loss overflowed). Try a smaller learning rate.",
    },
    # Separator of a range in the tables (0%–92%).
    "dying.range_sep": {"ja": "〜", "en": "–"},
    # Labels printed by the chapter's code cells.
    "dying.half.first_five": {
        "ja": "最初の 5 個の入力で正になったユニットの割合：{values}",
        "en": "fraction of positive units for the first five inputs: {values}",
    },
    "dying.half.over": {
        "ja": "{n:,} 個の入力全体：平均 {mean:.4f}、最小 {min:.4f}、最大 {max:.4f}",
        "en": "over {n:,} inputs: mean {mean:.4f}, min {min:.4f}, max {max:.4f}",
    },
    "dying.half.outside": {
        "ja": "0.5 から標準偏差の 4 倍より遠く離れた入力（標準偏差 {sd:.3f}）：{count} 個",
        "en": "inputs more than 4 standard deviations away from 0.5 (standard deviation {sd:.3f}): {count}",
    },
    "dying.half.first_zero": {
        "ja": "最初の入力で 0 以下（出力が 0）のユニットの割合：{fraction}",
        "en": "fraction of units at or below 0 (output 0) for the first input: {fraction}",
    },
    "dying.half.all_zero": {
        "ja": "{n:,} 個すべての入力で 0 以下（死んだニューロン）の割合：{fraction}",
        "en": "fraction at or below 0 for all {n:,} inputs (dead units): {fraction}",
    },
    "dying.trained": {
        "ja": "学習したネットワーク：{runs} 個（学習率 {lrs} 通り × シード {seeds} 個）",
        "en": "networks trained: {runs} ({lrs} learning rates × {seeds} seeds)",
    },
        "dying.constant_loss": {
        "ja": "目標値の平均を出力し続けるネットワークの損失（目標値の分散）：{value:.3f}",
        "en": "loss of a network that always outputs the mean of the targets (their variance): {value:.3f}",
    },
    "dying.loss_by_epoch": {
        "ja": "学習率 {lr} での損失の中央値（発散しなかった試行）、エポックごと：",
        "en": "median loss at learning rate {lr} (runs that did not diverge), by epoch:",
    },
    "dying.zero.dead": {
        "ja": "エポック開始時に死んでいたユニット：{count:,} 件（ユニットとエポックの組）、変化量の最大値 {change}",
        "en": "units dead when the epoch began: {count:,} unit-epochs, largest change {change}",
    },
    "dying.zero.other": {
        "ja": "それ以外のユニット：{count:,} 件、変化量の中央値 {change:.3g}",
        "en": "other units: {count:,} unit-epochs, median change {change:.3g}",
    },
    "dying.leaky.dead_units": {"ja": "死んだニューロンの番号：{units}", "en": "dead units (indices): {units}"},
    "dying.came_back": {
        "ja": "{name}（{epochs} エポック、すべての学習率）：すべての入力で 0 以下になったユニット {ever} 個、"
              "そのうち最後に戻っていたもの {back} 個（{share:.1%}）",
        "en": "{name} ({epochs} epochs, all learning rates): {ever} units were at or below 0 on every input at some "
              "epoch; {back} of them had come back at the end ({share:.1%})",
    },
    "dying.came_back_lr": {
        "ja": "{name}（学習率 {lr}、{epochs} エポック）：すべての入力で 0 以下になったユニット {ever} 個、"
              "そのうち最後に戻っていたもの {back} 個（{share:.1%}）",
        "en": "{name} (learning rate {lr}, {epochs} epochs): {ever} units were at or below 0 on every input at "
              "some epoch; {back} of them had come back at the end ({share:.1%})",
    },
    "dying.low_by_epoch": {
        "ja": "すべての入力で 0 以下のユニットの割合（発散しなかった試行の平均）、エポック数ごと：{values}",
        "en": "fraction of units at or below 0 on every input (mean over runs that did not diverge), by epoch: "
              "{values}",
    },
    # Figure descriptions (alt text): what the figure shows and what to notice.
    "dying.born_dead.alt": {
        "ja": "折れ線グラフ。横軸は深さ（重みの層の数、2〜50）、縦軸は 1,000 個のネットワークのうち"
              "生まれつき死んでいる割合です。幅 2、3、4、5、10 の 5 本の実線（幅ごとに色と印の形が違います）と、"
              "それぞれの 1 点での上界を表す破線があります。どの幅でも深くするほど割合は増え、"
              "幅が狭いほど速く増えます。幅 2 では深さ 20 で {d20_2:.3f}、深さ 50 で {d50_2:.3f}、"
              "幅 10 でも深さ 50 で {d50_10:.3f} です。実線は、試行のばらつきの範囲で破線（上界）以下にあります。",
        "en": "Line chart. Horizontal axis: depth (number of weight layers, 2 to 50); vertical axis: the fraction of "
              "1,000 networks that are born dead. Five solid lines for widths 2, 3, 4, 5 and 10 (each width with its "
              "own colour and marker shape), each with a dashed line for its single-input bound. At every width the "
              "fraction grows with depth, faster the narrower the network: width 2 reaches {d20_2:.3f} at "
              "depth 20 and {d50_2:.3f} at depth 50; even width 10 reaches {d50_10:.3f} at depth 50. The solid lines "
              "stay at or below their dashed bounds, within sampling noise.",
    },
    "dying.sweep.alt": {
        "ja": "散布図。横軸は学習率（対数目盛、0.001〜0.03）、縦軸は学習後の死んだニューロンの割合です。"
              "点は一つの試行、黒い線は中央値、上端の × は発散した試行です。学習率 0.005 以下では点はすべて 0 付近"
              "（多くても {low:.0%}）にあり、0.015 では 0 から 1 近くまで広がって中央値は {median:.0%} になります。"
              "学習率 0.03 では {runs} 個中 {diverged} 個の試行が発散しています。",
        "en": "Scatter plot. Horizontal axis: learning rate (log scale, 0.001 to 0.03); vertical axis: the fraction of "
              "dead units after training. Each dot is one run, the black line the median, and the crosses at the top "
              "are diverged runs. At learning rates up to 0.005 all dots sit near 0 (at most {low:.0%}); at 0.015 they "
              "spread from 0 to nearly 1 and the median is {median:.0%}. At 0.03, {diverged} of {runs} runs diverged.",
    },
}
