"""The events extractor's own word tables (words every extractor shares live in transforms/language/lexicon.py).

All words are lower case, compared with `token.lemma_.lower()` or `token.lower_`; each table says what it is for
with an example.
"""

from __future__ import annotations

from newsfacts.transforms.events.table import ATTACK_NOUNS
from newsfacts.transforms.language.lexicon import FIRE_NOUNS, GROUP_NOUNS, PEOPLE_NOUNS, WEAPON_NOUNS, words


# Attacks told with verbs that mean something else without the named condition:
#   weapon_object  "a jet dropped two bombs on Lotta", "the rebels fired a bomb in Bweremana"
#   fire_object    "police and militants exchanged fire", "forces traded fire", "soldiers opened fire on"
#   strike_subject "strikes hit the market in Arda", "a missile hit the tanker", "drones targeted the port"
#   armed_subject  "the army targeted the village" (an armed force or a named party aims at someone)
#   fired_on       "gunmen fired on a patrol boat" (a shot aimed "on" someone)
#   opened_up_on   "masked men opened up on a bus" (began shooting at it)
#   stone_object   "youths hurled stones at the police", "pelted the convoy with rocks"
#   targeted_unnamed "the camps have been targeted" (a passive attack whose doer goes unsaid or is armed)
#   set_on_fire    "militiamen set fire to the homes", "set a church ablaze"
#   tore_through   "two bombs tore through a wedding", "a missile ripped through the market" (a weapon or strike)
ATTACK_VERB_CONDITIONS = {
    "drop": ("weapon_object",),
    "fire": ("weapon_object", "aimed", "fired_on"),
    "exchange": ("fire_object",),
    "trade": ("fire_object",),
    "open": ("fire_object", "opened_up_on"),
    "hit": ("strike_subject", "weapon_object"),
    "target": ("strike_subject", "armed_subject", "targeted_unnamed"),
    "return": ("fire_object",),
    "throw": ("weapon_object", "stone_object"),
    "hurl": ("weapon_object", "stone_object"),
    "pelt": ("stone_object",),
    "set": ("set_on_fire",),
    "tear": ("tore_through",),
    "rip": ("tore_through",),
}
# Parts of the body a bullet or shard strikes ("a shard struck her arm"): a wound, no attack told.
BODY_PART_NOUNS = words("bone head chest leg arm hand foot neck back shoulder stomach eye face abdomen skull thigh")
# Manned aircraft whose shooting down is an attack on their side ("rebels shot down an army helicopter"); drones
# and missiles shot down are interceptions, no attack told ("air defences shot down 20 drones").
AIRCRAFT_NOUNS = words("helicopter chopper plane jet warplane aircraft airliner airplane gunship bomber")
# The prepositions that give where a trip ends: "flew to Doha", "landed in Juba", "headed to Goma" (transforms/
# events/triggers.py).
FLIGHT_END_PREPS = {
    **{"fly": ("to", "into"), "land": ("in", "at"), "head": ("to", "for"), "stop": ("in", "at")},
    **{"rush": ("to",), "hurry": ("to",), "return": ("to",)},  # "rushed to Kessa", "returned to Khartoum"
}
# Vehicles whose hijacking takes the people aboard ("pirates hijacked a cargo ship", "gunmen hijacked a bus"); what
# else is "hijacked" (a debate, an agenda) is a figure of speech.
HIJACKED_VEHICLES = words(
    "ship vessel tanker boat freighter ferry trawler dhow yacht bus truck lorry plane aircraft jet airliner carrier"
)
# Words with which "set" tells an arson attack: "set fire to the homes", "set the church ablaze / on fire".
ARSON_WORDS = {"fire", "ablaze", "alight"}
# Nouns for an attack that, with no doer named, still count when they give the place ("the overnight drone
# assault on Kyiv"), and as the subject of a verb stand for their own doer ("Russian strikes killed ...").
STRIKE_NOUNS = ATTACK_NOUNS - {"operation", "fighting"}
# Verbs that tell fighting starting or going on: "the fighting broke out near X", "shelling resumed in Y".
OUTBREAK_VERBS = words("break erupt flare rage resume escalate intensify continue persist start begin")
# Verbs by which violence begins: "violence erupted in X", "violence broke out", "flared".
ERUPTION_VERBS = {"erupt", "break", "flare"}
# Verbs whose passive subject, an attack noun, is fighting told as it was reported: "fighting was reported in X".
FIGHT_REPORTED_VERBS = {"report"}
# Verbs that stop or put off a meeting: "the government suspended peace talks" tells no meeting held.
HALT_VERBS = {"suspend", "halt", "postpone", "cancel", "abandon", "freeze", "shelve", "delay"}
# "a prisoner exchange between X and Y began": a swap is a release only of people, between named sides.
SWAP_NOUNS = {"exchange", "swap"}
# Verbs of dying told with the attack that caused it: "three people were killed in an Israeli strike".
DEATH_VERBS = {"kill", "die", "injure", "wound", "hurt"}
# Perfect-tense "attacks have killed 900 since January": a cumulative toll is a kill event, not one attack.
PERFECT_AUX = {"have", "has", "'ve", "had"}
# Nouns whose "of" object is only feared or foreseen: "fears of an assault on the city".
UNREAL_OF_NOUNS = words("fear threat risk prospect possibility danger spectre specter rumour rumor warning plan")
HARM_VERBS = words(
    "target attack strike hit retaliate destroy punish crush bomb invade annihilate eliminate fight kill"
)
# Occasions that come before or after another ("the meeting will be followed by a news briefing"): never
# a doer, though a passive verb's agent.
OCCASION_NOUNS = words("conference briefing ceremony meeting session summit talk speech dinner reception event")
# Nouns by which a report names one country it names elsewhere ("the Gulf nation", "the island state").
COUNTRY_NOUNS = frozenset({"nation", "country", "kingdom", "state", "republic", "emirate"})
# Campaigns of violence that kill for whoever wages them ("has waged an insurgency that has killed 40,000").
CAMPAIGN_NOUNS = words("campaign insurgency offensive war rebellion uprising")
# Verbs whose passive agent came before or after the subject, not did it: "the raid was followed by a drone
# strike" (the strike is a second event, no doer of the first).
SEQUENCE_VERBS = frozenset({"follow", "precede"})
# Verbs of answering that threaten harm when the answer is in arms ("will respond with force", "would react
# militarily"), and the adverbs that make it so.
RESPONSE_VERBS = {"respond", "react", "answer", "reply"}
FORCEFUL_ADVERBS = words("militarily forcefully decisively harshly strongly")
# Answers in arms that, said of the speaker's own side to come, are a threat however said ("said it would
# retaliate", "said it would hit back with all its might"); a deed said to come is a planned event instead.
SAID_THREAT_VERBS = RESPONSE_VERBS | {"retaliate", "avenge"}
# Possessives by which a warner owns the force that is to strike ("its forces will strike", "our army will").
OWN_FORCE_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}
# What a vow or warning promises when it is harm: "vowed a robust response", "vowed revenge".
RETALIATION_NOUNS = words("response retaliation revenge retribution reprisal vengeance")
# Attack verbs whose subjects are both sides: "police and militants exchanged fire" (not "drones and artillery hit").
RECIPROCAL_VERBS = {"exchange", "trade", "clash"}
# Attack verbs whose "with" object is the other side: "soldiers clashed with the militants", "traded fire with
# police", "fought a battle with troops".
WITH_SIDE_VERBS = {"clash", "exchange", "trade", "fight"}
# Verbs that are an attack only when aimed "at" or "against" someone ("launched 120 drones at Ukraine").
AIMED_VERBS = {"launch", "fire", "throw", "hurl"}
AIM_PREPS = ("at", "against")
# Things fought that are not a party: "fight corruption" is no battle.
FIGHT_OBJECTS = {"war", "battle", "battles", "wars"}
# Verbs that hand people over only when what is handed is a person ("handed over the hostage").
PERSON_OBJECT_VERBS = {"hand", "exchange", "swap"}
# Nouns for a part of something: "the whole of the region" is the region.
PARTITIVE_NOUNS = {"whole", "part", "rest", "most", "much", "parts", "control", "half", "all"}
# Force nouns that, as the subject of "enter", mean armed men entering a place.
# Nouns for armed men named by what they do, not by whom they serve: doers as written ("Gangs raided the
# station", "the attackers released 11 pupils", "suspected extremists ambushed a patrol"); never a doer as
# a modifier ("a terrorist attack" names no one).
ARMED_MEN_NOUNS = words(
    "gang attacker assailant bandit extremist kidnapper terrorist jihadist raider separatist paramilitary "
    "mercenary pirate jihadi bomber militiaman sniper combatant"
)
# Bands of armed men (not a state's troops): led by a named commander, "eliminated" when killed, and never
# visiting where they arrive to strike.
ARMED_BAND_NOUNS = ARMED_MEN_NOUNS | {"fighter", "militant", "rebel", "insurgent", "gunman", "guerrilla", "guerilla"}
# Bodies of armed men that hold captives (beside ARMED_BAND_NOUNS): "detained by the militia".
CAPTOR_BAND_NOUNS = {"militia", "gang", "cartel"}
# Adjectives that make any people noun armed men: "armed men attacked the village", "masked gunmen".
ARMED_ADJECTIVES = {"armed", "masked"}
ARMED_NOUNS = {
    "army",
    "military",
    "force",
    "troop",
    "soldier",
    "militant",
    "fighter",
    "gunman",
    "militia",
    "rebel",
    "insurgent",
    "brigade",
    "unit",
    # soldiers of a special kind ("navy commandos freed the crew")
    "commando",
    "paratrooper",
    "marine",
    "guerrilla",
    "guerilla",
} | ARMED_MEN_NOUNS
# Nouns naming a plan or deal: events inside one are its content, not something that happened.
PLAN_NOUNS = words(
    "plan proposal deal agreement truce ceasefire cease-fire accord framework initiative offer roadmap pact resolution"
)
# Verbs whose object is only acted out ("drills simulating attacks on Taiwan"): what a drill acts out did not happen.
ACTED_OUT_VERBS = {"simulate", "rehearse", "practise", "practice", "drill"}
# Verbs by which a place is told as taken from its own side: "Kessa fell to the rebels", "the town fell on
# Tuesday"; what it falls "to", "into the hands of" or "under the control of" is the taker.
FALLEN_PLACE_VERBS = {"fall"}
# Nouns a fallen place goes into or under, whose owner is the taker ("fell into the hands of X").
TAKER_NOUNS = {"hand", "hands", "control"}
# Verbs whose infinitive tells a habit ("are known to ambush vehicles", "tend to raid markets").
TENDENCY_VERBS = {"know", "tend", "use"}
# Verbs of attempting, and the deeds whose attempt, once made, is an attack ("tried to kill X", "attempted to
# storm the base").
ATTEMPT_TRIGGERS = {"try", "attempt"}
# Sites armed men hold, taken as places are ("captured the western command headquarters", "overran a garrison").
HELD_SITE_NOUNS = words(
    "headquarters headquarter garrison stronghold fort fortress airfield airbase bridge hilltop hill ridge "
    "position post command bastion enclave dam refinery oilfield palace barracks crossing airport seaport "
    "prison jail penitentiary"
)
# Nouns for a building or ground where people are, whose place modifier says where it is ("Kora's main prison",
# "his Vela classroom") and whose own "in" phrase says where it lies ("a tavern in Orlo").
SITE_NOUNS = words(
    "prison jail hospital clinic school classroom college university campus market marketplace mall hotel "
    "mosque church synagogue temple shrine tavern bar cafe restaurant nightclub stadium embassy consulate "
    "residence palace courthouse facility venue complex premises mine factory plant warehouse farm house home "
    "shop bus train terminal"
)
# Nouns for a building armed men may enter in the course of an attack ("entered the hotel", "the compound"):
# entering one takes no place (a site held, such as a palace or a prison, is taken).
ENTERED_BUILDING_NOUNS = (SITE_NOUNS | words("building compound office room")) - HELD_SITE_NOUNS
# Nouns for a site that, said with "the" and no name, point back to the site named before ("stormed the venue").
BACK_SITE_NOUNS = words("facility venue site premises property scene complex")
# Nouns of a state of affairs, no site: a place after them says where a toll was counted, not where a site lies
# ("killed in the violence in Yala", "died in the war in Kora").
NOT_SITE_NOUNS = words("war conflict unrest crisis violence hostility insurgency")
# Nouns for the edge, centre or a part of a place, whose "of" names it ("off the coast of Bana", "on the outskirts of
# Rilo", "into the centre of Kessa", "positions in the western parts of Kessa").
# (with the lemmas the lemmatiser gives: "outskirts" -> "outskirt").
EDGE_NOUNS = words("coast outskirts outskirt shore edge waters water centre center heart part fringe")
# Verbs of taking a place, whose object is where an attack made to take it struck ("launched an offensive to capture
# Kessa", "an assault aimed at capturing Rilo").
AIM_TAKING_VERBS = frozenset({"capture", "seize", "take", "retake", "recapture", "occupy", "overrun", "liberate"})
# Units of a distance, whose "from" (or a compass word's "of") names the place an event is measured from ("raided
# a camp 40 km from the town of Kessa", "attacked a convoy 60 miles north of Lodo"): the place it happened by.
DISTANCE_UNITS = words("km kilometre kilometer kilometres kilometers mile miles metre meter metres meters")
# Compass words whose "of" names the place an event lies off ("north of Lodo", "south-east of the capital").
COMPASS_WORDS = words(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west"
)
# Verbs of leaving whose "for" names where one goes ("will leave for Karsk", "departed for Oslo on Monday").
DEPARTURE_VERBS = frozenset({"leave", "depart"})
# Types whose "from" adjunct says where it happened ("abducted from a school in X", "rescued from a camp near Y").
TAKEN_FROM_TYPES = ("abduct", "release")
# Words that tell people as held captive ("the abducted students", "the crew of the hijacked tanker"): rescued
# or handed over, they are freed captives, not people saved from a flood.
TAKEN_CAPTIVE_WORDS = words("abducted kidnapped hijacked captive seized")
# Nouns of people held captive, whatever verb frees or returns them.
CAPTIVE_NOUNS = frozenset({"hostage", "captive", "prisoner", "detainee", "abductee"})
# Words that name people only as those who hold captives ("freed by his captors", "rescued from their kidnappers").
CAPTOR_WORDS = frozenset({"captor", "kidnapper", "abductor", "hostage-taker", "jailer", "jailor"})
# Verbs of taking people captive, in a clause that tells people as taken ("the girls they had abducted").
TAKING_VERBS = frozenset({"abduct", "kidnap", "seize", "capture", "take", "hold"})
# What is taken when a place is seized without naming it as one: "took control of the airport", "seized power".
RULE_OBJECTS = {"control", "power"}
# Verbs of taking whose object is a site whatever noun names it ("occupied the main square", "the town hall").
SITE_TAKING_VERBS = {"occupy"}
# What people are taken as when they are abducted: "took ten hostages", "two others were taken prisoner".
CAPTIVE_ROLES = {"hostage", "captive", "prisoner"}
# Things released or seized that are not people or places.
NOT_RELEASED = words(
    "statement report video footage figure data detail list budget document album film image photo "
    "information result body remains corpse power control territory fund money"
    " map diagram chart graphic picture photograph imagery transcript recording"
    " dove pigeon bird balloon lantern"  # "released a few white doves": a gesture, nobody freed
    " name identity finding text version statistic toll update clip tape letter communique plan"
    " evidence timetable schedule"  # "will release the names of the listed firms": a publication
)
NOT_MET = words(
    "demand need deadline target goal requirement standard expectation condition criterion obligation challenge "
    "resistance opposition criticism fate end"
)
PLACE_NOUNS = words(
    "city town village camp crossing border area building hospital territory base airport port harbour harbor district "
    "neighbourhood neighborhood region province compound corridor zone capital state station checkpoint "
    "outpost barracks market suburb county municipality island valley settlement kibbutz locality commune "
    "republic governorate oblast prefecture emirate township woreda hamlet payam boma"
)
# Nouns for a part of a place, which name where only by the place they are part of ("in Norland's east", "across
# Kessa's southern frontier", "on the outskirts of Tomba"); alone ("in the east") they name none.
PLACE_PART_NOUNS = words(
    "east west north south northeast northwest southeast southwest north-east north-west south-east south-west"
    " centre center frontier heartland interior coast outskirts outskirt hinterland"
)
# What armed men burn in an attack, besides places ("burned twenty houses", "torched the market").
# People a shooting hits, beside those of PERSON_NOUNS: "shot two herders", "a guard was shot", "shot three rebels".
SHOT_PEOPLE_NOUNS = ARMED_BAND_NOUNS | words(
    "guard herder herdsman driver trader policeman officer protester demonstrator motorist shepherd miner suspect "
    "member youth teenager fisherman hunter"
)
# Things whose burning by someone is an attack ("burned the grain store"; "burned the harvest" is not told so).
BURNED_NOUNS = words(
    "house home shop shelter hut church mosque school vehicle car truck store market building office station "
    "warehouse depot granary clinic hospital hotel bus motorcycle motorbike tent village farm"
)
# Buildings, sites and vehicles an attack hits: things, no party to it ("struck a bus", "shelled the market"); who
# owns them may be ("an army post": the army).
STRUCK_THING_NOUNS = (
    HELD_SITE_NOUNS
    | SITE_NOUNS
    | PLACE_NOUNS
    | BURNED_NOUNS
    | words("block flat apartment tower office depot pipeline facility infrastructure target hideout shelter")
    | words("boat ferry trawler tanker dhow convoy plane aircraft helicopter")
)
AID_NOUNS = {"aid", "food", "supply", "assistance", "relief", "fuel", "medicine", "water"}
# Adjectives that make what is sent aid ("sent a medical team", "planes with humanitarian supplies").
AID_MODIFIERS = {"medical", "humanitarian", "relief"}
# Verbs of sending whose cargo, once aid, tells a delivery with no receiver named ("Peru sent two planes with
# medical equipment": the article's stricken place is the receiver).
SENDING_VERBS = {"send", "dispatch"}
# What is offered when an offer is a proposal ("offered its navy ship to evacuate them", "offered a venue"), and
# the deeds offered ("has offered to send a plane"); other offers are words ("offered condolences"). An offer to
# host or mediate talks is told by the talks (negotiate, planned), not as a proposal.
OFFERED_THINGS = AIRCRAFT_NOUNS | HIJACKED_VEHICLES | AID_NOUNS | {"venue"}
OFFERED_DEEDS = {"send", "provide", "deliver", "evacuate", "repatriate"}
# Participles by which a sent vehicle carries its cargo ("a plane carrying medicines", "trucks loaded with food").
CARRYING_VERBS = {"carry", "load", "bring", "transport"}
# Verbs and adjectives that make their infinitive complement a planned event.
# ("slat": the lemmatizer's reading of "are slated to meet").
PLAN_VERBS = {"expect", "agree", "schedule", "due", "set", "plan", "intend", "go", "prepare", "slate", "slat", "poised"}
PLANNED_AUX = {"will", "shall", "'ll", "would", "wo", "should"}
# Verbs that tell that an event happened somewhere ("the attack occurred between X and Y").
OCCURRENCE_VERBS = {"occur", "happen", "take"}
# Verbs that say an event noun, their subject, happened or began ("the summit took place", "talks began"), and
# those that say it was held, in the passive ("talks were held", "the raid was carried out"): their date is its.
HAPPENING_VERBS = OCCURRENCE_VERBS | {"begin", "start", "resume"}
HOLDING_VERBS = frozenset({"hold", "convene", "stage", "conduct", "carry"})
# Types of an event held at one place by its parties together (a meeting, talks).
SESSION_TYPES = frozenset({"meet", "negotiate"})
# Verbs that tell a session begun or ended ("the talks ended in Kessa"); "continued" retells talks told before.
SESSION_COURSE_VERBS = frozenset({"end", "conclude", "commence", "open", "close"})
# What is attacked with words, not arms ("his attacks on the media", "attacked the ruling").
VERBAL_TARGETS = {"media", "medium", "press", "critic", "policy", "decision", "ruling", "remark", "comment", "record"}
# Verbs of thanking someone "for" what they did ("thanked the UAE for helping negotiate").
PRAISE_VERBS = {"thank", "praise", "credit", "commend", "applaud"}
# Verbs of mediating, whose "with the help of X" names the mediator; and the nouns of that help.
MEDIATION_VERBS = {"broker", "mediate", "negotiate", "facilitate", "arrange"}
HELP_NOUNS = {"help", "mediation", "assistance", "support"}
# Verbs by which a proposal is put to someone ("conveyed a proposal to Iran", "submitted a plan").
PROPOSING_VERBS = {
    "convey",
    "send",
    "submit",
    "present",
    "deliver",
    "table",
    "make",
    "offer",
    "hand",
    "unveil",
    "issue",
}
# Types whose noun, as the object of a verb of the same type, can tell further events ("sunk a ship, the
# first such attacks"): not absorbed into the verb's event.
SEPARATE_OBJECT_TYPES = {"attack"}
# Faiths, as modifiers of armed men ("a Christian militia", "suspected Muslim militants"): no party.
RELIGIOUS_NAMES = words("christian muslim islamic islamist jewish buddhist hindu catholic sunni shia shiite")
# Names of a creed or a doctrine, religious or political, that say what a group believes, not whose it is
# ("Communist rebels", "Maoist guerrillas").
CREED_NAMES = RELIGIOUS_NAMES | words("communist maoist marxist leninist jihadist")
# Determiners that point back to something already told ("the raid", "this attack").
DEFINITE_DETERMINERS = {"the", "this", "that"}
# Verbs whose content is feared, not told as happened ("warned of more attacks").
WARNING_VERBS = {"warn", "fear", "predict", "forecast"}
# Auxiliaries that make an event only possible ("more attacks could follow", "may have killed").
# ("can": a deed told as what someone is able to do, "it can take them days to claim their assaults").
POSSIBLE_AUX = {"could", "may", "might", "can"}
# Verbs that, in the past tense, tell an event noun as carried out or begun ("staged a planned attack", "the
# planned offensive began"): no longer planned.
CARRYING_OUT_VERBS = words("stage carry conduct launch mount begin start execute unleash")
PLANNED_ADJECTIVES = {"upcoming", "planned", "forthcoming", "scheduled", "expected", "proposed"}
# Verbs that make their complement an attempt, a threat or a wish, not an event.
ATTEMPT_VERBS = words(
    "try push invite encourage attempt seek strive struggle fail hope want urge aim threaten vow pledge "
    "promise warn refuse demand ask call deny reject dismiss"
)
# Words of demanding: what is demanded, called for or sought is only wished for, not told as happened.
#   DEMANDED_OBJECT_VERBS  their direct object: "protesters demanded the minister's resignation"
#   DEMAND_WORDS           their "for" object, verbs or nouns: "calls for his release", "demands for his resignation"
#   SUBJUNCTIVE_VERBS      their clause with a bare verb: "insisted that the governor meet him"
DEMANDED_OBJECT_VERBS = {"demand", "request", "seek", "urge", "want"}
DEMAND_WORDS = words("call demand plea appeal request push press lobby campaign ask plead pressure clamour clamor")
SUBJUNCTIVE_VERBS = {"demand", "insist", "urge", "request", "ask", "propose", "suggest", "recommend"}
# Verbs of a purpose clause whose object is the goal, not something that happened ("to secure their release").
GOAL_VERBS = {"secure", "win", "obtain", "ensure", "force"}
# Types whose purpose clause tells an intent, not a happening ("crossed the border to kidnap a farmer").
INTENDED_TYPES = {"attack", "kill", "abduct", "seize", "release", "assassinate"}
# Verbs after which "to X" tells what was done, not only meant ("they came to bomb the village").
MOTION_VERBS = {"come", "return"}
# Verbs whose object does what their "to" clause tells, and did it ("prompting Kessa to stage raids", "forced the
# army to retreat"): no purpose of the subject.
OBJECT_CONTROL_VERBS = frozenset({"prompt", "force", "push", "lead", "cause", "spur", "drive", "compel", "provoke"})
# Verbs whose object or passive subject is an event that was stopped before it happened ("foiled an attack").
PREVENTED_VERBS = {"prevent", "avert", "preempt", "pre-empt"}
# Verbs whose object or passive subject is a planned event that was dropped before it happened ("cancelled a
# trip to Oslo", "the talks were scrapped"; a postponed one may still be planned for later).
CANCELLED_VERBS = words("cancel scrap abort")
# Verbs by which one side stops the other's attack by force: the stopping is the event, by the stopper,
# against the attacker ("troops intercepted a raid by the rebels").
COUNTER_VERBS = {"foil", "thwart", "intercept"}
# Verbs by which one side beats back an attack that took place: the attack is the attacker's, against the side
# that beat it back ("the army repelled an attack by the Tanza Front": the Tanza Front's attack on the army).
REPELLED_VERBS = {"repel", "repulse"}
# Verbs that deny a report of a deed ("the ministry denied reports that its jets bombed the market").
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute"}
# Nouns for a telling that a denial can deny ("denied reports that ...", "rejected claims that ...").
DENIED_TELLING_NOUNS = words("report claim allegation accusation suggestion rumour rumor assertion charge")
# Participles in a "Country-made" modifier: who made the weapon, not who used it ("a Ruvian-made rocket hit a
# farm" tells no Ruvian attack; "a rebel-fired rocket" does).
MAKER_PARTICIPLES = words("made built manufactured supplied designed produced developed donated")
# Verbs whose object noun names an event someone else did: "X condemned the attacks" is not X's attack.
STANCE_VERBS = words(
    "condemn claim accuse deny denounce criticise criticize praise welcome report confirm blame mourn "
    "reject describe investigate dismiss decry hail applaud justify defend call discuss protest repel "
    "repulse thwart foil survive label term brand dub characterise characterize"
)
# Verbs that judge someone for a deed ("accused X of shelling", "blamed X for the attack"): the one judged did
# the deed, never the judge; a participle hanging from them ("..., killing two") goes on with the deed.
JUDGED_DEED_VERBS = words("accuse blame charge suspect condemn denounce criticise criticize fault commend")
# Verbs by which a teller counts, records or witnesses deeds of others ("documented 30 strikes, killing 90", "a
# resident who witnessed the bombing"): its subject tells of the deed, it did not do it.
RECORDING_VERBS = words(
    "document record count verify tally register log film photograph capture witness see watch hear recall remember"
)
# What a deed is recorded on ("captured on camera", "caught on video"): a recording, no seizure.
MEDIA_NOUNS = words("camera video film tape cctv footage")
# Nouns that name a place by what happened there: "Dornak Pass, the site of a clash on Friday".
SCENE_NOUNS = words("site scene")
# Nouns for the members a named group sends, besides armed men and people ("elements from the X sect", "officers
# from the Fiji Police Force", "a team from the Red Crescent").
MEMBER_NOUNS = {"man", "gunman", "element", "member", "officer", "team", "personnel"}
# Adjectives that tie armed men to the group they fight for, with their preposition ("fighters loyal to X").
ALLEGIANCE_WORDS = {
    "loyal": ("to",),
    "allied": ("to", "with"),
    "linked": ("to", "with"),
    "affiliated": ("with", "to"),
    "aligned": ("with",),
    "tied": ("to",),
}
# Verbs by which a doer owns a deed: "X claimed an attack", "X claimed responsibility for the bombing".
RESPONSIBILITY_VERBS = words("claim")
# Verbs of owning "responsibility" with no deed named, which claim the deed told just before ("the Front later took
# responsibility"; transforms/events/rows.py).
CLAIMING_VERBS = RESPONSIBILITY_VERBS | words("take accept assume")
CONDITION_MARKS = {"if", "unless", "whether"}
# Words that open a clause on a condition still to be met when the clause is in the present or future
# ("once a deal is struck", "as soon as talks resume"); a past clause after them tells a happening ("once
# inside, the gunmen opened fire").
ONCE_MARKS = {"once"}
# Nouns whose "in the ... (that)" clause or "of" object is a condition ("in the event a deal is struck",
# "in case of an attack"): conditioned, not told as happened.
EVENTUALITY_NOUNS = {"event", "case"}
# Modals that, before "have" and a participle, tell what did not happen ("they would have killed more").
COUNTERFACTUAL_AUX = {"would", "could", "might", "should", "must"}
# Adjectives that make an event noun only possible or feared ("a potential new attack", "possible strikes").
HYPOTHETICAL_ADJECTIVES = words("potential possible feared hypothetical prospective likely eventual")
# Adjectives that make a bare plural event noun a kind of deed, not a happening ("earlier militia attacks",
# "periodic raids"); adverbs that make the verb whose object it is a habit ("regularly launches attacks").
HABITUAL_ADJECTIVES = words("previous past earlier periodic frequent occasional sporadic regular recurrent routine")
HABITUAL_ADVERBS = words("regularly routinely often frequently usually typically periodically habitually")
# Words of what someone can or would do, not what was done ("capable of striking", "willing to reopen talks").
CAPABILITY_WORDS = words("capable capability capacity willing willingness ready readiness eager")
# Verbs that stop a deed: their object tells the stopping, not a happening of its own, when the object is
# no particular deed ("halted attacks", "stop all fighting"; "ended a five-hour siege" tells the siege).
ENDING_VERBS = words("stop halt cease suspend end pause")
# Determiners that leave a noun no particular referent ("all fighting", "any attack").
NONSPECIFIC_DETERMINERS = {"all", "any"}
# Prepositions whose object names where an event took place or went to.
LOCATION_PREPS = ("to", "in", "into", "at", "inside", "within", "outside", "near", "towards", "toward", "across")
# Prepositions whose object is where something is, never who acts ("raids in Abyan").
PLACE_PREPS = {"in", "into", "at", "inside", "within", "outside", "near", "across", "around"}
# Third-person plural pronouns: "they" stands for people or a group, not one place.
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
# Prepositions whose object an attack is aimed at ("air strikes on Kuro", "an offensive against X").
ATTACK_PREPS = ("on", "against")
# Prepositions whose DATE object is not the date of the event ("since October", "for months").
NON_POINT_PREPS = words("since until till for from by before after through throughout following over within")
# A length of time ("more than a decade", "nearly two years"): its units, and the words that make it a length
# (a bound on a count) rather than a point ("two years ago", "last year").
TIME_UNITS = words("hour day week month year decade century")
# Shorter or named stretches of time, and the quantifiers of a vague count ("several mortars" is no date).
SMALL_TIME_UNITS = words("second minute night morning evening afternoon weekend season")
VAGUE_QUANTIFIERS = words("several many few some numerous multiple various")
LENGTH_BOUNDS = words("more less than over nearly almost some about")
# Conjunctions of a clause that tells when its main clause's event happened ("shot dead X as he left").
TIME_MARKS = {"as", "when", "while"}
# Prepositions that place a nominal event before or after the clause's own (a separate event).
TIME_PREPS = {"after", "before", "since", "following", "until", "amid", "during"}
# Where something was said ("said at a cabinet meeting", "said during a meeting of army chiefs").
SETTING_PREPS = {"at", "during", "in"}
# Marks of a clause whose event happened before or after its main clause's ("after the group seized X").
SEPARATE_TIME_MARKS = {"after", "before", "since", "until", "once"}
# Adjunct prepositions whose nominal event shares the main clause's time ("in its operations on 7 May").
SAME_TIME_PREPS = {"in", "during", "on", "amid", "at"}
# Links from a trigger up to the clause it belongs to (relative clauses and "acl" start their own).
CHAIN_DEPS = {"xcomp", "pcomp", "pobj", "prep", "dobj", "conj", "advcl", "compound", "nsubjpass", "acomp"}
# Group nouns that stand for the state or organisation named in their modifier ("Israeli forces").
FORCE_NOUNS = ARMED_NOUNS | {
    "authority",
    "delegation",
    "drone",
    "government",
    "guard",
    "jet",
    "missile",
    "navy",
    "police",
    "warplane",
    "helicopter",
    "gunship",
    "junta",
    "ship",
    "warship",
    "vessel",
}
# Nouns for a harm done to someone, whose "of" phrase names the victim ("the killing of X").
VICTIM_NOUNS = {"killing", "murder", "kidnapping", "abduction"}
# Nouns whose possessor, with no "of" object, is who it was done to: "his release", "Díaz's capture", besides the
# harms ("Akil's killing"); "Hamas's release of two hostages" names the doer. "Her death" names who died.
SUFFERED_NOUNS = VICTIM_NOUNS | {"release", "rescue", "capture", "death"}
# Types kept without a named doer when the verb names who suffered it (a passive subject) or where:
# "a Swiss national was freed", "46 people were killed in Goma".
NULL_ACTOR_TYPES = {"release", "abduct", "kill", "attack", "seize"}
# Role nouns that stand for the state or body named in their "of" phrase ("the foreign ministers of X and Y").
REPRESENTATIVE_NOUNS = words(
    "minister envoy leader delegation official president representative negotiator ambassador head "
    "counterpart chief delegate diplomat member mediator"
)
# Roles whose holder an article names with the title ("Emir Tamim", "King Omar"): a role told alone stands for that
# holder, or for no one the rules can name ("the king arrived" with no king named is no party).
HOLDER_ROLE_NOUNS = REPRESENTATIVE_NOUNS | words("emir king sultan monarch premier ruler sheikh")

# Who meets when they gather or convene ("delegations gathered in Lisbon", "the leaders convened in Abuja"): envoys,
# leaders and those sent to talk, not crowds or troops.
GATHERING_PARTIES = REPRESENTATIVE_NOUNS | words("leader mediator")
# Nouns for a people's own groups, sides of a fight when named by their modifiers ("the Oru and Daki clans").
COMMUNITY_NOUNS = words("clan tribe community")
PARTY_NOUNS = FORCE_NOUNS | GROUP_NOUNS | REPRESENTATIVE_NOUNS | COMMUNITY_NOUNS
# People who are no force but may do violence, named as written when they do it ("protesters stormed the
# ministry", "the killing of three guards by an inmate", "officers regained control of the station").
# Nouns for a happening that is the event a modifier names ("a shooting incident", "a bombing episode").
HAPPENING_NOUNS = words("incident episode")
DOER_NOUNS = words(
    "protester protestor demonstrator rioter mob smuggler settler inmate looter poacher officer youth occupant supporter"
    " radical vigilante hooligan thug arsonist criminal"
)
# Verbs of harm that are an attack when the text says who did it ("was wounded with a knife by smugglers");
# without a doer they tell the toll of an attack told elsewhere ("three were injured in the blast").
HARM_DONE_VERBS = words("wound injure stab")
# What is executed that is no person: "executed the plan", "executed a search warrant".
EXECUTED_THINGS = words(
    "plan order warrant strategy policy programme program contract trade deal transaction operation move "
    "manoeuvre maneuver task command attack raid strike mission project decision judgment search agreement"
)
# What rioters throw: "hurled stones", "threw petrol bombs" (a bomb or grenade is a weapon already).
THROWN_NOUNS = words("stone rock brick molotov cocktail firebomb")
# Forces of nature, whose striking or hitting a place is a disaster, no attack ("a strong quake struck the valley",
# "storms that struck the coast", "Cyclone Idra struck Beira").
NATURAL_FORCE_NOUNS = words(
    "quake earthquake tremor aftershock storm cyclone hurricane typhoon tornado flood flooding floodwater deluge "
    "landslide mudslide landslip avalanche tsunami wildfire bushfire drought heatwave lightning disaster downpour "
    "rain monsoon blizzard snowstorm eruption"
)
# What two sides sign when a signing ends their talks ("signed a framework accord in Nairobi", "signed a defence
# pact"); a law, a contract or an order signed is no negotiation.
SIGNED_PACT_NOUNS = words(
    "agreement accord deal pact truce ceasefire cease-fire treaty declaration memorandum protocol armistice framework"
    " cessation"
)
# A truce declared is one put forward ("declared a unilateral ceasefire"); victory or an emergency declared is none.
DECLARED_TRUCE_NOUNS = words("truce ceasefire cease-fire armistice")
# Pacts that end fighting ("agreed to a truce"), and what makes an agreement one ("a peace deal", "a ceasefire
# accord", "a cessation of hostilities").
TRUCE_NOUNS = DECLARED_TRUCE_NOUNS | {"cessation"}
TRUCE_MODIFIERS = frozenset({"peace", "hostility", "fire"})
# Words that declare a truce ended, not put forward ("declared the ceasefire null and void", "declared the truce over").
ENDED_TRUCE_WORDS = words("null void over dead invalid defunct ended finished")
# Who arrests: police or state troops taking a person is an arrest, no abduction or seizure ("police captured the
# suspect", "soldiers captured the cartel leader at a ranch"); "security" or "police" make forces such ("security
# forces captured him").
ARRESTING_NOUNS = words(
    "police policeman policewoman officer agent detective authority soldier troop army military marine"
)
ARRESTING_FORCE_MODIFIERS = words("security police federal government")
# People taken because they are wanted: their capture is an arrest whoever makes it ("the suspect was captured
# after a manhunt").
WANTED_NOUNS = words(
    "suspect fugitive gunman attacker assailant shooter killer perpetrator kingpin culprit murderer escapee convict"
)
# Nouns that name a blast, an attack when a weapon names them ("a bomb blast killed four").
BLAST_NOUNS = words("blast explosion detonation")
# Modifiers of a blast that make it an accident, no attack ("a gas explosion", "a boiler blast at a factory").
ACCIDENT_BLAST_WORDS = words(
    "gas boiler chemical fuel factory firework fireworks pipeline methane mine coal industrial accidental cylinder "
    "reactor warehouse transformer dust volcanic"
)
# Nouns of a fight between two sides: "soldiers were killed in clashes with militants" (the militants did it).
FIGHT_NOUNS = words("clash skirmish gunfight firefight fighting shootout gunbattle encounter firing")
# Nouns that, as the "with" object of talk or speak, are no party ("spoke with one voice").
NOT_PARTIES = words(
    "voice reporter journalist press medium media audience crowd confidence caution urgency emotion conviction"
)
# Clauses without a named doer that carry on the sentence's previous event ("..., killing 12").
CONTINUING_DEPS = {"advcl", "conj", "ROOT", "ccomp"}
# Types whose nominal trigger takes its actor from a modifier ("Hamas attack", "Israeli strikes").
MODIFIER_ACTOR_TYPES = {"attack", "kill", "abduct", "propose", "seize", "release", "aid"}
# Types whose nominal trigger in an adjunct is done by the main clause's subject ("During talks with X, Y ...").
ADJUNCT_ACTOR_TYPES = {"visit", "meet"}
# Verbs of coming together: their subject holds the talks they came for ("gathered in X for talks").
GATHERING_VERBS = {"gather", "convene", "assemble", "meet", "sit"}
# Nouns for one sitting of a series of talks: "a second round of talks", "a new session of negotiations".
SESSION_NOUNS = {"round", "session"}
# Types whose noun, as a verb's object, is done by that verb's subject ("held talks", "sent a convoy").
LIGHT_VERB_TYPES = {"visit", "meet", "negotiate", "attack", "aid", "propose"}
# Types whose object or "to" phrase is a place by the meaning of the verb.
DESTINATION_TYPES = {"visit", "attack", "seize", "aid"}
# People who can be held, freed or handed over: the shared nouns for people and the young, who are often
# the ones taken ("seized 276 schoolgirls", "kidnapped 20 boys").
PERSON_NOUNS = PEOPLE_NOUNS | {"girl", "boy", "schoolgirl", "schoolboy", "schoolchild"}
# Adjectives that count or time a plural event noun, so that it tells happenings ("several attacks").
COUNT_ADJECTIVES = words("several many numerous multiple repeated recent frequent daily nightly further new")
# Verbs that begin an operation, so that it is told as a happening ("launched an operation in the north").
OPERATION_START_VERBS = words("launch begin start open mount")
# Prepositions whose object is what something is about, not when or where ("over militant attacks").
TOPIC_PREPS = words("over about against")
# Subject pronouns for one person that, opening a sentence, carry on the previous sentence's subject.
SENTENCE_PERSON_PRONOUNS = words("he she")
# Types of a hostile act an arrival by its doer leads into ("arrived ... and opened fire").
HOSTILE_TYPES = words("attack kill abduct seize assassinate threaten")
# The hostile deeds done, not only warned of: what a definite noun may tell again ("the attack", "the abduction"),
# and whose attempt, once made, is an attack ("tried to kill X").
HARM_TYPES = HOSTILE_TYPES - {"threaten"}
# Nouns of a fight: deaths "in a brawl" are told as the toll of that fight (one happening, an attack;
# GUIDELINE). Riot and brawl are also attack triggers of their own (table.py); the others are not.
MELEE_NOUNS = words("fight brawl riot battle melee scuffle confrontation encounter")
# Words before a date's preposition that say where in the period it falls ("earlier in the day", "late on
# Tuesday").
PERIOD_SIDE_WORDS = words("earlier later early late")
# What harms without being a party: weapons, shots and blasts ("killed by an accidental gunshot").
HARMING_THINGS = WEAPON_NOUNS | FIRE_NOUNS | words("gunshot blast explosion")
