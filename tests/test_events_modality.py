"""Events the text does not tell as happened: conditioned, counterfactual, only possible, habitual or generic,
and the stopping of no particular deed (GUIDELINE.md, Events, modality); and their happened counterparts,
which stay. Sentences of our own; one text in, the exact event fields out."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows, event_tuples

PUB = dt.date(2025, 3, 12)  # a Wednesday
FIELDS = ("type", "trigger", "actor", "planned")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    "text",
    [
        # a condition and what is to follow it
        "If talks fail, rebels will shell the town.",
        "Once the rebels free the hostages, aid will flow.",
        "Once a deal is struck, the rebels will free the hostages.",
        "Allies will send troops in the event Russia attacks Kyiv again.",
        "Allies will send troops in the event that Russia attacks Kyiv.",
        "Allies will send troops in case of a Russian attack on Kyiv.",
        # what did not happen
        "Without the army, the militia would have killed more villagers.",
        # only possible or feared
        "The province faces a possible attack by the rebels, the governor said.",
        "Kyiv faces a potential new attack by Russia on Sumy.",
        "The rebels did not claim the raid, though it can take them days to admit their assaults.",
        # a habit or a kind of deed
        "The damage matched earlier attacks by the Kora Front.",
        "The Kora Front regularly launches raids in the north.",
        "The militia carries out periodic attacks along the coast.",
        # what someone wants, asks or demands someone else to do
        "The movement wants the state to free three of its detained commanders.",
        "The envoy urged the rebels to release the hostages.",
        "The rebels demanded that the government free 50 prisoners.",
        # the stopping of no particular deed
        "Both sides committed to stop all fighting, the envoy said.",
        # striking a deal is no attack
        "Aid convoys will move after a peace deal was struck with the rebels.",
    ],
)
def test_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled the town on Monday after talks failed.", [("attack", "shelled", "Rebels", False)]),
        ("Once inside the village, the gunmen killed 12 farmers.", [("kill", "killed", "the gunmen", False)]),
        ("The militia attacked the camp again on Monday.", [("attack", "attacked", "The militia", False)]),
        ("The army ended a five-hour siege by the rebels.", [("attack", "siege", "the rebels", False)]),
        ("Militia attacks on villages killed 40 people on Monday.", [("attack", "attacks", "Militia", False)]),
        ("Rebel attacks on the town resumed on Friday.", [("attack", "attacks", "Rebel", False)]),
        # the halt of attacks is no attack of its own; the attack told before stays
        (
            "Taliban fighters attacked Pakistani posts. Kabul said it had halted attacks at the request of Qatar.",
            [("attack", "attacked", "Taliban", False)],
        ),
        # a hedge by an adverb keeps the report; a planned event stays planned
        ("The rebels reportedly shelled the town.", [("attack", "shelled", "The rebels", False)]),
        ("Envoy Sara Lind will visit Doha next week.", [("visit", "visit", "Sara Lind", True)]),
    ],
)
def test_happened_event_stays(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what is said of most or many cases is a habit; one case told with its day happened
        ("In most cases the detainees are freed after paying a fine.", []),
        ("In many cases, gunmen kidnap travellers on the highway.", []),
        (
            "In one case, gunmen kidnapped two travellers near Kessa on Monday.",
            [("abduct", "kidnapped", "gunmen", False)],
        ),
    ],
)
def test_what_happens_in_most_cases_is_a_habit(nlp, text, expected):
    assert events(nlp, text) == expected


def test_a_session_planned_in_the_passive_is_ahead_and_dated_by_its_verb(nlp):
    text = "A third round of talks between Borduria and Vardo is planned in Kessa later this month."
    assert event_tuples(nlp, text) == [("negotiate", "talks", "Borduria", "Vardo", "Kessa", "later this month", True)]
