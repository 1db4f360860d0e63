"""The run report: every row of every table on the page, escaped text, and a real browser rendering it."""

from __future__ import annotations

import shutil
import struct
import subprocess
from html.parser import HTMLParser

import pandas as pd
import pytest

from newsfacts.report import LAYERS, REPORT_PATH, render
from newsfacts.schema import KEYS, TABLES, columns, to_table
from newsfacts.storage import read_table


SPEAKER_FILL, FIGURE_FILL, CONTENT_LINE = LAYERS["speaker"].colour, LAYERS["figure"].colour, LAYERS["content"].colour


class _Elements(HTMLParser):
    """Every element's attributes, the links on the page, and the open-element path of each id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, dict] = {}
        self.rows: dict[tuple[str, str], list[dict]] = {}
        self.hrefs: set[str] = set()
        self.scripts = 0
        self.text: list[str] = []
        self.segments: list[dict] = []  # marked pieces of article text: rows (data-r), style, text
        self._in_segment = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        attrs["_tag"] = tag
        if "id" in attrs:
            self.ids[attrs["id"]] = attrs
        if "data-table" in attrs:
            self.rows.setdefault((attrs["data-table"], attrs["data-key"]), []).append(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.add(attrs["href"])
        if tag == "script":
            self.scripts += 1
        if tag == "span" and "data-r" in attrs:
            self.segments.append({"rows": attrs["data-r"].split(), "style": attrs.get("style", ""), "text": ""})
            self._in_segment = True

    def handle_endtag(self, tag):
        if tag == "span":
            self._in_segment = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_segment:
            self.segments[-1]["text"] += data


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def _frames(articles: list[dict], **rows: list[dict]) -> dict[str, pd.DataFrame]:
    """Tables as the report reads them back from Parquet, from rows in schema form."""
    return {name: to_table(name, rows.get(name, articles if name == "articles" else [])).to_pandas() for name in TABLES}


def _article(text: str, **extra) -> dict:
    return {
        "article_id": "art_1",
        "source_path": "a.txt",
        "status": "ok",
        "text": text,
        "n_words": len(text.split()),
        "title": extra.pop("title", "A title"),
        **extra,
    }


def _figure(start: int, end: int, text: str, **extra) -> dict:
    return {
        "figure_id": "fig_1",
        "article_id": "art_1",
        "text": text,
        "value": 5.0,
        "qualifier": "exact",
        "category": "killed",
        "sentence_index": 0,
        "start_char": start,
        "end_char": end,
        "sentence_start": 0,
        "sentence_end": end,
        **extra,
    }


# ---------------------------------------------------------------- pure rendering


def test_script_in_article_text_stays_inert():
    text = 'Officials said <script>alert("x")</script> 5 people died.'
    start = text.index("5 people")
    html = render(
        _frames(
            [_article(text, title='<img src=x onerror="alert(1)">', furniture=["<b>Share</b>"])],
            figures=[_figure(start, start + 8, "5 people")],
        )
    )
    page = _parse(html)
    assert page.scripts == 1  # the report's own script, nothing from the article
    assert "<script>alert" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "<b>Share</b>" not in html and "&lt;b&gt;Share&lt;/b&gt;" in html
    assert 'alert("x")' in "".join(page.text)  # shown as text, as written


def test_overlapping_marks_cut_the_text_and_keep_every_row():
    # A figure inside a claim's content inside a mention-free sentence: the pieces carry both rows.
    text = "The ministry said 5 people died."
    claim = {
        "claim_id": "clm_1",
        "article_id": "art_1",
        "kind": "indirect",
        "speaker": "the ministry",
        "speaker_start": 0,
        "speaker_end": 12,
        "cue": "say",
        "content": "5 people died",
        "content_start": 18,
        "content_end": 31,
        "sentence_index": 0,
        "start_char": 0,
        "end_char": 31,
        "sentence_start": 0,
        "sentence_end": 32,
    }
    page = _parse(render(_frames([_article(text)], figures=[_figure(18, 26, "5 people")], claims=[claim])))
    assert [(seg["text"], seg["rows"]) for seg in page.segments] == [
        ("The ministry", ["clm_1"]),
        ("5 people", ["fig_1", "clm_1"]),
        (" died", ["clm_1"]),
    ]
    speaker, both, content = (seg["style"] for seg in page.segments)
    assert speaker.startswith(f"background:{SPEAKER_FILL}") and "box-shadow" not in speaker
    assert both.startswith(f"background:{FIGURE_FILL}") and f"box-shadow:0 3px 0 0 {CONTENT_LINE}" in both
    assert content == f"box-shadow:0 3px 0 0 {CONTENT_LINE}"


def test_large_run_shows_a_sample_and_says_so():
    articles = [_article(f"Text number {i}.", article_id=f"art_{i}", source_path=f"{i}.txt") for i in range(3)]
    html = render(_frames(articles), max_articles=2)
    page = _parse(html)
    assert sum(1 for k in page.ids if k.startswith("art_") and page.ids[k]["_tag"] == "article") == 2
    assert "the report shows a sample of 2" in html


def test_rejected_and_duplicate_articles_are_counted_with_their_reasons():
    articles = [
        _article("Good text."),
        {"article_id": "art_2", "source_path": "b.txt", "status": "rejected", "reject_reason": "empty file"},
        {
            "article_id": "art_3",
            "source_path": "c.txt",
            "status": "duplicate",
            "reject_reason": "duplicate of a.txt",
            "duplicate_of": "art_1",
            "text": "Good text.",
        },
    ]
    html = render(_frames(articles), {"stages": {"read_clean": 0.5, "wall": 2.0}})
    assert "3 articles read: 1 ok, 1 rejected, 1 duplicate." in html
    assert "<td>rejected</td><td>empty file</td>" in html and "<td>duplicate</td><td>duplicate of a.txt</td>" in html
    assert '<td>read_clean</td><td class="n">0.50</td>' in html


# ---------------------------------------------------------------- the seeds, end to end


@pytest.fixture(scope="module")
def seeds_report(seeds_output):
    out, summary = seeds_output
    html = (out / REPORT_PATH).read_text(encoding="utf-8")
    tables = {name: read_table(out, name) for name in TABLES}
    return out, summary, html, _parse(html), tables


@pytest.mark.e2e
def test_every_row_of_every_table_is_in_the_report_and_links_to_its_article(seeds_report):
    out, summary, html, page, tables = seeds_report
    assert summary["report"] == REPORT_PATH
    for name in TABLES:
        key = KEYS[name]
        for row in tables[name].to_dict("records"):
            found = page.rows.get((name, row[key]))
            assert found, (name, row[key])
            aid = row.get("article_id")
            if isinstance(aid, str):
                assert found[0].get("data-article") == aid, (name, row[key])
                assert aid in page.ids and page.ids[aid]["_tag"] == "article"
            if "start_char" in columns(name) and name != "discrepancies":
                # its words in the article's text, and a link to them from its row
                assert f"t-{row[key]}" in page.ids and f"#t-{row[key]}" in page.hrefs, (name, row[key])


@pytest.mark.e2e
def test_seeds_report_shows_the_274_against_less_than_100_conflict_with_both_sentences(seeds_report):
    out, _, html, page, tables = seeds_report
    d = tables["discrepancies"]
    group = d.loc[(d["status"] == "conflicting") & d["text"].isin(["274", "less than 100"]), "group_id"].unique()
    assert len(group) == 1
    start = html.index(f'id="{group[0]}"')
    card = html[start : html.index("</div></div>", start)]
    assert '<div class="value">274</div>' in card and '<div class="value">less than 100</div>' in card
    texts = tables["articles"].set_index("article_id")["text"]
    figures = tables["figures"].set_index("figure_id")
    for member in d[d["group_id"] == group[0]].itertuples():
        f = figures.loc[member.figure_id]
        text = texts[member.article_id]
        sentence = (
            f"{_esc(text[f.sentence_start : f.start_char])}<b>{_esc(member.text)}</b>"
            f"{_esc(text[f.end_char : f.sentence_end])}"
        )
        assert sentence in card, member.text
        assert f'href="#t-{member.figure_id}"' in card


@pytest.mark.e2e
def test_every_claim_speaker_is_highlighted(seeds_report):
    _, _, html, page, tables = seeds_report
    texts = tables["articles"].set_index("article_id")["text"]
    claims = tables["claims"]
    assert claims["speaker_start"].notna().all()  # on the seeds, every claim's speaker is written somewhere
    for c in claims.itertuples():
        words = texts[c.article_id][int(c.speaker_start) : int(c.speaker_end)]
        assert words.strip(), c.claim_id
        # the speaker's words: pieces with the speaker fill, the claim among their rows
        marked = [
            seg["text"]
            for seg in page.segments
            if c.claim_id in seg["rows"] and seg["style"].startswith(f"background:{SPEAKER_FILL}")
        ]
        assert "".join(marked) == words, c.claim_id


def _esc(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


# ---------------------------------------------------------------- a real browser


def _chromium(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--no-first-run",
            "--disable-extensions",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def _console(stderr: str) -> list[str]:
    """Chromium's console messages (log, warn, error, uncaught exceptions) from its stderr log."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


needs_chromium = pytest.mark.skipif(
    shutil.which("chromium") is None, reason="chromium is not installed (.ci/run installs it)"
)


@needs_chromium
def test_browser_check_sees_console_errors(tmp_path):
    """The check below can fail: a page that throws is caught by it."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><p>x</p><script>undefinedFunction();</script>")
    done = _chromium(f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri())
    assert any("Uncaught ReferenceError" in line for line in _console(done.stderr))


@needs_chromium
@pytest.mark.e2e
def test_seeds_report_renders_in_a_browser_without_console_errors(seeds_report, tmp_path):
    out, _, html, _, _ = seeds_report
    for network in ('src="http', "src='http", "<link ", "@import", "url(http", 'src="//'):
        assert network not in html, network
    uri = (out / REPORT_PATH).as_uri()
    profile = f"--user-data-dir={tmp_path / 'profile'}"
    dom = _chromium(profile, "--dump-dom", uri)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert _console(dom.stderr) == []
    assert 'data-ready="1"' in dom.stdout  # the page's script ran to its end
    # One tall window from the top (overview, discrepancies, sources, the first articles): chromium's headless
    # screenshot of a page opened at a #fragment comes out blank, so no fragments.
    shot = tmp_path / "report.png"
    done = _chromium(profile, f"--screenshot={shot}", "--window-size=1400,9000", uri)
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    assert _console(done.stderr) == []
    assert _png_size(shot) == (1400, 9000)
    assert shot.stat().st_size > 500_000  # text and colours all the way down; a blank page is ~30 kB


@pytest.mark.e2e
def test_no_report_writes_none_and_removes_an_earlier_one(prefect_harness, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The ministry said 12 people were killed in Gaza on Monday.\n")
    out = tmp_path / "out"
    (out / "report").mkdir(parents=True)
    (out / REPORT_PATH).write_text("<p>an earlier run's report</p>")
    summary = newsfacts_flow(inputs=[str(corpus)], output=str(out), report=False)
    assert summary["report"] is None
    assert not (out / "report").exists()
    assert (out / "figures.parquet").exists()


def test_rows_without_sentence_or_trigger_offsets_still_show():
    # Rows built by other tools may leave the nullable offsets out: the report falls back, never fails.
    text = "Officials said 5 people died when the army attacked the town."
    start = text.index("5 people")
    event = {
        "event_id": "evt_1",
        "event_key": "k",
        "article_id": "art_1",
        "type": "attack",
        "trigger": "attacked",
        "planned": False,
        "sentence_index": 0,
        "start_char": text.index("attacked"),
        "end_char": text.index("attacked") + 8,
    }
    figure = {k: v for k, v in _figure(start, start + 8, "5 people").items() if not k.startswith("sentence_")}
    other = _figure(start, start + 8, "5 people", figure_id="fig_2")
    page = _parse(render(_frames([_article(text)], figures=[figure, other], events=[event])))
    assert ("events", "evt_1") in page.rows and ("figures", "fig_1") in page.rows
    assert [seg["rows"] for seg in page.segments] == [["fig_1", "fig_2"]]
