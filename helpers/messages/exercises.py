"""Catalogue section: exercise feedback, and the texts of every exercise (collected from their definitions).

Feedback is plain text (shown escaped, line breaks kept). ``{call}`` is Python
source the learner can paste into a cell, e.g. ``relu_vectorized(np.array([1.0, -2.0]))``.
"""

from helpers.exercises.registry import REGISTRY

FEEDBACK = {
    # State labels: shown with a symbol (✓ ✗ ⚠ ✎), so colour is never the only signal.
    "exercise.state.correct": {"ja": "正解", "en": "Correct"},
    "exercise.state.incorrect": {"ja": "不正解", "en": "Incorrect"},
    "exercise.state.wrong_kind": {"ja": "答えの種類が違います", "en": "Wrong kind of answer"},
    "exercise.state.error": {"ja": "エラー", "en": "Error"},
    "exercise.state.not_attempted": {"ja": "未着手", "en": "Not attempted yet"},
    # Between a state label and its message (and a progress label and its exercise).
    "exercise.label_separator": {"ja": "：", "en": ": "},
    "exercise.correct": {
        "ja": "{function} は {n} 通りのテスト入力すべてで正しい結果を返しました。よくできました！",
        "en": "{function} gives the right result for all {n} test inputs. Well done!",
    },
    "exercise.not_attempted": {
        "ja": "{function} はまだ NotImplementedError を送出しています。上のセルの raise NotImplementedError を"
              "自分のコードに置き換えてそのセルを実行し、もう一度このセルを実行してください。",
        "en": "{function} still raises NotImplementedError. Replace raise NotImplementedError in the cell above with "
              "your code, run that cell, then run this one again.",
    },
    "exercise.incorrect.value": {
        "ja": "\n    {call}\nの結果は {expected} になるはずですが、{got} が返りました。",
        "en": "\n    {call}\nshould return {expected}, but your function returned {got}.",
    },
    "exercise.incorrect.element": {
        "ja": "\n    {call}\nの結果は、位置 {index}（入力の要素は {value}）で違います。"
              "正しくは {expected} ですが、{got} が返りました。",
        "en": "\n    {call}\nis wrong at position {index}, where the input is {value}: "
              "expected {expected}, but your function returned {got}.",
    },
    "exercise.error": {
        "ja": "次の呼び出しで、関数が例外を送出しました。\n    {call}\n{error}",
        "en": "The function raised an exception for\n    {call}\n{error}",
    },
    "exercise.error.line": {
        "ja": "\n（{line} 行目：{code}）",
        "en": "\n(line {line}: {code})",
    },
    # Advice after an error whose usual cause is known (appended to exercise.error).
    "exercise.error.advice.truth": {
        "ja": "\nif 文や Python の max(0, x) が必要とするのは、True か False の一つの値です。"
              "要素が二つ以上ある配列（2 次元の配列を for で 1 行ずつ取り出した行も同じです）では、"
              "x > 0 は真偽値の配列になるので、そこで失敗します。配列を要素ごとに計算する NumPy の関数を使いましょう"
              "（どの関数が合うかはヒントにあります）。",
        "en": "\nAn if statement, or Python's max(0, x), needs a single True or False. For an array of two or more "
              "elements (such as a row taken from a 2-dimensional array by a for loop), x > 0 gives an array of "
              "True/False values, not a single one, so it fails there. Use NumPy functions that work element by "
              "element (the hints say which one fits).",
    },
    "exercise.error.advice.loop": {
        "ja": "\nfor ループで配列の要素を一つずつ取り出す書き方は、0 次元の配列（値一つの配列）で失敗します。"
              "0 次元の配列には、for で順にたどれる軸がないからです。"
              "配列全体を一度に計算する NumPy の関数を使いましょう（どの関数が合うかはヒントにあります）。",
        "en": "\nA for loop over the elements fails for a 0-dimensional array (a single value), which has no "
              "axis for the loop to go along. Use NumPy functions that work on the whole array at once (the hints "
              "say which one fits).",
    },
    "exercise.error.advice.zero_d": {
        "ja": "\n0 次元の配列（値一つの配列）では、演算の結果が配列ではなく NumPy のスカラーになり、"
              "その要素には代入できません。要素に代入せず、NumPy の関数で結果をまとめて計算しましょう"
              "（0 次元の入力に NumPy のスカラーを返すのはかまいません）。",
        "en": "\nFor a 0-dimensional array (a single value), the result of an operation is a NumPy scalar, "
              "not an array, and nothing can be assigned to its elements. Instead of assigning to elements, "
              "compute the result with NumPy functions (returning a NumPy scalar for a 0-dimensional input is fine).",
    },
    "exercise.error.advice.signature": {
        "ja": "\n関数の引数が、書き始めのセルの def 行と違っていないか確かめてください。",
        "en": "\nCheck that your function takes the arguments of the def line in the starter cell.",
    },
    "exercise.error.interrupted": {
        "ja": "次の呼び出しの途中で中断されました（KeyboardInterrupt）。"
              "終わらないループになっていませんか？\n    {call}",
        "en": "Your function was interrupted (KeyboardInterrupt) while computing\n    {call}\nDoes it loop forever?",
    },
    "exercise.wrong_kind.not_callable": {
        "ja": "関数そのものを渡してください（helpers.exercises.check(\"{id}\", {function}) のように書きます）。"
              "渡されたのは {type} 型の {got} です（関数を呼び出した結果ではなく、関数名だけを書きます）。",
        "en": "Pass the function itself: helpers.exercises.check(\"{id}\", {function}). You passed {got}, "
              "of type {type} (write the name of the function, without calling it).",
    },
    "exercise.wrong_kind.none": {
        "ja": "\n    {call}\nが None を返しました。return を書き忘れていませんか？"
              "print は値を表示するだけで、関数の結果にはなりません。",
        "en": "\n    {call}\nreturned None. Did you forget return? print only shows a value; it does not return it.",
    },
    "exercise.wrong_kind.array_scalar": {
        "ja": "\n    {call}\nが数を一つだけ含む NumPy 配列 {got} を返しました。"
              "float(...) で数そのものにして返してください。",
        "en": "\n    {call}\nreturned {got}, a NumPy array holding one number. Return the number itself, "
              "for example with float(...).",
    },
    "exercise.wrong_kind.array_for_float": {
        "ja": "\n    {call}\nが形 {got_shape} の配列を返しました。結果は数一つ（float）です。"
              "配列の値を一つの数にまとめましょう。",
        "en": "\n    {call}\nreturned an array of shape {got_shape}, but the result is a single float. "
              "Combine the array's values into one number.",
    },
    "exercise.wrong_kind.int": {
        "ja": "\n    {call}\nが整数 {got} を返しました。値は合っていますが、float を返してください"
              "（{got} ではなく {expected} と書きます）。",
        "en": "\n    {call}\nreturned the integer {got}. The value is right, but return a float "
              "(write {expected} rather than {got}).",
    },
    "exercise.wrong_kind.int_value": {
        "ja": "\n    {call}\nが整数 {got} を返しました。正しい結果は float の {expected} です。",
        "en": "\n    {call}\nreturned the integer {got}; the right result is the float {expected}.",
    },
    # Added when the right result is a fraction (0 to 1) and the integer is larger: most likely a count.
    "exercise.wrong_kind.int_value.count": {
        "ja": "数えた個数をそのまま返していないか、確かめてください。",
        "en": " Check that you are not returning a count.",
    },
    "exercise.wrong_kind.type_float": {
        "ja": "\n    {call}\nが {type} 型の {got} を返しました。0.0 や 1.5 のような float を返してください。",
        "en": "\n    {call}\nreturned {got}, of type {type}. Return a float such as 0.0 or 1.5.",
    },
    "exercise.wrong_kind.list": {
        "ja": "\n    {call}\nが {type} を返しました（{got}）。NumPy 配列を返してください。"
              "np.maximum などの NumPy の関数は配列を返します。",
        "en": "\n    {call}\nreturned a {type} ({got}). Return a NumPy array: NumPy functions such as np.maximum "
              "return one.",
    },
    "exercise.wrong_kind.type_array": {
        "ja": "\n    {call}\nが {type} 型の {got} を返しました。NumPy 配列を返してください。",
        "en": "\n    {call}\nreturned {got}, of type {type}. Return a NumPy array.",
    },
    "exercise.wrong_kind.shape": {
        "ja": "\n    {call}\nが形 {got_shape} の配列を返しました。正しい形は {shape} です。",
        "en": "\n    {call}\nreturned an array of shape {got_shape}; the result must have shape {shape}.",
    },
    "exercise.wrong_kind.shape.reduced": {
        "ja": "np.max や np.sum のような関数は、配列を要素の少ない配列や一つの数にまとめてしまいます。"
              "np.maximum や np.where のように、要素ごとに計算する関数を使いましょう。",
        "en": " Functions such as np.max and np.sum reduce an array to fewer numbers; use one that works element by "
              "element, such as np.maximum or np.where.",
    },
    "exercise.wrong_kind.shape.flattened": {
        "ja": "ravel や flatten、Python のリストを経由すると、配列の形が失われます。",
        "en": " ravel, flatten or a trip through a Python list lose the array's shape.",
    },
    "exercise.wrong_kind.dtype": {
        "ja": "\n    {call}\nが dtype {got_dtype} の配列を返しました。正しい dtype は {dtype} です。",
        "en": "\n    {call}\nreturned an array of dtype {got_dtype}; the result must have dtype {dtype}.",
    },
    "exercise.wrong_kind.dtype.widened": {
        "ja": "float64 の値から作った配列は float64 になります（.astype(float)、Python のリストから作った np.array、"
              "np.where(x > 0, 1.0, 0.0)、np.float64(0.5) のような float64 の数との積など）。"
              "最後に .astype(x.dtype) を付けるか、x そのものから計算しましょう。",
        "en": " An array built from float64 values is float64 (.astype(float), np.array of a Python list, "
              "np.where(x > 0, 1.0, 0.0), a product with a float64 number such as np.float64(0.5), ...). End with "
              ".astype(x.dtype), or compute from x itself.",
    },
    "exercise.wrong_kind.dtype.not_float": {
        "ja": "比較（x > 0）の結果は bool の配列、np.where(..., 1, 0) の結果は整数の配列です。"
              "結果は入力 x と同じ dtype にします。最後に .astype(x.dtype) を付けるか、x そのものから計算しましょう。",
        "en": " A comparison (x > 0) gives a bool array, and np.where(..., 1, 0) an integer one. The result must "
              "have the dtype of x: end with .astype(x.dtype), or compute from x itself.",
    },
    "exercise.wrong_kind.dtype.int_to_float": {
        "ja": "0.0 のような float と比べると、整数の配列が float になります。整数の 0 と比べましょう。",
        "en": " Comparing with a float such as 0.0 turns an integer array into floats; compare with the integer 0.",
    },
    "exercise.wrong_kind.mutated": {
        "ja": "関数が入力の配列 {name} を書き換えました。\n    {call}\nのあと、{name} は {after} になっていました。"
              "{name} には書き込まずに結果を計算してください。",
        "en": "Your function changed its input array {name}. After\n    {call}\n{name} had become {after}. "
              "Leave {name} unchanged, and compute the result without writing into it.",
    },
    "exercise.wrong_kind.unreadable": {
        "ja": "\n    {call}\nが {type} 型のオブジェクトを返しましたが、数や配列として読めませんでした（{error}）。",
        "en": "\n    {call}\nreturned an object of type {type} that could not be read as a number or an array "
              "({error}).",
    },
    # "fix": the starter's code unchanged (comments aside); the first problem it has follows on the next lines.
    "exercise.fix.unchanged": {
        "ja": "{function} は、最初に用意されたコードのままです（コメントの違いは見ません）。"
              "このままでは問題文のとおりに動かないことを、下に示します。コードを直して上のセルを実行し、"
              "もう一度このセルを実行してください。",
        "en": "{function} is still the code you were given (comments aside), and it does not yet do what the task "
              "asks, as shown below. Correct it, run the cell above, then run this one again.",
    },
    # "predict": {code} is the code, indented four spaces per line; {expected} its value; {got} the prediction.
    "exercise.predict.not_attempted": {
        "ja": "まだ予想が書かれていません。上のセルの {name} = ... の ... を予想した値に書き換えて"
              "そのセルを実行し、もう一度このセルを実行してください。",
        "en": "The cell above has no prediction. Replace the ... in {name} = ... with the value you expect, run "
              "that cell, then run this one again.",
    },
    "exercise.predict.correct": {
        "ja": "予想どおりです。次のコードは {expected} を返します。\n{code}",
        "en": "Your prediction is right. This code gives {expected}:\n{code}",
    },
    "exercise.predict.incorrect": {
        "ja": "予想は {got} でしたが、次のコードは {expected} を返します。\n{code}",
        "en": "You predicted {got}, but this code gives {expected}:\n{code}",
    },
    "exercise.predict.correct.raises": {
        "ja": "予想どおりです。次のコードは例外 {expected} を送出します。\n{code}",
        "en": "Your prediction is right. This code raises {expected}:\n{code}",
    },
    "exercise.predict.incorrect.raises": {
        "ja": "予想は {got} でしたが、次のコードは例外 {expected} を送出します。\n{code}",
        "en": "You predicted {got}, but this code raises {expected}:\n{code}",
    },
    "exercise.predict.wrong_kind": {
        "ja": "{name} は {type} 型の {got} です。答えは、{what}で書いてください。",
        "en": "{name} is {got}, of type {type}. Write {what}.",
    },
    "exercise.predict.wrong_kind.class": {
        "ja": "{name} は {got} というクラスで、値ではありません。答えは、{what}で書いてください。",
        "en": "{name} is {got}, a class, not a value. Write {what}.",
    },
    "exercise.predict.wrong_kind.element.class": {
        "ja": "{name}[{index}] は {got} というクラスで、値ではありません。この要素は、{what}で書いてください。",
        "en": "{name}[{index}] is {got}, a class, not a value. Write this element as {what}.",
    },
    "exercise.predict.wrong_kind.string": {
        "ja": "{name} は文字列 {got} です。引用符で囲まずに、値そのものを Python で書いてください"
              "（答えは、{what}で書きます。NaN なら float(\"nan\")、無限大なら np.inf）。",
        "en": "{name} is the string {got}. Write the value itself in Python, without quotes ({what}; "
              "for NaN, float(\"nan\"); for infinity, np.inf).",
    },
    # An element of a list or tuple answer that is of the wrong kind ({index}: its position, from 0).
    "exercise.predict.wrong_kind.element": {
        "ja": "{name}[{index}] は {type} 型の {got} です。この要素は、{what}で書いてください。",
        "en": "{name}[{index}] is {got}, of type {type}. Write this element as {what}.",
    },
    "exercise.predict.wrong_kind.element.string": {
        "ja": "{name}[{index}] は文字列 {got} です。引用符で囲まずに、値そのものを Python で書いてください"
              "（この要素は、{what}で書きます。NaN なら float(\"nan\")、無限大なら np.inf）。",
        "en": "{name}[{index}] is the string {got}. Write the value itself in Python, without quotes ({what}; "
              "for NaN, float(\"nan\"); for infinity, np.inf).",
    },
    "exercise.predict.error": {
        "ja": "{name} を答えと比べようとしたところ、例外が送出されました。\n{error}",
        "en": "Comparing {name} with the answer raised an exception:\n{error}",
    },
    # What a "predict" or "experiment" answer should be (after "Write" / 「答えには…を書いてください」).
    # Examples that are no exercise's answer (0.0 and 1e-5 were answers, and 0.0 is not a valid step).
    "exercise.what.number": {"ja": "2.5 や 3e-4 のような数", "en": "a number, such as 2.5 or 3e-4"},
    "exercise.what.bool": {"ja": "True か False のどちらか", "en": "True or False"},
    "exercise.what.str": {"ja": "引用符で囲んだ文字列", "en": "a string in quotes"},
    "exercise.what.dtype": {"ja": "np.float32 のようなデータ型（dtype）", "en": "a dtype, such as np.float32"},
    "exercise.what.sequence": {"ja": "リスト、タプルまたは NumPy 配列", "en": "a list, a tuple or a NumPy array"},
    "exercise.what.exception": {
        "ja": "NameError のような例外のクラス",
        "en": "an exception class, such as NameError",
    },
    # "experiment": {got} is the learner's value; {low}/{high} the accepted bounds; {reference} the reference value.
    "exercise.experiment.not_attempted": {
        "ja": "{name} はまだ ...（仮に置いてある値）のままです。上のセルを完成させて {name} を計算し、"
              "そのセルを実行してから、もう一度このセルを実行してください。",
        "en": "{name} is still ... (the placeholder). Complete the cell above so that it computes {name}, "
              "run it, then run this one again.",
    },
    "exercise.experiment.correct": {
        "ja": "{name} = {got} は許容範囲にあります。",
        "en": "{name} = {got} is acceptable.",
    },
    "exercise.experiment.too_high": {
        "ja": "{name} = {got} は大きすぎます。",
        "en": "{name} = {got} is too large.",
    },
    "exercise.experiment.too_low": {
        "ja": "{name} = {got} は小さすぎます。",
        "en": "{name} = {got} is too small.",
    },
    "exercise.experiment.incorrect": {
        "ja": "{name} = {got} は、この実験で得られるはずの値ではありません。",
        "en": "{name} = {got} is not what this experiment should give.",
    },
    "exercise.experiment.bounds.range": {
        "ja": "許容範囲は {low} 以上 {high} 以下です。",
        "en": "The accepted range is {low} to {high}.",
    },
    "exercise.experiment.bounds.within": {
        "ja": "基準の値は {reference} で、結果と基準の値の差が {tol} 以内なら許容範囲です。",
        "en": "The reference value is {reference}; a result within {tol} of it is accepted.",
    },
    "exercise.experiment.bounds.high": {
        "ja": "許容範囲は {high} 以下です。",
        "en": "It must be at most {high}.",
    },
    "exercise.experiment.bounds.low": {
        "ja": "許容範囲は {low} 以上です。",
        "en": "It must be at least {low}.",
    },
    "exercise.experiment.wrong_kind": {
        "ja": "{name} は {type} 型の {got} です。{name} には、{what}を入れてください。",
        "en": "{name} is {got}, of type {type}. {name} should be {what}.",
    },
    "exercise.experiment.error": {
        "ja": "{name} を確かめようとしたところ、例外が送出されました。\n{error}",
        "en": "Checking {name} raised an exception:\n{error}",
    },
    # Hints, solutions, and the cells that notebooks/src/cells.py builds.
    # Errors of check / hint / solution called with a wrong name or hint number ({func}: which one).
    "exercise.unknown": {
        "ja": "{func}：{id} という名前の演習はありません。{suggestion}演習の名前は、問題文と答え合わせのセルの"
              "コメントに書かれています。名前の一覧：{known}",
        "en": "{func}: there is no exercise named {id}. {suggestion}The exercise's name is in its task and in the "
              "comment of its check cell. The names: {known}",
    },
    "exercise.unknown.suggestion": {"ja": "{close} のことでしょうか。", "en": "Did you mean {close}? "},
    "exercise.hint.bad_n": {
        "ja": "hint：n はヒントの番号で、1 以上の整数です（渡された値：{n}）。",
        "en": "hint: n is the number of the hint, a whole number from 1 up (got {n}).",
    },
    "exercise.hint.title": {"ja": "ヒント {n}/{total}", "en": "Hint {n}/{total}"},
    "exercise.solution.title": {"ja": "解答例（{function}）", "en": "Solution ({function})"},
    # Predict and experiment: the answer is a variable, not a function, so the title names nothing.
    "exercise.solution.title.answer": {"ja": "解答例", "en": "Solution"},
    "exercise.heading": {"ja": "演習：{title}", "en": "Exercise: {title}"},
    "exercise.how_to": {  # markdown: the last paragraph of the task cell
        "ja": "次のセルの `raise NotImplementedError` を自分のコードに置き換えて実行し、"
              "その次のセルで答え合わせをしましょう。"
              "ヒントは `helpers.exercises.hint(\"{id}\")`（二つ目は `helpers.exercises.hint(\"{id}\", 2)`）、"
              "解答例は `helpers.exercises.solution(\"{id}\")` で表示できます。",
        "en": "Replace `raise NotImplementedError` in the next cell with your code and run it, then run the cell after "
              "it to check your answer. `helpers.exercises.hint(\"{id}\")` shows a hint, "
              "`helpers.exercises.hint(\"{id}\", 2)` shows the next one, and "
              "`helpers.exercises.solution(\"{id}\")` shows a solution.",
    },
    "exercise.how_to.fix": {
        "ja": "次のセルのコードは、問題文のとおりには動きません。コードを直してそのセルを実行し、"
              "その次のセルで答え合わせをしましょう。"
              "ヒントは `helpers.exercises.hint(\"{id}\")`（二つ目は `helpers.exercises.hint(\"{id}\", 2)`）、"
              "解答例は `helpers.exercises.solution(\"{id}\")` で表示できます。",
        "en": "The code in the next cell does not do what the task asks. Correct it and run the cell, then run the "
              "cell after it to check your version. `helpers.exercises.hint(\"{id}\")` shows a hint, "
              "`helpers.exercises.hint(\"{id}\", 2)` shows the next one, and "
              "`helpers.exercises.solution(\"{id}\")` shows a solution.",
    },
    "exercise.how_to.predict": {
        "ja": "予想を、問題文が求める種類の Python の値（数、True か False、タプルやリスト、NameError のような例外の"
              "クラスなど）で"
              "次のセルの `...` に書いて実行し、その次のセルで答え合わせをしましょう。"
              "答え合わせのセルはコードを実際に実行し、なぜその値になるのかを説明します。"
              "ヒントは `helpers.exercises.hint(\"{id}\")`（二つ目は `helpers.exercises.hint(\"{id}\", 2)`）"
              "で表示できます。",
        "en": "Replace `...` in the next cell with your prediction, written as a Python value of the kind the task "
              "asks for (such as a number, True or False, a tuple or a list, or an exception class such as "
              "NameError), and run it. "
              "The cell after it runs the code, compares its value with your prediction, and explains why the value is "
              "what it is. `helpers.exercises.hint(\"{id}\")` shows a hint, and "
              "`helpers.exercises.hint(\"{id}\", 2)` shows the next one.",
    },
    "exercise.how_to.experiment": {
        "ja": "次のセルを完成させて `{name}` を計算し、実行しましょう。その次のセルが、"
              "結果が許容範囲にあるかを確かめます。"
              "ヒントは `helpers.exercises.hint(\"{id}\")`（二つ目は `helpers.exercises.hint(\"{id}\", 2)`）、"
              "解答例は `helpers.exercises.solution(\"{id}\")` で表示できます。",
        "en": "Complete the next cell so that it computes `{name}`, and run it; the cell after it checks whether your "
              "result is acceptable. `helpers.exercises.hint(\"{id}\")` shows a hint, "
              "`helpers.exercises.hint(\"{id}\", 2)` shows the next one, and "
              "`helpers.exercises.solution(\"{id}\")` shows a solution.",
    },
    "exercise.starter_comment": {
        "ja": "ここにコードを書き、このセルを実行してください",
        "en": "write your code here, then run this cell",
    },
    "exercise.predict.starter_comment": {
        "ja": "実行する前に予想した値を書いてください（... を書き換えます）",
        "en": "your prediction, before running the code (replace ...)",
    },
    "exercise.predict.code_comment": {
        "ja": "予想するコード：",
        "en": "the code to predict:",
    },
    "exercise.check_hint_comment": {"ja": "ヒント", "en": "hint"},
    "exercise.check_solution_comment": {"ja": "解答例", "en": "solution"},
}


def texts_of(ex) -> dict[str, dict[str, str]]:  # noqa: ANN001 - an Exercise (no import cycle at module level)
    """``exercise.<id>.title/.task/.hint.N/.solution/...`` of one exercise definition."""
    return {f"exercise.{ex.id}.{name}": dict(entry) for name, entry in ex.texts().items()}


def _exercise_texts() -> dict[str, dict[str, str]]:
    """The texts of every registered exercise."""
    texts: dict[str, dict[str, str]] = {}
    for ex in REGISTRY.values():
        texts.update(texts_of(ex))
    return texts


MESSAGES = {**FEEDBACK, **_exercise_texts()}
