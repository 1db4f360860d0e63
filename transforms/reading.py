"""Input files to decoded text and metadata: every named input comes back, read or rejected with a reason."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import trafilatura

from transforms.dates import as_date

LOGGER = logging.getLogger(__name__)

TEXT_EXTENSIONS = (".txt", ".md", ".html", ".htm")
JSON_EXTENSIONS = (".json", ".jsonl")
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + JSON_EXTENSIONS
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
HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
# A JSON text field may hold an HTML fragment ("<p>...</p>") rather than a whole page.
HTML_FRAGMENT = re.compile(r"\s*<[a-zA-Z!][^<>]*>.*</[a-zA-Z][a-zA-Z0-9]*\s*>", re.DOTALL)

# Markdown syntax to plain prose; order matters (images before links, bold before italics).
MARKDOWN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*(?:```|~~~).*$", re.MULTILINE), ""),                 # code fences
    (re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),     # horizontal rules
    (re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$", re.MULTILINE), ""),         # setext heading underlines
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),                  # block quotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE), r"\1"),             # bullet markers
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                              # images
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                          # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),                         # reference links
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),                  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),                  # bold
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # italics with *
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),    # italics with _
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),                         # strikethrough
    (re.compile(r"`([^`\n]+)`"), r"\1"),                                    # inline code
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),                   # backslash escapes
)


@dataclass(frozen=True)
class InputFile:
    path: Path
    source_path: str
    record: dict | None
    metadata: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RawDocument:
    source_path: str
    text: str | None
    encoding: str | None
    n_bytes: int
    content_sha256: str | None
    metadata: dict
    error: str | None


class RejectedInput(Exception):
    """A reason to reject an input, carried to the one place that builds the rejected record."""


# ---------------------------------------------------------------- discovery

def discover(
    inputs: Sequence[str | Path], manifest: str | Path | None = None, records: bool = True,
) -> list[InputFile]:
    """Input files and folders to a sorted, stable list; named inputs are never dropped, only rejected later.

    With `records=False` a JSON or JSONL file stays one item instead of being parsed into its records
    (a cheap count of the inputs)."""
    explicit = _read_manifest(Path(manifest)) if manifest is not None else {}
    found: dict[tuple[str, str], InputFile] = {}
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            manifests = {p.parent.resolve(): _read_manifest(p) for p in sorted(root.rglob(MANIFEST_NAME))}
            for path in sorted(p for p in root.rglob("*") if _is_candidate(p)):
                source_path = path.relative_to(root).as_posix()
                meta = _manifest_entry(path, explicit) or _nearest_manifest_entry(path, root, manifests)
                _add(found, _expand(path, source_path, meta, records))
        else:
            # A named file is kept whatever it is; read_document says why it cannot be read.
            local = _read_manifest(root.parent / MANIFEST_NAME)
            meta = _manifest_entry(root, explicit) or _manifest_entry(root, local)
            _add(found, _expand(root, root.name, meta, records))
    return sorted(found.values(), key=lambda item: (item.source_path, str(item.path)))


def _add(found: dict[tuple[str, str], InputFile], items: list[InputFile]) -> None:
    """Each file (or record) once, even when named alone and through its folder; same-named files elsewhere stay."""
    for item in items:
        record = item.source_path.rpartition("#")[2] if "#" in item.source_path else ""
        found.setdefault((str(item.path.resolve()), record), item)


def _is_candidate(path: Path) -> bool:
    """A file in a searched folder that is an article, not metadata or a hidden file."""
    name = path.name
    return (
        path.is_file()
        and path.suffix.lower() in SUPPORTED_EXTENSIONS
        and name != MANIFEST_NAME
        and not name.endswith(SIDECAR_SUFFIX)
        and not name.startswith(".")
    )


def _expand(path: Path, source_path: str, manifest_meta: dict, records: bool = True) -> list[InputFile]:
    """One InputFile per article: a JSON file yields one per record, numbered unless it holds a single object."""
    meta = _merge(_empty_metadata(), manifest_meta, _read_sidecar(path))
    if not records or path.suffix.lower() not in JSON_EXTENSIONS or not path.is_file():
        return [InputFile(path.resolve() if path.exists() else path, source_path, None, meta)]
    try:
        records, numbered = _json_records(path)
    except RejectedInput:
        return [InputFile(path.resolve(), source_path, None, meta)]  # read_document repeats the check and says why
    if not numbered:
        return [InputFile(path.resolve(), source_path, _as_record(records[0]), _merge(meta, _record_metadata(records[0])))]
    return [
        InputFile(path.resolve(), f"{source_path}#{i}", _as_record(record), _merge(meta, _record_metadata(record)))
        for i, record in enumerate(records)
    ]


def _as_record(value: Any) -> dict | None:
    """A JSON value that can be an article record; anything else is left for read_document to reject."""
    return value if isinstance(value, dict) else None


def _json_records(path: Path) -> tuple[list[Any], bool]:
    """The records of a .json or .jsonl file and whether they are numbered; a bad JSONL line stays as its error."""
    text, _ = _decode(_checked_bytes(path, max_bytes=None))
    if path.suffix.lower() == ".jsonl":
        records: list[Any] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                records.append(f"invalid JSON on line {number}: {exc.msg}")
        if not records:
            raise RejectedInput("no records in JSONL file")
        return records, True
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RejectedInput(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    wrapped = _wrapped_records(data)
    if wrapped is not None:
        data = wrapped
    if isinstance(data, list):
        if not data:
            raise RejectedInput("no records in JSON file")
        return data, True
    return [data], False


def _wrapped_records(data: Any) -> list | None:
    """Records under an 'articles'/'items'-style key of a JSON object that has no text field itself."""
    if not isinstance(data, dict) or _text_field(data) is not None:
        return None
    for key in RECORD_LIST_KEYS:
        if isinstance(data.get(key), list):
            return data[key]
    return None


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
            out[key] = parse_date(value) if key == "published_at" else str(value).strip()
            break
    return out


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
        LOGGER.warning("manifest %s ignored: %s", path, exc)
        return {}
    rows: dict[Path, dict] = {}
    for row in csv.DictReader(text.splitlines()):
        rel = (row.get("path") or "").strip()
        if rel:
            rows[(path.parent / rel).resolve()] = _normalise_metadata(row)
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
                data = json.loads(_decode(sidecar.read_bytes())[0])
            except (OSError, RejectedInput, json.JSONDecodeError) as exc:
                LOGGER.warning("sidecar %s ignored: %s", sidecar, exc)
                return {}
            return _normalise_metadata(data) if isinstance(data, dict) else {}
    return {}


def _record_metadata(record: Any) -> dict:
    """Metadata fields of a JSON record."""
    return _normalise_metadata(record) if isinstance(record, dict) else {}


# ---------------------------------------------------------------- reading

def read_document(item: InputFile, max_bytes: int = 10_000_000) -> RawDocument:
    """Decoded main text of one input, or the reason it cannot be read."""
    metadata = dict(item.metadata)
    n_bytes, sha, encoding = 0, None, None
    try:
        suffix = item.path.suffix.lower()
        if item.record is None:
            if not item.path.exists():
                raise RejectedInput("not found")
            if not item.path.is_file():
                raise RejectedInput("not a regular file")
            n_bytes = item.path.stat().st_size
            if suffix not in SUPPORTED_EXTENSIONS:
                raise RejectedInput(f"unsupported file type '{suffix or item.path.name}'")
        if suffix in JSON_EXTENSIONS:
            # A record's size and hash are those of its text as UTF-8, whatever the file's encoding.
            record = item.record if item.record is not None else _failed_record(item)
            raw_text = _text_field(record)
            if raw_text is None:
                raise RejectedInput("no text field in JSON record (tried: " + ", ".join(TEXT_KEYS) + ")")
            raw = raw_text.encode("utf-8")
            n_bytes, sha, encoding = len(raw), hashlib.sha256(raw).hexdigest(), "utf-8"
            _check_size(n_bytes, max_bytes)
            text, title = _to_plain(raw_text, ".html" if HTML_FRAGMENT.match(raw_text) else ".txt")
        else:
            raw = _checked_bytes(item.path, max_bytes)
            n_bytes, sha = len(raw), hashlib.sha256(raw).hexdigest()
            decoded, encoding = _decode(raw)
            if suffix == ".txt" and HTML_START.match(decoded):
                suffix = ".html"  # HTML saved under a .txt name
            text, title = _to_plain(decoded, suffix)
    except RejectedInput as exc:
        return RawDocument(item.source_path, None, encoding, n_bytes, sha, metadata, str(exc))
    if metadata.get("title") is None and title:
        metadata["title"] = title
    return RawDocument(item.source_path, text, encoding, n_bytes, sha, metadata, None)


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
    """The raw bytes of a file that exists, fits the limit, is not empty and is not binary."""
    try:
        _check_size(path.stat().st_size, max_bytes)
        raw = path.read_bytes()
    except OSError as exc:
        reason = f"[Errno {exc.errno}] {exc.strerror}" if exc.strerror else str(exc)
        raise RejectedInput(f"unreadable: {reason}") from exc
    if not raw:
        raise RejectedInput("empty file (0 bytes)")
    _check_size(len(raw), max_bytes)
    return raw


def _decode(raw: bytes) -> tuple[str, str]:
    """Bytes to text: BOM, then UTF-8, then BOM-less UTF-16, then cp1252 if it needs few replacements."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise RejectedInput(f"undecodable bytes: {encoding} BOM but invalid {encoding} ({exc.reason})") from exc
    utf16 = _bomless_utf16(raw)
    if utf16 is not None:
        return utf16
    if b"\x00" in raw[:BINARY_SNIFF_BYTES]:
        raise RejectedInput("binary content (NUL bytes in first 8 KiB)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: fall back to the Windows code page below
    text = raw.decode("cp1252", errors="replace")
    if text.count("\ufffd") > MAX_REPLACEMENT_SHARE * len(text):
        raise RejectedInput(
            "undecodable bytes: not valid UTF-8/UTF-16 and more than 1% replacement characters under cp1252"
        )
    return text, "cp1252"


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


def _to_plain(text: str, suffix: str) -> tuple[str, str | None]:
    """Plain prose and a title found in the markup, by file type."""
    if suffix in (".html", ".htm"):
        return _html_to_text(text)
    if not text.strip():
        raise RejectedInput("no text (only white space)")
    if suffix == ".md":
        return _markdown_to_text(text), _markdown_title(text)
    return text, None


def _html_to_text(html: str) -> tuple[str, str | None]:
    """Main content of an HTML page (trafilatura), paragraphs separated by a blank line, and its title."""
    body = trafilatura.extract(html, include_comments=False, include_tables=False, include_images=False)
    if not body:
        # Very short pages fall below trafilatura's extraction threshold; its baseline still finds the text.
        _, body, _ = trafilatura.baseline(html)
    if not body or not body.strip():
        raise RejectedInput("no main content found in HTML")
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata is not None and metadata.title else None
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    return "\n\n".join(paragraphs), title


def _markdown_to_text(text: str) -> str:
    """Markdown syntax removed, so the text is plain prose."""
    for pattern, replacement in MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return text.rstrip()


def _markdown_title(text: str) -> str | None:
    """The first top-level heading when it is the first thing in the file."""
    for line in text.splitlines():
        if line.strip():
            match = re.match(r"[ \t]{0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", line)
            return _markdown_to_text(match.group(1)).strip() if match else None
    return None
