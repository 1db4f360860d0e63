"""Reporting verbs less common than "said" ("informed", "communicated", "commented", "posted"), a speaker written
after its cue with a setting after it (", wrote X on Telegram"), "as described by X", and a quotation standing
alone after plain speech by a named speaker; the numbers such claims carry are credited to their speakers."""

from __future__ import annotations

from newsfacts.transforms.claims import extract_claims
from newsfacts.transforms.figures import extract_figures
from newsfacts.transforms.sources import link_figures_to_claims

ARTICLE = "art_platform"


def rows(nlp, text: str) -> list[tuple]:
    """(kind, speaker, cue, content) of every claim of a text."""
    return [(r["kind"], r["speaker_text"], r["cue"], r["content"]) for r in extract_claims(nlp(text), ARTICLE)]


def sources(nlp, text: str) -> dict[str, str | None]:
    """Each figure's text and its source, after the figures inside claims take their speakers."""
    doc = nlp(text)
    figures = list(extract_figures(doc, ARTICLE))
    link_figures_to_claims(figures, list(extract_claims(doc, ARTICLE)))
    return {f["text"]: f["source_text"] for f in figures}


# ---------------------------------------------------------------- informed, communicated, commented, posted


def test_informed_a_hearer_that_is_reported_speech(nlp):
    claims = rows(nlp, "The harbour master informed a local radio station that two cranes had toppled.")
    assert [(kind, speaker, cue) for kind, speaker, cue, _ in claims] == [("indirect", "The harbour master", "inform")]
    assert claims[0][3] == "two cranes had toppled"


def test_communicated_and_commented_that_are_reported_speech(nlp):
    claims = rows(nlp, "The district police chief communicated to reporters that the convoy had been diverted.")
    assert [(speaker, cue, content) for _, speaker, cue, content in claims] == [
        ("The district police chief", "communicate", "the convoy had been diverted")
    ]
    claims = rows(nlp, "Tomasz Wilk, a baker on the square, commented that the queue had never been so long.")
    assert [(speaker, cue, content) for _, speaker, cue, content in claims] == [
        ("Tomasz Wilk", "comment", "the queue had never been so long")
    ]


def test_a_quote_posted_on_a_platform_is_the_posters(nlp):
    claims = rows(nlp, "\u201cThe pass is open again and the trucks are moving,\u201d the relief agency posted on X.")
    assert [(kind, speaker, cue) for kind, speaker, cue, _ in claims] == [("direct_quote", "the relief agency", "post")]
    text = "\u201cWe have freed 14 fishermen and they are on their way home,\u201d Envoy Mara Lind posted on Facebook."
    assert sources(nlp, text)["14"] == "Mara Lind"


def test_posting_a_thing_is_no_claim(nlp):
    assert rows(nlp, "The club posted a video of the parade on its website.") == []


# ---------------------------------------------------------------- a speaker after its cue


def test_a_speaker_after_its_cue_may_have_where_it_was_said_after_it(nlp):
    text = "Nineteen homes were flattened near Orvik, wrote Ilse Brandt, the head of the county, on Telegram."
    claims = rows(nlp, text)
    assert [(speaker, cue) for _, speaker, cue, _ in claims] == [("Ilse Brandt", "write")]
    assert sources(nlp, text)["Nineteen"] == "Ilse Brandt"


def test_as_described_by_credits_the_clause(nlp):
    text = "Nurses at the field clinic were running out of dressings, as described by the Vessa health office."
    claims = rows(nlp, text)
    assert [(kind, speaker) for kind, speaker, _, _ in claims] == [("according_to", "the Vessa health office")]


# ---------------------------------------------------------------- a quote standing alone after plain speech


def test_a_quote_alone_after_plain_speech_goes_on_in_the_speakers_words(nlp):
    text = (
        "Captain Rosa Mendel said the ferry was carrying 300 people. "
        "\u201cMost of them reached the shore before the engine caught fire.\u201d"
    )
    claims = rows(nlp, text)
    assert [(kind, speaker) for kind, speaker, _, _ in claims] == [
        ("indirect", "Rosa Mendel"),
        ("direct_quote", "Rosa Mendel"),
    ]
    assert claims[1][3].startswith("Most of them reached the shore")


def test_a_quote_alone_after_a_parenthetical_credit_goes_on_too(nlp):
    text = (
        "Because it was market day, Pavel Horak said, the bus was full. "
        "\u201cPeople were standing in the aisle all the way to the border.\u201d"
    )
    claims = rows(nlp, text)
    assert claims[-1][:2] == ("direct_quote", "Pavel Horak")


def test_a_quote_alone_after_a_stance_or_no_claim_stays_uncredited(nlp):
    text = "The council condemned the fire. \u201cEvery family on the street lost something that night.\u201d"
    assert [kind for kind, _, _, _ in rows(nlp, text)] == ["indirect"]
    text = "The bridge reopened on Monday. \u201cEvery family on the street lost something that night.\u201d"
    assert rows(nlp, text) == []


# ---------------------------------------------------------------- a name and its role closing the statement


def test_a_name_then_its_role_closing_a_pledge_is_the_speaker(nlp):
    text = "No family will be left without a roof this winter, Ana Vidal, the region's governor, pledged on Monday."
    claims = rows(nlp, text)
    assert [(speaker, cue) for _, speaker, cue, _ in claims] == [("Ana Vidal", "pledge")]
    assert claims[0][3] == "No family will be left without a roof this winter"


def test_a_name_then_its_role_closing_plain_speech_is_the_speaker(nlp):
    text = "The shelters have room for 400 more people, Omar Seddiki, a council spokesman, said."
    claims = rows(nlp, text)
    assert [(speaker, content) for _, speaker, _, content in claims] == [
        ("Omar Seddiki", "The shelters have room for 400 more people")
    ]


# ---------------------------------------------------------------- a concession with its own speaker ends the content


def test_an_although_clause_with_its_own_speaker_is_not_the_first_speakers(nlp):
    text = "Lina Okafor said the count had been rigged although the electoral board said turnout was normal."
    claims = rows(nlp, text)
    assert [(speaker, content) for _, speaker, _, content in claims] == [
        ("Lina Okafor", "the count had been rigged"),
        ("the electoral board", "turnout was normal"),
    ]


# ---------------------------------------------------------------- a described speaker who gives a name


def test_a_speaker_who_identified_himself_is_that_name(nlp):
    text = "Around 80 patients arrived at the ward, according to a ward nurse who identified herself as Farida Nouri."
    claims = rows(nlp, text)
    assert [speaker for _, speaker, _, _ in claims] == ["Farida Nouri"]
    assert sources(nlp, text)["Around 80"] == "Farida Nouri"


def test_a_speaker_who_gave_her_name_is_that_name(nlp):
    text = "A teacher who gave her name as Noor Abbas said the school had lost its roof."
    assert [speaker for _, speaker, _, _ in rows(nlp, text)] == ["Noor Abbas"]


# ---------------------------------------------------------------- judgements in participles, counts first


def test_a_blaming_or_condemning_participle_is_a_claim(nlp):
    text = "A blast cut power to the northern suburbs, the energy minister said Sunday, blaming saboteurs from abroad."
    assert ("indirect", "the energy minister", "blame", "saboteurs from abroad") in rows(nlp, text)
    text = "Shells hit the market, with the Red Cross condemning them as a grave breach of the laws of war."
    assert ("indirect", "the Red Cross", "condemn", "a grave breach of the laws of war") in rows(nlp, text)


def test_a_participle_of_a_stance_with_no_judgement_stays_an_aside(nlp):
    text = "The envoy left the talks early, expressing his thanks."
    assert [cue for _, _, cue, _ in rows(nlp, text)] == []


def test_a_count_hung_on_the_cue_opens_what_was_said(nlp):
    text = "The union said between 200 and 300 dockers joined the strike."
    assert rows(nlp, text) == [("indirect", "The union", "say", "between 200 and 300 dockers joined the strike")]
    text = "Dr Halvorsen said of the 60 patients brought in, 41 went home."
    assert rows(nlp, text)[0][3] == "of the 60 patients brought in, 41 went home"


def test_a_date_after_the_cue_is_not_what_was_said(nlp):
    assert rows(nlp, "The council said on 4 May that the dam was safe.")[0][3] == "the dam was safe"


# ---------------------------------------------------------------- roles with the name beside them


def test_a_role_with_its_name_set_off_by_commas_is_that_name(nlp):
    text = "Harbour District Governor, Tunde Adewale, on Friday confirmed the loss of 14 boats."
    assert [speaker for _, speaker, _, _ in rows(nlp, text)] == ["Tunde Adewale"]


def test_the_pope_is_the_pope_named_before(nlp):
    text = "Pope Clement XV prayed for the victims. The Pope said the families were in his thoughts."
    assert rows(nlp, text)[-1][1] == "Clement XV"


def test_shared_online_that_is_reported_speech_and_credits_its_numbers(nlp):
    text = "The district council shared on Facebook that 14 people were killed in the shelling."
    assert rows(nlp, text) == [("indirect", "The district council", "share", "14 people were killed in the shelling")]
    assert sources(nlp, text) == {"14": "The district council"}


def test_sharing_a_thing_says_nothing(nlp):
    assert rows(nlp, "The envoy shared a photo of the ruins. The two countries share a long border.") == []
