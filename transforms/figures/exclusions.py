"""Numbers that are not figures: dates, times, years, ages, labels, phone numbers, scores.

EXCLUSIONS is the rule table: each rule has a name, a verdict (drop the number, or keep it and stop
looking), a test over the number in its sentence, and an example sentence with the number it decides.
The first rule whose test holds decides; a number no rule decides is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from spacy.tokens import Span, Token

from newsfacts.transforms.figures.counted import AGGREGATE_NOUNS, CAPTIVE_NOUNS, NOT_VICTIM_NOUNS, _counted_noun
from newsfacts.transforms.figures.numbers import (
    DURATION_UNITS,
    _counts_a_noun,
    _has_digits,
    _hyphen_tight,
    _is_numeric,
    _looks_like_phone,
    _looks_like_year,
    _may_start_number,
    _Number,
)
from newsfacts.transforms.language.lexicon import (
    CARDINAL_WORDS,
    MONTHS,
    NAME_LABELS,
    NOMINAL_SUBJECT_DEPS,
    ONE_PERSON_NOUNS,
    REPORT_VERBS,
    WEEKDAYS,
    words,
)

# A number right after one of these is a label, not a count ("Article 51", "Resolution 2334").
LABEL_NOUNS = {
    "article",
    "section",
    "chapter",
    "paragraph",
    "clause",
    "resolution",
    "page",
    "no",
    "no.",
    "number",
    "item",
    "route",
    "highway",
    "flight",
    "room",
    "gate",
    "line",
    "bill",
    "amendment",
    "rule",
    "act",
    "level",
    "stage",
    "phase",
    "platform",
    "building",
    "block",
    "unit",
    "apartment",
    "version",
    "channel",
    "episode",
    "season",
    "volume",
    "vol",
    "vol.",
    "p.",
    "pp.",
    "figure",
    "table",
}
# Names of military units and posts: a capitalised one before a number names it ("Platoon 7", "Checkpoint 300").
UNIT_LABEL_NOUNS = {
    "platoon",
    "company",
    "battalion",
    "brigade",
    "division",
    "regiment",
    "squadron",
    "corps",
    "sector",
    "zone",
    "checkpoint",
    "post",
}
# Most capitalised words between a unit's number and its noun ("97 Light Infantry Battalion").
UNIT_NAME_WORDS = 3
# Either kind of label, capitalised, before a number.
TITLE_LABEL_NOUNS = frozenset(LABEL_NOUNS | UNIT_LABEL_NOUNS)
# Abbreviations of "number" that the tokenizer splits from their point ("No. 7" is "No", ".", "7").
NUMBER_ABBREVIATIONS = {"no", "nr", "nos"}
# Units of a weapon's bore: "a 9mm pistol", "a 12-bore shotgun", "155 mm shells", ".50-calibre rounds".
CALIBRE_UNITS = {"mm", "bore", "gauge", "calibre", "caliber", "cal", "cal."}
AGE_WORDS = {"age", "aged", "ages"}
# Words between an age word and the number, or between the numbers of an age range or list: "under the age of 12",
# "between the ages of 13 and 15", "aged two, 16 and 17".
AGE_PHRASE_LINKS = {"of", "and", "to", "or", "-", "\u2013", ","}
# Hedges that set an age limit after people ("children under 12", "all over 60"), not a count of them.
AGE_LIMIT_CUES = {"under", "over", "above", "below"}
# Who an age limit is set on: people by their age group, or everyone of a group ("all under 18").
AGE_LIMITED = words(
    "child children boy girl teenager teen youth minor adult people person man men woman women pupil student all "
    "those anyone everyone pensioner"
)
# Singular nouns of one person whose "of" + a bare number is the person's age ("a boy of 14", "a woman of about 60").
AGE_HOLDERS = words(
    "man woman boy girl child person teenager youth baby infant toddler mother father son daughter husband wife "
    "widow pensioner grandmother grandfather"
)
# Singular nouns of a group whose "of" + a number counts its members ("a family of five", "a crew of 12").
GROUPS_OF_PEOPLE = words("family member household crew team group party delegation unit")
# "as young as 12", "as old as 80": the age of the youngest or oldest, no count.
AGE_EXTREMES = {"young", "old"}
# Street words of an address: "14 Harbour Street", "12 Main Road", "24 Rue Ndiaye" name a place, they count nothing.
STREET_WORDS = words(
    "street st st. road rd rd. avenue ave ave. boulevard blvd lane drive rue avenida calle strasse straße crescent terrace"
)
# Words between the numbers of a list of labels ("units 3 and 4", "gates 1, 2 or 5").
LIST_JOINERS = {"and", "or", ",", "&"}
# Endings of nouns that name one person by what they do ("farmer", "pharmacist", "mechanic" aside).
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "erd", "wife", "man", "woman", "son", "daughter")
PHONE_WORDS = {"phone", "telephone", "tel", "tel.", "call", "fax", "hotline", "whatsapp", "mobile", "dial"}
# "at about 14.30", "by 09.00": a time of day written with a point after these words.
CLOCK_PREPOSITIONS = {"at", "by", "until", "till", "before", "after", "from", "since", "around"}
# "half past four", "a quarter to nine", "twenty past six": a time of day told in words.
CLOCK_FRACTIONS = {"half", "quarter"}
CLOCK_LINKS = {"past", "to"}
CLOCK_READING = re.compile(r"(?:[01]?\d|2[0-3])[.h][0-5]\d")
# A time of day as armies and police write it, four digits and "hours" ("at 2130 hours", "by 0600 hrs").
MILITARY_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
MILITARY_TIME_WORDS = {"hours", "hrs", "hr"}
# Things whose age is a duration, not a person's age: "a nearly three-year-old truce".
AGED_STATES = {
    "truce",
    "ceasefire",
    "war",
    "conflict",
    "insurgency",
    "siege",
    "blockade",
    "occupation",
    "embargo",
    "standoff",
    "crisis",
    "dispute",
    "feud",
    "rebellion",
    "uprising",
    "campaign",
    "deal",
    "agreement",
    "accord",
}
TIME_WORDS = {"am", "a.m.", "pm", "p.m.", "o'clock", "gmt", "utc", "hrs", "noon", "midnight"}
# Relative dates: "ten days ago" names a day, it does not measure a duration.
# "ten days ago" dates a happening from today; "some seven years later" measures the gap between two (a duration).
RELATIVE_DATE_WORDS = {"ago", "hence"}
# "the two sides": a small number naming parties already in the story refers, it does not count.
SIDE_NOUNS = {
    "side",
    "country",
    "leader",
    "party",
    "nation",
    "government",
    "state",
    "delegation",
    "president",
    "minister",
    "rival",
    "neighbour",
    "neighbor",
    "foe",
    "enemy",
    "camp",
    "army",
    "man",
    "woman",
    "power",
    "force",
    "region",
    "faction",
    "military",
    "militia",
    "head",
    "community",
    "member",
    "ally",
    "partner",
    "group",
    # envoys of the parties ("the two foreign secretaries", "the two top diplomats")
    "diplomat",
    "secretary",
    "envoy",
    "negotiator",
    "delegate",
    "counterpart",
    "premier",
}
# Side nouns that count people when told "of" a group ("the two members of the crew").
COUNTED_OF_NOUNS = {"member"}
# Roles of a bare "the two" that stand for a pair named before (a passive subject is counted: "the two were killed").
PAIR_DEPS = {"nsubj", "dobj", "pobj"}
# Words before such a number that point back to the parties: "the two sides", "their two countries".
PARTY_DETERMINERS = {"the", "their", "our"}
# Adjectives that may stand between "the two" and a side noun ("the two rival forces", "the two old foes").
SIDE_ADJECTIVES = {
    "rival",
    "warring",
    "opposing",
    "neighbouring",
    "neighboring",
    "main",
    "feuding",
    "old",
    "former",
    "longtime",
    "bitter",
    "arch",
    "historic",
    "traditional",
    "wartime",
    # offices of envoys ("the two top diplomats", "the two foreign ministers")
    "foreign",
    "top",
    "senior",
    "chief",
    "prime",
}
# Nouns that "one ... the other" sets against each other ("one side's delay angered the other").
CONTRASTED_NOUNS = (SIDE_NOUNS - {"man", "woman"}) | {"group", "unit"}
# Fixed phrases that end in a number word and count nothing, matched on the lower-cased words up to it.
FIXED_PHRASE_ENDS = tuple(
    tuple(p.split()) for p in ("ground zero", "patient zero", "square one", "day one", "year zero")
)
# Fixed phrases with a number word that count nothing, matched on the lower-cased text from the number on.
FIXED_PHRASES = (
    "two-state solution",  # "Both leaders backed a two-state solution."
    "one-on-one",  # "They held a one-on-one meeting."
    "one-sided",  # "It was a one-sided ceasefire."
    "one-off",  # "They got a one-off payment."
    "one-way",  # "It is a one-way street."
    "two-way",  # "Two-way trade grew."
    "second-hand",  # "They sell second-hand clothes."
    "first-hand",  # "She gave a first-hand account."
    "four-wheel-drive",  # "Gunmen in a four-wheel-drive vehicle opened fire."
    "four-wheel drive",
    "four-by-four",
)

# Idioms of "all the time" spelled with numbers; every number inside them counts nothing.
ROUND_THE_CLOCK = re.compile(
    "|".join(map(re.escape, ("24/7", "24-7", "24x7", "twenty-four seven", "twenty four seven", "twenty-four/seven")))
)


class Context:
    """A number in its sentence, with the neighbours the rules look at."""

    def __init__(self, sent: Span, found: _Number) -> None:
        self.sent, self.found, self.doc = sent, found, sent.doc
        self.digits = [t for t in self.doc[found.start : found.end] if _is_numeric(t)]
        self.after = self.doc[found.end] if found.end < sent.end else None

    @property
    def first_digit(self) -> Token:
        """The first token that spells the number."""
        return self.digits[0]

    @property
    def before(self) -> Token | None:
        """The token before the first digit, inside the sentence."""
        return self.doc[self.digits[0].i - 1] if self.digits and self.digits[0].i > self.sent.start else None

    @cached_property
    def unit(self) -> Token | None:
        """The noun the number measures or counts."""
        return self.found.attached_unit or _counted_noun(self.found)

    @property
    def unit_tail(self) -> Token | None:
        """The word after a duration unit ("ago" in "ten days ago")."""
        unit = self.unit
        return self.doc[unit.i + 1] if unit is not None and unit.i + 1 < len(self.doc) else None


@dataclass(frozen=True)
class Rule:
    """One named exclusion: `drop` True drops the number, False keeps it; `example` holds `number`.

    A rule without an example is one no written sentence has been found to reach (the parse turns the
    case into something an earlier rule decides); it is kept so that output stays as it was.
    """

    name: str
    drop: bool
    test: Callable[[Context], bool]
    example: str | None
    number: str | None


def _year_old(c: Context) -> bool:
    unit = c.found.attached_unit
    return (
        unit is not None
        and unit.lemma_.lower() == "year"
        and c.found.end + 1 < c.sent.end
        and c.doc[c.found.end + 1].lower_ == "old"
    )


def _age_of_a_state(c: Context) -> bool:
    """ "a nearly three-year-old truce": how long a truce or a war has lasted is a duration."""
    if not _year_old(c):
        return False
    old = c.doc[c.found.end + 1]
    return old.head.lemma_.lower() in AGED_STATES and old.head.i > old.i


def _set_of_one(c: Context) -> bool:
    """ "one of the three ruling bodies": the size of a set something belongs to, not a count of anything
    that happened."""
    start = c.found.start
    people = c.unit is not None and c.unit.lemma_.lower() in CAPTIVE_NOUNS  # "one of the 12 people killed"
    return (
        not people
        and start - 3 >= c.sent.start
        and [t.lower_ for t in c.doc[start - 3 : start]] == ["one", "of", "the"]
    )


def _clock_reading(c: Context) -> bool:
    """ "at about 14.30": a time of day written with a point, after "at", "by", "until"."""
    start = c.found.start
    return (
        len(c.digits) == 1
        and CLOCK_READING.fullmatch(c.first_digit.text) is not None
        and start > c.sent.start
        and c.doc[start - 1].lower_ in CLOCK_PREPOSITIONS
    )


def _military_time(c: Context) -> bool:
    """ "at 2130 hours": four digits of a time of day after "at", "by", "until", before "hours"."""
    start = c.found.start
    return (
        len(c.digits) == 1
        and MILITARY_TIME.fullmatch(c.first_digit.text) is not None
        and c.after is not None
        and c.after.lower_ in MILITARY_TIME_WORDS
        and start > c.sent.start
        and c.doc[start - 1].lower_ in CLOCK_PREPOSITIONS
    )


def _clock_in_words(c: Context) -> bool:
    """ "at half past four", "a quarter to nine", "twenty past six": the hour after "past"/"to" with a fraction
    or a number before, and the minutes before "past" with an hour after."""
    doc, start, end = c.doc, c.found.start, c.found.end
    hour = (
        start - 2 >= c.sent.start
        and doc[start - 1].lower_ in CLOCK_LINKS
        and (doc[start - 2].lower_ in CLOCK_FRACTIONS or (doc[start - 1].lower_ == "past" and doc[start - 2].like_num))
    )
    minutes = end + 1 < c.sent.end and doc[end].lower_ == "past" and doc[end + 1].like_num
    return hour or minutes


def _count_after_weekday(c: Context) -> bool:
    """ "said on Monday nine people were wounded": a weekday before a number that counts a noun is the
    date of what the number counts, not a day of the month ("Monday 12 May" has its month after it)."""
    after_weekday = c.before is not None and c.before.lower_ in WEEKDAYS
    month_after = c.after is not None and c.after.lower_.rstrip(".") in MONTHS
    counted = _counts_a_noun(c.first_digit) or (c.after is not None and c.after.tag_ == "NNS")
    return after_weekday and not month_after and counted  # "On Sunday 14 people": the parser hangs 14 on Sunday


def _next_to_calendar_word(c: Context) -> bool:
    return any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in (c.before, c.after) if t is not None)


def _is_duration(c: Context) -> bool:
    return c.unit is not None and c.unit.lemma_.lower() in DURATION_UNITS


def _year(c: Context) -> bool:
    """ "in 2023", "the 1967 war", "that 2011 attack": a year, also before one thing it dates (a count of that
    size counts things in the plural)."""
    digit = c.first_digit
    if len(c.digits) != 1 or not _looks_like_year(digit):
        return False
    one_thing = _counts_a_noun(digit) and digit.head.tag_ in ("NN", "NNP")
    return not _counts_a_noun(digit) or digit.ent_type_ == "DATE" or one_thing


def _period_between_years(c: Context) -> bool:
    return (
        c.found.qualifier == "range"
        and all(_looks_like_year(t) for t in c.digits)
        and not any(_counts_a_noun(t) for t in c.digits)
    )


def _after_age_word(c: Context) -> bool:
    """ "aged 45", "under the age of 12", "between the ages of 13 and 15": a number after an age word (past "of"
    and the numbers of an age range before it) is an age."""
    near: tuple[Token | None, ...] = (c.before, c.doc[c.found.start - 1])
    i = c.found.start - 1
    bare = _counts_nothing_after(c)
    while i > c.sent.start and (c.doc[i].lower_ in AGE_PHRASE_LINKS or (c.doc[i].like_num and bare)):
        i -= 1  # back past "of", and past "13 and" of "the ages of 13 and 15" ("age of 10 and 12 boys" counts boys)
    near += (c.doc[i],) if i < c.found.start - 1 else ()
    return any(
        t.lower_ in AGE_WORDS or t.lemma_.lower() in AGE_WORDS
        for t in near
        if t is not None and c.sent.start <= t.i < c.found.start
    )


def _counts_nothing_after(c: Context) -> bool:
    """Whether no noun follows the number for it to count ("under 12 travel", not "under 12 people")."""
    after = c.after
    return after is None or not (after.pos_ in ("NOUN", "PROPN") or after.tag_ in ("NNS", "NNPS"))


def _age_limit(c: Context) -> bool:
    """ "children under 12 travel free", "four teenagers, all under 18": "under"/"over" and a bare number right
    after people by their age group is the age limit set on them, not a count."""
    hedge = [t.lower_ for t in c.doc[c.found.start : c.first_digit.i]] if c.digits else []
    if not hedge or hedge[-1] not in AGE_LIMIT_CUES or c.found.start <= c.sent.start or c.found.currency:
        return False
    people = c.doc[c.found.start - 1]
    return (people.lower_ in AGE_LIMITED or people.lemma_.lower() in AGE_LIMITED) and _counts_nothing_after(c)


def _age_of_a_person(c: Context) -> bool:
    """ "a boy of 14", "a woman of about 60", "girls as young as 12": a bare number after one person's "of", or
    after "as young as", is an age (a family or a crew "of five" counts its members)."""
    if len(c.digits) != 1 or c.found.currency or c.found.percent or not _counts_nothing_after(c):
        return False
    start = c.found.start
    before = [t for t in c.doc[max(c.sent.start, start - 2) : start]]
    if len(before) == 2 and before[0].lower_ in AGE_EXTREMES and before[1].lower_ == "as":
        return True
    if len(before) != 2 or before[1].lower_ != "of" or before[0].tag_ != "NN" or c.first_digit.dep_ != "pobj":
        return False  # "the transfer of six used ships": the number counts the noun after it
    lemma = before[0].lemma_.lower()
    return lemma in AGE_HOLDERS or (_one_person(before[0]) and lemma not in GROUPS_OF_PEOPLE)


def _street_number(c: Context) -> bool:
    """ "a shop at 14 Harbour Street", "the embassy at 24 Rue Ndiaye": digits before a capitalised name with a
    street word in it are a house number."""
    if len(c.digits) != 1 or not c.first_digit.text.isdigit() or c.found.qualifier != "exact":
        return False
    name = []
    for token in c.doc[c.found.end : min(c.found.end + 4, c.sent.end)]:
        if not token.is_title:
            break
        name.append(token)
    return any(t.lower_ in STREET_WORDS for t in name)


def _digit_group_of_a_code(c: Context) -> bool:
    """ "call 0800 555 123": digits with a leading zero, or a group of digits right after another bare group of
    digits (no year, no comma), are part of a phone number or a code, not a count of their own."""
    before, digits = c.before, c.first_digit.text
    if len(c.digits) != 1 or not digits.isdigit():
        return False
    if len(digits) > 1 and digits.startswith("0"):
        return True
    return before is not None and before.text.isdigit() and before.whitespace_ == " " and not _looks_like_year(before)


def _score_or_code(c: Context) -> bool:
    after = c.after
    return (
        after is not None
        and after.text in ("-", "\u2013")
        and _hyphen_tight(c.doc, after.i)
        and after.i + 1 < c.sent.end
        and _has_digits(c.doc[after.i + 1])
    )


def _phone_shape(c: Context) -> bool:
    found, after = c.found, c.after
    return (
        _looks_like_phone(c.doc[found.start : min(found.end + 2, c.sent.end)])
        and after is not None
        and after.text == "-"
        and after.whitespace_ == ""
    )


def _age_after_name(c: Context) -> bool:
    """ "Ravi Dosh, 41, was killed", "a shepherd, 70, died": a bare number set off by commas after a name or
    after one person's noun is the person's age."""
    if len(c.digits) != 1:
        return False
    digit, after = c.first_digit, c.after
    closed = after is None or after.text == ","
    person = digit.head.pos_ == "PROPN" and digit.head.ent_type_ in ("PERSON", "")
    person = person or _one_person(digit.head)
    named = digit.dep_ == "appos" and person and digit.head.i < digit.i
    return named and closed and c.before is not None and c.before.text == ","


def _one_person(noun: Token) -> bool:
    """A singular common noun that names one person ("a farmer", "the driver", "his wife"): no toll or body."""
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NN"
        and noun.ent_type_ == ""
        and lemma not in AGGREGATE_NOUNS | NOT_VICTIM_NOUNS
        and (lemma in CAPTIVE_NOUNS | ONE_PERSON_NOUNS or noun.lower_.endswith(PERSON_ENDINGS))
    )


def _rank_or_labels(c: Context) -> bool:
    """ "the group's number two", "reactor units 3 and 4", "gates 5 and 6": a number right after a lower-case
    "number", or a list of numbers right after a plural label noun, names a rank or things; a count stands
    before its noun."""
    start = c.found.start
    while start - 2 > c.sent.start and c.doc[start - 1].lower_ in LIST_JOINERS and c.doc[start - 2].like_num:
        start -= 2  # "and 6" of "units 5 and 6"
    if start <= c.sent.start:
        return False
    before = c.doc[start - 1]
    if before.lower_ == "number":
        return not before.is_title or start == c.found.start
    plural = before.lower_.endswith("s") and before.lower_[:-1] in LABEL_NOUNS | UNIT_LABEL_NOUNS
    return plural


def _tail_of_code(c: Context) -> bool:
    before, start = c.before, c.found.start
    return (
        before is not None
        and before.text in ("-", "/")
        and before.whitespace_ == ""
        and start > c.sent.start + 1
        and (c.doc[start - 2].is_alpha or _has_digits(c.doc[start - 2]))
    )


def _ends_fixed_phrase(c: Context) -> bool:
    words = tuple(t.lower_ for t in c.doc[max(c.found.start - 2, c.sent.start) : c.found.end])
    return any(words[-len(p) :] == p for p in FIXED_PHRASE_ENDS)


def _in_fixed_phrase(c: Context) -> bool:
    start = c.found.start
    while start < c.found.end and not _may_start_number(c.doc[start]):
        start += 1  # past a hedge folded in front
    text = c.doc[start : min(c.found.end + 4, c.sent.end)].text.lower()
    return text.startswith(FIXED_PHRASES)


def _year_named(c: Context) -> bool:
    """ "the year 2022": a calendar year named after the word "year" is a date, no duration."""
    digits = c.doc[c.found.start : c.found.end]
    if len(digits) != 1 or not digits[0].is_digit or len(digits[0].text) != 4 or c.found.start == c.sent.start:
        return False
    return c.doc[c.found.start - 1].lower_ == "year"


def _round_the_clock(c: Context) -> bool:
    """Whether the number is part of "24/7" or "twenty-four seven" ("The clinic is open 24/7")."""
    window = c.doc[max(c.found.start - 3, c.sent.start) : min(c.found.end + 3, c.sent.end)]
    text, offset = window.text.lower(), window.start_char
    start, end = c.doc[c.found.start].idx - offset, c.doc[c.found.end - 1].idx + len(c.doc[c.found.end - 1]) - offset
    return any(m.start() <= start and end <= m.end() for m in ROUND_THE_CLOCK.finditer(text))


def _other_script_digits(c: Context) -> bool:
    """Digits of another script (Bengali, Arabic-Indic ...) stand in page furniture or in a passage the
    English reading cannot parse (a date line above the story), never in the article's own counts."""
    return any(ch.isdigit() and not ch.isascii() for t in c.digits for ch in t.text)


def _alone_on_its_line(c: Context) -> bool:
    """A number that is the whole of its sentence: a share counter or page number, not a count of anything."""
    words = [t for t in c.sent if not (t.is_space or t.is_punct)]
    return all(c.found.start <= t.i < c.found.end for t in words)


# Verbs whose subject speaks: "one expert called it a rout" is a certain expert, not a count of experts.
SPEAKING_VERBS = REPORT_VERBS | {"call", "describe", "claim"}


def _subject_of_one(c: Context) -> tuple[Token, Token] | None:
    """(noun, verb) where the number is a lone "one" before the subject noun of a verb, else None."""
    words = c.doc[c.found.start : c.found.end]
    if len(words) != 1 or words[0].lower_ != "one" or c.found.qualifier != "exact":
        return None
    noun = words[0].head
    if words[0].dep_ != "nummod" or noun.i < words[0].i or noun.dep_ not in NOMINAL_SUBJECT_DEPS:
        return None
    return noun, noun.head


def _one_speaker(c: Context) -> bool:
    """ "One official said ...", "what one expert called ...": "one" is "a certain" speaker."""
    found = _subject_of_one(c)
    return found is not None and found[1].lemma_.lower() in SPEAKING_VERBS


# Prepositions of place before "one" + a singular noun: "in one area" is "in a certain area", no count.
ONE_PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "near", "from", "across"})
# Number words that count who spoke rather than anything reported ("and one military source said"); "two
# doctors told Reuters" is a count the article gives.
SPEAKER_COUNT_WORDS = frozenset({"one"})


def _counted_speakers(c: Context) -> bool:
    """ "videos showed X and one military source said": "one" on whom a report is credited to is "a certain"
    speaker, also where the parser did not make the speaker the verb's subject."""
    words = c.doc[c.found.start : c.found.end]
    if len(words) != 1 or words[0].lower_ not in SPEAKER_COUNT_WORDS or words[0].dep_ != "nummod":
        return False
    noun = words[0].head
    if noun.i < words[0].i or noun.lemma_.lower() not in ONE_PERSON_NOUNS:
        return False
    after = c.doc[noun.i + 1] if noun.i + 1 < c.sent.end else None
    speaks = noun.dep_ in NOMINAL_SUBJECT_DEPS and noun.head.lemma_.lower() in SPEAKING_VERBS
    return speaks or (after is not None and after.pos_ == "VERB" and after.lemma_.lower() in SPEAKING_VERBS)


def _one_place(c: Context) -> bool:
    """ "cleared 42 villages in one area": "one" on a singular place after a preposition of place is the
    article "a certain", not a count."""
    words = c.doc[c.found.start : c.found.end]
    if len(words) != 1 or words[0].lower_ != "one" or c.found.qualifier != "exact" or words[0].dep_ != "nummod":
        return False
    noun = words[0].head
    return (
        noun.tag_ == "NN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ONE_PLACE_PREPOSITIONS
        and (noun.ent_type_ == "" and noun.lemma_.lower() not in CAPTIVE_NOUNS)
    )


def _one_means_of_a_toll(c: Context) -> bool:
    """ "One car bomb killed 9 people": "one" is the article of the weapon whose toll the clause counts."""
    found = _subject_of_one(c)
    if found is None or found[0].lemma_.lower() not in NOT_VICTIM_NOUNS:
        return False
    objects = [t for ch in found[1].children if ch.dep_ == "dobj" for t in ch.subtree]
    return any(t.like_num for t in objects)


def _in_a_name(c: Context) -> bool:
    """A number that ends a capitalised name ("the Group of 20 summit", "a drone hit Tower 22"): part of what
    a thing is called, not a count; a number that goes on to count a plural noun ("Gaza 20 people") counts."""
    words = c.doc[c.found.start : c.found.end]
    before = c.doc[words[0].i - 1] if words[0].i > c.sent.start else None
    if before is not None and before.lower_ == "of" and before.i > c.sent.start:
        before = c.doc[before.i - 1]  # "Group of 20"
    if before is None or before.i == c.sent.start or before.pos_ != "PROPN" or not before.is_title:
        return False
    counts = c.after is not None and c.after.tag_ in {"NNS", "NNPS"}
    return len(words) == 1 and not counts and not c.found.currency and not c.found.percent


def _numbers_joined_by_plus(c: Context) -> bool:
    """ "the 5+5 military commission", "the 3+3 talks format": numbers written together with a plus name a body's
    or a format's make-up, they count nothing told."""
    first, last = c.doc[c.found.start], c.doc[c.found.end - 1]
    start, end = first.idx, last.idx + len(last.text)
    joined = PLUS_JOINED.finditer(c.doc.text, max(0, start - 4), end + 4)
    return any(m.start() < end and m.end() > start for m in joined)


# Digits written together with a plus ("5+5", "3 + 3").
PLUS_JOINED = re.compile(r"\d+\s?\+\s?\d+")


def _one_such(c: Context) -> bool:
    """ "One such ship was boarded": "one such" points back to a kind just named, it counts nothing."""
    words = c.doc[c.found.start : c.found.end]
    return len(words) == 1 and words[0].lower_ == "one" and c.after is not None and c.after.lower_ == "such"


def _is_acronym(token: Token) -> bool:
    """ "CCG", "PLA": a word of two or more capitals, the code of a service or a class of ship."""
    return len(token.text) >= 2 and token.is_alpha and token.is_upper


def _code_after_acronym(c: Context) -> bool:
    """ "the cutter CCG 3107", "CCG 5304, 5201 and 4203": digits glued to a capitalised code name a hull or
    a unit, they count nothing; a number that goes on to count a plural noun ("PLA 20 ships") counts."""
    if len(c.digits) != 1 or c.found.currency or c.found.percent or c.found.qualifier != "exact":
        return False
    if c.after is not None and c.after.tag_ in {"NNS", "NNPS"}:
        return False
    digit = c.first_digit
    while digit.dep_ in ("conj", "appos") and digit.head.i < digit.i:  # a later number of a list of codes
        if _is_acronym(digit.head):
            return True
        if not digit.head.like_num:
            break
        digit = digit.head
    return digit.i > c.sent.start and _is_acronym(c.doc[digit.i - 1]) and digit.text.isdigit()


def _label_before(c: Context) -> bool:
    """ "Article 51", "Platoon No. 7", "Checkpoint 300": a capitalised label noun, a unit's name or an abbreviated
    "No." right before a number names a thing; it counts nothing."""
    before = c.before
    if before is not None and before.text == "." and before.i > c.sent.start:
        before = c.doc[before.i - 1]  # "No. 7": the tokenizer split the abbreviation's point off
        return before.lower_ in NUMBER_ABBREVIATIONS and before.is_title
    return before is not None and before.is_title and before.lower_ in TITLE_LABEL_NOUNS


def _calibre(c: Context) -> bool:
    """ "a .22 rifle", "a 12-bore shotgun", "9mm rounds", "155 mm shells": the bore of a weapon or its round
    measures the gun, it counts nothing (a count of the guns themselves, "two rifles", stays)."""
    if c.found.currency or c.found.percent or len(c.digits) != 1:
        return False
    if c.first_digit.text.startswith("."):
        return True  # ".22", ".50": a bore written as a fraction of an inch
    unit = c.found.attached_unit or c.after
    return unit is not None and unit.lower_ in CALIBRE_UNITS


def _number_word_in_a_name(c: Context) -> bool:
    """ "the Three Rivers Alliance", "the Seven Hills Hotel": a capitalised number word that the tagger put
    inside a name, before a proper noun of it, is part of what the thing is called; "Three Valdorians were
    killed" counts (the number is no part of the name)."""
    words = c.doc[c.found.start : c.found.end]
    first = words[0]
    if len(words) != 1 or c.digits and first.text.isdigit() or not first.is_title:
        return False
    head = first.head
    if first.dep_ != "compound" or head.i <= first.i or head.pos_ != "PROPN":
        return False  # "Four Israelis": the number counts the proper noun, it does not name it
    named = first.ent_type_ in NAME_LABELS and head.ent_type_ == first.ent_type_
    return named or (first.tag_ == "NNP" and head.tag_ == "NNP")  # "the Seven Hills Hotel": a singular name


def _numbered_unit(c: Context) -> bool:
    """ "the 32 Infantry Battalion", "the group's 5 Brigade": digits before capitalised words that end in a unit's
    noun, singular, are the unit's number; "5 brigades" and "five Brigade soldiers" count."""
    if not c.digits or c.found.end - c.found.start != 1 or not c.doc[c.found.start].text.isdigit():
        return False
    for word in c.doc[c.found.end : min(c.found.end + UNIT_NAME_WORDS, c.sent.end)]:
        if not word.is_title:
            return False
        if word.lower_ in UNIT_LABEL_NOUNS:
            return True
    return False


def _alone_in_brackets_after_a_name(c: Context) -> bool:
    """ "the frigate Hengyang (541)", "this Thursday (14)": a bare number alone in brackets after a name or a
    weekday is a pennant number or the day of the month, not a count."""
    start, end = c.found.start, c.found.end
    if len(c.digits) != 1 or start - 2 < c.sent.start or end >= c.sent.end:
        return False
    if c.found.currency or c.found.percent or c.found.qualifier != "exact":
        return False  # "500 million naira (about $330,000)": an amount in brackets converts one
    opening, closing, named = c.doc[start - 1], c.doc[end], c.doc[start - 2]
    calendar = named.lower_ in WEEKDAYS or named.lower_.rstrip(".") in MONTHS
    return opening.text == "(" and closing.text == ")" and (named.pos_ == "PROPN" or calendar)


def _one_and_the_other(c: Context) -> bool:
    """ "one side's delay angered the other": "one ... the other" sets two known parties against each other."""
    words = c.doc[c.found.start : c.found.end]
    if len(words) != 1 or words[0].lower_ != "one" or c.unit is None:
        return False
    later = [t.lower_ for t in c.doc[c.found.end : c.sent.end]]
    return c.unit.lemma_.lower() in CONTRASTED_NOUNS and "other" in later


EXCLUSIONS: tuple[Rule, ...] = (
    Rule("other_script_digits", True, _other_script_digits, "Updated \u09e6\u09ec March 2024.", "\u09e6\u09ec"),
    Rule("military_time", True, _military_time, "The base was hit at 2130 hours.", "2130"),
    Rule("alone_on_its_line", True, _alone_on_its_line, "Share this story\n\n20\n\nThe talks resumed.", "20"),
    Rule("one_speaker", True, _one_speaker, "In what one expert called a rout, the convoy was lost.", "one"),
    Rule(
        "counted_speakers",
        True,
        _counted_speakers,
        "Videos showed tanks on the roads and one military source said the bridge was shut.",
        "one",
    ),
    Rule("one_place", True, _one_place, "Gunmen emptied 30 villages in one district.", "one"),
    Rule("one_means_of_a_toll", True, _one_means_of_a_toll, "One car bomb killed 9 people near the market.", "One"),
    Rule("fixed_phrase", True, _in_fixed_phrase, "Both leaders backed a two-state solution.", "two-state"),
    Rule("round_the_clock", True, _round_the_clock, "The clinic is open twenty-four seven.", "twenty-four"),
    Rule("fixed_phrase_ending", True, _ends_fixed_phrase, "The town is ground zero of the drug trade.", "zero"),
    Rule("in_a_name", True, _in_a_name, "They met at the Group of 20 summit in Osaka.", "20"),
    Rule("number_word_in_a_name", True, _number_word_in_a_name, "The Three Rivers Alliance seized the town.", "Three"),
    Rule("calibre", True, _calibre, "Police found a 12-bore shotgun in the house.", "12-bore"),
    Rule("one_such", True, _one_such, "One such ship was boarded on Sunday.", "One"),
    Rule("numbers_joined_by_plus", True, _numbers_joined_by_plus, "Envoys met the 5+5 military commission.", "5"),
    Rule("code_after_acronym", True, _code_after_acronym, "The cutter CCG 3107 shadowed the convoy.", "3107"),
    Rule(
        "alone_in_brackets_after_a_name",
        True,
        _alone_in_brackets_after_a_name,
        "The frigate Hengyang (541) shadowed the convoy.",
        "541",
    ),
    Rule("one_and_the_other", True, _one_and_the_other, "One side's delay angered the other.", "One"),
    Rule("year_named", True, _year_named, "The year 2022 was the worst for the town.", "2022"),
    Rule("numbered_unit", True, _numbered_unit, "Troops of the 32 Infantry Battalion held the ridge.", "32"),
    # a vague quantity is an approximate figure (GUIDELINE.md), whatever its neighbours
    Rule("vague_quantity", False, lambda c: c.found.vague, "Hundreds of people fled the town.", "Hundreds"),
    Rule(
        "ordinal_currency_or_percent",
        False,
        lambda c: c.found.ordinal or bool(c.found.currency) or c.found.percent,
        "The aid is worth $5 million.",
        "$5 million",
    ),
    Rule(
        "names_known_parties",
        True,
        lambda c: _names_known_parties(c.sent, c.found),
        "The two sides met in Cairo.",
        "two",
    ),
    Rule(
        "set_of_one",
        True,
        _set_of_one,
        "The council, one of the three ruling bodies, said 9 people were killed.",
        "three",
    ),
    Rule("no_digits", False, lambda c: not c.digits, "They agreed a week-long truce.", "week-long"),
    Rule("age_of_a_state", False, _age_of_a_state, "They kept a nearly three-year-old truce.", "nearly three-year"),
    Rule("year_old", True, _year_old, "A 12-year-old boy was hurt.", "12-year"),
    Rule("count_after_weekday", False, _count_after_weekday, "The agency said on Monday nine people died.", "nine"),
    Rule("next_to_month_or_weekday", True, _next_to_calendar_word, "The talks began on 12 May in Cairo.", "12"),
    Rule("day_of_month", True, lambda c: c.first_digit.head.lower_.rstrip(".") in MONTHS, "They met May 3 and 4.", "4"),
    Rule(
        "relative_date",
        True,
        lambda c: _is_duration(c) and c.unit_tail is not None and c.unit_tail.lower_ in RELATIVE_DATE_WORDS,
        "The ship sank ten days ago.",
        "ten",
    ),
    Rule(
        "age_in_years",
        True,
        lambda c: _is_duration(c) and c.unit_tail is not None and c.unit_tail.lower_ == "old",
        "The boy is 12 years old.",
        "12",
    ),
    Rule("duration", False, _is_duration, "The siege lasted 40 days.", "40"),
    Rule("year", True, _year, "The war began in 2023.", "2023"),
    Rule(
        "period_between_years",
        True,
        _period_between_years,
        "Between 2020 and 2023 the town grew.",
        "Between 2020 and 2023",
    ),
    Rule(
        "clock_time",
        True,
        lambda c: c.first_digit.ent_type_ == "TIME" or (c.after is not None and c.after.lower_ in TIME_WORDS),
        "The strike hit at 10 pm.",
        "10",
    ),
    Rule("clock_in_words", True, _clock_in_words, "The blast came at half past four.", "four"),
    Rule("clock_reading", True, _clock_reading, "The convoy was hit at about 14.30.", "about 14.30"),
    Rule("colon_in_number", True, lambda c: ":" in c.doc[c.found.start].text, None, None),
    Rule("age_after_name", True, _age_after_name, "Ravi Dosh, 41, was killed last year.", "41"),
    Rule("after_age_word", True, _after_age_word, "A man aged 45 was hurt.", "45"),
    Rule("age_limit", True, _age_limit, "Five recruits, all under 18, were wounded.", "under 18"),
    Rule("age_of_a_person", True, _age_of_a_person, "A boy of 14 was hit by the shell.", "14"),
    Rule("street_number", True, _street_number, "The blast hit a shop at 14 Harbour Street.", "14"),
    Rule("digit_group_of_a_code", True, _digit_group_of_a_code, "Call 0800 555 123 for news.", "555"),
    Rule("score_or_code", True, _score_or_code, "They won the match 14-1.", "14"),
    Rule(
        "age_head",
        True,
        lambda c: c.first_digit.head.lemma_.lower() in AGE_WORDS and c.first_digit.head.i < c.first_digit.i,
        "A girl aged only 9 was hurt.",
        "9",
    ),
    Rule("label", True, _label_before, "Under Article 51 states may defend themselves.", "51"),
    Rule("rank_or_labels", True, _rank_or_labels, "Blocks 4 and 5 of the camp were burned.", "4"),
    Rule(
        "phone_word",
        True,
        lambda c: c.before is not None and (c.before.lower_ in PHONE_WORDS or c.before.text.startswith("+")),
        "Call hotline 1234567 for help.",
        "1234567",
    ),
    Rule("phone_shape", True, _phone_shape, None, None),
    Rule("tail_of_code", True, _tail_of_code, "They won the match 14-1.", "1"),
)


def deciding_rule(sent: Span, found: _Number) -> Rule | None:
    """The first rule of EXCLUSIONS whose test holds for a number, else None."""
    context = Context(sent, found)
    return next((rule for rule in EXCLUSIONS if rule.test(context)), None)


def _is_excluded(sent: Span, found: _Number) -> bool:
    """Dates, times, years, ages, labels and phone numbers are not figures."""
    rule = deciding_rule(sent, found)
    return rule is not None and rule.drop


def _names_known_parties(sent: Span, found: _Number) -> bool:
    """Whether a small number word refers to parties already named ("the two sides", "both leaders")."""
    doc = sent.doc
    words = doc[found.start : found.end]
    if len(words) != 1 or found.qualifier != "exact" or words[0].lower_ not in CARDINAL_WORDS:
        return False
    noun = words[0].head
    before = doc[found.start - 1] if found.start > sent.start else None
    if before is not None and before.lower_ == "the" and words[0].lower_ == "two" and words[0].dep_ in PAIR_DEPS:
        return True  # "The two also discussed trade": the pair named before ("the nine were killed" counts)
    # a side noun, or a name in the plural ("the two Koreas")
    side = noun.tag_ == "NNS" and noun.lemma_.lower() in SIDE_NOUNS
    if (
        side
        and noun.lemma_.lower() in COUNTED_OF_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    ):
        return False  # "the two members of the crew were freed": the people of a group, counted
    if not (_counts_a_noun(words[0]) and (side or (noun.tag_ == "NNPS" and noun.is_title))):
        return False
    # nothing but the article between "the" and the number, and between it and its noun at most a side
    # adjective ("the two rival forces")
    between = doc[words[0].i + 1 : noun.i]
    return (
        before is not None
        and before.lower_ in PARTY_DETERMINERS
        and noun.i > words[0].i
        and all(t.lower_ in SIDE_ADJECTIVES or _body_or_people_name(t) for t in between)
    )


def _body_or_people_name(token: Token) -> bool:
    """ "the two NATO members", "the two Cypriot communities": a body's or a people's name that says which
    pair."""
    return token.ent_type_ in ("ORG", "NORP", "GPE") or (token.pos_ == "PROPN" and token.is_upper)
