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
    "dying.col.iqr": {"ja": "25〜75%点", "en": "25-75th pct"},
    "dying.col.range": {"ja": "最小〜最大", "en": "min-max"},
    "dying.col.loss": {"ja": "最終損失（中央値）", "en": "final loss (median)"},
    "dying.depth": {"ja": "深さ（重みの層の数）", "en": "depth (number of weight layers)"},
    "dying.born_dead": {"ja": "生まれつき死んでいる確率", "en": "probability of being born dead"},
    "dying.born_dead.title": {
        "ja": "初期化直後に定数関数になっているネットワークの割合",
        "en": "Networks that are a constant function at initialisation",
    },
    "dying.width": {"ja": "幅 {width}", "en": "width {width}"},
    "dying.bound_legend": {"ja": "破線：1 点での上界", "en": "dashed: single-input bound"},
    "dying.lr": {"ja": "学習率（対数目盛）", "en": "learning rate (log scale)"},
    "dying.dead_fraction": {"ja": "死んだニューロンの割合", "en": "fraction of dead units"},
    "dying.runs": {"ja": "各シードの結果", "en": "one run (seed)"},
    "dying.median": {"ja": "中央値", "en": "median"},
    "dying.diverged_runs": {"ja": "発散した実行（上端に表示）", "en": "diverged run (drawn at the top)"},
    "dying.sweep.title": {
        "ja": "1 → 64 → 1 のネットワークで sin x を学習した後の死んだニューロン",
        "en": "Dead units after fitting sin x with a 1 → 64 → 1 network",
    },
    "dying.epoch": {"ja": "エポック", "en": "epoch"},
    "dying.loss": {"ja": "損失（平均二乗誤差）", "en": "loss (mean squared error)"},
    "dying.widget.train": {"ja": "学習する（新しいシード）", "en": "Train (new seed)"},
    "dying.widget.lr": {"ja": "学習率", "en": "learning rate"},
    "dying.widget.loss_title": {"ja": "損失の推移", "en": "Loss"},
    "dying.widget.dead_title": {"ja": "死んだニューロンの割合", "en": "Dead units"},
    "dying.widget.readout": {
        "ja": "学習率 {lr}・シード {seed}：隠れ層のユニット {width} 個のうち {dead} 個が死んでいます（{percent}）。"
        "{epochs} エポック後の損失 {loss}",
        "en": "learning rate {lr}, seed {seed}: {dead} of {width} hidden units are dead ({percent}); "
        "loss after {epochs} epochs {loss}",
    },
    "dying.widget.diverged": {
        "ja": "学習率 {lr}・シード {seed}：学習が発散しました（損失がオーバーフローしました）。"
        "学習率を下げてみてください。",
        "en": "learning rate {lr}, seed {seed}: training diverged (the loss overflowed). Try a smaller learning rate.",
    },
}
