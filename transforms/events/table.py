"""The trigger tables: which lemma, as a verb or as a noun, triggers which event type, and the named
conditions (transforms/events/triggers.py: VERB_CONDITIONS, NOUN_CONDITIONS) its arguments must meet, in
the order they are checked. A condition gives no verdict, says it is no event, or gives the type.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    """An event type and the names of the conditions checked, in order, before a lemma triggers it."""

    type: str
    conditions: tuple[str, ...] = ()


# Verb lemmas that trigger an event.
VERB_TRIGGERS: dict[str, Trigger] = {
    "visit": Trigger("visit"),
    "arrive": Trigger("visit"),
    "travel": Trigger("visit", ("destination",)),
    "proceed": Trigger("visit", ("destination",)),
    "tour": Trigger("visit"),
    "meet": Trigger("meet", ("not_a_demand", "met_with_response")),
    "speak": Trigger("meet", ("party_with",)),
    "talk": Trigger("meet", ("party_with",)),
    "discuss": Trigger("meet", ("discussed_with",)),
    "mediate": Trigger("negotiate"),
    "broker": Trigger("negotiate"),
    "negotiate": Trigger("negotiate"),
    "propose": Trigger("propose"),
    "unveil": Trigger("propose"),
    "announce": Trigger("propose", ("plan_object",)),
    "present": Trigger("propose", ("plan_object",)),
    "put": Trigger("propose", ("put_forward",)),
    "attack": Trigger("attack"),
    "raid": Trigger("attack"),
    "strike": Trigger("attack", ("strike_a_deal",)),
    "storm": Trigger("attack"),
    "invade": Trigger("attack"),
    "bomb": Trigger("attack"),
    "shell": Trigger("attack"),
    "ambush": Trigger("attack"),
    "fight": Trigger("attack", ("fight_party",)),
    "sink": Trigger("attack", ("transitive",)),
    "launch": Trigger("attack", ("aimed",)),
    "fire": Trigger("attack", ("attack_told_otherwise", "aimed")),
    "come": Trigger("attack", ("come_under_fire",)),
    "kill": Trigger("kill"),
    "murder": Trigger("kill"),
    "kidnap": Trigger("abduct"),
    "abduct": Trigger("abduct"),
    "take": Trigger("abduct", ("take_control", "take_place", "take_hostage")),
    "release": Trigger("release", ("released_thing",)),
    "free": Trigger("release", ("released_thing",)),
    "rescue": Trigger("release", ("captive_rescued", "released_thing")),
    "hand": Trigger("release", ("hand_over", "person_handed", "released_thing")),
    "exchange": Trigger("release", ("attack_told_otherwise", "person_handed", "released_thing")),
    "swap": Trigger("release", ("person_handed", "released_thing")),
    "seize": Trigger("seize", ("person_seized", "place_taken")),
    "capture": Trigger("seize", ("person_seized", "place_taken")),
    "recapture": Trigger("seize", ("place_taken",)),
    "retake": Trigger("seize", ("place_taken",)),
    "enter": Trigger("seize", ("armed_entry", "place_taken")),
    "assassinate": Trigger("assassinate"),
    "resign": Trigger("resign"),
    "threaten": Trigger("threaten"),
    "warn": Trigger("threaten", ("warning_of_harm",)),
    "vow": Trigger("threaten", ("warning_of_harm",)),
    "host": Trigger("meet", ("host_party",)),
    "deliver": Trigger("aid", ("aid_object",)),
    "airdrop": Trigger("aid", ("aid_object",)),
    "drop": Trigger("attack", ("attack_told_otherwise",)),
    "hit": Trigger("attack", ("attack_told_otherwise",)),
    "target": Trigger("attack", ("attack_told_otherwise",)),
    "trade": Trigger("attack", ("attack_told_otherwise",)),
    "open": Trigger("attack", ("attack_told_otherwise",)),
    "regain": Trigger("seize", ("place_taken",)),
}
# Noun lemmas that trigger an event (a compound modifier never does: "the attack site" is no attack).
NOUN_TRIGGERS: dict[str, Trigger] = {
    "visit": Trigger("visit", ("not_event_modifier", "single_trip")),
    "trip": Trigger("visit", ("not_event_modifier", "single_trip")),
    "tour": Trigger("visit", ("not_event_modifier", "single_trip")),
    "mission": Trigger("visit", ("not_event_modifier", "single_trip")),
    "journey": Trigger("visit", ("not_event_modifier", "single_trip")),
    "meeting": Trigger("meet", ("not_event_modifier", "meeting_with")),
    "call": Trigger("meet", ("not_event_modifier", "call_with")),
    "talk": Trigger("negotiate", ("not_event_modifier", "meeting_with")),
    "negotiation": Trigger("negotiate", ("not_event_modifier",)),
    "discussion": Trigger("negotiate", ("not_event_modifier",)),
    "mediation": Trigger("negotiate", ("not_event_modifier",)),
    "attack": Trigger("attack", ("not_event_modifier",)),
    "raid": Trigger("attack", ("not_event_modifier",)),
    "strike": Trigger("attack", ("not_event_modifier",)),
    "airstrike": Trigger("attack", ("not_event_modifier",)),
    "invasion": Trigger("attack", ("not_event_modifier",)),
    "offensive": Trigger("attack", ("not_event_modifier",)),
    "assault": Trigger("attack", ("not_event_modifier",)),
    "bombing": Trigger("attack", ("not_event_modifier",)),
    "gunfight": Trigger("attack", ("not_event_modifier",)),
    "fighting": Trigger("attack", ("not_event_modifier",)),
    "operation": Trigger("attack", ("not_event_modifier",)),
    "incursion": Trigger("attack", ("not_event_modifier",)),
    "shelling": Trigger("attack", ("not_event_modifier",)),
    "killing": Trigger("kill", ("not_event_modifier",)),
    "death": Trigger("kill", ("not_event_modifier",)),
    "kidnapping": Trigger("abduct", ("not_event_modifier",)),
    "abduction": Trigger("abduct", ("not_event_modifier",)),
    "release": Trigger("release", ("not_event_modifier",)),
    "rescue": Trigger("release", ("not_event_modifier",)),
    "exchange": Trigger("release", ("not_event_modifier", "swap_between")),
    "swap": Trigger("release", ("not_event_modifier", "swap_between")),
    "bombardment": Trigger("attack", ("not_event_modifier",)),
    "ambush": Trigger("attack", ("not_event_modifier",)),
    "barrage": Trigger("attack", ("not_event_modifier",)),
    "takeover": Trigger("seize", ("not_event_modifier",)),
    "seizure": Trigger("seize", ("not_event_modifier",)),
    "capture": Trigger("seize", ("not_event_modifier",)),
    "assassination": Trigger("assassinate", ("not_event_modifier",)),
    "resignation": Trigger("resign", ("not_event_modifier",)),
    "convoy": Trigger("aid", ("not_event_modifier", "humanitarian")),
    "delivery": Trigger("aid", ("not_event_modifier", "humanitarian")),
    "airdrop": Trigger("aid", ("not_event_modifier", "humanitarian")),
}
# Nouns for an attack, whatever else they need to trigger one.
ATTACK_NOUNS = frozenset(lemma for lemma, trigger in NOUN_TRIGGERS.items() if trigger.type == "attack")
