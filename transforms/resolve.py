"""The corpus-level stage: canonical entities, sources, names in claims/figures/events, event keys."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from newsfacts.transforms.dates import as_date
from newsfacts.transforms.discrepancies import find_discrepancies
from newsfacts.transforms.entities import EntityIndex, canonical_form, resolve_entities
from newsfacts.transforms.events import assign_event_keys, merge_retold_events
from newsfacts.transforms.events.grouping import assign_event_keys_in_chunks
from newsfacts.transforms.geocode import geocode_tables
from newsfacts.transforms.sources import SourceBook, link_figures_to_claims

if TYPE_CHECKING:
    from newsfacts.transforms.canonical import Canonical

logger = logging.getLogger(__name__)


def resolve_corpus(
    articles: list[dict],
    mentions: list[dict],
    figures: list[dict],
    claims: list[dict],
    events: list[dict],
    store: Canonical | None = None,
) -> dict[str, list[dict]]:
    """Rows extracted per article in, finished tables out (every name resolved, every source counted).

    With `store` (the canonical tables of earlier ingest batches, transforms/canonical.py) the rows are one
    batch: its entities, sources and event clusters join the store's (which it updates), and `entities` and
    `sources` are the canonical rows the batch touched; discrepancies are left to the caller (empty)."""
    # Batches may finish in any order (Dask, cached parts): resolve in text order so ids and names never depend on it.
    articles, mentions, figures, claims, events = (
        sorted(rows, key=_text_order) for rows in (articles, mentions, figures, claims, events)
    )
    entities, mentions, index = resolve_entities(mentions)
    if store is not None:
        entities = store.join_entities(entities, mentions, index)  # earlier batches' entities keep their ids
    book = SourceBook(index)
    texts = {a["article_id"]: a["text"] for a in articles if a.get("text")}
    _credit_outlets(book, articles)
    _credit_claims(book, claims)
    _credit_figures(book, figures, claims, articles, texts)
    _name_event_parties(index, events)
    # One row per happening within an article, by the names just resolved.
    events = merge_retold_events(events, mentions, texts)
    # The same event in several articles: one key (an earlier batch's cluster keeps its key).
    if store is not None:
        chunks = store.event_cluster_chunks(events, articles)  # earlier clusters, a chunk at a time
        touched = assign_event_keys_in_chunks(events, chunks, types=store.seed_types)
    else:
        touched = assign_event_keys(events)
    _geocode(articles, mentions, entities, events)
    if store is None:
        sources = book.table()
        discrepancies = find_discrepancies(figures, events, articles, mentions=mentions, entities=entities)
    else:
        store.commit_entities(entities)
        store.add_clusters(touched)
        sources, discrepancies = store.add_sources(book.table()), []

    return {
        "articles": articles,
        "entities": entities,
        "mentions": mentions,
        "sources": sources,
        "figures": figures,
        "claims": claims,
        "events": events,
        "discrepancies": discrepancies,
    }


def _text_order(row: dict) -> tuple:
    """Article, then position in its text."""
    return (
        row.get("article_id") or "",
        row.get("start_char") or 0,
        row.get("end_char") or 0,
        row.get("source_path") or "",
    )


def _credit_outlets(book: SourceBook, articles: list[dict]) -> None:
    """Every article read whole credits its outlet."""
    for article in articles:
        if article.get("status") == "ok" and article.get("outlet"):
            book.credit(article["outlet"], article["article_id"], outlet=True)


def _credit_claims(book: SourceBook, claims: list[dict]) -> None:
    """Each claim's speaker becomes a source, and the claim names it."""
    for claim in claims:
        source = book.credit(claim.get("speaker_text"), claim["article_id"])
        if source is not None:
            source["n_claims"] += 1
            claim.update(speaker=source["name"], speaker_entity_id=source["entity_id"], source_id=source["source_id"])


def _credit_figures(
    book: SourceBook, figures: list[dict], claims: list[dict], articles: list[dict], texts: dict[str, str]
) -> None:
    """Each figure's source (its own or its claim's) becomes a source; a figure without a date is as of its
    article's publication. `texts`: article id -> text."""
    published = {a["article_id"]: a.get("published_at") for a in articles}
    link_figures_to_claims(figures, claims, texts)
    for figure in figures:
        source = book.credit(figure.get("source_text"), figure["article_id"])
        if source is not None:
            source["n_figures"] += 1
            figure.update(source_name=source["name"], source_id=source["source_id"])
        figure.setdefault("as_of", as_date(published.get(figure["article_id"])))


def _name_event_parties(index: EntityIndex, events: list[dict]) -> None:
    """An event's actor, counterpart and location by their entity's name, else in canonical form; a location
    whose entity is a person ("attacked Kovacs" with the surname read as a place) is no place, and is dropped."""
    unplaced = 0
    for event in events:
        for role in ("actor", "counterpart", "location"):
            text = event.get(role)
            entity = index.lookup(text, event["article_id"])
            if role == "location" and entity is not None and entity.get("label") == "PERSON":
                event.update({f: None for f in ("location", "location_start", "location_end") if f in event})
                unplaced += 1
                continue
            if entity is not None:
                event[role] = entity["name"]
                event[f"{role}_entity_id"] = entity["entity_id"]
            elif text:
                event[role] = canonical_form(text) or text
    if unplaced:
        logger.info("%d event location(s) named a person, not a place: left empty", unplaced)


def _geocode(articles: list[dict], mentions: list[dict], entities: list[dict], events: list[dict]) -> None:
    """Coordinates on event locations and place entities, counted in the log."""
    geocoded = geocode_tables(articles, mentions, entities, events)
    logger.info(
        "geocoded %d of %d event locations and %d of %d place entities (%d entities left null: their articles "
        "place them apart)",
        geocoded["events_geocoded"],
        geocoded["events_with_location"],
        geocoded["entities_geocoded"],
        geocoded["place_entities"],
        geocoded["entities_conflicting"],
    )
