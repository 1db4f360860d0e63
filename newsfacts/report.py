"""The run report: the written tables in, one static HTML page out (no server, no network, inline CSS and JS).

`render` is pure (DataFrames and the run summary in, a string out); `write_report` reads an output folder's
Parquet tables, run.json and validation/summary.json and writes `report/index.html` beside them, so the page
shows exactly what the tables hold.

Marked text: an article's text is cut at every start and end of every row it holds, and each piece carries
all the rows that cover it. Overlaps are drawn in layers: a fill for figures, event triggers and claim
speakers (the first of these wins when two overlap), and stacked underlines under the fill for claim
content, event actor, place and date, and entity mentions, one stripe per kind, so nested and crossing
spans stay visible. Hovering a piece shows its rows in a tooltip; clicking it shows their fields in a panel
and outlines every piece of those rows.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from html import escape
from typing import Any, Iterable, Mapping

import pandas as pd

from newsfacts.schema import KEYS, TABLES, columns

REPORT_PATH = "report/index.html"
# Large runs: this many articles get a section (with their rows); the page says how many it leaves out.
DEFAULT_MAX_ARTICLES = 100
# Corpus-wide lists (sources, entities, discrepancy groups) are cut at these lengths, and say so.
MAX_LIST_ROWS = 2000
MAX_GROUPS = 300

# Columns a row's table in the report leaves out: offsets (they become the marks) and the article link.
HIDDEN_COLUMNS = {
    "article_id",
    "text",
    "sentence_index",
    "start_char",
    "end_char",
    "sentence_start",
    "sentence_end",
    "content_start",
    "content_end",
    "speaker_start",
    "speaker_end",
    "trigger_start",
    "trigger_end",
    "actor_start",
    "actor_end",
    "location_start",
    "location_end",
    "date_start",
    "date_end",
    "furniture",
}
# Id columns a row's table shows as a link on the name beside them instead of as a column of their own.
LINKED_NAMES = {
    "source_name": "source_id",
    "speaker": "source_id",
    "actor": "actor_entity_id",
    "counterpart": "counterpart_entity_id",
    "location": "location_entity_id",
}
# Tables with rows about one article, shown in that article's section.
ARTICLE_TABLES = ("figures", "claims", "events", "mentions")


@dataclass(frozen=True)
class Layer:
    """One kind of mark: a fill or an underline stripe, with its colour and its name in the legend."""

    name: str
    colour: str
    fill: bool


# Fills first, in the order that decides which one shows when two overlap; then the underline stripes,
# top to bottom.
LAYERS = {
    "figure": Layer("figure", "#ffc46b", True),
    "trigger": Layer("event trigger", "#ff9fb5", True),
    "speaker": Layer("claim speaker", "#8fe0a0", True),
    "content": Layer("claim content", "#1f9e45", False),
    "actor": Layer("event actor", "#8a4fd8", False),
    "location": Layer("event place", "#0a8f94", False),
    "date": Layer("event date", "#b5651d", False),
    "mention": Layer("entity mention", "#3a6ee8", False),
}
STRIPE_PX = 3


# ---------------------------------------------------------------- entry points


def write_report(
    output: str, summary: Mapping[str, Any] | None = None, max_articles: int = DEFAULT_MAX_ARTICLES
) -> str:
    """Read an output folder's tables and write its report; returns the report's path."""
    from newsfacts.storage import Output

    out = Output(output)
    tables = {name: out.read_table(name) for name in TABLES}
    if summary is None:
        summary = out.read_run() or {}
    validation = json.loads(out.read_bytes("validation/summary.json")) if out.exists("validation/summary.json") else {}
    return out.write_text(REPORT_PATH, render(tables, summary, validation, max_articles=max_articles))


def render(
    tables: Mapping[str, pd.DataFrame | None],
    summary: Mapping[str, Any] | None = None,
    validation: Mapping[str, Any] | None = None,
    max_articles: int = DEFAULT_MAX_ARTICLES,
) -> str:
    """The report page for a run's tables, its summary (run.json) and its validation results."""
    rows = {name: _records(tables.get(name)) for name in TABLES if name not in ARTICLE_TABLES}
    shown = _sample(rows["articles"], rows["discrepancies"], max_articles)
    # Rows of articles outside the sample are not turned into records (a large run has millions of mentions);
    # claims and figures outside it are counted per source, for the sources table to say so.
    hidden: dict[str, int] = {}
    for name in ARTICLE_TABLES:
        frame = tables.get(name)
        if frame is not None and not frame.empty:
            inside = frame["article_id"].isin(shown)
            if name in ("claims", "figures") and not inside.all():
                for key, n in _source_keys(frame[~inside]).value_counts().items():
                    hidden[key] = hidden.get(key, 0) + int(n)
            frame = frame[inside]
        rows[name] = _records(frame)
    page = _Page(rows, shown, hidden, dict(summary or {}), dict(validation or {}))
    return page.html()


def _sample(articles: list[dict], discrepancies: list[dict], limit: int) -> set[str]:
    """Which articles get a section: all of them, or for a large run the articles of discrepancy groups
    (conflicts first), then others in id order (ids are hashes: a spread sample)."""
    ids = {a["article_id"] for a in articles if a.get("status") == "ok" and a.get("text") is not None}
    if len(ids) <= limit:
        return ids
    rank = {"conflicting": 0, "updated": 1, "consistent": 2}
    wanted = [d["article_id"] for d in sorted(discrepancies, key=lambda d: rank.get(d["status"], 3))]
    shown: dict[str, None] = {}
    for aid in [*wanted, *sorted(ids)]:
        if aid in ids:
            shown[aid] = None
        if len(shown) == limit:
            break
    return set(shown)


def _source_keys(frame: pd.DataFrame) -> pd.Series:
    """What the sources table lists a claim or figure under: its source, or for a claim with none its speaker."""
    keys = frame["source_id"].astype(object)
    if "speaker" in frame:
        keys = keys.where(keys.notna(), "speaker:" + frame["speaker"].fillna("").astype(str))
    return keys.dropna()


# ---------------------------------------------------------------- the page


class _Page:
    def __init__(
        self, rows: dict[str, list[dict]], shown: set[str], hidden: dict[str, int], summary: dict, validation: dict
    ) -> None:
        self.rows = rows
        self.shown = shown
        self.hidden = hidden
        self.summary = summary
        self.validation = validation
        self.articles = {a["article_id"]: a for a in rows["articles"]}
        self.n_ok = sum(a.get("status") == "ok" and a.get("text") is not None for a in rows["articles"])
        self.figures = {f["figure_id"]: f for f in rows["figures"]}
        self.by_article: dict[str, dict[str, list[dict]]] = {}
        for table in ARTICLE_TABLES:
            for row in rows[table]:
                self.by_article.setdefault(row["article_id"], {}).setdefault(table, []).append(row)

    def html(self) -> str:
        sections = [self._overview(), self._discrepancies(), self._sources(), self._entities(), self._article_list()]
        body = "\n".join(sections)
        title = "newsfacts run report"
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
            f"<style>{_css()}</style></head><body>"
            f'<header><h1>{title}</h1><p class="muted">Output {_e(self.summary.get("output", ""))}. '
            "Built from the Parquet tables written by this run: every row of every table is on this page "
            "(for large runs, the rows of the articles in the sample).</p>"
            '<nav><a href="#overview">Overview</a> <a href="#discrepancies">Discrepancies</a> '
            '<a href="#sources">Sources and speakers</a> <a href="#entities">Entities</a> '
            '<a href="#articles">Articles</a></nav></header>'
            f"<main>{body}</main>"
            '<aside id="panel" hidden><button type="button" id="panel-close" aria-label="close">×</button>'
            '<div id="panel-body"></div></aside>'
            f"<script>{_JS}</script></body></html>\n"
        )

    # ------------------------------------------------------------ overview

    def _overview(self) -> str:
        articles = self.rows["articles"]
        counts = {s: sum(a.get("status") == s for a in articles) for s in ("ok", "rejected", "duplicate")}
        parts = [
            '<section id="overview"><h2>Overview</h2>',
            f'<p class="big">{len(articles)} articles read: {counts["ok"]} ok, {counts["rejected"]} rejected, '
            f"{counts['duplicate']} duplicate.</p>",
        ]
        reasons: dict[tuple[str, str], int] = {}
        for a in articles:
            if a.get("status") != "ok":
                key = (a.get("status") or "", a.get("reject_reason") or "")
                reasons[key] = reasons.get(key, 0) + 1
        if reasons:
            parts.append(
                "<h3>Not processed, by reason</h3><table><thead><tr><th>status</th><th>reason</th>"
                "<th>articles</th></tr></thead><tbody>"
            )
            for (status, reason), n in sorted(reasons.items()):
                parts.append(f'<tr><td>{_e(status)}</td><td>{_e(reason)}</td><td class="n">{n}</td></tr>')
            parts.append("</tbody></table>")
        parts.append(self._articles_table())
        parts.append(self._tables_table())
        parts.append(self._quarantine())
        parts.append(self._timings())
        errors = self.summary.get("extraction_errors") or []
        if errors:
            parts.append(
                "<h3>Extraction errors</h3><table><thead><tr><th>file</th><th>table</th><th>error</th>"
                "</tr></thead><tbody>"
            )
            parts += [
                f"<tr><td>{_e(x.get('source_path'))}</td><td>{_e(x.get('table'))}</td>"
                f"<td>{_e(x.get('error'))}</td></tr>"
                for x in errors
            ]
            parts.append("</tbody></table>")
        parts.append("</section>")
        return "\n".join(parts)

    def _articles_table(self) -> str:
        head = [
            "source_path",
            "title",
            "outlet",
            "published_at",
            "dateline",
            "n_words",
            "status",
            "reject_reason",
            "duplicate_of",
        ]
        rows = self.rows["articles"]
        out = [
            f"<h3>Articles</h3>{self._cap_note(len(rows), MAX_LIST_ROWS, 'articles')}"
            '<input type="search" class="filter" data-target="articles-table" placeholder="filter articles">'
            '<table id="articles-table"><thead><tr>'
            + "".join(f"<th>{_e(c)}</th>" for c in head)
            + "<th>rows</th></tr></thead><tbody>"
        ]
        for a in rows[:MAX_LIST_ROWS]:
            aid = a["article_id"]
            n = sum(len(v) for v in self.by_article.get(aid, {}).values())
            cells = []
            for c in head:
                value = a.get(c)
                if c == "source_path" and aid in self.shown:
                    cells.append(f'<td><a href="#{_e(aid)}">{_e(value)}</a></td>')
                elif c == "duplicate_of" and value in self.shown:
                    cells.append(f'<td><a href="#{_e(value)}">{_e(value)}</a></td>')
                else:
                    cells.append(f"<td>{_cell(value)}</td>")
            out.append(f'<tr {_row_attrs("articles", aid, aid)}>{"".join(cells)}<td class="n">{n}</td></tr>')
        out.append("</tbody></table>")
        return "\n".join(out)

    def _tables_table(self) -> str:
        written = self.summary.get("rows") or {}
        out = [
            "<h3>Tables</h3><table><thead><tr><th>table</th><th>rows</th><th>validation</th>"
            "<th>quarantined</th><th>failed expectations</th></tr></thead><tbody>"
        ]
        for name in TABLES:
            found = self.validation.get(name)
            result: dict = found if isinstance(found, dict) else {}
            outcome = result.get("success")
            label = "" if outcome is None else ("passed" if outcome else "FAILED")
            failed = [
                f"{x.get('check') or x.get('type') + '(' + (x.get('column') or '') + ')'}: {x.get('unexpected_count')}"
                + (" (warning)" if x.get("warning") else "")
                for x in result.get("expectations", ())
                if not x.get("success")
            ]
            n = written.get(name, len(self.rows[name]))
            out.append(
                f'<tr><td>{name}</td><td class="n">{n}</td><td class="{"bad" if outcome is False else ""}">{label}</td>'
                f'<td class="n">{_cell(result.get("n_quarantined"))}</td><td>{_e("; ".join(failed))}</td></tr>'
            )
        out.append("</tbody></table>")
        return "\n".join(out)

    def _quarantine(self) -> str:
        rows = self.rows["quarantine"]
        out = [f"<h3>Quarantined rows ({len(rows)})</h3>"]
        if not rows:
            out.append('<p class="muted">None: every row passed its table\'s row-level expectations.</p>')
            return "\n".join(out)
        out.append(self._cap_note(len(rows), MAX_LIST_ROWS, "quarantined rows"))
        shown = [c for c in columns("quarantine") if c not in ("table", "row_key", "article_id", "row_json")]
        out.append(
            "<table><thead><tr><th>table</th><th>row</th><th>article</th>"
            + "".join(f"<th>{_e(c)}</th>" for c in shown)
            + "<th>row as written</th></tr></thead><tbody>"
        )
        for q in rows[:MAX_LIST_ROWS]:
            aid = q.get("article_id")
            out.append(
                f"<tr {_row_attrs('quarantine', q['row_key'], aid)}><td>{_e(q['table'])}</td><td>{_e(q['row_key'])}</td>"
                f"<td>{self._article_link(aid)}</td>"
                + "".join(f"<td>{_cell(q.get(c))}</td>" for c in shown)
                + f"<td><details><summary>fields</summary><pre>{_e(q['row_json'])}</pre></details></td></tr>"
            )
        out.append("</tbody></table>")
        return "\n".join(out)

    def _timings(self) -> str:
        stages = self.summary.get("stages") or {}
        if not stages:
            return '<h3>Stage timings</h3><p class="muted">No run.json: no timings.</p>'
        wall = stages.get("wall") or max(stages.values()) or 1.0
        out = [
            '<h3>Stage timings (run.json)</h3><table class="timings"><thead><tr><th>stage</th><th>seconds</th>'
            "<th></th></tr></thead><tbody>"
        ]
        for stage, seconds in stages.items():
            width = 0 if not wall else min(100.0, 100.0 * float(seconds) / float(wall))
            out.append(
                f'<tr><td>{_e(stage)}</td><td class="n">{float(seconds):.2f}</td>'
                f'<td class="bar"><span style="width:{width:.1f}%"></span></td></tr>'
            )
        out.append("</tbody></table>")
        if self.summary.get("annotated") is not None:
            out.append(
                f'<p class="muted">{self.summary.get("annotated")} article(s) annotated, '
                f"{self.summary.get('reused')} reused from earlier runs.</p>"
            )
        return "\n".join(out)

    # ------------------------------------------------------------ discrepancies

    def _discrepancies(self) -> str:
        groups: dict[str, list[dict]] = {}
        for d in self.rows["discrepancies"]:
            groups.setdefault(d["group_id"], []).append(d)
        rank = {"conflicting": 0, "updated": 1, "consistent": 2}
        order = sorted(groups, key=lambda g: (rank.get(groups[g][0]["status"], 3), groups[g][0]["category"], g))
        out = [
            f'<section id="discrepancies"><h2>Discrepancy groups ({len(groups)})</h2>',
            '<p class="muted">Figures that measure the same thing across reports, side by side. Conflicts first.</p>',
            self._cap_note(len(order), MAX_GROUPS, "groups"),
        ]
        if not groups:
            out.append('<p class="muted">No group: no two figures measure the same thing.</p>')
        for gid in order[:MAX_GROUPS]:
            members = groups[gid]
            first = members[0]
            out.append(
                f'<div class="group {_e(first["status"])}" id="{_e(gid)}"><h3><span class="badge">{_e(first["status"])}'
                f"</span> {_e(first['category'])}: {_e(first.get('subject') or '')}</h3>"
                f'<p class="muted">{first["n_members"]} figures from {first["n_sources"]} source(s)</p><div class="members">'
            )
            for d in members:
                out.append(self._member(d))
            out.append("</div></div>")
        out.append("</section>")
        return "\n".join(out)

    def _member(self, d: dict) -> str:
        aid = d["article_id"]
        figure = self.figures.get(d["figure_id"], {})
        article = self.articles.get(aid, {})
        sentence = self._sentence(article.get("text"), figure or d, d["start_char"], d["end_char"])
        link = (
            f'<a href="#t-{_e(d["figure_id"])}">the sentence in its article</a>'
            if aid in self.shown
            else '<span class="muted">(article not in the sample)</span>'
        )
        return (
            f'<div class="member" {_row_attrs("discrepancies", d["discrepancy_id"], aid)}>'
            f'<div class="value">{_e(d["text"])}</div>'
            f"<dl><dt>value</dt><dd>{_cell(d['value'])}</dd><dt>qualifier</dt><dd>{_e(d['qualifier'])}</dd>"
            f"<dt>source</dt><dd>{_e(d.get('source_name') or '(the article itself)')}</dd>"
            f"<dt>date</dt><dd>{_cell(d.get('as_of'))}</dd>"
            f"<dt>article</dt><dd>{self._article_link(aid)}</dd></dl>"
            f"<blockquote>{sentence}</blockquote>{link}</div>"
        )

    def _sentence(self, text: str | None, row: Mapping, start: int, end: int) -> str:
        """A row's sentence with its own words in bold (escaped)."""
        if not text:
            return ""
        s = row.get("sentence_start")
        e = row.get("sentence_end")
        if s is None or e is None:
            s, e = max(0, start - 120), min(len(text), end + 120)
        s, e = min(int(s), start), max(int(e), end)  # float when the column has nulls (pandas)
        return f"{_e(text[s:start])}<b>{_e(text[start:end])}</b>{_e(text[end:e])}"

    # ------------------------------------------------------------ sources, speakers, entities

    def _sources(self) -> str:
        claims_by: dict[str, list[dict]] = {}
        figures_by: dict[str, list[dict]] = {}
        for c in self.rows["claims"]:
            claims_by.setdefault(c.get("source_id") or f"speaker:{c.get('speaker') or ''}", []).append(c)
        for f in self.rows["figures"]:
            if f.get("source_id"):
                figures_by.setdefault(f["source_id"], []).append(f)
        out = [
            '<section id="sources"><h2>Sources and speakers</h2>',
            '<p class="muted">Every source (outlets, and the people and bodies claims and figures are credited '
            "to), then speakers of claims that no source stands for. Links go to each claim and figure.</p>",
            self._cap_note(len(self.rows["sources"]), MAX_LIST_ROWS, "sources"),
            '<input type="search" class="filter" data-target="sources-table" placeholder="filter by name, kind, alias">',
            '<table id="sources-table"><thead><tr><th>name</th><th>kind</th><th>aliases</th><th>articles</th>'
            "<th>claims</th><th>figures</th><th>claims and figures</th></tr></thead><tbody>",
        ]
        for s in self.rows["sources"][:MAX_LIST_ROWS]:
            sid = s["source_id"]
            name = _e(s["name"])
            if s.get("entity_id"):
                name = f'<a href="#{_e(s["entity_id"])}">{name}</a>'
            out.append(
                f"<tr {_row_attrs('sources', sid, None)}><td>{name}</td><td>{_e(s['kind'])}</td><td>{_cell(s.get('aliases'))}</td>"
                f'<td class="n">{s["n_articles"]}</td><td class="n">{s["n_claims"]}</td><td class="n">{s["n_figures"]}</td>'
                f"<td>{self._links(claims_by.get(sid, []), figures_by.get(sid, []), self.hidden.get(sid, 0))}</td></tr>"
            )
        speakers = {k for k in [*claims_by, *self.hidden] if k.startswith("speaker:")}
        for key in sorted(speakers):
            speaker = key.split(":", 1)[1]
            n = len(claims_by.get(key, [])) + self.hidden.get(key, 0)
            out.append(
                f'<tr data-speaker="{_e(speaker)}"><td>{_e(speaker or "(no speaker)")}</td><td>speaker, no source</td>'
                f'<td></td><td></td><td class="n">{n}</td><td></td>'
                f"<td>{self._links(claims_by.get(key, []), [], self.hidden.get(key, 0))}</td></tr>"
            )
        out.append("</tbody></table></section>")
        return "\n".join(out)

    def _links(self, claims: list[dict], figures: list[dict], hidden: int) -> str:
        links = []
        for kind, rows, key in (("claim", claims, "claim_id"), ("figure", figures, "figure_id")):
            for r in rows:
                label = r.get("text") or _short(r.get("content"), 50)
                links.append(
                    f'<a href="#{_e(r[key])}" title="{_e(kind)} in {_e(self._title(r["article_id"]))}">'
                    f"{kind}: {_e(label)}</a>"
                )
        if hidden:
            links.append(f'<span class="muted">+{hidden} in articles not in the sample</span>')
        return "<br>".join(links)

    def _entities(self) -> str:
        rows = sorted(self.rows["entities"], key=lambda e: (-int(e["n_mentions"]), e["entity_id"]))
        out = [
            f'<section id="entities"><h2>Entities ({len(rows)})</h2>',
            self._cap_note(len(rows), MAX_LIST_ROWS, "entities (the most mentioned are shown)"),
            "<details><summary>show the table of entities</summary>"
            '<input type="search" class="filter" data-target="entities-table" placeholder="filter entities">'
            '<table id="entities-table"><thead><tr><th>name</th><th>label</th><th>aliases</th><th>mentions</th>'
            "<th>articles</th></tr></thead><tbody>",
        ]
        for e in rows[:MAX_LIST_ROWS]:
            out.append(
                f"<tr {_row_attrs('entities', e['entity_id'], None)}><td>{_e(e['name'])}</td><td>{_e(e['label'])}</td>"
                f'<td>{_cell(e.get("aliases"))}</td><td class="n">{e["n_mentions"]}</td><td class="n">{e["n_articles"]}</td></tr>'
            )
        out.append("</tbody></table></details></section>")
        return "\n".join(out)

    # ------------------------------------------------------------ articles

    def _article_list(self) -> str:
        shown = [a for a in self.rows["articles"] if a["article_id"] in self.shown]
        out = [f'<section id="articles"><h2>Articles ({len(shown)} of {self.n_ok} processed)</h2>']
        if len(shown) < self.n_ok:
            out.append(
                f'<p class="note">This run processed {self.n_ok} articles; the report shows a sample of '
                f"{len(shown)}: the articles of discrepancy groups first, then others in id order. Every table "
                "row of these articles is shown; the tables themselves hold all of them.</p>"
            )
        out.append(_legend())
        out += [self._article(a) for a in shown]
        out.append("</section>")
        return "\n".join(out)

    def _article(self, a: dict) -> str:
        from newsfacts.transforms.cleaning import dateline_span

        aid, text = a["article_id"], a["text"]
        rows = self.by_article.get(aid, {})
        dateline = dateline_span(text)
        meta = [
            ("file", a.get("source_path")),
            ("outlet", a.get("outlet")),
            ("published", a.get("published_at")),
            ("url", a.get("url")),
            ("words", a.get("n_words")),
            ("id", aid),
        ]
        out = [
            f'<article id="{_e(aid)}" class="art"><h3>{_e(self._title(aid))}</h3><p class="meta">'
            + " · ".join(f"{k} <b>{_cell(v)}</b>" for k, v in meta if not _blank(v))
            + "</p>"
        ]
        if a.get("dateline") or dateline:
            written = f' written <q class="dl">{_e(text[dateline[0] : dateline[1]].strip())}</q>' if dateline else ""
            out.append(
                f'<p class="apart">Dateline: <b>{_e(a.get("dateline") or "")}</b>{written} (framed in the text)</p>'
            )
        furniture = a.get("furniture") or []
        if furniture:
            out.append(
                f'<details class="apart"><summary>Removed by cleaning: {len(furniture)} line(s) of page '
                "furniture</summary><ul>" + "".join(f"<li>{_e(line)}</li>" for line in furniture) + "</ul></details>"
            )
        else:
            out.append('<p class="apart muted">No page furniture removed.</p>')
        out.append(f'<div class="text">{self._marked_text(text, rows, dateline)}</div>')
        for table in ARTICLE_TABLES:
            out.append(self._row_table(table, rows.get(table, []), text))
        out.append("</article>")
        return "\n".join(out)

    def _marked_text(self, text: str, rows: dict[str, list[dict]], dateline: tuple[int, int] | None) -> str:
        marks: list[tuple[int, int, str, str]] = []  # start, end, layer, row key
        anchors: dict[int, list[str]] = {}
        for table in ARTICLE_TABLES:
            key = KEYS[table]
            for r in rows.get(table, []):
                anchors.setdefault(int(r["start_char"]), []).append(r[key])
        for f in rows.get("figures", []):
            marks.append((f["start_char"], f["end_char"], "figure", f["figure_id"]))
        for c in rows.get("claims", []):
            marks.append((c["content_start"], c["content_end"], "content", c["claim_id"]))
            if c.get("speaker_start") is not None:
                marks.append((c["speaker_start"], c["speaker_end"], "speaker", c["claim_id"]))
        for ev in rows.get("events", []):
            for layer in ("trigger", "actor", "location", "date"):
                if ev.get(f"{layer}_start") is not None:
                    marks.append((ev[f"{layer}_start"], ev[f"{layer}_end"], layer, ev["event_id"]))
        for m in rows.get("mentions", []):
            marks.append((m["start_char"], m["end_char"], "mention", m["mention_id"]))
        marks = [(int(s), int(e), layer, key) for s, e, layer, key in marks if 0 <= int(s) < int(e) <= len(text)]
        tips = self._tips(rows)

        bounds = sorted(
            {0, len(text), *anchors, *(s for s, *_ in marks), *(e for _, e, *_ in marks), *(dateline or ())}
        )
        order = {mark: i for i, mark in enumerate(marks)}  # rows listed figures, claims, events, mentions
        starts: dict[int, list[tuple[int, int, str, str]]] = {}
        for mark in marks:
            starts.setdefault(mark[0], []).append(mark)
        active: list[tuple[int, int, str, str]] = []
        out = []
        for a, b in zip(bounds, bounds[1:]):
            active = sorted([m for m in active if m[1] > a] + starts.get(a, []), key=order.__getitem__)
            out += [f'<a class="anchor" id="t-{_e(k)}"></a>' for k in anchors.get(a, ())]
            piece = _e(text[a:b])
            in_dateline = dateline is not None and dateline[0] <= a and b <= dateline[1]
            if not active and not in_dateline:
                out.append(piece)
                continue
            layers = {m[2] for m in active}
            keys = list(dict.fromkeys(m[3] for m in active))
            style = _style(layers)
            classes = "seg" + (" dl" if in_dateline else "")
            if not active:
                out.append(f'<span class="{classes}">{piece}</span>')
                continue
            tip = "\n".join(tips.get(k, k) for k in keys)
            out.append(
                f'<span class="{classes}" style="{style}" data-r="{_e(" ".join(keys))}" '
                f'title="{_e(tip)}">{piece}</span>'
            )
        return "".join(out)

    def _tips(self, rows: dict[str, list[dict]]) -> dict[str, str]:
        """A line per row for the tooltip of its marks."""
        tips = {}
        for f in rows.get("figures", []):
            tips[f["figure_id"]] = (
                f"figure {f['text']}: {_plain(f['value'])} {f['qualifier']}, {f['category']}"
                f"{', source ' + f['source_name'] if f.get('source_name') else ''}"
            )
        for c in rows.get("claims", []):
            tips[c["claim_id"]] = f"claim ({c['kind']}) by {c.get('speaker') or '?'}, cue {c.get('cue') or '-'}"
        for ev in rows.get("events", []):
            tips[ev["event_id"]] = (
                f"event {ev['type']} ({ev['trigger']}): actor {ev.get('actor') or '-'}, "
                f"counterpart {ev.get('counterpart') or '-'}, place {ev.get('location') or '-'}, "
                f"date {_plain(ev.get('date')) or '-'}"
            )
        for m in rows.get("mentions", []):
            tips[m["mention_id"]] = f"entity {m['text']} ({m['label']})"
        return tips

    def _row_table(self, table: str, rows: list[dict], text: str) -> str:
        key = KEYS[table]
        links = dict(LINKED_NAMES, text="entity_id") if table == "mentions" else LINKED_NAMES
        linked = {links[c] for c in columns(table) if c in links and links[c] in columns(table)}
        shown = [c for c in columns(table) if c not in HIDDEN_COLUMNS and c != key and c not in linked]
        head = "".join(f"<th>{_e(c)}</th>" for c in shown)
        extra = "<th>sentence</th>" if table != "mentions" else ""
        body = []
        for r in rows:
            cells = "".join(
                f'<td><a href="#{_e(r[links[c]])}">{_cell(r.get(c))}</a></td>'
                if c in links and r.get(links.get(c))
                else f"<td>{self._value(c, r.get(c))}</td>"
                for c in shown
            )
            sentence = (
                f'<td class="sent">{self._sentence(text, r, int(r["start_char"]), int(r["end_char"]))}</td>'
                if table != "mentions"
                else ""
            )
            body.append(
                f'<tr {_row_attrs(table, r[key], r["article_id"])}><td class="id"><a href="#t-{_e(r[key])}" '
                f'title="show in the text">{_e(r[key])}</a></td>{cells}{sentence}</tr>'
            )
        open_ = "" if table == "mentions" else " open"
        return (
            f'<details class="rows"{open_}><summary>{table} ({len(rows)})</summary>'
            + (
                f'<div class="scroll"><table><thead><tr><th>{key}</th>{head}{extra}</tr></thead>'
                f"<tbody>{''.join(body)}</tbody></table></div>"
                if rows
                else ""
            )
            + "</details>"
        )

    def _value(self, column: str, value: Any) -> str:
        """A cell; ids of rows on this page become links."""
        if isinstance(value, str) and column.endswith("_id") and value[:4] in ("src_", "ent_", "clm_", "fig_"):
            return f'<a href="#{_e(value)}">{_e(value)}</a>'
        return _cell(value)

    def _article_link(self, aid: str | None) -> str:
        if not aid:
            return ""
        if aid in self.shown:
            return f'<a href="#{_e(aid)}">{_e(self._title(aid))}</a>'
        return f'{_e(self._title(aid))} <span class="muted">(not in the sample)</span>'

    def _title(self, aid: str) -> str:
        a = self.articles.get(aid, {})
        return a.get("title") or a.get("source_path") or aid

    @staticmethod
    def _cap_note(n: int, cap: int, what: str) -> str:
        return f'<p class="note">Showing the first {cap} of {n} {what}.</p>' if n > cap else ""


# ---------------------------------------------------------------- helpers


def _records(frame: pd.DataFrame | None) -> list[dict]:
    """Rows of a table as dicts with None for missing values."""
    if frame is None or frame.empty:
        return []
    return [{k: _python(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _python(value: Any) -> Any:
    """None for missing values, lists for list columns (numpy arrays in pandas)."""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)) and getattr(value, "ndim", 0) > 0:
        return value.tolist()
    return None if _blank(value) else value


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return value is pd.NaT or (
        not isinstance(value, (list, tuple, str)) and not hasattr(value, "__len__") and pd.isna(value)
    )


def _plain(value: Any) -> str:
    """A value as plain text: whole numbers without ".0", dates in ISO form, lists joined."""
    if _blank(value):
        return ""
    if isinstance(value, float):
        return f"{int(value):,}" if value.is_integer() and abs(value) < 1e15 else f"{value:,.6g}"
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.isoformat()[:10]
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else value
        return ", ".join(str(v) for v in items)
    return str(value)


def _cell(value: Any) -> str:
    return _e(_plain(value))


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _short(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _row_attrs(table: str, key: str, article_id: str | None) -> str:
    """The attributes every table row on the page carries: its table, key and article; its key as anchor."""
    anchor = key if table in ARTICLE_TABLES or table in ("sources", "entities") else f"{table}-{key}"
    attrs = f'id="{_e(anchor)}" data-table="{table}" data-key="{_e(key)}"'
    if table == "quarantine":
        attrs = f'data-table="{table}" data-key="{_e(key)}"'  # a row may fail several expectations
    if article_id:
        attrs += f' data-article="{_e(article_id)}"'
    return attrs


def _style(layers: Iterable[str]) -> str:
    """Inline style of a piece of text covered by marks of these layers: one fill, stacked stripes."""
    layers = set(layers)
    fill = next((LAYERS[n].colour for n, l in LAYERS.items() if l.fill and n in layers), None)
    stripes = [LAYERS[n].colour for n, l in LAYERS.items() if not l.fill and n in layers]
    parts = []
    if fill:
        parts.append(f"background:{fill}")
    if stripes:
        shadows = ",".join(f"0 {STRIPE_PX * (i + 1)}px 0 0 {c}" for i, c in enumerate(stripes))
        parts.append(f"box-shadow:{shadows}")
    if "speaker" in layers:
        parts.append("font-weight:600")
    return ";".join(parts)


def _legend() -> str:
    items = []
    for layer in LAYERS.values():
        style = f"background:{layer.colour}" if layer.fill else f"box-shadow:0 {STRIPE_PX}px 0 0 {layer.colour}"
        items.append(f'<span class="key"><span class="seg" style="{style}">{_e(layer.name)}</span></span>')
    items.append('<span class="key"><span class="seg dl">dateline</span></span>')
    return (
        '<p class="legend">' + " ".join(items) + '<br><span class="muted">Fills mark figures, event triggers '
        "and claim speakers; underlines stack below them (one stripe per kind) for claim content, event actor, "
        "place and date, and entity mentions, so overlapping rows all show. Hover a marked word for its rows; "
        "click it for their fields.</span></p>"
    )


def _css() -> str:
    return """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#22313f;color:#fff;padding:12px 24px}header h1{margin:0 0 4px;font-size:22px}
header .muted{color:#c9d3dc}nav a{color:#ffd88a;margin-right:16px}
main{padding:0 24px 80px;max-width:1400px}section{margin-top:28px}h2{border-bottom:2px solid #22313f;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0;font-size:13px;background:#fff}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}th{background:#eef1f4}
td.n{text-align:right}td.bad{color:#b00020;font-weight:700}.muted{color:#6b7280}.big{font-size:18px}
.note{background:#fff6d6;border-left:4px solid #e0a800;padding:6px 10px}
.timings .bar{width:240px}.timings .bar span{display:block;height:10px;background:#5b8def}
.group{background:#fff;border:1px solid #ccd;border-left:6px solid #7aa;margin:12px 0;padding:4px 12px 12px}
.group.conflicting{border-left-color:#d0312d}.group.updated{border-left-color:#e0a800}.group.consistent{border-left-color:#2e9e45}
.badge{font-size:12px;text-transform:uppercase;background:#22313f;color:#fff;padding:1px 6px;border-radius:3px}
.members{display:flex;gap:12px;flex-wrap:wrap}.member{flex:1 1 300px;border:1px solid #ddd;padding:8px;background:#fcfcfc}
.member .value{font-size:22px;font-weight:700}.member dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:6px 0}
.member dt{color:#6b7280}.member dd{margin:0}blockquote{margin:6px 0;padding:4px 8px;border-left:3px solid #ccc;background:#fff}
input.filter{padding:4px 8px;width:320px;margin:6px 0}
.art{background:#fff;border:1px solid #ddd;margin:18px 0;padding:8px 16px}.meta{font-size:13px;color:#4b5563}
.apart{font-size:13px;background:#f3f4f6;padding:4px 8px;margin:4px 0}
.text{white-space:pre-wrap;line-height:2.3;font-size:15px;margin:12px 0;max-width:900px}
.seg{cursor:pointer;padding:1px 0}.seg.dl{outline:1px dashed #555;outline-offset:1px}.seg.sel{outline:2px solid #d0312d}
.legend .key{margin-right:10px;line-height:2.4}.sent{min-width:260px;max-width:520px}
tr.sel td{background:#fff2b3}details.rows{margin:6px 0}details.rows summary{cursor:pointer;font-weight:600}
a.anchor{scroll-margin-top:80px}.scroll{overflow-x:auto}.art table{width:100%}
td.id{font:11px/1.3 ui-monospace,monospace;white-space:nowrap}
#panel{position:fixed;right:12px;bottom:12px;max-width:560px;max-height:45vh;overflow:auto;background:#fff;
border:2px solid #22313f;padding:8px 12px;box-shadow:0 4px 16px rgba(0,0,0,.25);font-size:13px}
#panel-close{float:right;border:0;background:none;font-size:18px;cursor:pointer}
"""


_JS = """
(function(){
  document.querySelectorAll('input.filter').forEach(function(input){
    input.addEventListener('input', function(){
      var q = input.value.toLowerCase();
      var table = document.getElementById(input.dataset.target);
      table.querySelectorAll('tbody tr').forEach(function(tr){
        tr.hidden = q !== '' && tr.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });
  var panel = document.getElementById('panel'), body = document.getElementById('panel-body');
  function clear(){ document.querySelectorAll('.sel').forEach(function(el){ el.classList.remove('sel'); }); }
  document.getElementById('panel-close').addEventListener('click', function(){ panel.hidden = true; clear(); });
  document.addEventListener('click', function(event){
    var seg = event.target.closest('.seg[data-r]');
    if (!seg) return;
    clear();
    body.textContent = '';
    seg.dataset.r.split(' ').forEach(function(key){
      document.querySelectorAll('.seg[data-r~="' + key + '"]').forEach(function(el){ el.classList.add('sel'); });
      var row = document.getElementById(key);
      if (!row) return;
      row.classList.add('sel');
      var heads = row.closest('table').querySelectorAll('thead th');
      var h = document.createElement('h4');
      h.textContent = row.dataset.table + ' ' + key;
      body.appendChild(h);
      var dl = document.createElement('table');
      Array.prototype.forEach.call(row.cells, function(cell, i){
        if (i === 0 || !cell.textContent) return;
        var tr = dl.insertRow(), th = document.createElement('th');
        th.textContent = heads[i] ? heads[i].textContent : '';
        tr.appendChild(th);
        tr.insertCell().textContent = cell.textContent;
      });
      body.appendChild(dl);
    });
    panel.hidden = false;
  });
  document.body.dataset.ready = '1';
})();
"""
