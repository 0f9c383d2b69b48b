"""Run a learner's function on an exercise's cases and say what is wrong, without ever crashing.

Every call of learner code, and every look at what it returned, sits inside
``except BaseException`` (SystemExit and KeyboardInterrupt included): whatever
the function does, the check cell prints a result. The cases run in order and
the first problem is reported, naming the exact call so that the learner can
paste it into a cell.
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
import traceback
import types
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from helpers.exercises.registry import Case, Exercise
from helpers.exercises.result import CheckResult, _text, make_result

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_MAX_REPR = 160


def run(ex: Exercise, answer: object) -> CheckResult:
    """Check ``answer`` for ``ex``: a function ("write", "fix"), a predicted value, or an experiment's result."""
    if ex.kind == "predict":
        from helpers.exercises.predict import run_predict

        return run_predict(ex, answer)
    if ex.kind == "experiment":
        from helpers.exercises.experiment import run_experiment

        return run_experiment(ex, answer)
    return run_function(ex, answer)


def run_function(ex: Exercise, answer: object) -> CheckResult:
    """Check ``answer`` (the learner's function) against every case of ``ex``.

    For a "fix" exercise, a function whose code is still the broken code as given (comments aside) is "not
    attempted", and the message shows the first call that goes wrong, pointing at the bug.
    """
    if not callable(answer):
        return _wrong(ex, "not_callable", id=ex.id, function=ex.function, got=safe_repr(answer),
                      type=type(answer).__name__)
    if ex.kind == "fix":
        answer = on_its_own(answer)
    if ex.kind == "fix" and same_code(answer, broken_function(ex)):
        problem = first_problem(ex, answer)
        shown = "" if problem is None else "\n" + problem.message.lstrip("\n")
        return make_result("not_attempted", ex.id, _text("exercise.fix.unchanged", function=ex.function) + shown)
    problem = first_problem(ex, answer)
    if problem is not None:
        return problem
    return make_result("correct", ex.id, _text("exercise.correct", function=ex.function, n=len(ex.cases)))


def first_problem(ex: Exercise, answer: Callable[..., Any]) -> CheckResult | None:
    """The result for the first case that ``answer`` gets wrong, or None."""
    for number, case in enumerate(ex.cases):
        problem = _check_case(ex, answer, case, first=number == 0)
        if problem is not None:
            return problem
    return None


def learner_namespace() -> dict[str, Any]:
    """What a course notebook has imported when the learner's cell runs: numpy as np, math, helpers."""
    import math

    import helpers

    return {"np": np, "math": math, "helpers": helpers, "__name__": "__exercise__"}


def on_its_own(f: Any) -> Any:
    """``f`` seeing only what its own cell defined, plus numpy, math and helpers ("fix" exercises).

    A fix's code is a self-contained snippet (the tutorial's). In the notebook, a name it lacks may be defined by a
    later cell (chapter 4 defines ``leaky_relu``), and the broken code would then work by accident. Functions
    defined in the same cell (same ``co_filename``) and imported modules are kept.
    """
    if not isinstance(f, types.FunctionType):
        return f
    namespace = learner_namespace()
    for name, value in f.__globals__.items():
        same_cell = getattr(getattr(value, "__code__", None), "co_filename", None) == f.__code__.co_filename
        if isinstance(value, types.ModuleType) or (isinstance(value, types.FunctionType) and same_cell):
            namespace.setdefault(name, value)
    alone = types.FunctionType(f.__code__, namespace, f.__name__, f.__defaults__, f.__closure__)
    alone.__kwdefaults__ = f.__kwdefaults__
    return alone


def broken_function(ex: Exercise) -> Callable[..., Any] | None:
    """The function that a "fix" exercise's broken code defines (None if the code does not define it)."""
    namespace = learner_namespace()
    try:
        with _quiet(), contextlib.redirect_stdout(io.StringIO()):
            exec(compile(ex.broken["en"], f"<broken {ex.id}>", "exec"), namespace)  # noqa: S102 - our own code
    except BaseException:  # noqa: BLE001
        return None
    found = namespace.get(ex.function)
    return found if callable(found) else None


def same_code(a: object, b: object) -> bool:
    """Do two functions have the same code, constants, names and defaults (so differ at most in comments)?"""
    try:
        ca, cb = a.__code__, b.__code__  # type: ignore[attr-defined]
        return (_code_key(ca) == _code_key(cb) and a.__defaults__ == b.__defaults__  # type: ignore[attr-defined]
                and a.__kwdefaults__ == b.__kwdefaults__)  # type: ignore[attr-defined]
    except BaseException:  # noqa: BLE001
        return False


def _code_key(code: Any) -> tuple:
    consts = tuple(_code_key(c) if hasattr(c, "co_code") else (type(c).__name__, repr(c)) for c in code.co_consts)
    return (code.co_code, consts, code.co_names, code.co_varnames, code.co_freevars, code.co_argcount,
            code.co_kwonlyargcount)


def _check_case(ex: Exercise, answer: Callable[..., Any], case: Case, first: bool) -> CheckResult | None:
    call = format_call(ex.function, case)
    args, kwargs = _copy_args(case)
    try:
        with _quiet():
            got = answer(*args, **kwargs)
    except NotImplementedError as exc:
        if first:
            return make_result("not_attempted", ex.id, _text("exercise.not_attempted", function=ex.function))
        return _error(ex, call, exc)
    except BaseException as exc:  # noqa: BLE001 - learner code may raise anything, even SystemExit
        return _error(ex, call, exc)

    for name, original, passed in _array_args(ex, case, args, kwargs):
        if not _unchanged(original, passed):
            return make_result("incorrect", ex.id, _text("exercise.wrong_kind.mutated", call=call, name=name,
                                                          after=literal(passed)))  # right kind, wrong effect

    original_args, original_kwargs = _copy_args(case)
    with _quiet():
        expected = ex.reference(*original_args, **original_kwargs)
    try:
        return _compare(ex, got, expected, call, case)
    except BaseException as exc:  # noqa: BLE001 - a returned object whose __eq__/__array__/... raises
        return _wrong(ex, "unreadable", call=call, type=_type_name(got), error=_exception_text(exc))


# ---------------------------------------------------------------- comparing results


def _compare(ex: Exercise, got: object, expected: Any, call: str, case: Case) -> CheckResult | None:
    if got is None:
        return _wrong(ex, "none", call=call)
    if ex.returns == "float":
        return _compare_float(ex, got, expected, call)
    return _compare_array(ex, got, expected, call, case)


def _compare_float(ex: Exercise, got: object, expected: Any, call: str) -> CheckResult | None:
    if isinstance(got, np.ndarray) and got.dtype.kind in "biuf":
        if got.size == 1:  # a 0-d or one-element array: the number is right there
            return _wrong(ex, "array_scalar", call=call, got=safe_repr(got))
        return _wrong(ex, "array_for_float", call=call, got_shape=str(got.shape))
    if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, float, np.integer, np.floating)):
        return _wrong(ex, "type_float", call=call, got=safe_repr(got), type=_type_name(got))
    if isinstance(got, (int, np.integer)):
        # The right value as an int (0 for 0.0) only needs a float; any other int is the wrong quantity too.
        same = _close(np.float64(got), np.float64(expected), ex.rtol["float64"], ex.atol)
        result = _wrong(ex, "int" if same else "int_value", call=call, got=_number(got), expected=_number(expected))
        if not same and 0 <= float(expected) <= 1 < got:
            return make_result(result.state, ex.id, result.message + _text("exercise.wrong_kind.int_value.count"))
        return result
    value = float(got)
    if not _close(np.float64(value), np.float64(expected), ex.rtol["float64"], ex.atol):
        return _incorrect_value(ex, call, _number(expected), _number(value))
    return None


def _compare_array(ex: Exercise, got: object, expected: Any, call: str, case: Case) -> CheckResult | None:
    if isinstance(got, (list, tuple)):
        return _wrong(ex, "list", call=call, type=_type_name(got), got=safe_repr(got))
    if not isinstance(got, (np.ndarray, np.generic)):
        return _wrong(ex, "type_array", call=call, got=safe_repr(got), type=_type_name(got))
    exp = np.asarray(expected)
    result = np.asarray(got)
    if result.shape != exp.shape:
        message = _text("exercise.wrong_kind.shape", call=call, got_shape=str(result.shape), shape=str(exp.shape))
        if result.ndim == 0 or result.size < exp.size:
            message += _text("exercise.wrong_kind.shape.reduced")
        elif result.ndim < exp.ndim:
            message += _text("exercise.wrong_kind.shape.flattened")
        return make_result("wrong_kind", ex.id, message)
    if result.dtype != exp.dtype:
        message = _text("exercise.wrong_kind.dtype", call=call, got_dtype=str(result.dtype), dtype=str(exp.dtype))
        why = _dtype_advice(result.dtype, exp.dtype)
        return make_result("wrong_kind", ex.id, message + (_text(why) if why else ""))
    with _quiet():
        if exp.dtype.kind == "f":
            ok = np.isclose(result, exp, rtol=ex.rtol.get(exp.dtype.name, 0.0), atol=ex.atol, equal_nan=True)
        else:
            ok = result == exp
    ok = np.asarray(ok, dtype=bool)
    if ok.all():
        return None
    index = tuple(int(i) for i in np.argwhere(~ok)[0])
    if not index:
        return _incorrect_value(ex, call, _number(exp[()]), _number(result[()]))
    x = np.asarray(case.args[0]) if case.args else None
    shown_index = "[" + ", ".join(map(str, index)) + "]"
    value = _number(x[index]) if x is not None and x.shape == exp.shape else "?"
    return make_result("incorrect", ex.id, _text(
        "exercise.incorrect.element", call=call, index=shown_index, value=value,
        expected=_number(exp[index]), got=_number(result[index])))


def _dtype_advice(got: np.dtype, expected: np.dtype) -> str | None:
    """The catalogue key of the usual cause of a dtype mismatch, if there is one."""
    if expected.kind == "f" and got.kind == "f" and got.itemsize > expected.itemsize:
        return "exercise.wrong_kind.dtype.widened"
    if expected.kind == "f" and got.kind in "biu":
        return "exercise.wrong_kind.dtype.not_float"
    if expected.kind in "iu" and got.kind == "f":
        return "exercise.wrong_kind.dtype.int_to_float"
    return None


def _close(got: np.floating, expected: np.floating, rtol: float, atol: float) -> bool:
    with _quiet():
        return bool(np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True))


def _unchanged(original: np.ndarray, passed: object) -> bool:
    """Did the learner leave the array it was given exactly as it was (bits, shape, dtype)?"""
    try:
        return (isinstance(passed, np.ndarray) and passed.shape == original.shape
                and passed.dtype == original.dtype and passed.tobytes() == original.tobytes())
    except BaseException:  # noqa: BLE001
        return False


# ---------------------------------------------------------------- results


def _wrong(ex: Exercise, kind: str, **values: object) -> CheckResult:
    return make_result("wrong_kind", ex.id, _text(f"exercise.wrong_kind.{kind}", **values))


def _incorrect_value(ex: Exercise, call: str, expected: str, got: str) -> CheckResult:
    return make_result("incorrect", ex.id, _text("exercise.incorrect.value", call=call, expected=expected, got=got))


def _error(ex: Exercise, call: str, exc: BaseException) -> CheckResult:
    if isinstance(exc, KeyboardInterrupt):
        return make_result("error", ex.id, _text("exercise.error.interrupted", call=call))
    error = _exception_text(exc)
    message = _text("exercise.error", call=call, error=error)
    line = _learner_line(exc)
    if line is not None:
        message += _text("exercise.error.line", line=line[0], code=line[1])
    for pattern, key in _ERROR_ADVICE:
        if pattern in error:
            message += _text(key)
            break
    return make_result("error", ex.id, message)


# Errors whose usual cause in these exercises is known: (a piece of the exception text, catalogue key of advice).
_ERROR_ADVICE = (
    ("truth value of an array with more than one element is ambiguous", "exercise.error.advice.truth"),
    ("iteration over a 0-d array", "exercise.error.advice.loop"),
    ("len() of unsized object", "exercise.error.advice.loop"),  # range(len(x)) on a 0-d array
    ("does not support item assignment", "exercise.error.advice.zero_d"),
    ("got an unexpected keyword argument", "exercise.error.advice.signature"),
    ("positional argument", "exercise.error.advice.signature"),
)


def _exception_text(exc: BaseException) -> str:
    name = _type_name(exc)
    try:
        detail = str(exc)
    except BaseException:  # noqa: BLE001 - an exception whose __str__ raises
        detail = ""
    detail = _shorten(_ADDRESS.sub("", detail))
    return f"{name}: {detail}" if detail else name


def _learner_line(exc: BaseException) -> tuple[int, str] | None:
    """The deepest line of the learner's own code in the traceback (not numpy's), if known."""
    try:
        frames = traceback.extract_tb(exc.__traceback__)
        if len(frames) < 2:
            return None
        own = [f for f in frames[1:] if f.filename == frames[1].filename]
        frame = own[-1]
        code = (frame.line or "").strip()
        return (frame.lineno, code) if code and frame.lineno else None
    except BaseException:  # noqa: BLE001
        return None


# ---------------------------------------------------------------- showing values


def safe_repr(obj: object) -> str:
    """repr() that cannot fail, without memory addresses, and not too long."""
    try:
        text = repr(obj)
        if not isinstance(text, str):
            raise TypeError
    except BaseException:  # noqa: BLE001
        text = f"<{_type_name(obj)} object>"
    return _shorten(_ADDRESS.sub("", text))


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 1] + "…"


def _type_name(obj: object) -> str:
    return type(obj).__name__


def _number(value: Any) -> str:
    """A number as numpy prints it in its own dtype (float32 0.1 shows as 0.1)."""
    if isinstance(value, float) and not isinstance(value, np.floating):
        return repr(value)
    return str(value)


def _element(value: np.generic) -> str:
    if value.dtype.kind == "f":
        if np.isnan(value):
            return "np.nan"
        if np.isinf(value):
            return "np.inf" if value > 0 else "-np.inf"
    return str(value)


def literal(value: object) -> str:
    """Python source that rebuilds ``value``, e.g. ``np.array([1.0, -0.5], dtype=np.float32)`` or ``float('inf')``."""
    if isinstance(value, np.ndarray):
        def nested(a: np.ndarray) -> str:
            if a.ndim == 0:
                return _element(a[()])
            return "[" + ", ".join(nested(sub) for sub in a) + "]"

        dtype = "" if value.dtype.name in ("float64", "int64") else f", dtype=np.{value.dtype.name}"
        return f"np.array({nested(value)}{dtype})"
    if isinstance(value, float) and not np.isfinite(value):
        return f"float('{value!r}')"
    return safe_repr(value)


def format_call(function: str, case: Case) -> str:
    parts = [literal(a) for a in case.args] + [f"{k}={literal(v)}" for k, v in case.kwargs.items()]
    return f"{function}({', '.join(parts)})"


# ---------------------------------------------------------------- plumbing


def _copy_args(case: Case) -> tuple[tuple, dict]:
    def copy(v: object) -> object:
        return v.copy() if isinstance(v, np.ndarray) else v

    return tuple(copy(a) for a in case.args), {k: copy(v) for k, v in case.kwargs.items()}


def parameters(signature: str) -> list[str]:
    """The parameter names of ``"f(z, alpha=0.01)"``: ``["z", "alpha"]`` (``[]`` if it cannot be read)."""
    try:
        args = ast.parse(f"def {signature}: pass").body[0].args  # type: ignore[attr-defined]
        return [a.arg for a in (*args.posonlyargs, *args.args)]
    except (SyntaxError, IndexError, AttributeError):
        return []


def _array_args(ex: Exercise, case: Case, args: tuple, kwargs: dict) -> Iterator[tuple[str, np.ndarray, object]]:
    """(name, original, what the learner got) for every array argument, named as in the exercise's signature."""
    names = parameters(ex.signature)
    for position, (original, passed) in enumerate(zip(case.args, args, strict=True)):
        if isinstance(original, np.ndarray):
            yield (names[position] if position < len(names) else f"argument {position + 1}"), original, passed
    for key, original in case.kwargs.items():
        if isinstance(original, np.ndarray):
            yield key, original, kwargs[key]


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No RuntimeWarning on stderr from inf * 0 and friends: the check reports the value instead."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            yield
