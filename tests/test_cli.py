"""The command line: help, the closing summary, exit codes."""

from __future__ import annotations

import os

import pytest

from newsfacts.cli import EXIT_USAGE, format_profile, format_summary, main

SUMMARY = {
    "articles_read": 3,
    "ok": 1,
    "annotated": 1,
    "reused": 0,
    "rejected": [
        {"source_path": "b.txt", "status": "rejected", "reason": "empty file (0 bytes)"},
        {"source_path": "c.txt", "status": "duplicate", "reason": "duplicate of a.txt"},
    ],
    "extraction_errors": [],
    "rows": {"articles": 3, "figures": 4, "quarantine": 0},
    "validation": {"articles": True, "figures": False},
    "quarantined": 0,
    "output": "/data/out",
    "wall_seconds": 12.34,
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
    for option in (
        "--output",
        "--manifest",
        "--model",
        "--batch-size",
        "--strict",
        "--full-refresh",
        "--runner",
        "--dask-address",
        "--workers",
        "--profile",
        "--processes",
        "--max-bytes",
        "--no-report",
    ):
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


def test_summary_says_when_articles_of_earlier_runs_left_the_tables():
    text = format_summary({**SUMMARY, "earlier_articles_gone": 5}).splitlines()
    assert text[4] == (
        "5 article(s) of earlier runs on this output are not among this run's inputs (removed or edited): "
        "their rows left the tables (give every folder to keep them)"
    )
    assert "earlier runs on this output" not in format_summary(SUMMARY)


def test_run_help_names_every_file_type_that_is_read(capsys):
    from newsfacts.transforms.reading import FEED_EXTENSIONS, SUPPORTED_EXTENSIONS, WARC_SUFFIXES

    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps the description
    for suffix in (*SUPPORTED_EXTENSIONS, *WARC_SUFFIXES, *FEED_EXTENSIONS):
        assert f" {suffix}" in text, suffix


def test_summary_wall_time_is_the_whole_command_and_names_the_log():
    summary = {
        **SUMMARY,
        "command_seconds": 15.7,
        "wall_seconds": 0.5,
        "log_file": "/data/.newsfacts/newsfacts.log",
        "manifest": {"manifest": "meta.csv", "rows": 3, "unmatched": ["gone.txt"], "ragged": ["b.txt"]},
    }
    assert format_summary(summary).splitlines()[-4:] == [
        "manifest meta.csv: 1 of 3 row(s) match no input: gone.txt",
        "manifest meta.csv: 1 row(s) have more fields than its header (an unquoted comma?), extra fields left out: b.txt",
        "log: /data/.newsfacts/newsfacts.log",
        "wall time: 15.7 s (the flow 0.5 s)",
    ]


@pytest.mark.parametrize(
    "make_args, message",
    [
        (lambda tmp: [str(tmp / "no_such_folder")], "input not found: "),
        (lambda tmp: ["seeds", "--manifest", str(tmp / "missing.csv")], "manifest not found: "),
        (lambda tmp: ["seeds", "--manifest", str(tmp / "bad.csv")], "has no `path` column"),
        (lambda tmp: ["seeds", "--output", str(tmp / "a_file")], "is a file, not a folder"),
        (lambda tmp: ["seeds", "--output", str(tmp / "a_file" / "out")], "is a file, not a folder"),
    ],
)
def test_bad_arguments_stop_before_any_work_with_one_line(make_args, message, tmp_path, capsys):
    (tmp_path / "a_file").write_text("not a folder")
    (tmp_path / "bad.csv").write_text("file,url\na.txt,https://example.org/a\n")
    args = make_args(tmp_path)
    if "--output" not in args:
        args += ["--output", str(tmp_path / "out")]
    assert main(["run", *args]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err
    assert not (tmp_path / "out").exists() and not (tmp_path / ".newsfacts").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_output_folder_that_cannot_be_written_is_a_usage_error(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    assert main(["run", "seeds", "--output", str(locked / "out")]) == EXIT_USAGE
    assert "is not writable" in capsys.readouterr().err


def test_defaults_come_from_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("NEWSFACTS_BATCH_SIZE", "64")
    monkeypatch.setenv("NEWSFACTS_PROCESSES", "3")
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "(default: 64)" in text and "at most 8: 3)" in text


def test_a_bad_environment_setting_is_a_usage_error(monkeypatch, capsys):
    monkeypatch.setenv("NEWSFACTS_BATCH_SIZE", "zero")
    assert main(["run", "seeds"]) == EXIT_USAGE
    assert "NEWSFACTS_" in capsys.readouterr().err


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


def test_help_says_where_manifest_paths_are_looked_up(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "relative to the manifest's own folder, then relative to each input folder" in text


def test_serve_without_a_server_says_how_to_start_one(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("NEWSFACTS_SERVER_HOME", str(tmp_path))  # no project server recorded there
    assert main(["serve", "seeds", "--cron", "0 3 * * *"]) == EXIT_USAGE
    assert "newsfacts server start" in capsys.readouterr().err


def test_summary_says_which_files_in_the_input_folders_were_not_read():
    text = format_summary({**SUMMARY, "unread_files": ["gold.yaml", "scan.pdf"]})
    assert "not read: 2 file(s) in the input folders of no article type: gold.yaml, scan.pdf" in text.splitlines()
    assert "not read" not in format_summary(SUMMARY)


def test_ctrl_c_while_the_command_imports_its_libraries_is_one_line_and_status_130(tmp_path):
    """The log file is opened before Prefect and the flow are imported (seconds): Ctrl-C from then on gives no
    traceback, one line on stderr and the status a shell reports for Ctrl-C."""
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import SEEDS

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PREFECT_HOME", "NEWSFACTS_"))}
    run = subprocess.Popen(
        [sys.executable, "-m", "newsfacts.cli", "run", str(SEEDS), "--output", str(tmp_path / "out")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    log_file = tmp_path / ".newsfacts" / "newsfacts.log"
    deadline = time.monotonic() + 120
    while not log_file.exists():
        assert run.poll() is None and time.monotonic() < deadline, run.communicate()
        time.sleep(0.05)
    run.send_signal(signal.SIGINT)
    try:
        _, stderr = run.communicate(timeout=120)
    finally:
        run.kill()
    assert run.returncode == 130, stderr[-3000:]
    assert [line for line in stderr.splitlines() if line.strip()] in (
        ["newsfacts: interrupted"],
        [f"newsfacts: interrupted; the next run on {tmp_path / 'out'} resumes from the batches saved"],
    ), stderr[-3000:]


def test_summary_columns_stay_aligned_past_a_long_table_name():
    summary = {**SUMMARY, "rows": {**SUMMARY["rows"], "discrepancies": 8}}
    lines = [line for line in format_summary(summary).splitlines() if line.startswith("  ") and "  passed" in line]
    lines += [line for line in format_summary(summary).splitlines() if line.startswith("  discrepancies")]
    assert len({line.index(line.split()[1]) for line in lines}) == 1, lines
