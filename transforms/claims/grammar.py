"""The grammar of a cue: whether it was asserted, who its subject is, and which tokens are its content."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsfacts.transforms.claims.words import (
    ASIDE_PREPOSITIONS,
    CITING_PARTICIPLES,
    CLAUSE,
    COMMITTING_CUES,
    CONTENT_POS,
    COUNTED_OBJECT,
    COUNTED_PREPOSITION,
    CUE_PREPOSITIONS,
    GERUND_PREPOSITION_CUES,
    CUE_VERBS,
    DARING_CUES,
    INFINITIVE,
    JUDGING_CUES,
    NAME,
    OBJECT,
    OBJECT_CLAUSE_CUES,
    PARTICIPLE_DEPS,
    PARTICLE_CUES,
    PHRASE_DEPS,
    REQUIRED_PREPOSITION,
    SAYING_OCCASIONS,
    STATED_OBJECTS,
    GUEST_NOUNS,
    HOSTING_CUES,
    COUNT_ADDING_MARKS,
    TRAILING_BREAKDOWNS,
    TRAILING_DEPS,
    WHEN_LABELS,
)
from newsfacts.transforms.language.discourse import (
    dateline_tokens,
    is_quote_mark,
    quoted_apart,
    quoted_tokens,
    named_subject,
    stray_appositive_subject,
    subject_hung_on_an_opener,
)
from newsfacts.transforms.language.lexicon import (
    COUNT_NOUN_VERBS,
    COUNT_NOUNS,
    FINITE_TAGS,
    NEGATING_DETERMINERS,
    NOBODY_WORDS,
    NONFINITE_TAGS,
    PERFECT_OR_PROGRESSIVE,
    RELATIVE_PRONOUNS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
)

# "If the army said ...", "unless the minister says ...": a cue under one of these is a hypothesis, no claim.
CONDITION_MARKS = frozenset({"if", "unless"})
# Modals that put a coordinated clause in the speaker's voice ("said the bridge would reopen, but the repairs
# would cost more"): the future or possibility seen from the time of saying.
REPORTED_MODALS = frozenset({"would", "could", "might"})
# Links of such a clause to the cue.
REPORTED_LINKS = frozenset({"but", "and"})


def _is_asserted(verb: Token) -> bool:
    """Finite and affirmative: "said", "has said", "is calling for"; not "will say", "is urged", "did not
    say", "..., saying"."""
    if _negated(verb) or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return False  # "If the army said the truce had collapsed, ...": a hypothesis
    if verb.dep_ == "conj":
        return _is_asserted_conj(verb)
    if _purpose_infinitive(verb) and verb.lemma_.lower() in PURPOSE_CUES and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head.tag_ in FINITE_TAGS and not _has_modal(verb.head) and not _negated(verb.head)  # "spoke to say"
    if verb.tag_ in FINITE_TAGS or _past_read_as_participle(verb) or _past_read_as_base_form(verb):
        return not _has_modal(verb)
    if _do_support(verb) and _subject_before_helper(verb):
        return True  # "The mayor did say that ...": the stressed past; not the question "Did the mayor say ...?"
    if verb.tag_ in PERFECT_OR_PROGRESSIVE:  # "has said"; "The UN is calling for a ceasefire"
        helper = PERFECT_OR_PROGRESSIVE[verb.tag_]
        return any(c.dep_ == "aux" and c.lemma_ == helper and c.tag_ != "MD" for c in verb.children) and not _has_modal(
            verb
        )
    return False


def _past_read_as_participle(verb: Token) -> bool:
    """ "..., two officers who asked not to be named told Reuters": a main verb with a subject of its own and no
    helper, that the tagger read as a participle (VBN) after another one, is a past tense."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _past_read_as_base_form(verb: Token) -> bool:
    """ "Ivo Sand, a spokesman for the hospital, put the toll at 83": a main verb with a subject before it and no
    helper, that the tagger read as a bare form (VB: "put", "set" are spelt alike in the past), is a past tense."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass"} or c.lower_ == "to" for c in verb.children)
    )


def _do_support(verb: Token) -> bool:
    """Whether a bare verb is made finite by "do" ("did not address", "does not say")."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in FINITE_TAGS for c in verb.children
    )


def _subject_before_helper(verb: Token) -> bool:
    """Whether the subject stands before the verb's "do" ("the mayor did say"), as in a statement, not a question."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    helper = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "do"), None)
    return subject is not None and helper is not None and subject.i < helper.i


def _has_modal(verb: Token) -> bool:
    """Whether a verb has a modal auxiliary ("will say", "could urge")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _is_asserted_conj(verb: Token) -> bool:
    """A coordinated cue ("expressed X and condemned Y") counts when it and its first conjunct are finite."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    if verb.tag_ in FINITE_TAGS:  # "did not address X, but said ...": "did" makes the first conjunct finite
        return head.tag_ in FINITE_TAGS or head.tag_ == "VBN" or _do_support(head) or _past_read_as_base_form(head)
    return verb.tag_ == "VBN" and _is_asserted(head) if head.pos_ in {"VERB", "AUX"} else False


def _negated(tok: Token) -> bool:
    """Whether a cue is negated ("has not indicated") or denies it has a speaker ("No group has claimed the
    attack", "Nobody has said ..."): nothing was stated."""
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ in SUBJECT_DEPS
        and (c.lower_ in NOBODY_WORDS or any(d.dep_ == "det" and d.lower_ in NEGATING_DETERMINERS for d in c.children))
        for c in tok.children
    )


def _has_aux(verb: Token) -> bool:
    """Whether a verb form has its own auxiliary ("has said", "was killed")."""
    return any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction; a relative pronoun stands for its noun."""
    earlier = _earlier_statement(verb)
    if earlier is not None:
        return _subject(earlier)  # "The army first said A, then said B": the army said B too
    head = verb
    while True:
        if head is not verb and _misattached_conj(verb):
            return _subject(head.head)  # "X said that Y happened, and urged Z": X urged
        subject = named_subject([c for c in head.children if c.dep_ in SUBJECT_DEPS and _may_be_subject(c, verb)])
        if subject is not None:
            break
        misparsed = _misparsed_subject(head, verb)
        if misparsed is not None:
            return misparsed
        if _purpose_infinitive(head) and head.lemma_.lower() in PURPOSE_CUES:
            head = head.head  # "spoke in Velden to say ...", "went on television to say ...": the speaker's
            continue
        if head.dep_ != "conj":
            return None
        head = head.head
    stray = _stray_conjunct_subject(verb) if head is verb else None
    if stray is not None and subject.i < stray.head.i:
        return stray  # "videos showed vehicles patrolling the streets and one source said ...": the source
    if subject.tag_ in RELATIVE_TAGS and head.dep_ == "relcl":
        return head.head
    if subject.lower_ == "it" and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children) and verb.lemma_ == "be":
        return None
    return subject


def _may_be_subject(child: Token, verb: Token) -> bool:
    """A subject the parser gave a verb that can be its subject: none in the dateline, and, for a verb outside
    quotation marks, none inside them ('"Four dead, five of them seriously hurt," the ministry said': the
    ministry)."""
    return child.i not in dateline_tokens(verb.doc) and not quoted_apart(child, verb)


# Cues told as the purpose of what their speaker did ("spoke to reporters to say ...").
PURPOSE_CUES = frozenset({"say", "announce", "declare", "deny", "confirm", "warn", "insist"})


def _purpose_infinitive(verb: Token) -> bool:
    """An infinitive of purpose with no subject of its own, hung as a clause on another verb."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _misparsed_subject(head: Token, verb: Token) -> Token | None:
    """A subject the parser hung elsewhere: the noun of a main clause it took for a reduced relative ("The
    envoy called on ..."), or a name it made an appositive of the noun before the verb ("..., the director Dr
    Omar Sall told AFP")."""
    if head.dep_ == "acl" and head.tag_ == "VBD" and head.head.dep_ == "ROOT" and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head
    if head.i != verb.i:
        return None
    return stray_appositive_subject(head) or _stray_conjunct_subject(head) or subject_hung_on_an_opener(head)


def _stray_conjunct_subject(verb: Token) -> Token | None:
    """ "Images showed trucks on the bridge and one police source said the port was closed", "In his speech as
    army chief, junta chairman Prayuth vowed ...": a noun right before a past-tense verb with no subject, that
    the parser coordinated with a noun of the phrase before, is the verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 and verb.tag_ == "VBD" else None
    if before is None or before.dep_ != "conj" or before.pos_ not in {"NOUN", "PROPN"} or before.head.i > before.i:
        return None
    joined = any(c.dep_ == "cc" for c in before.head.children) or verb.doc[before.left_edge.i - 1].text in {",", "and"}
    return before if joined and before.head.pos_ in {"NOUN", "PROPN"} else None


def _earlier_statement(verb: Token) -> Token | None:
    """The cue before a cue with no subject of its own that the parser hung under it as its clause ("The army
    first said A, then said B": "first said" is a statement of its own, by the same speaker); else None."""
    if verb.lemma_.lower() not in CUE_VERBS or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i < verb.i
            and c.lemma_.lower() in CUE_VERBS
            and any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ),
        None,
    )


def _misattached_conj(verb: Token) -> bool:
    """A finite cue coordinated into another cue's clause: the parser's attachment of "..., and urged"."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    # "took place Monday and accused X": a bare past participle after a finite conjunct is a misread past tense
    finite = verb.tag_ in FINITE_TAGS or (verb.tag_ == "VBN" and head.tag_ in FINITE_TAGS and not _has_aux(verb))
    return (
        head is not verb
        and finite
        and verb.lemma_.lower() in CUE_VERBS
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in CUE_VERBS
    )


def _complement(verb: Token) -> list[Token]:
    """Tokens of what was said: the cue's clause, object, infinitive or prepositional object."""
    lemma = verb.lemma_.lower()
    parts, has_core = _core_parts(verb)
    if not has_core:
        has_core = _clause_on_an_object(verb, parts)
    if lemma in REQUIRED_PREPOSITION and not _has_required_preposition(verb, lemma):
        return []
    if lemma in DARING_CUES and not any(c.dep_ == INFINITIVE for c in verb.children):
        return []  # "challenged the ruling in court" dares no one
    if lemma in COUNTED_OBJECT and not any(t.like_num for c in verb.children if c.dep_ == OBJECT for t in c.subtree):
        return []  # "tallied the votes" states no count
    if not has_core:
        return []
    parts.extend(_trailing(verb, max(t.i for t in parts)))
    parts.extend(_reported_conjunct(verb, max(t.i for t in parts)))
    parts.extend(_raised_report(verb, max(t.i for t in parts)))
    parts.extend(_object_conjunct(verb, max(t.i for t in parts)))
    parts = sorted(set(parts), key=lambda t: t.i)
    cut = next(
        (
            t
            for t in parts
            if (t.dep_ == "conj" and _misattached_conj(t)) or _new_statement(t) or _sentential_relative(t)
        ),
        None,
    )
    if cut is not None:
        parts = [t for t in parts if t.i < cut.left_edge.i]
        while parts and (parts[-1].dep_ == "cc" or parts[-1].is_punct):
            parts.pop()
    return _trim(_without_when_said(verb, parts))


def _raised_report(verb: Token, core_end: int) -> list[Token]:
    """ "X said 18 guards were shot, six were hurt and some could not be found": the parser makes the cue's
    clause depend on a clause after its content; that clause, set off by a comma, with a subject of its own and no
    cue, is the rest of what was said."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= core_end or head.pos_ not in {"VERB", "AUX"}:
        return []
    if not any(c.dep_ in SUBJECT_DEPS and c.i > core_end for c in head.children):
        return []
    if verb.doc[core_end + 1].text != "," or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    rest = verb.doc[core_end + 1 : head.right_edge.i + 1]
    if any(t.lemma_.lower() in CUE_VERBS and t.pos_ in {"VERB", "AUX"} for t in rest):
        return []  # "..., officials reported": a second credit, not more content
    return list(rest)


def _reported_conjunct(verb: Token, core_end: int) -> list[Token]:
    """ "said the bridge would reopen in May, but the repairs would cost more": a clause the parser coordinates
    with the cue, with its own subject and a modal of reported speech and no cue of its own, goes on with what
    was said."""
    for child in verb.children:
        if child.dep_ != "conj" or child.i <= core_end or child.pos_ not in {"VERB", "AUX"}:
            continue
        links = [c for c in verb.children if c.dep_ == "cc" and core_end < c.i < child.i]
        if not links or links[-1].lower_ not in REPORTED_LINKS:
            return []
        reported = any(c.dep_ == "aux" and c.lower_ in REPORTED_MODALS for c in child.children)
        subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
        own_cue = any(t.lemma_.lower() in CUE_VERBS for t in child.subtree)
        if (reported or _quoted_on(verb, core_end, child)) and subject and not own_cue:
            between = [t for t in verb.doc[core_end + 1 : child.left_edge.i] if t.is_punct or t.dep_ == "cc"]
            return [*between, *child.subtree]
        return []
    return []


def _object_conjunct(verb: Token, core_end: int) -> list[Token]:
    """ "put the toll at 14 and the number of injured at 60": a second object the parser coordinated with the
    cue itself, after "and", is stated by the same cue."""
    if OBJECT not in CUE_VERBS[verb.lemma_.lower()] or not any(c.dep_ == OBJECT for c in verb.children):
        return []
    for child in verb.children:
        if child.dep_ != "conj" or child.i <= core_end or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        between = list(verb.doc[core_end + 1 : child.left_edge.i])
        if [t.lower_ for t in between if not t.is_space] != ["and"]:
            return []
        return [*between, *child.subtree]
    return []


def _quoted_on(verb: Token, core_end: int, child: Token) -> bool:
    """ "said the march began calmly, "but police then charged the crowd."": a conjunct that opens a quotation
    right after what was said goes on in the speaker's own words."""
    doc = verb.doc
    between = doc[core_end + 1 : child.left_edge.i]
    opening = [t for t in between if is_quote_mark(t)]
    quoted = quoted_tokens(doc)
    return len(opening) == 1 and opening[0].i in quoted and all(t.i in quoted for t in child.subtree)


def _sentential_relative(tok: Token) -> bool:
    """ "said the bill was dead, which angered her colleagues": a ", which" clause on a verb or adjective (not a
    noun) comments on the whole statement, in the writer's voice; what was said ends before it."""
    which = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.lower_ == "which"), None)
    if which is None or which.i == 0 or tok.doc[which.i - 1].text != ",":
        return False
    between = tok.doc[which.i + 1 : tok.i]  # "which Tarsa says contains ...": another's words, not a comment
    if any(t.head.i != tok.i or t.dep_ not in {"aux", "advmod", "neg"} for t in between):
        return False
    return tok.pos_ in {"VERB", "AUX"} and tok.head.pos_ in {"VERB", "AUX", "ADJ"}


def _dates(tok: Token) -> bool:
    """Whether a preposition opens a date ("on Monday")."""
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in tok.children)


def _without_when_said(verb: Token, parts: list[Token]) -> list[Token]:
    """Content without the date right after the cue: "said Tuesday the first reports suggest ..." tells when
    it was said, not what."""
    k = 0
    while (
        k < len(parts) and parts[k].i == verb.i + 1 + k and (parts[k].ent_type_ in {"DATE", "TIME"} or _dates(parts[k]))
    ):
        k += 1
    run = {t.i for t in parts[:k]}
    when = [t for t in parts[:k] if t.head.i not in run]  # "last year's harvest": a date inside what was said
    if not when or k == len(parts) or any(t.dep_ not in {"npadvmod", "advmod", "prep"} for t in when):
        return parts
    return parts[k:]


def _has_required_preposition(verb: Token, lemma: str) -> bool:
    """Whether a cue that needs its preposition has it ("described X as Y"), with a number for its object
    where the cue counts ("put the toll at 40")."""
    wanted = CUE_PREPOSITIONS.get(lemma, ())
    # "described the talks as substantive": the parser may hang the preposition on the object
    objects = [c for c in verb.children if c.dep_ == OBJECT]
    preps = [
        c
        for c in (*verb.children, *(g for o in objects for g in o.children))
        if c.dep_ == "prep" and c.lower_ in wanted
    ]
    if lemma in COUNT_NOUN_VERBS and not any(o.lemma_.lower() in COUNT_NOUNS for o in objects):
        return False  # "gave his age as 45": only a count noun makes "give" state a count
    if lemma in COUNTED_PREPOSITION:
        preps.extend(p for p in _phrase_preps(verb) if p.lower_ in wanted)
        return any(t.like_num for p in preps for g in p.children for t in g.subtree)
    return bool(preps)


def _phrase_preps(verb: Token) -> list[Token]:
    """Prepositions in the cue's own phrases, not in a clause of theirs: the parser may hang the one that
    carries a count on another ("revised it late in the day to 31")."""
    found: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in PHRASE_DEPS]
    while stack:
        tok = stack.pop()
        found.extend([tok] if tok.dep_ == "prep" else [])
        stack.extend(c for c in tok.children if c.dep_ in PHRASE_DEPS)
    return found


def _core_parts(verb: Token) -> tuple[list[Token], bool]:
    """The complements a cue takes by its table row, and whether one of them carries what was said."""
    lemma = verb.lemma_.lower()
    allowed = CUE_VERBS[lemma]
    preps = CUE_PREPOSITIONS.get(lemma, frozenset())
    parts: list[Token] = []
    has_core = False
    for child in verb.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in CITING_PARTICIPLES and child.tag_ == "VBG":
            # "..., the Courier reported citing officials": whom the report relied on, not what it said; the clause
            # of "reported quoting witnesses that the market burned" is what it said
            for clause in (c for c in child.children if c.dep_ == CLAUSE):
                parts.extend(t for t in clause.subtree if not (t.i == clause.left_edge.i and t.lower_ == "that"))
                has_core = True
            continue
        if child.dep_ in allowed:
            if _passed_over(child, verb, allowed):
                continue
            parts.extend(child.subtree)
            has_core = True
        elif CLAUSE in allowed and _clause_read_as_object(child):
            parts.extend(child.subtree)  # "said that rebels and residents overwhelmed ...", parsed as an object
            has_core = True
        elif child.dep_ == "xcomp" and (INFINITIVE in allowed or preps or OBJECT in allowed):
            parts.extend(child.subtree)
            has_core = has_core or INFINITIVE in allowed or bool(preps)
        elif child.dep_ in {"prep", "prt"} and child.lower_ in preps:
            # "called the envoy on Monday": a date is when, never what was said
            objects = [t for g in child.children if g.ent_type_ not in {"DATE", "TIME"} for t in g.subtree]
            if lemma in GERUND_PREPOSITION_CUES and not any(g.dep_ == "pcomp" for g in child.children):
                objects = []  # "admitted to parliament that ...": to whom, not what
            if objects:
                parts.extend(objects)
                has_core = True
        elif CLAUSE in allowed and _count_before_clause(child, verb):
            parts.extend(child.subtree)
    return parts, has_core


def _clause_read_as_object(child: Token) -> bool:
    """An object the parser hung "that" on as its mark: a clause it misread ("said that rebels and members of the
    public confronted ..." with "rebels" as the object)."""
    return child.dep_ == OBJECT and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i < child.i for m in child.children
    )


def _count_before_clause(child: Token, verb: Token) -> bool:
    """ "said between 200 and 400 dockers joined", "said of the 64 patients taken in, 40 went home": a phrase with
    a count that the parser hung on the cue, between the cue and its clause, opens what was said."""
    if child.dep_ != "prep" or child.i < verb.i:
        return False
    clause = next((c for c in verb.children if c.dep_ == CLAUSE and c.left_edge.i > child.right_edge.i), None)
    return clause is not None and any(t.like_num and t.ent_type_ not in WHEN_LABELS for t in child.subtree)


def _passed_over(child: Token, verb: Token, allowed: frozenset[str]) -> bool:
    """A complement of the cue's kind that carries nothing said: a pronoun object ("told him"), an object not
    among the few a cue states ("claimed 20 lives"), an object
    named by no one ("called the ambassador"), a clause cut off by a semicolon."""
    if child.dep_ == OBJECT and child.pos_ == "PRON" and child.lower_ not in {"this", "that"}:
        return True
    stated = STATED_OBJECTS.get(verb.lemma_.lower())
    if child.dep_ == OBJECT and stated is not None and child.lemma_.lower() not in stated:
        return True  # "the flood claimed 20 lives": a deed, nothing said
    if child.dep_ == OBJECT and verb.lemma_.lower() in HOSTING_CUES and _guest(child):
        return True  # "welcomed Modi with a reception": a guest received (a meeting), nothing said
    if child.dep_ in {OBJECT, NAME} and NAME in allowed and not _gives_a_name(verb):
        return True  # "called the ambassador", "a ship called the Tutor": no one names anything
    if child == _earlier_statement(verb):
        return True  # "first said A, then said B": A is the first statement's
    return _cut_off(child, verb) or _clause_after_object_and_comma(child, verb)


def _guest(noun: Token) -> bool:
    """A person or a visitor's role: "Modi", "the visiting delegation", "his counterpart, President X"."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in GUEST_NOUNS


def _clause_after_object_and_comma(child: Token, verb: Token) -> bool:
    """ "announced his resignation this week, leading supporters to protest": a clause the parser hung on a cue
    after its object and a comma tells what followed, not what was said (the object was)."""
    if child.dep_ != CLAUSE or child.i < verb.i:
        return False
    obj = next((c for c in verb.children if c.dep_ == OBJECT and c.i < child.left_edge.i), None)
    return obj is not None and any(t.text == "," for t in verb.doc[obj.right_edge.i + 1 : child.left_edge.i + 1])


def _gives_a_name(verb: Token) -> bool:
    """ "The leaders called China a decisive enabler": a subject gives its object a name; in "what one expert
    called the biggest defeat" the object is the "what" before the subject."""
    deps = {c.dep_ for c in verb.children}
    named = OBJECT in deps or any(t.lower_ == "what" for t in verb.doc[verb.left_edge.i : verb.i])
    return named and NAME in deps and bool(deps & SUBJECT_DEPS)


def _clause_on_an_object(verb: Token, parts: list[Token]) -> bool:
    """What was said, where the parser hung it on an object: "told dpa that ...", "said later citing sources
    that a delegation arrived". Adds the clause to `parts`; whether there was one."""
    if verb.lemma_.lower() in OBJECT_CLAUSE_CUES and _object_clause(verb, parts):
        return True
    citing = [c for c in verb.children if c.lemma_.lower() in CITING_PARTICIPLES and c.tag_ == "VBG"]
    if any(_object_clause(child, parts) for child in citing) or _clause_after_aside(verb, parts):
        return True
    if CLAUSE not in CUE_VERBS[verb.lemma_.lower()]:
        return False
    return (
        _clause_in_a_setting(verb, parts)
        or _that_clause_as_adverbial(verb, parts)
        or _that_clause_on_a_hearer(verb, parts)
        or _object_read_as_a_clause(verb, parts)
    )


# "said at the time that ...": the time of the saying, after which "that" opens what was said.
TIME_OF_SAYING = frozenset({"time"})
# Words that open a true relative clause ("a plan that both sides said they would study").
RELATIVE_WORDS = RELATIVE_PRONOUNS | {"whose", "where", "when"}


def _nominal_objects_after(verb: Token) -> Iterator[Token]:
    """The nouns and names a cue took as its object after it ("promised residents", "said an operation")."""
    return (c for c in verb.children if c.dep_ == OBJECT and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"})


def _that_clause_on_a_hearer(verb: Token, parts: list[Token]) -> bool:
    """ "promised residents that the army would stay", "warned villagers that the dam could burst": the parser
    hung the "that" clause on whom the cue addressed. Adds the clause to `parts`; whether there was one."""
    for obj in _nominal_objects_after(verb):
        clause = next(
            (
                c
                for c in obj.children
                if c.dep_ in {"acl", CLAUSE}
                and c.i > obj.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if clause is not None:
            parts.extend(clause.subtree)
            return True
    return False


def _object_read_as_a_clause(verb: Token, parts: list[Token]) -> bool:
    """ "said an operation to retake it had begun": a cue that takes no object, whose "object" has a relative
    clause with a subject of its own that is no relative pronoun, was given a clause the parser misread. Adds
    the whole "object" to `parts`; whether there was one."""
    if OBJECT in CUE_VERBS[verb.lemma_.lower()]:
        return False
    for obj in _nominal_objects_after(verb):
        for clause in (c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i):
            subject = next((g for g in clause.children if g.dep_ in SUBJECT_DEPS), None)
            finite = clause.tag_ in FINITE_TAGS or any(g.dep_ == "aux" for g in clause.children)
            relative = any(t.tag_ in RELATIVE_TAGS or t.lower_ in RELATIVE_WORDS for t in clause.subtree)
            if subject is not None and not relative and finite:
                parts.extend(obj.subtree)
                return True
        verb_before = next((c for c in obj.children if _past_verb_read_as_modifier(c, obj)), None)
        if verb_before is not None:  # "said the first strike targeted members of X": one clause
            parts.extend(obj.subtree)
            return True
    return False


def _past_verb_read_as_modifier(tok: Token, obj: Token) -> bool:
    """ "said the first strike targeted members of the cartel": a past-tense verb before the object, with a
    subject of its own, that the parser read as an adjective of the object ("targeted members")."""
    return (
        tok.dep_ in {"amod", "acl"}
        and tok.i < obj.i
        and tok.tag_ in {"VBD", "VBN"}
        and any(c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in {"NOUN", "PROPN"} for c in tok.children)
    )


# Words that make "that" part of a conjunction of purpose or condition ("so that", "now that", "in order that").
CONJUNCTIONS_WITH_THAT = frozenset({"so", "now", "such", "order", "except", "given", "provided", "seeing"})


def _that_clause_as_adverbial(verb: Token, parts: list[Token]) -> bool:
    """ "The military said shortly after that "20 projectiles were identified"": the parser read the clause as an
    adverbial one, its "that" as a marker; what follows "that" is what was said. Adds it to `parts`."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        that = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if that is not None and verb.doc[that.i - 1].lower_ not in CONJUNCTIONS_WITH_THAT:
            parts.extend(t for t in clause.subtree if t.i > that.i)
            return True
    return False


def _clause_in_a_setting(verb: Token, parts: list[Token]) -> bool:
    """ "The group said in a statement that "recent events" were affecting the north": the parser hangs the
    clause on the noun of where or how it was said. Adds the clause to `parts`; whether there was one."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            clause = next((c for c in noun.children if _that_clause(c) and c.i > noun.i), None)
            if clause is None and noun.lemma_.lower() in SAYING_OCCASIONS | TIME_OF_SAYING:
                clause = next((c for c in noun.children if _that_read_as_relative(c, noun)), None)
                if clause is not None:
                    parts.extend(t for t in clause.subtree if t.i != clause.left_edge.i)
                    return True
            if clause is not None:
                parts.extend(clause.subtree)
                return True
    return False


def _that_read_as_relative(clause: Token, noun: Token) -> bool:
    """ "told reporters in a briefing that the rebels had withdrawn": a clause right after an occasion of
    speech, opened by a "that" the parser made the clause's object while the clause has a subject of its own,
    is what was said, not a relative clause."""
    if clause.dep_ != "relcl" or clause.left_edge.i != noun.i + 1 or clause.left_edge.lower_ != "that":
        return False
    that = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    finite = clause.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    if any(c.dep_ == CLAUSE for c in clause.children):
        return False  # "in the statement that it issued on Monday that ...": a true relative clause
    return that.head.i == clause.i and that.dep_ != "nsubj" and subject is not None and subject.i > that.i and finite


def _clause_after_aside(verb: Token, parts: list[Token]) -> bool:
    """ "said without elaborating that the convoy turned back": the parser hangs the clause on the aside's
    participle. Adds the clause to `parts`; whether there was one."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ASIDE_PREPOSITIONS):
        for participle in (g for g in prep.children if g.dep_ == "pcomp"):
            clause = next((c for c in participle.children if c.dep_ == CLAUSE and c.i > participle.i), None)
            if clause is not None:
                parts.extend(clause.subtree)
                return True
    return False


def _object_clause(verb: Token, parts: list[Token]) -> bool:
    """ "The rescuers told dpa that shelling hit the market": the parser hangs the clause on the outlet.
    Adds the clause to `parts`; whether there was one."""
    has_core = False
    for child in verb.children:
        clause = next((c for c in child.children if _that_clause(c)), None) if child.dep_ == OBJECT else None
        if clause is not None:
            parts.extend(clause.subtree)
            has_core = True
        # "informed the station that two cranes had fallen": the "that" read as the object of a relative clause
        relative = next((c for c in child.children if _that_read_as_relative(c, child)), None)
        if child.dep_ == OBJECT and clause is None and relative is not None:
            parts.extend(t for t in relative.subtree if t.i != relative.left_edge.i)
            has_core = True
    return has_core


def _that_clause(tok: Token) -> bool:
    """A clause the parser hung on an object: a complement, or a "that" clause read as a relative one."""
    return tok.dep_ == CLAUSE or (
        tok.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)
    )


def _cut_off(child: Token, verb: Token) -> bool:
    """A clause before the cue behind a semicolon, when the cue has its own clause or object after it, is not
    what was said ("Jets struck the town; the rebels said the strikes killed 10"; "X said A; the rebels denied
    this")."""
    doc = verb.doc
    return (
        child.dep_ == CLAUSE
        and child.i < verb.i
        and any(t.text == ";" for t in doc[child.right_edge.i : verb.i])
        and any(c.dep_ in {CLAUSE, OBJECT} and c.i > verb.i for c in verb.children)
    )


def _new_statement(tok: Token) -> bool:
    """A cue participle after a comma that says something of its own (", adding that ...", ", hailing it as a
    new dawn", ", calling for talks", ", accusing the rebels of ...") ends the content,
    and so does another speaker's cue set against it ("Kenya says five dead as Uganda says two missing")."""
    if tok.lemma_.lower() not in CUE_VERBS:
        return False
    if tok.tag_ in FINITE_TAGS and tok.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return any(c.dep_ == "mark" and c.lower_ in OTHER_SPEAKER_MARKS for c in tok.children)
    return (
        tok.tag_ == "VBG"
        and tok.i > 0
        and (
            (tok.dep_ in PARTICIPLE_DEPS and tok.doc[tok.i - 1].text == ",")
            or (tok.dep_ in PARTICIPLE_DEPS | {CLAUSE} and tok.doc[tok.i - 1].lower_ == "and")
        )
        and _states_something(tok)
    )


def _states_something(verb: Token) -> bool:
    """Whether a cue participle carries a statement: a clause (", adding that ..."), its particle
    (", calling for ..."), its preposition (", accusing the rebels of ...") or the infinitive of a cue that
    takes one, said to someone (", urging the crowd to leave"; ", asking not to be named" says nothing)."""
    lemma = verb.lemma_.lower()
    preps = CUE_PREPOSITIONS.get(lemma, frozenset())
    told = lemma in COMMITTING_CUES or any(c.dep_ == OBJECT for c in verb.children)
    if lemma in JUDGING_CUES and any(c.dep_ == OBJECT and c.pos_ != "PRON" for c in verb.children):
        return True  # ", blaming the militia", ", condemning the raid"
    for child in verb.children:
        if child.dep_ == CLAUSE or (child.dep_ == INFINITIVE and INFINITIVE in CUE_VERBS[lemma] and told):
            return True
        if child.dep_ in {"prep", "prt"} and child.lower_ in preps:
            return True
        if child.dep_ == OBJECT and any(g.dep_ == "prep" and g.lower_ in preps for g in child.children):
            return True  # "accusing the rebels of mining it": the parser hung "of" on the object
    return _particle_of(verb) is not None


# Conjunctions that set another speaker's statement against the one before ("... as Uganda says ...", "...
# although the board said turnout was normal").
OTHER_SPEAKER_MARKS = frozenset({"as", "while", "whereas", "although", "though"})


def _trailing(verb: Token, core_end: int) -> list[Token]:
    """Modifiers after the content that still belong to it ("... in order to X", ", establish Y, and pave Z").

    A comma followed by a participle ("..., emphasizing") or a coordinated verb starts a new statement.
    """
    tokens: list[Token] = []
    comma = False
    for child in sorted((c for c in verb.children if c.i > core_end), key=lambda c: c.i):
        if child.dep_ == "punct":
            comma = comma or (child.text in {",", ";", "\u2014", "-"} and not _closes_dash_aside(verb, child))
            if child.text in {".", "!", "?", ";", ":"}:
                break
            continue
        if _in_dash_aside(verb, child):
            tokens.extend(child.subtree)
            continue
        if (
            child.dep_ not in TRAILING_DEPS
            or (comma and child.tag_ != "VB" and not _breaks_down(child))
            or _clause_after_object_and_comma(child, verb)
        ):
            break
        tokens.extend(child.subtree)
        comma = False
    return tokens


def _breaks_down(tok: Token) -> bool:
    """Whether a modifier after a comma breaks down the count just stated rather than start a new statement:
    "including four police officers", "with 60 wounded" (a clause opened by "with" that holds a number)."""
    if tok.lower_ in TRAILING_BREAKDOWNS:
        return True
    opened = tok.lower_ in COUNT_ADDING_MARKS or any(
        c.dep_ in {"mark", "prep"} and c.lower_ in COUNT_ADDING_MARKS for c in tok.children
    )
    return opened and any(t.like_num for t in tok.subtree)


def _closes_dash_aside(verb: Token, dash: Token) -> bool:
    """Whether a dash closes an aside opened by a dash after the cue ("claimed the raid \u2014 as well as two
    earlier ones \u2014 in a statement"): what follows the pair goes on with what was said."""
    return dash.text in ASIDE_DASHES and len(_dashes(verb, dash.i)) % 2 == 1


def _in_dash_aside(verb: Token, tok: Token) -> bool:
    """Whether a token stands between an opening dash after the cue and its closing dash."""
    after = [t for t in verb.doc[tok.i + 1 : verb.sent.end] if t.text in ASIDE_DASHES]
    return len(_dashes(verb, tok.i)) % 2 == 1 and bool(after)


def _dashes(verb: Token, before: int) -> list[Token]:
    """The dashes between a cue and a token."""
    return [t for t in verb.doc[verb.i + 1 : before] if t.text in ASIDE_DASHES]


# Dashes that set off an aside in pairs.
ASIDE_DASHES = frozenset({"\u2014", "\u2013", "--"})


def _trim(tokens: list[Token]) -> list[Token]:
    """Content without a leading "that", surrounding punctuation or white space; a fragment is no content.

    A dateline opens the story, so content starts after it.
    """
    if tokens:
        dateline = dateline_tokens(tokens[0].doc)
        last = max((t.i for t in tokens if t.i in dateline), default=None)
        if last is not None:
            tokens = [t for t in tokens if t.i > last]
    tokens = _after_leading_that(tokens)
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or (tokens[0].dep_ in {"mark", "advmod"} and tokens[0].lower_ == "that")  # "advmod": a misread "that"
        or _misread_that(tokens[0])
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in {")", "%"}:
        tokens = tokens[:-1]
    return tokens if _is_statement(tokens) else []


def _misread_that(token: Token) -> bool:
    """The "that" opening what was said, which the parser read as the determiner of the clause's subject ("has
    said that famine is imminent") or as an argument of its verb, tagged a conjunction ("told Reuters on May 2
    that the gunmen fled")."""
    return token.lower_ == "that" and (token.dep_ == "det" and token.head.dep_ in SUBJECT_DEPS or token.pos_ == "SCONJ")


def _after_leading_that(tokens: list[Token]) -> list[Token]:
    """Content after "shortly after that": a few adverbs and prepositions before the "that" that opens what
    was said tell when it was said."""
    for k, tok in enumerate(tokens[:4]):
        if tok.lower_ == "that" and k > 0 and k + 1 < len(tokens):
            return tokens[k + 1 :]
        if tok.pos_ not in {"ADV", "ADP", "SCONJ"}:
            break
    return tokens


def _is_statement(tokens: list[Token]) -> bool:
    """Whether content says something: it names something or has a subject ("Most were intercepted"), not
    only function words ("which contains")."""
    return any((t.pos_ in CONTENT_POS or t.dep_ in SUBJECT_DEPS) and t.tag_ not in RELATIVE_TAGS for t in tokens)


def _strip_leading_marker(tokens: list[Token]) -> list[Token]:
    """Drop a subordinating word the credit left at the front ("since, according to X, ...")."""
    while tokens and (tokens[0].dep_ in {"mark", "cc"} or tokens[0].tag_ == "WRB" or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens if _is_statement(tokens) else []


def _clause_of(tok: Token) -> Token:
    """The finite clause a credit phrase attaches to (climbing out of nouns and participles)."""
    head = tok.head
    while head.head.i != head.i and (  # spaCy makes a new Token object on each access: compare indices
        head.pos_ not in {"VERB", "AUX"}
        or (head.tag_ in NONFINITE_TAGS and head.dep_ in {"advcl", "xcomp", "conj"} and not _has_aux(head))
    ):
        head = head.head
    return head


def _particle_of(verb: Token) -> Token | None:
    """The preposition that is part of a cue ("calling for", "calling on"), else None."""
    if verb.lemma_.lower() not in PARTICLE_CUES:
        return None
    preps = CUE_PREPOSITIONS.get(verb.lemma_.lower(), frozenset())
    return next((c for c in verb.children if c.dep_ in {"prep", "prt"} and c.lower_ in preps), None)
