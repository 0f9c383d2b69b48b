"""The check of a "predict" exercise: the learner's value against the value the code really gives.

The expected value is computed by running the exercise's ``code`` (numpy as np,
math and helpers imported), never typed in. Comparison, by the type of that value:

* float: NaN equals NaN, inf equals inf, otherwise ``rtol["float64"]``/``atol``; an int is accepted
  for a float (and a whole float for an int) unless ``exact=True`` (then the type and the sign of zero count);
* bool: True or False only (1 for True is the wrong kind); str: exactly; None: is None;
* a numpy dtype: anything ``np.dtype()`` reads (``np.float32``, ``"float32"``, ``float``);
* an array, list or tuple: same length/shape, element by element as above (``exact`` also compares dtypes);
* an exception (the code raises): the exception class (``NameError``) or its name (``"NameError"``).
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import io
from typing import Any

import numpy as np

from helpers.exercises.checking import _exception_text, _quiet, learner_namespace, safe_repr
from helpers.exercises.registry import Exercise
from helpers.exercises.result import CheckResult, _text, make_result


class Raised:
    """What the code to predict gives when it raises: the exception, shown as ``NameError: ...``."""

    def __init__(self, exc: BaseException) -> None:
        self.type = type(exc)
        self.text = _exception_text(exc)

    def __repr__(self) -> str:
        return self.text


class _WrongKind(Exception):
    """The answer cannot be compared with the expected value; ``what`` says what is expected."""

    def __init__(self, what: str, index: int | None = None, value: object = None) -> None:
        super().__init__(what)
        self.what = what
        self.index = index  # for an element of a list or tuple answer: its position, and the element itself
        self.value = value


def evaluate(code: str) -> Any:
    """The value of ``code``: its last line if that is an expression (statements before it run first)."""
    tree = ast.parse(code, mode="exec")
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    if last is None:
        raise ValueError(f"evaluate: the code to predict must end with an expression:\n{code}")
    namespace = learner_namespace()
    with _quiet(), contextlib.redirect_stdout(io.StringIO()):
        try:
            exec(compile(tree, "<predict>", "exec"), namespace)  # noqa: S102 - the exercise's own code
            return eval(compile(ast.Expression(last.value), "<predict>", "eval"), namespace)  # noqa: S307
        except Exception as exc:  # noqa: BLE001 - "what does this raise?" is a fair question
            return Raised(exc)


def run_predict(ex: Exercise, answer: object) -> CheckResult:
    name = ex.answer_name
    if answer is Ellipsis or _has_placeholder(answer):
        return make_result("not_attempted", ex.id, _text("exercise.predict.not_attempted", name=name))
    expected = evaluate(ex.code)
    try:
        with _quiet():
            same = matches(answer, expected, ex)
    except _WrongKind as wrong:
        value = answer if wrong.index is None else wrong.value
        string = isinstance(value, str) and wrong.what != "str"
        key = "exercise.predict.wrong_kind" + (".element" if wrong.index is not None else "") + (
            ".string" if string else ".class" if isinstance(value, type) else "")
        return make_result("wrong_kind", ex.id, _text(key, name=name, index=wrong.index, got=show(value),
                                                       type=type(value).__name__,
                                                       what=_text(f"exercise.what.{wrong.what}")))
    except BaseException as exc:  # noqa: BLE001 - an answer whose ==, float(), len() ... raises
        return make_result("error", ex.id, _text("exercise.predict.error", name=name, error=_exception_text(exc)))
    values = {"code": _indent(ex.code), "expected": show(expected), "got": show(answer)}
    explanation = "\n\n" + _text(f"exercise.{ex.id}.explanation")
    raises = ".raises" if isinstance(expected, Raised) else ""
    if same:
        return make_result("correct", ex.id, _text(f"exercise.predict.correct{raises}", **values) + explanation)
    return make_result("incorrect", ex.id, _text(f"exercise.predict.incorrect{raises}", **values) + explanation)


def _has_placeholder(answer: object) -> bool:
    """[..., ...]: the starter's form for two values, not written yet (a list whose iteration raises: no)."""
    try:
        return isinstance(answer, (list, tuple)) and any(a is Ellipsis for a in answer)
    except BaseException:  # noqa: BLE001 - a hostile list subclass; matches() reports it
        return False


def _indent(code: str) -> str:
    return "\n".join("    " + line for line in code.strip("\n").split("\n"))


def show(value: object) -> str:
    """A value as Python would echo it (0.0, nan, True, 'text', dtype('float32'))."""
    if isinstance(value, np.dtype):
        return f"np.dtype('{value.name}')"
    if isinstance(value, type):
        return value.__name__
    return safe_repr(value)


def _category(value: object) -> str:
    if isinstance(value, Raised):
        return "exception"
    if isinstance(value, (bool, np.bool_)):
        return "bool"
    if isinstance(value, (int, np.integer)):
        return "int"
    if isinstance(value, (float, np.floating)):
        return "float"
    if isinstance(value, str):
        return "str"
    if value is None:
        return "none"
    if isinstance(value, np.dtype):
        return "dtype"
    if isinstance(value, np.ndarray):
        return "array" if value.ndim else _category(value[()])
    if isinstance(value, (list, tuple)):
        return "sequence"
    return "other"


def names_an_exception(answer: object) -> bool:
    """An exception class, an exception, or the name of a built-in exception ("OverflowError")."""
    if isinstance(answer, type):
        return issubclass(answer, BaseException)
    if isinstance(answer, str):
        found = getattr(builtins, answer.strip(), None)
        return isinstance(found, type) and issubclass(found, BaseException)
    return isinstance(answer, BaseException)


def matches(answer: object, expected: object, ex: Exercise) -> bool:
    """Is ``answer`` the value ``expected``, by the rules in the module docstring? _WrongKind if not comparable."""
    kind = _category(expected)
    if kind not in ("exception", "str") and names_an_exception(answer):
        return False  # "it raises" is a fair prediction, and a wrong one here: the code gives a value
    if isinstance(expected, np.ndarray) and expected.ndim == 0:
        expected = expected[()]
    got = _category(answer)
    if isinstance(answer, np.ndarray) and answer.ndim == 0 and got != "array":
        answer = answer[()]
    if kind in ("float", "int"):
        if got not in ("float", "int"):
            raise _WrongKind("number")
        float(answer)  # a number that cannot be read is an error, whatever else is wrong with it
        if ex.exact and (got != kind or (isinstance(expected, np.generic) and np.asarray(answer).dtype
                                         != np.asarray(expected).dtype)):
            return False
        return _same_number(answer, expected, ex)
    if kind == "exception":
        if isinstance(answer, str):
            return answer.strip() == expected.type.__name__  # type: ignore[union-attr]
        if isinstance(answer, type) and issubclass(answer, BaseException):
            return answer is expected.type  # type: ignore[union-attr]
        if isinstance(answer, BaseException):
            return type(answer) is expected.type  # type: ignore[union-attr]
        raise _WrongKind("exception")
    if kind == "bool":
        if got != "bool":
            raise _WrongKind("bool")
        return bool(answer) == bool(expected)
    if kind == "str":
        if got != "str":
            raise _WrongKind("str")
        return answer == expected
    if kind == "none":
        return answer is None
    if kind == "dtype":
        try:
            return np.dtype(answer) == expected  # type: ignore[call-overload]
        except TypeError:
            raise _WrongKind("dtype") from None
    if kind in ("array", "sequence"):
        if got not in ("array", "sequence"):
            raise _WrongKind("sequence")
        if kind == "array":
            return _same_array(answer, expected, ex)  # type: ignore[arg-type]
        if len(answer) != len(expected):  # type: ignore[arg-type]
            return False
        same = True
        for index, (a, e) in enumerate(zip(answer, expected, strict=True)):  # type: ignore[call-overload]
            try:
                same = matches(a, e, ex) and same
            except _WrongKind as wrong:
                # Name the element, not the whole answer: "answer[1] is the string 'nan'".
                raise (wrong if wrong.index is not None else _WrongKind(wrong.what, index, a)) from None
        return same
    return bool(answer == expected)


def _same_number(answer: Any, expected: Any, ex: Exercise) -> bool:
    a, e = float(answer), float(expected)
    if np.isnan(e) or np.isnan(a):
        return bool(np.isnan(e) and np.isnan(a))
    if ex.exact and a == 0 and e == 0 and np.signbit(a) != np.signbit(e):
        return False
    if np.isinf(e) or np.isinf(a):
        return a == e
    if _category(expected) == "int" and not ex.exact:
        return a == e
    return bool(np.isclose(a, e, rtol=ex.rtol.get("float64", 0.0), atol=ex.atol))


def _same_array(answer: Any, expected: np.ndarray, ex: Exercise) -> bool:
    if isinstance(answer, (list, tuple)):
        # A list such as [0.0, 'inf']: name the element that is not a number, not the whole answer.
        for index, element in enumerate(answer):
            if _category(element) not in ("float", "int", "bool", "sequence", "array"):
                raise _WrongKind("number", index, element)
    got = np.asarray(answer)
    if isinstance(answer, np.ndarray) and got.dtype.kind in "OSU":
        # np.array(['nan', 0, 2]) is an array of strings: name the first element that is not a number.
        for index, element in enumerate(got.ravel().tolist()):
            if _category(element) not in ("float", "int", "bool"):
                raise _WrongKind("number", index, element)
    if got.dtype == object or got.dtype.kind not in "biuf":
        raise _WrongKind("sequence")
    if got.shape != expected.shape or (ex.exact and got.dtype != expected.dtype):
        return False
    if expected.dtype.kind == "f" or got.dtype.kind == "f":
        return bool(np.allclose(got.astype(np.float64), expected.astype(np.float64),
                                rtol=ex.rtol.get("float64", 0.0), atol=ex.atol, equal_nan=True))
    return bool((got == expected).all())
