"""TODO"""
from __future__ import annotations

from spacy.tokens import Span, Token
from transforms.spans import span_ents
from transforms.events.modality import _clause_chain
from transforms.events.syntax import _death_verb, _place_modifier, _place_objects, _place_span, _prep_objects
from transforms.events.triggers import trigger_type
from transforms.events.table import ATTACK_NOUNS
from transforms.events.words import ATTACK_PREPS, DEATH_VERBS, DESTINATION_TYPES, LOCATION_PREPS, NON_POINT_PREPS, REPORT_VERBS, SAME_TIME_PREPS



def _location(token: Token, etype: str) -> Span | None:
    """A named place the event happened in or went to: "in Cairo", "to Tel Aviv", "invade Rafah"."""
    # (token, whether its direct object can be the place), nearest first.
    anchors = [(token, etype in DESTINATION_TYPES)]
    if token.pos_ == "NOUN":
        anchors += [(o, False) for o in _prep_objects(token, "of")]  # "the assassination of X in Tehran"
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        anchors.append((token.head, False))  # "began his visit", "launched an attack ... in"
    if token.dep_ == "xcomp":
        anchors.append((token.head, False))  # "In Israel, X is expected to meet ..."
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and trigger_type(token.head) is None:
        anchors.append((token.head, False))  # "fighting raged in Omdurman"
    death_verb = _death_verb(token)
    if death_verb is not None:
        anchors.append((death_verb, False))  # "strikes killed two medics in Tyre", "killed in a strike in Tyre"
    # "killed in the fighting for Goma": the place of the event it happened in.
    anchors += [(o, False) for p in ("in", "during") for o in _prep_objects(token, p)
                if o.pos_ == "NOUN" and o.lemma_.lower() in ATTACK_NOUNS]
    for anchor, with_object in anchors:
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")] if with_object else []
        if with_object:
            objects = _place_objects(anchor, objects)  # "Wad Madani, which the RSF seized"
        contested = _prep_objects(anchor, "for") if anchor.i != token.i and anchor.pos_ == "NOUN" else []
        objects += contested  # "the battle for Kyiv"
        # "took control of Khartoum"
        objects += [o for c in anchor.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "control"
                    for o in _prep_objects(c, "of")]
        for prep in LOCATION_PREPS + (ATTACK_PREPS if etype == "attack" and anchor.i == token.i else ()):
            objects += _prep_objects(anchor, prep)
        if anchor is death_verb or (anchor.i == token.i and token.lemma_.lower() in DEATH_VERBS):
            # "killed three people in Odesa", "900 civilians in Tigray": after a death, a name is where
            contested += [o for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") for o in _prep_objects(c, "in")]
            objects += contested
        for obj in objects:
            place = _place_span(obj, destination=etype in DESTINATION_TYPES or obj in contested)
            if place is not None:
                return place
        modifier = _place_modifier(anchor)
        if modifier is not None:
            return modifier
    return None


def _date_span(token: Token) -> Span | None:
    """The DATE expression that says when this event happened, from its own clause or the one it hangs from."""
    dates = [e for e in span_ents(token.sent) if e.label_ == "DATE"]
    if not dates:
        return None
    # "on 7 October, when Hamas stormed ...": the relative clause is about that date.
    if token.dep_ == "relcl" and any(c.lower_ == "when" for c in token.children):
        for ent in dates:
            if ent.start <= token.head.i < ent.end:
                return ent
    if token.dep_ == "nsubj" and token.head.dep_ == "relcl" and any(c.lower_ == "when" for c in token.head.children):
        return _date_span(token.head)  # "October 7, when a Hamas attack sparked ..."
    own = [e for e in dates if _date_anchor(e) is not None and _date_anchor(e).i == token.i]
    if own:
        return own[0]
    if _death_verb(token) is not None:
        return _date_span(_death_verb(token))  # "six people were killed on Monday in army airstrikes"
    if token.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in token.children):
        # "... to Addis Ababa on Saturday for a summit, where he will meet X": the time of the main clause.
        governor = token.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        return _date_span(governor) if governor.pos_ in ("VERB", "AUX") else None
    # Nominal events inside an adjunct ("in its operations on 7 May, X killed ...") share the verb's time.
    for ent in dates:
        anchor = _date_anchor(ent)
        if anchor is not None and anchor.dep_ == "pobj" and anchor.head.lower_ in SAME_TIME_PREPS \
                and anchor.head.head.i == token.i and trigger_type(anchor) is not None:
            return ent
    reported = _reported_date(token, dates)
    if reported is not None:
        return reported
    # Otherwise the time of the clause it hangs from: "began his visit on Monday", "stormed ..., killing".
    if token.dep_ in ("dobj", "xcomp", "conj", "advcl", "pcomp") and token.head.i != token.i:
        governor = token.head.head if token.dep_ == "pcomp" else token.head
        if token.dep_ == "conj" and governor.pos_ in ("VERB", "AUX") and trigger_type(governor) is None:
            return None  # "X said on Monday and attacked": a conjoined event keeps its own time
        return _date_span(governor) if governor.i != token.i else None
    return None


def _reported_date(token: Token, dates: list[Span]) -> Span | None:
    """"The ministry said four people were killed in a strike on Thursday": a date after the content of
    a report, hung by the parser on the reporting verb, dates the content ("said on Monday that" does not)."""
    verb = _clause_chain(token)[-1]
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS or verb.head.i > verb.i:
        return None
    for ent in dates:
        anchor = _date_anchor(ent)
        if anchor is not None and anchor.i == verb.head.i and ent.start > verb.right_edge.i:
            return ent
    return None


def _date_anchor(ent: Span) -> Token | None:
    """The verb or event noun a DATE expression is attached to; None for "since"/"for" dates."""
    current = ent.root
    while current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in NON_POINT_PREPS:
            return None
        head = current.head
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "NOUN" and trigger_type(head) is not None):
            return head
        if current.dep_ not in ("pobj", "prep", "npadvmod", "advmod", "compound", "nummod", "appos", "conj", "tmod", "nmod"):
            return None
        current = head
    return None


def _date_text(ent: Span) -> str:
    """The date words with their preposition, as written ("on 31 July", "ten days ago")."""
    doc = ent.doc
    start = ent.start
    if ent.root.dep_ == "pobj" and ent.root.head.i == start - 1 and doc[start - 1].lower_ in ("on", "in", "at", "during"):
        start -= 1
    return doc[start:ent.end].text
