"""Chapter 6: why NumPy's ReLU is fast – loops vs vectorisation, the measured speed limit, float32, np.where."""

from cells import code, exercise, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# 第6章 NumPy の ReLU はなぜ速いのか

このコースの出発点である短い日本語のチュートリアル「PythonでのReLu関数」（以下、チュートリアル）は、ReLU を `max(0.0, x)` で
一つずつ計算していました。ニューラルネットワークは ReLU を何百万個もの数に適用するので、その書き方では遅すぎて実用になりません。
この章では、同じ ReLU をいくつかの書き方で実際に測り、

- Python のループと、配列全体をまとめて計算する NumPy のベクトル化されたコード（第1章）とで、どれだけ違うのか、
- ReLU はどこまで速くなりうるのか（計算機の**メモリ帯域幅**で決まる上限）、
- float32 は float64 より速いのか、何がそれを決めるのか、
- `np.where(x > 0, x, 0)` がなぜ `np.maximum(x, 0)` より遅いのか

を、測った数字から考えます。
""",
        en=r"""
# Chapter 6: Why NumPy's ReLU is fast

「PythonでのReLu関数」 ("ReLU function in Python"), the short Japanese tutorial this course grew from, computes ReLU
one number at a time with `max(0.0, x)`. A network applies ReLU to millions of numbers, and that way of writing it is
far too slow for that. In this chapter we time several ways of computing the same ReLU and reason from the
measurements:

- how much faster NumPy's vectorised code (which works on a whole array at once, as in Chapter 1) is than a Python
  loop,
- how fast ReLU can possibly be (the limit set by the machine's **memory bandwidth**),
- whether float32 is faster than float64, and what decides it,
- why `np.where(x > 0, x, 0)` is slower than `np.maximum(x, 0)`.
""",
    ),
    setup(imports="import mmap\nimport sys\n\nimport numpy as np"),
    md(
        "how-to-time",
        ja=r"""
## 測り方

時間の測定にはノイズが入ります。同じ計算機でほかの処理が動いていると、そのぶん遅くなります。そこで `helpers.timing.compare` は、
比べたい処理を順番に 1 回ずつ実行し、これを 1 巡として何度か繰り返して、処理ごとに**最も速かった回**の時間を採用します。
ほかの処理からの干渉は時間を延ばす方向にしか働かないので、最小値がその処理本来の時間に最も近いと考えられます
（Python Software Foundation による `timeit` モジュールのドキュメント「timeit — 小さなコード断片の実行時間計測」も、
繰り返した測定の最小値を見るよう勧めています）。

時間の秒数は計算機によって違うので、同じ実行の中で測った基準との**比**で比べます。時間を測るセルの出力は実行のたびに変わります
（そのため、このコースの自動テストはこれらの数字を確かめません）。比べた結果の判定も、文章ではなくコードが測定から出力します。
""",
        en=r"""
## How we time

Timings are noisy: anything else running on the machine slows a run down. So `helpers.timing.compare` runs the
candidates **one after another**, round after round, and keeps the **fastest round** of each. Outside interference can
only add time, so the minimum is the best estimate of what the code itself costs. The documentation of Python's
`timeit` module recommends the same (Python Software Foundation, "timeit — Measure execution time of small code
snippets", Python 3 documentation).

Times in seconds depend on the machine, so we compare **ratios** to a baseline measured in the same run. The output
of the timing cells changes every time they run (the course's automated tests therefore do not check these
numbers), and the verdict of each comparison is printed by the code from the measurement, not stated in the text.
""",
    ),
    md(
        "loop-intro",
        ja=r"""
## ループとベクトル化

$10^6$ 個の数に ReLU を適用する五つの書き方を比べます。

1. `for` ループで一つずつ `max(0.0, v)` を計算し、リストに追加する方法
2. 同じ処理をリスト内包表記で書いたもの
3. `np.maximum(x, 0)`
4. `helpers.relu(x)`（中身は `np.maximum` に入力チェックを加えたもの）
5. `helpers.relu(x, out=y)`（結果を、用意しておいた配列 `y` に書き込むもの）

最初の二つは Python の float のリスト、残りは NumPy の配列を使います。まず、どれも同じ結果になることを確かめます。
""",
        en=r"""
## Loops and vectorisation

We compare five ways of applying ReLU to $10^6$ numbers:

1. a `for` loop that appends `max(0.0, v)` to a list, one number at a time
2. the same as a list comprehension
3. `np.maximum(x, 0)`
4. `helpers.relu(x)` (`np.maximum` plus input checks)
5. `helpers.relu(x, out=y)`, which writes the result into an array `y` made beforehand

The first two work on a list of Python floats, the others on a NumPy array. First we check that all of them give the
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
numpy_time = times["np.maximum(x, 0)"]
print(helpers.text("speed.loop_vs_numpy", loop=times["for + max"] / numpy_time,
                   comp=times["[max(0.0, v) for v in values]"] / numpy_time))
comprehension = times["[max(0.0, v) for v in values]"] / times["for + max"]
print(helpers.text(f"speed.comprehension_vs_loop.{helpers.timing.verdict(comprehension)}", ratio=comprehension))
checks = times["helpers.relu(x)"] / numpy_time
print(helpers.text(f"speed.checks_cost.{helpers.timing.verdict(checks)}", ratio=checks))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "why-loop-slow",
        ja=r"""
上に出力された比のとおり、ループは NumPy よりずっと時間がかかります。理由は主に二つあります。

- **一つずつ解釈して実行する手間**：Python のインタープリタは、ループの 1 回ごとに**バイトコード**（Python がソースコードから作る、
  単純な手順に分けた中間命令）をいくつも実行し、`max` を呼び出し、二つのオブジェクトの型を調べてから比べ、結果をリストに入れます。
  数を一つ比べるための仕事より、その周りの仕事のほうがずっと多いのです。リスト内包表記は `append` の呼び出しを省けますが、
  構造は同じです。省けた分が時間に表れたかどうか（ノイズに埋もれることもあります）は、上の「リスト内包表記 ÷ for ループ」の行が判定とともに示しています。
- **データの置き方**：Python の float は一つひとつが独立したオブジェクトで、リストはそれを指すポインタの配列です。
  float64 の NumPy 配列は 8 バイトの数が隙間なく並んだ一つのメモリの塊で、コンパイル済みの一つのループがそれを先頭から順に処理します。
  そのため CPU は、一つの命令で複数の数をまとめて処理する **SIMD 命令**（single instruction, multiple data）を使え、
  次に読むデータをメモリから前もって読み込んでおく**先読み**（プリフェッチ）も働きます。

`np.maximum` のように、配列の要素ごとに同じ計算をコンパイル済みのループで行う NumPy の関数を **ufunc**（universal function、
ユニバーサル関数）といいます（NumPy Developers「Universal functions (ufunc)」、NumPy ドキュメント）。`helpers.relu(x)` の入力チェックは呼び出し 1 回につき一定の手間です。`np.maximum(x, 0)` との比が 1 に近ければ、
その手間は $10^6$ 個の数の計算に比べて小さいということです。上の「helpers.relu(x) ÷ np.maximum(x, 0)」の行が、この実行でどうだったかを判定しています。

それぞれのデータの置き方で使うメモリの量も比べてみます（リストの値は下限です）。
""",
        en=r"""
The ratios printed above show how much longer the loops take than NumPy. There are two main reasons.

- **Interpreting one step at a time**: on every iteration the Python interpreter executes several **bytecode**
  instructions (the simple steps into which Python compiles your code), calls `max`, checks the types of two objects
  before comparing them, and stores the result in a list. The work around each comparison is far larger than the
  comparison itself. A list comprehension saves the call to `append`, but it has the same structure; the line
  "list comprehension / for loop" above says whether the saving showed in the time in this run (it can be lost in
  the noise).
- **How the data is laid out**: every Python float is a separate object, and a list is an array of pointers to them.
  A float64 NumPy array is one contiguous block of 8-byte numbers, and one compiled loop walks through it from start to
  end. So the CPU can use **SIMD instructions** (single instruction, multiple data: one instruction that handles
  several numbers at once), and it can **prefetch**, that is, fetch the next data from memory before it is
  needed.

A NumPy function such as `np.maximum`, which applies the same operation to every element of an array in a compiled
loop, is called a **ufunc** (universal function; NumPy Developers, "Universal functions (ufunc)", NumPy
documentation). The input checks of `helpers.relu(x)` take a fixed time per call.
If the ratio of `helpers.relu(x)` to `np.maximum(x, 0)` is close to 1, that time is small next to the work on $10^6$ numbers; the line
"helpers.relu(x) / np.maximum(x, 0)" above gives the verdict for this run.

Here is how much memory each layout takes (for the list, a lower bound):
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
    *exercise("relu_fix_loop"),
    md(
        "limit-intro",
        ja=r"""
## 速さの上限を測る

NumPy の ReLU はどこまで速くなれるでしょうか。ReLU は、数を一つ読み、比べて、結果を一つ書きます。比べる計算に時間がまったくかからないとしても、
**数を一つずつ読んで一つずつ書く**という仕事は残ります。その仕事だけをする処理はいくつもあります。

- コピー `np.copyto(out, big)` と、配列全体への代入 `out[...] = big`（`...` は全要素を表す Ellipsis）
- 値を変えない ufunc：`np.positive(big, out=out)`（各数を `+x` としてそのまま返す）と `np.multiply(big, 1.0, out=out)`（1 を掛ける）

同じ実行の中でこれらを測り、**最も速かったもの**をその実行での**速さの上限**とします。上限は「この仕事をいちばん速くこなせた方法」なので、
`out=` を使った ReLU もこの仕事をする処理の一つとして候補に入れます。こうすると、ReLU が上限を「破る」ことはありません。
ReLU がいちばん速ければ、その実行では ReLU 自身が上限になります。

これらの速さは、主に CPU とメモリの間でデータを運ぶ速さ、つまり**メモリ帯域幅**で決まります。$10^6$ 個（{{x.nbytes // 10**6}} MB）だと、
データが CPU の**キャッシュ**（CPU の中にある、最近使ったデータを置いておく小さくて速いメモリ）に収まってしまうことがあります。
メモリそのものの速さを測るため、ここからは $10^7$ 個（{{10 * x.nbytes // 10**6}} MB）で測ります。

結果を入力の配列自体に書き込む**インプレース**（in-place）計算 `helpers.relu(inplace, out=inplace)` は、配列が一つで済むので、
上限も別に測ります（候補は `np.positive` と `np.multiply` のインプレース版と、インプレースの ReLU 自身です）。
""",
        en=r"""
## Measuring the speed limit

How fast can NumPy's ReLU be? ReLU reads a number, compares it, and writes one result. Even if the comparison were
free, the work of **reading every number once and writing one number for each** would remain. Several operations do
only that work:

- the copy `np.copyto(out, big)` and the assignment to the whole array `out[...] = big` (`...`, Ellipsis,
  stands for every element);
- ufuncs that leave the values unchanged: `np.positive(big, out=out)` (returns each number unchanged, as `+x`) and
  `np.multiply(big, 1.0, out=out)` (multiplies by 1).

We time them in the same run and take **the fastest of them** as that run's **speed limit**. ReLU with `out=` reads and
writes the same bytes, so it is one of the candidates too: the limit is the fastest way found in the run to do this
much work. ReLU therefore cannot "beat" the limit: if it is the fastest, then in that run ReLU itself is the limit.

These speeds are set mostly by how fast data moves between the CPU and memory: the **memory bandwidth**. $10^6$
numbers ({{x.nbytes // 10**6}} MB) may fit in the CPU's **caches**, the small, fast memories on the processor chip that
keep recently used data. To measure memory itself we use $10^7$ numbers ({{10 * x.nbytes // 10**6}} MB) from here on.

An **in-place** computation, `helpers.relu(inplace, out=inplace)`, writes the result into the input array itself and
needs only one array, so it gets its own limit (the candidates are the in-place versions of `np.positive` and
`np.multiply`, and the in-place ReLU itself).
""",
    ),
    code(
        "limit-time",
        """
big = rng.standard_normal(10**7)
out = np.empty_like(big)
inplace = big.copy()
limit_ops = helpers.timing.limit_ops(big, out, "big", "out")
inplace_ops = helpers.timing.limit_ops(inplace, inplace, "inplace", "inplace")
relu_out, relu_inplace = "helpers.relu(big, out=out)", "helpers.relu(inplace, out=inplace)"
times = helpers.timing.compare({
    **limit_ops,
    relu_out: lambda: helpers.relu(big, out=out),
    "helpers.relu(big)": lambda: helpers.relu(big),
    **inplace_ops,
    relu_inplace: lambda: helpers.relu(inplace, out=inplace),
}, repeat=9)
limit_name, limit = helpers.timing.speed_limit(times, [*limit_ops, relu_out])
inplace_name, inplace_limit = helpers.timing.speed_limit(times, [*inplace_ops, relu_inplace])
page_kib = mmap.PAGESIZE // 1024  # ふつうのページの大きさ（KiB）|| the size of an ordinary page, in KiB
print(helpers.timing.table(times, baseline=limit_name))
print()
print(helpers.text("speed.limit", name=limit_name))
print(helpers.text("speed.bandwidth", gbs=2 * big.nbytes / limit / 1e9, n=big.size, mb=2 * big.nbytes / 1e6))
print(helpers.timing.limit_line(relu_out, times, limit_name))
fresh = times["helpers.relu(big)"] / times[relu_out]
print(helpers.text(f"speed.fresh_extra.{helpers.timing.verdict(fresh)}",
                   extra=abs(times["helpers.relu(big)"] - times[relu_out]) / limit))
print(helpers.timing.limit_line(relu_inplace, times, inplace_name))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "limit-after",
        ja=r"""
表は次のように読めます。

- **`out=` あり**の ReLU が上限の何倍の時間だったかは、上の行が示しています。同じ表の `np.positive` や `np.multiply(…, 1.0)` の時間と比べてください。
  この二つは何も計算せず、ReLU と同じ書き込み方をします。ReLU がこれらと同じくらいの時間なら、SIMD 命令でまとめて行う比較の計算は
  ほとんど時間を使わず、時間はデータの転送に使われています。このように、時間をメモリ帯域幅が決めている処理を**メモリ律速**（memory-bound）と呼びます。
  メモリ律速なら、CPU の計算が速くなっても、運ぶ量が同じなら速くなりません。ReLU がこの計算機でメモリ律速かどうかは、float32 の節でも確かめます。
  （上限を決めたのがコピーなら、同じくデータを運ぶだけの ufunc でも、コピーより長くかかることがあります。理由は演習のあとの節で説明します。）
- **`out=` なし**では、NumPy が結果のために新しい {{10 * x.nbytes // 10**6}} MB の配列を用意します。OS はメモリを**ページ**という単位で管理します
  （この計算機のふつうのページは {{page_kib}} KiB で、1 KiB は $2^{10}$ = {{2**10:,}} バイトです。Linux では NumPy が大きな配列のために、もっと大きな「ヒュージページ」を求めることがあります）。
  新しく確保したページに初めて書き込まれたときに、OS は実際のメモリを割り当てて 0 で埋めます。
  この割り当てのきっかけとなる中断を**ページフォールト**といいます。配列のすべてのページを 0 で埋めるので、配列全体にもう一度書き込むのに近い手間がかかることがあります。
  その手間が上限の時間の何倍に当たるか（この実行で手間が見えたかどうか）は、上の「新しい配列」の行が示しています
  （この量は OS やメモリの設定によって大きく変わります）。
- **インプレース**で計算すれば、二つ目の配列そのものが要りません。元の値がもう要らないときには、よい選択です。

ターミナルでこのコースのフォルダに移動し、`python3 course.py bench`（Windows では `py course.py bench`、`make` があれば `make bench`）を実行すると（出力は英語です）、`helpers` のすべての活性化関数について、
同じ上限との比を一度に測れます。

次の演習では、インプレースの ReLU を自分で測ります。
""",
        en=r"""
Here is how to read the table.

- ReLU **with `out=`**: the line above says how many times the limit it took. Compare it with `np.positive` and
  `np.multiply(…, 1.0)` in the same table: they compute nothing and store the same way ReLU does. When ReLU takes
  about as long as they do, its comparisons, done several at a time by SIMD instructions, cost almost nothing, and
  the time goes into moving the data. An operation whose time is set by the memory bandwidth is called
  **memory-bound**: for it, faster arithmetic in the CPU does not help while the amount of data moved stays the same.
  The float32 section checks again whether ReLU is memory-bound on this machine. (If a copy set the limit, the
  ufuncs can take longer than it even though they also only move data; the section after the exercise explains
  why.)
- **Without `out=`**, NumPy makes a new {{10 * x.nbytes // 10**6}} MB array for the result. The operating system
  hands out memory in **pages** (an ordinary page is {{page_kib}} KiB on this machine, where 1 KiB is $2^{10}$ =
  {{2**10:,}} bytes; on Linux, NumPy
  may ask for larger "huge pages" for large arrays). The first write to each new page causes a **page fault**, an
  interruption in which the operating system supplies a page filled with zeros. Zero-filling all the pages of the
  array can cost about as much as writing the whole array once more. The "fresh array" line above gives the extra time in this run, if there was any, as a multiple of the limit's time (the amount varies a lot with the operating system and its memory settings).
- **In place** there is no second array at all, which makes it a good choice when the old values are no longer
  needed.

In a terminal, in the course's folder, `python3 course.py bench` (on Windows `py course.py bench`; or `make bench`, if you have `make`)
measures the same ratios to the same limit for every activation function in `helpers` at once.

In the next exercise you time an in-place ReLU yourself.
""",
    ),
    *exercise("relu_inplace_speed"),
    md(
        "copy-intro",
        ja=r"""
## コピーがいつも最速とは限らない理由

コピーは何も計算しないので、いつも最速だと思うかもしれません。ところが、計算機によってはコピーが ufunc に負けることがあります。
`np.copyto` は、連続した配列を C ライブラリの `memmove` 関数に渡してコピーします（Linux の標準の C ライブラリである glibc（GNU C Library）では `memcpy` と同じコードなので、以下では `memcpy` と呼びます）。
Linux（glibc）の x86 版の `memcpy` は、CPU の共有キャッシュの大きさから決まるしきい値（The GNU C Library `sysdeps/x86/dl-cacheinfo.h`、GNU C Library のソースコード）より大きなブロックを、
キャッシュを通さずにメモリへ直接書き込む**ノンテンポラルストア**（non-temporal store）でコピーします。ふつうの書き込みは、書き込み先をいったんキャッシュに読み込んでから書くので、
ノンテンポラルストアはその読み込みを省けます。その代わり、書いたデータはキャッシュに残らず、すべてメモリまで運ばれます。
そのため、キャッシュに収まる大きさのデータや、すぐにまた読むデータでは、ふつうの書き込みのほうが速いことがあります。どちらが速いかは、
計算機やその負荷によって変わります。ufunc のコンパイル済みのループは、いつもふつうの書き込みを使います。
この計算機のしきい値は、Linux のターミナルで `ld.so --list-tunables` を実行すると、`glibc.cpu.x86_non_temporal_threshold` の行で確かめられます（The GNU C Library「Tunables」、The GNU C Library Reference Manual）。

これを確かめるため、同じコピーを {{helpers.timing.COPY_BLOCK:,}} 個（{{helpers.timing.COPY_BLOCK * 8 // 1024}} KiB）ずつに分けて行います（`helpers.timing.blocked_copy`）。
1 回の `memcpy` が小さいので、分けたコピーはふつうの書き込みを使います。三つの大きさで、1 回のコピー、分けたコピー、
`np.positive` を比べます。
""",
        en=r"""
## Why the copy is not always the fastest

A copy computes nothing, so you might expect it always to be the fastest; yet on some machines it loses to a ufunc.
`np.copyto` hands a contiguous array to the C library's `memmove`. In glibc (the GNU C Library, Linux's usual C library), `memmove` runs the same code as `memcpy`, and below we call both `memcpy`. On Linux (glibc) on x86, `memcpy` copies blocks larger than a threshold, set from the size of the
CPU's shared cache (The GNU C Library, `sysdeps/x86/dl-cacheinfo.h`, GNU C Library source code), with **non-temporal stores**, which write to
memory bypassing the cache. An ordinary store first reads the destination into the cache and then writes it; a
non-temporal store saves that read, but leaves nothing in the cache and sends everything all the way to memory. So
for data that fits in the cache, or that is read again soon, ordinary stores can be faster. Which of the two wins
depends on the machine and on its load. A ufunc's compiled loop always uses ordinary stores. On Linux, the threshold
of your machine is the `glibc.cpu.x86_non_temporal_threshold` line of `ld.so --list-tunables`, run in a terminal
(The GNU C Library, "Tunables", The GNU C Library Reference Manual).

To check this, we do the same copy in pieces of {{helpers.timing.COPY_BLOCK:,}} numbers
({{helpers.timing.COPY_BLOCK * 8 // 1024}} KiB; `helpers.timing.blocked_copy`). Each
`memcpy` is then small, so the copy in pieces uses ordinary stores. We compare one copy, the copy in pieces and
`np.positive` at three sizes.
""",
    ),
    code(
        "copy-time",
        """
copies = {size: helpers.timing.copy_strategies(big[:size], out[:size]) for size in [10**4, 10**6, 10**7]}
rows = [[f"{size:,}", f"{t['copyto'] * 1e6:,.1f}", f"{t['pieces'] / t['copyto']:.2f}", f"{t['positive'] / t['copyto']:.2f}"]
        for size, t in copies.items()]
print(helpers.timing.format_table([helpers.text(f"speed.copy.{c}") for c in ["size", "us", "pieces", "positive"]], rows))
print()
for size, t in copies.items():
    ratio = t["copyto"] / t["pieces"]
    print(helpers.text(f"speed.copy.verdict.{helpers.timing.verdict(ratio)}", size=size, ratio=ratio))
    ratio = t["positive"] / t["pieces"]
    print(helpers.text(f"speed.copy.positive_verdict.{helpers.timing.verdict(ratio)}", size=size, ratio=ratio))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "copy-after",
        ja=r"""
$10^4$ 個（{{big[:10**4].nbytes // 1000}} KB）は、しきい値よりずっと小さいので、
1 回のコピーも分けたコピーも同じふつうの書き込みを使います。ここでの差は書き込み方ではなく、呼び出しの手間によるものです
（`helpers.timing.blocked_copy` は Python で書かれていて、その数マイクロ秒の手間はコピーそのものと同じくらいです。`np.positive` も呼び出しごとに一定の手間がかかります）。
大きな配列では、この手間は無視できるほど小さくなります。
しきい値は計算機ごとに違い、$10^6$ 個（{{big[:10**6].nbytes // 10**6}} MB）でもしきい値を超えないことがあります。
しきい値を超える大きな配列で、何度実行しても 1 回のコピーと分けたコピーの差が続くなら、その違いは書き込み方によるものと考えられます。
`np.positive` が分けたコピーと同じくらいなら、ufunc のループは同じ書き込み方の `memcpy` に劣らないということです。
`np.positive` がはっきり遅ければ、同じ書き込み方でも ufunc のループそのものが `memcpy` より手間がかかっているということです。
上の判定の行が、それぞれの大きさでこの実行でどうだったかを示しています。

Linux では、ターミナルでこのコースのフォルダに移動し、`GLIBC_TUNABLES=glibc.cpu.x86_non_temporal_threshold=0x7fffffffffff python3 course.py bench` のように
しきい値を非常に大きくして実行すると、ノンテンポラルストアを使わない `memcpy` で測り比べることもできます。
どちらの方法が速くても、速さの上限は「測った中で最も速かったもの」なので、このように候補を複数用意しておく意味があります。
""",
        en=r"""
$10^4$ numbers ({{big[:10**4].nbytes // 1000}} KB) are far below the threshold, so there one copy and the copy in
pieces use the same ordinary stores: a difference there comes from the cost of the calls, not from the stores
(`helpers.timing.blocked_copy` is Python code, and its few microseconds of fixed cost are as large as the copy
itself; `np.positive` has a fixed cost per call too). For the larger sizes that cost is negligible. The threshold
differs from machine to machine, and even $10^6$ numbers ({{big[:10**6].nbytes // 10**6}} MB) may stay below it.
If, for an array above the threshold, one copy and the copy in pieces keep taking different times run after run, the difference most likely comes from the kind of store they use. Where `np.positive` takes about as long as the copy in pieces, a ufunc's loop is no
slower than a `memcpy` that stores the same way; where it is clearly slower, the ufunc's loop itself costs more than
`memcpy`'s for the same stores. The verdict lines above say how it went at each size in this run.

On Linux you can also compare with a `memcpy` that never uses non-temporal stores, by making the threshold huge, in a
terminal, in the course's folder: `GLIBC_TUNABLES=glibc.cpu.x86_non_temporal_threshold=0x7fffffffffff python3 course.py bench`. Whichever way
turns out faster, the speed limit is the fastest of what was measured; that is why it has several candidates.
""",
    ),
    md(
        "dtype-intro",
        ja=r"""
## float32 と float64

float32 は 1 個 {{np.dtype(np.float32).itemsize}} バイトで、float64 の半分です。ReLU がメモリ律速なら、運ぶバイト数が半分になるので、
時間もほぼ半分になるはずです。ただし、時間が半分になっただけでは、バイト数のおかげか計算のおかげかはわかりません。一つの SIMD 命令が扱える数は、
float32 なら float64 の 2 倍だからです。そこで、何も計算しない `np.positive` の時間がどれだけ短くなるかと比べます。
""",
        en=r"""
## float32 and float64

A float32 takes {{np.dtype(np.float32).itemsize}} bytes, half of a float64. If ReLU is memory-bound, half the bytes should take about half the time. A halved time alone, though, would not tell us whether the fewer bytes or the cheaper computation
made the difference: one SIMD instruction handles twice as many float32 numbers as float64 ones. So we compare how much ReLU's time goes down with how much the time of `np.positive`, which computes nothing, goes down.
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
    "np.positive float64, out": lambda: np.positive(big, out=out),
    "np.positive float32, out": lambda: np.positive(big32, out=out32),
    "helpers.relu float64, out": lambda: helpers.relu(big, out=out),
    "helpers.relu float32, out": lambda: helpers.relu(big32, out=out32),
}, repeat=9)
print(helpers.timing.table(times, baseline="np.copyto float64"))
print()
half = {}
for what, suffix in [("np.copyto", ""), ("np.positive", ", out"), ("helpers.relu", ", out")]:
    half[what] = times[f"{what} float32{suffix}"] / times[f"{what} float64{suffix}"]
    print(helpers.text(f"speed.float32.{helpers.timing.half_verdict(half[what])}", what=what, ratio=half[what]))
print(helpers.text(f"speed.memory_bound.{helpers.timing.bytes_verdict(half['helpers.relu'], half['np.positive'])}",
                   relu=half["helpers.relu"], positive=half["np.positive"]))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "dtype-after",
        ja=r"""
比が {{(4 + 4) / (8 + 8):g}} よりはっきり大きいのは、運ぶバイト数に比例しない時間（要素ごとの計算など）が含まれるか、二つの型で書き込み方が違って、運ぶバイト数がちょうど半分にならないためと考えられます。
コピーでは、二つの大きさがしきい値の両側に分かれることもあります（ここでは float64 が {{big.nbytes // 10**6}} MB、float32 が {{big.nbytes // 2 // 10**6}} MB）。
そのときは float64 のコピーがノンテンポラルストアを、float32 のコピーが書き込み先も読み込むふつうの書き込みを使うので、
1 個あたり {{8 + 8}} バイトに対して {{4 + 4 + 4}} バイトを運ぶことになり、比は {{(4 + 4) / (8 + 8):g}} ではなく {{(4 + 4 + 4) / (8 + 8):.2f}} 近くになります。
ReLU の時間が `np.positive` と同じくらい短くなるなら、ReLU は float64 でも float32 でもメモリ律速です。短くなり方が小さければ、
少なくとも float32 では、メモリではなく ReLU 自身のループが時間の一部を決めています。最後の行が、この実行での判定です。

転送量で時間が決まるところでは、float32 で時間を節約できます。ディープラーニングで float32 や、さらに小さい 16 ビットの型
（float16 や、float32 と同じ指数の範囲を持つ bfloat16）がよく使われる理由の一つがこれです（精度と引き換えに、同じメモリ帯域幅でより多くの数を運べます）。
""",
        en=r"""
Where a ratio is clearly above {{(4 + 4) / (8 + 8):g}}, the likely reason is either that the work on each element sets part of the time or that the two types do not move their bytes in the same way. For the copy, the two sizes may fall on different sides of `memcpy`'s
threshold (here float64 is {{big.nbytes // 10**6}} MB and float32 {{big.nbytes // 2 // 10**6}} MB). Then the float64
copy uses non-temporal stores and the float32 copy ordinary ones, which also read the destination, so it moves
{{4 + 4 + 4}} bytes per number against {{8 + 8}}, and the ratio comes out near {{(4 + 4 + 4) / (8 + 8):.2f}}, not
{{(4 + 4) / (8 + 8):g}}. If ReLU's time goes down as much as that of `np.positive`, ReLU is memory-bound in both float64 and float32;
if it goes down less, then at least in float32 ReLU's own loop, not memory, sets part of its time. The last line gives the verdict for this run.

Where memory traffic sets the time, float32 saves time. That is one reason deep learning uses float32, and 16-bit
types such as float16 and bfloat16 (a 16-bit format with the exponent range of float32): at the price of precision,
the same memory bandwidth carries more numbers.
""",
    ),
    md(
        "where-intro",
        ja=r"""
## `np.where(x > 0, x, 0)` はなぜ遅いのか

ReLU は `np.where(x > 0, x, 0)` とも書けます。まず、二つの書き方の結果が本当に同じかを予想してみましょう。
""",
        en=r"""
## Why `np.where(x > 0, x, 0)` is slow

ReLU can also be written `np.where(x > 0, x, 0)`. First, predict whether the two ways really give the same result.
""",
    ),
    *exercise("where_nan"),
    code(
        "where-nan",
        """
with_nan = np.array([np.nan, -1.0, 2.0])
print(helpers.text("speed.nan", code="np.maximum(with_nan, 0)", result=np.maximum(with_nan, 0)))
print(helpers.text("speed.nan", code="np.where(with_nan > 0, with_nan, 0)", result=np.where(with_nan > 0, with_nan, 0)))
""",
    ),
    md(
        "where-plan",
        ja=r"""
NaN 以外では、結果は同じです。`np.where` は、条件が `True` のところで二つ目の引数を、`False` のところで三つ目の引数を選びます
（NumPy Developers「numpy.where」、NumPy ドキュメント）。`nan > 0` は `False` なので、`np.where` は NaN を 0 にしてしまいます
（第1章で見た `max(0.0, x)` と同じ落とし穴です）。`np.maximum` は NaN をそのまま伝えます。

速さも違います。どこに時間がかかっているのか、処理を分けて測ります。

- `big > 0`：**マスク**（`big` の要素が正のところで `True` になる真偽値の配列で、1 個 1 バイト）の作成。`big` を読み、マスクを書き込みます。
- `np.where(mask, big, 0)`：選択。マスクと `big` を読み、結果を書き込みます。

1 個あたりに運ぶバイト数を数えると、`np.maximum` は $8 + 8$（8 バイト読んで 8 バイト書く）、`np.where(x > 0, x, 0)` は
$8 + 1$（マスクの作成）と $1 + 8 + 8$（選択）です（読み書きするバイトをそれぞれ 1 回ずつ数え、上で見た書き込み先の読み込み（結果には 8 バイト、マスクには 1 バイト）は数えません。
数に入れると、予想の比はどちらも少し小さくなります）。下のセルがこれを数え、転送量だけから予想される時間の比を出します。
もう一つ、**同じ数を符号でまとめ直した配列**（負の数がすべて先、正の数がすべて後）でも同じ選択を測ります。数もバイト数もまったく同じで、
違うのは順番だけです。
""",
        en=r"""
Apart from NaN, the results are the same. `np.where` picks its second argument where the condition is `True` and
its third where it is `False` (NumPy Developers, "numpy.where", NumPy documentation). Since `nan > 0` is `False`, it
turns NaN into 0, the same pitfall as `max(0.0, x)` in Chapter 1, while `np.maximum` passes NaN on.

The speed differs too. To see where the time goes, we time the parts separately:

- `big > 0` builds a **mask**: a Boolean array (1 byte per number) that is `True` where the element of `big` is positive. It reads `big` and writes the mask.
- `np.where(mask, big, 0)` is the selection. It reads the mask and `big`, and writes the result.

If we count the bytes moved per number, `np.maximum` moves $8 + 8$ (it reads 8 and writes 8), and
`np.where(x > 0, x, 0)` moves $8 + 1$ for the mask and $1 + 8 + 8$ for the selection. This counts each byte read or
written once and leaves out the read of the destination described above, which adds as many bytes as each write (8
for a result, 1 for the mask); counting it would lower both predictions a little. The cell below counts the bytes and
works out the ratio of times that the memory traffic alone would predict. We also time the same selection on **the
same numbers grouped by sign** (all negatives first, then all positives): the same numbers and the same bytes, only in
a different order.
""",
    ),
    code(
        "where-bytes",
        """
bytes_maximum = 8 + 8                  # x を読む、結果を書く || read x, write the result
bytes_mask = 8 + 1                     # x を読む、マスクを書く || read x, write the mask
bytes_select = 1 + 8 + 8               # マスクと x を読む、結果を書く || read the mask and x, write the result
print(helpers.text("speed.bytes", maximum=bytes_maximum, where=bytes_mask + bytes_select,
                   ratio=(bytes_mask + bytes_select) / bytes_maximum, select=bytes_select / bytes_maximum))
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
print()
maximum_time = times["np.maximum(big, 0)"]
print(helpers.text("speed.where_vs_maximum", ratio=times["np.where(big > 0, big, 0)"] / maximum_time,
                   predicted=(bytes_mask + bytes_select) / bytes_maximum))
print(helpers.text("speed.selection_vs_maximum", ratio=times["np.where(mask, big, 0)"] / maximum_time,
                   predicted=bytes_select / bytes_maximum))
print(helpers.text("speed.mask_share", share=times["big > 0"] / times["np.where(big > 0, big, 0)"]))
whole = times["np.where(big > 0, big, 0)"] / times["np.where(mask, big, 0)"]
# 差がマスクの作成時間の半分を超えれば「マスクのぶん長い」とみなす || the mask shows when the gap exceeds half its time
mask_share = times["big > 0"] / times["np.where(mask, big, 0)"]
print(helpers.text(f"speed.whole_vs_selection.{helpers.timing.verdict(whole, band=mask_share / 2)}", ratio=whole))
print(helpers.text("speed.random_vs_sorted",
                   ratio=times["np.where(mask, big, 0)"] / times["np.where(mask_by_sign, by_sign, 0)"]))
""",
        tags=("nbval-ignore-output",),
    ),
    md(
        "where-after",
        ja=r"""
上の表と、その下に出力した比から、次のことが読み取れます。

- **マスクの作成** `big > 0` が全体に占める割合は、上の「マスクの作成 big > 0 は」の行のとおりです。マスクは小さい（1 個 1 バイト）ので、一時配列を作ること自体は
  差の主な原因ではありません。
- 時間の大部分は**選択** `np.where(mask, big, 0)` にかかっています。選択だけの時間が `np.maximum` の何倍だったかを、バイト数から予想される比と比べてみてください。
- 同じ選択でも、符号でまとめ直した配列では時間が短くなります。何倍違うかは最後の行のとおりです。数もバイト数も同じなので、
  違いを生んでいるのは順番です。

本来は、式全体の時間が選択だけの時間をマスクの作成のぶんだけ上回ります。選択だけの時間のほうが長く出たら、それは測定のノイズです。
上の「式全体は選択だけの」の行が、この実行での判定です。

順番で速さが変わるのは、CPU の**分岐予測**のためと考えられます。**分岐**とは、機械語の中の条件付きのジャンプのことです。
CPU は、分岐がどちらに進むかを前もって予測して先に進み、外れると、外れた側で進めた処理を捨ててやり直します。`np.where` の内側のループは、要素ごとに
「`x` の値と 0 のどちらを書き込むか」を分岐で決めます（NumPy Developers `PyArray_Where`、NumPy のソースコード）。この標準正規分布のデータのように、符号がランダムな順番で約半分ずつ（正の数は {{mask.mean():.1%}}）現れると、
予測の手がかりになる規則がないので、予測は当てずっぽうと変わらず、半分近くが外れると考えられます。まとめ直した配列では同じ結果が長く続くので、予測はほとんど当たります。
`np.maximum` は分岐を使わず、SIMD 命令で複数の要素のそれぞれと 0 の大きいほうを一度に求めるので、順番に左右されません。

教訓：**一つの ufunc でそのまま書ける計算は、マスクと選択に分けずに、その ufunc で書きましょう。**`helpers` の `relu`、`relu_grad`、
`leaky_relu`、`leaky_relu_grad`（$0 < \alpha \le 1$ のとき）は、分岐のない ufunc を組み合わせて作ってあり、
ベンチマーク（`python3 course.py bench`）で測っています。ELU などほかの関数には、定義の都合でマスク付きの処理（`where=`）を使っているところがあります。
第4章と第5章の解答例が `np.where` を使っているのは、それがいちばんわかりやすい書き方だからで、いちばん速いからではありません。
""",
        en=r"""
The table and the ratios printed below it show three things.

- **Building the mask**, `big > 0`, takes only part of the whole time; the line "building the mask" above gives its share. The mask is small (1 byte per
  number), so making a temporary array is not the main cause of the difference.
- Most of the time goes into the **selection** `np.where(mask, big, 0)`. Compare its ratio to `np.maximum` with the one that the bytes moved would predict.
- The same selection takes less time on the array grouped by sign; the last line says by what factor. The numbers and
  the bytes are the same, so the order is what makes the difference.

The whole expression should take longer than the selection alone, by the time it takes to build the mask; if the selection alone
comes out longer, that is measurement noise. The line "the whole expression took ... the selection alone" above gives
the verdict for this run.

The likely reason why the order matters is the CPU's **branch prediction**. A **branch** is a conditional jump in the machine code. A CPU
guesses which way each branch will go and carries on; when the guess is wrong, it has to throw away the work done on the wrong path and start again. The inner loop of
`np.where` uses a branch to decide for every element whether to write the value of `x` or 0 (NumPy Developers, `PyArray_Where`, NumPy source code). In this standard-normal data the signs come in random order, about half of each (here
{{mask.mean():.1%}} are positive). The predictor then has no pattern to go on: it can do no better than tossing a coin,
so we can expect close to half its guesses to be wrong. In the grouped array the same outcome repeats for long stretches, so nearly every guess is
right. `np.maximum` has no branch: SIMD instructions compare several elements with 0 at once and keep the
larger of each pair, whatever their order.

The lesson is this: **when one ufunc does the whole job, use it rather than a mask and a selection.** In `helpers`,
`relu`, `relu_grad`, `leaky_relu` and `leaky_relu_grad` (for $0 < \alpha \le 1$) are built from branch-free ufuncs and
timed by the benchmark (`python3 course.py bench`); other functions, such as ELU, use masked operations (`where=`) where their
definition needs them. The model solutions in Chapters 4 and 5 use `np.where` because it is the clearest way to write
them, not the fastest.
""",
    ),
    md(
        "summary",
        ja=r"""
## まとめ

- Python のループは、一つひとつの数の周りの仕事が重く、NumPy のベクトル化されたコードよりずっと遅くなります（何倍かは測定が示します）。
- 速さの上限は、数を一つずつ読んで一つずつ書く処理のうち、同じ実行の中で最も速かったものです。コピーがいつも最速とは限りません
  （大きなブロックの `memcpy` の書き込み方が、計算機によって有利にも不利にもなります。判定の行がこの実行での結果を示します）。
- `out=` を使った NumPy の ReLU は、上限を決める処理と同じく数を一つずつ読んで一つずつ書きます。上限にどこまで近づいたかは、出力された比が示します。
  時間をメモリ帯域幅が決めている（メモリ律速）かどうかは、float32 の比と判定の行で確かめます。
  大きな配列（この章では {{10 * x.nbytes // 10**6}} MB）で結果のために新しい配列を作ると、ページフォールトのぶん時間が増えることがあります。
- float32 は運ぶバイト数が半分です。転送量で時間が決まるところでは、そのぶん時間が短くなります。どれだけ短くなるかは測定が示します。
- `np.where(x > 0, x, 0)` が遅いのは、一時配列（マスク）のためというより、おそらく、符号がランダムな順番で並んでいるときの要素ごとの分岐のためです。
  しかも NaN を 0 にしてしまいます。`np.maximum(x, 0)` を使いましょう。
- 数字は計算機ごとに違うので、主張は同じ実行の中で測った比で確かめます。

これでこのコースは終わりです。お疲れさまでした。→ [目次に戻る](00_index.ipynb)
""",
        en=r"""
## Summary

- A Python loop spends most of its time on the work around each number, and it is much slower than vectorised NumPy
  code (the measurement says by how much).
- The speed limit is the fastest, in the same run, of the operations that read every number once and write one. The
  copy is not always the fastest (for large blocks, `memcpy`'s non-temporal stores can help or hurt, depending on the machine; the verdict lines say which it did in this run).
- With `out=`, NumPy's ReLU reads and writes each number once, like the operations that set the limit, and the
  printed ratio says how close to the limit it came. Whether its time is set by the memory bandwidth (memory-bound)
  is checked by the float32 ratio and its verdict line. For a large array ({{10 * x.nbytes // 10**6}} MB in this
  chapter), a fresh result array can add the time of its page faults.
- float32 moves half the bytes. Where memory traffic sets the time, that saves time; the measurement says how much.
- `np.where(x > 0, x, 0)` is slow most likely because of a per-element branch on signs in random order, rather than
  because of its temporary mask. It also turns NaN into 0. Use `np.maximum(x, 0)`.
- Numbers differ from machine to machine: check a claim with ratios measured in the same run.

That is the end of the course; thank you for working through it. → [Back to the contents](00_index.ipynb)
""",
    ),
    md(
        "references",
        ja=r"""
## 参考文献

- 「PythonでのReLu関数」（このコースの出発点となった日本語のチュートリアル）。
- Python Software Foundation. (n.d.). timeit — 小さなコード断片の実行時間計測. *Python 3 ドキュメント*.
  https://docs.python.org/ja/3/library/timeit.html（2026 年 12 月閲覧）。
- NumPy Developers. (n.d.). Universal functions (ufunc). *NumPy documentation*.
  https://numpy.org/doc/stable/reference/ufuncs.html（2026 年 12 月閲覧）。
- NumPy Developers. (n.d.). numpy.where. *NumPy documentation*.
  https://numpy.org/doc/stable/reference/generated/numpy.where.html（2026 年 12 月閲覧）。
- NumPy Developers. (n.d.). `PyArray_Where`（`INNER_WHERE_LOOP`）, `numpy/_core/src/multiarray/multiarraymodule.c`.
  *NumPy のソースコード*. https://github.com/numpy/numpy（2026 年 12 月閲覧）。
- The GNU C Library. (n.d.). `sysdeps/x86/dl-cacheinfo.h`（`non_temporal_threshold` の既定値）. *GNU C Library の
  ソースコード*. https://sourceware.org/git/?p=glibc.git（2026 年 12 月閲覧）。
- The GNU C Library. (n.d.). Tunables（`glibc.cpu.x86_non_temporal_threshold`）. *The GNU C Library Reference
  Manual*. https://www.gnu.org/software/libc/manual/html_node/Tunables.html（2026 年 12 月閲覧）。
""",
        en=r"""
## References

- 「PythonでのReLu関数」 ("ReLU function in Python"), the short Japanese tutorial this course grew from.
- Python Software Foundation. (n.d.). timeit — Measure execution time of small code snippets. *Python 3
  documentation*. https://docs.python.org/3/library/timeit.html (accessed December 2026).
- NumPy Developers. (n.d.). Universal functions (ufunc). *NumPy documentation*.
  https://numpy.org/doc/stable/reference/ufuncs.html (accessed December 2026).
- NumPy Developers. (n.d.). numpy.where. *NumPy documentation*.
  https://numpy.org/doc/stable/reference/generated/numpy.where.html (accessed December 2026).
- NumPy Developers. (n.d.). `PyArray_Where` (`INNER_WHERE_LOOP`), `numpy/_core/src/multiarray/multiarraymodule.c`.
  *NumPy source code*. https://github.com/numpy/numpy (accessed December 2026).
- The GNU C Library. (n.d.). `sysdeps/x86/dl-cacheinfo.h` (the default of `non_temporal_threshold`). *GNU C Library
  source code*. https://sourceware.org/git/?p=glibc.git (accessed December 2026).
- The GNU C Library. (n.d.). Tunables (`glibc.cpu.x86_non_temporal_threshold`). *The GNU C Library Reference
  Manual*. https://www.gnu.org/software/libc/manual/html_node/Tunables.html (accessed December 2026).
""",
    ),
]
