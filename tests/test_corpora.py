"""Real corpora in: WARC records, RSS/Atom feeds, language identification, near copies and story ids.

Every text here is written for these tests; WARC files are made in a temporary folder with warcio."""

from __future__ import annotations

import datetime as dt
import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfacts.transforms.articles import build_article, mark_duplicates, parse_languages, read_article
from newsfacts.transforms.dedupe import NEAR_DUPLICATE, SAME_STORY, jaccard, match_articles, pairs_above, shingles
from newsfacts.transforms.reading import RawDocument, discover, normalise_url, read_document

# A made-up story in five paragraphs, long enough that one changed word leaves a Jaccard near 0.95.
STORY = [
    "Heavy rain flooded the lower districts of the river town of Marlow Bend on Tuesday, and the mayor said "
    "that about 300 families had left their homes before the water reached the market square.",
    "Rescue crews in small boats worked through the night along the old canal road, where the water stood "
    "higher than the doors of the shops and the bakery that has served the town for forty years.",
    "The regional weather office said the river rose by two metres in six hours, the fastest rise it has "
    "recorded since the station was built, and warned that more rain was expected before Friday.",
    "Schools in the valley will stay closed for the rest of the week, the education board said, while the "
    "sports hall on the hill has been opened as a shelter with beds, blankets and hot meals for everyone.",
    "Engineers will inspect the stone bridge at first light, because cracks were seen near its central arch "
    "when the current was strongest, and traffic has been sent along the northern ring road until then.",
]
OTHER_STORY = [
    "The city council approved a new budget for public libraries on Wednesday after a long debate about "
    "opening hours, staff numbers and the cost of keeping the oldest reading rooms warm in winter.",
    "Members voted to extend weekend hours at three branches and to buy electric vans that will carry books "
    "to villages without a library, a service that ended five years ago when the old vans broke down.",
    "Library staff welcomed the decision but said the building on the cathedral square still needs a new roof, "
    "which was not part of the plan that the council adopted after nine hours of talks.",
]
FRENCH = (
    "La pluie a inondé les quartiers bas de la petite ville mardi soir, et le maire a déclaré que près de trois "
    "cents familles avaient quitté leur maison avant que l'eau n'atteigne la place du marché. Les écoles de la "
    "vallée resteront fermées jusqu'à la fin de la semaine selon le conseil régional."
)
NEW_LEAD = (
    "A wire report published by several regional papers on Wednesday described the night in which the "
    "river burst its banks and the town council met in emergency session to plan the evacuation."
)
NEW_TAIL = (
    "Readers can follow our live page for updates on road closures, shelter places and the numbers to call "
    "for help, the paper added in a note at the foot of its report on the floods in the valley."
)


def html_page(title: str, paragraphs: list[str], extra_head: str = "") -> bytes:
    """A small news page: the paragraphs inside <article>."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{extra_head}</head>"
        f"<body><nav><a href='/'>Home</a></nav><article>{body}</article></body></html>"
    ).encode("utf-8")


def write_warc(path, records, gzip_records: bool = True) -> None:
    """A WARC of (record id, kind, url, content type, body, date) records; responses carry HTTP headers."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        for record_id, kind, url, content_type, body, date in records:
            headers = {"WARC-Record-ID": record_id, "WARC-Date": date}
            if kind == "response":
                http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers
                )
            else:
                record = writer.create_warc_record(
                    url, kind, payload=io.BytesIO(body), warc_content_type=content_type, warc_headers_dict=headers
                )
            writer.write_record(record)


def crawl_records() -> list[tuple]:
    """English, French, an exact copy, a near copy, a reworked copy, an image and a request record."""
    near = [STORY[0].replace("about 300 families", "about 300 households")] + STORY[1:]
    return [
        (
            "<urn:uuid:00000000-0000-0000-0000-000000000001>",
            "response",
            "https://news.example.org/flood",
            "text/html; charset=utf-8",
            html_page("River floods Marlow Bend", STORY),
            "2024-03-05T08:00:00Z",
        ),
        (
            "<urn:uuid:00000000-0000-0000-0000-000000000002>",
            "request",
            "https://news.example.org/flood",
            "application/http; msgtype=request",
            b"GET /flood HTTP/1.1\r\nHost: news.example.org\r\n\r\n",
            "2024-03-05T08:00:00Z",
        ),
        (
            "<urn:uuid:00000000-0000-0000-0000-000000000003>",
            "response",
            "https://journal.example.fr/inondation",
            "text/html",
            html_page("La rivière déborde", [FRENCH]),
            "2024-03-05T09:00:00Z",
        ),
        (
            "<urn:uuid:00000000-0000-0000-0000-000000000004>",
            "response",
            "https://copy.example.com/flood",
            "text/html",
            html_page("River floods Marlow Bend", STORY),
            "2024-03-06T08:00:00Z",
        ),
        (
            "<urn:uuid:00000000-0000-0000-0000-000000000005>",
            "response",
            "https://near.example.com/flood",
            "text/html",
            html_page("Floods in Marlow Bend", near),
            "2024-03-06T09:00:00Z",
        ),
        (
            "<urn:uuid:00000000-0000-0000-0000-000000000006>",
            "response",
            "https://rework.example.com/flood",
            "text/html",
            html_page("Town evacuated", [NEW_LEAD, *STORY[1:], NEW_TAIL]),
            "2024-03-06T10:00:00Z",
        ),
        (
            "<urn:uuid:00000000-0000-0000-0000-000000000007>",
            "response",
            "https://news.example.org/logo.png",
            "image/png",
            b"\x89PNG\r\n\x1a\n" + bytes(64),
            "2024-03-05T08:00:01Z",
        ),
        (
            "<urn:uuid:00000000-0000-0000-0000-000000000008>",
            "response",
            "https://library.example.net/budget",
            "text/html",
            html_page("Libraries get a budget", OTHER_STORY),
            "2024-03-07T08:00:00Z",
        ),
    ]


def read_all(items) -> list[dict]:
    return mark_duplicates(read_article(item, max_bytes=1_000_000) for item in items)


def record(rows: list[dict], record_number: int) -> dict:
    return next(r for r in rows if r["source_path"].endswith(f"{record_number:012d}>"))


# ---------------------------------------------------------------- WARC


@pytest.fixture()
def crawl(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, crawl_records())
    return path


def test_warc_response_records_are_items_named_by_record_id(crawl):
    items = discover([crawl])
    assert [i.source_path for i in items] == [
        f"crawl.warc.gz#<urn:uuid:00000000-0000-0000-0000-00000000000{n}>" for n in (1, 3, 4, 5, 6, 7, 8)
    ]  # the request record is counted, not listed
    assert all(i.warc is not None and i.record is None for i in items)


def test_warc_html_record_read_from_its_offset_with_url_and_fetch_date(crawl):
    item = discover([crawl])[0]
    raw = read_document(item)
    assert raw.error is None
    assert raw.text.startswith("Heavy rain flooded the lower districts")
    assert raw.metadata["url"] == "https://news.example.org/flood"
    assert raw.metadata["published_at"] == dt.date(2024, 3, 5)  # the page has no date: the WARC-Date
    assert raw.metadata["title"] == "River floods Marlow Bend"


def test_page_date_wins_over_warc_date(tmp_path):
    page = html_page(
        "River floods Marlow Bend", STORY, '<meta property="article:published_time" content="2024-03-01T07:00:00Z">'
    )
    write_warc(
        tmp_path / "c.warc",
        [("<urn:uuid:1>", "response", "https://a.example/x", "text/html", page, "2024-03-09T00:00:00Z")],
        gzip_records=False,
    )
    raw = read_document(discover([tmp_path / "c.warc"])[0])
    assert raw.metadata["published_at"] == dt.date(2024, 3, 1)


def test_non_html_record_is_skipped_with_its_content_type(crawl):
    rows = read_all(discover([crawl]))
    image = record(rows, 7)
    assert (image["status"], image["reject_reason"]) == ("skipped", "not HTML: image/png")
    assert image["url"] == "https://news.example.org/logo.png" and image["text"] is None


def test_warc_crawl_gives_each_record_its_status(crawl):
    rows = read_all(discover([crawl]))
    statuses = {r["source_path"].rsplit("-", 1)[1].rstrip(">"): r["status"] for r in rows}
    assert statuses == {
        "000000000001": "ok",
        "000000000003": "skipped",
        "000000000004": "duplicate",
        "000000000005": "duplicate",
        "000000000006": "ok",
        "000000000007": "skipped",
        "000000000008": "ok",
    }
    first = record(rows, 1)
    assert record(rows, 3)["reject_reason"] == "language: fr" and record(rows, 3)["language"] == "fr"
    assert record(rows, 4)["duplicate_of"] == first["article_id"]
    assert record(rows, 5)["duplicate_of"] == first["article_id"]
    assert record(rows, 5)["reject_reason"].startswith("near copy (Jaccard 0.9")
    assert record(rows, 6)["story_id"] == first["story_id"] == record(rows, 5)["story_id"]
    assert record(rows, 8)["story_id"] not in (None, first["story_id"])


def test_uncompressed_and_gzipped_warc_give_the_same_text(tmp_path):
    write_warc(tmp_path / "a.warc", crawl_records(), gzip_records=False)
    write_warc(tmp_path / "b.warc.gz", crawl_records())
    plain = [read_document(i).text for i in discover([tmp_path / "a.warc"])]
    packed = [read_document(i).text for i in discover([tmp_path / "b.warc.gz"])]
    assert plain == packed and plain[0].startswith("Heavy rain")


def test_whole_file_gzip_is_rejected_with_a_reason(tmp_path):
    write_warc(tmp_path / "a.warc", crawl_records(), gzip_records=False)
    (tmp_path / "b.warc.gz").write_bytes(gzip.compress((tmp_path / "a.warc").read_bytes()))
    items = discover([tmp_path / "b.warc.gz"])
    assert items[-1].source_path == "b.warc.gz#error"
    assert "gzip is not per record" in read_article(items[-1], 1_000_000)["reject_reason"]


def test_truncated_warc_keeps_the_records_before_the_break(tmp_path):
    write_warc(tmp_path / "a.warc", crawl_records(), gzip_records=False)
    data = (tmp_path / "a.warc").read_bytes()
    (tmp_path / "cut.warc").write_bytes(data[: len(data) - 300])
    rows = read_all(discover([tmp_path / "cut.warc"]))
    assert record(rows, 1)["status"] == "ok"
    broken = [r for r in rows if r["status"] == "rejected"]
    assert broken and all(r["reject_reason"] for r in broken)


# ---------------------------------------------------------------- feeds

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>
<item><title>Floods force 300 families out of Marlow Bend</title><link>https://www.news.example.org/flood/?utm_source=rss</link>
<pubDate>Mon, 04 Mar 2024 22:10:00 GMT</pubDate></item>
<item><title>Unrelated entry</title><link>https://news.example.org/other</link></item>
</channel></rss>"""


def test_feed_gives_metadata_to_the_article_it_lists(crawl):
    (crawl.parent / "courier.rss").write_text(RSS)
    rows = read_all(discover([crawl.parent]))
    first = record(rows, 1)
    assert (first["title"], first["outlet"], first["published_at"]) == (
        "Floods force 300 families out of Marlow Bend",
        "Valley Courier",
        dt.date(2024, 3, 4),
    )
    assert first["url"] == "https://news.example.org/flood"  # the record's own URL stays
    assert record(rows, 8)["outlet"] is None  # not in the feed


def test_feed_matches_an_html_file_by_its_canonical_url(tmp_path):
    page = html_page("Page title", STORY, '<link rel="canonical" href="https://news.example.org/flood">')
    (tmp_path / "flood.html").write_bytes(page)
    (tmp_path / "courier.rss").write_text(RSS)
    (row,) = read_all(discover([tmp_path]))
    assert (row["title"], row["outlet"]) == ("Floods force 300 families out of Marlow Bend", "Valley Courier")


def test_manifest_wins_over_feed(tmp_path):
    (tmp_path / "flood.html").write_bytes(html_page("Page title", STORY))
    (tmp_path / "manifest.csv").write_text("path,url,title\nflood.html,https://news.example.org/flood,Manifest title\n")
    (tmp_path / "courier.rss").write_text(RSS)
    (row,) = read_all(discover([tmp_path]))
    assert (row["title"], row["outlet"], row["published_at"]) == (
        "Manifest title",
        "Valley Courier",
        dt.date(2024, 3, 4),
    )


def test_xml_that_is_not_a_feed_is_ignored_and_said(tmp_path, caplog):
    (tmp_path / "a.txt").write_text(" ".join(STORY))
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://a.example/</loc></url></urlset>")
    items = discover([tmp_path])
    assert [i.source_path for i in items] == ["a.txt"]
    assert "sitemap.xml ignored: no entries" in caplog.text


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://www.News.example.org/flood/?utm_source=rss#top", "news.example.org/flood"),
        ("http://news.example.org/flood", "news.example.org/flood"),
        ("https://news.example.org/a?id=7&utm_medium=x", "news.example.org/a?id=7"),
        ("https://news.example.org:8080/", "news.example.org:8080/"),
    ],
)
def test_normalise_url(url, expected):
    assert normalise_url(url) == expected


# ---------------------------------------------------------------- languages


def raw(text: str, path: str = "a.txt") -> RawDocument:
    return RawDocument(path, text, "utf-8", len(text), None, {}, None)


def test_french_article_is_skipped_with_its_language():
    row = build_article(raw(FRENCH))
    assert (row["status"], row["reject_reason"], row["language"]) == ("skipped", "language: fr", "fr")
    assert row["text"] and row["duplicate_of"] is None


def test_french_article_is_read_when_french_is_configured():
    row = build_article(raw(FRENCH), languages=("en", "fr"))
    assert (row["status"], row["language"]) == ("ok", "fr")


def test_english_article_is_ok_and_marked_en():
    row = build_article(raw("\n\n".join(STORY)))
    assert (row["status"], row["language"], row["reject_reason"]) == ("ok", "en", None)


def test_short_text_keeps_the_configured_language():
    # Too short to judge: a French phrase of five words is read as the pipeline's language.
    row = build_article(raw("Le maire a tout dit."))
    assert (row["status"], row["language"]) == ("ok", "en")


@pytest.mark.parametrize("value,expected", [("en", ("en",)), (" EN, fr ,en", ("en", "fr")), (["de"], ("de",))])
def test_parse_languages(value, expected):
    assert parse_languages(value) == expected


def test_parse_languages_refuses_an_empty_list():
    with pytest.raises(ValueError):
        parse_languages(" , ")


# ---------------------------------------------------------------- near copies and stories


def test_shingles_are_word_five_grams_lower_cased():
    assert len(shingles("One two three four five six")) == 2
    assert len(shingles("one TWO three")) == 1  # shorter than five words: one shingle
    assert list(shingles("A b c d e")) == list(shingles("a, B; c d e!"))


def test_jaccard_is_exact():
    a, b = shingles("w1 w2 w3 w4 w5 w6 w7"), shingles("w1 w2 w3 w4 w5 w6 x7")
    assert jaccard(a, b) == pytest.approx(2 / 4)


def texts_with(lead=None, tail=None, change=None) -> str:
    paragraphs = list(STORY)
    if change:
        paragraphs[2] = paragraphs[2].replace(*change)
    if lead:
        paragraphs[0] = lead
    if tail:
        paragraphs.append(tail)
    return "\n\n".join(paragraphs)


def test_one_changed_word_is_a_near_copy():
    original, copy = "\n\n".join(STORY), texts_with(change=("two metres", "three metres"))
    (pair,) = pairs_above([original, copy], 0.0)
    assert pair[2] >= NEAR_DUPLICATE
    assert [(m.duplicate_of, m.story) for m in match_articles([original, copy])] == [(None, 0), (0, 0)]


def test_new_first_and_last_paragraph_is_the_same_story_not_a_copy():
    original, rework = "\n\n".join(STORY), texts_with(lead=NEW_LEAD, tail=NEW_TAIL)
    (pair,) = pairs_above([original, rework], 0.0)
    assert SAME_STORY <= pair[2] < NEAR_DUPLICATE
    assert [(m.duplicate_of, m.story) for m in match_articles([original, rework])] == [(None, 0), (None, 0)]


def test_another_story_starts_its_own():
    matches = match_articles(["\n\n".join(STORY), "\n\n".join(OTHER_STORY)])
    assert [(m.duplicate_of, m.story) for m in matches] == [(None, 0), (None, 1)]


def article(path: str, text: str, published: dt.date | None = None) -> dict:
    row = build_article(RawDocument(path, text, "utf-8", len(text), None, {"published_at": published}, None))
    assert row["status"] == "ok"
    return row


def test_earlier_publication_is_the_original_whatever_the_file_names():
    rows = mark_duplicates(
        [
            article("a.txt", texts_with(change=("two metres", "three metres")), dt.date(2024, 3, 6)),
            article("b.txt", "\n\n".join(STORY), dt.date(2024, 3, 5)),
            article("c.txt", texts_with(lead=NEW_LEAD, tail=NEW_TAIL), dt.date(2024, 3, 7)),
        ]
    )
    a, b, c = rows
    assert (a["status"], a["duplicate_of"], b["status"], c["status"]) == ("duplicate", b["article_id"], "ok", "ok")
    assert a["story_id"] == b["story_id"] == c["story_id"]


def test_copy_of_a_near_copy_points_at_the_original():
    near = texts_with(change=("two metres", "three metres"))
    rows = mark_duplicates([article("a.txt", "\n\n".join(STORY)), article("b.txt", near), article("c.txt", near)])
    assert [r["duplicate_of"] for r in rows] == [None, rows[0]["article_id"], rows[0]["article_id"]]


def test_duplicates_and_stories_are_the_same_on_every_run():
    def run():
        texts = [
            "\n\n".join(STORY),
            texts_with(lead=NEW_LEAD, tail=NEW_TAIL),
            "\n\n".join(OTHER_STORY),
            texts_with(change=("two metres", "three metres")),
        ]
        return [
            (r["article_id"], r["status"], r["duplicate_of"], r["story_id"])
            for r in mark_duplicates(article(f"{i}.txt", t) for i, t in enumerate(texts))
        ]

    assert run() == run()


# ---------------------------------------------------------------- end to end


@pytest.mark.e2e
def test_flow_over_a_warc_writes_each_record_with_its_status(prefect_harness, crawl, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow
    from newsfacts.storage import read_table

    summary = newsfacts_flow(inputs=[str(crawl)], output=str(tmp_path / "out"))
    articles = read_table(tmp_path / "out", "articles")
    assert sorted(articles["status"]) == ["duplicate", "duplicate", "ok", "ok", "ok", "skipped", "skipped"]
    assert summary["statuses"] == {"duplicate": 2, "ok": 3, "skipped": 2}
    assert summary["skipped_languages"] == {"fr": 1} and summary["stories"] == 2
    ok = set(articles.loc[articles["status"] == "ok", "article_id"])
    assert set(read_table(tmp_path / "out", "mentions")["article_id"]) <= ok  # skipped and copies never parsed


# ---------------------------------------------------------------- the benchmark's synthetic crawl


def test_benchmark_crawl_lists_one_item_per_response(tmp_path):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "bench_warc_read", Path(__file__).resolve().parents[1] / "benchmarks" / "warc_read.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    kinds = bench.write_crawl(tmp_path / "crawl.warc.gz", 200_000)
    items = discover([tmp_path / "crawl.warc.gz"])
    assert len(items) == sum(kinds.values())
    assert sum(i.skip == "not HTML: image/png" for i in items) == kinds["image"]
    assert bench.parse_size("200M") == 200 * 2**20 and bench.parse_size("1G") == 2**30


def test_labels_and_teasers_leave_the_text_for_the_furniture_column():
    body = "The council met on Tuesday and approved 12 new projects.\n\nThe mayor said work starts in March."
    row = build_article(raw(body.replace("\n\nThe mayor", "\n\nQuick Takes\n\nThe mayor")))
    assert (row["text"], row["furniture"]) == (body, ["Quick Takes"])
