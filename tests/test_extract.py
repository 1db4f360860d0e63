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


def test_code_version_reads_the_rules_of_every_subpackage_and_their_data():
    names = {p.relative_to(extract.source_files()[0].parents[0]).as_posix() for p in extract.source_files()}
    assert {"extract.py", "figures/rows.py", "claims/quotes.py", "events/triggers.py"} <= names
    assert "language/agencies.json" in names


def test_code_version_changes_when_a_subpackage_rule_changes(monkeypatch, tmp_path):
    rule = tmp_path / "figures" / "rows.py"
    rule.parent.mkdir()
    rule.write_text("A = 1\n")
    monkeypatch.setattr(extract, "source_files", lambda: [rule])
    monkeypatch.setattr(extract, "__file__", str(tmp_path / "extract.py"))
    before = extract.code_version()
    rule.write_text("A = 2\n")
    assert extract.code_version() != before


def test_numbers_quoted_with_no_credit_of_their_own_are_the_speakers():
    text = (
        '"We found 40 bodies in the river. Twenty of them were children," the mayor of Kessa said.\n\n'
        'The governor told reporters: "The shelling went on all night. Three people died."'
    )
    rows = extract.extract_all([article("q", text)])
    assert [(f["value"], f["source_text"]) for f in rows["figures"]] == [
        (40.0, "the mayor of Kessa"),
        (20.0, "the mayor of Kessa"),
        (3.0, "The governor"),
    ]


def test_a_number_credited_to_a_role_is_the_person_the_claim_resolved_it_to():
    text = (
        "Prime Minister Ana Brisk said on Monday that the siege was over. "
        "Twelve foreigners died in the siege, the premier said.\n\n"
        "The minister said police had counted 30 dead."
    )
    rows = extract.extract_all([article("r", text)])
    assert [(f["value"], f["source_text"]) for f in rows["figures"]] == [(12.0, "Ana Brisk"), (30.0, "police")]


def test_a_quote_with_no_speaker_gives_its_numbers_none():
    rows = extract.extract_all([article("n", 'A sign on the gate read "40 beds".\n\nNine people died on Monday.')])
    assert [f["source_text"] for f in rows["figures"]] == [None, None]
