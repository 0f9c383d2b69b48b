"""Chapter 6: why numpy ReLU is fast – loops vs vectorisation, the copy as speed limit, float32, np.where vs maximum."""

from cells import code, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# 第6章 numpy の ReLU はなぜ速いのか

元のチュートリアルは ReLU を `max(0.0, x)` で一つずつ計算しました。ニューラルネットワークは ReLU を何百万個もの数に適用するので、
その書き方では間に合いません。この章では、同じ ReLU をいくつかの書き方で実際に測り、

- Python のループと numpy（ベクトル化）でどれだけ違うのか、
- ReLU はどこまで速くなりうるのか（計算機の **メモリ帯域幅** という上限）、
- float32 と float64 でなぜ時間が変わるのか、
- `np.where(x > 0, x, 0)` がなぜ `np.maximum(x, 0)` より遅いのか

を、測った数字から考えます。
""",
        en=r"""
# Chapter 6: Why numpy ReLU is fast

The source tutorial computes ReLU one number at a time with `max(0.0, x)`. A network applies ReLU to millions of
numbers, and that way of writing it cannot keep up. In this chapter we time several ways of computing the same ReLU
and reason from the measurements:

- how much faster numpy (vectorised code) is than a Python loop,
- how fast ReLU can possibly be (the limit set by the machine's **memory bandwidth**),
- why float32 and float64 take different times,
- why `np.where(x > 0, x, 0)` is slower than `np.maximum(x, 0)`.
""",
    ),
    setup(imports="import sys\n\nimport numpy as np"),
    md(
        "how-to-time",
        ja=r"""
## 測り方

時間の測定にはノイズが入ります。同じ計算機でほかの処理が動いていると、そのぶん遅くなります。そこで
`helpers.timing.compare` は、比べたい処理を **順番に一回ずつ** 実行する一巡を何度か繰り返し、処理ごとに **最も速かった回** を取ります。
外からの邪魔は時間を延ばすことしかないので、最小値がその処理そのものの時間に最も近いからです
（Python 標準の `timeit` も同じ考え方で、最小値を見るよう勧めています）。

秒数そのものは計算機によって違うので、同じ実行の中で測った基準との **比** で比べます。
時間を測るセルの出力は実行のたびに変わります（テストではこれらのセルの出力を比べません）。
""",
        en=r"""
## How we time

Timings are noisy: anything else running on the machine slows a run down. So `helpers.timing.compare` runs the
candidates **one after another**, round after round, and keeps the **fastest round** of each. Outside interference can
only add time, so the minimum is the best estimate of what the code itself costs (Python's own `timeit` works the same
way and recommends looking at the minimum).

Seconds depend on the machine, so we compare **ratios** to a baseline measured in the same run. The output of the
timing cells changes every time they run (the tests do not compare it).
""",
    ),
    md(
        "loop-intro",
        ja=r"""
## ループとベクトル化

$10^6$ 個の数に ReLU を適用する五つの書き方を比べます。

1. `for` ループで一つずつ `max(0.0, v)` を計算してリストに追加する
2. 同じことをリスト内包表記で書く
3. `np.maximum(x, 0)`
4. `helpers.relu(x)`（中身は `np.maximum` に入力チェックを加えたもの）
5. `helpers.relu(x, out=y)`：結果を用意済みの配列 `y` に書く

最初の二つは Python の float のリスト、残りは numpy の配列を使います。まず、どれも同じ結果になることを確かめます。
""",
        en=r"""
## Loops and vectorisation

Five ways of applying ReLU to $10^6$ numbers:

1. a `for` loop that appends `max(0.0, v)` to a list, one number at a time
2. the same as a list comprehension
3. `np.maximum(x, 0)`
4. `helpers.relu(x)` (`np.maximum` plus input checks)
5. `helpers.relu(x, out=y)`: the result goes into an array `y` made beforehand

The first two work on a list of Python floats, the others on a numpy array. First we check that all of them give the
same result.
""",
    ),
    code(
        "data",
        """
n = 10**6
rng = np.random.default_rng(0)
x = rng.standard_normal(n)
values = x.tolist()  # 同じ数を Python の float のリストにしたもの || the same numbers as a list of Python floats
y = np.empty_like(x)


def relu_loop(values):
    result = []
    for v in values:
        result.append(max(0.0, v))
    return result


def relu_comprehension(values):
    return [max(0.0, v) for v in values]


reference = np.maximum(x, 0)
same = all(np.array_equal(r, reference) for r in
           [relu_loop(values), relu_comprehension(values), helpers.relu(x), helpers.relu(x, out=y)])
print(helpers.text("speed.same_result", same=same))
""",
    ),
    code(
        "loop-time",
        """
times = helpers.timing.compare({
    "for + max": lambda: relu_loop(values),
    "[max(0.0, v) for v in values]": lambda: relu_comprehension(values),
    "np.maximum(x, 0)": lambda: np.maximum(x, 0),
    "helpers.relu(x)": lambda: helpers.relu(x),
    "helpers.relu(x, out=y)": lambda: helpers.relu(x, out=y),
}, repeat=3)
print(helpers.timing.table(times, baseline="np.maximum(x, 0)"))
print()
for what, t in times.items():
    print(helpers.text("speed.per_number", what=what, ns=t / n * 1e9))
print()
print(helpers.text("speed.loop_vs_numpy", loop=times["for + max"] / times["np.maximum(x, 0)"],
                   comp=times["[max(0.0, v) for v in values]"] / times["np.maximum(x, 0)"]))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "why-loop-slow",
        ja=r"""
差は桁違いです（上に出力された比）。理由は主に二つあります。

- **一つずつ解釈して実行する手間**：Python のループは、一回ごとにバイトコードを解釈し、`max` を呼び出し、
  二つのオブジェクトの型を調べてから比べ、結果をリストに入れます。数を一つ比べるための仕事より、その周りの仕事のほうがずっと多いのです。
  リスト内包表記は `append` の呼び出しを省けますが、構造は同じで、かかる時間も同じくらいです。
- **データの置き方**：Python の float は一つひとつが独立したオブジェクトで、リストはそれを指すポインタの並びです。
  numpy の配列は 8 バイトの数が隙間なく並び、コンパイル済みの一つのループがそれを先頭から順に処理します。
  CPU は一つの命令で複数の数を比べられ（SIMD 命令）、次に読むデータを先読みできます。

データの大きさも比べてみます。
""",
        en=r"""
The gap is orders of magnitude (the ratios printed above). There are two main reasons.

- **Interpreting one step at a time**: on every iteration the Python loop interprets bytecode, calls `max`, checks
  the types of two objects before comparing them, and stores the result in a list. The work around each comparison
  is far larger than the comparison itself. A list comprehension saves the call to `append`, but it has the same
  structure and takes a similar time.
- **How the data is laid out**: every Python float is a separate object, and a list is a row of pointers to them. A
  numpy array is a row of 8-byte numbers side by side, and one compiled loop walks through it from start to end: the
  CPU can compare several numbers with one instruction (SIMD) and fetch the next data before it is needed.

Here is how much memory each layout takes:
""",
    ),
    code(
        "memory-layout",
        """
list_bytes = sys.getsizeof(values) + sum(sys.getsizeof(v) for v in values)
print(helpers.text("speed.mem.array", mb=x.nbytes / 1e6, per=x.itemsize))
print(helpers.text("speed.mem.list", mb=list_bytes / 1e6, per=sys.getsizeof(values[0])))
""",
    ),
    md(
        "limit-intro",
        ja=r"""
## 速さの上限：コピー

numpy の ReLU はどこまで速くなれるでしょうか。ReLU は、数を一つ読み、比べて、結果を一つ書きます。
**読んで書くだけ** の処理、つまりコピー `np.copyto(out, x)` より速くなることはまずありません。
コピーの速さは、主に CPU とメモリの間でデータを運ぶ速さ、**メモリ帯域幅** で決まります。

$10^6$ 個（8 MB）だと、データが CPU のキャッシュに収まってしまうことがあります。メモリそのものの速さを測るため、
ここからは $10^7$ 個（80 MB）で測ります。基準はコピーの時間です。
""",
        en=r"""
## The speed limit: a copy

How fast can numpy's ReLU be? ReLU reads a number, compares it, and writes one result. An operation that only **reads
and writes**, a copy `np.copyto(out, x)`, is about as fast as anything of that kind can be. A copy's speed is set
mostly by how fast data moves between the CPU and memory: the **memory bandwidth**.

$10^6$ numbers (8 MB) may fit in the CPU's caches. To measure memory itself we use $10^7$ numbers (80 MB) from here
on, with the copy's time as the baseline.
""",
    ),
    code(
        "limit-time",
        """
big = rng.standard_normal(10**7)
out = np.empty_like(big)
inplace = big.copy()
times = helpers.timing.compare({
    "np.copyto(out, big)": lambda: np.copyto(out, big),
    "np.maximum(big, 0)": lambda: np.maximum(big, 0),
    "helpers.relu(big)": lambda: helpers.relu(big),
    "helpers.relu(big, out=out)": lambda: helpers.relu(big, out=out),
    "helpers.relu(inplace, out=inplace)": lambda: helpers.relu(inplace, out=inplace),
}, repeat=9)
print(helpers.timing.table(times, baseline="np.copyto(out, big)"))
copy = times["np.copyto(out, big)"]
print(helpers.text("speed.bandwidth", gbs=2 * big.nbytes / copy / 1e9, n=big.size, mb=2 * big.nbytes / 1e6))
for what in ["helpers.relu(big, out=out)", "helpers.relu(big)"]:
    print(helpers.text("speed.vs_copy", what=what, ratio=times[what] / copy))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "limit-after",
        ja=r"""
表の読み方：

- **`out=` あり** の ReLU は、コピーに近い時間で終わります。比べる計算はほとんどただで、時間の大部分はデータを運ぶ時間です。
  このような処理を **メモリ律速**（memory-bound）と呼びます。CPU を速くしても、運ぶ量が同じなら速くなりません。
- **`out=` なし** では、numpy が結果のために新しい 80 MB の配列を用意します。OS は新しいメモリをページ単位で、
  初めて書き込まれたときに割り当てて 0 で埋めるので（ページフォールト）、その手間がもう一度メモリを通るくらいの時間を足します。
- **その場で計算**（`helpers.relu(x, out=x)`）すれば、二つ目の配列そのものが要りません。元の値が要らなくなるときの定番です。

`python -m helpers.bench`（`make bench`）は、`helpers` のすべての活性化関数について同じ比を一度に測ります。
""",
        en=r"""
How to read the table:

- ReLU **with `out=`** takes about as long as the copy. The comparisons are almost free; the time goes into moving
  the data. Such an operation is called **memory-bound**: a faster CPU does not help while the amount of data moved
  stays the same.
- **Without `out=`**, numpy makes a new 80 MB array for the result. The operating system hands out new memory page
  by page when it is first written, and fills it with zeros (page faults); that adds about as much time as another
  trip through memory.
- **In place** (`helpers.relu(x, out=x)`) there is no second array at all: the usual choice when the old values are
  no longer needed.

`python -m helpers.bench` (`make bench`) measures the same ratios for every activation function in `helpers` at once.
""",
    ),
    md(
        "dtype-intro",
        ja=r"""
## float32 と float64

float32 は 1 個 4 バイトで、float64 の半分です。メモリ律速なら、運ぶバイト数が半分になるので、時間もほぼ半分になるはずです。
""",
        en=r"""
## float32 and float64

A float32 takes 4 bytes, half of a float64. If ReLU is memory-bound, half the bytes should take about half the time.
""",
    ),
    code(
        "dtype-time",
        """
big32 = big.astype(np.float32)
out32 = np.empty_like(big32)
times = helpers.timing.compare({
    "np.copyto float64": lambda: np.copyto(out, big),
    "np.copyto float32": lambda: np.copyto(out32, big32),
    "helpers.relu float64, out": lambda: helpers.relu(big, out=out),
    "helpers.relu float32, out": lambda: helpers.relu(big32, out=out32),
}, repeat=9)
print(helpers.timing.table(times, baseline="np.copyto float64"))
print(helpers.text("speed.float32", copy=times["np.copyto float32"] / times["np.copyto float64"],
                   relu=times["helpers.relu float32, out"] / times["helpers.relu float64, out"]))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "dtype-after",
        ja=r"""
比が 0.5 に近ければ、時間を決めているのは比べる回数ではなく、運ぶバイト数だということです。
ディープラーニングで float32 や、さらに小さい float16・bfloat16 がよく使われる理由の一つがこれです
（精度と引き換えに、同じメモリ帯域幅でより多くの数を運べます）。
""",
        en=r"""
A ratio near 0.5 says that the time is set by the bytes moved, not by the number of comparisons. This is one reason
deep learning uses float32, and smaller types such as float16 and bfloat16: at the price of precision, the same
memory bandwidth carries more numbers.
""",
    ),
    md(
        "where-intro",
        ja=r"""
## `np.where(x > 0, x, 0)` はなぜ遅いのか

ReLU は `np.where(x > 0, x, 0)` とも書けます。結果は同じですが、測ると `np.maximum(x, 0)` よりかなり遅くなります。
どこに時間がかかっているのか、処理を分けて測ります。

- `big > 0`：**一時配列** のマスク（1 個 1 バイト）を作る。`x` を読み、マスクを書く。
- `np.where(mask, big, 0)`：マスクと `x` を読み、結果を書く。

運ぶバイト数を数えると、`np.maximum` は 1 個あたり 16 バイト（8 バイト読んで 8 バイト書く）、`np.where(x > 0, x, 0)` は
$8 + 1$（マスク作り）と $1 + 8 + 8$（選択）で 26 バイトです。メモリの通り道の量だけなら、約 1.6 倍で済むはずです。
もう一つ、**同じ数を符号で並べ替えた配列**（負の数が先、正の数が後）でも同じ選択を測ります。数もバイト数も全く同じで、違うのは順番だけです。
""",
        en=r"""
## Why `np.where(x > 0, x, 0)` is slow

ReLU can also be written `np.where(x > 0, x, 0)`. The result is the same, but it is measurably slower than
`np.maximum(x, 0)`. To see where the time goes, we time the parts separately:

- `big > 0`: builds a **temporary** mask array (1 byte per number): reads `x`, writes the mask.
- `np.where(mask, big, 0)`: reads the mask and `x`, writes the result.

Counting bytes moved per number: `np.maximum` moves 16 (reads 8, writes 8); `np.where(x > 0, x, 0)` moves $8 + 1$ for
the mask and $1 + 8 + 8$ for the selection, 26 in all. Memory traffic alone would make it about 1.6 times as slow.
We also time the same selection on **the same numbers sorted by sign** (negatives first, then positives): the same
numbers and the same bytes, only in a different order.
""",
    ),
    code(
        "where-time",
        """
mask = big > 0
by_sign = np.concatenate([big[~mask], big[mask]])  # 同じ数を、負の数が先・正の数が後に並べたもの || the same numbers, negatives first, then positives
mask_by_sign = by_sign > 0
times = helpers.timing.compare({
    "np.maximum(big, 0)": lambda: np.maximum(big, 0),
    "np.where(big > 0, big, 0)": lambda: np.where(big > 0, big, 0),
    "big > 0": lambda: big > 0,
    "np.where(mask, big, 0)": lambda: np.where(mask, big, 0),
    "np.where(mask_by_sign, by_sign, 0)": lambda: np.where(mask_by_sign, by_sign, 0),
}, repeat=5)
print(helpers.timing.table(times, baseline="np.maximum(big, 0)"))
print(helpers.text("speed.where_vs_maximum", ratio=times["np.where(big > 0, big, 0)"] / times["np.maximum(big, 0)"]))
print(helpers.text("speed.random_vs_sorted",
                   ratio=times["np.where(mask, big, 0)"] / times["np.where(mask_by_sign, by_sign, 0)"]))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "where-after",
        ja=r"""
測った数字から、次のことが読み取れます（上の表と比）。

- **マスクを作る** `big > 0` は、マスクが小さい（1 個 1 バイト）ので軽い処理です。一時配列を作ること自体は、差の主な原因ではありません。
- 時間の大部分は **選択** `np.where(mask, big, 0)` にかかっています。バイト数から予想される約 1.6 倍よりずっと大きな差です。
- 同じ選択でも、**符号で並べ替えた配列ではずっと速く** なります。数もバイト数も同じなので、違いを生んでいるのは順番です。

順番で速さが変わるのは、CPU の **分岐予測** のためと考えられます。CPU は「次にどちらを選ぶか」を前もって予想して先に進み、
外れるとやり直します。`np.where` の内側のループは要素ごとに「`x` を写すか 0 を写すか」を分岐で決めるので、
符号がランダムな実際のデータでは予想が半分ほど外れます。並べ替えた配列では同じ結果が長く続くので、予想はほとんど当たります。
`np.maximum` は分岐を使わず、SIMD 命令で複数の数の最大値を一度に取るので、順番に左右されません。

教訓：**一つの ufunc でそのまま書ける計算は、マスクと選択に分けずにその ufunc で書く。** `helpers` の活性化関数も、
このノートブックと `python -m helpers.bench` で測りながら、分岐のない ufunc を組み合わせて作ってあります。
""",
        en=r"""
What the measurements say (the table and ratios above):

- **Building the mask**, `big > 0`, is cheap, since the mask is small (1 byte per number). Making a temporary array
  is not what makes the difference.
- Most of the time goes into the **selection** `np.where(mask, big, 0)`: far more than the roughly 1.6 times that the
  bytes moved would predict.
- The same selection is **much faster on the array sorted by sign**. The numbers and the bytes are the same, so the
  order is what makes the difference.

The likely reason is the CPU's **branch prediction**. A CPU guesses which way each decision will go and carries on;
when the guess is wrong it has to back up. The inner loop of `np.where` decides for every element, with a branch,
whether to copy `x` or 0, and with signs in random order, as in real data, about half the guesses are wrong. In the
sorted array the same outcome repeats for long stretches, so nearly every guess is right. `np.maximum` has no branch:
SIMD instructions take the maximum of several numbers at once, whatever their order.

The lesson: **when one ufunc does the whole job, use it rather than a mask and a selection.** The activation
functions in `helpers` are built that way, from branch-free ufuncs, and measured with this notebook and
`python -m helpers.bench`.
""",
    ),
    md(
        "summary",
        ja=r"""
## まとめ

- Python のループは、一つひとつの数の周りの仕事が重く、numpy のベクトル化された計算より桁違いに遅い。
- numpy の ReLU は **メモリ律速**：`out=` を使えばコピー（メモリ帯域幅の上限）に近い速さになる。新しい配列を作ると、そのぶん時間が増える。
- float32 は運ぶバイト数が半分なので、時間もほぼ半分。
- `np.where(x > 0, x, 0)` の遅さの主な原因は、一時配列よりも、ランダムな符号に対する要素ごとの分岐。`np.maximum(x, 0)` を使う。
- 数字は計算機ごとに違う。主張は、同じ実行の中で測った比で確かめる。

これでコースはおしまいです。→ [目次に戻る](00_index.ipynb)
""",
        en=r"""
## Summary

- A Python loop spends most of its time on the work around each number: it is orders of magnitude slower than
  vectorised numpy code.
- numpy's ReLU is **memory-bound**: with `out=` it runs close to a copy, the memory-bandwidth limit; a fresh result
  array adds time.
- float32 moves half the bytes, and takes about half the time.
- `np.where(x > 0, x, 0)` is slow mainly because of a per-element branch on signs in random order, more than because
  of its temporaries. Use `np.maximum(x, 0)`.
- Numbers differ from machine to machine: check a claim with ratios measured in the same run.

That is the end of the course. → [Back to the contents](00_index.ipynb)
""",
    ),
]
