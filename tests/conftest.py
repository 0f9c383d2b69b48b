"""Shared test settings: a headless matplotlib backend and Hypothesis profiles."""

import os
import time
from pathlib import Path

import matplotlib
import pytest
from hypothesis import HealthCheck, settings

matplotlib.use("Agg")

# CI: fixed examples so that a red run can be reproduced; locally: random exploration.
settings.register_profile("ci", derandomize=True, deadline=None, max_examples=200,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


# tests/test_browser.py saves a screenshot of every notebook; say where, once, at the end of the run.
_SESSION_START = time.time()


def pytest_terminal_summary(terminalreporter):
    shots = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
    fresh = [p for p in shots.rglob("*.png") if p.stat().st_mtime >= _SESSION_START] if shots.is_dir() else []
    if fresh:
        terminalreporter.write_line(f"browser screenshots: {len(fresh)} files in {shots}/")


@pytest.fixture
def language():
    """Run a test in one language (``language("ja")``), then go back to English."""
    import helpers  # here, not at the top: the backend above is chosen before pyplot is imported

    def use(lang):
        helpers.set_language(lang)
    yield use
    helpers.set_language("en")
