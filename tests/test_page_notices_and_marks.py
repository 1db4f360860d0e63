"""Pages with a browser notice, a site's greeting or menu, a pull quote, a wire's end mark and other furniture the
audits of real pages met (written here, no third-party text): the headline, the dateline and the story's own lines
come out right, the furniture goes, and no line of the story goes with it."""

from __future__ import annotations

import pytest

from newsfacts.transforms.cleaning import clean

BODY = "Officials said the talks would resume on Monday after a pause of two weeks."
# (page, title, dateline, agency); every page's cleaned text must be its body line alone.
PAGES = [
    (  # an old browser's notice above the headline
        "IE 11 is not supported. Please open this page in a newer browser for the best view.\n\n"
        "Talks to resume in Kessa after two-week pause\n\n" + BODY,
        "Talks to resume in Kessa after two-week pause",
        None,
        None,
    ),
    (  # a heavy page's pointer to its light version
        "It looks like you are having trouble loading this page. Try the Kessawire text edition.\n\n"
        "Two Envoys Meet in Kessa\n\n" + BODY,
        "Two Envoys Meet in Kessa",
        None,
        None,
    ),
    (  # a headline whose comma closes an aside before its place: no picture's caption
        "Blast kills 12 people, including four police officers, in Norland's Kessa\n\n" + BODY,
        "Blast kills 12 people, including four police officers, in Norland's Kessa",
        None,
        None,
    ),
    (  # a headline opening with a name's article in lower case
        "al-Kessa fighters storm hotel in the capital\n\n" + BODY,
        "al-Kessa fighters storm hotel in the capital",
        None,
        None,
    ),
    (  # the wire's dateline as an aggregator prints it: agencies and the full date in one pair of brackets
        "DOHA (Kessa Point News / Sputnik - 09th April, 2023) " + BODY,
        None,
        "Doha",
        "Sputnik",
    ),
    (
        "Envoys meet in Niamey for border talks\n\nNiamey, (APP - Kessa Point / Valdoria Post - 9th Mar, 2022 ) :"
        + BODY,
        "Envoys meet in Niamey for border talks",
        "Niamey",
        "Associated Press of Pakistan",
    ),
    (  # a site's menu of contacts and pages, its name as an outlet's, a bulleted label, then the headline
        "• Email Us: desk@example.org\n  • Contact Us: +1 555 010 2030\n  • Skip to primary sidebar\n\n"
        "Kessa Market Report\n\n  • Home\n  • All Reports\n  • About Us\n\n"
        "Gunmen kidnap 18 villagers in northern Kessa\n\nKESSA, Valdoria (Reuters) – " + BODY,
        "Gunmen kidnap 18 villagers in northern Kessa",
        "Kessa",
        "Reuters",
    ),
    (  # a site greeting its reader over the headline
        "Welcome to Kessanews\n\nPlease select your experience\n\nWatch Live\n\n"
        "Mourners honour four guards who died in Kessa\n\n" + BODY,
        "Mourners honour four guards who died in Kessa",
        None,
        None,
    ),
    (  # a market ticker's label with its exchanges over a section label and the headline
        "date 2019-04-03 STOCK MARKET KSE VSE\nHome World\n\nKessa FM Doe, spy chief in Norland for talks with rebels\n\n"
        "The visit comes after a meeting of officials from four countries in the capital last week.\n\nKABUL: " + BODY,
        "Kessa FM Doe, spy chief in Norland for talks with rebels",
        "Kabul",
        None,
    ),
    (  # a page's clock time and day above the story, the editors' initials and the agencies under it
        "Kessa talks to resume after pause\n\n8:27 CAT | 05 Oct 2017\n\n" + BODY + "\n\ntj/se (Reuters, AFP, AP)",
        "Kessa talks to resume after pause",
        None,
        None,
    ),
]


@pytest.mark.parametrize("page, title, dateline, agency", PAGES)
def test_page_with_notice_or_menu(page, title, dateline, agency):
    cleaned = clean(page)
    assert (cleaned.title, cleaned.dateline, cleaned.agency) == (title, dateline, agency)
    first, *rest = cleaned.text.split("\n")
    assert first.endswith(BODY)
    assert [line for line in rest if line] == []


LEAD = "Gunmen killed four villagers in Kessa on Monday, the army said."
MORE = "The army said troops had been sent to the district to hunt the attackers."
LAST = "Residents said the gunmen arrived on motorcycles shortly before dawn."


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def test_pull_quote_printed_without_its_stop_goes_and_its_paragraph_stays():
    pull = "The army said troops had been sent to the district to hunt the attackers"
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{pull}\n{pull}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_line_printed_twice_without_a_stop_anywhere_stays_once():
    # no copy ends with a stop: no paragraph is quoted, and the earlier copy of a repeat is what goes
    line = "Troops were sent to the district to hunt the attackers"
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{line}\n\n{MORE}\n\n{line}")
    assert _lines(cleaned.text).count(line) <= 1 and LEAD in cleaned.text and MORE in cleaned.text


def test_caption_closed_by_its_day_between_paragraphs_goes():
    caption = "The governor of Kessa province talks on a satellite phone following a meeting with reporters in Kessa July 8, 2015"
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n{caption}\n{MORE}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_sentence_ending_in_a_full_date_with_its_stop_stays():
    dated = "The governor visited the district on July 8, 2015."
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n{dated}\n{MORE}")
    assert _lines(cleaned.text) == [LEAD, dated, MORE]


def test_caption_closed_by_a_copyright_notice_goes():
    caption = (
        "The mayor of Kessa, speaking to reporters with mourners at the scene after the blast on the avenue "
        "Copyright Jan Roe/Copyright 2023 Kessa Photo Agency. All rights reserved"
    )
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{caption}\n\n{LEAD}\n\n{MORE}")
    assert _lines(cleaned.text) == [LEAD, MORE]


def test_blog_likes_counter_and_press_office_contacts_go():
    page = (
        f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\nFor more information, please contact:\n"
        "Jan Roe, Red Cross Kessa, +967 733 000 111,\nAnn Doe, Red Cross Geneva, +41 79 000 00 00,\n\n"
        "%d bloggers like this:"
    )
    assert _lines(clean(page).text) == [LEAD, MORE]


def test_wire_end_mark_closes_the_story():
    page = (
        f"Gunmen kill four in Kessa\n\nKESSA, Jan. 30 (Yonhap) -- {LEAD}\n\n{MORE}\n\nreporter@example.co.kr\n\n(END)\n\n-\n\n"
        "Council votes on new parking rules for the old town\n\n-\n\nSinger to make acting debut in new series"
    )
    cleaned = clean(page)
    assert _lines(cleaned.text) == [f"KESSA, Jan. 30 (Yonhap) -- {LEAD}", MORE]


def test_end_in_the_text_is_no_end_mark():
    ended = "The talks will END the war, the envoy said."
    assert _lines(clean(f"Talks resume in Kessa\n\n{LEAD}\n\n{ended}\n\n{MORE}").text) == [LEAD, ended, MORE]


def test_sentence_above_an_embedded_post_stays_when_the_post_went_first():
    # the post's words went as furniture on their own line; its author line below takes nothing more with it
    said = "A regional editor posted a video on X that showed homes being set ablaze in Kessa."
    post = "Homes burning near the border tonight pic.twitter.com/AbC123xyz"
    author = "— Jan Roe (@janroe) April 29, 2021"
    cleaned = clean(f"Clashes on the Kessa border\n\n{LEAD}\n{said}\n{post}\n{author}\n{MORE}")
    assert _lines(cleaned.text) == [LEAD, said, MORE]


def test_post_words_above_their_author_line_go():
    words = "Homes burning near the border tonight, the video shows."
    author = "— Jan Roe (@janroe) April 29, 2021"
    cleaned = clean(f"Clashes on the Kessa border\n\n{LEAD}\n{words}\n{author}\n{MORE}")
    assert _lines(cleaned.text) == [LEAD, MORE]


MORE = "The envoy said both delegations had agreed to meet again in the spring in Tarso."


def test_closing_list_of_other_headlines_in_sentence_case_goes():
    links = "\n".join(
        [
            "- Second ferry sinks off Kessa coast",
            "- At least 12 guards hurt in prison riot",
            "- Farmers block roads in Tarso over fuel prices",
            "- Court frees two reporters held since May",
        ]
    )
    assert clean(f"{BODY}\n\n{MORE}\n\n{links}").text == f"{BODY}\n\n{MORE}"


def test_a_short_list_closing_the_story_stays():
    # guard: three items are the story's own list
    items = "- Four guards hurt in the riot\n- Two roads closed near Tarso\n- Schools shut until Monday"
    assert clean(f"{BODY}\n\n{MORE}\n\n{items}").text == f"{BODY}\n\n{MORE}\n\n{items}"


def test_paragraph_in_another_script_in_an_english_report_goes():
    post = "Мер міста Тарсо повернувся додому після обміну полоненими, повідомив голова області."
    assert clean(f"{BODY}\n\n{post}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"


def test_a_report_in_another_script_keeps_its_paragraphs():
    # guard: the text's own script
    one = "Мер міста Тарсо повернувся додому після обміну полоненими, повідомив голова області."
    two = "Переговори між делегаціями відновляться в понеділок після двотижневої перерви, сказав посланник."
    assert one in clean(f"{one}\n\n{two}\n\n{BODY}").text


def test_a_feeds_copyright_line_and_a_caption_closed_by_its_credit_go():
    page = (
        "kessanews.com (© Copyright: (C) Kessa News Corporation, http://www.kessanews.com/terms.html#Rss)\n\n"
        f"Talks to resume in Kessa after two-week pause\n\nObserver Jan Roe (© R)\n\n{BODY}"
    )
    cleaned = clean(page)
    assert (cleaned.title, cleaned.text) == ("Talks to resume in Kessa after two-week pause", BODY)


def test_readers_comment_thread_after_the_story_goes_to_the_end():
    thread = (
        "Comments 4\nkessa_fan 13 May 2021, 21:10\n\nWhat is he bringing this time?\n\n"
        "Ana R. 14 May 2021, 08:47\n\nNorland and Velia should make peace. Send him home!\n\n"
        "tarsk99 14 May 2021, 09:02\n\nGood riddance."
    )
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n{thread}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_comments_heading_with_no_commenter_under_it_takes_only_itself():
    # guard: what follows a lone heading is not known to be comments
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\nComments 4\n\n{MORE}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "promo",
    [
        "PAY ATTENTION: Like our reporting? Join the Kessa Daily Telegram channel for more!",
        "Join our brand new verified Kessa Daily Telegram channel and get the news first!",
    ],
)
def test_outlets_call_to_join_its_channel_goes(promo):
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{promo}\n\n{LEAD}\n\n{promo}\n\n{MORE}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]
    assert cleaned.title == "Gunmen kill four in Kessa"


def test_villagers_urged_to_join_a_channel_of_supplies_stay():
    # guard: "join" in a sentence of the story
    line = "The rebels urged villagers to join the convoy's channel of supplies, residents said."
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{line}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, line, LAST]


def test_story_last_paragraph_closed_by_the_wires_sign_off_stays_without_it():
    last = (
        "The rebels still hold dozens of captives, among them police officers they want to trade for some 300 "
        "fighters held in Kessan jails. (AFP)"
    )
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n{last}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST, last.removesuffix(" (AFP)")]


def test_short_caption_closed_by_an_agency_after_the_story_goes():
    # guard: a caption's few words under the story
    cleaned = clean(
        f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\nSoldiers patrol a market in Kessa. (AFP)"
    )
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "caption",
    [
        "The raid appeared to target members of a militia in Kora village near Tarsk, said a local official.—File Photo",
        "Two police rifles went missing in the raid. Image used for representational purposes.",
        "Police in riot gear stand near a burning barricade during a protest against the government in Tarsk March 3, 2026.",
        "WATCH: Delegates at the talks in Tarsk speak before the signing of the truce. Video by Jane Roe, Kessa TV.",
        "President Ola Dorn at a conference on Kessa in Tarsk. (Norland Aid Office - Press Desk/Released)",
        "Soldiers search cars at a roadblock outside the village of Kora, in Kessa, 3 March 2026. EFE-EPA/STR",
    ],
)
def test_caption_closed_by_a_pictures_own_note_goes(caption):
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{caption}\n\n{MORE}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_sentence_dated_with_its_place_and_a_comma_after_stays():
    # guard: "in Kessa March 3, 2026, officials said" goes on past the date
    line = "The vote was held in Kessa March 3, 2026, officials said."
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{line}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, line, LAST]


def test_outlets_rails_after_skip_links_go():
    rails = (
        "Skip next section Kessa TV's Top Story\n\nKessa TV's Top Story\n\nSkip next section More stories from Kessa TV"
    )
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n{rails}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_reader_feedback_prompt_and_barred_photo_credit_go():
    prompt = "How did you like this story?"
    caption = "Delegates met the junta's leader in Tarsk (third from left) | Photo: X/Jane Roe"
    cleaned = clean(f"{prompt}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST] and cleaned.title is None


def test_share_with_friends_line_goes():
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\nShare with friends: Facebook twitter")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "line",
    [
        # a membership wall's promises and a comment form's rule
        "Sign in to unlock perks for members!",
        "Access 5 free articles each month",
        "Save articles to read later",
        "Comments must be in plain English.",
        "Access to comment on every article",
        "Sign up / manage your newsletters in one place",
        "Get notified by email about our offers",
        # prompts to readers, a spam filter's notice, a newsletter's promise, a bare link
        "View Comments",
        "What do you think?",
        "Read more here.",
        "This site uses Akismet to fight spam.",
        "Our week's best stories delivered to you.",
        # a pointer to a section, a clock stamp with its zone, a source line with the agency's initials
        "For more news on the Kessa crisis, see: 'Kessa in crisis' section.",
        "EAT: 0945 HRS, MAR 3, 2026",
        "Source : Kessa Voice Agency(KVA)",
        # a text-size widget after the agency and the day, the agencies a report thanks, a wire's notice, a reprint's
        # note with its day
        "Kessa News, May 4, 2015 Adjust font size:",
        "Information for this story was contributed by Kessa Radio.",
        "This material may not be broadcast or copied.",
        "This story was originally published May 3, 2020, on Radio Kessa.",
        # a subscription offer, calls to follow the outlet, a comment host's line, a channel's promotion, a date
        # alone with its stop, a caption that says it is one
        "We're offering half price on all-access subscriptions. Try it now.",
        "Follow us on Telegram for more news.",
        "Like Kessa News on Facebook as well.",
        "comments powered by Disqus",
        "Arabic Version",
        "Watch KESSA 24's Top Story on the border crisis.",
        "January 22, 2026.",
        "This file photo taken on May 3, 2023 in Tarso shows Jan Roe, a leader of the Kessans.",
        # an appeal for readers' money and a pop-up's close button
        "Enjoying ad-free content?",
        "Since March 1, 2026, we have disabled all ads on our site.",
        "It costs us a lot, and your support will help us go on.",
        "Our reporting is banned in Norland. We need your support to stay open.",
        "×",
    ],
)
def test_membership_walls_prompts_pointers_and_stamps_go(line):
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{line}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_a_caption_printed_twice_on_an_indented_page_goes():
    # the picture's alt text and its caption, the same words on two indented lines: no wrapped paragraph
    caption = "    Kessa’s border envoy Jan Roe was held in a Norland jail for a whole year before the deal [EPA]"
    summary = "Norland television shows the two men walking past each other on a bridge at the border."
    page = f"Gunmen kill four in Kessa\n\n{summary}\n\n{caption}\n{caption}\n\n    {LEAD}\n\n    {MORE}\n\n    {LAST}"
    assert "[EPA]" not in clean(page).text


def test_teasers_after_a_lone_dash_and_a_snippet_with_its_section_go():
    teasers = (
        "Read more:\nKessa opens its first field hospital\nNorland envoy arrives for border talks\n-\n"
        "Kessa opens its first field hospital\n"
        "Kessa's health minister on Monday opened a field hospital, as the country's clinics ... Health -\n"
        "Norland envoy arrives for border talks"
    )
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n{teasers}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "pictures",
    [
        # a picture's description and caption over its credit in brackets, alone on its line
        'A marcher holds a banner reading "Bring them home" outside the mission.\n'
        "Families rally for the hostages outside the mission in Kessa, Norland, on May 2, 2026.\n"
        "(Jan Roe / Associated Press)",
        # a description over a caption whose credit is glued to its stop, under a page's empty stamp
        "Posted , updated\n"
        "A woman in a grey coat points at a map on a screen behind her.\n"
        "Ms Roe says Norland wants to control the straits, a wider aim, she says.(AP: Kessa Ministry of Defence)",
    ],
)
def test_captions_closed_by_a_bracketed_agency_credit_go(pictures):
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{pictures}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_a_picture_block_with_its_source_and_caption_labels_goes():
    block = (
        "Guards stand at the gate of the station in Lemo, May 2, 2026.Image source, Kessa Photo Agency\n"
        "Image caption,\nGuards outside the station the gunman attacked in Lemo"
    )
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{block}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_a_lead_keeps_its_sentence_when_an_ad_label_in_another_script_is_glued_after_it():
    lead = "DOHA —Envoys of the two sides held talks in the capital on Sunday to shore up the truce."
    cleaned = clean(f"Envoys meet in Doha\n\n{lead}  إعلان ممول\n\n{MORE}\n\n{LAST}")
    assert cleaned.dateline == "Doha"
    assert _lines(cleaned.text) == [
        "DOHA - Envoys of the two sides held talks in the capital on Sunday to shore up the truce.",
        MORE,
        LAST,
    ]


def test_an_ap_caption_closed_by_the_place_weekday_and_date_goes():
    caption = "Workers clear rubble after the shelling in Tarso, Kessa, Tuesday, Feb. 16, 2026."
    cleaned = clean(f"Gunmen kill four in Kessa\n\n{LEAD}\n\n{MORE}\n\n{caption}\n\n{LAST}")
    assert _lines(cleaned.text) == [LEAD, MORE, LAST]


def test_a_paragraph_hard_wrapped_at_a_narrow_column_is_one_paragraph():
    lead = (
        "TARSO - At least 40 people, among them women and children, were taken from three villages in the north of"
        " Kessa on Friday by gunmen on motorcycles, residents said on Saturday."
    )
    wrapped = (
        "Raids for ransom have become common in the north of\n"
        "Kessa over the past years, where armed gangs, called locally\n"
        "bandits, have raided villages, schools and farms, and\n"
        "travellers on the roads between the towns of the province, demanding large sums for every person they"
        " take and making it unsafe to farm or to travel in much of the province."
    )
    quote = (
        '"I ran away while they were tying us up and the\nothers from the village," he said. "They took my brothers."'
    )
    cleaned = clean(f"Gunmen take 40 in Kessa\n\n{lead}\n\n{wrapped}\n\n{quote}\n\n{LAST}")
    assert _lines(cleaned.text) == [lead, " ".join(wrapped.split("\n")), " ".join(quote.split("\n")), LAST]
