"""Reading: discovery, metadata, decoding and the reasons an input is rejected."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest

from newsfacts.transforms.reading import InputFile, RawDocument, discover, read_document, unread_files

NO_META = {"url": None, "outlet": None, "published_at": None, "title": None}


def _item(path: Path, record: dict | None = None, metadata: dict | None = None) -> InputFile:
    return InputFile(path, path.name, record, dict(metadata or NO_META))


def _read(path: Path, data: bytes, **kwargs) -> RawDocument:
    path.write_bytes(data)
    return read_document(_item(path), **kwargs)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- encodings


def test_utf8(tmp_path):
    data = "Caf\u00e9 owners met.".encode("utf-8")
    assert _read(tmp_path / "a.txt", data) == RawDocument(
        "a.txt", "Caf\u00e9 owners met.", "utf-8", len(data), _sha(data), NO_META, None
    )


def test_utf8_bom(tmp_path):
    data = b"\xef\xbb\xbfRain fell."
    assert _read(tmp_path / "a.txt", data) == RawDocument(
        "a.txt", "Rain fell.", "utf-8-sig", 13, _sha(data), NO_META, None
    )


def test_utf16_le_bom(tmp_path):
    data = "Rain fell.".encode("utf-16")  # with BOM, native order
    doc = _read(tmp_path / "a.txt", data)
    assert (doc.text, doc.encoding, doc.error) == ("Rain fell.", "utf-16", None)


def test_utf16_be_bom(tmp_path):
    data = b"\xfe\xff" + "Rain fell.".encode("utf-16-be")
    doc = _read(tmp_path / "a.txt", data)
    assert (doc.text, doc.encoding, doc.error) == ("Rain fell.", "utf-16", None)


def test_utf16_le_without_bom(tmp_path):
    doc = _read(tmp_path / "a.txt", "Rain fell on Monday.".encode("utf-16-le"))
    assert (doc.text, doc.encoding, doc.error) == ("Rain fell on Monday.", "utf-16-le", None)


def test_cp1252_fallback(tmp_path):
    doc = _read(tmp_path / "a.txt", b"caf\xe9 \x93open\x94")
    assert (doc.text, doc.encoding, doc.error) == ("caf\u00e9 \u201copen\u201d", "cp1252", None)


def test_undecodable_bytes(tmp_path):
    doc = _read(tmp_path / "a.txt", b"ab\x81\x8d\x8f\x90\x9d")
    assert (doc.text, doc.error) == (
        None,
        "undecodable bytes: not valid UTF-8/UTF-16 and more than 1% replacement characters under cp1252",
    )


# ---------------------------------------------------------------- rejections


def test_empty_file(tmp_path):
    assert _read(tmp_path / "a.txt", b"") == RawDocument("a.txt", None, None, 0, None, NO_META, "empty file (0 bytes)")


def test_white_space_only(tmp_path):
    doc = _read(tmp_path / "a.txt", b" \n\n \t")
    assert (doc.text, doc.error) == (None, "no text (only white space)")


def test_binary_file(tmp_path):
    data = b"%PDF-1.4\x00\x01\x02binary"
    assert _read(tmp_path / "a.txt", data) == RawDocument(
        "a.txt",
        None,
        None,
        len(data),
        _sha(data),
        NO_META,
        "binary content (NUL bytes in first 8 KiB)",
    )


def test_file_too_large(tmp_path):
    doc = _read(tmp_path / "a.txt", b"x" * 2048, max_bytes=1000)
    assert doc == RawDocument(
        "a.txt", None, None, 2048, None, NO_META, "file too large: 2,048 bytes > limit 1,000 (--max-bytes)"
    )


def test_unreadable_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Rain fell.")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with rights that read any file")
        doc = read_document(_item(path))
    finally:
        path.chmod(0o644)
    assert (doc.text, doc.error) == (None, "unreadable: [Errno 13] Permission denied")


def test_read_error_is_reported(tmp_path, monkeypatch):
    # The same path as chmod 000, for runs as root where permissions do not bite.
    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    path = tmp_path / "a.txt"
    path.write_bytes(b"Rain fell.")
    monkeypatch.setattr(Path, "read_bytes", denied)
    assert read_document(_item(path)).error == "unreadable: [Errno 13] Permission denied"


def test_unsupported_extension(tmp_path):
    doc = _read(tmp_path / "a.pdf", b"%PDF-1.4")
    assert doc == RawDocument("a.pdf", None, None, 8, None, NO_META, "unsupported file type '.pdf'")


def test_missing_path(tmp_path):
    assert read_document(_item(tmp_path / "gone.txt")) == RawDocument(
        "gone.txt", None, None, 0, None, NO_META, "not found"
    )


def test_named_file_starting_with_blinken_is_text(tmp_path):
    doc = _read(tmp_path / "a.txt", b"Blinken arrived in Cairo.")
    assert (doc.text, doc.error) == ("Blinken arrived in Cairo.", None)


# ---------------------------------------------------------------- formats

PAGE = (
    "<!doctype html><html><head><title>Ministers meet in Oslo | Daily</title></head><body>"
    "<nav>Home | World | Sport</nav><article><h1>Ministers meet in Oslo</h1>"
    "<p>Foreign ministers met in Oslo on Tuesday to discuss the truce.</p>"
    "<p>The talks lasted six hours, officials said.</p></article>"
    "<footer>Contact us</footer></body></html>"
)


def test_html_main_content(tmp_path):
    doc = _read(tmp_path / "a.html", PAGE.encode())
    assert (doc.text, doc.metadata["title"], doc.error) == (
        "Ministers meet in Oslo\n\nForeign ministers met in Oslo on Tuesday to discuss the truce.\n\n"
        "The talks lasted six hours, officials said.",
        "Ministers meet in Oslo",
        None,
    )


def test_html_in_txt_file(tmp_path):
    doc = _read(tmp_path / "a.txt", PAGE.encode())
    assert doc.text.endswith("The talks lasted six hours, officials said.")
    assert "<p>" not in doc.text


def test_html_manifest_title_wins(tmp_path):
    path = tmp_path / "a.htm"
    path.write_bytes(PAGE.encode())
    doc = read_document(_item(path, metadata=NO_META | {"title": "Given title"}))
    assert doc.metadata["title"] == "Given title"


def test_html_without_content(tmp_path):
    doc = _read(tmp_path / "a.html", b"<html><body><script>var x = 1;</script></body></html>")
    assert (doc.text, doc.error) == (None, "no main content found in HTML")


def test_markdown_to_plain_text(tmp_path):
    md = (
        "# Port Strike Ends\n\n"
        "Dock workers **returned** on *Monday*, the [union](https://example.org/u) said.\n\n"
        "> Pay rises by 4%.\n\n"
        "- Ships docked\n"
        "![crane](img.png)\n"
    )
    doc = _read(tmp_path / "a.md", md.encode())
    assert (doc.text, doc.metadata["title"]) == (
        "Port Strike Ends\n\nDock workers returned on Monday, the union said.\n\nPay rises by 4%.\n\nShips docked",
        "Port Strike Ends",
    )


def test_markdown_keeps_lone_star_and_snake_case(tmp_path):
    doc = _read(tmp_path / "a.md", b"Fields marked * are required; see file_name_here.")
    assert doc.text == "Fields marked * are required; see file_name_here."


def test_json_record(tmp_path):
    record = {"body": "Rain fell.", "source": {"name": "Daily"}, "date": "2024-06-10T08:00:00Z", "headline": "Rain"}
    doc = read_document(InputFile(tmp_path / "a.json", "a.json", record, NO_META))
    assert (doc.text, doc.encoding, doc.n_bytes, doc.error) == ("Rain fell.", "utf-8", 10, None)


def test_json_record_without_text(tmp_path):
    doc = read_document(InputFile(tmp_path / "a.json", "a.json", {"title": "Rain"}, NO_META))
    assert (doc.text, doc.error) == (None, "no text field in JSON record (tried: text, body, content, article)")


def test_json_record_with_html_text(tmp_path):
    doc = read_document(InputFile(tmp_path / "a.json", "a.json", {"text": PAGE}, NO_META))
    assert doc.text.endswith("The talks lasted six hours, officials said.")


def test_invalid_json_file(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("{not json")
    [item] = discover([path])
    assert (
        read_document(item).error
        == "invalid JSON: Expecting property name enclosed in double quotes at line 1 column 2"
    )


# ---------------------------------------------------------------- discovery and metadata


def test_discover_folder_sorted_and_filtered(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "sub/d.htm", "notes.pdf", "manifest.csv", "a.md.meta.json", ".hidden.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("{}" if name.endswith(".json") else "x")
    assert [i.source_path for i in discover([tmp_path])] == ["a.md", "b.txt", "c.html", "sub/d.htm"]


def test_discover_keeps_named_missing_and_unsupported(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = discover([tmp_path / "notes.pdf", tmp_path / "gone.txt"])
    assert [(i.source_path, i.record) for i in items] == [("gone.txt", None), ("notes.pdf", None)]
    assert [read_document(i).error for i in items] == ["not found", "unsupported file type '.pdf'"]


def test_discover_keeps_same_named_files_from_two_folders(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(folder)
    items = discover([tmp_path / "y" / "a.txt", tmp_path / "x" / "a.txt"])
    assert [(i.source_path, i.path.parent.name) for i in items] == [("x/a.txt", "x"), ("y/a.txt", "y")]


def test_discover_lists_a_file_once(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    assert [i.source_path for i in discover([tmp_path, tmp_path / "a.txt"])] == ["a.txt"]


def test_manifest_in_folder(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "manifest.csv").write_text(
        "path,url,outlet,published_at,title,note\na.txt,http://x/a,Daily,2024-06-10,Rain,checked\n"
    )
    [item] = discover([tmp_path])
    assert item.metadata == {
        "url": "http://x/a",
        "outlet": "Daily",
        "published_at": dt.date(2024, 6, 10),
        "title": "Rain",
    }


def test_manifest_named_explicitly(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("x")
    (tmp_path / "meta.csv").write_text("path,published_at\nin/a.txt,2024-05-01\n")
    [item] = discover([tmp_path / "in"], manifest=tmp_path / "meta.csv")
    assert item.metadata == NO_META | {"published_at": dt.date(2024, 5, 1)}


def test_sidecar_wins_over_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "manifest.csv").write_text("path,outlet,title\na.txt,Daily,Rain\n")
    (tmp_path / "a.txt.meta.json").write_text(json.dumps({"outlet": "Weekly", "url": "http://w/a"}))
    [item] = discover([tmp_path])
    assert item.metadata == {"url": "http://w/a", "outlet": "Weekly", "published_at": None, "title": "Rain"}


def test_sidecar_named_by_stem(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published_at": "2024-01-02"}))
    [item] = discover([tmp_path])
    assert item.metadata["published_at"] == dt.date(2024, 1, 2)


def test_bad_sidecar_is_ignored(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.txt.meta.json").write_text("{oops")
    [item] = discover([tmp_path])
    assert item.metadata == NO_META


def test_unparseable_date_is_none(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "manifest.csv").write_text("path,published_at\na.txt,sometime\n")
    assert discover([tmp_path])[0].metadata["published_at"] is None


def test_jsonl_records(tmp_path):
    lines = [
        json.dumps({"text": "Rain fell.", "outlet": "Daily", "published_at": "2024-06-10"}),
        "",
        "{broken",
        json.dumps({"title": "No body"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    items = discover([tmp_path])
    # Lines are found by offset and parsed only when read (a large JSONL is never held whole).
    assert [(i.source_path, i.record, i.line) for i in items] == [
        ("feed.jsonl#0", None, (0, 1, 72)),
        ("feed.jsonl#1", None, (73, 3, 8)),
        ("feed.jsonl#2", None, (81, 4, 20)),
    ]
    assert read_document(items[0]).metadata == NO_META | {"outlet": "Daily", "published_at": dt.date(2024, 6, 10)}
    assert [read_document(i).error for i in items] == [
        None,
        "invalid JSON on line 3: Expecting property name enclosed in double quotes",
        "no text field in JSON record (tried: text, body, content, article)",
    ]


def test_json_list(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"content": "One."}, {"article": "Two.", "url": "http://x/2"}]))
    items = discover([tmp_path])
    assert [(i.source_path, read_document(i).text, i.metadata["url"]) for i in items] == [
        ("a.json#0", "One.", None),
        ("a.json#1", "Two.", "http://x/2"),
    ]


def test_json_single_record(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"text": "One.", "title": "First"}))
    [item] = discover([tmp_path])
    assert (item.source_path, item.metadata["title"], read_document(item).text) == ("a.json", "First", "One.")


def test_json_record_overrides_sidecar(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": "One.", "outlet": "Daily"}) + "\n" + json.dumps({"text": "Two."})
    )
    (tmp_path / "a.jsonl.meta.json").write_text(json.dumps({"outlet": "Feed"}))
    assert [read_document(i).metadata["outlet"] for i in discover([tmp_path])] == ["Daily", "Feed"]


def test_json_value_that_is_not_an_object(tmp_path):
    (tmp_path / "a.json").write_text("[1]")
    [item] = discover([tmp_path])
    assert read_document(item).error == "JSON record is int, not an object"


def test_read_seeds_folder():
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    docs = [read_document(i) for i in discover([seeds])]
    assert [d.error for d in docs] == [None] * 5
    assert docs[1].metadata["published_at"] == dt.date(2024, 6, 10)


def test_json_record_with_html_fragment(tmp_path):
    doc = read_document(
        InputFile(tmp_path / "a.json", "a.json", {"text": "<p>Rain fell on Monday.</p><p>Rivers rose.</p>"}, NO_META)
    )
    assert doc.text == "Rain fell on Monday.\n\nRivers rose."


def test_json_record_with_angle_bracket_prose(tmp_path):
    doc = read_document(InputFile(tmp_path / "a.json", "a.json", {"text": "Turnout was <50% in the north."}, NO_META))
    assert doc.text == "Turnout was <50% in the north."


def test_a_count_of_inputs_leaves_json_records_unparsed(tmp_path):
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps({"text": f"Item {i}."}) for i in range(3)))
    (tmp_path / "a.txt").write_text("Rain fell.")
    assert [i.source_path for i in discover([tmp_path], records=False)] == ["a.txt", "feed.jsonl"]
    assert len(discover([tmp_path])) == 4


def test_files_of_no_article_type_in_a_folder_are_listed_as_unread(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "scan.pdf", "sub/notes.docx", "gold.yaml", "manifest.csv", "a.txt.meta.json", ".DS_Store"):
        (tmp_path / name).write_text("x")
    assert [i.source_path for i in discover([tmp_path])] == ["a.txt"]
    assert unread_files([tmp_path]) == ["gold.yaml", "scan.pdf", "sub/notes.docx"]
    assert unread_files([tmp_path / "scan.pdf"]) == []  # a file named alone is read, and rejected with its reason


def test_files_of_the_same_name_in_two_input_folders_keep_apart(tmp_path):
    """Several inputs: `source_path` is relative to the folder that holds them all; one input folder: to it."""
    for folder, text in (("d1", "The mayor said on Monday."), ("d2", "The minister said on Tuesday.")):
        (tmp_path / folder / "sub").mkdir(parents=True)
        (tmp_path / folder / "a.txt").write_text(text)
        (tmp_path / folder / "sub" / "b.txt").write_text(text + " Again.")
        (tmp_path / folder / "notes.pdf").write_text("not read")
    both = [str(tmp_path / "d1"), str(tmp_path / "d2")]
    assert [i.source_path for i in discover(both)] == ["d1/a.txt", "d1/sub/b.txt", "d2/a.txt", "d2/sub/b.txt"]
    assert unread_files(both) == ["d1/notes.pdf", "d2/notes.pdf"]
    named = [str(tmp_path / "d1" / "a.txt"), str(tmp_path / "d2" / "a.txt")]
    assert [i.source_path for i in discover(named)] == ["d1/a.txt", "d2/a.txt"]
    assert [i.source_path for i in discover([str(tmp_path / "d1")])] == ["a.txt", "sub/b.txt"]
    assert [i.source_path for i in discover([str(tmp_path / "d1" / "a.txt")])] == ["a.txt"]
