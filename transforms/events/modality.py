"""Whether an event happened: negated, conditional, attempted or inside a plan (left out), or planned
(kept and flagged); and restatements of an event told elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts.transforms.events.syntax import NamedRule
from newsfacts.transforms.events.words import (
    ATTEMPT_VERBS,
    CHAIN_DEPS,
    CONDITION_MARKS,
    PLAN_NOUNS,
    PLAN_VERBS,
    PLANNED_ADJECTIVES,
    PLANNED_AUX,
    TIME_PREPS,
    UNREAL_OF_NOUNS,
)
from newsfacts.transforms.language.lexicon import CONTENT_VERBS, SUBJECT_DEPS


def _is_restatement(token: Token) -> bool:
    """A predicate noun ("It is their fifth meeting", "it was the 13th exchange it had mediated") describes an
    event reported elsewhere, and so does a relative clause on it."""
    if token.dep_ == "relcl":
        token = token.head
    return token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() == "be"


# Marks on the trigger or a word of its clause chain that make it no event (each example has none).
UNREAL_RULES: tuple[NamedRule, ...] = (
    NamedRule("negated", lambda v: any(c.dep_ == "neg" for c in v.children), "Hamas did not release the hostages.", {}),
    NamedRule(
        "conditional",
        lambda v: any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in v.children),
        "If Israel invades Rafah, talks will end.",
        {},
    ),
    NamedRule(
        "attempted",
        lambda v: v.dep_ == "xcomp" and v.head.lemma_.lower() in ATTEMPT_VERBS,
        "The rebels tried to seize the airport.",
        {},
    ),
    NamedRule(
        "denied",
        lambda v: v.dep_ == "ccomp" and v.head.lemma_.lower() == "deny",
        "The army denied that its forces attacked the camp.",
        {},
    ),
    NamedRule(
        "content_of_plan",
        lambda v: v.dep_ in ("dobj", "prep", "pobj") and v.head.lemma_.lower() in CONTENT_VERBS,
        "The deal involves the release of the hostages.",
        {},
    ),
    NamedRule(
        "feared",
        lambda v: v.dep_ == "pobj" and v.head.lower_ == "of" and v.head.head.lemma_.lower() in UNREAL_OF_NOUNS,
        "Fears of an assault on Rafah grew.",
        {},
    ),
)


def _is_unreal(token: Token) -> bool:
    """Negated, conditional, attempted, or the content of a plan: not an event that happened or is planned."""
    if any(rule.find(verb) for verb in _clause_chain(token) for rule in UNREAL_RULES):
        return True
    return _inside_plan(token)


def _clause_chain(token: Token) -> list[Token]:
    """The trigger and the tokens it hangs from up to its own finite clause (through objects,
    prepositions, infinitives and participles)."""
    chain = [token]
    current = token
    while current.dep_ in CHAIN_DEPS and current.head.i != current.i:
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in current.children):
            break
        if current.dep_ == "pobj" and current.head.lower_ in TIME_PREPS:
            break  # "after the assassination": an earlier event, not part of what the clause says
        current = current.head
        chain.append(current)
    return chain


def _inside_plan(token: Token) -> bool:
    """Whether the trigger spells out what a plan or deal contains ("a deal involving X releasing Y")."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in PLAN_NOUNS and ancestor.pos_ in ("NOUN", "PROPN"):
            # "the plan that Biden unveiled" is the plan being made, not its content.
            return child is not token or child.dep_ not in ("relcl", "acl")
        if ancestor.lemma_.lower() in CONTENT_VERBS:
            return True
        if ancestor.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in ancestor.children):
            return False
        child = ancestor
    return False


# Marks on a verb of the trigger's clause chain that make it planned (each example's event is planned).
PLANNED_RULES: tuple[NamedRule, ...] = (
    NamedRule(
        "future_aux",
        lambda v: any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in v.children),
        "Blinken will visit Cairo.",
        {"type": "visit", "planned": True},
    ),
    NamedRule(
        "plan_verb",
        lambda v: v.dep_ == "xcomp" and v.head.lemma_.lower() in PLAN_VERBS,
        "Blinken is expected to visit Cairo.",
        {"type": "visit", "planned": True},
    ),
    NamedRule(
        "be_to",
        lambda v: v.dep_ == "xcomp" and v.head.lemma_.lower() == "be" and any(c.tag_ == "TO" for c in v.children),
        "Blinken is to meet Sisi.",
        {"type": "meet", "planned": True},
    ),
    NamedRule(
        "headline_infinitive",
        lambda v: (
            any(c.tag_ == "TO" and c.dep_ == "aux" for c in v.children) and any(c.dep_ == "nsubj" for c in v.children)
        ),
        "Ministry says Nigeria to host regional summit on Friday",
        {"type": "meet", "planned": True},
    ),
    NamedRule(
        "plan_verb_head",
        lambda v: v.lemma_.lower() in PLAN_VERBS and any(c.dep_ == "xcomp" for c in v.children),
        "Blinken plans to visit Cairo.",
        {"type": "visit", "planned": True},
    ),
)


def _is_planned(token: Token) -> bool:
    """Future or scheduled: will/would, expected/due/scheduled to, an upcoming meeting."""
    if any(c.dep_ == "amod" and c.lower_ in PLANNED_ADJECTIVES for c in token.children) and token.pos_ == "NOUN":
        return True  # "the upcoming meeting with Sisi"
    return any(
        rule.find(verb)
        for verb in _clause_chain(token)
        if verb.pos_ in ("VERB", "AUX", "ADJ")
        for rule in PLANNED_RULES
    )
