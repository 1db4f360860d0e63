"""The store's canonical tables across ingest batches: entities, sources and event clusters, kept as Arrow
tables, and how the rows of a new batch join them.

A store is built batch by batch, in the order the batches were ingested (one batch: the articles one run
parsed). Within a batch the corpus rules run as before (resolve_corpus over the batch alone); the batch then
joins what the earlier batches made:

- entities: a batch entity whose name keys (same label) are an existing entity's takes that entity's id, name
  and label; a one-word person name joins the one existing person of that surname. Counts are added, aliases
  united; other batch entities are new. Ids of existing entities never change.
- sources: ids are made from the (canonical) entity id or the folded name, so a batch's source with an
  existing id is that source: counts added, aliases united, an outlet stays an outlet.
- event keys: the earlier clusters of the batch's event types that can accept a row (their years; see
  `event_clusters`) are seeded first, in the order they were made; a row joins the first that accepts it and
  takes its key (assign_event_keys).

Only the rows the batch touches are read into Python (Arrow filters pick them); the tables are saved under
`_state/canonical/`. A full rebuild replays the same batches in the same order through the same code, so
incremental runs and a full rebuild give the same tables by construction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Callable, Iterable

import pyarrow as pa
import pyarrow.compute as pc

from newsfacts.schema import SCHEMAS, make_id, sorted_table, to_table
from newsfacts.transforms.dates import as_date
from newsfacts.transforms.discrepancies import (
    _Member,
    _articles_per_key,
    _day_date,
    _description_order,
    _incidents,
    _key,
    _missing,
    _point,
    _same_incident,
    discrepancy_members,
    group_discrepancies,
    subject_key,
)
from newsfacts.transforms.entities import EntityIndex, surname_key
from newsfacts.transforms.events.grouping import _SIGNATURE_FIELDS

STATE_DIR = "_state/canonical"
# Name keys of the canonical entities: kind "key" (a name key written for it) or "surname" (a full person's).
ENTITY_KEYS = pa.schema(
    [("key", pa.string()), ("label", pa.string()), ("kind", pa.string()), ("entity_id", pa.string())]
)
# One row per distinct signature of an event cluster: `seq` orders clusters, `sig` a cluster's signatures;
# `lo`-`hi` the years every dated member shares (NO_YEAR_LO/HI when none is dated); `pub_lo`-`pub_hi` the years
# its articles were published (null when none is dated).
CLUSTERS = pa.schema(
    [
        ("seq", pa.int64()),
        ("sig", pa.int32()),
        ("event_key", pa.string()),
        *((f, pa.date32() if f == "date" else pa.string()) for f in _SIGNATURE_FIELDS),
        ("lo", pa.int32()),
        ("hi", pa.int32()),
        ("pub_lo", pa.int32()),
        ("pub_hi", pa.int32()),
    ]
)
NO_YEAR_LO, NO_YEAR_HI = -1, 99_999
# Across batches, an undated event and a cluster (or a dated event and an undated cluster) are compared only
# when they are this many years apart at most (see Canonical.event_clusters).
WINDOW_YEARS = 1
# Discrepancy members: a figure that can be compared, with what it measures (read in its own article).
_FIGURE = (
    ("figure_id", pa.string()),
    ("article_id", pa.string()),
    ("text", pa.string()),
    ("value", pa.float64()),
    ("lower", pa.float64()),
    ("upper", pa.float64()),
    ("qualifier", pa.string()),
    ("source_name", pa.string()),
    ("sentence_index", pa.int64()),
    ("start_char", pa.int64()),
    ("end_char", pa.int64()),
    ("category", pa.string()),
    ("as_of", pa.date32()),
)
_EVENT = (
    ("event_key", pa.string()),
    ("event_id", pa.string()),
    ("type", pa.string()),
    *((f, pa.string()) for p in ("actor", "counterpart", "location") for f in (p, f"{p}_entity_id")),
    ("date", pa.date32()),
    ("date_precision", pa.string()),
    ("article_id", pa.string()),
    ("start_char", pa.int64()),
)
MEMBERS = pa.schema(
    [
        ("subject", pa.string()),
        ("seq", pa.int64()),
        ("report", pa.string()),
        ("place", pa.string()),
        *(pa.field(f"fig_{n}", t) for n, t in _FIGURE),
        *(pa.field(f"ev_{n}", t) for n, t in _EVENT),
    ]
)
# Incidents: each event key of a member -> its incident's root key; the root events; articles per event key.
INCIDENT_KEYS = pa.schema([("event_key", pa.string()), ("root_key", pa.string())])
ROOTS = pa.schema([("root_key", pa.string()), ("day", pa.date32()), *(pa.field(f"ev_{n}", t) for n, t in _EVENT)])
REACH = pa.schema([("event_key", pa.string()), ("n_articles", pa.int64())])
DISCREPANCIES = SCHEMAS["discrepancies"].append(pa.field("_subject", pa.string()))
GEO_COLUMNS = ("country", "country_iso3", "admin1", "lat", "lon", "geo_precision")
STATE_TABLES = {
    "entities": SCHEMAS["entities"],
    "entity_keys": ENTITY_KEYS,
    "sources": SCHEMAS["sources"],
    "clusters": CLUSTERS,
    "members": MEMBERS,
    "incident_keys": INCIDENT_KEYS,
    "roots": ROOTS,
    "reach": REACH,
    "discrepancies": DISCREPANCIES,
}


class Canonical:
    """The canonical tables of the batches ingested so far (see the module docstring)."""

    def __init__(self, tables: dict[str, pa.Table] | None = None, batches: list[str] | None = None) -> None:
        self.tables = {name: (tables or {}).get(name, schema.empty_table()) for name, schema in STATE_TABLES.items()}
        self.batches = list(batches or [])
        self._joined: dict[str, str] = {}  # this batch: batch entity id -> canonical id
        self._existing: dict[str, dict] = {}  # this batch: the existing entities it touches, as they were
        self._clusters: dict[str, tuple] = {}  # this batch: seeded clusters (seq, signatures, publication years)
        self._published: dict[str, int | None] = {}  # this batch: article id -> year published
        self.seed_types: list[str] = []  # this batch: event types in the order of their first earlier cluster

    # ------------------------------------------------------------------------------------------ storage
    @classmethod
    def load(cls, out) -> Canonical | None:
        """The state saved in an output, or None where there is none."""
        if not out.exists(f"{STATE_DIR}/batches.json"):
            return None
        batches = json.loads(out.read_bytes(f"{STATE_DIR}/batches.json"))["batches"]
        tables = {}
        for name, schema in STATE_TABLES.items():
            tables[name] = out.read_parquet(f"{STATE_DIR}/{name}.parquet").cast(schema)
        return cls(tables, batches)

    def save(self, out) -> None:
        """The tables, then the list of batches they hold (written last: it marks the state complete)."""
        if out.exists(f"{STATE_DIR}/batches.json"):
            out.remove(f"{STATE_DIR}/batches.json")
        for name, table in self.tables.items():
            out.write_parquet(f"{STATE_DIR}/{name}.parquet", table)
        out.write_text(f"{STATE_DIR}/batches.json", json.dumps({"batches": self.batches}) + "\n")

    def table(self, name: str) -> pa.Table:
        """A canonical table (entities, sources, discrepancies) in its schema's row order."""
        table = self.tables[name]
        if name == "discrepancies":
            table = table.drop_columns(["_subject"])
        return sorted_table(name, table)

    # ------------------------------------------------------------------------------------------ entities
    def join_entities(self, entities: list[dict], mentions: list[dict], index: EntityIndex) -> list[dict]:
        """The batch's entities joined to the canonical ones: the index resolves to canonical rows and the
        mentions carry canonical ids (both in place). Returns the canonical rows the batch touches (existing
        ones as copies), with the batch's counts added."""
        keys_of: dict[str, list[str]] = defaultdict(list)
        for key, entity_id in index.by_key.items():
            keys_of[entity_id].append(key)
        names = {k for ks in keys_of.values() for k in ks}
        wanted = sorted(names | {surname_key(k) for k in names if len(k.split()) > 1})
        hits: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        if wanted and self.tables["entity_keys"].num_rows:
            keys = self.tables["entity_keys"]
            found = keys.filter(pc.is_in(keys.column("key"), value_set=pa.array(wanted, pa.string())))
            for row in found.to_pylist():
                hits[(row["key"], row["label"], row["kind"])].add(row["entity_id"])
        joined: dict[str, str] = {}
        for entity in entities:
            entity_id, label = entity["entity_id"], entity["label"]
            own = sorted(keys_of.get(entity_id, ()), key=lambda k: (make_id("ent", label, k) != entity_id, k))
            target = next((min(hits[(k, label, "key")]) for k in own if hits.get((k, label, "key"))), None)
            if target is None and label == "PERSON" and own and len(own[0].split()) == 1:
                persons = hits.get((own[0], label, "surname"), set())
                target = next(iter(persons)) if len(persons) == 1 else None
            joined[entity_id] = target or entity_id
        existing = sorted(set(joined.values()) & self._entity_ids(set(joined.values())))
        old = {}
        if existing:
            ents = self.tables["entities"]
            for row in ents.filter(pc.is_in(ents.column("entity_id"), value_set=pa.array(existing))).to_pylist():
                old[row["entity_id"]] = row
        rows: dict[str, dict] = {}
        for entity in entities:
            target = joined[entity["entity_id"]]
            if target not in rows:
                base = old.get(target, entity)
                rows[target] = {**base, "aliases": set(base["aliases"] or ()), "n_mentions": 0, "n_articles": 0}
            rows[target]["aliases"].update(entity["aliases"] or ())
        articles: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            m["entity_id"] = target = joined[m["entity_id"]]
            rows[target]["n_mentions"] += 1
            articles[target].add(m["article_id"])
        for target, row in rows.items():
            before = old.get(target)
            row["aliases"] = sorted(row["aliases"])
            row["n_articles"] = len(articles[target]) + (before["n_articles"] if before else 0)
            row["n_mentions"] += before["n_mentions"] if before else 0
        for batch_id, target in joined.items():
            index.entities[batch_id] = rows[target]
        self._joined, self._existing, self._hits = joined, old, hits
        self._keys_of = {e: keys_of.get(e, []) for e in joined}
        return list(rows.values())

    def commit_entities(self, rows: list[dict]) -> None:
        """The touched rows into the entities table (existing ones keep their geocode); their keys indexed."""
        for row in rows:
            before = self._existing.get(row["entity_id"])
            if before is not None:
                row.update({c: before.get(c) for c in GEO_COLUMNS})
        self.tables["entities"] = _replace(self.tables["entities"], "entity_id", to_table("entities", rows))
        labels = {row["entity_id"]: row["label"] for row in rows}
        new_keys, seen = [], set()
        for batch_id, target in self._joined.items():
            label = labels[target]
            for key in self._keys_of[batch_id]:
                wanted = [(key, "key")]
                if label == "PERSON" and len(key.split()) > 1:
                    wanted.append((surname_key(key), "surname"))
                for k, kind in wanted:
                    if target in self._hits.get((k, label, kind), ()) or (k, label, kind, target) in seen:
                        continue  # indexed already
                    seen.add((k, label, kind, target))
                    new_keys.append({"key": k, "label": label, "kind": kind, "entity_id": target})
        if new_keys:
            keys = pa.Table.from_pylist(new_keys, schema=ENTITY_KEYS)
            self.tables["entity_keys"] = pa.concat_tables([self.tables["entity_keys"], keys]).combine_chunks()

    def _entity_ids(self, ids: set[str]) -> set[str]:
        ents = self.tables["entities"]
        if not ids or not ents.num_rows:
            return set()
        found = ents.filter(pc.is_in(ents.column("entity_id"), value_set=pa.array(sorted(ids))))
        return set(found.column("entity_id").to_pylist())

    # ------------------------------------------------------------------------------------------ sources
    def add_sources(self, rows: list[dict]) -> list[dict]:
        """The batch's sources joined to the canonical ones by id: counts added, aliases united. Returns the
        touched canonical rows."""
        if not rows:
            return []
        table = self.tables["sources"]
        ids = [r["source_id"] for r in rows]
        old = {}
        if table.num_rows:
            for row in table.filter(pc.is_in(table.column("source_id"), value_set=pa.array(ids))).to_pylist():
                old[row["source_id"]] = row
        out = []
        for row in rows:
            before = old.get(row["source_id"])
            if before is not None:
                row = {
                    **before,
                    "kind": "outlet" if row["kind"] == "outlet" else before["kind"],
                    "aliases": sorted(set(before["aliases"] or ()) | set(row["aliases"] or ())),
                    **{n: before[n] + row[n] for n in ("n_articles", "n_claims", "n_figures")},
                }
            out.append(row)
        self.tables["sources"] = _replace(table, "source_id", to_table("sources", out))
        return out

    # ------------------------------------------------------------------------------------------ event keys
    def event_clusters(self, events: list[dict], articles: list[dict]) -> list[tuple[str, list[dict]]]:
        """The earlier clusters that may accept one of these events, in the order they were made, each as
        (key, its distinct signatures).

        Two compatible dates share a year, so a dated event is compared with the dated clusters whose members'
        years it shares. Where one side is undated, the other is compared with it only when it was published (an
        undated event) or happened (a dated one) within WINDOW_YEARS of the publication years of the cluster's
        articles (an undated cluster) or of the event's article (a dated cluster): an undated mention is taken
        to be about an event of about when it was written. Other clusters are not read."""
        self._published = {a["article_id"]: _year(a.get("published_at")) for a in articles}
        self._clusters = {}
        self.seed_types = []
        table = self.tables["clusters"]
        if not events or not table.num_rows:
            return []
        dated: dict[str, list[int]] = {}  # type -> years of its dated events
        undated: dict[str, list[int]] = {}  # type -> publication years of its undated events
        for event in events:
            span = _year_span(event.get("date"), event.get("date_precision"))
            published = self._published.get(event["article_id"])
            if span is not None:
                dated.setdefault(event["type"], []).extend(span)
            elif published is not None:
                undated.setdefault(event["type"], []).append(published)
        lo, hi, pub_lo, pub_hi = (table.column(c) for c in ("lo", "hi", "pub_lo", "pub_hi"))
        is_dated = pc.not_equal(lo, NO_YEAR_LO)

        def overlaps(a_lo, a_hi, b_lo: int, b_hi: int):
            return pc.and_kleene(pc.less_equal(a_lo, b_hi), pc.greater_equal(a_hi, b_lo))

        mask = None
        for type_ in sorted({*dated, *undated}):
            fits = []
            if type_ in dated:
                years = dated[type_]
                fits.append(pc.and_kleene(is_dated, overlaps(lo, hi, min(years), max(years))))
                fits.append(
                    pc.and_kleene(pc.invert(is_dated), overlaps(pub_lo, pub_hi, min(years), max(years) + WINDOW_YEARS))
                )
            if type_ in undated:
                years = undated[type_]
                fits.append(pc.and_kleene(is_dated, overlaps(lo, hi, min(years) - WINDOW_YEARS, max(years))))
                fits.append(
                    pc.and_kleene(
                        pc.invert(is_dated),
                        overlaps(pub_lo, pub_hi, min(years) - WINDOW_YEARS, max(years) + WINDOW_YEARS),
                    )
                )
            m = fits[0]
            for other in fits[1:]:
                m = pc.or_kleene(m, other)
            m = pc.and_kleene(pc.equal(table.column("type"), type_), m)
            mask = m if mask is None else pc.or_kleene(mask, m)
        if mask is None:  # no event has a year to compare by
            return []
        window = table.filter(mask)
        first = window.group_by("type").aggregate([("seq", "min")]).sort_by([("seq_min", "ascending")])
        self.seed_types = first.column("type").to_pylist()  # as seeding every cluster in the window would order them
        found = _may_accept(window, events).sort_by([("seq", "ascending"), ("sig", "ascending")])
        for row in found.to_pylist():
            entry = self._clusters.setdefault(row["event_key"], (row["seq"], [], row["pub_lo"], row["pub_hi"]))
            entry[1].append({**{f: row[f] for f in _SIGNATURE_FIELDS}, "article_id": None, "planned": None})
        return [(key, entry[1]) for key, entry in self._clusters.items()]

    def add_clusters(self, touched: Iterable[tuple[str, list[dict]]]) -> None:
        """The clusters that got rows (assign_event_keys' answer) into the clusters table."""
        table = self.tables["clusters"]
        next_seq = (pc.max(table.column("seq")).as_py() + 1) if table.num_rows else 0
        rows, replaced = [], []
        for key, added in touched:
            seq, sigs, pub_lo, pub_hi = self._clusters.get(key, (None, [], None, None))
            if seq is None:
                seq, next_seq = next_seq, next_seq + 1
            else:
                replaced.append(key)
            seen = {tuple(s.get(f) for f in _SIGNATURE_FIELDS) for s in sigs}
            sigs = list(sigs)
            for row in added:
                sig = tuple(row.get(f) for f in _SIGNATURE_FIELDS)
                if sig not in seen:
                    seen.add(sig)
                    sigs.append(dict(zip(_SIGNATURE_FIELDS, sig)))
                year = self._published.get(row["article_id"])
                if year is not None:
                    pub_lo = year if pub_lo is None else min(pub_lo, year)
                    pub_hi = year if pub_hi is None else max(pub_hi, year)
            lo, hi = NO_YEAR_LO, NO_YEAR_HI
            for s in sigs:
                span = _year_span(s.get("date"), s.get("date_precision"))
                if span is not None:
                    lo, hi = max(lo, span[0]), min(hi, span[1])
            for n, s in enumerate(sigs):
                rows.append(
                    {
                        "seq": seq,
                        "sig": n,
                        "event_key": key,
                        **{f: s.get(f) for f in _SIGNATURE_FIELDS},
                        "lo": lo,
                        "hi": hi,
                        "pub_lo": pub_lo,
                        "pub_hi": pub_hi,
                    }
                )
        if replaced:
            table = table.filter(pc.invert(pc.is_in(table.column("event_key"), value_set=pa.array(replaced))))
        if rows:
            table = pa.concat_tables([table, pa.Table.from_pylist(rows, schema=CLUSTERS)])
        self.tables["clusters"] = table.combine_chunks()
        self._clusters = {}

    # ------------------------------------------------------------------------------------------ discrepancies
    def add_discrepancies(
        self, figures: list[dict], events: list[dict], articles: list[dict], mentions: list[dict], entities: list[dict]
    ) -> int:
        """The batch's comparable figures joined to the subjects of the earlier batches: a batch incident with
        an event key of an earlier incident is that incident, else one of the same day it is the same incident
        as (the first, best described first), else new. The subjects the batch touches are grouped again
        from all their members (the earlier ones read back); the others stay as they are. Returns how many
        subjects were grouped."""
        batch = discrepancy_members(figures, events, articles, mentions, entities)
        reach = _articles_per_key(events)
        batch_incident = _incidents([m.event for m in batch if m.event is not None])
        incident = self._join_incidents(batch_incident)
        subjects = {subject_key(m, incident) for m in batch}
        if not subjects:
            self._add_reach(reach)
            return 0
        wanted = sorted(_subject_text(k) for k in subjects)
        earlier = _rows_where(self.tables["members"], "subject", wanted)
        earlier = earlier.sort_by([("seq", "ascending")]).to_pylist() if earlier.num_rows else []
        members = [_member_of(row) for row in earlier]
        missing = sorted({_key(m.event) for m in members if m.event is not None} - set(incident))
        if missing:
            roots = dict(
                zip(
                    *(
                        _rows_where(self.tables["incident_keys"], "event_key", missing).column(c).to_pylist()
                        for c in ("event_key", "root_key")
                    )
                )
            )
            events_of = self._root_events(set(roots.values()))
            incident.update({key: events_of[root] for key, root in roots.items()})
        members += batch
        keys = sorted({_key(m.event) for m in members if m.event is not None})
        known = _rows_where(self.tables["reach"], "event_key", keys)
        total = dict(zip(known.column("event_key").to_pylist(), known.column("n_articles").to_pylist()))
        for key, n in reach.items():
            total[key] = total.get(key, 0) + n
        grouped = group_discrepancies(members, incident, total)
        rows = [{**row, "_subject": _subject_text(key)} for key, group in grouped for row in group]
        table = self.tables["discrepancies"]
        if table.num_rows:
            table = table.filter(pc.invert(pc.is_in(table.column("_subject"), value_set=pa.array(wanted))))
        self.tables["discrepancies"] = pa.concat_tables(
            [
                table,
                pa.Table.from_pylist(
                    [{f: row.get(f) for f in DISCREPANCIES.names} for row in rows], schema=DISCREPANCIES
                ),
            ]
        ).combine_chunks()
        start = self.tables["members"].num_rows
        new = [_member_row(m, subject_key(m, incident), start + n) for n, m in enumerate(batch)]
        self.tables["members"] = _append(self.tables["members"], new, MEMBERS)
        self._add_reach(reach)
        return len(subjects)

    def _join_incidents(self, batch_incident: dict[str, dict]) -> dict[str, dict]:
        """Event key -> root event, for the batch's keys, joined to the earlier incidents (and recorded)."""
        keys = sorted(batch_incident)
        found = _rows_where(self.tables["incident_keys"], "event_key", keys)
        earlier = dict(zip(found.column("event_key").to_pylist(), found.column("root_key").to_pylist()))
        by_root: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            by_root[_key(batch_incident[key])].append(key)
        days = sorted({d for r in by_root if (d := _day_date(batch_incident[r])) is not None})
        same_day: dict[dt.date, list[dict]] = defaultdict(list)
        if days and self.tables["roots"].num_rows:
            for row in _rows_where(self.tables["roots"], "day", days, pa.date32()).to_pylist():
                same_day[row["day"]].append(_event_of(row))
        root_events = self._root_events(set(earlier.values()))
        incident: dict[str, dict] = {}
        new_keys, new_roots = [], []
        for root in sorted(by_root, key=lambda r: _description_order(batch_incident[r])):
            event = batch_incident[root]
            known = sorted({earlier[k] for k in by_root[root] if k in earlier})
            target = min(known, key=lambda r: _description_order(root_events[r])) if known else None
            if target is None:
                day = _day_date(event)
                candidates = sorted(same_day.get(day, ()), key=_description_order) if day else []
                match = next((c for c in candidates if _same_incident(event, c)), None)
                if match is not None:
                    target = _key(match)
                    root_events[target] = match
            if target is None:
                target, root_events[root] = root, event
                new_roots.append({"root_key": root, "day": _day_date(event), **_event_row(event)})
            for key in by_root[root]:
                incident[key] = root_events[target]
                if key not in earlier:
                    new_keys.append({"event_key": key, "root_key": target})
        self.tables["incident_keys"] = _append(self.tables["incident_keys"], new_keys, INCIDENT_KEYS)
        self.tables["roots"] = _append(self.tables["roots"], new_roots, ROOTS)
        return incident

    def _root_events(self, roots: set[str]) -> dict[str, dict]:
        if not roots:
            return {}
        found = _rows_where(self.tables["roots"], "root_key", sorted(roots)).to_pylist()
        return {row["root_key"]: _event_of(row) for row in found}

    def _add_reach(self, reach: dict[str, int]) -> None:
        """Articles per event key, the batch's added."""
        if not reach:
            return
        table = self.tables["reach"]
        keys = sorted(reach)
        known = _rows_where(table, "event_key", keys)
        total = dict(zip(known.column("event_key").to_pylist(), known.column("n_articles").to_pylist()))
        rows = [{"event_key": k, "n_articles": total.get(k, 0) + reach[k]} for k in keys]
        self.tables["reach"] = _replace(table, "event_key", pa.Table.from_pylist(rows, schema=REACH))


_PARTIES = ("actor", "counterpart", "location")


def _may_accept(clusters: pa.Table, events: list[dict]) -> pa.Table:
    """The signature rows of the clusters that may accept one of these events, found by Arrow: a cluster accepts a
    row only when every signature fits it (events/grouping.py), and where both sides have them, two entities of a
    party, or two dates precise to the day, fit only when equal. A cluster is kept when one of the events (of its
    type) fits it so far: for each of these kinds the event has none, the cluster has none, or it has exactly the
    event's. Only clusters that accept no event are left out, in the same order, so the first cluster that accepts
    an event is the same as among all of them (only a few of the clusters seeded get a row)."""
    if not clusters.num_rows or not events:
        return clusters
    day = pc.if_else(
        pc.or_kleene(pc.is_null(clusters.column("date_precision")), pc.equal(clusters.column("date_precision"), "day")),
        pc.cast(clusters.column("date"), pa.string()),
        pa.scalar(None, pa.string()),
    )
    sigs = pa.table(
        {
            "event_key": clusters.column("event_key"),
            "type": clusters.column("type"),
            **{kind: clusters.column(f"{kind}_entity_id") for kind in _PARTIES},
            "day": day,
        }
    )
    kinds = (*_PARTIES, "day")
    aggregate: list[tuple] = [("type", "min")]
    for kind in kinds:
        aggregate += [(kind, "count_distinct", pc.CountOptions(mode="only_valid")), (kind, "min")]
    per = sigs.group_by("event_key").aggregate(aggregate)
    # A cluster's value of a kind: "*" (none), its one value, or MANY (two: it fits only events without one).
    own = {
        kind: pc.if_else(
            pc.equal(per.column(f"{kind}_count_distinct"), 0),
            pa.scalar(_ANY),
            pc.if_else(pc.equal(per.column(f"{kind}_count_distinct"), 1), per.column(f"{kind}_min"), pa.scalar(_MANY)),
        )
        for kind in kinds
    }
    # Per set of kinds an event has values of: the keys of the clusters that fit it (each value, or "*").
    wanted: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for event in events:
        values = dict(zip(kinds, _fit_values(event)))
        has = tuple(k for k in kinds if values[k] is not None)
        for choice in range(1 << len(has)):
            parts = [_ANY if choice >> n & 1 else values[k] for n, k in enumerate(has)]
            wanted[has].add(_SEP.join([event["type"], *parts]))
    keep = None
    for has, keys in wanted.items():
        key = pc.binary_join_element_wise(per.column("type_min"), *(own[k] for k in has), _SEP)
        fits = pc.is_in(key, value_set=pa.array(sorted(keys), pa.string()))
        keep = fits if keep is None else pc.or_(keep, fits)
    kept = per.filter(keep).column("event_key")
    return clusters.filter(pc.is_in(clusters.column("event_key"), value_set=kept))


_SEP, _ANY, _MANY = "\x1f", "\x00*", "\x00many"


def _fit_values(event: dict) -> tuple:
    """An event's actor, counterpart and location entities and its day (ISO), None where it has none."""
    date = as_date(event.get("date"))
    day = date.isoformat() if date is not None and (event.get("date_precision") or "day") == "day" else None
    return (*(event.get(f"{p}_entity_id") or None for p in _PARTIES), day)


def _rows_where(table: pa.Table, column: str, values: list, type_: pa.DataType | None = None) -> pa.Table:
    """The rows of `table` whose `column` is one of `values` (strings, or of `type_`)."""
    if not values or not table.num_rows:
        return table.schema.empty_table()
    return table.filter(pc.is_in(table.column(column), value_set=pa.array(values, type_ or pa.string())))


def _append(table: pa.Table, rows: list[dict], schema: pa.Schema) -> pa.Table:
    if not rows:
        return table
    return pa.concat_tables([table, pa.Table.from_pylist(rows, schema=schema)]).combine_chunks()


def _subject_text(key: tuple) -> str:
    """A subject key as one string (its parts in order, so strings sort as the keys do)."""
    return "\x1f".join(key)


def _event_row(event: dict) -> dict:
    return {f"ev_{n}": (as_date(event.get(n)) if n == "date" else event.get(n)) for n, _ in _EVENT}


def _event_of(row: dict) -> dict:
    return {n: row[f"ev_{n}"] for n, _ in _EVENT}


def _member_row(member, subject: tuple, seq: int) -> dict:
    figure = member.row
    row = {
        "subject": _subject_text(subject),
        "seq": seq,
        "report": member.report[1],
        "place": member.place,
        **{f"fig_{n}": figure.get(n) for n, _ in _FIGURE},
        **(_event_row(member.event) if member.event is not None else {}),
    }
    row["fig_as_of"] = member.point.as_of
    for n in ("value", "lower", "upper"):
        row[f"fig_{n}"] = None if _missing(figure.get(n)) else float(figure[n])
    return row


def _member_of(row: dict):
    """A discrepancy member read back from the members table."""
    figure = {n: row[f"fig_{n}"] for n, _ in _FIGURE}
    point = _point(figure["value"], figure["qualifier"] or "exact", figure["lower"], figure["upper"], figure["as_of"])
    event = _event_of(row) if row["ev_event_id"] is not None else None
    return _Member(
        row=figure, point=point, report=(figure["article_id"], row["report"]), event=event, place=row["place"]
    )


def _year(value) -> int | None:
    date = as_date(value)
    return date.year if date is not None else None


def _year_span(date: dt.date | None, precision: str | None) -> tuple[int, int] | None:
    """The years a date covers (a week may run into the next year), None when undated."""
    if date is None:
        return None
    if (precision or "day") == "week":
        return date.year, (date + dt.timedelta(days=6)).year
    return date.year, date.year


def _replace(table: pa.Table, key: str, rows: pa.Table) -> pa.Table:
    """`table` less the rows whose key is in `rows`, plus `rows`."""
    if table.num_rows and rows.num_rows:
        table = table.filter(pc.invert(pc.is_in(table.column(key), value_set=rows.column(key))))
    return pa.concat_tables([table, rows.cast(table.schema)]).combine_chunks()


# ---------------------------------------------------------------------------------------------- batches
def plan_batches(recorded: list[list[str]], present: Iterable[str]) -> list[list[str]]:
    """The ingest batches (cache keys of articles, in ingest order) of the articles present now: the recorded
    batches less the articles gone or changed since, then one new batch of the rest, in the order given."""
    present = list(present)
    wanted = set(present)
    batches = [kept for batch in recorded if (kept := [k for k in batch if k in wanted])]
    placed = {k for batch in batches for k in batch}
    new = [k for k in present if k not in placed]
    return [*batches, new] if new else batches


def batch_id(keys: Iterable[str]) -> str:
    """The id of an ingest batch: its articles' cache keys."""
    return make_id("batch", *sorted(keys))


def resolve_batches(
    articles: list[dict],
    extracted: dict[str, list[dict]],
    batches: list[list[str]],
    store: Canonical | None = None,
    on_batch: Callable[[int, dict[str, list[dict]]], None] | None = None,
    names: list[str] | None = None,
    corpus: bool = True,
) -> tuple[dict[str, list[dict]], Canonical]:
    """Every table of a store built batch by batch (`batches`: article ids per ingest batch, in order) onto
    `store` (the canonical tables of the batches before them; empty when None). Returns the tables (the row
    tables of these batches and, with `corpus`, the whole canonical entities, sources and discrepancies as
    rows; without it the caller reads those from the store as Arrow) and the store."""
    from newsfacts.transforms.resolve import resolve_corpus

    store = store if store is not None else Canonical()
    of = {article_id: n for n, ids in enumerate(batches) for article_id in ids}
    split: list[dict[str, list[dict]]] = [defaultdict(list) for _ in batches]
    for a in articles:
        if a["article_id"] in of:
            split[of[a["article_id"]]]["articles"].append(a)
    for name in ("mentions", "figures", "claims", "events"):
        for row in extracted[name]:
            n = of.get(row["article_id"])
            if n is None:
                raise ValueError(f"{name} row of article {row['article_id']} that is in no ingest batch")
            split[n][name].append(row)
    tables: dict[str, list[dict]] = {name: [] for name in ("mentions", "figures", "claims", "events")}
    for n, (ids, rows) in enumerate(zip(batches, split)):
        done = resolve_corpus(
            *(rows[name] for name in ("articles", "mentions", "figures", "claims", "events")), store=store
        )
        store.add_discrepancies(done["figures"], done["events"], done["articles"], done["mentions"], done["entities"])
        store.batches.append(names[n] if names is not None else batch_id(ids))
        if on_batch is not None:
            on_batch(n, done)
        for name in tables:
            tables[name].extend(done[name])
        rows.clear()
    if not corpus:  # the store side (newsfacts/store.py) writes the canonical tables from Arrow
        return {"articles": articles, **tables}, store
    entities, sources, discrepancies = (store.table(n).to_pylist() for n in ("entities", "sources", "discrepancies"))
    return {
        "articles": articles,
        "entities": entities,
        "sources": sources,
        **tables,
        "discrepancies": discrepancies,
    }, store
