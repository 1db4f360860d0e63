"""Numbers as written: cardinals, ordinals, ranges, hedges, currency and percent, read off the tokens."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.transforms.language.lexicon import CARDINAL_WORDS, ORDINAL_WORDS, SETTLEMENT_NOUNS, phrase_table, words


# Words that multiply what came before them ("1.2 million", "a dozen", "two hundred").
SCALE_WORDS: dict[str, float] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "mln": 1e6,  # agency style: "3.2 mln", "1.5 bln"
    "bln": 1e9,
    # South Asian numbering: "8 lakh" is 800,000, "20 crore" 200,000,000.
    "lakh": 1e5,
    "crore": 1e7,
}
# Scale abbreviations written onto the number ("2.5bn", "$40m", "€3mn"): "bn" and "mn" always; "m" and "k" only
# after a currency sign, since "a 40m wall" is metres.
MONEY_ONLY_SCALES: dict[str, float] = {"m": 1e6, "k": 1e3}
GLUED_SCALES: dict[str, float] = {"bn": SCALE_WORDS["bn"], "mn": SCALE_WORDS["mn"], **MONEY_ONLY_SCALES}
GLUED_NUMBER = re.compile(rf"(\d+(?:,\d{{3}})*(?:\.\d+)?)({'|'.join(GLUED_SCALES)})")
# A comma before one or two digits is a decimal comma ("12,5%", "1,5 million"), as many non-English outlets write;
# before three digits it groups thousands ("12,500").
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
# The digits of a group of thousands written with a space ("500 000", "1 200 000"), as many non-English outlets do.
THOUSANDS_GROUP = re.compile(r"\d{3}")
TENS_VALUES = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})  # "twenty" ... "ninety"
LEADING_GROUP = re.compile(r"[1-9]\d{0,2}")
# Plural scale nouns are vague quantities (GUIDELINE.md): figures with qualifier approximate and ACLED's
# conservative value ("dozens injured" 12, "scores of captives" 40, "hundreds of soldiers" 100, "killed
# thousands" 1000); a chain multiplies ("tens of thousands" 10,000).
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12,
    "scores": 40,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "tens": 10,
}
# Vague counts before a scale word multiply it by three (ACLED: "several" = 3): "several dozen" 36,
# "a few hundred" 300. Alone ("several soldiers", "a few people") they are not figures.
VAGUE_MULTIPLIERS: dict[tuple[str, ...], float] = {("several",): 3, ("a", "few"): 3}
# Fractions written before "a" + a scale word: "half a million" is 500,000.
SCALE_FRACTIONS: dict[str, float] = {"half": 0.5}
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
CURRENCY_SYMBOLS = {
    "$": "dollar",
    "us$": "dollar",
    "€": "euro",
    "£": "pound",
    "¥": "yen",
    "₪": "shekel",
    "₹": "rupee",
    "rs": "rupee",
}
# Currency letters written on the amount ("Rs500", "P300 million"); those only read so before a scale word.
CURRENCY_PREFIXES = {"Rs": "rupee", "Rs.": "rupee", "P": "peso", "₱": "peso"}
SCALED_ONLY_PREFIXES = frozenset({"P"})
CURRENCY_INITIALS = frozenset(prefix[0] for prefix in CURRENCY_PREFIXES)
CURRENCY_GLUED = re.compile(r"(Rs\.?|P|₱)(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)")
# ISO codes and common abbreviations of currencies written before the amount, matched as written (upper case:
# "USD 40 million", "KSh 200 million"); lower-case words like these are ordinary words ("try").
CURRENCY_CODES = {
    **dict.fromkeys(("USD", "US$"), "dollar"),
    "EUR": "euro",
    **dict.fromkeys(("GBP", "EGP", "LBP", "SDG", "SSP"), "pound"),
    **dict.fromkeys(("KSh", "KES", "UGX", "TZS", "Ush"), "shilling"),
    "NGN": "naira",
    **dict.fromkeys(("INR", "PKR", "LKR", "NPR"), "rupee"),
    "ZAR": "rand",
    **dict.fromkeys(("CHF", "XOF", "XAF", "CFA"), "franc"),
    **dict.fromkeys(("CNY", "RMB"), "yuan"),
    "JPY": "yen",
    "RUB": "rouble",
    "UAH": "hryvnia",
    "AED": "dirham",
    **dict.fromkeys(("SAR", "QAR", "YER", "IRR"), "riyal"),
    **dict.fromkeys(("IQD", "JOD", "KWD", "LYD", "TND"), "dinar"),
    "ETB": "birr",
    "TRY": "lira",
}
PERCENT_WORDS = {"%", "percent", "per cent", "pct"}
# Words before the number, longest first wins; the words become part of the figure's text.
QUALIFIER_CUES = phrase_table(
    approximate="about | around | some | roughly | nearly | almost | approximately | approx | an estimated | estimated "
    "| close to | circa | closer to",
    more_than="over | more than | above | upwards of | in excess of",
    at_least="at least | no fewer than | no less than",
    less_than="less than | fewer than | under | below",
    at_most="up to | no more than | at most | as many as | as high as | not more than",
)
# Intensifiers that may precede a hedge ("well over", "just under") and belong to its text.
HEDGE_INTENSIFIERS = {"well", "just", "slightly", "a", "little", "far", "much"}
# Words after the number ("100 or more", "50-plus").
TRAILING_CUES: dict[tuple[str, ...], str] = {
    ("or", "more"): "at_least",
    ("or", "so"): "approximate",
    ("plus",): "more_than",
    ("-", "plus"): "more_than",
    ("-", "odd"): "approximate",  # "twenty-odd villagers"
    ("+",): "more_than",
    ("or", "fewer"): "at_most",
    ("or", "less"): "at_most",
}
# A verb whose object is the number says it was passed ("the toll has topped 37,000").
VERB_QUALIFIERS = {
    "top": "more_than",
    "exceed": "more_than",
    "surpass": "more_than",
    "pass": "more_than",
    "cross": "more_than",
}
# A count's noun that a hedge may describe instead of the number ("an estimated toll of 70", "put the rough
# number of dead at 400"): the number is then approximate.
HEDGED_COUNT_NOUNS = {"toll", "total", "number", "tally", "count", "figure"}
HEDGE_ADJECTIVES = {"estimated", "approximate", "rough"}
RANGE_JOINERS = {"-", "to", "–", "—"}
# Verbs of a count changing, whose "from X to Y" gives the count before and after, not a range.
CHANGE_VERBS = {"rise", "raise", "increase", "climb", "jump", "grow", "swell", "soar", "fall", "drop", "revise"}
# "one" as a pronoun or in an idiom, not a count: "no one", "one another", "with one voice".
ONE_BEFORE = {"no", "any", "every", "each", "the"}
ONE_AFTER = {"another", "of", "or"}
ONE_IDIOM_NOUNS = {"voice", "accord", "hand", "way", "point"}
# A breakdown by place: a bare number after one of these, before one of those ("..., two in Kaduna").
BREAKDOWN_JOINERS = {",", "and"}
PLACE_BREAKDOWN_PREPS = {"in", "at"}
DURATION_UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"}
# Words a number can start with besides numerals (the scan skips every other token at once).
NUMBER_STARTS = {*CARDINAL_WORDS, *SCALE_WORDS, *VAGUE_PLURALS, *ORDINAL_WORDS, "a"}
# Words that make an ordinal time unit a duration: "for a fifth consecutive day" (5 days).
RUNNING_WORDS = {"consecutive", "straight", "successive", "running"}
VISIT_NOUNS = {"trip", "visit", "tour", "mission", "journey", "voyage", "stop", "trek"}
# Repeated occurrences an ordinal counts ("the 13th exchange", "their fifth meeting").
OCCURRENCE_NOUNS = words(
    "exchange swap meeting round release session summit handover transfer attempt time "
    "operation attack strike raid assault bombing incident"
)


@dataclass(frozen=True)
class HedgeVeto:
    """A hedge cue that, where `test(first cue word, first number word)` holds, is no hedge; in
    `example`, `number` is the figure's text (without the cue)."""

    name: str
    cue: tuple[str, ...]
    test: Callable[[Token, Token], bool]
    example: str
    number: str


# Verbs whose particle "over" the parser may read as a hedge on the number after it ("hands over 500 hectares").
HANDING_VERBS = frozenset({"hand", "turn"})

HEDGE_VETOES: tuple[HedgeVeto, ...] = (
    # "some" before a scale word is the number's own article ("some hundred" is rare; "some thousands" vague)
    HedgeVeto(
        "some_before_scale",
        ("some",),
        lambda cue, num: num.lower_ in SCALE_WORDS,
        "They sent some thousand tents.",
        "thousand",
    ),
    HedgeVeto(
        "over_a_span_of_time",
        ("over",),
        lambda cue, num: cue.dep_ == "prep" and cue.head.pos_ == "VERB" and num.ent_type_ == "DATE",
        "Fighting raged over 10 days.",
        "10",
    ),
    HedgeVeto(
        "over_places",
        ("over",),
        lambda cue, num: cue.dep_ == "prep" and num.head.head == cue and num.head.lemma_ in SETTLEMENT_NOUNS,
        "Drones were shot down over six regions.",
        "six",
    ),
    HedgeVeto(
        "over_after_handing",
        ("over",),
        lambda cue, num: cue.i > 0 and cue.doc[cue.i - 1].lemma_ in HANDING_VERBS,
        "The accord hands over 500 hectares of pasture.",
        "500",
    ),
    HedgeVeto(
        "over_as_particle",
        ("over",),
        lambda cue, num: cue.dep_ == "prt" or cue.tag_ == "RP",
        "The militia handed over 15 captives.",
        "15",
    ),
)


class _Number:
    """One number as written: its tokens, value, hedge and the tokens that anchor it in the tree."""

    __slots__ = (
        "start",
        "end",
        "value",
        "upper",
        "qualifier",
        "root",
        "unit_token",
        "ordinal",
        "attached_unit",
        "currency",
        "percent",
        "vague",
    )

    def __init__(self, start: int, end: int, value: float, root: Token) -> None:
        self.start, self.end, self.value, self.root = start, end, value, root
        self.upper: float | None = None
        self.qualifier = "exact"
        self.unit_token: Token | None = None
        self.attached_unit: Token | None = None  # the noun glued on by a hyphen ("six-week")
        self.ordinal = False
        self.currency: str | None = None
        self.percent = False
        self.vague = False  # "hundreds", "tens of thousands": a magnitude, not a figure


def numbers_of(sent: Span, claimed: set[int]) -> Iterator[_Number]:
    """Numbers of a sentence, with hedges, ranges and hyphenated units folded in (before any exclusion);
    the tokens of each are added to `claimed`."""
    resume = sent.start  # tokens before this belong to the last number found
    for token in sent:
        i = token.i
        if i < resume or i in claimed or not _may_start_number(token):
            continue
        found = _cardinal_at(sent, i) or _ordinal_at(sent, i) or _long_duration_at(sent, i)
        if found is None:
            continue
        claimed.update(range(found.start, found.end))
        resume = found.end
        yield found


def _may_start_number(token: Token) -> bool:
    """A cheap test every token takes first: only these can start a cardinal, ordinal or "week-long"."""
    low = token.lower_
    return (
        token.like_num
        or _glued_value(token) is not None
        or low in NUMBER_STARTS
        or (low.endswith(ORDINAL_SUFFIXES) and low[:-2].isdigit())
        or token.lemma_.lower() in DURATION_UNITS
    )


def _is_numeric(token: Token) -> bool:
    """A token that spells (part of) a cardinal number."""
    low = token.lower_
    if low in CARDINAL_WORDS or low in SCALE_WORDS:
        return True
    if token.like_num and not _ordinal_value(token):
        return any(c.isdigit() for c in low) or low.replace("-", "").isalpha()
    return _glued_value(token) is not None


def _glued_value(token: Token) -> float | None:
    """The value of one token with its scale written on ("2.5bn" 2.5e9; "40m" 4e7 only after a currency sign), or
    its currency ("Rs500", "P300 million")."""
    priced = _currency_glued(token)
    if priced is not None:
        return priced[1]
    low = token.lower_
    match = GLUED_NUMBER.fullmatch(low) if low[:1].isdigit() else None  # every token asks: digits first
    if match is None:
        return None
    if match.group(2) in MONEY_ONLY_SCALES and not (_after_currency(token) or _million_counted(token)):
        return None
    return float(match.group(1).replace(",", "")) * GLUED_SCALES[match.group(2)]


def _currency_glued(token: Token) -> tuple[str, float] | None:
    """A currency's letters written on the amount ("Rs500"; "P300" before "million", as Philippine news writes
    pesos): the currency and the amount."""
    text = token.text
    match = CURRENCY_GLUED.fullmatch(text) if text[:1] in CURRENCY_INITIALS and text[-1:].isdigit() else None
    if match is None:
        return None  # every token asks: its first letter and last digit first
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if match.group(1) in SCALED_ONLY_PREFIXES and (after is None or after.lower_ not in SCALE_WORDS):
        return None  # "the P5 states": a name, not an amount
    return CURRENCY_PREFIXES[match.group(1)], float(match.group(2).replace(",", ""))


def _after_currency(token: Token) -> bool:
    """Whether a currency sign or code stands right before the token ("$40m", "USD 4m")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and (before.lower_ in CURRENCY_SYMBOLS or before.text in CURRENCY_CODES)


def _million_counted(token: Token) -> bool:
    """Whether "m" after digits counts a plural noun right after it ("1.2m people"), so means million, not metres
    ("a 40m tower", "the 100m race")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.tag_ == "NNS"


def _ordinal_value(token: Token) -> float | None:
    """The value of an ordinal word or numeral ("ninth", "9th"), else None."""
    low = token.lower_
    if low in ORDINAL_WORDS:
        return ORDINAL_WORDS[low]
    if low.endswith(ORDINAL_SUFFIXES) and low[:-2].isdigit():
        return float(low[:-2])
    return None


def _cardinal_at(sent: Span, i: int) -> _Number | None:
    """A cardinal number (digits, words, vague plurals) starting at token i."""
    doc = sent.doc
    token = doc[i]
    if token.lower_ in VAGUE_PLURALS and token.tag_ in ("NNS", "CD"):
        return _vague_at(sent, i)
    if not _is_numeric(token) and not (token.lower_ == "a" and i + 1 < sent.end and doc[i + 1].lower_ in SCALE_WORDS):
        return None
    end = _cardinal_end(sent, i)
    words = [t for t in doc[i:end]]
    # "one of them", "Qatar is one", "no one", "with one voice": not a count, unless it opens a range
    pronoun = len(words) == 1 and words[0].lower_ == "one" and _one_is_not_a_count(sent, words[0])
    value = _parse_value(words)
    if value is None:
        return None
    found = _Number(i, end, value, doc[i:end].root)
    if end < sent.end and _million_counted(doc[end - 1]) and GLUED_NUMBER.fullmatch(doc[i:end].text.lower()):
        found.unit_token = doc[end]  # "1.2m people": the tagger reads "m" as a noun of its own
    _attach_vague_multiplier(sent, found)
    _attach_fraction(sent, found)
    _attach_half(sent, found)
    _attach_hedge(sent, found)
    _attach_currency(sent, found)
    priced = _currency_glued(token)
    if priced is not None:
        found.currency = priced[0]  # "P300 million": pesos
    _attach_range(sent, found)
    if pronoun and found.qualifier != "range":
        return None  # "one or two weeks", "one to two years" are ranges; "one or the other" is none
    _attach_percent(sent, found)
    _attach_unit(sent, found)
    return found


def _vague_at(sent: Span, i: int) -> _Number:
    """A vague quantity ("hundreds", "tens of thousands"): approximate, with ACLED's value."""
    doc = sent.doc
    end, value, root = i + 1, VAGUE_PLURALS[doc[i].lower_], doc[i]
    # "tens of thousands", "hundreds of millions": one quantity, counted by its last word
    while end + 1 < sent.end and doc[end].lower_ == "of" and doc[end + 1].lower_ in VAGUE_PLURALS:
        value *= VAGUE_PLURALS[doc[end + 1].lower_]
        root = doc[end + 1]
        end += 2
    found = _Number(i, end, value, root)
    found.qualifier = "approximate"
    found.vague = True
    _attach_vague_multiplier(sent, found)
    return found


def _attach_vague_multiplier(sent: Span, found: _Number) -> None:
    """Fold "several" or "a few" before a scale word into it: "several dozen" is about 36."""
    doc = sent.doc
    if doc[found.start].lower_ not in SCALE_WORDS and doc[found.start].lower_ not in VAGUE_PLURALS:
        return
    for cue, factor in VAGUE_MULTIPLIERS.items():
        start = found.start - len(cue)
        if start >= sent.start and tuple(t.lower_ for t in doc[start : found.start]) == cue:
            found.start, found.value, found.qualifier = start, found.value * factor, "approximate"
            return


def _attach_fraction(sent: Span, found: _Number) -> None:
    """Fold a fraction before "a" + a scale word into the number: "half a million" is 500,000."""
    doc = sent.doc
    before = doc[found.start - 1] if found.start > sent.start else None
    if before is None or before.lower_ not in SCALE_FRACTIONS or doc[found.start].lower_ not in ("a", "an"):
        return
    found.start, found.value = before.i, found.value * SCALE_FRACTIONS[before.lower_]


def _attach_half(sent: Span, found: _Number) -> None:
    """Fold "and a half" after the number into it: "two and a half days", "three-and-a-half hours" are 2.5, 3.5."""
    doc = sent.doc
    words = [t for t in doc[found.end : min(found.end + 6, sent.end)] if t.text != "-"]
    if [t.lower_ for t in words[:3]] == ["and", "a", "half"] and found.value == int(found.value):
        found.end, found.value = words[2].i + 1, found.value + 0.5


def _cardinal_end(sent: Span, i: int) -> int:
    """The end of the number words that start at token i ("1.2 million", "two hundred", "twenty-five")."""
    doc = sent.doc
    end = i + 1
    while end < sent.end:
        nxt = doc[end]
        if nxt.lower_ in SCALE_WORDS or (nxt.lower_ in CARDINAL_WORDS and doc[end - 1].lower_ in SCALE_WORDS):
            end += 1  # "1.2 million", "two hundred", "a hundred fifty"
        elif _tens_then_units(doc[end - 1], nxt):
            end += 1  # "Ninety one", "seventy two": a compound number written without its hyphen
        elif _and_after_scale(doc, end, sent.end):
            end += 2  # "two hundred and forty", "a thousand and five": the "and" joins the words of one number
        elif _glued_scale(doc, i, end):
            end += 1  # "$40m" read as "40" and "m"
        elif _thousands_group(doc, i, end):
            end += 1  # "500 000"
        elif (
            nxt.text == "-"
            and end + 1 < sent.end
            and _hyphen_tight(doc, end)
            and doc[end + 1].lower_ in CARDINAL_WORDS
            and doc[end - 1].lower_ in CARDINAL_WORDS
        ):
            end += 2  # "twenty-five"
        else:
            break
    return end


def _tens_then_units(tens: Token, units: Token) -> bool:
    """Whether two spelled-out words are the tens and the units of one number ("ninety" "one")."""
    ten = CARDINAL_WORDS.get(tens.lower_)
    unit = CARDINAL_WORDS.get(units.lower_)
    return ten is not None and unit is not None and ten in TENS_VALUES and 1 <= unit <= 9 and tens.whitespace_ == " "


def _and_after_scale(doc: Doc, end: int, limit: int) -> bool:
    """Whether token `end` is an "and" between a spelled-out scale word and a number word ("two hundred and
    forty")."""
    if end + 1 >= limit or doc[end].lower_ != "and" or doc[end - 1].lower_ not in ("hundred", "thousand"):
        return False
    after = doc[end + 1].lower_
    return after in CARDINAL_WORDS or all(part in CARDINAL_WORDS for part in after.split("-"))


def _glued_scale(doc: Doc, start: int, i: int) -> bool:
    """Whether token i is a scale abbreviation written onto the digits before it ("40" + "m" of "$40m")."""
    low, before = doc[i].lower_, doc[i - 1]
    if low not in GLUED_SCALES or before.whitespace_ or not before.text.replace(".", "").replace(",", "").isdigit():
        return False
    return low not in MONEY_ONLY_SCALES or _after_currency(doc[start]) or (low == "m" and _million_counted(doc[i]))


def _thousands_group(doc: Doc, start: int, i: int) -> bool:
    """Whether token i is a group of three digits after a space inside one number ("500 000", "1 200 000"): the
    number opens with one to three digits (not 0) and every group before it has three, and no digits stand before
    it ("call 020 123 456" is no number)."""
    if not THOUSANDS_GROUP.fullmatch(doc[i].text) or any(t.whitespace_ != " " for t in doc[start:i]):
        return False
    if start > 0 and _has_digits(doc[start - 1]):
        return False
    first, *groups = (t.text for t in doc[start:i])
    return bool(LEADING_GROUP.fullmatch(first)) and all(THOUSANDS_GROUP.fullmatch(g) for g in groups)


def _one_is_not_a_count(sent: Span, token: Token) -> bool:
    """Whether "one" is a pronoun or part of an idiom rather than the number 1."""
    doc = sent.doc
    if _before_place(token):
        return False  # "two in Kaduna and one in Zaria": a part of a breakdown by place
    if not _counts_a_noun(token):
        return True
    before = doc[token.i - 1].lower_ if token.i > sent.start else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < sent.end else ""
    return before in ONE_BEFORE or after in ONE_AFTER or token.head.lemma_.lower() in ONE_IDIOM_NOUNS


def _before_place(token: Token) -> bool:
    """Whether a number stands alone before a place after a comma or "and", as one part of a breakdown by
    place ("three died in Kano, two in Kaduna and one in Zaria"); never a ratio ("one in five")."""
    doc = token.doc
    if token.i == 0 or token.i + 2 >= len(doc):
        return False
    after, place = doc[token.i + 1], doc[token.i + 2]
    joined = doc[token.i - 1].lower_ in BREAKDOWN_JOINERS
    return joined and after.lower_ in PLACE_BREAKDOWN_PREPS and not _is_numeric(place)


def _has_digits(token: Token) -> bool:
    """Whether a token is written with digits."""
    return any(c.isdigit() for c in token.text)


def _hyphen_tight(doc: Doc, i: int) -> bool:
    """Whether token i is a hyphen written with no space on either side."""
    return doc[i].text in ("-", "–") and doc[i - 1].whitespace_ == "" and doc[i].whitespace_ == ""


def _counts_a_noun(token: Token) -> bool:
    """Whether a number word modifies a noun rather than standing for one."""
    return token.dep_ in ("nummod", "compound") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i


def _parse_value(tokens: Iterable[Token]) -> float | None:
    """The value of a run of number tokens ("1.2 million", "two hundred", "a dozen")."""
    total, current, seen, digits_before = 0.0, 0.0, False, False
    for token in tokens:
        low = token.lower_.replace(",", "." if DECIMAL_COMMA.fullmatch(token.lower_) else "")
        if digits_before and THOUSANDS_GROUP.fullmatch(low):  # "500 000": the group continues the number
            current = current * 1000 + float(low)
            continue
        digits_before = low.isdigit()
        glued = _glued_value(token)
        if glued is not None:
            current += glued
            seen = True
            continue
        if low in GLUED_SCALES and low not in SCALE_WORDS:  # "m" of "$40m", split from its digits
            current = (current or 1.0) * GLUED_SCALES[low]
            total, current = total + current, 0.0
            continue
        if low in ("a", "an", "-", "and"):
            current = current or (1.0 if low in ("a", "an") else current)
            continue
        if low in SCALE_WORDS:
            scale = SCALE_WORDS[low]
            current = (current or 1.0) * scale
            if scale >= 1e3:
                total, current = total + current, 0.0
            seen = True
        elif low in CARDINAL_WORDS:
            current += CARDINAL_WORDS[low]
            seen = True
        else:
            try:
                current += float(low)
            except ValueError:
                parts = low.split("-")  # one token "twenty-five"
                if len(parts) == 2 and all(p in CARDINAL_WORDS for p in parts):
                    current += CARDINAL_WORDS[parts[0]] + CARDINAL_WORDS[parts[1]]
                else:
                    return None
            seen = True
    value = total + current
    return value if seen and math.isfinite(value) else None  # "1e999", "nan" are never values


def _attach_hedge(sent: Span, found: _Number) -> None:
    """Fold a hedge before ("about", "more than") or after ("or more") the number into it."""
    _attach_leading_hedge(sent, found)
    doc = sent.doc
    for cue, qualifier in sorted(TRAILING_CUES.items(), key=lambda kv: -len(kv[0])):
        end = found.end + len(cue)
        if end <= sent.end and tuple(t.lower_ for t in doc[found.end : end]) == cue:
            found.qualifier, found.end = qualifier, end
            break
    verb = _governing_verb(found.root)
    if found.qualifier == "exact" and verb is not None and verb.lemma_ in VERB_QUALIFIERS:
        found.qualifier = VERB_QUALIFIERS[verb.lemma_]
    if found.qualifier == "exact" and _hedged_count(found.root):
        found.qualifier = "approximate"


def _hedged_count(root: Token) -> bool:
    """ "an estimated toll of 70", "set the rough count of the dead at 400": the count the number gives is
    described as a guess."""
    node = root.head if root.dep_ == "nummod" and root.head.pos_ in ("NOUN", "PROPN") else root
    if node.dep_ != "pobj":
        return False
    prep = node.head
    if prep.lower_ == "of":
        counts = [prep.head]
    elif prep.lower_ == "at":  # "set the count of the dead at 400"
        counts = [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return False
    return any(
        c.lemma_.lower() in HEDGED_COUNT_NOUNS
        and any(a.dep_ == "amod" and a.lower_ in HEDGE_ADJECTIVES for a in c.children)
        for c in counts
    )


def _attach_leading_hedge(sent: Span, found: _Number) -> None:
    """Fold the longest hedge written before the number ("well over", "at least") into it."""
    doc = sent.doc
    for cue, qualifier in sorted(QUALIFIER_CUES.items(), key=lambda kv: -len(kv[0])):
        start = found.start - len(cue)
        if start < sent.start or tuple(t.lower_ for t in doc[start : found.start]) != cue:
            continue
        if any(veto.cue == cue and veto.test(doc[start], doc[found.start]) for veto in HEDGE_VETOES):
            continue
        found.qualifier = qualifier
        while (
            start - 1 >= sent.start
            and doc[start - 1].lower_ in HEDGE_INTENSIFIERS
            and qualifier in ("more_than", "less_than")
        ):
            start -= 1
        found.start = start
        return


def _governing_verb(root: Token) -> Token | None:
    """The verb that takes the number (or its counted noun) as its object."""
    node = root
    if node.dep_ in ("nummod", "quantmod") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    if node.dep_ in ("dobj", "attr") and node.head.pos_ in ("VERB", "AUX"):
        return node.head
    return None


def _attach_range(sent: Span, found: _Number) -> None:
    """Join "between 10 and 20", "10-20", "10 to 20", "$8 million to $10 million", "three or four" into one
    range."""
    doc = sent.doc
    j = found.end
    if j + 1 >= sent.end:
        return
    joiner = doc[j]
    if joiner.lower_ == "to" and found.start > sent.start and doc[found.start - 1].lower_ == "from":
        if any(t.lemma_.lower() in CHANGE_VERBS for t in doc[sent.start : found.start]):
            return  # "raising the toll from three to five": a count before and after a change, no range
    between = found.start > sent.start and doc[found.start - 1].lower_ == "between"
    alternative = joiner.lower_ == "or"  # "three or four blasts"
    if not (joiner.lower_ in RANGE_JOINERS or (between and joiner.lower_ == "and") or alternative):
        return
    upper_end = _range_upper(sent, found, j + 1)
    if upper_end is None:
        return
    upper, k = upper_end
    if joiner.text == "-" and _looks_like_phone(doc[found.start : k]):
        return
    lower = found.value
    if doc[k - 1].lower_ in SCALE_WORDS and not any(t.lower_ in SCALE_WORDS for t in doc[found.start : j]):
        lower *= SCALE_WORDS[doc[k - 1].lower_]  # "2 to 3 million": the scale counts for both
    if upper <= lower:
        return
    found.value, found.upper, found.qualifier = lower, upper, "range"
    if between:
        found.start -= 1
    found.end = k
    # the number of the range that counts the noun anchors it ("one to two years": the parser makes "one" a pronoun)
    counts = doc[k - 1].dep_ == "nummod" and doc[k - 1].head.i >= k
    found.root = doc[k - 1] if doc[found.root.i].dep_ in ("compound", "quantmod", "conj") or counts else found.root


def _range_upper(sent: Span, found: _Number, first: int) -> tuple[float, int] | None:
    """The upper number of a range starting at token `first` (past a repeated currency sign), and its end."""
    doc = sent.doc
    if found.currency and doc[first].lower_ in CURRENCY_SYMBOLS:
        first += 1  # "$8 million to $10 million"
    if first >= sent.end or not _is_numeric(doc[first]):
        return None
    k = _cardinal_end(sent, first)  # "10 million", "6 000", "$12m"
    upper = _parse_value(doc[first:k])
    return (upper, k) if upper is not None else None


def _looks_like_phone(span: Span) -> bool:
    """Digit groups joined by hyphens that read like a phone number, not a range."""
    groups = [t.text for t in span if _has_digits(t)]
    return len(groups) >= 2 and (len(groups[-1]) >= 4 or any(g.startswith("0") and len(g) > 1 for g in groups))


def _attach_currency(sent: Span, found: _Number) -> None:
    """Take in a currency sign before the number, and a hedge before the sign."""
    doc = sent.doc
    before = doc[found.start - 1] if found.start > sent.start else None
    currency = None if before is None else CURRENCY_SYMBOLS.get(before.lower_) or CURRENCY_CODES.get(before.text)
    if currency is not None:
        found.currency = currency
        found.start -= 1
        # a hedge may stand before the sign ("over $5 million")
        if found.qualifier == "exact":
            probe = _Number(found.start, found.end, found.value, found.root)
            _attach_hedge(sent, probe)
            found.start, found.qualifier = probe.start, probe.qualifier


def _attach_percent(sent: Span, found: _Number) -> None:
    """Take in a percent sign or word after the number (or its range)."""
    doc = sent.doc
    if found.end < sent.end and doc[found.end].text == "%":
        found.percent = True
        found.end += 1
    elif found.end < sent.end and doc[found.end].lower_ in PERCENT_WORDS:
        found.percent = True
    elif found.end + 1 < sent.end and doc[found.end].lower_ == "per" and doc[found.end + 1].lower_ == "cent":
        found.percent = True


def _attach_unit(sent: Span, found: _Number) -> None:
    """Glue a hyphenated unit ("six-week", "40-day", "three-phase") onto the number."""
    doc = sent.doc
    j = found.end
    if (
        j + 1 < sent.end
        and _hyphen_tight(doc, j)
        and doc[j + 1].pos_ in ("NOUN", "PROPN")
        and not _is_numeric(doc[j + 1])
    ):
        found.attached_unit = doc[j + 1]
        found.end = j + 2


def _ordinal_at(sent: Span, i: int) -> _Number | None:
    """An ordinal that counts repeated occurrences ("his ninth trip", "the 13th exchange")."""
    token = sent.doc[i]
    value = _ordinal_value(token)
    if value is None:
        return None
    noun = _ordinal_noun(token)
    lemma = _fold(noun.lemma_.lower()) if noun is not None else ""
    if lemma not in VISIT_NOUNS and not (lemma in OCCURRENCE_NOUNS and value > 1) and not _running_days(noun):
        return None  # "the first exchange in two months" ranks it, it counts nothing
    found = _Number(i, i + 1, value, token)
    found.ordinal = True
    found.unit_token = noun
    return found


def _running_days(noun: Token | None) -> bool:
    """ "a fifth consecutive day": an ordinal of a time unit in a row measures how long it has lasted."""
    return (
        noun is not None
        and noun.lemma_.lower() in DURATION_UNITS
        and any(c.dep_ == "amod" and c.lower_ in RUNNING_WORDS for c in noun.children)
    )


def _ordinal_noun(token: Token) -> Token | None:
    """The noun an ordinal counts: the noun it modifies or the one it stands in apposition to."""
    if token.dep_ in ("amod", "nummod", "compound") and token.head.pos_ == "NOUN":
        return token.head
    if token.dep_ == "appos":
        return token.head
    return _of_object(token)


def _of_object(token: Token) -> Token | None:
    """The object of a token's first "of" phrase that has one ("three of the hostages", "the third of ten")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _long_duration_at(sent: Span, i: int) -> _Number | None:
    """A one-unit duration written as "week-long", "month-long"."""
    doc = sent.doc
    token = doc[i]
    if token.lemma_.lower() not in DURATION_UNITS or token.tag_ == "NNS" or token.lower_.endswith("s"):
        return None
    if i + 2 < sent.end and _hyphen_tight(doc, i + 1) and doc[i + 2].lower_ == "long":
        found = _Number(i, i + 3, 1.0, token)
        found.attached_unit = token
        _attach_hedge(sent, found)  # "the more than year-long war": more than a year
        return found
    return None


def _fold(text: str) -> str:
    """Text without accents, for word-list lookups ("communiqué" is "communique")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _looks_like_year(token: Token) -> bool:
    """A four-digit integer a date would use."""
    text = token.text
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100
