"""The command line: help, the closing summary, exit codes."""
from __future__ import annotations

import pytest

from newsfacts.cli import EXIT_USAGE, format_profile, format_summary, main

SUMMARY = {
    "articles_read": 3, "ok": 1, "annotated": 1, "reused": 0,
    "rejected": [{"source_path": "b.txt", "status": "rejected", "reason": "empty file (0 bytes)"},
                 {"source_path": "c.txt", "status": "duplicate", "reason": "duplicate of a.txt"}],
    "extraction_errors": [],
    "rows": {"articles": 3, "figures": 4, "quarantine": 0},
    "validation": {"articles": True, "figures": False},
    "quarantined": 0, "output": "/data/out", "wall_seconds": 12.34,
}


@pytest.mark.parametrize("command", [["--help"], ["run", "--help"], ["evaluate", "--help"], ["serve", "--help"]])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(command)
    assert exit_info.value.code == 0
    assert "usage: newsfacts" in capsys.readouterr().out


def test_run_help_lists_every_option(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = capsys.readouterr().out
    for option in ("--output", "--manifest", "--model", "--batch-size", "--strict", "--full-refresh",
                   "--runner", "--dask-address", "--workers", "--profile", "--processes", "--max-bytes", "--no-report"):
        assert option in text, option


def test_summary_names_every_rejected_input_and_failed_table():
    assert format_summary(SUMMARY).splitlines() == [
        "",
        "articles read 3: 1 ok (1 annotated, 0 reused from earlier runs), 2 not processed",
        "  rejected  b.txt: empty file (0 bytes)",
        "  duplicate c.txt: duplicate of a.txt",
        "tables (rows, validation):",
        "  articles          3  passed",
        "  figures           4  FAILED",
        "  quarantine        0  ",
        "output: /data/out (validation report: validation/summary.json, Data Docs: validation/data_docs/index.html)",
        "wall time: 12.3 s",
    ]


def test_profile_shows_each_stage_with_its_share():
    lines = format_profile({"nlp": 6.0, "validate": 2.0, "orchestration": 2.0, "wall": 10.0}).splitlines()
    assert lines[2] == "  nlp               6.00   60.0 %"
    assert lines[-1] == "  wall             10.00"


def test_unknown_model_is_a_clear_usage_error(capsys):
    assert main(["run", "seeds", "--model", "no_such_model_xyz"]) == EXIT_USAGE
    assert "no_such_model_xyz" in capsys.readouterr().err


def test_evaluate_with_a_missing_gold_file_is_a_usage_error(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nope.yaml"), "--output", str(tmp_path)]) == EXIT_USAGE
    assert "gold file not found" in capsys.readouterr().err


def test_serve_without_a_server_says_how_to_start_one(monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["serve", "seeds", "--cron", "0 3 * * *"]) == EXIT_USAGE
    assert "prefect server start" in capsys.readouterr().err
