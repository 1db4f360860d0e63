"""notebooks/explore.ipynb runs top to bottom on the seeds' output and saves its plots, so it cannot silently rot."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from newsfacts.transforms.discrepancies import sentence_around

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

pytestmark = pytest.mark.e2e

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"
PLOTS = ("death_tolls.png", "claims_per_speaker.png", "events_timeline.png", "events_map.png")
# A kernel spec of our own, so the notebook runs on this interpreter whatever kernels the machine has.
KERNEL = "newsfacts-test"
TIMEOUT_S = 120


@pytest.fixture(scope="module")
def executed(seeds_output, tmp_path_factory):
    """The notebook executed against a copy of the seeds' output (its figures/ folder goes there)."""
    output = tmp_path_factory.mktemp("notebook") / "output"
    shutil.copytree(seeds_output[0], output)
    jupyter = tmp_path_factory.mktemp("jupyter")
    spec = jupyter / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "newsfacts test kernel",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(jupyter))  # searched before user and system kernel folders
        mp.setenv("NEWSFACTS_OUTPUT", str(output))
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        client = nbclient.NotebookClient(
            notebook, timeout=TIMEOUT_S, kernel_name=KERNEL, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
        )
        client.execute()
    return notebook, output


def _text_of(cell) -> str:
    """Everything a code cell printed or displayed as text."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        else:
            parts.append(out.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def test_notebook_runs_and_saves_its_plots(executed):
    notebook, output = executed
    for name in PLOTS:
        path = output / "figures" / name
        assert path.exists() and path.stat().st_size > 10_000, name
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []


def test_every_code_cell_shows_something(executed):
    notebook, _ = executed
    silent = [c.source.splitlines()[0] for c in notebook.cells if c.cell_type == "code" and not c.get("outputs")]
    assert silent == []


def test_conflicting_groups_are_shown_with_their_sentences(executed):
    notebook, output = executed
    (cell,) = [c for c in notebook.cells if "conflicting" in c.get("metadata", {}).get("tags", [])]
    shown = _text_of(cell)
    conflicting = pd.read_parquet(output / "discrepancies.parquet").query("status == 'conflicting'")
    texts = pd.read_parquet(output / "articles.parquet").set_index("article_id")["text"]
    if conflicting.empty:
        assert "No conflicting groups" in shown
    for row in conflicting.itertuples():
        assert repr(row.text) in shown and row.subject in shown
        assert sentence_around(texts[row.article_id], row.start_char, row.end_char) in shown
