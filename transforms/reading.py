"""Input files to decoded text and metadata: every named input comes back, read or rejected with a reason."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import logging
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, Iterator, Mapping, Sequence
from urllib.parse import urlsplit

import trafilatura

from newsfacts.transforms.dates import as_date
from newsfacts.transforms.filetypes import (
    FEED_EXTENSIONS,
    JSON_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    WARC_SUFFIXES,
)

logger = logging.getLogger(__name__)

MAX_FEED_BYTES = 50_000_000
WARC_RECORD_TYPES = ("response", "resource")  # records that carry a document; request, metadata... are counted
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Query parameters that only track a click, dropped when URLs are matched.
TRACKING_PARAMS = re.compile(r"^(?:utm_\w+|fbclid|gclid|ocid|cmpid|ref)=", re.IGNORECASE)
MANIFEST_NAME = "manifest.csv"
SIDECAR_SUFFIX = ".meta.json"
METADATA_KEYS = ("url", "outlet", "published_at", "title")

# Field names seen in the wild for each metadata key, first match wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "uri"),
    "outlet": ("outlet", "source", "site_name", "sitename", "publisher"),
    "published_at": ("published_at", "date", "publishedAt", "published", "pub_date", "datetime"),
    "title": ("title", "headline"),
}
TEXT_KEYS = ("text", "body", "content", "article")
# A .json file may wrap its records in one of these keys.
RECORD_LIST_KEYS = ("articles", "records", "items", "data")
BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
BINARY_SNIFF_BYTES = 8192
MAX_REPLACEMENT_SHARE = 0.01
# A text file may hold a stray NUL byte (stripped when cleaning); more than this share of the first
# 8 KiB means the file is binary.
MAX_NUL_SHARE = 0.01
# Guards on JSON: nesting deeper than any article record needs is refused before the parser recurses
# (json raises RecursionError near 1,000 levels); a .json file is parsed whole, so its size is bounded;
# a .jsonl file is read one line at a time and only each line is bounded.
MAX_JSON_DEPTH = 64
MAX_JSON_FILE_BYTES = 100_000_000
MAX_JSONL_LINE_BYTES = 100_000_000
MAX_SIDECAR_BYTES = 1_000_000
# Strings, then brackets: a string is skipped whole (an unclosed one runs to the end), so a scan is linear.
JSON_TOKENS = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[\[\]{}]', re.DOTALL)
# Lone surrogates (from JSON "\ud800" escapes) cannot be written as UTF-8.
SURROGATES = re.compile("[\ud800-\udfff]")
# A DOCTYPE with an internal subset declares entities (the "billion laughs" bomb); lxml's HTML parser does
# not expand them, but would keep the declarations as text. Anchored and bounded: one linear scan.
DOCTYPE_SUBSET = re.compile(r"\A\s*<!DOCTYPE[^\[>]{0,200}\[[^\]]*\][^>]{0,200}>", re.IGNORECASE)
# A page whose main text has no line of this many words that ends like a sentence is navigation, not an article.
MIN_PROSE_WORDS = 6
HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
# A JSON text field may hold an HTML fragment ("<p>...</p>") rather than a whole page.
HTML_FRAGMENT = re.compile(r"\s*<[a-zA-Z!][^<>]*>.*</[a-zA-Z][a-zA-Z0-9]*\s*>", re.DOTALL)

# Markdown syntax to plain prose; order matters (images before links, bold before italics).
# Every pattern is linear in the text: a span may not contain its own opening delimiter and is bounded
# in length, so an opener without a closer costs a short scan, not a scan to the end of the text.
MARKDOWN_RULES: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(r"^[ \t]*(?:```|~~~).*$", re.MULTILINE), ""),  # code fences
    (re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S+.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*+){3,}$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"^[ \t]{0,3}(?:=++|-++)[ \t]*+$", re.MULTILINE), ""),  # setext heading underlines
    (
        re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+([^\n]*+)", re.MULTILINE),
        lambda m: _heading_text(m.group(1)),
    ),  # ATX headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^([ \t]*+)[-*+][ \t]+", re.MULTILINE), r"\1"),  # bullet markers
    (re.compile(r"!\[[^\[\]]{0,500}\]\([^()]{0,2000}\)"), ""),  # images
    (re.compile(r"!\[[^\[\]]{0,500}\]\[[^\[\]]{0,500}\]"), ""),
    (re.compile(r"\[([^\[\]]{1,500})\]\([^()]{0,2000}\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\[\]]{1,500})\]\[[^\[\]]{0,500}\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto):[^<>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)((?:(?!\1)[^\n]){1,1000}?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,1000}?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # italics with *
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,1000}?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # italics with _
    (re.compile(r"~~(?=\S)((?:(?!~~)[^\n]){1,1000}?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # backslash escapes
)


@dataclass(frozen=True, slots=True)
class WarcRecordRef:
    """Where a WARC record lies (read when its batch is read, never held from discovery) and what its
    headers say: the record id, target URL, fetch date and the HTTP content type."""

    offset: int
    length: int
    record_id: str
    url: str | None
    fetched: dt.date | None
    content_type: str


@dataclass(frozen=True, slots=True)  # slots: a JSONL file of a million short records is a million items
class InputFile:
    path: Path
    source_path: str
    record: dict | None
    metadata: dict = field(default_factory=dict)
    # A JSONL record is read from its own line when the batch reads it: (byte offset, line number, length).
    line: tuple[int, int, int] | None = None
    # Why discovery already knows this input must not be read (a symlink out of the folder, a FIFO...).
    problem: str | None = None
    # A record of a WARC file, read from its offset when the batch reads it.
    warc: WarcRecordRef | None = None
    # Why this input is read but not taken as an article (a WARC record that is not HTML): status skipped.
    skip: str | None = None
    # Metadata of the feeds found among the inputs, by normalised URL (one mapping shared by every item).
    feeds: Mapping[str, dict] | None = None


@dataclass(frozen=True)
class RawDocument:
    source_path: str
    text: str | None
    encoding: str | None
    n_bytes: int
    content_sha256: str | None
    metadata: dict
    error: str | None
    skipped: bool = False  # the error says why the input was skipped rather than rejected


class RejectedInput(Exception):
    """A reason to reject an input, carried to the one place that builds the rejected record."""


class SkippedInput(RejectedInput):
    """A reason to skip an input that was read fine but is not an article for this pipeline."""


# ---------------------------------------------------------------- discovery


def discover(
    inputs: Sequence[str | Path],
    manifest: str | Path | None = None,
    records: bool = True,
) -> list[InputFile]:
    """Input files and folders to a sorted, stable list; named inputs are never dropped, only rejected later.

    Inside a folder, only what lies in that folder is read: a symlink that leads out of it, a link that
    leads nowhere or in a loop, and anything that is not a regular file (a FIFO is never opened) become
    items with the reason they are not read. With `records=False` a JSON or JSONL file stays one item
    instead of being listed record by record (a cheap count of the inputs)."""
    explicit = _read_manifest(Path(manifest)) if manifest is not None else {}
    found: dict[str, list[InputFile]] = {}
    feeds: list[Path] = []
    base = naming_base(inputs)
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            manifests = {p.parent.resolve(): _read_manifest(p) for p in folder_manifests([root])}
            for path, problem in _walk(root):
                source_path = source_name(root, path.relative_to(root), base)
                if problem is not None:
                    _add(found, [InputFile(path, source_path, None, _empty_metadata(), problem=problem)])
                    continue
                if _is_feed_name(path.name):
                    feeds.append(path)
                    continue
                meta = _manifest_entry(path, explicit) or _nearest_manifest_entry(path, root, manifests)
                _add(found, _expand(path, source_path, meta, records))
        elif _is_feed_name(root.name) and root.is_file():
            feeds.append(root)
        else:
            # A named file is kept whatever it is; read_document says why it cannot be read.
            local = _read_manifest(root.parent / MANIFEST_NAME)
            meta = _manifest_entry(root, explicit) or _manifest_entry(root, local)
            _add(found, _expand(root, source_name(root.parent, Path(root.name), base), meta, records))
    items = sorted(
        (item for items in found.values() for item in items), key=lambda item: (item.source_path, str(item.path))
    )
    index = read_feeds(sorted(set(feeds), key=str))
    return [replace(item, feeds=index) for item in items] if index else items


def naming_base(inputs: Sequence[str | Path]) -> Path | None:
    """What `source_path` is relative to when several inputs are given: the folder that holds them all (an
    input folder, or a named file's folder), so that `d1/a.txt` and `d2/a.txt` stay apart. None for one input:
    then a file in the input folder is named relative to that folder, a named file by its name."""
    if len(inputs) < 2:
        return None
    folders = [os.path.abspath(g) if Path(g).is_dir() else os.path.dirname(os.path.abspath(g)) for g in inputs]
    return Path(os.path.commonpath(folders))


def source_name(root: Path, relative: Path, base: Path | None) -> str:
    """The `source_path` of a file at `relative` under the input folder `root` (see `naming_base`)."""
    if base is not None:
        relative = Path(os.path.abspath(root)).relative_to(base) / relative
    return display_path(relative.as_posix())


def folder_manifests(inputs: Sequence[str | Path]) -> list[Path]:
    """The manifest.csv files inside the input folders, which `discover` reads without being told."""
    return [path for given in inputs if Path(given).is_dir() for path in sorted(Path(given).rglob(MANIFEST_NAME))]


def display_path(name: str) -> str:
    """A file name as text that can be stored: bytes that are not UTF-8 (kept by the OS as lone
    surrogates) are written as backslash escapes, so b'caf\\xe9.txt' becomes 'caf\\\\xe9.txt'."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _add(found: dict[str, list[InputFile]], items: list[InputFile]) -> None:
    """Each file (and so each of its records) once, even when named alone and through its folder;
    same-named files elsewhere stay. The items of one call all come from one file."""
    item = items[0]
    found.setdefault(str(item.path) if item.problem is not None else str(item.path.resolve()), items)


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """Article files under a folder, each with None or the reason it is not read; symlinks not followed."""
    top = root.resolve()
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]):
            path = Path(folder) / name
            if not _is_candidate_name(name):
                if path.is_symlink() and not path.exists():
                    logger.warning("skipped %s: broken symbolic link", display_path(str(path)))
                elif path.is_symlink() and path.is_dir():
                    logger.warning("skipped %s: links to folders are not followed", display_path(str(path)))
                continue
            problem = _link_problem(path, top) if path.is_symlink() else None
            if problem is None:
                try:
                    mode = path.stat().st_mode  # a link's target; not opened, so a FIFO cannot block
                except OSError as exc:
                    problem = f"unreadable: [Errno {exc.errno}] {exc.strerror}"
                else:
                    if stat.S_ISDIR(mode):
                        continue  # a folder inside the input folder: its files are listed where they are
                    if not stat.S_ISREG(mode):
                        problem = f"not a regular file ({_file_kind(mode)}): not opened"
            yield path, problem


def _link_problem(path: Path, top: Path) -> str | None:
    """Why a symlink found in a folder must not be read: it leads nowhere, in a loop, or out of the folder."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "dangling symbolic link: its target does not exist"
    except (RuntimeError, OSError) as exc:  # Python 3.11 raises RuntimeError for a loop, later versions OSError
        if "loop" in str(exc).lower() or getattr(exc, "errno", None) == 40:
            return "symbolic link loop"
        return f"unreadable symbolic link: {exc}"
    if target != top and top not in target.parents:
        return "symbolic link to outside the input folder: not read"
    return None


def _file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    for test, kind in (
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
    ):
        if test(mode):
            return kind
    return "special file"


def unread_files(inputs: Sequence[str | Path]) -> list[str]:
    """Files in the input folders that are no article, web archive or feed (a PDF, a gold file, notes), and so
    are not read: listed so that the run can say so (the manifest, sidecars and hidden files are not)."""
    unread = []
    base = naming_base(inputs)
    for given in inputs:
        root = Path(given)
        if not root.is_dir():
            continue
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                if not _is_candidate_name(name) and not _is_metadata_name(name):
                    unread.append(source_name(root, (Path(folder) / name).relative_to(root), base))
    return unread


def _is_metadata_name(name: str) -> bool:
    """The manifest, a sidecar or a hidden file: read with the articles or on purpose never."""
    return name == MANIFEST_NAME or name.endswith(SIDECAR_SUFFIX) or name.startswith(".")


def _is_candidate_name(name: str) -> bool:
    """A name in a searched folder that is an article, a web archive or a feed, not other metadata or a
    hidden file."""
    return (
        (Path(name).suffix.lower() in SUPPORTED_EXTENSIONS + FEED_EXTENSIONS or _is_warc_name(name))
        and name != MANIFEST_NAME
        and not name.endswith(SIDECAR_SUFFIX)
        and not name.startswith(".")
    )


def _is_warc_name(name: str) -> bool:
    """A web archive by its name: .warc or .warc.gz."""
    return name.lower().endswith(WARC_SUFFIXES)


def _is_feed_name(name: str) -> bool:
    """An RSS/Atom feed by its name."""
    return Path(name).suffix.lower() in FEED_EXTENSIONS


def _expand(path: Path, source_path: str, manifest_meta: dict, records: bool = True) -> list[InputFile]:
    """One InputFile per article: a JSON file yields one per record, numbered unless it holds a single object;
    a WARC file one per document record, named by its record id.

    A JSONL file is only scanned for where its lines start; each line is parsed when its batch is read; a
    WARC file is scanned for where its records start, and each record is read when its batch is read."""
    meta = _merge(_empty_metadata(), manifest_meta, _read_sidecar(path))
    if records and _is_warc_name(path.name) and path.is_file():
        return _warc_items(path.resolve(), source_path, meta)
    suffix = path.suffix.lower()
    if not records or suffix not in JSON_EXTENSIONS or not path.is_file():
        return [InputFile(path.resolve() if path.exists() else path, source_path, None, meta)]
    resolved = path.resolve()
    if suffix == ".jsonl" and not _is_utf16(path):
        return _jsonl_items(resolved, source_path, meta)
    try:
        found, numbered = _json_records(path)
    except RejectedInput:
        return [InputFile(resolved, source_path, None, meta)]  # read_document repeats the check and says why
    if not numbered:
        return [InputFile(resolved, source_path, _as_record(found[0]), _merge(meta, _record_metadata(found[0])))]
    return [
        InputFile(resolved, f"{source_path}#{i}", _as_record(record), _merge(meta, _record_metadata(record)))
        for i, record in enumerate(found)
    ]


def _is_utf16(path: Path) -> bool:
    """Whether a file is UTF-16 or UTF-32 (its lines cannot be split on the byte b'\\n')."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(BINARY_SNIFF_BYTES)
    except OSError:
        return False
    return any(head.startswith(bom) for bom, enc in BOMS if enc != "utf-8-sig") or (
        _bomless_utf16(head[: len(head) - len(head) % 2]) is not None
    )


def _jsonl_items(path: Path, source_path: str, meta: dict) -> list[InputFile]:
    """One item per non-blank line of a JSONL file, by byte offset; the file is streamed, never held whole."""
    items: list[InputFile] = []
    try:
        with open(path, "rb") as handle:
            for offset, number, length, blank in _line_spans(handle):
                if not blank:
                    items.append(
                        InputFile(path, f"{source_path}#{len(items)}", None, meta, line=(offset, number, length))
                    )
    except OSError:
        return [InputFile(path, source_path, None, meta)]  # read_document says why it cannot be read
    if not items:
        return [InputFile(path, source_path, None, meta, problem="no records in JSONL file")]
    return items


def _warc_items(path: Path, source_path: str, meta: dict) -> list[InputFile]:
    """One item per response (or resource) record of a WARC file, by offset; the file is streamed, each
    record's payload skipped over, never held. Records that are not HTML become skipped items; other
    record types (request, metadata, warcinfo, revisit) are counted in the log. A file that breaks off
    keeps the records found before, plus one rejected item that says where it broke."""
    from warcio.exceptions import ArchiveLoadFailed

    items: list[InputFile] = []
    other: Counter = Counter()
    try:
        with open(path, "rb") as handle:
            for item in _warc_record_items(handle, path, source_path, meta, other):
                items.append(item)  # one by one: a file that breaks off keeps the records before
    except (OSError, ArchiveLoadFailed, EOFError, ValueError) as exc:
        items.append(
            InputFile(
                path,
                f"{source_path}#error",
                None,
                meta,
                problem=f"WARC unreadable after {len(items)} record(s): {_warc_failure(exc)}",
            )
        )
    skipped = Counter(item.skip for item in items if item.skip)
    logger.info(
        "%s: %d document record(s), %d of them skipped (%s); other records not read: %s",
        source_path,
        len(items),
        sum(skipped.values()),
        dict(skipped) or "none",
        dict(other) or "none",
    )
    if not items:
        return [InputFile(path, source_path, None, meta, problem="no response records in WARC file")]
    return items


def _warc_record_items(
    handle: BinaryIO, path: Path, source_path: str, meta: dict, other: Counter
) -> Iterator[InputFile]:
    """An item per document record of an open WARC file, in order; other record types counted in `other`."""
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(handle)
    for record in records:
        if record.rec_type not in WARC_RECORD_TYPES:
            other[f"{record.rec_type} record"] += 1
            continue
        http = record.http_headers if record.rec_type == "response" else None
        status = http.get_statuscode() if http is not None else "200"
        ref = _warc_ref(records, record, http)
        skip, problem = _warc_verdict(record, ref, status)
        record_meta = _merge(meta, {"url": ref.url}) if ref.url else meta
        yield InputFile(path, f"{source_path}#{ref.record_id}", None, record_meta, warc=ref, skip=skip, problem=problem)


def _warc_ref(records: Any, record: Any, http: Any) -> WarcRecordRef:
    """Where a record lies in its file and what its WARC and HTTP headers say."""
    headers = record.rec_headers
    content_type = ((http or headers).get_header("Content-Type") or "").strip()
    return WarcRecordRef(
        records.get_record_offset(),
        records.get_record_length(),
        headers.get_header("WARC-Record-ID") or f"<offset:{records.get_record_offset()}>",
        headers.get_header("WARC-Target-URI"),
        as_date(headers.get_header("WARC-Date")),
        content_type,
    )


def _warc_verdict(record: Any, ref: WarcRecordRef, status: Any) -> tuple[str | None, str | None]:
    """(skip, problem) of a record: truncated is a problem; not HTML or not a 2xx status is skipped."""
    missing = getattr(record.raw_stream, "limit", 0)  # what Content-Length promised, not there
    if missing:
        return None, f"WARC record truncated: {missing:,} byte(s) missing at the end of the file"
    media_type = ref.content_type.split(";")[0].strip()
    if media_type.lower() not in HTML_TYPES:
        return f"not HTML: {media_type or 'no content type'}", None
    if not str(status).startswith("2"):
        return f"HTTP status {status}", None
    return None, None


def _warc_failure(exc: Exception) -> str:
    """Why a WARC file could not be read on: the error's first line, or what to do about whole-file gzip."""
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(exc, ArchiveLoadFailed) and "non-chunked" in str(exc).lower():
        return "gzip is not per record (a whole-file .gz cannot be read record by record; recompress it with `warcio recompress`)"
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _line_spans(handle: BinaryIO, chunk: int = 1 << 20) -> Iterator[tuple[int, int, int, bool]]:
    """(offset, line number, length, blank) of each line, reading at most `chunk` bytes at a time, so
    that a huge line costs no more memory than a short one."""
    offset, number = 0, 0
    while True:
        start, length, blank = offset, 0, True
        while True:
            piece = handle.readline(chunk)
            if not piece:
                break
            length += len(piece)
            blank = blank and not piece.strip()
            if piece.endswith(b"\n"):
                break
        if not length:
            return
        number += 1
        offset += length
        yield start, number, length, blank


def _as_record(value: Any) -> dict | None:
    """A JSON value that can be an article record; anything else is left for read_document to reject."""
    return value if isinstance(value, dict) else None


def _json_records(path: Path) -> tuple[list[Any], bool]:
    """The records of a .json file (or a UTF-16 .jsonl) and whether they are numbered; a bad JSONL line
    stays as its error."""
    text, _ = _decode(_checked_bytes(path, max_bytes=MAX_JSON_FILE_BYTES))
    if path.suffix.lower() == ".jsonl":
        records: list[Any] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(_parse_json(line))
            except RejectedInput as exc:
                records.append(f"invalid JSON on line {number}: {exc}")
        if not records:
            raise RejectedInput("no records in JSONL file")
        return records, True
    try:
        data = _parse_json(text, located=True)
    except RejectedInput as exc:
        raise RejectedInput(f"invalid JSON: {exc}") from exc
    wrapped = _wrapped_records(data)
    if wrapped is not None:
        data = wrapped
    if isinstance(data, list):
        if not data:
            raise RejectedInput("no records in JSON file")
        return data, True
    return [data], False


def _parse_json(text: str, located: bool = False) -> Any:
    """A JSON value, refused with a reason when it nests deeper than MAX_JSON_DEPTH or does not parse
    (`located`: the reason says at which line and column)."""
    depth = 0
    for match in JSON_TOKENS.finditer(text):
        char = text[match.start()]
        if char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise RejectedInput(f"nested more than {MAX_JSON_DEPTH} levels deep at character {match.start()}")
        elif char in "]}":
            depth -= 1
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f" at line {exc.lineno} column {exc.colno}" if located else ""
        raise RejectedInput(f"{exc.msg}{where}") from exc
    except RecursionError as exc:  # the depth scan makes this unreachable; kept so it can never end a run
        raise RejectedInput("nested too deeply") from exc


def _wrapped_records(data: Any) -> list | None:
    """Records under an 'articles'/'items'-style key of a JSON object that has no text field itself."""
    if not isinstance(data, dict) or _text_field(data) is not None:
        return None
    for key in RECORD_LIST_KEYS:
        if isinstance(data.get(key), list):
            return data[key]
    return None


# ---------------------------------------------------------------- feeds


def read_feeds(paths: Sequence[Path]) -> dict[str, dict]:
    """Metadata of every entry of the RSS/Atom feeds, by normalised URL: url, title, published_at and
    outlet (the feed's title). The first feed (in path order) that lists a URL wins; a file that is not a
    feed is ignored with a warning."""
    import feedparser

    index: dict[str, dict] = {}
    for path in paths:
        name = display_path(str(path))
        try:
            parsed = feedparser.parse(_checked_bytes(path, MAX_FEED_BYTES))
        except RejectedInput as exc:
            logger.warning("feed %s ignored: %s", name, exc)
            continue
        if not parsed.entries:
            problem = parsed.get("bozo_exception")
            logger.warning("feed %s ignored: no entries%s", name, f" ({problem})" if problem else "")
            continue
        outlet = parsed.feed.get("title")
        n = 0
        for entry in parsed.entries:
            link = entry.get("link")
            if not link:
                continue
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            meta = {
                "url": link,
                "title": entry.get("title"),
                "outlet": outlet,
                "published_at": dt.date(*when[:3]) if when else parse_date(entry.get("published")),
            }
            meta = {k: scrub(v).strip() if isinstance(v, str) else v for k, v in meta.items()}
            index.setdefault(normalise_url(link), {k: v for k, v in meta.items() if v})
            n += 1
        logger.info("feed %s: %d entr%s with a link", name, n, "y" if n == 1 else "ies")
    return index


def normalise_url(url: str) -> str:
    """A URL as matched against feeds: no scheme, no "www.", no fragment, no trailing slash, no tracking
    parameters, host lower-cased."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = "&".join(q for q in parts.query.split("&") if q and not TRACKING_PARAMS.match(q))
    return f"{host}{port}{parts.path.rstrip('/') or '/'}" + (f"?{query}" if query else "")


def _feed_entry(feeds: Mapping[str, dict] | None, *urls: str | None) -> dict:
    """The feed metadata of the first of these URLs that a feed lists."""
    if not feeds:
        return {}
    for url in urls:
        if url:
            entry = feeds.get(normalise_url(url))
            if entry:
                return entry
    return {}


# ---------------------------------------------------------------- metadata


def _empty_metadata() -> dict:
    """Every metadata key present, so callers never test for missing keys."""
    return dict.fromkeys(METADATA_KEYS)


def _merge(*layers: dict) -> dict:
    """Later layers win, but only with values they actually have."""
    merged: dict = {}
    for layer in layers:
        merged.update({k: v for k, v in layer.items() if v is not None or k not in merged})
    return merged


def _normalise_metadata(fields: dict) -> dict:
    """Known metadata keys from a manifest row, sidecar or record, with the date parsed; other fields ignored."""
    out: dict = {}
    for key, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            value = fields.get(alias)
            if isinstance(value, dict):  # e.g. NewsAPI's "source": {"id": ..., "name": ...}
                value = value.get("name")
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            out[key] = parse_date(value) if key == "published_at" else scrub(str(value)).strip()
            break
    return out


def scrub(text: str) -> str:
    """Text that can be written as UTF-8: lone surrogates (JSON "\\ud800" escapes) become U+FFFD."""
    return SURROGATES.sub("\ufffd", text)


def parse_date(value: Any) -> dt.date | None:
    """A publication date from metadata; None if unknown (see transforms.dates.as_date)."""
    return as_date(value)


def _read_manifest(path: Path) -> dict[Path, dict]:
    """manifest.csv rows keyed by the absolute path they describe (column `path`, relative to the manifest)."""
    if not path.is_file():
        return {}
    try:
        text, _ = _decode(path.read_bytes())
    except (OSError, RejectedInput) as exc:
        logger.warning("manifest %s ignored: %s", path, exc)
        return {}
    rows: dict[Path, dict] = {}
    try:
        for row in csv.DictReader(text.splitlines()):
            rel = (row.get("path") or "").strip()
            if rel:
                rows[(path.parent / rel).resolve()] = _normalise_metadata(row)
    except csv.Error as exc:
        logger.warning("manifest %s ignored after %d row(s): %s", path, len(rows), exc)
    return rows


def _manifest_entry(path: Path, manifest: dict[Path, dict]) -> dict:
    """The manifest row for one file, or nothing."""
    return manifest.get(path.resolve(), {}) if manifest else {}


def _nearest_manifest_entry(path: Path, root: Path, manifests: dict[Path, dict[Path, dict]]) -> dict:
    """The row for a file in the closest manifest.csv at or above its folder, within the input root."""
    stop = root.resolve()
    folder = path.parent.resolve()
    while True:
        entry = _manifest_entry(path, manifests.get(folder, {}))
        if entry or folder == stop or folder == folder.parent:
            return entry
        folder = folder.parent


def _read_sidecar(path: Path) -> dict:
    """Metadata from `<file>.meta.json` (or `<stem>.meta.json`) beside the file."""
    for sidecar in (path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)):
        if sidecar.is_file():
            try:
                data = _parse_json(_decode(_checked_bytes(sidecar, MAX_SIDECAR_BYTES))[0], located=True)
            except RejectedInput as exc:
                logger.warning("sidecar %s ignored: %s", display_path(str(sidecar)), exc)
                return {}
            return _normalise_metadata(data) if isinstance(data, dict) else {}
    return {}


def _record_metadata(record: Any) -> dict:
    """Metadata fields of a JSON record."""
    return _normalise_metadata(record) if isinstance(record, dict) else {}


# ---------------------------------------------------------------- reading


@dataclass
class _Reading:
    """What is known of one input so far (metadata, size, hash, encoding): kept when it is rejected part way."""

    metadata: dict
    n_bytes: int = 0
    sha: str | None = None
    encoding: str | None = None


def read_document(item: InputFile, max_bytes: int = 10_000_000) -> RawDocument:
    """Decoded main text of one input, or the reason it cannot be read.

    Metadata is layered, the first that has a value wins: the manifest, sidecar or record (a WARC record's
    target URL); then the feed entry of the article's URL; then what the page says of itself (HTML meta
    tags, JSON-LD); last, a WARC record's fetch date as its publication date."""
    reading = _Reading(dict(item.metadata))
    fallback = {"published_at": item.warc.fetched} if item.warc is not None else {}
    try:
        text, page = _read_text(item, reading, max_bytes)
    except RejectedInput as exc:
        feed = _feed_entry(item.feeds, reading.metadata.get("url"))
        return RawDocument(
            item.source_path,
            None,
            reading.encoding,
            reading.n_bytes,
            reading.sha,
            _merge(fallback, feed, reading.metadata),
            str(exc),
            skipped=isinstance(exc, SkippedInput),
        )
    feed = _feed_entry(item.feeds, reading.metadata.get("url"), page.get("url"))
    return RawDocument(
        item.source_path,
        text,
        reading.encoding,
        reading.n_bytes,
        reading.sha,
        _merge(fallback, page, feed, reading.metadata),
        None,
    )


def _read_text(item: InputFile, reading: _Reading, max_bytes: int) -> tuple[str, dict]:
    """Plain text and page metadata of an input, by its kind; its size, hash and encoding go into `reading`
    as they are learnt. Raises RejectedInput (or SkippedInput) with the reason it cannot be read."""
    if item.problem is not None:
        raise RejectedInput(item.problem)
    if item.skip is not None:
        raise SkippedInput(item.skip)
    suffix = item.path.suffix.lower()
    if item.warc is None and item.record is None and item.line is None:
        _check_file(item.path, suffix, reading)
    if item.warc is not None:
        text, page, reading.n_bytes, reading.sha, reading.encoding = _warc_document(item.path, item.warc, max_bytes)
        return text, page
    if suffix in JSON_EXTENSIONS:
        return _json_text(item, reading, max_bytes)
    return _file_text(item.path, suffix, reading, max_bytes)


def _check_file(path: Path, suffix: str, reading: _Reading) -> None:
    """A whole file must exist, be a regular file and have a supported type; its size goes into `reading`."""
    if not path.exists():
        raise RejectedInput("not found")
    if not path.is_file():
        raise RejectedInput("not a regular file")
    reading.n_bytes = path.stat().st_size
    if suffix not in SUPPORTED_EXTENSIONS:
        raise RejectedInput(f"unsupported file type '{suffix or path.name}'")


def _json_text(item: InputFile, reading: _Reading, max_bytes: int) -> tuple[str, dict]:
    """The text field of a JSON record; a JSONL line's own fields join the metadata. A record's size and hash
    are those of its text as UTF-8, whatever the file's encoding."""
    if item.record is not None:
        record = item.record
    elif item.line is not None:
        record = _jsonl_record(item.path, item.line)
        reading.metadata = _merge(reading.metadata, _record_metadata(record))
    else:
        record = _failed_record(item)
    raw_text = _text_field(record)
    if raw_text is None:
        raise RejectedInput("no text field in JSON record (tried: " + ", ".join(TEXT_KEYS) + ")")
    raw = raw_text.encode("utf-8", "surrogatepass")
    reading.n_bytes, reading.sha, reading.encoding = len(raw), hashlib.sha256(raw).hexdigest(), "utf-8"
    _check_size(reading.n_bytes, max_bytes)
    raw_text = scrub(raw_text)
    return _to_plain(raw_text, ".html" if HTML_FRAGMENT.match(raw_text) else ".txt")


def _file_text(path: Path, suffix: str, reading: _Reading, max_bytes: int) -> tuple[str, dict]:
    """The text of a whole file, decoded; HTML saved under a .txt name is read as HTML."""
    raw = _checked_bytes(path, max_bytes)
    reading.n_bytes, reading.sha = len(raw), hashlib.sha256(raw).hexdigest()
    decoded, reading.encoding = _decode(raw)
    if suffix == ".txt" and HTML_START.match(decoded):
        suffix = ".html"
    return _to_plain(decoded, suffix)


def _warc_document(path: Path, ref: WarcRecordRef, max_bytes: int) -> tuple[str, dict, int, str, str]:
    """Main text and page metadata of one WARC record, read from its offset; with its payload's size,
    hash and encoding. The HTTP body comes decoded (chunked transfer, gzip or brotli content encoding)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as handle:
            handle.seek(ref.offset)
            record = next(iter(ArchiveIterator(handle)))
            raw = record.content_stream().read(max_bytes + 1)
    except (OSError, ArchiveLoadFailed, EOFError, StopIteration, ValueError) as exc:
        raise RejectedInput(f"WARC record unreadable at offset {ref.offset}: {exc or type(exc).__name__}") from exc
    if len(raw) > max_bytes:
        raise RejectedInput(f"record too large: more than {max_bytes:,} bytes (--max-bytes)")
    if not raw:
        raise RejectedInput("empty WARC record (0 bytes of content)")
    decoded, encoding = _decode_declared(raw, ref.content_type)
    text, page = _to_plain(decoded, ".html")
    return text, page, len(raw), hashlib.sha256(raw).hexdigest(), encoding


def _decode_declared(raw: bytes, content_type: str) -> tuple[str, str]:
    """Bytes in the charset the HTTP header declares, when Python knows it and it fits; else as any file."""
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    if match:
        try:
            return raw.decode(match.group(1)), match.group(1).lower()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: sniffed below like a file's bytes
    return _decode(raw)


def _jsonl_record(path: Path, line: tuple[int, int, int]) -> dict:
    """The record on one line of a JSONL file, read from its offset; a bad line is rejected alone."""
    offset, number, length = line
    if length > MAX_JSONL_LINE_BYTES:
        raise RejectedInput(f"line {number} too large: {length:,} bytes > limit {MAX_JSONL_LINE_BYTES:,}")
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            raw = handle.read(length)
    except OSError as exc:
        raise RejectedInput(f"unreadable: [Errno {exc.errno}] {exc.strerror}") from exc
    try:
        record = _parse_json(_decode(raw)[0])
    except RejectedInput as exc:
        raise RejectedInput(f"invalid JSON on line {number}: {exc}") from exc
    if not isinstance(record, dict):
        raise RejectedInput(f"JSON record is {type(record).__name__}, not an object")
    return record


def _failed_record(item: InputFile) -> Any:
    """Why a JSON input has no usable record: the file, the line or the value is not an article object."""
    records, numbered = _json_records(item.path)
    _, _, index = item.source_path.rpartition("#")
    position = int(index) if numbered and index.isdigit() else 0
    record = records[position] if position < len(records) else None
    if isinstance(record, str) and numbered and item.path.suffix.lower() == ".jsonl":
        raise RejectedInput(record)  # the parse error kept for this line
    if not isinstance(record, dict):
        raise RejectedInput(f"JSON record is {type(record).__name__}, not an object")
    return record


def _text_field(record: Any) -> str | None:
    """The article text of a JSON record under the first known key that holds a string."""
    if not isinstance(record, dict):
        return None
    for key in TEXT_KEYS:
        if isinstance(record.get(key), str):
            return record[key]
    return None


def _check_size(n_bytes: int, max_bytes: int | None) -> None:
    """Reject an input over the size limit before it costs memory."""
    if max_bytes is not None and n_bytes > max_bytes:
        raise RejectedInput(f"file too large: {n_bytes:,} bytes > limit {max_bytes:,} (--max-bytes)")


def _checked_bytes(path: Path, max_bytes: int | None) -> bytes:
    """The raw bytes of a regular file that exists, fits the limit, is not empty and is not binary;
    anything else (a FIFO, a device) is never opened, so reading cannot block."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise RejectedInput(f"not a regular file ({_file_kind(info.st_mode)}): not opened")
        _check_size(info.st_size, max_bytes)
        raw = path.read_bytes()
    except OSError as exc:
        reason = f"[Errno {exc.errno}] {exc.strerror}" if exc.strerror else str(exc)
        raise RejectedInput(f"unreadable: {reason}") from exc
    if not raw:
        raise RejectedInput("empty file (0 bytes)")
    _check_size(len(raw), max_bytes)
    return raw


def _decode(raw: bytes) -> tuple[str, str]:
    """Bytes to text: BOM, then UTF-8, then BOM-less UTF-16, then line by line UTF-8 or cp1252.

    A file that mixes UTF-8 lines with cp1252 lines (pasted from two sources) is decoded per line and
    its encoding says "mixed"; cp1252 is accepted only with few replacement characters."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise RejectedInput(f"undecodable bytes: {encoding} BOM but invalid {encoding} ({exc.reason})") from exc
    utf16 = _bomless_utf16(raw)
    if utf16 is not None:
        return utf16
    head = raw[:BINARY_SNIFF_BYTES]
    if head.count(0) > MAX_NUL_SHARE * len(head):
        raise RejectedInput("binary content (NUL bytes in first 8 KiB)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8 throughout: decide line by line below
    lines, kinds = [], set()
    for line in raw.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
            if not line.isascii():
                kinds.add("utf-8")
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
            kinds.add("cp1252")
    text = "\n".join(lines)
    if text.count("\ufffd") > MAX_REPLACEMENT_SHARE * len(text):
        raise RejectedInput(
            "undecodable bytes: not valid UTF-8/UTF-16 and more than 1% replacement characters under cp1252"
        )
    return text, ("cp1252" if kinds == {"cp1252"} else "mixed utf-8/cp1252 (per line)")


def _bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM: ASCII-heavy text has a NUL in every other byte, always on the same side."""
    head = raw[:BINARY_SNIFF_BYTES]
    if len(head) < 4 or len(raw) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for nul_side, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nul_side.count(0) >= 0.9 * len(nul_side) and other.count(0) == 0:
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def _to_plain(text: str, suffix: str) -> tuple[str, dict]:
    """Plain prose, and metadata found in the markup (title; for HTML also date, outlet, URL), by file type."""
    if suffix in (".html", ".htm"):
        return _html_to_text(text)
    if not text.strip():
        raise RejectedInput("no text (only white space)")
    if suffix == ".md":
        return _markdown_to_text(text), {"title": _markdown_title(text)}
    return text, {}


def _html_to_text(html: str) -> tuple[str, dict]:
    """Main content of an HTML page (trafilatura), paragraphs separated by a blank line, and the page's own
    metadata: og:title/title, article:published_time or JSON-LD datePublished, og:site_name, canonical URL."""
    html = DOCTYPE_SUBSET.sub("<!DOCTYPE html>", html, count=1)
    body = trafilatura.extract(html, include_comments=False, include_tables=False, include_images=False)
    if not body:
        # Very short pages fall below trafilatura's extraction threshold; its baseline still finds the text.
        _, body, _ = trafilatura.baseline(html)
    if not body or not body.strip():
        raise RejectedInput("no main content found in HTML")
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if not any(_is_prose(line) for line in paragraphs):
        raise RejectedInput(
            f"no article text in HTML: {len(paragraphs)} short line(s) such as menus or links, no sentence"
        )
    return "\n\n".join(paragraphs), _page_metadata(html)


def _is_prose(line: str) -> bool:
    """A line that reads as a sentence: a few words and a closing punctuation mark."""
    return len(line.split()) >= 3 and line.rstrip("\"'”’)]»").endswith((".", "!", "?", ":", ";"))


def _page_metadata(html: str) -> dict:
    """What an HTML page says about itself, through trafilatura's metadata (htmldate for the date, without
    guessing from the running text)."""
    found = trafilatura.extract_metadata(html, extensive=False)
    if found is None:
        return {}
    page = {"title": found.title, "outlet": found.sitename, "url": found.url, "published_at": parse_date(found.date)}
    return {k: scrub(v).strip() if isinstance(v, str) else v for k, v in page.items() if v}


def _markdown_to_text(text: str) -> str:
    """Markdown syntax removed, so the text is plain prose."""
    for pattern, replacement in MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return text.rstrip()


def _markdown_title(text: str) -> str | None:
    """The first top-level heading when it is the first thing in the file."""
    for line in text.splitlines():
        if line.strip():
            match = re.match(r"[ \t]{0,3}#[ \t]+(.*)", line)
            return _markdown_to_text(_heading_text(match.group(1))).strip() if match else None
    return None


def _heading_text(line: str) -> str:
    """A heading's words without trailing spaces and closing hashes ("Title ##"), by string methods
    rather than a backtracking pattern, so a long run of spaces costs one pass."""
    text = line.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare and bare[-1] in " \t":
        text = bare.rstrip(" \t")
    return text
