"""Whole pages of the shapes real news sites produce (written here, no third-party text): each page's
title, dateline, agency and body come out right and no furniture line is left in the text."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.cleaning import clean

BODY = "Officials said the talks would resume on Monday after a pause of two weeks."
# (page, title, dateline, agency, published_at); every page's cleaned text must start with its body line.
PAGES = [
    (
        "skip to main content\nWorld\nMiddle East\n\nTalks Resume in Doha as Mediators Push for Deal\n\n"
        "DOHA, Oct 27 (Reuters) - " + BODY + "\n\nReporting by Jane Doe; Editing by Sam Roe",
        "Talks Resume in Doha as Mediators Push for Deal",
        "Doha",
        "Reuters",
        None,
    ),
    (
        "Gangs attack police station in Haitian capital\n\nBy Jane Doe and John Roe\n\n"
        "PORT-AU-PRINCE, Haiti (AP) — " + BODY + "\n\nAssociated Press US and World News Video",
        "Gangs attack police station in Haitian capital",
        "Port-au-Prince",
        "Associated Press",
        None,
    ),
    (
        "Ceasefire talks stall as envoys leave\nDOHA/CAIRO: " + BODY,
        "Ceasefire talks stall as envoys leave",
        "Doha/Cairo",
        None,
        None,
    ),
    (
        "Drones Strike Capital Overnight\n\nUpdated 3:15 PM EST, October 27, 2024\n\nKYIV, March 3 (Reuters) - " + BODY,
        "Drones Strike Capital Overnight",
        "Kyiv",
        "Reuters",
        dt.date(2024, 10, 27),
    ),
    (
        "Shelling resumes in the north of the strip\n\nPhoto: Smoke rises over houses.\n\nGAZA CITY — " + BODY,
        "Shelling resumes in the north of the strip",
        "Gaza City",
        None,
        None,
    ),
    (
        "Lebanon Border Clashes Intensify\n\n(Photo by Sam Lee/AFP via Getty Images)\n\nBEIRUT, Lebanon (AP) — " + BODY,
        "Lebanon Border Clashes Intensify",
        "Beirut",
        "Associated Press",
        None,
    ),
    (
        "Army and paramilitaries fight for the capital\n\nKHARTOUM (AFP) - "
        + BODY
        + "\n\nShare this article\nAdvertisement",
        "Army and paramilitaries fight for the capital",
        "Khartoum",
        "Agence France-Presse",
        None,
    ),
    (
        "Cabinet Approves Security Plan\n\ndate 2024-10-05 08:00\n\nJerusalem, Oct 5 (Reuters) - " + BODY,
        "Cabinet Approves Security Plan",
        "Jerusalem",
        "Reuters",
        dt.date(2024, 10, 5),
    ),
    (
        "Council Votes to Extend Mission\n\nUNITED NATIONS: " + BODY + " __Gulf Times",
        "Council Votes to Extend Mission",
        "United Nations",
        None,
        None,
    ),
    (
        "Egypt hosts regional summit on the crisis\n\nCAIRO:(Web News) " + BODY,
        "Egypt hosts regional summit on the crisis",
        "Cairo",
        "Web News",
        None,
    ),
    (
        "   Aid Worker Freed in the Sahel\n\n   BAMAKO, April 3 - " + BODY,
        "Aid Worker Freed in the Sahel",
        "Bamako",
        None,
        None,
    ),
    (
        "Home | World | Africa\n\nRebels Seize Town Near the Border\n\nPublished: 12 May 2024\n\nGOMA, Congo (AP) — "
        + BODY
        + "\n\nFILE - Soldiers patrol a road, May 1, 2024. (AP Photo/Sam Lee, File)",
        "Rebels Seize Town Near the Border",
        "Goma",
        "Associated Press",
        dt.date(2024, 5, 12),
    ),
    (
        "Ministers meet to discuss grain exports\n\nLONDON, 3 March (Xinhua) -- " + BODY,
        "Ministers meet to discuss grain exports",
        "London",
        "Xinhua",
        None,
    ),
    (
        "Junta Extends Curfew in Capital\n\n5 min read\n\nNIAMEY (AFP) - " + BODY,
        "Junta Extends Curfew in Capital",
        "Niamey",
        "Agence France-Presse",
        None,
    ),
    (
        "Ships rerouted after new attack\n\nA cargo ship sails past a port, March 2, 2024. REUTERS/Sam Lee\n\n"
        "DUBAI, March 27 (Reuters) - " + BODY,
        "Ships rerouted after new attack",
        "Dubai",
        "Reuters",
        None,
    ),
    (
        "Protests Spread Across the Country\n\nBy Jane Doe | Reuters\n\nNAIROBI, June 25 (Reuters) - "
        + BODY
        + "\n\nOur Standards: The Thomson Reuters Trust Principles.",
        "Protests Spread Across the Country",
        "Nairobi",
        "Reuters",
        None,
    ),
    (
        "Talks Collapse Over Prisoner Swap\n\nMOSCOW/KYIV, May 2 (Reuters) - " + BODY,
        "Talks Collapse Over Prisoner Swap",
        "Moscow/Kyiv",
        "Reuters",
        None,
    ),
    (  # a section label run into the date above the headline
        "WorldNovember 1, 2024\n\nFloods displace 2,000 in the Karvo valley\n\nKARVO, Valdonia (AP) — " + BODY,
        "Floods displace 2,000 in the Karvo valley",
        "Karvo",
        "Associated Press",
        None,
    ),
    (  # navigation words and a date line above the headline
        "World\n\nActions\n\nSeptember 3, 2025\n\nFloods displace 2,000 in the Karvo valley\n\n"
        "KARVO, Valdonia (AP) — " + BODY,
        "Floods displace 2,000 in the Karvo valley",
        "Karvo",
        "Associated Press",
        dt.date(2025, 9, 3),
    ),
    (  # a page store's metadata prefix on the first line
        "date 2025-03-04 LAMU (Reuters): " + BODY,
        None,
        "Lamu",
        "Reuters",
        dt.date(2025, 3, 4),
    ),
    (  # the dash after the agency lost in a bad re-encoding
        "NIAMEY (AP) ? " + BODY,
        None,
        "Niamey",
        "Associated Press",
        None,
    ),
    (  # keywords and a date in another language above; the dateline after the headline on its line
        "Sahel conflict army 3 Mayis 2021 - 10:15\n\n"
        "Mali clash kills 10 attackers, two soldiers: army Bamako, May 3, 2021 (AFP) - " + BODY,
        "Mali clash kills 10 attackers, two soldiers: army",
        "Bamako",
        "Agence France-Presse",
        dt.date(2021, 5, 3),  # the full date in the dateline dates the page
    ),
    (  # a language switch above the headline
        "বাংলা\n\nGunmen kill dozens and kidnap children in central Mali\n\n" + BODY,
        "Gunmen kill dozens and kidnap children in central Mali",
        None,
        None,
        None,
    ),
    (  # the outlet's name before the headline, which the page prints again
        "Valdonia Daily | Rebels shell the port of Karvo\n\nRebels shell the port of Karvo\n\n" + BODY,
        "Rebels shell the port of Karvo",
        None,
        None,
        None,
    ),
    (  # the outlet's name after the headline
        "Rebels shell the port of Karvo - Valdonia Daily\n\n" + BODY,
        "Rebels shell the port of Karvo",
        None,
        None,
        None,
    ),
    (  # a caption with a photo credit, a short link and a follow button between headline and dateline
        "Envoy arrives in Abuja for border talks\n\nThe envoy greets officials in Abuja on May 2, 2024. "
        "(Photo courtesy: Foreign Office)\nShort Url\nFollow\n\nABUJA: " + BODY,
        "Envoy arrives in Abuja for border talks",
        "Abuja",
        None,
        None,
    ),
    (  # a share price above the headline, a credit run into the publication line
        "date 2025-04-16 ACME 177.45 Decreased By ▼ -2.91 (-1.61%)\nTalks resume after a pause of two weeks\n\n"
        "AFP Published 16 Apr, 2025 06:46pm\nBEIRUT: " + BODY,
        "Talks resume after a pause of two weeks",
        "Beirut",
        None,
        dt.date(2025, 4, 16),
    ),
    ("NAIROBI, KENYA | Xinhua | " + BODY, None, "Nairobi", "Xinhua", None),
    ("Talks Resume in Doha \\ Gazette \\ Doha \\ Jane Doe \\ Evening Edition \\ " + BODY, None, None, None, None),
]


@pytest.mark.parametrize("page, title, dateline, agency, published_at", PAGES)
def test_page_shape(page, title, dateline, agency, published_at):
    cleaned = clean(page)
    assert (cleaned.title, cleaned.dateline, cleaned.agency, cleaned.published_at) == (
        title,
        dateline,
        agency,
        published_at,
    )
    first, *rest = cleaned.text.split("\n")
    assert first.endswith(BODY)
    assert [line for line in rest if line] == []  # every furniture line went


def test_title_and_dateline_rates_on_the_page_shapes():
    cleaned = [clean(page) for page, *_ in PAGES]
    titles = sum(c.title == expected for c, (_, expected, *_) in zip(cleaned, PAGES))
    datelines = sum(c.dateline == expected for c, (_, _, expected, *_) in zip(cleaned, PAGES))
    assert titles / len(PAGES) >= 0.9 and datelines / len(PAGES) >= 0.9
