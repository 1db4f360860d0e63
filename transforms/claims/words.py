"""The word tables of the claims extractor: reporting words and what they take, words that never speak,
and the roles and pronouns a speaker may be written as. Shared word lists live in transforms.language.lexicon.

All words are lower case and compared with `token.lemma_.lower()` or `token.lower_`.
"""

from __future__ import annotations

from newsfacts.transforms.entities import HONORIFICS
from newsfacts.transforms.language.lexicon import (
    COUNT_STATING_VERBS,
    OFFICE_ABBREVIATIONS,
    ONE_PERSON_NOUNS,
    PERSON_REFERENT,
    PLURAL_REFERENT,
    PRONOUN_REFERENTS,
    SINGULAR_REFERENT,
    SOURCE_CONTAINERS,
)

# Complements a cue may take: a clause, an object, a to-infinitive, or an object after a named preposition;
# a cue that takes a NAME takes its object only with the name ("called China a decisive enabler").
CLAUSE, OBJECT, INFINITIVE, NAME = "ccomp", "dobj", "xcomp", "oprd"
_SAY = frozenset({CLAUSE})
_STANCE = frozenset({CLAUSE, OBJECT})
_COMMIT = frozenset({CLAUSE, INFINITIVE})
_DIRECT = frozenset({OBJECT, INFINITIVE})
# Cues whose infinitive is a statement of the speaker's own commitment (", pledging to fund new crossings"),
# unlike an infinitive said to someone (", urging the crowd to leave").
COMMITTING_CUES = ("pledge", "promise", "threaten", "vow")
# Cues whose object alone is a judgement stated, also in a participle (", blaming the militia", ", condemning
# the raid"); other participles need a clause or their preposition (", expressing concern" is an aside).
JUDGING_CUES = frozenset({"blame", "condemn", "denounce"})
# Cues that say something only with what the addressee is dared to do ("challenged the army to retake the town");
# "challenged the ruling" is a deed.
DARING_CUES = ("challenge", "dare")
# Cues that report a thing by naming it ("The ministry confirmed an air operation in the north", "The special
# forces announced the arrest of the president", "He detailed incidents in which ...", "Police listed the same
# reasons"); "announced the move" only points back and says nothing.
THING_CUES = ("confirm", "announce", "detail", "list")
# Reporting and stance verbs (lemma) and the complements that carry what was said.
CUE_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "say",
            "tell",
            "add",
            "declare",
            "state",
            "assert",
            "argue",
            "insist",
            "allege",
            "maintain",
            "explain",
            "note",
            "admit",
            "suggest",
            "reply",
            "respond",
            "write",
            "tweet",
            "predict",
            "concede",
            "contend",
            "complain",
            "hint",
            "reveal",
            "mention",  # "The coast guard has also mentioned that the haul was impounded"
            "continue",  # '"We will rebuild," the president continued.'
            "disclose",
            "testify",
            "remark",
            "observe",
            "answer",
            "acknowledge",
            "caution",
            "believe",
            "assess",
            "conclude",
            "assure",
            # "The port chief informed local radio that two cranes fell", "..., informed officials."
            "inform",
            "communicate",  # "The colonel communicated to reporters that the road was shut"
            "comment",  # "A clerk commented that the queue had never been so long"
            "post",  # "'We are safe,' the envoy posted on X."; "posted on Facebook that ..."
            "share",  # "The committee shared on Facebook that 25 people were killed"
            "clarify",  # "The ministry clarified that checks would go on"
            "specify",
            "point",  # "pointed out that the road was shut" (a clause only: "pointed to the ruins" says nothing)
            "recall",  # "The mayor recalled that the bridge had been hit before"
            "speculate",  # "The spokesman speculated that the attack was planned abroad"
        ),
        _SAY,
    ),
    **dict.fromkeys(
        (
            "emphasize",
            "emphasise",
            "stress",
            "reiterate",
            "highlight",
            "underscore",
            "underline",
            "estimate",  # "The WHO estimates at least 3,000 cholera deaths."
            "indicate",
            "express",
            "condemn",
            "reject",
            "welcome",
            "criticize",
            "criticise",
            "praise",
            "reaffirm",
            "affirm",
            "refute",
            "rebut",
            "signal",
            "voice",
            "denounce",
            "demand",
            "warn",
            "dismiss",
            "decry",
            *THING_CUES,
        ),
        _STANCE,
    ),
    # "agreed that the border will reopen", "proposed that monitors oversee the truce": a clause only
    # ("agreed to meet", "proposed a plan" are deeds, not statements)
    **dict.fromkeys(("agree", "propose"), _SAY),
    **dict.fromkeys(COMMITTING_CUES, _COMMIT),
    "vow": _COMMIT | {OBJECT},  # "Pakistan vowed a robust response."
    # "The army claimed to have downed five jets."; "The group claimed responsibility for the ambush."
    "claim": _COMMIT | {OBJECT},
    # "Chad denies providing the rebels with weapons": a clause, an object or a gerund
    "deny": frozenset({CLAUSE, OBJECT, INFINITIVE}),
    # "The doctors' union reported a second strike on the camp"; "a priest reported seeing 12 bodies"
    "report": _STANCE | {INFINITIVE},
    **dict.fromkeys(("urge", "ask", "implore", "encourage", "advise"), _DIRECT),
    **dict.fromkeys(DARING_CUES, _DIRECT),
    "accuse": frozenset({OBJECT}),
    "blame": frozenset({OBJECT}),
    "attribute": frozenset({OBJECT}),  # "The mayor attributed the blaze to arson"
    "describe": frozenset({OBJECT}),
    # "The agency put the toll at 40.", "The colonel tallied 23 dead.": a count stated (COUNT_STATING_VERBS)
    **dict.fromkeys(COUNT_STATING_VERBS, frozenset({OBJECT})),
    "rule": _SAY,  # "The tribunal ruled that the claims had no legal basis."
    "call": frozenset({OBJECT, NAME}),  # "called China a decisive enabler"; "called for talks" (CUE_PREPOSITIONS)
    # "hailed the deal as a new dawn", "labelled the strike as a war crime": a judgement of a thing
    **dict.fromkeys(("hail", "label", "brand", "characterize", "characterise"), frozenset({OBJECT})),
    # "Kelvan views the blast as an attempt to sow panic", "regards the vote as illegal": a judgement of a thing
    **dict.fromkeys(("view", "regard"), frozenset({OBJECT})),
    "speak": frozenset(),  # only "spoke against X" (CUE_PREPOSITIONS); "spoke to reporters" says nothing
}
# Prepositions that open a cue's content ("call on X to", "accuse X of", "describe X as", "warn of").
CUE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "call": frozenset({"on", "for", "upon"}),
    "accuse": frozenset({"of"}),
    "blame": frozenset({"for"}),
    "attribute": frozenset({"to"}),
    "describe": frozenset({"as"}),
    **dict.fromkeys(("hail", "label", "brand", "characterize", "characterise", "view", "regard"), frozenset({"as"})),
    **{verb: frozenset({prep}) for verb, prep in COUNT_STATING_VERBS.items() if prep is not None},
    "warn": frozenset({"of", "against", "about"}),
    "urge": frozenset({"on"}),
    "speak": frozenset({"against"}),
    "insist": frozenset({"on"}),  # "insists on a withdrawal of foreign troops"
    "admit": frozenset({"to"}),  # "The navy admitted to having fired on a boat"
    # "condemned the raid as a war crime", "with the Red Cross condemning them as unlawful": the judgement given
    **dict.fromkeys(("condemn", "denounce", "criticize", "criticise"), frozenset({"as"})),
}
# Cues whose preposition carries what was said only with a gerund ("admitted to having opened fire"; "admitted to
# parliament that ..." tells to whom).
GERUND_PREPOSITION_CUES = frozenset({"admit"})
# Cues whose object states something only when it is one of these nouns ("claimed responsibility for the
# ambush", "claimed victory"); any other object is a deed ("the flood claimed 20 lives", "claimed the town").
STATED_OBJECTS: dict[str, frozenset[str]] = {"claim": frozenset({"responsibility", "credit", "victory"})}
# Cues whose object, when a person, is a guest received, not a stance ("welcomed the deal", "welcomed Modi").
HOSTING_CUES = frozenset({"welcome"})
# Nouns for guests a host welcomes ("welcomed the visiting delegation at the airport"): a meeting, nothing said.
GUEST_NOUNS = frozenset(
    {"delegation", "delegate", "envoy", "minister", "president", "counterpart", "guest", "visitor", "ambassador"}
)
# Prepositions that make a clause cue a deed ("Russia and Ukraine agreed to a prisoner exchange"): no statement
# closes before it.
DEED_PREPOSITIONS: dict[str, frozenset[str]] = {"agree": frozenset({"to", "on", "with"})}
# Cues whose clause the parser may hang on their object ("told dpa that ...").
OBJECT_CLAUSE_CUES = frozenset({"tell", "assure", "inform"})
# Verbs that report only with a document as subject, after a quote ("“...,” the statement read").
DOCUMENT_CUE_VERBS = frozenset({"read"})
# Cues that report only beside a quotation ("“...,” the president continued"): without one they tell a deed
# going on ("Despite the talks, air strikes continued").
QUOTE_ONLY_CUE_VERBS = frozenset({"continue"})
# Participles after a cue whose object's clause is what was said ("said on Thursday citing sources that ...").
CITING_PARTICIPLES = frozenset({"cite", "quote"})
# Cues whose preposition is part of the reporting word ("call on", "call for").
PARTICLE_CUES = frozenset({"call"})
# A cue needs an object AND this preposition to count ("accused Israel" alone is no statement).
REQUIRED_PREPOSITION = frozenset(
    {"describe", "attribute", "speak", "hail", "label", "brand", "characterize", "characterise", "view", "regard"}
    | {verb for verb, prep in COUNT_STATING_VERBS.items() if prep is not None}
)
# Cues that judge what they act on by a description ("described the deal as a "turning point"", "calling the
# accord "a great step""): a description in quotation marks is the speaker's own words.
DESCRIBING_CUES = frozenset({"describe", "call", "hail", "label", "brand", "characterize", "characterise"})
# ... and the preposition's object must hold a number ("put the toll at 40", not "put the town at risk"); a count
# verb without one states a number in its object ("tallied 23 dead", not "tallied the votes").
COUNTED_PREPOSITION = frozenset(verb for verb, prep in COUNT_STATING_VERBS.items() if prep is not None)
COUNTED_OBJECT = frozenset(verb for verb, prep in COUNT_STATING_VERBS.items() if prep is None)
# Dependencies that stay inside a cue's own phrases, in no clause of theirs: the parser may hang the preposition
# that carries a count on another ("revised it late in the day to 31").
PHRASE_DEPS = frozenset({"prep", "pobj", "pcomp", "advmod", OBJECT, "npadvmod"})

# Nouns that report a statement when a possessor or "by/from X" says whose it is.
CUE_NOUNS = frozenset(
    {
        "assertion",
        "claim",
        "statement",
        "warning",
        "pledge",
        "promise",
        "insistence",
        "announcement",
        "remark",
        "comment",
        "accusation",
        "allegation",
        "denial",
        "argument",
        "contention",
        "admission",
        "suggestion",
        "vow",
        "threat",
        "demand",
        "assurance",
        "declaration",
        "message",
        "words",
    }
)
# Nouns that carry a quote after it ("was Mr. X's stated message").
QUOTE_NOUNS = frozenset(
    {"message", "words", "statement", "remark", "comment", "response", "reply", "answer", "verdict"}
)
# A lead-in that names whose words follow with "from", as some outlets print quotes ("Quote from the governor:
# ..."): it is the cue, the one after "from" the speaker.
QUOTE_LEAD_WORDS = frozenset({"quote", "quotation"})

# Occasions on which something is said, after which "that" opens what was said ("told reporters in a
# briefing that ...", "said in an interview that ...").
SAYING_OCCASIONS = SOURCE_CONTAINERS | frozenset(
    {"interview", "conference", "meeting", "speech", "address", "call", "session", "hearing", "broadcast"}
)
# Dependents of a cue after its content that extend the content rather than start a new statement.
TRAILING_DEPS = frozenset(
    {"advcl", "prep", "npadvmod", "advmod", "xcomp", "ccomp", "dobj", "oprd", "dative", "acomp", "agent"}
)
# Prepositions after a comma that break down what was said rather than start a new statement ("tallied 23 dead,
# including four police officers").
TRAILING_BREAKDOWNS = frozenset({"including"})
# Words that open a clause adding a second count to the first ("put the toll at 31, with 60 wounded").
COUNT_ADDING_MARKS = frozenset({"with"})
# Subjects that stipulate rather than speak ("the plan calls for a truce").
NON_SPEAKERS = frozenset(
    {
        "plan",
        "proposal",
        "deal",
        "agreement",
        "law",
        "bill",
        "resolution",
        "framework",
        "draft",
        "treaty",
        "measure",
        "initiative",
        "rule",
        "regulation",
        "clause",
        "provision",
        "contract",
        "budget",
        "roadmap",
        # trips, which only show something ("the visit underlines the close ties")
        "visit",
        "trip",
        "tour",
        "journey",
    }
)
# Subjects that speak only as a body named in them ("the UN mission said"); alone, a trip ("The mission
# underlines the ties").
NAMED_BODY_SUBJECTS = frozenset({"mission"})
# Words that are never a speaker on their own: quantifiers ("most of them in the north, ... said"), page
# furniture ("date 2024-10-27 ..."), events ("talks"). A number alone ("11") is no speaker either.
# Prepositions of an aside between a cue and its clause: "said without elaborating that ...".
ASIDE_PREPOSITIONS = frozenset({"without"})
# Cues of plain speech that a later credit only relays ("X said ..., the agency reported": X's claim).
RELAYED_CUES = frozenset({"say", "tell", "state", "add", "announce", "declare"})
# Cues of speech itself, which only a speaker utters ("the mission said": the body, named before).
SPEECH_CUES = RELAYED_CUES | {"report", "confirm"}
# Content that only names what was answered, and says nothing: "The ministry rejected the claim."
VACUOUS_CONTENTS = frozenset(
    {
        "claim",
        "claims",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "report",
        "reports",
        "charge",
        "charges",
        "it",
        "this",
        "that",
        "them",
    }
)
# Words before such a noun that add nothing to it.
VACUOUS_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "such", "its", "their", "his", "her"}
)
NOT_SPEAKERS = frozenset({"most", "some", "many", "all", "none", "few", "several", "date", "talks", "plan"})
# Subjects that cannot speak, so a saying participle after their clause belongs to the clause just before
# its comma ("The announcement came after Hamas delayed the releases, saying the truce was broken").
MUTE_SUBJECTS = CUE_NOUNS | SOURCE_CONTAINERS
# How a cue participle hangs off the main cue ("said ..., adding that").
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
# Participles that make what the doer of any deed said a claim ("The militia postponed the handover,
# saying the army had broken the truce").
DEED_PARTICIPLES = frozenset(
    {
        "say",
        "claim",
        "insist",
        "argue",
        "explain",
        "add",
        "allege",
        "warn",
        "state",
        "call",
        "announce",
        "declare",
        "accuse",  # "The rebels seized the town, accusing the governor of betrayal"
        "urge",  # "He stayed inside, urging the crowd to leave"
        "pledge",  # "Xi met Abe on Thursday, pledging to build a new era of ties"
        "vow",
        "promise",
        # "The police sealed the street, blaming the militia for the blast", "..., attributing the fire to arson",
        # "..., condemning the raid as unlawful"
        "blame",
        "attribute",
        "condemn",
    }
)
# Parts of a subject phrase that describe rather than name the speaker.
# Who read, saw or obtained a document is not its issuer: "A police report seen by Reuters said".
READER_VERBS = frozenset({"see", "obtain", "review", "read", "examine", "access"})
# Entity labels of the words that tell when something was said ("late Friday night"): never part of a speaker.
WHEN_LABELS = frozenset({"DATE", "TIME"})
# ("ccomp": a statement the parser hung on the speaker, as in "“...,” the agency posted" read as a noun phrase)
SPEAKER_TRIM_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "punct", "cc", "case", "ccomp"})
# Role nouns that stand for one person ("the president", "the head of American diplomacy").
ROLE_NOUNS = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "chief",
        "head",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "diplomat",
        "ambassador",
        "premier",
        "chancellor",
        "king",
        "queen",
        "commander",
        "general",
        "governor",
        "mayor",
        "prime",
        "boss",  # "the agency boss said", after "the agency's boss, Tomas Berg"
        "director",
        "chairman",
        "chairwoman",
        "pope",  # "the Pope said", after "Pope Leo X"
        "commissioner",
        "inspector",
        "superintendent",
        "administrator",
        "principal",  # "the school's principal told AP", with "the school principal Musa Rabi" elsewhere
        "adviser",  # "the Chief Adviser said", after "Chief Adviser Muhammad Yunus"
        "advisor",
        "lawmaker",  # "a Kessan lawmaker said", then "the Kessan lawmaker, Jan Roe, said"
        "legislator",
        "senator",
    }
    # an office's abbreviation after its title in full: "the IGP told reporters", after "Inspector General of
    # Police (IGP) Tom Varga"
    | OFFICE_ABBREVIATIONS
)
# Generic roles that any head of state or government fills ("the Israeli leader").
LEADER_ROLES = frozenset({"leader", "head", "chief", "premier"})
HEAD_OF_STATE_TITLES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "emir", "leader"})
# Roles that a person written with another title holds: "General X said ... the commander added", "X,
# a police spokeswoman, ... the spokesperson said". Compared with the role's lemma and the title's words.
_RANK_TITLES = frozenset({"general", "gen.", "colonel", "col.", "brigadier", "major", "lieutenant", "admiral"})
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
ROLE_TITLE_FITS: dict[str, frozenset[str]] = {
    "commander": _RANK_TITLES | {"commander", "marshal"},
    **dict.fromkeys(_SPOKESPERSONS, _SPOKESPERSONS),
    "envoy": frozenset({"ambassador", "envoy", "representative"}),
}
# Role words that name a field; a person fits when their title holds one of these word sets.
ROLE_DOMAINS: dict[str, tuple[frozenset[str], ...]] = {
    "diplomacy": (frozenset({"secretary", "state"}), frozenset({"foreign"})),
    "diplomat": (frozenset({"secretary", "state"}), frozenset({"foreign"})),
    "defense": (frozenset({"defense"}), frozenset({"defence"})),
    "defence": (frozenset({"defense"}), frozenset({"defence"})),
}
# Entity labels that make a role phrase name an organisation rather than stand for a person.
ANCHOR_LABELS = frozenset({"ORG", "GPE", "PERSON", "FAC", "LOC"})
# Anchors of a role that name a state, whose one named holder the role stands for ("Brazil's president").
STATE_ANCHOR_LABELS = frozenset({"GPE"})
# Nouns for one person, so "he" or "she" may stand for them ("the official said ... he said", "a police
# captain told reporters ... He said": ranks and titles too).
SPEAKING_PERSON_NOUNS = ROLE_NOUNS | ONE_PERSON_NOUNS | HONORIFICS
# Nouns that describe one person a later "he" or "she" may stand for when the text names nobody before it ("The
# rescue worker ... asked not to be named. He said ...").
DESCRIBED_PERSON_NOUNS = ONE_PERSON_NOUNS | frozenset(
    {"fighter", "survivor", "nurse", "teacher", "commander", "analyst", "expert", "diplomat", "lawyer", "relative"}
    | {"eyewitness", "paramedic", "rescuer", "volunteer", "farmer", "worker", "member", "man", "woman", "driver"}
)
# Dependencies of what a verb acts on, whose possessive pronoun may stand for the verb's subject.
OWNED_OBJECT_DEPS = frozenset({"dobj", "attr"})
# What a pronoun may stand for: a person, one organisation or country, or a plural or collective body.
PERSON, SINGULAR, PLURAL = PERSON_REFERENT, SINGULAR_REFERENT, PLURAL_REFERENT
PRONOUN_FITS: dict[str, frozenset[str]] = {word: frozenset({kind}) for word, kind in PRONOUN_REFERENTS.items()}
# Parts of speech that make content a statement rather than a fragment of function words ("which contains").
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
MIN_STANDALONE_WORDS = 4  # a lone quoted sentence shorter than this is a title or a slogan
CACHE_KEYS = ("_claims_persons",)
# Ranks and titles written shortened before a name ("Lt. Gen. X", "Gov. Y"), as the role word a later "the
# general said" or "the governor said" uses.
SHORTENED_TITLES: dict[str, str] = {
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "brig.": "brigadier",
    "maj.": "major",
    "capt.": "captain",
    "sgt.": "sergeant",
    "cpl.": "corporal",
    "pvt.": "private",
    "adm.": "admiral",
    "cmdr.": "commander",
    "cdr.": "commander",
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "amb.": "ambassador",
    "insp.": "inspector",
    "supt.": "superintendent",
    "pres.": "president",
}
