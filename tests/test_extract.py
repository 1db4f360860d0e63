"""One pass of every extractor over a batch: failures stay with their article and extractor."""

from __future__ import annotations

import newsfacts.transforms.extract as extract


def article(article_id: str, text: str) -> dict:
    return {
        "article_id": article_id,
        "source_path": f"{article_id}.txt",
        "status": "ok",
        "text": text,
        "published_at": None,
    }


def test_every_table_gets_rows_in_one_pass():
    rows = extract.extract_all([article("a1", "Officials said 12 people were killed in Kharkiv on Monday.")])
    assert rows["errors"] == []
    assert [m["text"] for m in rows["mentions"]] == ["Kharkiv"]
    assert [f["value"] for f in rows["figures"]] == [12.0]


def test_a_failing_extractor_costs_only_its_own_rows(monkeypatch):
    def broken(doc, article):
        if article["article_id"] == "bad":
            raise ValueError("rule blew up")
        return iter(())

    extractors = tuple((t, broken if t == "claims" else f) for t, f in extract.EXTRACTORS)
    monkeypatch.setattr(extract, "EXTRACTORS", extractors)
    rows = extract.extract_all(
        [article("bad", "Police said 3 people died in Lyon."), article("good", "Police said 5 people died in Nice.")]
    )
    assert rows["errors"] == [
        {"article_id": "bad", "source_path": "bad.txt", "table": "claims", "error": "ValueError: rule blew up"}
    ]
    assert {m["article_id"] for m in rows["mentions"]} == {"bad", "good"}


def test_skipped_articles_are_not_parsed():
    rows = extract.extract_all([{**article("r", "Text."), "status": "rejected"}])
    assert all(v == [] for v in rows.values())


def test_docs_are_freed_once_their_rows_are_made(monkeypatch):
    import gc
    import weakref

    seen = []
    table, events = extract.EXTRACTORS[-1]

    def events_with_a_weakref(doc, article):
        seen.append(weakref.ref(doc))
        return events(doc, article)

    monkeypatch.setattr(extract, "EXTRACTORS", (*extract.EXTRACTORS[:-1], (table, events_with_a_weakref)))
    gc.disable()  # only reference counting: a Doc left in a cycle through its cached entities would survive
    try:
        extract.extract_all([article("a1", "Officials in Kyiv said 12 people were killed in Kharkiv on Monday.")])
        assert seen and seen[0]() is None
    finally:
        gc.enable()
