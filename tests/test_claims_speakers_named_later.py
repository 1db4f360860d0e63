"""Speakers first told by what they are and named later in the article (sentences of our own): a lawmaker
named with the same people's word, a rights group named with the same words."""

from __future__ import annotations

from newsfacts.transforms.claims import extract_claims
from newsfacts.transforms.claims.speakers import deciding_speaker_rule
from newsfacts.transforms.claims import explained_claims


def _speakers(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [deciding_speaker_rule(doc[row["_speaker_i"]]) for row in explained_claims(doc, "art")]


def test_lawmaker_told_by_people_is_the_one_named_later_with_it(nlp):
    text = (
        "Armed men had besieged the hamlet of Tomba for a week, a Kessan lawmaker said. "
        "The hamlet had about 90 homes. Some 200 families fled to the district town, the Kessan lawmaker, "
        "Ali Musa Dauda, told a radio station."
    )
    assert _speakers(nlp, text)[0] == ("role_holder", "Ali Musa Dauda")


def test_rights_group_is_the_one_named_later_with_its_words(nlp):
    text = (
        "Police held scores of marchers over the weekend, a rights group said. Marches began in the spring. "
        "The Helsinki Committee rights group said that officers had held at least 52 marchers."
    )
    assert _speakers(nlp, text)[0] == ("body_named_later", "Helsinki Committee")


def test_rights_group_with_two_groups_named_later_stays_as_written(nlp):
    # guard: which of two named groups spoke is not told
    text = (
        "Police held scores of marchers over the weekend, a rights group said. The Helsinki Committee rights group "
        "has tracked arrests since 2020, and the Memorial Centre rights group since 2010."
    )
    assert _speakers(nlp, text)[0][0] != "body_named_later"


def test_claim_rows_carry_the_group_named_later(nlp):
    text = (
        "Police held scores of marchers over the weekend, a rights group said. "
        "The Helsinki Committee rights group said that officers had held at least 52 marchers."
    )
    assert [r["speaker_text"] for r in extract_claims(nlp(text), "art")][0] == "Helsinki Committee"


def test_monitor_told_first_is_the_observatory_named_next(nlp):
    # a body of the same kind (a monitor, an observatory) named in the next sentence
    text = (
        "Nine people were killed on Monday in two car bombs in the north, a war monitor reported. "
        "Four of them died in the town of Tarso, the Norland Observatory for Civil Rights added."
    )
    assert _speakers(nlp, text)[0] == ("body_named_later", "Norland Observatory for Civil Rights")


def test_the_observatory_is_the_one_named_before_whatever_the_tagger_read_it_as(nlp):
    # the small model reads the observatory's name as a facility
    text = (
        "Four shoppers died as a truck bomb blew up in the rebel-run town of Tarso in the north, the Norland "
        "Observatory for Human Rights added. Some 20 others were hurt in the blast, the Geneva-based monitor "
        "added. At first, the observatory said one person had died in the attack."
    )
    assert [name.removeprefix("the ") for _, name in _speakers(nlp, text)] == [
        "Norland Observatory for Human Rights"
    ] * 3


def test_he_said_after_a_man_told_killed_is_the_speaker_before_him(nlp):
    text = (
        "Prime Minister Ivo Marin said the attack was an act of terror. A police officer, Jan Roe, was killed in "
        'the shootout on Sunday. "We will find those responsible," he said.'
    )
    assert _speakers(nlp, text)[1][1] == "Ivo Marin"


def test_he_said_after_a_man_told_wounded_is_that_man(nlp):
    # guard: a man shot in the leg still speaks
    text = 'Police chief Jan Roe was shot in the leg on Sunday. "I am fine," he said.'
    assert _speakers(nlp, text)[0][1] == "Jan Roe"
