"""One events row per mention: the trigger with its actor, counterpart, place and date, one row per side
of a reciprocal release, and restatements of another event of the sentence absorbed (ABSORBED).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any, Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.schema import make_id
from newsfacts.transforms.dates import resolve_date
from newsfacts.transforms.events.modality import (
    _agreement_is_negotiation,
    _decided_on_past_date,
    _is_planned,
    trip_talks_are_for,
    _is_restatement,
    _is_unreal,
)
from newsfacts.transforms.events.parties import (
    _actor,
    _crowd_harmed,
    _disowned,
    _party_name,
    counterpart_and_target,
    sufferer,
)
from newsfacts.transforms.events.syntax import (
    capital_named,
    _reflexive,
    _is_passive,
    _agent,
    _counted,
    _definite,
    _prep_objects,
    _death_verb,
    _extent,
    _is_party,
    _is_person,
    _is_toll_subject,
    _label,
    RuleTable,
    _one_named_victim,
    _own_subject,
    _passive_subject,
    _scene_named,
    _session_of,
    _struck_place,
    _told_going_on,
    _weapon_doer,
)
from newsfacts.transforms.events.table import ATTACK_NOUNS
from newsfacts.transforms.events.triggers import trigger_type
from newsfacts.transforms.events.wherewhen import (
    SEQUENCE_PREPS,
    _date_anchor,
    _date_span,
    _date_text,
    _happening_told,
    _location,
    finer_place,
    clause_place,
    place_of_described_noun,
    place_of_outcome,
    points_back_to_place,
)
from newsfacts.transforms.events.words import (
    CAPTOR_WORDS,
    CLAIMING_VERBS,
    ARMED_NOUNS,
    COUNTRY_NOUNS,
    DOER_NOUNS,
    PERSON_NOUNS,
    HARM_TYPES,
    HAPPENING_VERBS,
    HOSTILE_TYPES,
    SCENE_NOUNS,
    SEPARATE_OBJECT_TYPES,
    SESSION_TYPES,
    NULL_ACTOR_TYPES,
    SWAP_NOUNS,
    VICTIM_NOUNS,
    WEAPON_NOUNS,
)
from newsfacts.transforms.language.discourse import doc_dateline_places, doc_dateline_span, entity_of
from newsfacts.transforms.language.lexicon import ACTOR_LABELS, DEMONYMS, PLACE_LABELS, STATE_BODY_WORDS
from newsfacts.transforms.language.gazetteer import armed_group, people_place, place as known_place
from newsfacts.transforms.cleaning import dateline_place_name
from newsfacts.transforms.spans import doc_text, fold, offsets, sentence_index, trace
from newsfacts.transforms.entities import PERSON_ONLY_TITLES, mention_spans, settle_labels

log = logging.getLogger(__name__)


def extract_events(doc: Doc, article_id: str, published_at: dt.date | None) -> Iterator[dict]:
    """Event mentions of `doc`, in text order, as rows of the events table (event_key left for grouping)."""
    settle_labels(doc)
    previous: list[dict] = []  # the rows of the sentence before, for "they" at the start of the next
    told: list[dict] = []  # the rows of the sentences before
    swapped = False  # whether an exchange of prisoners was told (its releases told again are dropped)
    for sent in doc.sents:
        rows: list[dict] = []
        for token in sent:
            etype = trigger_type(token)
            if etype is None or _is_unreal(token) or _is_restatement(token) or _is_toll_subject(token):
                continue
            row = _event_row(token, etype, article_id, published_at, rows, previous)
            if row is None and etype == "negotiate":
                sides = _sides_of_round(token, told)
                if sides is not None:
                    row = _event_row(token, etype, article_id, published_at, rows, previous, sides)
            if row is None:
                _date_told_after(token, etype, published_at, previous, told)
            if row is not None:
                row["_retells"] = _retold_event(row, token, told)
                rows.extend(_distribute(row, token))
        _share_clause_places(rows)
        # a back-reference stays until the deaths it caused are absorbed into it, then goes to the deed it retells
        kept = [r for r in _absorb(rows, told) if not _told_before(r, doc)]
        kept.sort(key=lambda r: (r["start_char"], r["end_char"]))
        swapped = swapped or any(_is_exchange(r) for r in kept)
        kept = [r for r in kept if not (swapped and _freed_in_exchange(r))]
        for i, row in enumerate(kept):
            _day_of_deed_told_before(row, doc, previous)
            _same_day_as_told_before(row, [*told, *kept[:i]])
        previous = kept
        told.extend(kept)
    _place_of_dateline(told, doc)
    _place_of_trip(told, doc)
    _doer_claiming_after(told, doc)
    yield from told  # after the whole text: a later back-reference may name an earlier row's doer


def _doer_claiming_after(rows: list[dict], doc: Doc) -> None:
    """ "A drone struck a depot in Halm; the Coastal Front later took responsibility": a named party that claims
    responsibility with no deed named ("for ...") claims the hostile deed told just before it, in its sentence or
    the one before, when that deed has no doer named (none, or only a description: "gunmen")."""
    for verb in doc:
        claimant = _claimant(verb)
        if claimant is None:
            continue
        before = [r for r in rows if r["type"] in HARM_TYPES and r["trigger_start"] < verb.idx]
        last = before[-1] if before else None
        if last is None or last["sentence_index"] < sentence_index(doc, verb.idx) - 1:
            continue
        if last["actor"] is not None and not _described_doer(last, doc):
            continue  # a named doer stays; "gunmen", "unknown assailants" are the claimant
        log.debug("event %r: doer %r claimed it after", last["trigger"], claimant)
        last.update(actor=claimant, actor_start=None, actor_end=None)  # its words are in another clause


def _claimant(verb: Token) -> str | None:
    """Who claims responsibility with no deed named: "X claimed responsibility", "X took responsibility"."""
    if verb.lemma_.lower() not in CLAIMING_VERBS:
        return None
    owned = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"]
    if not owned or any(p.lower_ == "for" for w in (verb, owned[0]) for p in w.children if p.dep_ == "prep"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _disowned(verb, subject) or entity_of(subject) is None:
        return None
    return _party_name(subject, True)


# Days apart beyond which a sitting is no part of a trip told with a date ("visited Kessa in May").
TRIP_DAYS = 3


def _place_of_trip(rows: list[dict], doc: Doc) -> None:
    """ "Blinken arrived in Amman on Friday. ... Blinken met the king on Saturday": a meeting told with no place
    of its own, held by (or with) a party whose one trip the article tells, was held where that trip went, when
    the two are not told days apart (one ahead, "will also join a meeting", when no further leg is told; or, with
    no trip done, where the one trip ahead goes: "flies to Lima on Thursday ... will meet X"); the location spans
    where the trip's place is written; logged."""
    trips: dict[str, list[dict]] = {}
    ahead: dict[str, list[dict]] = {}  # trips still ahead ("flies to Lima on Thursday"), for meetings ahead
    for row in rows:
        if row["type"] == "visit" and row["actor"] and row["location"]:
            (ahead if row["planned"] else trips).setdefault(_party_key(row["actor"]), []).append(row)
    places, places_ahead = _places_by_party(trips, doc), _places_by_party(ahead, doc)
    for row in rows:
        if row["type"] not in SESSION_TYPES or row["location"] is not None:  # a sitting held where the trip went
            continue
        for party in (row["actor"], row["counterpart"]):
            key = _party_key(party) if party else None
            if key is not None and key not in trips and row["planned"] and len(places_ahead.get(key, ())) == 1:
                trip = ahead[key][0]  # the one trip ahead and a meeting ahead: held where it goes
            elif key is None or len(places.get(key, ())) != 1:
                continue  # no trip of this party, or one to two places
            elif row["planned"] and key in ahead:
                continue  # a meeting ahead while a further leg of the trip is told
            else:
                trip = trips[key][0]
            if row["date"] is not None and not _within_trip_days(row["date"], trip):
                continue
            if trip["sentence_start"] == row["sentence_start"] and _told_as_before_or_after(trip, doc):
                continue  # "will meet X after a visit to Kessa": the meeting need not be there
            log.debug("event %r: placed where %r's trip went, %r", row["trigger"], party, trip["location"])
            row.update(
                location=trip["location"], location_start=trip["location_start"], location_end=trip["location_end"]
            )
            break


def _places_by_party(trips: dict[str, list[dict]], doc: Doc) -> dict[str, set[str]]:
    """The places each party's trips went to."""
    return {key: {place for trip in told for place in _trip_places(trip, doc)} for key, told in trips.items()}


def _within_trip_days(day: dt.date, trip: dict) -> bool:
    """Whether a dated meeting falls within a few days of its party's trip: a trip told only by its week or month
    ("visited Kessa in January") or told days away is another time."""
    if trip["date"] is None:
        return trip["date_text"] is None
    return abs((day - trip["date"]).days) <= TRIP_DAYS


# Nouns of a whole trip, over once told as before another deed (an arrival is not: who arrived is there).
WHOLE_TRIP_WORDS = frozenset({"visit", "visits", "trip", "trips", "tour", "journey"})


def _told_as_before_or_after(trip: dict, doc: Doc) -> bool:
    """Whether a whole trip is told as coming before or after another deed ("after a visit to Kessa")."""
    if trip["trigger"].lower() not in WHOLE_TRIP_WORDS:
        return False  # "after landing in Doha, the envoy met ...": who has arrived somewhere is there
    noun = doc.char_span(trip["trigger_start"], trip["trigger_end"])
    return noun is not None and noun.root.dep_ == "pobj" and noun.root.head.lower_ in SEQUENCE_PREPS


def _trip_places(trip: dict, doc: Doc) -> list[str]:
    """The places a trip went to: its location, and the places joined to it ("his visit to Kessa and Lome")."""
    span = doc.char_span(trip["location_start"], trip["location_end"]) if trip["location_start"] is not None else None
    joined = [t.text for t in span.root.conjuncts] if span is not None else []
    return [trip["location"], *joined]


def _party_key(name: str | None) -> str:
    """A party's name as trips and meetings are matched by: its last word folded ("Antony Blinken", "Blinken")."""
    words = fold(name or "").split()
    return words[-1] if words else ""


def _place_of_dateline(rows: list[dict], doc: Doc) -> None:
    """ "KESSA, Velia (AP) — Gunmen stormed a school on Tuesday": a deed the lead sentence tells with no place of
    its own happened where the dateline places the story, when the story names that place again and the lead
    names no other country (a bureau's city, "DUBAI" over a strike in Yemen, is where the reporter is); logged."""
    text, places, dateline = doc_text(doc), doc_dateline_places(doc), doc_dateline_span(doc)
    if len(places) != 1 or dateline is None:
        return  # no dateline place, or two ("KABUL/ISLAMABAD"): which one is not told
    (start, stop), end = places[0], dateline[1]
    name = dateline_place_name(text[start:stop])
    lead = next((s for s in doc.sents if s.start_char >= end and s.text.strip()), None)
    if lead is None or not _named_again(name, text[end:]) or _other_country_named(name, lead):
        return
    for row in rows:
        if row["sentence_start"] != lead.start_char or row["location"] is not None or row["planned"]:
            continue
        log.debug("event %r: placed at the dateline's %r", row["trigger"], name)
        row.update(location=name, location_start=start, location_end=stop)


def _named_again(name: str, body: str) -> bool:
    """Whether the story's text after the dateline names the dateline's place."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body, re.IGNORECASE) is not None


def _other_country_named(name: str, lead: Span) -> bool:
    """Whether the lead names a place (or a people) of another country than the dateline's place, or another
    place than it within its country ("NAIROBI — ... the attack in Garissa")."""
    home = known_place(name)
    if home is None:
        return False
    countries = set(home.countries.split())
    for ent in lead.ents:
        if ent.label_ not in ("GPE", "LOC", "NORP") or fold(ent.text) == fold(name):
            continue
        known = known_place(DEMONYMS.get(fold(ent.text), ent.text))
        if known is not None and not countries & set(known.countries.split()):
            return True
        if ent.label_ != "NORP" and (known is None or known.kind != "country"):
            return True  # another town or region of the country
    return False


def _date_told_after(
    token: Token, etype: str, published_at: dt.date | None, previous: list[dict], told: list[dict]
) -> None:
    """ "Gunmen stormed a depot in Kassala. The raid began at 3 am on Thursday.", "... Tuesday's raid was the worst in
    years": a definite deed noun with no doer or place of its own, said to happen on a day (or owned by the day) in
    the sentence after a deed of its type that told none, gives that deed its day (one happening, told twice)."""
    if etype not in HARM_TYPES or token.pos_ != "NOUN":
        return
    day_owned = any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in token.children)  # "Tuesday's clashes"
    # said to happen, or told only with its toll ("The raid on Tuesday killed five", "Forty were hurt in the shelling")
    retold = _definite(token) and (_happening_subject(token) or _death_verb(token) is not None)
    if not day_owned and not retold:
        return
    undated = [r for r in previous if r["type"] == etype and r["date_text"] is None and not r["planned"]]
    date_span = _date_span(token)
    if len(undated) != 1 or date_span is None:
        return  # two deeds of the type before: which one is retold is not told
    date_text = _date_text(date_span)
    date, precision = _day(date_text, published_at, False)
    if date is not None and any(r["type"] == etype and r["date"] == date for r in told):
        return  # "... raided Kora on Thursday. ... Thursday's attack was in the north": the deed told with that day
    log.debug("event %r: dated by the back-reference %r", undated[0]["trigger"], token.text)
    undated[0].update(date=date, date_text=date_text, date_precision=precision, date_start=None, date_end=None)


def _happening_subject(token: Token) -> bool:
    """ "The raid began at 3 am": a deed noun said to happen."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in HAPPENING_VERBS


def _day(date_text: str, published_at: dt.date | None, ahead: bool) -> tuple[dt.date | None, str | None]:
    """The date and precision of an event's date words; "in 2019", "in March", "last week" fix no day: the words
    are kept, the date is not (GUIDELINE: a date where the text fixes one)."""
    date, precision = resolve_date(date_text, published_at, ahead)
    return (None, None) if precision in COARSE_PRECISIONS else (date, precision)


def _share_clause_places(rows: list[dict]) -> None:
    """ "attacked camps near Lafon, abducting six children", "stormed a school in Kora and kidnapped 30 pupils": a
    deed told in a participle or in a verb joined to another's, with no subject of its own, happened where that one
    did (its own place, when told, stands); so did talks a trip was made for ("arrived in Rilo to hold talks")."""
    placed = {r["_trigger"].i: r for r in rows if r["location"] is not None}
    for row in rows:
        token = row["_trigger"]
        trip = trip_talks_are_for(token) if row["location"] is None else None
        if trip is not None and trip.i in placed:  # "arrived in the Kessan capital Rilo to hold talks": held there
            row.update({k: placed[trip.i][k] for k in PLACE_FIELDS})
            continue
        if row["location"] is not None or token.pos_ != "VERB" or token.dep_ not in PLACE_SHARING_DEPS:
            continue
        if token.dep_ == "advcl" and token.tag_ != "VBG":
            continue  # "as he was driving home", "when troops arrived": a clause of its own time and place
        if any(c.dep_ in OWN_SUBJECT_DEPS for c in token.children) or token.head.i not in placed:
            continue
        row.update({k: placed[token.head.i][k] for k in PLACE_FIELDS})


# Verbs of agreeing, whose own day ("agreed on Monday to resume talks") is not the day of what was agreed.
AGREEING_VERBS = frozenset({"agree"})
# How a verb hangs on the one whose place it shares: a participle of what went with it, a verb joined to it.
PLACE_SHARING_DEPS = frozenset({"advcl", "conj"})
# Dependencies of a verb's own subject, which tells a clause apart from the one it is joined to.
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def _without_possessive(name: str | None) -> str | None:
    """ "prime minister Ivo Marin's visit": the name without the possessive ending NER may have kept with it."""
    if name is None:
        return None
    return POSSESSIVE_END.sub("", name) or name


# A possessive ending at the end of a name ("Marin's", "Marin’s", "Reuters'" stays: a plural's bare apostrophe).
POSSESSIVE_END = re.compile(r"\s*['’]s$")


def _told_before(row: dict, doc: Doc) -> bool:
    """Whether a definite event noun ("the attack", "the raid", "the abduction") retells an event told before
    (`_retold_event`); a doer it names goes to that event when the event had none (even a doer only described),
    or a name when it had only a description of armed men ("Gunmen attacked a market. The attack, claimed by the
    Red Hand group, ..."): one happening, one row, done by the named party (GUIDELINE: a descriptor's actor is the
    named party)."""
    other = row.pop("_retells")
    fills = row.pop("_fills", {})
    if other is None:
        return False
    if fills:  # "The attack happened near Dori": the place or day the first telling lacked
        log.debug("event %r: %s told by the back-reference %r", other["trigger"], sorted(fills), row["trigger"])
        other.update(fills)
    named = row["actor"] is not None and not _described_doer(row, doc)
    # a doer where the deed had none, even one only described ("The clash took place between security forces
    # and militants"); a name where it had only a description
    if (row["actor"] is not None and other["actor"] is None) or (named and _described_doer(other, doc)):
        log.debug("event %r: doer %r named by the back-reference %r", other["trigger"], row["actor"], row["trigger"])
        other.update(actor=row["actor"], actor_start=None, actor_end=None)
    return True


def _retold_event(row: dict, token: Token, told: list[dict]) -> dict | None:
    """ "Soldiers raided Koda on Tuesday. ... a bullet fired during the raid": "the raid", "the attack", "the
    kidnapping" told after a hostile deed of its type by the same doer (or with none named, or one only
    described: "gunmen", "unknown assailants") is that deed again, unless it names another place, date or
    side; logged as restating it. Returns the deed told before."""
    seized = _place_seized_before(row, token.doc, told)
    if seized is not None:
        return seized
    raided = _arson_of_attack_told_before(row, token, told)
    if raided is not None:
        return raided
    visited = _visit_told_before(row, token, told)
    if visited is not None:
        return visited
    struck = _strike_on_place_told_before(row, token, told)
    if struck is not None:
        return struck
    captives = _captives_told_before(row, token, told)
    if captives is not None:
        return captives
    definite = _definite(token)
    if row["type"] not in HARM_TYPES or token.pos_ != "NOUN" or not definite:
        return None
    own_date = _own_date(row, token)
    # "The clash took place in the Kel district": a definite event noun told only to say where and when it
    # happened is the event told before, told closer
    occurring = token.dep_ == "nsubj" and _happening_told(token.head)
    for other in reversed(told):  # the latest telling first
        if other["type"] != row["type"] or not _same_doer(row, other, token.doc):
            continue
        said = token.doc.char_span(other["sentence_start"], other["sentence_end"], alignment_mode="expand")
        told_words = {fold(t.text) for t in said or ()}  # tokens: "in Iraq." gives "iraq", not "iraq."
        fills = _fills(row, other, own_date)
        if occurring and other["counterpart"] is None and row["counterpart"] is not None:
            fills["counterpart"] = row["counterpart"]  # "took place between the army and the rebels"
        places_fit = all(
            _told_place_fits(row[key], other, told_words) for key in ("location", "counterpart") if key not in fills
        )
        if occurring and not places_fit:
            places_fit = _within_place_told(row["location"], other["location"]) and (
                "counterpart" in fills or _told_place_fits(row["counterpart"], other, told_words)
            )
            if places_fit and row["location"] is not None:  # told closer: where in that place it happened
                fills.update({k: row[k] for k in TOLD_FIELDS["location"]}, **dict.fromkeys(TOLD_OFFSETS["location"]))
        told_names = set(
            RETOLD_NAME_WORDS.findall(fold(token.doc.text[other["sentence_start"] : other["sentence_end"]]))
        )
        told_names |= set(RETOLD_NAME_WORDS.findall(fold(" ".join(str(fills.get(k) or "") for k in TOLD_FIELDS))))
        places_fit = places_fit and all(
            set(RETOLD_NAME_WORDS.findall(fold(n))) <= told_names for n in _own_names(token, row.get("actor_start"))
        )
        if places_fit and ("date_text" in fills or _told_value_fits(own_date, other["date_text"])):
            log.debug("event %r dropped: restates the %s %r told before", row["trigger"], row["type"], other["trigger"])
            row["_fills"] = fills
            return other
    return None


# Adverbs that tell a deed done once more, never the same deed told again.
REPEAT_ADVERBS = frozenset({"again", "anew"})


def _strike_on_place_told_before(row: dict, token: Token, told: list[dict]) -> dict | None:
    """ "Drones hit Sumy overnight. Officials said nine drones struck the city.": a strike told by a verb with no
    doer and no day of its own, on a place told only by a word pointing back to where the last strike of the
    sentence before hit, is that strike again."""
    if row["type"] != "attack" or token.pos_ != "VERB" or row["actor"] is not None or row["date_text"] is not None:
        return None
    if not told or row["location"] is None or not points_back_to_place(token, row["type"]):
        return None
    if any(c.lower_ in REPEAT_ADVERBS for c in token.children):
        return None  # "missiles struck the city again": another strike
    last = told[-1]
    if last["type"] != "attack" or last["sentence_index"] != row["sentence_index"] - 1 or last["location"] is None:
        return None
    if fold(last["location"]) != fold(row["location"]):
        return None
    log.debug("event %r dropped: retells the strike %r on %r", row["trigger"], last["trigger"], row["location"])
    row["_fills"] = {}
    return last


def _captives_told_before(row: dict, token: Token, told: list[dict]) -> dict | None:
    """ "Gunmen kidnapped 17 aid workers on Monday. ... The workers were abducted as they left a clinic.": a
    kidnapping or a release told again in the passive, with no doer, and no place or day other than the one told
    before, is that one again (its place or day, where the first telling lacked it, fills it)."""
    if row["type"] not in CAPTIVE_TYPES or token.pos_ != "VERB" or row["actor"] is not None:
        return None
    if not _is_passive(token) or any(c.lower_ in REPEAT_ADVERBS | {"more", "other"} for c in token.subtree):
        return None  # "three more were freed on Monday": other captives
    own_date = _own_date(row, token)
    for other in reversed(told):
        if other["type"] != row["type"] or other["planned"] != row["planned"]:
            continue
        if all(other[k] is None for k in ("actor", "location", "date")):
            return None  # a telling with nothing of its own (a headline's "freed") is no account to fold into
        place = (
            row["location"] is None
            or other["location"] is None
            or _within_place_told(row["location"], other["location"])
        )
        # a day of its own where the first telling had none may be another happening's ("... was abducted in
        # September last year"); so may a captive named apart
        day = own_date is None or (other["date"] is not None and row["date"] == other["date"])
        named = _named_captive(row) and fold(row["counterpart"] or "") != fold(other["counterpart"] or "")
        if place and day and not named:
            log.debug("event %r dropped: retells the %s %r told before", row["trigger"], row["type"], other["trigger"])
            row["_fills"] = _fills(row, other, own_date)
            return other
        return None  # the latest telling of the type is of another place or day: another happening
    return None


def _named_captive(row: dict) -> bool:
    """A captive told by name ("Ridsdel was abducted"), not by a noun ("the workers")."""
    words = (row["counterpart"] or "").split()
    return (
        bool(words) and all(w[:1].isupper() for w in words) and words[0].lower() not in ("the", "their", "his", "her")
    )


# Types of a happening to captives, which a report tells again in the passive ("the workers were abducted").
CAPTIVE_TYPES = frozenset({"abduct", "release"})


def _visit_told_before(row: dict, token: Token, told: list[dict]) -> dict | None:
    """ "Tova reopened the consulate during her visit to Latvia. ... During Ms Tova's trip to Latvia, she
    signed ...": a trip told as a noun by the same traveller to the same place as a visit told before (or to the
    country that visit named by a noun) is that visit again."""
    if row["type"] != "visit" or token.pos_ != "NOUN":
        return None
    if row["location"] is None and _definite(token):
        # "Throughout the day-long trip, the delegation held talks": the visit told before, told again
        return next((o for o in reversed(told) if o["type"] == "visit" and o["planned"] == row["planned"]), None)
    if row["actor"] is None or row["location"] is None:
        return None
    for other in reversed(told):
        if (
            other["type"] == "visit"
            and other["planned"] == row["planned"]
            and fold(other["actor"] or "-").split()[-1] == fold(row["actor"]).split()[-1]  # "Tova", "Ms Tova"
            and (fold(other["location"] or "") == fold(row["location"]) or _to_one_country(other, token.doc))
        ):
            log.debug("event %r dropped: retells the visit %r told before", row["trigger"], other["trigger"])
            row["_fills"] = _fills(row, other, None)  # "her first visit to the island nation": where, told later
            return other
    return None


def _to_one_country(other: dict, doc: Doc) -> bool:
    """ "her first visit to the island nation ... Ms Tova's trip to Malta": a visit told before with a noun for one
    country, not a name (not "to the region", of which a later trip to one country may be a part)."""
    trigger = doc.char_span(other["trigger_start"], other["trigger_end"], alignment_mode="expand")
    if other["location"] is not None or trigger is None:
        return False
    return any(o.lemma_.lower() in COUNTRY_NOUNS for o in _prep_objects(trigger.root, "to"))


def _own_date(row: dict, noun: Token) -> str | None:
    """The date words of a back-reference's own phrase ("the attack on Monday"), not of the clause it is told in
    ("police confirmed the kidnapping on Tuesday": the day of the confirming, not of the kidnapping)."""
    start = row.get("date_start")
    if row["date_text"] is None or start is None:
        return row["date_text"]
    inside = noun.left_edge.idx <= start < noun.right_edge.idx + len(noun.right_edge.text)
    # "the fighting broke out on Wednesday": a subject's verb tells when it happened; an object's does not
    return row["date_text"] if inside or noun.dep_ not in TOLD_OBJECT_DEPS else None


# Dependencies of a back-reference told as what another act was done to ("ended the siege", "confirmed the raid").
TOLD_OBJECT_DEPS = frozenset({"dobj", "obj"})


def _fills(row: dict, other: dict, own_date: str | None) -> dict:
    """The place and day a back-reference tells that the event told before lacks ("A bomb attack killed nine.
    The attack happened near Dori at dawn"): told of the same happening, they fill it, not set it apart."""
    fills: dict = {}
    for given, value in (("location", row["location"]), ("date_text", own_date)):
        if other[given] is None and value is not None:
            # its offsets, in another sentence, are not kept
            fills.update({k: row[k] for k in TOLD_FIELDS[given]}, **dict.fromkeys(TOLD_OFFSETS[given]))
    return fills


# The fields that tell an event's place and day, which a later telling of it may fill where it has none, and
# their offsets in the sentence that told them.
TOLD_FIELDS = {"location": ("location",), "date_text": ("date", "date_text", "date_precision")}
TOLD_OFFSETS = {"location": ("location_start", "location_end"), "date_text": ("date_start", "date_end")}
# A row's place with its words' offsets, as one event takes it from another told with it or before it.
PLACE_FIELDS = TOLD_FIELDS["location"] + TOLD_OFFSETS["location"]


def _place_seized_before(row: dict, doc: Doc, told: list[dict]) -> dict | None:
    """ "M23 rebels seized the town of Pinga on Tuesday. ... 'Our forces have liberated Pinga,' a spokesman
    said": a place is taken once; its taking told again (no other day, no other named taker) is that seizure."""
    if row["type"] != "seize" or row["location"] is None:
        return None
    for other in reversed(told):
        same = other["type"] == "seize" and other["location"] is not None
        same = same and _told_value_fits(row["location"], other["location"])
        if same and _told_value_fits(row["date_text"], other["date_text"]) and _same_doer(row, other, doc):
            log.debug(
                "event %r dropped: retells the seizure %r of %r", row["trigger"], other["trigger"], row["location"]
            )
            return other
    return None


def _arson_of_attack_told_before(row: dict, token: Token, told: list[dict]) -> dict | None:
    """ "Gunmen raided a school in Kimo. ... The assailants set fire to a dormitory", "the farm was burned down":
    a burning told after an attack, by no doer, only a description of one ("the attackers") or the attack's own
    doer ("the village was burnt by X gunmen" after "X attacked the village"), and with no other date or named
    place, is a part of that attack (GUIDELINE: one happening, one event)."""
    if row["type"] != "attack" or token.pos_ != "VERB" or token.lemma_.lower() not in ARSON_LEMMAS:
        return None
    described = row["actor"] is None or _described_doer(row, token.doc)
    own = [e.text for e in token.sent.ents if e.label_ in ("GPE", "LOC", "FAC") and e.root.head.i == token.i]
    own += [o.text for p in ("in", "at") for o in _prep_objects(token, p) if o.ent_type_ in ("GPE", "LOC", "FAC")]
    for other in reversed(told):
        if other["type"] != "attack" or not _told_value_fits(row["date_text"], other["date_text"]):
            continue
        if not described and not _doer_written_again(row, other, token.doc):
            return None
        said = fold(token.doc.text[other["sentence_start"] : other["sentence_end"]])
        if all(fold(name) in said for name in own):
            log.debug("event %r dropped: a burning inside the attack %r told before", row["trigger"], other["trigger"])
            return other
        return None
    return None


def _doer_written_again(row: dict, other: dict, doc: Doc) -> bool:
    """ "X attacked the village. ... was burnt by X gunmen": the doer of a deed told before, as it was written
    there, written again in a later deed's doer (not a name a description was read as: "Rebels raided Lusa ...
    The Tano Brigade set fire to a depot")."""
    said, again = _doer_phrase(other, doc), _doer_phrase(row, doc)
    return said is not None and again is not None and fold(said) in fold(again)


def _doer_phrase(row: dict, doc: Doc) -> str | None:
    """The words a row's doer is written with: its head word's phrase, without an article ("Red Hand gunmen")."""
    if row["actor"] is None or row["actor_start"] is None:
        return None
    head = doc.char_span(row["actor_start"], row["actor_end"], alignment_mode="expand")
    if head is None:
        return None
    words = [t for t in head.root.subtree if t.i <= head.root.i and t.dep_ != "det"]
    return " ".join(t.text for t in words) or None


# Lemmas of the verbs of a burning ("set fire to", "set ablaze", "burned", "torched").
ARSON_LEMMAS = frozenset({"set", "burn", "torch"})


def _same_doer(row: dict, other: dict, doc: Doc) -> bool:
    """Whether a back-reference's doer may be the doer of the deed told before: none named, the same, or a
    name where the deed had none or only a description of its doers."""
    if row["actor"] is None or (other["actor"] is not None and fold(other["actor"]) == fold(row["actor"])):
        return True
    return other["actor"] is None or _described_doer(other, doc) or _described_doer(row, doc)


def _described_doer(row: dict, doc: Doc) -> bool:
    """A doer told by a description, not a name ("Gunmen", "unknown assailants", "suspected militants"): its
    words in the sentence carry no name (no proper noun, no entity)."""
    if row.get("actor_start") is None:
        return False
    span = doc.char_span(row["actor_start"], row["actor_end"], alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span.root.subtree if t.i <= span.root.i]  # with its modifiers: "Hamas fighters"
    named = [t for t in words if (t.ent_type_ in ACTOR_LABELS or t.pos_ == "PROPN") and not _creed_word(t)]
    if any(t.lemma_.lower() not in DESCRIBED_DOERS for t in named):
        return False
    return span.root.lemma_.lower() in DESCRIBED_DOERS or span.root.lower_ in DESCRIBED_DOERS


def _creed_word(token: Token) -> bool:
    """ "Islamic militants", "Islamist gunmen": an adjective of a creed, no state's people, describes the doers
    without naming a party."""
    return token.ent_type_ == "NORP" and token.pos_ == "ADJ" and token.lower_ not in DEMONYMS


# Nouns that describe doers without naming them (a sentence-initial "Gunmen" may be tagged a proper noun).
DESCRIBED_DOERS = ARMED_NOUNS | PERSON_NOUNS | DOER_NOUNS | {"gunmen", "men", "people"}


def _take_doer_told_before(row: dict, told: list[dict]) -> None:
    """ "Rwandan troops raided rebel camps. Four insurgents were killed on July 24": deaths told in the passive
    with no doer, right after the hostile deed of a named doer (at most CONTEXT_DOER_SENTENCES sentences back),
    were that doer's, unless the dead are of its own side (their name is the doer's); logged."""
    token = row["_trigger"]
    victim = _passive_subject(token) if token.pos_ == "VERB" else None
    if row["type"] not in PASSIVE_DEED_TYPES or row["actor"] is not None or victim is None or _agent(token) is not None:
        return
    if token.dep_ == "relcl" or (row["type"] != "kill" and row["date_text"] is not None):
        return  # "drivers who were abducted in January": a taking told apart, with its own time
    before = [o for o in told if o["type"] in HARM_TYPES]
    if not before or row["sentence_index"] - before[-1]["sentence_index"] > CONTEXT_DOER_SENTENCES:
        return
    doer = before[-1]["actor"]
    side = _party_name(victim, False)
    own_side = side is not None and fold(side) == fold(doer or "")
    doer_words = {w.removesuffix("s") for w in fold(doer or "").split()}
    if doer is None or own_side or _counted(victim).lemma_.lower().removesuffix("s") in doer_words:
        return
    log.debug("event %r: doer %r taken from the deed told before", row["trigger"], doer)
    row["actor"] = doer


def _descriptor_of_doer_told_before(row: dict, told: list[dict]) -> None:
    """ "Boko Haram fighters raided Dapchi on Monday. The attackers burned the school": "the attackers", "gunmen", "a
    suicide bomber" with no words of their own are the doers of the hostile deed told just before (GUIDELINE: a
    descriptor's actor is the named party it refers to): its named doer, and its place and day where the row has
    none of its own and the deed was told in this sentence or the one before (not a toll over time); logged."""
    token = row["_trigger"]
    doer = _actor_token(row, token.doc)
    if row["type"] not in HARM_TYPES or doer is None or not _bare_deed_doer(doer):
        return
    if fold(row["actor"] or "") not in {
        fold(doer.doc[i : doer.i + 1].text) for i in range(doer.left_edge.i, doer.i + 1)
    }:
        return  # read already as the party named before with the same noun ("ethnic Serb gunmen ... The gunmen")
    before = [o for o in told if o["type"] in HARM_TYPES and o["actor"]]
    if not before or row["sentence_index"] - before[-1]["sentence_index"] > CONTEXT_DOER_SENTENCES:
        return
    deed = before[-1]
    if row["sentence_index"] - deed["sentence_index"] <= 1 and not _told_as_toll(token):
        if row["location"] is None and deed["location"]:
            row.update({k: deed[k] for k in PLACE_FIELDS})
        if row["date"] is None and deed["date"] is not None:
            row.update({k: deed[k] for k in DAY_FIELDS})
    if not _told_by_name(deed, token.doc):
        return  # "Gunmen attacked ... The attackers": no name to take
    log.debug("event %r: %r is %r, the doer told before", row["trigger"], row["actor"], deed["actor"])
    row["actor"] = deed["actor"]


def _bare_deed_doer(noun: Token) -> bool:
    """ "the attackers", "gunmen", "a suicide bomber": a doer's noun with no words of its own (not "two gunmen",
    "ethnic Serb gunmen"); a bare noun only in the plural ("Gunmen then opened fire")."""
    if noun.lemma_.lower() not in DEED_DOER_NOUNS:
        return False
    words = [c.lower_ for c in noun.children if c.dep_ not in ("punct", "compound") or c.lower_ not in DOER_KINDS]
    if words == ["the"]:
        return True
    if words in (["a"], ["an"]):
        return noun.tag_ == "NN"
    return not words and noun.tag_ == "NNS" and noun.i == noun.sent.start


def _told_by_name(row: dict, doc: Doc) -> bool:
    """Whether a row's doer is a name its sentence writes as one ("Boko Haram", of "Boko Haram fighters")."""
    start, end = row.get("sentence_start"), row.get("sentence_end")
    sentence = doc.char_span(start, end, alignment_mode="expand") if start is not None and end is not None else None
    words = set(fold(row["actor"] or "").split())
    return sentence is not None and any(
        e.label_ in ACTOR_NAME_LABELS and set(fold(e.text).split()) & words for e in sentence.ents
    )


# Labels of the names a doer may be told by.
ACTOR_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _actor_token(row: dict, doc: Doc) -> Token | None:
    """The last word of a row's doer as written (its offsets), or None."""
    start, end = row.get("actor_start"), row.get("actor_end")
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


# Nouns for those who did a deed, which "the" points back to the named doer of the deed told before ("Boko Haram
# fighters raided Dapchi. The attackers burned the school").
DEED_DOER_NOUNS = frozenset({"attacker", "gunman", "assailant", "raider", "kidnapper", "abductor", "bomber"})
# Words that name a kind of such a doer, not other doers ("a suicide bomber").
DOER_KINDS = frozenset({"suicide"})


# Deeds told in the passive with no doer that take the doer of the hostile deed told just before ("Gunmen
# attacked a train. Passengers were abducted from the train.").
PASSIVE_DEED_TYPES = frozenset({"kill", "abduct"})
# How many sentences back a passive killing looks for the doer of the deed told before it.
CONTEXT_DOER_SENTENCES = 2


def _take_captor_told_before(row: dict, told: list[dict]) -> None:
    """ "Militants kidnapped aid worker Jon Hale in 2016. ... Hale has been released": captives released with nobody
    named as releasing them were let go by those the article says took them (one taker, the same captives); freed
    or rescued captives may have been freed by others (troops storming a hotel), so they are left alone, unless freed
    "by their captors", who are the one taker the article names; logged."""
    if row["type"] != "release":
        return
    if _is_captor_word(row["actor"]):
        # "freed by his captors": the one taker the article names, whoever the captives
        takers = {fold(o["actor"]): o["actor"] for o in told if o["type"] == "abduct" and o["actor"]}
        takers = {k: v for k, v in takers.items() if not _is_captor_word(v)}
    elif row["actor"] is not None or row["counterpart"] is None:
        return
    elif row["_trigger"].lemma_.lower() not in CAPTORS_RELEASE_LEMMAS:
        return
    else:
        freed = _captive_words(row["counterpart"])
        takers = {
            fold(o["actor"]): o["actor"]
            for o in told
            if o["type"] == "abduct" and o["actor"] and o["counterpart"] and _captive_words(o["counterpart"]) & freed
        }
    if len(takers) == 1:
        row["actor"] = next(iter(takers.values()))
        log.debug("event %r: freed by %r, who took the captives", row["trigger"], row["actor"])


def _is_captor_word(actor: str | None) -> bool:
    """Whether a doer is named only as the captors ("his captors", "the kidnappers")."""
    words = fold(actor or "").split()
    return bool(words) and len(words) <= 2 and words[-1].removesuffix("s") in CAPTOR_WORDS


def _captive_words(counterpart: str) -> set[str]:
    """The words that tell which captives a row is about ("two aid workers" -> aid, worker)."""
    return {w.removesuffix("s") for w in fold(counterpart).split() if w.isalpha()} - CAPTIVE_FILLER


# Verbs of a release that its captors grant ("released", "handed over"), unlike "freed" or "rescued".
CAPTORS_RELEASE_LEMMAS = frozenset({"release", "return", "hand"})
# Words of a captive's description that tell no captive apart.
CAPTIVE_FILLER = frozenset(
    {"the", "a", "an", "of", "two", "three", "all", "other", "some", "people", "person", "his", "her", "their"}
)


def _own_names(noun: Token, doer_start: int | None = None) -> list[str]:
    """The places and dates named inside an event noun's own phrase ("the attacks on Ukrainian cities,
    including a hospital in Lviv"): a back-reference naming one its earlier telling lacks is another event.
    The name of its doer is none ("the attack, claimed by Hamas": a town is called Hamas too)."""
    return [
        ent.text
        for ent in noun.doc.ents
        if (ent.label_ in RETOLD_NAME_LABELS or known_place(ent.text) is not None)  # "Kyiv" tagged PERSON
        and noun.left_edge.i <= ent.start
        and ent.end <= noun.right_edge.i + 1
        and ent.start_char != doer_start
    ]


# Labels of the names that set a back-reference apart from the event told before.
RETOLD_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE"})
# The words of a name, without its punctuation.
RETOLD_NAME_WORDS = re.compile(r"\w+")


def _told_value_fits(value: str | None, told: str | None) -> bool:
    """Whether a back-reference's field fits the field of the event told before: not given, the same, or
    the same name told shorter or longer ("the strike at Tanza" after "struck the Tanza base")."""
    if value is None or value == told:
        return True
    if told is None:
        return False
    words, told_words = (set(fold(v).split()) - RETOLD_FILLER for v in (value, told))
    return bool(words and told_words) and (words <= told_words or told_words <= words)


def _told_place_fits(value: str | None, other: dict, told_words: set[str]) -> bool:
    """Whether a back-reference's place or side is one of the event told before: its place or side, or a
    name its sentence gives ("the attack on Kelo" after "stormed a police post in Kelo")."""
    if any(_told_value_fits(value, other[key]) for key in ("location", "counterpart")):
        return True
    words = set(fold(value).split()) - RETOLD_FILLER
    return bool(words) and words <= told_words


def _within_place_told(value: str | None, told: str | None) -> bool:
    """ "killed in a clash in Pakistan. The clash took place in South Waziristan": a place in the country the
    event told before named (or one the gazetteer does not know) tells where in it the event was, not another
    event; a known place in another country, or another known town, does not."""
    if value is None or told is None:
        return value is None
    country, here = known_place(told), known_place(value)
    if here is None:
        return True
    return country is not None and here.lies_in(country)


# Words left out when a back-reference's place or side is compared with the event told before.
RETOLD_FILLER = frozenset({"the", "a", "an", "of"})


def _is_exchange(row: dict) -> bool:
    """ "Chad and Sudan exchanged detainees": a release by each side, the other its counterpart."""
    return row["type"] == "release" and row["actor"] is not None and fold(row["trigger"]).startswith(tuple(SWAP_NOUNS))


def _freed_in_exchange(row: dict) -> bool:
    """ "35 Sudanese detainees were freed", told after the exchange: the exchange's own release, whose
    counterpart would be the freed group rather than a party; logged as restating the exchange."""
    if row["type"] != "release" or row["actor"] is not None:
        return False
    log.debug("event %r dropped: a release restating the exchange told before", row["trigger"])
    return True


def _place_text(span: Span | None) -> str | None:
    """The name of the place a span writes: a nationality word alone stands for its country ("the Angolan
    army's base": Angola), a country's capital for its capital city ("in the Angolan capital": Luanda)."""
    if span is None:
        return None
    country = people_place(span.text) if len(span) == 1 else None
    return country or capital_named(span) or span.text


def _event_row(token, etype, article_id, published_at, earlier, previous=(), sides=None) -> dict | None:
    """One events row for a trigger, or None when it has nobody to do it; `sides`, the doer and the other side
    the context gives where the trigger's own words name none (`_sides_of_round`)."""
    actor_tok, actor = _actor(token, etype, earlier, previous)
    (counterpart_tok, counterpart), (target_tok, target) = counterpart_and_target(token, etype, actor_tok)
    if actor is None and sides is not None:
        actor, counterpart = sides
    location_span = _location(token, etype)
    if location_span is not None and _person_not_place(location_span):
        # a person is never a place: "the envoys visited detained mayor Olga Ross" is a meeting with her
        log.debug("event %r: %r is a person, not where it happened", token.text, location_span.text)
        if etype == "visit" and counterpart is None:
            etype, counterpart_tok, counterpart = "meet", location_span.root, _party_name(location_span.root, False)
        location_span = None
    actor_tok, actor, location_span = _doer_or_place(token, etype, actor_tok, actor, location_span)
    if actor is None and not _kept_without_doer(token, etype, counterpart_tok, location_span, published_at):
        return None
    if location_span is None:
        location_span = clause_place(token, etype)
        if location_span is not None and _person_not_place(location_span):
            location_span = None
    if location_span is None:
        location_span = place_of_outcome(token, etype) or place_of_described_noun(token, etype)
    if location_span is None:
        location_span = _freeing_state(token, etype, actor_tok)
    if location_span is not None:
        location_span = finer_place(token, etype, location_span)
    planned = _is_planned(token)
    date_span = _date_span(token)
    date_text = _date_text(date_span) if date_span is not None else None
    # "agreed to resume talks" is the agreement reached; "agreed to hold peace talks on Dec 3" sets a day ahead
    anchor = _date_anchor(date_span) if date_span is not None else None
    dated_ahead = anchor is not None and anchor.lemma_.lower() not in AGREEING_VERBS
    planned = planned and (dated_ahead or not _agreement_is_negotiation(token, etype))
    decided = date_span is not None and _decided_on_past_date(token, anchor)
    date, precision = _day(date_text, published_at, planned and not decided) if date_text else (None, None)
    pieces = [token, actor_tok, counterpart_tok, target_tok, location_span, date_span]
    start, end = _extent(token, pieces)
    actor_span = _actor_words(actor_tok, token)
    place_before = _place_carried_on(etype, actor_tok, actor, location_span, previous) or _place_pointed_back(
        token, etype, location_span, earlier, previous
    )
    day_before = {} if date_text else _day_carried_on(token, etype, actor_tok, actor, previous)
    return {
        "event_id": make_id("evt", article_id, start, end, etype),
        "article_id": article_id,
        "type": etype,
        "trigger": token.text,
        "trigger_start": token.idx,
        "trigger_end": token.idx + len(token.text),
        "actor": _without_possessive(actor),
        "counterpart": None if _crowd_victim(etype, counterpart_tok) else _without_possessive(counterpart),
        "target": _without_possessive(target),
        "location": _place_text(location_span),
        "date": date,
        "date_text": date_text,
        "date_precision": precision,
        "planned": planned,
        **dict(zip(("actor_start", "actor_end"), offsets(actor_span))),
        **dict(zip(("location_start", "location_end"), offsets(location_span))),
        **place_before,
        **dict(zip(("date_start", "date_end"), offsets(date_span))),
        **day_before,
        **trace(token.doc, start, end),
        "_trigger": token,
    }


def _sides_of_round(token: Token, told: list[dict]) -> tuple[str, str] | None:
    """ "Lima and the rebels hailed progress as a second round of talks ended in Quito", "The next round of
    talks will be held in Oslo": a round of talks told with no sides of its own is held between the two
    parties the sentence's subject joins, else between the sides of the talks told last (a new round of
    them: its own place and day)."""
    if _session_of(token) is token or _own_sides_told(token):
        return None
    subject = next((c for c in token.sent.root.children if c.dep_ == "nsubj"), None)
    if subject is not None and len(subject.conjuncts) == 1 and all(_is_party(s) for s in (subject, *subject.conjuncts)):
        names = _party_name(subject, True), _party_name(subject.conjuncts[0], False)
        if all(names):
            return names[0], names[1]
    talks = [r for r in told if r["type"] == "negotiate" and r["actor"] and r["counterpart"]]
    return (talks[-1]["actor"], talks[-1]["counterpart"]) if talks else None


def _own_sides_told(noun: Token) -> bool:
    """ "a round of talks with the rebels", "talks between X and Y", "a round mediated by Oman": a round
    whose own words name a side or a broker is not held between the sides told before."""
    session = _session_of(noun)
    told = [c for w in (noun, session) for c in w.children]
    told += [g for c in told if c.dep_ == "acl" for g in c.children]  # "a round brokered by Oman"
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ROUND_SIDE_PREPS for c in told)


# Prepositions of a side a round of talks names itself ("talks with the rebels", "between X and Y", "by Oman").
ROUND_SIDE_PREPS = frozenset({"with", "between", "by", "among"})


def _crowd_victim(etype: str, victim: Token | None) -> bool:
    """ "a bomb killed four people": the people harmed, no party (`parties._crowd_harmed`)."""
    return victim is not None and victim.pos_ in ("NOUN", "NUM") and _crowd_harmed(etype, victim)


def _place_pointed_back(token: Token, etype: str, location: Span | None, earlier: list[dict], previous) -> dict:
    """ "Rebels seized Kassala in December. The army chief visited the city on Monday.": a word pointing back to
    a place ("the city", "the hospital", "there") that no name the tagger knows as a place stands for is where
    the last event told before it, in its sentence or the one before, happened (its words and offsets there)."""
    if location is not None or not points_back_to_place(token, etype):
        return {}
    placed = [r for r in earlier if r["location"]] or [r for r in previous if r["location"]]
    if not placed:
        return {}
    return {k: placed[-1][k] for k in PLACE_FIELDS}


def _place_carried_on(etype: str, actor_tok: Token | None, actor: str | None, location: Span | None, previous) -> dict:
    """ "Rebels raided a clinic in Tessit. They abducted four nurses.": harm done by "they", the doers of the harm
    told just before, with no place of its own, happened where that harm did (its words and offsets there); not a
    toll run up over time ("They have killed 300 people this year")."""
    before = _their_harm_before(etype, actor_tok, actor, previous) if location is None else None
    if before is None or not before["location"] or actor_tok is None:
        return {}
    if _told_as_toll(actor_tok.head if actor_tok.dep_ in ("nsubj", "nsubjpass") else actor_tok):
        return {}
    if any(e.label_ in PLACE_LABELS for e in actor_tok.sent.ents):
        return {}  # "They then fled to Katsina, where they killed two guards": a place of its own, if unread
    return {k: before[k] for k in PLACE_FIELDS}


def _day_carried_on(token: Token, etype: str, actor_tok: Token | None, actor: str | None, previous) -> dict:
    """ "Rebels raided a clinic in Tessit on Monday. They abducted four nurses.": harm done by "they", the doers of
    the harm told just before, with no day of its own, was done that day (its words and offsets there); not a toll
    run up over time ("They have killed 300 people")."""
    before = _their_harm_before(etype, actor_tok, actor, previous)
    if before is None or before["date"] is None or _told_as_toll(token):
        return {}
    return {k: before[k] for k in DAY_FIELDS}


def _their_harm_before(etype: str, actor_tok: Token | None, actor: str | None, previous: list[dict]) -> dict | None:
    """For harm done by "they", the harm the same doers did in the sentence just before (its last row), else None."""
    if etype not in HARM_TYPES or actor_tok is None or actor_tok.pos_ != "PRON" or not previous:
        return None
    before = previous[-1]
    if before["type"] not in HARM_TYPES or fold(before["actor"] or "") != fold(actor or ""):
        return None
    return before


def _told_as_toll(verb: Token) -> bool:
    """A verb in the perfect ("have killed", "has abducted"): a toll run up over time, told as it stands."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


# A row's day with its words' offsets, as one event takes it from the deed told just before by the same doer.
DAY_FIELDS = ("date", "date_text", "date_precision", "date_start", "date_end")


def _day_of_deed_told_before(row: dict, doc: Doc, previous: list[dict]) -> None:
    """ "Nine villagers were killed on Sunday in air strikes in Kale. A jet fired rockets at houses in Sin Taw,
    killing seven", "Tarsa fighters stormed Kora on Monday. Officials say the rebels killed 40 villagers": a strike
    or killing told with no day of its own in the sentence right after one told with its day tells more of it,
    and was that day (its words and offsets there): when the deed before has no doer and this one happened in
    the same place (or one the gazetteer cannot tell apart from it), or when the doers are the same and this one
    has no place of its own, or one inside the country of the first. Not a toll run up over time, a deed told in a
    clause about someone ("soldiers who had attacked Tarso"), or one told as another ("again", "separately");
    logged. Run after a retelling in one sentence was folded into what it retells; one across sentences that adds
    nothing is left to grouping (`grouping.merge_retold_events`), which reads a day of its own as another deed."""
    if row["type"] not in DETAILED_DEED_TYPES or row["date_text"] is not None:
        return
    span = doc.char_span(row["trigger_start"], row["trigger_end"], alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    if token is None or _told_as_toll(token) or token.dep_ in ("relcl", "acl"):
        return
    if any(w.lower_ in ANOTHER_DEED_WORDS for w in token.sent):
        return
    dated = [r for r in previous if r["type"] in DETAILED_DEED_TYPES and r["date"] is not None]
    if not dated or row["sentence_index"] - dated[-1]["sentence_index"] != 1:
        return
    before, place = dated[-1], row["location"]
    if before["actor"] is None:
        told_more = place is None or not before["location"] or _places_overlap(place, before["location"])
    elif row["actor"] is not None and fold(row["actor"]) == fold(before["actor"]):
        # a telling of the same deed by the same doer with nothing of its own is folded into it in grouping
        retold = row["type"] == before["type"] and place is None and row["counterpart"] is None
        told_more = not retold and (place is None or _place_inside(place, before["location"]))
    else:
        told_more = False
    if told_more:
        log.debug("event %r: the day of %r told just before", row["trigger"], before["trigger"])
        row.update({k: before[k] for k in DAY_FIELDS})


def _same_day_as_told_before(row: dict, earlier: list[dict]) -> None:
    """ "Troops shelled Kora on Monday. On the same day, rebels attacked Tarso": "the same day", "that day" is the
    day of the last event told before with one (the words stay as written); logged."""
    if row["date"] is not None or not SAME_DAY_WORDS.fullmatch(fold(row["date_text"] or "")):
        return
    dated = [r for r in earlier if r["date"] is not None and r["date_precision"] in (None, "day")]
    if dated:
        log.debug("event %r: %r is the day of %r", row["trigger"], row["date_text"], dated[-1]["trigger"])
        row.update(date=dated[-1]["date"], date_precision=dated[-1]["date_precision"])


# Date words that name the day of the event told before.
SAME_DAY_WORDS = re.compile(r"(?:on |later |earlier )?(?:the same day|that (?:same )?day)")
# Deeds whose details a sentence may tell after one that gave the deed with its day.
DETAILED_DEED_TYPES = frozenset({"attack", "kill"})
# Words that tell a deed as another one than the deed told before ("struck the town again", "Separately, ...").
ANOTHER_DEED_WORDS = frozenset({"again", "separately", "separate", "another", "earlier", "previously", "elsewhere"})


def _places_overlap(one: str, other: str) -> bool:
    """Whether two place names may be the one scene: the same, one inside the other, or one the gazetteer does
    not know (a village is not told apart from the district it lies in): `_within_place_told` either way."""
    return fold(one) == fold(other) or _within_place_told(one, other) or _within_place_told(other, one)


def _place_inside(place: str, country: str | None) -> bool:
    """Whether a place the gazetteer knows lies in another it knows ("a camp near Tubas" in "the West Bank")."""
    return known_place(place) is not None and fold(place) != fold(country or "") and _within_place_told(place, country)


def _doer_or_place(
    token: Token, etype: str, actor_tok: Token | None, actor: str | None, location: Span | None
) -> tuple:
    """One name found as both doer and place: a place ("Drone strike in Baghdad kills two": Baghdad is no
    doer), unless it ends in an armed noun ("the Al-Nur Brigade car bombing": a group, wherever it is) or
    names a proposal's author ("a US ceasefire proposal": put forward by the US, nowhere in particular)."""
    if etype == "propose" and actor_tok is not None and location is not None:
        if location.start <= actor_tok.i < location.end:
            return actor_tok, actor, None
    if actor is None or location is None or fold(actor) != fold(_undetermined(location)):
        return actor_tok, actor, location
    if actor_tok is not None and not _words_of_place(actor_tok, location):
        return actor_tok, actor, location  # "Congolese troops fought rebels in Congo's east": the state, and there
    if location[-1].lower_.removesuffix("s") in ARMED_NOUNS:
        log.debug("event %r: %r is who did it, not where it happened", token.text, actor)
        return actor_tok, actor, None
    log.debug("event %r: actor %r is where it happened, not who did it", token.text, actor)
    return None, None, location


def _freeing_state(token: Token, etype: str, actor_tok: Token | None) -> Span | None:
    """ "Norland's government freed seven Americans", "the Kessan authorities released 500 prisoners": a state that
    frees those it holds frees them in its land, where no other place is told; not in a swap or a handover, which happen
    where the sides meet ("in exchange for", "handed them over to the Red Cross")."""
    if etype != "release" or actor_tok is None or actor_tok.pos_ == "PRON":
        return None
    if any(t.lemma_.lower() in SWAP_WORDS for t in token.sent) or any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in token.children
    ):
        return None
    if actor_tok.pos_ != "PROPN" and actor_tok.lemma_.lower() not in STATE_BODY_NOUNS:
        return None
    # "Kessa's government", "the Kessan authorities", "Kessa's President Ana Ruiz": the state told by words of its
    # own ("Kessa released 20 prisoners" tells the doer only, its name no place)
    modifiers = [c for c in actor_tok.children if c.dep_ in ("poss", "amod", "compound")]
    owners = modifiers + [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ == "poss"]
    for owner in owners:
        entity = entity_of(owner)
        name = entity.text if entity is not None else owner.text
        known = known_place(people_place(name) or name)
        if known is not None and known.kind == "country" and armed_group(name) is None:
            return entity if entity is not None else owner.doc[owner.i : owner.i + 1]
    return None


# Words of an exchange of captives, which takes place where the sides hand them over, not in one side's land.
SWAP_WORDS = frozenset({"exchange", "swap", "trade", "handover"})
# Nouns for a state's own bodies and rulers, which free prisoners in its land ("Kessa's government", "the Kessan
# authorities", "Norland's president").
STATE_BODY_NOUNS = STATE_BODY_WORDS | {"president", "leader"}


def _words_of_place(actor_tok: Token, location: Span) -> bool:
    """Whether the doer was found in the place's own name ("Drone strike in Baghdad": Baghdad), not in words of
    its own that stand for the same state ("Ukrainian forces shelled positions in Ukraine's east")."""
    if location.start <= actor_tok.i < location.end:
        return True
    entity = entity_of(actor_tok)
    return fold(entity.text if entity is not None else actor_tok.text) == fold(_undetermined(location))


def _undetermined(span: Span) -> str:
    """A span's words without its leading determiner: "the Al-Nur Brigade" -> "Al-Nur Brigade"."""
    return span[1:].text if len(span) > 1 and span[0].dep_ == "det" else span.text


def _person_not_place(span: Span) -> bool:
    """A place found for an event that names a person: tagged PERSON, not a known place, and a full name or
    a name after a title or role ("detained mayor Olga Ross", "President Bazoum"); "Kyiv" tagged PERSON stays."""
    entity = entity_of(span.root)
    if entity is not None and len(entity) > 1 and entity[0].is_title and entity[0].lower_ in PERSON_ONLY_TITLES:
        # "visited Bishop Anselm in Lyon": the title kept in a span read as a body, whose name the mentions read as
        # a person's ("King Fahd Hospital" is a body's)
        return any(
            label == "PERSON" and entity.start < sp.start and sp.end <= entity.end
            for sp, label, _ in mention_spans(span.doc)
        )
    if entity is None or _label(entity) != "PERSON":
        return False
    if any(c.dep_ == "appos" and c.lemma_.lower() in SCENE_NOUNS for c in span.root.children):
        return False  # "Dornak Pass, the site of a clash": a name said to be where something happened
    known = known_place(entity.text)
    if known is not None and not known.given_name:
        return False
    titled = entity.start > 0 and entity.doc[entity.start - 1].dep_ == "compound"
    return len(entity) > 1 or titled


def _kept_without_doer(
    token: Token, etype: str, counterpart_tok: Token | None, location: Span | None, published_at: dt.date | None
) -> bool:
    """Whether an event with no doer named is still told well enough to keep."""
    # "the killing of militia leader X on 12 May": kept for its named victim, whoever did it.
    if counterpart_tok is not None and (
        etype == "assassinate"
        or (token.lemma_.lower() in VICTIM_NOUNS and _label(entity_of(counterpart_tok)) == "PERSON")
        or (etype == "attack" and _weapon_doer(token) is not None)  # "a roadside bomb killed four soldiers"
    ):
        return True
    if etype in NULL_ACTOR_TYPES and token.pos_ in ("VERB", "AUX"):
        # "46 people were killed in Goma", "a Swiss national was freed"
        victim = _passive_subject(token)
        if victim is not None and _counted(victim).lemma_.lower() in WEAPON_NOUNS:
            victim = None  # "two rockets were fired at the base": what was fired suffered nothing
        return location is not None or (
            victim is not None
            and (etype != "kill" or _dated_deaths(token, victim, published_at) or _named_victim(token, victim))
        )
    if etype == "aid" and token.pos_ == "VERB" and location is not None:
        return True  # "aid trucks arrived in Mekelle": a delivery told with its place
    if etype in ("kill", "abduct") and token.pos_ == "NOUN" and location is not None:
        # "the killing of 23 farmers at Kora": a nominal event with its place (GUIDELINE)
        return any(_is_person(_counted(o)) for o in _prep_objects(token, "of"))
    return (_struck_place(token) or _scene_named(token) is not None) and location is not None


def _named_victim(verb: Token, victim: Token) -> bool:
    """ "candidate Omar Diallo was shot dead after a rally", "the mayor, Ana Ruiz, was killed": the death of one
    named person is a happening of its own, dated or not; not when an attack or weapon in the clause caused it
    ("was killed in an air strike": that attack's toll)."""
    in_attack = any(t.pos_ == "NOUN" and t.lemma_.lower() in ATTACK_NOUNS | WEAPON_NOUNS for t in verb.subtree)
    return _label(entity_of(victim)) == "PERSON" and not in_attack


def _dated_deaths(verb: Token, victim: Token, published_at: dt.date | None) -> bool:
    """ "31 people were killed on Sunday", "another three were killed on Monday": deaths told with their count
    (or the victim's name) and their day are a kill event with no doer or place named (GUIDELINE: deaths
    caused); not deaths told with an attack or a weapon in their clause ("in the raid", "when their truck hit
    a roadside bomb": that attack's toll) nor an undated toll."""
    counted = victim.tag_ == "CD" or any(c.dep_ == "nummod" for c in victim.children)
    in_attack = any(t.pos_ == "NOUN" and t.lemma_.lower() in ATTACK_NOUNS | WEAPON_NOUNS for t in verb.subtree)
    named = counted or _label(entity_of(victim)) == "PERSON" or _one_named_victim(victim)
    return named and not in_attack and _day_of(verb, published_at) is not None


def _day_of(verb: Token, published_at: dt.date | None) -> dt.date | None:
    """The day the verb's date names ("on Sunday", "on 3 May"), None for a period ("in the past two days")."""
    span = _date_span(verb)
    if span is None:
        return None
    day, precision = resolve_date(_date_text(span), published_at)
    return day if precision == "day" else None


def _actor_words(actor_tok: Token | None, trigger: Token) -> Span | Token | None:
    """The words that name the actor in the trigger's sentence (its entity, or the token itself), if any."""
    if actor_tok is None or actor_tok.sent != trigger.sent:
        return None
    return entity_of(actor_tok) or actor_tok


def _distribute(row: dict, token: Token) -> list[dict]:
    """ "X and Y each released ...", "X and Y exchanged prisoners": one row per party, the other its counterpart;
    "X and Y visited Z": one row per traveller."""
    subject = _own_subject(token)
    if subject is not None and row["type"] == "visit" and token.pos_ == "VERB":
        return _each_traveller(row, subject)
    if subject is None or row["type"] != "release":
        return [row]
    reciprocal = token.lemma_.lower() in ("exchange", "swap") or any(
        c.lower_ == "each" for c in [*subject.children, *token.children]
    )
    parties = [subject, *[c for c in subject.children if c.dep_ == "conj"]]
    names = [_party_name(p, actor=True) for p in parties]
    if not reciprocal or len(parties) != 2 or None in names or fold(names[0]) == fold(names[1]):
        return [row]
    rows = []
    for party, actor, counterpart in ((parties[0], names[0], names[1]), (parties[1], names[1], names[0])):
        actor_start, actor_end = offsets(entity_of(party) or party)
        rows.append(
            {
                **row,
                "actor": actor,
                "counterpart": counterpart,
                "actor_start": actor_start,
                "actor_end": actor_end,
                "event_id": make_id("evt", row["article_id"], row["start_char"], row["end_char"], row["type"], actor),
            }
        )
    return rows


def _each_traveller(row: dict, subject: Token) -> list[dict]:
    """ "Minister Ana Ruiz and her counterpart Tom Wells visited Chile": each named person travelled, one visit
    each (a pair of parties that meet is one meeting; a trip together is a trip of each)."""
    people = [subject, *subject.conjuncts]
    people += [a for p in people for a in p.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    people = [p for p in people if _label(entity_of(p)) == "PERSON"]
    named: dict[str, Token] = {}
    for person in people:
        name = _party_name(person, actor=True)
        if name is not None:
            named.setdefault(name, person)
    if len(named) < 2 or row["actor"] not in named:
        return [row]
    rows = [row]
    for name, person in named.items():
        if name == row["actor"]:
            continue
        actor_start, actor_end = offsets(entity_of(person) or person)
        event_id = make_id("evt", row["article_id"], row["start_char"], row["end_char"], row["type"], name)
        rows.append({**row, "actor": name, "actor_start": actor_start, "actor_end": actor_end, "event_id": event_id})
    return rows


def _absorb(rows: list[dict], told: list[dict]) -> list[dict]:
    """Drop mentions that only restate another event of the sentence (the trip a meeting happens on,
    the killing that is part of an attack); give passive deaths the doer told before; strip the helper keys."""
    for row in rows:
        # "X killed 21 soldiers in an attack on a camp": one happening, the attack done by the killers.
        if row["type"] == "attack" and row["actor"] is None and _death_verb(row["_trigger"]) is not None:
            killers = [o for o in rows if _same_token(o["_trigger"], _death_verb(row["_trigger"])) and o["actor"]]
            if killers:
                row["actor"] = killers[0]["actor"]
    for row in rows:
        # "Syrian airstrikes hit the city": one happening, told by the verb, done by the noun's doer.
        verb_row = _verb_row_of_subject(row, rows)
        if verb_row is not None and verb_row["actor"] is None:
            verb_row["actor"] = row["actor"]
    for row in rows:
        # "a jet dropped bombs and shot at houses in X": one attack told by two joined verbs; the first takes what
        # the second adds (the second then goes, ABSORBED: _joined_verb_of_attack)
        first = _first_verb_of_attack(row, rows)
        if first is not None:
            first.update({k: row[k] for k in PLACE_FIELDS if k in row})
            if first["counterpart"] is None:
                first["counterpart"] = row["counterpart"]
    kept = [row for row in rows if not any(rule.find(row, rows) for rule in ABSORBED)]
    for row in kept:
        _take_doer_told_before(row, told)
        _descriptor_of_doer_told_before(row, told)
        _take_captor_told_before(row, [*told, *(r for r in kept if r is not row)])
        trigger = row.pop("_trigger")
        if row["counterpart"] is None and row["type"] in HARM_TYPES:
            row["counterpart"] = _without_possessive(sufferer(trigger, row["type"]))
    return kept


def _same_token(a: Token | None, b: Token | None) -> bool:
    """Whether two tokens are one word of the text (spaCy makes a new Token object on each access, so `is`
    never holds between two lookups)."""
    return a is not None and b is not None and a.i == b.i


# Date precisions that fix no day: such a date is told by its words only.
COARSE_PRECISIONS = ("year", "month", "week")

# Mentions that restate another event of their sentence.
ABSORBED = RuleTable()


@ABSORBED.rule("On his trip, Blinken met Sisi in Cairo.", type="meet", actor="Blinken")
def _absorbed_trip_of_meeting(row: dict, rows: list[dict]) -> Any:
    """ "On his trip, Blinken met Sisi": a trip told only as the occasion of a meeting; one to a place named ("during
    her visit to Kenya, she met X") is a visit of its own (GUIDELINE: visit, travel to a place)."""
    if row["type"] != "visit" or row["_trigger"].pos_ != "NOUN":
        return False
    governing = _governing_trigger(row["_trigger"], rows)
    if governing is None:
        return False
    return governing["type"] == "visit" or not _trip_to_named_place(row)


def _trip_to_named_place(row: dict) -> bool:
    """A nominal trip whose own "to" phrase names the place it went to ("her visit to Kenya", not "to the region")."""
    named = [o for o in _prep_objects(row["_trigger"], "to") if entity_of(o) is not None]
    return row["location"] is not None and any(fold(row["location"]) in fold(entity_of(o).text) for o in named)


@ABSORBED.rule("Gunmen stormed the village and killed nine farmers.", type="attack", actor="Gunmen")
def _absorbed_kill_of_attacker(row: dict, rows: list[dict]) -> Any:
    return row["type"] == "kill" and any(
        other["type"] in ("attack", "seize") and fold(other["actor"]) == fold(row["actor"]) for other in rows
    )


@ABSORBED.rule(
    "The two gunmen arrived at the checkpoint in a van and opened fire.", type="attack", actor="The two gunmen"
)
def _arrival_of_attacker(row: dict, rows: list[dict]) -> bool:
    """ "arrived at the checkpoint and opened fire": the arrival that leads into a hostile act by the same
    doer, told in the same clause chain, is part of that act, no visit."""
    token = row["_trigger"]
    if row["type"] != "visit" or token.pos_ != "VERB" or row["actor"] is None:
        return False
    chained = {token.i, token.head.i} | {c.i for c in token.children if c.dep_ == "conj"}
    return any(
        o["type"] in HOSTILE_TYPES
        and {o["_trigger"].i, o["_trigger"].head.i} & chained  # "arrived ... and carried out the attack"
        and fold(o["actor"]) == fold(row["actor"])
        for o in rows
        if o is not row and o["actor"] is not None
    )


@ABSORBED.rule(
    "Fierce fighting between Sudan's army and the RSF killed 46 people in Khartoum.", type="attack", actor="Sudan"
)
def _deaths_of_attack(row: dict, rows: list[dict]) -> bool:
    token = row["_trigger"]
    return row["type"] in ("kill", "attack") and any(
        other["type"] == "attack" and _same_token(_death_verb(other["_trigger"]), token) for other in rows
    )


@ABSORBED.rule(
    "Four guards were killed on Monday after troops traded fire near Gao.",
    type="attack",
    location="Gao",
    date_text="on Monday",
)
def _deaths_in_clause_of_fighting(row: dict, rows: list[dict]) -> bool:
    """ "four guards were killed after troops traded fire", "troops repelled them, killing several": deaths
    told with no doer of their own in the same clause chain as an attack are that attack's toll, no killing
    apart (GUIDELINE: the figure carries the dead). The attack takes the deaths' date if it has none."""
    if row["type"] != "kill" or row["actor"] is not None:
        return False
    attack = next((o for o in rows if o["type"] == "attack" and _clause_linked(o["_trigger"], row["_trigger"])), None)
    if attack is None:
        return False
    if attack["date"] is None and attack["date_text"] is None:
        attack.update({k: row[k] for k in ("date", "date_text", "date_precision", "date_start", "date_end")})
    return True


def _clause_linked(a: Token, b: Token) -> bool:
    """Whether one trigger hangs from the other through adverbial clauses only ("killed after ... traded")."""
    for low, high in ((a, b), (b, a)):
        token, steps = low, 0
        while token.dep_ in DEATH_CLAUSE_DEPS and steps < 3 and token.head.i != token.i:
            token, steps = token.head, steps + 1
            if token.i == high.i:
                return True
    return False


# Dependency links between a death verb and the fighting it happened in ("killed after troops traded fire").
DEATH_CLAUSE_DEPS = frozenset({"advcl", "pcomp", "pobj", "prep"})


@ABSORBED.rule("Their truck hit a mine near Gao in an attack claimed by the JNIM.", type="attack", actor="JNIM")
def _part_of_attack(row: dict, rows: list[dict]) -> bool:
    """ "their truck hit a mine in an attack claimed by X": what happened "in an attack" is that attack."""
    if row["type"] != "attack" or row["actor"] is not None:
        return False
    inside = [o for p in ("in", "during") for o in _prep_objects(row["_trigger"], p)]
    return any(
        o is not row and o["type"] == "attack" and any(_same_token(o["_trigger"], i) for i in inside) for o in rows
    )


@ABSORBED.rule("Gunmen stormed the depot, firing at guards and torching trucks.", type="attack", actor="Gunmen")
def _participle_of_attack(row: dict, rows: list[dict]) -> bool:
    """ "stormed the depot, firing at guards and torching trucks": a participle clause of an attack, by the same
    doer, tells how that attack went (GUIDELINE: one happening, one event)."""
    token = row["_trigger"]
    if row["type"] != "attack" or token.tag_ != "VBG" or token.lemma_.lower() not in ATTACK_MANNER_VERBS:
        return False
    clause, steps = token, 0
    while clause.dep_ in PARTICIPLE_CHAIN_DEPS and clause.head.i != clause.i and steps < 4:
        clause, steps = clause.head, steps + 1  # "torching" after "firing at X and": the first participle's clause
    if clause.dep_ not in PARTICIPLE_CLAUSE_DEPS or clause.tag_ != "VBG":
        return False
    return _attack_by_the_same_doer(row, rows, clause.head)


def _attack_by_the_same_doer(row: dict, rows: list[dict], trigger: Token) -> bool:
    """Whether another attack row is told by `trigger` with the row's doer (or the row names none)."""
    return any(
        o is not row
        and o["type"] == "attack"
        and _same_token(o["_trigger"], trigger)
        and (row["actor"] is None or fold(o["actor"] or "") == fold(row["actor"]))
        for o in rows
    )


# Verbs whose participle after an attack tells how it was carried out ("firing at guards", "torching trucks",
# "ambushed a post, attacking the guards"),
# not a further blow of its own ("attacked 100 ships, sinking two of them": a sinking apart).
ATTACK_MANNER_VERBS = frozenset(
    {"fire", "shoot", "torch", "burn", "loot", "spray", "hurl", "throw", "set", "open", "attack", "assault"}
    | {"shell", "bomb", "strafe", "pound"}  # "attacked the base, firing rockets and shelling the barracks"
)
# Verbs of an attacker's own blast after the attack it ends ("opened fire in the lobby and then blew himself up").
SELF_BLAST_VERBS = frozenset({"blow", "detonate"})
# How a participle clause hangs on the verb it tells more of ("stormed the depot, firing at guards").
PARTICIPLE_CLAUSE_DEPS = frozenset({"advcl", "xcomp"})
# Links a later participle of the same clause may hang by (the parser joins "and torching" to an object before it).
PARTICIPLE_CHAIN_DEPS = frozenset({"conj", "pobj", "prep", "dobj"})


@ABSORBED.rule("A jet dropped bombs and shot at houses in Kora.", type="attack", actor="A jet", location="Kora")
def _joined_verb_of_attack(row: dict, rows: list[dict]) -> bool:
    """ "dropped bombs and shot at houses in Kora": a verb joined to an attack's verb with no subject of its own, giving
    the place the first verb lacks, tells where that attack struck (GUIDELINE: one happening, one event); two verbs
    that each name what they struck ("entered the camp and shelled the market") stay two rows."""
    return _first_verb_of_attack(row, rows) is not None


def _first_verb_of_attack(row: dict, rows: list[dict]) -> dict | None:
    """The attack row of the verb an attack's verb is joined to (see _joined_verb_of_attack), else None."""
    token = row["_trigger"]
    if row["type"] != "attack" or token.pos_ != "VERB" or token.dep_ != "conj" or token.head.pos_ != "VERB":
        return None
    if any(c.dep_ in OWN_SUBJECT_DEPS for c in token.children):
        return None
    first = next(
        (o for o in rows if o is not row and o["type"] == "attack" and _same_token(o["_trigger"], token.head)), None
    )
    own = row["location"] is not None and (row.get("location_start") or -1) > token.idx  # told after this verb
    if first is None or not own:
        return None
    # the first verb's place is none of its own, or the one it took from this verb
    return first if first["location"] is None or first.get("location_start") == row.get("location_start") else None


@ABSORBED.rule("The gunman opened fire in the hall and then blew himself up.", type="attack", actor="The gunman")
def _blast_ending_an_attack(row: dict, rows: list[dict]) -> bool:
    """ "opened fire in the hall and then blew himself up": the attacker's own blast joined to the attack it ends is
    that attack, one happening (GUIDELINE: one happening, one event)."""
    token = row["_trigger"]
    if row["type"] != "attack" or token.lemma_.lower() not in SELF_BLAST_VERBS or token.dep_ != "conj":
        return False
    if not any(c.dep_ == "dobj" and _reflexive(c) for c in token.children):
        return False
    return _attack_by_the_same_doer(row, rows, token.head)


@ABSORBED.rule(
    "Heavy fighting broke out near Marlo on Friday when rebels attacked two outposts.",
    type="attack",
    actor="rebels",
    location="Marlo",
    date_text="on Friday",
)
def _fighting_begun_by_attack(row: dict, rows: list[dict]) -> bool:
    """ "heavy fighting broke out near Marlo when rebels attacked two outposts": the fighting told as starting
    when (or after) a side attacked is that attack, one happening; the attack takes the fighting's place and day
    where it has none (GUIDELINE: one happening, one event)."""
    token = row["_trigger"]
    if row["type"] != "attack" or not _told_going_on(token):
        return False
    clauses = [
        c
        for c in token.head.children
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in FIGHT_START_MARKS for m in c.children)
    ]
    attack = next(
        (
            o
            for o in rows
            if o["type"] == "attack" and o["actor"] and any(_same_token(o["_trigger"], c) for c in clauses)
        ),
        None,
    )
    if attack is None or (row["actor"] is not None and fold(row["actor"]) != fold(attack["actor"])):
        return False
    for given, fields in TOLD_FIELDS.items():  # the attack takes the fighting's place and day where it has none
        if attack[given] is None and row[given] is not None:
            attack.update({f: row[f] for f in (*fields, *TOLD_OFFSETS[given])})
    return True


# Words opening the clause of an attack that a fighting started with ("broke out when rebels attacked").
FIGHT_START_MARKS = frozenset({"when", "as", "after"})


# Words that claim a deed told by a noun ("claimed the attack", "claimed responsibility for the attack").
CLAIMING_WORDS = frozenset({"claim", "responsibility"})


@ABSORBED.rule(
    "The Daro Front claimed the attack, saying its fighters had stormed the base at Kessa.",
    type="attack",
    actor="Daro Front",
    location="Kessa",
)
def _definite_deed_told_by_verb(row: dict, rows: list[dict]) -> bool:
    """ "X claimed the attack, saying its fighters had stormed the base": a deed claimed by a definite noun that the
    same sentence tells by a verb of the same type and doer is that deed (GUIDELINE: one happening, one event)."""
    token = row["_trigger"]
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not _definite(token) or row["actor"] is None:
        return False
    claimed = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" else None
    if claimed is None or claimed.lemma_.lower() not in CLAIMING_WORDS:
        return False  # "started the fighting by shelling", "the first such attacks": told as more than the deed
    return any(
        o is not row
        and o["type"] == row["type"]
        and o["_trigger"].pos_ in ("VERB", "AUX")
        and fold(o["actor"] or "") == fold(row["actor"])
        for o in rows
    )


@ABSORBED.rule("Qatar has been mediating peace talks for years.", type="negotiate", actor="Qatar")
def _object_of_same_event(row: dict, rows: list[dict]) -> bool:
    """ "mediating peace talks", "brokered an exchange": a noun of the same type as the verb it is the object of
    names that verb's event (not for attacks: "sunk a ship, the first such attacks" may tell more of them)."""
    token = row["_trigger"]
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or row["type"] in SEPARATE_OBJECT_TYPES:
        return False
    return any(o is not row and o["type"] == row["type"] and _same_token(o["_trigger"], token.head) for o in rows)


@ABSORBED.rule("Lammy and Sybiha met in Geneva for talks on the treaty.", type="meet", actor="Lammy")
def _talks_of_meeting(row: dict, rows: list[dict]) -> bool:
    """ "met in Geneva for talks": the talks a meeting was held for are that meeting."""
    governing = _governing_trigger(row["_trigger"], rows) if row["_trigger"].pos_ == "NOUN" else None
    return row["type"] in ("negotiate", "meet") and governing is not None and governing["type"] == "meet"


@ABSORBED.rule("Russian airstrikes hit the city of Idlib.", type="attack", actor="Russia", location="Idlib")
def _subject_of_attack_verb(row: dict, rows: list[dict]) -> bool:
    """ "airstrikes hit the city": the attack noun that is the subject of an attack verb is that attack."""
    return _verb_row_of_subject(row, rows) is not None


def _verb_row_of_subject(row: dict, rows: list[dict]) -> dict | None:
    """The attack row whose verb has this attack noun as its subject, if any."""
    token = row["_trigger"]
    if row["type"] != "attack" or token.pos_ != "NOUN" or token.dep_ != "nsubj":
        return None
    return next((o for o in rows if o["type"] == "attack" and _same_token(o["_trigger"], token.head)), None)


def _governing_trigger(token: Token, rows: list[dict]) -> dict | None:
    """The event of `rows` whose verb this nominal trigger is an adjunct of ("on his trip, X met Y")."""
    triggers = {r["_trigger"].i: r for r in rows if r["_trigger"].i != token.i}
    for ancestor in token.ancestors:
        if ancestor.i in triggers and ancestor.pos_ in ("VERB", "AUX"):
            return triggers[ancestor.i]
        if ancestor.pos_ in ("VERB", "AUX"):
            return None
    return None
