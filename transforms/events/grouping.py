"""Grouping mentions of one event across articles (event_key), after the resolve stage named the parties."""

from __future__ import annotations

import datetime as dt
import functools

from newsfacts.schema import make_id
from newsfacts.transforms.spans import fold


# Grouping: words left out when comparing names, and date precisions from fine to coarse.
NAME_FILLER = {"the", "of", "'s", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms."}
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def assign_event_keys(events: list[dict]) -> None:
    """Set row["event_key"] in place so that mentions of the same event across articles share a key; called after the resolve stage replaced actor/counterpart/location with canonical names."""
    by_type: dict[str, _Clusters] = {}
    for row in sorted(events, key=_grouping_order):
        by_type.setdefault(row["type"], _Clusters()).place(row)
    for group in by_type.values():
        for cluster in group.clusters:
            first = cluster.rows[0]
            key = make_id(
                "evk",
                first["type"],
                _party_key(first, "actor"),
                _party_key(first, "location"),
                first.get("date"),
                first["event_id"],
            )
            for row in cluster.rows:
                row["event_key"] = key


# The fields that decide whether two mentions can be one event.
_SIGNATURE_FIELDS = (
    "type",
    "actor",
    "actor_entity_id",
    "counterpart",
    "counterpart_entity_id",
    "location",
    "location_entity_id",
    "date",
    "date_precision",
)


class _Clusters:
    """The clusters of one event type, in the order they were made; a row joins the first that accepts it.

    A cluster holds at most one actor entity and at most one day-precise date (two mentions with actor entities
    fit only when it is the same entity, two day-precise dates only when it is the same day). So a row is
    compared only with the clusters that have its actor entity or none, and its day or none, in their order:
    the same first fit as comparing with every cluster, without the all-pairs scan."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_actor: dict[str, set[int]] = {}
        self.without_actor: set[int] = set()
        self.by_day: dict[dt.date, set[int]] = {}
        self.without_day: set[int] = set()

    def place(self, row: dict) -> None:
        actor, day = row.get("actor_entity_id"), _day(row)
        for i in self._candidates(actor, day):
            cluster = self.clusters[i]
            if cluster.accepts(row):
                had_actor, had_day = cluster.actor, cluster.day
                cluster.add(row)
                if actor and not had_actor:
                    self.without_actor.discard(i)
                    self.by_actor.setdefault(actor, set()).add(i)
                if day and not had_day:
                    self.without_day.discard(i)
                    self.by_day.setdefault(day, set()).add(i)
                return
        i = len(self.clusters)
        self.clusters.append(_Cluster(row))
        (self.by_actor.setdefault(actor, set()) if actor else self.without_actor).add(i)
        (self.by_day.setdefault(day, set()) if day else self.without_day).add(i)

    def _candidates(self, actor: str | None, day: dt.date | None) -> list[int] | range:
        """Clusters that may accept a row of this actor entity and day, in their order."""
        found: set[int] | None = None
        if actor:
            found = self.without_actor | self.by_actor.get(actor, set())
        if day:
            same_day = self.without_day | self.by_day.get(day, set())
            found = same_day if found is None else found & same_day
        return range(len(self.clusters)) if found is None else sorted(found)


def _day(row: dict) -> dt.date | None:
    """The row's date when it is precise to the day (no precision counts as a day, as `_dates_compatible` reads it)."""
    date = row.get("date")
    return date if date is not None and (row.get("date_precision") or "day") == "day" else None


class _Cluster:
    """Mentions grouped as one event. A new mention must fit every member; members that look alike are
    compared once (their distinct signatures), which keeps grouping near-linear on repetitive corpora."""

    def __init__(self, row: dict) -> None:
        self.rows: list[dict] = []
        self.signatures: dict[tuple, dict] = {}
        self.planned_by_article: dict[str, set] = {}
        self.actor: str | None = None  # the actor entity of its members, if any has one
        self.day: dt.date | None = None  # the day-precise date of its members, if any has one
        self.add(row)

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.actor = self.actor or row.get("actor_entity_id")
        self.day = self.day or _day(row)
        self.signatures.setdefault(tuple(row.get(f) for f in _SIGNATURE_FIELDS), row)
        self.planned_by_article.setdefault(row["article_id"], set()).add(row.get("planned"))

    def accepts(self, row: dict) -> bool:
        """Whether the mention fits every member: the same article-level planned state and compatible fields."""
        planned = self.planned_by_article.get(row["article_id"])
        if planned and planned != {row.get("planned")}:
            return False  # a planned and a past mention in one article are two events
        return all(_same_fields(row, other) for other in self.signatures.values())


def _grouping_order(row: dict) -> tuple:
    """Rows with the most known fields first, so a cluster is seeded by its best-described mention."""
    unknown = sum(row.get(f) is None for f in ("actor", "counterpart", "location", "date"))
    return (row["type"], unknown, str(row.get("date") or ""), row["article_id"], row["start_char"], row["event_id"])


def _party_key(row: dict, field: str) -> str | None:
    """Entity id where the resolve stage gave one, else the folded name."""
    return row.get(f"{field}_entity_id") or (fold(row.get(field)) or None)


def _same_fields(a: dict, b: dict) -> bool:
    """Type, parties, place and date compatible (the article-level planned check aside)."""
    if a["type"] != b["type"]:
        return False
    return (
        _names_compatible(a, b, "actor")
        and _names_compatible(a, b, "counterpart")
        and _names_compatible(a, b, "location")
        and _dates_compatible(a, b)
    )


def _names_compatible(a: dict, b: dict, field: str) -> bool:
    """Unknown on either side, the same entity, or one name's words inside the other's."""
    id_a, id_b = a.get(f"{field}_entity_id"), b.get(f"{field}_entity_id")
    if id_a and id_b:
        return id_a == id_b
    name_a, words_a = _folded(a.get(field))
    name_b, words_b = _folded(b.get(field))
    if not name_a or not name_b:
        return True
    return name_a == name_b or words_a <= words_b or words_b <= words_a


@functools.lru_cache(maxsize=65536)
def _folded(name: str | None) -> tuple[str, frozenset[str]]:
    """A name folded, and its words without filler (names repeat: each is folded once)."""
    folded = fold(name)
    return folded, frozenset(folded.split()) - NAME_FILLER


def _dates_compatible(a: dict, b: dict) -> bool:
    """Unknown on either side, or the finer date falls inside the coarser one's period."""
    date_a, date_b = a.get("date"), b.get("date")
    if date_a is None or date_b is None:
        return True
    prec_a = a.get("date_precision") or "day"
    prec_b = b.get("date_precision") or "day"
    coarse, other = (a, b) if PRECISION_RANK.get(prec_a, 0) >= PRECISION_RANK.get(prec_b, 0) else (b, a)
    start, day = coarse["date"], other["date"]
    precision = coarse.get("date_precision") or "day"
    if precision == "day":
        return start == day
    if precision == "week":
        return start <= day < start + dt.timedelta(days=7)
    if precision == "month":
        return (start.year, start.month) == (day.year, day.month)
    return start.year == day.year
