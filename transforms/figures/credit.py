"""Who the text credits a number to: reporting verbs, "according to", pronouns and document owners."""

from __future__ import annotations

import threading

from typing import Iterator

from spacy.tokens import Span, Token

from newsfacts.transforms.figures.numbers import DURATION_UNITS, _Number, _fold
from newsfacts.transforms.language.discourse import (
    ISSUING_VERBS,
    closing_credit_subject,
    owned_by,
    as_credit,
    pobj,
    titled_name,
    WINDOWS,
    antecedent,
    credit_phrase,
    is_quote_mark,
    is_title_descriptor,
    body_told_of,
    institution_of_document,
    is_described_body,
    issuer_named_before,
    name_after_role,
    name_before_role,
    named_body,
    named_institution,
    named_subject,
    place_of_office,
    preposition_credit,
    publication_of,
    quoted_apart,
    quoted_as_saying,
    starts_paragraph,
    quoting_verb,
    self_given_name,
    stray_appositive_subject,
    subject_hung_on_an_opener,
)
from newsfacts.transforms.language.lexicon import (
    ACTOR_LABELS,
    AS_CREDIT_VERBS,
    COUNT_NOUN_VERBS,
    COUNT_NOUNS,
    COUNT_STATING_VERBS,
    CREDIT_PREPOSITIONS,
    EVIDENCE_NOUNS,
    NEGATING_DETERMINERS,
    NOBODY_WORDS,
    OBSERVER_NOUNS,
    ONE_PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_REFERENTS,
    REFERENT_LABELS,
    SAME_SOURCE_WORDS,
    SEEING_VERBS,
    SOURCE_CONTAINERS,
    SUBJECT_PRONOUNS,
)
from newsfacts.transforms.entities import HONORIFICS
from newsfacts.transforms.spans import doc_ents


REPORTING_VERBS = {
    "say",
    "claim",
    "report",
    "state",
    "tell",
    "announce",
    "estimate",
    "declare",
    "confirm",
    "add",
    "insist",
    "allege",
    "count",
    "record",
    "document",
    "show",
    "indicate",
    *COUNT_STATING_VERBS,  # "put", "pegged the toll at 80", "tallied 23 dead", "revised it to 31"
    "reveal",
    "mention",  # "The coast guard has also mentioned that the haul, valued at N euros, ..."
    "note",
    "assert",
    "maintain",
    "believe",
    "warn",
    "suggest",
    "publish",
    "accuse",
    "acknowledge",  # "acknowledged 11 staffers had been taken"
    "admit",
    "concede",
    "identify",  # "the broadcaster identified six of the slain as ..."
    "explain",
}
# A source giving its count as a thing ("The ministry issued its tally.", "Police gave their figures:"), whose numbers
# follow after the colon or in the next sentence: the verbs and the nouns of the count.
TALLY_GIVING_VERBS = {"give", "issue", "release", "publish", "present", "update", "provide", "share"}
TALLY_NOUNS = {"toll", "tally", "figure", "count", "breakdown", "version", "statistic", "data", "number"}
# Marks that close a paragraph announcing what the next one says ("Police added in their release:").
ANNOUNCING_MARKS = {":"}
# Marks that open an item of a list under such a paragraph ("- 45 killed").
LIST_BULLETS = {"-", "\u2022", "*", "\u2013", "\u2014"}
# Verbs that put a period in force ("declared a 14-day curfew"): the period they declare is no reported number.
# Participles whose "as ... by X" credits a number: every reporting verb and the credit participles.
AS_REPORTING_VERBS = frozenset(REPORTING_VERBS | AS_CREDIT_VERBS)
PERIOD_DECLARING_VERBS = {"declare", "announce", "impose", "order"}
# Adjuncts that set the scene of a credit (see _in_the_background): prepositions and clause openers.
BACKGROUND_PREPOSITIONS = {"amid", "following", "as"}
BACKGROUND_MARKS = {"as", "after", "before", "when", "since", "until"}  # "declared a curfew after 9 were killed"
# Participles after a credit that still pass on what the source said ("..., citing 40 deaths").
GLOSS_EXCEPTIONS = REPORTING_VERBS | {"cite", "quote", "put", "give", "bring", "raise", "speak"}
# Noun-verb homographs the tagger reads as nouns ("the army claims are dead").
MISTAGGED_REPORTING = {"claims", "says", "reports", "estimates", "states", "insists", "believes", "maintains"}
# Modifiers of a source noun that describe it rather than name it ("administered by Hamas").
SOURCE_TRIM_DEPS = {"relcl", "acl", "appos", "prep", "punct", "cc", "advmod"}
RUN_BY_WORDS = {"run", "led", "controlled", "administered", "backed", "linked", "affiliated", "owned", "based"}
# Which named things a pronoun may stand for when it is the one who reports.
PRONOUN_LABELS = {word: REFERENT_LABELS[kind] for word, kind in PRONOUN_REFERENTS.items() if kind in REFERENT_LABELS}
OWNER_PREPS = {"of", "from", "by"}
# Words that join proper names into one name ("the Ministry of Foreign Affairs").
NAME_JOINERS = {"of", "for"}
# Objects that make "claim" or "take" a deed, not a report: "The war has claimed thousands of lives."
DEED_OBJECTS = {"life"}
# "claimed a raid that killed 14": claiming a deed is not reporting its toll; "claimed a toll of 30" reports.
DEED_CLAIM_VERBS = {"claim"}
# Singular nouns for one person, so that "he" or "she" may stand for them: ranks and titles ("a police
# captain told reporters ... He said"), and people who speak for a body ("the official").
REPORTING_PERSON_NOUNS = HONORIFICS | ONE_PERSON_NOUNS
# "a source close to Hamas": the words that tie an unnamed source to a party stay in its name.
SOURCE_CLOSE_WORDS = {"close", "familiar", "near", "loyal", "linked", "affiliated"}


def credit_words(found: _Number) -> Token | Span | None:
    """The words the sentence credits the number to, as written ("he" before it is resolved); None in the
    article's own voice."""
    root = found.root
    sent = root.sent
    credits = list(_reporting_credits(root, sent)) + list(_according_to_credits(sent)) + list(_as_reported_by(sent))
    credits = [c for c in credits if not _in_the_background(c[0], root)]
    if not credits:
        return _announcing_subject(sent) or _tally_giver(sent, root) or _credited_after(sent)
    # a credit whose clause holds the number beats one elsewhere in the sentence; the nearest breaks ties
    _, source = min(credits, key=lambda c: (not _covers(c[0], root), abs(c[0].i - root.i)))
    return source


def _credited_after(sent: Span) -> Token | None:
    """ "Bandits killed five herders. The council chairman disclosed this to reporters.", "... This was reported by
    Radio Kessa.": the sentence right after, a report of "this" and nothing else, credits the one before."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    after = doc[sent.end].sent
    for verb in (t for t in after if t.lemma_.lower() in POINTING_BACK_REPORT_VERBS and t.pos_ == "VERB"):
        told = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in POINTING_BACK_WORDS]
        if not told or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        if told[0].dep_ == "dobj":
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject is not None:
                return subject
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        source = pobj(agent) if agent is not None else None
        if source is not None and source.pos_ != "PRON":
            return source
    return None


# Verbs of a report that points back at what the sentence before told ("X disclosed this", "this was reported by X").
POINTING_BACK_REPORT_VERBS = frozenset({"disclose", "say", "confirm", "report", "tell", "announce", "reveal"})
POINTING_BACK_WORDS = frozenset({"this", "these"})


def _announcing_subject(sent: Span) -> Token | None:
    """Who announced the paragraph a sentence stands in with a colon that closes the paragraph before ("Police
    added in their release:" and the figures on the next lines): the subject of its reporting verb,
    where nothing is said after the colon in that sentence."""
    doc = sent.doc
    start, last = sent.start, -1
    while True:
        while start > 0 and not starts_paragraph(doc[start]):
            start -= 1
        last = start - 1
        while last >= 0 and doc[last].is_space:
            last -= 1
        if last < 1 or doc[start].text not in LIST_BULLETS or doc[last].text in ANNOUNCING_MARKS:
            break
        start = last  # an item of a list: the paragraph that opens the list announces it
    if last < 1 or doc[last].text not in ANNOUNCING_MARKS:
        return None
    for verb in doc[last].sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REPORTING_VERBS or _places_a_thing(verb):
            continue
        said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.i > last)]
        subject = named_subject([c for c in verb.children if c.dep_ == "nsubj"])
        if subject is not None and not said and not _is_nobody(subject):
            return subject
    return None


def _tally_giver(sent: Span, root: Token) -> Token | None:
    """Who gave the count a number belongs to, before a colon in its sentence ("The ministry gave its figures on
    Sunday: 243 were killed") or as the whole sentence before it in the paragraph ("The health office issued its
    tally. In the clashes, 40 people were hurt")."""
    doc = sent.doc
    colons = [t for t in sent if t.text in ANNOUNCING_MARKS and t.i < root.i]
    if colons:
        return _giver_of_tally(doc[sent.start : colons[-1].i])
    if sent.start == 0 or starts_paragraph(doc[sent.start]):
        return None
    before = doc[sent.start - 1].sent
    return _giver_of_tally(before) if before.root.lemma_ in TALLY_GIVING_VERBS else None


def _giver_of_tally(words: Span) -> Token | None:
    """The named subject of a verb in `words` that gives a count ("issued its tally"), with nothing said after it."""
    for verb in words:
        if verb.pos_ != "VERB" or verb.lemma_ not in TALLY_GIVING_VERBS:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_ in TALLY_NOUNS for c in verb.children):
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        subject = named_subject([c for c in verb.children if c.dep_ == "nsubj"])
        if subject is not None and not _is_nobody(subject):
            return subject
    return None


def _covers(cue: Token, root: Token) -> bool:
    """Whether a credit's clause holds the number: the reporting verb dominates it, or the clause that
    "according to X" or a parenthetical "X said" hangs on does (not a conjunct after the credit)."""
    anchor = cue if cue.pos_ in ("VERB", "AUX") and cue.dep_ != "parataxis" and cue.lower_ != "according" else cue.head
    if anchor.i == root.i:
        return True
    node = root
    while node.head.i != node.i and node.i != anchor.i:
        if node.dep_ == "conj" and node.head.i == anchor.i and node.i > cue.i:
            return False  # "3,000 died, the U.N. said, and 7,000 fled": the credit stops at "and"
        node = node.head
    return node.i == anchor.i


def _in_the_background(cue: Token, root: Token) -> bool:
    """Whether a number stands in the setting of a credit rather than in what was credited: a circumstance
    set after the credit on its clause ("..., officials said, as the three-year war drags on", "blamed each
    other amid tensions that have simmered since a six-week war"), or the time of the speaking itself
    ("two weeks after the president accused Rwanda"). The article tells it; the source does not."""
    if cue.lower_ == "according" or cue.lower_ in CREDIT_PREPOSITIONS:
        return False
    anchor = cue if cue.pos_ in ("VERB", "AUX") and cue.dep_ != "parataxis" else cue.head
    spine = {cue.i, anchor.i} | {c.i for c in anchor.children if c.dep_ == "conj" and c.pos_ == "VERB"}
    node = root
    while node.head.i != node.i and node.i != anchor.i:
        if node.head.i == cue.i and node.dep_ == "npadvmod":
            return True  # "two weeks after X accused": when X spoke
        stating = node.head.i == cue.i and node.lower_ == COUNT_STATING_VERBS.get(cue.lemma_.lower())
        if node.head.i in spine and node.i > cue.i and _is_circumstance(node) and not stating:
            return True  # ("gave the figure as 57": the "as" that carries the count sets no scene)
        node = node.head
    return False


def _is_circumstance(node: Token) -> bool:
    """An adjunct that sets the scene: "amid tensions", "following reports", "as the war drags on"."""
    if node.dep_ == "prep":  # not the hedge of the number itself ("as many as 11")
        return node.lower_ in BACKGROUND_PREPOSITIONS and not any(c.like_num for c in node.children)
    return node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in node.children)


def _according_to_credits(sent: Span) -> Iterator[tuple[Token, Token | Span]]:
    """("according", source noun) for each "according to X" in the sentence, and ("per", source noun) for each
    "..., per X"; it covers the whole sentence."""
    doc = sent.doc
    for token in sent:
        source = preposition_credit(token)
        if source is not None:
            yield token, source
        if token.lower_ == "according" and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "to":
            for obj in doc[token.i + 1].children:
                if obj.dep_ == "pobj":
                    yield token, obj
                    break


def _as_reported_by(sent: Span) -> Iterator[tuple[Token, Token | Span]]:
    """("as", source noun) for each "as reported by X", "as stated by X": like "according to X", it credits
    the whole sentence."""
    for token in sent:
        credit = as_credit(token, AS_REPORTING_VERBS)
        if credit is not None:
            yield token, credit[1]


def _reporting_credits(root: Token, sent: Span) -> Iterator[tuple[Token, Token | Span]]:
    """(cue, subject) for each reporting verb whose complement holds the number ("X claims that ...")."""
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and (token.lemma_.lower() in REPORTING_VERBS or _observed(token)):
            who = _verb_credit(token, root)
            if who is not None:
                yield token, who
        elif (
            token.lower_ in MISTAGGED_REPORTING
            and token.pos_ == "NOUN"
            and any(c.dep_ == "compound" for c in token.children)
            and _same_segment(root, token)
        ):
            # "41 of whom the army claims are dead": read "claims" as the verb it is
            modifiers = [c for c in token.children if c.dep_ in ("det", "compound", "amod", "poss")]
            yield token, sent.doc[min(c.i for c in modifiers) : token.i]


def _observed(verb: Token) -> bool:
    """ "Reporters at the scene saw 14 bodies": a verb of seeing whose subject is one who reports."""
    return verb.lemma_.lower() in SEEING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in OBSERVER_NOUNS for c in verb.children
    )


def _verb_credit(verb: Token, root: Token) -> Token | Span | None:
    """Who a reporting verb credits the number to: its subject, or the list of sources before a verb the
    parser left without one ("killed six civilians, villagers and local media said"); never "Nobody"."""
    subject = (
        named_subject([c for c in verb.children if c.dep_ == "nsubj" and not quoted_apart(c, verb)])
        or quoted_as_saying(verb)
        or stray_appositive_subject(verb)
        or subject_hung_on_an_opener(verb)
        or _adding_speaker(verb)
    )
    if _takes_lives(verb) or _claims_a_deed(verb) or _declares_a_period(verb, root) or _places_a_thing(verb):
        return None
    if subject is not None and not any(ch.isalnum() for ch in subject.text):
        return _words_after_symbol(subject, verb)  # "• Pakistan said ...": the bullet is no subject
    if isinstance(subject, Token) and _unowned_evidence(subject) and _shown_thing(verb, root):
        return None  # "Video showed two trucks": what was seen, not who reported it
    if subject is None:
        phrase = credit_phrase(verb) if verb.dep_ in ("conj", "ROOT") else None
        return (
            (name_after_role(phrase) or phrase) if phrase is not None else None
        )  # "..., the governor, Ali Khan, said"
    return subject if not _is_nobody(subject) and _reports_number(verb, subject, root) else None


def _unowned_evidence(noun: Token) -> bool:
    """ "Video showed", "Images posted online show": footage or a picture that no one is named as putting out."""
    if noun.lemma_.lower() not in EVIDENCE_NOUNS or _container_owner(noun) is not None:
        return False
    return not any(c.dep_ == "compound" and c.ent_type_ in ACTOR_LABELS for c in noun.children)


def _shown_thing(verb: Token, root: Token) -> bool:
    """Whether the number counts what the verb shows ("showed two trucks", "showed a convoy, about two dozen"),
    not a count the evidence reports in a clause ("showed that 16 were hurt", "16 were hurt, footage showed")."""
    if root != verb and not verb.is_ancestor(root):
        return False
    return not any(c.dep_ == "ccomp" and (c == root or c.is_ancestor(root)) for c in verb.children)


def _adding_speaker(verb: Token) -> Token | None:
    """ "..., Dr Omar Sall told AFP, adding that 40 were wounded", "He described the raids as a crisis, revealing
    that over 20 were killed": a reporting participle after a comma goes on with the subject of its clause."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_.lower() not in REPORTING_VERBS and verb.doc[verb.i - 1].text != ",":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None) or stray_appositive_subject(head)


def _claims_a_deed(verb: Token) -> bool:
    """Whether "claim" has a deed for object ("claimed a raid", "claimed responsibility for the attack"),
    not a count or what was said: the toll in it is the article's own."""
    if verb.lemma_.lower() not in DEED_CLAIM_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() not in COUNT_NOUNS for o in objects)


def _places_a_thing(verb: Token) -> bool:
    """Whether a verb that states a count only of a count noun has none for object: "placed 30 sandbags at the
    gate", "gave food to 300 families" are deeds; "gave the figure as 57" reports."""
    return verb.lemma_.lower() in COUNT_NOUN_VERBS and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in COUNT_NOUNS for c in verb.children
    )


def _declares_a_period(verb: Token, root: Token) -> bool:
    """ "declared a 14-day state of emergency", "announced three days of mourning": a period a verb puts in
    force is the deed itself, not a number anyone reports."""
    if verb.lemma_.lower() not in PERIOD_DECLARING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    held = any(root.i in {t.i for t in o.subtree} for o in objects)
    unit = root.head if root.dep_ in ("nummod", "compound") else root
    words = {unit.lemma_.lower(), *(t.lemma_.lower() for t in root.doc[root.i : root.i + 3])}
    return held and bool(words & DURATION_UNITS)


def _words_after_symbol(symbol: Token, verb: Token) -> Span | None:
    """The name between a symbol the parser took for a subject (a list bullet) and the verb, else None."""
    words = symbol.doc[symbol.i + 1 : verb.i]
    named = len(words) > 0 and all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") for t in words)
    return words if named else None


def _takes_lives(verb: Token) -> bool:
    """Whether a verb's object is lives ("has claimed thousands of lives"): a deed, not a report."""
    return any(t.lemma_.lower() in DEED_OBJECTS for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def _reports_number(verb: Token, subject: Token, root: Token) -> bool:
    """Whether a reporting verb's clause holds the number its subject does not."""
    verb = quoting_verb(verb) or verb  # "52 died, AFP quoted an official as saying": the clause hangs on "quoted"
    if verb.is_ancestor(root) and not (subject.is_ancestor(root) or subject.i == root.i):
        return not _in_a_gloss(verb, root) and not _in_the_setting(verb, root)
    if verb.dep_ == "relcl" and verb.head.i in (root.i, _counted_head(root)):
        return True  # "30 of whom officials say are dead", "12 women it said would be freed"
    # "3,000 people were killed, the U.N. said, and ..."; "Nine died, Dr Omar Sall told AFP" (no "after", "as")
    closing = (
        verb.dep_ == "parataxis"
        or (verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children))
        or _credit_read_as_a_conjunct(verb, subject)
    )
    return closing and verb.head.is_ancestor(root) and not subject.is_ancestor(root)


def _credit_read_as_a_conjunct(verb: Token, subject: Token) -> bool:
    """ "Nine died when the bus overturned, the police chief, Omar Hadi, told reporters": a credit after a comma,
    with no "and" and nothing said after it, that the parser coordinated with the clause it credits."""
    doc = verb.doc
    first = subject.left_edge.i
    if verb.dep_ != "conj" or first == 0 or doc[first - 1].text != "," or subject.i > verb.i:
        return False
    joined = any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    return not joined and not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)


def _in_a_gloss(verb: Token, root: Token) -> bool:
    """Whether the number stands in a participle after the credit that does not report ("..., the ministry
    said, referring to an area 12 kilometres from the border"): the writer's gloss, not the source's count.
    Only a credit that closes its statement has one ("Police said gunmen hit the town, killing 12" reports;
    so does "accused Baku of opening fire, killing one soldier": an accusation reports its toll)."""
    if any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
        return False  # "documented 30 strikes, killing 90": the participle goes on with what was reported
    return any(
        c.i > verb.i and c.tag_ == "VBG" and c.dep_ == "advcl" and c.lemma_.lower() not in GLOSS_EXCEPTIONS
        for c in verb.children
        if c.is_ancestor(root)
    )


def _in_the_setting(verb: Token, root: Token) -> bool:
    """Whether the number stands in where or when the credit was given, after a statement of its own
    ("“Welcome,” Lee told Kim at the start of the three-day summit"): the writer's setting, not
    the source's count."""
    said = [c for c in verb.children if c.dep_ == "ccomp" and not c.is_ancestor(root)]
    said += [c for c in verb.children if c.i < verb.i and is_quote_mark(c)]  # a quotation closed before it
    setting = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.is_ancestor(root)), None)
    return bool(said) and setting is not None


def _counted_head(root: Token) -> int:
    """The index of the noun a number modifies ("12 women"), or -1."""
    return root.head.i if root.dep_ in ("nummod", "quantmod") and root.head.pos_ == "NOUN" else -1


def _resolve_pronoun(source: Token | Span) -> str:
    """The words of a source; a pronoun becomes whom it stands for ("it said" after "the agency said")."""
    if isinstance(source, Span):
        return source.text
    if any(c.dep_ == "amod" and c.lower_ in SAME_SOURCE_WORDS for c in source.children):
        return _antecedent_source(source, "they") or _source_phrase(source)  # "the same source said"
    named = self_given_name(source)  # "according to a nurse who gave her name as Lina"
    if named is not None:
        return named.text
    if source.lower_ not in SUBJECT_PRONOUNS:
        return _source_phrase(source)
    closing = closing_credit_subject(source)  # "..., he said, adding ..., police chief X told AFP"
    if closing is not None:
        return _resolve_pronoun(closing)
    return _antecedent_source(source, source.lower_) or source.text


def _antecedent_source(pronoun: Token, word: str) -> str | None:
    """Who a pronoun (`word`, in subject form) stands for: the last one credited before it, else the
    last fitting name; a pronoun already being resolved (two credits owned by "his" that point at each other)
    stands for no one."""
    key = (id(pronoun.doc), pronoun.i)
    if key in _RESOLVING.keys:
        return None
    _RESOLVING.keys.add(key)
    try:
        return _antecedent_source_of(pronoun, word)
    finally:
        _RESOLVING.keys.discard(key)


class _Resolving(threading.local):
    """The pronouns whose antecedent is being looked for, per thread."""

    def __init__(self) -> None:
        self.keys: set[tuple[int, int]] = set()


_RESOLVING = _Resolving()


def _antecedent_source_of(pronoun: Token, word: str) -> str | None:
    """The look-up of `_antecedent_source`."""
    person = word in ("he", "she")
    doc = pronoun.doc

    def fits(token: Token) -> str | None:
        subject = _credited_by(token)
        if subject is None or subject.lower_ in SUBJECT_PRONOUNS or subject.lower_ in POSSESSIVE_PRONOUNS:
            return None
        if subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
            return None  # "according to their lawyer": "their" is not the phrase it stands in
        if word == "it" and any(c.dep_ == "conj" for c in subject.children):
            return None  # "Egypt and Qatar said ...": not what "it" stands for
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
        return next((c for c in token.children if c.dep_ == "nsubj"), None) or subject_hung_on_an_opener(token)
    if token.lower_ == "to" and token.i > 0 and token.doc[token.i - 1].lower_ == "according":
        return pobj(token)
    return None


def _is_nobody(subject: Token) -> bool:
    """ "Nobody", "no one", "no group": a subject that says no one reported."""
    return subject.lower_ in NOBODY_WORDS or any(
        c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS for c in subject.children
    )


def _is_person(noun: Token) -> bool:
    """Whether a source noun names a person (or its name is a person's, or it is one person's role)."""
    if noun.ent_type_ == "PERSON" or (noun.tag_ == "NN" and noun.lemma_.lower() in REPORTING_PERSON_NOUNS):
        return True
    if titled_name(noun, HONORIFICS, REPORTING_PERSON_NOUNS):
        return True  # "Col Deo Kanyike, the army spokesperson, said ... he said"
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
    before = name_before_role(noun.doc[noun.left_edge.i : noun.i + 1]) if noun.pos_ == "NOUN" else None
    if name is None and before is not None:
        return before.text  # "..., Karim Haddad, a police chief said": the name, not the role
    unowned_document = _fold(noun.lemma_.lower()) in SOURCE_CONTAINERS and _container_owner(noun) is None
    if name is None and unowned_document:
        # "The statement accused ...": who said it "in a statement" before; "a military statement": the army named
        name = issuer_named_before(noun) or institution_of_document(noun, WINDOWS["speaker_person"])
    if name is None and _is_bare_reference(noun):
        # "The clinic said": the clinic named before, as far back as a claim speaker reaches (one name for both)
        name = named_institution(noun, WINDOWS["speaker_person"])
    if name is None and is_described_body(noun, ("punct", "relcl", "acl")):
        name = named_body(noun, WINDOWS["speaker_person"])  # "the monitor said": the monitor named before
    if name is None and unowned_document:
        name = body_told_of(noun)  # "The bloc listed 16 more officials, a statement said": the bloc's
    if name is not None:
        return _source_phrase(name)
    if _fold(noun.lemma_.lower()) in SOURCE_CONTAINERS | EVIDENCE_NOUNS:  # "footage from the agency"
        owner = _container_owner(noun)
        if owner is not None:
            return owner
    tokens = _phrase_tokens(noun)
    owned = _owned_by_pronoun(tokens)
    if owned is not None:
        return owned
    return "".join(t.text_with_ws for t in _without_run_by(tokens)).strip()


def _is_bare_reference(noun: Token) -> bool:
    """ "the clinic", "the armed group": "the" and a noun with no name of its own."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and all(
        c.dep_ in ("det", "amod", "punct", "relcl", "acl") and not c.ent_type_ for c in noun.children
    )


def _phrase_tokens(noun: Token) -> list[Token]:
    """The words of a source noun's phrase: its modifiers before it, up to its first conjunct or the end of
    its name; a name after its description stands for the whole ("the naval force Aspides")."""
    keep = [noun]
    stack = [c for c in noun.children if (c.dep_ not in SOURCE_TRIM_DEPS and c.i < noun.i) or _names_who(noun, c)]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in ("relcl", "acl", "appos", "punct"))
    # a conjunct that holds a number is counted, not a co-source ("figures given to AFP, as well as four people")
    counted = [c for c in noun.children if c.dep_ == "conj" and any(t.like_num for t in c.subtree)]
    comma = next((c for c in noun.children if c.text == "," and counted and noun.i < c.i < counted[0].i), None)
    conj = [c for c in noun.children if c.dep_ == "conj" and (comma is None or c not in counted)]
    end = max(t.i for t in keep) + 1
    if comma is not None and not conj:  # the source's own words run up to the comma before the counted conjunct
        end = max(end, comma.i)
    if conj and conj[0].i > noun.i:
        end = conj[0].i + 1
    elif noun.pos_ == "PROPN":
        end = _name_end(noun)
    tokens = list(noun.doc[min(t.i for t in keep) : end])
    return _name_after_description(noun, tokens) if noun.pos_ == "PROPN" and not conj else tokens


def _names_who(noun: Token, child: Token) -> bool:
    """A modifier after a generic source noun that says whose it is: "A resident of Tabo", "One of the
    school's officials", "a source close to Hamas" (never the noun alone: "Tabo" or "One")."""
    if child.i < noun.i or noun.pos_ not in ("NOUN", "NUM") or _after_comma(child):
        return False
    if child.dep_ == "prep" and child.lower_ == "of":
        return True
    return child.dep_ == "amod" and child.lower_ in SOURCE_CLOSE_WORDS


def _after_comma(token: Token) -> bool:
    """Whether a comma stands right before a token."""
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _name_after_description(noun: Token, tokens: list[Token]) -> list[Token]:
    """The name alone when it follows its description ("the naval force Aspides" -> "Aspides")."""
    described = [k for k, t in enumerate(tokens) if t.pos_ == "NOUN" and t.i < noun.i]
    if described and all(t.pos_ == "PROPN" or t.text == "-" for t in tokens[described[-1] + 1 :]):
        return tokens[described[-1] + 1 :]
    return tokens


def _owned_by_pronoun(tokens: list[Token]) -> str | None:
    """ "his office" as the office of whom "his" stands for, else None."""
    owner = next((t for t in tokens if t.lower_ in POSSESSIVE_PRONOUNS and t.dep_ == "poss"), None)
    if owner is None:
        return None
    place = place_of_office(owner, owner.head)
    who = place.text if place is not None else _antecedent_source(owner, POSSESSIVE_PRONOUNS[owner.lower_])
    if who is None:
        return None
    rest = "".join(t.text_with_ws for t in tokens if t.i > owner.i).strip()
    return owned_by(who, rest, plural=POSSESSIVE_PRONOUNS[owner.lower_] == "they")


def _without_run_by(tokens: list[Token]) -> list[Token]:
    """ "the Hamas-run health ministry" as "the health ministry": who runs it says nothing of who reported."""
    for k, token in enumerate(tokens):
        if token.lower_ in RUN_BY_WORDS and k > 0 and tokens[k - 1].text == "-":
            lead = [t for t in tokens[:k] if t.dep_ == "det" or t.pos_ == "DET"][:1]
            rest = tokens[k + 1 :]
            # "the Saudi-led coalition" stays whole: "the coalition" alone would name no one
            return lead + rest if len(rest) > 1 else tokens
    return tokens


def _name_end(noun: Token) -> int:
    """Where a proper name ends: "of" and "for" join names into one ("the Ministry of Foreign Affairs", "the
    Observatory for Human Rights")."""
    end = noun.i + 1
    while end + 1 < len(noun.doc) and noun.doc[end].lower_ in NAME_JOINERS and noun.doc[end].head.i == noun.i:
        objects = [c for c in noun.doc[end].children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if not objects or not all(
            t.pos_ == "PROPN" or t.lower_ in NAME_JOINERS for t in noun.doc[end + 1 : objects[0].i + 1]
        ):
            break
        noun, end = objects[0], objects[0].i + 1
    return end


def _name_in_apposition(noun: Token) -> Token | None:
    """The proper name a described source comes with: "the firm Ambrey", "the minister, Judith Suminwa"."""
    if not is_title_descriptor(noun, REPORTING_PERSON_NOUNS):
        return None
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > noun.i:
            return child
    return None


# Verbs of putting out a document, whose "by" agent owns it ("a report released by the army", "compiled by"): the
# shared ones, but those that also carry a picture or a letter ("a video posted by X", "sent by") and "put"; "a video
# obtained by Reuters" the agency only got.
DOCUMENT_ISSUING_VERBS = (ISSUING_VERBS - {"put", "post", "send"}) | {"compile"}


def _container_owner(noun: Token) -> str | None:
    """Whose document a source is: "a communique of the ministry", "a statement from the army", "its report"."""
    for child in noun.children:
        publication = publication_of(child) if child.dep_ == "prep" else None
        if publication is not None:
            return _source_phrase(publication)  # "a report in the Daily Monitor"
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _source_phrase(obj)
        if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS:
            return _source_phrase(child).removesuffix("'s").removesuffix("’s").strip()
        if child.dep_ == "poss":
            return _antecedent_source(child, POSSESSIVE_PRONOUNS[child.lower_])
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in DOCUMENT_ISSUING_VERBS:
            issuer = next(
                (o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None
            )
            if issuer is not None and (issuer.pos_ == "PROPN" or any(issuer.children)):  # not "written by hand"
                return _source_phrase(issuer)  # "a report released on Monday by the army": the army's
    return None
