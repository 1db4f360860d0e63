"""Sources of information: outlets, and every person or body a claim or figure is credited to."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from newsfacts.schema import make_id
from newsfacts.transforms.claims.words import STATED_OBJECTS
from newsfacts.transforms.entities import EntityIndex, canonical_form
from newsfacts.transforms.spans import fold
from newsfacts.transforms.language.lexicon import INSTITUTION_NOUNS, SOURCE_CONTAINERS

# Words that make a credited body part of a state ("the health ministry", "Netanyahu's office").
GOVERNMENT_WORDS = frozenset(
    {
        "ministry",
        "minister",
        "government",
        "administration",
        "presidency",
        "president",
        "office",
        "army",
        "military",
        "forces",
        "police",
        "cabinet",
        "parliament",
        "embassy",
        "authority",
        "authorities",
        "department",
        "state",
        "white house",
        "kremlin",
        "idf",
        "defense",
        "defence",
    }
)
# Words that make a credited body a news organisation.
MEDIA_WORDS = frozenset(
    {
        "reuters",
        "ap",
        "afp",
        "associated press",
        "agence france-presse",
        "bbc",
        "cnn",
        "al jazeera",
        "news",
        "agency",
        "times",
        "post",
        "television",
        "tv",
        "radio",
        "newspaper",
        "daily",
        "journal",
    }
)
# Plural or vague sources the text does not name ("officials", "US and Israeli sources").
UNNAMED_WORDS = frozenset(
    {
        "sources",
        "source",
        "officials",
        "official",
        "figures",
        "diplomats",
        "witnesses",
        "residents",
        "analysts",
        "observers",
        "experts",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aides",
        "people",
        "reports",
        "estimates",
        "medics",
        "doctors",
        "activists",
        "mediators",
    }
)
# Words before a source that do not tell it apart ("the ministry", "ministry").
DETERMINERS = frozenset({"the", "a", "an"})
# Cues that assert what follows, so a number in it is the speaker's figure ("said 40 were killed");
# stance cues ("emphasized the urgency ... after 10 months") do not make the speaker its source.
ASSERTING_CUES = frozenset(
    {
        "say",
        "said",
        "says",
        "claim",
        "claimed",
        "claims",
        "state",
        "stated",
        "report",
        "reported",
        "tell",
        "told",
        "announce",
        "announced",
        "add",
        "added",
        "estimate",
        "estimated",
        "confirm",
        "confirmed",
        "declare",
        "declared",
        "insist",
        "insisted",
        "deny",
        "denied",
        "warn",
        "warned",
        "according to",
        "put",
        "count",
        # platform and message cues assert what they carry: "40 homes burned, the mayor posted on Facebook"
        "write",
        "wrote",
        "post",
        "posted",
        "share",
        "shared",
        "tweet",
        "tweeted",
        "inform",
        "informed",
        "communicate",
        "communicated",
        # admitting what the speaker would rather not asserts it: "acknowledged 11 staffers had been taken"
        "acknowledge",
        "acknowledged",
        "admit",
        "admitted",
        "concede",
        "conceded",
    }
)
ASSERTING_KINDS = frozenset({"direct_quote", "according_to"})
LABEL_KINDS = {"PERSON": "person", "GPE": "government", "NORP": "unnamed", "ORG": "organization"}


def source_kind(name: str, label: str | None = None) -> str:
    """The kind of a source from its entity label and the words of its name."""
    words = set(fold(name).replace("'s", "").split())
    folded = fold(name)
    if words & MEDIA_WORDS or folded in MEDIA_WORDS:
        return "media"
    if label == "PERSON":
        return "person"
    if words & UNNAMED_WORDS:
        return "unnamed"
    if words & GOVERNMENT_WORDS or label == "GPE":
        return "government"
    if label in LABEL_KINDS:
        return LABEL_KINDS[label]
    # A lower-case description with no entity behind it ("the army") is still a body, not a person.
    return "organization"


class SourceBook:
    """Collects sources as they are credited, so each gets one id and its counts."""

    def __init__(self, index: EntityIndex) -> None:
        self.index = index
        self.rows: dict[str, dict] = {}
        self._articles: dict[str, set[str]] = defaultdict(set)

    def credit(self, text: str | None, article_id: str, *, outlet: bool = False) -> dict | None:
        """The source row for a name written in an article (created on first use), or None for no name."""
        if not text or not text.strip():
            return None
        text = _issuer_of_document(text)
        entity = self.index.lookup(text, article_id)
        if entity is not None:
            name, entity_id, label = entity["name"], entity["entity_id"], entity["label"]
            source_id = make_id("src", entity_id)
        else:
            name, entity_id, label = canonical_form(text) or text.strip(), None, None
            source_id = make_id("src", fold(name))
        row = self.rows.get(source_id)
        if row is None:
            kind = "outlet" if outlet else source_kind(name, label)
            row = self.rows[source_id] = {
                "source_id": source_id,
                "name": name,
                "kind": kind,
                "aliases": set(),
                "entity_id": entity_id,
                "n_articles": 0,
                "n_claims": 0,
                "n_figures": 0,
            }
        elif outlet:
            row["kind"] = "outlet"
        row["aliases"].add(text.strip())
        self._articles[source_id].add(article_id)
        return row

    def table(self) -> list[dict]:
        """Finished rows: aliases sorted, article counts filled."""
        out = []
        for source_id, row in sorted(self.rows.items()):
            out.append({**row, "aliases": sorted(row["aliases"]), "n_articles": len(self._articles[source_id])})
        return out


def _issuer_of_document(text: str) -> str:
    """ "An army communique", "the police statement": a document named by the institution that issued it is that
    institution's word ("army", "police"); "a joint statement" and "the official readout" name no issuer."""
    words = text.split()
    if len(words) < 2 or fold(words[-1]).rstrip(".,") not in SOURCE_CONTAINERS:
        return text
    owner = fold(words[-2]).removesuffix("'s").removesuffix("’s")
    if owner not in INSTITUTION_NOUNS:
        return text
    kept = words[:-2] + [words[-2].removesuffix("'s").removesuffix("’s")]  # "the ministry's report": the ministry
    while kept and fold(kept[0]) in DETERMINERS:
        kept = kept[1:]
    return " ".join(kept) if kept else text


def link_figures_to_claims(
    figures: Iterable[dict], claims: Iterable[dict], texts: dict[str, str] | None = None
) -> None:
    """A figure inside a claim's content gets that claim's id, and its speaker where the claim asserts it.

    With the articles' `texts`, a figure credited to the very words the claim's speaker was read from takes the
    speaker as the claim resolved it: one reading of pronouns and roles for both tables ("..., the president
    said" with the president named later; "It said 14 died" after "Local police said")."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for claim in claims:
        by_article[claim["article_id"]].append(claim)
    for figure in figures:
        for claim in by_article.get(figure["article_id"], ()):
            # Inside what was said, not merely in the same sentence as the speaker.
            if claim["content_start"] <= figure["start_char"] and figure["end_char"] <= claim["content_end"]:
                figure["claim_id"] = claim["claim_id"]
                asserted = claim["kind"] in ASSERTING_KINDS or (claim.get("cue") or "").lower() in ASSERTING_CUES
                if not asserted or _claims_a_deed(claim):
                    break
                if not figure.get("source_text"):
                    figure["source_text"] = claim.get("speaker_text")
                elif _read_from(figure["source_text"], claim, (texts or {}).get(figure["article_id"])):
                    figure["source_text"] = claim.get("speaker_text") or figure["source_text"]
                break


def _read_from(source: str, claim: dict, text: str | None) -> bool:
    """Whether a figure's source is the words the claim's speaker was read from (a determiner aside)."""
    start, end = claim.get("speaker_start"), claim.get("speaker_end")
    if text is None or start is None or end is None:
        return False
    figure_words, speaker_words = (
        [w for w in fold(t).split() if w not in DETERMINERS] for t in (source, text[start:end])
    )
    if not figure_words or figure_words == speaker_words:
        return bool(figure_words)
    # a run of the speaker's words, where the rest names more ("Deputy Commissioner of Police" of "... of Police
    # (DCP) Arjun Mehta", "U.N. Office" of "U.N. Office for the Coordination of ..."); not "ministry" of "the
    # country's finance ministry", which names no more
    n = len(figure_words)
    runs = [k for k in range(len(speaker_words) - n + 1) if speaker_words[k : k + n] == figure_words]
    written = [w for w in text[start:end].split() if fold(w) not in DETERMINERS]
    return any(
        any(w[:1].isupper() for w in written[:k] + written[k + n :]) for k in runs if len(written) == len(speaker_words)
    )


def _claims_a_deed(claim: dict) -> bool:
    """A claim of responsibility ("claimed responsibility for an attack that killed 145") asserts who did the
    deed, not its toll: a number in it is not the speaker's figure."""
    stated = STATED_OBJECTS.get((claim.get("cue") or "").lower(), frozenset())
    words = (claim.get("content") or "").lower().split()
    return bool(words) and words[0] in stated
