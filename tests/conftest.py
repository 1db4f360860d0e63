"""Fixtures shared by the whole suite: one spaCy model and one Prefect harness per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "eval" / "seeds.gold.yaml"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for every test that parses text."""
    from transforms.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for the session (starting one costs 8-16 s here)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def seeds_output(prefect_harness, tmp_path_factory):
    """The flow run once over seeds/ into a temporary folder; end-to-end tests read its tables."""
    from flows.pipeline import newsfacts_flow

    out = tmp_path_factory.mktemp("seeds_output")
    summary = newsfacts_flow(inputs=[str(SEEDS)], output=str(out))
    return out, summary
