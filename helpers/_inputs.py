"""Input checking shared by every function in ``helpers``.

Each public function calls :func:`as_real_array` first, so that bad input fails
early with a message that names the function, instead of a numpy traceback
from deep inside an ufunc.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np

# dtype kinds a learner may pass: signed int, unsigned int, float.
_REAL_KINDS = "iuf"


class Converted:
    """A checked input: the array to compute on, and how to hand a result back."""

    __slots__ = ("array", "kind")

    def __init__(self, array: np.ndarray, kind: str) -> None:
        self.array = array
        # "python": a Python int/float came in, return a Python float.
        # "numpy": a numpy scalar came in, return a numpy scalar.
        # "array": return an ndarray.
        self.kind = kind

    def wrap(self, result: np.ndarray) -> Any:
        """Give ``result`` the same kind as the input (Python float, numpy scalar, array)."""
        if self.kind == "python":
            return float(result)
        if self.kind == "numpy":
            return result[()]
        return result


def _type_name(x: object) -> str:
    return type(x).__name__


def as_real_array(x: object, func: str) -> Converted:
    """Check that ``x`` holds real numbers and return it as a numpy array (no copy when possible)."""
    if x is None:
        raise TypeError(f"{func}: expected a real number or an array of real numbers, got None")
    if isinstance(x, (bool, np.bool_)):
        raise TypeError(f"{func}: expected a real number, got a bool ({x!r})")
    if isinstance(x, (str, bytes)):
        raise TypeError(f"{func}: expected a real number or an array of real numbers, got a string ({x!r})")
    if isinstance(x, (complex, np.complexfloating)):
        raise TypeError(f"{func}: complex numbers are not supported, got {x!r}")
    if isinstance(x, (int, float)) and not isinstance(x, np.generic):
        # Python scalars compute in float64 and come back as a Python float.
        return Converted(np.asarray(float(x), dtype=np.float64), "python")
    if isinstance(x, np.generic):
        _check_dtype(np.asarray(x).dtype, func)
        return Converted(np.asarray(x), "numpy")
    try:
        array = np.asarray(x)
    except (ValueError, TypeError) as exc:
        raise TypeError(f"{func}: could not read the input as an array of real numbers ({exc})") from None
    _check_dtype(array.dtype, func)
    return Converted(array, "array")


def _check_dtype(dtype: np.dtype, func: str) -> None:
    if dtype.kind in _REAL_KINDS:
        return
    if dtype.kind == "b":
        raise TypeError(f"{func}: expected real numbers, got a bool array; convert it with .astype(float)")
    if dtype.kind == "c":
        raise TypeError(f"{func}: complex numbers are not supported (dtype {dtype})")
    if dtype.kind == "O":
        raise TypeError(f"{func}: object arrays are not supported; pass numbers, e.g. np.asarray(x, dtype=float)")
    if dtype.kind in "US":
        raise TypeError(f"{func}: expected real numbers, got strings (dtype {dtype})")
    raise TypeError(f"{func}: expected real numbers, got dtype {dtype}")


def float_dtype(array: np.ndarray) -> np.dtype:
    """The float dtype a result takes: float inputs keep theirs, integers become float64."""
    return array.dtype if array.dtype.kind == "f" else np.dtype(np.float64)


def check_alpha(alpha: object, func: str, name: str = "alpha") -> float:
    """Return ``alpha`` as a float, or raise ValueError if it is not a finite real number."""
    if isinstance(alpha, (bool, np.bool_)) or not isinstance(alpha, numbers.Real):
        raise ValueError(f"{func}: {name} must be a finite real number, got {alpha!r}")
    value = float(alpha)
    if not math.isfinite(value):
        raise ValueError(f"{func}: {name} must be a finite real number, got {value!r}")
    return value


def check_out(out: object, shape: tuple[int, ...], dtype: np.dtype, func: str) -> np.ndarray:
    """Check that ``out`` can receive a result of ``shape`` and ``dtype`` (numpy's same_kind casting)."""
    if not isinstance(out, np.ndarray):
        raise TypeError(f"{func}: out must be a NumPy array, got {_type_name(out)}")
    if out.shape != shape:
        raise ValueError(f"{func}: out has shape {out.shape}, but the result has shape {shape}")
    if not np.can_cast(dtype, out.dtype, casting="same_kind"):
        raise TypeError(f"{func}: cannot write a {dtype} result into out of dtype {out.dtype}")
    if not out.flags.writeable:
        raise ValueError(f"{func}: out is read-only")
    return out
