"""Catalogue section: Chapter 6 (why NumPy's ReLU is fast) and the timing tables of helpers.timing."""

MESSAGES = {
    "speed.table.what": {"ja": "処理", "en": "what"},
    "speed.table.ms": {"ja": "ミリ秒", "en": "ms"},
    "speed.table.ratio": {"ja": "{baseline} の何倍", "en": "× {baseline}"},
    "speed.per_number": {"ja": "{what}：1 個あたり {ns:.2f} ナノ秒", "en": "{what}: {ns:.2f} ns per number"},
    "speed.loop_vs_numpy": {
        "ja": "この実行では、for ループは np.maximum の約 {loop:.0f} 倍、リスト内包表記は約 {comp:.0f} 倍の時間"
              "がかかりました",
        "en": "in this run, the for loop took about {loop:.0f} times as long as np.maximum, and the list comprehension "
              "about {comp:.0f} times",
    },
    "speed.comprehension_vs_loop": {
        "ja": "リスト内包表記 ÷ for ループ：{ratio:.2f}",
        "en": "list comprehension / for loop: {ratio:.2f}",
    },
    "speed.checks_cost": {
        "ja": "helpers.relu(x) ÷ np.maximum(x, 0)：{ratio:.2f}（入力チェックの手間を含む）",
        "en": "helpers.relu(x) / np.maximum(x, 0): {ratio:.2f} (including the input checks)",
    },
    "speed.limit": {
        "ja": "この実行での速さの上限：{name}（数を 1 つずつ読んで書く処理のうち最も速かったもの）",
        "en": "speed limit in this run: {name} (the fastest of the operations that read and write each number once)",
    },
    "speed.bandwidth": {
        "ja": "上限の実効速度：{gbs:.1f} GB/s（1 秒あたりの入力と出力のバイト数。{n:,} 個の float64 を読み書きす"
              "るので、"
              "転送量は {mb:.0f} MB）",
        "en": "effective speed at the limit: {gbs:.1f} GB/s (bytes of input + output per second: {n:,} float64 "
              "numbers read and written, {mb:.0f} MB)",
    },
    "speed.limit.at": {
        "ja": "{what} は、この実行では候補の中で最も速く、それ自身が上限でした（上限の 1.00 倍）",
        "en": "{what} was the fastest of the candidates in this run: it set the limit itself (1.00 times the limit)",
    },
    "speed.limit.vs": {
        "ja": "{what} は上限（{limit}）の {ratio:.2f} 倍の時間",
        "en": "{what} took {ratio:.2f} times as long as the limit ({limit})",
    },
    "speed.fresh_extra": {
        "ja": "新しい配列：out= なしでは、out= ありより上限の {extra:.2f} 回分だけ長くかかりました",
        "en": "fresh array: without out=, ReLU took {extra:.2f} times the limit's time longer than with out=",
    },
    "speed.copy.size": {"ja": "個数", "en": "numbers"},
    "speed.copy.ms": {"ja": "1 回のコピー（ミリ秒）", "en": "one copy (ms)"},
    "speed.copy.pieces": {"ja": "分けたコピー ÷ 1 回のコピー", "en": "pieces / one copy"},
    "speed.copy.positive": {"ja": "np.positive ÷ 1 回のコピー", "en": "np.positive / one copy"},
    "speed.copy.verdict.faster": {
        "ja": "{size:,} 個：1 回のコピーは分けたコピーの {ratio:.2f} 倍の時間で、1 回のコピーのほうが速かった",
        "en": "{size:,} numbers: one copy took {ratio:.2f} times as long as the pieces, so one copy was "
              "faster",
    },
    "speed.copy.verdict.slower": {
        "ja": "{size:,} 個：1 回のコピーは分けたコピーの {ratio:.2f} 倍の時間で、1 回のコピーのほうが遅かった",
        "en": "{size:,} numbers: one copy took {ratio:.2f} times as long as the pieces, so one copy was "
              "slower",
    },
    "speed.copy.verdict.same": {
        "ja": "{size:,} 個：1 回のコピーは分けたコピーの {ratio:.2f} 倍の時間で、ほぼ同じ",
        "en": "{size:,} numbers: one copy took {ratio:.2f} times as long as the pieces, about "
              "the same",
    },
    "speed.float32.half": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、ほぼ半分",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, about half",
    },
    "speed.float32.less": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、短くなったが半分よりは長い",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, less time but clearly more than half",
    },
    "speed.float32.below_half": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、半分よりも短い",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, even less than half",
    },
    "speed.float32.same": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、ほとんど短くならなかった",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, hardly any less",
    },
    "speed.nan": {"ja": "{code} → {result}", "en": "{code} → {result}"},
    "speed.bytes": {
        "ja": "1 個あたりのバイト数：np.maximum は {maximum}、np.where(x > 0, x, 0) は {where}。転送量だけからの"
              "予想：全体で "
              "np.maximum の {ratio:.2f} 倍、選択だけで {select:.2f} 倍",
        "en": "bytes per number: np.maximum {maximum}, np.where(x > 0, x, 0) {where}. Predicted from the traffic "
              "alone: {ratio:.2f} times np.maximum for the whole, {select:.2f} times for the selection alone",
    },
    "speed.where_vs_maximum": {
        "ja": "np.where(x > 0, x, 0) は np.maximum(x, 0) の {ratio:.1f} 倍の時間（バイト数からの予想は "
              "{predicted:.2f} 倍）",
        "en": "np.where(x > 0, x, 0) took {ratio:.1f} times as long as np.maximum(x, 0) (the bytes predict "
              "{predicted:.2f})",
    },
    "speed.selection_vs_maximum": {
        "ja": "選択 np.where(mask, big, 0) だけで np.maximum(big, 0) の {ratio:.1f} 倍の時間（バイト数からの予想は "
              "{predicted:.2f} 倍）",
        "en": "the selection np.where(mask, big, 0) alone took {ratio:.1f} times as long as np.maximum(big, 0) (the "
              "bytes predict {predicted:.2f})",
    },
    "speed.mask_share": {
        "ja": "マスクの作成 big > 0 は、np.where(big > 0, big, 0) 全体の時間の {share:.0%}",
        "en": "building the mask, big > 0, took {share:.0%} of the time of the whole np.where(big > 0, big, 0)",
    },
    "speed.random_vs_sorted": {
        "ja": "同じ数でも、順番がランダムだと、符号でまとめ直した場合の {ratio:.1f} 倍の時間がかかりました（np.w"
              "here、マスクは作成済み）",
        "en": "with np.where and a ready-made mask, the numbers in random order took {ratio:.1f} times as long as the "
              "same numbers grouped by sign",
    },
    "speed.mem.array": {
        "ja": "NumPy の配列：{mb:.0f} MB（1 個あたり {per} バイト、隙間なく並ぶ）",
        "en": "NumPy array: {mb:.0f} MB ({per} bytes per number, side by side)",
    },
    "speed.mem.list": {
        "ja": "Python のリスト：{mb:.0f} MB（float オブジェクト 1 個 {per} バイトと、それを指すポインタ 8 バイト）",
        "en": "Python list: {mb:.0f} MB ({per} bytes per float object + an 8-byte pointer to it)",
    },
    "speed.same_result": {"ja": "どの方法も同じ結果：{same}", "en": "all methods give the same result: {same}"},
}
