"""Decoded text to clean article text: furniture out, paragraphs kept, title and dateline found."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterator

from newsfacts.transforms.language.gazetteer import agency as known_agency
from newsfacts.transforms.language.gazetteer import agency_max_words
from newsfacts.transforms.language.gazetteer import place as known_place
from newsfacts.transforms.language.lexicon import DESK_WORDS

# Headings that introduce a block of teasers for other stories; the block goes with them.
TEASER_HEADINGS = (
    r"check (?:it )?also",
    r"see also",
    r"also read",
    r"read also",
    r"read more",
    r"more to read",
    r"related(?: (?:articles?|posts?|stories|story|news|content|coverage|reading|topics))?",
    r"more (?:stories|news|articles|from [\w .&'-]{1,40}|on this (?:story|topic))",
    r"you (?:may|might) (?:also )?(?:like|be interested in|have missed)",
    r"recommended(?: for you| stories| reading| articles)?",
    r"(?:most )?(?:popular|read|trending)(?: now| stories| articles)?",
    r"don'?t miss",
    r"latest (?:news|stories|posts)",
    r"what to read next",
    r"up next",
    r"editor'?s picks?",
    r"(?:next|more|latest|top|related|watch)\s?videos?",  # "nextvideos", "Latest Videos": a teaser reel
    r"(?:[\w.&]+['’]s )?top stor(?:y|ies)",  # "DW's Top Story": the outlet's rail of other stories
    r"skip next section(?: .{1,60})?",  # a page's link past its next rail ("Skip next section More stories")
)
# A line that opens with one of these and goes on with a headline is a one-line teaser.
# A link to the outlet's live page ("Live updates: Follow the latest on ...") is one too.
TEASER_PREFIXES = (
    r"related",
    r"read more",
    r"read also",
    r"also read",
    r"see also",
    r"more",
    r"recommended",
    r"watch",
    r"live(?: updates?| blog| coverage)?",
)
# Comment forms: headings, notices and field labels.
COMMENT_PHRASES = (
    r"leave a (?:reply|comment)",
    r"cancel reply",
    r"post (?:a )?comment",
    r"submit comment",
    r"add a comment",
    r"\d+ comments?",
    r"comments?(?: \(\d+\))?",
    r"join the (?:conversation|discussion)",
    r"your email address will not be published\.?",
    r"(?:search )?module is not installed\.?",  # a site's template error over the headline
    r"required fields are marked \*?\.?",
    r"save my name, email,? and website in this browser for the next time i comment\.?",
    r"notify me of (?:follow-up comments|new posts|new comments)(?: by email)?\.?",
    r"you must be logged in to post a comment\.?",
    r"comments are closed\.?",
    r"no comments:?",
    r"(?:note: )?only a member of this blog may post a comment\.?",
)
# Form field labels: furniture only inside a comment form, since "Website" alone could be anything.
COMMENT_FIELDS = (r"(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|message)\s*\*?",)
# Share, follow and subscribe buttons and their captions.
SOCIAL_NETWORKS = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|instagram|youtube|tiktok|threads|bluesky|email|e-mail|print|messenger)"
SHARE_PHRASES = (
    r"share(?: this)?(?: (?:article|story|post|page))?:?",
    r"share (?:on|via|to) " + SOCIAL_NETWORKS,
    r"share (?:it |this )?with (?:your|a) (?:network|friends?|followers|colleagues?)[.!]?",
    r"share with (?:friends|others)\s*:?(?:\s*" + SOCIAL_NETWORKS + r")*",
    r"(?:click to )?(?:share|email|print) (?:on|via|this)(?: \w+){0,3}(?: \(opens in new window\))?",
    r"tweet(?: this)?",
    r"pin it",
    r"like this:?",
    r"like us on " + SOCIAL_NETWORKS,
    r"loading\.\.\.",
    r"follow us(?: on [\w ,&]{1,60})?\.?",
    r"(?:connect|stay connected) with us\.?",
    # a site's own follow button: "Follow Valdoria Times on WhatsApp", "Follow the Daily Kalos on Google News"
    r"follow [\w.&'’ -]{1,40}? on (?:" + SOCIAL_NETWORKS + r"|google news)(?: channel)?\.?",
    r"(?:subscribe|sign up)(?: (?:now|today|here))?\.?",
    r"(?:subscribe|sign up) (?:to|for) (?:our|the)(?: \w+){0,3} (?:newsletter|channel|feed|updates|alerts)[.!]?",
    r"(?:get|receive) (?:our|the)(?: \w+){0,3} newsletter(?: in your inbox)?[.!]?",
    # an outlet's app advertised: "Get the Kessa Times app for the latest headlines"
    r"(?:download|get) (?:the|our)(?: [\w&'’.-]+){0,4} app(?: (?:for|to|and) [\w ,&'’-]{1,60})?[.!]?",
    r"(?:icon-)?" + SOCIAL_NETWORKS,
    r"advertisement",
    r"story continues below(?: this)? advertisement",
    r"story continues(?: below)?",
    r"continue reading",
    r"scroll to continue(?: with content)?",
    r"\d[\d.,]*[km]? (?:shares?|views?|reads?)",  # share and view counters
    r"\d{1,3} min(?:ute)?s? read",  # a reading time
    r"shares? \d[\d.,]*[km]?",
)
# Cookie banners open with one of these and carry on with policy text.
COOKIE_OPENINGS = (
    r"we use cookies",
    r"this (?:web)?site uses cookies",
    r"by (?:continuing to use|using) this (?:web)?site",
    r"we and our partners use cookies",
    r"cookie (?:policy|settings|preferences|notice)",
    r"accept(?: all)? cookies",
    r"manage cookies",
)
COOKIE_BUTTONS = (
    r"accept(?: all)?",
    r"reject(?: all)?",
    r"i agree",
    r"got it",
    r"ok(?:ay)?",
    r"manage (?:settings|preferences)",
)

BULLETS = "•·▪► "
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A wire's version tag opening a headline ("(5th LD)", "(LEAD)", "(URGENT)", "(UPDATE 2)").
VERSION_TAG = re.compile(
    r"^\((?:\d+(?:st|nd|rd|th)\s+LD|LEAD|URGENT|UPDATE(?:\s+\d+)?|REFILE|CORRECTED)\)\s*", re.IGNORECASE
)
# A dash opening a line as a list's bullet ("- World News").
DASH_BULLET = re.compile(r"^[-–—][ \t]+")
# Initials with their stops ("N.", "U.S.", "S."), which end no sentence inside a headline.
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Navigation and section labels of a page: a line made only of these is furniture.
NAVIGATION_PHRASES = (
    r"skip to (?:main |primary |secondary )?(?:content|navigation|search|sidebar|footer|menu)",
    # the site's own contacts and pages in its menu ("Email Us: ...", "Contact Us: +1 ...", "About Us")
    r"(?:contact|e-?mail|call|write to) us(?::\s*\S.{0,60})?",
    r"about us",
    # the site greeting its reader above the story ("Welcome to Kessanews", "Welcome to the Kalos Times")
    r"welcome to (?:the )?(?:[\w.&'’-]*news|[\w.&'’-]+(?: [\w.&'’-]+){0,2} (?:news|times|post|daily|tribune|online|tv))[.!]?",
    r"skip navigation",
    r"jump to comments(?: [↓⇩▼])?",
    r"jump to (?:content|navigation)",
    r"go to (?:main )?(?:contents?|navigation|menu)",
    r"(?:main )?menu",
    r"search",
    r"home(?:page)?",
    r"news",
    r"world(?: news)?",
    r"middle east",
    r"africa",
    r"europe",
    r"asia(?:[- ]pacific)?",
    r"americas",
    r"latin america",
    r"u\.?s\.?(?: news)?",
    r"u\.?k\.?",
    r"politics",
    r"business",
    r"economy",
    r"markets?",
    r"stock markets?(?: [a-z]{2,5}){0,3}",  # a market ticker's label with its exchanges ("STOCK MARKET BSE NSE")
    r"sports?",
    r"opinion",
    r"latest(?: news)?",
    r"live",
    r"videos?",
    r"photos?",
    r"tech(?:nology)?",
    r"science",
    r"health",
    r"climate",
    r"environment",
    r"entertainment",
    r"culture",
    r"lifestyle",
    r"travel",
    r"weather",
    r"features?",
    r"analysis",
    r"world & nation",
    r"nation & world",
    r"(?:nation and world|world and nation)",
    r"weather icon [a-z ]{2,20}",  # a weather widget's picture label ("weather icon Clear")
    r"international",
    r"top stories",
    r"breaking news",
    r"listen to (?:this )?article",
    r"\d{1,2} min(?:ute)?s? read",
    r"(?:updated )?\d{1,2} (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago",
    r"reading time:? (?:< ?)?\d{1,2} min(?:ute)?s?",  # "Reading Time: < 1 minute"
    r"print(?: this)?(?: article)?",
    r"our standards:? the thomson reuters trust principles\.?",
    r"purchase licensing rights",
    r"opens new tab",
    r"copy link",
    r"save(?: article)?",
    r"gift (?:this )?article",
    r"close",
    r"sign in",
    r"log ?in",
    r"log ?out",
    # a site's account and widget bar ("Login | Create Account Weather Currency Instagram Search")
    r"create (?:an )?account",
    r"poll",
    r"currency",
    r"facebook",
    r"youtube",
    r"instagram",
    r"sign out",
    r"register",
    r"my account",
    r"short (?:url|link)",
    r"follow",
    r"text size:?",
    r"watch live",
    r"trending(?: now)?",
    r"newsletters?",
    r"sponsored(?: content)?",
    r"download (?:our|the) app",
    # forum chrome above a thread
    rf"[{BULLETS.strip()}]",
    r"no announcement yet\.?",
    r"filter",
    r"time",
    r"show",
    r"clear all",
    r"new posts",
    # a breadcrumb's lead-in and a screen reader's list markers ("list of 3 itemsend of list")
    r"you are here:?",
    r"list of \d{1,2} items?(?:\s*end of list)?",
    r"end of list",
    r"a\+\s*a-",  # text size buttons
    # a site search box's labels printed with the menu ("No Result", "View All Result")
    r"no results?(?: found)?",
    r"view all results?",
    # an article's reading widgets: text size, bookmark, audio, app and comment buttons
    r"font size:?",
    r"a-\s*a\s*a\+",
    r"bookmark(?: this)?(?: article)?",
    r"read later",
    r"add to (?:my )?favou?rites",
    r"(?:read|open|continue) in (?:the )?app",
    r"text to speech",
    r"(?:play|pause|stop)(?: audio)?",
    r"copied!?",
    r"\d{1,4} comments?",
    r"comments? \(\d{1,4}\)",
    r"google news",
)
# Section names of a bar of them (`_is_section_bar`), each a whole word or two.
SECTION_NAMES = (
    "news world middle_east africa europe asia americas politics business opinion sport sports health science tech"
    " technology culture entertainment lifestyle travel climate"
).split()
SECTION_WORD = re.compile(
    r"\b(?:" + "|".join(name.replace("_", " ") for name in SECTION_NAMES) + r")\b",
    re.IGNORECASE,
)
# A site's path glued to the headline it opens ("HomeNewsTroops kill 12", "HomeWorldAfricaFloods ..."), or an
# image slider's label ("NextImg:Floods kill 30"): not the headline's words.
GLUED_TITLE_PATH = re.compile(
    r"\A(?:Home(?:"
    + "|".join(name.title().replace("_", "") for name in SECTION_NAMES)
    + r")*(?=[A-Z][a-z])|(?:Next|Prev|Previous)?(?:Img|Image|Photo):[ \t]*)(?=\S)"
)
SECTION_BAR_MAX_WORDS = 12
SECTION_BAR_MIN_NAMES = 3
NAVIGATION_PHRASE = tuple(re.compile(p + r"(?!\w)[\s|,·•/>›»:-]*", re.IGNORECASE) for p in NAVIGATION_PHRASES)
# Metadata lines: a field name and a date or time ("date 2024-10-27", "Updated 3:15 PM EST, Oct. 27, 2024").
METADATA_FIELDS = (
    r"date(?:d)?",
    r"published(?: on| at)?",
    r"first published(?: on)?",
    r"(?:last )?updated(?: on| at)?",
    r"(?:last )?modified(?: on)?",
    r"posted(?: on| at)?",
    r"publication date",
    r"time",
    r"filed",
)
# A credit may open a publication line: "AFP Published 16 Apr, 2025 06:46pm".
METADATA_CREDIT = r"(?-i:[A-Z][\w.&'-]*\s+){1,3}(?=(?:first )?(?:published|posted|(?:last )?updated)\b)"
METADATA_LINE = re.compile(
    rf"(?:{METADATA_CREDIT})?(?:"
    + "|".join(METADATA_FIELDS)
    + r")\s*[:\-–—]?\s*"
    # the field's value opens with the date, the day or its author: "Updated figures show 12 ..." is a sentence
    + rf"(?=\d|{MONTH}\s|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|by\s)"
    + r"(?=.{0,40}(?:\d{1,2}:\d{2}|\d{4}|\d{1,2}(?:st|nd|rd|th)?\b))\S.{0,120}",
    re.IGNORECASE,
)
# A field's label left with no value on its own line ("Published:", "Updated:", "By:"): the page's template, no text.
EMPTY_FIELD_LINE = re.compile(
    r"(?:(?:" + "|".join(METADATA_FIELDS) + r"|by|author|written by|tags?)\s*:\s*)+", re.IGNORECASE
)  # one empty field or several on one line ("Published: Updated:")
# The months of the Hebrew calendar.
HEBREW_MONTH = (
    r"(?:tishrei|tishri|cheshvan|heshvan|kislev|tevet|shevat|adar(?: i{1,2})?|nisan|iyar|sivan|tammuz|av|elul)"
)
# A line that is only a date, a time, or both ("October 27, 2024 3:15 PM EDT", "2024-10-27T10:00:00Z").
TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?|\s*GMT[+-]?\d*)?"
DATE_ONLY_LINE = re.compile(
    # a weekday and a day of the month without a year ("Tuesday, June 21"), or a date with its year, maybe
    # after its time ("19:37 pm on 19 February 2024") or before a button in capitals ("THU, 16 MAY 2024 LISTEN")
    rf"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*,?\s+(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})|"
    # a day of the month and a time, a page's timestamp ("Mar 3, 7:15 PM EST")
    rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH}),?\s+{TIME}|"
    rf"(?:{TIME}\s*(?:on\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*,?\s+)?(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|{MONTH}\s+\d{{1,2}}\s*,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\s*,?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})(?:\s*(?:at|,|\||-)?\s*{TIME})?(?:\s*(?:\||-)\s*.{{0,40}})?"
    r"(?-i:\s+[A-Z]{3,10})?"
    # a date of the Hebrew calendar, as Israeli papers print it beside the civil one ("Adar 9, 5778")
    rf"|{HEBREW_MONTH},?\s+\d{{1,2}},?\s+5\d{{3}}|\d{{1,2}}\s+{HEBREW_MONTH},?\s+5\d{{3}}",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
FOUR_DIGITS = re.compile(r"\d{4}")
WRITTEN_DATE = re.compile(
    rf"({MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+({MONTH}),?\s+(\d{{4}})", re.IGNORECASE
)
# A caption's credit to an agency's (file) photo: "(AFP file photo)".
AGENCY_PHOTO = r"\((?:AP|AFP|Reuters|EPA|Xinhua|Getty Images) (?:file )?(?:photo|image|picture)\)\.?"
# A caption's closing credit naming the kind of photo: "(Staff Photo)", "(PTI Photo)", "(HT Photo)".
KIND_PHOTO = r"\((?:[\w.'’-]+\s+){1,3}(?:photo|image|picture)\)\.?"
# Words that name where a picture came from rather than who took it: a still from a video, a screen capture, a
# handout, a picture lent by someone ("(Screengrab from X)", "(Video grab)", "(Courtesy: City Hall)").
PICTURE_SOURCE_WORDS = (
    r"(?:screen[ -]?grabs?|screen[ -]?shots?|screen captures?|video (?:grabs?|stills?)|stills? from (?:a |the )?video"
    r"|handout(?: (?:photo|image|picture))?|courtesy|footage grab|grab)"
)
# A caption or summary cut off by its "Show more" button, which the page glues to the last word ("... and theirShow
# more"): its full copy stands beside it.
COLLAPSED_PREVIEW = re.compile(r".{20,}\S ?Show more\s*")
# A picture's file name ("220105-ab-market-900.jpg"), which opens a caption or stands above one.
PICTURE_FILE = r"[\w-]{3,80}\.(?:jpe?g|png|gif|webp)"
# Photo captions and credits ("Photo credit: Jane Roe", "Credit: Jane Roe/EXA").
CAPTION_LINE = re.compile(
    r"(?:(?:(?:photo(?:graph)?s?|image|picture|caption|file photo|illustration)(?:\s+credits?)?|credits?)"
    r"\s*(?:by\b|:|\||-)\s*\S.*"
    # a video's credit ("Video: Reuters", "Video by Jane Doe"); a headline after "VIDEO:" is longer and stays
    r"|video\s*(?:by\b|:|\||-)\s*[^\s.!?][^.!?]{0,30}"
    r"|file\s*[-–—:]\s*\S.*"
    r"|image (?:source|caption),\s*\S.*"
    r"|getty images\.?"
    # a picture's source alone on its line: "Screengrab from social media", "Screenshot via X", "Handout"
    rf"|(?:{PICTURE_SOURCE_WORDS})(?:\s+(?:from|via|of|by|:)\s*[^.!?\n]{{1,50}})?\.?"
    r"|.{0,400}\((?:file )?(?:photo|image|picture)\b[^()]{0,200}\)\.?"
    # a caption closed by its kind of photo in brackets: "... in Colombo. (Staff Photo)", "(PTI Photo)"
    rf"|.{{0,400}}[.!?]\s*{KIND_PHOTO}"
    r"|(?:in )?this (?:photo|image|picture|handout)(?: [\w,.-]+){0,8}? (?:provided|released|taken|made|distributed|shows?)\b.{0,1200}"
    # "In this pool photograph, ...", "Gulu : In this file photo taken ...": a line opening so is a caption
    r"|(?:[A-Z][\w'’ -]{0,30}\s*:\s*)?in this (?:(?:pool|file|handout|undated|aerial) )*(?:photo(?:graph)?|image|picture)\b.{0,1200}"
    r"|.{0,600}\([^()]{0,80}\bvia (?:AP|AFP|Reuters|EPA|Getty Images)\b[^()]{0,20}\)\.?"
    # a credit naming the agency "or licensors": "... in Managua (AFP or licensors)"
    r"|.{0,600}\([A-Z][\w ./&'’-]{1,40} or licensors\)\.?"
    r"|[^.]{0,120}\bvia (?:AP|AFP|Reuters|EPA|Getty Images)(?:,? File)?\.?"
    # a credit that closes the caption, maybe glued to its stop: "... in Goma. Photo: EPA", "... in Goma.Image: EPA",
    # "... Picture: Jane Roe/Example Agency (EXA)",
    # "... began Monday. Photo by Jane Roe/EXA-EFE", "... on Sunday. File Photo by Jane Roe/EXA-EFE"
    r"|.{0,600}[.!?]\s*(?:\|\s*)?(?:file\s+)?(?:(?:photo|picture|image)\s+)?(?:photo|picture|image|credit)(?::|\s+by\b)\s*[A-Z][\w./&'’ -]{1,60}(?:\s*\([A-Z]{2,8}\))?"
    # a name and the picture's credit in brackets, the agency after a slash: "Ana Ruiz (Ana Ruiz/PA) (PA Media)"
    r"|[^.!?()]{1,80}\([^()]{1,60}/(?:PA|AP|AFP|Reuters|EPA|Getty Images)\)(?:\s*\([^()]{1,30}\))?"
    # the credit's parts set apart by bars: "... in Lome, Togo. PHOTO | JANE DOE | POOL | AFP"
    r"|.{0,600}[.!?]\s*(?:photo|picture|image)\s*\|\s*[^|\n]{1,60}(?:\|\s*[^|\n]{1,40}){0,4}"
    # the credit glued to the caption's last word, its stop lost: "... to the southImage: jane doe/agency"
    r"|.{0,600}(?<=[a-z])(?-i:Image|Photo|Picture):\s*\w[\w./&'’ -]{1,60}"
    # a caption with no stop before its credit, the photographer and the agency after a slash: "Former minister Ana
    # Ruiz Image: Jane Roe / Example Agency"
    r"|.{0,400}\s(?-i:Image|Photo|Picture):\s*[^\n/:]{1,60}\s/\s*(?-i:[A-Z])[\w .&'’-]{1,40}"
    # the maker's name and "Photo" after the caption's last sentence: "... by a cutter. Coast Guard Photo"
    r"|.{0,600}[.!?]\s+(?-i:(?:[A-Z][\w.&'’-]*\s+){1,4}(?:Photo|Image|Picture))\.?"
    r"|.{0,1200}\((?:AP|AFP|Reuters) Photo[^()]{0,80}\)\.?"
    rf"|[^.!?]{{0,300}}{AGENCY_PHOTO}"
    r"|.{0,400}\b(?:REUTERS|AFP|AP)/[A-Z][\w.' -]{1,60}(?:/(?:File|Pool)(?: Photo)?)?\.?"
    r"|.{0,400}\b(?:via|/) ?Getty Images\)?\.?"
    # a credit that closes a caption: "... shake hands. Photo courtesy of the ministry", "... in Mosul [Reuters]"
    r"|.{0,600}\bphotos? courtesy of [^.!?]{1,80}\.?"
    # a wire's credit closing the caption after its stop: "... on Friday. File Photo via Kessa Ministry/UPI |"
    r"|.{0,600}[.!?]\s*(?:file )?(?:photo|image|picture) via [^.!?|]{1,60}\|?"
    r"|license photo"
    r"|[^\[\]]{0,400}\[(?:Reuters|AFP|AP|EPA|Xinhua|Anadolu|Getty(?: Images)?|File(?: photo)?)\]\.?"
    # the photographer and the agency in square brackets: "Smoke rises over the port [File: Jane Doe/Reuters]"
    r"|[^\[\]]{0,400}\[(?:file:\s*)?[^\[\]/]{1,60}/\s*(?:Reuters|AFP|AP|EPA|Xinhua|Anadolu|Getty Images|Al Jazeera)"
    r"(?:\s*via [^\[\]]{1,30})?\]\.?"
    # a picture agency's caption, the place, the country and the day in capitals before a colon:
    # "AMRA, NORLAND – JUNE 4: Prime Minister Ema Dorn speaks to reporters ..."; a dateline never has the colon
    r"|(?-i:[A-Z][A-Z .'’-]{1,30}, [A-Z][A-Z .'’-]{1,30}\s*[-–—]\s*(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"[A-Z]*\.? \d{1,2}(?:, \d{4})?):\s.{0,1200}"
    # a credit line that opens with its kind: "(file image) Photo: Site.com/Name"
    r"|\((?:file )?(?:photo|image|picture)\)\s*(?:(?:photo|image|picture)\s*:\s*)?\S.{0,120}"
    # a caption that opens with its picture's file name: "220105-ab-market-900.jpg Traders wait in Lome ..."
    rf"|{PICTURE_FILE}\b.{{0,600}}"
    # a wire picture's caption, closed by the place, its country and the day it was taken: "... speaks to
    # reporters in Lome, Togo, March 3, 2024."
    rf"|.{{20,600}}\b(?:in|at|near|outside) (?-i:[A-Z])[^,\n]{{1,40}}, (?-i:[A-Z])[^,\n]{{1,40}}, {MONTH} \d{{1,2}}, \d{{4}}\.?"
    # or by the place and the day with no comma between, as Reuters prints it: "... a protest in Lome March 3, 2024."
    rf"|.{{20,600}}\b(?:in|at|near|outside) (?-i:[A-Z])[^,.\n]{{1,40}} (?-i:{MONTH}) \d{{1,2}}, \d{{4}}\."
    # one closed by the day it was taken alone: "Rescuers search the rubble of a market in Ruspur, 14 July 2015." (a
    # sentence that dates its weekday or hour so, "on Monday, 14 July 2015", is told in the text)
    rf"|(?=.{{20,400}}$)[^.!?\n]*[a-z](?<!day)(?<!night)(?<!noon)(?<!dawn)(?<!morning)(?<!evening), \d{{1,2}} {MONTH} \d{{4}}\.?)",
    re.IGNORECASE,
)
# A notice of the comment section or the account wall ("Please read our Comment Policy before commenting.",
# "Register (it's quick and free) or sign in now."), a page's source line ("Source: Headline | Site.com",
# "SOURCE: Outlet and agencies", "Additional source- AFP"), a template's placeholder ("[ad_1]"), a
# translation notice, a copyright line and a line of tags.
# The names a source line credits ("Outlet and agencies", "AFP, Reuters"): capitalised names, "and", "agencies";
# a headline after "Sources:" has lower-case words and stays.
CREDIT_NAMES = (
    r"(?-i:[A-Z][\w.&'’-]*(?:(?:\s+|,\s*)(?:[A-Z][\w.&'’-]*|and|&|of|the|news|agencies|wires?|staff)){0,6})\.?"
)
SITE_NOTICE_LINE = re.compile(
    r".{0,200}\b(?:comment policy|community guidelines|before commenting|keep (?:your )?comments|sign in now"
    r"|sign in to comment|register to comment|\(it'?s quick and free\)"
    # a blog host's comment form: "Fill in your details below ...", "You are commenting using your ...",
    # "Connecting to %s"
    r"|fill in your details below|you are commenting using your|connecting to %s).{0,200}"
    r"|(?:google|twitter|facebook|wordpress\.com) (?:photo|picture)"  # the form's account pictures
    r"|source:\s.{1,200}\|\s*[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk)"
    r"|author(?:'s)? profile (?:photo|image|picture)"
    rf"|(?:additional )?sources?\s*(?::|-|–)\s*{CREDIT_NAMES}(?:\s*\(\s*[A-Z]{{2,6}}\s*\))?"
    r"|\[\w{1,20}\]"
    r"|powered by (?:automated|machine) translation"
    r"|(?:copyright\s*(?:©\s*)?\d{4}|©|\(c\)\s*\d{4})\s.{0,120}|.{0,120}\ball rights reserved\.?"
    # a feed's source site with its copyright notice in brackets ("kessanews.com (© Copyright: (C) Kessa News, ...)")
    r"|[\w-]+(?:\.[\w-]+)+\s*\(\s*©.{0,240}\)"
    # a picture's short caption closed by its credit's copyright mark ("Observer Jan Roe (© R)")
    r"|[^.!?\n]{0,80}\(©[^()\n]{0,40}\)"
    # a syndicator's copyright paragraph, however long its notice after "All rights reserved."
    r"|(?:copyright\s*(?:©\s*)?\d{4}|©\s*\d{4})\s.{0,120}\ball rights reserved\b.{0,600}"
    # a picture's caption closed by its credit and notice ("The mayor with mourners Copyright J. Doe/Copyright
    # 2021 Kessa Photo Agency. All rights reserved")
    r"|.{0,240}\bcopyright\b.{0,120}\ball rights reserved\.?"
    # the blog platform's likes counter under the story
    r"|%d bloggers like this:?|\d+ bloggers? likes? this:?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # a reporter's address alone under the story
    # the editors' initials and the agencies under a story ("tj/se (Reuters, AFP, AP)", "jbh/bw (AFP)")
    r"|[a-z]{1,4}(?:/[a-z]{1,4})+\s*\((?:[\w.]+(?:\s[\w.]+)?\s*,\s*){0,4}[\w.]+(?:\s[\w.]+)?\)"
    # a page's clock time, zone and day in one line above the story ("9:14 EAT | 11 Jun 2016")
    rf"|\d{{1,2}}:\d{{2}}\s*(?:am|pm)?\s*[a-z]{{2,5}}\s*\|\s*(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}},?)\s+\d{{4}}"
    # a press office's contacts under its release ("For more information, please contact:", then "Jane Doe, ICRC
    # Kessa, +41 79 000 00 00,")
    r"|for (?:more|further) information,? (?:please )?contact:?|[^.!?\n]{0,80}\+\d{1,3}(?:[ -]?\(?\d{1,4}\)?){2,5}[,;.]?"
    # an aggregator's account of itself: "Newswire Hub publishes about 900 stories a day from ..."
    r"|(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:publishes|carries|distributes)\s+"
    r"(?:around\s+|about\s+|some\s+|over\s+|more than\s+|nearly\s+)?[\d,]+\s+(?:reports|stories|articles|items)"
    r"\s+(?:a|per|each)\s+day\b.{0,600}"
    r"|(?:tags?|topics?|filed under|categories|category)\s*:\s*[^.!?]{1,200}"
    # an editor's credit in brackets ("(Web editor: Jane Roe, Ana Lim)"); a numbered commenter's heading ("2. Kessa99
    # said:"); a reader's thanks and a newsletter's call ("Thank you for reading this story. Sign up ..."); a wire's sign-off,
    # its desks' codes and the hour ("XNA/AFP/ab/1955 hrs")
    r"|\((?:web |online |copy )?editors?\s*:\s*[^()]{1,80}\)"
    r"|\d{1,3}\.\s+[\w.-]{2,30}\s+(?:said|says|wrote|writes)\s*:"
    r"|thank you for reading (?:our|this) (?:article|story|report)\b.{0,200}"
    r"|[A-Z]{2,5}(?:/[A-Za-z]{2,5}){1,4}/\d{3,4}\s*hrs?\.?"
    # an ad slot's label ("Wide banner advertisement", "Sidebar Advertisement [Left]") and a read-aloud
    # player's notice that its voice was made by AI
    r"|(?:[\w-]+\s+){0,4}advertisement(?:\s+\[\w+\])?"
    r"|this audio (?:is|was) (?:created|generated|produced) (?:with|by|using) (?:the help of )?ai(?: assistance)?\.?"
    # footer links and a content warning ("Learn about Careers at Example Media.", "Back to Top")
    # a screen reader's skip link written as a sentence ("Please view the main text by skipping the menu.")
    r"|(?:\d{1,2}\.\s+)?[^.!?]{0,80}\bskip(?:ping|s)?\b[^.!?]{0,40}\b(?:menu|navigation|(?:main )?content|main text|sites)\b[^.!?]{0,40}[.!]?"
    # an editor's note on the story itself, a prompt to comment, a newsletter's promise
    r"|this (?:article|story|report) (?:was|has been) (?:originally |first |last )?(?:published|updated|corrected"
    r"|amended|republished)"
    # its day ("This story was originally published May 3, 2020, on Radio Kessa.")
    rf"(?:\s+(?:on\s+)?(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}),?(?:\s+(?:on|in|by)\s+.{{1,100}})?)?"
    r"(?:\s+(?:on|in|at|by|from)\s+(?-i:(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}))?"
    r"(?:\s+(?:to|with)\s+(?:add|include|correct|reflect|additional|new|more|further|the latest)\b[^.!?]{0,60})?[.!]?"
    r"|(?:[^.!?]{0,60}[.!?]\s+)?(?:leave a comment|share your (?:thoughts|views|opinion)|tell us what you think)\b[^.!?]{0,60}[.!]?"
    r"|[^.!?]{0,80}\b(?:delivered )?(?:to|in) your inbox\b[^.!?]{0,40}[.!]?"
    # a news app's promotion above the story: "Get all of your news in one place!", "300's of premium
    # publications", "One app", "Start reading"
    r"|get all (?:of )?your news in one place[.!]?|[\d,]+\+?['’]?s? of premium (?:titles|publications)[.!]?"
    r"|one app[.!]?|start reading[.!]?"
    # a reporter's credit at the foot of wire copy: "AP writer Jane Doe in Lima contributed to this report."
    r"|[^.!?]{0,200}\bcontributed (?:to this (?:report|story|article)|reporting)(?:\s+(?:from|in)\s+(?-i:[A-Z])[^.!?]{0,60})?\.?"
    # an instruction to click a page's button ("Click the bell icon to follow topics:")
    r"|(?:click|tap)\b[^.!?]{0,80}\b(?:icon|button|link|here)\b[^.!?]{0,60}[:.!]?"
    # a sign-in notice ("Thank you for registering", "Please refresh the page to be logged in")
    r"|thank you for (?:registering|subscribing|signing up)[.!]?|please refresh (?:the|this|your) (?:page|browser)\b.{0,200}"
    r"|(?:learn (?:more )?about |see )?careers at [\w .&'-]{1,60}\.?|back to top"
    # a newspaper kiosk's footer under each story: "Newspapers in English", "Newspapers from United States"
    r"|newspapers (?:in|from) (?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"|warning:\s*(?:some|this|the)\b[^.!?]{0,120}\b(?:distressing|disturbing|graphic)\b[^.!?]{0,40}\.?"
    # a notice that the reader's browser is old or has scripts off ("Your browser is not supported. Update it")
    r"|(?:your\s+|this\s+)?(?:web\s+|internet\s+)?browser\s+(?:is\s+)?(?:no longer supported|not supported"
    r"|unsupported|out of date|outdated)\b.{0,200}|you are using an?\s+(?:outdated|unsupported|old(?:er)?)\s+browser\b.{0,200}"
    r"|(?:please\s+)?(?:enable|turn on)\s+javascript\b.{0,200}|javascript is (?:disabled|required|turned off)\b.{0,200}"
    # the same for one browser named ("IE 9 is not supported, please open the page elsewhere"), and a heavy page's
    # pointer to its light version ("It looks like you are having trouble loading this page. Try our text edition.")
    r"|(?:ie|internet explorer)\s*\d{0,2}\s+is\s+(?:no longer\s+|not\s+)supported\b.{0,200}"
    r"|it looks like you(?:['’]re| are) having trouble loading\b.{0,200}"
    # where the story came from, under it: "This story was first published in French by X",
    # a blog's syndication footer ("The post ... appeared first on X.", "This post was syndicated from X. ...")
    r"|this (?:article|story|post) was (?:originally|first) published (?:on|in|by)\b.{0,200}"
    r"|the post .{1,200} appeared first on .{1,100}|this (?:post|article|story) was syndicated from .{1,300}"
    # notices on the story's state and the site's comments and contacts ("This is a developing story and will be
    # updated.", "Sorry, we are not accepting comments on this story.", "For comments or corrections, write to ...",
    # "For the latest news, follow X on Google News")
    r"|this is a (?:developing|breaking) (?:news )?story\b.{0,120}"
    r"|sorry,? (?:we are|we're) not (?:currently )?accepting comments\b.{0,80}"
    r"|for comments,? (?:or|and) corrections\b.{0,200}"
    r"|for the latest (?:headlines|news|updates)\b[^.!?]{0,100}\b(?:google news|whatsapp|telegram|app)\b[^.!?]{0,40}[.!]?"
    # an outlet's call to join its channel, or its promotion flagged for the reader ("Join our verified X Telegram
    # channel and get ...!", "PAY ATTENTION: Like our stories? Join ...")
    r"|(?:[^.!?]{0,60}[.!?]\s+)?join (?:our|us on|the)\b[^.!?]{0,80}\b(?:whatsapp|telegram|channel|newsletter)\b[^.!?]{0,80}[.!]?"
    r"|(?-i:PAY ATTENTION|Pay attention)\s*:.{0,200}"
    # the outlet's own accounts and the links to the story before and after ("You can also find X on Twitter",
    # "Next articleHeadline", "Previous article Headline")
    rf"|(?:you can )?(?:also )?find (?:us|[\w.&'’ -]{{1,40}}) on {SOCIAL_NETWORKS}(?:,? (?:and|&) {SOCIAL_NETWORKS})*\.?"
    r"|(?:previous|next) (?:article|post|story)\s*\S.{0,160}"
    # a list of other stories run together after its heading on one line ("Also Read Headline one Headline two")
    r"|(?-i:Also Read|ALSO READ|Read Also|READ ALSO)\b.{0,2000}"
    r"|end of (?:the )?(?:article|story|report)\.?"
    r"|(?:article|story) (?:content|body)"
    # a comment form's prompts ("Please enter your comment!"), a player's and an ad slot's notices, a syndicator's
    # pointer to the source ("Read the original article on X."), a tag list's label alone, a photo's licence link,
    # a share button, a wire's promise of more
    r"|please enter your (?:comment|name|e-?mail(?: address)?)(?: here)?[.!]?"
    r"|this advertisement has not loaded yet\b.{0,80}|we apologi[sz]e,? but this video has failed to load\.?"
    # the failed player's pointer to other clips, the clip's headline run into it ("... Back to video")
    r"|tap here to see other (?:clips|videos) from (?:the|our) team\b.{0,300}"
    # a data-protection and cookie notice ("... under the data law on personal data ... the cookies our site sets")
    r"|.{0,200}\bpersonal data\b.{0,200}\bcookies\b.{0,80}\bour (?:web)?site\b.{0,100}"
    # a comment form's sum to prove the reader is human ("seven + nine =")
    r"|(?:[a-z]{3,9}|\d{1,2})\s*[+×]\s*(?:[a-z]{3,9}|\d{1,2})\s*=\s*"
    r"|read the original article on .{1,80}|tagged\s*:?|\|?\s*license photo|copy short url(?:\s+copy)?"
    r"|more to come\s*(?:\.{3}|…)?"
    # a paywall's offer and appeal ("Subscribe for $2 a week. Support local journalism: donate.")
    r"|subscribe\b[^.!?]{0,60}\b(?:for the first|a|per) (?:month|week|year)\b.{0,300}"
    r"|support (?:independent|quality|local|our) journalism\b[^.!?]{0,120}\b(?:subscrib|donat)\w*\b.{0,200}"
    # a related story's label and headline ("RELATED ARTICLE: Talks stall", "» Related Articles"), an editors' note
    # to subscribers on a picture ("EDS NOTE: GRAPHIC CONTENT - ...")
    r"|(?-i:RELATED)\b[^:\n]{0,20}:\s*.{1,200}|(?:»\s*)?related (?:articl\w*|stories|news|posts?|coverage)\.?"
    # the label glued to the linked story's outlet and headline ("RelatedOutlet News - Rebels take the port")
    r"|(?-i:Related)(?=[A-Z])\S{1,40}(?: \S+){0,30}"
    r"|eds?\.? note\s*:.{0,800}"
    # a site's notice of new terms ("Updates to our Terms of Service", "We have updated our Privacy Policy")
    r"|(?:updates? to|we are updating|we have updated|we've updated) our (?:terms of (?:use|service)|privacy policy)"
    r"\b.{0,300}"
    # an app's download teaser ("Download our APP from the store using the link here>>>")
    r"|download (?:our|the)\b[^.!?\n]{0,40}\bapp\b.{0,120}",
    re.IGNORECASE,
)
# A page's label glued before a paragraph ("Article content ADDIS ABABA — Two envoys ..."), as some papers print it
# above each block of the story.
FURNITURE_HEAD = re.compile(r"(?i:article|story) content\s+(?=[A-Z\"“‘'])")
# A link's label run into a sentence ("... to ten years [City Times report]."), as legal news sites print them.
LINK_LABEL = re.compile(
    r"\s*\[(?:[A-Z][\w.&'’-]*\s+){1,4}(?:report|text|statement|press release|backgrounder|materials?|archive)\]"
)
# A line of a rail of the latest stories, each headline after its age ("12m ago ...", "3h agoHeadline", "2 hours ago
# ...") with the space after "ago" maybe lost: the headline after it is another story's, never this one's.
AGED_TEASER = re.compile(r"\d{1,2}\s?(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago\s*(?=[A-Z0-9\"“‘'])")
# A newspaper's masthead: its founding line under the name ("Springfield, Ohio Est. May 3, 1871"), and a name
# that calls itself a newspaper ("The Daily Courier Newspaper").
FOUNDED_LINE = re.compile(
    rf"(?-i:(?:[A-Z][\w.'’-]*,?\s+){{0,5}})(?:est\.|established|founded|since)\s+(?:in\s+)?"
    rf"(?:(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH}),?\s+)?\d{{4}}",
    re.IGNORECASE,
)
NAMEPLATE_LINE = re.compile(r"(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}Newspapers?")
MASTHEAD_MAX_WORDS = 6
# A site's logo named in its alt text ("The Messenger logo") and a breadcrumb path of section names
# ("World / Asia", "Pacific / Papua New Guinea"): page furniture above a headline.
LOGO_LINE = re.compile(
    r"(?:the )?[\w.&'’ -]{1,40}\s+logo|(?:[\w.&'’ -]{1,40}\s+)?(?:site|web ?site|app|page)\s+(?:icon|logo)|favicon",
    re.IGNORECASE,
)
SECTION_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,3}"
BREADCRUMB = re.compile(rf"{SECTION_NAME}(?:\s+[/>›»]\s+{SECTION_NAME}){{1,4}}")
# A breadcrumb from the home page down to the story, whose last crumb is the headline itself: "Home » Curfew lifted
# in Tarla after unrest".
HOME_BREADCRUMB = re.compile(r"(?i:home(?:page)?)\s*[>›»\\/]\s*\S.*")
# A page's strip of icon names, as a sprite's alt texts run together ("icon bookmark-bicon bookmarkicon cameraicon
# checkicon ..."): four or more words with "icon" in them.
ICON_STRIP = re.compile(r"(?:\S*\s+){0,2}(?:[\w-]*icon[\w-]*\s+){4,}.*", re.IGNORECASE)
# A paper's masthead line ("Daily Newspaper published by X Printing Co."), its page's update stamp ("Latest Update:
# Thursday 30/8/2012, 12:20 AM") and its article buttons ("Send Article Print Article").
PAGE_STAMP_LINE = re.compile(
    r"(?:(?:daily|weekly|the) )?(?:news)?paper published by .{1,100}"
    r"|(?:latest|last) updated?\s*:.{1,80}"
    r"|(?:(?:send|print|email|e-mail|save|share) (?:this )?(?:article|story)\s*){2,4}"
    # a sign-in box, a mailing-list call, a job board's ad, a site's daily list ("Remember meForgot password?",
    # "Join Our Mailing List", "Find a Security Clearance Job!", "Today from Kessa Online: _")
    r"|(?:remember me\s*)?forgot (?:your )?password\s*\??|remember me|(?:log ?in|sign ?in) with \w+(?: or \w+)?"
    r"|(?:join|subscribe to) our (?:mailing list|newsletter)[.!]?"
    r"|find (?:a|your|the)(?: [\w-]+){0,4} jobs?\s*[.!]?"
    r"|today (?:from|on|at) [\w .&'’-]{1,40}:\s*[_-]?",
    re.IGNORECASE,
)
# A membership wall's promises ("Sign in to unlock perks", "Access 5 free articles a month", "Save articles for
# later"), a comment form's rule ("Comments must be in English."), a prompt to readers ("What do you think?", "View
# Comments"), a spam filter's notice, a newsletter's promise ("Our week's best stories delivered to you."), a bare
# "Read more here." and a pointer to a section ("For more news on the war, see:
# 'Kessa at war' section."); a clock stamp with its zone ("EAT: 2130 HRS, JUL 15, 2014"); and the lines below.
PROMPT_LINE = re.compile(
    r"sign in to unlock .{1,60}|access (?:\d+ )?free (?:stories|articles) (?:every|each|a|per) month"
    r"|access to comment on (?:every|each|all) (?:story|article|stories|articles)|save (?:stories|articles) to read later"
    r"|sign[- ]?up\s*/\s*manage your newsletters?.{0,80}|get notified by email\b.{0,120}"
    r"|comments (?:have|need|must) to be in .{1,80}|comments must be in .{1,80}"
    r"|view (?:\d+ )?comments?|what do you think\s*\?"
    r"|this site uses akismet\b.{0,200}"
    r"|(?:the|our) (?:day|week)['’]s (?:top|best|biggest) (?:stories|news|headlines) delivered\b.{0,60}"
    r"|read more here\s*[.!]?"
    r"|for more (?:news|stories|coverage|reports) (?:on|about) .{1,120}\bsee\s*:.{0,200}"
    rf"|[A-Z]{{2,5}}\s*:\s*\d{{3,4}}\s*hrs?\.?,?\s*(?:{MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    # a text-size widget after the agency and the day ("Kessa News, May 4, 2015 Adjust font size:"); the agencies a
    # report thanks, a wire's redistribution notice (a reprint's note with its day is a site notice)
    r"|.{0,80}\badjust (?:the )?(?:font|text) size\s*:?"
    r"|(?:some )?information for this (?:report|story|article) was (?:provided|contributed) by .{1,120}"
    r"|this material may not be (?:re)?(?:published|broadcast|written|distributed)\b.{0,120}"
    # a subscription offer, calls to follow the outlet ("Follow us on Telegram for more.", "Like X on Facebook
    # too."), a comment host's line, a channel's programme promotion, a date alone with its stop
    r"|(?:we['’]re|we are) offering .{0,80}\bsubscriptions?\b.{0,80}"
    r"|(?:join the conversation\.\s*)?follow us on (?:twitter|x|facebook|instagram|telegram)\b.{0,160}"
    r"|like [\w .&'’-]{1,40} on facebook(?: as well| too)?\s*[.!]?"
    r"|comments? powered by \w+"
    r"|(?:arabic|english|french|persian|farsi|urdu|turkish|russian|chinese|spanish|german) (?:version|edition)"
    r"|watch [\w .&'’-]{1,40}['’]s? (?:top story|debate|programmes?|shows?)\b.{0,120}"
    rf"|(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}})\."
    # an appeal for readers' money ("Enjoying ad-free content?", "your support will help us go on", "We need your
    # support to stay open.") and a pop-up's close button
    r"|enjoying (?:our )?ad-free (?:content|reading)\s*\??"
    r"|(?:since .{1,40}, )?we have (?:disabled|removed|turned off) (?:all )?ads\b.{0,120}"
    r"|(?:this commitment|it) costs us\b.{0,80}\byour support\b.{0,120}|your support (?:can|will) help us\b.{0,120}"
    r"|(?:[^.!?]{0,80}[.!?]\s+)?we need your (?:help|support) to\b.{0,120}"
    r"|[×✕✖]"
    # a picture's caption that says it is one ("This file photo taken on May 3, 2013 in Tarso shows ...")
    r"|(?:this|the|a) (?:file )?(?:photo|picture|image)(?:graph)?(?: taken\b.{0,100})? shows\b.{0,300}",
    re.IGNORECASE,
)
# The opening of a list a screen reader announces; the list's items and its "end of list" line follow.
SCREEN_READER_LIST = re.compile(r"list of \d{1,2} items?", re.IGNORECASE)
# A related story's link run into the text: "[ Rebels take a border town Opens in new window ]".
NEW_WINDOW_LINK = re.compile(r"\[\s*[^\[\]]{1,200}opens in (?:a )?new (?:window|tab)\s*\]", re.IGNORECASE)
# A caption as AP prints it above its credit line: the people "left" and "right", then the day and the date.
CAPTION_SHAPE = re.compile(
    rf"[^\n]*(?:\b(?:left|right|center|centre)\b,|\b\w+day, {MONTH} \d{{1,2}}, \d{{4}})[^\n]*", re.IGNORECASE
)
# A picture's file name alone on its line, above its caption: "220105-ab-market-900.jpg".
PICTURE_FILE_LINE = re.compile(PICTURE_FILE, re.IGNORECASE)
# A photo credit standing alone on its line, under the caption it closes: "(AP Photo/Jane Doe)".
PHOTO_CREDIT_LINE = re.compile(r"\((?:AP|AFP|Reuters|EPA|Xinhua)?\s?Photo\b[^()]{0,80}\)", re.IGNORECASE)
# A bare agency credit closing a caption: "(AP)"; or a photographer's credit, the name and the agency
# ("(Jane Doe / Associated Press)"), which closes a caption whatever its shape.
AGENCY_CREDIT = re.compile(r"\((?:(?P<photographer>[\w .'’-]{1,40}?)\s*/\s*)?([\w .&'-]{1,30})\)\.?$")
# A photo credit naming the agency first, then the photographer, a pool or a file: "(EXA / POOL / JANE DOE)",
# "(EXA/Jane Doe, File)".
AGENCY_FIRST_PHOTO_CREDIT = re.compile(
    r"\((?P<agency>[\w.&'-]{2,20})\s*/\s*(?P<rest>[^()/]{1,40}(?:/[^()/]{1,40}){0,2})\)\.?$"
)
# Words of such a credit that name no one: the picture came from a pool, or from the agency's files.
CREDIT_KIND_WORDS = frozenset({"file", "pool", "handout", "photo", "staff"})
# The same credit without brackets after the caption's last sentence: "... on May 3. AFP", "... at dawn. Jane Doe/AP".
BARE_AGENCY_CREDIT = re.compile(
    r"(?<=[.!?])\s+(?:(?P<photographer>[\w .'’-]{1,40}?)\s*/\s*|/\s*)?(?-i:([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}))\.?$"
)
# The kind of picture a bare credit may name after its agency: "(PTI Photo)", "(ANI File Photo)".
CREDIT_PICTURE = re.compile(r"\s+(?:file\s+)?(?:photo|image|picture|video)$", re.IGNORECASE)
# A caption closed by a bare agency credit ("Soldiers patrol the town of Ruspur on Sunday. (PTI)") is short and
# reports nothing: at most this many words, no quotation and no reporting word.
CREDITED_CAPTION_MAX_WORDS = 60
REPORTING_WORD = re.compile(r"\b(?:said|says|told|according to|added|stated|reported)\b", re.IGNORECASE)
# A credit that closes a caption and names the picture or its source: bracketed ("(Screengrab from X)",
# "(Photo: Social media)", "(Reuters video screenshot)"), or after the caption's last stop ("... on Monday.
# Screengrab via Telegram", "... on Monday. Photo: @cityhall/X": a platform account as the credit).
CLOSING_PICTURE_CREDIT = re.compile(
    rf"\s*[(\[][^()\[\]]{{0,40}}\b(?:{PICTURE_SOURCE_WORDS}|(?:photo|image|picture|video)s?\s*(?::|\bby\b|\bfrom\b|\bvia\b|/))"
    r"[^()\[\]]{0,80}[)\]]\.?$"
    # "(Kessa Aid Office/Released)", "(Ministry - Press Office / Handout)": a picture given out by its maker
    r"|\s*[(\[][^()\[\]]{1,100}/\s*(?:released|handout)\s*[)\]]\.?$"
    rf"|(?<=[.!?])\s*(?:{PICTURE_SOURCE_WORDS})\b[^.!?]{{0,60}}\.?$"
    # "... in the capital. AFP / Handout from the news agency": an agency's credit for a picture from elsewhere
    rf"|(?<=[.!?])\s*(?-i:[A-Z]{{2,8}})\s*/\s*(?:{PICTURE_SOURCE_WORDS})\b[^.!?]{{0,60}}\.?$"
    r"|(?<=[.!?])\s*(?:photo|image|picture|video)s?\s*:\s*@\w[^.!?]{0,60}$"
    # "... near the border. Photograph: Jane Doe/Outlet": a photographer's credit as some papers print it
    r"|(?<=[.!?])\s*photograph\s*:\s*(?-i:[A-Z])[^.!?:]{0,60}$"
    # "... next to the flag of Norland. Source: NRB": the picture's source after the caption's stop
    r"|(?<=[.!?])\s*source\s*:\s*(?-i:[A-Z])[\w.&'’ -]{0,40}$"
    # "... before the signing. Video by Jane Roe, Outlet.", "... said an official.—File Photo", "... after the attack.
    # Image used for representational purposes."
    r"|(?<=[.!?])\s*(?:video|photo|image|footage)s?\s+by\s+(?-i:[A-Z])[^.!?]{0,60}\.?$"
    # "... in Kessa, 3 March 2026. EFE-EPA/STR": agencies and a stringer's mark after the caption's stop
    r"|(?<=[.!?])\s*(?-i:[A-Z]{2,8}(?:-[A-Z]{2,8})?)\s*/\s*(?-i:STR|POOL|FILE|HO)\.?$"
    # "... in Niamey | Photo: X/Jane Roe": the credit after a bar
    r"|\s+\|\s*(?:photo|image|picture)s?\s*:\s*\S[^|]{0,80}$"
    r"|(?<=[.!?])\s*[—–-]\s*(?:file\s+)?(?:photo|image|picture)\.?$",
    re.IGNORECASE,
)
# A video's title as a player prints it: after a video cue ("Video: ...", "WATCH | ..."), before one ("... | Video"),
# or with its running time ("... (02:14)"); a line of a headline's length that ends in no stop.
# A teaser for a video the page links to ("Moment police stop the van - video"), above the headline too.
VIDEO_TEASER_WORDS = r"[^.!?]{3,200}?\s+[-–—]\s+video"
VIDEO_TEASER = re.compile(VIDEO_TEASER_WORDS, re.IGNORECASE)
VIDEO_TITLE_LINE = re.compile(
    r"(?:videos?|watch|play)\s*(?::|\||[-–—])\s*[^.!?]{3,200}?(?:\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?)?"
    r"|[^.!?]{3,200}?\s*(?:\|\s*(?:videos?|watch)|[(\[]\s*videos?\s*[)\]]|\(\d{1,2}:\d{2}(?::\d{2})?\))"
    rf"|{VIDEO_TEASER_WORDS}",
    re.IGNORECASE,
)
VIDEO_TITLE_MAX_WORDS = 25
# A picture embedded with markdown in a plain-text page ("![Smoke over the port](https://...)", linked as
# "[![...](...)](...)"): the picture's line, any caption written after it on the line included.
MARKDOWN_PICTURE = re.compile(r"\[?!\[[^\[\]]{0,500}\]\([^()]{0,2000}\)(?:\]\([^()]{0,2000}\))?.{0,600}")
# A whole line set in italics or bold with markdown ("*Smoke rises over the port.*", "_Photo: Jane Roe_").
EMPHASISED_LINE = re.compile(r"(\*{1,2}|_{1,2})(?=\S)(?P<inner>[^*_\n]{1,1000}?)(?<=\S)\1")
# Parts of a site's byline chain ("Outlet \ City \ Name"); fewest short parts that make one.
CHAIN_SEPARATOR = re.compile(r"\s+[\\|]\s+")
# A line of credits: parts joined by spaced pipes or slashes ("By Jan Kowal | Updated: ..."); a site's domain, a
# desk's name and a person's name (two to four capitalised words) as parts of one.
CREDIT_CHAIN_SEPARATOR = re.compile(r"\s+[|/]\s+")
SITE_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|in|pk|co\.uk|az|tv|info)", re.IGNORECASE)
DESK_NAME = re.compile(r"(?:[\w.&'’-]+\s+){0,3}(?:news\s+)?(?:desk|bureau|staff|web desk)", re.IGNORECASE)
CREDIT_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*")
CHAIN_MIN_PARTS = 3
# Fewest headline-shaped lines in a row, inside the body, that are a list of links to other stories.
LINK_RUN_MIN_LINES = 2
# Fewest words of a last line cut off mid-sentence that is read as the story's, not as a link (teasers are shorter).
CUT_OFF_MIN_WORDS = 14
# Fewest words of a paragraph of running text (the body starts with the first).
SENTENCE_MIN_WORDS = 6
BYLINE_DATE = rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH}),?\s+\d{{4}}(?:,?\s*(?:at\s+)?{TIME})?"
# Bylines and credit lines: "By Jane Doe and John Roe", "Reporting by ...; Editing by ...".
NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|van|de|von)){0,4}"
BYLINE = re.compile(
    rf"[Bb][Yy]\s+{NAME}(?:\s*(?:,|and|&)\s*{NAME}){{0,4}}"
    r"(?:\s*(?:,|\||-|–|—|for|in)\s*[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})?\.?"
    rf"(?:,?\s+{BYLINE_DATE})?"  # the day it was filed: "by Outlet, New York Sep 05, 2021"
    r"(?:\s+(?i:more (?:by|from) this (?:author|writer|reporter)))?"  # the link to the author's page
    r"|(?:[A-Z][\w.&'-]* )?(?i:(?:additional )?reporting|writing|editing|compiled|produced|edited|written|translated|research) (?i:by)\b.{1,300}"
    # a wire's credit whose reporters are listed without "by": "Reporting Jane Doe; Writing by ...; Editing by ..."
    r"|(?i:(?:additional )?reporting)\s+(?-i:[A-Z])[^;]{1,200};\s*(?i:writing|editing)\s+(?i:by)\b.{1,300}",
    re.DOTALL,
)
# A byline of names alone, two or more people of two to three capitalised words joined by commas and "and"
# ("Jan Kowal, Ana Ruiz and Tom Wells"), as some sites print it under the headline.
PERSON_NAME_WORDS = r"[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){1,2}"
NAMES_BYLINE = re.compile(
    rf"(?P<names>{PERSON_NAME_WORDS}(?:,\s*{PERSON_NAME_WORDS}){{0,4}},?\s+(?:and|&)\s+{PERSON_NAME_WORDS})"
)
# A photo credit that names the agency first, maybe after a section label: "AFP - JANE DOE", "Europe AFP - JANE DOE".
AGENCY_FIRST_CREDIT = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?P<agency>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}?)\s+[-–—/|]\s+(?P<names>.{1,80})"
)
# The names of a byline without "By", before the agency's name.
AGENCY_BYLINE_NAMES = re.compile(rf"{NAME}(?:\s*(?:,|and|&)\s*{NAME}){{0,3}}")
BYLINE_NAMES_MAX_WORDS = 4 * 5 + 3  # the most words AGENCY_BYLINE_NAMES can match
# An outlet's video or newsletter block heading ("Associated Press US and World News Video").
VIDEO_BLOCK = re.compile(r"(?:(?:[A-Z][\w&'.-]*|and|of|the|&)\s+){1,9}(?:Videos?|Podcasts?|VIDEO)")
# "__Outlet News" pasted after the last sentence.
OUTLET_TAIL = re.compile(r"\s*_{2,}\s*[^_\n]{1,60}$")
# A caption run into the end of a paragraph: its last sentence, credited to an agency's photo.
CAPTION_TAIL = re.compile(rf"(?<=[.!?])\s+[^.!?]{{1,300}}{AGENCY_PHOTO}$", re.IGNORECASE)
# A wire's credit pasted after the last sentence of a paragraph: "... on each side. (Reporting by Jane Doe in Kessa;
# Editing by John Roe)", "... in the north. With inputs from agencies".
CREDIT_TAIL = re.compile(
    r"(?<=[.!?\"”’'])\s+(?:\((?:additional )?(?:reporting|writing|editing) by [^()]{1,300}\)"
    r"|with inputs from (?:agencies|(?-i:[A-Z][\w.&'’-]*)(?:\s+(?:and|&)\s+(?-i:[A-Z][\w.&'’-]*))?))\s*$",
    re.IGNORECASE,
)
# A caption run into the end of a paragraph that opens as captions do and closes with its credit in brackets: "...
# this year. This video grab released by the police shows investigators at the bridge ... (Photo by X / AFP)".
PICTURE_CAPTION_TAIL = re.compile(
    r"(?<=[.!?])\s+(?:in )?this\s+(?:(?:file|handout|undated|pool|aerial|video)\s+)*"
    r"(?:video grab|grab|photo(?:graph)?|picture|image|screengrab|still)\b.{0,900}\([^()]{1,120}\)\.?\s*$",
    re.IGNORECASE,
)
# A few words of another script glued after a sentence's stop in a Latin line (an ad slot's label, "... Hamas.
# اضافة اعلان"): the sentence stays, the label goes.
OTHER_SCRIPT_TAIL = re.compile(r"(?<=[.!?\"”’'])\s+(?:[^\sA-Za-z\u00C0-\u024F\d\W][^\s]*\s*){1,4}$")
FURNITURE_TAILS = (OUTLET_TAIL, CAPTION_TAIL, PICTURE_CAPTION_TAIL, CREDIT_TAIL, OTHER_SCRIPT_TAIL)
# Market data a page runs beside the story ("KRVX 0.52% 17.30 $"; a header "NYSE - LSE"): a symbol, a signed
# percent change and a price, or a price, its change and the percent ("FTSE 7,512.30 Increased By ▲ 12.40
# (0.17%)"); no number in it counts anything in the world.
PRICE = r"[+-]?\d[\d,]*(?:\.\d+)?"
TICKER_LINE = re.compile(
    rf"[A-Z][A-Z0-9.]{{0,7}}\s+[+-]?\d+(?:[.,]\d+)?\s?%\s+{PRICE}\s*[$€£¥]?"
    rf"|[A-Z][A-Z0-9.&]{{1,15}}(?:\s+\d{{2,3}})?\s+{PRICE}\s+(?:(?i:increased|decreased|up|down|unchanged)(?:\s+(?i:by))?\s*)?"
    rf"[▲▼△▽↑↓]?\s*{PRICE}\s*\(\s*{PRICE}\s?%\s*\)"
    # a currency's or a commodity's rate and its signed change: "USD 65.75 -0.09", "BRENT 81.83 +0.77%"
    rf"|[{BULLETS.strip()}]?\s*[A-Z]{{3,6}}\s+{PRICE}\s+[+-]\d[\d,]*(?:\.\d+)?\s?%?"
)
EXCHANGES = r"(?:NYSE|NASDAQ|Nasdaq|LSE|FTSE(?: 100)?|DAX|CAC(?: 40)?|Nikkei(?: 225)?|Dow(?: Jones)?|S&P(?: 500)?|TSX|ASX|Hang Seng)"
EXCHANGE_LINE = re.compile(rf"{EXCHANGES}(?:\s*[-|/·•]\s*{EXCHANGES})*")

# A button under a teaser box, which closes it: the headline and snippet above it are the teaser.
CALL_TO_ACTION = re.compile(
    r"(?:learn more|see more|find out more|watch now|read the full (?:story|article)(?: here)?"
    r"|click here to read more|go to (?:video|article|story))"
    r"\s*[.!»>›]*",
    re.IGNORECASE,
)
TEASER_HEADING = re.compile(r"(?:" + "|".join(TEASER_HEADINGS) + r")\s*[:.…»>-]*", re.IGNORECASE)
# ("SEE ALSO – Kessa: ...": a dash after the label too)
TEASER_LINE = re.compile(r"(?:" + "|".join(TEASER_PREFIXES) + r")\s*(?::|»|>>|\||\s[–—-])\s*\S.{0,200}", re.IGNORECASE)
COMMENT_HEADING = re.compile(
    r"(?:leave a (?:reply|comment)|post (?:a )?comment|add a comment|\d+ comments?|comments?(?: \(\d+\))?|join the (?:conversation|discussion))\s*:?",
    re.IGNORECASE,
)
# The heading of a thread of readers' comments, with their count ("Comments 11", "11 comments", "Comments (3)").
COMMENT_THREAD_HEADING = re.compile(
    r"(?:comments?\s*:?\s*\(?\d{1,4}\)?|\d{1,4}\s+comments?|comments?)\s*:?", re.IGNORECASE
)
# A commenter's line over a comment: a handle (a few words) and when it was posted ("jdoe 13 August 2020, 21:10",
# "Ana R. March 3, 2021 at 5:14 pm", "kessa99 2 hours ago").
COMMENTER_LINE = re.compile(
    r"\S.{0,60}?\s(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"
    r"|\S.{0,60}?\s\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago",
    re.IGNORECASE,
)
# A page's date in brackets at the head of a line ("[November 19, 2013]BEIRUT (AP) — ...").
BRACKETED_DATE_HEAD = re.compile(
    rf"\s*\[\s*(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*\]\s*",
    re.IGNORECASE,
)
# A picture's alt text glued before the headline ("article imageRebels kidnap 30 in Kessa").
IMAGE_LABEL_HEAD = re.compile(r"(?i:article|story|featured) image\s*(?=[A-Z\"“‘'])")
# A weather widget's line ("Clear Day 70° Clear", "Cloudy 18°C") and a reader-feedback prompt ("How did you feel
# about this story?", "Was this article helpful?").
WIDGET_LINE = re.compile(
    r"(?=.{0,60}$)(?:[A-Za-z]+\s+){0,3}-?\d{1,3}\s*°\s*[CF]?(?:\s+[A-Za-z]+){0,3}"
    r"|how did you (?:feel|like) (?:about )?(?:the content of )?this (?:story|article|post)\s*\??"
    r"|(?:was|is) this (?:article|story|page) (?:helpful|useful)\s*\??",
    re.IGNORECASE,
)
# One phrase and the separators after it; a line is furniture when it is nothing but such phrases.
COMMENT_FORM_PHRASE = tuple(re.compile(p + r"(?!\w)[\s*]*", re.IGNORECASE) for p in COMMENT_PHRASES + COMMENT_FIELDS)
COMMENT_PHRASE = tuple(re.compile(p + r"(?!\w)[\s*]*", re.IGNORECASE) for p in COMMENT_PHRASES)
SHARE_PHRASE = tuple(re.compile(p + r"(?!\w)[\s|,·•/]*", re.IGNORECASE) for p in SHARE_PHRASES)
COOKIE_LINE = re.compile(r"(?:" + "|".join(COOKIE_OPENINGS) + r")\b.{0,600}", re.IGNORECASE)
COOKIE_BUTTON = tuple(re.compile(p + r"(?!\w)[\s|/]*", re.IGNORECASE) for p in COOKIE_BUTTONS)
# A teaser's snippet cut off with an ellipsis and closed by its link ("... the talks will begin… Read more »"): no
# article sentence ends so, and the headline above it goes with it.
CUT_SNIPPET_LINK = re.compile(r"(?:…|\.\.\.)\s*(?:read more|continue reading)\s*[»>›]*\s*$", re.IGNORECASE)
# The snippet under a teaser headline: cut off with an ellipsis or a "read more" link.
# ("... as the country's clinics ... Health -": a cut snippet and its section's label after it)
TEASER_SNIPPET_END = re.compile(
    r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|read more\W*|continue reading\W*)$"
    r"|(?:…|\.\.\.)\s+(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\s*[-–—|]$",
    re.IGNORECASE,
)
# Marks a line of nothing else may hold between teasers ("-", "•").
TEASER_SEPARATORS = " -–—•·|"

# Datelines: "(Cairo)", "CAIRO (AP) —", "LIMA, (Reuters) –", "WASHINGTON, June 3 (Reuters) -", "GAZA CITY, Gaza Strip —",
# "DOHA/CAIRO:", "UNITED NATIONS:", "CAIRO:(Web News)", "BAMAKO, April 3 -".
# Word lengths are bounded and hyphens only join words, so a match cannot backtrack for long.
PLACE = r"[A-Z][\w'’.]{0,30}(?:[ -][A-Z][\w'’.]{0,30}){0,3}"
# A country after a dateline's place may hold "of" and "and": "Democratic Republic of Congo", "Bosnia and Herzegovina";
# and a country whose name takes the article may keep it ("the Gambia", "the Netherlands").
COUNTRY = rf"(?:the\s+)?{PLACE}(?:\s+(?:of(?:\s+the)?|and)\s+{PLACE})?"
UPPER_PLACE = r"[A-Z][A-Z'’.]{1,30}(?:[ -][A-Z][A-Z'’.]{0,30}){0,3}"


def _joined_places(letters: str) -> str:
    """Further places of a joint dateline, after slashes (maybe spaced: "GAZA / JERUSALEM"), written with `letters`
    after each capital."""
    word = rf"[A-Z][{letters}'’.]"
    return rf"(?P<more>(?:[ \t]?/[ \t]?{word}{{1,30}}(?:[ -]{word}{{0,30}}){{0,3}}){{0,3}})"


# Further places of a joint dateline ("DOHA/CAIRO:"): the first is the dateline's place.
MORE_PLACES = _joined_places("A-Z")
# The same after a place in title case, for the general grammar that asks for a date or an agency as well
# ("Bogota/Caracas, Mar 3 (EFE).-").
MORE_TITLED_PLACES = _joined_places(r"\w")
DASH = r"[-–—]{1,2}"
# The bullet some papers print between a dateline in capitals and the lead ("JAKARTA • Four soldiers ...").
BULLET_DASH = "•"
# Headlines run together between bullets on one line that make it a rail of links to other stories.
RAIL_MIN_HEADLINES = 3
# The part of a region a dateline may name before it: "northern Mali", "north-eastern Nigeria".
COMPASS = r"(?:(?:north|south|east|west|central)(?:ern)?(?:-(?:east|west)(?:ern)?)?\s+)"
# The fewest characters of a lead under a place line alone ("ANKARA").
PLACE_LINE_LEAD_MIN_CHARS = 40
DAY_MONTH = rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+\d{{4}})?"
# A full date written out, the month first or the day first ("May 20, 2023", "20 May 2023").
FULL_DATE = rf"(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}})"
# A full date opening a line of the text's head, in brackets or bare, maybe with a place in brackets after it,
# then a dash: "(May 20, 2023) — ...", "May 20, 2023 (KASSALA) – ...": the date the page was filed.
OPENING_DATE = re.compile(
    rf"(?:\((?P<bracketed>{FULL_DATE})\)|(?P<bare>{FULL_DATE}))\s*(?:\([^()\n]{{1,40}}\)\s*)?{DASH}\s",
    re.IGNORECASE,
)
# A day of a month with no year ("April 9", "9 April", "Jan. 19"), as a dateline gives it.
MONTH_DAY = re.compile(
    rf"(?<![\w.])({MONTH})\s+(\d{{1,2}})\b(?!,?\s+\d{{4}})|\b(\d{{1,2}})\s+({MONTH})(?![\w.]|,?\s+\d{{4}})"
)
# A line of places alone: a place in capitals, maybe its country, and maybe more after slashes, spaced or not
# ("ANKARA", "NAIROBI, Kenya / ADDIS ABABA"); the further places only in capitals, each maybe with its country.
PLACE_LINE = (
    rf"(?P<place>(?P<strong>{UPPER_PLACE}))(?:,\s*{PLACE})?"
    rf"(?P<more>(?:[ \t]*/[ \t]*{UPPER_PLACE}(?:,[ \t]*(?!{UPPER_PLACE}\b){PLACE})?){{0,3}})"
)
PLACE_LINE_RE = re.compile(PLACE_LINE)
# An agency may carry its reporter's initials: "(AFP/JM)".
AGENCY = r"\((?P<agency>[\w .&'-]{1,30})(?:/[A-Za-z]{1,4})?\)"
# After an agency the dash may have been lost in a bad re-encoding of the page ("BEIRUT (AP) ? ..."), or typed as
# an underscore, as old wire archives print it ("MOSCOW (AP) _ ...").
AGENCY_DASH = rf"(?:{DASH}|\?|\ufffd|_)"
# A dateline with no place: the agency alone, maybe after the day ("(AFP) ...", "April 6 (UPI) -- ...").
BRACKETED_AGENCY = r"\((?P<agency>[\w .&'/-]{1,30})\)"
UNPLACED_AGENCY = re.compile(rf"(?:{DAY_MONTH}\s*)?{BRACKETED_AGENCY}")
# The same agency opening the lead with its dash ("(Reuters) - Troops ...", "(AFP) -Troops ..."): the dateline's
# span, so that nothing is read from it; a known agency only.
AGENCY_OPENING = re.compile(rf"[ \t]*{UNPLACED_AGENCY.pattern}[ \t]*{AGENCY_DASH}")
# A site's name opening the text with a dash glued to it and a space after ("Sitenews- Gunmen ..."), as some
# aggregators credit copy.
SITE_CREDIT_OPENING = re.compile(r"[ \t]*(?P<site>[A-Z][\w.&'’]{1,30})-[ \t]+(?=[A-Z])")
# An agency's name in brackets opening the lead by itself, glued to the first word or not: "(CNN)Thirteen ...".
AGENCY_ONLY_OPENING = re.compile(rf"[ \t]*{BRACKETED_AGENCY}[ \t]*(?=[A-Z0-9\"“])")
# The datelines that name an agency: strong enough to be found after a headline on the same line.
AGENCY_DATELINES = (
    # (a space may stand before the comma: "JOLO , Philippines, Aug. 30 (UPI) —")
    rf"(?P<place>{UPPER_PLACE}){MORE_PLACES}(?:[ \t]?,\s*(?:the\s+)?{PLACE})?(?:,\s*{DAY_MONTH})?,?\s*{AGENCY}\s*(?:{AGENCY_DASH}|:)\s*",
    rf"(?P<place>{PLACE}),\s*{DAY_MONTH}\s*{AGENCY}\s*(?:{AGENCY_DASH}|:)\s*",
    rf"(?P<place>{PLACE})\s*{AGENCY}\s*{AGENCY_DASH}\s",
)
DATELINES = (
    re.compile(rf"\((?![A-Z]{{2,6}}\))(?P<place>{PLACE})\)\s"),  # (Cairo) ... ; never an acronym: "(CNN) —"
    re.compile(AGENCY_DATELINES[0]),  # CAIRO (AP) —
    re.compile(AGENCY_DATELINES[1]),  # Washington, June 3 (Reuters) -
    re.compile(AGENCY_DATELINES[2]),  # Kyiv (Reuters) -
    re.compile(
        rf"(?P<place>{UPPER_PLACE}){MORE_PLACES}(?:,\s*{COUNTRY})?(?:,\s*{DAY_MONTH})?\s*(?:{DASH}|{BULLET_DASH})\s"
    ),  # GAZA CITY, Gaza Strip — ; GOMA, Democratic Republic of Congo — ; JAKARTA • (a bullet, as some papers print)
    # BOGOTA, Colombia | Colombian forces ... : a pipe for the dash, a sentence after it with no more pipes (a path of
    # sections, "WORLD | Africa | ...", has more)
    re.compile(rf"(?P<place>{UPPER_PLACE}){MORE_PLACES}(?:,\s*{COUNTRY})?[ \t]+\|[ \t]+(?=[A-Z][^|\n]{{40,}})"),
    re.compile(
        rf"(?P<place>{UPPER_PLACE}){MORE_PLACES}(?:,\s*{PLACE})?(?:,\s*{DAY_MONTH})?\s*:\s*(?:{AGENCY}\s*)?(?=\S)"
    ),  # DOHA/CAIRO: , CAIRO:(Web News), JENIN, West Bank:
    # Aden, Yemen — ; Hroza, Ukraine: A missile ... (a known region only)
    re.compile(rf"(?P<place>{PLACE}),\s*(?P<region>{PLACE})\s*(?:{DASH}\s|:\s+(?=[A-Z]))"),
    # Goma, DR Congo (AFP) – ; Aden, Yemen, Jan 5 (Reuters) - ; Gao, northern Mali (AFP) - : a known region,
    # then the agency and a dash; the place one the gazetteer is sure of, or any where the agency is a known one
    re.compile(
        rf"(?P<place>(?P<strong>{PLACE})),\s*{COMPASS}?(?P<region>{PLACE})(?:,\s*{DAY_MONTH})?\s*{AGENCY}\s*{AGENCY_DASH}\s"
    ),
    # CHISINAU, January 24. /tass/. : the agency between slashes after the day
    re.compile(rf"(?P<place>{UPPER_PLACE}),\s*{DAY_MONTH}\.?\s*/(?P<agency>[A-Za-z]{{2,10}})/\.?(?:\s*{DASH})?\s+"),
    # ASTANA. May 4 (Kazinform) - : a place in capitals and a full stop, the day, the agency and a dash
    re.compile(rf"(?P<place>{UPPER_PLACE})\.\s+{DAY_MONTH}\s*{AGENCY}\s*{AGENCY_DASH}\s"),
    # New Delhi, June 17: : a place the gazetteer is sure of, the day and a colon
    re.compile(rf"(?P<place>(?P<strong>{PLACE})),\s*{DAY_MONTH}\s*:\s"),
    # Jerusalem, March 3 - : a place the gazetteer is sure of, the day and a dash
    re.compile(rf"(?P<place>(?P<strong>{PLACE})),\s*{DAY_MONTH}\s*{DASH}\s"),
    # New Delhi, Jan 3 (IANS) The ... : the day and a known agency, no dash (as `bare` marks)
    re.compile(rf"(?P<place>{PLACE}),\s*{DAY_MONTH}\s*{AGENCY}(?P<bare>\s+)(?=[A-Z\"“])"),
    # TARVIK, Kenya Dec 19 In the hills ... : a place in capitals, its country and the day, the agency and the
    # dash lost (an archive's copy of a wire story)
    re.compile(rf"(?P<place>{UPPER_PLACE}),\s*(?P<region>{COUNTRY})\s+{DAY_MONTH}[ \t]+(?=[A-Z\"“])"),
    # LAGOS, Nigeria Students, teachers ... : a place in capitals and its country, the dash lost before the lead
    re.compile(rf"(?P<place>{UPPER_PLACE}),[ \t]*(?P<region>{COUNTRY})[ \t]+(?=[A-Z][a-z])"),
    # HAVANA (AP) Stepping into ... : a place in capitals and a known agency, the dash lost
    re.compile(rf"(?P<place>{UPPER_PLACE})[ \t]*{AGENCY}(?P<bare>[ \t]+)(?=[A-Z\"“])"),
    # DOHA (Outlet News / Sputnik - 11th June, 2016) The ... ; Niamey, (APP - Outlet - 9th Mar, 2022 ) : ... : the
    # agencies and the full date in one pair of brackets, as some aggregators print the wire's dateline
    re.compile(
        rf"(?P<place>{PLACE}),?[ \t]*\((?P<agency>[\w .&'/-]{{1,60}}?)[ \t]+{DASH}[ \t]*\d{{1,2}}(?:st|nd|rd|th)?[ \t]+"
        rf"{MONTH},?[ \t]+\d{{4}}[ \t]*\)[ \t]*(?::[ \t]*)?(?=[A-Z\"“])"
    ),
    # Kabul (Pajhwok): a place the gazetteer is sure of, the agency and a colon
    re.compile(rf"(?P<place>(?P<strong>{PLACE}))\s*{AGENCY}\s*:\s"),
    # NAIROBI, KENYA | Xinhua | : the agency between pipes (a known agency only: "WORLD | Africa |" is a path)
    re.compile(rf"(?P<place>{PLACE})(?:,\s*{PLACE})?\s*(?P<piped>\|)\s*(?P<agency>[\w .&'-]{{1,30}}?)\s*\|\s*(?=\S)"),
    # Maputo — Gunmen ... : a place and a spaced dash, no agency; only a place the gazetteer is sure of (a
    # `strong` one) is taken, never a name that opens a sentence with an aside ("Hamas — the group ...").
    re.compile(rf"(?P<place>(?P<strong>{PLACE}))\s+[–—]\s+(?=[A-Z])"),
    # Istanbul. The government said ... : a city in title case the gazetteer is sure of and a full stop for the dash,
    # as some copies of a wire story print it (a country so written may be a label: "Mali. ...")
    re.compile(rf"(?P<place>(?P<strong>(?P<city>{PLACE})))\.[ \t]+(?=[A-Z][a-z])"),
    # Abu Dhabi // Talks ... : a double slash for the dash, as some Gulf papers print it
    re.compile(rf"(?P<place>{PLACE})\s+//\s+(?=[A-Z])"),
    # March 3, 2025 (KASSALA) – : the day, then the place in capitals in brackets and a dash (Sudan Tribune copy),
    # or no dash before the lead ("May 15, 2024 (KASSALA) The ministry ...")
    re.compile(rf"{DAY_MONTH}\s*\((?P<place>{UPPER_PLACE})\)(?:\s*{DASH}\s|[ \t]+(?=[A-Z\"“]))"),
    # ANKARA on its own line, the lead right under it: a place in capitals the gazetteer is sure of, alone or
    # with its country, and maybe more places after slashes ("NAIROBI, Kenya / ADDIS ABABA, Ethiopia")
    re.compile(rf"{PLACE_LINE}[ \t]*\n\n?(?=[A-Z\"“‘'][^\n]{{{PLACE_LINE_LEAD_MIN_CHARS},}})"),
    # Raipur | July 27, 2025 10:15 IST on its own line, the lead under it: a place the gazetteer is sure of, a pipe and
    # the day (maybe "Updated:" before it), as some papers print the place above the lead
    re.compile(
        rf"(?P<place>(?P<strong>{PLACE}))[ \t]*\|[ \t]*(?i:(?:updated|published|posted)[ \t]*:?[ \t]*)?"
        rf"(?:{DAY_MONTH}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})[^\n]{{0,40}}\n\n?(?=[A-Z\"“‘'])"
    ),
    # Imphal: Security forces ... : a city in title case the gazetteer is sure of and a colon (as the capitals'
    # form "KABUL:" above), maybe with its country, the lead after a space or glued to the colon ("Imphal:Security");
    # a country so written labels a topic ("Mali: ...")
    re.compile(rf"(?P<place>(?P<strong>(?P<city>{PLACE})))(?:,\s*{PLACE})?\s*:(?:\s+(?=[A-Z\"“‘])|(?=[A-Z][a-z]))"),
)
# The general dateline grammar, for the shapes the forms above miss: a place (1-4 words in capitals or title case,
# maybe more after slashes and its region or country after a comma), then a date, agencies or both, ending in a dash
# of any kind, "--", ".-" or a colon: "LIMA, Peru, Tuesday (AP) --", "MADRID, 22 (EUROPA PRESS) -", "KYIV, March 3 ,
# Reuters:", "BOGOTA, Colombia, March 3 (EFE).-", "GAZA, 5 March (AFP/Reuters) -", "Gulu [Uganda], May 3 (ANI):" (the
# country in square brackets, as ANI prints it), "Tarso, Feb. 3, (dpa/GNA) –" (a comma before the agencies; a
# word's hyphen after a colon is no dash after a listed agency: "Sanaa [Yemen], September 1: The Kessa-aligned
# militia ..."). _is_general_dateline checks its parts (an agency after a comma is a known one; the place is the
# place, never the agency).
DATELINE_DATE = rf"(?:{WEEKDAY}(?:,?\s+{DAY_MONTH})?|{DAY_MONTH}|(?P<day>\d{{1,2}})(?![\d:./]))"
AGENCIES_BRACKETED = r"\((?P<agency>[\w .&'-]{1,30}?)(?:\s*[/,;+]\s*[\w .&'-]{1,30}?){0,3}\)"
AGENCY_LISTED = r"(?P<listed>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}?)"
GENERAL_DATELINE = re.compile(
    rf"(?P<place>{PLACE}){MORE_TITLED_PLACES}(?:[ \t]*\[{PLACE}\])?(?:,\s*(?!{MONTH}\b){COMPASS}?{COUNTRY})?"
    rf"(?:\s*,?\s*(?P<date>{DATELINE_DATE}))?"
    rf"(?:\s*,?\s*{AGENCIES_BRACKETED}|\s*[,:]\s*{AGENCY_LISTED}(?=\s*[.:]?\s*(?:{DASH}|:))(?!-\w))?"
    rf"\s*\.?\s*(?:{DASH}|:)[ \t]*(?=\S)"
)
# A month or a weekday is the date, never the place ("April 6 (UPI) --").
NOT_DATELINE_PLACE = re.compile(rf"(?:{MONTH}|{WEEKDAY})(?!\w)")
# A site's credit in brackets opening the lead before a dateline: "(Globe24- Agency) LORVEN, 3 March (AG) - ".
SITE_CREDIT = re.compile(r"\((?P<credit>[^()\n]{2,50})\)[ \t]*(?:[-–—:|][ \t]*)?(?=[A-Z])")
# Every dateline form, the general grammar last.
DATELINE_FORMS = (*DATELINES, GENERAL_DATELINE)
# A desk's credit that may open the lead before its dateline: "(Web Desk) - QUETTA (Outlet) – ...", "(Staff Report)".
DESK_CREDIT = re.compile(
    rf"\((?:[A-Z][\w.&'’-]*\s+){{0,3}}(?:{'|'.join(sorted(DESK_WORDS))})\)\s*(?:[-–—:|]\s*)?", re.IGNORECASE
)
# An outlet's credit line with its seat in brackets ("Dabanga (Port Sudan)", as AllAfrica prints its partners' copy):
# the line under it that opens with a place and a spaced dash ("Babanousa — Heavy fighting ...") is the dateline,
# whatever place it names (the credit line vouches for the form, as a known agency does).
OUTLET_SEAT_LINE = re.compile(rf"(?:[A-Z][\w.&'’-]*\s+){{0,3}}[A-Z][\w.&'’-]*\s*\({PLACE}\)")
CREDITED_PLACE_DASH = re.compile(rf"(?P<place>{PLACE})\s+[–—]\s+(?=[A-Z])")
# An agency's credit and the place it filed from, maybe with its country, alone on a line: "AFP, BAKU", "AP, AL-ULA,
# Saudi Arabia".
AGENCY_PLACE_LINE = re.compile(
    rf"(?P<agency>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,3}}),\s*(?P<place>{PLACE})(?:,\s*(?P<country>{PLACE}))?"
)
# A place and the day alone on their line above the lead ("Addis Ababa, Thursday"): a dateline with no agency.
# Or the place, maybe its country, and the date ("Erbil, Iraq, March 13"), or the place and the outlet in brackets
# ("Aden (Example24)").
PLACE_DAY_LINE = re.compile(
    rf"(?P<place>{PLACE})(?:,\s*{PLACE})?,\s*(?:{WEEKDAY}|{MONTH}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
    rf"|(?P<seat>{PLACE})\s*\([A-Z][\w.&'’/-]*(?: [\w.&'’/-]+){{0,3}}\)"
)
# A dateline alone on its line, the agency in brackets after the day and no dash ("Amman, Mar 3, 2019 (AFP)").
PLACE_DATE_AGENCY_LINE = re.compile(
    rf"(?P<place>{PLACE}),\s*{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?\s*\((?P<agency>[^()]{{2,30}})\)"
)
# An organisation's seat that wire copy writes as a dateline ("UNITED NATIONS (AP) —"): a dateline wherever it
# stands, but no place, so never a GPE.
DATELINE_SEATS = frozenset({"united nations"})
# Capitals before a colon that label a line rather than name a place ("BREAKING: ...").
NOT_PLACES = frozenset(
    {
        "breaking",
        "breaking news",
        "update",
        "updated",
        "updates",
        "watch",
        "exclusive",
        "analysis",
        "opinion",
        "editor's note",
        "editors note",
        "note",
        "correction",
        "clarification",
        "live",
        "photos",
        "video",
        "read",
        "warning",
        "alert",
        "just in",
        "developing",
        "factbox",
        "explainer",
        "q&a",
        "fact check",
        "comment",
        "ap",
        "afp",
        "new",
        "first",
        "urgent",
        "flash",
        "bulletin",
        "summary",
        "update 1",
        "update 2",
    }
)

# First lines that are short and unpunctuated but are not titles: bylines and bare dates.
NOT_TITLES = (
    re.compile(r"by [A-Z].{0,80}", re.IGNORECASE),
    re.compile(rf"(?:\w+,? )?(?:\d{{1,2}} {MONTH}|{MONTH} \d{{1,2}}),? \d{{4}}(?: .{{0,20}})?"),
    re.compile(r"\d{4}-\d{2}-\d{2}.{0,20}"),
)

# A dateline written after the headline on the same line ("Clash kills 15: army Ouagadougou, April 1,
# 2020 (AFP) - ..."): only the forms that name an agency, after a space.
RUN_IN_DATELINES = tuple(re.compile(r"(?<=\s)" + pattern) for pattern in AGENCY_DATELINES)
# A full date run into the capitalised word after it with no space: "April 12, 2025Rebels attacked ...".
GLUED_DATE = re.compile(rf"\s*{FULL_DATE}(?=[A-Z][a-z])")
# An agency's credit glued to the dateline under it, the space between them lost ("Associated PressLIMA, Peru —",
# "ReutersQUITO -"): a name ending in a small letter, then a place in capitals before a comma, a dash or a bracket.
GLUED_CREDIT_DATELINE = re.compile(
    r"(?P<credit>[A-Z][\w.&' -]{1,40}?[a-z])(?=[A-Z]{2}[A-Z’'.-]*(?: [A-Z’'.-]+){0,3}(?:,|\s*[-–—]|\s*\())"
)
# Lines of a page searched for a run-in dateline, a title and a dateline.
HEAD_LINES = 6
# Most words of a place alone on its line under an agency's name ("Beirut", "Addis Ababa").
SPLIT_DATELINE_PLACE_WORDS = 3
# A metadata field and an ISO date that a page store put before the first line ("date 2025-01-03 KYIV ...", "date
# 2025-01-03 4 soldiers killed ...", "date 2025-01-03 (Syndicator- Outlet) ...": a headline may open with a number,
# a quotation mark or a syndicator's credit, not with a time).
METADATA_PREFIX = re.compile(
    r"(?:date(?:d)?|published(?: on| at)?|(?:last )?updated(?: on| at)?|posted(?: on| at)?)\s*:?\s*"
    r"\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?\s+(?=[^\W_]|[(\"'“‘])(?!\d{1,2}[:.]\d{2})",
    re.IGNORECASE,
)
# A syndicator's credit opening the lead, the source's name inside it: "(MENAFN- Example News Agency (ENA)) ";
# a dateline may follow it on the same line.
SYNDICATION_CREDIT = re.compile(r"\((?-i:[A-Z]{3,12})\s*[-–]\s*[^()\n]{1,60}(?:\([^()\n]{1,20}\))?\)\s+(?=\S)")
# A short line above a headline that ends in a date, in any language, and maybe a time: a section label
# and the date run together ("WorldNovember 1, 2024", "Sahel conflict army 3 Mayis 2021 - 10:15").
DATE_TAIL = re.compile(
    r"(?:\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*[-|,·]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
    rf"(?:,?\s*{WEEKDAY})?",  # "The Kalos Herald 18 July 2024, Thursday"
    re.IGNORECASE,
)
DATE_TAIL_MAX_WORDS = 10
URL_LINE = re.compile(r"(?:https?://|www\.)\S+")
# A site's masthead: its web name and its slogan beside a bar or dash ("Warwatch.net - Your Window On The Front"),
# printed above the headline.
# A radio or video player's controls printed above the headline (a button to listen live, the next show, a clock
# of "0:00" twice, the list of stations); the short line right above them is the station's banner, no headline.
PLAYER_LINE = re.compile(
    r"(?:play live radio|listen live|next up:?|available on air stations|(?:\d{1,2}:\d{2}\s*){2})", re.IGNORECASE
)
SITE_MASTHEAD = re.compile(r"[A-Z][\w-]*\.(?:com|net|org|info|co\.uk|news|tv)\s*[-–—|:]\s*[^.!?]{1,60}")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# "Outlet | Headline", "Headline - Outlet": the outlet's name is a few capitalised words without digits.
# An outlet's name printed as a line: "The", then at most five capitalised words (minor words between them).
OUTLET_NAME = re.compile(r"The(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|on|in|the)){0,4}\s+[A-Z][\w.&'’-]*")
SITE_NAME_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")
# An outlet's name after a spaced colon at the end of a headline ("Rebels take the port : The Example Tribune").
SITE_AFTER_COLON = re.compile(r"(?P<headline>.+?)\s+:\s+(?P<site>[^:]{2,60})")
SITE_NAME = re.compile(r"[A-Z][\w.&'’]*(?:\s+(?:[A-Z][\w.&'’]*|of|the|and|&)){0,3}")
# A part of a title-case headline as long as a site name is one only when it is short or names an outlet: a
# second clause of the headline ("... – Allies Demand Immediate Action") is capitalised like a name too.
SITE_NAME_PLAIN_MAX_WORDS = 3
OUTLET_WORDS = frozenset(
    "news times post daily herald tribune journal gazette today online tv radio media press agency network "
    "observer standard express chronicle monitor weekly telegraph guardian independent insider magazine report".split()
)
# The source a headline cites after a dash ("Ferry sinks off Karv, Kill Four - Police"): part of the headline,
# never the outlet's name, whatever its shape.
HEADLINE_SOURCES = frozenset(
    "police army military officials official minister ministry government witnesses residents medics rescuers "
    "sources source report reports spokesman spokeswoman governor mayor president un u.n. who unicef ngo".split()
)

RUN_IN_LABEL_WORDS = 4  # most words of section labels a page runs into its headline ("Home International")
TITLE_MIN_WORDS = 3
# A picture's caption as agencies write it, the place with its country and then the day: "Soldiers on the streets
# of Ruspur, Valdoria, on Saturday": never a headline (headlines name no weekday after a place and its country).
# So is one that ends in the place after a comma and "in" ("Crowds wait for buses outside the station, in Ruspur"):
# a headline puts no comma before its place, save the one closing an aside ("Blast kills 10, including two
# police, in Kessa").
PICTURE_CAPTION = re.compile(
    rf".*\b{PLACE},\s+{PLACE},\s+(?:(?i:on|late|early)\s+)?(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b.*"
    rf"|(?!.*,\s+(?i:including|among them)\s).*\w,\s+in\s+{PLACE}(?:,\s+{PLACE})?(?<![.!?])"
)
# A lead under a headline is longer than it by this many words; a standfirst and a place line (at most this
# many short lines) may stand between them.
LEAD_MARGIN_WORDS = 5
STANDFIRST_MAX_LINES = 2
RAIL_MIN_LINES = 3  # fewest headlines in a row under the headline read as a rail of other stories
TITLE_MAX_WORDS = 20
# A headline with every word capitalised may run longer ("Prime Minister Visits Seoul, Aiming to ...; Likely to
# Discuss ..."): title case is no sentence's.
TITLE_CASE_MAX_WORDS = 26
# A topic label above a headline has at most this many words, and the headline this many more.
KICKER_MAX_WORDS = 4
KICKER_MARGIN_WORDS = 4
# A short line in title case of at least this many words, over a line in sentence case, is a headline over its deck.
KICKER_MIN_HEADLINE_WORDS = 3
# A list of topic tags above a headline: at least this many items, each of at most this many words.
TAG_LIST_MIN_ITEMS = 4
TAG_MAX_WORDS = 3
TITLE_MAX_CHARS = 160
TITLE_FINAL_PUNCT = ".,;:…"
# A sentence's end inside a line ("Floods kill 20. Thousands flee."): a stop, a space and a capital.
# A headline may end in an initialism's stop ("... after talks in the U.S."): that stop ends no sentence.
INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")
# Words a title-case headline may leave in lower case.
MINOR_WORDS = frozenset(
    "a an and as at but by for from in into of on or over per the to up via vs with amid after".split()
)
TEASER_HEADLINE_MAX_WORDS = 25
# A line of an indented block at least this long was broken at the margin: it runs on into the next line.
WRAPPED_LINE_MIN_CHARS = 40
# A page whose lines all fit this width, with at least HARD_WRAP_MIN_LINES lines near it, was hard-wrapped at a
# margin (plain wire copy, mail) when two or more of them are cut inside a sentence (the next line goes on in lower
# case): then a line that reached the margin without ending a sentence runs on, also across the one blank line
# some pages print after every wrapped line.
HARD_WRAP_MIN_WIDTH = 60
HARD_WRAP_MAX_WIDTH = 110
HARD_WRAP_MIN_LINES = 3
MARGIN_SHARE = 0.6
MARGIN_PERCENTILE = 0.9  # the share of a wrapped page's lines no longer than its margin
SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
# Bullets that open a list item (layout, stripped from the text) and the other marks a list item may open with.
LIST_BULLETS = BULLETS.strip() + "▶●■◆◦‣○"
LIST_MARKERS = LIST_BULLETS + "-*–—"
# An attribution after a comma, maybe one closing a quotation: "..., the army said", "“...,” he said".
ATTRIBUTION = r"[,”\"]\s+(?:[\w'’.-]+\s+){0,4}(?:said|says|told|added|reported)\b"
SPEECH_CREDIT = re.compile(ATTRIBUTION)
# A quotation mark, or an attribution after a comma: a statement, never a label.
STATEMENT_MARK = re.compile(rf"[\"“”]|{ATTRIBUTION}")
# Most words of a label or teaser line inside the body; a longer unpunctuated line is cut-off prose.
LABEL_MAX_WORDS = 16
LIST_MARKER = re.compile(rf"^[{LIST_BULLETS}]+\s*")
# Any mark that opens a list item, dashes included, and the space after it.
ITEM_MARKER = re.compile(rf"^[{re.escape(LIST_MARKERS)}]+\s+")
# Two menu items run together: a word of four or more letters, then a capitalised word of four or more ("audioLatest").
MENU_GLUE = re.compile(r"[^\W\d_]{3}[a-zà-ÿ](?=[A-ZÀ-Þ][a-zà-ÿ]{3})")
# A heading takes at most this many lines with it, so a false heading cannot eat an article.
FURNITURE_BLOCK_MAX_LINES = 12
# Most lines of a caption's text above its credit line (a caption's headline and its text).
CAPTION_BLOCK_MAX_LINES = 2

# Curly quotes as straight ones, for comparing a headline with its repeat.
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})

# Invisible characters that carry nothing; odd spaces become plain spaces. Bidi controls (U+200E,
# U+202A-U+202E, U+2066-U+2069...) and C0/C1 control characters (NUL included) go too, so no entity name
# or alias holds one; offsets stay true because they point into this cleaned text.
INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    )
)
INVISIBLE.update(
    dict.fromkeys(c for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\t\n\r\x0b\x0c\x85")
)
ODD_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


@dataclass(frozen=True)
class CleanText:
    text: str
    title: str | None
    dateline: str | None
    removed: tuple[str, ...]
    agency: str | None = None  # the wire service a dateline names ("Reuters")
    published_at: dt.date | None = None  # a date read from a metadata line, where the page had one


def clean(text: str) -> CleanText:
    """Article text with web furniture removed and white space normalised, plus its title and dateline.

    A headline among the first lines goes to `title` and out of the text, with the page furniture above
    it (section labels, a date line) and any repetition of it; metadata lines ("Updated ...") go out of
    the text, the first date among them to `published_at`."""
    lines, prefixes = _split_metadata_prefix(_normalise(text))
    lines, credits = _split_syndication_credit(lines, SYNDICATION_CREDIT)
    lines, desks = _split_syndication_credit(lines, DESK_CREDIT)
    lines, sites = _split_site_credit(lines)
    credits = credits + desks + sites
    prefixes = prefixes + credits
    lines, captions = _without_leftovers(lines, CAPTION_LEFTOVER_RULES)
    lines = _split_glued_caption(lines)
    lines, opening_agency = _split_agency_opening(_split_glued_date(lines))
    kept, removed = _strip_furniture(_split_run_in_dateline(_split_glued_credit(lines)))
    kept, links = _without_leftovers(
        kept,
        (
            _link_runs,
            _caption_around_credit,
            _pull_quotes,
            _earlier_copies,
            _retold_standfirst,
            _other_language_lines,
        ),
    )
    removed = prefixes + captions + removed + links
    paragraphs = _collapse_blank_lines(kept)
    title, at = _find_title(paragraphs)
    if title is not None:
        headline = paragraphs[at]
        title = GALLERY_COUNTER.sub("", _without_site_name(GLUED_TITLE_PATH.sub("", title)))
        title = TITLE_TIME_STAMP.sub("", title)
        title = _without_wire_slug(title, paragraphs[at + 1 : at + 1 + 4 * HEAD_LINES])
        removed = [line for line in paragraphs[:at] if line] + removed
        # the headline printed again below, maybe as a bullet, in capitals or with other quote marks
        repeats = {_folded(headline), _folded(title)}
        removed = removed + [line for line in paragraphs[at + 1 :] if line and _folded(line) in repeats]
        paragraphs = _collapse_blank_lines([line for line in paragraphs[at + 1 :] if _folded(line) not in repeats])
        rail = _headline_rail(paragraphs)  # other stories' headlines listed between the headline and the lead
        removed, paragraphs = removed + [line for line in paragraphs[:rail] if line], paragraphs[rail:]
    captions = [line for line in paragraphs[:1] if PICTURE_CAPTION.fullmatch(line) and _is_headline_shaped(line)]
    removed, paragraphs = removed + captions, paragraphs[len(captions) :]  # a picture's caption opening the text
    # a video's title below the headline; with no headline found, the first line may be the headline itself
    unheaded, paragraphs = paragraphs[: int(title is None)], paragraphs[int(title is None) :]
    paragraphs, videos = _without_leftovers(paragraphs, (_video_titles,))
    paragraphs, removed = unheaded + paragraphs, removed + videos
    paragraphs, labels = _without_leftovers(paragraphs, (functools.partial(_label_lines, titled=title is not None),))
    paragraphs = _collapse_blank_lines(paragraphs)
    removed = removed + labels
    cleaned = _space_after_dateline("\n".join(_without_list_markers(paragraphs)))
    match = _dateline_match(cleaned, HEAD_LINES)
    if match is not None and match.start() > 0:
        # the story opens at its dateline: what stands above it (a standfirst, a caption, a byline) is furniture
        cut = cleaned.rfind("\n", 0, match.start()) + 1
        if match.re is CREDITED_PLACE_DASH:  # the outlet's credit line above is what makes it a dateline
            cut = cleaned.rfind("\n", 0, cleaned.rfind("\n", 0, cut - 1)) + 1
        above, cleaned = _split_above(cleaned, cut)
        removed = removed + above
        match = _dateline_match(cleaned, HEAD_LINES)
    elif match is None and title is not None and (cut := _standfirst_end(cleaned)):
        # under a headline, the lines above the lead that end like no sentence: a standfirst, a caption
        above = cleaned[:cut].split("\n")[:-1]
        removed, cleaned = removed + [line for line in above if line.strip()], cleaned[cut:]
        paragraphs = paragraphs[len(above) :]
    credited = _credit_line(lines)
    if credited is not None and (match is None or not _is_known_dateline(match)):
        # "AFP, BAKU" alone on its line above the lead: the dateline, and what stands above the lead is furniture; a
        # first line's dateline form naming no known place or agency over it is a kicker ("HOSTAGE DEAL: ...")
        lead = cleaned.find(credited[2]) if credited[2] else -1
        if lead > 0:
            above, cleaned = _split_above(cleaned, lead)
            removed = removed + above
        match = None
    dateline = agency = opening = None
    if credited is not None and match is None:
        dateline, agency = credited[0], credited[1]
    elif match is not None:
        more = (match.groupdict().get("more") or "").split("/")[1:]
        dateline = "/".join(dateline_place_name(place.split(",")[0]) for place in [match.group("place"), *more])
        agency = _agency_name(_written_agency(match))
    else:
        opening = _unplaced_opening(paragraphs)
        agency = _agency_name(opening.group("agency")) if opening else None
        if opening is None and (split := _split_dateline(lines, paragraphs)) is not None:
            dateline, agency = split
    agency = agency or opening_agency  # "(CNN)Thirteen ...": the credit that opened the lead alone
    published_at = _metadata_date(removed) or _page_date(cleaned, removed, match or opening)
    return CleanText(cleaned, title, dateline, tuple(removed), agency, published_at)


def _headline_rail(paragraphs: list[str]) -> int:
    """How many paragraphs at the top are a rail of other stories' headlines (RAIL_MIN_LINES or more lines in a row
    that end like no sentence, under the headline and over a lead that does), else 0."""
    heads = 0
    for i, line in enumerate(paragraphs):
        if not line:
            continue
        if SENTENCE_END.search(line):
            return i if heads >= RAIL_MIN_LINES and _is_sentence_paragraph(line) else 0
        if len(line.split()) > TITLE_MAX_WORDS or not _is_headline_shaped(line):
            return 0
        if _dateline_match(line + " ", 1) is not None:
            return i if heads >= RAIL_MIN_LINES else 0  # "GOMA, Kessa (AFP) – Rebels hacked" wrapped: the lead
        heads += 1
    return 0


def _standfirst_end(text: str) -> int:
    """Where the lead starts under up to STANDFIRST_MAX_LINES + 1 lines that end like no sentence and make no
    statement (a standfirst, a caption and its credit: "Blinken with Bazoum", "... in Moscow. -/Kremlin/dpa"),
    else 0. A place line, a line opening with a dash or a statement that lost its stop ("..., the army said")
    above the lead leaves the text as it is."""
    start = above = 0
    for line in text.split("\n"):
        if line.strip():
            if SENTENCE_END.search(line) or STATEMENT_MARK.search(line):
                if above and _points_back(line):
                    return 0  # "The attack brought ...": the line above that lost its stop is the lead it goes on from
                return start if above and _is_sentence_paragraph(line) else 0
            if line[0] in LIST_MARKERS or _is_place_line(line) or above > STANDFIRST_MAX_LINES:
                return 0
            above += 1
        start += len(line) + 1
    return 0


def _points_back(line: str) -> bool:
    """A paragraph that opens by pointing back to a happening told before it ("The attack brought ...", "The
    killing came ...", "It was the ..."): what stands above it is no standfirst but the lead it goes on from."""
    words = line.split()
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1].lower().strip(",'’s")
    return first in BACK_POINTING_PRONOUNS or (first == "the" and second in BACK_POINTING_NOUNS)


# How a paragraph points back to the happening the line above it told ("It", "This", "The attack", "The killing").
BACK_POINTING_PRONOUNS = frozenset({"it", "this", "these", "they"})
BACK_POINTING_NOUNS = frozenset(
    {"attack", "attacks", "killing", "killings", "murder", "blast", "bombing", "explosion", "strike", "strikes"}
    | {"raid", "ambush", "shooting", "incident", "violence", "clashes", "kidnapping", "abduction", "assault"}
    | {"visit", "meeting", "talks", "move", "decision", "deal", "agreement", "release", "announcement"}
)


def _credit_line(lines: list[str]) -> tuple[str, str | None, str] | None:
    """An agency's credit and the place it filed from alone on a line among the first ("AFP, BAKU", "AP, AL-ULA,
    Saudi Arabia"): the dateline's place, the agency, and the first line of text under it."""
    filled = [line.strip() for line in lines[: HEAD_LINES * 3] if line.strip()]
    for k, line in enumerate(filled):
        if _is_place_day_line(line):  # "Addis Ababa, Thursday": the place and the day, no agency
            lead = filled[k + 1] if k + 1 < len(filled) else ""
            return dateline_place_name(_place_of_day_line(line) or ""), None, lead
        found = AGENCY_PLACE_LINE.fullmatch(line) or PLACE_DATE_AGENCY_LINE.fullmatch(line)
        if found is None:
            continue
        place = known_place(found.group("place").strip())
        written_country = found.groupdict().get("country")
        country = known_place(written_country.strip()) if written_country else None
        sure = (place is not None and place.strong) or (country is not None and country.kind == "country")
        if known_agency(found.group("agency"), in_dateline=True) is not None and sure:
            lead = filled[k + 1] if k + 1 < len(filled) else ""
            return dateline_place_name(found.group("place")), _agency_name(found.group("agency")), lead
    return None


def _split_above(text: str, cut: int) -> tuple[list[str], str]:
    """The lines with words above where the story opens (furniture), and the text from there."""
    return [line for line in text[:cut].split("\n") if line.strip()], text[cut:]


def _split_dateline(lines: list[str], paragraphs: list[str]) -> tuple[str, str | None] | None:
    """An agency's name and the place it filed from, each alone on a line above the lead ("dpa", then "Beirut"):
    the place and the agency of a dateline. The agency's line is furniture; the place's line stays in the text."""
    head = [line.strip() for line in lines[: HEAD_LINES * 2] if line.strip()]
    body = next((line for line in paragraphs if line), None)
    for first, second in zip(head, head[1:]):
        if second != body or len(second.split()) > SPLIT_DATELINE_PLACE_WORDS:
            continue
        found_agency, found_place = known_agency(first, True), known_place(second)
        if found_agency is not None and found_place is not None and found_place.strong:
            return dateline_place_name(second), _agency_name(first)
    return None


def _folded(line: str) -> str:
    """A line as a repeat of it is compared: no bullet, one kind of quote mark, lower case, no final stop."""
    return line.lstrip(BULLETS).translate(QUOTE_MARKS).casefold().rstrip(". ")


def _label_lines(paragraphs: list[str], filled: list[int], titled: bool = False) -> Iterator[int]:
    """Lines that label or point rather than tell. Inside the body (from its first sentence on) a short
    headline-shaped line that ends without punctuation, with prose below it (a subhead, a teaser for another
    story), or a label of a word or two with any line below it (a section label "Deep Look", a counter "TT");
    above the body, under a found title, a label of a word or two (a place line, "Express Report"). List
    items and datelines stay, and so does a last line cut off in the middle of a sentence."""
    sentences = {i for i in filled if _is_sentence_paragraph(paragraphs[i])}
    body = min(sentences, default=len(paragraphs))
    last = max((i for i in filled if i in sentences or len(paragraphs[i].split()) > LABEL_MAX_WORDS), default=-1)
    final = filled[-1] if filled else -1
    for i in filled:
        line = paragraphs[i]
        if line[0] in LIST_MARKERS or _dateline_match(line, 1) is not None or i < body and _is_place_line(line):
            continue
        short = len(line.split()) < TITLE_MIN_WORDS and line[-1].isalnum()
        if body < i < last and _is_label_shaped(line) or body < i < final and short or titled and i < body and short:
            yield i


def _is_place_line(line: str) -> bool:
    """A place in capitals alone on its line that the gazetteer is sure of, maybe with its country and more places
    ("ANKARA", "NAIROBI, Kenya / ADDIS ABABA"): a dateline above the lead."""
    found = PLACE_LINE_RE.fullmatch(line)
    known = known_place(found.group("place")) if found else None
    # places joined by slashes name cities ("KABUL / ISLAMABAD"); regions so joined are a breadcrumb ("ASIA / ...")
    return known is not None and known.strong and (not found or not found.group("more") or known.kind == "city")


def _is_label_shaped(line: str) -> bool:
    """Headline-shaped, at most LABEL_MAX_WORDS words, ending in a letter or digit, and not a statement that
    lost its full stop: no quotation, no attribution after a comma ("..., the army said")."""
    return (
        _is_headline_shaped(line)
        and len(line.split()) <= LABEL_MAX_WORDS
        and line[-1].isalnum()
        and not STATEMENT_MARK.search(line)
    )


def _without_list_markers(paragraphs: list[str]) -> list[str]:
    """Lines without the bullet that opens a list item ("• The army said ..."): layout, like indentation,
    which would otherwise be read as part of the first word's name."""
    return [LIST_MARKER.sub("", line) for line in paragraphs]


LeftoverRule = Callable[[list[str], list[int]], Iterator[int]]


def _without_leftovers(lines: list[str], rules: tuple[LeftoverRule, ...]) -> tuple[list[str], list[str]]:
    """The lines without the pieces of furniture that only their neighbours show, and those pieces."""
    filled = [i for i, line in enumerate(lines) if line]
    drop = {i for rule in rules for i in rule(lines, filled)}
    return [line for i, line in enumerate(lines) if i not in drop], [lines[i] for i in sorted(drop)]


def _captions_above_credits(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A caption above a photo credit alone on its line: "Ali, right, greets ... Thursday, Dec. 14, 2023." then
    "(AP Photo/Jane Doe)"."""
    for before, i in zip(filled, filled[1:]):
        if PHOTO_CREDIT_LINE.fullmatch(lines[i].strip()) and CAPTION_SHAPE.fullmatch(lines[before]):
            yield before


def _captions_over_credits(lines: list[str], filled: list[int]) -> Iterator[int]:
    """The caption a credit closes, as a whole: the lines right above a credit line ("Picture: Jane Roe/ENA",
    "(Photo credit should read STR/AFP via Getty Images)", "Getty Images") in the same block (no blank line
    between), where the block holds at most CAPTION_BLOCK_MAX_LINES of them and each tells something (ends like
    a sentence, or runs longer than a headline) and is no dateline: a headline right above a credit stays."""
    for i in filled:
        line = lines[i].strip()
        glued = GLUED_PICTURE_CREDIT.search(line) is not None  # "... in Kessa.(AP: Jane Roe)": a caption itself
        credit = CAPTION_LINE.fullmatch(lines[i]) or PHOTO_CREDIT_LINE.fullmatch(line)
        if not (credit or glued or BRACKETED_PICTURE_CREDIT.fullmatch(line)):
            continue
        start = _block_start(lines, i, CAPTION_BLOCK_MAX_LINES)
        above = range(start, i)
        told = [k for k in above if not PICTURE_FILE_LINE.fullmatch(lines[k].strip())]  # "ab-900.jpg" over it
        if (start == 0 or not lines[start - 1]) and told and all(_is_caption_text(lines[k]) for k in told):
            yield from above
        if glued:  # the caption's own line, and the description right above it (not a stamp above that)
            described = i - 1
            while described >= 0 and lines[described] and _is_caption_text(lines[described]) and i - described < 3:
                described -= 1
            yield from range(described + 1, i + 1)


def _block_start(lines: list[str], i: int, most: int) -> int:
    """The first line of the block (lines with no blank line between) that line i closes, at most `most` lines up."""
    start = i
    while start > 0 and lines[start - 1] and i - start < most:
        start -= 1
    return start


def _is_caption_text(line: str) -> bool:
    """A line that may be a caption's text: it ends like a sentence or is longer than a headline, and opens no
    dateline."""
    told = line.rstrip("\"'”’)")[-1:] in ".!?…" or len(line.split()) > TITLE_MAX_WORDS
    return told and _dateline_match(line, 1) is None


def _caption_copies(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A caption printed twice, once bare above the same words closed by their credit ("Flag of Norland." above
    "Flag of Norland. Source: NRB"): the bare copy goes with the credited one."""
    for before, i in zip(filled, filled[1:]):
        bare = lines[before].strip()
        if bare and lines[i].startswith(bare) and len(lines[i]) > len(bare) and _is_source_credited_caption(lines[i]):
            yield before


def _cut_previews(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A preview cut off with an ellipsis whose words the next line starts with (a caption or a teaser shown
    twice: "Ali, right, walks with Prime Minister Ralp..." above the whole caption)."""
    for before, i in zip(filled, filled[1:]):
        stem = TEASER_SNIPPET_END.sub("", lines[before]).rstrip()
        if stem != lines[before] and len(stem.split()) >= TITLE_MIN_WORDS and lines[i].startswith(stem):
            yield before


def _link_runs(lines: list[str], filled: list[int]) -> Iterator[int]:
    """Links to other stories between the paragraphs of the body: LINK_RUN_MIN_LINES or more headline-shaped
    lines in a row that end in a letter, or one "[ ... Opens in new window ]" line."""
    body = next((k for k, i in enumerate(filled) if _is_sentence_paragraph(lines[i])), len(filled))
    run: list[int] = []
    last = filled[-1] if filled else -1
    for i in filled[body:] + [-1]:
        if i >= 0 and NEW_WINDOW_LINK.fullmatch(lines[i]):
            yield i
        elif i >= 0 and _is_link_line(lines[i]) and not (i == last and _cut_off_paragraph(lines[i])):
            run.append(i)
            continue
        if len(run) >= LINK_RUN_MIN_LINES:
            yield from run
        run = []
    yield from _closing_item_list(lines, filled[body:])


def _closing_item_list(lines: list[str], filled: list[int]) -> list[int]:
    """The page's closing list of other stories' headlines in sentence case, each a list item ("- Eight killed as
    protesters rally"): CLOSING_LIST_MIN_ITEMS or more headline-shaped items with no final stop, nothing after them
    (a story's own list, shorter or followed by more of the story, stays)."""
    run: list[int] = []
    for i in reversed(filled):
        item = ITEM_MARKER.sub("", lines[i])
        if item == lines[i] or not _is_headline_shaped(item) or item[-1] in TITLE_FINAL_PUNCT:
            break
        run.append(i)
    return sorted(run) if len(run) >= CLOSING_LIST_MIN_ITEMS else []


# Fewest list items of headlines closing a page that are read as links to other stories.
CLOSING_LIST_MIN_ITEMS = 4


def _other_language_lines(lines: list[str], filled: list[int]) -> Iterator[int]:
    """Paragraphs written mostly in another script in a text written mostly in Latin letters (a post quoted in
    Ukrainian under its English report): not the story's text for an English reader, nor for the extractors."""
    letters = [_script_counts(lines[i]) for i in filled]
    latin, other = sum(a for a, _ in letters), sum(b for _, b in letters)
    if latin <= other:
        return  # a text in another script is the story's own (and read as what language it is)
    for i, (a, b) in zip(filled, letters):
        if b > OTHER_SCRIPT_SHARE * (a + b):
            yield i


def _script_counts(line: str) -> tuple[int, int]:
    """How many Latin letters and how many letters of other scripts a line holds."""
    latin = len(LATIN_LETTER.findall(line))
    return latin, sum(c.isalpha() for c in line) - latin


# Share of its letters in another script that makes a paragraph another language's.
OTHER_SCRIPT_SHARE = 0.5


def _cut_off_paragraph(line: str) -> bool:
    """The page's last line cut off in the middle of a word or sentence ("... the army has held the northern town
    since the reb"): a paragraph of the story the excerpt ends in, longer than a link's headline, not a link."""
    return len(line.split()) >= CUT_OFF_MIN_WORDS and line[-1].islower()


def _is_link_line(line: str) -> bool:
    """A headline-shaped line of more than three words that ends in a letter, or a list item ("- Rebels Take
    a Border Town", "• Can Talks End the War?") that is a headline in title case: a link to another story."""
    item = ITEM_MARKER.sub("", line)
    if item != line:
        return _is_headline_shaped(item) and _is_title_case(item) and item[-1] not in TITLE_FINAL_PUNCT
    if SPEECH_CREDIT.search(line):
        return False  # "'Give us time,' he said", its stop lost: a paragraph of the story, no headline
    return _is_headline_shaped(line) and line[-1].isalnum() and len(line.split()) > 3


def _caption_around_credit(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A caption printed twice around its photographer's credit ("Rescuers dig in Ruspur on Sunday." / "Jane Roe" /
    "Rescuers dig in Ruspur on Sunday."): both copies and the credit."""
    for a, b, c in zip(filled, filled[1:], filled[2:]):
        name = lines[b].split()
        credit = (
            0 < len(name) <= CREDIT_NAME_MAX_WORDS and all(w[:1].isupper() for w in name) and lines[b][-1:].isalpha()
        )
        if credit and lines[a] == lines[c] and _is_sentence_paragraph(lines[a]):
            yield from (a, b, c)


# Agencies and picture desks a picture's credit names.
PICTURE_AGENCIES = r"(?:AP|AFP|Reuters|EPA|Xinhua|Getty Images|Associated Press|Agence France-Presse|ABC News|Supplied)"
# "(Jane Roe / Associated Press)", "(AP Photo/Jane Roe)": a credit line of a picture, alone.
BRACKETED_PICTURE_CREDIT = re.compile(
    rf"\((?:[\w.'’ -]{{1,40}}\s*/\s*{PICTURE_AGENCIES}|{PICTURE_AGENCIES}(?: Photo)?\s*/\s*[\w.'’ -]{{1,40}})\)"
)
# "... status quo.(AP: Jane Roe)": a credit glued to a caption's stop, with a colon after the agency.
GLUED_PICTURE_CREDIT = re.compile(rf"[.!?]\s?\({PICTURE_AGENCIES}\s*:\s*[^()]{{1,60}}\)$")

# The most words of a photographer's name printed alone between two copies of a caption.
CREDIT_NAME_MAX_WORDS = 4


def _earlier_copies(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A paragraph of running text printed again further down (a preview of the story above its headline, a
    caption shown twice): every copy but the last."""
    last = {lines[i]: i for i in filled}
    for i in filled:
        if last[lines[i]] != i and _is_sentence_paragraph(lines[i]):
            yield i


def _pull_quotes(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A paragraph's words printed again without its final stop (a pull quote set apart from the text, once or
    more): every copy that lacks the stop, where the paragraph itself has it."""
    stopped = {_folded(lines[i]) for i in filled if lines[i].rstrip()[-1:] == "."}
    for i in filled:
        line = lines[i].rstrip()
        if SENTENCE_END.search(line) is None and len(line.split()) >= PULL_QUOTE_MIN_WORDS and _folded(line) in stopped:
            yield i


# Fewest words of a pull quote (a short line printed twice may be a label).
PULL_QUOTE_MIN_WORDS = 8


def _retold_standfirst(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A one-sentence standfirst at the top that the lead right under it tells again in other words ("Rebels
    claimed the attack on two plants in A and B, Kora on May 4." over "Rebels claimed the attack on two plants
    in Kora on May 4. ..."): the lead's sentence stays, the summary goes."""
    tops = [i for i in filled[: STANDFIRST_MAX_LINES + 2] if _is_sentence_paragraph(lines[i])]
    for first, lead in zip(tops, tops[1:]):
        summary = _content_words(lines[first])
        opening = _content_words(" ".join(lines[lead].split()[: len(lines[first].split()) * 2]))
        one_sentence = re.search(r"[.!?]\s+[A-Z]", INITIALS.sub("X", lines[first])) is None
        if _dateline_match(lines[first], 1) is not None:
            break  # "QUITO, Ecuador — ...": the lead opens with its dateline, whatever retells it below (a caption)
        if one_sentence and summary and len(summary & opening) >= RETOLD_SHARE * len(summary):
            yield first
        break


# How much of a standfirst's content words the lead under it must repeat for the standfirst to be a retelling.
RETOLD_SHARE = 0.7


def _markdown_pictures(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A picture embedded with markdown in a plain-text page, and its caption: a line set whole in italics or bold
    right above or below it."""
    for k, i in enumerate(filled):
        if not MARKDOWN_PICTURE.fullmatch(lines[i].strip()):
            continue
        yield i
        for j in filled[max(k - 1, 0) : k] + filled[k + 1 : k + 2]:
            inner = EMPHASISED_LINE.fullmatch(lines[j].strip())
            if inner is not None and len(inner.group("inner").split()) <= CREDITED_CAPTION_MAX_WORDS:
                yield j


def _video_titles(lines: list[str], filled: list[int]) -> Iterator[int]:
    """The title of a video the page plays, under the headline or between paragraphs: a headline-long line with a
    video cue or a running time ("Video: Crowds fill the square (02:14)", "Crowds fill the square | Watch")."""
    for i in filled:
        line = lines[i].lstrip(BULLETS)
        if len(line.split()) <= VIDEO_TITLE_MAX_WORDS and VIDEO_TITLE_LINE.fullmatch(line):
            yield i


def _is_sentence_paragraph(line: str) -> bool:
    """A paragraph of running text: long and ending like a sentence."""
    return len(line.split()) >= SENTENCE_MIN_WORDS and line.rstrip("\"'”’)")[-1:] in ".!?"


def _mastheads(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A newspaper's name right above its founding line ("The Gazette" then "Springfield, Ohio Est. 1871"): a
    masthead, never the headline."""
    for before, i in zip(filled, filled[1:]):
        name = lines[before]
        if (
            i == before + 1
            and FOUNDED_LINE.fullmatch(lines[i])
            and _is_headline_shaped(name)
            and len(name.split()) <= MASTHEAD_MAX_WORDS
        ):
            yield before


def _dated_captions(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A picture's caption as wire services write it, closing on the day it was taken and with no stop ("The
    minister speaks to reporters in Kessa July 8, 2015"), standing between paragraphs of running text."""
    for k, i in enumerate(filled):
        line = lines[i].strip()
        if len(line.split()) < DATED_CAPTION_MIN_WORDS or DATED_CAPTION_END.search(line) is None:
            continue
        if not line[0].isupper() or POST_CREDIT_LINE.fullmatch(line):
            continue  # "— Jan Roe (@janroe) May 4, 2024": an embedded post's author line, which takes its words
        around = [lines[j] for j in filled[max(k - 1, 0) : k + 2] if j != i]
        if around and all(_is_sentence_paragraph(other) for other in around):
            yield i


# A caption's day at its end, written out in full with no stop after it (or, as AP writes it, after a place, a
# comma and the weekday: "... in Tarso, Kessa, Tuesday, Feb. 16, 2021."), and the fewest words of such a caption.
DATED_CAPTION_END = re.compile(rf"(?<![,(])\s(?:{FULL_DATE})$|,\s+[A-Z][a-z]+day,\s+{FULL_DATE}\.$")
DATED_CAPTION_MIN_WORDS = 6


def _labelled_captions(lines: list[str], filled: list[int]) -> Iterator[int]:
    """A picture's block as some broadcasters print it: the description with "Image source, X" glued to its end,
    then an "Image caption," label and the caption on the line under it."""
    for i in filled:
        line = lines[i].strip()
        if PICTURE_SOURCE_END.search(line):
            yield i
        elif PICTURE_CAPTION_LABEL.fullmatch(line):
            yield i
            if i + 1 < len(lines) and lines[i + 1].strip():
                yield i + 1  # the caption under its label


# "... at the gate in Lemo, May 2, 2026.Image source, Kessa Photo": a picture's source glued to its description;
# "Image caption,".
PICTURE_SOURCE_END = re.compile(r"\bimage source,\s*[\w .&'’/-]{1,60}$", re.IGNORECASE)
PICTURE_CAPTION_LABEL = re.compile(r"image caption\s*,?", re.IGNORECASE)


# Captions that show only beside the lines around them, read before the other furniture goes (their
# credit line is furniture itself); each rule gives the indices of the lines it drops.
CAPTION_LEFTOVER_RULES: tuple[LeftoverRule, ...] = (
    _labelled_captions,
    _captions_above_credits,
    _dated_captions,
    _captions_over_credits,
    _caption_copies,
    _cut_previews,
    _mastheads,
    _markdown_pictures,
)


def _space_after_dateline(text: str) -> str:
    """The text with a space after a dateline's dash where the page had none ("Seoul, Dec. 18 (Yonhap)—North
    Korea ..."), so the dash does not glue the agency to the first word of the lead."""
    match = _dateline_match(text, HEAD_LINES) or _agency_opening(text)
    if match is None or text[match.end() - 1] not in "-–—" or match.end() >= len(text) or text[match.end()].isspace():
        return text
    return text[: match.end()] + " " + text[match.end() :]


def _split_metadata_prefix(lines: list[str]) -> tuple[list[str], list[str]]:
    """The first line without a metadata prefix a page store put before it ("date 2025-01-03 KYIV (Reuters):
    ..."), and the prefix as a removed line."""
    first = next((i for i, line in enumerate(lines) if line), None)
    found = METADATA_PREFIX.match(lines[first]) if first is not None else None
    if first is None or found is None:
        return lines, []
    return lines[:first] + [lines[first][found.end() :]] + lines[first + 1 :], [found.group().strip()]


def _split_syndication_credit(lines: list[str], credit: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """The first line that opens with a syndicator's or a desk's credit ("(MENAFN- Example News Agency (ENA)) TOKYO,
    May 2 (ENA) -- ...", "(Web Desk) - QUETTA (Outlet) – ..."), among the first lines, without it, and the credit
    as a removed line."""
    for i in _head_indices(lines):
        found = credit.match(lines[i])
        if found is not None and found.end() < len(lines[i]):
            return lines[:i] + [lines[i][found.end() :]] + lines[i + 1 :], [found.group().strip()]
    return lines, []


def _split_site_credit(lines: list[str]) -> tuple[list[str], list[str]]:
    """The first line that opens with a site's credit in brackets and then a dateline ("(Globe24- Agency) LORVEN,
    3 March (AG) - ..."), among the first lines, without it, and the credit as a removed line. The brackets hold
    no place ("(Cairo) ..." is a dateline itself) and no agency alone ("(Reuters) - ...")."""
    for i in _head_indices(lines):
        found = SITE_CREDIT.match(lines[i])
        if found is None:
            continue
        credit = found.group("credit").strip()
        if known_agency(credit, in_dateline=True) or known_place(credit):
            continue
        rest = lines[i][found.end() :]
        match = _dateline_match(rest, 1)
        if match is not None and (match.groupdict().get("agency") or match.groupdict().get("date")):
            return lines[:i] + [rest] + lines[i + 1 :], [found.group().strip()]
    return lines, []


def _head_indices(lines: list[str]) -> list[int]:
    """Indices of the first HEAD_LINES lines that are not blank: the head of a page."""
    return [i for i, line in enumerate(lines) if line][:HEAD_LINES]


def _split_glued_credit(lines: list[str]) -> list[str]:
    """An agency's credit glued to the dateline that opens a paragraph, among the first lines, as a line of its
    own ("Associated Press" then "LIMA, Peru — ..."), so that the credit goes as furniture and the dateline is read;
    so is a page's date in brackets glued before it ("[November 19, 2013]BEIRUT (AP) — ...")."""
    for i in _head_indices(lines):
        stamp = BRACKETED_DATE_HEAD.match(lines[i]) or IMAGE_LABEL_HEAD.match(lines[i])
        if stamp is not None and lines[i][stamp.end() :].strip():
            return lines[:i] + [stamp.group().strip(), ""] + [lines[i][stamp.end() :].lstrip()] + lines[i + 1 :]
        found = GLUED_CREDIT_DATELINE.match(lines[i])
        if found is not None and known_agency(found.group("credit"), in_dateline=True) is not None:
            return lines[:i] + [found.group("credit"), ""] + [lines[i][found.end() :]] + lines[i + 1 :]
    return lines


def _split_glued_caption(lines: list[str]) -> list[str]:
    """A photo's caption run into the paragraph before it and closed by its kind of photo ("... since 2021. The
    minister at the summit in Delhi. (HT Photo)"), as a line of its own, so that the caption goes as furniture and
    the paragraph's own sentences stay."""
    out: list[str] = []
    for line in lines:
        credit = KIND_PHOTO_CREDIT.search(line)
        breaks = list(SENTENCE_BREAK.finditer(line, 0, credit.start())) if credit is not None else []
        if credit is None or not breaks:
            out.append(line)
            continue
        cut = breaks[-1].end() - 1  # the next sentence's capital
        out += [line[:cut].rstrip(), "", line[cut:]]
    return out


# That credit closing a line, after the caption's last sentence.
KIND_PHOTO_CREDIT = re.compile(rf"[.!?]\s*{KIND_PHOTO}\s*$", re.IGNORECASE)


def _split_agency_opening(lines: list[str]) -> tuple[list[str], str | None]:
    """A known agency's name in brackets opening the lead with no place and no dash ("(CNN)Thirteen officers ...",
    "(CNN) Thirteen ..."), as a line of its own, so that the credit goes and the lead's first word is read whole;
    and the agency."""
    for i in _head_indices(lines):
        found = AGENCY_ONLY_OPENING.match(lines[i])
        if found is not None and known_agency(found.group("agency"), in_dateline=True) is not None:
            split = lines[:i] + [found.group().strip(), ""] + [lines[i][found.end() :]] + lines[i + 1 :]
            return split, _agency_name(found.group("agency"))
    return lines, None


def _split_glued_date(lines: list[str]) -> list[str]:
    """A page's date glued to the paragraph under it, among the first lines, as a line of its own ("April 12,
    2025" then "Rebels attacked ..."), so that the date goes as furniture and the lead's first word is read whole."""
    for i in _head_indices(lines):
        found = GLUED_DATE.match(lines[i])
        if found is not None:
            return lines[:i] + [found.group().strip(), ""] + [lines[i][found.end() :]] + lines[i + 1 :]
    return lines


def _split_run_in_dateline(lines: list[str]) -> list[str]:
    """A headline and the dateline that follows it on one line, among the first lines, as two paragraphs."""
    for i in _head_indices(lines):
        line = lines[i]
        if _dateline_match(line + "\n", 1) is not None:
            continue  # the line opens with a dateline of its own: a place in it is no headline's end
        for pattern in RUN_IN_DATELINES:
            found = pattern.search(line)
            if found is None or not _is_place(found.group("place")):
                continue
            head = line[: found.start()].strip()
            if len(head.split()) >= TITLE_MIN_WORDS and _is_headline_shaped(head) and head[-1] not in '!?"”':
                return lines[:i] + [head, "", line[found.start() :]] + lines[i + 1 :]
    return lines


def _find_title(paragraphs: list[str]) -> tuple[str | None, int]:
    """The headline among the first lines and its index: lines above it may only be page furniture (short
    labels, a date line, a link, a line in another script), and an outlet's name ("The Kalos Herald") with
    a headline under it is one; (None, -1) where the text has none."""
    heads = _head_indices(paragraphs)
    for k, i in enumerate(heads):
        if _is_above_title(paragraphs[i]):
            continue
        if k + 1 < len(heads) and _runs_into(paragraphs[i], paragraphs[heads[k + 1]]):
            continue  # "Home World Gunmen kill 9 in ..." over "Gunmen kill 9 in ...": section labels run into it
        title = _title(paragraphs[i:])
        if title is not None and k + 1 < len(heads) and PLAYER_LINE.fullmatch(paragraphs[heads[k + 1]].strip()):
            continue  # "Radio Kessa for the North" over "Play Live Radio": the station's banner
        if title is not None and k + 1 < len(heads) and _is_site_title_bar(title, paragraphs[heads[k + 1] :]):
            return paragraphs[heads[k + 1]], heads[k + 1]  # "Logo of Outlet - Headline" above "Headline"
        if title is not None and k + 1 < len(heads) and _is_kicker(title, paragraphs[heads[k + 1] :]):
            return paragraphs[heads[k + 1]], heads[k + 1]  # "War in the north" above its headline
        if title is not None and k + 1 < len(heads) and _is_tag_list(title) and _title(paragraphs[heads[k + 1] :]):
            return paragraphs[heads[k + 1]], heads[k + 1]  # "Home, Valdoria, Kessa, Floods" above it
        if title is not None and k + 1 < len(heads) and _is_other_story(title, paragraphs[heads[k + 1] :]):
            return paragraphs[heads[k + 1]], heads[k + 1]  # another story's teaser above the headline
        if title is not None and _is_outlet_name(title) and k + 1 < len(heads):
            below = heads[k + 1]
            if _title(paragraphs[below:]) is not None:
                return paragraphs[below], below  # "The Kalos Herald" above the headline is the outlet's name
            if title.isupper():
                continue  # a masthead in capitals ("NEW YORK TIMES") is never the headline
        if title is not None and _is_outlet_name(title) and OUTLET_NAME.fullmatch(title) is None:
            continue  # "Valdonia Daily News" alone, no headline under it: a credit line, never the headline
        return (title, i) if title is not None else (None, -1)
    return None, -1


def _without_wire_slug(title: str, below: list[str]) -> str:
    """ "XYZ-42 Floods cut roads" over the wire's own lines and "Floods cut roads" again: the story's slug code
    opening the headline is no part of it, when the headline is printed again below without it."""
    found = WIRE_SLUG.match(title)
    if found is None or not any(_folded(line) == _folded(title[found.end() :]) for line in below):
        return title
    return title[found.end() :]


# A wire story's slug code before its headline ("BFF-42", "XYZ-7").
WIRE_SLUG = re.compile(r"[A-Z]{2,5}-\d{1,4}\s+")


def _runs_into(line: str, below: str) -> bool:
    """Whether a line is a few labels run into the line below it, which it ends with ("Home World" + headline)."""
    label = line[: len(line) - len(below)].split() if line.endswith(below) else []
    return 0 < len(label) <= RUN_IN_LABEL_WORDS and len(below.split()) >= TITLE_MIN_WORDS


def _is_other_story(line: str, below: list[str]) -> bool:
    """A headline of another story printed above the page's own ("Club posts record revenue" over "Gunmen kidnap 9
    officers"): the line under it is a title too, and shares words with the lead where the first shares none."""
    if _title(below) is None:
        return False
    lead = next(
        (p for p in below[1 : 2 * HEAD_LINES] if _is_sentence_paragraph(p) and len(p.split()) > LEAD_MIN_WORDS), None
    )
    if lead is None:
        return False
    told = _stems(lead)
    return not (_stems(line) & told) and len(_stems(below[0]) & told) >= TEASER_SHARED_WORDS


def _stems(text: str) -> set[str]:
    """A text's content words cut to their first STEM_LETTERS letters ("announces" and "announced" alike), with its
    acronyms ("ETA")."""
    return {w[:STEM_LETTERS] for w in _content_words(text)} | set(ACRONYM_WORD.findall(text))


def _content_words(text: str) -> set[str]:
    """The longer words of a text, with a plural's "s" off ("officers" and "officer" alike); a capitalised word
    inside the text keeps its capital ("Ohio State" is not the "state" of a lead)."""
    words = re.findall(r"[A-Za-z]{4,}", text)
    kept = {w if w[0].isupper() and i > 0 else w.lower() for i, w in enumerate(words)}
    return {w.removesuffix("s") for w in kept} - CONTENT_STOP_WORDS


# Words of four letters or more that tell nothing of a story's subject.
CONTENT_STOP_WORDS = frozenset(
    {"with", "from", "after", "that", "this", "have", "were", "will", "said", "year", "over"}
)
# Fewest words of a lead paragraph that a teaser's words are compared with; fewest words the headline under it
# shares with the lead.
LEAD_MIN_WORDS = 12
TEASER_SHARED_WORDS = 2
STEM_LETTERS = 6  # letters a word is cut to when a headline's words are compared with the lead's
ACRONYM_WORD = re.compile(r"\b[A-Z]{2,6}\b")


def _is_kicker(line: str, below: list[str]) -> bool:
    """A topic label (kicker) printed above the headline ("Cathedral attacks", "War in the north"): a few words
    with no digit, under which comes a headline at least twice as long, itself a title over the lead."""
    words = len(line.split())
    return (
        words <= KICKER_MAX_WORDS
        and not any(c.isdigit() for c in line)
        and len(below[0].split()) >= max(2 * words, words + KICKER_MARGIN_WORDS)
        and _title(below) is not None
        and not _headline_over_deck(line, below[0])
    )


def _headline_over_deck(line: str, below: str) -> bool:
    """A headline in title case over a line in sentence case ("Envoy Arrives in Tarsa" over "Diplomats push to
    end the fighting"): the short line is the headline and the long one its deck, not a kicker over a headline."""
    return len(line.split()) >= KICKER_MIN_HEADLINE_WORDS and _is_title_case(line) and not _is_title_case(below)


def _is_tag_list(line: str) -> bool:
    """The topics a page files a story under, printed above its headline: TAG_LIST_MIN_ITEMS or more short items
    between commas, each opening with a capital ("Latest News, Valdoria, Kessa, Border clashes")."""
    items = [item.strip() for item in line.split(",")]
    return len(items) >= TAG_LIST_MIN_ITEMS and all(
        item[:1].isupper() and len(item.split()) <= TAG_MAX_WORDS and item[-1].isalnum() for item in items
    )


def _is_site_title_bar(line: str, below: list[str]) -> bool:
    """A line that ends or opens, beside a bar or dash, with the headline printed alone under it: the site's title
    bar ("Logo of Outlet - Headline", "Headline | Outlet")."""
    headline = below[0]
    parts = SITE_NAME_SEPARATOR.split(line)
    return (
        len(parts) >= 2
        and len(headline) < len(line)
        and _folded(headline) in (_folded(parts[-1]), _folded(parts[0]))
        and _title(below) is not None
    )


def _is_outlet_name(line: str) -> bool:
    """An outlet's name printed as a line: "The Kalos Herald", or a few capitalised words ending in an outlet word
    ("NEW YORK TIMES", "Valdonia Daily News")."""
    words = line.split()
    return bool(
        OUTLET_NAME.fullmatch(line)
        or len(words) <= MASTHEAD_MAX_WORDS
        and SITE_NAME.fullmatch(line)
        and words[-1].lower().strip(".") in OUTLET_WORDS
    )


def _is_above_title(line: str) -> bool:
    """A line a page may print above its headline: a label of one or two words, a section run into a date,
    a link, a line in another script, a picture's caption (a menu's bullet before it aside)."""
    words = line.lstrip(BULLETS).split()
    return bool(
        len(words) < TITLE_MIN_WORDS
        or len(words) <= DATE_TAIL_MAX_WORDS
        and (found := DATE_TAIL.search(line)) is not None
        and found.end() == len(line)
        or URL_LINE.fullmatch(line)
        or not LATIN_LETTER.search(line)
        or PICTURE_CAPTION.fullmatch(line)
        or SITE_MASTHEAD.fullmatch(line)
        or len(words) <= VIDEO_TITLE_MAX_WORDS
        and VIDEO_TEASER.fullmatch(line) is not None  # "Moment police stop the van - video"
        or _is_place_day_line(line)
        or len(words) <= SLOGAN_MAX_WORDS
        and line == line.lower()
        and LATIN_LETTER.search(line) is not None
        or TICKER_LINE.fullmatch(line.strip()) is not None
        or PLAYER_LINE.fullmatch(line.strip()) is not None
    )


# The most words of a site's slogan printed above the headline all in lower case ("news, not noise").
SLOGAN_MAX_WORDS = 6


def _is_place_day_line(line: str) -> bool:
    """ "Addis Ababa, Thursday" alone on its line: a place the gazetteer is sure of and the day, a dateline."""
    return _place_of_day_line(line) is not None


def _place_of_day_line(line: str) -> str | None:
    """The place a line of a place and its day, date or outlet names, where the gazetteer is sure of it."""
    found = PLACE_DAY_LINE.fullmatch(line)
    place = found.group("place") or found.group("seat") if found is not None else None
    return place if place is not None and _is_sure_place(place) else None


def _without_site_name(title: str) -> str:
    """The headline without the outlet's name printed before or after it ("Outlet | Headline"), or after a spaced
    colon where the name has an outlet's word ("Headline : The Example Tribune")."""
    colon = SITE_AFTER_COLON.fullmatch(title)
    if colon is not None and _is_site_name(colon.group("site")):
        if any(w.lower().strip(".") in OUTLET_WORDS for w in colon.group("site").split()):
            return colon.group("headline")
    parts = SITE_NAME_SEPARATOR.split(title)
    if len(parts) != 2:
        return title
    for site, headline in (parts, parts[::-1]):
        if _is_site_name(site) and len(headline.split()) > len(site.split()) + 2:
            return headline
    return title


def _is_site_name(part: str) -> bool:
    """Whether a part of a title split at a bar or dash names the outlet: shaped as a name, and short or
    with an outlet word ("Valdonia Daily", "The Karvo Morning Herald"), not a clause of the headline."""
    words = part.split()
    if words and words[-1].lower().strip(".") in HEADLINE_SOURCES:
        return False  # the source the headline cites ("... - Police")
    return bool(SITE_NAME.fullmatch(part)) and (
        len(words) <= SITE_NAME_PLAIN_MAX_WORDS or any(w.lower().strip(".") in OUTLET_WORDS for w in words)
    )


def dateline_place_name(written: str) -> str:
    """A dateline's place as the gazetteer names it, else in title case where it was written in capitals."""
    place = written.strip()
    known = known_place(place)
    return known.name if known is not None and known.name.isascii() else place.title() if place.isupper() else place


def dateline_places(text: str, lines: int = HEAD_LINES) -> list[tuple[int, int]]:
    """Offsets of every place a dateline names: the first and those joined to it ("KABUL/ISLAMABAD")."""
    match = _dateline_match(text, lines)
    if match is None:
        return []
    spans = [match.span("place")] if match.group("place").strip().lower() not in DATELINE_SEATS else []
    start, end = match.span("more") if match.groupdict().get("more") else (-1, -1)
    for found in re.finditer(r"/[ \t]*([^/,]*[^/,\s])", text[start:end] if start >= 0 else ""):
        spans.append((start + found.start(1), start + found.end(1)))  # the place, not its country
    return spans


def _agency_name(written: str | None) -> str | None:
    """The canonical name of a dateline's agency ("AP" -> "Associated Press"), else as written."""
    if not written or not written.strip():
        return None
    # "Outlet News / Sputnik", "APP - Outlet": the known agency among credits written together, else the first
    parts = [part.strip() for part in re.split(r"\s*/\s*|\s+-\s+", written) if part.strip()]
    known = (known_agency(part, in_dateline=True) for part in (written, *parts))
    return next((name for name in known if name), None) or (parts[0] if len(parts) > 1 else written.strip())


def _metadata_date(removed: list[str]) -> dt.date | None:
    """The first date written in a removed metadata line ("Published: October 27, 2024")."""
    for line in removed:
        if not (METADATA_LINE.fullmatch(line) or DATE_ONLY_LINE.fullmatch(line)):
            continue
        found = ISO_DATE.search(line)
        if found:
            try:
                return dt.date(int(found[1]), int(found[2]), int(found[3]))
            except ValueError:
                continue  # an impossible date ("2024-13-45") is no date
        written = _written_date(line)
        if written is not None:
            return written
    return None


def _unplaced_opening(paragraphs: list[str]) -> re.Match | None:
    """The day and known agency opening the first line of the body ("Jan. 19 (UPI) --"), a dateline with no place."""
    return _known_unplaced_agency(next((line for line in paragraphs if line), ""))


def _known_unplaced_agency(text: str, whole: bool = False) -> re.Match | None:
    """A known agency with no place opening a text ("(AFP) ...", "Jan. 19 (UPI) --"), or making it up whole."""
    opening = (UNPLACED_AGENCY.fullmatch if whole else UNPLACED_AGENCY.match)(text)
    return opening if opening and known_agency(opening.group("agency"), True) else None


def _page_date(text: str, removed: list[str], dateline: re.Match | None) -> dt.date | None:
    """The date the page gives its story where no metadata line dates it: a full date opening a line of the
    head in brackets or before a dash ("(May 20, 2023) —"), else the date of the dateline. A dateline's day
    with no year ("SANAA, April 9 (Agency) --") takes the year of a full date of the same month and day
    written elsewhere on the page (a date line, a caption, the text: "on April 9, 2023"), and only where
    every such date gives the same year; else the page has no date."""
    for line in text.split("\n", HEAD_LINES)[:HEAD_LINES]:
        found = OPENING_DATE.match(line.strip())
        if found is not None:
            return _written_date(found.group("bracketed") or found.group("bare"))
    if dateline is None:
        return None
    written = WRITTEN_DATE.search(dateline.group(0))
    if written is not None:
        return _written_date(written.group(0))
    day = MONTH_DAY.search(dateline.group(0))
    if day is None:
        return None
    month, number = (day[1], day[2]) if day[1] else (day[4], day[3])
    wanted = _month_and_day(month, number)
    if wanted is None:
        return None
    dates = (_written_date(found.group(0)) for part in (*removed, text) for found in WRITTEN_DATE.finditer(part))
    years = {date.year for date in dates if date is not None and (date.month, date.day) == wanted}
    return dt.date(years.pop(), *wanted) if len(years) == 1 else None


def _written_date(written: str) -> dt.date | None:
    """A full written date ("May 20, 2023", "20 May 2023") as a date; None where it is impossible ("Feb 30")."""
    found = WRITTEN_DATE.search(written)
    if found is None:
        return None
    month, day, year = (found[1], found[2], found[3]) if found[1] else (found[5], found[4], found[6])
    try:
        return dt.datetime.strptime(f"{month[:3]} {day} {year}", "%b %d %Y").date()
    except ValueError:
        return None


def _month_and_day(month: str, day: str) -> tuple[int, int] | None:
    """A month's name and a day of it as numbers ("Jan.", "19" -> (1, 19)); None where no year has that day."""
    try:
        date = dt.datetime.strptime(f"{month[:3]} {day} 2000", "%b %d %Y").date()  # 2000: a leap year, Feb 29 stays
    except ValueError:
        return None
    return date.month, date.day


def _normalise(text: str) -> list[str]:
    """NFC text split into lines, each with its spaces collapsed and ends stripped; the hard-wrapped lines of
    one indented paragraph joined into one line."""
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
    text = GLUED_CLOSING_QUOTE.sub("” ", LINE_BREAKS.sub("\n", text))
    text = GLUED_SENTENCE.sub(" ", text)
    lines = [_unglued_dateline(ODD_SPACES.sub(" ", line).rstrip()) for line in text.split("\n")]
    return _unwrap_blocks(_unwrap_margin(_unwrap(lines)))


def _unglued_dateline(line: str) -> str:
    """ "DOHA-Arch-foes Kelvan and Sarin ...", "KABUL—A car bomb ...": a known place in capitals glued by a dash to the
    lead's first word, written apart ("DOHA - Arch-foes ..."), so the dateline is read and the lead keeps its first
    word."""
    found = GLUED_DATELINE.match(line)
    if found is None or (known_place(found.group(1).title()) is None and found.group(1).lower() not in DATELINE_SEATS):
        return line
    return f"{found.group(1)} - {line[found.end() :]}"


# A closing quotation mark glued to the next word ("airspace”said the radio"): the credit after a quote.
GLUED_CLOSING_QUOTE = re.compile(r"”(?=[A-Za-z])")
# A sentence glued to the one before it, its space lost ("in the country.President Lasso said"): a full stop after a
# word in lower case, then a capitalised word (not "U.S.", "Ph.D.", "e.g.", nor a domain in lower case).
GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2})")
# A place in capitals opening a line, glued by a hyphen to a capitalised word ("DOHA-Arch-foes", "UNITED NATIONS -The
# council") or by a long dash to the lead ("KABUL—A car bomb", "CAIRO —Egyptian officials").
GLUED_DATELINE = re.compile(r"([A-Z][A-Z'’.]{2,}(?: [A-Z][A-Z'’.]+)?)(?: ?-(?=[A-Z][a-z])| ?[–—](?=[A-Z\"“]))")


def _unwrap(lines: list[str]) -> list[str]:
    """Lines stripped, a hard-wrapped line joined to the next: both indented alike (wire copy re-posted with
    its columns) and the first long enough to have been broken at the margin, not a short label or date."""
    out: list[str] = []
    joining = False
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if joining:
            out[-1] = out[-1] + " " + stripped
        else:
            out.append(stripped)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        indent = len(line) - len(stripped)
        joining = (
            indent > 0
            and len(stripped) >= WRAPPED_LINE_MIN_CHARS
            and bool(following.strip())
            and following.lstrip()[0] not in LIST_MARKERS  # a list's items each stay a line
            and len(following) - len(following.lstrip()) == indent
            and following.strip() != stripped  # a picture's alt text and its caption, the same words twice
        )
    return out


def _unwrap_blocks(lines: list[str]) -> list[str]:
    """A paragraph a wire hard-wrapped at a narrow column, with no margin the page holds to: a block of lines (no
    blank line between) whose last line closes a sentence and whose other lines close none, run long enough to be
    text, and mostly break mid-phrase ("... have become common in the north of" / "Kessa over the past years,
    where armed gangs, called locally" / "bandits, ..."), joined into one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while lines[j] and j + 1 < len(lines) and lines[j + 1]:
            j += 1
        block = lines[i : j + 1]
        out.extend([" ".join(block)] if _is_wrapped_block(block) else block)
        i = j + 1
    return out


def _is_wrapped_block(block: list[str]) -> bool:
    """Whether a block of lines is one paragraph broken at a column (see `_unwrap_blocks`)."""
    body = block[:-1]
    if not body or not SENTENCE_END.search(block[-1]):
        return False
    if any(len(line.split()) < WRAPPED_BLOCK_MIN_WORDS or SENTENCE_END.search(line) for line in body):
        return False
    if any(len(line) > WRAPPED_BLOCK_MAX_CHARS for line in body):
        return False  # a line longer than a narrow column: the page's own line break, not a wire's wrap
    if any(line.lstrip()[:1] in LIST_MARKERS for line in block):
        return False  # a list's items each stay a line
    broken = sum(
        line.endswith(",") or line.split()[-1].lower() in WRAP_END_WORDS or following[:1].islower()
        for line, following in zip(body, block[1:])
    )
    return 2 * broken >= len(body)


# Fewest words of each broken line of a hard-wrapped paragraph (a menu's or a list's lines are shorter), the most
# characters of a narrow column's line, and the words after which a line is broken mid-phrase.
WRAPPED_BLOCK_MIN_WORDS = 6
WRAPPED_BLOCK_MAX_CHARS = 90
WRAP_END_WORDS = frozenset(
    "the a an of to and or in on at for with by from that as is was were are has have had be been his her their its"
    " he she they it we who which than told said says according".split()
)


def _unwrap_margin(lines: list[str]) -> list[str]:
    """On a page hard-wrapped at a margin, a line that reached the margin without ending a sentence joined to
    the next ("... lasted for more" / "than six hours"), so that no sentence is cut by a line break; a
    headline in title case and a list item stay lines of their own."""
    width = _margin_width(lines)
    near = [i for i, line in enumerate(lines) if len(line) >= MARGIN_SHARE * width]
    if not HARD_WRAP_MIN_WIDTH <= width <= HARD_WRAP_MAX_WIDTH or len(near) < HARD_WRAP_MIN_LINES:
        return lines  # most pages: paragraphs longer than any margin
    # the line a wrapped line goes on in: the next one, or the one after a single blank line
    after = {i: i + 1 if lines[i + 1] or i + 2 >= len(lines) else i + 2 for i in range(len(lines) - 1)}
    # the mark of a margin: lines cut inside a sentence, the next going on in lower case
    cut = sum(i in after and lines[after[i]][:1].islower() and not SENTENCE_END.search(lines[i]) for i in near)
    if cut < 2:
        return lines
    out: list[str] = []
    joining, skip = False, -1
    for i, line in enumerate(lines):
        if i == skip:
            continue  # the blank line between a wrapped line and its rest
        if joining:
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        following = lines[after[i]] if i in after else ""
        joining = (
            len(line) >= MARGIN_SHARE * width
            and bool(following)
            and following[0] not in LIST_MARKERS
            and not SENTENCE_END.search(line)
            and not _is_title_case(line)
            and (after[i] == i + 1 or following[0].islower())
        )
        skip = i + 1 if joining and after[i] == i + 2 else -1
    return out


def _margin_width(lines: list[str]) -> int:
    """The width a page was wrapped at: the length most lines stay within (MARGIN_PERCENTILE), so that one longer
    line of furniture above the story (a mail's encoded subject) does not hide the margin."""
    lengths = sorted(len(line) for line in lines if line)
    return lengths[int(MARGIN_PERCENTILE * (len(lengths) - 1))] if lengths else 0


def _collapse_blank_lines(lines: list[str]) -> list[str]:
    """At most one blank line between paragraphs, none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _caption_printed_before(kept: list[str], caption: str) -> list[str]:
    """A caption printed twice, the second time with its credit ("Rescuers dig in Ruspur." over "Rescuers dig in
    Ruspur. AP"): the first copy, taken off the lines kept, as furniture too."""
    at = next((k for k in range(len(kept) - 1, -1, -1) if kept[k]), None)
    if at is None:
        return []
    before, folded = _folded(kept[at]), _folded(caption)
    if len(before.split()) < TITLE_MIN_WORDS or not folded.startswith(before):
        return []
    if not 0 < len(folded) - len(before) <= CAPTION_CREDIT_MAX_CHARS:
        return []
    return [kept.pop(at)]


# The most characters a credit adds to a caption printed again with it ("... legislators. AP", " / Jane Roe/AFP").
CAPTION_CREDIT_MAX_CHARS = 40


# The mark a wire service closes its story with ("(END)", "-- END --"), in capitals.
END_MARKER = re.compile(r"\(END\)|\[END\]|-{1,3}\s*END\s*-{1,3}|END")


def _strip_furniture(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines kept and lines removed; a teaser or comment heading also takes the block under it."""
    kept: list[str] = []
    removed: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            kept.append(line)
            i += 1
            continue
        if END_MARKER.fullmatch(line.strip()) and any(_is_sentence_paragraph(k) for k in kept if k):
            removed.extend(l for l in lines[i:] if l)  # "(END)": the wire's mark closes the story; below it, links
            break
        if _comment_thread_opens(lines, i, kept):
            removed.extend(l for l in lines[i:] if l)  # readers' comments run to the end of the page
            break
        if TEASER_HEADING.fullmatch(line):
            end = _teaser_block_end(lines, i + 1)
            lone = sum(1 for l in lines[i + 1 : end] if l and not DATE_ONLY_LINE.fullmatch(l.strip())) == 1
            if lone and not any(kept) and not READ_MORE_LINE.fullmatch(line.strip()):
                end = i + 1  # a label ("Related topics") over one headline and its date opening the page: its own
        elif CALL_TO_ACTION.fullmatch(line) or CUT_SNIPPET_LINK.search(line):
            end = i + 1
            removed.extend(_teaser_above(kept))
        elif POST_CREDIT_LINE.fullmatch(line.strip()):
            end = i + 1
            # the post's words, unless they went just before as furniture of their own ("... pic.twitter.com/x")
            above = next((l for l in reversed(lines[:i]) if l), None)
            if above is None or not removed or removed[-1] != above:
                removed.extend(_post_above(kept))
        elif COMMENT_HEADING.fullmatch(line):
            end = _block_end(lines, i + 1, _is_comment_form_line)
        elif SCREEN_READER_LIST.fullmatch(line):
            end = _screen_reader_list_end(lines, i + 1)
        elif COOKIE_LINE.fullmatch(line):
            end = _block_end(lines, i + 1, lambda l: _made_of(l, COOKIE_BUTTON))
        elif (signed := _wire_sign_off(lines, i, kept)) is not None:
            kept.append(line[: signed.start()].rstrip())  # the story's last paragraph, its wire's sign-off gone
            removed.append(signed.group().strip())
            i += 1
            continue
        elif _is_furniture_line(line) and not _agency_over_lead(lines, i):
            end = i + 1
            removed.extend(_caption_printed_before(kept, line))
        else:
            line = _without_furniture_ends(line, removed)
            if line:
                kept.append(line)
            i += 1
            continue
        removed.extend(l for l in lines[i:end] if l)
        i = end
    return kept, removed


def _wire_sign_off(lines: list[str], i: int, kept: list[str]) -> re.Match | None:
    """ "... held in Kessan jails. (AFP)" as the story's last paragraph, after paragraphs of it: the
    wire's sign-off closing the story, not a caption's credit (the paragraph is long and stands last); the credit."""
    credit = AGENCY_CREDIT.search(lines[i])
    if credit is None or credit.group("photographer") or any(l.strip() for l in lines[i + 1 :]):
        return None  # no bare credit, or not the last line
    paragraph = lines[i][: credit.start()].rstrip()
    long = len(paragraph.split()) >= SIGNED_PARAGRAPH_WORDS and paragraph[-1:] in ".!?\"”'"
    if not long or known_agency(credit.group(2), in_dateline=True) is None:
        return None
    return credit if sum(1 for k in kept if k and _is_sentence_paragraph(k)) >= SIGNED_STORY_PARAGRAPHS else None


# A paragraph closed by a wire's bare credit is the story's last (not a caption) when it stands last, has at least
# this many words, and follows at least this many paragraphs of the story.
SIGNED_PARAGRAPH_WORDS = 20
SIGNED_STORY_PARAGRAPHS = 3


def _comment_thread_opens(lines: list[str], i: int, kept: list[str]) -> bool:
    """ "Comments 11" over a commenter's handle and time ("jdoe 13 August 2020, 21:10"), after the story: a thread
    of readers' comments opens, and whatever follows is theirs."""
    if not COMMENT_THREAD_HEADING.fullmatch(lines[i].strip()) or not any(_is_sentence_paragraph(k) for k in kept if k):
        return False
    following = next((l.strip() for l in lines[i + 1 :] if l.strip()), "")
    return bool(COMMENTER_LINE.fullmatch(following))


def _without_furniture_ends(line: str, removed: list[str]) -> str:
    """The line without a byline chain that opens it or a tail pasted after it ("... said. __Outlet News");
    what goes is added to `removed`."""
    chain, line = _split_byline_chain(line)
    if chain is not None:
        removed.append(chain)
    head = FURNITURE_HEAD.match(line)
    if head is not None:
        removed.append(head.group().strip())
        line = line[head.end() :]
    labels = [m.group().strip() for m in LINK_LABEL.finditer(line)]
    if labels:
        removed.extend(labels)
        line = LINK_LABEL.sub("", line)
    for pattern in FURNITURE_TAILS:
        tail = pattern.search(line)
        if tail is not None and tail.start() > 0:
            removed.append(line[tail.start() :].strip())
            line = line[: tail.start()].rstrip()
    return line


def _agency_over_lead(lines: list[str], i: int) -> bool:
    """ "(Reuters)" alone on its line right above the lead, near the top: a dateline with no place, kept (its agency
    is named in the text as in "(Reuters) - ..."), not a credit line of furniture."""
    line = lines[i].strip()
    if not line.startswith("(") or _known_unplaced_agency(line, whole=True) is None:
        return False
    filled = [j for j, other in enumerate(lines) if other.strip()]
    if filled.index(i) >= HEAD_LINES:
        return False
    after = next((lines[j].strip() for j in filled if j > i), "")
    return len(after.split()) >= LEAD_MIN_WORDS and after[:1].isupper() and after.endswith((".", '"', "”"))


# Words a line needs to be a lead under an agency's line ("(Reuters)" above it).
LEAD_MIN_WORDS = 12


def _post_above(kept: list[str]) -> list[str]:
    """An embedded post whose author line stands alone ("— Jane Roe (@janeroe) May 4, 2024"): the post's words are
    the line just above it, unless that line leads into it ("She wrote on X:"); they leave the kept lines."""
    filled = [j for j, line in enumerate(kept) if line]
    if len(filled) < 2 or kept[filled[-1]].rstrip().endswith(":"):
        return []
    return [kept.pop(filled[-1])]


def _teaser_above(kept: list[str]) -> list[str]:
    """A teaser box closed by a button line ("LEARN MORE", "Go to video"): the headline and snippet just above
    it, or a headline alone, leave the kept lines and are returned; nothing goes unless a line of the page
    stays above the headline."""
    filled = [j for j, line in enumerate(kept) if line]
    if len(filled) >= 2 and _is_headline_shaped(kept[filled[-1]]):
        start = filled[-1]
    elif len(filled) >= 3 and _is_headline_shaped(kept[filled[-2]]):
        start = filled[-2]
    else:
        return []
    taken = [line for line in kept[start:] if line]
    del kept[start:]
    return taken


# A social post embedded in the page, as its widget prints it: the post's words, its picture link, then the author,
# the handle and the day ("Smoke over the port! pic.twitter.com/AbC123 — Jane Roe (@janeroe) May 4, 2024").
EMBEDDED_POST = re.compile(
    r".{0,600}(?:pic\.twitter\.com/\w+|\s[-–—]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*"
    rf"(?:{MONTH})\.?\s+\d{{1,2}},\s+\d{{4}}).{{0,10}}",
    re.IGNORECASE,
)
# The author line of an embedded post printed on a line of its own, under the post's words.
POST_CREDIT_LINE = re.compile(
    rf"[-–—]\s*[^()\n]{{1,60}}\(@\w{{1,30}}\)\s*(?:{MONTH})\.?\s+\d{{1,2}},\s+\d{{4}}\.?", re.IGNORECASE
)
# Whole lines of furniture that one pattern names: metadata (maybe an empty field), a date, a caption, a video block, an outlet's tail, a
# link, a site notice, a logo, a breadcrumb, an embedded post.
# A line of serialised page data: a PHP dump or a JSON list of the site's records ('string(1334) "[{"id":"19",
# "title":"..."}'), told by its quoted keys.
DATA_LINE = re.compile(r'(?:string\(\d+\)\s*)?"?[\[{].*(?:"\w+"\s*:\s*"?[^"]*"?\s*,\s*){2,}.*')
# A page's fields printed as a bulleted list over the headline ("• publish: 21 August 2019", "• category:
# Politics", "• No: 9877"): a label, a colon and a short value.
FIELD_BULLET_LINE = re.compile(
    r"[•·▪◦]\s*(?:publish(?:ed)?|time|category|section|no\.?|id|views?|tags?|date|author|source)\s*:\s*\S.{0,60}",
    re.IGNORECASE,
)
FURNITURE_LINES = (
    DATA_LINE,
    FIELD_BULLET_LINE,
    METADATA_LINE,
    EMPTY_FIELD_LINE,
    DATE_ONLY_LINE,
    CAPTION_LINE,
    VIDEO_BLOCK,
    OUTLET_TAIL,
    URL_LINE,
    SITE_NOTICE_LINE,
    LOGO_LINE,
    BREADCRUMB,
    HOME_BREADCRUMB,
    ICON_STRIP,
    PAGE_STAMP_LINE,
    WIDGET_LINE,
    PROMPT_LINE,
    FOUNDED_LINE,
    NAMEPLATE_LINE,
    EMBEDDED_POST,
    COLLAPSED_PREVIEW,
)


def _is_glued_menu(line: str) -> bool:
    """A line of menu items printed with no space between them ("Latest audioLatest videos", "UK EditionAsia
    Edition"): two glued words, or one glued after a word in lower case (a brand's name starts with a capital)."""
    words = line.split()
    if len(words) > LABEL_MAX_WORDS or SENTENCE_END.search(line):
        return False
    glued = [word for word in words if MENU_GLUE.search(word)]
    return len(glued) >= 2 or any(word[0].islower() for word in glued)


def _is_section_bar(line: str) -> bool:
    """A bar of section names printed as one line with the story's own topics ("Global News Middle East News
    Protests Tarvia"): capitalised words only, no sentence, and "News" twice or three section names in it."""
    words = line.split()
    if not words or len(words) > SECTION_BAR_MAX_WORDS or SENTENCE_END.search(line):
        return False
    if not all(word[0].isupper() or word == "&" for word in words):
        return False
    sections = list(SECTION_WORD.finditer(line))
    return sum(m.group().lower() == "news" for m in sections) >= 2 or len(sections) >= SECTION_BAR_MIN_NAMES


def _is_furniture_line(line: str) -> bool:
    """A whole line of share buttons, comment-form text, navigation, metadata, a caption, a byline or a teaser; a
    line of places joined by slashes is a dateline, not a breadcrumb."""
    if _caption_run_into_text(line):
        return False  # the caption at its end goes (PICTURE_CAPTION_TAIL), the paragraph stays
    dashed = DASH_BULLET.sub("", line)  # "- World News", "- 3 min read": a page's list of labels
    return bool(
        _made_of(line, SHARE_PHRASE)
        or _made_of(line, COMMENT_PHRASE)
        or _made_of(line, NAVIGATION_PHRASE)
        or dashed != line
        and (_made_of(dashed, SHARE_PHRASE) or _made_of(dashed, NAVIGATION_PHRASE))
        or any(pattern.fullmatch(line) for pattern in FURNITURE_LINES)
        or BYLINE.fullmatch(line.strip("()[] "))
        or _is_other_script(line)
        or known_agency(line.strip(" ()-–—"), in_dateline=True) is not None  # a credit line: "Reuters"
        or TICKER_LINE.fullmatch(line.strip())
        or _is_credited_caption(line)
        or _is_source_credited_caption(line)
        or _is_emphasised_furniture(line)
        or _is_agency_byline(line)
        or _is_names_byline(line)
        or _is_credit_chain(line)
        or EXCHANGE_LINE.fullmatch(line.strip())
        or _is_glued_menu(line)
        or _is_section_bar(line)
        or TEASER_LINE.fullmatch(line.lstrip(BULLETS))
        and _is_headline_shaped(line.split(":", 1)[-1].strip())
        or _is_aged_teaser(line)
        or _is_bulleted_rail(line)
    ) and not _is_place_line(line)


def _is_bulleted_rail(line: str) -> bool:
    """A rail of other stories' headlines run together on one line between bullets ("Stocks slip despite trade
    data • Three held over smuggling • Storm shuts ports"), the last maybe cut short: three or more."""
    parts = [p.strip() for p in line.split(BULLET_DASH)]
    parts = [p for p in parts if p]
    return len(parts) >= RAIL_MIN_HEADLINES and all(_is_headline_shaped(p) for p in parts[:-1])


def _is_aged_teaser(line: str) -> bool:
    """A line of a rail of the latest stories: an age ("3h ago") and another story's headline after it."""
    line = line.lstrip(BULLETS)
    aged = AGED_TEASER.match(line)
    return aged is not None and _is_headline_shaped(line[aged.end() :])


def _is_names_byline(line: str) -> bool:
    """A line of people's names alone ("Jan Kowal, Ana Ruiz and Tom Wells"); a line of places so written ("South
    Sudan and Saudi Arabia") names no author."""
    if NAMES_BYLINE.fullmatch(line.strip()) is None:
        return False
    names = re.split(r"\s*,\s*|\s+(?:and|&)\s+", line.strip())
    return not any(known_place(name) is not None or known_agency(name, in_dateline=True) is not None for name in names)


def _is_credit_chain(line: str) -> bool:
    """A line of credits joined by pipes or slashes, each part furniture (a byline, a metadata or date line, a desk, a
    site's domain) or a name of a few capitalised words, one part at least furniture of its own: "By Jan Kowal |
    Updated: Jul 27, 2025 10:15 IST", "Outlet News Desk / OUTLET.COM / Updated: ...", "Jan Kowal | Reuters Published
    July 27, 2025"."""
    parts = [part.strip() for part in CREDIT_CHAIN_SEPARATOR.split(line)]
    if len(parts) < 2 or not all(parts):
        return False
    furniture = [_is_chain_credit(part) for part in parts]
    return any(furniture) and all(f or CREDIT_NAME.fullmatch(part) for f, part in zip(furniture, parts))


def _is_chain_credit(part: str) -> bool:
    """One part of a credit chain that is furniture on its own."""
    return bool(
        METADATA_LINE.fullmatch(part)
        or DATE_ONLY_LINE.fullmatch(part)
        or BYLINE.fullmatch(part)
        or SITE_DOMAIN.fullmatch(part)
        or DESK_NAME.fullmatch(part)
        or known_agency(part, in_dateline=True) is not None
        or _made_of(part, NAVIGATION_PHRASE)
    )


def _is_other_script(line: str) -> bool:
    """A short line with letters or digits but no Latin letter: a language switch, a label for other readers,
    a date line in another script ("১২ মার্চ ২০২৪, ১০:১৫") or a bare counter ("14")."""
    return len(line.split()) <= DATE_TAIL_MAX_WORDS and bool(re.search(r"\w", line)) and not LATIN_LETTER.search(line)


def _caption_run_into_text(line: str) -> bool:
    """ "Two drones hit the bridge, officials said. This video grab released by the police shows ... (Photo by X /
    AFP)": a caption run into the end of a paragraph whose words before it report something."""
    tail = PICTURE_CAPTION_TAIL.search(line)
    return tail is not None and tail.start() > 0 and not _reports_nothing(line[: tail.start()])


def _is_credited_caption(line: str) -> bool:
    """A caption closed by a bare agency credit, maybe naming the picture ("(PTI Photo)"): one with the people's
    places or the day and date ("Soldiers patrol a market in Gao, Tuesday, March 3, 2026. (AP)"), or any short
    one that reports nothing ("Rescuers at the site in Ruspur on Sunday. (PTI)"); or any line closed by a
    photographer's credit with the agency ("... at the port. (Jane Doe / AP)")."""
    first = AGENCY_FIRST_PHOTO_CREDIT.search(line)
    if first is not None and known_agency(first.group("agency"), in_dateline=True) is not None:
        parts = [p.strip() for p in re.split(r"[/,]", first.group("rest")) if p.strip()]
        named = [p for p in parts if p.lower() not in CREDIT_KIND_WORDS]
        if any(known_agency(p, in_dateline=True) is None for p in named):
            return True  # "... in Tehran. (EXA/Jane Doe, File)": the photographer after the agency
    credit = AGENCY_CREDIT.search(line) or BARE_AGENCY_CREDIT.search(line)
    if credit is None or known_agency(CREDIT_PICTURE.sub("", credit.group(2)), in_dateline=True) is None:
        return False
    photographer = credit.group("photographer")
    wire = photographer is not None and known_agency(photographer.strip(), in_dateline=True) is not None
    if (photographer is not None and not wire) or CAPTION_SHAPE.fullmatch(line) is not None:
        return True
    return _reports_nothing(line[: credit.start()])  # "... (ANI/Xinhua)": two agencies close a story's paragraph too


def _reports_nothing(caption: str) -> bool:
    """A caption's words before its credit: short, with no statement mark and no reporting word."""
    return (
        0 < len(caption.split()) <= CREDITED_CAPTION_MAX_WORDS
        and STATEMENT_MARK.search(caption) is None
        and REPORTING_WORD.search(caption) is None
    )


# A note that only a picture carries, closing its caption whatever the caption tells ("... said an official.—File
# Photo", "... after the raid. Image used for representational purposes.").
PICTURE_ONLY_NOTE = re.compile(
    r"(?<=[.!?])\s*(?:[—–-]\s*(?:file\s+)?(?:photo|image|picture)"
    r"|(?:image|photo|picture)s?\s+(?:is\s+|are\s+)?(?:used\s+)?for\s+(?:representational|representative|illustrative)"
    r"\s+purposes?(?:\s+only)?)\.?$",
    re.IGNORECASE,
)


def _is_source_credited_caption(line: str) -> bool:
    """A caption closed by a credit that names the picture or where it came from rather than an agency ("... in
    the port on Sunday. (Screengrab from X)", "... on Sunday. Photo: @cityhall/X"): short, and it reports nothing."""
    if len(line.split()) <= CREDITED_CAPTION_MAX_WORDS and PICTURE_ONLY_NOTE.search(line) is not None:
        return True
    credit = CLOSING_PICTURE_CREDIT.search(line)
    return credit is not None and _reports_nothing(line[: credit.start()])


def _is_emphasised_furniture(line: str) -> bool:
    """A line set whole in markdown italics or bold whose words are furniture ("*Smoke over the port. Photo:
    Jane Roe*"): the emphasis hides nothing."""
    match = EMPHASISED_LINE.fullmatch(line.strip())
    return match is not None and _is_furniture_line(match.group("inner").strip())


def _is_agency_byline(line: str) -> bool:
    """A byline without "By": names, a comma and a known agency ("JANE DOE and JOHN ROE, Associated Press"),
    or names and the agency run together, maybe with the date ("JANE DOE Associated Press March 3, 2023"), or the
    agency first as a photo credit gives it ("AFP - JANE DOE"), or a photographer and the agency ("Jane Doe /
    AP")."""
    first = AGENCY_FIRST_CREDIT.fullmatch(line)
    if first is not None and _names_and_agency(first.group("names"), first.group("agency")):
        return True
    # A written date holds a year: where no four digits stand, the (slow) search cannot find one.
    dated = WRITTEN_DATE.search(line) if FOUR_DIGITS.search(line) else None
    if dated is not None and dated.end() == len(line.rstrip(". ")):
        line = line[: dated.start()].rstrip(" ,|-")
    names, comma, credit = line.rpartition(",")
    if comma:
        return _names_and_agency(names, credit)
    names, slash, credit = line.rpartition("/")
    if slash:  # a photographer's credit: "Jane Doe / Associated Press"
        return _names_and_agency(names, credit)
    words = line.split()
    if not words or not "A" <= words[0][0] <= "Z":  # every split's names open with the first word: never names
        return False
    # The names are at most four of five words each and three joins; the credit at most the longest agency name.
    shortest = max(1, len(words) - agency_max_words())
    if shortest > BYLINE_NAMES_MAX_WORDS:
        return False
    return any(_names_and_agency(" ".join(words[:k]), " ".join(words[k:])) for k in range(shortest, len(words)))


def _names_and_agency(names: str, credit: str) -> bool:
    """Whether the names are a reporter's names and the credit a known agency."""
    return bool(
        AGENCY_BYLINE_NAMES.fullmatch(names.strip()) and known_agency(credit.strip(), in_dateline=True) is not None
    )


def _split_byline_chain(line: str) -> tuple[str | None, str]:
    """A run of short headline-shaped parts between backslashes or pipes that opens a line ("Headline \\ Outlet
    \\ City \\ Name \\ Edition \\ The lead ..."), and the rest of the line; (None, line) where none opens it."""
    parts = CHAIN_SEPARATOR.split(line)
    short = next((k for k, part in enumerate(parts) if not _is_headline_shaped(part)), len(parts))
    if short < CHAIN_MIN_PARTS:
        return None, line
    if short == len(parts):
        return line, ""
    cut = [m.end() for m in CHAIN_SEPARATOR.finditer(line)][short - 1]
    return line[:cut].rstrip(" \\|"), line[cut:]


def _is_comment_form_line(line: str) -> bool:
    """A line that belongs to a comment form under its heading: notices, field labels, buttons."""
    return _made_of(line, COMMENT_FORM_PHRASE) or _made_of(line, SHARE_PHRASE)


def _made_of(line: str, phrases: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the line is a run of phrases, the longest taken at each step (no backtracking: linear time)."""
    pos = 0
    anyone = _any_phrase(phrases)
    while pos < len(line):
        if anyone.match(line, pos) is None:  # no phrase opens here: one test instead of one per phrase
            return False
        end = max((m.end() for m in (p.match(line, pos) for p in phrases) if m is not None), default=pos)
        if end == pos:
            return False
        pos = end
    return bool(line)


def _any_phrase(phrases: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches where any of the phrases matches (their alternation: the same flags, each in a
    group of its own), built once per tuple (looked up by identity: hashing compiled patterns is slow)."""
    known = _ANY_PHRASE.get(id(phrases))
    if known is not None and known[0] is phrases:
        return known[1]
    flags = {p.flags for p in phrases}
    if len(flags) != 1 or any(p.groups for p in phrases):
        raise ValueError("phrases for _made_of share their flags and have no groups")
    pattern = re.compile("|".join(f"(?:{p.pattern})" for p in phrases), flags.pop())
    _ANY_PHRASE[id(phrases)] = (phrases, pattern)
    return pattern


_ANY_PHRASE: dict[int, tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]] = {}


def _block_end(lines: list[str], start: int, belongs: Callable[[str], bool]) -> int:
    """Index after the run of lines under a heading (blank lines skipped) that `belongs` accepts."""
    end = start
    for j in range(start, min(len(lines), start + FURNITURE_BLOCK_MAX_LINES)):
        if lines[j]:
            if not belongs(lines[j]):
                break
            end = j + 1
    return end


def _screen_reader_list_end(lines: list[str], start: int) -> int:
    """Index after a list a screen reader announces ("list of 3 items" ... "end of list"): its items are links
    to other stories; where no end marker follows within FURNITURE_BLOCK_MAX_LINES, only the opening line goes."""
    for j in range(start, min(len(lines), start + FURNITURE_BLOCK_MAX_LINES)):
        if lines[j].strip().lower() == "end of list":
            return j + 1
    return start


def _teaser_block_end(lines: list[str], start: int) -> int:
    """Index after the teasers under a heading: headlines, each optionally followed by its cut-off snippet."""
    end = j = start
    after_headline = True  # the heading itself stands in for a headline: a snippet may come first
    counted = 0  # lines with words, a teaser's own "Read more" link aside
    linked = False  # whether the teasers carry "Read more" links of their own
    while j < len(lines) and counted < FURNITURE_BLOCK_MAX_LINES:
        line = lines[j]
        j += 1
        if not line.strip(TEASER_SEPARATORS):
            continue  # a blank line, or a lone dash between two rows of teasers
        link = bool(READ_MORE_LINE.fullmatch(line.strip()))
        tag = bool(SECTION_TAG_LINE.fullmatch(line.strip()))  # "#THE 51%": a tagged section of the teasers
        counted += 0 if link else 1
        linked = linked or link
        if link:
            after_headline = False  # a teaser's own link, after its headline or its snippet
        elif after_headline and TEASER_SNIPPET_END.search(line):
            after_headline = False
        elif linked and not tag and not _link_follows(lines, j, within=2):
            break  # teasers that each carry a link (maybe after a snippet): a headline with none is the page's own
        elif tag or _is_headline_shaped(line) or _link_follows(lines, j):
            after_headline = True  # a long headline too, where its own "Read more" link follows it
        else:
            break
        end = j
    return end


# A photo gallery's counter glued to the end of a headline ("... in Ankara 1 of 5"): no part of the title.
GALLERY_COUNTER = re.compile(r"\s+\d{1,2} of \d{1,2}$")
# A page's time stamp printed at the end of the headline's line: "... in Kessa Tuesday, March 3, 2020 9:15:10 AM".
# (a weekday or a clock time with it: "Talks set for March 5, 2025" keeps its date)
TITLE_TIME_STAMP = re.compile(
    r",?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    + MONTH
    + r"\s+\d{1,2},?\s+\d{4}|"
    + MONTH
    + r"\s+\d{1,2},?\s+\d{4}(?=,?\s+\d{1,2}:\d{2}))(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?$"
)
# A section tag among teasers, as some sites print them ("#THE 51%", "#TECH 24").
SECTION_TAG_LINE = re.compile(r"#[A-Z0-9][\w%&' -]{0,30}")
# A teaser's link on a line of its own ("Read more", "Continue reading »").
READ_MORE_LINE = re.compile(r"(?:read more|continue reading)\W*", re.IGNORECASE)


def _link_follows(lines: list[str], j: int, within: int = 1) -> bool:
    """Whether one of the next `within` lines with words, from index j on, is a teaser's link alone ("Read
    more")."""
    following = [line.strip() for line in lines[j:] if line.strip()][:within]
    return any(READ_MORE_LINE.fullmatch(line) for line in following)


def _is_headline_shaped(line: str, most: int = 0) -> bool:
    """Short (`most` words at most, else a teaser's limit), starts with a capital or digit, and does not end like
    a sentence."""
    words = line.split()
    return (
        0 < len(words) <= max(most, TEASER_HEADLINE_MAX_WORDS)
        and len(line) <= TITLE_MAX_CHARS
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘" or ARTICLE_PARTICLE.match(line) is not None)
        and line[-1] not in TITLE_FINAL_PUNCT
    )


# A name's Arabic article in lower case opening a headline ("al-Shabab fighters storm hotel"): its capital follows.
ARTICLE_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")


def _title(paragraphs: list[str]) -> str | None:
    """The first line when it is a headline: short, unpunctuated, in title or headline case. A blank line
    usually follows it; a headline run into the text needs title case, or a dateline or a sentence after."""
    if len(paragraphs) < 2 or not paragraphs[0]:
        return None
    line = VERSION_TAG.sub("", paragraphs[0])  # "(5th LD) N. Korea fires ...": the wire's version tag is no title
    if not line:
        return None
    copies = 1
    while copies < len(paragraphs) and (not paragraphs[copies] or _folded(paragraphs[copies]) == _folded(line)):
        copies += 1
    if any(_folded(p) == _folded(line) for p in paragraphs[1:copies]):
        paragraphs = [paragraphs[0], "", *paragraphs[copies:]]  # the headline printed again right below it
    if _is_sentence_headline(line) and _dateline_below(paragraphs[1:]):
        return line
    most = TITLE_CASE_MAX_WORDS if _is_title_case(line) else TITLE_MAX_WORDS
    if (
        not TITLE_MIN_WORDS <= len(line.split()) <= most
        or not _is_headline_shaped(line[:-1] if _ends_in_initialism(line) else line, most)
        or _dateline_match(line + " ", 1)
        or _is_place_line(line)
    ):
        return None
    if any(pattern.fullmatch(line) for pattern in NOT_TITLES):
        return None
    if line[-1] in "!?" and len(line.split()) > 12 and not _is_title_case(line):
        return None  # a long exclamation or question reads as a sentence, unless written in title case
    if paragraphs[1]:
        below = paragraphs[1:]
        while len(below) > 1 and below[0][:1] in LIST_MARKERS and len(below[0].split()) > TITLE_MIN_WORDS:
            below = below[1:]  # "- Test comes as ...": the deck's bullet points under the headline, then the lead
        follows = below[0]
        run_in = (
            _is_title_case(line)
            or _lead_below(below, len(line.split()))
            or (follows[-1:] in ".\"'”’" and len(follows.split()) > len(line.split()) + LEAD_MARGIN_WORDS)
        )
        if not run_in:
            return None
    elif len(paragraphs) < 3:
        return None
    return line if _is_title_case(line) or _is_headline_case(line) else None


def _ends_in_initialism(line: str) -> bool:
    """A line whose last stop is an initialism's ("... hit U.S."), with no statement or reporting verb in it ("...,
    said the U.N.", "He told the U.N."), so that the stop does not make it a sentence."""
    return (
        INITIALISM_END.search(line) is not None and not STATEMENT_MARK.search(line) and not REPORTING_WORD.search(line)
    )


def _is_sentence_headline(line: str) -> bool:
    """A headline written as one or two sentences with their stops ("Floods kill 20. Thousands flee."): short, opening
    with a capital, a digit or a quote mark, no statement in it ("..., officials said.")."""
    words = line.split()
    return (
        TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS
        and len(line) <= TITLE_MAX_CHARS
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
        and line[-1] in ".!?"
        and len(SENTENCE_BREAK.findall(line)) <= 1
        and not STATEMENT_MARK.search(line)
        and not any(pattern.fullmatch(line) for pattern in NOT_TITLES)
        and _dateline_match(line + " ", 1) is None
    )


def _dateline_below(lines: list[str]) -> bool:
    """A dateline opens the next line, or one under at most STANDFIRST_MAX_LINES short lines (a standfirst, bullets):
    the evidence that a line ending like a sentence above it is the headline."""
    above = 0
    for line in lines[: HEAD_LINES - 1]:
        if not line:
            continue
        match = _dateline_match(line, 1)
        if _agency_opening(line) is not None or match is not None and _is_wire_dateline(match):
            return True
        above += 1
        if above > STANDFIRST_MAX_LINES or len(line.split()) > TEASER_HEADLINE_MAX_WORDS:
            return False
    return False


def _is_wire_dateline(match: re.Match) -> bool:
    """A dateline of the wire's full shape: a known place or agency, and a date or an agency ("KYIV, March 3 -")."""
    return _is_known_dateline(match) and (
        _written_agency(match) is not None
        or any(c.isdigit() for c in match.group())
        or bool(match.groupdict().get("date"))
    )


def _lead_below(lines: list[str], words: int) -> bool:
    """A dateline opens the next line, or the lead (a sentence longer than the headline by LEAD_MARGIN_WORDS
    words) does, right there or under at most STANDFIRST_MAX_LINES short lines (a standfirst, a place line)."""
    above = 0
    for line in lines[: HEAD_LINES - 1]:
        if not line:
            continue
        if _dateline_match(line, 1) is not None or (
            _is_sentence_paragraph(line) and len(line.split()) > words + LEAD_MARGIN_WORDS
        ):
            return True
        above += 1
        short = _is_headline_shaped(line) or len(line.split()) <= words + LEAD_MARGIN_WORDS
        if not short or above > STANDFIRST_MAX_LINES:
            return False
    return False


def _is_title_case(line: str) -> bool:
    """Most words capitalised, as in "Insurgents Advance from Aleppo"."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    return len(words) >= 2 and bool(content) and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _is_headline_case(line: str) -> bool:
    """Sentence-case headline: capital first word, no sentence break inside, a verb-sized line of 3+ words (a
    capital's initial stop, "N. Korea", "U.S. envoy", breaks nothing)."""
    words = line.split()
    return len(words) >= 3 and not re.search(r"[.!?]\s+[A-Z]", INITIALS.sub("X", line))


def dateline_end(text: str, lines: int = HEAD_LINES) -> int | None:
    """Offset just past a dateline that opens one of the first lines of a cleaned text, else None."""
    match = _dateline_match(text, lines)
    return match.end() if match else None


def dateline_span(text: str, lines: int = HEAD_LINES) -> tuple[int, int] | None:
    """Offsets of a whole dateline ("KYIV, March 3 (Reuters) - ") opening one of the first lines, else None."""
    match = _dateline_match(text, lines) or _agency_opening(text) or _site_credit_opening(text)
    return match.span() if match else None


def _agency_opening(text: str) -> re.Match | None:
    """A known agency alone with its dash at the start of the text ("(Reuters) - "), a dateline with no place."""
    match = AGENCY_OPENING.match(text)
    return match if match and known_agency(match.group("agency"), True) else None


def _site_credit_opening(text: str) -> re.Match | None:
    """A site's name glued to a dash at the start of the text ("Sitenews- Gunmen stormed ..."), named nowhere
    else in it and no place: a credit, a dateline with no place."""
    match = SITE_CREDIT_OPENING.match(text)
    if match is None or known_place(match.group("site")) is not None:
        return None
    return match if text.count(match.group("site")) == 1 else None


def dateline_place(text: str, lines: int = HEAD_LINES) -> tuple[int, int] | None:
    """Offsets of the place a dateline names ("KYIV" in "KYIV, March 3 (Reuters) -"), else None."""
    match = _dateline_match(text, lines)
    return match.span("place") if match else None


def dateline_agency(text: str, lines: int = HEAD_LINES) -> tuple[int, int] | None:
    """Offsets of the agency a dateline names ("Reuters" in "KYIV, March 3 (Reuters) -"), else None."""
    match = _dateline_match(text, lines)
    if match is None or _written_agency(match) is None:
        return None
    return match.span("agency" if match.groupdict().get("agency") else "listed")


def _written_agency(match: re.Match) -> str | None:
    """The agency a dateline match names, unless the brackets hold a place ("Goma (DRC) -"), not an agency."""
    written = match.groupdict().get("agency") or match.groupdict().get("listed")
    if written is None or known_agency(written, in_dateline=True) is None and known_place(written.strip()):
        return None
    return written


def _dateline_match(text: str, lines: int) -> re.Match | None:
    """The dateline match at the start of one of the first lines: on the first line any dateline form, on a
    later one (after captions, a byline or bullets) only one that names a known place or agency."""
    start, previous = 0, ""
    for n in range(lines):
        while start < len(text) and text[start] in " \t":
            start += 1
        for pattern in DATELINE_FORMS:
            match = pattern.match(text, start)
            if match is None or not (_is_place(match.group("place")) or _placed_in_region(match)):
                continue
            if pattern == GENERAL_DATELINE and not _is_general_dateline(match):
                continue
            if _glued_to_hyphen(text, match) and not _is_sure_place(match.group("place")):
                continue  # "BBC- Sixteen people ...": a credit glued to its hyphen, no place the gazetteer knows
            if _headline_after_colon(text, match):
                continue  # "U.S.: Up to 900 militants killed": a headline that credits a place, no lead
            if (n == 0 or _is_known_dateline(match)) and _has_known_parts(match):
                return match
        credited = CREDITED_PLACE_DASH.match(text, start) if OUTLET_SEAT_LINE.fullmatch(previous) else None
        if credited is not None and _is_place(credited.group("place")):
            return credited
        newline = text.find("\n", start)
        previous = text[start : newline if newline >= 0 else len(text)].strip()
        if newline < 0:
            return None
        start = newline + 1
        while start < len(text) and text[start] == "\n":
            start += 1
    return None


def _headline_after_colon(text: str, match: re.Match) -> bool:
    """A place and a colon opening a short line of one clause, with no comma, that does not end as a sentence does
    ("Iran: Talks to resume in Oman"): a headline's way of crediting a side, not a dateline over a lead (which may
    be cut off, but is longer, or holds a comma or a sentence's end)."""
    if not match.group(0).rstrip().endswith(":") or known_place(dateline_place_name(match.group("place"))) is None:
        return False  # a label that is no place ("READ MORE:") is left to the rules for labels
    end = text.find("\n", match.end())
    line = text[match.end() : end if end >= 0 else len(text)].rstrip()
    if not line or line[-1] in SENTENCE_CLOSERS or "," in line or len(line.split()) > COLON_HEADLINE_MAX_WORDS:
        return False
    return INNER_SENTENCE_STOP.search(line) is None


# The most words of a headline that credits a place before a colon.
COLON_HEADLINE_MAX_WORDS = 18
# A sentence's stop inside a line, the next sentence after it.
INNER_SENTENCE_STOP = re.compile(r"[a-z0-9][.!?][\"'”’)]*\s+[A-Z\"“]")
# How a lead's line ends: a stop, maybe inside a closing quotation mark or bracket.
SENTENCE_CLOSERS = frozenset(".!?\"”’')…:")


def _has_known_parts(match: re.Match) -> bool:
    """The parts a dateline form needs to know are known: a region in the gazetteer, a place it is sure of
    (or any place before a region it is sure of and a known agency), an agency between pipes or with no dash after it,
    a city where the form needs one."""
    parts = match.groupdict()
    region, strong = parts.get("region"), parts.get("strong")
    sure = known_place(strong.strip()) if strong is not None else None
    if parts.get("city") is not None and (sure is None or sure.kind != "city"):
        return False
    agency = parts.get("agency") is not None and known_agency(parts["agency"], in_dateline=True) is not None
    unmarked = parts.get("piped") is None and parts.get("bare") is None
    known_region = known_place(region) if region is not None else None
    return (
        (unmarked or agency)
        and (region is None or known_region is not None)
        and (strong is None or bool(sure and sure.strong) or bool(known_region and known_region.strong and agency))
    )


def _is_known_dateline(match: re.Match) -> bool:
    """A dateline whose place is in the gazetteer or whose agency is a known one, or one of the full wire shape
    (a place in capitals, the day and an agency in brackets: "LORVEN, 3 March (AG) -")."""
    parts = match.groupdict()
    written = parts.get("agency") or parts.get("listed")
    place = match.group("place").strip()
    return (
        known_place(place) is not None
        or place.lower() in DATELINE_SEATS
        or bool(written and known_agency(written, in_dateline=True))
        or bool(parts.get("date") and parts.get("agency") and place.isupper())
    )


def _is_general_dateline(match: re.Match) -> bool:
    """A match of the general grammar is a dateline: it gives a date or an agency; an agency after a comma is a
    known one; a day alone comes with an agency; the place is no agency ("REUTERS, March 3 -"); and the place is
    vouched for by a known agency, or is in capitals or in the gazetteer and dated."""
    parts = match.groupdict()
    place = match.group("place").strip()
    bracketed, listed, date = parts.get("agency"), parts.get("listed"), parts.get("date")
    known = any(name and known_agency(name, in_dateline=True) for name in (bracketed, listed))
    if listed is not None and not known:
        return False
    if not (date or bracketed or listed) or parts.get("day") is not None and not (bracketed or listed):
        return False
    if known_agency(place, in_dateline=True) is not None or NOT_DATELINE_PLACE.match(place):
        return False
    return known_place(place) is not None or place.isupper() and bool(known or date)


def _glued_to_hyphen(text: str, match: re.Match) -> bool:
    """Whether a dateline's place is glued to the hyphen after it ("DOHA-Arch-foes", "BBC- Sixteen")."""
    end = match.end("place")
    return end < len(text) and text[end] == "-"


def _is_sure_place(written: str) -> bool:
    """A place the gazetteer is sure of."""
    known = known_place(written.strip())
    return known is not None and known.strong


def _placed_in_region(match: re.Match) -> bool:
    """ "SANA, Yemen —": a name that is also an agency's is the place when the dateline puts it in a country the
    gazetteer knows, and the gazetteer knows a city of that name there."""
    region = match.groupdict().get("region")
    country = known_place(region.strip()) if region else None
    city = known_place(match.group("place").strip())
    return country is not None and city is not None and city.lies_in(country)


def _is_place(written: str) -> bool:
    """A dateline's place is not a news agency ("(Reuters)"), a line label ("BREAKING:") nor a desk ("(Web Desk)")."""
    return (
        known_agency(written, in_dateline=True) is None
        and written.strip().lower() not in NOT_PLACES
        and not DESK_WORDS & set(written.lower().split())
    )
