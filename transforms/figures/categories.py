"""The guideline category of a figure, from the counted noun and what happened to it.

CATEGORIES is the rule table: each rule has a name, the category it gives, a test over the counted
number, and an example sentence with the number it decides. The first rule whose test holds decides.
A rule with `total` gives the category (and unit) of the figure that function finds: a breakdown or
"the number" takes its total's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from spacy.tokens import Token

from newsfacts.transforms.figures.counted import (
    AGGREGATE_NOUNS,
    BACK_POINTING_PRONOUNS,
    BREAKDOWN_VERBS,
    EVENT_CUES,
    AMBIGUOUS_CAPTIVE_NOUNS,
    BREAKDOWN_CUES,
    CAPTIVE_FATES,
    ANAPHORIC_NOUNS,
    CAPTIVE_NOUNS,
    CURRENCY_NOUNS,
    HOSTAGE_NOUNS,
    INCLUSION_PREPS,
    MATERIEL_NOUNS,
    MEASURE_UNITS,
    NOT_VICTIM_NOUNS,
    PRISONER_NOUNS,
    _antecedent_row,
    _captive_context,
    _described_as_prisoners,
    _event_cue,
    _held_by_captors,
    _held_hostage,
    _held_under_captors,
    _hostage_context,
    _kidnapped,
    _part_of_those_before,
    _release_demanded,
    _noun_cue,
    _taken_before,
    _word_cue,
)
from newsfacts.transforms.language.lexicon import NOMINAL_SUBJECT_DEPS, SETTLEMENT_NOUNS, STATE_BODY_WORDS
from newsfacts.transforms.figures.numbers import DURATION_UNITS, VISIT_NOUNS, _Number, _of_object


class Counted:
    """A number with the noun it counts and the figures of its sentence before it."""

    def __init__(
        self, found: _Number, noun: Token | None, earlier: list[dict], before: list[dict] | None = None
    ) -> None:
        self.found, self.noun, self.earlier, self.before = found, noun, earlier, before or []
        self.lemma = noun.lemma_.lower() if noun is not None else ""

    @cached_property
    def antecedent_row(self) -> dict | None:
        """The earlier figure a partitive or elliptical number refers back to."""
        return _antecedent_row(self.found, self.noun, self.earlier)

    @cached_property
    def event(self) -> str | None:
        """What happened to the counted thing (kill, injure, abduct, take, hold, release, rescue, return)."""
        return _event_cue(self.found, self.noun) or _group_fate(self.found, self.noun)

    @cached_property
    def patient(self) -> str:
        """ "hostage", "prisoner" or "other": who the counted people are, by their noun or their antecedent."""
        lemma = self.lemma
        patient = "hostage" if lemma in HOSTAGE_NOUNS else "other"
        if lemma in PRISONER_NOUNS or (self.noun is not None and _described_as_prisoners(self.noun)):
            patient = "prisoner"
        row = self.antecedent_row
        if patient == "other" and row is not None and row["category"].startswith("hostages"):
            patient = "hostage"
        if self.event == "hold" and patient == "other" and _hostage_context(self.found):
            patient = "hostage"
        if self.event in ("hold", *_RELEASES) and patient == "other" and self.lemma in CAPTIVE_NOUNS:
            if _taken_before(self.noun) or (self.event == "hold" and _held_by_captors(self.found, self.noun)):
                patient = "hostage"  # "pirates still hold 9 sailors", "freed 12 villagers abducted last week"
        if patient == "other" and self.event in CAPTIVE_FATES and _kidnapped(self.noun):
            patient = "hostage"  # "two of the kidnapped engineers were found dead"
        if patient == "other" and _held_hostage(self.noun):
            patient = "hostage"  # "30 guards held hostage near X were freed"
        subject = _breakdown_subject(self.found, self.noun) if patient == "other" else None
        if subject is not None:  # "The freed hostages include 40 girls": of the group the subject names
            lemma = subject.lemma_.lower()
            patient = "hostage" if lemma in HOSTAGE_NOUNS else "prisoner" if lemma in PRISONER_NOUNS else patient
        return patient

    @cached_property
    def freed(self) -> str:
        """Who was freed or came home: the patient, else the captives the context speaks of; whoever a
        release frees was held ("militants freed 20 villagers")."""
        if self.lemma in MATERIEL_NOUNS | NOT_VICTIM_NOUNS:
            return "other"  # "troops recovered three rifles": things, whoever was held nearby
        patient = self.patient if self.patient != "other" else _captive_context(self.found)
        if self.lemma in AMBIGUOUS_CAPTIVE_NOUNS and _captive_context(self.found) == "prisoner":
            patient = "prisoner"  # "the release of hundreds of captives" in a prisoner swap
        if patient == "other" and _held_under_captors(self.noun):
            patient = "hostage"  # "five guards held by the gang were rescued"
        if patient == "other" and self.event == "release" and _freed_by_a_state(self.found):
            return "prisoner"  # "40 girls were among the people released by the government": a state holds prisoners
        return "hostage" if patient == "other" and self.event == "release" else patient

    def takes_people(self) -> bool:
        """Whether what was taken is people (or nothing is named), so the taking is hostage-taking."""
        noun = self.noun
        if noun is None:
            return True
        return (
            self.lemma in CAPTIVE_NOUNS
            or noun.ent_type_ == "NORP"
            or self.patient != "other"
            or (noun.lower_ in ANAPHORIC_NOUNS and self.antecedent_row is not None)
        )


@dataclass(frozen=True)
class Category:
    """One named category rule: numbers whose test holds get `category`, or with `total` the category of
    the row it returns (then `category` is the one the example gets); `example` holds `number`."""

    name: str
    category: str
    test: Callable[[Counted], bool]
    example: str
    number: str
    total: Callable[[Counted], dict | None] | None = None


_RELEASES = ("release", "rescue", "return")
# A group named by one of these deeds is a toll itself, also as the whole a part is taken from
# ("one of the two slain people", "four of the seven kidnapped engineers").
TOLL_GROUP_CUES = BREAKDOWN_CUES | {"abduct"}
# Categories of a total whose parts take its category ("killed four people ... the three others were civilians").
BREAKDOWN_CATEGORIES = {
    "killed",
    "injured",
    "hostages_dead",
    "hostages_taken",
    "hostages_released",
    "prisoners_released",
}


# "into custody", "under arrest": the keeping of the law that a taking puts people in.
CUSTODY_PREPOSITIONS = {"into", "in", "under"}
CUSTODY_NOUNS = {"custody", "detention", "arrest"}
# "enough drugs to kill 2,000 people", "capable of killing 1,000": what could be done, no toll.
CAPACITY_WORDS = {"enough", "sufficient", "capable"}


def _part_of_a_toll(c: Counted, total: dict | None) -> bool:
    """A number with no event of its own that is a part of a toll (killed, injured, freed ...)."""
    return c.event is None and total is not None and total["category"] in BREAKDOWN_CATEGORIES


def _others_of_a_total(c: Counted) -> bool:
    """ "the three others" after a toll; others that a deed of their own befell ("five died and hundreds of
    others were arrested") are not a part of it."""
    others = c.noun is not None and c.noun.lower_ in ANAPHORIC_NOUNS
    return others and not _own_deed(c) and _part_of_a_toll(c, c.antecedent_row)


def _own_deed(c: Counted) -> bool:
    """Whether the number (or the noun it counts) is the subject or object of a verb of its own that is no "be"
    or "include"."""
    node = c.found.root
    if c.noun is not None and node.head.i == c.noun.i:
        node = c.noun  # "six others were arrested": the noun the number counts takes the verb
    verb = node.head
    return (
        node.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in BREAKDOWN_VERBS
    )


def _partitive_of_a_total(c: Counted) -> bool:
    """ "two of whom" after "six children" were counted among the injured."""
    noun = c.noun
    return noun is not None and noun.i < c.found.root.i and _part_of_a_toll(c, c.antecedent_row)


def _set_off_part_of_a_toll(c: Counted) -> bool:
    """ "five dead and 17 wounded, two of them seriously": "N of them" set off by a comma right after a toll is a
    part of that toll (the one just before), however the parser hung the words between."""
    root = c.found.root
    doc = root.doc
    obj = _of_object(root)
    set_off = c.found.start > root.sent.start and doc[c.found.start - 1].text == ","
    pointing = obj is not None and obj.lower_ in BACK_POINTING_PRONOUNS | {"whom"}
    return c.event is None and set_off and pointing and bool(c.earlier) and _part_of_a_toll(c, c.earlier[-1])


def _included_in_a_total(c: Counted) -> bool:
    """ "put the toll at 210, including 30 children": the part named after "including" (of any total: "nine people
    were missing, including three officers" are missing, not hurt)."""
    node = c.noun if c.noun is not None else c.found.root
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head  # "including two soldiers and one guide": the guide is included too
    included = node.dep_ == "pobj" and node.head.lower_ in INCLUSION_PREPS
    if not included or not c.earlier:
        return False
    return _part_of_a_toll(c, c.earlier[-1]) or c.earlier[-1]["category"] == "other"


def _said_to_be_part_of_a_total(c: Counted) -> bool:
    """ "Of the 30 killed, 18 were civilians", "20 people were killed; 12 were soldiers": a bare number that is
    the subject of "be" with a noun after it says who some of a toll just given were."""
    root = c.found.root
    doc = root.doc
    # the verb the number is the subject of; "and eight were police officers" the parser may coordinate
    # with the noun before, so the "be" right after the number counts too
    verb = root.head if root.dep_ in {"nsubj", "nsubjpass"} else doc[c.found.end] if c.found.end < len(doc) else root
    described = (
        c.noun is None
        and verb.i >= c.found.end
        and verb.lemma_.lower() in BREAKDOWN_VERBS
        and any(ch.dep_ == "attr" and ch.pos_ in ("NOUN", "PROPN") for ch in verb.children)
    )
    return described and bool(c.earlier) and _part_of_a_toll(c, c.earlier[-1])


def _part_of_the_toll_before(c: Counted) -> bool:
    """ "The toll rose to 230. Of those, 40 were children.": a part with no deed of its own, taken "of those"
    from the toll that ends the sentence before."""
    return c.event is None and _part_of_those_before(c.found) and _part_of_a_toll(c, _the_number_given(c))


def _parts_after_the_colon_of_a_toll(c: Counted) -> bool:
    """ "Nine people were killed: six were pulled from the ruins and three died later": a bare number after the colon
    that closes a toll (with no deed of its own, or only a rescue or a taking out) says what became of a part of
    the dead."""
    if c.noun is not None or c.event not in (None, "rescue") or not c.earlier:
        return False
    total = c.earlier[-1]
    doc = c.found.root.doc
    between = doc.char_span(total["end_char"], doc[c.found.start].idx, alignment_mode="expand")
    colons = [t for t in between or () if t.text == ":"]
    return len(colons) == 1 and total["category"] in BREAKDOWN_CATEGORIES


def _whole_of_a_part(c: Counted) -> bool:
    """ "two of about 40 gunmen were killed": the 40 counts the group the part is taken from, not the dead;
    a group named by what befell it ("one of the two slain people", "two of the 15 soldiers released") is a toll
    itself."""
    noun = c.noun
    of = noun.head if noun is not None and noun.dep_ == "pobj" else None
    whole = of is not None and of.lower_ == "of" and of.head.pos_ == "NUM" and of.head.i < c.found.start
    return whole and noun is not None and _noun_cue(noun) not in TOLL_GROUP_CUES | {"release"}


def _bare_aggregate(c: Counted) -> bool:
    """ "the number", "the total" with no "of X", after a figure: it stands for the count just given."""
    noun = c.noun
    return (
        bool(c.earlier)
        and noun is not None
        and c.lemma in AGGREGATE_NOUNS - {"toll"}
        and not any(child.dep_ in ("prep", "compound") for child in noun.children)
    )


def _the_number_given(c: Counted) -> dict | None:
    """The toll "the number" or "the total" stands for: the figure just before in the sentence, else the last
    figure of the sentence just before it."""
    if c.earlier:
        return c.earlier[-1]
    sent_index = _sentence_index(c.found)
    last = c.before[-1] if c.before else None
    return last if last is not None and last["sentence_index"] == sent_index - 1 else None


def _sentence_index(found: _Number) -> int:
    """The index of a number's sentence in its document."""
    start = found.root.sent.start
    return sum(1 for s in found.root.doc.sents if s.start < start)


def _breaks_down_the_number(c: Counted) -> bool:
    """ "A total of 12 people died. The number included 7 soldiers and 2 firefighters.": the parts a bare "the
    number" or "the total" is said to include take the toll it stands for."""
    node = c.noun if c.noun is not None else c.found.root
    verb = node.head
    joined = node.dep_ == "conj"  # "four children and six women": the part before is the figure just given
    if node.dep_ not in ("dobj", "attr", "conj") or verb.lemma_.lower() not in BREAKDOWN_VERBS - {"be"}:
        if not (node.dep_ == "conj" and verb.head.lemma_.lower() in BREAKDOWN_VERBS - {"be"}):
            return False
        verb = verb.head
    aggregate = any(
        s.dep_ in NOMINAL_SUBJECT_DEPS
        and (s.lemma_.lower() in AGGREGATE_NOUNS or (s.lower_ in GROUP_PRONOUNS and (not c.earlier or joined)))
        and not any(ch.dep_ == "prep" for ch in s.children)
        and _word_cue(s) is None
        for s in verb.children
    )
    return aggregate and _part_of_a_toll(c, _the_number_given(c))


# Pronouns for a group a sentence before counted ("24 hostages were freed. They included four children").
GROUP_PRONOUNS = frozenset({"they", "those", "these"})


def _taken_into_custody(c: Counted) -> bool:
    """ "took 50 people into custody", "were taken into detention": the verb that governs the number takes them
    into the keeping of the law."""
    verb = next((a for a in c.found.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(
        p.dep_ == "prep"
        and p.lower_ in CUSTODY_PREPOSITIONS
        and any(g.lemma_.lower() in CUSTODY_NOUNS for g in p.children)
        for p in verb.children
    )


def _capacity_to_harm(c: Counted) -> bool:
    """ "enough drugs to kill 2,000 people", "powerful enough to kill 300", "capable of killing 1,000": the
    killing or wounding is a measure of what something could do."""
    if c.event not in BREAKDOWN_CUES:
        return False
    verb = next((a for a in c.found.root.ancestors if a.pos_ == "VERB"), None)
    if verb is None or _word_cue(verb) not in BREAKDOWN_CUES:
        return False
    infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) or verb.dep_ == "pcomp"
    before = verb.doc[max(verb.sent.start, verb.i - 4) : verb.i]  # "enough drugs to", "capable of"
    return infinitive and any(w.lower_ in CAPACITY_WORDS for w in before)


def _happened(event: str | None, patient: str | None = None) -> Callable[[Counted], bool]:
    """The test "what happened to the counted people is `event` (None: nothing is told), and they are
    `patient`" (None: whoever they are)."""
    return lambda c: c.event == event and (patient is None or c.patient == patient)


def _population(noun: Token | None) -> bool:
    """ "a town of 80,000 people", "a nation of 40 million": the people a place holds, whatever befell it."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return noun.head.head.lemma_.lower() in POPULATED_NOUNS


# Places counted by the people they hold ("a town of 20,000 people").
POPULATED_NOUNS = SETTLEMENT_NOUNS | {"nation", "capital", "island"}


def _breakdown_subject(found: _Number, noun: Token | None) -> Token | None:
    """ "The rescued hostages comprise 76 girls and 61 boys", "the freed prisoners include 12 women": the group a
    breakdown's verb says the counted people are of (its subject), or None."""
    node = noun if noun is not None else found.root
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    verb = node.head
    if node.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in BREAKDOWN_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _group_fate(found: _Number, noun: Token | None) -> str | None:
    """What befell the group a breakdown is of, told by a word on its noun ("the freed hostages": release)."""
    subject = _breakdown_subject(found, noun)
    if subject is None:
        return None
    # "the freed hostages", "those released": the word on the group's noun that tells what befell it
    return next(
        (EVENT_CUES[c.lower_] for c in subject.children if c.dep_ in ("amod", "acl") and c.lower_ in EVENT_CUES), None
    )


def _freed_by_a_state(found: _Number) -> bool:
    """Whether the one verb of release of a number's sentence ("40 girls were among the people released by the
    government", "Israel freed 20 women") names a state as who freed them: its "by" agent or its subject."""
    verbs = [t for t in found.root.sent if t.pos_ == "VERB" and t.lemma_.lower() in RELEASE_VERBS]
    if len(verbs) != 1:
        return False  # none, or two releases in one sentence: which one freed them is not told
    agents = [o for a in verbs[0].children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    agents += [c for c in verbs[0].children if c.dep_ == "nsubj"]
    return any(a.lemma_.lower() in STATE_HOLDER_NOUNS or a.ent_type_ == "GPE" for a in agents)


# Verbs of setting people free, and the nouns of a state that frees its prisoners.
RELEASE_VERBS = frozenset({"release", "free"})
STATE_HOLDER_NOUNS = STATE_BODY_WORDS | {"ministry"}


def _freed(who: str | None) -> Callable[[Counted], bool]:
    """The test "the counted people were released, rescued or returned, and were `who`" (None: whoever)."""
    return lambda c: c.event in _RELEASES and (who is None or c.freed == who)


def _weighed_in_pounds(c: Counted) -> bool:
    """ "250-pound bombs", "bombs weighing 500 pounds each": pounds of a thing's weight, no money (no sign
    written: "£250" is money)."""
    noun = c.noun
    if noun is None or c.lemma != "pound" or "£" in noun.doc[max(c.found.start - 1, 0) : c.found.end].text:
        return False
    weighing = any(t.lemma_.lower() == "weigh" for t in (noun.head, noun.head.head))
    weight_of = noun.dep_ in ("amod", "compound", "nmod") and noun.head.pos_ == "NOUN"
    return weighing or (weight_of and noun.head.lemma_.lower() not in PAID_THING_NOUNS)


# Things a sum in pounds before them is paid as, not a weight of ("a 500-pound fine", "a 10-pound note").
PAID_THING_NOUNS = frozenset(
    {"fine", "ransom", "bill", "payment", "grant", "reward", "bounty", "loan", "note", "fee", "deal", "bail"}
)


CATEGORIES: tuple[Category, ...] = (
    Category("percent", "percent", lambda c: c.found.percent, "Turnout fell to 40%.", "40%"),
    Category(
        "money",
        "money",
        lambda c: (bool(c.found.currency) or c.lemma in CURRENCY_NOUNS) and not _weighed_in_pounds(c),
        "The bank lent 300 million euros.",
        "300 million",
    ),
    Category("duration", "duration", lambda c: c.lemma in DURATION_UNITS, "The siege lasted 40 days.", "40"),
    Category("visits", "visits", lambda c: c.lemma in VISIT_NOUNS, "It was his third trip to Cairo.", "third"),
    # a distance, a weight or an area counts no one, whatever happened in its sentence
    Category(
        "measure",
        "other",
        lambda c: c.lemma in MEASURE_UNITS,
        "A village 14 km north of the border was shelled, killing two.",
        "14",
    ),
    Category(
        "population",
        "other",
        lambda c: _population(c.noun),
        "The militia overran a town of 80,000 people.",
        "80,000",
    ),
    Category(
        "the_number_just_given",
        "killed",
        _bare_aggregate,
        "The UN counts 8,000 deaths, though aid groups say the number may be closer to 20,000.",
        "closer to 20,000",
        total=lambda c: c.earlier[-1],
    ),
    Category(
        "parts_of_the_number",
        "killed",
        _breaks_down_the_number,
        "A total of 12 people died. The number included 7 soldiers and 2 firefighters.",
        "7",
        total=_the_number_given,
    ),
    Category(
        "whole_of_a_part", "other", _whole_of_a_part, "Police said two of about 40 gunmen were killed.", "about 40"
    ),
    # "the fifth meeting": an occurrence, whatever the meeting was about
    Category("occurrence", "other", lambda c: c.found.ordinal, "The fifth meeting ended.", "fifth"),
    Category(
        "others_of_a_total",
        "killed",
        _others_of_a_total,
        "The strike killed four people; one was a fighter and the three others were civilians.",
        "three",
        total=lambda c: c.antecedent_row,
    ),
    Category(
        "partitive_of_a_total",
        "injured",
        _partitive_of_a_total,
        "Among the injured were six children, two of whom were girls.",
        "two",
        total=lambda c: c.antecedent_row,
    ),
    Category(
        "set_off_part_of_a_toll",
        "injured",
        _set_off_part_of_a_toll,
        '"There are five dead and 17 wounded, two of them seriously," the ministry said.',
        "two",
        total=lambda c: c.earlier[-1],
    ),
    Category(
        "included_in_a_total",
        "killed",
        _included_in_a_total,
        "Officials put the death toll at 210, including 30 children.",
        "30",
        total=lambda c: c.earlier[-1],
    ),
    Category(
        "said_to_be_part_of_a_total",
        "killed",
        _said_to_be_part_of_a_total,
        "Of the 30 killed, 18 were civilians.",
        "18",
        total=lambda c: c.earlier[-1],
    ),
    Category(
        "part_of_the_toll_before",
        "killed",
        _part_of_the_toll_before,
        "Floods killed 90 people. Of those, 30 were children.",
        "30",
        total=_the_number_given,
    ),
    Category(
        "parts_after_the_colon_of_a_toll",
        "killed",
        _parts_after_the_colon_of_a_toll,
        "Nine people were killed: six were pulled from the ruins and three died later.",
        "six",
        total=lambda c: c.earlier[-1],
    ),
    Category(
        "hostages_without_event", "hostages_held", _happened(None, "hostage"), "There are 59 hostages in Gaza.", "59"
    ),
    Category("no_event", "other", _happened(None), "The town has 3 schools.", "3"),
    Category(
        "places_and_means",
        "other",
        lambda c: c.lemma in NOT_VICTIM_NOUNS,
        "Shelling on two villages killed eight people.",
        "two",
    ),
    Category("capacity_to_harm", "other", _capacity_to_harm, "They seized enough poison to kill 500 people.", "500"),
    # a release asked for frees nobody: hostages it is asked for are still held
    Category(
        "release_of_hostages_demanded",
        "hostages_held",
        lambda c: _release_demanded(c.found) and (c.patient == "hostage" or _kidnapped(c.noun)),
        "Relatives urged the rebels to free the nine captives.",
        "nine",
    ),
    Category(
        "release_demanded",
        "other",
        lambda c: _release_demanded(c.found),
        "The unions called for the release of 25 detained workers.",
        "25",
    ),
    Category("hostages_dead", "hostages_dead", _happened("kill", "hostage"), "Five hostages were killed.", "Five"),
    Category("killed", "killed", _happened("kill"), "The strike killed 12 people.", "12"),
    Category("injured", "injured", _happened("injure"), "The blast wounded 30 people.", "30"),
    Category("abducted", "hostages_taken", _happened("abduct"), "Gunmen kidnapped 20 students.", "20"),
    # an arrest is no hostage-taking: the guideline has no category for it
    Category(
        "taken_into_custody",
        "other",
        lambda c: c.event == "take" and _taken_into_custody(c),
        "Police took 50 protesters into custody.",
        "50",
    ),
    Category(
        "people_taken",
        "hostages_taken",
        lambda c: c.event == "take" and c.takes_people(),
        "The militants seized 12 civilians.",
        "12",
    ),
    # "seized 20 tonnes" is no hostage-taking
    Category("things_taken", "other", _happened("take"), "Police seized 20 crates of cocaine.", "20"),
    Category("hostages_held", "hostages_held", _happened("hold", "hostage"), "Hamas still holds 24 hostages.", "24"),
    Category("held_not_hostages", "other", _happened("hold"), "The club keeps 40 horses.", "40"),
    Category("prisoners_released", "prisoners_released", _freed("prisoner"), "Israel released 90 prisoners.", "90"),
    Category("hostages_released", "hostages_released", _freed("hostage"), "Militants freed 20 villagers.", "20"),
    Category(
        "hostages_escaped",
        "hostages_released",
        _happened("escape", "hostage"),
        "Three of the abducted nurses escaped.",
        "Three",
    ),
    # rescued or returned, but nobody was held ("6 crew were rescued")
    Category("freed_nobody_held", "other", _freed(None), "The navy rescued 6 crew.", "6"),
)


def category_rule(
    found: _Number, noun: Token | None, earlier: list[dict], before: list[dict] | None = None
) -> Category | None:
    """The first rule of CATEGORIES that holds for a number."""
    counted = Counted(found, noun, earlier, before)
    return next((rule for rule in CATEGORIES if rule.test(counted)), None)


def _category(
    found: _Number, noun: Token | None, earlier: list[dict], before: list[dict] | None = None
) -> tuple[str, dict | None]:
    """The guideline category, from the counted noun and what happened to it, and the total's row where
    the number takes its total's category."""
    counted = Counted(found, noun, earlier, before)
    rule = next((rule for rule in CATEGORIES if rule.test(counted)), None)
    if rule is None:
        return "other", None
    total = rule.total(counted) if rule.total is not None else None
    if total is not None:
        return total["category"], total
    return rule.category, None
