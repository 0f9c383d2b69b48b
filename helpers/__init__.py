"""Shared code of the ReLU course: activations, plots, exercises, experiments.

Notebooks import it as ``import helpers``; the modules hold one idea each:

- :mod:`helpers.activations` – ReLU, Leaky ReLU and their derivatives
- :mod:`helpers.calculus` – finite-difference derivatives, to check gradients against
- :mod:`helpers.family` – the ReLU family: PReLU, ELU, GELU, SiLU, Softplus and their derivatives
- :mod:`helpers.dying` – the dying-ReLU experiments (born-dead networks, dead units in training)
- :mod:`helpers.i18n` / :mod:`helpers.messages` – language choice and the ja/en message catalogue
- :mod:`helpers.plotting` – ``plot`` and ``show`` (a figure with its description as alt text; colour-blind-safe)
- :mod:`helpers.timing` / :mod:`helpers.bench` – timing against a baseline; the benchmark (``python -m helpers.bench``)
- :mod:`helpers.widgets` – the interactive widgets (one pattern, see its docstring)
"""

from helpers import exercises, timing, widgets
from helpers.activations import leaky_relu, leaky_relu_grad, relu, relu_grad
from helpers.calculus import numerical_derivative
from helpers.dying import born_dead_probability, dead_fraction, train_mlp
from helpers.family import (
    elu,
    elu_grad,
    gelu,
    gelu_grad,
    learn_prelu_alpha,
    prelu,
    prelu_grad,
    prelu_grad_alpha,
    silu,
    silu_grad,
    softplus,
    softplus_grad,
)
from helpers.i18n import get_language, set_language, text
from helpers.plotting import plot, show, x_grid

__all__ = [
    "born_dead_probability",
    "dead_fraction",
    "elu",
    "elu_grad",
    "exercises",
    "gelu",
    "gelu_grad",
    "get_language",
    "leaky_relu",
    "leaky_relu_grad",
    "learn_prelu_alpha",
    "numerical_derivative",
    "plot",
    "prelu",
    "prelu_grad",
    "prelu_grad_alpha",
    "relu",
    "relu_grad",
    "set_language",
    "show",
    "silu",
    "silu_grad",
    "softplus",
    "softplus_grad",
    "text",
    "timing",
    "train_mlp",
    "widgets",
    "x_grid",
]
