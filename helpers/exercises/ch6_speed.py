"""Chapter 6 exercises: why NumPy's ReLU is fast (predict NaN through np.where, fix a loop, time an in-place ReLU)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from helpers.activations import relu
from helpers.exercises import judges
from helpers.exercises.inputs import float_arrays, int_arrays
from helpers.exercises.registry import Exercise, case

# The in-place experiment: array size and the accepted factor around the limit measured at check time.
INPLACE_SIZE = 10**5
INPLACE_FACTOR = 10.0


def inplace_limit(size: int = INPLACE_SIZE) -> float:
    """Seconds per call of the fastest in-place operation that reads and writes each of ``size`` numbers once."""
    from helpers.timing import compare, limit_ops, speed_limit  # here: helpers.timing imports the catalogue

    a = np.random.default_rng(1).standard_normal(size)
    ops = {**limit_ops(a, a), "relu": lambda: relu(a, out=a)}  # ReLU itself is a candidate, as in Chapter 6
    times = compare(ops, repeat=5, number=20)
    return speed_limit(times, list(times))[1]


@dataclass(frozen=True)
class NearLimit:
    """Judge of a time in seconds: within ``factor`` of the in-place limit, measured when the check runs.

    Timing is noisy and the machine may be shared, so the window is wide: it tells a time of the right
    operation in seconds from a time in milliseconds, a ratio, a loop or a total over many calls.
    """

    size: int = INPLACE_SIZE
    factor: float = INPLACE_FACTOR

    def __call__(self, answer: object) -> judges.Verdict:
        try:
            value = judges.as_number(answer)
        except judges.NotANumber:
            return judges.Verdict("wrong_kind", answer, what="number")
        limit = inplace_limit(self.size)
        low, high = limit / self.factor, limit * self.factor
        if np.isnan(value):
            return judges.Verdict("incorrect", value, low, high)
        if value < low:
            return judges.Verdict("too_low", value, low, high)
        if value > high:
            return judges.Verdict("too_high", value, low, high)
        return judges.Verdict("correct", value, low, high)


WHERE_NAN = Exercise(
    id="where_nan",
    kind="predict",
    code="x = np.array([np.nan, -1.0, 2.0])\nnp.where(x > 0, x, 0)",
    title={"ja": "np.where は NaN をどう扱うか予想する", "en": "Predict what np.where does with NaN"},
    task={
        "ja": "`np.maximum(x, 0)` は NaN をそのまま返します。では、同じ ReLU を `np.where` で書いた次のコードは、"
              "どんな配列を返すでしょうか。実行する前に予想して、`answer` に配列（またはリスト）で書きましょう。",
        "en": "`np.maximum(x, 0)` passes NaN on. What array does the same ReLU written with `np.where` return? "
              "Predict it "
              "before running anything, and write it in `answer` as an array (or a list).",
    },
    hints=(
        {"ja": "`np.where(条件, a, b)` は、条件が `True` の要素では `a` を、`False` の要素では `b` を選びます。",
         "en": "`np.where(condition, a, b)` picks `a` where the condition is `True` and `b` where it is `False`."},
        {"ja": "NaN との大小比較（`<`、`>`、`<=`、`>=`）はどれも `False` になります。`np.nan > 0` は何でしょうか。",
         "en": "Every ordering comparison with NaN (`<`, `>`, `<=`, `>=`) is `False`. What is `np.nan > 0`?"},
    ),
    solution={"ja": "answer = np.array([0.0, 0.0, 2.0])  # nan > 0 は False なので 0 が選ばれる",
              "en": "answer = np.array([0.0, 0.0, 2.0])  # nan > 0 is False, so 0 is picked"},
    explanation={
        "ja": "np.nan > 0 は False なので、np.where は NaN の位置で 0 を選びます。NaN は消え、"
              "np.maximum(x, 0) の [nan, 0.0, 2.0] とは違う結果になります。",
        "en": "np.nan > 0 is False, so np.where picks 0 where the NaN was. The NaN disappears, unlike in "
              "np.maximum(x, 0), which gives [nan, 0.0, 2.0].",
    },
)

FIX_LOOP = Exercise(
    id="relu_fix_loop",
    kind="fix",
    signature="relu_fast(x)",
    reference=relu,
    returns="array",
    cases=tuple(case(x) for x in [*float_arrays(nan_cases=True), *int_arrays()]),
    broken={
        "ja": "def relu_fast(x):\n    # 負の要素を一つずつ 0 にする\n    for i in range(len(x)):\n        if x["
              "i] < 0:\n"
              "            x[i] = 0\n    return x",
        "en": "def relu_fast(x):\n    # set the negative elements to 0, one at a time\n    for i in range(len(x)):\n"
              "        if x[i] < 0:\n            x[i] = 0\n    return x",
    },
    title={"ja": "Python のループの ReLU を直す", "en": "Fix a Python-loop ReLU"},
    task={
        "ja": "下の `relu_fast` は Python のループで ReLU を計算しますが、遅いうえに、入力の配列を書き換えてしまい、"
              "0 次元や 2 次元の配列では動きません。NumPy の ufunc を使ったベクトル化された関数に直しましょう。"
              "結果の dtype は入力と同じにし（整数の配列は整数のまま）、NaN の要素は NaN のまま返し、入力は変更し"
              "ないでください。",
        "en": "The `relu_fast` below computes ReLU in a Python loop: it is slow, it overwrites its input array, and it "
              "fails on 0-dimensional and 2-dimensional arrays. Rewrite it as a vectorised function with a NumPy "
              "ufunc. "
              "Keep the input's dtype (an integer array stays integer), pass NaN on as NaN, and leave the input "
              "unchanged.",
    },
    hints=(
        {"ja": "この章で測った `np.maximum` は、配列全体に一度に適用できます。",
         "en": "`np.maximum`, timed in this chapter, applies to a whole array at once."},
        {"ja": "`np.maximum(x, 0)` は新しい配列を返すので、入力は変わりません。"
               "`0.0` ではなく `0` なら整数の dtype も保たれます。",
         "en": "`np.maximum(x, 0)` returns a new array, so the input stays as it was; with `0` rather than `0.0` an "
               "integer dtype is kept too."},
    ),
    solution={
        "ja": "def relu_fast(x):\n    # 新しい配列を返す ufunc。NaN は伝わり、dtype は保たれる\n    return np.ma"
              "ximum(x, 0)",
        "en": "def relu_fast(x):\n    # a ufunc that returns a new array: NaN passes on, the dtype is kept\n"
              "    return np.maximum(x, 0)",
    },
)

INPLACE_SPEED = Exercise(
    id="relu_inplace_speed",
    kind="experiment",
    answer_name="seconds",
    starter={
        "ja": "a = np.random.default_rng(1).standard_normal(10**5)\nops = helpers.timing.limit_ops(a, a, \"a\", \"a\")"
              "  # インプレースの候補\nfuncs = dict(ops)\n"
              "funcs[\"relu in place\"] = lambda: ...  # ここにインプレースの ReLU を書いてください\n"
              "times = helpers.timing.compare(funcs, repeat=5, number=20)\n"
              "seconds = ...  # ReLU の 1 回あたりの秒数",
        "en": "a = np.random.default_rng(1).standard_normal(10**5)\nops = helpers.timing.limit_ops(a, a, \"a\", \"a\")"
              "  # the in-place candidates\nfuncs = dict(ops)\n"
              "funcs[\"relu in place\"] = lambda: ...  # write the in-place ReLU here\n"
              "times = helpers.timing.compare(funcs, repeat=5, number=20)\n"
              "seconds = ...  # the ReLU's seconds per call",
    },
    judge=NearLimit(),
    feedback={
        "too_high": {
            "ja": "この確認で測ったインプレースの上限の 10 倍（{high} 秒）を超えています。秒ではなくミリ秒で書い"
                  "ていませんか。比や、何回分もの合計を入れていませんか。Python のループを使っていませんか。"
                  "out= に入力そのものを渡してください。",
            "en": "That is more than {high} s, ten times the in-place limit measured by this check. Did you write "
                  "milliseconds rather than seconds, a ratio, or the total of several calls? Did you use a Python "
                  "loop? Pass the input itself as out=."},
        "too_low": {
            "ja": "上限の 10 分の 1（{low} 秒）より短い時間です。lambda: ... の ... をインプレースの ReLU に書き"
                  "換えましたか。seconds には times[\"relu in place\"] を入れます。",
            "en": "That is less than a tenth of the limit ({low} s). Did you replace the ... of lambda: ... with the "
                  "in-place ReLU? Set seconds to times[\"relu in place\"]."},
    },
    title={"ja": "インプレースの ReLU を上限と比べて測る", "en": "Time an in-place ReLU against the speed limit"},
    task={
        "ja": "配列 `a` にインプレースで ReLU を適用する式（結果を `a` 自体に書き込む）を `lambda: ...` の `...`"
              " に書き、"
              "セルを実行しましょう。ReLU の 1 回あたりの時間（秒）を `seconds` に入れます。"
              "確認では、その場でインプレースの上限を測り直し、その 10 分の 1 から 10 倍までを正解とします"
              "（時間の測定にはノイズがあるので、範囲を広く取っています）。解答例は、上限との比も出力します。"
              "確認を速く終えるため、配列は $10^5$ 個の float64 です。CPU のキャッシュに収まる"
              "ことがあるので、この上限はメモリではなくキャッシュの速さかもしれません。",
        "en": "In the next cell, replace the `...` in `lambda: ...` with an expression that applies ReLU to the "
              "array `a` in place, that is, writes the result into `a` itself, and run the cell. Put the "
              "ReLU's time per call, in seconds, in `seconds`. The check measures the in-place limit again and "
              "accepts anything from a tenth of it to ten times it (timings are noisy, so the window is wide). "
              "The solution also prints the ratio to the limit. "
              "The array has $10^5$ float64 numbers, so that the check is quick; it may "
              "fit in the CPU's caches, so this limit may be the speed of the cache rather than of memory.",
    },
    hints=(
        {"ja": "`helpers.relu` も `np.maximum` も、`out=` に入力そのものを渡せばインプレースになります。",
         "en": "Both `helpers.relu` and `np.maximum` work in place when you pass the input itself as `out=`."},
        {"ja": "`times` は、処理の名前をキー、1 回あたりの秒数を値とする辞書です。"
               "`times[\"relu in place\"]` を使いましょう。",
         "en": "`times` maps each name to seconds per call: use `times[\"relu in place\"]`."},
    ),
    solution={
        "ja": "a = np.random.default_rng(1).standard_normal(10**5)\nops = helpers.timing.limit_ops(a, a, \"a\", \"a\")"
              "  # インプレースの候補\nfuncs = dict(ops)\n"
              "funcs[\"relu in place\"] = lambda: np.maximum(a, 0, out=a)  # 結果を a 自体に書き込む\n"
              "times = helpers.timing.compare(funcs, repeat=5, number=20)\n"
              "name = helpers.timing.speed_limit(times, list(funcs))[0]  # ReLU 自身も上限の候補\n"
              "print(helpers.timing.limit_line(\"relu in place\", times, name))\nseconds = times[\"relu in place\"]",
        "en": "a = np.random.default_rng(1).standard_normal(10**5)\nops = helpers.timing.limit_ops(a, a, \"a\", \"a\")"
              "  # the in-place candidates\nfuncs = dict(ops)\n"
              "funcs[\"relu in place\"] = lambda: np.maximum(a, 0, out=a)  # the result goes into a itself\n"
              "times = helpers.timing.compare(funcs, repeat=5, number=20)\n"
              "name = helpers.timing.speed_limit(times, list(funcs))[0]  # ReLU itself is a candidate for the limit\n"
              "print(helpers.timing.limit_line(\"relu in place\", times, name))\nseconds = times[\"relu in place\"]",
    },
    explanation={
        "ja": "インプレースの ReLU も、値を変えない ufunc と同じく、数を一つずつ読んで一つずつ書きます。"
              "ReLU 自身も上限の候補なので、上限を破ることはありません。上限の何倍だったかは、解答例が出力する行で"
              f"確かめてください。この配列（{INPLACE_SIZE * 8 // 1000} KB）は CPU のキャッシュに収まることがある"
              "大きさなので、メモリ帯域幅ではなく比べる計算の手間が時間に表れることがあります。",
        "en": "An in-place ReLU, like the ufuncs that leave the values unchanged, reads each number once and writes "
              "one. ReLU itself is a candidate for the limit, so it cannot beat it; the line that the solution "
              f"prints says how many times the limit it took. This array ({INPLACE_SIZE * 8 // 1000} KB) may fit in "
              "the CPU's caches, so the cost of the comparisons, rather than the memory bandwidth, can show in "
              "the time.",
    },
)

EXERCISES: list[Exercise] = [WHERE_NAN, FIX_LOOP, INPLACE_SPEED]
