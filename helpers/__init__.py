"""Shared code of the ReLU course: activations, plots, exercises, experiments.

Notebooks import it as ``import helpers``; the modules hold one idea each:

- :mod:`helpers.activations` – ReLU, Leaky ReLU and their derivatives
- :mod:`helpers.calculus` – finite-difference derivatives, to check gradients against
- :mod:`helpers.dying` – the dying-ReLU experiments (born-dead networks, dead units in training)
- :mod:`helpers.i18n` / :mod:`helpers.messages` – language choice and the ja/en message catalogue
- :mod:`helpers.plotting` – the one plotting helper
- :mod:`helpers.widgets` – the interactive widgets (one pattern, see its docstring)
"""

from helpers import exercises, widgets
from helpers.activations import leaky_relu, leaky_relu_grad, relu, relu_grad
from helpers.calculus import numerical_derivative
from helpers.dying import born_dead_probability, dead_fraction, train_mlp
from helpers.i18n import get_language, set_language, text
from helpers.plotting import plot, x_grid

__all__ = [
    "born_dead_probability",
    "dead_fraction",
    "exercises",
    "get_language",
    "leaky_relu",
    "leaky_relu_grad",
    "numerical_derivative",
    "plot",
    "relu",
    "relu_grad",
    "set_language",
    "text",
    "train_mlp",
    "widgets",
    "x_grid",
]
