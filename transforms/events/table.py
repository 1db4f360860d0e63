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


# What a lemma that triggers nothing looks up to: a trigger of no type.
NO_TRIGGER = Trigger("")


def _lemmas(lemmas: str, trigger: Trigger) -> dict[str, Trigger]:
    """The lemmas (space-separated) that trigger one event type under the same conditions."""
    return dict.fromkeys(lemmas.split(), trigger)


# Verb lemmas that trigger an event, grouped by type and conditions.
VERB_TRIGGERS: dict[str, Trigger] = {
    **_lemmas("visit tour", Trigger("visit", ("vehicle_travels",))),
    **_lemmas("arrive", Trigger("visit", ("aid_arrived", "arrival_as_time", "armed_arrival"))),
    **_lemmas("travel proceed", Trigger("visit", ("vehicle_travels", "destination"))),
    **_lemmas("leave depart", Trigger("visit", ("left_for_place",))),
    **_lemmas("fly land head stop rush hurry", Trigger("visit", ("person_flies",))),
    **_lemmas("meet", Trigger("meet", ("not_a_demand", "met_with_response"))),
    **_lemmas("speak talk", Trigger("meet", ("party_with",))),
    **_lemmas("discuss", Trigger("meet", ("discussed_with",))),
    **_lemmas("mediate broker negotiate", Trigger("negotiate")),
    **_lemmas("propose unveil", Trigger("propose")),
    **_lemmas("announce present introduce", Trigger("propose", ("plan_object",))),
    **_lemmas("put", Trigger("propose", ("put_forward",))),
    **_lemmas("offer", Trigger("propose", ("offer_of_deed",))),
    **_lemmas("attack", Trigger("attack", ("words_attacked",))),
    **_lemmas("raid storm invade bomb shell ambush strafe besiege bombard stab", Trigger("attack")),
    **_lemmas("assault", Trigger("attack", ("transitive",))),
    **_lemmas("blow", Trigger("attack", ("blown_up",))),
    **_lemmas("detonate", Trigger("attack", ("transitive",))),
    **_lemmas("explode", Trigger("attack", ("weapon_went_off",))),
    **_lemmas("go", Trigger("attack", ("weapon_went_off", "went_off"))),
    **_lemmas("march advance", Trigger("attack", ("marched_on",))),
    **_lemmas("try attempt", Trigger("attack", ("harm_attempted",))),
    **_lemmas("strike", Trigger("attack", ("natural_force", "strike_a_deal", "struck_idiom"))),
    **_lemmas("fight battle", Trigger("attack", ("standing_fight", "fought_for", "fight_party", "strove_to"))),
    **_lemmas("intervene", Trigger("attack", ("intervened_in_war",))),  # "intervened in the war in 2015"
    **_lemmas("clash", Trigger("attack", ("clash_party", "clash_of_speakers"))),
    **_lemmas("pound sink", Trigger("attack", ("transitive",))),
    **_lemmas("batter pummel", Trigger("attack", ("natural_force", "transitive"))),
    # "retook": a past form the small model's lemmatiser leaves as it is
    **_lemmas("occupy", Trigger("seize", ("occupation_held", "place_taken"))),
    **_lemmas("recapture retake retook", Trigger("seize", ("site_retaken", "place_taken"))),
    **_lemmas("regain annex overrun conquer", Trigger("seize", ("place_taken",))),
    **_lemmas("wrest gain grab assume establish secure", Trigger("seize", ("control_of_place",))),
    **_lemmas("liberate", Trigger("seize", ("person_freed", "place_taken"))),
    **_lemmas("fall", Trigger("seize", ("place_fell",))),
    **_lemmas("shoot", Trigger("kill", ("shot_at", "shot_down", "shot_person", "shot_dead"))),
    **_lemmas("down", Trigger("attack", ("aircraft_downed",))),
    **_lemmas("launch", Trigger("attack", ("aimed",))),
    **_lemmas("fire", Trigger("attack", ("attack_told_otherwise", "aimed"))),
    **_lemmas("come", Trigger("attack", ("come_under_fire",))),
    **_lemmas("kill", Trigger("kill", ("weapon_subject", "toll_of_attack_noun", "killed_in_fight"))),
    **_lemmas("murder slay lynch behead decapitate massacre slaughter butcher", Trigger("kill")),
    **_lemmas("gun mow", Trigger("kill", ("gunned_down",))),
    **_lemmas("find", Trigger("kill", ("found_dead",))),
    **_lemmas("kidnap abduct", Trigger("abduct")),
    **_lemmas("detain", Trigger("abduct", ("held_by_armed_band",))),
    **_lemmas("hijack", Trigger("abduct", ("vehicle_hijacked",))),
    **_lemmas("take", Trigger("abduct", ("take_control", "take_place", "take_over", "take_hostage"))),
    **_lemmas("release free", Trigger("release", ("released_thing",))),
    **_lemmas("pardon", Trigger("release", ("captives_pardoned",))),
    **_lemmas("rescue", Trigger("release", ("captive_rescued", "released_thing"))),
    **_lemmas("hand", Trigger("release", ("hand_over", "person_handed", "released_thing"))),
    **_lemmas("exchange", Trigger("release", ("attack_told_otherwise", "person_handed", "released_thing"))),
    **_lemmas("swap", Trigger("release", ("person_handed", "released_thing"))),
    **_lemmas("seize capture", Trigger("seize", ("on_record", "arrest_made", "person_seized", "place_taken"))),
    **_lemmas("sign conclude", Trigger("propose", ("pact_signed",))),  # a deal signed or reached: concluded
    **_lemmas("agree", Trigger("propose", ("deal_agreed",))),  # two sides agreeing on what is to be done
    **_lemmas("reach", Trigger("propose", ("aid_arrived", "place_reached", "pact_signed"))),  # a place reached: a visit
    **_lemmas("declare", Trigger("propose", ("truce_declared",))),  # a truce declared is one put forward
    **_lemmas("enter", Trigger("seize", ("armed_entry", "entry_to_strike", "building_entered", "place_taken"))),
    **_lemmas("assassinate", Trigger("assassinate")),
    **_lemmas("resign", Trigger("resign")),
    **_lemmas("step", Trigger("resign", ("stepped_down",))),
    **_lemmas("threaten", Trigger("threaten", ("threat_by_thing",))),
    **_lemmas("warn vow", Trigger("threaten", ("warning_of_harm",))),
    **_lemmas("say", Trigger("threaten", ("said_response",))),
    **_lemmas("host", Trigger("meet", ("host_party",))),
    **_lemmas("talk", Trigger("meet", ("named_parties_talked",))),
    **_lemmas("deliver airdrop", Trigger("aid", ("aid_object",))),
    **_lemmas("send dispatch", Trigger("aid", ("delegation_sent", "aid_given"))),
    **_lemmas("provide supply give", Trigger("aid", ("aid_given",))),
    **_lemmas("drop target trade open", Trigger("attack", ("attack_told_otherwise",))),
    **_lemmas("hit", Trigger("attack", ("person_hit_by_weapon", "attack_told_otherwise"))),
    **_lemmas("intercept", Trigger("attack", ("party_stopped",))),
    **_lemmas("burn torch", Trigger("attack", ("homes_burned",))),
    **_lemmas("return", Trigger("attack", ("person_returned", "captives_returned", "attack_told_otherwise"))),
    **_lemmas("wound injure stab", Trigger("attack", ("harm_by_doer",))),
    **_lemmas("execute", Trigger("kill", ("person_executed",))),
    **_lemmas("eliminate neutralise neutralize", Trigger("kill", ("armed_men_eliminated",))),
    **_lemmas("welcome greet embrace", Trigger("meet", ("person_welcomed",))),
    **_lemmas("convene gather assemble", Trigger("meet", ("delegates_gathered",))),
    **_lemmas("receive", Trigger("meet", ("guest_received",))),
    **_lemmas("phone telephone", Trigger("meet", ("person_phoned",))),
    **_lemmas("call", Trigger("meet", ("called_on",))),
    **_lemmas("force", Trigger("attack", ("forced_way",))),
    **_lemmas("ram", Trigger("attack", ("transitive",))),
    **_lemmas("throw hurl pelt", Trigger("attack", ("attack_told_otherwise",))),
    **_lemmas("set tear rip", Trigger("attack", ("attack_told_otherwise",))),
    **_lemmas("rock shake", Trigger("attack", ("blast_rocked",))),
    **_lemmas("damage destroy", Trigger("attack", ("blast_damaged",))),
}


# Noun lemmas that trigger an event (a compound modifier never does: "the attack site" is no attack), grouped by
# type and conditions.
NOUN_TRIGGERS: dict[str, Trigger] = {
    **_lemmas(
        "visit trip tour mission journey stopover", Trigger("visit", ("not_event_modifier", "sortie", "single_trip"))
    ),
    **_lemmas("meeting", Trigger("meet", ("not_event_modifier", "halted", "time_reference", "meeting_with"))),
    **_lemmas("summit", Trigger("meet", ("not_event_modifier", "halted"))),
    **_lemmas("call", Trigger("meet", ("not_event_modifier", "call_with"))),
    **_lemmas("talk", Trigger("negotiate", ("not_event_modifier", "halted", "meeting_with"))),
    **_lemmas("negotiation mediation", Trigger("negotiate", ("not_event_modifier",))),
    **_lemmas("discussion", Trigger("negotiate", ("not_event_modifier", "halted", "meeting_with"))),
    **_lemmas("conversation", Trigger("meet", ("not_event_modifier", "call_with"))),
    **_lemmas("attack", Trigger("attack", ("not_event_modifier", "words_attacked", "generic_plural"))),
    **_lemmas(
        "raid strike airstrike invasion offensive assault bombing gunfight fighting incursion shelling"
        " bombardment ambush siege barrage skirmish firefight shootout gunbattle shooting rampage crackdown"
        " stabbing counteroffensive counterattack",
        Trigger("attack", ("not_event_modifier", "generic_plural")),
    ),
    **_lemmas("clash", Trigger("attack", ("not_event_modifier", "generic_plural", "clash_of_speakers"))),
    **_lemmas(
        "operation",
        Trigger("attack", ("not_event_modifier", "operation_of_thing", "operation_of_force", "operation_target")),
    ),
    **_lemmas("riot brawl", Trigger("attack", ("not_event_modifier", "generic_plural"))),
    **_lemmas("violence", Trigger("attack", ("not_event_modifier", "sides_named"))),
    **_lemmas("encounter", Trigger("attack", ("not_event_modifier", "armed_encounter"))),
    **_lemmas("firing", Trigger("attack", ("not_event_modifier", "shots_fired", "generic_plural"))),
    **_lemmas("fire", Trigger("attack", ("not_event_modifier", "weapon_fire"))),
    **_lemmas("downing", Trigger("attack", ("not_event_modifier", "aircraft_downed"))),
    **_lemmas("killing death", Trigger("kill", ("not_event_modifier",))),
    **_lemmas("kidnapping abduction", Trigger("abduct", ("not_event_modifier",))),
    **_lemmas("release rescue", Trigger("release", ("not_event_modifier",))),
    **_lemmas("exchange swap", Trigger("release", ("not_event_modifier", "swap_between"))),
    **_lemmas("takeover seizure capture", Trigger("seize", ("not_event_modifier", "person_captured"))),
    **_lemmas("assassination", Trigger("assassinate", ("not_event_modifier",))),
    **_lemmas("resignation", Trigger("resign", ("not_event_modifier",))),
    **_lemmas("convoy", Trigger("aid", ("not_event_modifier", "humanitarian", "aid_attacked"))),
    **_lemmas("delivery airdrop", Trigger("aid", ("not_event_modifier", "humanitarian"))),
    **_lemmas("proposal", Trigger("propose", ("not_event_modifier", "proposal_put"))),
    **_lemmas("threat", Trigger("threaten", ("not_event_modifier", "threat_of_harm"))),
}
# Nouns that are an attack only with their sides named ("violence between X and Y"): alone they name none
# ("violence killed 10,400 people in 2024" tells a toll, not one attack).
SIDED_ATTACK_NOUNS = frozenset({"violence"})
# Nouns that are an attack only as the fire of a weapon or a side ("rocket fire"): in the attack nouns' other
# readings ("traded fire", "under fire") they are no deed of their own.
WEAPON_FIRE_NOUNS = frozenset({"fire"})
# Nouns for an attack, whatever else they need to trigger one.
ATTACK_NOUNS = (
    frozenset(lemma for lemma, trigger in NOUN_TRIGGERS.items() if trigger.type == "attack")
    - SIDED_ATTACK_NOUNS
    - WEAPON_FIRE_NOUNS
)
