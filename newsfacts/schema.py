"""The one place where every output table's columns, types and vocabularies are defined.

Writers, expectation suites, tests and the scorer all read from here; no other module
spells out a column list.
"""

from __future__ import annotations

import hashlib
from typing import Iterable, Mapping, Sequence

import pyarrow as pa

# Vocabularies (../shared/eval/GUIDELINE.md).
# skipped: read, but not for this pipeline (another language than --languages, a WARC record that is not HTML).
ARTICLE_STATUSES = ("ok", "rejected", "duplicate", "skipped")
QUALIFIERS = ("exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range")
# Categories that count people: two reports of one of them can be compared (discrepancies).
PEOPLE_CATEGORIES = (
    "killed",
    "injured",
    "hostages_taken",
    "hostages_held",
    "hostages_dead",
    "hostages_released",
    "prisoners_released",
)
CATEGORIES = (
    *PEOPLE_CATEGORIES,
    "visits",
    "duration",
    "money",
    "percent",
    "other",
)
CLAIM_KINDS = ("direct_quote", "indirect", "according_to")
EVENT_TYPES = (
    "visit",
    "meet",
    "negotiate",
    "propose",
    "attack",
    "kill",
    "abduct",
    "release",
    "seize",
    "assassinate",
    "resign",
    "threaten",
    "aid",
)
DATE_PRECISIONS = ("day", "week", "month", "year")
GEO_PRECISIONS = ("country", "admin1", "city")
# Event type -> PLOVER category (the ontology of the POLECAT dataset), so events join with PLOVER-coded data.
# Caveats in the README ("Event codes"): propose, seize and resign have no exact PLOVER counterpart.
PLOVER_CATEGORIES: dict[str, str] = {
    "visit": "CONSULT",  # CAMEO 042/043 make or host a visit (PLOVER mode: visit)
    "meet": "CONSULT",  # CAMEO 040/044 consult, meet at a third location
    "negotiate": "CONSULT",  # CAMEO 046 engage in negotiation
    "propose": "AGREE",  # a plan or deal put forward: expressed intent to settle or cooperate (CAMEO 03x)
    "attack": "ASSAULT",  # CAMEO 18x-19x: unconventional and conventional force
    "kill": "ASSAULT",  # CAMEO 1823, 19x, 202: killing is an assault's outcome
    "abduct": "ASSAULT",  # CAMEO 181 abduct, hijack, take hostage (PLOVER mode: abduct)
    "release": "RETREAT",  # CAMEO 0841 return, release persons (PLOVER mode: release)
    "seize": "COERCE",  # CAMEO 192 occupy territory, 1711 confiscate (PLOVER mode: confiscate)
    "assassinate": "ASSAULT",  # CAMEO 185/186 (PLOVER mode: assassinate)
    "resign": "CONCEDE",  # CAMEO 0831 accede to demands for change in leadership
    "threaten": "THREATEN",  # CAMEO 13x
    "aid": "AID",  # CAMEO 07x provide aid
}
DISCREPANCY_STATUSES = ("consistent", "conflicting", "updated")
SOURCE_KINDS = ("outlet", "person", "organization", "government", "media", "unnamed")
ENTITY_LABELS = (
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
)

_str = pa.string()
_int = pa.int32()
_float = pa.float64()
_strs = pa.list_(pa.string())

# The offsets every extracted row carries back to its words in articles.text.
_TRACE = [
    pa.field("sentence_index", _int, nullable=False),
    pa.field("start_char", _int, nullable=False),
    pa.field("end_char", _int, nullable=False),
]

# The whole sentence a figure, claim or event stands in (the sentences, when a claim runs on), as offsets
# into articles.text: `text[sentence_start:sentence_end]` is the sentence to read the row in.
# Always filled by extraction; nullable so that rows built by hand (tests, other tools) need not carry them.
_SENTENCE = [
    pa.field("sentence_start", _int),
    pa.field("sentence_end", _int),
]

# Where a place is: events (their location) and place entities (GPE, LOC, FAC), filled in the resolve stage
# (transforms/geocode.py). Null when the name was not found or could not be settled to one place.
_GEO = [
    pa.field("country", _str),
    pa.field("country_iso3", _str),  # ISO 3166-1 alpha-3 (XKX for Kosovo)
    pa.field("admin1", _str),  # first-level division (GeoNames spelling)
    pa.field("lat", _float),
    pa.field("lon", _float),
    pa.field("geo_precision", _str),  # country | admin1 | city: what the point stands for
]

# A reported number as written and read: figures and the discrepancy groups they fall into.
_FIGURE_VALUE = [
    pa.field("text", _str, nullable=False),
    pa.field("value", _float, nullable=False),
    pa.field("lower", _float),
    pa.field("upper", _float),
    pa.field("qualifier", _str, nullable=False),
]

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            pa.field("article_id", _str, nullable=False),
            pa.field("source_path", _str, nullable=False),
            pa.field("title", _str),
            pa.field("outlet", _str),
            pa.field("url", _str),
            pa.field("published_at", pa.date32()),
            pa.field("dateline", _str),
            pa.field("language", _str),
            pa.field("text", _str),
            pa.field("n_words", _int),
            pa.field("n_bytes", pa.int64()),
            pa.field("encoding", _str),
            pa.field("status", _str, nullable=False),
            pa.field("reject_reason", _str),
            pa.field("duplicate_of", _str),
            # Articles that are copies or reworks of one wire story share it (transforms/dedupe.py): the
            # article_id of the story's first article, hashed; null for rejected and skipped articles.
            pa.field("story_id", _str),
            pa.field("content_sha256", _str),
            # Lines cleaning removed as page furniture (share buttons, teasers, comment forms), in input order.
            pa.field("furniture", _strs),
        ]
    ),
    "sources": pa.schema(
        [
            pa.field("source_id", _str, nullable=False),
            pa.field("name", _str, nullable=False),
            pa.field("kind", _str, nullable=False),
            pa.field("aliases", _strs),
            pa.field("entity_id", _str),
            pa.field("n_articles", _int, nullable=False),
            pa.field("n_claims", _int, nullable=False),
            pa.field("n_figures", _int, nullable=False),
        ]
    ),
    "entities": pa.schema(
        [
            pa.field("entity_id", _str, nullable=False),
            pa.field("name", _str, nullable=False),
            pa.field("label", _str, nullable=False),
            pa.field("aliases", _strs),
            pa.field("n_mentions", _int, nullable=False),
            pa.field("n_articles", _int, nullable=False),
            *_GEO,
        ]
    ),
    "mentions": pa.schema(
        [
            pa.field("mention_id", _str, nullable=False),
            pa.field("article_id", _str, nullable=False),
            pa.field("entity_id", _str, nullable=False),
            pa.field("text", _str, nullable=False),
            pa.field("label", _str, nullable=False),
            *_TRACE,
        ]
    ),
    "figures": pa.schema(
        [
            pa.field("figure_id", _str, nullable=False),
            pa.field("article_id", _str, nullable=False),
            *_FIGURE_VALUE,
            pa.field("unit", _str),
            pa.field("category", _str, nullable=False),
            pa.field("source_id", _str),
            pa.field("source_name", _str),
            pa.field("source_text", _str),
            pa.field("claim_id", _str),
            pa.field("as_of", pa.date32()),
            *_TRACE,
            *_SENTENCE,
        ]
    ),
    "claims": pa.schema(
        [
            pa.field("claim_id", _str, nullable=False),
            pa.field("article_id", _str, nullable=False),
            pa.field("kind", _str, nullable=False),
            pa.field("speaker", _str),
            pa.field("speaker_text", _str),
            pa.field("speaker_entity_id", _str),
            # The words in the text that name the speaker ("he", "the ministry"; for a quote that goes on from the one
            # before, that one's); null when the text names no one.
            pa.field("speaker_start", _int),
            pa.field("speaker_end", _int),
            pa.field("source_id", _str),
            pa.field("cue", _str),
            pa.field("content", _str, nullable=False),
            pa.field("content_start", _int, nullable=False),
            pa.field("content_end", _int, nullable=False),
            *_TRACE,
            *_SENTENCE,
        ]
    ),
    "events": pa.schema(
        [
            pa.field("event_id", _str, nullable=False),
            pa.field("event_key", _str, nullable=False),
            pa.field("article_id", _str, nullable=False),
            pa.field("type", _str, nullable=False),
            pa.field("trigger", _str, nullable=False),
            pa.field("trigger_start", _int),  # always filled by extraction, like the sentence offsets
            pa.field("trigger_end", _int),
            pa.field("actor", _str),
            pa.field("actor_entity_id", _str),
            pa.field("counterpart", _str),
            pa.field("counterpart_entity_id", _str),
            # The building, site or vehicle an attack hit, as written ("a bus"): a thing, no party (counterpart).
            pa.field("target", _str),
            pa.field("location", _str),
            pa.field("location_entity_id", _str),
            pa.field("date", pa.date32()),
            pa.field("date_text", _str),
            pa.field("date_precision", _str),
            pa.field("planned", pa.bool_(), nullable=False),
            # Where the actor, place and date are written, when in the event's sentence (null otherwise).
            pa.field("actor_start", _int),
            pa.field("actor_end", _int),
            pa.field("location_start", _int),
            pa.field("location_end", _int),
            pa.field("date_start", _int),
            pa.field("date_end", _int),
            *_TRACE,
            *_SENTENCE,
            *_GEO,
            pa.field("plover", _str),  # the type's PLOVER category (PLOVER_CATEGORIES)
        ]
    ),
    # One row per member figure of a group of figures that measure the same thing across reports.
    "discrepancies": pa.schema(
        [
            pa.field("discrepancy_id", _str, nullable=False),
            pa.field("group_id", _str, nullable=False),
            pa.field("status", _str, nullable=False),
            pa.field("category", _str, nullable=False),
            pa.field("subject", _str),
            pa.field("n_members", _int, nullable=False),
            pa.field("n_sources", _int, nullable=False),
            pa.field("figure_id", _str, nullable=False),
            pa.field("article_id", _str, nullable=False),
            *_FIGURE_VALUE,
            pa.field("source_name", _str),
            pa.field("as_of", pa.date32()),
            pa.field("event_key", _str),
            *_TRACE,
        ]
    ),
    "quarantine": pa.schema(
        [
            pa.field("table", _str, nullable=False),
            pa.field("row_key", _str, nullable=False),
            pa.field("article_id", _str),
            pa.field("expectation", _str, nullable=False),
            pa.field("column", _str),
            pa.field("check", _str, nullable=False),  # the expectation's name (meta name, else type(column))
            pa.field("reason", _str, nullable=False),  # what is wrong with the row, in words
            pa.field("row_json", _str, nullable=False),
        ]
    ),
}

# The column that identifies a row of each table, and the order rows are written in.
KEYS: dict[str, str] = {
    "articles": "article_id",
    "sources": "source_id",
    "entities": "entity_id",
    "mentions": "mention_id",
    "figures": "figure_id",
    "claims": "claim_id",
    "events": "event_id",
    "discrepancies": "discrepancy_id",
    "quarantine": "row_key",
}
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("source_path",),
    "sources": ("source_id",),
    "entities": ("entity_id",),
    "mentions": ("article_id", "start_char", "end_char", "mention_id"),
    "figures": ("article_id", "start_char", "end_char", "figure_id"),
    "claims": ("article_id", "start_char", "end_char", "claim_id"),
    "events": ("article_id", "start_char", "end_char", "event_id"),
    "discrepancies": ("category", "group_id", "as_of", "article_id", "start_char", "figure_id"),
    "quarantine": ("table", "row_key", "expectation"),
}
TABLES = tuple(SCHEMAS)


def columns(table: str) -> list[str]:
    """Column names of a table, in schema order."""
    return SCHEMAS[table].names


ID_SEP = "\x1f"  # between an id's parts


def make_id(prefix: str, *parts: object) -> str:
    """A deterministic id: the same parts always give the same id, on any machine."""
    digest = hashlib.sha256(ID_SEP.join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}_{digest.hexdigest()[:16]}"


def make_ids(prefix: str, *columns: Sequence[str]) -> list[str]:
    """make_id of each row of string columns, without its per-part conversion (a store regroups 10^5-10^6 rows)."""
    sha = hashlib.sha256
    return [f"{prefix}_{sha(ID_SEP.join(parts).encode('utf-8')).hexdigest()[:16]}" for parts in zip(*columns)]


def to_table(table: str, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts) to a pyarrow table with the table's schema, in its stable row order.

    Keys not in the schema are ignored; missing optional columns are null.
    """
    schema = SCHEMAS[table]
    rows = rows if isinstance(rows, list) else list(rows)
    # One column's Python list at a time, and the sort done by Arrow (stable, nulls first, strings by code point as
    # Python orders them): a million-row table needs no Python sort keys, nor every column as a list at once.
    table_ = pa.Table.from_arrays([pa.array([r.get(f.name) for r in rows], type=f.type) for f in schema], schema=schema)
    return sorted_table(table, table_)


def sorted_table(table: str, arrow: pa.Table) -> pa.Table:
    """An Arrow table in its schema's row order (SORT_KEYS), sorted by Arrow (stable, nulls first)."""
    import pyarrow.compute as pc

    if arrow.num_rows < 2:
        return arrow
    keys = [(name, "ascending", "at_start") for name in SORT_KEYS[table]]
    return arrow.take(pc.sort_indices(arrow, sort_keys=keys))
