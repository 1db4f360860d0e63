"""Grouping mentions of one event across articles (event_key), after the resolve stage named the parties."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from newsfacts.schema import DATE_PRECISIONS, make_id
from newsfacts.transforms.events.words import HELD_SITE_NOUNS, SITE_NOUNS
from newsfacts.transforms.spans import fold

log = logging.getLogger(__name__)

# Grouping: words left out when comparing names, and date precisions from fine to coarse.
NAME_FILLER = {"the", "of", "'s", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms."}
PRECISION_RANK = {precision: rank for rank, precision in enumerate(DATE_PRECISIONS)}  # day 0 ... year 3


# The earlier clusters of a batch, chunk by chunk in the order they were made: (key, distinct signatures) each.
Seeds = Iterable[tuple[str, list[dict]]]


def assign_event_keys(
    events: list[dict], existing: Seeds = (), types: Iterable[str] = ()
) -> list[tuple[str, list[dict]]]:
    """Set row["event_key"] in place so that mentions of the same event across articles share a key; called after the resolve stage replaced actor/counterpart/location with canonical names.

    `existing`: clusters of earlier ingest batches (their key and their members' distinct signatures, see
    _SIGNATURE_FIELDS), in the order they were made. They come first: a row joins the first of them that
    accepts it and takes its key; rows no earlier cluster accepts are grouped among themselves as before.
    `types`: event types taken first, in this order (the order their first earlier clusters had, where clusters
    that can accept none of the rows were left out of `existing`).
    Returns the clusters that got rows: (key, those rows), earlier clusters first, in cluster order."""
    return assign_event_keys_in_chunks(events, lambda pending: (existing,), types)


def assign_event_keys_in_chunks(
    events: list[dict], chunks: Callable[[list[dict]], Iterable[Seeds]], types: Iterable[str] = ()
) -> list[tuple[str, list[dict]]]:
    """assign_event_keys with the earlier clusters read one chunk at a time, so that memory holds one chunk of
    them, not all (a store of a million articles has hundreds of thousands that may accept a row).

    `chunks(pending)` gives the chunks in cluster order and is read to its end; `pending` is the rows no earlier
    cluster has taken yet, in the order they are placed, kept current between chunks (a chunk may leave out the
    clusters none of them can join, and the chunks may stop once it is empty). Each chunk's clusters are seeded,
    the pending rows walk them, and the chunk is let go. The keys are those of seeding every chunk at once: a
    row joins the first earlier cluster that accepts it, and a cluster changes only by the rows that join it
    (which only narrows what it accepts), so when the rows meet chunk k its clusters hold exactly the earlier
    rows that would have joined them, and a row no cluster of chunks 1..k accepted would have met none there."""
    order = dict.fromkeys(types)  # the types in the order their clusters are returned
    pending = sorted(events, key=_grouping_order)
    earlier: dict[str, list[tuple[str, list[dict]]]] = {}
    for chunk in chunks(pending):
        by_type: dict[str, _Clusters] = {}
        for seed_key, rows in chunk:
            order.setdefault(rows[0]["type"])
            _of_type(by_type, rows[0]["type"]).seed(rows, seed_key)
        if not by_type:
            continue
        left = []
        for row in pending:
            group = by_type.get(row["type"])
            if group is None or not group.join_first(row):
                left.append(row)
        pending[:] = left
        for type_, group in by_type.items():
            for cluster in group.clusters:
                added, key = cluster.rows[cluster.seeded :], cluster.key
                if added and key is not None:  # a seeded cluster has its key
                    for row in added:
                        row["event_key"] = key
                    earlier.setdefault(type_, []).append((key, added))
    fresh: dict[str, _Clusters] = {}  # the clusters of rows no earlier cluster took
    for row in pending:
        order.setdefault(row["type"])
        _of_type(fresh, row["type"]).place(row)
    touched = []
    for type_ in order:
        touched += earlier.get(type_, [])
        for cluster in fresh[type_].clusters if type_ in fresh else ():
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
            touched.append((key, cluster.rows))
    return touched


def merge_retold_events(
    events: list[dict], mentions: Iterable[dict] = (), texts: Mapping[str, str] | None = None
) -> list[dict]:
    """One row per happening within an article (GUIDELINE: one happening, one event): a later mention of an
    event told before in its article is that event. A mention retells an earlier one when it has the same type
    and planned state, stands in a later sentence than the event's first telling, and either

    - adds nothing of its own, at most RETOLD_EVENT_SENTENCES after the event's last telling ("Bandits raided
      Koda on Monday. ... The bandits attacked with rifles."): the same doer (`_names_compatible`, after the
      resolve stage named the parties), no place, date or counterpart, and its sentence names no place
      (`mentions` of RETOLD_EVENT_PLACE_LABELS) the event's tellings did not; or
    - fits the event and shares an anchor with it (`_anchored`): the same doer at the same place ("Rebels
      shelled Goma. ... The rebels struck Goma with rockets"), the same named person attacked, killed or taken
      ("a man stabbed the mayor ... the assailant stabbed the mayor twice"), the same thing struck, told by a
      description or named as a site ("attacked a river boat ... the gunmen who attacked the boat"), or the
      headline or lead telling it twice, once without its doer ("Deadly raid in Goma. Rebels raided Goma on
      Monday").

    An event that, with every telling merged, names no doer, other party or place ("both had been freed") tells
    the analyst nothing to count or place and is left out (logged; NAMING_FIELDS).

    No mention with a word that sets it apart ("another", "again", "also": RETOLD_APART_WORDS, read in `texts`,
    article id -> text) retells one told before.

    A mention naming another place, day or side, a doer the event lacks (where nothing anchors it), or one told
    in the same sentence (two strikes in one sentence) stays an event. The first telling keeps its row and its
    trace, and takes the fields it lacks from the mentions merged into it; `events` is in text order
    (resolve_corpus sorts it). Returns the rows kept, in order; each merge is logged."""
    places = _sentence_places(mentions)
    persons = _labelled_entities(mentions, "PERSON")
    sites = _site_entities(mentions)
    kept: list[dict] = []
    told: dict[str, list[_Telling]] = {}  # per article: its events so far
    for row in events:
        earlier = told.setdefault(row["article_id"], [])
        apart = _told_apart(row, (texts or {}).get(row["article_id"]))  # "another strike": never a retelling
        heard = None if apart else next((t for t in earlier if t.retold_by(row, places, persons, sites)), None)
        if heard is None:
            earlier.append(_Telling(row, places))
            kept.append(row)
            continue
        heard.add(row, places)
        log.debug("event %r merged: retells the %s %r told before", row["trigger"], row["type"], heard.first["trigger"])
    if len(kept) < len(events):
        log.info("%d event mentions merged into the event they retell", len(events) - len(kept))
    named = [row for row in kept if any(row.get(f) for f in NAMING_FIELDS)]
    if len(named) < len(kept):
        log.info("%d events left out: no doer, other party or place named by any telling", len(kept) - len(named))
    return named


# How many sentences after an event's last telling a mention that adds nothing may retell it (a paragraph: a report
# comes back to its attack after a quote or two; a mention naming no place, day or side of its own, by the same doer
# and not told apart, tells no other happening).
RETOLD_EVENT_SENTENCES = 5
# Words that end a site's name: a building or ground struck as a thing (SITE_NOUNS, HELD_SITE_NOUNS), a bridge, a
# crossing, a cathedral.
SITE_HEAD_WORDS = SITE_NOUNS | HELD_SITE_NOUNS | {"bridge", "crossing", "cathedral", "chapel", "monastery", "port"}
# The fields of which an event must name one to be kept: who did it, to whom, or where.
NAMING_FIELDS = ("actor", "counterpart", "location")
# The fields a retelling must leave empty: naming any of them may tell another happening.
RETOLD_EVENT_EMPTY = ("location", "counterpart", "date", "date_text")
# Labels of the names that, in a retelling's sentence, may place it elsewhere.
RETOLD_EVENT_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words next to a mention's trigger that tell a happening apart from one told before ("another strike", "struck
# again", "also attacked", "a second raid"): such a mention is never merged.
RETOLD_APART_WORDS = frozenset(
    "another again also second third fourth new fresh further other separate separately renewed more earlier"
    " previous prior subsequent repeated similar latest".split()
)
# Of them, those that set a mention apart from after its trigger ("struck again"; "the attack earlier on
# Monday" is a date).
RETOLD_APART_AFTER_WORDS = frozenset({"again"})
# How many words before its trigger, and after it, a mention is read for those words.
RETOLD_APART_BEFORE, RETOLD_APART_AFTER = 4, 2
# The sentences of an article's headline and lead: a happening is told there more than once, in short.
RETOLD_LEAD_SENTENCES = 2
# Types whose one named victim anchors a retelling: a person is attacked, killed or taken once in a report.
RETOLD_VICTIM_TYPES = frozenset({"attack", "kill", "assassinate", "abduct"})
# The fields a mention merged into an event gives it where the event has none (with their offsets).
RETOLD_FILLED = {
    "actor": ("actor", "actor_entity_id", "actor_start", "actor_end"),
    "counterpart": ("counterpart", "counterpart_entity_id"),
    "location": ("location", "location_entity_id", "location_start", "location_end"),
    "date_text": ("date", "date_text", "date_precision", "date_start", "date_end"),
}
_WORD = re.compile(r"[\w'’-]+")

_SentencePlaces = dict[tuple[str, int | None], set[str]]


def _sentence_places(mentions: Iterable[dict]) -> _SentencePlaces:
    """The places each sentence names: (article, sentence) -> entity ids (the folded text without one)."""
    places: _SentencePlaces = {}
    for mention in mentions:
        if mention.get("label") in RETOLD_EVENT_PLACE_LABELS and mention.get("sentence_index") is not None:
            key = (mention["article_id"], mention["sentence_index"])
            places.setdefault(key, set()).add(mention.get("entity_id") or fold(mention.get("text")))
    return places


def _labelled_entities(mentions: Iterable[dict], label: str) -> frozenset[str]:
    """The entities named with `label`: PERSON (a victim named so anchors a retelling)."""
    return frozenset(m["entity_id"] for m in mentions if m.get("label") == label and m.get("entity_id"))


def _site_entities(mentions: Iterable[dict]) -> frozenset[str]:
    """The entities named as a site (a church, a hotel or a port, struck as a thing, not as a party): places whose
    name ends in a site's word ("Al-Noor Mosque"), or labelled FAC by a store written before sites were LOC."""
    return frozenset(
        m["entity_id"]
        for m in mentions
        if m.get("entity_id")
        and (m.get("label") == "FAC" or (m.get("label") == "LOC" and _last_word(m.get("text")) in SITE_HEAD_WORDS))
    )


def _last_word(text: str | None) -> str | None:
    """The last word of a name, folded ("the Al-Noor Mosque": mosque)."""
    words = _WORD.findall(fold(text))
    return words[-1] if words else None


class _Telling:
    """An event of an article as told so far: its first row, the sentence of its last telling, and the places
    its tellings' sentences name."""

    def __init__(self, row: dict, places: _SentencePlaces) -> None:
        self.first = row
        self.last_sentence = row.get("sentence_index")
        self.places = set(places.get((row["article_id"], self.last_sentence), ()))

    def add(self, row: dict, places: _SentencePlaces) -> None:
        self.last_sentence = row.get("sentence_index")
        self.places |= places.get((row["article_id"], self.last_sentence), set())
        if self.first.get("date") is None and row.get("date") is not None and _dates_named_alike(row, self.first):
            # "in March" told first, "on March 26" after: the day the retelling fixes
            self.first.update({f: row.get(f) for f in RETOLD_FILLED["date_text"] if f in row})
        for given, fields in RETOLD_FILLED.items():
            if self.first.get(given) is None and row.get(given) is not None:
                if given == "counterpart" and _place_struck(row):
                    continue  # "struck Goma": the place, told as the side, is no side of the event
                self.first.update({f: row.get(f) for f in fields if f in row})

    def retold_by(
        self,
        row: dict,
        places: _SentencePlaces,
        persons: frozenset[str] = frozenset(),
        sites: frozenset[str] = frozenset(),
    ) -> bool:
        """Whether `row` (no mention told apart, `_told_apart`) retells this event: see merge_retold_events."""
        first, sentence = self.first, row.get("sentence_index")
        if sentence is None or self.last_sentence is None or sentence == first.get("sentence_index"):
            return False
        if row["type"] != first["type"] or bool(row.get("planned")) != bool(first.get("planned")):
            return False
        if self._adds_nothing(row, places):
            return True
        return _dates_told_alike(row, first) and _anchored(row, first, persons, sites)

    def _adds_nothing(self, row: dict, places: _SentencePlaces) -> bool:
        """The same doer, no field of its own, close after the last telling, no other place in its sentence."""
        first, sentence = self.first, row["sentence_index"]
        if not 0 < sentence - self.last_sentence <= RETOLD_EVENT_SENTENCES:
            return False
        if any(row.get(f) for f in RETOLD_EVENT_EMPTY):
            return False
        if not (row.get("actor") and first.get("actor") and _names_compatible(row, first, "actor")):
            return False
        doers = {row.get("actor_entity_id"), first.get("actor_entity_id"), fold(row["actor"]), fold(first["actor"])}
        return places.get((row["article_id"], sentence), set()) - doers <= self.places


def _anchored(row: dict, first: dict, persons: frozenset[str], sites: frozenset[str] = frozenset()) -> bool:
    """What makes two mentions one happening: the same doer at the same place, the other fields fitting (a side
    that is only the place struck, "struck Goma", fits any); or two mentions of the opening (RETOLD_LEAD_SENTENCES)
    whose fields fit, one of them with no doer (a headline's "Deadly attack in Tavora" and the lead's "Azmeri
    troops attacked Tavora"); or the same person as victim, every field but the
    doer fitting, and a doer that fits or that neither tells by name ("a man stabbed him ... the assailant
    stabbed him": descriptions of one attacker)."""
    if _named(row, "actor") and _named(first, "actor") and _dates_named_alike(row, first) and _same_fields(row, first):
        return True  # "sailors kidnapped by X in March ... were abducted by X on March 26": the same taking
    sides = _names_compatible(row, first, "counterpart") or _place_struck(row) or _place_struck(first)
    fits = sides and _same_fields({**row, "counterpart": None, "counterpart_entity_id": None}, first)
    if all(row.get(f) and first.get(f) for f in ("actor", "location")):
        return fits
    if fits and _in_lead(row) and _in_lead(first) and not (row.get("actor") and first.get("actor")):
        return True
    if row["type"] in RETOLD_VICTIM_TYPES and _same_target(row, first, sites):
        return True
    victim = row.get("counterpart_entity_id")
    if row["type"] not in RETOLD_VICTIM_TYPES or victim is None or victim not in persons:
        return False
    if victim != first.get("counterpart_entity_id") or not _dates_compatible(row, first):
        return False
    if not _names_compatible(row, first, "location"):
        return False
    return _doers_fit(row, first)


def _doers_fit(row: dict, first: dict) -> bool:
    """The same doer, or descriptions of doers neither names ("a man ... the assailant")."""
    return _names_compatible(row, first, "actor") or not (_named(row, "actor") or _named(first, "actor"))


def _same_target(row: dict, first: dict, sites: frozenset[str]) -> bool:
    """ "Militants attacked a river boat near Gao ... Militants attacked the boat as it sailed": the same thing
    struck, told by a description (not a state, people, body or person: a side is struck many times), every other
    field fitting, and a doer that fits or that neither tells by name ("the gunmen who attacked the church"); a
    site the first telling struck is its place ("stormed the Al-Noor Mosque ... who stormed the mosque")."""
    row, first = _struck_as_side(row), _struck_as_side(first)
    if not first.get("counterpart") and first.get("location_entity_id") in sites - {None}:
        first = {**first, "counterpart": first["location"], "counterpart_entity_id": first["location_entity_id"]}
    if not (row.get("counterpart") and first.get("counterpart")) or not _names_compatible(row, first, "counterpart"):
        return False
    if row.get("counterpart_entity_id") or first.get("counterpart_entity_id") not in sites | {None}:
        return False
    unsided = {**row, "counterpart": None, "counterpart_entity_id": None, "actor": None, "actor_entity_id": None}
    return _same_fields(unsided, first) and _doers_fit(row, first)


def _struck_as_side(row: dict) -> dict:
    """A row whose thing struck ("a passenger ferry", column `target`) stands where its side would, for comparing
    what two tellings hit."""
    return {**row, "counterpart": row["target"], "counterpart_entity_id": None} if row.get("target") else row


def _in_lead(row: dict) -> bool:
    """Whether a mention is told in the headline or lead of its article."""
    return (row.get("sentence_index") or 0) <= RETOLD_LEAD_SENTENCES


def _named(row: dict, field: str) -> bool:
    """A party told by its name (an entity of the resolve stage), not only a description ("gunmen")."""
    return bool(row.get(f"{field}_entity_id"))


def _place_struck(row: dict) -> bool:
    """Whether the row's side is its own place ("struck Goma": Goma is where, not whom)."""
    if row.get("counterpart") is None or row.get("location") is None:
        return False
    return _names_compatible(
        {"place": row.get("counterpart"), "place_entity_id": row.get("counterpart_entity_id")},
        {"place": row.get("location"), "place_entity_id": row.get("location_entity_id")},
        "place",
    )


def _dates_named_alike(row: dict, first: dict) -> bool:
    """Both tellings give date words, and they share a word that says which day or month ("in March", "on March 26")."""
    return bool(_date_words(row) & _date_words(first))


def _date_words(row: dict) -> set[str]:
    """The words of a row's date text that say which day or month ("on Tuesday", "Tuesday's": tuesday)."""
    return set(_WORD.findall(fold(row.get("date_text")).replace("'s", ""))) - DATE_FILLER


def _dates_told_alike(row: dict, first: dict) -> bool:
    """Dates that fit: resolved and compatible, or date words sharing a word ("on Tuesday", "Tuesday's"), or
    given on one side only; but a retelling that brings only a month or a year the event lacks ("occupied the
    town in May 2023", after "seized the town") tells an earlier happening."""
    if row.get("date") is not None and first.get("date") is not None:
        return True  # _same_fields compared them
    if row.get("date_text") and not first.get("date_text") and row.get("date") is None:
        return False
    words = _date_words(row), _date_words(first)
    return not (words[0] and words[1]) or bool(words[0] & words[1])


# Words of a date text that say nothing of which day it is.
DATE_FILLER = frozenset({"on", "in", "at", "the", "of", "during", "late", "early", "last", "this"})


def _told_apart(row: dict, text: str | None) -> bool:
    """Whether a word next to the mention's trigger sets it apart from what was told before (RETOLD_APART_WORDS)."""
    start, end = row.get("trigger_start"), row.get("trigger_end")
    if text is None or start is None or end is None:
        return False
    sentence_start = row.get("sentence_start") or 0
    before = _WORD.findall(fold(text[sentence_start:start]))[-RETOLD_APART_BEFORE:]
    after = _WORD.findall(fold(text[end : row.get("sentence_end") or len(text)]))[:RETOLD_APART_AFTER]
    return not (RETOLD_APART_WORDS.isdisjoint(before) and RETOLD_APART_AFTER_WORDS.isdisjoint(after))


def _of_type(by_type: dict[str, _Clusters], type_: str) -> _Clusters:
    """The clusters of an event type, made when first asked (not once per row, as setdefault would)."""
    found = by_type.get(type_)
    if found is None:
        found = by_type[type_] = _Clusters()
    return found


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

    Every member of a cluster must fit a new row, so what the cluster's first member with a value of some kind
    holds rules out rows that cannot fit it: its actor, counterpart and location entities (two entity ids fit
    only when equal), its day-precise date, the years its date covers (two compatible dates share a year), and
    the words of its actor and location names (two names compared by words fit only when one's words are inside
    the other's; a counterpart is compared by its entity only). Each kind is indexed by value, and clusters by the
    kinds they have values of (their mask). A cluster that may accept a row either has values of some chosen kinds that fit the row's, or
    none of those kinds at all: the row walks those lists only, merged in cluster order, and is compared with
    the clusters that pass every kind. The same first fit as comparing with every cluster, without the all-pairs
    scan."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.indexes = {kind: _KindIndex(words=kind.endswith("words")) for kind in _KINDS}
        self.mask_of: list[int] = []  # per cluster: a bit per kind it has values of
        self.by_mask: dict[int, list[int]] = {}  # sorted; a cluster whose mask changed since stays, skipped
        self.mask_count: dict[int, int] = {}

    def place(self, row: dict) -> None:
        if not self.join_first(row):
            self._new(_Cluster(row))

    def join_first(self, row: dict) -> bool:
        """The row joined to the first cluster that accepts it; whether one did."""
        wanted = {
            k: values for k, values in ((k, _row_values(row, k, asked=True)) for k in _KINDS) if values is not None
        }
        for i in self._candidates(wanted):
            if self.clusters[i].accepts(row):
                self._join(i, row)
                return True
        return False

    def seed(self, rows: list[dict], key: str) -> None:
        """A cluster of an earlier batch, with its key: after the clusters seeded before it."""
        cluster = _Cluster(rows[0])
        i = self._new(cluster)
        for row in rows[1:]:
            self._join(i, row)
        cluster.key, cluster.seeded = key, len(rows)

    def _join(self, i: int, row: dict) -> None:
        self.clusters[i].add(row)
        mask = self.mask_of[i]
        for bit, (kind, index) in enumerate(self.indexes.items()):
            if index.value_of[i] is None and index.set(i, _row_values(row, kind)):
                mask |= 1 << bit
        self._move(i, mask)

    def _new(self, cluster: _Cluster) -> int:
        row = cluster.rows[0]
        i = len(self.clusters)
        self.clusters.append(cluster)
        mask = 0
        for bit, (kind, index) in enumerate(self.indexes.items()):
            index.value_of.append(None)
            if index.set(i, _row_values(row, kind)):
                mask |= 1 << bit
        self.mask_of.append(mask)
        self.by_mask.setdefault(mask, []).append(i)
        self.mask_count[mask] = self.mask_count.get(mask, 0) + 1
        return i

    def _move(self, i: int, mask: int) -> None:
        old = self.mask_of[i]
        if mask == old:
            return
        self.mask_of[i] = mask
        self.mask_count[old] -= 1
        self.mask_count[mask] = self.mask_count.get(mask, 0) + 1
        bisect.insort(self.by_mask.setdefault(mask, []), i)
        stale = self.by_mask[old]
        if len(stale) > 2 * self.mask_count[old] + 16:
            self.by_mask[old] = [j for j in stale if self.mask_of[j] == old]

    def _current(self, mask: int, found: list[int]) -> Iterator[int]:
        """The clusters of a mask's list that still have that mask."""
        return (j for j in found if self.mask_of[j] == mask)

    def _candidates(self, wanted: dict[str, frozenset]) -> Iterator[int]:
        """Clusters that may accept a row with these values, in their order."""
        if not wanted:
            return iter(range(len(self.clusters)))
        lists = {kind: self.indexes[kind].lists(values) for kind, values in wanted.items()}
        sizes = {kind: sum(map(len, found)) for kind, found in lists.items()}
        # The chosen kinds: the prefix (by size of their value lists) that walks the fewest clusters.
        chosen: list[str] = []
        best, best_size, taken = 0, len(self.clusters) + 1, 0
        for kind in sorted(wanted, key=sizes.__getitem__):
            taken |= _BITS[kind]
            chosen.append(kind)
            size = sum(sizes[k] for k in chosen) + sum(n for m, n in self.mask_count.items() if not m & taken)
            if size < best_size:
                best, best_size = len(chosen), size
        chosen = chosen[:best]
        taken = sum(_BITS[k] for k in chosen)
        without = [self._current(m, found) for m, found in self.by_mask.items() if not m & taken and found]
        checks = [(self.indexes[kind], values) for kind, values in wanted.items()]
        return (
            i
            for i in _unique(heapq.merge(*without, *(found for k in chosen for found in lists[k])))
            if all(index.fits(i, values) for index, values in checks)
        )


def _unique(ordered: Iterator[int]) -> Iterator[int]:
    """Sorted numbers, each once."""
    last = -1
    for i in ordered:
        if i != last:
            last = i
            yield i


# Kinds of values a cluster is indexed by: the entity of a party, the day, the years, the words of a party's name.
# A counterpart is compared by its entity only: one only described ("villagers") fits any (_same_fields).
_PARTIES = ("actor", "counterpart", "location")
_WORDED_PARTIES = ("actor", "location")
_KINDS = (
    *(f"{p}_entity" for p in _PARTIES),
    "day",
    "year",
    *(f"{p}_words" for p in _WORDED_PARTIES),
    *(f"{p}_namewords" for p in _WORDED_PARTIES),
)
# Each kind's bit in a mask of kinds (the indexes are built in _KINDS order).
_BITS = {kind: 1 << n for n, kind in enumerate(_KINDS)}


def _row_values(row: dict, kind: str, asked: bool = False) -> frozenset | None:
    """What a row holds of a kind of value (None: nothing, so it rules out no cluster). Two rows are compared
    by the words of a party's name unless both have its entity: so "words" are those of any member, asked of
    rows without the entity; "namewords" those of members without it, asked of rows with it."""
    party, _, what = kind.partition("_")
    if what == "entity":
        entity = row.get(f"{party}_entity_id")
        return frozenset((entity,)) if entity else None
    if what in ("words", "namewords"):
        has_entity = bool(row.get(f"{party}_entity_id"))
        if (asked and has_entity != (what == "namewords")) or (not asked and what == "namewords" and has_entity):
            return None
        name, words = _folded(row.get(party))
        return words if name and words else None
    if kind == "day":
        day = _day(row)
        return frozenset((day,)) if day else None
    return _years(row)


def _years(row: dict) -> frozenset | None:
    """The years the row's date covers (a week may run into the next year)."""
    date = row.get("date")
    if date is None:
        return None
    if (row.get("date_precision") or "day") == "week":
        return frozenset((date.year, (date + dt.timedelta(days=6)).year))
    return frozenset((date.year,))


class _KindIndex:
    """Clusters by the values of one kind their first member with such values had.

    Values of most kinds fit when they share one (an entity, a day, a year). Words of names fit when one set is
    inside the other: clusters are indexed by each word (the sets that hold all of a row's words hold its rarest
    one) and by their whole set (the sets inside a row's are among its subsets)."""

    def __init__(self, words: bool = False) -> None:
        self.words = words
        self.value_of: list[frozenset | None] = []  # per cluster
        self.by_value: dict[object, list[int]] = {}  # sorted cluster numbers
        self.by_set: dict[frozenset, list[int]] = {}  # words only: clusters by their whole set

    def set(self, i: int, values: frozenset | None) -> bool:
        """Give cluster i these values (it had none of this kind); whether there were any."""
        if not values:
            return False
        self.value_of[i] = values
        for value in values:
            bisect.insort(self.by_value.setdefault(value, []), i)
        if self.words:
            bisect.insort(self.by_set.setdefault(values, []), i)
        return True

    def fits(self, i: int, values: frozenset) -> bool:
        """Whether cluster i may accept a row with these values (it has none of this kind, or they fit)."""
        own = self.value_of[i]
        if own is None:
            return True
        if self.words:
            return own <= values or values <= own
        return not own.isdisjoint(values)

    def lists(self, values: frozenset) -> list:
        """Sorted lists of cluster numbers that hold every cluster with values fitting these (and some more)."""
        if not self.words:
            return [found for found in map(self.by_value.get, values) if found]
        if len(values) > _MAX_SUBSET_WORDS:
            return [found for found in map(self.by_value.get, values) if found]
        rarest = min((self.by_value.get(v, ()) for v in values), key=len)
        words = sorted(values)
        subsets = (frozenset(c) for n in range(1, len(words) + 1) for c in itertools.combinations(words, n))
        return [found for found in (rarest, *map(self.by_set.get, subsets)) if found]


# A name of more words than this is looked up by each word rather than by each subset of its words.
_MAX_SUBSET_WORDS = 6


def _day(row: dict) -> dt.date | None:
    """The row's date when it is precise to the day (no precision counts as a day, as `_dates_compatible` reads it)."""
    date = row.get("date")
    return date if date is not None and (row.get("date_precision") or "day") == "day" else None


class _Cluster:
    """Mentions grouped as one event. A new mention must fit every member; members that look alike are
    compared once (their distinct signatures), which keeps grouping near-linear on repetitive corpora."""

    def __init__(self, row: dict) -> None:
        self.key: str | None = None  # set for a cluster of an earlier batch
        self.seeded = 0  # how many of its rows are an earlier batch's signatures
        self.rows: list[dict] = []
        self.signatures: dict[tuple, dict] = {}
        self.planned_by_article: dict[str, set] = {}
        self.add(row)

    def add(self, row: dict) -> None:
        self.rows.append(row)
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
        and (not (_named(a, "counterpart") and _named(b, "counterpart")) or _names_compatible(a, b, "counterpart"))
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
