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
        "ja": "\n    {call}\nの結果が {index}（x の値は {value}）で違います。"
              "正しくは {expected} ですが、{got} が返りました。",
        "en": "\n    {call}\nis wrong at {index}, where x is {value}: "
              "expected {expected}, but your function returned {got}.",
    },
    "exercise.error": {
        "ja": "次の呼び出しで、あなたの関数が例外を送出しました。\n    {call}\n{error}",
        "en": "your function raised an exception for\n    {call}\n{error}",
    },
    "exercise.error.line": {
        "ja": "\n（{line} 行目: {code}）",
        "en": "\n(line {line}: {code})",
    },
    "exercise.error.interrupted": {
        "ja": "次の呼び出しの途中で中断されました（KeyboardInterrupt）。"
              "終わらないループになっていませんか？\n    {call}",
        "en": "your function was interrupted (KeyboardInterrupt) while computing\n    {call}\nDoes it loop forever?",
    },
    "exercise.wrong_kind.not_callable": {
        "ja": "関数そのものを渡してください: helpers.exercises.check(\"{id}\", {function})。"
              "渡されたのは {type} 型の {got} です（関数を呼び出した結果ではなく、関数名だけを書きます）。",
        "en": "pass the function itself: helpers.exercises.check(\"{id}\", {function}). You passed {got}, "
              "of type {type} (write the name of the function, without calling it).",
    },
    "exercise.wrong_kind.none": {
        "ja": "\n    {call}\nが None を返しました。return を書き忘れていませんか？",
        "en": "\n    {call}\nreturned None. Did you forget return?",
    },
    "exercise.wrong_kind.int": {
        "ja": "\n    {call}\nが整数 {got} を返しました。float を返してください（0 ではなく 0.0 と書きます）。",
        "en": "\n    {call}\nreturned the integer {got}. Return a float (write 0.0 rather than 0).",
    },
    "exercise.wrong_kind.type_float": {
        "ja": "\n    {call}\nが {type} 型の {got} を返しました。0.0 や 1.5 のような float を返してください。",
        "en": "\n    {call}\nreturned {got}, of type {type}. Return a float such as 0.0 or 1.5.",
    },
    "exercise.wrong_kind.list": {
        "ja": "\n    {call}\nが {type} を返しました（{got}）。numpy 配列を返してください。"
              "np.maximum や np.where などの numpy の関数は配列を返します。",
        "en": "\n    {call}\nreturned a {type} ({got}). Return a numpy array: numpy functions such as np.maximum and "
              "np.where return one.",
    },
    "exercise.wrong_kind.type_array": {
        "ja": "\n    {call}\nが {type} 型の {got} を返しました。numpy 配列を返してください。",
        "en": "\n    {call}\nreturned {got}, of type {type}. Return a numpy array.",
    },
    "exercise.wrong_kind.shape": {
        "ja": "\n    {call}\nが形 {got_shape} の配列を返しました。正しい形は {shape} です。",
        "en": "\n    {call}\nreturned an array of shape {got_shape}; the result must have shape {shape}.",
    },
    "exercise.wrong_kind.dtype": {
        "ja": "\n    {call}\nが dtype {got_dtype} の配列を返しました。正しい dtype は {dtype} です。",
        "en": "\n    {call}\nreturned an array of dtype {got_dtype}; the result must have dtype {dtype}.",
    },
    "exercise.wrong_kind.mutated": {
        "ja": "関数が入力の配列 {name} を書き換えました。\n    {call}\nのあと、{name} は {after} になっていました。"
              "{name} はそのままにして、新しい配列を返してください。",
        "en": "your function changed its input array {name}. After\n    {call}\n{name} had become {after}. "
              "Leave {name} unchanged and return a new array.",
    },
    "exercise.wrong_kind.unreadable": {
        "ja": "\n    {call}\nが {type} 型のオブジェクトを返しましたが、数や配列として読めませんでした（{error}）。",
        "en": "\n    {call}\nreturned an object of type {type} that could not be read as a number or an array "
              "({error}).",
    },
    # Hints, solutions, and the cells that notebooks/src/cells.py builds.
    "exercise.hint.title": {"ja": "ヒント {n}/{total}", "en": "Hint {n}/{total}"},
    "exercise.solution.title": {"ja": "解答例（{function}）", "en": "Solution ({function})"},
    "exercise.heading": {"ja": "演習", "en": "Exercise"},
    "exercise.how_to": {  # markdown: the last paragraph of the task cell
        "ja": "次のセルの `raise NotImplementedError` を自分のコードに置き換えて実行し、"
              "その次のセルで答えを確かめましょう。"
              "ヒントは `helpers.exercises.hint(\"{id}\")`（2 つ目は `helpers.exercises.hint(\"{id}\", 2)`）、"
              "解答例は `helpers.exercises.solution(\"{id}\")` で表示できます。",
        "en": "Replace `raise NotImplementedError` in the next cell with your code and run it, then run the cell after "
              "it to check your answer. `helpers.exercises.hint(\"{id}\")` shows a hint "
              "(`helpers.exercises.hint(\"{id}\", 2)` the next one), `helpers.exercises.solution(\"{id}\")` "
              "a solution.",
    },
    "exercise.starter_comment": {
        "ja": "ここにコードを書き、このセルを実行してください",
        "en": "write your code here, then run this cell",
    },
    "exercise.check_hint_comment": {"ja": "ヒント", "en": "hint"},
    "exercise.check_solution_comment": {"ja": "解答例", "en": "solution"},
}


def _exercise_texts() -> dict[str, dict[str, str]]:
    """``exercise.<id>.title/.task/.hint.N/.solution`` from the exercise definitions."""
    texts: dict[str, dict[str, str]] = {}
    for ex in REGISTRY.values():
        texts[f"exercise.{ex.id}.title"] = dict(ex.title)
        texts[f"exercise.{ex.id}.task"] = dict(ex.task)
        texts[f"exercise.{ex.id}.solution"] = dict(ex.solution)
        for number, entry in enumerate(ex.hints, start=1):
            texts[f"exercise.{ex.id}.hint.{number}"] = dict(entry)
    return texts


MESSAGES = {**FEEDBACK, **_exercise_texts()}
