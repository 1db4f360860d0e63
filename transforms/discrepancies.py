"""Groups of figures that measure the same thing across reports, each marked consistent, conflicting or updated.

Analysts collect many reports of one war to see where sources agree, where they conflict and how
numbers move; this module turns the resolved `figures` (with `events` and, optionally, `mentions`
and `entities` for places) into the `discrepancies` table: one row per member figure of a group.

What a figure measures (its subject), tried in this order:
1. an event in the figure's sentence whose type fits the category (killed: kill/attack/assassinate,
   hostages_taken: abduct/attack, released counts: release, ...; see CATEGORY_EVENT_TYPES), unless
   the event is only the start of a count ("killed since the October 7 attack": ANCHOR_WORDS up to
   ANCHOR_WINDOW_CHARS before its trigger);
2. when the sentence refers back to an event ("the raid", "this operation"; EVENT_ANAPHORS), the
   nearest fitting event in the ANAPHOR_REACH sentences before it;
3. a fitting event in the sentence just before or after, unless that event already has a figure of
   the same category in its own sentence (then the neighbour is most likely a different count);
4. else a place: a location the sentence names (not the figure's own source), else the place in the
   source's name ("Gaza's health ministry" counts for Gaza), else a possessive place ("X's toll").
Events of different keys are one subject when they share a day-precise date and their actor (and
place, where both are known): two articles may type or describe one incident differently.
As-of dates must be compatible: a dated event fixes the date, so its reports group whatever their
publication date; an undated event groups reports at most UNDATED_EVENT_WINDOW_DAYS apart; a place
(running totals) groups reports at most RUNNING_TOTAL_GAP_DAYS apart.
Within one sentence and source, a smaller figure of the same category and subject is a part of the
larger ("20 killed, including 8 children") and is left out. A group needs reports from at least two
(article, source) pairs: one report repeated is no comparison.

Classification. Each figure is an interval from its qualifier:
    exact [v, v]; approximate [v - s, v + s] with s = max(APPROX_TOLERANCE * v, APPROX_MIN_SLACK);
    more_than / at_least [v, inf); less_than / at_most [0, v]; range [lower, upper].
Round numbers (at most ROUND_SIGNIFICANT_DIGITS significant digits) after "more than" / "less than"
are loose talk ("over 1,200" next to "about 1,180"): their bound also gets the slack s.
- updated: the members span at least two report dates, the reports of each date agree, values never
  fall from an earlier date to a later one (beyond s), and some later value rises above an earlier one
  (past its interval, or by more than s): a running total reported later and higher. Open lower bounds
  ("topped 37,000", then "more than 40,000") always intersect, so this is tested before consistency.
  An earlier upper bound ("less than 100") overtaken later is a contradiction, not an update. For stocks
  (STOCK_CATEGORIES: hostages still held) a change either way over time is an update.
- consistent: otherwise, when all intervals intersect.
- conflicting: otherwise (bounds that cannot all hold).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

import numpy as np

from newsfacts.schema import PEOPLE_CATEGORIES, columns, make_id
from newsfacts.transforms.dates import as_date
from newsfacts.transforms.language.lexicon import PLACE_LABELS
from newsfacts.transforms.spans import fold

# Categories where two reports can be compared (not visits, durations, money, percent, other).
COMPARED_CATEGORIES = PEOPLE_CATEGORIES
# Event types that a figure of each category can measure, best first.
CATEGORY_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "killed": ("kill", "attack", "assassinate"),
    "injured": ("attack", "kill"),
    "hostages_taken": ("abduct", "attack"),
    "hostages_held": ("abduct",),
    "hostages_dead": ("kill", "abduct", "attack"),
    "hostages_released": ("release",),
    "prisoners_released": ("release",),
}
# Stocks (a level at a time, not a running total): an update may go down as well as up.
STOCK_CATEGORIES = frozenset({"hostages_held"})

# Interval tolerances (see the module docstring).
APPROX_TOLERANCE = 0.05
APPROX_MIN_SLACK = 1.0
ROUND_SIGNIFICANT_DIGITS = 2
ROUNDED_BOUND_QUALIFIERS = frozenset({"more_than", "less_than"})
LOWER_BOUND_QUALIFIERS = frozenset({"more_than", "at_least"})
UPPER_BOUND_QUALIFIERS = frozenset({"less_than", "at_most"})

# Date compatibility.
UNDATED_EVENT_WINDOW_DAYS = 7
RUNNING_TOTAL_GAP_DAYS = 180

# A definite reference back to an event: "the raid", "this deadly operation".
EVENT_ANAPHORS = (
    "raid",
    "operation",
    "attack",
    "strike",
    "airstrike",
    "assault",
    "offensive",
    "bombing",
    "bombardment",
    "shelling",
    "incursion",
    "ambush",
    "massacre",
    "explosion",
    "blast",
    "shooting",
    "clash",
    "fighting",
    "kidnapping",
    "abduction",
    "exchange",
    "swap",
    "rescue",
)  # not "release": "the release of 50 hostages" introduces a release more often than it refers back
ANAPHOR_DETERMINERS = ("the", "this", "that", "these", "those")
ANAPHOR_REACH = 3
# Words before an event that make it the start of a running count, not what is counted.
ANCHOR_WORDS = ("since",)
ANCHOR_WINDOW_CHARS = 60
_ANCHOR = re.compile(r"\b(?:%s)\b" % "|".join(ANCHOR_WORDS), re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\b(?:%s)\s+(?:[\w-]+\s+)?(?:%s)(?:s|es)?\b" % ("|".join(ANAPHOR_DETERMINERS), "|".join(EVENT_ANAPHORS)),
    re.IGNORECASE,
)
# Where a sentence ends, for the words around a figure (the tables keep no sentence spans).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")
_APOSTROPHES = ("'", "’")

GROUP_PREFIX = "dgr"
ROW_PREFIX = "dis"


@dataclass
class _Point:
    """A figure reduced to what classification needs: its value, interval and report date."""

    value: float
    qualifier: str
    low: float
    high: float
    as_of: dt.date | None

    @property
    def slack(self) -> float:
        """How far the value may stray and still be the same report (module docstring)."""
        return _slack(self.value)


@dataclass
class _Member:
    """One figure with its interval, who reported it, and the subject it measures."""

    row: dict
    point: _Point
    report: tuple[str, str]
    event: dict | None = None
    place: str | None = None


@dataclass
class _Subject:
    """What a group measures: an incident (one or more event keys) or a place."""

    key: tuple
    dated: bool
    label: str  # readable: the describing event, or the place
    members: list[_Member] = field(default_factory=list)


def find_discrepancies(
    figures: list[dict],
    events: list[dict],
    articles: list[dict],
    mentions: list[dict] | None = None,
    entities: list[dict] | None = None,
) -> list[dict]:
    """Rows of the `discrepancies` table: comparable figures grouped across reports and classified."""
    members = discrepancy_members(figures, events, articles, mentions, entities)
    incident = _incidents([m.event for m in members if m.event is not None])
    return [row for _, rows in group_discrepancies(members, incident, _articles_per_key(events)) for row in rows]


def discrepancy_members(
    figures: list[dict],
    events: list[dict],
    articles: list[dict],
    mentions: list[dict] | None = None,
    entities: list[dict] | None = None,
) -> list[_Member]:
    """The figures that can be compared, each with what it measures (an event of its article or a place), less
    the parts of a larger figure: all of it read within the figure's own article."""
    outlets = {a["article_id"]: a.get("outlet") for a in articles}
    texts = {a["article_id"]: a.get("text") or "" for a in articles}
    events_by_sentence: dict[tuple[str, int], list[dict]] = {}
    for event in events:
        events_by_sentence.setdefault((event["article_id"], event["sentence_index"]), []).append(event)
    categories_by_sentence: dict[tuple[str, int], set[str]] = {}
    for figure in figures:
        where = (figure["article_id"], figure["sentence_index"])
        categories_by_sentence.setdefault(where, set()).add(figure["category"])
    places = _Places(mentions or [], entities or [], texts)

    members: list[_Member] = []
    for figure in sorted(figures, key=_text_order):
        if figure.get("category") not in COMPARED_CATEGORIES or _missing(figure.get("value")):
            continue
        member = _member(figure, outlets)
        member.event = _subject_event(figure, events_by_sentence, categories_by_sentence, texts)
        if member.event is None:
            member.place = places.of(figure)
        if member.event is not None or member.place is not None:
            members.append(member)
    return _without_parts(members)


def group_discrepancies(
    members: list[_Member], incident: dict[str, dict], reach: dict[str, int]
) -> list[tuple[tuple, list[dict]]]:
    """Members grouped per subject and classified: (subject key, its rows) per subject, in key order.
    `incident`: event key -> the best-described event of its incident; `reach`: articles per event key."""
    out = []
    for category, subject in _subjects(members, incident, reach):
        rows: list[dict] = []
        for group in _date_compatible(subject):
            if len({m.report for m in group}) >= 2:
                rows.extend(_group_rows(category, subject, group))
        out.append((subject.key, rows))
    return out


# --- intervals -----------------------------------------------------------------------------


def figure_interval(
    value: float, qualifier: str, lower: float | None = None, upper: float | None = None
) -> tuple[float, float]:
    """The values a figure's words allow, as (low, high); see the module docstring."""
    slack = _slack(value)
    loose = qualifier in ROUNDED_BOUND_QUALIFIERS and is_round(value)
    if qualifier == "approximate":
        return max(value - slack, 0.0), value + slack
    if qualifier in LOWER_BOUND_QUALIFIERS:
        return (max(value - slack, 0.0) if loose else value), math.inf
    if qualifier in UPPER_BOUND_QUALIFIERS:
        return 0.0, value + slack if loose else value
    if qualifier == "range":
        low = value if lower is None or _missing(lower) else lower
        high = value if upper is None or _missing(upper) else upper
        return min(low, high), max(low, high)
    return value, value


def is_round(value: float) -> bool:
    """A number of ten or more written with few significant digits (1,200, 40,000, 250)."""
    if value < 10 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= ROUND_SIGNIFICANT_DIGITS


def classify(reports: Iterable[tuple[float, str, dt.date | None]], category: str = "killed") -> str:
    """consistent, conflicting or updated for reports given as (value, qualifier, as_of)."""
    return _status([_point(value, qualifier, None, None, as_of) for value, qualifier, as_of in reports], category)


def _point(value: float, qualifier: str, lower: float | None, upper: float | None, as_of: dt.date | None) -> _Point:
    """A figure's value, qualifier and date with the interval they allow."""
    low, high = figure_interval(value, qualifier, lower, upper)
    return _Point(value=value, qualifier=qualifier, low=low, high=high, as_of=as_of)


def _status(points: list[_Point], category: str) -> str:
    """The group's status from its members' intervals and dates (module docstring)."""
    if _is_update(points, stock=category in STOCK_CATEGORIES):
        return "updated"
    return "consistent" if _intersect(points) else "conflicting"


def status_of_arrays(
    value: np.ndarray, low: np.ndarray, high: np.ndarray, ceiling: np.ndarray, day: np.ndarray, category: str
) -> str:
    """`_status` of one group given as arrays in report date order (`day`: sorted report dates as integers;
    `ceiling`: the high of an upper bound, inf for the others): a running total of years has tens of thousands
    of members, too many for a Python object each. The same comparisons as `_is_update` and `_intersect`."""
    consistent = "consistent" if low.max() <= high.min() + 1e-9 else "conflicting"
    starts = np.flatnonzero(np.r_[True, day[1:] != day[:-1]])
    if len(starts) < 2:
        return consistent
    if np.any(np.maximum.reduceat(low, starts) > np.minimum.reduceat(high, starts) + 1e-9):
        return consistent  # the reports of one date disagree: no update
    slack = np.maximum(APPROX_TOLERANCE * np.abs(value), APPROX_MIN_SLACK)
    of_day = np.cumsum(np.r_[True, day[1:] != day[:-1]]) - 1

    def before(per_day: np.ndarray, accumulate: np.ufunc, first: float) -> np.ndarray:
        """Per row, the running bound over the dates before its own (`first` before any)."""
        return np.r_[first, accumulate.accumulate(per_day)[:-1]][of_day]

    floor = before(np.maximum.reduceat(value - slack, starts), np.maximum, -math.inf)
    max_low = before(np.maximum.reduceat(low, starts), np.maximum, -math.inf)
    min_high = before(np.minimum.reduceat(high, starts), np.minimum, math.inf)
    min_step = before(np.minimum.reduceat(value + slack, starts), np.minimum, math.inf)
    rose = (low > min_high) | (value > min_step)
    if category in STOCK_CATEGORIES:
        moved = bool(np.any(rose | (high < max_low) | (value < floor)))
    else:
        lowest_ceiling = before(np.minimum.reduceat(ceiling, starts), np.minimum, math.inf)
        moved = not np.any(value < floor) and not np.any(low > lowest_ceiling) and bool(np.any(rose))
    return "updated" if moved else consistent


def _slack(value: float) -> float:
    """How far an approximate figure may stray from its value."""
    return max(APPROX_TOLERANCE * abs(value), APPROX_MIN_SLACK)


def _intersect(points: list[_Point]) -> bool:
    """True when one value lies inside every interval."""
    return max(p.low for p in points) <= min(p.high for p in points) + 1e-9


def _by_date(points: list[_Point]) -> dict[dt.date, list[_Point]] | None:
    """The points per report date, or None when one of them has no date."""
    by_date: dict[dt.date, list[_Point]] = {}
    for point in points:
        if point.as_of is None:
            return None
        by_date.setdefault(point.as_of, []).append(point)
    return by_date


def _is_update(points: list[_Point], stock: bool) -> bool:
    """True for a total reported again later, agreeing within each date and moving only one way."""
    by_date = _by_date(points)
    if by_date is None or len(by_date) < 2:
        return False
    dates = sorted(by_date)
    if not all(_intersect(same_day) for same_day in by_date.values()):
        return False
    # Each date's reports against everything reported before it, kept as running bounds (linear, not pairwise).
    floor = max_low = -math.inf  # highest (value - slack) and highest low reported so far
    min_high = min_step = ceiling = math.inf  # lowest high, lowest (value + slack), lowest stated ceiling
    moved = False
    for day in dates:
        for later in by_date[day]:
            rose = later.low > min_high or later.value > min_step
            if stock:
                moved = moved or rose or later.high < max_low or later.value < floor
                continue
            if later.value < floor:
                return False  # a later, lower figure is a revision or a contradiction
            if later.low > ceiling:
                return False  # "less than 100" then "274" contradicts the earlier ceiling
            moved = moved or rose
        for earlier in by_date[day]:
            floor = max(floor, earlier.value - earlier.slack)
            max_low = max(max_low, earlier.low)
            min_high = min(min_high, earlier.high)
            min_step = min(min_step, earlier.value + earlier.slack)
            if earlier.qualifier in UPPER_BOUND_QUALIFIERS:
                ceiling = min(ceiling, earlier.high)
    return moved


# --- subjects ------------------------------------------------------------------------------


def _member(figure: dict, outlets: dict[str, str | None]) -> _Member:
    """A figure with its interval, date and report identity (who said it where)."""
    point = _point(
        float(figure["value"]),
        figure.get("qualifier") or "exact",
        _num(figure.get("lower")),
        _num(figure.get("upper")),
        as_date(figure.get("as_of")),
    )
    return _Member(row=figure, point=point, report=(figure["article_id"], _source_key(figure, outlets)))


def _source_key(figure: dict, outlets: dict[str, str | None]) -> str:
    """Who reports a figure: its credited source, else the article's outlet, else the article itself."""
    name = figure.get("source_name")
    if isinstance(name, str) and name:
        return fold(name)
    outlet = outlets.get(figure["article_id"])
    return f"outlet:{fold(outlet)}" if isinstance(outlet, str) and outlet else f"article:{figure['article_id']}"


def _subject_event(
    figure: dict,
    events_by_sentence: dict[tuple[str, int], list[dict]],
    categories_by_sentence: dict[tuple[str, int], set[str]],
    texts: dict[str, str],
) -> dict | None:
    """The event a figure measures (rules 1-3 of the module docstring), or None."""
    article, sentence, category = figure["article_id"], figure["sentence_index"], figure["category"]
    types = CATEGORY_EVENT_TYPES[category]

    def fitting(index: int) -> list[dict]:
        """Events of sentence `index` (same article) that this category can measure."""
        return [e for e in events_by_sentence.get((article, index), []) if e["type"] in types]

    text = texts.get(article, "")
    here = [e for e in fitting(sentence) if not _is_anchor(text, e, figure)]
    if here:
        return _best_event(here, types, figure["start_char"])
    if _refers_back(text, figure["start_char"], figure["end_char"]):
        for index in range(sentence - 1, max(sentence - ANAPHOR_REACH, 0) - 1, -1):
            found = fitting(index)
            if found:
                return _best_event(found, types, figure["start_char"])
    for index in (sentence - 1, sentence + 1):
        # A neighbour's event that already has its own count of this category is not this count's subject.
        if category in categories_by_sentence.get((article, index), set()):
            continue
        found = fitting(index)
        if found:
            return _best_event(found, types, figure["start_char"])
    return None


def _is_anchor(text: str, event: dict, figure: dict) -> bool:
    """True when a count runs "since" the event (just before its trigger): the event starts the total."""
    begin, _ = _sentence_bounds(text, figure["start_char"], figure["end_char"])
    trigger = text.find(event["trigger"], event["start_char"], event["end_char"]) if event.get("trigger") else -1
    stop = trigger if trigger >= 0 else event["start_char"]
    return bool(_ANCHOR.search(text, max(begin, stop - ANCHOR_WINDOW_CHARS), max(begin, stop)))


def _best_event(events: list[dict], types: tuple[str, ...], char: int) -> dict:
    """The event of the preferred type, nearest the figure."""
    return min(events, key=lambda e: (types.index(e["type"]), abs(e["start_char"] - char), e["event_id"]))


def _refers_back(text: str, start: int, end: int) -> bool:
    """True when the figure's sentence names an event with a definite article ("the raid")."""
    return bool(_ANAPHOR.search(sentence_around(text, start, end)))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds [start, end): from the last sentence end before to the next after."""
    begin, stop = _sentence_bounds(text, start, end)
    return text[begin:stop].strip()


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence around [start, end) (the tables keep sentence numbers, not spans)."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    return begin, after.end() if after else len(text)


class _Places:
    """Places named near a figure: location mentions of its sentence and places in its source's name."""

    def __init__(self, mentions: list[dict], entities: list[dict], texts: dict[str, str]) -> None:
        """Index place mentions by sentence and every place name (and alias) for lookups inside names."""
        by_id = {e["entity_id"]: e for e in entities}
        self._texts = texts
        self._by_sentence: dict[tuple[str, int], list[tuple[dict, str]]] = {}
        self._names: dict[str, str] = {}  # folded name or alias -> canonical place name
        for entity in entities:
            if entity.get("label") in PLACE_LABELS:
                aliases = entity.get("aliases")
                for name in [entity["name"], *(list(aliases) if aliases is not None else [])]:
                    self._names.setdefault(_bare(name), entity["name"])
        for mention in mentions:
            known = by_id.get(mention.get("entity_id"))
            label = known["label"] if known else mention.get("label")
            if label not in PLACE_LABELS:
                continue
            name = known["name"] if known else _strip_article(mention["text"])
            self._names.setdefault(_bare(mention["text"]), name)
            key = (mention["article_id"], mention["sentence_index"])
            self._by_sentence.setdefault(key, []).append((mention, name))

    def of(self, figure: dict) -> str | None:
        """The place a figure's count is about, or None (rule 4 of the module docstring)."""
        source = fold(figure.get("source_name")) if isinstance(figure.get("source_name"), str) else ""
        text = self._texts.get(figure["article_id"], "")
        located: list[tuple[int, str]] = []
        possessive: list[tuple[int, str]] = []
        for mention, name in self._by_sentence.get((figure["article_id"], figure["sentence_index"]), []):
            if source and fold(name) == source:
                continue  # the one who reports is not where it happened
            candidate = (_distance(mention, figure), name)
            (possessive if _is_possessive(text, mention) else located).append(candidate)
        if located:
            return min(located)[1]
        in_source = self._in_name(source)
        if in_source:
            return in_source
        return min(possessive)[1] if possessive else None

    def _in_name(self, name: str) -> str | None:
        """A known place named inside a source's name ("gaza health ministry" -> Gaza), longest first."""
        words = _bare(name).split() if name else []
        for size in range(len(words) - 1, 0, -1):
            # A place that is the whole source ("Israel says ...") is a reporter, not a jurisdiction.
            for start in range(len(words) - size + 1):
                place = self._names.get(" ".join(words[start : start + size]))
                if place:
                    return place
        return None


def _is_possessive(text: str, mention: dict) -> bool:
    """True for "Israel's ..." or "the Philippines' ...": a possessor is mostly an actor, not a location."""
    after = text[mention["end_char"] : mention["end_char"] + 2]
    if after[:1] not in _APOSTROPHES:
        return False
    return after[1:2] == "s" or mention["text"].endswith("s")


def _distance(mention: dict, figure: dict) -> int:
    """Characters between a mention and a figure."""
    return max(mention["start_char"] - figure["end_char"], figure["start_char"] - mention["end_char"], 0)


def _bare(name: str) -> str:
    """A name folded, without a leading article or possessive ending, for matching inside other names."""
    folded = re.sub(r"'s\b", "", fold(name))
    return _strip_article(folded)


def _strip_article(name: str) -> str:
    """A name without a leading "the"."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)


def _without_parts(members: list[_Member]) -> list[_Member]:
    """Members less those that a larger figure of the same sentence, source, category and subject contains."""
    largest: dict[tuple, _Member] = {}
    for member in members:
        row = member.row
        subject = _key(member.event) if member.event is not None else fold(member.place)
        key = (row["article_id"], row["sentence_index"], row["category"], member.report[1], subject)
        if key not in largest or member.point.value > largest[key].point.value:
            largest[key] = member
    kept = {id(m) for m in largest.values()}
    return [m for m in members if id(m) in kept]


def subject_key(member: _Member, incident: dict[str, dict]) -> tuple:
    """What a member measures: (category, "event", its incident's root key) or (category, "place", the place)."""
    if member.event is not None:
        return (member.row["category"], "event", _key(incident[_key(member.event)]))
    return (member.row["category"], "place", fold(member.place))


def _subjects(members: list[_Member], incident: dict[str, dict], reach: dict[str, int]) -> list[tuple[str, _Subject]]:
    """Members gathered per (category, subject), incidents merged across event keys, in a stable order."""
    subjects: dict[tuple, _Subject] = {}
    for member in members:
        category = member.row["category"]
        if member.event is not None:
            root = incident[_key(member.event)]
            key = (category, "event", _key(root))
            dated = _day_date(root) is not None
        else:
            key = (category, "place", fold(member.place))
            dated = False
        subject = subjects.setdefault(key, _Subject(key=key, dated=dated, label=f"in {member.place}"))
        subject.members.append(member)
    for (category, kind, _), subject in subjects.items():
        if kind == "event":
            events_of = [m.event for m in subject.members if m.event is not None]  # an event subject's all have one
            subject.label = _event_label(_label_event(events_of, category, reach))
    return [(key[0], subjects[key]) for key in sorted(subjects)]


def _articles_per_key(events: list[dict]) -> dict[str, int]:
    """How many articles report each event key (the most reported description names a group)."""
    articles: dict[str, set[str]] = {}
    for event in events:
        articles.setdefault(_key(event), set()).add(event["article_id"])
    return {key: len(ids) for key, ids in articles.items()}


def _label_event(events: list[dict], category: str, reach: dict[str, int]) -> dict:
    """The event that describes a group best: preferred type, most fields known, most articles."""
    types = CATEGORY_EVENT_TYPES[category]
    return min(
        events,
        key=lambda e: (
            types.index(e["type"]),
            _description_order(e)[0],
            -reach.get(_key(e), 1),
            _description_order(e)[1:],
        ),
    )


def _incidents(events: list[dict]) -> dict[str, dict]:
    """event_key -> the best-described event of its incident (keys of one incident share it)."""
    best: dict[str, dict] = {}
    for event in sorted(events, key=_description_order):
        best.setdefault(_key(event), event)
    keys = sorted(best, key=lambda k: _description_order(best[k]))
    rank = {key: i for i, key in enumerate(keys)}
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        """The root key of `key`'s incident (union-find with path halving)."""
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    # Only events known to the day by the same actor can merge: compare within a day and an actor's bucket (its
    # entity id, its folded name: a pair matches by one or the other), not every pair of the day.
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for key in keys:
        day = _day_date(best[key])
        if day is not None:
            for actor in _actor_buckets(best[key]):
                buckets[(day, actor)].append(key)
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if _same_incident(best[a], best[b]):
                    root_a, root_b = find(a), find(b)
                    if root_a != root_b:
                        # The better-described event stays the root (so the order of the pairs does not matter).
                        first, second = sorted((root_a, root_b), key=rank.__getitem__)
                        parent[second] = first
    return {key: best[find(key)] for key in keys}


def _actor_buckets(event: dict) -> tuple[tuple[str, str], ...]:
    """The keys two events' actors can match by (`_party_matches`): the entity id, and the folded name."""
    found = []
    if not _missing(event.get("actor_entity_id")):
        found.append(("id", event["actor_entity_id"]))
    name = fold(event["actor"]) if isinstance(event.get("actor"), str) else ""
    if name:
        found.append(("name", name))
    return tuple(found)


def _key(event: dict) -> str:
    """The event's cross-article key (its own id where keys were not assigned)."""
    return event.get("event_key") or event["event_id"]


def _description_order(event: dict) -> tuple:
    """Events with more known fields first, then a stable order."""
    unknown = sum(_missing(event.get(f)) for f in ("actor", "counterpart", "location", "date"))
    return (unknown, _key(event), event["article_id"], event["start_char"])


def _same_incident(a: dict, b: dict) -> bool:
    """Two events on the same known day by the same actor, in places that do not differ."""
    day_a, day_b = _day_date(a), _day_date(b)
    if day_a is None or day_a != day_b:
        return False
    if not _party_matches(a, b, "actor", required=True):
        return False
    return _party_matches(a, b, "location", required=False)


def _party_matches(a: dict, b: dict, role: str, required: bool) -> bool:
    """Same entity (or folded name) in `role`; unknown on a side passes only when not required."""
    id_a, id_b = a.get(f"{role}_entity_id"), b.get(f"{role}_entity_id")
    if not _missing(id_a) and not _missing(id_b):
        return id_a == id_b
    name_a = fold(a.get(role)) if isinstance(a.get(role), str) else ""
    name_b = fold(b.get(role)) if isinstance(b.get(role), str) else ""
    if not name_a or not name_b:
        return not required
    return name_a == name_b


def _day_date(event: dict) -> dt.date | None:
    """The event's date when it is known to the day."""
    date = as_date(event.get("date"))
    precision = event.get("date_precision")
    if date is None or (isinstance(precision, str) and precision != "day"):
        return None
    return date


def _event_label(event: dict) -> str:
    """A readable subject: "attack by Hamas against Israel in Israel on 2023-10-07"."""
    parts = [event["type"]]
    for prefix, role in (("by", "actor"), ("against", "counterpart"), ("in", "location")):
        value = event.get(role)
        if isinstance(value, str) and value:
            parts.append(f"{prefix} {value}")
    date = as_date(event.get("date"))
    if date is not None:
        parts.append(f"on {date.isoformat()}")
    return " ".join(parts)


def _date_compatible(subject: _Subject) -> list[list[_Member]]:
    """The subject's members split into groups whose as-of dates may be compared."""
    if subject.dated:
        return [subject.members]
    window = RUNNING_TOTAL_GAP_DAYS if subject.key[1] == "place" else UNDATED_EVENT_WINDOW_DAYS
    dated = sorted(
        ((m.point.as_of, m) for m in subject.members if m.point.as_of is not None),
        key=lambda pair: (pair[0], _text_order(pair[1].row)),
    )
    groups: list[list[_Member]] = []
    last: dt.date | None = None
    for as_of, member in dated:
        if groups and last is not None and (as_of - last).days <= window:
            groups[-1].append(member)
        else:
            groups.append([member])
        last = as_of
    return groups  # undated reports of an undated subject cannot be placed in time: left out


def _group_rows(category: str, subject: _Subject, group: list[_Member]) -> list[dict]:
    """One row per member, carrying the group's id, status and counts."""
    group = sorted(group, key=lambda m: (m.point.as_of or dt.date.min, _text_order(m.row)))
    status = _status([m.point for m in group], category)
    group_id = make_id(GROUP_PREFIX, category, *sorted(m.row["figure_id"] for m in group))
    label = subject.label if subject.dated else f"{subject.label}, {_reported(group)}"
    n_sources = len({m.report[1] for m in group})
    rows = []
    for member in group:
        figure = member.row
        row: dict[str, object] = {name: None for name in columns("discrepancies")}
        row.update(
            {
                "discrepancy_id": make_id(ROW_PREFIX, group_id, figure["figure_id"]),
                "group_id": group_id,
                "status": status,
                "category": category,
                "subject": label,
                "n_members": len(group),
                "n_sources": n_sources,
                "figure_id": figure["figure_id"],
                "article_id": figure["article_id"],
                "text": figure["text"],
                "value": float(figure["value"]),
                "lower": _num(figure.get("lower")),
                "upper": _num(figure.get("upper")),
                "qualifier": member.point.qualifier,
                "source_name": figure.get("source_name") if isinstance(figure.get("source_name"), str) else None,
                "as_of": member.point.as_of,
                "event_key": _key(member.event) if member.event is not None else None,
                "sentence_index": int(figure["sentence_index"]),
                "start_char": int(figure["start_char"]),
                "end_char": int(figure["end_char"]),
            }
        )
        rows.append(row)
    return rows


def _reported(group: list[_Member]) -> str:
    """When an undated subject was reported: "reported 2024-06-10" or "reported 2024-06-10 to 2024-08-18"."""
    dates = sorted({m.point.as_of for m in group if m.point.as_of is not None})
    if not dates:
        return "report date unknown"
    if len(dates) == 1:
        return f"reported {dates[0].isoformat()}"
    return f"reported {dates[0].isoformat()} to {dates[-1].isoformat()}"


# --- small conversions (rows may come from pipeline dicts or from pandas) --------------------


def _text_order(row: dict) -> tuple:
    """Article, then position in its text."""
    return (row["article_id"], row["start_char"], row["end_char"], row.get("figure_id") or "")


def _missing(value: object) -> bool:
    """True for None and NaN (pandas gives NaN where the pipeline gives None)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _num(value: Any) -> float | None:
    """A float, or None where missing (a number, or pandas' NaN)."""
    return None if _missing(value) else float(value)
