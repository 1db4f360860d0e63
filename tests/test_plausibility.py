"""Plausibility expectations: each one passes a right row and quarantines a wrong one, with its reason.

Rows are built from our own sentences; every wrong row has one of the shapes issue 14 lists (sources
named "she", "most", "date", "talks"; a claim whose content is "t"; figure units "Mali" and "war"; a news
agency as an event location; a day's toll marked as updating a war's total).
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from newsfacts.expectations import data_docs
from newsfacts.expectations.runner import validate_tables
from newsfacts.schema import to_table

TEXT = (
    "The health ministry said that 45 people were killed on Monday. "
    "The war's total has risen to more than 42,000 since October, the ministry said. "
    "Reuters reported that troops attacked Kidal, a town in Mali. "
    "Mali says rebels attacked Kidal, in northern Mali."
)
PUBLISHED = dt.date(2024, 5, 6)


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    return to_table(table, rows).to_pandas()


def at(word: str, nth: int = 0) -> dict:
    """Offsets of the nth occurrence of word in TEXT."""
    start = [m.start() for m in re.finditer(re.escape(word), TEXT)][nth]
    return {"start_char": start, "end_char": start + len(word), "sentence_index": 0}


def entity(entity_id: str, name: str, label: str, *aliases: str) -> dict:
    return {
        "entity_id": entity_id,
        "name": name,
        "label": label,
        "aliases": [name, *aliases],
        "n_mentions": 1,
        "n_articles": 1,
    }


ENTITIES = [
    entity("e_mali", "Mali", "GPE"),
    entity("e_kidal", "Kidal", "GPE"),
    entity("e_reuters", "Reuters", "ORG"),
    entity("e_okoro", "Amina Okoro", "PERSON", "Okoro"),
]


def source(source_id: str, name: str, kind: str = "organization") -> dict:
    return {"source_id": source_id, "name": name, "kind": kind, "n_articles": 1, "n_claims": 0, "n_figures": 0}


def claim(claim_id: str, speaker: str, content: str, speaker_text: str | None = None) -> dict:
    start = TEXT.index(content)
    return {
        "claim_id": claim_id,
        "article_id": "a1",
        "kind": "indirect",
        "speaker": speaker,
        "speaker_text": speaker_text or speaker,
        "cue": "say",
        "content": content,
        "content_start": start,
        "content_end": start + len(content),
        **at("The health ministry said"),
    }


def figure(figure_id: str, **kw) -> dict:
    row = {
        "figure_id": figure_id,
        "article_id": "a1",
        "text": "45",
        "value": 45.0,
        "lower": 45.0,
        "upper": 45.0,
        "qualifier": "exact",
        "unit": "person",
        "category": "killed",
        **at("45"),
    }
    row.update(kw)
    return row


def event(event_id: str, **kw) -> dict:
    row = {
        "event_id": event_id,
        "event_key": event_id,
        "article_id": "a1",
        "type": "attack",
        "trigger": "attacked",
        "actor": "troops",
        "location": "Kidal",
        "date": dt.date(2024, 5, 5),
        "date_precision": "day",
        "planned": False,
        **at("attacked"),
    }
    row.update(kw)
    return row


def member(discrepancy_id: str, group_id: str, text: str, value: float, qualifier: str, nth: int = 0) -> dict:
    lower = value if qualifier != "exact" else value
    return {
        "discrepancy_id": discrepancy_id,
        "group_id": group_id,
        "status": "updated",
        "category": "killed",
        "n_members": 2,
        "n_sources": 1,
        "figure_id": f"f_{discrepancy_id}",
        "article_id": "a1",
        "text": text,
        "value": value,
        "lower": lower,
        "upper": value if qualifier == "exact" else None,
        "qualifier": qualifier,
        **at(text, nth),
    }


def run(
    tmp_path, table: str, rows: list[dict], text: str = TEXT, **more: list[dict]
) -> tuple[list[str], dict[str, list[str]]]:
    """Validate one table (with articles, entities and sources): kept keys, and reasons per quarantined key."""
    tables = {
        "articles": frame(
            "articles",
            [{"article_id": "a1", "source_path": "a.txt", "status": "ok", "text": text, "published_at": PUBLISHED}],
        ),
        "entities": frame("entities", ENTITIES),
        "sources": frame("sources", []),
        **{name: frame(name, more_rows) for name, more_rows in more.items()},
        table: frame(table, rows),
    }
    result = validate_tables(tables, tmp_path)
    key = {
        "sources": "source_id",
        "claims": "claim_id",
        "figures": "figure_id",
        "events": "event_id",
        "discrepancies": "discrepancy_id",
    }[table]
    reasons: dict[str, list[str]] = {}
    for row in result.quarantine[result.quarantine["table"] == table].itertuples():
        reasons.setdefault(row.row_key, []).append(f"{row.check}: {row.reason}")
    return sorted(result.tables[table][key]), reasons


# --- names ---------------------------------------------------------------------------------------------


def test_source_names_that_are_no_names_are_quarantined(tmp_path):
    rows = [
        source("s_entity", "Reuters", "media"),
        source("s_role", "the army's spokesman", "government"),
        source("s_unnamed", "officials", "unnamed"),
        source("s_she", "she"),
        source("s_most", "most"),
        source("s_date", "date"),
        source("s_talks", "talks"),
    ]
    kept, reasons = run(tmp_path, "sources", rows, sources=[])
    assert kept == ["s_entity", "s_role", "s_unnamed"]
    assert reasons == {
        "s_she": ["source_name_is_a_name: name 'she' is a pronoun left unresolved"],
        "s_most": ["source_name_is_a_name: name 'most' is a stopword"],
        "s_date": ["source_name_is_a_name: name 'date' is a date word"],
        "s_talks": [
            "source_name_is_a_name: name 'talks' is a single lowercase word: not an entity, a role or an unnamed source"
        ],
    }


def test_claim_speaker_must_be_a_name(tmp_path):
    content = "45 people were killed on Monday"
    kept, reasons = run(tmp_path, "claims", [claim("c_ok", "health ministry", content), claim("c_he", "He", content)])
    assert kept == ["c_ok"]
    assert reasons == {"c_he": ["claim_speaker_is_a_name: name 'He' is a pronoun left unresolved"]}


def test_figure_source_must_be_a_name(tmp_path):
    kept, reasons = run(
        tmp_path, "figures", [figure("f_ok", source_name="the health ministry"), figure("f_most", source_name="Most")]
    )
    assert kept == ["f_ok"]
    assert reasons == {"f_most": ["figure_source_is_a_name: name 'Most' is a stopword"]}


def test_event_actor_must_be_a_name(tmp_path):
    kept, reasons = run(tmp_path, "events", [event("ev_ok"), event("ev_monday", actor="Monday")])
    assert kept == ["ev_ok"]
    assert reasons == {"ev_monday": ["event_actor_is_a_name: name 'Monday' is a date word"]}


# --- claims --------------------------------------------------------------------------------------------


def test_claim_content_has_two_words(tmp_path):
    kept, reasons = run(
        tmp_path,
        "claims",
        [
            claim("c_ok", "health ministry", "45 people were killed"),
            claim("c_two", "Reuters", "troops attacked"),
            claim("c_t", "health ministry", "t"),
        ],
    )
    assert kept == ["c_ok", "c_two"]
    assert reasons == {"c_t": ["claim_content_is_a_statement: content 't' has 1 word(s); a claim says at least 2"]}


def test_claim_content_does_not_take_in_the_speaker(tmp_path):
    kept, reasons = run(
        tmp_path,
        "claims",
        [
            claim("c_ok", "health ministry", "45 people were killed on Monday", "The health ministry"),
            claim(
                "c_overlap",
                "health ministry",
                "The health ministry said that 45 people were killed",
                "The health ministry",
            ),
        ],
    )
    assert kept == ["c_ok"]
    assert reasons == {
        "c_overlap": [
            "claim_content_is_a_statement: content takes in the speaker 'The health "
            "ministry': the speaker span overlaps what was said"
        ]
    }


# --- figures -------------------------------------------------------------------------------------------


def test_figure_unit_is_never_a_place_nor_a_war_for_a_death_toll(tmp_path):
    kept, reasons = run(
        tmp_path,
        "figures",
        [
            figure("f_ok"),
            figure("f_wars", category="other", unit="war"),
            figure("f_mali", unit="Mali"),
            figure("f_war", unit="war"),
            figure("f_okoro", unit="Okoro"),
        ],
    )
    assert kept == ["f_ok", "f_wars"]
    assert reasons == {
        "f_mali": ["figure_unit_is_a_counted_thing: unit 'Mali' is a GPE entity: a figure counts things, not a place"],
        "f_war": ["figure_unit_is_a_counted_thing: unit 'war' counts no people, but category 'killed' counts people"],
        "f_okoro": ["figure_unit_is_a_counted_thing: unit 'Okoro' is the name of a person (Amina Okoro)"],
    }


def test_figure_values_are_plausible_for_their_category(tmp_path):
    kept, reasons = run(
        tmp_path,
        "figures",
        [
            figure("f_ok"),
            figure("f_pct", category="percent", unit="percent", value=45.0, lower=45.0, upper=45.0),
            figure("f_pct_high", category="percent", unit="percent", value=450.0, lower=450.0, upper=450.0),
            figure("f_deaths", value=12e6, lower=12e6, upper=12e6),
        ],
    )
    assert kept == ["f_ok", "f_pct"]
    assert reasons == {
        "f_pct_high": [
            "figure_percent_at_most_100: a percent above 100 (450) whose clause tells no change or capacity: "
            "a share cannot pass 100"
        ],
        "f_deaths": ["figure_casualties_below_10_million: a count of people killed or injured of 10 million or more"],
    }


@pytest.mark.parametrize(
    "sentence, written, kept",
    [
        ("Food prices rose by more than 150% in the port city this year.", "150%", True),
        ("Arrests at the crossing jumped 240 percent compared with last winter.", "240 percent", True),
        ("The two jails held inmates at 250% of capacity, the monitors said.", "250%", True),
        ("Some 140 percent of voters backed the charter, the commission said.", "140 percent", False),
        ("The clinic said 130% of the wounded were children.", "130%", False),
    ],
)
def test_a_percent_above_100_is_plausible_only_as_a_change(tmp_path, sentence, written, kept):
    """A share cannot pass 100 %; a rise or a load against capacity can: the figure's own clause tells which."""
    start = sentence.index(written)
    value = float(written.split("%")[0].split()[0])
    row = figure("f_pct", category="percent", unit="percent", text=written, value=value, lower=value, upper=value)
    row.update(start_char=start, end_char=start + len(written))
    kept_ids, reasons = run(tmp_path, "figures", [row], text=sentence)
    assert kept_ids == (["f_pct"] if kept else [])
    if not kept:
        assert reasons == {
            "f_pct": [
                f"figure_percent_at_most_100: a percent above 100 ({value:g}) whose clause tells no change or capacity: "
                "a share cannot pass 100"
            ]
        }


def test_figure_bounds_agree_with_the_qualifier(tmp_path):
    kept, reasons = run(
        tmp_path,
        "figures",
        [
            figure("f_ok"),
            figure("f_more", qualifier="more_than", upper=None),
            figure("f_about", qualifier="approximate", lower=None, upper=None),
            figure("f_more_bad", qualifier="more_than"),
        ],
    )
    assert kept == ["f_about", "f_more", "f_ok"]
    assert reasons == {
        "f_more_bad": [
            "figure_bounds_agree_with_qualifier: qualifier 'more_than' of value 45 "
            "implies lower=45.0, upper=None; got lower=45.0, upper=45.0"
        ]
    }


# --- events --------------------------------------------------------------------------------------------


def test_event_location_is_a_place_not_an_agency_nor_the_actor(tmp_path):
    kept, reasons = run(
        tmp_path,
        "events",
        [
            event("ev_ok"),
            event("ev_agency", location="Reuters"),
            event("ev_actor", actor="Mali", location="Mali"),
        ],
        sources=[source("s_reuters", "Reuters", "media")],
    )
    assert kept == ["ev_ok"]
    assert reasons == {
        "ev_agency": ["event_location_is_a_place: location 'Reuters' is a news outlet, not a place"],
        "ev_actor": ["event_location_is_a_place: location 'Mali' is also the actor"],
    }


def test_a_state_acting_in_its_own_land_told_by_words_of_its_own_is_kept(tmp_path):
    # "The Malian government freed 20 prisoners": the doer is the government, whose words hold the place's
    apart = dict(actor="Mali", location="Mali", actor_start=4, actor_end=20, location_start=4, location_end=10)
    same = dict(actor="Mali", location="Mali", actor_start=40, actor_end=44, location_start=40, location_end=44)
    kept, reasons = run(tmp_path, "events", [event("ev_apart", **apart), event("ev_same", **same)])
    assert kept == ["ev_apart"]
    assert reasons == {"ev_same": ["event_location_is_a_place: location 'Mali' is also the actor"]}


def test_event_dates_lie_between_1900_and_two_years_after_publication(tmp_path):
    kept, reasons = run(
        tmp_path,
        "events",
        [
            event("ev_ok"),
            event("ev_planned", date=dt.date(2026, 1, 1), planned=True),
            event("ev_old", date=dt.date(1848, 3, 1), date_text="in March 1848"),
            event("ev_late", date=dt.date(2031, 5, 5)),
            event("ev_early", date=dt.date(1024, 5, 5), date_text="on 5 May"),
        ],
    )
    assert kept == ["ev_ok", "ev_old", "ev_planned"]
    assert reasons == {
        "ev_late": ["event_date_is_plausible: date 2031-05-05 is more than 2 years after publication (2024-05-06)"],
        "ev_early": ["event_date_is_plausible: date 1024-05-05 is before 1900 and the text gives no such year"],
    }


# --- discrepancies -------------------------------------------------------------------------------------


def test_an_updated_group_never_pairs_a_days_toll_with_a_total(tmp_path):
    rows = [
        member("d_day", "g_mixed", "45", 45.0, "exact"),
        member("d_total", "g_mixed", "more than 42,000", 42000.0, "more_than"),
        member("d_total_again", "g_totals", "more than 42,000", 42000.0, "more_than"),
    ]
    rows.append({**rows[2], "discrepancy_id": "d_total_later", "figure_id": "f_later"})
    figures = [
        figure(
            r["figure_id"],
            text=r["text"],
            value=r["value"],
            lower=r["lower"],
            upper=r["upper"],
            qualifier=r["qualifier"],
            start_char=r["start_char"],
            end_char=r["end_char"],
        )
        for r in rows
    ]
    kept, reasons = run(tmp_path, "discrepancies", rows, figures=figures)
    assert kept == ["d_total_again", "d_total_later"]
    reason = (
        "updated_group_has_one_scope: group marked updated mixes a single day's count (45) with a cumulative "
        "total (more than 42,000): they measure different scopes"
    )
    assert reasons == {"d_day": [reason], "d_total": [reason]}


# --- corpus level, summary, Data Docs ------------------------------------------------------------------


def test_a_low_share_of_named_speakers_is_a_warning_not_a_failure(tmp_path):
    content = "45 people were killed on Monday"
    rows = [
        claim("c1", "health ministry", content),
        claim("c2", "Amina Okoro", content),
        claim("c3", "she", content),
        claim("c4", "it", content),
    ]
    tables = {"entities": frame("entities", ENTITIES), "claims": frame("claims", rows)}
    result = validate_tables(tables, tmp_path, articles_text={"a1": TEXT})
    summary = result.summary["claims"]
    assert summary["warnings"] == [
        {
            "check": "claims_mostly_have_a_named_or_role_speaker",
            "message": "50.0 % of claims have a named or role speaker (expected at least 90 %)",
        }
    ]
    assert summary["quarantined_by_check"] == {"claim_speaker_is_a_name": 2}
    assert summary["table_checks_passed"] is True


def test_data_docs_load_no_asset_over_the_network(tmp_path):
    run(tmp_path, "sources", [source("s_she", "she")])
    site = tmp_path / "validation" / "data_docs"
    pages = sorted(site.rglob("*.html")) + sorted(site.rglob("*.css"))
    assert len([p for p in pages if p.suffix == ".html"]) >= 3
    left = {str(p.relative_to(site)): data_docs.EXTERNAL_ASSET.findall(p.read_text(encoding="utf-8")) for p in pages}
    assert {k: v for k, v in left.items() if v} == {}
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'src="static/offline/offline.js"' in index and "'sources'" in index


def test_rewriting_a_page_removes_each_external_asset_and_keeps_links():
    page = (
        '<html><head><link rel="stylesheet" href="https://cdn.example/b.css"/>'
        '<script src="https://cdn.example/j.js"></script></head><body>'
        '<img src="https://img.example/logo.png"><div style="background: url(\'https://x.example/a.png\')"></div>'
        '<a href="https://example.org/">site</a></body></html>'
    )
    html, removed = data_docs._rewrite_page(page, "static/offline")
    assert removed == 4
    assert data_docs.EXTERNAL_ASSET.findall(html) == []
    assert '<a href="https://example.org/">site</a>' in html


# --- regressions found on the gold and real-text sets ---------------------------------------------------


def test_a_name_said_again_inside_the_content_is_not_the_speaker():
    from newsfacts.expectations.plausibility import claim_problem

    text = "Israel says Hezbollah fired rockets at northern Israel overnight."
    content_start = text.index("Hezbollah")
    assert claim_problem(text[content_start:-1], "Israel", (0, 6), (content_start, len(text) - 1)) is None
    # The speaker's own words inside the content are still caught.
    assert claim_problem(text[:-1], "Israel", (0, 6), (0, len(text) - 1)) is not None


def test_a_name_said_again_inside_the_content_keeps_the_claim_in_the_table(tmp_path):
    # The check compares the speaker with the content's own offsets, not the whole claim's (speaker and cue too).
    content = "rebels attacked Kidal, in northern Mali"
    row = {**claim("c_mali", "Mali", content), **at("Mali says rebels attacked Kidal, in northern Mali")}
    row["speaker_start"], row["speaker_end"] = at("Mali says")["start_char"], at("Mali says")["start_char"] + 4
    kept, reasons = run(tmp_path, "claims", [row])
    assert (kept, reasons) == (["c_mali"], {})


def test_a_descriptor_with_its_article_is_a_name_and_a_demonym_is_a_unit():
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem, unit_problem

    entities = Entities(
        pd.DataFrame({"entity_id": ["e1"], "name": ["Ukrainian"], "label": ["GPE"], "aliases": [["Ukrainian"]]})
    )
    assert name_problem("the watchdog", entities) is None
    assert name_problem("talks", entities) is not None
    assert unit_problem("Ukrainian", "killed", entities) is None
    assert (
        unit_problem(
            "Mali",
            "killed",
            Entities(pd.DataFrame({"entity_id": ["e2"], "name": ["Mali"], "label": ["GPE"], "aliases": [["Mali"]]})),
        )
        is not None
    )


@pytest.mark.parametrize(
    "speaker",
    [
        "villager",
        "villagers",
        "clinic",
        "hospital",
        "family",
        "families",
        "ship",
        "rescuers",
        "watchdog",
        "insurgents",  # "The convoy was attacked by insurgents near the pass."
        "terrorists",  # "The attacks were carried out by terrorists."
        "separatists",
        "declaration",  # "The declaration says the ministers condemn the strikes."
        "attacker",
        "dpa",  # a news agency that writes its name in lower case
        "eyewitnesses",  # "Masked men stormed the hotel, eyewitnesses say."
        "IS",  # a group's initials, though "is" is a stopword
        # people on the scene who speak as a group ("mourners accused the police", "firefighters said"): audit 71-72
        "mourners",
        "locals",
        "firefighters",
        "paramedics",
        "fishermen",
        "worshippers",
    ],
)
def test_a_descriptor_that_can_speak_is_a_name(speaker):
    # "An air strike hit the village of Kin Ma. The villager said three children were killed."
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem

    assert name_problem(speaker, Entities(pd.DataFrame(columns=["entity_id", "name", "label", "aliases"]))) is None


@pytest.mark.parametrize("actor", ["radicals", "rioters", "settlers", "smugglers", "looters", "cartel", "regime"])
def test_a_doer_the_events_name_as_written_is_a_name(actor):
    # "Rioters stormed the town hall": the extractor writes such doers as the text does; validation keeps them
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem

    assert name_problem(actor, Entities(pd.DataFrame(columns=["entity_id", "name", "label", "aliases"]))) is None


@pytest.mark.parametrize("speaker", ["debris", "strikes", "clash", "yesterday", "theirs", "is", "Is"])
def test_a_lowercase_word_that_cannot_speak_is_no_name(speaker):
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem

    assert name_problem(speaker, Entities(pd.DataFrame(columns=["entity_id", "name", "label", "aliases"]))) is not None


@pytest.mark.parametrize("location, problem", [("al-Bab", False), ("northern Gaza", False), ("the north", True)])
def test_a_place_with_a_lowercase_particle_is_a_place_name(location, problem):
    # "The nine were killed in a strike on the town of al-Bab, north of Aleppo."
    from newsfacts.expectations.plausibility import location_problem

    assert (location_problem(location, "Syria", frozenset()) is not None) is problem


def test_a_reporter_or_correspondent_is_a_role_speaker():
    """ "the correspondent said", "a photographer counted": who reports what they saw is a role."""
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem

    entities = Entities(pd.DataFrame(columns=["entity_id", "name", "label", "aliases"]))
    assert name_problem("correspondent", entities) is None
    assert name_problem("photographer", entities) is None


def test_a_persons_name_that_is_a_month_and_an_interlocutor_are_speakers():
    """ "Mrs May said": a person the article names May is no date word; "the interlocutor" is a role."""
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem

    entities = Entities(
        pd.DataFrame([{"entity_id": "e1", "name": "Theresa May", "label": "PERSON", "aliases": ["Theresa May", "May"]}])
    )
    assert name_problem("May", entities) is None
    assert name_problem("interlocutor", entities) is None
    empty = Entities(pd.DataFrame(columns=["entity_id", "name", "label", "aliases"]))
    assert name_problem("May", empty) == "name 'May' is a date word"


def test_initials_spelled_like_a_pronoun_name_an_entity():
    """ "according to the WHO", "the US said": an entity's initials are no pronoun; "We" stays one."""
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem

    entities = Entities(
        pd.DataFrame(
            [
                {"entity_id": "e1", "name": "WHO", "label": "ORG", "aliases": ["WHO", "the WHO"]},
                {"entity_id": "e2", "name": "United States", "label": "GPE", "aliases": ["United States", "US"]},
            ]
        )
    )
    assert name_problem("WHO", entities) is None
    assert name_problem("US", entities) is None
    assert name_problem("We", entities) == "name 'We' is a pronoun left unresolved"
    empty = Entities(pd.DataFrame(columns=["entity_id", "name", "label", "aliases"]))
    assert name_problem("WHO", empty) == "name 'WHO' is a pronoun left unresolved"


@pytest.mark.parametrize("speaker", ["opposition", "demonstrator", "peacekeepers"])
def test_a_side_or_a_crowd_is_a_role_speaker(speaker):
    """ "the opposition said", "a demonstrator shouted", "the peacekeepers said": who they are is a role."""
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem

    assert name_problem(speaker, Entities(pd.DataFrame(columns=["entity_id", "name", "label", "aliases"]))) is None


@pytest.mark.parametrize("speaker", ["chairman", "captain", "judiciary", "gang"])
def test_a_title_a_rank_a_court_or_a_band_is_a_role_name(speaker):
    """ "the chairman said", "the ship's captain reported", "the judiciary said", "the gang invaded": the roles the
    extractors read as speakers and doers are roles to the checks too, not words that name no one."""
    import pandas as pd

    from newsfacts.expectations.plausibility import Entities, name_problem

    assert name_problem(speaker, Entities(pd.DataFrame(columns=["entity_id", "name", "label", "aliases"]))) is None
