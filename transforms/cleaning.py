"""Decoded text to clean article text: furniture out, paragraphs kept, title and dateline found."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

# Headings that introduce a block of teasers for other stories; the block goes with them.
TEASER_HEADINGS = (
    r"check (?:it )?also", r"see also", r"also read", r"read also", r"read more", r"more to read",
    r"related(?: (?:articles?|posts?|stories|story|news|content|coverage|reading|topics))?",
    r"more (?:stories|news|articles|from [\w .&'-]{1,40}|on this (?:story|topic))",
    r"you (?:may|might) (?:also )?(?:like|be interested in|have missed)", r"recommended(?: for you)?",
    r"(?:most )?(?:popular|read|trending)(?: now| stories| articles)?", r"don'?t miss", r"latest (?:news|stories|posts)",
    r"what to read next", r"up next", r"editor'?s picks?",
)
# A line that opens with one of these and goes on with a headline is a one-line teaser.
TEASER_PREFIXES = (r"related", r"read more", r"read also", r"also read", r"see also", r"more", r"recommended", r"watch")
# Comment forms: headings, notices and field labels.
COMMENT_PHRASES = (
    r"leave a (?:reply|comment)", r"cancel reply", r"post (?:a )?comment", r"submit comment", r"add a comment",
    r"\d+ comments?", r"comments?(?: \(\d+\))?", r"join the (?:conversation|discussion)",
    r"your email address will not be published\.?", r"required fields are marked \*?\.?",
    r"save my name, email,? and website in this browser for the next time i comment\.?",
    r"notify me of (?:follow-up comments|new posts|new comments)(?: by email)?\.?",
    r"you must be logged in to post a comment\.?", r"comments are closed\.?",
)
# Form field labels: furniture only inside a comment form, since "Website" alone could be anything.
COMMENT_FIELDS = (r"(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|message)\s*\*?",)
# Share, follow and subscribe buttons and their captions.
SOCIAL_NETWORKS = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|instagram|youtube|tiktok|threads|bluesky|email|e-mail|print|messenger)"
SHARE_PHRASES = (
    r"share(?: this)?(?: (?:article|story|post|page))?:?", r"share (?:on|via|to) " + SOCIAL_NETWORKS,
    r"(?:click to )?(?:share|email|print) (?:on|via|this)(?: \w+){0,3}(?: \(opens in new window\))?",
    r"tweet(?: this)?", r"pin it", r"like this:?", r"like us on " + SOCIAL_NETWORKS, r"loading\.\.\.",
    r"follow us(?: on [\w ,&]{1,60})?\.?", r"(?:subscribe|sign up)(?: (?:now|today|here))?\.?",
    r"(?:subscribe|sign up) (?:to|for) (?:our|the)(?: \w+){0,3} (?:newsletter|channel|feed|updates|alerts)[.!]?",
    r"(?:get|receive) (?:our|the)(?: \w+){0,3} newsletter(?: in your inbox)?[.!]?",
    SOCIAL_NETWORKS,
    r"advertisement", r"story continues below(?: this)? advertisement", r"scroll to continue(?: with content)?",
)
# Cookie banners open with one of these and carry on with policy text.
COOKIE_OPENINGS = (
    r"we use cookies", r"this (?:web)?site uses cookies", r"by (?:continuing to use|using) this (?:web)?site",
    r"we and our partners use cookies", r"cookie (?:policy|settings|preferences|notice)",
    r"accept(?: all)? cookies", r"manage cookies",
)
COOKIE_BUTTONS = (r"accept(?: all)?", r"reject(?: all)?", r"i agree", r"got it", r"ok(?:ay)?", r"manage (?:settings|preferences)")

TEASER_HEADING = re.compile(r"(?:" + "|".join(TEASER_HEADINGS) + r")\s*[:.…»>-]*", re.IGNORECASE)
TEASER_LINE = re.compile(r"(?:" + "|".join(TEASER_PREFIXES) + r")\s*(?::|»|>>|\|)\s*\S.{0,200}", re.IGNORECASE)
COMMENT_HEADING = re.compile(r"(?:leave a (?:reply|comment)|post (?:a )?comment|add a comment|\d+ comments?|comments?(?: \(\d+\))?|join the (?:conversation|discussion))\s*:?", re.IGNORECASE)
# One phrase and the separators after it; a line is furniture when it is nothing but such phrases.
COMMENT_FORM_PHRASE = tuple(re.compile(p + r"(?!\w)[\s*]*", re.IGNORECASE) for p in COMMENT_PHRASES + COMMENT_FIELDS)
COMMENT_PHRASE = tuple(re.compile(p + r"(?!\w)[\s*]*", re.IGNORECASE) for p in COMMENT_PHRASES)
SHARE_PHRASE = tuple(re.compile(p + r"(?!\w)[\s|,·•/]*", re.IGNORECASE) for p in SHARE_PHRASES)
COOKIE_LINE = re.compile(r"(?:" + "|".join(COOKIE_OPENINGS) + r")\b.{0,600}", re.IGNORECASE)
COOKIE_BUTTON = tuple(re.compile(p + r"(?!\w)[\s|/]*", re.IGNORECASE) for p in COOKIE_BUTTONS)
# The snippet under a teaser headline: cut off with an ellipsis or a "read more" link.
TEASER_SNIPPET_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|read more\W*|continue reading\W*)$", re.IGNORECASE)

# Datelines: "(Cairo)", "CAIRO (AP) —", "WASHINGTON, June 3 (Reuters) -", "GAZA CITY, Gaza Strip —".
# Word lengths are bounded and hyphens only join words, so a match cannot backtrack for long.
PLACE = r"[A-Z][\w'.]{0,30}(?:[ -][A-Z][\w'.]{0,30}){0,3}"
UPPER_PLACE = r"[A-Z][A-Z'.]{1,30}(?:[ -][A-Z][A-Z'.]{1,30}){0,3}"
DASH = r"[-–—]{1,2}"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINES = (
    re.compile(rf"\((?P<place>{PLACE})\)\s"),                                                   # (Cairo) ...
    re.compile(rf"(?P<place>{UPPER_PLACE})(?:,\s*{PLACE})?(?:,\s*{MONTH}\s+\d{{1,2}})?\s*\([\w .&'-]{{1,30}}\)\s*{DASH}\s"),  # CAIRO (AP) —
    re.compile(rf"(?P<place>{PLACE}),\s*{MONTH}\s+\d{{1,2}}\s*\([\w .&'-]{{1,30}}\)\s*{DASH}\s"),  # Washington, June 3 (Reuters) -
    re.compile(rf"(?P<place>{UPPER_PLACE})(?:,\s*{PLACE})?\s*{DASH}\s"),                       # GAZA CITY, Gaza Strip —
)

# Parentheses at the start of a wire story that name the agency, not a place.
WIRE_SERVICES = frozenset("ap afp reuters upi dpa ansa efe xinhua bloomberg cnn bbc tass wam wafa anadolu".split())

# First lines that are short and unpunctuated but are not titles: bylines and bare dates.
NOT_TITLES = (
    re.compile(r"by [A-Z].{0,80}", re.IGNORECASE),
    re.compile(rf"(?:\w+,? )?(?:\d{{1,2}} {MONTH}|{MONTH} \d{{1,2}}),? \d{{4}}(?: .{{0,20}})?"),
    re.compile(r"\d{4}-\d{2}-\d{2}.{0,20}"),
)

TITLE_MAX_WORDS = 20
TITLE_MAX_CHARS = 160
TITLE_FINAL_PUNCT = ".,;:…"
# Words a title-case headline may leave in lower case.
MINOR_WORDS = frozenset("a an and as at but by for from in into of on or over per the to up via vs with amid after".split())
TEASER_HEADLINE_MAX_WORDS = 25
# A heading takes at most this many lines with it, so a false heading cannot eat an article.
FURNITURE_BLOCK_MAX_LINES = 12

# Invisible characters that carry nothing; odd spaces become plain spaces. Bidi controls (U+200E,
# U+202A-U+202E, U+2066-U+2069...) and C0/C1 control characters (NUL included) go too, so no entity name
# or alias holds one; offsets stay true because they point into this cleaned text.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"
                                   "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
INVISIBLE.update(dict.fromkeys(c for c in [*range(0x00, 0x20), 0x7f, *range(0x80, 0xa0)] if chr(c) not in "\t\n\r\x0b\x0c\x85"))
ODD_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


@dataclass(frozen=True)
class CleanText:
    text: str
    title: str | None
    dateline: str | None
    removed: tuple[str, ...]


def clean(text: str) -> CleanText:
    """Article text with web furniture removed and white space normalised, plus its title and dateline."""
    lines = _normalise(text)
    kept, removed = _strip_furniture(lines)
    paragraphs = _collapse_blank_lines(kept)
    cleaned = "\n".join(paragraphs)
    title = _title(paragraphs)
    body_start = 2 if title is not None else 0
    body = next((line for line in paragraphs[body_start:] if line), "")
    return CleanText(cleaned, title, _dateline(body), tuple(removed))


def _normalise(text: str) -> list[str]:
    """NFC text split into lines, each with its spaces collapsed and ends stripped."""
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
    text = LINE_BREAKS.sub("\n", text)
    return [ODD_SPACES.sub(" ", line).strip() for line in text.split("\n")]


def _collapse_blank_lines(lines: list[str]) -> list[str]:
    """At most one blank line between paragraphs, none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


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
        if TEASER_HEADING.fullmatch(line):
            end = _teaser_block_end(lines, i + 1)
        elif COMMENT_HEADING.fullmatch(line):
            end = _block_end(lines, i + 1, _is_comment_form_line)
        elif COOKIE_LINE.fullmatch(line):
            end = _block_end(lines, i + 1, lambda l: _made_of(l, COOKIE_BUTTON))
        elif _is_furniture_line(line):
            end = i + 1
        else:
            kept.append(line)
            i += 1
            continue
        removed.extend(l for l in lines[i:end] if l)
        i = end
    return kept, removed


def _is_furniture_line(line: str) -> bool:
    """A whole line of share buttons, comment-form text or a one-line teaser."""
    return bool(
        _made_of(line, SHARE_PHRASE)
        or _made_of(line, COMMENT_PHRASE)
        or TEASER_LINE.fullmatch(line) and _is_headline_shaped(line.split(":", 1)[-1].strip())
    )


def _is_comment_form_line(line: str) -> bool:
    """A line that belongs to a comment form under its heading: notices, field labels, buttons."""
    return _made_of(line, COMMENT_FORM_PHRASE) or _made_of(line, SHARE_PHRASE)


def _made_of(line: str, phrases: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the line is a run of phrases, the longest taken at each step (no backtracking: linear time)."""
    pos = 0
    while pos < len(line):
        end = max((m.end() for m in (p.match(line, pos) for p in phrases) if m is not None), default=pos)
        if end == pos:
            return False
        pos = end
    return bool(line)


def _block_end(lines: list[str], start: int, belongs: Callable[[str], bool]) -> int:
    """Index after the run of lines under a heading (blank lines skipped) that `belongs` accepts."""
    end = start
    for j in range(start, min(len(lines), start + FURNITURE_BLOCK_MAX_LINES)):
        if lines[j]:
            if not belongs(lines[j]):
                break
            end = j + 1
    return end


def _teaser_block_end(lines: list[str], start: int) -> int:
    """Index after the teasers under a heading: headlines, each optionally followed by its cut-off snippet."""
    end = j = start
    after_headline = True  # the heading itself stands in for a headline: a snippet may come first
    while j < len(lines) and j - start < FURNITURE_BLOCK_MAX_LINES:
        line = lines[j]
        j += 1
        if not line:
            continue
        if after_headline and TEASER_SNIPPET_END.search(line):
            after_headline = False
        elif _is_headline_shaped(line):
            after_headline = True
        else:
            break
        end = j
    return end


def _is_headline_shaped(line: str) -> bool:
    """Short, starts with a capital or digit, and does not end like a sentence."""
    words = line.split()
    return (
        0 < len(words) <= TEASER_HEADLINE_MAX_WORDS
        and len(line) <= TITLE_MAX_CHARS
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
        and line[-1] not in TITLE_FINAL_PUNCT
    )


def _title(paragraphs: list[str]) -> str | None:
    """The first line when it is a headline: short, unpunctuated, in title or headline case, then a blank line."""
    if len(paragraphs) < 3 or not paragraphs[0] or paragraphs[1]:
        return None
    line = paragraphs[0]
    if len(line.split()) > TITLE_MAX_WORDS or not _is_headline_shaped(line) or _dateline(line + " "):
        return None
    if any(pattern.fullmatch(line) for pattern in NOT_TITLES):
        return None
    if line[-1] in "!?" and len(line.split()) > 12:
        return None  # a long exclamation or question reads as a sentence
    return line if _is_title_case(line) or _is_headline_case(line) else None


def _is_title_case(line: str) -> bool:
    """Most words capitalised, as in "Insurgents Advance from Aleppo"."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    return len(words) >= 2 and bool(content) and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _is_headline_case(line: str) -> bool:
    """Sentence-case headline: capital first word, no sentence break inside, a verb-sized line of 3+ words."""
    words = line.split()
    return len(words) >= 3 and not re.search(r"[.!?]\s+[A-Z]", line)


def dateline_end(text: str, lines: int = 3) -> int | None:
    """Offset just past a dateline that opens one of the first lines of a cleaned text, else None."""
    match = _dateline_match(text, lines)
    return match.end() if match else None


def dateline_span(text: str, lines: int = 3) -> tuple[int, int] | None:
    """Offsets of a whole dateline ("KYIV, March 3 (Reuters) - ") opening one of the first lines, else None."""
    match = _dateline_match(text, lines)
    return match.span() if match else None


def dateline_place(text: str, lines: int = 3) -> tuple[int, int] | None:
    """Offsets of the place a dateline names ("KYIV" in "KYIV, March 3 (Reuters) -"), else None."""
    match = _dateline_match(text, lines)
    return match.span("place") if match else None


def _dateline_match(text: str, lines: int) -> re.Match | None:
    """The dateline match at the start of one of the first lines."""
    start = 0
    for _ in range(lines):
        for pattern in DATELINES:
            match = pattern.match(text, start)
            if match and match.group("place").lower() not in WIRE_SERVICES:
                return match
        newline = text.find("\n", start)
        if newline < 0:
            return None
        start = newline + 1
        while start < len(text) and text[start] == "\n":
            start += 1
    return None


def _dateline(body: str) -> str | None:
    """The place named by a dateline at the start of the body, in its usual capitalisation."""
    for pattern in DATELINES:
        match = pattern.match(body)
        if match and match.group("place").lower() not in WIRE_SERVICES:
            place = match.group("place").strip()
            return place.title() if place.isupper() else place
    return None
