"""Event classes fresh reports tell in many wordings: a definite event noun that retells a deed told before
(and names its doer); a warning of harm by the warner's own force; taking a place (control of it, overrunning,
liberating, a held site, a place that fell; told again, one seizure); the planned flag; encounters and firing;
blasts, verbs of attacking, violence between sides, a passive taking after a hostile deed, violent attempts;
background arrivals and habits. Sentences of our own; one text in, the exact event fields out."""

from __future__ import annotations


import pytest

from newsfacts.transforms.events import extract_events

from tests.eventrows import PUB, event_tuples as events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a back-reference that names the doer of a deed told with a description of its doers: one row, theirs
        (
            "Gunmen attacked a market in Kessa on Monday. The attack, claimed by Hamas, killed nine people.",
            [("attack", "attacked", "Hamas", None, "Kessa", "on Monday", False)],
        ),
        (
            "Unknown assailants stormed a police post in Kessa on Monday. Hamas later claimed the raid, which"
            " killed four officers.",
            [("attack", "stormed", "Hamas", "police", "Kessa", "on Monday", False)],
        ),
        (
            "Militants ambushed an army convoy near Kessa on Monday. The Taliban claimed responsibility for the"
            " ambush.",
            [("attack", "ambushed", "Taliban", "army", "Kessa", "on Monday", False)],
        ),
        # ... for any hostile deed, not only attacks
        (
            "Gunmen kidnapped 20 students in Kessa on Monday. The abduction was claimed by Hamas.",
            [("abduct", "kidnapped", "Hamas", "students", "Kessa", "on Monday", False)],
        ),
        # ... but a deed told with another name is another party's deed
        (
            "Hamas fighters stormed the town of Kessa on Monday. The attack, claimed by the Taliban, killed nine.",
            [
                ("attack", "stormed", "Hamas", None, "Kessa", "on Monday", False),
                ("attack", "attack", "Taliban", None, None, None, False),
            ],
        ),
        # ... and a back-reference naming another place is another deed
        (
            "Gunmen attacked a market in Kessa on Monday. The attack on Tanza, claimed by Hamas, killed nine.",
            [
                ("attack", "attacked", "Gunmen", None, "Kessa", "on Monday", False),
                ("attack", "attack", "Hamas", "Tanza", "Tanza", None, False),
            ],
        ),
        # a doer described with a creed's adjective ("Islamist fighters") is named by the group that claims the deed
        (
            "Islamic militants raided a hotel in Kenya’s capital, trading fire with police for hours. The Islamist"
            " group Kora Front, long allied with Al Qaeda, later claimed responsibility for the attack.",
            [("attack", "raided", "Kora Front", None, "Nairobi", None, False)],
        ),
    ],
)
def test_a_back_reference_is_the_deed_told_before(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a back-reference with no doer or place, said to begin on a day in the next sentence, dates the deed
        (
            "Gunmen stormed a fuel depot in Kessa. The raid began at dawn on Thursday, a guard said.",
            [("attack", "stormed", "Gunmen", None, "Kessa", "on Thursday", False)],
        ),
        # ... not a deed told two sentences before, nor one of two deeds of the type
        (
            "Gunmen stormed a fuel depot in Kessa. Two guards died. The raid began on Thursday.",
            [("attack", "stormed", "Gunmen", None, "Kessa", None, False)],
        ),
        (
            "Gunmen stormed a depot in Kessa and raided a bank in Tanza. The attack began on Thursday.",
            [
                ("attack", "stormed", "Gunmen", None, "Kessa", None, False),
                ("attack", "raided", "Gunmen", "a bank", "Tanza", None, False),
            ],
        ),
    ],
)
def test_a_back_reference_with_only_a_day_dates_the_deed(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deed told again only with the toll it took, on a day, in the next sentence: that day is the deed's
        (
            "Rebels shelled a camp near Kessa. Nine people were wounded in the shelling on Sunday night, aid workers said.",
            [("attack", "shelled", "Rebels", None, "Kessa", "on Sunday night", False)],
        ),
        (
            "Rebels shelled a camp near Kessa. The shelling on Sunday killed nine people.",
            [("attack", "shelled", "Rebels", None, "Kessa", "on Sunday", False)],
        ),
        # ... not an attack told without "the" (another one), nor a deed that had its own day
        (
            "Rebels shelled a camp near Kessa. Nine people were wounded in an attack on Sunday.",
            [("attack", "shelled", "Rebels", None, "Kessa", None, False)],
        ),
        (
            "Rebels shelled a camp near Kessa on Friday. Nine people were wounded in the shelling on Sunday.",
            [("attack", "shelled", "Rebels", None, "Kessa", "on Friday", False)],
        ),
    ],
)
def test_a_back_reference_told_with_its_toll_and_a_day_dates_the_deed(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning of harm to be done by the warner's own force, or by the warner named again: a threat
        (
            "Hamas warned that its fighters will strike Tel Aviv if the siege continues.",
            [("threaten", "warned", "Hamas", None, None, None, False)],
        ),
        (
            "Valdoria warned that its forces would strike Borvia if the shelling continues.",
            [("threaten", "warned", "Valdoria", None, None, None, False)],
        ),
        (
            "Valdoria warned that Valdoria will strike back.",
            [("threaten", "warned", "Valdoria", None, None, None, False)],
        ),
        # ... an answer in arms, or a response warned "of"
        (
            "The army warned that its troops will respond with force.",
            [("threaten", "warned", "The army", None, None, None, False)],
        ),
        (
            "Hamas warned of a crushing response if the raids continue.",
            [("threaten", "warned", "Hamas", None, None, None, False)],
        ),
        # ... but harm by others is only feared, and an answer in words threatens nothing
        ("The governor warned that militants would attack the town.", []),
        ("The governor warned of more attacks on the town.", []),
        ("The ministry warned that its officials will respond to the letter.", []),
    ],
)
def test_a_warning_of_own_harm_is_a_threat(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of getting whose object is the control of a place: a seizure of that place
        (
            "The rebels wrested control of Kessa from the army on Sunday.",
            [("seize", "wrested", "The rebels", None, "Kessa", "on Sunday", False)],
        ),
        (
            "Hamas fighters gained full control of Kessa on Tuesday.",
            [("seize", "gained", "Hamas", None, "Kessa", "on Tuesday", False)],
        ),
        (
            "The militia established control over the port of Kessa on Tuesday.",
            [("seize", "established", "The militia", None, "Kessa", "on Tuesday", False)],
        ),
        # ... but control of a body or a market is no place taken
        ("The party gained control of the senate.", []),
        ("The firm gained control of the market.", []),
        # verbs of overrunning and liberating a place, and sites armed men hold
        ("Rebels overran Kessa on Tuesday.", [("seize", "overran", "Rebels", None, "Kessa", "on Tuesday", False)]),
        (
            "Hamas fighters overran a garrison near Kessa on Tuesday.",
            [("seize", "overran", "Hamas", None, "Kessa", "on Tuesday", False)],
        ),
        (
            "The Tanza Front captured the army's western command headquarters near Kessa on Friday.",
            [("seize", "captured", "Tanza Front", None, "Kessa", "on Friday", False)],
        ),
        (
            "The army liberated the town of Kessa from Hamas on Tuesday.",
            [("seize", "liberated", "The army", None, "Kessa", "on Tuesday", False)],
        ),
        # ... people liberated are released
        (
            "Troops liberated 30 hostages in Kessa on Tuesday.",
            [("release", "liberated", "Troops", None, "Kessa", "on Tuesday", False)],
        ),
        # a place taken told again is that seizure; taken again on another day by another side, another one
        (
            'Rebels seized the town of Kessa on Tuesday. "Our forces have liberated Kessa," a rebel spokesman said.',
            [("seize", "seized", "Rebels", None, "Kessa", "on Tuesday", False)],
        ),
        (
            "Rebels seized the town of Kessa on Tuesday. The army recaptured Kessa on Friday.",
            [
                ("seize", "seized", "Rebels", None, "Kessa", "on Tuesday", False),
                ("seize", "recaptured", "The army", None, "Kessa", "on Friday", False),
            ],
        ),
    ],
)
def test_taking_a_place_in_many_wordings_is_a_seizure(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place that falls is taken; who it fell to (or into the hands or under the control of) took it
        (
            "Kessa fell to the Tanza Front on Monday.",
            [("seize", "fell", "Tanza Front", None, "Kessa", "on Monday", False)],
        ),
        (
            "The town of Kessa fell on Tuesday, the militia said.",
            [("seize", "fell", None, None, "Kessa", "on Tuesday", False)],
        ),
        (
            "The army base at Kessa fell into the hands of Hamas on Monday.",
            [("seize", "fell", "Hamas", None, "Kessa", "on Monday", False)],
        ),
        (
            "Kessa fell under the control of Hamas on Monday.",
            [("seize", "fell", "Hamas", None, "Kessa", "on Monday", False)],
        ),
        # ... not what falls that is no place, nor a place falling into a state
        ("Oil prices fell on Tuesday.", []),
        ("A rocket fell in Kessa on Monday.", []),
        ("The town fell silent after the blast.", []),
        ("Inflation in Kessa fell to 5 percent.", []),
        # a held site's "of" names the place held; the place told as fallen after is that seizure
        (
            "Rebels seized the district headquarters of Kessa on Monday. The army said Kessa had fallen.",
            [("seize", "seized", "Rebels", None, "Kessa", "on Monday", False)],
        ),
    ],
)
def test_a_place_that_fell_was_seized(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        # an adjective of planning with an adverb or a hyphenated prefix says how a deed was prepared
        ("Militants staged a well-planned ambush on a patrol near Kessa on Monday.", [False]),
        ("The Taliban carried out a carefully planned attack on the base on Monday.", [False]),
        ("Rebels launched a pre-planned assault on Kessa on Monday.", [False]),
        # ... and a planned deed told as begun or carried out is no longer ahead
        ("The long-expected offensive on Kessa by the army began on Monday.", [False]),
        # ... but a bare one puts the event ahead
        ("The army's planned offensive on Kessa will begin on Monday.", [True]),
        ("The upcoming meeting between Ruto and Museveni is in Kampala.", [True]),
    ],
)
def test_planned_means_still_ahead(nlp, text, planned):
    assert [row["planned"] for row in extract_events(nlp(text), "art1", PUB)] == planned


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an encounter with armed men, or with deaths in it, is a fight; its other side did the killing
        (
            "Two militants were killed in an encounter with security forces in Kessa district on Saturday.",
            [("attack", "encounter", "security forces", "militants", "Kessa", "on Saturday", False)],
        ),
        (
            "Three rebels died in an encounter with the police near Kessa on Friday.",
            [("attack", "encounter", "the police", None, "Kessa", "on Friday", False)],
        ),
        ("She recalled an encounter with a reporter.", []),
        # firing with a doer, a place or deaths is shots fired; a dismissal, or firing heard, is none
        (
            "Two civilians were killed in unprovoked firing by Indian troops near Kessa.",
            [("attack", "firing", "India", None, "Kessa", None, False)],
        ),
        ("The firing of the minister surprised many.", []),
        ("Villagers heard firing all night.", []),
    ],
)
def test_encounters_and_firing_are_fights(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blasts set off: blowing up (oneself or a thing), detonating, a weapon exploding
        (
            "On Monday, a suspected suicide bomber blew himself up at a mosque in Kessa.",
            [("attack", "blew", "a suspected suicide bomber", None, "Kessa", "On Monday", False)],
        ),
        (
            "Militants blew up a bridge near Kessa on Friday.",
            [("attack", "blew", "Militants", None, "Kessa", "on Friday", False)],
        ),
        (
            "A bomb exploded at a crowded market in Kessa on Monday.",
            [("attack", "exploded", None, None, "Kessa", "on Monday", False)],
        ),
        ("The tyre blew on the highway.", []),
        ("The population exploded after the war.", []),
        # verbs of attacking: bombarding, assaulting, marching or advancing on a place
        (
            "The hospital itself had been bombarded, the director said.",
            [("attack", "bombarded", None, None, None, None, False)],
        ),
        (
            "Rebels assaulted the barracks in Kessa on Monday.",
            [("attack", "assaulted", "Rebels", "the barracks", "Kessa", "on Monday", False)],
        ),
        (
            "The rebels advanced on Kessa on Monday.",
            [("attack", "advanced", "The rebels", "Kessa", "Kessa", "on Monday", False)],
        ),
        ("The protesters marched through the streets.", []),
        # violence with its sides named is fighting between them; violence as a topic is none
        (
            "Seven people were injured in violence between Fatah and Islamists in the Kessa camp.",
            [("attack", "violence", "Fatah", "Islamists", "Kessa", None, False)],
        ),
        ("The report documents violence against women.", []),
        # a taking told in the passive right after a hostile deed was that deed's doers'
        (
            "Gunmen attacked a train near Kessa on Monday. Several passengers were abducted from the train.",
            [
                ("attack", "attacked", "Gunmen", None, "Kessa", "on Monday", False),
                ("abduct", "abducted", "Gunmen", "Several passengers", None, None, False),
            ],
        ),
        # ... but not one told apart with its own time
        (
            "Gunmen attacked a train near Kessa on Monday. Two drivers who were abducted in May were freed.",
            [
                ("attack", "attacked", "Gunmen", None, "Kessa", "on Monday", False),
                ("abduct", "abducted", None, "drivers", None, "in May", False),
                ("release", "freed", None, "drivers", None, None, False),
            ],
        ),
    ],
)
def test_blasts_and_verbs_of_attacking(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a violent deed attempted is an attack made, by whoever attempted it, where it was aimed
        (
            "Officials said an unknown gunman tried to kill the militant Omar Sayed, killing a companion instead.",
            [("attack", "tried", "an unknown gunman", "Omar Sayed", None, None, False)],
        ),
        (
            "The rebels attempted to storm the army base in Kessa.",
            [("attack", "attempted", "The rebels", None, "Kessa", None, False)],
        ),
        (
            "Gunmen have tried to abduct the mayor of Kessa twice.",
            [("attack", "tried", "Gunmen", None, None, None, False)],
        ),
        # ... not an attempt still ahead or denied, nor one at peace
        ("The rebels will try to seize the airport.", []),
        ("The rebels did not try to seize the airport.", []),
        ("The envoy tried to negotiate a truce.", []),
    ],
)
def test_a_violent_deed_attempted_is_an_attack(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrival told only as the time of another deed, with no place, is no visit
        ("The gunmen fled when the soldiers arrived.", []),
        ("The crowd cheered as the troops arrived.", []),
        (
            "Blinken arrived in Cairo on Monday.",
            [("visit", "arrived", "Blinken", None, "Cairo", "on Monday", False)],
        ),
        # what someone is known or tends to do is a habit, no happening
        ("Kidnappers are known to ambush vehicles on the highway near Kessa.", []),
        ("The militia tends to raid markets in Kessa.", []),
        ("The militia used to raid markets in Kessa.", []),
    ],
)
def test_background_arrivals_and_habits_are_no_events(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # participles of the same doer tell how one attack went (GUIDELINE: one happening, one event)
        ("Gunmen stormed the depot, firing at guards and torching trucks.", [("attack", "stormed", "Gunmen")]),
        ("Bandits attacked the bus, shooting at passengers.", [("attack", "attacked", "Bandits")]),
        ("Raiders ambushed the patrol, looting stores and firing at drivers.", [("attack", "ambushed", "Raiders")]),
        ("Rebels attacked the garrison, firing rockets and shelling the gate.", [("attack", "attacked", "Rebels")]),
        # the attacker's own blast that ends the attack
        ("The assailant opened fire at the gate and then blew himself up.", [("attack", "opened", "The assailant")]),
        # a further blow told by a participle is an attack of its own
        (
            "Pirates attacked 40 tankers last year, sinking three of them.",
            [("attack", "attacked", "Pirates"), ("attack", "sinking", "Pirates")],
        ),
        # two finite attacks by two doers stay two
        (
            "Troops shelled the hamlet on Monday, and rebels attacked a post on Tuesday.",
            [("attack", "shelled", "Troops"), ("attack", "attacked", "rebels")],
        ),
    ],
)
def test_participles_of_an_attack_are_that_attack(nlp, text, expected):
    assert [r[:3] for r in events(nlp, text)] == expected
