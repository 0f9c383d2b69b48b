"""Catalogue section: Chapter 6 (why numpy ReLU is fast) and the timing tables of helpers.timing."""

MESSAGES = {
    "speed.table.what": {"ja": "処理", "en": "what"},
    "speed.table.ms": {"ja": "ミリ秒", "en": "ms"},
    "speed.table.ratio": {"ja": "{baseline} の何倍", "en": "× {baseline}"},
    "speed.per_number": {"ja": "{what}: 1 個あたり {ns:.2f} ナノ秒", "en": "{what}: {ns:.2f} ns per number"},
    "speed.loop_vs_numpy": {
        "ja": "np.maximum は for ループの約 {loop:.0f} 倍、リスト内包表記の約 {comp:.0f} 倍速い",
        "en": "np.maximum is about {loop:.0f} times as fast as the for loop and {comp:.0f} times as fast as the "
              "list comprehension",
    },
    "speed.bandwidth": {
        "ja": "コピーの速さ: {gbs:.1f} GB/s（{n:,} 個の float64 を読んで書く = {mb:.0f} MB の読み書き）",
        "en": "copy speed: {gbs:.1f} GB/s ({n:,} float64 numbers read and written = {mb:.0f} MB moved)",
    },
    "speed.vs_copy": {
        "ja": "{what} はコピーの {ratio:.2f} 倍の時間",
        "en": "{what} takes {ratio:.2f} times as long as the copy",
    },
    "speed.float32": {
        "ja": "float32 の時間 ÷ float64 の時間: コピー {copy:.2f}、ReLU（out あり）{relu:.2f}",
        "en": "float32 time / float64 time: copy {copy:.2f}, ReLU with out {relu:.2f}",
    },
    "speed.where_vs_maximum": {
        "ja": "np.where(x > 0, x, 0) は np.maximum(x, 0) の {ratio:.1f} 倍の時間",
        "en": "np.where(x > 0, x, 0) takes {ratio:.1f} times as long as np.maximum(x, 0)",
    },
    "speed.random_vs_sorted": {
        "ja": "同じ数でも、ランダムな順番だと符号で並べた順番の {ratio:.1f} 倍の時間（np.where、マスク作成済み）",
        "en": "the same numbers in random order take {ratio:.1f} times as long as sorted by sign "
              "(np.where, mask made beforehand)",
    },
    "speed.mem.array": {
        "ja": "numpy の配列: {mb:.0f} MB（1 個あたり {per} バイト、隙間なく並ぶ）",
        "en": "numpy array: {mb:.0f} MB ({per} bytes per number, side by side)",
    },
    "speed.mem.list": {
        "ja": "Python のリスト: {mb:.0f} MB（float オブジェクト 1 個 {per} バイト＋それを指すポインタ 8 バイト）",
        "en": "Python list: {mb:.0f} MB ({per} bytes per float object + an 8-byte pointer to it)",
    },
    "speed.same_result": {"ja": "どの方法も同じ結果: {same}", "en": "all methods give the same result: {same}"},
}
