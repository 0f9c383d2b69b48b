"""Answers of the test-only exercises (tests/exercise_samples.py): one table per kind, as chapters write them."""

from __future__ import annotations

from tests.exercise_answers.common import Wrong

WRONG_ANSWERS: dict[str, list[Wrong]] = {
    "sample_predict_nan": [
        Wrong("NaN propagates (it does not here)", "answer = float('nan')", "incorrect", "nan"),
        Wrong("np.nan is the same wrong value", "answer = np.nan", "incorrect", "0.0"),
        Wrong("the string 'nan'", "answer = 'nan'", "wrong_kind", "'nan'"),
        Wrong("None for 'nothing'", "answer = None", "wrong_kind", "None"),
        Wrong("an error is expected", "answer = ValueError", "incorrect", "ValueError"),
        Wrong("True: the comparison", "answer = True", "wrong_kind", "True"),
        Wrong("-0.0 is still 0.0 (not exact): wrong value instead", "answer = 1.0", "incorrect", "1.0"),
        Wrong("a list of the two values", "answer = [0.0, float('nan')]", "wrong_kind", "[0.0, nan]"),
    ],
    "sample_predict_int": [
        Wrong("the float 0.0", "answer = 0.0", "incorrect", "0.0"),
        Wrong("-1.5, the smaller one", "answer = -1.5", "incorrect", "-1.5"),
        Wrong("-0.0", "answer = -0.0", "incorrect", "-0.0"),
        Wrong("the string '0'", "answer = '0'", "wrong_kind", "'0'"),
        Wrong("False for zero", "answer = False", "wrong_kind", "False"),
        Wrong("an error for mixed types", "answer = TypeError", "incorrect", "TypeError"),
    ],
    "sample_predict_raises": [
        Wrong("the Leaky ReLU value", "answer = -0.1", "wrong_kind", "-0.1"),
        Wrong("TypeError", "answer = TypeError", "incorrect", "NameError"),
        Wrong("AttributeError", "answer = AttributeError", "incorrect", "AttributeError"),
        Wrong("the name of another error", "answer = 'SyntaxError'", "incorrect", "SyntaxError"),
        Wrong("None (nothing happens)", "answer = None", "wrong_kind", "None"),
        Wrong("ValueError instance", "answer = ValueError('x')", "incorrect", "NameError"),
    ],
    "sample_fix_leaky": [
        Wrong("x * alpha only for the default alpha",
              "def leaky_relu(x, alpha=0.01):\n    if x > 0:\n        return x\n    return 0.01 * x", "incorrect",
              "alpha=0.2"),
        Wrong("alpha sign flipped",
              "def leaky_relu(x, alpha=0.01):\n    if x > 0:\n        return x\n    return -alpha * x",
              "incorrect", "leaky_relu(-10.0)"),
        Wrong("returns alpha * x everywhere", "def leaky_relu(x, alpha=0.01):\n    return alpha * x", "incorrect",
              "leaky_relu(1.0)"),
        Wrong("plain ReLU", "def leaky_relu(x, alpha=0.01):\n    return max(0.0, x)", "incorrect", "leaky_relu(-10.0)"),
        Wrong("prints instead of returning",
              "def leaky_relu(x, alpha=0.01):\n    print(max(alpha * x, x), end='')", "wrong_kind", "leaky_relu(1.0)"),
        Wrong("renamed the argument", "def leaky_relu(x, a=0.01):\n    return max(a * x, x)", "error", "alpha=0.2"),
        Wrong("the int 0 on the negative side",
              "def leaky_relu(x, alpha=0.01):\n    if x > 0:\n        return x\n    return 0", "wrong_kind",
              "leaky_relu(-10.0)"),
    ],
    "sample_experiment_slope": [
        Wrong("h larger than x straddles the kink",
              "x, h = 0.5, 1.0\nslope = (helpers.relu(x + h) - helpers.relu(x - h)) / (2 * h)", "incorrect", "0.75"),
        Wrong("divides by h, not 2 h",
              "x, h = 0.5, 1e-3\nslope = (helpers.relu(x + h) - helpers.relu(x - h)) / h", "incorrect", "2"),
        Wrong("differences swapped",
              "x, h = 0.5, 1e-3\nslope = (helpers.relu(x - h) - helpers.relu(x + h)) / (2 * h)", "incorrect", "-1"),
        Wrong("the value, not the slope", "x, h = 0.5, 1e-3\nslope = helpers.relu(x)", "incorrect", "0.5"),
        Wrong("h far too small: rounding",
              "x, h = 0.5, 1e-17\nslope = (helpers.relu(x + h) - helpers.relu(x - h)) / (2 * h)", "incorrect", "0"),
        Wrong("the function, not its value", "x, h = 0.5, 1e-3\nslope = helpers.relu", "wrong_kind", "slope"),
        Wrong("a string", "x, h = 0.5, 1e-3\nslope = '1.0'", "wrong_kind", "'1.0'"),
        Wrong("a placeholder NaN left in", "x, h = 0.5, 1e-3\nslope = np.nan", "incorrect", "nan"),
    ],
}

RIGHT_ANSWERS: dict[str, list[str]] = {
    "sample_predict_nan": ["answer = 0", "answer = -0.0", "answer = np.float64(0.0)", "answer = 0.0 + 0.0"],
    "sample_predict_int": ["answer = 0", "answer = int(0.0)", "answer = np.int64(0)"],
    "sample_predict_raises": ["answer = 'NameError'", "answer = NameError('leaky_relu')"],
    "sample_fix_leaky": [
        "def leaky_relu(x, alpha=0.01):\n    return max(alpha * x, x)",
        "def leaky_relu(x, alpha=0.01):\n    return x if x > 0 else alpha * x",
    ],
    "sample_experiment_slope": [
        "x, h = 0.5, 1e-6\nslope = (helpers.relu(x + h) - helpers.relu(x - h)) / (2 * h)",
        "x, h = 0.5, 1e-3\nslope = helpers.numerical_derivative(helpers.relu, x, h)",
        "x, h = 0.5, 1e-3\nslope = (helpers.relu(x + h) - helpers.relu(x)) / h",
        "x, h = 0.5, 1e-3\nslope = np.array([(helpers.relu(x + h) - helpers.relu(x - h)) / (2 * h)])",
    ],
}

# The sample fix takes Python floats, like chapter 1's relu.
NOT_COVERED: dict[str, set[str]] = {"sample_fix_leaky": {"float32 and float64", "0-d to 3-d arrays", "NaN"}}
