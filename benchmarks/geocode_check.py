"""Geocoding checked against a hand-made truth: precision and recall over output folders.

    python benchmarks/geocode_check.py OUTPUT [OUTPUT ...] [--truth benchmarks/geocode_truth.yaml]

Reads each folder's `events.parquet` (rows with a location) and `entities.parquet` (GPE, LOC, FAC rows) and
judges every row whose place name (the event's location, the entity's name or an alias) is in the truth:
- a place in the truth: right when the country is right and the point close enough (city: 50 km; admin1:
  250 km; country: inside the country's outline, or only the right country where countryinfo has no outline), wrong when geocoded otherwise, a miss when null;
- a name the truth says is no one place (a sea, a person): null is right, any geocode is wrong.
Precision = right / (right + wrong); recall = right / rows of real places. Rows whose name the truth does not
know are listed apart (unjudged), with their geocode, so nothing is hidden.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import yaml
from matplotlib.path import Path as Outline

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from newsfacts.transforms.geocode import PLACE_LABELS, country_outlines  # noqa: E402
from newsfacts.transforms.language.gazetteer import fold_name  # noqa: E402

TOLERANCE_KM = {"city": 50.0, "admin1": 250.0}


def load_truth(path: Path) -> dict[str, dict]:
    """Folded name (and alias) -> truth entry."""
    places = yaml.safe_load(path.read_text(encoding="utf-8"))["places"]
    truth = {}
    for name, entry in places.items():
        entry = dict(entry, name=name)
        for form in (name, *entry.get("aliases", ())):
            truth[fold_name(form)] = entry
    return truth


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def inside(iso3: str, lat: float, lon: float, outlines: dict) -> bool:
    """Whether a point lies in one of the country's outline rings (or within 100 km of one, for coasts)."""
    rings = outlines.get(iso3)
    if not rings:
        return True  # countryinfo has no outline for it (Serbia, Kosovo): the right country is all we can check
    for ring in rings:
        outline = Outline(ring)
        if outline.contains_point((lon, lat), radius=1.0) or outline.contains_point((lon, lat), radius=-1.0):
            return True
    return False


def judge(entry: dict, row: dict, outlines: dict) -> str:
    """right | wrong | miss | abstain (a no-place name left null)."""
    placed = row.get("lat") is not None and not pd.isna(row.get("lat"))
    if "none" in entry:
        return "wrong" if placed else "abstain"
    if not placed:
        return "miss"
    if row.get("country_iso3") != entry["iso3"]:
        return "wrong"
    if entry["kind"] == "country":
        return "right" if inside(entry["iso3"], row["lat"], row["lon"], outlines) else "wrong"
    close = distance_km(entry["lat"], entry["lon"], row["lat"], row["lon"]) <= TOLERANCE_KM[entry["kind"]]
    return "right" if close else "wrong"


def rows_of(folder: Path) -> list[dict]:
    """(table, names to match, geocode) of each event with a location and each place entity."""
    out = []
    events = pd.read_parquet(folder / "events.parquet")
    for row in events[events["location"].notna()].to_dict("records"):
        out.append({"table": "events", "names": [row["location"]], **row})
    entities = pd.read_parquet(folder / "entities.parquet")
    for row in entities[entities["label"].isin(sorted(PLACE_LABELS))].to_dict("records"):
        aliases = list(row["aliases"]) if row.get("aliases") is not None else []
        out.append({"table": "entities", "names": [row["name"], *aliases], **row})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outputs", nargs="+", type=Path)
    parser.add_argument("--truth", type=Path, default=Path(__file__).with_name("geocode_truth.yaml"))
    args = parser.parse_args(argv)
    truth = load_truth(args.truth)
    outlines = {iso3: rings for iso3, rings in country_outlines().items()}
    totals: Counter = Counter()
    print(f"{'set':<12} {'table':<9} {'rows':>5} {'right':>6} {'wrong':>6} {'miss':>5} {'abstain':>8} {'unjudged':>9}")
    problems, unjudged = [], []
    for folder in args.outputs:
        counts: dict[str, Counter] = {"events": Counter(), "entities": Counter()}
        for row in rows_of(folder):
            entry = next((truth[fold_name(n)] for n in row["names"] if fold_name(n) in truth), None)
            if entry is None:
                counts[row["table"]]["unjudged"] += 1
                placed = not pd.isna(row.get("lat"))
                unjudged.append(
                    (
                        folder.name,
                        row["table"],
                        row["names"][0],
                        row["country_iso3"] if placed else None,
                        row["geo_precision"] if placed else None,
                    )
                )
                continue
            verdict = judge(entry, row, outlines)
            counts[row["table"]][verdict] += 1
            counts[row["table"]]["rows"] += 1
            if verdict in ("wrong", "miss"):
                where = (
                    None
                    if pd.isna(row.get("lat"))
                    else f"{row['country_iso3']} {row['lat']:.2f},{row['lon']:.2f} ({row['geo_precision']})"
                )
                problems.append(
                    (verdict, folder.name, row["table"], row["names"][0], entry.get("iso3") or "none", where)
                )
        for table, c in counts.items():
            totals.update(c)
            print(
                f"{folder.name:<12} {table:<9} {c['rows']:>5} {c['right']:>6} {c['wrong']:>6} {c['miss']:>5} "
                f"{c['abstain']:>8} {c['unjudged']:>9}"
            )
    decided = totals["right"] + totals["wrong"]
    real = (
        totals["right"]
        + totals["wrong"]
        + totals["miss"]
        - sum(1 for p in problems if p[0] == "wrong" and p[4] == "none")
    )
    precision = totals["right"] / decided if decided else float("nan")
    recall = totals["right"] / real if real else float("nan")
    print(
        f"\nprecision {precision:.3f} ({totals['right']} right of {decided} geocoded)   "
        f"recall {recall:.3f} ({totals['right']} right of {real} rows naming a real place)   "
        f"no-place names left null {totals['abstain']}"
    )
    if problems:
        print("\nwrong and missed:")
        for verdict, folder, table, name, iso3, where in sorted(problems):
            print(f"  {verdict:<5} {folder:<10} {table:<8} {name!r:<28} truth {iso3:<5} got {where}")
    placed_unjudged = [u for u in unjudged if u[3] is not None]
    if unjudged:
        print(f"\nunjudged (not in the truth file): {len(unjudged)}, of them geocoded {len(placed_unjudged)}:")
        for folder, table, name, iso3, precision_ in sorted(placed_unjudged):
            print(f"  {folder:<10} {table:<8} {name!r:<28} {iso3} ({precision_})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
