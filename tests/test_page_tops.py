"""Page tops: the headline and the dateline found over the many layouts news pages print (issue 12).

Every page top here is invented (places, agencies, layouts): a page in, the exact (title, dateline, agency) out.
"""

from __future__ import annotations

import pytest

from newsfacts.transforms.cleaning import clean

LEAD = "Officials said the talks would resume next week after a long pause in the northern region."
MORE = "Residents said the roads into the town had been closed since the weekend, and prices had doubled."

PAGE_TOPS = [
    # a dateline after a one-line lede, the agency after a comma and a colon at its end
    (
        "Rains swamp the northern valley\n\nFloods cut roads across three provinces.\n\nNAIROBI, March 3 , Reuters: ",
        "Rains swamp the northern valley",
        "Nairobi",
        "Reuters",
    ),
    (
        "Border crossing shut after clashes\n\nTrucks queued for miles on Monday.\n\nKABUL, 4 June, AFP: ",
        "Border crossing shut after clashes",
        "Kabul",
        "Agence France-Presse",
    ),
    (
        "Strike halts the port\n\nDockers walked out at dawn.\n\nLAGOS, Nigeria, May 9 , Xinhua -- ",
        "Strike halts the port",
        "Lagos",
        "Xinhua",
    ),
    # a site's credit in brackets before the dateline
    (
        "Rains swamp the northern valley\n\n(Globe24- Agency) DHAKA, 3 March (AFP) - ",
        "Rains swamp the northern valley",
        "Dhaka",
        "Agence France-Presse",
    ),
    (
        "Talks stall over border line\n\n(Metro Wire - Desk Copy) TBILISI, 12 May (Reuters) – ",
        "Talks stall over border line",
        "Tbilisi",
        "Reuters",
    ),
    (
        "Ferry sinks off the coast\n\n(Portal9- Agencies) LORVEN, 3 March (AG) - ",
        "Ferry sinks off the coast",
        "Lorven",
        "AG",
    ),
    # the day alone, a weekday, an agency in capitals
    (
        "Protest fills the capital\n\nMADRID, 22 (EUROPA PRESS) - ",
        "Protest fills the capital",
        "Madrid",
        "Europa Press",
    ),
    ("Miners trapped underground\n\nSANTIAGO, 8 (EFE) - ", "Miners trapped underground", "Santiago", "EFE"),
    (
        "Curfew lifted in the south\n\nLIMA, Peru, Tuesday (AP) -- ",
        "Curfew lifted in the south",
        "Lima",
        "Associated Press",
    ),
    ("Bridge reopens to traffic\n\nQUITO, Friday (Reuters) — ", "Bridge reopens to traffic", "Quito", "Reuters"),
    # agencies in brackets, several of them, ".-" and "--" endings
    (
        "Army retakes the hill town\n\nBOGOTA, Colombia, March 3 (EFE).- ",
        "Army retakes the hill town",
        "Bogota",
        "EFE",
    ),
    (
        "Shelling resumes near the river\n\nGAZA, 5 March (AFP/Reuters) - ",
        "Shelling resumes near the river",
        "Gaza",
        "Agence France-Presse",
    ),
    (
        "Rebels seize a second town\n\nGOMA, DR Congo, April 2 (Reuters) -- ",
        "Rebels seize a second town",
        "Goma",
        "Reuters",
    ),
    (
        "Quake shakes the coast\n\nMANILA, Jan 14 (Xinhua) — ",
        "Quake shakes the coast",
        "Manila",
        "Xinhua",
    ),
    # two sentences, or one full sentence with its stop, as the headline
    (
        "Floods kill dozens in the north. Thousands flee.\n\nDHAKA, March 3 (Reuters) - ",
        "Floods kill dozens in the north. Thousands flee.",
        "Dhaka",
        "Reuters",
    ),
    (
        "The ceasefire holds for a third day.\n\nBEIRUT, June 7 (AP) — ",
        "The ceasefire holds for a third day.",
        "Beirut",
        "Associated Press",
    ),
    (
        "Prices soar. Shops close early.\n\nHARARE, Zimbabwe, Oct 2 (AFP) - ",
        "Prices soar. Shops close early.",
        "Harare",
        "Agence France-Presse",
    ),
    # a headline opening with a quoted word, above bullet summary lines
    (
        "‘Nowhere to go’: families flee rising waters\n\n• Rivers burst their banks after a week of rain\n"
        "• Thousands displaced across four districts\n\nDHAKA, March 3 (AFP) - ",
        "‘Nowhere to go’: families flee rising waters",
        "Dhaka",
        "Agence France-Presse",
    ),
    (
        "“We lost everything”: farmers count the cost of drought\n\n* Harvests down by half\n* Cattle sold off\n\n"
        "NAIROBI, July 1 (Reuters) - ",
        "“We lost everything”: farmers count the cost of drought",
        "Nairobi",
        "Reuters",
    ),
    (
        "'Too late': rescuers reach the buried village\n\nKATHMANDU, Nepal (AP) — ",
        "'Too late': rescuers reach the buried village",
        "Kathmandu",
        "Associated Press",
    ),
    # a masthead above the headline is never the title
    ("NEW YORK TIMES\n\nStorm floods the coastal towns\n\n", "Storm floods the coastal towns", None, None),
    (
        "VALDONIA DAILY NEWS\n\nCouncil approves new bus lanes\n\nKYIV, March 3 (Reuters) - ",
        "Council approves new bus lanes",
        "Kyiv",
        "Reuters",
    ),
    # bylines, dates and furniture above the dateline
    (
        "Dam talks collapse\n\nBy Mara Quint\nMarch 3, 2025\n\nCAIRO, March 3 (Reuters) - ",
        "Dam talks collapse",
        "Cairo",
        "Reuters",
    ),
    # a section label or a byline above the headline is never the title
    (
        "World\n\nRebels shell the river port\n\nJUBA, South Sudan, May 2 (AFP) - ",
        "Rebels shell the river port",
        "Juba",
        "Agence France-Presse",
    ),
    (
        "Rebels shell the river port\n\nBy Lena Ortiz and Tomas Weir\n\nJUBA, Sunday (Reuters) - ",
        "Rebels shell the river port",
        "Juba",
        "Reuters",
    ),
    (
        "Rebels shell the river port\n\nUpdated: June 3, 2025 10:15 GMT\n\nTRIPOLI, Libya, June 3 , AP: ",
        "Rebels shell the river port",
        "Tripoli",
        "Associated Press",
    ),
    # the country in square brackets after the place, with or without the agency (as ANI prints it)
    (
        "Fire guts a market\n\nGulu [Uganda], May 3 (ANI): ",
        "Fire guts a market",
        "Gulu",
        "Asian News International",
    ),
    ("Fire guts a market\n\nNairobi [Kenya], June 26 : ", "Fire guts a market", "Nairobi", None),
    # a caption opening "In this photograph" under a place and a colon is no dateline; the real one follows
    (
        "Fire guts a market\n\nGulu : In this pool photograph, traders stand by the ruins.\n\nKAMPALA, May 3 (AFP): ",
        "Fire guts a market",
        "Kampala",
        "Agence France-Presse",
    ),
    # a site's path glued to the headline, and an image slider's label, are not the headline's words
    ("HomeNewsFire guts a market\n\nACCRA (AP) — ", "Fire guts a market", "Accra", "Associated Press"),
    ("HomeWorldAfricaFire guts a market\n\nACCRA (AP) — ", "Fire guts a market", "Accra", "Associated Press"),
    ("NextImg:Fire guts a market\n\nACCRA (AP) — ", "Fire guts a market", "Accra", "Associated Press"),
    ("Homeland guards seize a port\n\nACCRA (AP) — ", "Homeland guards seize a port", "Accra", "Associated Press"),
    # a site's masthead (its web name and slogan) above the headline is no headline
    (
        "Warwatch.net - Your Window On The Front\nFire guts a market in the old town\nACCRA (AP) — ",
        "Fire guts a market in the old town",
        "Accra",
        "Associated Press",
    ),
    # a news app's promotion above the page's labels and headline is furniture
    (
        "Get all of your news in one place!\n300's of premium publications\nOne app\nStart reading\nDaily Wire\nWorld\n\n"
        "Fire guts a market in the old town\n\nACCRA (AP) — ",
        "Fire guts a market in the old town",
        "Accra",
        "Associated Press",
    ),
    # forms found before: they must stay found
    ("Fire guts a market\n\nACCRA (AP) — ", "Fire guts a market", "Accra", "Associated Press"),
    (
        "Fire guts a market\n\nNew Delhi, June 17 (IANS) - ",
        "Fire guts a market",
        "New Delhi",
        "Indo-Asian News Service",
    ),
    ("Fire guts a market\n\nISLAMABAD: ", "Fire guts a market", "Islamabad", None),
    ("Fire guts a market\n\n(Reuters) - ", "Fire guts a market", None, "Reuters"),
    # a city whose name is also an agency's ("SANA") is the place when the dateline puts it in a country with it
    ("Fire guts a market\n\nSANA, Yemen — ", "Fire guts a market", "Sana", None),
    # skip links ("Go to Contents") are furniture; a wire's version tag ("(5th LD)") opens no headline, and an
    # initial's stop ("N. Kalos") ends no sentence in it
    (
        "Go to Navigation Go to Contents\n\n(5th LD) N. Kalos fires shells onto S. Kalos island\n\nSEOUL, Nov. 23"
        " (Yonhap) -- ",
        "N. Kalos fires shells onto S. Kalos island",
        "Seoul",
        "Yonhap",
    ),
    # a follow button, an outlet's name over the day's date and a video's title above the headline are furniture
    ("Connect with us\n\nFire guts a market\n\nACCRA (AP) — ", "Fire guts a market", "Accra", "Associated Press"),
    (
        "The Kalos Herald 18 July 2024, Thursday\n\nFire guts a market\n\nACCRA (AP) — ",
        "Fire guts a market",
        "Accra",
        "Associated Press",
    ),
    (
        "Moment the roof caught fire - video\n\nFire guts a market\n\nACCRA (AP) — ",
        "Fire guts a market",
        "Accra",
        "Associated Press",
    ),
    # a place and the day alone on their line above the lead: the dateline, no title
    ("Fire guts a market\n\nAccra, Thursday\n\n", "Fire guts a market", "Accra", None),
    # a pipe for the dateline's dash
    ("Fire guts a market\n\nACCRA, Ghana | ", "Fire guts a market", "Accra", None),
    # a dateline alone on its line, the agency in brackets after the day, no dash
    ("Fire guts a market\n\nAmman, Mar 3, 2019 (AFP)\n\n", "Fire guts a market", "Amman", "Agence France-Presse"),
    # a site's account and widget bar above the headline is furniture
    (
        "Log in | Create an Account Weather Currency Instagram Youtube Search\n\nFire guts a market\n\nACCRA (AP) — ",
        "Fire guts a market",
        "Accra",
        "Associated Press",
    ),
    # a weather widget and a section label over the headline, a byline and a time under it (audit 53b)
    (
        "88°F\nweather icon Sunny\nTarsk KS\nNation and World\n\nRebels free two aid workers in Kessa\n\n"
        "By Ana Lind The Valdonian Press\nMay 3, 2024 - 9:10 am\n\nKESSA, Norland — ",
        "Rebels free two aid workers in Kessa",
        "Kessa",
        None,
    ),
    # a page's fields printed as bullets over the headline (audit 53d)
    (
        "  • publish: 3 May 2024\n  • time: 9:10 am\n  • category: Politics\n  • No: 4411\n\n"
        "Envoy leaves for Kessa to hold a fifth round of talks with the rebels\n\n",
        "Envoy leaves for Kessa to hold a fifth round of talks with the rebels",
        None,
        None,
    ),
    # a site's template error over the headline (audit 54c)
    (
        "Search module is not installed.\n\nOne soldier killed in border clash with rebels\n\n03.05.2024\n\n",
        "One soldier killed in border clash with rebels",
        None,
        None,
    ),
    # the day, then the place in capitals in brackets, and no dash before the lead (audit 54b)
    ("Fire guts a market\n\nMay 15, 2024 (KESSA) ", "Fire guts a market", "Kessa", None),
    # a reading time alone over the lead is no headline (audit 53b)
    ("Reading Time: < 1 minute\n\n", None, None, None),
    # the page's time stamp printed at the end of the headline's line (audit 54a)
    (
        "Two soldiers killed by air strikes in Kessa Tuesday, March 3, 2020 9:15:10 AM\n\n",
        "Two soldiers killed by air strikes in Kessa",
        None,
        None,
    ),
    # a strip of icon names above a timestamp and the headline
    (
        "icon menuicon searchicon shareicon mailicon fbicon twicon printicon\n"
        "4 Mar, 2026 08:09\n\nKessa and Velia agree a truce in Tarsk\n\n",
        "Kessa and Velia agree a truce in Tarsk",
        None,
        None,
    ),
    # a paper's masthead line, its breadcrumb from the home page, its update stamp and its article buttons
    (
        "Daily Newspaper published by Kessa Printing & Publishing Co. Tarsk, Kessa\nHomepage \\World/Asia:\n"
        "Latest Update: Tuesday 3/3/2026, 12:20 AM Tarsk Time\nSend Article Print Article\n"
        "Three guards killed in clashes near the border\n\n",
        "Three guards killed in clashes near the border",
        None,
        None,
    ),
    # the page's date with spaces before its commas, over the headline
    ("The Kessa Herald\nTuesday , March 3 , 2026\n\nProtests rock Kessa\n\n", "Protests rock Kessa", None, None),
    # a weather widget's line over the section's breadcrumb and the headline
    (
        "The Kessa Herald Newspaper\nClear Day 70° Clear\nNews >  World\n\nStudents freed two weeks after abduction\n\n",
        "Students freed two weeks after abduction",
        None,
        None,
    ),
    # a page's date in brackets glued before the dateline
    ("[March 3, 2026]TARSK (AP) — ", None, "Tarsk", "Associated Press"),
    # a sign-in box and a picture's alt text glued before the headline
    (
        "Remember meForgot password?\n    Log in with Twitter\n\narticle imageRebels 'kidnap 30' in Kessa\n\n",
        "Rebels 'kidnap 30' in Kessa",
        None,
        None,
    ),
    # a site's daily list and a job board's ad above the headline
    (
        "Today from Kessa Online: _\n\nAt least 23 killed in clan fighting\n\n",
        "At least 23 killed in clan fighting",
        None,
        None,
    ),
    (
        "Find a Security Clearance Job!\n\nKessa and rebels prepare a prisoner swap\n\n",
        "Kessa and rebels prepare a prisoner swap",
        None,
        None,
    ),
]

# Pages with no dateline (or no title): nothing may be read from them.
NEGATIVES = [
    ("Storm floods the coastal towns\n\n" + "Paris, a city of protests, saw another march on Sunday. ", None),
    ("Storm floods the coastal towns\n\n" + "Madrid has seen three strikes this spring, unions said. ", None),
    ("Storm floods the coastal towns\n\n" + "April 6 was the day the dam broke, officials said. ", None),
    ("Storm floods the coastal towns\n\n" + "REUTERS, March 3 - ", None),
    ("Storm floods the coastal towns\n\n" + "Officials, Police (AP) — ", None),
    # the agency's name alone, placed nowhere, is no place
    ("Storm floods the coastal towns\n\n" + "SANA, Velia — ", None),
]


@pytest.mark.parametrize(("top", "title", "dateline", "agency"), PAGE_TOPS)
def test_page_top(top, title, dateline, agency):
    cleaned = clean(top + LEAD + "\n\n" + MORE)
    assert (cleaned.title, cleaned.dateline, cleaned.agency) == (title, dateline, agency)


@pytest.mark.parametrize(("top", "dateline"), NEGATIVES)
def test_no_dateline(top, dateline):
    cleaned = clean(top + LEAD + "\n\n" + MORE)
    assert (cleaned.title, cleaned.dateline) == ("Storm floods the coastal towns", dateline)


def test_a_sentence_lede_above_a_place_label_is_no_title():
    assert clean("The council met on Tuesday.\n\nKARVO VALLEY: The mayor spoke.").title is None


def test_a_lede_sentence_with_a_statement_is_no_title():
    page = "Floods cut roads, officials said.\n\nNAIROBI, March 3 (Reuters) - " + LEAD
    assert (clean(page).title, clean(page).dateline) == (None, "Nairobi")


def test_the_site_credit_leaves_the_text():
    cleaned = clean("Ferry sinks off the coast\n\n(Globe24- Agency) DHAKA, 3 March (AFP) - " + LEAD)
    assert (cleaned.text.startswith("DHAKA, 3 March"), "(Globe24- Agency)" in cleaned.removed) == (True, True)


def test_the_agency_never_absorbs_the_place():
    cleaned = clean("Ferry sinks off the coast\n\nMADRID, 22 (EUROPA PRESS) - " + LEAD)
    assert (cleaned.dateline, cleaned.agency) == ("Madrid", "Europa Press")


@pytest.mark.parametrize(
    "menu",
    [
        "Latest podcastsLatest galleries",
        "EU EditionAfrica EditionEdición Latina",
        "Border disputeGulf StatesSahel",
        "Sign up for alertsFollow us",
    ],
)
def test_menu_items_run_together_are_furniture(menu):
    cleaned = clean(menu + "\n\nRebels shell the river port\n\n" + LEAD + "\n\n" + MORE)
    assert (cleaned.title, menu in cleaned.removed, cleaned.text) == (
        "Rebels shell the river port",
        True,
        LEAD + "\n\n" + MORE,
    )


@pytest.mark.parametrize("name", ["BlackRock shares slide after results", "Investors weigh JavaScript flaws"])
def test_a_brand_written_in_camel_case_is_no_menu(name):
    assert clean(name + "\n\n" + LEAD + "\n\n" + MORE).title == name


@pytest.mark.parametrize(
    "notice",
    [
        "Thank you for registering",
        "Thank you for subscribing!",
        "Please refresh the page to be logged in",
        "Please refresh your browser to see the latest version",
    ],
)
def test_sign_in_notices_are_furniture(notice):
    cleaned = clean(notice + "\n\nRebels shell the river port\n\n" + LEAD)
    assert (cleaned.title, cleaned.text) == ("Rebels shell the river port", LEAD)


@pytest.mark.parametrize(
    "links", ["1. Skip to content\n2. Skip to main menu", "1. Skip to more Example sites", "Skip to more sites"]
)
def test_numbered_skip_links_are_furniture(links):
    cleaned = clean(links + "\n\nRebels shell the river port\n\n" + LEAD)
    assert (cleaned.title, cleaned.text) == ("Rebels shell the river port", LEAD)


@pytest.mark.parametrize(
    "bar",
    [
        "Logo of Kalos Herald newspaper Kalos Herald - Rebels shell the river port",
        "Valdonia Daily | Rebels shell the river port",
        "Rebels shell the river port – Karvo Times Online",
    ],
)
def test_a_title_bar_above_the_headline_gives_way_to_it(bar):
    headline = "Rebels shell the river port"
    page = bar + "\n\n" + headline + "\n\n" + LEAD
    assert (clean(page).title, clean(page).text) == (headline, LEAD)


def test_a_dateline_with_the_day_inside_the_credit_brackets():
    cleaned = clean("DAVAO CITY (Islandwire / 05 March) – " + LEAD)
    assert (cleaned.dateline, cleaned.agency) == ("Davao City", "Islandwire")


def test_a_place_line_with_the_day_in_the_credit_brackets_of_a_known_agency():
    cleaned = clean("Fire guts a market\n\nCEBU CITY (Reuters / 12 May) — " + LEAD)
    assert (cleaned.title, cleaned.dateline, cleaned.agency) == ("Fire guts a market", "Cebu City", "Reuters")


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("Cathedral attacks", "Bomb hits a crowded service in the old town, 14 hurt"),
        ("War in the north", "Rebels shell the river port as talks stall in the capital"),
        ("Flood season", "Villages cut off after the river bursts its banks overnight"),
    ],
)
def test_a_topic_label_above_the_headline_is_no_title(kicker, headline):
    cleaned = clean(kicker + "\n" + headline + "\n" + LEAD + "\n" + MORE)
    assert (cleaned.title, cleaned.text) == (headline, LEAD + "\n" + MORE)


def test_a_short_headline_over_a_long_lead_stays_the_title():
    assert clean("Storm floods the coast\n\n" + LEAD + "\n\n" + MORE).title == "Storm floods the coast"


def test_a_home_breadcrumb_ending_in_the_headline_and_a_bar_of_sections_are_furniture():
    page = (
        "Home » Curfew Lifted in Tarla After Night of Unrest\n"
        "Global News Europe News Unrest Kelvania\n\n"
        "Curfew Lifted in Tarla After Night of Unrest\n\n"
        "Police ended the curfew in the town of Tarla on Sunday after a night of unrest.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "Curfew Lifted in Tarla After Night of Unrest"
    assert cleaned.text == "Police ended the curfew in the town of Tarla on Sunday after a night of unrest."


@pytest.mark.parametrize(
    "headline",
    ["Africa Business Forum Opens in Kigali", "World Health Body Warns of Cholera in Sarin"],
)
def test_a_headline_with_two_section_words_stays_the_title(headline):
    assert clean(f"{headline}\n\nThe forum opened on Monday, officials said. It lasts three days.\n").title == headline


def test_a_place_glued_to_the_lead_by_a_hyphen_is_a_dateline():
    cleaned = clean("DOHA-Arch-foes Kelvan and Sarin swapped five prisoners each on Monday, officials said.\n")
    assert (cleaned.dateline, cleaned.text) == (
        "Doha",
        "DOHA - Arch-foes Kelvan and Sarin swapped five prisoners each on Monday, officials said.",
    )
    unplaced = "NATO-Russia talks resumed in Brussels on Monday, officials said."
    assert (clean(unplaced + "\n").dateline, clean(unplaced + "\n").text) == (None, unplaced)
    # a broadcaster's credit glued to its hyphen names no place
    credited = "KTV- Sixteen people were killed in a rebel attack on Sunday, officials said."
    assert clean(credited + "\n").dateline is None


def test_a_place_glued_to_the_lead_by_a_long_dash_is_a_dateline():
    cleaned = clean("KABUL—A car bomb hit a checkpoint on Friday, killing nine guards, officials said.\n")
    assert (cleaned.dateline, cleaned.text) == (
        "Kabul",
        "KABUL - A car bomb hit a checkpoint on Friday, killing nine guards, officials said.",
    )
    unplaced = "NATO—Russia talks resumed in Brussels on Monday, officials said."
    assert (clean(unplaced + "\n").dateline, clean(unplaced + "\n").text) == (None, unplaced)


def test_a_headline_crediting_a_place_before_a_colon_is_the_title_not_a_dateline():
    text = (
        "Advertisement\n\nU.S.: Up to 900 militants killed since the offensive began\n\nBy Jane Roe\n\n"
        "SIRTE, Libya, Oct. 28 (UPI) -- Up to 900 militants have died since the push began, a general said Thursday.\n"
    )
    cleaned = clean(text)
    assert (cleaned.title, cleaned.dateline) == ("U.S.: Up to 900 militants killed since the offensive began", "Sirte")
    lead = "KABUL: A car bomb killed nine people on Friday near the old bazaar, officials said, adding that the"
    assert clean(lead + "\n").dateline == "Kabul"  # a lead cut off mid-sentence keeps its dateline


def test_a_pages_label_glued_before_the_lead_goes():
    text = (
        "Envoys return to the capital to push for a truce\n\nArticle content ADDIS ABABA — Two envoys returned "
        "to the country on Thursday, the ministry said.\n\nArticle content Both men want a ceasefire.\n"
    )
    cleaned = clean(text)
    assert (cleaned.dateline, cleaned.removed) == ("Addis Ababa", ("Article content", "Article content"))
    assert cleaned.text.startswith("ADDIS ABABA — Two envoys")


def test_a_closing_quotation_mark_glued_to_its_credit_is_set_apart():
    cleaned = clean("Troops now hold “total control of the pass”said state radio on Monday.\n")
    assert cleaned.text == "Troops now hold “total control of the pass” said state radio on Monday."


@pytest.mark.parametrize(
    "top, title",
    [
        # the topics the page files the story under, above its headline: furniture
        (
            "News Feed, Valdoria, Kessa, Civilian casualties\nDrone attack on Kessa kills one",
            "Drone attack on Kessa kills one",
        ),
        # a headline that lists places is no tag list
        ("Kenya, Uganda, Tanzania, Rwanda sign trade deal", "Kenya, Uganda, Tanzania, Rwanda sign trade deal"),
    ],
)
def test_a_list_of_topic_tags_above_the_headline_is_furniture(top, title):
    assert clean(f"{top}\n{LEAD}").title == title


def test_another_storys_headline_above_the_pages_own_is_no_title():
    top = (
        "Club posts record annual revenue from its fiscal year\n\nGunmen kidnap 9 police officers; 2 found dead\n\n"
        "Staff Writer\nThe Valdoria Dispatch\nView Comments\n\nKESSA, Valdoria (AP) — Gunmen seized nine police "
        "officers at a roadblock in Kora province on Friday, and two of the officers turned up dead a day later, "
        "the regional governor said.\n\n"
    )
    cleaned = clean(top + MORE)
    assert (cleaned.title, cleaned.dateline) == ("Gunmen kidnap 9 police officers; 2 found dead", "Kessa")
    # a headline that shares the lead's words stays the title over a standfirst that shares more
    top = (
        "Kora and Tarsa agree to resume ties\n\nKora and Tarsa agreed on Friday to resume diplomatic ties.\n\n"
        "DUBAI (Reuters) - Kora and Tarsa agreed on Friday to resume diplomatic ties and reopen embassies within two "
        "months, in a deal brokered by Velan.\n\n"
    )
    assert clean(top + MORE).title == "Kora and Tarsa agree to resume ties"


def test_section_labels_run_into_a_headline_printed_again_below():
    # a breadcrumb glued to the headline, and the headline printed twice more under it
    head = "Rebels seize border town after two-day battle"
    page = f"News Africa {head}\n{head}\n{head}\n\n{head}\n\n{LEAD}\n\n{MORE}"
    cleaned = clean(page)
    assert (cleaned.title, cleaned.text) == (head, f"{LEAD}\n\n{MORE}")


def test_a_rail_of_other_headlines_under_the_headline_is_furniture():
    rail = [
        "Floods close the coastal highway",
        "Minister resigns over grain deal",
        "Two held after market fire",
        "Court frees jailed singer",
        "Again, fuel queues grow in the capital",
    ]
    page = "Talks on the border resume\n\n" + "\n\n".join(rail) + f"\n\n{LEAD}\n\n{MORE}"
    cleaned = clean(page)
    assert (cleaned.title, cleaned.text) == ("Talks on the border resume", f"{LEAD}\n\n{MORE}")
    assert set(rail) <= set(cleaned.removed)


def test_two_lines_under_the_headline_are_no_rail():
    # fewer than three: a standfirst and its credit stay as the standfirst rules read them, not as a rail
    page = f"Talks on the border resume\n\nEnvoys meet for the first time in a year\n\nDelegates at the venue\n\n{LEAD}"
    assert clean(page).title == "Talks on the border resume"


@pytest.mark.parametrize(
    ("top", "dateline", "agency"),
    [
        # an old wire archive's underscore for the dash
        ("ASMARA (AP) _ ", "Asmara", "Associated Press"),
        # the dash lost after a known agency, a place in capitals before it
        ("KIGALI (AP) ", "Kigali", "Associated Press"),
    ],
)
def test_a_capitals_place_and_agency_with_an_underscore_or_no_dash(top, dateline, agency):
    cleaned = clean(f"Talks on the border resume\n\n{top}{LEAD}\n\n{MORE}")
    assert (cleaned.title, cleaned.dateline, cleaned.agency) == ("Talks on the border resume", dateline, agency)
    assert cleaned.text.endswith(f"{LEAD}\n\n{MORE}")


def test_a_heading_over_the_pages_own_headline_and_its_date_is_a_label():
    page = f"Related topics\n\nFour Herders Freed In The North\n\nMarch 3, 2001\n\nASMARA (AP) _ {LEAD}\n\n{MORE}"
    cleaned = clean(page)
    assert (cleaned.title, cleaned.dateline) == ("Four Herders Freed In The North", "Asmara")


def test_a_headline_sharing_only_inflected_words_with_the_lead_is_no_other_story():
    # "announces" / "announced", "violence" / "violent" and the acronym: the page's own headline over its deck
    page = (
        "NLA announces end to violence\n\n"
        "The rebel movement sends its decision to two local papers by email\n\n"
        "The rebel movement NLA, blamed for 300 killings over three decades, announced on Friday that it would halt"
        " its violent campaign for good.\n\n" + MORE
    )
    assert clean(page).title == "NLA announces end to violence"


def test_a_caption_credited_to_a_handout_and_its_collapsed_copy_are_furniture():
    caption = "Envoys at the opening session in Doha on May 2, 2019. Talks resumed after a week's delay."
    page = (
        f"{caption} AFP / Handout from the Qatar News Agency\n"
        f"{caption[:60]}Show more\n\n"
        "Talks on the border resume\n\n"
        f"{LEAD}\n\n{MORE}"
    )
    cleaned = clean(page)
    assert (cleaned.title, cleaned.text) == ("Talks on the border resume", f"{LEAD}\n\n{MORE}")


def test_a_double_slash_after_a_known_place_is_a_dateline():
    cleaned = clean(f"Talks on the border resume\n\nAbu Dhabi // {LEAD}\n\n{MORE}")
    assert (cleaned.title, cleaned.dateline) == ("Talks on the border resume", "Abu Dhabi")


@pytest.mark.parametrize(
    ("page", "title", "dateline"),
    [
        # a page store's date before a headline that opens with a number
        (
            f" date 2024-08-14 3 guards among 9 killed at a border post\n\n{LEAD}\n\n{MORE}",
            "3 guards among 9 killed at a border post",
            None,
        ),
        # ... before a syndicator's credit and a dateline with an agency of no list
        (f" date 2023-12-18 (MENAFN- Kora News Network) KESSA, Dec 18 (KNN-VNA) – {LEAD}\n\n{MORE}", None, "Kessa"),
    ],
)
def test_a_page_stores_date_goes_before_a_number_or_a_credit(page, title, dateline):
    cleaned = clean(page)
    assert (cleaned.title, cleaned.dateline) == (title, dateline)
    assert cleaned.text.endswith(f"{LEAD}\n\n{MORE}") and "2023-12-18" not in cleaned.text


def test_a_timestamp_of_a_day_and_a_time_is_no_headline():
    page = f"National & World News\n\nMar 3, 7:15 PM EST\n\nTalks on the border resume\n\nAP Photo\nWorld Video\n\nKESSA, Velia (AP) -- {LEAD}\n\n{MORE}"
    cleaned = clean(page)
    assert (cleaned.title, cleaned.dateline) == ("Talks on the border resume", "Kessa")


def test_a_screen_readers_article_content_label_is_no_text():
    cleaned = clean(f" date 2022-02-09 Article content\n\nMARIB — {LEAD}\n\n{MORE}")
    assert (cleaned.dateline, cleaned.text) == ("Marib", f"MARIB — {LEAD}\n\n{MORE}")


def test_a_caption_credited_to_a_photographer_and_agency_is_no_headline():
    cleaned = clean(f" date 2020-09-10 Former minister Ana Ruiz Image: Jane Roe / Kessa Agency\n\n{LEAD}\n\n{MORE}")
    assert (cleaned.title, cleaned.text) == (None, f"{LEAD}\n\n{MORE}")


# A line that lost its stop under a headline and a byline, and what follows it.
UNSTOPPED = "Kessa's election race ended in blood as a gunman shot dead a candidate at a rally on Wednesday"
BYLINED_PAGE = "Bloodshed mars the last day of the campaign\nJane Roe Published May 3, 2026 | 10:35 PM\n{}\n{}"


@pytest.mark.parametrize(
    "below, first",
    [
        # the next paragraph points back to it: the line is the lead
        ("The attack raised the count of candidates killed this year to 12, officials said.", UNSTOPPED),
        # guard: a lead that tells the story afresh makes the line a standfirst, which goes
        (
            "Gunmen killed a mayoral candidate at a rally in Kessa on Wednesday, the police said.",
            "Gunmen killed a mayoral candidate at a rally in Kessa on Wednesday, the police said.",
        ),
    ],
)
def test_a_lead_that_lost_its_stop_stays_unless_a_lead_of_its_own_follows(below, first):
    assert clean(BYLINED_PAGE.format(UNSTOPPED, below)).text.split("\n")[0] == first
