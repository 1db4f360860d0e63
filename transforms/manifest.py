"""A manifest named by the user (`--manifest FILE`): each row's `path` found relative to the manifest's
own folder or to an input folder, and the rows that describe no input counted, never dropped silently."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence


class ManifestError(ValueError):
    """The manifest cannot be read at all."""


@dataclass
class ResolvedManifest:
    """The manifest's rows with absolute paths (as CSV text), the rows that matched no input, and the rows with
    more fields than the header (an unquoted comma in a note), whose extra fields are left out."""

    text: str
    rows: int
    unmatched: list[str] = field(default_factory=list)
    ragged: list[str] = field(default_factory=list)


def read_manifest_text(path: Path) -> str:
    """The manifest's text: UTF-8 (with or without BOM), else cp1252."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ManifestError(f"cannot read manifest {path}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def resolve_manifest(path: Path, inputs: Sequence[str | Path], known: set[Path]) -> ResolvedManifest:
    """Each row's `path`, tried relative to the manifest's folder, then to each input folder (a named
    file's own folder); the first that is a known input wins, else the first that exists. `known` holds
    the resolved paths of the discovered inputs."""
    text = read_manifest_text(path)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "path" not in reader.fieldnames:
        raise ManifestError(f"manifest {path} has no `path` column (columns: {', '.join(reader.fieldnames or [])})")
    bases = [path.parent]
    for given in inputs:
        folder = Path(given) if Path(given).is_dir() else Path(given).parent
        if folder not in bases:
            bases.append(folder)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=reader.fieldnames, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    rows, unmatched, ragged = 0, [], []
    for row in reader:
        rel = (row.get("path") or "").strip()
        if not rel:
            continue
        rows += 1
        if row.get(None):  # csv.DictReader files the fields past the header's under the key None
            ragged.append(rel)
        candidates = [(base / rel).resolve() for base in bases]
        found = next((c for c in candidates if c in known), None)
        if found is None:
            unmatched.append(rel)
            found = next((c for c in candidates if c.exists()), candidates[0])
        writer.writerow({**row, "path": str(found)})
    return ResolvedManifest(out.getvalue(), rows, unmatched, ragged)
