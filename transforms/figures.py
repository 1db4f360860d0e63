"""Reported numbers (figures): what was counted, how hedged, and who the text credits it to.

One generator, `extract_figures`, walks a parsed `Doc` and yields one `figures` row per number
that counts or measures something in the world (GUIDELINE.md "Figures"). Calendar dates, times,
ages, years and periods between years, section and phone numbers, vague magnitudes ("thousands of"),
idioms ("with one voice") and referring phrases ("the two sides") are left out.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.schema import make_id
from transforms.language.discourse import WINDOWS, antecedent, window_start
from transforms.language.lexicon import (
    CARDINAL_WORDS, MONTHS, NOMINAL_SUBJECT_DEPS, PARTITIVE_PRONOUNS, PEOPLE_NOUNS, POSSESSIVE_PRONOUNS,
    SOURCE_CONTAINERS, SUBJECT_PRONOUNS, WEEKDAYS,
)
from transforms.spans import doc_ents, doc_text, trace

# --- numbers -------------------------------------------------------------------------------

# Words that multiply what came before them ("1.2 million", "a dozen", "two hundred").
SCALE_WORDS: dict[str, float] = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12, "bn": 1e9, "mn": 1e6,
}
# Plural scale nouns are vague magnitudes ("hundreds of people", "tens of thousands"): they are read
# so that their words are not taken for numbers, but they report no figure.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "tens": 10,
}
ORDINAL_WORDS: dict[str, float] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
CURRENCY_SYMBOLS = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₪": "shekel"}
CURRENCY_NOUNS = {"dollar", "euro", "pound", "shekel", "yen", "yuan", "rupee", "franc", "riyal", "dinar", "cent"}
PERCENT_WORDS = {"%", "percent", "per cent", "pct"}

# --- hedges ------------------------------------------------------------------------------

# Words before the number, longest first wins; the words become part of the figure's text.
QUALIFIER_CUES: dict[tuple[str, ...], str] = {
    ("about",): "approximate", ("around",): "approximate", ("some",): "approximate",
    ("roughly",): "approximate", ("nearly",): "approximate", ("almost",): "approximate",
    ("approximately",): "approximate", ("approx",): "approximate", ("an", "estimated"): "approximate",
    ("estimated",): "approximate", ("close", "to"): "approximate", ("circa",): "approximate",
    ("over",): "more_than", ("more", "than"): "more_than", ("above",): "more_than",
    ("upwards", "of"): "more_than", ("in", "excess", "of"): "more_than",
    ("at", "least"): "at_least", ("no", "fewer", "than"): "at_least", ("no", "less", "than"): "at_least",
    ("less", "than"): "less_than", ("fewer", "than"): "less_than", ("under",): "less_than",
    ("below",): "less_than",
    ("up", "to"): "at_most", ("no", "more", "than"): "at_most", ("at", "most"): "at_most",
    ("as", "many", "as"): "at_most", ("not", "more", "than"): "at_most",
}
# Intensifiers that may precede a hedge ("well over", "just under") and belong to its text.
HEDGE_INTENSIFIERS = {"well", "just", "slightly", "a", "little", "far", "much"}
# Words after the number ("100 or more", "50-plus").
TRAILING_CUES: dict[tuple[str, ...], str] = {
    ("or", "more"): "at_least", ("or", "so"): "approximate", ("plus",): "more_than",
    ("-", "plus"): "more_than", ("+",): "more_than", ("or", "fewer"): "at_most", ("or", "less"): "at_most",
}
# A verb whose object is the number says it was passed ("the toll has topped 37,000").
VERB_QUALIFIERS = {"top": "more_than", "exceed": "more_than", "surpass": "more_than", "pass": "more_than",
                   "cross": "more_than"}
RANGE_JOINERS = {"-", "to", "–", "—"}

# --- exclusions ----------------------------------------------------------------------------

# A number right after one of these is a label, not a count ("Article 51", "Resolution 2334").
LABEL_NOUNS = {
    "article", "section", "chapter", "paragraph", "clause", "resolution", "page", "no", "no.",
    "number", "item", "route", "highway", "flight", "room", "gate", "line", "bill", "amendment",
    "rule", "act", "level", "stage", "phase", "platform", "building", "block", "unit", "apartment",
    "version", "channel", "episode", "season", "volume", "vol", "vol.", "p.", "pp.", "figure", "table",
}
AGE_WORDS = {"age", "aged", "ages"}
PHONE_WORDS = {"phone", "telephone", "tel", "tel.", "call", "fax", "hotline", "whatsapp", "mobile", "dial"}
TIME_WORDS = {"am", "a.m.", "pm", "p.m.", "o'clock", "gmt", "utc", "hrs", "noon", "midnight"}
# Relative dates: "ten days ago" names a day, it does not measure a duration.
RELATIVE_DATE_WORDS = {"ago", "earlier", "later", "hence"}
# "one" as a pronoun or in an idiom, not a count: "no one", "one another", "with one voice".
ONE_BEFORE = {"no", "any", "every", "each", "the"}
ONE_AFTER = {"another", "of", "or"}
ONE_IDIOM_NOUNS = {"voice", "accord", "hand", "way", "point"}
# "the two sides": a small number naming parties already in the story refers, it does not count.
SIDE_NOUNS = {
    "side", "country", "leader", "party", "nation", "government", "state", "delegation", "president",
    "minister", "rival", "neighbour", "neighbor", "foe", "enemy", "camp", "army", "man", "woman", "power",
}

# --- what was counted ----------------------------------------------------------------------

DURATION_UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"}
# Words a number can start with besides numerals (the scan skips every other token at once).
NUMBER_STARTS = {*CARDINAL_WORDS, *SCALE_WORDS, *VAGUE_PLURALS, *ORDINAL_WORDS, "a"}
VISIT_NOUNS = {"trip", "visit", "tour", "mission", "journey", "voyage", "stop", "trek"}
# Repeated occurrences an ordinal counts ("the 13th exchange", "their fifth meeting").
OCCURRENCE_NOUNS = {
    "exchange", "swap", "meeting", "round", "release", "session", "summit", "handover", "transfer",
    "attempt", "time",
}
HOSTAGE_NOUNS = {"hostage", "captive", "abductee", "kidnappee"}
PRISONER_NOUNS = {"prisoner", "inmate", "detainee", "convict"}
# Nouns that stand for a number of someone else's ("251 more", "20 others").
ANAPHORIC_NOUNS = {"more", "other", "others", "additional", "else"}
# Nouns whose "of" object is the counted thing ("the number of fatalities", "the death toll").
AGGREGATE_NOUNS = {"number", "total", "toll", "tally", "count", "figure", "sum"}
# Verbs that give their subject a measure ("the toll has topped 37,000", "deaths rose to 300").
MEASURE_VERBS = {"be", "top", "exceed", "surpass", "pass", "reach", "rise", "climb", "stand", "hit",
                 "increase", "jump", "grow", "total", "number", "cross", "soar", "fall", "drop", "near"}
LEMMA_FIXES = {"people": "person", "%": "percent", "per cent": "percent"}

# Event cue lemmas (verbs, nouns and adjectives) → what happened to the counted thing.
EVENT_CUES: dict[str, str] = {
    **dict.fromkeys(("kill", "die", "dead", "death", "fatality", "murder", "slay", "massacre",
                     "execute", "perish", "casualty", "toll", "body", "killing"), "kill"),
    **dict.fromkeys(("injure", "wound", "hurt", "injury", "injured", "wounded", "maim"), "injure"),
    **dict.fromkeys(("kidnap", "abduct", "abduction", "kidnapping"), "abduct"),
    # taking is hostage-taking only when people are taken ("seized 20 tonnes" is not)
    **dict.fromkeys(("take", "seize", "capture", "snatch", "taken"), "take"),
    **dict.fromkeys(("hold", "held", "remain", "still", "captivity", "captive", "detain", "keep"), "hold"),
    **dict.fromkeys(("release", "free", "liberate", "freed", "released"), "release"),
    # a rescue frees hostages only where there are hostages; "6 crew were rescued" is not a release
    **dict.fromkeys(("rescue", "rescued"), "rescue"),
    # coming home is a release only of prisoners or hostages ("the 22 who came home")
    **dict.fromkeys(("return", "swap", "exchange", "repatriate", "repatriation", "homecoming"), "return"),
}
# "came home", "went back": a movement verb with one of these is a return.
RETURN_ADVERBS = {"home", "back"}
RETURN_VERBS = {"come", "go", "fly", "head", "bring", "send", "get", "arrive"}
# Event verbs that describe what was done TO the counted thing: their active subject is the doer.
TRANSITIVE_VERBS = {
    "kill", "murder", "slay", "massacre", "execute", "injure", "wound", "hurt", "maim", "kidnap",
    "abduct", "take", "seize", "capture", "snatch", "hold", "keep", "detain", "release", "free",
    "rescue", "liberate", "swap", "exchange", "repatriate",
}
# Clause links the search for an event word does not climb across.
CLAUSE_DEPS = {"conj", "ccomp", "advcl", "parataxis"}
# A verb with the number (or its noun) in one of these slots governs it: the search stops there.
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative"}
# Who can be taken hostage: people, named groups of people (NORP), and also members of a force or a family
# ("three police officers", "members of one family"), who are no party to an event's handover.
CAPTIVE_NOUNS = PEOPLE_NOUNS | {"individual", "boy", "girl", "family", "member", "militant", "officer"}
# Words whose presence in the sentences before makes "still N people in Gaza" a hostage count.
HOSTAGE_CONTEXT = {"hostage", "kidnap", "abduct", "captive", "captivity", "abduction", "kidnapping"}
# Words that make a release or a return one of prisoners ("the prisoner exchange ... 22 came home").
PRISONER_CONTEXT = {"prisoner", "inmate", "detainee", "convict", "pow", "pows"}

# --- who reported it -----------------------------------------------------------------------

REPORTING_VERBS = {
    "say", "claim", "report", "state", "tell", "announce", "estimate", "declare", "confirm",
    "add", "insist", "allege", "count", "record", "document", "show", "indicate", "put",
    "reveal", "note", "assert", "maintain", "believe", "warn", "suggest", "publish",
}
# Noun-verb homographs the tagger reads as nouns ("the army claims are dead").
MISTAGGED_REPORTING = {"claims", "says", "reports", "estimates", "states", "insists", "believes", "maintains"}
# Modifiers of a source noun that describe it rather than name it ("administered by Hamas").
SOURCE_TRIM_DEPS = {"relcl", "acl", "appos", "prep", "punct", "cc", "advmod"}
RUN_BY_WORDS = {"run", "led", "controlled", "administered", "backed", "linked", "affiliated", "owned"}
# Which named things a pronoun may stand for when it is the one who reports.
PRONOUN_LABELS = {"he": ("PERSON",), "she": ("PERSON",), "it": ("ORG", "GPE")}
OWNER_PREPS = {"of", "from", "by"}


def extract_figures(doc: Doc, article_id: str) -> Iterator[dict]:
    """Yield one `figures` row per reported number in `doc`, in text order."""
    rows: list[dict] = []
    claimed: set[int] = set()
    for sent in doc.sents:
        sent_rows: list[dict] = []
        for found in _numbers_in(sent, claimed):
            sent_rows.append(_figure_row(doc, article_id, found, sent_rows))
        rows.extend(sent_rows)
    for row in sorted(rows, key=lambda r: (r["start_char"], r["end_char"])):
        del row["_root"]  # kept only so later numbers of the sentence can point back
        yield row


# --- finding numbers -----------------------------------------------------------------------

class _Number:
    """One number as written: its tokens, value, hedge and the tokens that anchor it in the tree."""

    __slots__ = ("start", "end", "value", "upper", "qualifier", "root", "unit_token", "ordinal",
                 "attached_unit", "currency", "percent", "vague")

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


def _numbers_in(sent: Span, claimed: set[int]) -> Iterator[_Number]:
    """Numbers of a sentence, with hedges, ranges and hyphenated units folded in."""
    resume = sent.start  # tokens before this belong to the last number found
    for token in sent:
        i = token.i
        if i < resume or i in claimed or not _may_start_number(token):
            continue
        found = (_cardinal_at(sent, i) or _ordinal_at(sent, i) or _long_duration_at(sent, i))
        if found is None:
            continue
        claimed.update(range(found.start, found.end))
        resume = found.end
        if not _is_excluded(sent, found):
            yield found


def _may_start_number(token: Token) -> bool:
    """A cheap test every token takes first: only these can start a cardinal, ordinal or "week-long"."""
    low = token.lower_
    return token.like_num or low in NUMBER_STARTS or (low.endswith(ORDINAL_SUFFIXES) and low[:-2].isdigit()) \
        or token.lemma_.lower() in DURATION_UNITS


def _is_numeric(token: Token) -> bool:
    """A token that spells (part of) a cardinal number."""
    low = token.lower_
    if low in CARDINAL_WORDS or low in SCALE_WORDS:
        return True
    if token.like_num and not _ordinal_value(token):
        return any(c.isdigit() for c in low) or low.replace("-", "").isalpha()
    return False


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
        end = i + 1
        # "tens of thousands", "hundreds of millions": one magnitude
        if end + 1 < sent.end and doc[end].lower_ == "of" and doc[end + 1].lower_ in VAGUE_PLURALS:
            end += 2
        found = _Number(i, end, VAGUE_PLURALS[token.lower_], token)
        found.qualifier = "approximate"
        found.vague = True
        return found
    if not _is_numeric(token) and not (token.lower_ == "a" and i + 1 < sent.end and doc[i + 1].lower_ in SCALE_WORDS):
        return None
    end = i + 1
    while end < sent.end:
        nxt = doc[end]
        if nxt.lower_ in SCALE_WORDS or (nxt.lower_ in CARDINAL_WORDS and doc[end - 1].lower_ in SCALE_WORDS):
            end += 1  # "1.2 million", "two hundred", "a hundred fifty"
        elif nxt.text == "-" and end + 1 < sent.end and _hyphen_tight(doc, end) \
                and doc[end + 1].lower_ in CARDINAL_WORDS and doc[end - 1].lower_ in CARDINAL_WORDS:
            end += 2  # "twenty-five"
        else:
            break
    words = [t for t in doc[i:end]]
    if len(words) == 1 and words[0].lower_ == "one" and _one_is_not_a_count(sent, words[0]):
        return None  # "one of them", "Qatar is one", "no one", "with one voice": not a count
    value = _parse_value(words)
    if value is None:
        return None
    found = _Number(i, end, value, doc[i:end].root)
    _attach_hedge(sent, found)
    _attach_range(sent, found)
    _attach_currency_and_percent(sent, found)
    _attach_unit(sent, found)
    return found


def _one_is_not_a_count(sent: Span, token: Token) -> bool:
    """Whether "one" is a pronoun or part of an idiom rather than the number 1."""
    doc = sent.doc
    if not _counts_a_noun(token):
        return True
    before = doc[token.i - 1].lower_ if token.i > sent.start else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < sent.end else ""
    return before in ONE_BEFORE or after in ONE_AFTER or token.head.lemma_.lower() in ONE_IDIOM_NOUNS


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
    total, current, seen = 0.0, 0.0, False
    for token in tokens:
        low = token.lower_.replace(",", "")
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
    return total + current if seen else None


def _attach_hedge(sent: Span, found: _Number) -> None:
    """Fold a hedge before ("about", "more than") or after ("or more") the number into it."""
    doc = sent.doc
    for cue, qualifier in sorted(QUALIFIER_CUES.items(), key=lambda kv: -len(kv[0])):
        start = found.start - len(cue)
        if start < sent.start:
            continue
        if tuple(t.lower_ for t in doc[start:found.start]) == cue:
            if cue == ("some",) and doc[found.start].lower_ in SCALE_WORDS:
                continue
            if cue == ("over",) and doc[start].dep_ == "prep" and doc[start].head.pos_ == "VERB" \
                    and doc[found.start].ent_type_ == "DATE":
                continue  # "fighting over 10 days": a span of time, not a hedge
            found.qualifier = qualifier
            while start - 1 >= sent.start and doc[start - 1].lower_ in HEDGE_INTENSIFIERS \
                    and qualifier in ("more_than", "less_than"):
                start -= 1
            found.start = start
            break
    for cue, qualifier in sorted(TRAILING_CUES.items(), key=lambda kv: -len(kv[0])):
        end = found.end + len(cue)
        if end <= sent.end and tuple(t.lower_ for t in doc[found.end:end]) == cue:
            found.qualifier, found.end = qualifier, end
            break
    verb = _governing_verb(found.root)
    if found.qualifier == "exact" and verb is not None and verb.lemma_ in VERB_QUALIFIERS:
        found.qualifier = VERB_QUALIFIERS[verb.lemma_]


def _governing_verb(root: Token) -> Token | None:
    """The verb that takes the number (or its counted noun) as its object."""
    node = root
    if node.dep_ in ("nummod", "quantmod") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    if node.dep_ in ("dobj", "attr") and node.head.pos_ in ("VERB", "AUX"):
        return node.head
    return None


def _attach_range(sent: Span, found: _Number) -> None:
    """Join "between 10 and 20", "10-20", "10 to 20" into one range."""
    doc = sent.doc
    j = found.end
    if j + 1 >= sent.end:
        return
    joiner = doc[j]
    between = found.start > sent.start and doc[found.start - 1].lower_ == "between"
    if not (joiner.lower_ in RANGE_JOINERS or (between and joiner.lower_ == "and")):
        return
    if not _is_numeric(doc[j + 1]):
        return
    k = j + 2
    while k < sent.end and _is_numeric(doc[k]) and doc[k].lower_ in SCALE_WORDS:
        k += 1
    upper = _parse_value(doc[j + 1:k])
    if upper is None:
        return
    lower = found.value
    if joiner.text == "-" and _looks_like_phone(doc[found.start:k]):
        return
    if upper < lower and doc[k - 1].lower_ in SCALE_WORDS:
        lower *= SCALE_WORDS[doc[k - 1].lower_]  # "2 to 3 million"
    if upper <= lower:
        return
    found.value, found.upper, found.qualifier = lower, upper, "range"
    if between:
        found.start -= 1
    found.end = k
    found.root = doc[k - 1] if doc[found.root.i].dep_ in ("compound", "quantmod", "conj") else found.root


def _looks_like_phone(span: Span) -> bool:
    """Digit groups joined by hyphens that read like a phone number, not a range."""
    groups = [t.text for t in span if _has_digits(t)]
    return len(groups) >= 2 and (len(groups[-1]) >= 4 or any(g.startswith("0") and len(g) > 1 for g in groups))


def _attach_currency_and_percent(sent: Span, found: _Number) -> None:
    """Take in a currency sign before or a percent sign after the number."""
    doc = sent.doc
    if found.start > sent.start and doc[found.start - 1].lower_ in CURRENCY_SYMBOLS:
        found.currency = CURRENCY_SYMBOLS[doc[found.start - 1].lower_]
        found.start -= 1
        # a hedge may stand before the sign ("over $5 million")
        if found.qualifier == "exact":
            probe = _Number(found.start, found.end, found.value, found.root)
            _attach_hedge(sent, probe)
            found.start, found.qualifier = probe.start, probe.qualifier
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
    if j + 1 < sent.end and _hyphen_tight(doc, j) and doc[j + 1].pos_ in ("NOUN", "PROPN") \
            and not _is_numeric(doc[j + 1]):
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
    if lemma not in VISIT_NOUNS and not (lemma in OCCURRENCE_NOUNS and value > 1):
        return None  # "the first exchange in two months" ranks it, it counts nothing
    found = _Number(i, i + 1, value, token)
    found.ordinal = True
    found.unit_token = noun
    return found


def _ordinal_noun(token: Token) -> Token | None:
    """The noun an ordinal counts: the noun it modifies or the one it stands in apposition to."""
    if token.dep_ in ("amod", "nummod", "compound") and token.head.pos_ == "NOUN":
        return token.head
    if token.dep_ == "appos":
        return token.head
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
        return found
    return None


def _is_excluded(sent: Span, found: _Number) -> bool:
    """Dates, times, years, ages, labels and phone numbers are not figures."""
    doc = sent.doc
    if found.vague:
        return True
    if found.ordinal or found.currency or found.percent:
        return False
    if _names_known_parties(sent, found):
        return True
    first = doc[found.start]
    digits = [t for t in doc[found.start:found.end] if _is_numeric(t)]
    if not digits:
        return False
    before = doc[digits[0].i - 1] if digits[0].i > sent.start else None
    after = doc[found.end] if found.end < sent.end else None
    neighbours = [t for t in (before, after) if t is not None]
    if found.attached_unit is not None and found.attached_unit.lemma_.lower() == "year" \
            and found.end + 1 < sent.end and doc[found.end + 1].lower_ == "old":
        return True  # "12-year-old"
    if any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in neighbours):
        return True
    if digits[0].head.lower_.rstrip(".") in MONTHS:
        return True
    unit = found.attached_unit or _counted_noun(found)
    unit_lemma = unit.lemma_.lower() if unit is not None else ""
    if unit is not None and unit_lemma in DURATION_UNITS:
        tail = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        if tail is not None and tail.lower_ in RELATIVE_DATE_WORDS:
            return True  # "ten days ago"
        if tail is not None and tail.lower_ == "old":
            return True  # "12 years old"
        return False
    if len(digits) == 1 and _looks_like_year(digits[0]) \
            and (not _counts_a_noun(digits[0]) or digits[0].ent_type_ == "DATE"):
        return True  # "in 2023"; "2000 troops" still counts
    if found.qualifier == "range" and all(_looks_like_year(t) for t in digits) \
            and not any(_counts_a_noun(t) for t in digits):
        return True  # "between 2020 and 2023", "2014-2016": a period, not a count
    if digits[0].ent_type_ == "TIME" or (after is not None and after.lower_ in TIME_WORDS):
        return True
    if ":" in first.text:
        return True
    if any(t.lower_ in AGE_WORDS or t.lemma_.lower() in AGE_WORDS for t in (before, doc[found.start - 1])
           if t is not None and t.i >= sent.start and t.i < found.start):
        return True  # "aged 12", "aged between 18 and 25"
    if after is not None and after.text in ("-", "–") and _hyphen_tight(doc, after.i) \
            and after.i + 1 < sent.end and _has_digits(doc[after.i + 1]):
        return True  # a score or code ("14-1", "555-1234"); a true range was joined already
    if digits[0].head.lemma_.lower() in AGE_WORDS and digits[0].head.i < digits[0].i:
        return True
    if before is not None and before.lower_ in LABEL_NOUNS and before.is_title:
        return True  # "Article 51", "Resolution 2334"
    if before is not None and (before.lower_ in PHONE_WORDS or before.text.startswith("+")):
        return True
    if _looks_like_phone(doc[found.start:min(found.end + 2, sent.end)]) and after is not None \
            and after.text == "-" and after.whitespace_ == "":
        return True
    if before is not None and before.text in ("-", "/") and before.whitespace_ == "" \
            and found.start > sent.start + 1 and (doc[found.start - 2].is_alpha or _has_digits(doc[found.start - 2])):
        return True  # "Covid-19", "F-16", the tail of "555-1234"
    return False


def _names_known_parties(sent: Span, found: _Number) -> bool:
    """Whether a small number word refers to parties already named ("the two sides", "both leaders")."""
    doc = sent.doc
    words = doc[found.start:found.end]
    if len(words) != 1 or found.qualifier != "exact" or words[0].lower_ not in CARDINAL_WORDS:
        return False
    noun = words[0].head
    if not (_counts_a_noun(words[0]) and noun.tag_ == "NNS" and noun.lemma_.lower() in SIDE_NOUNS):
        return False
    before = doc[found.start - 1] if found.start > sent.start else None
    # nothing but the article between "the" and the number, and nothing between it and its noun
    return before is not None and before.lower_ == "the" and noun.i == words[0].i + 1


def _fold(text: str) -> str:
    """Text without accents, for word-list lookups ("communiqué" is "communique")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _looks_like_year(token: Token) -> bool:
    """A four-digit integer a date would use."""
    text = token.text
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


# --- what was counted ----------------------------------------------------------------------

def _counted_noun(found: _Number) -> Token | None:
    """The noun a number counts, found through the dependency tree."""
    if found.unit_token is not None:
        return found.unit_token
    if found.attached_unit is not None:
        return found.attached_unit
    root = found.root
    # "hundreds of people", "41 of whom", "three of the hostages"
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                if obj.lower_ in PARTITIVE_PRONOUNS or obj.pos_ == "PRON":
                    return _antecedent(root)
                return obj
    if root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ in ("NOUN", "PROPN", "ADJ") \
            and root.head.i > root.i:
        return root.head
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    if root.dep_ in ("dobj", "attr", "pobj") or (root.dep_ == "conj" and root.head.dep_ in ("dobj", "attr")):
        verb = root.head
        while verb.dep_ in ("prep", "conj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_.lower() not in MEASURE_VERBS:
            return _aggregate_above(root)
        subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
        if subjects:
            return _aggregate_member(subjects[0])
    return None


def _aggregate_above(root: Token) -> Token | None:
    """The X of "bringing the number of X freed ... to N" or "put the toll at N": the aggregate the number sets."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "at"):
        return None
    for node in root.head.ancestors:
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in AGGREGATE_NOUNS:
            return _aggregate_member(node)
        if node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.lemma_.lower() in AGGREGATE_NOUNS:
                    return _aggregate_member(child)
            if node.dep_ in ("ROOT", "ccomp", "conj", "parataxis"):
                return None  # the aggregate must be in the number's own clause
    return None


def _antecedent(root: Token) -> Token | None:
    """The noun a partitive pronoun ("41 of whom") points back to."""
    if root.dep_ == "appos":
        return root.head
    head = root.head
    while head.pos_ not in ("NOUN", "PROPN") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _aggregate_member(noun: Token) -> Token:
    """Look through "the number of X" and "the death toll" to the counted X."""
    if noun.lemma_.lower() not in AGGREGATE_NOUNS:
        return noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    for child in noun.children:
        if child.dep_ == "compound":
            return child
    return noun


def _unit_lemma(found: _Number, noun: Token | None) -> str | None:
    """The counted thing as a singular lemma."""
    if found.percent:
        return "percent"
    if found.currency:
        return found.currency
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PROPN" or noun.ent_type_ == "NORP":
        lemma = noun.text if not noun.text.endswith("s") else noun.text[:-1]
    return LEMMA_FIXES.get(lemma, lemma)


def _category(found: _Number, noun: Token | None, earlier: list[dict]) -> str:
    """The guideline category, from the counted noun and what happened to it."""
    lemma = noun.lemma_.lower() if noun is not None else ""
    if found.percent:
        return "percent"
    if found.currency or lemma in CURRENCY_NOUNS:
        return "money"
    if lemma in DURATION_UNITS:
        return "duration"
    if lemma in VISIT_NOUNS:
        return "visits"
    if found.ordinal:
        return "other"  # "the fifth meeting": an occurrence, whatever the meeting was about
    patient = "hostage" if lemma in HOSTAGE_NOUNS else "prisoner" if lemma in PRISONER_NOUNS else "other"
    antecedent_row = _antecedent_row(found, noun, earlier)
    if patient == "other" and antecedent_row is not None and antecedent_row["category"].startswith("hostages"):
        patient = "hostage"
    event = _event_cue(found, noun)
    if event == "hold" and patient == "other" and _hostage_context(found):
        patient = "hostage"
    if event is None:
        return "hostages_held" if patient == "hostage" else "other"
    if event == "kill":
        return "hostages_dead" if patient == "hostage" else "killed"
    if event == "injure":
        return "injured"
    if event == "abduct":
        return "hostages_taken"
    if event == "take":
        person = noun is not None and (lemma in CAPTIVE_NOUNS or noun.ent_type_ == "NORP" or patient != "other"
                                       or (noun.lower_ in ANAPHORIC_NOUNS and antecedent_row is not None))
        return "hostages_taken" if person or noun is None else "other"
    if event == "hold":
        return "hostages_held" if patient == "hostage" else "other"
    if patient == "other":
        patient = _captive_context(found)
    if patient == "other" and event == "release":
        patient = "hostage"  # "militants freed 20 villagers"
    if patient == "other":
        return "other"  # rescued or returned, but nobody was held ("6 crew were rescued")
    return "prisoners_released" if patient == "prisoner" else "hostages_released"


def _antecedent_row(found: _Number, noun: Token | None, earlier: list[dict]) -> dict | None:
    """The figure of the same sentence that a partitive or elliptical number refers back to.

    "41 of whom" points to the figure of its antecedent noun; "15 more" or a bare "111 are
    still held" points to the figure just before it.
    """
    if not earlier:
        return None
    if noun is None or noun.lower_ in ANAPHORIC_NOUNS:
        return earlier[-1]
    if noun.i < found.root.i:
        for row in reversed(earlier):
            if row["_root"].head.i == noun.i or row["_root"].i == noun.i:
                return row
    return None


def _event_cue(found: _Number, noun: Token | None) -> str | None:
    """What happened to the counted thing: the first event word on the way up the tree."""
    if noun is not None:
        own = EVENT_CUES.get(noun.lemma_.lower())
        if own in ("kill", "injure") or (own and noun.pos_ != "NOUN"):
            return own
        for child in noun.children:
            if any(t.like_num for t in child.subtree):
                continue  # "four hostages, two of whom were wounded": that clause is the partitive's
            if child.dep_ in ("amod", "acl", "relcl"):
                cue = _word_cue(child)
                if cue:
                    return cue
    own_clause = _relative_clause_cue(found.root)
    if own_clause:
        return own_clause
    node = found.root
    came_from = node
    guarded = _partitive_guard(noun, found.root) if noun is not None and noun.i != found.root.i else None
    while node.head.i != node.i:
        came_from, node = node, node.head
        if guarded is not None and node.i == guarded and came_from.i == (noun.i if noun is not None else -1):
            continue
        cue = _cue_of(node, came_from)
        if cue:
            return cue
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep" and came_from.dep_ in ARGUMENT_DEPS:
            return None  # the verb that takes the number says what happened to it ("displaced 12 million")
        if node.pos_ in ("VERB", "AUX") and node.dep_ in CLAUSE_DEPS \
                and any(c.dep_ in NOMINAL_SUBJECT_DEPS or c.dep_ == "expl" for c in node.children):
            return None  # a clause with its own subject: what its neighbours did is not ours
    return None


def _relative_clause_cue(root: Token) -> str | None:
    """The event of a number's own relative clause ("30 of whom officials say are dead")."""
    for child in root.children:
        if child.dep_ not in ("relcl", "acl"):
            continue
        for token in sorted(child.subtree, key=lambda t: len(list(t.ancestors))):
            if token.pos_ in ("VERB", "AUX", "ADJ"):
                cue = EVENT_CUES.get(token.lemma_.lower()) or EVENT_CUES.get(token.lower_)
                if cue:
                    return cue
    return None


def _partitive_guard(noun: Token, number: Token) -> int | None:
    """Head to skip for a noun followed by "N of whom ...": the mis-attached predicate is the partitive's."""
    for child in noun.children:
        if child.i <= noun.i or number in child.subtree:
            continue
        if any(t.tag_ in ("WP", "WDT") for t in child.subtree) and noun.head.i > child.i:
            return noun.head.i
    return None


def _cue_of(node: Token, came_from: Token) -> str | None:
    """The event cue a head word gives to the phrase below it, if any."""
    lemma = node.lemma_.lower()
    cue = _word_cue(node)
    if node.pos_ in ("VERB", "AUX"):
        if lemma in TRANSITIVE_VERBS and came_from.dep_ == "nsubj":
            cue = None  # the doer of the deed, not its object
        if cue is None:
            for child in node.children:
                if child.dep_ in ("acomp", "oprd", "attr", "advmod") and child.i != came_from.i:
                    cue = EVENT_CUES.get(child.lemma_.lower()) or EVENT_CUES.get(child.lower_)
                    if cue:
                        break
        if cue is None and lemma == "be" and came_from.dep_ in NOMINAL_SUBJECT_DEPS | {"attr"}:
            cue = _among_cue(node)
    return cue


def _word_cue(token: Token) -> str | None:
    """The event a single word names; "came home" and "flew back" name a return."""
    cue = EVENT_CUES.get(token.lemma_.lower()) or EVENT_CUES.get(token.lower_)
    if cue is None and token.pos_ == "VERB" and token.lemma_.lower() in RETURN_VERBS \
            and any(c.dep_ in ("advmod", "prt") and c.lower_ in RETURN_ADVERBS for c in token.children):
        cue = "return"
    return cue


def _among_cue(verb: Token) -> str | None:
    """"Among the dead were 12 children": the part takes the event of the group it is among."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "among":
            continue
        for group in prep.children:
            if group.dep_ != "pobj":
                continue
            cue = _word_cue(group)
            if cue:
                return cue
            for child in group.children:
                if child.dep_ in ("amod", "acl", "relcl"):
                    cue = _word_cue(child)
                    if cue:
                        return cue
    return None


def _captive_context(found: _Number) -> str:
    """"prisoner" or "hostage" for the kind of captive mentioned last up to the number, else "other"."""
    doc = found.root.doc
    before = reversed(doc[_context_start(found):found.start])
    after = doc[found.end:found.root.sent.end]
    for token in [*before, *after]:
        lemma = token.lemma_.lower()
        if lemma in PRISONER_CONTEXT or token.lower_ in PRISONER_CONTEXT:
            return "prisoner"
        if lemma in HOSTAGE_CONTEXT:
            return "hostage"
    return "other"


def _context_start(found: _Number) -> int:
    """The first token of the sentences a number's context reaches back to."""
    return window_start(found.root, WINDOWS["figure_context"])


def _hostage_context(found: _Number) -> bool:
    """Whether the sentence or the ones just before it are about hostages."""
    doc = found.root.doc
    return any(t.lemma_.lower() in HOSTAGE_CONTEXT for t in doc[_context_start(found):found.root.sent.end])


# --- who reported it -----------------------------------------------------------------------

def _source_text(found: _Number) -> str | None:
    """Surface words of whom the sentence credits the number to; None in the article's own voice."""
    root = found.root
    sent = root.sent
    credits = list(_reporting_credits(root, sent)) + list(_according_to_credits(sent))
    if not credits:
        return None
    # a credit whose clause holds the number beats one elsewhere in the sentence; the nearest breaks ties
    _, source = min(credits, key=lambda c: (not _covers(c[0], root), abs(c[0].i - root.i)))
    return _resolve_pronoun(source)


def _covers(cue: Token, root: Token) -> bool:
    """Whether a credit's clause holds the number: the reporting verb dominates it, or the clause that
    "according to X" or a parenthetical "X said" hangs on does (not a conjunct after the credit)."""
    anchor = cue if cue.pos_ in ("VERB", "AUX") and cue.dep_ != "parataxis" and cue.lower_ != "according" \
        else cue.head
    if anchor.i == root.i:
        return True
    node = root
    while node.head.i != node.i and node.i != anchor.i:
        if node.dep_ == "conj" and node.head.i == anchor.i and node.i > cue.i:
            return False  # "3,000 died, the U.N. said, and 7,000 fled": the credit stops at "and"
        node = node.head
    return node.i == anchor.i


def _according_to_credits(sent: Span) -> Iterator[tuple[Token, Token | Span]]:
    """("according", source noun) for each "according to X" in the sentence; it covers the whole sentence."""
    doc = sent.doc
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "to":
            for obj in doc[token.i + 1].children:
                if obj.dep_ == "pobj":
                    yield token, obj
                    break


def _reporting_credits(root: Token, sent: Span) -> Iterator[tuple[Token, Token | Span]]:
    """(cue, subject) for each reporting verb whose complement holds the number ("X claims that ...")."""
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects and token.is_ancestor(root) \
                    and not (subjects[0].is_ancestor(root) or subjects[0].i == root.i):
                yield token, subjects[0]
            elif subjects and token.dep_ == "relcl" and token.head.i == root.i:
                yield token, subjects[0]  # "30 of whom officials say are dead"
            elif subjects and token.dep_ == "parataxis" and token.head.is_ancestor(root) \
                    and not subjects[0].is_ancestor(root):
                yield token, subjects[0]  # "3,000 people were killed, the U.N. said, and ..."
        elif token.lower_ in MISTAGGED_REPORTING and token.pos_ == "NOUN" \
                and any(c.dep_ == "compound" for c in token.children) and _same_segment(root, token):
            # "41 of whom the army claims are dead": read "claims" as the verb it is
            modifiers = [c for c in token.children if c.dep_ in ("det", "compound", "amod", "poss")]
            yield token, sent.doc[min(c.i for c in modifiers):token.i]


def _resolve_pronoun(source: Token | Span) -> str:
    """The words of a source; a pronoun becomes whom it stands for ("it said" after "the agency said")."""
    if isinstance(source, Span):
        return source.text
    if source.lower_ not in SUBJECT_PRONOUNS:
        return _source_phrase(source)
    return _antecedent_source(source, source.lower_) or source.text


def _antecedent_source(pronoun: Token, word: str) -> str | None:
    """Who a pronoun (`word`, in subject form) stands for: the last one credited before it, else the
    last fitting name."""
    person = word in ("he", "she")
    doc = pronoun.doc

    def fits(token: Token) -> str | None:
        subject = _credited_by(token)
        if subject is None or subject.lower_ in SUBJECT_PRONOUNS or subject.lower_ in POSSESSIVE_PRONOUNS:
            return None
        return _source_phrase(subject) if word == "they" or _is_person(subject) == person else None

    found = antecedent(pronoun, fits, WINDOWS["figure_source"])
    if found is not None:
        return found
    labels = PRONOUN_LABELS.get(word)
    if labels:
        earlier = [e for e in doc_ents(doc) if e.end <= pronoun.i and e.label_ in labels]
        if earlier:
            return earlier[-1].text
    return None


def _credited_by(token: Token) -> Token | None:
    """The subject of a reporting verb, or the object of "according to"."""
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS:
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.lower_ == "to" and token.i > 0 and token.doc[token.i - 1].lower_ == "according":
        return next((c for c in token.children if c.dep_ == "pobj"), None)
    return None


def _is_person(noun: Token) -> bool:
    """Whether a source noun names a person (or its name is a person's)."""
    if noun.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def _same_segment(a: Token, b: Token) -> bool:
    """Whether no comma or clause break stands between two tokens."""
    lo, hi = sorted((a.i, b.i))
    return not any(t.text in (",", ";", ":", "—", "–") for t in a.doc[lo:hi])


def _source_phrase(noun: Token) -> str:
    """A source noun with the words that name it, without clauses that describe it.

    A descriptor gives way to the name it comes with ("the private security firm Ambrey", "Congo's
    prime minister, Judith Suminwa"), a document to its owner ("a communique of the ministry"), and
    "his office" to the office of whom "his" stands for.
    """
    name = _name_in_apposition(noun)
    if name is not None:
        return _source_phrase(name)
    if _fold(noun.lemma_.lower()) in SOURCE_CONTAINERS:
        owner = _container_owner(noun)
        if owner is not None:
            return owner
    doc = noun.doc
    keep = [noun]
    stack = [c for c in noun.children if c.dep_ not in SOURCE_TRIM_DEPS and c.i < noun.i]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in ("relcl", "acl", "appos", "punct"))
    conj = [c for c in noun.children if c.dep_ == "conj"]
    start = min(t.i for t in keep)
    end = noun.i + 1
    if conj and conj[0].i > noun.i:
        end = conj[0].i + 1
    elif noun.pos_ == "PROPN":
        end = _name_end(noun)
    tokens = list(doc[start:end])
    # "the naval force Aspides": a name after its description stands for the whole
    if noun.pos_ == "PROPN" and not conj:
        described = [k for k, t in enumerate(tokens) if t.pos_ == "NOUN" and t.i < noun.i]
        if described and all(t.pos_ == "PROPN" or t.text == "-" for t in tokens[described[-1] + 1:]):
            tokens = tokens[described[-1] + 1:]
    owner = next((t for t in tokens if t.lower_ in POSSESSIVE_PRONOUNS and t.dep_ == "poss"), None)
    if owner is not None:
        who = _antecedent_source(owner, POSSESSIVE_PRONOUNS[owner.lower_])
        if who is not None:
            rest = "".join(t.text_with_ws for t in tokens if t.i > owner.i).strip()
            return f"{who}'s {rest}"
    # "the Hamas-run ministry": who runs it says nothing of who reported
    for k, token in enumerate(tokens):
        if token.lower_ in RUN_BY_WORDS and k > 0 and tokens[k - 1].text == "-":
            lead = [t for t in tokens[:k] if t.dep_ == "det" or t.pos_ == "DET"][:1]
            tokens = lead + tokens[k + 1:]
            break
    return "".join(t.text_with_ws for t in tokens).strip()


def _name_end(noun: Token) -> int:
    """Where a proper name ends: "of" joins names into one ("the Ministry of Foreign Affairs")."""
    end = noun.i + 1
    while end + 1 < len(noun.doc) and noun.doc[end].lower_ == "of" and noun.doc[end].head.i == noun.i:
        objects = [c for c in noun.doc[end].children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if not objects or not all(t.pos_ == "PROPN" or t.lower_ == "of" for t in noun.doc[end + 1:objects[0].i + 1]):
            break
        noun, end = objects[0], objects[0].i + 1
    return end


def _name_in_apposition(noun: Token) -> Token | None:
    """The proper name a described source comes with: "the firm Ambrey", "the minister, Judith Suminwa"."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > noun.i:
            return child
    return None


def _container_owner(noun: Token) -> str | None:
    """Whose document a source is: "a communique of the ministry", "a statement from the army", "its report"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _source_phrase(obj)
        if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS:
            return _source_phrase(child).removesuffix("'s").removesuffix("’s").strip()
        if child.dep_ == "poss":
            return _antecedent_source(child, POSSESSIVE_PRONOUNS[child.lower_])
    return None


# --- rows ----------------------------------------------------------------------------------

def _figure_row(doc: Doc, article_id: str, found: _Number, earlier: list[dict]) -> dict:
    """A `figures` row for one number."""
    noun = _counted_noun(found)
    category = _category(found, noun, earlier)
    unit = _unit_lemma(found, noun)
    if (unit is None or unit in ANAPHORIC_NOUNS) and not found.ordinal:
        previous = _antecedent_row(found, None, earlier)
        unit = previous["unit"] if previous is not None else unit
    start_char = doc[found.start].idx
    end_char = doc[found.end - 1].idx + len(doc[found.end - 1].text)
    value = float(found.value)
    lower, upper = _bounds(found.qualifier, value, found.upper)
    return {
        "figure_id": make_id("fig", article_id, start_char, end_char),
        "article_id": article_id,
        "text": doc_text(doc)[start_char:end_char],
        "value": value,
        "lower": lower,
        "upper": upper,
        "qualifier": found.qualifier,
        "unit": unit,
        "category": category,
        "source_text": _source_text(found),
        **trace(doc, start_char, end_char),
        "_root": found.root,
    }


def _bounds(qualifier: str, value: float, upper: float | None) -> tuple[float | None, float | None]:
    """Lower and upper bounds implied by the hedge (GUIDELINE.md)."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "at_most"):
        return None, value
    if qualifier == "range":
        return value, upper
    return None, None
