"""Titles and datelines found by cleaning, against the lists auditors wrote (`titles_datelines.txt`).

Usage: python benchmarks/titles_datelines.py DIR [DIR ...]

Each DIR holds `titles_datelines.txt` (lines "file<TAB>title|dateline<TAB>"text" or null") and `articles/`
with the files it names. A title is right when it equals the expected one (case, quotes and spaces aside); a
dateline is right when its place is the place the expected dateline opens with ("YEREVAN, Armenia (AP)" ->
Yerevan); one with no place ("(Reuters)") when the agency is found. Prints every miss and a table: present, found right, and wrong values where none was expected.
No article text is stored: the texts stay where the auditors put them.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from newsfacts.transforms.cleaning import clean
from newsfacts.transforms.language.gazetteer import agency as known_agency

QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _plain(text: str | None) -> str | None:
    """Lower case, one kind of quote and dash, single spaces."""
    if text is None:
        return None
    return " ".join(unicodedata.normalize("NFC", text).translate(QUOTES).lower().split())


def _place(dateline: str | None) -> str | None:
    """The place a written dateline opens with: up to its first comma or bracket."""
    if dateline is None:
        return None
    dated = re.match(r"\s*(?:\d|[A-Z][a-z]+\.?\s+\d).*?\(([^)]+)\)", dateline)  # "August 9, 2025 (EL-OBEID)"
    if dated and known_agency(dated.group(1), in_dateline=True) is None:
        place = dated.group(1)
    else:
        place = "" if dated else re.split(r"[,(|\[]", dateline, maxsplit=1)[0]  # "April 6 (UPI)": no place
    place = re.sub(r"\s*[-–—:]+\s*$", "", place)  # "LONDON –", "DOHA:": the mark after the place is no part of it
    place = re.sub(r"\s*/\s*", "/", place)  # "GAZA / JERUSALEM" is "Gaza/Jerusalem"; "Kessa [Norland]": the place
    return _plain(place.replace("-", " "))  # "EL-OBEID" is "El Obeid"


def _expected(folder: Path) -> list[tuple[str, str, str | None]]:
    """(file, field, expected value) rows of a folder's list."""
    rows = []
    for line in (folder / "titles_datelines.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or line.startswith("#"):
            continue
        name, field, value = parts
        rows.append((name, field, None if value == "null" else json.loads(value)))
    return rows


def main(folders: list[str]) -> int:
    counts = {field: {"present": 0, "right": 0, "absent": 0, "false": 0} for field in ("title", "dateline")}
    for folder in map(Path, folders):
        if not (folder / "titles_datelines.txt").exists():
            continue
        cache: dict[str, tuple[str | None, str | None]] = {}
        for name, field, want in _expected(folder):
            if name not in cache:
                cleaned = clean((folder / "articles" / name).read_text(encoding="utf-8", errors="replace"))
                cache[name] = (cleaned.title, cleaned.dateline, cleaned.agency)
            got = cache[name][0] if field == "title" else cache[name][1]
            norm = _plain if field == "title" else _place
            if field == "dateline" and want is not None and not _place(want) and cache[name][2]:
                got = f"({cache[name][2]})"  # a dateline with no place ("(Reuters) -"): found when its agency is
            tally = counts[field]
            if want is None:
                tally["absent"] += 1
                tally["false"] += got is not None
                ok = got is None
            else:
                tally["present"] += 1
                ok = norm(got) == norm(want)
                tally["right"] += ok
            if not ok:
                print(f"MISS {folder.name}/{name} {field}: expected {want!r}, got {got!r}")
    for field, tally in counts.items():
        share = tally["right"] / tally["present"] if tally["present"] else 0.0
        print(
            f"{field:8} found {tally['right']}/{tally['present']} ({share:.0%}); "
            f"wrong where none expected {tally['false']}/{tally['absent']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
