"""The course index: what the course teaches, the chapters, how exercises work, the learner's progress, a glossary."""

from cells import code, md, setup

CELLS = [
    md(
        "title",
        ja=r"""
# ReLU 入門コース：目次

**English version:** [../en/00_index.ipynb](../en/00_index.ipynb)

このコースでは、ディープラーニングで最もよく使われる活性化関数の一つである ReLU を、定義から勾配、学習が止まってしまうことがある
「dying ReLU 問題」、Leaky ReLU をはじめとする仲間の関数、そして NumPy で ReLU が速く計算できる理由まで、
手を動かしながら学びます。ノートブックに書かれた測定値や計算結果は、すべてそのノートブックの中で計算したものか、出典を示したものです。
""",
        en=r"""
# An introduction to ReLU: contents

**日本語版：** [../ja/00_index.ipynb](../ja/00_index.ipynb)

This course takes you through ReLU, one of the most widely used activation functions in deep networks: its
definition, its gradient, the "dying ReLU" problem that can stop a network from learning, Leaky ReLU and the rest of
the family, and why NumPy computes it so fast. Every measurement and every computed value in these notebooks either
comes from the notebook itself or is cited with its source.
""",
    ),
    md(
        "chapters",
        ja=r"""
## 章の一覧

| 章 | 内容 |
|---|---|
| [第1章 ReLU とは何か](01_relu.ipynb) | 定義、Python と NumPy での実装、グラフ、NaN の落とし穴 |
| [第2章 ReLU の勾配](02_gradient.ipynb) | 導関数、数値微分との比較、$x = 0$ での値の決め方 |
| [第3章 dying ReLU 問題を測る](03_dying_relu.ipynb) | ニューロンが「死ぬ」様子を実験で測る |
| [第4章 Leaky ReLU](04_leaky_relu.ipynb) | 負の側に小さな傾きを残す ReLU |
| [第5章 ReLU の仲間たち](05_relu_family.ipynb) | PReLU・ELU・GELU・SiLU・Softplus の比較 |
| [第6章 NumPy の ReLU はなぜ速いのか](06_speed.ipynb) | Python のループとベクトル化の比較、実測した速さの上限に対する ReLU の速さ |
""",
        en=r"""
## Chapters

| Chapter | What it covers |
|---|---|
| [1. What ReLU is](01_relu.ipynb) | definition, Python and NumPy implementations, the graph, the NaN pitfall |
| [2. The gradient of ReLU](02_gradient.ipynb) | the derivative, numerical differentiation, the value chosen at $x = 0$ |
| [3. Measuring the dying ReLU problem](03_dying_relu.ipynb) | neurons that "die", measured in experiments |
| [4. Leaky ReLU](04_leaky_relu.ipynb) | ReLU with a small slope kept on the negative side |
| [5. The ReLU family](05_relu_family.ipynb) | PReLU, ELU, GELU, SiLU and Softplus compared |
| [6. Why NumPy's ReLU is fast](06_speed.ipynb) | Python loops compared with vectorised code; ReLU timed against a measured speed limit |
""",
    ),
    md(
        "how-to",
        ja=r"""
## 使い方

- 各ノートブックは上から順に実行します（メニューの「Run → Run All Cells」、または各セルで Shift+Enter）。
- 最初のコードセルが共通パッケージ `helpers` を読み込み、`helpers` が表示するメッセージの言語を日本語にします。
- **演習**には「問題」「書き始めのセル」「答え合わせのセル」があります。書き始めのセルに答えを書いて実行し、
  続く答え合わせのセルを実行すると、その場で「正解」「不正解（どの入力で、期待値と返り値が何だったか）」「エラー」
  などが表示されます。演習は 4 種類です。
  - **関数を書く**：`raise NotImplementedError` を自分のコードに書き換えます。
  - **直す**：問題文のとおりには動かないコードが渡されるので、それを直します。
  - **予想する**：示されたコードが返す値を、実行する前に予想して `answer = ...` の `...` に書きます。
    答え合わせのセルが実際の値と、なぜそうなるのかを示します。
  - **実験する**：短い計算を書いて結果を求めます。答え合わせのセルが、その結果が章の測定や理論と合うかを判定します。
- 困ったら、`helpers.exercises.hint("relu")` でヒントを、`helpers.exercises.hint("relu", 2)` で二つ目のヒントを、
  `helpers.exercises.solution("relu")` で解答例を表示できます。`"relu"` の部分は演習の名前で、演習ごとに違います。
  名前は問題文にあり、答え合わせのセルの先頭のコメントにも書かれています。
- JupyterLab のメニューやボタンも日本語にできます。メニューの「Settings → Language →
  Japanese (Japan) - 日本語 (日本)」を選び、確認のダイアログで「Change and reload」を押すと、ページが読み込み直されて
  メニューが「ファイル」「編集」「表示」「実行」…と日本語になります（「Run → Run All Cells」は「実行 → すべてのセルを実行」）。
  読み込み直す前に、変更したノートブックを保存しておきましょう（Ctrl+S）。英語に戻すには「設定 → 言語 → 英語 - English」を選び、
  「変更して再読込み」を押します。日本語の言語パック（`jupyterlab-language-pack-ja-jp`）は `requirements.txt` にも Binder の
  設定にも含まれているので、追加のインストールはいりません。
""",
        en=r"""
## How to use the course

- Run each notebook from top to bottom (menu "Run → Run All Cells", or Shift+Enter cell by cell).
- The first code cell imports the shared package `helpers` and sets the language of its messages to English.
- Each **exercise** has a task, a starter cell and a check cell. Write your answer in the starter cell and run it,
  then run the check cell: it says at once whether your answer is correct, and if not, which input broke it, what was
  expected and what your function returned. There are four kinds of exercise:
  - **write**: replace `raise NotImplementedError` with your own code;
  - **fix**: you are given code that does not do what the task asks; correct it;
  - **predict**: before running the code shown, write the value you expect it to give in place of the `...` of
    `answer = ...`; the check shows the real value and why it is what it is;
  - **experiment**: write a short computation, and the check tells you whether its result agrees with what the
    chapter measured or what theory says.
- If you are stuck, run `helpers.exercises.hint("relu")` for a hint, `helpers.exercises.hint("relu", 2)` for the
  second hint and `helpers.exercises.solution("relu")` for a solution. Replace `"relu"` with the exercise's name,
  which the task gives and the comment at the top of each check cell repeats.
- JupyterLab's own menus can be switched to Japanese: choose "Settings → Language → Japanese (Japan) - 日本語 (日本)"
  and press "Change and reload" in the dialog (save your notebook first: the page reloads). The menus then read
  「ファイル」「編集」「表示」「実行」…, and "Run → Run All Cells" becomes 「実行 → すべてのセルを実行」. To go back, choose
  "設定 → 言語 → 英語 - English" and press "変更して再読込み". The Japanese language pack
  (`jupyterlab-language-pack-ja-jp`) is listed in `requirements.txt` and is already installed on Binder, so there is
  nothing else to install.
""",
    ),
    md(
        "progress",
        ja=r"""
## 演習の進み具合

次のセルを実行すると、このフォルダにある各章のノートブックから、演習ごとに最後に保存された答え合わせの結果を読み取り、
章ごとの進み具合を表にします。✓ は正解済み、✗ は挑戦したもののまだ正解していない演習、✎ は未着手の演習です。
結果はノートブックを保存したときに記録されるので、答え合わせのあとは章のノートブックを保存してから（Ctrl+S）、
このセルをもう一度実行してください。進み具合はノートブックの中だけに記録され、ほかの場所には何も保存されません。
""",
        en=r"""
## Your progress

Run the next cell to see, chapter by chapter, which exercises you have done. It reads the last saved check of each
exercise from the chapter notebooks in this folder: ✓ marks an exercise done, ✗ one you have tried but not yet got
right, ✎ one not attempted yet. A check counts once its notebook is saved, so after checking an answer, save the
chapter notebook (Ctrl+S) and run this cell again. Your progress lives only in the notebooks themselves; nothing is
stored anywhere else.
""",
    ),
    setup(imports=""),
    code(
        "progress-table",
        """
import helpers.progress

helpers.progress.show()  # このフォルダの保存されたノートブックを読む || reads the saved notebooks in this folder
""",
    ),
    md(
        "glossary",
        ja=r"""
## 用語集（日本語・英語）

| 日本語 | English |
|---|---|
| 活性化関数 | activation function |
| ReLU（正規化線形関数 / ランプ関数） | ReLU (rectified linear unit) |
| 勾配 | gradient |
| 導関数 / 微分係数 | derivative (the function) / derivative at a point |
| 劣勾配 | subgradient |
| 微分可能 / 微分不可能 | differentiable / not differentiable |
| 中心差分 | central difference |
| 勾配降下法 | gradient descent |
| 学習率 | learning rate |
| 誤差逆伝播法 | backpropagation |
| 重み / バイアス | weight / bias |
| ニューロン / ユニット | neuron / unit |
| 隠れ層 | hidden layer |
| 死んだニューロン | dead neuron |
| 勾配消失 | vanishing gradient |
| ベクトル化 | vectorisation |
| メモリ帯域幅 | memory bandwidth |
| 演習 / ヒント / 解答例 | exercise / hint / solution |
""",
        en=r"""
## Glossary (Japanese and English)

| English | 日本語 |
|---|---|
| activation function | 活性化関数 |
| ReLU (rectified linear unit) | ReLU（正規化線形関数 / ランプ関数） |
| gradient | 勾配 |
| derivative (the function) / derivative at a point | 導関数 / 微分係数 |
| subgradient | 劣勾配 |
| differentiable / not differentiable | 微分可能 / 微分不可能 |
| central difference | 中心差分 |
| gradient descent | 勾配降下法 |
| learning rate | 学習率 |
| backpropagation | 誤差逆伝播法 |
| weight / bias | 重み / バイアス |
| neuron / unit | ニューロン / ユニット |
| hidden layer | 隠れ層 |
| dead neuron | 死んだニューロン |
| vanishing gradient | 勾配消失 |
| vectorisation | ベクトル化 |
| memory bandwidth | メモリ帯域幅 |
| exercise / hint / solution | 演習 / ヒント / 解答例 |
""",
    ),
]
