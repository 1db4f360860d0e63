"""Row checks that ask whether a row can be right, not only whether it is well formed.

Each check reads a table (and the rows of other tables that passed validation) and returns, per row,
None when the row is plausible or a sentence saying what is wrong. The runner puts that in a helper
column that the suite expects to be null (`expect_column_values_to_be_null`), so GX counts the
failures and the sentence becomes the quarantine row's reason. Word lists are data: lexicon.json.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from newsfacts.transforms.claims.words import SPEAKING_PERSON_NOUNS
from newsfacts.transforms.discrepancies import COMPARED_CATEGORIES
from newsfacts.transforms.events.words import CAPTOR_BAND_NOUNS, DOER_NOUNS, PARTY_NOUNS
from newsfacts.transforms.language.gazetteer import agency
from newsfacts.transforms.language.lexicon import (
    singulars,
    DATE_NOUNS,
    DEMONYMS,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    MONTHS,
    NAME_LABELS,
    OBSERVER_NOUNS,
    PEOPLE_NOUNS,
    PLACE_LABELS,
    PRONOUNS,
    SOURCE_CONTAINERS,
    SPEAKING_BODIES,
    WEEKDAYS,
)
from newsfacts.transforms.spans import fold

LEXICON_PATH = Path(__file__).resolve().parent / "lexicon.json"
# Two words, not three: a stance verb's object is a whole claim in every gold set ("denied the accusation").
MIN_CLAIM_WORDS = 2
EARLIEST_DATE = dt.date(1900, 1, 1)
MAX_YEARS_AHEAD = 2  # an event may be planned at most this long after publication
# Where a clause ends: a figure's scope words are read in its own clause ("killed 45 on Monday, bringing
# the war's toll to 42,000": 45 is a day's count, 42,000 a total).
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|,\s|\s[-\u2013\u2014]\s")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_YEAR = re.compile(r"\b(1[0-9]{3})\b")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """The word lists of lexicon.json joined with the ones the extractors share (one list of each kind of
    word: pronouns, date words, nouns for who can speak, the categories that count people), plus spaCy's
    English stopwords."""
    from spacy.lang.en.stop_words import STOP_WORDS

    with LEXICON_PATH.open(encoding="utf-8") as f:
        data = json.load(f)
    words = {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}
    words["stopwords"] = frozenset(STOP_WORDS)
    words["pronouns"] = PRONOUNS
    words["date_words"] = DATE_NOUNS | frozenset(WEEKDAYS) | frozenset(MONTHS)
    words["people_count_categories"] = frozenset(COMPARED_CATEGORIES)
    words["role_words"] = (
        words.get("role_words", frozenset())
        | PEOPLE_NOUNS
        | GROUP_NOUNS
        | frozenset(INSTITUTION_NOUNS)
        | SOURCE_CONTAINERS
        | SPEAKING_BODIES
        | OBSERVER_NOUNS  # "the correspondent said": who reports what they saw
        | SPEAKING_PERSON_NOUNS  # the claims' roles, titles and ranks ("the chairman said", "the captain said")
        | PARTY_NOUNS  # the events' parties ("the gang invaded the village")
        | DOER_NOUNS  # who does violence named as written ("rioters stormed the hall", "radicals set fire")
        | CAPTOR_BAND_NOUNS  # "held by a cartel"
    )
    return words


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _key(value: str) -> str:
    """A name folded for lookups: case, quotes, dashes and spaces; a leading 'the' dropped."""
    key = fold(value).strip()
    return key[4:] if key.startswith("the ") else key


class Entities:
    """Canonical entities by folded name and alias, with their labels."""

    def __init__(self, entities: pd.DataFrame | None) -> None:
        self.labels: dict[str, str] = {}
        self.by_id: dict[str, str] = {}
        self.persons: dict[str, str] = {}
        if entities is None:
            return
        for entity_id, name, label, aliases in zip(
            entities["entity_id"], entities["name"], entities["label"], entities["aliases"]
        ):
            self.by_id[entity_id] = label
            names = [name, *(list(aliases) if aliases is not None and not _missing(aliases) else [])]
            for n in names:
                if isinstance(n, str):
                    self.labels.setdefault(_key(n), label)
                    if label == "PERSON" and len(_WORD.findall(name)) >= 2:
                        self.persons.setdefault(_key(n), name)

    def full_person_name(self, name: str) -> str | None:
        """The canonical name of a PERSON entity of two words or more that `name` names, or None."""
        return self.persons.get(_key(name))

    def label(self, name: str) -> str | None:
        """The label of the entity named `name` (or its plural), or None."""
        key = _key(name)
        return self.labels.get(key) or (self.labels.get(key[:-1]) if key.endswith("s") else None)


# --- names: sources, speakers, figure sources, event actors ------------------------------------------


def name_problem(value: Any, entities: Entities) -> str | None:
    """Why a source, speaker or actor name cannot be a name, or None when it can."""
    if _missing(value):
        return None
    lex = lexicon()
    text = str(value).strip()
    key = _key(text)
    words = _WORD.findall(key)
    if not words:
        return f"name {text!r} has no letters"
    named = entities.label(text) in NAME_LABELS  # "May" where the article names a person May (Theresa May)
    initials = named and text.isupper() and len(words[0]) > 1  # "WHO", "US": an entity's initials, not a pronoun
    if key in lex["pronouns"] and not initials:
        return f"name {text!r} is a pronoun left unresolved"
    if key in lex["date_words"] and not named:
        return f"name {text!r} is a date word"
    acronym = text.isupper() and len(text) > 1  # "IS" (the Islamic State), "US": a name's initials, no stopword
    if all(w in lex["stopwords"] for w in words) and not named and not acronym:
        return f"name {text!r} is a stopword"
    # "talks" is no name; "the watchdog" is a descriptor of one (a determiner makes it a phrase).
    if (
        len(_WORD.findall(fold(text))) == 1
        and text == text.lower()
        and not _is_role(key)
        and entities.label(text) is None
        and agency(text) is None  # "dpa" writes its name in lower case
    ):
        return f"name {text!r} is a single lowercase word: not an entity, a role or an unnamed source"
    return None


def _is_role(key: str) -> bool:
    """A role phrase or unnamed-source pattern: its last word is a role word ("the army's spokesman")."""
    words = _WORD.findall(key)
    if not words:
        return False
    last = words[-1].removesuffix("'s").removesuffix("\u2019s")
    return bool(singulars(last) & lexicon()["role_words"])


def named_or_role(value: Any, entities: Entities) -> bool:
    """A name that is an entity or a role phrase / unnamed-source pattern (corpus-level share)."""
    return not _missing(value) and (
        entities.label(str(value)) is not None
        or _is_role(_key(str(value)))
        or name_problem(value, entities) is None
        and str(value)[:1].isupper()
    )


# --- claims ------------------------------------------------------------------------------------------


def claim_problem(
    content: Any,
    speaker_text: Any,
    speaker_span: tuple[Any, Any] | None = None,
    content_span: tuple[Any, Any] | None = None,
) -> str | None:
    """Too short a content, or content that takes in the speaker's words ("the Taliban said the strikes ...").

    The content may skip an interrupting cue ("X, according to Y, Z"), so its words are tested, not only its
    offsets: the speaker as written must stand in what was said, at the speaker's own place when the offsets
    are known ("Israel says Hezbollah fired at northern Israel" names Israel twice, and is right).
    """
    if _missing(content):
        return None
    n = len(_WORD.findall(str(content)))
    if n < MIN_CLAIM_WORDS:
        return f"content {str(content)!r} has {n} word(s); a claim says at least {MIN_CLAIM_WORDS}"
    if _missing(speaker_text) or _key(str(speaker_text)) in lexicon()["pronouns"]:
        return None
    if not _has_phrase(fold(str(content)), fold(str(speaker_text)).strip()):
        return None
    if speaker_span and content_span and not any(_missing(x) for x in (*speaker_span, *content_span)):
        if not (content_span[0] <= speaker_span[0] and speaker_span[1] <= content_span[1]):
            return None  # the name said again inside the content, not the speaker's own words
    return f"content takes in the speaker {str(speaker_text)!r}: the speaker span overlaps what was said"


# --- figures -----------------------------------------------------------------------------------------


def unit_problem(unit: Any, category: Any, entities: Entities) -> str | None:
    """A unit that is a person or a place, a stopword, or no people for a count of people."""
    if _missing(unit):
        return None
    lex = lexicon()
    key = _key(str(unit))
    if key in lex["function_words"] or key in lex["pronouns"]:
        return f"unit {unit!r} is a function word"
    label = entities.label(str(unit))
    if label in PLACE_LABELS and key.removesuffix("s") not in DEMONYMS:  # "six Ukrainians" count people
        return f"unit {unit!r} is a {label} entity: a figure counts things, not a place"
    if label == "PERSON" and entities.full_person_name(str(unit)):
        return f"unit {unit!r} is the name of a person ({entities.full_person_name(str(unit))})"
    if category in lex["people_count_categories"] and key in lex["not_people_units"]:
        return f"unit {unit!r} counts no people, but category {category!r} counts people"
    return None


def bounds_problem(qualifier: Any, value: Any, lower: Any, upper: Any) -> str | None:
    """Bounds that disagree with the qualifier (../shared/eval/GUIDELINE.md, Figures)."""
    lo, up = (None if _missing(lower) else float(lower)), (None if _missing(upper) else float(upper))
    v = None if _missing(value) else float(value)
    expected = {
        "exact": (v, v),
        "approximate": (None, None),
        "more_than": (v, None),
        "at_least": (v, None),
        "less_than": (None, v),
        "at_most": (None, v),
    }
    if qualifier == "range":
        if lo is None or up is None or lo > up:
            return f"qualifier 'range' needs lower <= upper, got lower={lo}, upper={up}"
        return None
    if qualifier not in expected:
        return None  # the vocabulary check reports it
    want = expected[qualifier]
    if (lo, up) != want:
        return f"qualifier {qualifier!r} of value {v:g} implies lower={want[0]}, upper={want[1]}; got lower={lo}, upper={up}"
    return None


# --- events ------------------------------------------------------------------------------------------


def location_problem(location: Any, actor: Any, media: frozenset[str], spans: tuple = ()) -> str | None:
    """A location that is the actor read from the same words, a news outlet, or not a place name at all.

    Entity labels are not trusted here: the small model often tags a town as PERSON ("Goma") or a place
    as ORG, so a location fails only on evidence that does not come from the label. `spans`, the actor's and the
    location's offsets (actor_start, actor_end, location_start, location_end): a state that acts in its own
    land, its doer told by more words than the place ("the Kessan government freed 20 prisoners" -> Kessa, in
    Kessa), is no place taken for a doer; the same words, or no offsets, are.
    """
    if _missing(location):
        return None
    key = _key(str(location))
    if not _missing(actor) and _key(str(actor)) == key and not _told_apart(spans):
        return f"location {location!r} is also the actor"
    if key in media or set(_WORD.findall(key)) & lexicon()["media_words"]:
        return f"location {location!r} is a news outlet, not a place"
    if not any(part[:1].isupper() for part in re.split(r"[\s-]+", str(location))):
        return f"location {location!r} is not a place name"  # "al-Bab", "northern Gaza" are; "the north" is not
    return None


def _told_apart(spans: tuple) -> bool:
    """Whether an actor's words and a location's words are both known and not the same words ("the Kessan
    government" holds "Kessan", the place, and more: the doer is the government, no place read as a doer)."""
    if len(spans) != 4 or any(_missing(x) for x in spans):
        return False
    actor_start, actor_end, location_start, location_end = (int(x) for x in spans)
    return (actor_start, actor_end) != (location_start, location_end)


def date_problem(date: Any, date_text: Any, published_at: Any) -> str | None:
    """A date before 1900 (unless the text writes such a year) or over two years after publication."""
    if _missing(date) or date is pd.NaT:
        return None
    day = pd.Timestamp(date).date()
    if day < EARLIEST_DATE:
        years = [int(y) for y in _YEAR.findall(str(date_text or ""))]
        if day.year not in years:
            return f"date {day.isoformat()} is before {EARLIEST_DATE.year} and the text gives no such year"
    if not _missing(published_at) and published_at is not pd.NaT:
        pub = pd.Timestamp(published_at).date()
        limit = (
            pub.replace(year=pub.year + MAX_YEARS_AHEAD)
            if not (pub.month == 2 and pub.day == 29)
            else dt.date(pub.year + MAX_YEARS_AHEAD, 2, 28)
        )
        if day > limit:
            return f"date {day.isoformat()} is more than {MAX_YEARS_AHEAD} years after publication ({pub.isoformat()})"
    return None


# --- discrepancies -----------------------------------------------------------------------------------


def _clause(text: str | None, start: Any, end: Any) -> str | None:
    """The folded words of the clause a span stands in (up to 300 characters either side), None without offsets."""
    if text is None or _missing(start) or _missing(end):
        return None
    s, e = int(start), int(end)
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, s - 300), s)]
    after = _CLAUSE_BREAK.search(text, e, e + 300)
    return fold(text[breaks_before[-1] if breaks_before else max(0, s - 300) : after.start() if after else e + 300])


def percent_problem(value: Any, category: Any, clause: str | None) -> str | None:
    """A share cannot pass 100 %; a change ("rose by 150%") or a load against capacity can: a percent above 100
    needs one of those words (lexicon change_words) in its clause."""
    if category != "percent" or _missing(value) or float(value) <= 100:
        return None
    if clause is not None and any(_has_phrase(clause, w) for w in lexicon()["change_words"]):
        return None
    return f"a percent above 100 ({float(value):g}) whose clause tells no change or capacity: a share cannot pass 100"


def figure_scope(text: str | None, start: Any, end: Any) -> str | None:
    """'day' or 'cumulative' from the words of the figure's own clause, else None (not said)."""
    clause = _clause(text, start, end)
    if clause is None:
        return None
    lex = lexicon()
    if any(_has_phrase(clause, w) for w in lex["cumulative_words"]):
        return "cumulative"
    if any(_has_phrase(clause, w) for w in lex["single_day_words"]):
        return "day"
    return None


def _has_phrase(clause: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", clause) is not None


def scope_problems(df: pd.DataFrame, texts: dict[str, str] | None) -> list[str | None]:
    """Members of an `updated` group whose clauses say one is a day's count and another a running total."""
    out: list[str | None] = [None] * len(df)
    if texts is None or df.empty:
        return out
    scopes = [figure_scope(texts.get(a), s, e) for a, s, e in zip(df["article_id"], df["start_char"], df["end_char"])]
    groups: dict[str, list[int]] = {}
    for i, (group, status) in enumerate(zip(df["group_id"], df["status"])):
        if status == "updated":
            groups.setdefault(group, []).append(i)
    for members in groups.values():
        kinds = {scopes[i] for i in members} - {None}
        if kinds == {"day", "cumulative"}:
            day = [df["text"].iloc[i] for i in members if scopes[i] == "day"]
            total = [df["text"].iloc[i] for i in members if scopes[i] == "cumulative"]
            reason = (
                f"group marked updated mixes a single day's count ({', '.join(day)}) with a cumulative "
                f"total ({', '.join(total)}): they measure different scopes"
            )
            for i in members:
                out[i] = reason
    return out


# The entities of the last table validated against, kept with the frame they were read from: every check of
# every table asks for them, and the index folds every alias once instead of once per check.
_ENTITIES: list[Any] = [None, Entities(None)]


def _entities_of(frame: pd.DataFrame | None) -> Entities:
    """The Entities index of `frame`, built once per frame (the frame is held, so `is` cannot be fooled)."""
    if _ENTITIES[0] is not frame:
        _ENTITIES[:] = [frame, Entities(frame)]
    return _ENTITIES[1]


# --- what a suite's derive spec names ----------------------------------------------------------------


def derive(
    check: str, df: pd.DataFrame, passed: dict[str, pd.DataFrame], texts: dict[str, str] | None, spec: dict
) -> list:
    """The helper column of one plausibility check over a whole table."""
    entities = _entities_of(passed.get("entities"))
    if check == "name":
        return [name_problem(v, entities) for v in df[spec["column"]].tolist()]
    if check == "named_or_role":
        return [named_or_role(v, entities) for v in df[spec["column"]].tolist()]
    if check == "claim":
        speakers = df["speaker_text"] if "speaker_text" in df.columns else [None] * len(df)
        none = [None] * len(df)
        speaker_spans = zip(df.get("speaker_start", none), df.get("speaker_end", none))
        content_spans = zip(df.get("content_start", none), df.get("content_end", none))
        return [
            claim_problem(c, sp, ss, cs) for c, sp, ss, cs in zip(df["content"], speakers, speaker_spans, content_spans)
        ]
    if check == "unit":
        return [unit_problem(u, c, entities) for u, c in zip(df["unit"], df["category"])]
    if check == "bounds":
        return [bounds_problem(*r) for r in zip(df["qualifier"], df["value"], df["lower"], df["upper"])]
    if check == "location":
        media = (
            frozenset(
                _key(n)
                for n, k in zip(passed["sources"]["name"], passed["sources"]["kind"])
                if k in ("media", "outlet")
            )
            if "sources" in passed
            else frozenset()
        )
        none = [None] * len(df)
        spans = zip(*(df.get(c, none) for c in ("actor_start", "actor_end", "location_start", "location_end")))
        return [location_problem(loc, actor, media, s) for loc, actor, s in zip(df["location"], df["actor"], spans)]
    if check == "date":
        published = {}
        if "articles" in passed:
            published = dict(zip(passed["articles"]["article_id"], passed["articles"]["published_at"]))
        return [date_problem(d, t, published.get(a)) for d, t, a in zip(df["date"], df["date_text"], df["article_id"])]
    if check == "scope":
        return scope_problems(df, texts)
    if check == "percent":
        texts = texts or {}
        return [
            percent_problem(v, c, _clause(texts.get(a), s, e) if c == "percent" else None)
            for v, c, a, s, e in zip(df["value"], df["category"], df["article_id"], df["start_char"], df["end_char"])
        ]
    raise KeyError(f"no plausibility check {check!r}")


CHECKS: frozenset[str] = frozenset(
    {"name", "named_or_role", "claim", "unit", "bounds", "location", "date", "scope", "percent"}
)
