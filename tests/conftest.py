"""Shared test settings: a headless matplotlib backend and Hypothesis profiles."""

import os

import matplotlib
from hypothesis import HealthCheck, settings

matplotlib.use("Agg")

# CI: fixed examples so that a red run can be reproduced; locally: random exploration.
settings.register_profile("ci", derandomize=True, deadline=None, max_examples=200,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
