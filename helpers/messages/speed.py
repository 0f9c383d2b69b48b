"""Catalogue section: Chapter 6 (why NumPy's ReLU is fast) and the timing tables of helpers.timing."""

MESSAGES = {
    "speed.table.what": {"ja": "処理", "en": "what"},
    "speed.table.ms": {"ja": "ミリ秒", "en": "ms"},
    "speed.table.ratio": {"ja": "{baseline} の何倍", "en": "× {baseline}"},
    "speed.per_number": {"ja": "{what}：1 個あたり {ns:.2f} ナノ秒", "en": "{what}: {ns:.2f} ns per number"},
    "speed.loop_vs_numpy": {
        "ja": "この実行では、for ループは np.maximum の {loop:,.0f} 倍、リスト内包表記は {comp:,.0f} 倍の時間"
              "がかかりました",
        "en": "in this run, the for loop took {loop:,.0f} times as long as np.maximum, and the list comprehension "
              "{comp:,.0f} times",
    },
    "speed.comprehension_vs_loop.faster": {
        "ja": "リスト内包表記 ÷ for ループ：{ratio:.2f}（リスト内包表記のほうがはっきり短い時間で終わりました）",
        "en": "list comprehension / for loop: {ratio:.2f} (the list comprehension took clearly less time)",
    },
    "speed.comprehension_vs_loop.same": {
        "ja": "リスト内包表記 ÷ for ループ：{ratio:.2f}（1 との差が 1 割以内で、省けた分はノイズに埋もれました）",
        "en": "list comprehension / for loop: {ratio:.2f} (within a tenth of 1: the saving was lost in the noise)",
    },
    "speed.comprehension_vs_loop.slower": {
        "ja": "リスト内包表記 ÷ for ループ：{ratio:.2f}（この実行では、リスト内包表記のほうが長くかかりました。"
              "ほかの処理の干渉と考えられます。セルをもう一度実行してください）",
        "en": "list comprehension / for loop: {ratio:.2f} (in this run the list comprehension took longer: most "
              "likely interference from other work; run the cell again)",
    },
    "speed.checks_cost.same": {
        "ja": "helpers.relu(x) ÷ np.maximum(x, 0)：{ratio:.2f}（1 との差が 1 割以内なので、入力チェックの手間は見えな"
              "いほど小さいということです）",
        "en": "helpers.relu(x) / np.maximum(x, 0): {ratio:.2f} (within a tenth of 1: the input checks cost too "
              "little to see)",
    },
    "speed.checks_cost.slower": {
        "ja": "helpers.relu(x) ÷ np.maximum(x, 0)：{ratio:.2f}（1 から大きく離れています。入力チェックは一定の手間"
              "なので、ほかの処理の干渉と考えられます。セルをもう一度実行してください）",
        "en": "helpers.relu(x) / np.maximum(x, 0): {ratio:.2f} (far from 1; the input checks take a fixed time, "
              "so this is most likely interference from other work; run the cell again)",
    },
    "speed.checks_cost.faster": {
        "ja": "helpers.relu(x) ÷ np.maximum(x, 0)：{ratio:.2f}（1 から大きく離れています。同じ計算なので、ほかの処理"
              "の干渉と考えられます。セルをもう一度実行してください）",
        "en": "helpers.relu(x) / np.maximum(x, 0): {ratio:.2f} (far from 1; both do the same computation, so "
              "this is most likely interference from other work; run the cell again)",
    },
    "speed.limit": {
        "ja": "この実行での速さの上限：{name}（数を一つずつ読んで書く処理のうち最も速かったもの）",
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
        "ja": "{what} は上限（{limit}）の {ratio:.2f} 倍の時間がかかりました",
        "en": "{what} took {ratio:.2f} times as long as the limit ({limit})",
    },
    "speed.fresh_extra.slower": {
        "ja": "新しい配列：out= なしでは out= ありより長くかかり、その差は上限の時間の {extra:.2f} 倍でした",
        "en": "fresh array: without out=, ReLU took longer than with out= by {extra:.2f} times the limit's time",
    },
    "speed.fresh_extra.same": {
        "ja": "新しい配列：out= なしと out= ありの差は上限の時間の {extra:.2f} 倍で、この実行ではほぼ同じでした",
        "en": "fresh array: without and with out= differed by {extra:.2f} times the limit's time, about the same "
              "in this run",
    },
    "speed.fresh_extra.faster": {
        "ja": "新しい配列：この実行では、out= なしのほうが out= ありより短い時間で終わりました（差は上限の時間の "
              "{extra:.2f} 倍）。ほかの処理の干渉と考えられます",
        "en": "fresh array: in this run ReLU without out= took less time than with out= (by {extra:.2f} times "
              "the limit's time): most likely interference from other work",
    },
    "speed.copy.size": {"ja": "個数", "en": "numbers"},
    "speed.copy.us": {"ja": "1 回のコピー（マイクロ秒）", "en": "one copy (µs)"},
    "speed.copy.pieces": {"ja": "分けたコピー ÷ 1 回のコピー", "en": "pieces / one copy"},
    "speed.copy.positive": {"ja": "np.positive ÷ 1 回のコピー", "en": "np.positive / one copy"},
    "speed.copy.verdict.faster": {
        "ja": "{size:,} 個：1 回のコピーは分けたコピーの {ratio:.2f} 倍の時間で、1 回のコピーのほうが速くなりました",
        "en": "{size:,} numbers: one copy took {ratio:.2f} times as long as the pieces, so one copy was "
              "faster",
    },
    "speed.copy.verdict.slower": {
        "ja": "{size:,} 個：1 回のコピーは分けたコピーの {ratio:.2f} 倍の時間で、1 回のコピーのほうが遅くなりました",
        "en": "{size:,} numbers: one copy took {ratio:.2f} times as long as the pieces, so one copy was "
              "slower",
    },
    "speed.copy.verdict.same": {
        "ja": "{size:,} 個：1 回のコピーは分けたコピーの {ratio:.2f} 倍の時間で、ほぼ同じでした",
        "en": "{size:,} numbers: one copy took {ratio:.2f} times as long as the pieces, about "
              "the same",
    },
    "speed.float32.half": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、ほぼ半分でした",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, about half",
    },
    "speed.float32.less": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、短くなりましたが、半分よりははっき"
              "り長くかかりました",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, less time but clearly more than half",
    },
    "speed.float32.below_half": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、半分よりも短くなりました",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, even less than half",
    },
    "speed.float32.same": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、ほとんど変わりませんでした",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, about the same",
    },
    "speed.float32.longer": {
        "ja": "{what}：float32 は float64 の {ratio:.2f} 倍の時間で、かえって長くかかりました",
        "en": "{what}: float32 took {ratio:.2f} times as long as float64, longer rather than less",
    },
    "speed.memory_bound.yes": {
        "ja": "この実行では、float32 で ReLU の時間は、何も計算しない np.positive と同じくらい短くなりました（ReLU "
              "{relu:.2f} 倍、np.positive {positive:.2f} 倍）。ここでは ReLU はメモリ律速です",
        "en": "in this run float32 shortened ReLU's time as much as that of np.positive, which computes nothing "
              "(ReLU {relu:.2f} times, np.positive {positive:.2f} times): here ReLU is memory-bound",
    },
    "speed.memory_bound.no": {
        "ja": "この実行では、float32 で ReLU の時間は np.positive ほど短くなりませんでした（ReLU {relu:.2f} 倍、"
              "np.positive {positive:.2f} 倍）。少なくとも float32 では、ReLU の時間の一部を、メモリではなく "
              "ReLU 自身のループが決めています（float32 ではメモリ律速ではありません）",
        "en": "in this run float32 shortened ReLU's time less than that of np.positive (ReLU {relu:.2f} times, "
              "np.positive {positive:.2f} times): here, at least in float32, ReLU's own loop, not memory, sets part "
              "of its time (in float32 it is not memory-bound)",
    },
    "speed.memory_bound.neither": {
        "ja": "この実行では、何も計算しない np.positive でさえ float32 ではっきり短くなりませんでした（{positive:.2f} "
              "倍、ReLU は {relu:.2f} 倍）。ここでは運ぶバイト数が時間を決めていません。セルをもう一度実行してみて"
              "ください",
        "en": "in this run not even np.positive, which computes nothing, got clearly faster in float32 "
              "({positive:.2f} times; ReLU {relu:.2f} times): here the bytes moved did not set the time; try "
              "running the cell again",
    },
    "speed.copy.positive_verdict.faster": {
        "ja": "{size:,} 個：np.positive は分けたコピーの {ratio:.2f} 倍の時間で、np.positive のほうが速くなりました",
        "en": "{size:,} numbers: np.positive took {ratio:.2f} times as long as the pieces, so np.positive was "
              "faster",
    },
    "speed.copy.positive_verdict.same": {
        "ja": "{size:,} 個：np.positive は分けたコピーの {ratio:.2f} 倍の時間で、ほぼ同じでした",
        "en": "{size:,} numbers: np.positive took {ratio:.2f} times as long as the pieces, about the same",
    },
    "speed.copy.positive_verdict.slower": {
        "ja": "{size:,} 個：np.positive は分けたコピーの {ratio:.2f} 倍の時間で、np.positive のほうが遅くなりました",
        "en": "{size:,} numbers: np.positive took {ratio:.2f} times as long as the pieces, so np.positive was "
              "slower",
    },
    "speed.nan": {"ja": "{code} → {result}", "en": "{code} → {result}"},
    "speed.bytes": {
        "ja": "1 個あたりのバイト数：np.maximum は {maximum}、np.where(x > 0, x, 0) は {where}。転送量だけからの"
              "予想：全体で "
              "np.maximum の {ratio:g} 倍、選択だけで {select:g} 倍",
        "en": "bytes per number: np.maximum {maximum}, np.where(x > 0, x, 0) {where}. Predicted from the traffic "
              "alone: {ratio:g} times np.maximum for the whole, {select:g} times for the selection alone",
    },
    "speed.where_vs_maximum": {
        "ja": "np.where(x > 0, x, 0) は np.maximum(x, 0) の {ratio:.1f} 倍の時間がかかりました（バイト数から"
              "の予想は {predicted:g} 倍）",
        "en": "np.where(x > 0, x, 0) took {ratio:.1f} times as long as np.maximum(x, 0) (the bytes predict "
              "{predicted:g})",
    },
    "speed.selection_vs_maximum": {
        "ja": "選択 np.where(mask, big, 0) だけで np.maximum(big, 0) の {ratio:.1f} 倍の時間がかかりました（バイト"
              "数からの予想は {predicted:g} 倍）",
        "en": "the selection np.where(mask, big, 0) alone took {ratio:.1f} times as long as np.maximum(big, 0) (the "
              "bytes predict {predicted:g})",
    },
    "speed.whole_vs_selection.slower": {
        "ja": "式全体は選択だけの {ratio:.2f} 倍の時間で、マスクの作成のぶん長くかかりました",
        "en": "the whole expression took {ratio:.2f} times as long as the selection alone: longer by the "
              "time it takes to build the mask",
    },
    "speed.whole_vs_selection.same": {
        "ja": "式全体は選択だけの {ratio:.2f} 倍の時間で、差はマスクの作成時間の半分に届きませんでした。マスクの作成の"
              "時間は、ノイズと見分けられるほどには表れませんでした",
        "en": "the whole expression took {ratio:.2f} times as long as the selection alone: the difference was less "
              "than half the time of building the mask, too small to stand out from the noise",
    },
    "speed.whole_vs_selection.faster": {
        "ja": "式全体は選択だけの {ratio:.2f} 倍の時間で、選択だけのほうが長く出ました。これは測定のノイズです",
        "en": "the whole expression took {ratio:.2f} times as long as the selection alone: the selection came "
              "out longer, which is measurement noise",
    },
    "speed.mask_share": {
        "ja": "マスクの作成 big > 0 は、np.where(big > 0, big, 0) 全体の時間の {share:.0%} でした",
        "en": "building the mask, big > 0, took {share:.0%} of the time of the whole np.where(big > 0, big, 0)",
    },
    "speed.random_vs_sorted": {
        "ja": "作成済みのマスクを使った np.where では、同じ数でも、順番がランダムだと、符号でまとめ直した場合の "
              "{ratio:.1f} 倍の時間がかかりました",
        "en": "with np.where and a ready-made mask, the numbers in random order took {ratio:.1f} times as long as the "
              "same numbers grouped by sign",
    },
    "speed.mem.array": {
        "ja": "NumPy の配列：{mb:.0f} MB（1 個あたり {per} バイト、隙間なく並ぶ）",
        "en": "NumPy array: {mb:.0f} MB ({per} bytes per number, side by side)",
    },
    "speed.mem.list": {
        "ja": "Python のリスト：少なくとも {mb:.0f} MB（sys.getsizeof が数える float オブジェクト 1 個 {per} バイト"
              "と、それを指すポインタ 8 バイト。メモリの割り当てでは各オブジェクトの大きさが切り上げられるので、実際に"
              "はもっと多くなります）",
        "en": "Python list: at least {mb:.0f} MB ({per} bytes per float object, as sys.getsizeof counts it, + an "
              "8-byte pointer to it; the allocator rounds each object up, so the real figure is higher)",
    },
    "speed.same_result": {"ja": "どの方法も同じ結果：{same}", "en": "all methods give the same result: {same}"},
}
